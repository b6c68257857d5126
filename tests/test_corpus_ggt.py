"""Corpus tests of attribution on the Gender Gap Tracker set (Canadian news annotated by
people), through bench/ggt.py, which documents the figures. Both parts are scored: the
tuning part and the check part kept aside. The thresholds sit a little below what the
engine measures, so that a regression fails while noise does not.
"""

from __future__ import annotations

import sys
from typing import Any

import pytest

from tests.conftest import ROOT, corpus

sys.path.insert(0, str(ROOT / "bench"))

ggt = pytest.importorskip("ggt")


@pytest.fixture(scope="module")
def articles() -> Any:
    """Every annotated article of the set."""
    return ggt.load(corpus("ggt", "articles.json"))


@pytest.fixture(scope="module")
def tally(articles: Any) -> Any:
    """The engine's counts over all 46 articles."""
    return ggt.run(articles)


def test_quotations_with_marks_are_found(tally: Any) -> None:
    """Nearly every annotated quotation with marks is found and attributed."""
    assert tally.direct_found >= 0.94 * tally.direct


def test_speakers_of_quotations_with_marks_get_their_full_name(tally: Any) -> None:
    """Most annotated quotations with marks get the annotators' full name."""
    assert tally.direct_right >= 0.78 * tally.named_direct


def test_what_is_reported_is_speech(tally: Any) -> None:
    """Nearly everything reported as speech is a quotation the annotators marked."""
    assert tally.predicted_right >= 0.88 * tally.predicted
    assert tally.indirect_right >= 0.82 * tally.predicted_indirect


def test_the_check_part_is_kept_aside(articles: Any) -> None:
    """A third of the articles, by a hash of their id, form the check part."""
    check = ggt.split(articles, "check")
    assert 10 <= len(check) <= 20
    assert not {a.id for a in check} & {a.id for a in ggt.split(articles, "tune")}
