"""parse_text: plain text to an Article (placeholder structure until the parser lands)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import regex

from newsmodel.model import Article, Paragraph, ParagraphKind, Sentence, Span
from newsmodel.quotes import find_quotations
from newsmodel.text.sentences import split_sentences

__all__ = ["parse_blocks", "parse_text"]

BLANK_LINE_RE = regex.compile(r"\n[ \t\r\f\v]*\n")
LINE_RE = regex.compile(r"\r?\n")


def parse_text(
    text: str,
    *,
    headline: str | None = None,
    url: str | None = None,
    published: dt.datetime | None = None,
    language: str = "en",
    quotations: bool = True,
) -> Article:
    """Parse a news article given as plain text."""
    blocks: list[tuple[Span, ParagraphKind | None]] = []
    start = 0
    separator = BLANK_LINE_RE if BLANK_LINE_RE.search(text) else LINE_RE
    for m in separator.finditer(text):
        blocks.append((Span(start, m.start()), None))
        start = m.end()
    blocks.append((Span(start, len(text)), None))
    return parse_blocks(
        text,
        blocks,
        headline=headline,
        url=url,
        published=published,
        language=language,
        quotations=quotations,
    )


def parse_blocks(
    text: str,
    blocks: Sequence[tuple[Span, ParagraphKind | None]],
    *,
    headline: str | None = None,
    url: str | None = None,
    published: dt.datetime | None = None,
    modified: dt.datetime | None = None,
    authors: Sequence[str] = (),
    language: str = "en",
    quotations: bool = True,
) -> Article:
    """Build an Article from paragraph spans already found (by an HTML extractor, say);
    a block whose kind is None is classified as parse_text would."""
    paragraphs = []
    for span, kind in blocks:
        s, e = span.start, span.end
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e == s:
            continue
        sentences = tuple(
            Sentence(sp, text[sp.start : sp.end]) for sp in split_sentences(text, s, e)
        )
        paragraphs.append(Paragraph(Span(s, e), text[s:e], kind or ParagraphKind.BODY, sentences))
    quotes = find_quotations(text, paragraphs) if quotations else ()
    return Article(
        text=text,
        headline=headline,
        url=url,
        published=published,
        modified=modified,
        authors=tuple(authors),
        language=language,
        paragraphs=paragraphs,
        quotations=quotes,
    )
