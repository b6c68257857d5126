"""Tests of newsmodel.batch.parse_many: order, laziness, failures, workers."""

from __future__ import annotations

import itertools
from collections.abc import Iterator

import pytest

import newsmodel
from newsmodel.batch import Failure, ParseWarning

TEXTS = [
    f"Story number {i} opens here.\n\nThe mayor of Lakeside said the bridge would reopen in {i} weeks."
    for i in range(23)
]


def test_results_keep_input_order_with_one_worker() -> None:
    """Articles come out in the order their texts went in."""
    articles = list(newsmodel.parse_many(TEXTS))
    assert [a.text for a in articles] == TEXTS


def test_results_keep_input_order_with_two_workers() -> None:
    """With worker processes, articles still come out in input order and equal a serial parse."""
    parallel = list(newsmodel.parse_many(TEXTS, workers=2, batch_size=3))
    assert parallel == [newsmodel.parse_text(t) for t in TEXTS]


def test_input_is_consumed_lazily() -> None:
    """An endless input can be read in part: parse_many pulls only what it needs."""
    pulled = 0

    def endless() -> Iterator[str]:
        nonlocal pulled
        for i in itertools.count():
            pulled += 1
            yield f"Paragraph {i} of an endless feed."

    first = list(itertools.islice(newsmodel.parse_many(endless(), batch_size=4), 5))
    assert [a.text for a in first] == [f"Paragraph {i} of an endless feed." for i in range(5)]
    assert pulled <= 8


@pytest.mark.parametrize("workers", [1, 2])
def test_failures_are_reported_and_the_rest_kept(workers: int) -> None:
    """A bad item is reported with its index and reason; the other articles are all delivered."""
    failures: list[Failure] = []
    items: list[object] = [TEXTS[0], 42, {"text": TEXTS[1], "published": "not a date"}, TEXTS[2]]
    articles = list(
        newsmodel.parse_many(items, workers=workers, batch_size=2, on_error=failures.append)  # type: ignore[arg-type]
    )
    assert [a.text for a in articles] == [TEXTS[0], TEXTS[2]]
    assert [f.index for f in failures] == [1, 2]
    assert "int" in failures[0].reason
    assert "ISO date" in failures[1].reason


def test_failures_warn_without_a_handler() -> None:
    """Without on_error, a failure is a ParseWarning naming the item."""
    with pytest.warns(ParseWarning, match="item 0 was not parsed"):
        articles = list(newsmodel.parse_many([{"body": "no text key"}]))
    assert articles == []


def test_mapping_items_carry_metadata() -> None:
    """A mapping item passes headline, url, published and language to parse_text."""
    (article,) = newsmodel.parse_many(
        [
            {
                "text": TEXTS[3],
                "headline": "Bridge to reopen",
                "url": "https://example.org/bridge",
                "published": "2024-05-03T10:00:00+00:00",
                "language": "en",
            }
        ]
    )
    assert article.headline == "Bridge to reopen"
    assert article.url == "https://example.org/bridge"
    assert article.published is not None
    assert article.published.year == 2024


def test_bad_arguments_are_refused() -> None:
    """workers and batch_size must be positive."""
    with pytest.raises(ValueError, match="workers"):
        list(newsmodel.parse_many(TEXTS, workers=0))
    with pytest.raises(ValueError, match="batch_size"):
        list(newsmodel.parse_many(TEXTS, batch_size=0))
