"""An article as an HTML page to read: its quotations highlighted with their speakers and cues.

:func:`to_html` writes the view: the headline, byline and dateline, then every paragraph by
kind, each quotation in a tint of its speaker's colour with a label naming its speaker and
kind, its speaker mention boxed and its cue underlined; a legend of the speakers with their
counts; and a table of every quotation. The page is self-contained (one inline style sheet,
no script, no font, image or anything else fetched) and every piece of text is escaped.

Quotations that overlap, nest or cross paragraphs are cut into properly nested elements at
every boundary (:func:`newsmodel.io._markup.inline`); each element carries
``data-quotation`` (the quotation's index in ``Article.quotations``) and ``data-speaker``,
so one quotation may be drawn by several elements with the same index. Overlapping
quotations are underlined at different depths, as displaCy's span slots are.
"""

from __future__ import annotations

import functools
import hashlib
import html
from collections.abc import Iterator, Sequence
from importlib import resources

import attrs
import regex

from newsmodel.io import _markup
from newsmodel.io._markup import Block, Mark, MarkRole
from newsmodel.model import Article, ParagraphKind, Quotation, QuoteKind, SpeakerKind, Stance

__all__ = ["COLOURS", "css", "to_html"]

#: How many speaker colours the style sheet has (classes nm-c0 ...); speakers past them
#: take the colours again, in order.
COLOURS = 9
#: Underline depths of the style sheet (classes nm-r0 ...); deeper overlaps share the last.
DEPTHS = 4

#: Characters a page cannot carry as they are: NUL, other C0 controls but tab, line feed
#: and carriage return, and lone surrogates (not encodable as UTF-8). The view shows U+FFFD.
UNSHOWABLE_RE = regex.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\p{Cs}]")

_TAGS = {ParagraphKind.HEADLINE: "h1", ParagraphKind.HEADING: "h2"}
#: Paragraph kinds shown without a label naming their kind.
_UNLABELLED = frozenset({ParagraphKind.BODY, ParagraphKind.HEADLINE, ParagraphKind.HEADING})
_ROLES = (MarkRole.QUOTATION, MarkRole.MENTION, MarkRole.CUE, MarkRole.DATELINE)


@functools.cache
def css() -> str:
    """The view's style sheet, every rule scoped to ``.nm-view``."""
    return resources.files("newsmodel.views").joinpath("view.css").read_text(encoding="utf-8")


def _esc(text: str) -> str:
    """``text`` escaped for HTML text and quoted attribute values."""
    return html.escape(UNSHOWABLE_RE.sub("\ufffd", text), quote=True)


def to_html(article: Article, *, standalone: bool = True) -> str:
    """The HTML view of ``article``: a whole page, or (``standalone=False``) one ``<div>``
    holding its own scoped style sheet, for a notebook or another page."""
    view = _View(article)
    body = view.render()
    if not standalone:
        return f'<div class="nm-view" lang="{_esc(article.language or "en")}">\n<style>{css()}</style>\n{body}</div>\n'
    title = _esc(article.headline or _first_words(article.text) or "Article")
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{_esc(article.language or "en")}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta http-equiv="Content-Security-Policy" '
        "content=\"default-src 'none'; style-src 'unsafe-inline'\">\n"
        '<meta name="generator" content="newsmodel">\n'
        f"<title>{title}</title>\n<style>{css()}</style>\n</head>\n"
        f'<body>\n<div class="nm-view">\n{body}</div>\n</body>\n</html>\n'
    )


def _first_words(text: str, limit: int = 80) -> str:
    words = " ".join(text.split())
    return words if len(words) <= limit else words[: limit - 1] + "…"


@attrs.frozen
class _Piece:
    """A stretch of the text to show as one paragraph: a paragraph, or text no paragraph holds."""

    block: Block
    index: int | None  # its index in Article.paragraphs; None for text outside them


