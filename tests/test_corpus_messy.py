"""Structure of messy scraped wire articles against their gold, at the issue's thresholds.

The articles are tests/articles/*.txt (invented for this project) and the shared corpus's
scraped/summit.txt (skipped without ../shared). A held-out article of this kind must
have its paragraph kinds right for at least 95% of its paragraphs, its dateline and all
its contributors right. Quotation figures on the same gold are measured by
bench/messy.py, not asserted here while the quotation engine is in progress.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

import newsmodel
from tests.conftest import corpus
from tests.gold import KNOWN_MISSES, NAMES, lines, load, params

KINDS_RIGHT = 0.95


def check_structure(text: str, gold: dict[str, Any]) -> None:
    """Paragraph kinds >= 95% right, dateline location and source, contributors exact."""
    article = newsmodel.parse_text(text, quotations=False)
    count = gold["paragraph_count"]
    kinds = {i: kind for kind, idx in gold["kinds"].items() for i in idx}
    got = [p.kind.value for p in article.paragraphs]
    right = sum(kind == kinds.get(i, "body") for i, kind in enumerate(got[:count]))
    assert right / max(count, len(got)) >= KINDS_RIGHT, [
        (i, kinds.get(i, "body"), kind)
        for i, kind in enumerate(got)
        if kind != kinds.get(i, "body")
    ]
    expected = gold["dateline"]
    if expected is None:
        assert article.dateline is None
    else:
        assert article.dateline is not None
        assert (article.dateline.location, article.dateline.source) == (
            expected["location"],
            expected["source"],
        )
    assert list(article.contributors) == gold["contributors"]


@pytest.mark.parametrize("name", params(NAMES))
def test_messy_article_structure(name: str) -> None:
    """Each of our messy articles: kinds >= 95% right, dateline and contributors exact."""
    text, gold = load(name)
    check_structure(text, gold)


def test_summit_structure() -> None:
    """The shared summit article: kinds >= 95% right, dateline and contributors exact."""
    folder = corpus("scraped")
    text = (folder / "summit.txt").read_text(encoding="utf-8")
    gold = json.loads((folder / "summit.gold.json").read_text(encoding="utf-8"))
    check_structure(text, gold)


@pytest.mark.parametrize("name", NAMES)
def test_gold_points_at_the_text(name: str) -> None:
    """Gold indices name paragraphs that exist; quoted and indirect texts lie in theirs."""
    text, gold = load(name)
    paragraphs = lines(text)
    for idx in gold["kinds"].values():
        assert all(0 <= i < gold["paragraph_count"] for i in idx)
    if len(paragraphs) != gold["paragraph_count"]:  # hard-wrapped wire copy
        assert not gold.get("quotes")
        assert not gold.get("indirect")
        return
    for item in gold.get("quotes", []) + gold.get("indirect", []):
        start, end = paragraphs[item["p"]]
        assert item["text"] in text[start:end], item
    for item in gold.get("quotes", []):
        assert (item["speaker"] is None) == (item.get("kind") == "scare"), item
    dateline = gold["dateline"]
    if dateline is not None:
        assert dateline["text"] in text
    credits = [text[slice(*paragraphs[i])] for i in gold["kinds"].get("credit", [])]
    for name_ in gold["contributors"]:
        assert any(name_ in line for line in credits), name_


def test_known_misses_name_real_articles() -> None:
    """Every known parser miss names an article that exists."""
    assert set(KNOWN_MISSES) <= set(NAMES)
