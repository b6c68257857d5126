"""Inline markup shared by the formats that carry an article in markup (ninjs's HTML body, NITF).

Writing: :func:`blocks` lists the paragraphs to write with the whitespace between
them, :func:`collect_marks` turns quotations, speaker mentions, cues, the dateline
and the byline into :class:`Mark` ranges, and :func:`inline` walks one paragraph as
a stream of open / close / text events with properly nested elements: a range that
crosses another, or a paragraph boundary, is cut into fragments that share a key.

Reading: an :class:`ArticleBuilder` receives the document's character data, block
(paragraph) boundaries and mark boundaries in document order and rebuilds the
Article: the text is the paragraphs with the whitespace found between them, each
mark's span is the extent of its fragments.
"""

from __future__ import annotations

import bisect
import datetime as dt
import enum
import itertools
import json
import math
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import TypeVar

import attrs
import regex

from newsmodel.errors import FormatError, ModelError
from newsmodel.model import (
    Article,
    Attribution,
    Byline,
    Dateline,
    Mention,
    Paragraph,
    ParagraphKind,
    Quotation,
    QuoteKind,
    Sentence,
    Span,
    Speaker,
    SpeakerKind,
    Stance,
)

__all__ = [
    "ArticleBuilder",
    "Block",
    "HeadByline",
    "HeadDateline",
    "Mark",
    "MarkRole",
    "blocks",
    "collect_marks",
    "found_by_text",
    "head_lines",
    "inline",
]

#: What the reader puts between two paragraphs that the document gives no whitespace.
PARAGRAPH_GAP = "\n\n"

#: Keys the writers give quotations: "q" and their index in Article.quotations.
QUOTATION_KEY_RE = regex.compile(r"q([0-9]{1,9})")


class MarkRole(enum.Enum):
    """What an inline range marks; the value is its HTML class name."""

    QUOTATION = "quotation"
    MENTION = "speaker"
    CUE = "cue"
    DATELINE = "dateline"
    BYLINE = "byline"


#: Nesting preference when two ranges cover the same text: lower goes outside.
_ROLE_RANK = {
    MarkRole.BYLINE: 0,
    MarkRole.DATELINE: 1,
    MarkRole.QUOTATION: 2,
    MarkRole.MENTION: 3,
    MarkRole.CUE: 4,
}


@attrs.frozen
class Mark:
    """A range of the article text to mark inline, with its data as string pairs."""

    start: int
    end: int
    role: MarkRole
    key: str
    data: tuple[tuple[str, str], ...] = ()


@attrs.frozen
class Block:
    """A paragraph to write: its extent, its kind, and the whitespace written before it."""

    start: int
    end: int
    kind: ParagraphKind
    gap: str


def blocks(article: Article) -> list[Block]:
    """The paragraphs to write, with the whitespace between them.

    The whitespace between two paragraphs is kept as it is in the text, so readers
    rebuild the same text; a gap that is empty or holds more than whitespace is
    written as a blank line. An article without paragraphs is written as one body
    paragraph holding its whole text.
    """
    text = article.text
    if not article.paragraphs:
        start, end = _trim(text, 0, len(text))
        return [Block(start, end, ParagraphKind.BODY, "")] if end > start else []
    found: list[Block] = []
    previous: int | None = None
    for p in article.paragraphs:
        if p.span.start == p.span.end:
            continue
        gap = "" if previous is None else text[previous : p.span.start]
        if previous is not None and (not gap or not gap.isspace()):
            gap = PARAGRAPH_GAP
        found.append(Block(p.span.start, p.span.end, p.kind, gap))
        previous = p.span.end
    return found


def head_lines(article: Article) -> list[str]:
    """Headline, byline and dateline texts that no paragraph carries, in reading order.

    Plain-text and Markdown writers put these lines before the paragraphs.
    """
    lines: list[str] = []
    kinds = {p.kind for p in article.paragraphs}
    if article.headline and ParagraphKind.HEADLINE not in kinds:
        lines.append(article.headline)
    for located in (article.byline, article.dateline):
        if located is not None and not _in_paragraph(article, located.span):
            lines.append(located.text)
    return lines


def _in_paragraph(article: Article, span: Span) -> bool:
    return any(p.span.contains(span) for p in article.paragraphs)


