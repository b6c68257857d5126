"""brat standoff (``.ann``): quotations as Source, Cue and Content annotations.

The convention is PolNeAR's: text-bound annotations ``Source`` (the words naming
the speaker), ``Cue`` and ``Content`` (the words reported) with character offsets
into the article text, linked by an ``Attribution`` event whose trigger spans the
cue (``Attribution-no-source`` for a quotation nobody is reported saying)::

    T1	Source 120 131	Ruth Calder
    T2	Cue 132 136	said
    T3	Content 140 171	The light is part of who we are
    T4	Attribution 132 136	said
    E1	Attribution:T4 Content:T3 Cue:T2 Source:T1
    A1	QuoteKind E1 direct
    A2	SpeakerKind E1 person
    #1	AnnotatorNotes E1	Ruth Calder

The note gives the resolved speaker's name, the attributes the quotation and
speaker kinds. brat allows no line break inside an annotation, so a span that
crosses lines is written as discontinuous fragments (``140 171;173 190``) whose
texts, joined by spaces, are the annotation's text. Every annotation's text is the
article text at its offsets.

:func:`loads` needs the article text (``loads(ann, format="brat", text=...)``): a
string, which is parsed with :func:`newsmodel.parse_text` for the structure, or an
Article, whose quotations are replaced. It reads PolNeAR's files as they are
(including their text lines broken by newlines).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any, TypeVar

import attrs
import regex

from newsmodel.errors import FormatError
from newsmodel.io import _input
from newsmodel.io._input import Document
from newsmodel.io.registry import FormatInfo, register
from newsmodel.model import (
    Article,
    Attribution,
    Mention,
    Person,
    Quotation,
    QuoteKind,
    Span,
    Speaker,
    SpeakerKind,
)

__all__ = ["ANNOTATION_CONF", "dumps", "loads"]

FORMAT = "brat"

#: The brat annotation.conf that declares what :func:`dumps` writes.
ANNOTATION_CONF = """\
[entities]
Source
Cue
Content

[relations]

[events]
Attribution\tSource?:Source, Cue?:Cue, Content+:Content
Attribution-no-source\tCue?:Cue, Content+:Content

