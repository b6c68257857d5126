"""Helpers shared by the quotation tests: build an article, find a quotation in it."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import regex

import newsmodel
from newsmodel import Article, Quotation, QuoteKind, SpeakerKind


def article(*paragraphs: str) -> Article:
    """Parse body paragraphs written one per block, as parse_text users pass text."""
    return newsmodel.parse_text("\n\n".join(paragraphs))


def quote(a: Article, text: str) -> Quotation:
    """The one quotation whose words start with ``text``."""
    found = [q for q in a.quotations if q.text.startswith(text)]
    assert len(found) == 1, (text, [q.text for q in a.quotations])
    return found[0]


def indirect(a: Article, text: str) -> Quotation:
    """The one indirect quotation that contains ``text``."""
    found = [q for q in a.quotations if q.kind is QuoteKind.INDIRECT and text in q.text]
    assert len(found) == 1, (text, [q.text for q in a.quotations if q.kind is QuoteKind.INDIRECT])
    return found[0]


def speaker(q: Quotation) -> str:
    """The resolved speaker name of a quotation (it must have one)."""
    assert q.attribution is not None, q.text
    return q.attribution.speaker.name


def speaker_kind(q: Quotation) -> tuple[str, SpeakerKind]:
    """The resolved speaker name of a quotation and its kind (it must have one)."""
    assert q.attribution is not None, q.text
    return q.attribution.speaker.name, q.attribution.speaker.kind


def mention(q: Quotation) -> str | None:
    """How the text refers to the speaker at this quotation."""
    assert q.attribution is not None, q.text
    m = q.attribution.speaker.mention
    return m.text if m else None


def cue(q: Quotation) -> str | None:
    """The cue words of a quotation's attribution."""
    assert q.attribution is not None, q.text
    c = q.attribution.cue
    return c.text if c else None


_LINE_RE = regex.compile(r"[^\n]+")

#: Folder of the invented Canadian-style articles with gold quotations (full names).
QUOTES_ARTICLES = Path(__file__).parent / "quotes_articles"
_NAME_PUNCT_RE = regex.compile(r"[^\w\s'-]+")
_HONORIFICS = frozenset(["mr", "ms", "mrs", "dr", "the", "a", "an"])


def _words(name: str) -> list[str]:
    name = _NAME_PUNCT_RE.sub(" ", name.replace("’", "'"))
    return name.split()


def right_name(gold: str, ours: str | None) -> bool:
    """Whether our speaker name is the gold one in full: the same words, bar lower-case
    words or an honorific around them ("the Ontario Hospital Association" is right for
    "Ontario Hospital Association"; "Kowalchuk", "he" or "Premier Raymond Kowalchuk" is
    wrong for "Raymond Kowalchuk")."""
    if not ours:
        return False
    g = [w.casefold() for w in _words(gold)]
    o = _words(ours)
    lowered = [w.casefold() for w in o]
    n = len(g)
    for i in range(len(o) - n + 1):
        if lowered[i : i + n] == g:
            rest = o[:i] + o[i + n :]
            return all(w[0].islower() or w.casefold() in _HONORIFICS for w in rest)
    return False


@dataclass
class QuoteScore:
    """Counts of one article (or several) against gold with full speaker names."""

    direct: int = 0
    direct_found: int = 0
    direct_right: int = 0
    indirect: int = 0
    indirect_right: int = 0
    misses: list[str] = field(default_factory=list)

    def __iadd__(self, other: QuoteScore) -> QuoteScore:
        self.direct += other.direct
        self.direct_found += other.direct_found
        self.direct_right += other.direct_right
        self.indirect += other.indirect
        self.indirect_right += other.indirect_right
        self.misses.extend(other.misses)
        return self

    @property
    def found(self) -> float:
        """Share of gold quotations with marks that an attributed quotation overlaps."""
        return self.direct_found / self.direct if self.direct else 1.0

    @property
    def speaker(self) -> float:
        """Share of the found quotations with marks whose speaker is the gold full name."""
        return self.direct_right / self.direct_found if self.direct_found else 1.0

    @property
    def overall(self) -> float:
        """Share of all gold quotations, with marks and indirect, given the right name."""
        total = self.direct + self.indirect
        return (self.direct_right + self.indirect_right) / total if total else 1.0


def score_quotes(text: str, gold: dict[str, Any]) -> QuoteScore:
    """Parse an article (one paragraph a line) and score its quotations against gold."""
    parsed = newsmodel.parse_text(text)
    lines = [(m.start(), m.end()) for m in _LINE_RE.finditer(text) if m.group().strip()]
    score = QuoteScore()

    def located(item: dict[str, Any]) -> tuple[int, int]:
        lo, hi = lines[item["p"]]
        at = text.find(item["text"], lo, hi)
        assert at >= 0, item
        return at, at + len(item["text"])

    def overlapping(span: tuple[int, int], kinds: tuple[QuoteKind, ...]) -> list[Quotation]:
        return [
            q
            for q in parsed.quotations
            if q.kind in kinds
            and q.attribution is not None
            and q.span.start < span[1]
            and span[0] < q.span.end
        ]

    marked = (QuoteKind.DIRECT, QuoteKind.PARTIAL)
    for item in gold["quotes"]:
        score.direct += 1
        ours = overlapping(located(item), marked)
        if not ours:
            score.misses.append(f"quote p{item['p']} not found: {item['text'][:50]!r}")
            continue
        score.direct_found += 1
        names = [q.speaker.name for q in ours if q.speaker]
        if any(right_name(item["speaker"], n) for n in names):
            score.direct_right += 1
        else:
            score.misses.append(
                f"quote p{item['p']} {item['text'][:40]!r}: {item['speaker']!r}, got {names}"
            )
    for item in gold["indirect"]:
        score.indirect += 1
        ours = overlapping(located(item), tuple(QuoteKind))
        names = [q.speaker.name for q in ours if q.speaker]
        if any(right_name(item["speaker"], n) for n in names):
            score.indirect_right += 1
        else:
            score.misses.append(
                f"indirect p{item['p']} {item['text'][:40]!r}: {item['speaker']!r}, got {names}"
            )
    return score


def quotes_articles() -> list[str]:
    """The names of the articles in tests/quotes_articles."""
    return sorted(p.stem for p in QUOTES_ARTICLES.glob("*.txt"))


def load_quotes_article(name: str) -> tuple[str, dict[str, Any]]:
    """The text of tests/quotes_articles/NAME.txt and its gold."""
    text = (QUOTES_ARTICLES / f"{name}.txt").read_text(encoding="utf-8")
    gold = json.loads((QUOTES_ARTICLES / f"{name}.gold.json").read_text(encoding="utf-8"))
    return text, gold