class _View:
    """Renders one article; holds what the parts of the page share."""

    def __init__(self, article: Article) -> None:
        self.article = article
        digest = hashlib.sha256(article.text.encode("utf-8", "surrogatepass")).hexdigest()
        self.prefix = f"nm-{digest[:10]}"
        self.speakers = article.speakers
        self.colour = {(s.name, s.kind): i % COLOURS for i, s in enumerate(self.speakers)}
        self.marks = _markup.collect_marks(article, _ROLES)
        self.depth = _depths(article.quotations)
        # The quotations each mention and cue mark stands for.
        self.shared: dict[str, list[int]] = {}
        for m in self.marks:
            if m.role is MarkRole.QUOTATION:
                data = dict(m.data)
                for key in (data.get("mention"), data.get("cue")):
                    if key is not None:
                        self.shared.setdefault(key, []).append(int(m.key[1:]))

    def render(self) -> str:
        pieces = self._pieces()
        shown = self._paragraphs(pieces)
        lead = 0  # headline paragraphs open the page, before its details and legend
        while lead < len(pieces) and pieces[lead].index is not None:
            if pieces[lead].block.kind is not ParagraphKind.HEADLINE:
                break
            lead += 1
        return "".join(
            [
                *self._header(shown[:lead]),
                *self._legend(),
                '<div class="nm-text">\n',
                *shown[lead:],
                "</div>\n",
                *self._table(),
            ]
        )

    # --- header and legend --------------------------------------------------------------

    def _header(self, headlines: list[str]) -> Iterator[str]:
        a = self.article
        kinds = {p.kind for p in a.paragraphs}
        yield '<header class="nm-header">\n'
        if a.headline and ParagraphKind.HEADLINE not in kinds:
            yield f'<h1 class="nm-headline">{_esc(a.headline)}</h1>\n'
        yield from headlines
        rows: list[tuple[str, str]] = []
        if a.byline is not None:
            org = f" ({_esc(a.byline.organisation)})" if a.byline.organisation else ""
            rows.append(("Byline", _esc(a.byline.text) + org))
        if a.authors:
            rows.append(("Authors", _esc("; ".join(a.authors))))
        if a.dateline is not None:
            d = a.dateline
            parts = [
                f"{k}: {v}"
                for k, v in (("place", d.location), ("agency", d.source), ("date", d.date))
                if v
            ]
            rows.append(("Dateline", _esc(d.text + (f" ({'; '.join(parts)})" if parts else ""))))
        if a.published is not None:
            rows.append(("Published", _esc(a.published.isoformat())))
        if a.url:
            url = _esc(a.url)
            link = a.url.startswith(("http://", "https://"))
            rows.append(
                ("URL", f'<a href="{url}" rel="noopener noreferrer">{url}</a>' if link else url)
            )
        if rows:
            yield '<dl class="nm-meta">\n'
            for term, value in rows:
                yield f"<dt>{term}</dt><dd>{value}</dd>\n"
            yield "</dl>\n"
        yield "</header>\n"

    def _legend(self) -> Iterator[str]:
        quotations = self.article.quotations
        nobody = sum(q.attribution is None for q in quotations)
        yield f'<section class="nm-legend" aria-label="Speakers">\n<h2>Speakers ({len(self.speakers)})</h2>\n'
        if self.speakers or nobody:
            yield "<ol>\n"
            for s in self.speakers:
                first = self.article.quotations.index(s.quotations[0])
                counts = ", ".join(
                    f"{n} {kind.value}"
                    for kind in QuoteKind
                    if (n := sum(q.kind is kind for q in s.quotations))
                )
                yield (
                    f'<li class="nm-c{self.colour[s.name, s.kind]}"><span class="nm-swatch"></span>'
                    f'<a href="#{self.prefix}-q{first}">{_esc(s.name)}</a> ({s.kind.value}): '
                    f"{_count(len(s.quotations), 'quotation')} ({counts})</li>\n"
                )
            if nobody:
                first = next(i for i, q in enumerate(quotations) if q.attribution is None)
                yield (
                    f'<li class="nm-none"><span class="nm-swatch"></span>'
                    f'<a href="#{self.prefix}-q{first}">nobody</a>: '
                    f"{_count(nobody, 'quotation')} nobody is reported saying</li>\n"
                )
            yield "</ol>\n"
        else:
            yield "<p>No quotations were found.</p>\n"
        yield (
            '<p class="nm-key">Each quotation is tinted in its speaker\'s colour and labelled '
            "with its speaker and kind; its underline is solid for direct quotations, dashed "
            "for partial, dotted for indirect speech, double for scare quotes. The speaker as "
            "the text names them is boxed; the cue is in italics, underlined with dots. "
            "Hover or focus (Tab) a quotation for its rule and confidence.</p>\n</section>\n"
        )

    # --- the text -----------------------------------------------------------------------

    def _pieces(self) -> list[_Piece]:
        """The paragraphs, and the text outside them that holds words or a quotation."""
        a = self.article
        text = a.text
        pieces = [
            _Piece(Block(p.span.start, p.span.end, p.kind, ""), i)
            for i, p in enumerate(a.paragraphs)
            if p.span.start < p.span.end
        ]
        outside: list[tuple[int, int]] = []
        edges = [0, *(x for p in a.paragraphs for x in (p.span.start, p.span.end)), len(text)]
        for start, end in zip(edges[::2], edges[1::2], strict=True):
            s, e = _trim(text, start, end)
            if s < e:
                outside.append((s, e))
        for q in a.quotations:  # a quotation no paragraph holds is shown all the same
            if not any(p.span.overlaps(q.span) for p in a.paragraphs) and not any(
                s <= q.span.start and q.span.end <= e for s, e in outside
            ):
                outside.append((q.span.start, q.span.end))
        for start, end in _merged(outside):
            pieces.append(_Piece(Block(start, end, ParagraphKind.BODY, ""), None))
        pieces.sort(key=lambda p: (p.block.start, p.block.end))
        return pieces

    def _paragraphs(self, pieces: list[_Piece]) -> list[str]:
        """Each piece of the text as HTML, its quotations, mentions and cues marked."""
        text = self.article.text
        blocks = [p.block for p in pieces]
        seen: set[str] = set()
        shown: list[str] = []
        touching = _markup.marks_per_block(blocks, self.marks)
        for piece, marks in zip(pieces, touching, strict=True):
            kind = piece.block.kind
            tag = _TAGS.get(kind, "p") if piece.index is not None else "p"
            classes = ["nm-p"]
            if piece.index is None:
                classes.append("nm-unclassified")
                attributes = ' data-kind="text outside the paragraphs"'
            else:
                attributes = f' data-kind="{kind.value}" data-paragraph="{piece.index}"'
            if piece.index is None or kind not in _UNLABELLED:
                classes.append("nm-kind")
            out = [f'<{tag} class="{" ".join(classes)}"{attributes}>']
            start, end = piece.block.start, piece.block.end
            for event in _markup.inline(text, start, end, marks, seen=seen):
                if isinstance(event, str):
                    out.append(_esc(event))
                elif isinstance(event, _markup.Open):
                    out.append(self._open(event.mark, event.first))
                else:
                    out.append("</mark>" if event.mark.role is MarkRole.QUOTATION else "</span>")
            out.append(f"</{tag}>\n")
            shown.append("".join(out))
        return shown

    def _open(self, mark: Mark, first: bool) -> str:
        if mark.role is MarkRole.QUOTATION:
            return self._open_quotation(int(mark.key[1:]), first)
        if mark.role is MarkRole.DATELINE:
            return '<span class="nm-dateline">'
        indexes = self.shared.get(mark.key, [])
        quotation = self.article.quotations[indexes[0]] if indexes else None
        colour = self._colour_class(quotation)
        listed = " ".join(str(i) for i in indexes)
        if mark.role is MarkRole.MENTION:
            name = quotation.speaker.name if quotation and quotation.speaker else ""
            return (
                f'<span class="nm-mention {colour}" data-speaker="{_esc(name)}" '
                f'data-quotations="{listed}">'
            )
        return f'<span class="nm-cue {colour}" data-quotations="{listed}">'

    def _colour_class(self, q: Quotation | None) -> str:
        if q is None or q.speaker is None:
            return "nm-none"
        return f"nm-c{self.colour.get((q.speaker.name, q.speaker.kind), 0)}"

    def _open_quotation(self, index: int, first: bool) -> str:
        q = self.article.quotations[index]
        speaker = q.speaker
        name = speaker.name if speaker else ""
        depth = min(self.depth[index], DEPTHS - 1)
        classes = f"nm-q nm-{q.kind.value} {self._colour_class(q)} nm-r{depth}"
        extra = ""
        stance = q.attribution.stance.value if q.attribution else ""
        if first:
            classes += " nm-first"
            label = f"{name or 'nobody'} · {_kind(q)}"
            extra = (
                f' id="{self.prefix}-q{index}" tabindex="0" data-label="{_esc(label)}"'
                f' aria-describedby="{self.prefix}-row{index}"'
            )
        return (
            f'<mark class="{classes}" data-quotation="{index}" data-speaker="{_esc(name)}" '
            f'data-kind="{q.kind.value}" data-stance="{stance}" '
            f'data-tip="{_esc(_tip(index, q))}"{extra}>'
        )

    # --- the table of quotations ----------------------------------------------------------

    def _table(self) -> Iterator[str]:
        quotations = self.article.quotations
        if not quotations:
            return
        yield (
            f"<details>\n<summary>Every quotation ({len(quotations)})</summary>\n<table>\n"
            '<colgroup><col class="nm-narrow"><col class="nm-mid"><col><col class="nm-mid">'
            '<col class="nm-mid"><col class="nm-narrow"><col></colgroup>\n'
            "<thead><tr><th>#</th><th>kind</th><th>speaker</th><th>cue</th><th>rule</th>"
            "<th>conf.</th><th>words</th></tr></thead>\n<tbody>\n"
        )
        for i, q in enumerate(quotations):
            a = q.attribution
            cells = [
                f'<a href="#{self.prefix}-q{i}">{i}</a>',
                _kind(q),
                _esc(_who(q)),
                _esc(a.cue.text) if a and a.cue else "",
                _esc(a.rule) if a else "",
                f"{a.confidence:.2f}" if a else "",
                _esc(q.text),
            ]
            row = "".join(f"<td>{c}</td>" for c in cells)
            yield f'<tr id="{self.prefix}-row{i}" class="{self._colour_class(q)}">{row}</tr>\n'
        yield "</tbody>\n</table>\n</details>\n"