[attributes]
QuoteKind\tArg:<EVENT>, Value:direct|partial|indirect|scare
SpeakerKind\tArg:<EVENT>, Value:person|organisation|group|document|anonymous
"""

TEXT_BOUND_RE = regex.compile(r"(T[0-9]+)\t(\S+) ([0-9]+ [0-9]+(?:;[0-9]+ [0-9]+)*)\t(.*)")
EVENT_RE = regex.compile(r"(E[0-9]+)\t([^\s:]+):(\S+)((?: [^\s:]+:\S+)*) *")
ATTRIBUTE_RE = regex.compile(r"([AM][0-9]+)\t(\S+) (\S+)(?: (\S+))?")
NOTE_RE = regex.compile(r"(#[0-9]*)\t(\S+) (\S+)\t(.*)")
OTHER_RE = regex.compile(r"[RN*][0-9]*\t.*")
LINE_RE = regex.compile(r"\r\n|\r|\n")
#: Event roles naming the words reported: Content, Content2 ...
CONTENT_ROLE_RE = regex.compile(r"Content[0-9]*")
#: Line boundaries (those of str.splitlines): no annotation text may hold one.
NEWLINE_RE = regex.compile(r"[\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]+")
OPENING_MARKS = "\"'“‘«„‚‹"
CLOSING_MARKS = "\"'”’»“‘›"


class _Writer:
    def __init__(self, text: str) -> None:
        self.text = text
        self.lines: list[str] = []
        self._spans: dict[tuple[str, Span], str] = {}
        self._counts = {"T": 0, "E": 0, "A": 0, "#": 0}

    def _next(self, prefix: str) -> str:
        self._counts[prefix] += 1
        return f"{prefix}{self._counts[prefix]}"

    def text_bound(self, label: str, span: Span, *, share: bool = True) -> str:
        key = (label, span)
        if share and key in self._spans:
            return self._spans[key]
        fragments = _fragments(self.text, span)
        offsets = ";".join(f"{s} {e}" for s, e in fragments)
        covered = " ".join(self.text[s:e] for s, e in fragments)
        ident = self._next("T")
        self.lines.append(f"{ident}\t{label} {offsets}\t{covered}")
        self._spans[key] = ident
        return ident

    def event(self, label: str, trigger: str, arguments: Iterable[tuple[str, str]]) -> str:
        ident = self._next("E")
        roles = " ".join(f"{role}:{t}" for role, t in arguments)
        self.lines.append(f"{ident}\t{label}:{trigger}" + (f" {roles}" if roles else ""))
        return ident

    def attribute(self, name: str, target: str, value: str) -> None:
        self.lines.append(f"{self._next('A')}\t{name} {target} {value}")

    def note(self, target: str, note: str) -> None:
        note = " ".join(NEWLINE_RE.split(note))
        self.lines.append(f"{self._next('#')}\tAnnotatorNotes {target}\t{note}")


def _fragments(text: str, span: Span) -> list[tuple[int, int]]:
    """The pieces of ``span`` between line breaks (a span with no text keeps one empty piece)."""
    pieces = []
    position = span.start
    for m in NEWLINE_RE.finditer(text, span.start, span.end):
        if m.start() > position:
            pieces.append((position, m.start()))
        position = m.end()
    if span.end > position:
        pieces.append((position, span.end))
    return pieces or [(span.start, span.start)]


def dumps(article: Article) -> str:
    """The quotations of ``article`` as a brat ``.ann`` document."""
    w = _Writer(article.text)
    for q in article.quotations:
        a = q.attribution
        arguments: list[tuple[str, str]] = []
        cue = w.text_bound("Cue", a.cue.span) if a and a.cue else None
        source = None
        if a is not None and a.speaker.mention is not None:
            source = w.text_bound("Source", a.speaker.mention.span)
        content = w.text_bound("Content", q.span)
        label = "Attribution" if a is not None else "Attribution-no-source"
        trigger = w.text_bound(label, a.cue.span if a and a.cue else q.span)
        arguments.append(("Content", content))
        if cue is not None:
            arguments.append(("Cue", cue))
        if source is not None:
            arguments.append(("Source", source))
        event = w.event(label, trigger, arguments)
        w.attribute("QuoteKind", event, q.kind.value)
        if a is not None:
            w.attribute("SpeakerKind", event, a.speaker.kind.value)
            w.note(event, a.speaker.name)
    return "".join(line + "\n" for line in w.lines)


# --- reading -----------------------------------------------------------------------------


@attrs.define
class _TextBound:
    label: str
    fragments: list[tuple[int, int]]
    line: int

    @property
    def span(self) -> Span:
        return Span(min(s for s, _ in self.fragments), max(e for _, e in self.fragments))


def _fail(message: str, line: int | None = None) -> FormatError:
    return FormatError(message, format=FORMAT, where=f"line {line}" if line else None)


def _offsets(piece: str, source: str, ident: str, line: int) -> tuple[int, int]:
    """The start and end of a fragment of a text-bound annotation, which lie in the text.

    A number of more digits than the text's length has is outside it, and is refused
    before Python converts it (past 4300 digits it would not)."""
    digits = piece.split()
    width = len(str(len(source)))
    values = [d.lstrip("0") or "0" for d in digits]  # Python counts leading zeros too
    s, e = (int(v) if len(v) <= width else len(source) + 1 for v in values)
    if e < s or e > len(source):
        shown = " ".join(d if len(d) <= 20 else f"{d[:20]}...({len(d)} digits)" for d in digits)
        raise _fail(
            f"{ident} has offsets {shown} outside the text ({len(source)} characters)", line
        )
    return s, e


def loads(data: Document, *, text: str | Article | None = None, **options: Any) -> Article:
    """Read a brat ``.ann`` of quotations against ``text`` (the article text or an Article).

    ``options`` go to :func:`newsmodel.parse_text` when ``text`` is a string.
    """
    if text is None:
        raise _fail("reading brat needs the article text: loads(ann, format='brat', text=...)")
    data = _input.text(data, FORMAT, "the annotations")
    if isinstance(text, Article):
        article = text
    else:
        from newsmodel.text.parse import parse_text

        article = parse_text(text, quotations=False, **options)
    source = article.text
    bounds, events, attributes, notes = _parse(data, source)
    quotations = []
    for ident, (label, role_args, line) in events.items():
        if label not in ("Attribution", "Attribution-no-source"):
            continue
        contents = [t for role, t in role_args if CONTENT_ROLE_RE.fullmatch(role)]
        cue = next((t for role, t in role_args if role == "Cue"), None)
        mention = next((t for role, t in role_args if role == "Source"), None)
        for t in (*contents, cue, mention):
            if t is not None and t not in bounds:
                raise _fail(f"event {ident} refers to {t}, which is not defined", line)
        attribution = None
        if label == "Attribution":
            name = notes.get(ident)
            source_bound = bounds[mention] if mention else None
            speaker_mention = _mention(source, source_bound) if source_bound else None
            if name is None and source_bound is not None:
                name = " ".join(source[s:e] for s, e in source_bound.fragments)
            if name:
                speaker_kind = _kind(
                    SpeakerKind, attributes.get((ident, "SpeakerKind")), SpeakerKind.PERSON, line
                )
                speaker = Speaker(name, speaker_kind, speaker_mention)
                attribution = Attribution(
                    speaker, _mention(source, bounds[cue]) if cue else None, FORMAT
                )
        for t in contents:
            span, paragraph = _located(article, bounds[t].span)
            said = source[span.start : span.end]
            default = _guess_kind(said)
            quote_kind = _kind(QuoteKind, attributes.get((ident, "QuoteKind")), default, line)
            quotations.append((span, Quotation(span, said, quote_kind, attribution, paragraph)))
    quotations.sort(key=lambda item: (item[0].start, item[0].end))
    read = tuple(q for _, q in quotations)
    people = _relinked(article.people, article.quotations, read)
    return attrs.evolve(article, quotations=read, people=people)


def _relinked(
    people: Sequence[Person], before: Sequence[Quotation], after: Sequence[Quotation]
) -> list[Person]:
    """The people of an Article given as ``text``, linked to the quotations read from the
    annotations, which replace the Article's own: a person keeps each quotation of theirs
    that the annotations hold too (the same words said by the same speaker), and gets a
    new one whose speaker mention is one of the person's mentions."""

    def key(q: Quotation) -> tuple[Span, str | None]:
        return q.span, q.attribution.speaker.name if q.attribution is not None else None

    index = {key(q): i for i, q in enumerate(after)}
    kept = {key(q) for q in before}
    relinked = []
    for person in people:
        spans = {m.span for m in person.mentions}
        said = {index[key(before[i])] for i in person.quotations if key(before[i]) in index}
        said.update(
            i
            for i, q in enumerate(after)
            if key(q) not in kept
            and q.attribution is not None
            and q.attribution.speaker.mention is not None
            and q.attribution.speaker.mention.span in spans
        )
        relinked.append(attrs.evolve(person, quotations=tuple(sorted(said))))
    return relinked


