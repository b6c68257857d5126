"""Read PolNeAR v1.0 brat standoff: attributions with their Source, Cue and Content spans.

Each ``.txt`` article has one or more ``.ann`` files (some articles were annotated by
several annotators); :func:`read_split` uses the first in name order.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import regex

__all__ = ["Annotated", "GoldAttribution", "Piece", "read_ann", "read_split"]

ROOT = Path(__file__).resolve().parents[1]
POLNEAR = ROOT.parent / "shared" / "corpora" / "polnear"

T_LINE_RE = regex.compile(r"^(T\d+)\t(\S+) ([\d ;]+)\t(.*)$")
E_LINE_RE = regex.compile(r"^(E\d+)\t(.*)$")
QUOTE_MARK_RE = regex.compile(r"[\"“”«»„]|''|(?<!\w)‘")


@dataclass(frozen=True)
class Piece:
    """A text-bound annotation: its kind and (possibly discontinuous) spans."""

    kind: str
    spans: tuple[tuple[int, int], ...]

    @property
    def start(self) -> int:
        return self.spans[0][0]

    @property
    def end(self) -> int:
        return self.spans[-1][1]

    def overlaps(self, start: int, end: int) -> bool:
        return any(s < end and start < e for s, e in self.spans)


@dataclass(frozen=True)
class GoldAttribution:
    """One annotated attribution: content, cue and source (source may be missing)."""

    content: Piece
    cue: Piece | None
    source: Piece | None

    def quoted(self, text: str) -> bool:
        """Whether the content holds quote marks (a quotation, not indirect speech)."""
        return any(QUOTE_MARK_RE.search(text[s:e]) for s, e in self.content.spans)

    def quoted_parts(self, text: str) -> list[tuple[int, int]]:
        """Spans of the content between its first and last double-ish quote marks."""
        parts = []
        for s, e in self.content.spans:
            marks = [m.start() for m in QUOTE_MARK_RE.finditer(text, s, e)]
            if len(marks) >= 2:
                parts.append((marks[0], marks[-1] + 1))
            elif marks:
                parts.append((s, e))  # the other mark lies outside the annotated span
        return parts


@dataclass
class Annotated:
    """An article's text and its gold attributions."""

    name: str
    text: str
    attributions: list[GoldAttribution] = field(default_factory=list)


def read_ann(ann: str) -> list[GoldAttribution]:
    """Parse brat standoff into attributions (Attribution and Attribution-no-source events)."""
    pieces: dict[str, Piece] = {}
    events: list[dict[str, str]] = []
    for line in ann.splitlines():
        m = T_LINE_RE.match(line)
        if m:
            spans = []
            for part in m.group(3).split(";"):
                a, _, b = part.strip().partition(" ")
                if a.isdigit() and b.isdigit():
                    spans.append((int(a), int(b)))
            if spans:
                pieces[m.group(1)] = Piece(m.group(2), tuple(spans))
            continue
        m = E_LINE_RE.match(line)
        if m:
            roles = {}
            for arg in m.group(2).split():
                role, _, ref = arg.partition(":")
                roles[role] = ref
            events.append(roles)
    found = []
    for roles in events:
        content = pieces.get(roles.get("Content", ""))
        if content is None:
            continue
        found.append(
            GoldAttribution(
                content=content,
                cue=pieces.get(roles.get("Cue", "")),
                source=pieces.get(roles.get("Source", "")),
            )
        )
    return found


def read_split(split: str, root: Path = POLNEAR) -> Iterator[Annotated]:
    """Every article of a split ("train" or "dev"), in name order."""
    folder = root / split
    for txt in sorted(folder.glob("*.txt")):
        anns = sorted(folder.glob(txt.stem + "_*.ann"))
        if not anns:
            continue
        text = txt.read_text(encoding="utf-8")
        yield Annotated(txt.stem, text, read_ann(anns[0].read_text(encoding="utf-8")))
