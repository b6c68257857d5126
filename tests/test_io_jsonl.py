"""Tests of newsmodel.io.jsonl: JSON Lines streamed both ways."""

from __future__ import annotations

import gzip
import io
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

import newsmodel
from newsmodel import Article, FormatError
from newsmodel.sample import sample_article
from tests.strategies import example_article

STORIES = [
    "Dam opens early\n\nThe dam opened a week ahead of schedule, officials said.",
    "Library extends hours\n\n“Readers asked, we listened,” said the librarian, Paz Ortega.",
    "Storm closes port\n\nThe port closed on Monday.\n\nShips waited offshore.",
]


def _articles() -> list[Article]:
    return [newsmodel.parse_text(t) for t in STORIES] + [example_article()]


def test_write_then_read_a_path(tmp_path: Path) -> None:
    """Articles written to a path read back equal and in order, one per line."""
    path = tmp_path / "corpus.jsonl"
    items = _articles()
    assert newsmodel.write_jsonl(items, path) == len(items)
    raw = path.read_bytes()
    assert raw.count(b"\n") == len(items)
    assert raw.endswith(b"\n")
    assert all(json.loads(line)["format"] == "newsmodel" for line in raw.splitlines())
    assert list(newsmodel.read_jsonl(path)) == items
    assert list(newsmodel.read_jsonl(str(path))) == items


def test_gzip_path(tmp_path: Path) -> None:
    """A path ending .gz is written and read gzip-compressed."""
    path = tmp_path / "corpus.jsonl.gz"
    items = _articles()
    newsmodel.write_jsonl(items, path)
    assert gzip.decompress(path.read_bytes()).count(b"\n") == len(items)
    assert list(newsmodel.read_jsonl(path)) == items


def test_text_and_binary_file_objects() -> None:
    """Open files in text or binary mode are written to and read from, and left open."""
    items = _articles()
    text = io.StringIO()
    binary = io.BytesIO()
    newsmodel.write_jsonl(items, text)
    newsmodel.write_jsonl(items, binary)
    assert not text.closed
    assert not binary.closed
    assert binary.getvalue() == text.getvalue().encode("utf-8")
    text.seek(0)
    binary.seek(0)
    assert list(newsmodel.read_jsonl(text)) == items
    assert list(newsmodel.read_jsonl(binary)) == items


def test_writing_streams_from_a_generator() -> None:
    """write_jsonl takes articles from the iterable one at a time, writing as it goes."""
    out = io.StringIO()
    seen: list[int] = []

    def generate() -> Iterator[Article]:
        for _i, story in enumerate(STORIES):
            # Every earlier article is already written when the next one is made.
            seen.append(out.getvalue().count("\n"))
            yield newsmodel.parse_text(story)

    assert newsmodel.write_jsonl(generate(), out) == 3
    assert seen == [0, 1, 2]


def test_reading_is_lazy() -> None:
    """read_jsonl yields an article before later lines are read, so a bad line comes last."""
    good = newsmodel.dumps(example_article(), format="jsonl")
    source = io.StringIO(good + good + "not json\n")
    reader = newsmodel.read_jsonl(source)
    assert next(reader) == example_article()
    assert next(reader) == example_article()
    with pytest.raises(FormatError, match="line 3"):
        next(reader)


def test_path_opened_only_when_iterated(tmp_path: Path) -> None:
    """Calling read_jsonl on a missing path fails at iteration, with an InputError."""
    reader = newsmodel.read_jsonl(tmp_path / "missing.jsonl")
    with pytest.raises(newsmodel.InputError, match="no such file"):
        next(reader)


def test_blank_lines_and_bom_are_skipped() -> None:
    """Blank lines (and a BOM, CRLF line ends) do not count as articles."""
    line = newsmodel.dumps(example_article(), format="json")
    data = "\ufeff" + line + "\r\n\r\n   \n" + line + "\r\n"
    assert len(list(newsmodel.read_jsonl(io.StringIO(data)))) == 2
    assert len(list(newsmodel.read_jsonl(io.BytesIO(data.encode("utf-8"))))) == 2


