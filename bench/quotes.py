"""Evaluate quotation finding and attribution on PolNeAR (train, dev) and summit.txt.

Run from the repository root: ``python bench/quotes.py`` (``--split dev`` for one split,
``--limit N`` for the first N articles). Each article goes through
:func:`newsmodel.parse_text`, as users call it. Figures:

* quoted recall: gold quoted Contents (with a quote mark) whose quoted part overlaps a
  predicted direct or partial quotation;
* attributed precision: predicted direct/partial quotations with an attribution that
  overlap some gold Content;
* source / cue: on predicted quotations that overlap a gold quoted Content, whether the
  speaker mention (cue) overlaps the Source (Cue) of one of the overlapping attributions
  (attributions without a Source are left out of the source figure);
* indirect recall / precision: gold Contents without quote marks against predicted
  INDIRECT quotations, by overlap (precision also shown against any Content);
* found / g-source / g-cue, the issue's held-out figures, counted per gold quoted
  Content: found when an attributed direct or partial quotation overlaps its quoted part
  (a scare quote is a miss); g-source (g-cue) when one of those has a speaker mention
  (cue) overlapping the Content's Source (Cue); a miss counts as wrong. The denominators
  are the quoted Contents with a Source (a Cue);
* summit: quotations of summit.gold.json matched by text overlap in the right paragraph,
  speaker right when names contain each other (case-insensitive).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Collection
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from polnear import Annotated, read_split

import newsmodel
from newsmodel import Article, QuoteKind, Stance
from newsmodel.quotes.engine import DEFAULT_STANCES

ROOT = Path(__file__).resolve().parents[1]
SUMMIT = ROOT.parent / "shared" / "corpora" / "scraped"
QUOTED = (QuoteKind.DIRECT, QuoteKind.PARTIAL)


@dataclass
class Tally:
    """Counts behind the figures of one split."""

    articles: int = 0
    gold_quoted: int = 0
    quoted_found: int = 0
    predicted: int = 0
    predicted_right: int = 0
    matched: int = 0
    source_gold: int = 0
    source_right: int = 0
    cue_gold: int = 0
    cue_right: int = 0
    gold_indirect: int = 0
    indirect_found: int = 0
    predicted_indirect: int = 0
    indirect_right: int = 0
    indirect_any: int = 0
    gold_source: int = 0
    gold_source_right: int = 0
    gold_cue: int = 0
    gold_cue_right: int = 0
    seconds: float = 0.0
    misses: list[str] = field(default_factory=list)

    def row(self, name: str) -> str:
        def r(a: int, b: int) -> str:
            return f"{a / b:.3f}" if b else "  -  "

        return (
            f"{name:<8} {self.articles:>5} {r(self.quoted_found, self.gold_quoted):>8} "
            f"{r(self.predicted_right, self.predicted):>8} {r(self.source_right, self.source_gold):>7} "
            f"{r(self.cue_right, self.cue_gold):>7} {r(self.indirect_found, self.gold_indirect):>8} "
            f"{r(self.indirect_right, self.predicted_indirect):>8} "
            f"{r(self.indirect_any, self.predicted_indirect):>8} "
            f"{r(self.gold_source_right, self.gold_source):>8} "
            f"{r(self.gold_cue_right, self.gold_cue):>7} {self.seconds:>7.2f}"
        )


HEADER = (
    f"{'split':<8} {'docs':>5} {'q-recall':>8} {'q-prec':>8} {'source':>7} {'cue':>7} "
    f"{'i-recall':>8} {'i-prec':>8} {'i-prec*':>8} {'g-source':>8} {'g-cue':>7} {'seconds':>7}"
)


def score(doc: Annotated, article: Article, tally: Tally) -> None:
    """Add one article's counts to ``tally``."""
    text = doc.text
    golds = doc.attributions
    quoted = [g for g in golds if g.quoted(text)]
    unquoted = [g for g in golds if not g.quoted(text)]
    predicted = [q for q in article.quotations if q.kind in QUOTED and q.attribution]
    indirect = [q for q in article.quotations if q.kind is QuoteKind.INDIRECT]
    tally.articles += 1
    for g in quoted:
        tally.gold_quoted += 1
        parts = g.quoted_parts(text)
        hits = [q for q in predicted if any(q.span.start < e and s < q.span.end for s, e in parts)]
        if hits:
            tally.quoted_found += 1
        if g.source is not None:
            tally.gold_source += 1
            tally.gold_source_right += any(
                q.attribution is not None
                and q.attribution.speaker.mention is not None
                and g.source.overlaps(
                    q.attribution.speaker.mention.span.start, q.attribution.speaker.mention.span.end
                )
                for q in hits
            )
        if g.cue is not None:
            tally.gold_cue += 1
            tally.gold_cue_right += any(
                q.attribution is not None
                and q.attribution.cue is not None
                and g.cue.overlaps(q.attribution.cue.span.start, q.attribution.cue.span.end)
                for q in hits
            )
    for q in predicted:
        tally.predicted += 1
        s, e = q.span.start, q.span.end
        if any(g.content.overlaps(s, e) for g in golds):
            tally.predicted_right += 1
        over = [g for g in quoted if g.content.overlaps(s, e)]
        if not over:
            continue
        tally.matched += 1
        a = q.attribution
        assert a is not None
        with_source = [g for g in over if g.source is not None]
        if with_source:
            tally.source_gold += 1
            m = a.speaker.mention
            if m is not None and any(
                g.source is not None and g.source.overlaps(m.span.start, m.span.end)
                for g in with_source
            ):
                tally.source_right += 1
        with_cue = [g for g in over if g.cue is not None]
        if with_cue:
            tally.cue_gold += 1
            c = a.cue
            if c is not None and any(
                g.cue is not None and g.cue.overlaps(c.span.start, c.span.end) for g in with_cue
            ):
                tally.cue_right += 1
    for g in unquoted:
        tally.gold_indirect += 1
        if any(g.content.overlaps(q.span.start, q.span.end) for q in indirect):
            tally.indirect_found += 1
    for q in indirect:
        tally.predicted_indirect += 1
        if any(g.content.overlaps(q.span.start, q.span.end) for g in unquoted):
            tally.indirect_right += 1
        if any(g.content.overlaps(q.span.start, q.span.end) for g in golds):
            tally.indirect_any += 1


