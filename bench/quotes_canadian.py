"""Score quotations on the invented Canadian-style articles of tests/quotes_articles.

    python bench/quotes_canadian.py [--verbose]

Each article (CP, CBC, CTV, Globe and Mail styles; names and events invented) has gold
quotations with the speaker's full name. The figures are those of the issue's held-out
Canadian news target:

- found: gold quotations with marks that one of our attributed quotations overlaps
  (target >= 0.9);
- speaker: of those, the share whose speaker name gives the gold full name (>= 0.85);
- all: of every gold quotation, with marks and indirect, the share overlapped by one of
  ours with the right full name (>= 0.7).

A name is right when the gold name's words appear in ours ("the Ontario Hospital
Association" is right for "Ontario Hospital Association"; "Kowalchuk" is wrong for
"Raymond Kowalchuk").
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.quotes_support import (  # noqa: E402
    QuoteScore,
    load_quotes_article,
    quotes_articles,
    score_quotes,
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--verbose", "-v", action="store_true", help="list every miss")
    parser.add_argument("names", nargs="*", help="articles to score (default: all)")
    args = parser.parse_args(argv)
    total = QuoteScore()
    print(f"{'article':<18} {'quotes':>6} {'found':>6} {'speaker':>8} {'indirect':>8} {'all':>6}")
    rows = []
    for name in args.names or quotes_articles():
        text, gold = load_quotes_article(name)
        score = score_quotes(text, gold)
        total += score
        rows.append((name, score))
        print(
            f"{name:<18} {score.direct:>6} {score.found:>6.2f} {score.speaker:>8.2f} "
            f"{score.indirect:>8} {score.overall:>6.2f}"
        )
    print(
        f"{'all':<18} {total.direct:>6} {total.found:>6.2f} {total.speaker:>8.2f} "
        f"{total.indirect:>8} {total.overall:>6.2f}"
    )
    print("targets: found >= 0.90, speaker >= 0.85, all >= 0.70")
    if args.verbose:
        for name, score in rows:
            if score.misses:
                print(f"\n{name}:")
                for miss in score.misses:
                    print(f"  {miss}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
