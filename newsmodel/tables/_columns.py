"""The tables and their columns, declared once: one tuple of :class:`Column` per table.

A column is its name, its type, one line of documentation and a getter that reads one
value from a :class:`Row` (the article's :class:`Context`, the item's index and the item).
Adding a column is one line in its table's tuple; the records, the Arrow schemas, the
pandas dtypes, the CSV headers and the docs' column lists all follow from these tuples.
Every table starts with ``article_id``, which no table declares.
"""

from __future__ import annotations

import enum
import functools
from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

import attrs

from newsmodel.model import (
    Article,
    Attribution,
    Byline,
    Dateline,
    Evidence,
    Mention,
    Paragraph,
    Person,
    Quotation,
    QuotedSpeaker,
    QuoteKind,
    Sentence,
    Span,
    Speaker,
    SpeakerKind,
)

__all__ = [
    "ARTICLES",
    "ARTICLE_ID",
    "PARAGRAPHS",
    "PEOPLE",
    "QUOTATIONS",
    "SENTENCES",
    "SPEAKERS",
    "TABLES",
    "Column",
    "ColumnType",
    "Context",
    "Row",
    "Table",
]

T = TypeVar("T")


class ColumnType(enum.Enum):
    """The type of a column's values (``None`` aside, where the column is nullable)."""

    #: ``str``; Arrow ``string``, pandas ``string``.
    STRING = "string"
    #: ``int``; Arrow ``int64``, pandas ``int64`` (``Int64`` where nullable).
    INT = "int"
    #: ``float``; Arrow ``float64``, pandas ``float64`` (``Float64`` where nullable).
    FLOAT = "float"
    #: ``bool``; Arrow ``bool``, pandas ``bool`` (``boolean`` where nullable).
    BOOL = "bool"


class Context:
    """One article as the columns read it: its id, the article, and what rows share."""

    def __init__(self, article_id: str, article: Article) -> None:
        self.article_id = article_id
        self.article = article

    @functools.cached_property
    def speakers(self) -> tuple[QuotedSpeaker, ...]:
        """The article's speakers, computed once for all its rows."""
        return self.article.speakers

    @functools.cached_property
    def _speaker_indexes(self) -> dict[tuple[str, SpeakerKind], int]:
        return {(s.name, s.kind): i for i, s in enumerate(self.speakers)}

    @functools.cached_property
    def _quotation_indexes(self) -> dict[int, int]:
        return {id(q): i for i, q in enumerate(self.article.quotations)}

    @functools.cached_property
    def _person_indexes(self) -> dict[int, int]:
        return {id(p): i for i, p in enumerate(self.article.people)}

    @functools.cached_property
    def _person_speakers(self) -> dict[int, int]:
        return {id(s.person): i for i, s in enumerate(self.speakers) if s.person is not None}

    def quotation_index(self, quotation: Quotation) -> int:
        """The index of ``quotation`` (this very object) in the article's quotations."""
        return self._quotation_indexes[id(quotation)]

    def speaker_index(self, speaker: Speaker | None) -> int | None:
        """The row of ``speaker`` in the speakers table of this article."""
        if speaker is None:
            return None
        return self._speaker_indexes.get((speaker.name, speaker.kind))

    def speaker_key(self, speaker: Speaker | None) -> str | None:
        """The counting key of ``speaker``: its row's ``key`` in the speakers table."""
        index = self.speaker_index(speaker)
        return None if index is None else self.speakers[index].key

    def person_index(self, person: Person | None) -> int | None:
        """The row of ``person`` (this very object) in the people table of this article."""
        return None if person is None else self._person_indexes.get(id(person))

    def person_speaker(self, person: Person) -> int | None:
        """The row in the speakers table of the speaker ``person`` is, if quoted as one."""
        return self._person_speakers.get(id(person))


@attrs.frozen
class Row(Generic[T]):
    """What a getter reads: the article's context, the item's index in its table for that
    article, and the item (an Article, Paragraph, Sentence, Quotation or QuotedSpeaker)."""

    context: Context
    index: int
    item: T


