"""The contract every public reader keeps: any str, bytes, bytes-like object or file in, an
Article or newsmodel's own error out, saying where and why.

The readers are the registry's (``newsmodel.loads`` with each readable format),
:func:`newsmodel.read_jsonl`, :func:`newsmodel.parse_text` and :func:`newsmodel.parse_html`.
tests/test_fuzz.py throws generated and mutated documents at the same readers.
"""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from pathlib import Path

import pytest

import newsmodel
from newsmodel import Article, FormatError, InputError, NewsmodelError
from newsmodel.sample import sample_article

#: The formats a document of which the suite writes and reads back whole.
WRITTEN = ("json", "jsonl", "ninjs", "nitf", "jsonld", "text")

#: An integer with more digits than Python converts by default (4,300).
HUGE = "7" * 5000


def written(format: str) -> str:
    return newsmodel.dumps(sample_article(), format=format)


def read(format: str) -> Callable[[object], Article]:
    return lambda data: newsmodel.loads(data, format=format)  # type: ignore[arg-type]


@pytest.mark.parametrize("format", WRITTEN)
@pytest.mark.parametrize(
    "wrap",
    [
        pytest.param(lambda d: d.encode("utf-8"), id="bytes"),
        pytest.param(lambda d: bytearray(d.encode("utf-8")), id="bytearray"),
        pytest.param(lambda d: memoryview(d.encode("utf-8")), id="memoryview"),
        pytest.param(io.StringIO, id="text-file"),
        pytest.param(lambda d: io.BytesIO(d.encode("utf-8")), id="binary-file"),
    ],
)
def test_every_reader_takes_bytes_like_objects_and_files(
    format: str, wrap: Callable[[str], object]
) -> None:
    """A document as bytes, bytearray, memoryview or an open file reads as its str does."""
    document = written(format)
    assert read(format)(wrap(document)) == read(format)(document)


@pytest.mark.parametrize("format", WRITTEN)
def test_a_file_that_cannot_be_read_is_an_input_error(format: str, tmp_path: Path) -> None:
    """A closed file is newsmodel's InputError naming the file, not Python's ValueError."""
    path = tmp_path / f"story.{format}"
    path.write_text(written(format), encoding="utf-8")
    with path.open("rb") as handle:
        pass
    with pytest.raises(InputError, match="story"):
        read(format)(handle)


def _with_surrogate(format: str, where: str) -> str:
    """The sample article in ``format`` with a lone surrogate in its body or an attribute."""
    if format == "nitf":
        document = written("nitf")
        if where == "body":
            return document.replace("harbour", "harb\ud800our", 1)
        return document.replace('quote-source="Helena Duarte"', 'quote-source="Hel\udc00ena"', 1)
    doc = json.loads(written("ninjs"))
    body = doc["bodies"][0]["value"]
    if where == "body":
        body = body.replace("harbour", "harb\ud800our", 1)
    else:
        body = body.replace('data-speaker="Helena Duarte"', 'data-speaker="Hel\udc00ena"', 1)
    doc["bodies"][0]["value"] = body
    return json.dumps(doc, ensure_ascii=False)


@pytest.mark.parametrize("where", ["body", "attribute"])
def test_nitf_refuses_lone_surrogates_saying_where(where: str) -> None:
    """XML cannot carry a lone surrogate: an NITF str holding one, in the body or in an
    attribute, is a FormatError naming the character, never a UnicodeEncodeError."""
    document = _with_surrogate("nitf", where)
    at = min(i for i, c in enumerate(document) if "\ud800" <= c <= "\udfff")
    with pytest.raises(FormatError, match="lone surrogate") as info:
        newsmodel.loads(document, format="nitf")
    assert info.value.where == f"character {at}"


@pytest.mark.parametrize("where", ["body", "attribute"])
def test_ninjs_keeps_lone_surrogates_of_its_html_body(where: str) -> None:
    """A ninjs body (a JSON string, which may hold a lone surrogate) is read with the
    forgiving HTML reader when it holds one: the surrogate stays where it was."""
    article = newsmodel.loads(_with_surrogate("ninjs", where), format="ninjs")
    if where == "body":
        assert "harb\ud800our" in article.text
    else:
        assert "Hel\udc00ena" in [q.speaker.name for q in article.quotations if q.speaker]


