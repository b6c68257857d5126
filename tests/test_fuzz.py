"""The fuzz suite: valid documents of every format, mutated, fed to every public reader.

The property: whatever a reader is given (a str, bytes, a bytearray, a memoryview or a
file holding a valid document, or one truncated, with bytes flipped, lone surrogates,
huge numbers, deep nesting, values of the wrong type or splinters of syntax), it
returns an Article or raises a :class:`~newsmodel.errors.NewsmodelError`; nothing else
escapes. The writers' side: every value the model accepts is written by every format,
or refused when written with a NewsmodelError.

The default run is short; ``NEWSMODEL_FUZZ_EXAMPLES=N`` runs N examples a test (bench/fuzz.py
runs a long campaign that way and counts the outcomes).
"""

from __future__ import annotations

import io
import os
import warnings
from collections import Counter
from collections.abc import Callable

import pytest
from hypothesis import HealthCheck, given, reject, settings
from hypothesis import strategies as st

import newsmodel
from newsmodel import Article, NewsmodelError
from newsmodel.io import nitf
from tests.strategies import articles, as_given, document_of, mutated

#: Examples per test: a short run by default, a campaign with NEWSMODEL_FUZZ_EXAMPLES.
EXAMPLES = int(os.environ.get("NEWSMODEL_FUZZ_EXAMPLES", "25"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.filter_too_much,
    ],
)

#: What every reader gave, by (reader, outcome): bench/fuzz.py reports it.
OUTCOMES: Counter[tuple[str, str]] = Counter()


def _file_or_bytes(data: object) -> object:
    """read_jsonl reads a str as a path: JSON Lines in a str go in a StringIO."""
    return io.StringIO(data) if isinstance(data, str) else data


Reader = Callable[[object, Article], object]

#: Every public reader, by name, and the format of the documents it is given.
READERS: dict[str, tuple[str, Reader]] = {
    **{
        f"loads:{name}": (name, lambda data, _a, name=name: newsmodel.loads(data, format=name))  # type: ignore[misc]
        for name in ("json", "jsonl", "ninjs", "nitf", "jsonld", "text")
    },
    "loads:brat": ("brat", lambda data, a: newsmodel.loads(data, format="brat", text=a.text)),  # type: ignore[arg-type]
    "read_jsonl": ("jsonl", lambda data, _a: list(newsmodel.read_jsonl(_file_or_bytes(data)))),  # type: ignore[arg-type]
    "nitf.load": ("nitf", lambda data, _a: nitf.load(data)),  # type: ignore[arg-type]
    "parse_text": ("text", lambda data, _a: newsmodel.parse_text(data)),  # type: ignore[arg-type]
    "parse_html": ("html", lambda data, _a: newsmodel.parse_html(data)),  # type: ignore[arg-type]
}


def outcome(reader: str, read: Reader, data: object, article: Article) -> str:
    """Run one reader; an outcome other than an Article or a NewsmodelError fails the test."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            result = read(data, article)
        except NewsmodelError as exc:
            found = f"{type(exc).__name__}"
        else:
            results = result if isinstance(result, list) else [result]
            assert all(isinstance(r, Article) for r in results), type(result)
            found = "Article"
    OUTCOMES[(reader, found)] += 1
    return found


@pytest.mark.parametrize("reader", sorted(READERS))
@FUZZ
@given(data=st.data(), article=articles())
def test_every_reader_returns_an_article_or_a_newsmodel_error(
    reader: str, data: st.DataObject, article: Article
) -> None:
    """A valid document, mutated and given as str, bytes, bytearray, memoryview or file,
    gives an Article or a NewsmodelError."""
    format, read = READERS[reader]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # NITF's "written as U+FFFD"
        try:
            document = document_of(article, format)
        except NewsmodelError:  # refused when written (a moment before year 1 in UTC)
            reject()
    changed = data.draw(mutated(document), label="document")
    if reader == "nitf.load":  # a file, of course
        given_as: object = (
            io.BytesIO(changed) if isinstance(changed, bytes) else io.StringIO(changed)
        )
    elif reader == "parse_text" and isinstance(changed, str):  # it takes a str
        given_as = changed
    else:
        given_as = data.draw(as_given(changed), label="given as")
    outcome(reader, read, given_as, article)


@pytest.mark.parametrize("format", ["json", "jsonl", "ninjs", "nitf", "jsonld", "text", "brat"])
@FUZZ
@given(article=articles())
def test_every_value_the_model_accepts_is_written_or_refused(format: str, article: Article) -> None:
    """Every Article is written by every format, or refused with a NewsmodelError; what is
    written reads back, with its dates the same moments."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            document = newsmodel.dumps(article, format=format)
        except NewsmodelError:
            OUTCOMES[(f"dumps:{format}", "refused")] += 1
            return
        options = {"text": article.text} if format == "brat" else {}
        back = newsmodel.loads(document, format=format, **options)
    OUTCOMES[(f"dumps:{format}", "written")] += 1
    if format in ("json", "jsonl", "ninjs", "nitf", "jsonld"):
        assert back.published == article.published
        assert back.modified == article.modified
