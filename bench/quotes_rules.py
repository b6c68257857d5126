"""Per-rule figures on PolNeAR: how many quotations each rule attributes, and how many of
them overlap a gold Content; and why gold quoted Contents are missed.

``python bench/quotes_rules.py --split train``
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from polnear import read_split

import newsmodel
from newsmodel import QuoteKind


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--split", default="train")
    args = parser.parse_args(argv)
    rules: Counter[tuple[str, str, bool]] = Counter()
    missed: Counter[str] = Counter()
    for doc in read_split(args.split):
        text = doc.text
        article = newsmodel.parse_text(text)
        for q in article.quotations:
            if q.attribution is None:
                continue
            kind = "indirect" if q.kind is QuoteKind.INDIRECT else "quote"
            pool = [g for g in doc.attributions if (g.quoted(text) if kind == "quote" else True)]
            if kind == "indirect":
                pool = [g for g in doc.attributions if not g.quoted(text)]
            else:
                pool = doc.attributions
            right = any(g.content.overlaps(q.span.start, q.span.end) for g in pool)
            rules[(kind, q.attribution.rule, right)] += 1
        quotes = [q for q in article.quotations if q.kind in (QuoteKind.DIRECT, QuoteKind.PARTIAL)]
        for g in doc.attributions:
            if not g.quoted(text):
                continue
            parts = g.quoted_parts(text)
            if any(q.span.start < e and s < q.span.end for q in quotes for s, e in parts):
                continue
            near = [
                q
                for q in article.quotations
                if any(q.span.start < e and s < q.span.end for s, e in parts)
            ]
            missed[near[0].kind.value if near else "not found"] += 1
    print(f"{'kind':<9}{'rule':<22}{'right':>7}{'wrong':>7}{'prec':>7}")
    names = sorted({(k, r) for k, r, _ in rules})
    for k, r in names:
        t, f = rules[(k, r, True)], rules[(k, r, False)]
        print(f"{k:<9}{r:<22}{t:>7}{f:>7}{t / (t + f):>7.3f}")
    print("missed quoted contents:", dict(missed))
    return 0


def source_cue_by_rule(split: str = "train") -> None:
    """Source and cue accuracy of matched quotations, per rule."""
    stats: Counter[tuple[str, str]] = Counter()
    for doc in read_split(split):
        text = doc.text
        article = newsmodel.parse_text(text)
        quoted = [g for g in doc.attributions if g.quoted(text)]
        for q in article.quotations:
            if q.kind not in (QuoteKind.DIRECT, QuoteKind.PARTIAL) or q.attribution is None:
                continue
            over = [g for g in quoted if g.content.overlaps(q.span.start, q.span.end)]
            if not over:
                continue
            a = q.attribution
            rule = a.rule
            m, c = a.speaker.mention, a.cue
            if any(g.source is not None for g in over):
                stats[(rule, "source")] += 1
                if m is not None and any(
                    g.source is not None and g.source.overlaps(m.span.start, m.span.end)
                    for g in over
                ):
                    stats[(rule, "source ok")] += 1
            if any(g.cue is not None for g in over):
                stats[(rule, "cue")] += 1
                if c is not None and any(
                    g.cue is not None and g.cue.overlaps(c.span.start, c.span.end) for g in over
                ):
                    stats[(rule, "cue ok")] += 1
    print(f"{'rule':<22}{'source':>8}{'ok':>7}{'cue':>8}{'ok':>7}")
    for rule in sorted({r for r, _ in stats}):
        print(
            f"{rule:<22}{stats[(rule, 'source')]:>8}{stats[(rule, 'source ok')]:>7}"
            f"{stats[(rule, 'cue')]:>8}{stats[(rule, 'cue ok')]:>7}"
        )


if __name__ == "__main__":
    code = main()
    source_cue_by_rule(*sys.argv[2:3] if len(sys.argv) > 2 and sys.argv[1] == "--split" else ())
    raise SystemExit(code)