def _pairs(**values: str | None) -> tuple[tuple[str, str], ...]:
    return tuple((k.replace("_", "-"), v) for k, v in values.items() if v is not None)


def collect_marks(article: Article, roles: Iterable[MarkRole] = tuple(MarkRole)) -> list[Mark]:
    """The article's quotations, speaker mentions, cues, dateline and byline as marks.

    A quotation's data names its kind and speaker and refers to its mention and cue
    by key; mentions and cues that several quotations share are marked once.
    """
    wanted = frozenset(roles)
    marks: list[Mark] = []
    dateline, byline = article.dateline, article.byline
    if dateline is not None and MarkRole.DATELINE in wanted:
        data = _pairs(location=dateline.location, source=dateline.source, date=dateline.date)
        marks.append(Mark(dateline.span.start, dateline.span.end, MarkRole.DATELINE, "d", data))
    if byline is not None and MarkRole.BYLINE in wanted:
        authors = json.dumps(list(byline.authors), ensure_ascii=False)
        data = _pairs(authors=authors, organisation=byline.organisation)
        marks.append(Mark(byline.span.start, byline.span.end, MarkRole.BYLINE, "b", data))
    mentions: dict[Span, str] = {}
    cues: dict[Span, str] = {}
    for i, q in enumerate(article.quotations):
        values: dict[str, str | None] = {"kind": q.kind.value}
        a = q.attribution
        if a is not None:
            sp = a.speaker
            values.update(
                speaker=sp.name,
                speaker_kind=sp.kind.value,
                speaker_title=sp.title,
                speaker_description=sp.description,
                rule=a.rule or None,
                confidence=None if a.confidence == 1.0 else repr(a.confidence),
                stance=None if a.stance is Stance.SPEECH else a.stance.value,
            )
            if sp.mention is not None and MarkRole.MENTION in wanted:
                span = sp.mention.span
                if span not in mentions:
                    mentions[span] = key = f"m{len(mentions)}"
                    data = _pairs(speaker=sp.name, speaker_kind=sp.kind.value)
                    marks.append(Mark(span.start, span.end, MarkRole.MENTION, key, data))
                values["mention"] = mentions[span]
            if a.cue is not None and MarkRole.CUE in wanted:
                span = a.cue.span
                if span not in cues:
                    cues[span] = key = f"c{len(cues)}"
                    marks.append(Mark(span.start, span.end, MarkRole.CUE, key))
                values["cue"] = cues[span]
        if MarkRole.QUOTATION in wanted:
            marks.append(
                Mark(q.span.start, q.span.end, MarkRole.QUOTATION, f"q{i}", _pairs(**values))
            )
    marks.sort(key=lambda m: (m.start, m.end))
    return marks


def marks_per_block(block_list: Sequence[Block], marks: Sequence[Mark]) -> Iterator[list[Mark]]:
    """For each block in order, the marks (sorted by start) that touch it."""
    active: list[Mark] = []
    i = 0
    for block in block_list:
        while i < len(marks) and marks[i].start <= block.end:
            active.append(marks[i])
            i += 1
        active = [m for m in active if m.end >= block.start]
        yield [
            m
            for m in active
            if (m.start < block.end and m.end > block.start)
            or (m.start == m.end and block.start <= m.start <= block.end)
        ]


@attrs.frozen
class Open:
    """Open the element of ``mark``; ``first`` is True for its first fragment in the document.

    ``demoted`` is True for a leaf mark that must contain another leaf here, so
    the writer uses a general container element for this fragment.
    """

    mark: Mark
    first: bool
    demoted: bool = False


@attrs.frozen
class Close:
    """Close the element of ``mark``."""

    mark: Mark
    demoted: bool = False


Event = Open | Close | str


