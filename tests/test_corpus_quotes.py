"""Corpus tests of the quotation engine: PolNeAR dev and the scraped summit article.

The figures come from bench/quotes.py, which documents them; the thresholds sit a little
below what the engine measures so that a regression fails while noise does not.
"""

from __future__ import annotations

import json
import sys
from typing import Any

import pytest

from tests.conftest import ROOT, corpus

sys.path.insert(0, str(ROOT / "bench"))

quotes_bench = pytest.importorskip("quotes")


@pytest.fixture(scope="module")
def dev() -> Any:
    """The engine's tally on the PolNeAR dev split."""
    return quotes_bench.run_split("dev", root=corpus("polnear"))


def ratio(a: int, b: int) -> float:
    """a / b, or 0 when b is 0."""
    return a / b if b else 0.0


def test_polnear_dev_quotations_are_found(dev: Any) -> None:
    """Most quoted Contents of PolNeAR dev are found as attributed direct/partial quotes."""
    assert ratio(dev.quoted_found, dev.gold_quoted) >= 0.945


def test_polnear_dev_attributed_quotations_are_precise(dev: Any) -> None:
    """Attributed quotations overlap an annotated Content."""
    assert ratio(dev.predicted_right, dev.predicted) >= 0.97


def test_polnear_dev_source_and_cue_mentions(dev: Any) -> None:
    """The speaker mention and the cue overlap the annotated Source and Cue."""
    assert ratio(dev.source_right, dev.source_gold) >= 0.93
    assert ratio(dev.cue_right, dev.cue_gold) >= 0.925


def test_polnear_dev_indirect_speech(dev: Any) -> None:
    """More than half the unquoted Contents are found as indirect speech, and most
    predictions are right (reported words that run on into their own partial quotation
    are that quotation's, no Content of their own)."""
    assert ratio(dev.indirect_found, dev.gold_indirect) >= 0.55
    assert ratio(dev.indirect_right, dev.predicted_indirect) >= 0.86


def test_summit_speakers_and_precision() -> None:
    """Every quotation of the summit article gets the gold speaker; scare quotes stay out."""
    figures = quotes_bench.summit(corpus("scraped"))
    assert figures["speaker right"] >= 0.95
    assert figures["precision"] >= 0.95
    assert figures["indirect found"] >= 0.8
    assert figures["scare kept out"] == 1.0


messy_bench = pytest.importorskip("messy")


def test_messy_articles_speakers_precision_and_indirect_speech() -> None:
    """Over the messy wire articles of tests/articles: speaker right >= 0.9, precision
    >= 0.95, indirect speech found >= 0.5 (the issue's thresholds)."""
    totals = {"speaker": [0, 0], "precision": [0, 0], "indirect": [0, 0]}
    for path in sorted(messy_bench.ARTICLES.glob("*.txt")):
        gold = json.loads(path.with_suffix(".gold.json").read_text("utf-8"))
        if "quotes" not in gold:
            continue
        score = messy_bench.score(path.stem, path.read_text("utf-8"), gold)
        for key in totals:
            right, total = getattr(score, key)
            totals[key][0] += right
            totals[key][1] += total
    assert totals["speaker"][0] >= 0.9 * totals["speaker"][1]
    assert totals["precision"][0] >= 0.95 * totals["precision"][1]
    assert totals["indirect"][0] >= 0.5 * totals["indirect"][1]
