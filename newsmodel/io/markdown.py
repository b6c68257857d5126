"""Markdown for people: to read an article, or paste it somewhere.

The headline is a ``#`` heading, subheadings ``##`` headings, the byline and
credits are in italics, the dateline in bold, captions are set apart as
``> **Caption:** ...`` and block quotations as ``> ...``; every paragraph is
written, in order, with Markdown's special characters escaped so that the text
reads back as written. ``quotations=True`` adds a list of who said what.
"""

from __future__ import annotations

import regex

from newsmodel.io import _markup
from newsmodel.io.registry import FormatInfo, register
from newsmodel.model import Article, Dateline, ParagraphKind

__all__ = ["dumps", "escape"]

FORMAT = "markdown"

#: Characters with a meaning anywhere in a line of Markdown.
INLINE_SPECIAL_RE = regex.compile(r"[\\`*_\[\]<]|&(?=#?[A-Za-z0-9]{1,32};)")
#: A line start that Markdown would read as a heading, quote, list item, rule or table.
LINE_START_SPECIAL_RE = regex.compile(r"[ ]{0,3}(?:[#>+=|~-]|[0-9]{1,9}[.)])")
LINE_BREAK_RE = regex.compile(r"\r\n|\r|\n")


def escape(text: str) -> list[str]:
    """The lines of ``text`` with Markdown's special characters backslash-escaped."""
    lines = []
    for line in LINE_BREAK_RE.split(text):
        line = INLINE_SPECIAL_RE.sub(lambda m: "\\" + m.group(), line)
        m = LINE_START_SPECIAL_RE.match(line)
        if m is not None:
            at = m.end() - 1
            line = line[:at] + "\\" + line[at:]
        lines.append(line)
    return lines


def _block(text: str, prefix: str = "", before: str = "", after: str = "") -> str:
    """A Markdown paragraph: hard line breaks inside, ``prefix`` on every line."""
    lines = escape(text)
    lines[0] = before + lines[0]
    lines[-1] = lines[-1] + after
    return "\\\n".join(prefix + line for line in lines)


_PREFIXES: dict[ParagraphKind, tuple[str, str, str]] = {
    ParagraphKind.HEADLINE: ("# ", "", ""),
    ParagraphKind.HEADING: ("## ", "", ""),
    ParagraphKind.BYLINE: ("", "*", "*"),
    ParagraphKind.CREDIT: ("", "*", "*"),
    ParagraphKind.EDITORS_NOTE: ("", "*", "*"),
    ParagraphKind.DATELINE: ("", "**", "**"),
    ParagraphKind.CAPTION: ("> ", "**Caption:** ", ""),
    ParagraphKind.BLOCKQUOTE: ("> ", "", ""),
}


def dumps(article: Article, *, quotations: bool = False) -> str:
    """``article`` as Markdown; with ``quotations=True``, a list of its quotations at the end."""
    text = article.text
    out: list[str] = []
    kinds = {p.kind for p in article.paragraphs}
    if article.headline and ParagraphKind.HEADLINE not in kinds:
        out.append(_block(article.headline, "# "))
    block_list = _markup.blocks(article)
    lead = 0  # headline and byline paragraphs come before the other head lines
    while lead < len(block_list) and block_list[lead].kind in _LEAD_KINDS:
        lead += 1
    byline, dateline = article.byline, article.dateline
    for b in block_list[:lead]:
        out.append(_paragraph(text, b, dateline))
    if byline is not None and not _covered(article, byline.span.start, byline.span.end):
        out.append(_block(byline.text, "", "*", "*"))
    elif byline is None and article.authors:
        out.append(_block(", ".join(article.authors), "", "*", "*"))
    if article.published is not None:
        out.append(_block(article.published.date().isoformat(), "", "*", "*"))
    if dateline is not None and not _covered(article, dateline.span.start, dateline.span.end):
        out.append(_block(dateline.text, "", "**", "**"))
    for b in block_list[lead:]:
        out.append(_paragraph(text, b, dateline))
    if quotations and article.quotations:
        out.append("## Quotations")
        out.append("\n".join(_quotation_item(article, i) for i in range(len(article.quotations))))
    return "\n\n".join(out) + "\n" if out else ""


_LEAD_KINDS = frozenset([ParagraphKind.HEADLINE, ParagraphKind.BYLINE])


def _paragraph(text: str, b: _markup.Block, dateline: Dateline | None) -> str:
    if b.kind in _PREFIXES:
        prefix, before, after = _PREFIXES[b.kind]
        return _block(text[b.start : b.end], prefix, before, after)
    if dateline is not None and b.start <= dateline.span.start < dateline.span.end <= b.end:
        return _with_dateline(text, b.start, b.end, dateline.span.start, dateline.span.end)
    return _block(text[b.start : b.end])


def _covered(article: Article, start: int, end: int) -> bool:
    return any(p.span.start <= start and end <= p.span.end for p in article.paragraphs)


def _with_dateline(text: str, start: int, end: int, d_start: int, d_end: int) -> str:
    """A body paragraph whose dateline is in bold."""
    while d_end > d_start and text[d_end - 1].isspace():
        d_end -= 1
    while d_start < d_end and text[d_start].isspace():
        d_start += 1
    marker = "\ue000"  # a private-use character that is never escaped, replaced below
    inside = text[d_start:d_end]
    if not inside or "\n" in inside or "\r" in inside or marker in text[start:end]:
        return _block(text[start:end])
    pieces = text[start:d_start] + marker + text[d_start:d_end] + marker + text[d_end:end]
    return _block(pieces).replace(marker, "**")


def _quotation_item(article: Article, index: int) -> str:
    q = article.quotations[index]
    speaker = q.speaker
    who = "(unattributed)"
    if speaker is not None:
        who = "**" + " ".join(escape(speaker.name)) + "**"
        if speaker.title:
            who += ", " + " ".join(escape(speaker.title))
    said = " ".join(line for line in escape(q.text) if line)
    return f"- {who} ({q.kind.value}): “{said}”"


register(
    FormatInfo(
        name=FORMAT,
        description="Markdown for people: headline, dateline, subheadings, captions, credits",
        media_type="text/markdown",
        extension=".md",
        writer=dumps,
    )
)