def inline(
    text: str,
    start: int,
    end: int,
    marks: Sequence[Mark],
    *,
    seen: set[str],
    leaves: frozenset[MarkRole] = frozenset(),
) -> Iterator[Event]:
    """The text ``text[start:end]`` with its marks, as properly nested events.

    At each point the elements open are the marks covering it, outer ones first
    (earlier start, then later end, then role); an element that must close early
    to keep nesting proper reopens as a new fragment. Marks whose roles are in
    ``leaves`` may not contain another element (NITF's person and event): where
    leaf ranges overlap, all but the innermost are opened ``demoted``. ``seen`` collects the keys already written
    so that a mark's first fragment can carry its data.
    """
    clipped = [(max(start, m.start), min(end, m.end), m) for m in marks]
    zero: dict[int, list[Mark]] = {}
    for s, e, m in clipped:
        if s == e and m.start == m.end and m.key not in seen:
            zero.setdefault(s, []).append(m)
    ranges = sorted((c for c in clipped if c[0] < c[1]), key=lambda c: c[0])
    bounds = sorted({start, end, *(c[0] for c in ranges), *(c[1] for c in ranges)})
    stack: list[tuple[Mark, bool]] = []
    active: list[tuple[int, int, Mark]] = []
    i = 0

    def order(c: tuple[int, int, Mark]) -> tuple[bool, int, int, int, str]:
        return (c[2].role in leaves, c[0], -c[1], _ROLE_RANK[c[2].role], c[2].key)

    for a, b in itertools.pairwise(bounds):
        while i < len(ranges) and ranges[i][0] <= a:
            active.append(ranges[i])
            i += 1
        active = [c for c in active if c[1] > a]
        ordered = sorted(active, key=order)
        wanted = [(c[2], False) for c in ordered if c[2].role not in leaves]
        leaf_marks = [c[2] for c in ordered if c[2].role in leaves]
        if leaf_marks:
            wanted += [(m, True) for m in leaf_marks[:-1]] + [(leaf_marks[-1], False)]
        keep = 0
        while (
            keep < len(stack)
            and keep < len(wanted)
            and stack[keep][0] is wanted[keep][0]
            and stack[keep][1] == wanted[keep][1]
        ):
            keep += 1
        empty = zero.pop(a, ())
        if empty and keep and stack[keep - 1][0].role in leaves and not stack[keep - 1][1]:
            keep -= 1  # nothing may go inside a leaf: close it and reopen it after
        while len(stack) > keep:
            m, demoted = stack.pop()
            yield Close(m, demoted)
        for m in empty:
            yield from _empty(m, seen, demoted=m.role in leaves and bool(stack))
        for m, demoted in wanted[keep:]:
            stack.append((m, demoted))
            yield Open(m, m.key not in seen, demoted)
            seen.add(m.key)
        yield text[a:b]
    while stack:
        m, demoted = stack.pop()
        yield Close(m, demoted)
    for position in sorted(zero):
        for m in zero[position]:
            yield from _empty(m, seen)


def _empty(mark: Mark, seen: set[str], *, demoted: bool = False) -> Iterator[Event]:
    yield Open(mark, True, demoted)
    seen.add(mark.key)
    yield Close(mark, demoted)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


# --- reading -----------------------------------------------------------------------------


@attrs.frozen
class HeadDateline:
    """A dateline given apart from the body (NITF's body.head, ninjs's located)."""

    text: str
    location: str | None = None
    source: str | None = None
    date: str | None = None


@attrs.frozen
class HeadByline:
    """A byline given apart from the body (NITF's body.head, ninjs's by)."""

    text: str
    authors: tuple[str, ...] = ()
    organisation: str | None = None


@attrs.define
class _Found:
    role: MarkRole
    key: str
    data: dict[str, str]
    start: int
    end: int
    position: tuple[int, int]


