"""Tests of newsmodel.batch: parse_many and run_batches (order, laziness, failures, workers), pickling."""

from __future__ import annotations

import itertools
import os
import pickle
from collections.abc import Iterator
from concurrent.futures.process import BrokenProcessPool
from typing import Any

import pytest

import newsmodel
from newsmodel import batch
from newsmodel.batch import Failure, ParseWarning
from newsmodel.sample import sample_article
from tests.conftest import corpus
from tests.strategies import example_article

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


def test_utc_z_dates_are_read() -> None:
    """A published date ending in "Z" is read as UTC on every supported Python."""
    (article,) = newsmodel.parse_many([{"text": TEXTS[0], "published": "2024-05-03T10:00:00Z"}])
    assert article.published is not None
    assert article.published.isoformat() == "2024-05-03T10:00:00+00:00"


def test_internal_errors_are_reported_and_the_rest_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    """An unexpected exception from the parser fails its item only, reported as internal."""
    real = batch.parse_text

    def flaky(text: str, **options: Any) -> newsmodel.Article:
        if "number 1 " in text:
            raise IndexError("string index out of range")
        return real(text, **options)

    monkeypatch.setattr(batch, "parse_text", flaky)
    failures: list[Failure] = []
    articles = list(newsmodel.parse_many(TEXTS[:3], on_error=failures.append))
    assert [a.text for a in articles] == [TEXTS[0], TEXTS[2]]
    assert failures == [
        Failure(1, "internal error, please report it: IndexError('string index out of range')")
    ]


def test_input_is_consumed_lazily_by_workers() -> None:
    """With workers, only a bounded window of the input is read ahead."""
    pulled = 0

    def endless() -> Iterator[str]:
        nonlocal pulled
        for i in itertools.count():
            pulled += 1
            yield f"Paragraph {i} of an endless feed."

    first = list(itertools.islice(newsmodel.parse_many(endless(), workers=2, batch_size=2), 3))
    assert [a.text for a in first] == [f"Paragraph {i} of an endless feed." for i in range(3)]
    assert pulled <= 4 * 2 * 2 + 2


def double_or_die(batch: list[int]) -> list[int]:
    """A batch function whose worker dies on the item 13 (as if killed for memory)."""
    if 13 in batch:
        os._exit(3)
    return [2 * n for n in batch]


def test_a_dead_worker_fails_its_item_only() -> None:
    """When an item kills its worker process, it alone gets the crash result; all others follow."""
    results = list(
        batch.run_batches(double_or_die, range(30), workers=2, batch_size=4, crashed=lambda n: -n)
    )
    assert results == [-13 if n == 13 else 2 * n for n in range(30)]


def test_a_dead_worker_without_a_fallback_raises() -> None:
    """Without `crashed`, a dead worker is an error, not silent loss."""
    with pytest.raises(BrokenProcessPool):
        list(batch.run_batches(double_or_die, range(20), workers=2, batch_size=4))


def test_run_batches_in_process_keeps_order() -> None:
    """With one worker, run_batches applies the function batch by batch, in order."""
    seen: list[list[int]] = []

    def record(items: list[int]) -> list[int]:
        seen.append(items)
        return [n + 1 for n in items]

    assert list(batch.run_batches(record, range(7), batch_size=3)) == list(range(1, 8))
    assert seen == [[0, 1, 2], [3, 4, 5], [6]]


# ---------------------------------------------------------------------------
# Pickling, for Dask and other engines that ship articles between processes


def test_articles_pickle_round_trip() -> None:
    """A parsed article, its parts and the public functions survive pickling."""
    for article in (sample_article(), example_article(), newsmodel.parse_text(TEXTS[4])):
        copy = pickle.loads(pickle.dumps(article))
        assert copy == article
        assert copy.paragraphs[0].kind is article.paragraphs[0].kind
    for function in (newsmodel.parse_text, newsmodel.parse_many, newsmodel.dumps):
        assert pickle.loads(pickle.dumps(function)) is function
    assert pickle.loads(pickle.dumps(Failure(3, "why"))) == Failure(3, "why")


def test_bbc_articles_pickle_round_trip() -> None:
    """Real articles round-trip through pickle unchanged."""
    folder = corpus("bbc", "politics")
    for path in sorted(folder.glob("*.txt"))[:40]:
        article = newsmodel.parse_text(path.read_text(encoding="utf-8"))
        assert pickle.loads(pickle.dumps(article)) == article


def test_batches_close_early_when_heavy() -> None:
    """With weigh, a batch closes once its items' weights reach batch_weight."""
    seen: list[list[str]] = []

    def record(items: list[str]) -> list[str]:
        seen.append(items)
        return items

    words = ["aaaa", "bb", "cccccc", "d", "e", "ffffffffff", "g"]
    out = list(batch.run_batches(record, words, batch_size=3, weigh=len, batch_weight=6))
    assert out == words
    assert seen == [["aaaa", "bb"], ["cccccc"], ["d", "e", "ffffffffff"], ["g"]]