def test_ninjs_body_with_an_escaped_lone_surrogate_keeps_it() -> None:
    """ninjs is JSON, which may carry a lone surrogate as an escape: it stays in the text."""
    doc = json.loads(written("ninjs"))
    doc["bodies"][0]["value"] = "<p>Rates rose \ud800 again.</p>"
    article = newsmodel.loads(json.dumps(doc), format="ninjs")
    assert article.text.endswith("Rates rose \ud800 again.")


@pytest.mark.parametrize("format", ["json", "jsonl", "ninjs", "jsonld"])
@pytest.mark.parametrize("where", ["value", "unknown-key"])
def test_integers_too_long_for_python_are_format_errors(format: str, where: str) -> None:
    """An integer of 5,000 digits is a FormatError, whatever key holds it; the reader
    does not change the interpreter's digit limit to read it."""
    document = written(format).rstrip("\n")
    if where == "value":
        document = document.replace('"version":1', f'"version":{HUGE}', 1)
        document = document.replace('"wordCount": ', f'"wordCount": {HUGE}', 1)
        document = document.replace('"type": "text"', f'"urgency": {HUGE}, "type": "text"', 1)
    else:
        document = document[:-1] + f', "extra": {HUGE}}}'
    assert HUGE in document
    with pytest.raises(FormatError, match="digits"):
        read(format)(document)


def test_read_jsonl_refuses_an_integer_too_long_for_python() -> None:
    """read_jsonl names the line of a 5,000-digit integer."""
    line = written("json").replace('"version":1', f'"version":{HUGE}', 1)
    with pytest.raises(FormatError, match=r"line 2.*digits"):
        list(newsmodel.read_jsonl(io.StringIO(written("jsonl") + line + "\n")))


@pytest.mark.parametrize("wrap", [bytes, bytearray, memoryview], ids=lambda w: w.__name__)
def test_read_jsonl_reads_bytes_like_objects_as_lines(wrap: Callable[[bytes], object]) -> None:
    """bytes, a bytearray or a memoryview hold the JSON Lines themselves."""
    data = (written("jsonl") * 2).encode("utf-8")
    articles = list(newsmodel.read_jsonl(wrap(data)))  # type: ignore[arg-type]
    assert articles == [sample_article(), sample_article()]


def test_read_jsonl_path_that_cannot_be_opened_is_an_input_error(tmp_path: Path) -> None:
    """A path that is no file gives InputError naming it and saying why."""
    missing = tmp_path / "missing.jsonl"
    with pytest.raises(InputError, match=r"missing\.jsonl.*no such file"):
        list(newsmodel.read_jsonl(missing))
    with pytest.raises(InputError, match="is a folder"):
        list(newsmodel.read_jsonl(tmp_path))


def test_read_jsonl_given_lines_as_a_str_says_how_to_read_them() -> None:
    """A str is a path; JSON Lines given as a str get an error saying so."""
    with pytest.raises(InputError, match="StringIO"):
        list(newsmodel.read_jsonl(written("jsonl")))


def test_read_jsonl_corrupt_gzip_is_an_input_error(tmp_path: Path) -> None:
    """A .jsonl.gz that is no gzip, or is cut short, is an InputError naming the file."""
    path = tmp_path / "corpus.jsonl.gz"
    path.write_bytes(b"not gzip at all")
    with pytest.raises(InputError, match=r"corpus\.jsonl\.gz"):
        list(newsmodel.read_jsonl(path))


def test_read_jsonl_text_file_in_another_encoding_is_a_format_error(tmp_path: Path) -> None:
    """A text file whose bytes its encoding cannot decode is a FormatError naming the
    encoding and the file."""
    path = tmp_path / "corpus.jsonl"
    path.write_bytes(written("jsonl").encode("utf-8") + b'{"text": "\xff"}\n')
    with (
        path.open(encoding="utf-8") as handle,
        pytest.raises(FormatError, match=r"corpus\.jsonl: not utf-8"),
    ):
        list(newsmodel.read_jsonl(handle))


@pytest.mark.parametrize("data", [b"Plain words.", bytearray(b"x"), memoryview(b"x"), 3])
def test_parse_text_refuses_what_is_no_str_with_an_input_error(data: object) -> None:
    """parse_text takes a str; anything else is an InputError saying what to do."""
    with pytest.raises(InputError, match="str"):
        newsmodel.parse_text(data)  # type: ignore[arg-type]


def test_reader_errors_are_newsmodel_errors_and_value_errors() -> None:
    """What the readers raise can be caught as NewsmodelError or as ValueError."""
    for error in (FormatError("x", format="json"), InputError("x")):
        assert isinstance(error, NewsmodelError)
        assert isinstance(error, ValueError)