def test_line_separators_inside_text_stay_in_one_line(tmp_path: Path) -> None:
    """Text holding U+2028, U+0085 or CR stays on its line and reads back."""
    article = newsmodel.parse_text("First\u2028part\x85and\rmore.\n\nNext.")
    path = tmp_path / "odd.jsonl"
    newsmodel.write_jsonl([article, article], path)
    assert path.read_bytes().count(b"\n") == 2
    assert list(newsmodel.read_jsonl(path)) == [article, article]
    assert newsmodel.loads(newsmodel.dumps(article, format="jsonl"), format="jsonl") == article


def test_bad_line_names_line_number_and_file(tmp_path: Path) -> None:
    """A malformed line is a FormatError naming its line and the file."""
    path = tmp_path / "broken.jsonl"
    good = newsmodel.dumps(example_article(), format="jsonl")
    path.write_text(good + "\n" + '{"format": "newsmodel", "version": 1}\n', encoding="utf-8")
    reader = newsmodel.read_jsonl(path)
    next(reader)
    with pytest.raises(FormatError) as info:
        next(reader)
    assert info.value.format == "jsonl"
    assert info.value.where == f"line 3 of {path}, text"
    assert str(info.value).endswith(": missing")


def test_truncated_line_is_reported() -> None:
    """A line cut short (a crashed writer) is malformed JSON at that line."""
    good = newsmodel.dumps(example_article(), format="jsonl")
    with pytest.raises(FormatError, match=r"jsonl at line 2: malformed JSON at column \d+"):
        list(newsmodel.read_jsonl(io.StringIO(good + good[:50])))


def test_invalid_utf8_line_is_reported() -> None:
    """A line that is not UTF-8 is refused, naming the line."""
    good = newsmodel.dumps(example_article(), format="jsonl").encode("utf-8")
    with pytest.raises(FormatError, match="line 2: not UTF-8"):
        list(newsmodel.read_jsonl(io.BytesIO(good + b'{"text": "\xff"}\n')))


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-be"])
def test_json_lines_in_utf16_or_utf32_are_refused_naming_the_encoding(encoding: str) -> None:
    """JSON Lines are UTF-8: lines in UTF-16 or UTF-32 (with a byte order mark or without
    one) are refused naming their encoding, not as malformed JSON."""
    data = newsmodel.dumps(example_article(), format="jsonl").encode(encoding)
    name = encoding.upper() if encoding[-1] == "e" else f"{encoding.upper()}-"
    with pytest.raises(
        FormatError, match=f"line 1: JSON Lines are UTF-8, and these bytes are {name}"
    ):
        list(newsmodel.read_jsonl(data))
    with pytest.raises(FormatError, match="JSON Lines are UTF-8"):
        newsmodel.loads(data, format="jsonl")


def test_write_refuses_non_articles() -> None:
    """Only Articles can be written."""
    with pytest.raises(TypeError, match="writes Articles"):
        newsmodel.write_jsonl([{"text": "x"}], io.StringIO())  # type: ignore[list-item]


def test_registered_format_is_one_line_per_article() -> None:
    """The jsonl format writes one article as one line and reads exactly one back."""
    article = sample_article()
    line = newsmodel.dumps(article, format="jsonl")
    assert line.endswith("\n")
    assert line.count("\n") == 1
    assert newsmodel.loads(line, format="jsonl") == article
    assert newsmodel.loads(line.encode("utf-8"), format="jsonl") == article
    with pytest.raises(FormatError, match="a second article"):
        newsmodel.loads(line + line, format="jsonl")
    with pytest.raises(FormatError, match="no article"):
        newsmodel.loads("\n\n", format="jsonl")
    assert newsmodel.formats["jsonl"].lossless
