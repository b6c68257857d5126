"""Tests of newsmodel.batch: parse_many and run_batches (order, laziness, failures, workers), pickling."""

from __future__ import annotations

import itertools
import json
import multiprocessing
import os
import pickle
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
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


PAGE = (
    "<html><head><title>Bridge to reopen</title></head><body><article>"
    "<h1>Bridge to reopen</h1>"
    "<p>The mayor of Lakeside said on Monday that the old bridge would reopen in three weeks.</p>"
    "<p>Repairs to its piers took longer than planned, the town's engineers said.</p>"
    "</article></body></html>"
)


@pytest.mark.parametrize("workers", [1, 2])
def test_pages_are_parsed_as_parse_html_parses_them(workers: int) -> None:
    """A mapping with "html" (str or bytes) is a web page, as are str or bytes items with
    html=True; a text and a page mix in one stream."""
    pytest.importorskip("trafilatura", reason="needs the html extra")
    expected = newsmodel.parse_html(PAGE, url="https://example.org/bridge")
    items = [
        {"html": PAGE.encode("utf-8"), "url": "https://example.org/bridge"},
        {"text": TEXTS[0]},
        {"html": PAGE, "url": "https://example.org/bridge"},
    ]
    articles = list(newsmodel.parse_many(items, workers=workers))
    assert articles == [expected, newsmodel.parse_text(TEXTS[0]), expected]
    pages = list(newsmodel.parse_many([PAGE, PAGE.encode("utf-8")], html=True, workers=workers))
    assert pages == [newsmodel.parse_html(PAGE)] * 2


BELIEF = (
    "Mayor Helen Park said the ferry would run all winter. Park believes the harbour plan is sound."
)
BELIEF_PAGE = f"<html><body><article><h1>Ferry</h1><p>{BELIEF}</p></article></body></html>"


@pytest.mark.parametrize("workers", [1, 2])
def test_stances_reach_every_parse(workers: int) -> None:
    """parse_many reports speech by default, and the stances asked for in texts, mappings
    and pages alike, as parse_text and parse_html do."""
    pytest.importorskip("trafilatura", reason="needs the html extra")
    wanted = {"speech", "thought"}
    items: list[Any] = [BELIEF, {"text": BELIEF}, {"html": BELIEF_PAGE}]
    default = list(newsmodel.parse_many(items, workers=workers))
    both = list(newsmodel.parse_many(items, workers=workers, stances=wanted))
    page_text = newsmodel.parse_text(BELIEF)
    assert default[:2] == [page_text] * 2
    assert default[2] == newsmodel.parse_html(BELIEF_PAGE)
    assert both[:2] == [newsmodel.parse_text(BELIEF, stances=wanted)] * 2
    assert both[2] == newsmodel.parse_html(BELIEF_PAGE, stances=wanted)
    for article in both:
        stances = {q.attribution.stance for q in article.quotations if q.attribution}
        assert stances == {newsmodel.Stance.SPEECH, newsmodel.Stance.THOUGHT}
    for article in default:
        stances = {q.attribution.stance for q in article.quotations if q.attribution}
        assert stances == {newsmodel.Stance.SPEECH}


def test_a_stance_that_is_none_is_refused_before_parsing() -> None:
    """A bad stance is the caller's error, raised at once, not a failure per item."""
    with pytest.raises(newsmodel.InputError, match="is no stance"):
        next(newsmodel.parse_many([BELIEF], stances={"belief"}))


def test_a_page_that_is_no_article_is_reported() -> None:
    """A page without an article is a failure naming why, and the others go on."""
    pytest.importorskip("trafilatura", reason="needs the html extra")
    failures: list[Failure] = []
    items = [{"html": "<html><body><nav>Home</nav></body></html>"}, {"html": PAGE}]
    articles = list(newsmodel.parse_many(items, on_error=failures.append))
    assert len(articles) == 1
    assert [(f.index, f.reason) for f in failures] == [(0, "no article text found on the page")]


def test_an_item_with_text_and_html_is_refused() -> None:
    """An item holds a text or a page, not both."""
    failures: list[Failure] = []
    list(newsmodel.parse_many([{"text": "x", "html": "<p>x</p>"}], on_error=failures.append))
    assert "either" in failures[0].reason


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