def _parse(
    data: str, source: str
) -> tuple[
    dict[str, _TextBound],
    dict[str, tuple[str, list[tuple[str, str]], int]],
    dict[tuple[str, str], str],
    dict[str, str],
]:
    bounds: dict[str, _TextBound] = {}
    texts: dict[str, list[str]] = {}
    events: dict[str, tuple[str, list[tuple[str, str]], int]] = {}
    attributes: dict[tuple[str, str], str] = {}
    notes: dict[str, str] = {}
    last_bound: str | None = None
    for number, line in enumerate(LINE_RE.split(data), start=1):
        m = TEXT_BOUND_RE.fullmatch(line)
        if m is not None:
            ident, label, offsets, covered = m.groups()
            fragments = []
            for piece in offsets.split(";"):
                fragments.append(_offsets(piece, source, ident, number))
            bounds[ident] = _TextBound(label, fragments, number)
            texts[ident] = [covered]
            last_bound = ident
            continue
        if m := EVENT_RE.fullmatch(line):
            ident, label, _trigger, rest = m.groups()
            args = [tuple(a.split(":", 1)) for a in rest.split()]
            events[ident] = (label, [(r, t) for r, t in args], number)
            last_bound = None
            continue
        if m := ATTRIBUTE_RE.fullmatch(line):
            _, name, target, value = m.groups()
            attributes[(target, name)] = value if value is not None else "true"
            last_bound = None
            continue
        if m := NOTE_RE.fullmatch(line):
            _, kind, target, note = m.groups()
            if kind == "AnnotatorNotes":
                notes[target] = note
            last_bound = None
            continue
        if OTHER_RE.fullmatch(line):
            last_bound = None
            continue
        if last_bound is not None:
            texts[last_bound].append(line)  # a line break inside an annotation's text
            continue
        if line.strip():
            raise _fail(f"not a brat annotation: {line[:60]!r}", number)
    for ident, bound in bounds.items():
        expected = " ".join(source[s:e] for s, e in bound.fragments)
        written = "\n".join(texts[ident])
        if expected != written and expected != written.rstrip("\n"):
            raise _fail(
                f"{ident}'s text {written[:40]!r} differs from the article text at its offsets: "
                f"{expected[:40]!r}",
                bound.line,
            )
    return bounds, events, attributes, notes