class ArticleBuilder:
    """Rebuilds an Article from a document read in order (see the module docstring).

    Character data inside blocks becomes paragraphs; whitespace between blocks is
    kept as the text between paragraphs; text outside any block becomes a body
    paragraph. A block opened inside another ends the outer paragraph there, and
    the outer block continues as a new paragraph after it.
    """

    def __init__(self, format: str, where: str = "") -> None:
        self.format = format
        self.position = where  # what error positions are in, such as "$.bodies[0].value, "
        self._parts: list[str] = []
        self._length = 0
        self._last_space = True
        self._need_gap = False
        self._kinds: list[ParagraphKind] = []
        self._segment_start = 0
        self._segments: list[tuple[int, int, ParagraphKind]] = []
        self._open: list[_Found] = []
        self._found: list[_Found] = []
        self._anonymous = 0

    @property
    def in_block(self) -> bool:
        """Whether a block is open."""
        return bool(self._kinds)

    def _write(self, text: str) -> None:
        self._parts.append(text)
        self._length += len(text)
        self._last_space = text[-1].isspace()

    def data(self, text: str) -> None:
        """Character data, in or between blocks."""
        if not text:
            return
        if self._need_gap:
            self._need_gap = False
            if not text[0].isspace() and not self._last_space:
                self._write(PARAGRAPH_GAP)
        self._write(text)

    def _close_segment(self) -> None:
        if self._length > self._segment_start:
            kind = self._kinds[-1] if self._kinds else ParagraphKind.BODY
            self._segments.append((self._segment_start, self._length, kind))

    def start_block(self, kind: ParagraphKind) -> None:
        """A paragraph of ``kind`` begins."""
        self._close_segment()
        if not self._last_space:
            self._write(PARAGRAPH_GAP)
        self._need_gap = False
        self._kinds.append(kind)
        self._segment_start = self._length

    def end_block(self) -> None:
        """The innermost open paragraph ends."""
        self._close_segment()
        if self._kinds:
            self._kinds.pop()
        self._segment_start = self._length
        self._need_gap = True

    def start_mark(
        self, role: MarkRole, key: str | None, data: dict[str, str], position: tuple[int, int]
    ) -> None:
        """An inline range begins; fragments with the same role and key are one range.

        ``data`` is kept as given (not copied); ``position`` is the (line, column) of the
        element in the document, for error messages.
        """
        if key is None:
            self._anonymous += 1
            key = f"#{self._anonymous}"
        self._open.append(_Found(role, key, data, self._length, self._length, position))

    def end_mark(self) -> None:
        """The innermost open inline range ends."""
        if self._open:
            found = self._open.pop()
            found.end = self._length
            self._found.append(found)

    def fail(self, message: str, position: tuple[int, int] | None = None) -> FormatError:
        """A FormatError for this format, at ``position`` (line, column) of the document."""
        where = None
        if position is not None:
            where = f"{self.position}line {position[0]}, column {position[1] + 1}"
        return FormatError(message, format=self.format, where=where)

    def build(
        self,
        *,
        headline: str | None = None,
        authors: Sequence[str] | None = None,
        contributors: Sequence[str] = (),
        published: dt.datetime | None = None,
        modified: dt.datetime | None = None,
        url: str | None = None,
        language: str = "en",
        dateline: HeadDateline | None = None,
        byline: HeadByline | None = None,
    ) -> Article:
        """The Article read; ``dateline`` and ``byline`` are used when no inline mark gives them."""
        from newsmodel.text.sentences import split_sentences

        while self._open:
            self.end_mark()
        while self._kinds:
            self.end_block()
        full = "".join(self._parts)
        self._parts = []  # free the pieces before the article is built
        spans: list[tuple[int, int, ParagraphKind]] = []
        for s, e, kind in self._segments:
            s, e = _trim(full, s, e)
            if e > s:
                spans.append((s, e, kind))
        base = spans[0][0] if spans else 0
        stop = spans[-1][1] if spans else 0
        body = full[base:stop]
        del full
        groups = self._groups(base, stop)
        self._found = []
        self._segments = []

        if dateline is not None and (not dateline.text.strip() or _has(groups, MarkRole.DATELINE)):
            dateline = None
        if byline is not None and (not byline.text.strip() or _has(groups, MarkRole.BYLINE)):
            byline = None
        # a byline that only lists the authors (written so for an article without one) is
        # taken from the body only where a line starts with it, not where a name recurs
        # where the body holds them, as offsets into ``full`` (as the marks' are), which
        # ``shift`` turns into offsets into the text: the body starts at ``base`` there
        byline_span = _moved(
            _locate(body, byline.text, anywhere=not _just_names(byline)) if byline else None, base
        )
        dateline_span = _moved(_locate(body, dateline.text) if dateline else None, base)
        prefix: list[str] = []
        if byline is not None and byline_span is None and not _just_names(byline):
            prefix.append(byline.text)
        if dateline is not None and dateline_span is None:
            prefix.append(dateline.text)
        head = "".join(t + PARAGRAPH_GAP for t in prefix) if body else PARAGRAPH_GAP.join(prefix)
        shift = len(head) - base
        text = head + body

        def at(s: int, e: int) -> Span:
            return Span(s + shift, e + shift)

        paragraphs = []
        for s, e, kind in spans:
            sentences = [
                Sentence(sp, text[sp.start : sp.end])
                for sp in split_sentences(text, s + shift, e + shift)
            ]
            paragraphs.append(Paragraph(at(s, e), text[s + shift : e + shift], kind, sentences))

        built_dateline = self._dateline(text, groups, shift, dateline, dateline_span, prefix)
        built_byline = self._byline(text, groups, shift, byline, byline_span, prefix)
        if authors is None:
            authors = built_byline.authors if built_byline else (byline.authors if byline else ())
        quotations = self._quotations(text, groups, shift, [p.span.start for p in paragraphs])
        try:
            return Article(
                text=text,
                headline=headline,
                dateline=built_dateline,
                byline=built_byline,
                authors=tuple(authors),
                contributors=tuple(contributors),
                published=published,
                modified=modified,
                url=url,
                language=language,
                paragraphs=paragraphs,
                quotations=quotations,
            )
        except ModelError as exc:  # pragma: no cover - the builder only makes valid spans
            raise self.fail(f"the document describes an impossible article: {exc}") from None

    def _groups(self, base: int, stop: int) -> dict[tuple[str, str], _Found]:
        groups: dict[tuple[str, str], _Found] = {}
        for f in self._found:
            s, e = min(max(f.start, base), stop), min(max(f.end, base), stop)
            known = groups.get((f.role.value, f.key))
            if known is None:  # the first fragment stands for the whole range
                f.start, f.end = s, e
                groups[(f.role.value, f.key)] = f
            else:
                known.start, known.end = min(known.start, s), max(known.end, e)
                for k, v in f.data.items():
                    known.data.setdefault(k, v)
        return groups

    def _dateline(
        self,
        text: str,
        groups: Mapping[tuple[str, str], _Found],
        shift: int,
        head: HeadDateline | None,
        located: tuple[int, int] | None,
        prefix: list[str],
    ) -> Dateline | None:
        for f in groups.values():
            if f.role is MarkRole.DATELINE:
                s, e = f.start + shift, f.end + shift
                d = f.data
                return Dateline(
                    Span(s, e), text[s:e], d.get("location"), d.get("source"), d.get("date")
                )
        if head is None:
            return None
        if located is not None:
            s, e = located[0] + shift, located[1] + shift
        elif head.text in prefix:
            s = _prefix_offset(prefix, head.text)
            e = s + len(head.text)
        else:  # pragma: no cover - every head dateline is located or prefixed
            return None
        return Dateline(Span(s, e), text[s:e], head.location, head.source, head.date)

    def _byline(
        self,
        text: str,
        groups: Mapping[tuple[str, str], _Found],
        shift: int,
        head: HeadByline | None,
        located: tuple[int, int] | None,
        prefix: list[str],
    ) -> Byline | None:
        for f in groups.values():
            if f.role is MarkRole.BYLINE:
                s, e = f.start + shift, f.end + shift
                try:
                    names = json.loads(f.data.get("authors", "[]"))
                except ValueError:
                    names = None
                if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
                    raise self.fail("a byline's authors must be a JSON list of names", f.position)
                return Byline(Span(s, e), text[s:e], names, f.data.get("organisation"))
        if head is None:
            return None
        if located is not None:
            s, e = located[0] + shift, located[1] + shift
        elif head.text in prefix:
            s = _prefix_offset(prefix, head.text)
            e = s + len(head.text)
        else:
            return None
        return Byline(Span(s, e), text[s:e], head.authors, head.organisation)

    def _quotations(
        self,
        text: str,
        groups: Mapping[tuple[str, str], _Found],
        shift: int,
        starts: list[int],
    ) -> list[Quotation]:
        found = [f for f in groups.values() if f.role is MarkRole.QUOTATION]
        numbered = [QUOTATION_KEY_RE.fullmatch(f.key) for f in found]
        if all(numbered):
            found.sort(key=lambda f: int(f.key[1:]))
        else:
            found.sort(key=lambda f: (f.start, f.end))
        quotations = []
        mentions: dict[tuple[str, str], Mention] = {}
        for f in found:
            s, e = f.start + shift, f.end + shift
            d = f.data
            kind = _enum(QuoteKind, d.get("kind", "direct"), "quotation kind", self, f.position)
            attribution = None
            mention = _mention(text, groups, shift, MarkRole.MENTION, d.get("mention"), mentions)
            cue = _mention(text, groups, shift, MarkRole.CUE, d.get("cue"), mentions)
            name = d.get("speaker") or (mention.text if mention else None)
            if name:
                speaker = Speaker(
                    name=name,
                    kind=_enum(
                        SpeakerKind,
                        d.get("speaker-kind", "person"),
                        "speaker kind",
                        self,
                        f.position,
                    ),
                    mention=mention,
                    title=d.get("speaker-title"),
                    description=d.get("speaker-description"),
                )
                confidence = _confidence(d.get("confidence", "1.0"), self, f.position)
                stance = _enum(Stance, d.get("stance", "speech"), "stance", self, f.position)
                attribution = Attribution(speaker, cue, d.get("rule", ""), confidence, stance)
            index = bisect.bisect_right(starts, s) - 1
            paragraph = index if index >= 0 else None
            quotations.append(Quotation(Span(s, e), text[s:e], kind, attribution, paragraph))
        return quotations


