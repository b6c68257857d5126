"""Score quotations and speakers on the Gender Gap Tracker evaluation set (../shared/corpora/ggt).

    python bench/ggt.py [--split tune|check|all] [--verbose] [--ids ID ...]

46 Canadian news articles from seven outlets, annotated by people: every quotation, direct
and indirect, with its speaker's full name. Each article goes through
:func:`newsmodel.parse_text`, as users call it. The articles are split by a hash of their id
into a tuning part (two thirds) and a check part (one third) that is kept aside: tune on
``tune``, report both.

Figures, the ones of issue 10's Canadian target:

- ``found``: gold direct quotations (the annotated words hold a quote mark) overlapped by one
  of our attributed direct or partial quotations;
- ``direct``: gold direct quotations overlapped by one of ours whose speaker name is the gold
  full name (:func:`same_name`); the share is of every gold direct quotation with a name;
- ``all``: the same over every gold quotation, direct and indirect;
- ``prec``: of our attributed quotations (direct, partial, indirect), the share that overlaps
  a gold quotation; ``i-prec`` the same for our indirect ones alone.

``--verbose`` lists each miss and each quotation of ours that no annotation covers.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import regex

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import newsmodel  # noqa: E402
from newsmodel import Article, Quotation, QuoteKind  # noqa: E402

GGT = ROOT.parent / "shared" / "corpora" / "ggt" / "articles.json"

INDEX_RE = regex.compile(r"\((\d+),\s*(\d+)\)")
QUOTE_MARK_RE = regex.compile(r"[\"“”«»„]")
NAME_PUNCT_RE = regex.compile(r"[^\w\s'-]+")
HONORIFICS = frozenset(["mr", "ms", "mrs", "miss", "dr", "the", "a", "an"])
ARTICLES = frozenset(["the", "a", "an"])
COMPANY_SUFFIXES = frozenset(["co", "inc", "ltd", "corp", "llc", "plc"])
MARKED = (QuoteKind.DIRECT, QuoteKind.PARTIAL)
SPOKEN = (QuoteKind.DIRECT, QuoteKind.PARTIAL, QuoteKind.INDIRECT)


@dataclass(frozen=True)
class GoldQuote:
    """One annotated quotation: where its words are, whether it is marked, whose it is."""

    start: int
    end: int
    direct: bool
    reference: str
    text: str


@dataclass(frozen=True)
class GoldArticle:
    """An annotated article of the set."""

    id: str
    outlet: str
    text: str
    quotes: tuple[GoldQuote, ...]
    raw: dict[str, Any]


def in_check(article_id: str) -> bool:
    """Whether an article belongs to the check part kept aside from tuning (one in three)."""
    return int(hashlib.sha256(article_id.encode()).hexdigest(), 16) % 3 == 0


def _locate(text: str, quote: str, given: str) -> tuple[int, int] | None:
    """The offsets of ``quote`` in ``text``: the occurrence nearest the annotators'
    ``(start,end)``, which drift by a few characters a paragraph in some articles."""
    quote = quote.strip()
    if not quote:
        return None
    m = INDEX_RE.fullmatch(given.strip())
    near = int(m.group(1)) if m else 0
    found = [x.start() for x in regex.finditer(regex.escape(quote), text, overlapped=True)]
    if not found:
        return None
    at = min(found, key=lambda x: abs(x - near))
    return at, at + len(quote)


def load(path: Path = GGT) -> list[GoldArticle]:
    """Every annotated article, its quotations located in its text."""
    data = json.loads(path.read_text(encoding="utf-8"))
    articles = []
    for raw in data:
        text = raw["text"]
        quotes = []
        for q in raw["quotes"]:
            where = _locate(text, q["quote"], q.get("quote_index", ""))
            if where is None:
                continue
            start, end = where
            quotes.append(
                GoldQuote(
                    start=start,
                    end=end,
                    direct=bool(QUOTE_MARK_RE.search(text[start:end])),
                    reference=q.get("reference", "").strip(),
                    text=text[start:end],
                )
            )
        articles.append(
            GoldArticle(
                id=raw["id"], outlet=raw["outlet"], text=text, quotes=tuple(quotes), raw=raw
            )
        )
    return articles


def split(articles: list[GoldArticle], name: str) -> list[GoldArticle]:
    """The articles of a part: ``tune``, ``check`` or ``all``."""
    if name == "all":
        return articles
    return [a for a in articles if in_check(a.id) == (name == "check")]


def _words(name: str) -> list[str]:
    words = NAME_PUNCT_RE.sub(" ", name.replace("’", "'")).split()
    if len(words) > 1 and words[0].casefold() in ARTICLES:
        words = words[1:]
    while len(words) > 1 and words[-1].casefold() in COMPANY_SUFFIXES:
        words = words[:-1]
    return words


def same_name(gold: str, ours: str | None) -> bool:
    """Whether our speaker name is the gold full name: the same words, bar lower-case words
    or an honorific around them, a leading article or a company suffix ("the Ontario
    Hospital Association" is right for "Ontario Hospital Association", "Samsung
    Electronics" for "Samsung Electronics Co."; "Kowalchuk" or "he" is wrong for "Raymond
    Kowalchuk")."""
    if not ours:
        return False
    g = [w.casefold() for w in _words(gold)]
    o = _words(ours)
    lowered = [w.casefold() for w in o]
    n = len(g)
    for i in range(len(o) - n + 1):
        if lowered[i : i + n] == g:
            rest = o[:i] + o[i + n :]
            return all(w[0].islower() or w.casefold() in HONORIFICS for w in rest)
    return False


@dataclass
class Tally:
    """Counts behind the figures of one part."""

    articles: int = 0
    direct: int = 0
    direct_found: int = 0
    direct_right: int = 0
    named: int = 0
    named_right: int = 0
    named_direct: int = 0
    predicted: int = 0
    predicted_right: int = 0
    predicted_indirect: int = 0
    indirect_right: int = 0
    misses: list[str] = field(default_factory=list)

    def row(self, name: str) -> str:
        def r(a: int, b: int) -> str:
            return f"{a / b:.3f}" if b else "  -  "

        return (
            f"{name:<8} {self.articles:>5} {r(self.direct_found, self.direct):>7} "
            f"{r(self.direct_right, self.named_direct):>7} {r(self.named_right, self.named):>7} "
            f"{r(self.predicted_right, self.predicted):>7} "
            f"{r(self.indirect_right, self.predicted_indirect):>7}"
        )


HEADER = f"{'part':<8} {'docs':>5} {'found':>7} {'direct':>7} {'all':>7} {'prec':>7} {'i-prec':>7}"
TARGETS = "targets  found >= 0.94, direct >= 0.88, all >= 0.80, prec >= 0.90, i-prec >= 0.85"


def _overlapping(quotes: list[Quotation], start: int, end: int) -> list[Quotation]:
    return [q for q in quotes if q.span.start < end and start < q.span.end]


def _name(q: Quotation) -> str:
    return q.attribution.speaker.name if q.attribution else ""


def score(gold: GoldArticle, article: Article, tally: Tally) -> None:
    """Add one article's counts to ``tally``."""
    ours = [q for q in article.quotations if q.kind in SPOKEN and q.attribution is not None]
    marked = [q for q in ours if q.kind in MARKED]
    tally.articles += 1
    where = f"{gold.id} {gold.outlet}"
    for g in gold.quotes:
        over_marked = _overlapping(marked, g.start, g.end)
        over = _overlapping(ours, g.start, g.end)
        if g.direct:
            tally.direct += 1
            if over_marked:
                tally.direct_found += 1
            else:
                tally.misses.append(f"{where}: direct not found: {g.text[:70]!r}")
        if not g.reference:
            continue
        tally.named += 1
        tally.named_direct += g.direct
        right = any(same_name(g.reference, _name(q)) for q in (over_marked if g.direct else over))
        if right:
            tally.named_right += 1
            tally.direct_right += g.direct
        elif over:
            kind = "direct" if g.direct else "indirect"
            tally.misses.append(
                f"{where}: {kind} speaker {g.reference!r}, got "
                f"{sorted({_name(q) for q in over})}: {g.text[:60]!r}"
            )
        elif not g.direct:
            tally.misses.append(f"{where}: indirect not found ({g.reference}): {g.text[:70]!r}")
    for q in ours:
        covered = any(g.start < q.span.end and q.span.start < g.end for g in gold.quotes)
        tally.predicted += 1
        tally.predicted_right += covered
        if q.kind is QuoteKind.INDIRECT:
            tally.predicted_indirect += 1
            tally.indirect_right += covered
        if not covered:
            a = q.attribution
            assert a is not None
            tally.misses.append(
                f"{where}: not speech ({q.kind.value}, {a.rule}, {_name(q)!r}, "
                f"cue {a.cue.text if a.cue else None!r}): {q.text[:70]!r}"
            )


def run(articles: list[GoldArticle]) -> Tally:
    """Parse and score each article."""
    tally = Tally()
    for gold in articles:
        score(gold, newsmodel.parse_text(gold.text), tally)
    return tally


def parts(args_split: str) -> Iterator[str]:
    yield from (["tune", "check"] if args_split == "both" else [args_split])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", default="both", choices=["tune", "check", "all", "both"])
    parser.add_argument("--verbose", "-v", action="store_true", help="list every miss")
    parser.add_argument("--ids", nargs="*", help="score only these article ids")
    args = parser.parse_args(argv)
    if not GGT.exists():
        print(f"bench/ggt.py: {GGT} is missing", file=sys.stderr)
        return 2
    articles = load()
    if args.ids:
        articles = [a for a in articles if a.id in set(args.ids)]
    print(HEADER)
    tallies = []
    for part in parts(args.split):
        tally = run(split(articles, part) if not args.ids else articles)
        tallies.append((part, tally))
        print(tally.row(part), flush=True)
    print(TARGETS)
    if args.verbose:
        for part, tally in tallies:
            print(f"\n{part}:")
            for miss in tally.misses:
                print(f"  {miss}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
