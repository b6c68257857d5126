"""Tests of newsmodel.io.markdown: Markdown for people, checked with a CommonMark renderer."""

from __future__ import annotations

import html
import re

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsmodel
from newsmodel import Article, FormatError, Paragraph, ParagraphKind, Span
from newsmodel.io import markdown
from tests.io_articles import lighthouse

markdown_it = pytest.importorskip("markdown_it")


def render(text: str) -> str:
    """CommonMark HTML of ``text``."""
    return str(markdown_it.MarkdownIt("commonmark").render(text))


def plain(rendered: str) -> str:
    """The text of rendered HTML, tags dropped and entities decoded."""
    return html.unescape(re.sub(r"<[^>]+>", "", rendered))


def test_structure_renders_as_headings_quotes_and_emphasis() -> None:
    """Headline, subheading, caption, block quote, byline, dateline and credits render as such."""
    out = render(newsmodel.dumps(lighthouse(), format="markdown"))
    assert "<h1>Harbour town votes to keep its lighthouse lit</h1>" in out
    assert "<h2>A new budget</h2>" in out
    assert "<p><em>By Amara Okafor and Tom Reyes, Coastal Wire</em></p>" in out
    assert "<p><strong>PORT ELLIN, Nova Scotia (Coastal Wire) —</strong> Residents" in out
    assert (
        "<blockquote>\n<p><strong>Caption:</strong> Ruth Calder speaks to residents outside "
        "the town hall on Tuesday.</p>\n</blockquote>" in out
    )
    assert "<blockquote>\n<p>The light shall burn while the harbour breathes.</p>" in out
    assert "<p><em>Reporting by Amara Okafor; Editing by Lena Fischer</em></p>" in out


def test_every_paragraph_is_carried() -> None:
    """Each paragraph's text is in the rendered Markdown, in order."""
    a = lighthouse()
    out = plain(render(newsmodel.dumps(a, format="markdown")))
    position = 0
    for p in a.paragraphs:
        position = out.index(p.text, position)


def test_published_date_follows_the_byline() -> None:
    """The publication date is given after the headline and byline."""
    lines = newsmodel.dumps(lighthouse(), format="markdown").split("\n\n")
    assert lines[2] == "*2024-03-05*"


TRICKY = [
    "# Not a heading",
    "1. Not a list item",
    "- not a bullet",
    "> not a quote",
    "Stars *here* and _there_, a [link](http://x) and <b>tags</b> & &amp; stay text",
    "Back\\slash and `code`",
    "Line one\nline two\n===",
]


@pytest.mark.parametrize("text", TRICKY)
def test_special_characters_render_as_text(text: str) -> None:
    """Markdown syntax inside a paragraph is escaped, so it renders as the words written."""
    a = Article(text=text, paragraphs=[Paragraph(Span(0, len(text)), text)])
    out = render(newsmodel.dumps(a, format="markdown"))
    assert re.fullmatch(r"<p>.*</p>\n", out, re.S), out
    assert plain(out).strip() == text


@settings(max_examples=200, deadline=None)
@given(st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=60))
def test_any_paragraph_renders_as_its_text(text: str) -> None:
    """Any one-line paragraph renders as a single paragraph holding exactly its text."""
    text = " ".join(text.split())
    if not text:
        return
    a = Article(text=text, paragraphs=[Paragraph(Span(0, len(text)), text)])
    out = render(newsmodel.dumps(a, format="markdown"))
    assert out.startswith("<p>"), out
    assert plain(out).strip() == text


def test_quotations_list_is_optional() -> None:
    """With quotations=True a list of who said what closes the document."""
    a = lighthouse()
    assert "## Quotations" not in newsmodel.dumps(a, format="markdown")
    out = newsmodel.dumps(a, format="markdown", quotations=True)
    assert "- **Ruth Calder**, Mayor (direct): “We will find the money.”" in out
    assert "- (unattributed) (scare): “smart”" in out


def test_authors_without_byline_are_listed() -> None:
    """Authors known apart from the text are listed under the headline."""
    a = Article(text="Body.", headline="Title", authors=("Ann Lee", "Bo Chan"))
    assert newsmodel.dumps(a, format="markdown") == "# Title\n\n*Ann Lee, Bo Chan*\n\nBody.\n"


def test_markdown_cannot_be_read() -> None:
    """Markdown is written for people only: reading it is refused clearly."""
    assert not newsmodel.formats["markdown"].can_read
    with pytest.raises(FormatError, match="can be written but not read"):
        newsmodel.loads("# Title", format="markdown")


def test_escape_marks_line_starts() -> None:
    """escape() backslash-escapes block markers at line starts and inline markers anywhere."""
    assert markdown.escape("2) two\n+ plus *x*") == ["2\\) two", "\\+ plus \\*x\\*"]


def test_dateline_across_lines_is_not_bolded() -> None:
    """A dateline broken over lines is written plainly rather than as broken emphasis."""
    text = "OSLO,\nNorway - Text."
    a = attrs.evolve(
        Article(text=text, paragraphs=[Paragraph(Span(0, len(text)), text, ParagraphKind.BODY)]),
        dateline=newsmodel.Dateline(Span(0, 12), "OSLO,\nNorway", "OSLO"),
    )
    assert "**" not in newsmodel.dumps(a, format="markdown")
