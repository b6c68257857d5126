"""ninjs and NITF for every article of every corpus in ../shared, against IPTC's schemas.

    python bench/iptc_corpora.py                  # every corpus, every article
    python bench/iptc_corpora.py --step 10        # every tenth article
    python bench/iptc_corpora.py bbc polnear      # some corpora

Each article (PolNeAR with its annotated quotations, BBC, Reuters, the Gender Gap Tracker
set and the scraped story through parse_text, the extraction benchmark's pages through
parse_html; see tests/corpus_articles.py) is written in ninjs and NITF; each document is
validated against the official ninjs 3.1 JSON Schema and the NITF 3.6 XSD (with xmlschema
and with libxml2), and read back. The table counts, per corpus and format, the
documents that are invalid, that were written with a warning (characters replaced by
U+FFFD), and that do not read back with the same paragraphs, kinds, quotations, speakers,
mentions, cues, headline, byline and dateline. The target (issue 13): none.
"""

from __future__ import annotations

import argparse
import sys
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import newsmodel  # noqa: E402
from tests import iptc  # noqa: E402
from tests.corpus_articles import CORPUS_NAMES, articles, views  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpora", nargs="*", default=list(CORPUS_NAMES))
    parser.add_argument("--step", type=int, default=1, help="every STEP-th article")
    parser.add_argument("--show", type=int, default=3, help="failures shown per row")
    args = parser.parse_args(argv)
    if not iptc.available():
        print(f"iptc_corpora: skipped, {iptc.MISSING}")
        return 0
    print(
        f"{'corpus':22} {'format':6} {'articles':>8} {'invalid':>8} {'warned':>7} "
        f"{'changed':>8} {'quotations':>10} {'seconds':>8}"
    )
    bad = 0
    for corpus in args.corpora:
        loaded = list(articles(corpus, args.step))
        for fmt in ("ninjs", "nitf"):
            validate = iptc.VALIDATORS[fmt]
            invalid: list[str] = []
            warned: list[str] = []
            changed: list[str] = []
            quotations = 0
            start = time.perf_counter()
            for name, article in loaded:
                with warnings.catch_warnings(record=True) as caught:
                    warnings.simplefilter("always")
                    document = newsmodel.dumps(article, format=fmt)
                if caught:
                    warned.append(name)
                try:
                    validate(document)
                except Exception as exc:  # the validators' own errors
                    invalid.append(f"{name}: {str(exc).splitlines()[0][:120]}")
                if views(newsmodel.loads(document, format=fmt)) != views(article):
                    changed.append(name)
                quotations += len(article.quotations)
            seconds = time.perf_counter() - start
            bad += len(invalid) + len(warned) + len(changed)
            print(
                f"{corpus:22} {fmt:6} {len(loaded):8d} {len(invalid):8d} {len(warned):7d} "
                f"{len(changed):8d} {quotations:10d} {seconds:8.1f}"
            )
            for line in (
                invalid + [f"{n}: warned" for n in warned] + [f"{n}: changed" for n in changed]
            )[: args.show]:
                print(f"    {line}")
    print("every document valid and read back" if bad == 0 else f"{bad} problems")
    return 0 if bad == 0 else 1


if __name__ == "__main__":
    raise SystemExit(main())