def _who(q: Quotation) -> str:
    s = q.speaker
    if s is None:
        return "nobody"
    named = f" (as “{s.mention.text}”)" if s.mention and s.mention.text != s.name else ""
    kind = "" if s.kind is SpeakerKind.PERSON else f", {s.kind.value}"
    return f"{s.name}{named}{kind}"


def _kind(q: Quotation) -> str:
    """The quotation's kind, and its stance where that is not speech ("indirect · thought")."""
    a = q.attribution
    if a is None or a.stance is Stance.SPEECH:
        return q.kind.value
    return f"{q.kind.value} · {a.stance.value}"


def _tip(index: int, q: Quotation) -> str:
    a = q.attribution
    parts = [f"Quotation {index}", _kind(q), f"speaker: {_who(q)}"]
    if a is not None:
        if a.cue is not None:
            parts.append(f"cue: {a.cue.text}")
        parts.append(f"rule: {a.rule or '-'}")
        parts.append(f"confidence: {a.confidence:.2f}")
    return " · ".join(parts)


def _count(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def _depths(quotations: Sequence[Quotation]) -> list[int]:
    """An underline depth for each quotation: the lowest that no overlapping quotation
    drawn before it (an earlier start, or the same start and a later end) has taken."""
    order = sorted(
        range(len(quotations)), key=lambda i: (quotations[i].span.start, -quotations[i].span.end)
    )
    depth = [0] * len(quotations)
    active: list[int] = []
    for i in order:
        span = quotations[i].span
        active = [j for j in active if quotations[j].span.end > span.start]
        taken = {depth[j] for j in active}
        depth[i] = next(d for d in range(len(active) + 1) if d not in taken)
        active.append(i)
    return depth


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    part = text[start:end]
    stripped = part.strip()
    if not stripped:
        return start, start
    at = start + part.index(stripped)
    return at, at + len(stripped)


def _merged(ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    found: list[tuple[int, int]] = []
    for start, end in sorted(ranges):
        if found and start <= found[-1][1]:
            found[-1] = (found[-1][0], max(found[-1][1], end))
        else:
            found.append((start, end))
    return found