def _mention(
    text: str,
    groups: Mapping[tuple[str, str], _Found],
    shift: int,
    role: MarkRole,
    key: str | None,
    known: dict[tuple[str, str], Mention],
) -> Mention | None:
    """The mention (or cue) marked with ``key``; one object for every quotation sharing it."""
    if not key:
        return None
    found = known.get((role.value, key))
    if found is None:
        f = groups.get((role.value, key))
        if f is None:
            return None
        s, e = f.start + shift, f.end + shift
        found = known[(role.value, key)] = Mention(text[s:e], Span(s, e))
    return found


def _has(groups: Mapping[tuple[str, str], _Found], role: MarkRole) -> bool:
    return any(f.role is role for f in groups.values())


def _locate(body: str, needle: str, *, anywhere: bool = True) -> tuple[int, int] | None:
    """Where ``body`` holds ``needle``: preferably at the start of a line, else (with
    ``anywhere``) anywhere."""
    if body.startswith(needle):
        return 0, len(needle)
    at = body.find("\n" + needle)
    if at >= 0:
        return at + 1, at + 1 + len(needle)
    at = body.find(needle) if anywhere else -1
    return (at, at + len(needle)) if at >= 0 else None


def found_by_text(article: Article, base: int, located: Byline | Dateline) -> bool:
    """Whether a reader finds a byline or dateline given apart from the body (NITF's
    body.head) where it is, by its text, in a body written from token ``base`` of the
    article's text; a writer marks it in the body where not."""
    names_only = (
        isinstance(located, Byline)
        and bool(located.authors)
        and located.text == ", ".join(located.authors)
    )
    if not located.text.strip():
        return True  # written apart only
    span = _locate(article.text[base:], located.text, anywhere=not names_only)
    return span is not None and (span[0] + base, span[1] + base) == (
        located.span.start,
        located.span.end,
    )


def _moved(span: tuple[int, int] | None, by: int) -> tuple[int, int] | None:
    return None if span is None else (span[0] + by, span[1] + by)


def _just_names(byline: HeadByline) -> bool:
    """Whether a byline only lists its authors' names (written so when there is no byline)."""
    return bool(byline.authors) and byline.text == ", ".join(byline.authors)


def _prefix_offset(prefix: list[str], item: str) -> int:
    offset = 0
    for text in prefix:
        if text == item:
            return offset
        offset += len(text) + len(PARAGRAPH_GAP)
    return offset  # pragma: no cover - callers check membership


_E = TypeVar("_E", bound=enum.Enum)


def _enum(
    cls: type[_E], value: str, what: str, builder: ArticleBuilder, where: tuple[int, int]
) -> _E:
    try:
        return cls(value)
    except ValueError:
        known = ", ".join(k.value for k in cls)
        raise builder.fail(f"unknown {what} {value!r} (known: {known})", where) from None


def _confidence(value: str, builder: ArticleBuilder, where: tuple[int, int]) -> float:
    try:
        number = float(value)
    except ValueError:
        number = math.nan
    if not 0.0 <= number <= 1.0:
        raise builder.fail(f"confidence {value!r} is not a number in [0, 1]", where)
    return number