@attrs.frozen
class Column(Generic[T]):
    """A column: its name, type and documentation, and the getter of its values."""

    name: str
    type: ColumnType
    doc: str
    get: Callable[[Row[T]], Any] = attrs.field(repr=False, eq=False)
    nullable: bool = False


@attrs.frozen
class Table(Generic[T]):
    """A table: what one row is, the items of an article, and the columns."""

    name: str
    row: str
    items: Callable[[Context], Sequence[T]] = attrs.field(repr=False, eq=False)
    declared: tuple[Column[T], ...] = attrs.field(repr=False)

    @property
    def columns(self) -> tuple[Column[Any], ...]:
        """Every column, ``article_id`` first."""
        return (ARTICLE_ID, *self.declared)

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.columns)


STRING, INT, FLOAT, BOOL = ColumnType.STRING, ColumnType.INT, ColumnType.FLOAT, ColumnType.BOOL

#: The column every table starts with.
ARTICLE_ID: Column[Any] = Column(
    "article_id", STRING, "the article's id (see Article ids)", lambda r: r.context.article_id
)


def _iso(value: Any) -> str | None:
    return None if value is None else str(value.isoformat())


def _of(part: Callable[[Any], Any], name: str) -> Callable[[Row[Any]], Any]:
    """A getter of the attribute ``name`` of ``part(item)``, None where that part is None
    (``_of(_dateline, "location")``: the dateline's place, if the article has a dateline)."""

    def get(row: Row[Any]) -> Any:
        found = part(row.item)
        return None if found is None else getattr(found, name)

    return get


def _dateline(a: Article) -> Dateline | None:
    return a.dateline


def _byline(a: Article) -> Byline | None:
    return a.byline


def _speaker(q: Quotation) -> Speaker | None:
    return q.speaker


def _attribution(q: Quotation) -> Attribution | None:
    return q.attribution


def _mention(q: Quotation) -> Mention | None:
    return None if q.attribution is None else q.attribution.speaker.mention


def _mention_span(q: Quotation) -> Span | None:
    mention = _mention(q)
    return None if mention is None else mention.span


def _cue(q: Quotation) -> Mention | None:
    return None if q.attribution is None else q.attribution.cue


def _cue_span(q: Quotation) -> Span | None:
    cue = _cue(q)
    return None if cue is None else cue.span


def _sentence_indexes(context: Context) -> list[tuple[int, Sentence]]:
    paragraphs = context.article.paragraphs
    return [(i, s) for i, p in enumerate(paragraphs) for s in p.sentences]


def _gender_evidence(p: Person) -> Evidence | None:
    return p.gender_evidence


def _role_evidence(p: Person) -> Evidence | None:
    return p.role_evidence


def _evidence_kind(part: Callable[[Person], Evidence | None]) -> Callable[[Row[Person]], Any]:
    """A getter of the EvidenceKind value of ``part(person)``, None where there is none."""

    def get(row: Row[Person]) -> str | None:
        found = part(row.item)
        return None if found is None else found.kind.value

    return get


def _first_mention(p: Person) -> Span | None:
    return p.mentions[0].span if p.mentions else None


def _kind_count(kind: QuoteKind) -> Column[QuotedSpeaker]:
    return Column(
        f"{kind.value}_count",
        INT,
        f"how many of the speaker's quotations are {kind.value}",
        lambda r: sum(q.kind is kind for q in r.item.quotations),
    )