#: PolNeAR annotates every attribution, beliefs and stances taken too: the engine is
#: scored with all of its stances, and with the default (speech) apart.
ALL_STANCES = frozenset(Stance)


def run_split(
    split: str,
    limit: int | None = None,
    root: Path | None = None,
    stances: Collection[Stance] = ALL_STANCES,
) -> Tally:
    """Parse and score every article of a PolNeAR split (in ``root``, by default the
    shared corpora beside the repository), reporting the ``stances`` given."""
    tally = Tally()
    docs = read_split(split) if root is None else read_split(split, root)
    for n, doc in enumerate(docs):
        if limit is not None and n >= limit:
            break
        start = time.perf_counter()
        article = newsmodel.parse_text(doc.text, stances=stances)
        tally.seconds += time.perf_counter() - start
        score(doc, article, tally)
    return tally


def _same_speaker(predicted: str, gold: str) -> bool:
    p, g = predicted.lower(), gold.lower()
    return p in g or g in p


def summit(folder: Path = SUMMIT) -> dict[str, float]:
    """Figures on summit.txt against summit.gold.json (in ``folder``)."""
    text = (folder / "summit.txt").read_text(encoding="utf-8")
    gold = json.loads((folder / "summit.gold.json").read_text(encoding="utf-8"))
    article = newsmodel.parse_text(text)
    lines = text.split("\n")
    offsets = []
    pos = 0
    for line in lines:
        offsets.append(pos)
        pos += len(line) + 1

    def para_of(start: int) -> int:
        k = 0
        while k + 1 < len(offsets) and offsets[k + 1] <= start:
            k += 1
        return k

    def located(entry: dict[str, str]) -> tuple[int, int] | None:
        p = int(entry["p"])
        at = lines[p].find(entry["text"])
        if at < 0:
            return None
        return offsets[p] + at, offsets[p] + at + len(entry["text"])

    speech = [q for q in gold["quotes"] if q.get("speaker")]
    scare = [q for q in gold["quotes"] if not q.get("speaker")]
    ours = [q for q in article.quotations if q.kind in QUOTED and q.attribution]
    ours_indirect = [q for q in article.quotations if q.kind is QuoteKind.INDIRECT]
    right = 0
    right_spans: set[tuple[int, int]] = set()
    for g in speech:
        span = located(g)
        assert span is not None, g
        for q in ours:
            if q.span.start < span[1] and span[0] < q.span.end and para_of(q.span.start) == g["p"]:
                if q.attribution and _same_speaker(q.attribution.speaker.name, g["speaker"]):
                    right += 1
                    right_spans.add((q.span.start, q.span.end))
                break
    indirect_found = 0
    indirect_right_spans: set[tuple[int, int]] = set()
    for g in gold["indirect"]:
        span = located(g)
        assert span is not None, g
        for q in ours_indirect:
            if q.span.start < span[1] and span[0] < q.span.end:
                indirect_found += 1
                if q.attribution and _same_speaker(q.attribution.speaker.name, g["speaker"]):
                    indirect_right_spans.add((q.span.start, q.span.end))
                break
    scare_right = 0
    for g in scare:
        span = located(g)
        assert span is not None
        if not any(q.span.start < span[1] and span[0] < q.span.end for q in ours):
            scare_right += 1
    precision = sum(1 for q in ours if (q.span.start, q.span.end) in right_spans)
    precision_all = precision + sum(
        1 for q in ours_indirect if (q.span.start, q.span.end) in indirect_right_spans
    )
    return {
        "speaker right": right / len(speech),
        "precision": precision / len(ours) if ours else 0.0,
        "precision with indirect": precision_all / (len(ours) + len(ours_indirect))
        if ours or ours_indirect
        else 0.0,
        "indirect found": indirect_found / len(gold["indirect"]),
        "scare kept out": scare_right / len(scare) if scare else 1.0,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--split", action="append", choices=["train", "dev"])
    parser.add_argument("--limit", type=int, default=None)
    args = parser.parse_args(argv)
    print(HEADER)
    for split in args.split or ["train", "dev"]:
        print(run_split(split, args.limit).row(split), flush=True)
        speech = run_split(split, args.limit, stances=DEFAULT_STANCES)
        print(speech.row(f"{split}/sp"), flush=True)
    print("(i-prec* counts an indirect quotation right when it overlaps any Content;")
    print(" a split's first row reports every stance, its /sp row speech alone, the default)")
    print()
    for name, value in summit().items():
        print(f"summit {name:<26} {value:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