# ---------------------------------------------------------------------------
# Workers killed from outside (the out-of-memory killer, SIGKILL) at any moment


def _kill_self() -> None:
    os.kill(os.getpid(), signal.SIGKILL)


def _first_time(marker: Path) -> bool:
    """True once per marker file: the first process to ask creates it."""
    try:
        marker.touch(exist_ok=False)
    except FileExistsError:
        return False
    return True


class _KillOnPickle:
    """A result that kills its worker while the worker sends it back."""

    def __reduce__(self) -> tuple[Any, ...]:
        _kill_self()
        return (int, ())  # pragma: no cover - the process is gone


@pytest.mark.parametrize(
    "moment", ["parsing, once", "parsing, every time", "sending the results", "between batches"]
)
def test_a_killed_worker_loses_no_article(
    moment: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Whenever a worker is killed (while it parses, while it sends its results back,
    while it waits for work), every article comes back, in order, or is reported through
    on_error: nothing hangs, nothing raises BrokenProcessPool."""
    real_parse, real_pack = batch.parse_text, batch.pack
    marker = tmp_path / "killed"

    def parse(text: str, **options: Any) -> newsmodel.Article:
        if "number 5 " in text and (
            moment == "parsing, every time" or (moment == "parsing, once" and _first_time(marker))
        ):
            _kill_self()
        return real_parse(text, **options)

    def pack(article: newsmodel.Article) -> tuple[Any, ...]:
        if moment == "sending the results" and "number 7 " in article.text and _first_time(marker):
            return (_KillOnPickle(),)
        return real_pack(article)

    monkeypatch.setattr(batch, "parse_text", parse)
    monkeypatch.setattr(batch, "pack", pack)
    failures: list[Failure] = []
    articles: list[newsmodel.Article] = []
    texts = TEXTS * 4  # more batches than the window holds: some are sent after the kill
    for article in newsmodel.parse_many(texts, workers=2, batch_size=3, on_error=failures.append):
        articles.append(article)
        if moment == "between batches" and len(articles) == 1:
            for child in multiprocessing.active_children():
                os.kill(child.pid or 0, signal.SIGKILL)
            time.sleep(0.5)  # the workers are gone before more work is sent to them
    if moment == "parsing, every time":
        died = [i for i, t in enumerate(texts) if "number 5 " in t]
        assert failures == [Failure(i, batch.WORKER_DIED) for i in died]
        assert [a.text for a in articles] == [t for t in texts if "number 5 " not in t]
    else:
        assert failures == []
        assert [a.text for a in articles] == texts


RANDOM_KILLS = """
import json, multiprocessing, os, random, signal, sys, threading, time
import newsmodel
from newsmodel.batch import Failure

seed = int(sys.argv[1])
texts = [f"Story {i}.\\n\\nThe mayor said the bridge would reopen in {i} weeks." * (1 + i % 7)
         for i in range(120)]
rng = random.Random(seed)

def killer() -> None:
    time.sleep(rng.uniform(0.0, 0.6))
    children = multiprocessing.active_children()
    if children:
        os.kill(rng.choice(children).pid, signal.SIGKILL)

threading.Thread(target=killer, daemon=True).start()
failures = []
articles = list(newsmodel.parse_many(texts, workers=2, batch_size=rng.choice([1, 4, 16]),
                                     on_error=failures.append))
print(json.dumps({"texts": [a.text for a in articles], "failed": [f.index for f in failures],
                  "expected": texts}))
"""


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_worker_killed_at_a_random_moment_hangs_nothing(seed: int) -> None:
    """One worker of two killed from outside at a random moment: parse_many ends (no hang,
    checked with a timeout), every article comes back or is reported, in order."""
    done = subprocess.run(
        [sys.executable, "-c", RANDOM_KILLS, str(seed)],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
        cwd=Path(__file__).resolve().parents[1],
    )
    result = json.loads(done.stdout)
    expected = result["expected"]
    kept = [t for i, t in enumerate(expected) if i not in set(result["failed"])]
    assert result["texts"] == kept
    assert len(result["failed"]) <= 1
    assert "Traceback" not in done.stderr


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