# One column a line: name, type, doc, getter, and True where a value may be missing.
# fmt: off
A = Column[Article]
ARTICLES: Table[Article] = Table("articles", "article", lambda c: (c.article,), (
    A("url", STRING, "the article's URL", lambda r: r.item.url, True),
    A("headline", STRING, "the headline", lambda r: r.item.headline, True),
    A("language", STRING, "the language code", lambda r: r.item.language),
    A("published", STRING, "when published, ISO 8601", lambda r: _iso(r.item.published), True),
    A("modified", STRING, "when modified, ISO 8601", lambda r: _iso(r.item.modified), True),
    A("authors", STRING, "the authors, joined by '; '", lambda r: "; ".join(r.item.authors)),
    A("contributors", STRING, "the contributors, joined by '; '", lambda r: "; ".join(r.item.contributors)),
    A("byline", STRING, "the byline as written", _of(_byline, "text"), True),
    A("byline_organisation", STRING, "the organisation named in the byline", _of(_byline, "organisation"), True),
    A("dateline", STRING, "the dateline as written", _of(_dateline, "text"), True),
    A("dateline_location", STRING, "the dateline's place", _of(_dateline, "location"), True),
    A("dateline_source", STRING, "the dateline's agency", _of(_dateline, "source"), True),
    A("dateline_date", STRING, "the dateline's date as written", _of(_dateline, "date"), True),
    A("characters", INT, "the length of the text", lambda r: len(r.item.text)),
    A("paragraph_count", INT, "paragraphs", lambda r: len(r.item.paragraphs)),
    A("sentence_count", INT, "sentences", lambda r: sum(len(p.sentences) for p in r.item.paragraphs)),
    A("quotation_count", INT, "quotations", lambda r: len(r.item.quotations)),
    A("speaker_count", INT, "speakers", lambda r: len(r.context.speakers)),
    A("people_count", INT, "people the article names", lambda r: len(r.item.people)),
    A("text", STRING, "the text, verbatim", lambda r: r.item.text),
))

P = Column[Paragraph]
PARAGRAPHS: Table[Paragraph] = Table("paragraphs", "paragraph", lambda c: c.article.paragraphs, (
    P("paragraph_index", INT, "its index in Article.paragraphs", lambda r: r.index),
    P("kind", STRING, "its ParagraphKind value", lambda r: r.item.kind.value),
    P("start", INT, "offset of its first character", lambda r: r.item.span.start),
    P("end", INT, "offset after its last character", lambda r: r.item.span.end),
    P("sentence_count", INT, "its sentences", lambda r: len(r.item.sentences)),
    P("text", STRING, "its text", lambda r: r.item.text),
))

S = Column[tuple[int, Sentence]]
SENTENCES: Table[tuple[int, Sentence]] = Table("sentences", "sentence", _sentence_indexes, (
    S("sentence_index", INT, "its index in Article.sentences", lambda r: r.index),
    S("paragraph_index", INT, "the index of its paragraph", lambda r: r.item[0]),
    S("start", INT, "offset of its first character", lambda r: r.item[1].span.start),
    S("end", INT, "offset after its last character", lambda r: r.item[1].span.end),
    S("text", STRING, "its text", lambda r: r.item[1].text),
))

Q = Column[Quotation]
QUOTATIONS: Table[Quotation] = Table("quotations", "quotation", lambda c: c.article.quotations, (
    Q("quotation_index", INT, "its index in Article.quotations", lambda r: r.index),
    Q("kind", STRING, "its QuoteKind value", lambda r: r.item.kind.value),
    Q("paragraph_index", INT, "the paragraph it starts in", lambda r: r.item.paragraph, True),
    Q("start", INT, "offset of its first character", lambda r: r.item.span.start),
    Q("end", INT, "offset after its last character", lambda r: r.item.span.end),
    Q("text", STRING, "the quoted words, without their marks", lambda r: r.item.text),
    Q("speaker", STRING, "the speaker's resolved name", _of(_speaker, "name"), True),
    Q("speaker_key", STRING, "the key of the speaker's row in the speakers table", lambda r: r.context.speaker_key(r.item.speaker), True),
    Q("speaker_kind", STRING, "the speaker's SpeakerKind value", lambda r: r.item.speaker.kind.value if r.item.speaker else None, True),
    Q("speaker_index", INT, "the speaker's speaker_index in the speakers table", lambda r: r.context.speaker_index(r.item.speaker), True),
    Q("speaker_title", STRING, "a title or role written before the name", _of(_speaker, "title"), True),
    Q("speaker_description", STRING, "how the text describes the speaker", _of(_speaker, "description"), True),
    Q("mention", STRING, "the speaker as the text names them here", _of(_mention, "text"), True),
    Q("mention_start", INT, "the mention's start", _of(_mention_span, "start"), True),
    Q("mention_end", INT, "the mention's end", _of(_mention_span, "end"), True),
    Q("cue", STRING, "the words that report the speech", _of(_cue, "text"), True),
    Q("cue_start", INT, "the cue's start", _of(_cue_span, "start"), True),
    Q("cue_end", INT, "the cue's end", _of(_cue_span, "end"), True),
    Q("rule", STRING, "the rule that attributed it", _of(_attribution, "rule"), True),
    Q("confidence", FLOAT, "the attribution's confidence in [0, 1]", _of(_attribution, "confidence"), True),
    Q("stance", STRING, "the attribution's Stance value: speech, thought or other", lambda r: a.stance.value if (a := r.item.attribution) else None, True),
))

