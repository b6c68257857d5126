"""Tests of newsmodel.io.text: plain text written for people and for parse_text."""

from __future__ import annotations

import attrs
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

import newsmodel
from newsmodel import Article, Byline, FormatError, Paragraph, Span
from tests.conftest import corpus
from tests.io_articles import lighthouse

ORIGINAL = """Ferry crews return after week-long strike

Crews on the island ferries went back to work on Thursday after the operator agreed to hire \
twelve more deckhands.

"We asked for safe crossings and we got them," said union steward Ines Moreau.

Services will run to the winter timetable until March.
"""


def test_headline_then_paragraphs_separated_by_blank_lines() -> None:
    """The text is the headline, a blank line, then each paragraph followed by a blank line."""
    a = attrs.evolve(lighthouse(), paragraphs=lighthouse().paragraphs[1:])
    text = newsmodel.dumps(a, format="text")
    blocks = text.rstrip("\n").split("\n\n")
    assert blocks[0] == "Harbour town votes to keep its lighthouse lit"
    assert blocks[1:] == [p.text for p in a.paragraphs]
    assert text.endswith("Lena Fischer\n")


def test_headline_paragraph_is_not_repeated() -> None:
    """A headline the text already holds as a paragraph is written once."""
    text = newsmodel.dumps(lighthouse(), format="text")
    assert text.count("Harbour town votes to keep its lighthouse lit") == 1


def test_byline_outside_paragraphs_is_written() -> None:
    """A byline no paragraph holds is written after the headline."""
    source = "By Ann Lee\n\nThe vote passed."
    a = Article(
        text=source,
        headline="Vote passes",
        byline=Byline(Span(0, 10), "By Ann Lee", ("Ann Lee",)),
        paragraphs=[Paragraph(Span(12, 28), source[12:])],
    )
    assert newsmodel.dumps(a, format="text") == "Vote passes\n\nBy Ann Lee\n\nThe vote passed.\n"


def test_article_without_paragraphs_is_its_text() -> None:
    """An article without paragraphs is written as its text, trimmed."""
    assert newsmodel.dumps(Article(text="  Just a line.\n"), format="text") == "Just a line.\n"


def test_reads_back_with_parse_text() -> None:
    """What the text format writes, parse_text reads to the same headline and paragraphs."""
    a = newsmodel.parse_text(ORIGINAL)
    b = newsmodel.loads(newsmodel.dumps(a, format="text"), format="text")
    assert b.headline == a.headline
    assert [(p.text, p.kind) for p in b.paragraphs] == [(p.text, p.kind) for p in a.paragraphs]


def test_reading_passes_options_to_parse_text() -> None:
    """Keywords of loads go to parse_text."""
    b = newsmodel.loads(b"One paragraph.", format="text", url="https://example.com/x")
    assert b.url == "https://example.com/x"


def test_reading_bytes_that_are_not_utf8_fails_with_the_offset() -> None:
    """Bytes that are not UTF-8 raise FormatError naming the byte."""
    with pytest.raises(FormatError, match=r"text at byte 3: the text is not UTF-8"):
        newsmodel.loads(b"Caf\xe9 \xff", format="text")


#: Text in ASCII, as much news is (no NUL, which no text holds).
ASCII_TEXT = st.text(st.sampled_from([chr(c) for c in range(32, 127)] + ["\n", "\t"]), min_size=4)
#: Every Unicode text (no lone surrogates, which no encoding carries).
ANY_TEXT = st.text(st.characters(exclude_categories=["Cs"]), min_size=1)


@settings(max_examples=60, deadline=None)
@given(
    text=ASCII_TEXT,
    encoding=st.sampled_from(["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"]),
)
def test_ascii_in_utf16_or_utf32_without_a_mark_reads_as_the_text(text: str, encoding: str) -> None:
    """ASCII written in UTF-16 or UTF-32 without a byte order mark (a zero byte beside every
    letter, valid UTF-8 too) is read as the text it holds, not as text full of NULs."""
    article = newsmodel.loads(text.encode(encoding), format="text", quotations=False)
    assert article == newsmodel.parse_text(text, quotations=False)


@settings(max_examples=60, deadline=None)
@given(text=ANY_TEXT, encoding=st.sampled_from(["utf-8-sig", "utf-16", "utf-32"]))
def test_a_byte_order_mark_names_the_encoding_and_is_no_part_of_the_text(
    text: str, encoding: str
) -> None:
    """Bytes that begin with a byte order mark are read in the encoding it names, and the
    mark is not kept: the headline does not begin with U+FEFF. (UTF-16 LE's mark and a
    first U+0000 are UTF-32 LE's mark: such a text may be read as UTF-32.)"""
    assume(not (encoding == "utf-16" and text.startswith("\x00")))
    article = newsmodel.loads(text.encode(encoding), format="text", quotations=False)
    assert article == newsmodel.parse_text(text, quotations=False)


def test_broken_utf16_after_its_mark_names_the_encoding() -> None:
    """UTF-16 cut in the middle of a character is refused, naming UTF-16 and the byte."""
    with pytest.raises(FormatError, match=r"at byte 2: the text is not UTF-16-LE"):
        newsmodel.loads(b"\xff\xfe\x00\xd8", format="text")


@pytest.mark.parametrize("topic", ["business", "entertainment", "politics", "sport", "tech"])
def test_bbc_articles_read_back(topic: str) -> None:
    """BBC articles written as text parse back to the same headline and paragraphs."""
    for path in sorted(corpus("bbc", topic).glob("*.txt"))[:40:4]:
        a = newsmodel.parse_text(path.read_bytes().decode("utf-8", "replace"))
        b = newsmodel.loads(newsmodel.dumps(a, format="text"), format="text")
        assert b.headline == a.headline, path
        assert [p.text for p in b.paragraphs] == [p.text for p in a.paragraphs], path
