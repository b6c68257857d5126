"""Measure how often each rule's attributions are right, to keep the engine's confidences
honest.

    python bench/confidence.py [--write]

For every attribution the engine makes on PolNeAR train (all stances: PolNeAR annotates
beliefs and stances too), it asks whether the attribution is right: the quotation overlaps
an annotated Content, and its speaker mention overlaps one of that Content's Sources (an
attribution whose Content has no Source counts right when the Content is found). The
share of right ones, by rule and stance, is the measured precision; with ``--write`` the
table goes to ``newsmodel/quotes/data/confidence.tsv``, which the engine reads for each
attribution's ``confidence``. A rule and stance seen fewer than ``MIN_SEEN`` times keeps
the engine's own estimate. Reporting verbs have several senses ("hold a primary",
"raise rates"), so the table also gives the precision of each verb of a rule and stance
seen at least ``MIN_SEEN_VERB`` times, drawn towards the rule's by ``PRIOR`` attributions
of it. PolNeAR dev is left out: it is the check.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from polnear import Annotated, read_split  # noqa: E402

import newsmodel  # noqa: E402
from newsmodel import Article, QuoteKind, Stance  # noqa: E402
from newsmodel.quotes.calibration import cue_lemma  # noqa: E402

TABLE = ROOT / "newsmodel" / "quotes" / "data" / "confidence.tsv"
MIN_SEEN = 30
MIN_SEEN_VERB = 20
PRIOR = 5
HEADER = """\
# The measured precision of the engine's attributions, by rule, kind and stance, and by
# the lemma of their cue ("*" for any): the share of them on PolNeAR train whose quotation
# is an annotated Content and whose speaker mention is its Source. Written by
# bench/confidence.py --write; read for Attribution.confidence.
# rule\tkind/stance\tcue lemma\tseen\tconfidence
"""


def right(doc: Annotated, article: Article) -> list[tuple[str, str, str, bool]]:
    """(rule, kind/stance, cue lemma, right) of each attribution of ``article``."""
    found = []
    for q in article.quotations:
        a = q.attribution
        if a is None:
            continue
        s, e = q.span.start, q.span.end
        golds = [g for g in doc.attributions if g.content.overlaps(s, e)]
        ok = False
        m = a.speaker.mention
        for g in golds:
            if g.source is None or (m is not None and g.source.overlaps(m.span.start, m.span.end)):
                ok = True
                break
        kind = "indirect" if q.kind is QuoteKind.INDIRECT else "marked"
        found.append((a.rule, f"{kind}/{a.stance.value}", cue_lemma(a.cue), ok))
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--write", action="store_true", help=f"write {TABLE.name}")
    args = parser.parse_args(argv)
    counts: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    verbs: dict[tuple[str, str, str], list[int]] = defaultdict(lambda: [0, 0])
    for doc in read_split("train"):
        article = newsmodel.parse_text(doc.text, stances=set(Stance))
        for rule, stance, lemma, ok in right(doc, article):
            counts[(rule, stance)][0] += 1
            counts[(rule, stance)][1] += ok
            verbs[(rule, stance, lemma)][0] += 1
            verbs[(rule, stance, lemma)][1] += ok
    rows = []
    print(f"{'rule':<22} {'stance':<18} {'seen':>6} {'right':>6}")
    for (rule, stance), (seen, ok) in sorted(counts.items(), key=lambda x: -x[1][0]):
        print(f"{rule:<22} {stance:<18} {seen:>6} {ok / seen:>6.3f}")
        if seen >= MIN_SEEN:
            rows.append(f"{rule}\t{stance}\t*\t{seen}\t{ok / seen:.2f}\n")
            base = ok / seen
            for (r, st, lemma), (n, k) in verbs.items():
                if (r, st) == (rule, stance) and lemma != "*" and n >= MIN_SEEN_VERB:
                    rows.append(
                        f"{r}\t{st}\t{lemma}\t{n}\t{(k + PRIOR * base) / (n + PRIOR):.2f}\n"
                    )
    if args.write:
        TABLE.write_text(HEADER + "".join(sorted(rows)), encoding="utf-8")
        print(f"wrote {len(rows)} rows to {TABLE.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