K = Column[QuotedSpeaker]
SPEAKERS: Table[QuotedSpeaker] = Table("speakers", "speaker of an article", lambda c: c.speakers, (
    K("speaker_index", INT, "its index in Article.speakers", lambda r: r.index),
    K("name", STRING, "the resolved name", lambda r: r.item.name),
    K("key", STRING, "the key of its person, else names.name_key of the name", lambda r: r.item.key),
    K("kind", STRING, "its SpeakerKind value", lambda r: r.item.kind.value),
    K("person_index", INT, "its person's person_index in the people table", lambda r: r.context.person_index(r.item.person), True),
    K("gender", STRING, "its person's Gender value; unknown for other speakers", lambda r: r.item.gender.value),
    K("title", STRING, "a title or role written before the name", lambda r: r.item.title, True),
    K("description", STRING, "how the text describes the speaker", lambda r: r.item.description, True),
    K("quotation_count", INT, "the speaker's quotations", lambda r: len(r.item.quotations)),
    *(_kind_count(kind) for kind in QuoteKind),
    K("first_quotation", INT, "the quotation_index of the speaker's first quotation", lambda r: r.context.quotation_index(r.item.quotations[0])),
))

R = Column[Person]
PEOPLE: Table[Person] = Table("people", "person an article names", lambda c: c.article.people, (
    R("person_index", INT, "its index in Article.people", lambda r: r.index),
    R("name", STRING, "the fullest name, clean", lambda r: r.item.name),
    R("key", STRING, "names.name_key of the name: one key per full name", lambda r: r.item.key),
    R("variants", STRING, "the names as written, joined by '; '", lambda r: "; ".join(r.item.variants)),
    R("gender", STRING, "its Gender value", lambda r: r.item.gender.value),
    R("gender_evidence", STRING, "the EvidenceKind value of what the gender rests on", _evidence_kind(_gender_evidence), True),
    R("gender_detail", STRING, "that evidence in words", _of(_gender_evidence, "detail"), True),
    R("role", STRING, "its Role value", lambda r: r.item.role.value),
    R("role_evidence", STRING, "the EvidenceKind value of what the role rests on", _evidence_kind(_role_evidence), True),
    R("role_detail", STRING, "that evidence in words", _of(_role_evidence, "detail"), True),
    R("mention_count", INT, "its mentions: names, parts of them, pronouns, role nouns", lambda r: len(r.item.mentions)),
    R("first_mention_start", INT, "its first mention's start", _of(_first_mention, "start"), True),
    R("first_mention_end", INT, "its first mention's end", _of(_first_mention, "end"), True),
    R("quoted", BOOL, "whether the article quotes the person (a source)", lambda r: r.item.quoted),
    R("quotation_count", INT, "the quotations the person is given", lambda r: len(r.item.quotations)),
    R("first_quotation", INT, "the quotation_index of the person's first quotation", lambda r: r.item.quotations[0] if r.item.quotations else None, True),
    R("speaker_index", INT, "the speaker_index of the person as a speaker", lambda r: r.context.person_speaker(r.item), True),
))
# fmt: on

#: Every table, in the order the records, the folders and the docs list them.
TABLES: tuple[Table[Any], ...] = (ARTICLES, PARAGRAPHS, SENTENCES, QUOTATIONS, SPEAKERS, PEOPLE)
