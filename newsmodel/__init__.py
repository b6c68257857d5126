"""newsmodel: typed models of news articles, their structure and their quotations."""

from newsmodel._version import __version__
from newsmodel.batch import parse_many
from newsmodel.errors import (
    FormatError,
    InputError,
    MissingDataError,
    MissingDependencyError,
    ModelError,
    NewsmodelError,
)
from newsmodel.html import parse_html
from newsmodel.io import FormatInfo, dumps, formats, loads
from newsmodel.io.jsonl import read_jsonl, write_jsonl
from newsmodel.model import (
    Article,
    Attribution,
    Byline,
    Dateline,
    Mention,
    Paragraph,
    ParagraphKind,
    Quotation,
    QuotedSpeaker,
    QuoteKind,
    Sentence,
    Span,
    Speaker,
    SpeakerKind,
    Stance,
)
from newsmodel.tables import to_arrow, to_pandas, to_records, write_tables
from newsmodel.text.parse import parse_text

__all__ = [
    "Article",
    "Attribution",
    "Byline",
    "Dateline",
    "FormatError",
    "FormatInfo",
    "InputError",
    "Mention",
    "MissingDataError",
    "MissingDependencyError",
    "ModelError",
    "NewsmodelError",
    "Paragraph",
    "ParagraphKind",
    "Quotation",
    "QuoteKind",
    "QuotedSpeaker",
    "Sentence",
    "Span",
    "Speaker",
    "SpeakerKind",
    "Stance",
    "__version__",
    "dumps",
    "formats",
    "loads",
    "parse_html",
    "parse_many",
    "parse_text",
    "read_jsonl",
    "to_arrow",
    "to_pandas",
    "to_records",
    "write_jsonl",
    "write_tables",
]