def _mention(source: str, bound: _TextBound) -> Mention:
    span = bound.span
    return Mention(source[span.start : span.end], span)


def _located(article: Article, span: Span) -> tuple[Span, int | None]:
    """A Content span without the white space that runs past its paragraph (annotators'
    spans often take in the line break or no-break space after one), so that formats
    that keep quotations inside paragraphs can hold it; and the index of the paragraph
    it starts in, if any."""
    text = article.text
    for i, p in enumerate(article.paragraphs):
        if p.span.end <= span.start:
            continue
        if p.span.start >= span.end and p.span.start > span.start:
            break  # (an empty span at a paragraph's start is in that paragraph)
        start, end = span.start, span.end
        if start < p.span.start and text[start : p.span.start].isspace():
            start = p.span.start
        if end > p.span.end and text[p.span.end : end].isspace():
            end = p.span.end
        return Span(start, end), (i if start >= p.span.start else None)
    return span, None


def _guess_kind(said: str) -> QuoteKind:
    """Without a QuoteKind attribute: direct if wholly in quote marks, partial if it holds some."""
    stripped = said.strip()
    if len(stripped) > 1 and stripped[0] in OPENING_MARKS and stripped[-1] in CLOSING_MARKS:
        return QuoteKind.DIRECT
    if any(c in stripped for c in OPENING_MARKS):
        return QuoteKind.PARTIAL
    return QuoteKind.INDIRECT


_E = TypeVar("_E", QuoteKind, SpeakerKind)


def _kind(cls: type[_E], value: str | None, default: _E, line: int) -> _E:
    if value is None:
        return default
    try:
        return cls(value)
    except ValueError:
        raise _fail(f"unknown {cls.__name__} {value!r}", line) from None


register(
    FormatInfo(
        name=FORMAT,
        description="brat standoff .ann of the quotations (Source, Cue, Content, Attribution)",
        media_type="text/plain",
        extension=".ann",
        writer=dumps,
        reader=loads,
    )
)
