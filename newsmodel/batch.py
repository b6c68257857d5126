"""parse_many: parse a stream of articles, in order, on one process or several.

Texts are read lazily from any iterable and sent to worker processes in small
batches; at most a few batches per worker are in flight at a time, so memory
stays bounded however long the stream is, and articles come out in input order.
An item that cannot be parsed is reported (which one and why) and the others go
on; so is an item whose worker process died under it (killed for memory, say):
the pool is started again and the rest of the stream goes on.

:func:`run_batches` is the machinery underneath, for any function over batches:
the command line runs its own per-file work (read, decode, parse, render) on it.
"""

from __future__ import annotations

import datetime as dt
import signal
import warnings
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from functools import partial
from typing import Any, TypeVar

import attrs
import regex

from newsmodel._pack import pack, unpack
from newsmodel.errors import InputError, NewsmodelError
from newsmodel.model import Article
from newsmodel.text.parse import parse_text

__all__ = ["WORKER_DIED", "Failure", "ParseWarning", "parse_many", "run_batches"]

T = TypeVar("T")
R = TypeVar("R")

#: What parse_many accepts for one article: its text, or parse_text's keyword
#: arguments as a mapping with at least "text" (and any of "headline", "url",
#: "published", "language").
Item = str | Mapping[str, Any]

#: A trailing "Z" for UTC, which datetime.fromisoformat reads only from Python 3.11 on.
_UTC_Z_RE = regex.compile(r"(?<=\d)[Zz]$")
_ITEM_KEYS = frozenset({"text", "headline", "url", "published", "language"})
#: Batches in flight per worker: enough to keep every worker busy while the
#: parent takes results, few enough to bound memory.
_WINDOW_PER_WORKER = 4
#: A batch of parse_many closes once its texts hold this many characters.
_BATCH_CHARACTERS = 1_000_000
#: The reason given for an item whose worker process died while parsing it.
WORKER_DIED = "its worker process died while parsing it (out of memory, or killed)"


class ParseWarning(UserWarning):
    """An article of a batch could not be parsed and was left out."""


@attrs.frozen
class Failure:
    """An item of a batch that could not be parsed: its position in the input and why."""

    index: int
    reason: str


def parse_many(
    items: Iterable[Item],
    *,
    workers: int = 1,
    batch_size: int = 32,
    quotations: bool = True,
    on_error: Callable[[Failure], None] | None = None,
) -> Iterator[Article]:
    """Parse every item, yielding Articles in input order.

    ``items`` is any iterable of texts, or of mappings holding ``text`` and any of
    parse_text's keyword arguments (``headline``, ``url``, ``published`` as a
    datetime or ISO string, ``language``). With ``workers`` > 1 the parsing runs in
    that many processes; the input is consumed lazily with at most ``4 * workers``
    batches in flight, each of ``batch_size`` items or fewer (a batch closes early
    once its texts reach a million characters, so long texts do not pile up).

    An item that cannot be parsed (not a text, a bad date, an internal error, a
    worker process that died under it) is skipped and reported: ``on_error`` is
    called with a :class:`Failure` naming its index and the reason, or, without
    ``on_error``, a :class:`ParseWarning` is issued.
    """
    _check_sizes(workers, batch_size)
    report = on_error if on_error is not None else _warn
    # Across processes, articles travel packed as plain tuples: cheaper to send and,
    # above all, to rebuild in this process, which the workers cannot share.
    packed = workers > 1
    results = run_batches(
        partial(_parse_batch, quotations=quotations, packed=packed),
        items,
        workers=workers,
        batch_size=batch_size,
        crashed=_crashed,
        weigh=_length,
        batch_weight=_BATCH_CHARACTERS,
    )
    for index, result in enumerate(results):
        if isinstance(result, Article):
            yield result
        elif isinstance(result, tuple):
            yield unpack(result)
        else:
            report(Failure(index, result))


def run_batches(
    function: Callable[[list[T]], list[R]],
    items: Iterable[T],
    *,
    workers: int = 1,
    batch_size: int = 8,
    crashed: Callable[[T], R] | None = None,
    weigh: Callable[[T], int] | None = None,
    batch_weight: int = 0,
) -> Iterator[R]:
    """Apply ``function`` to batches of ``items``; yield its results one by one, in order.

    ``function`` takes a list of items and returns one result for each, in order.
    With ``workers`` > 1 it runs in that many processes (it and the items must
    pickle); the items are read lazily, with at most ``4 * workers`` batches of
    ``batch_size`` in flight. With ``workers == 1`` everything runs in this process.

    When a worker process dies (killed for memory, say) the pool is started anew
    and the batches in flight are run again; the items of the batch that was due
    are run one at a time, so the item that kills its worker is found: its result
    is ``crashed(item)``, or without ``crashed`` :class:`BrokenProcessPool` is raised.

    With ``weigh``, a batch also closes once the weights of its items add up to
    ``batch_weight`` (say, the length of their texts), to bound the memory in flight.
    """
    _check_sizes(workers, batch_size)
    batches = _batches(items, batch_size, weigh, batch_weight)
    if workers == 1:
        for batch in batches:
            yield from function(batch)
        return
    yield from _run_parallel(function, batches, workers, crashed)


def _check_sizes(workers: int, batch_size: int) -> None:
    if workers < 1:
        raise ValueError(f"workers must be at least 1, got {workers}")
    if batch_size < 1:
        raise ValueError(f"batch_size must be at least 1, got {batch_size}")


def _batches(
    items: Iterable[T], size: int, weigh: Callable[[T], int] | None = None, most: int = 0
) -> Iterator[list[T]]:
    batch: list[T] = []
    weight = 0
    for item in items:
        batch.append(item)
        if weigh is not None:
            weight += weigh(item)
        if len(batch) == size or (weigh is not None and weight >= most):
            yield batch
            batch = []
            weight = 0
    if batch:
        yield batch


def _ignore_interrupts() -> None:
    """In a worker: leave Ctrl-C to the parent, which stops the pool cleanly."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _new_pool(workers: int) -> ProcessPoolExecutor:
    return ProcessPoolExecutor(max_workers=workers, initializer=_ignore_interrupts)


def _run_parallel(
    function: Callable[[list[T]], list[R]],
    batches: Iterator[list[T]],
    workers: int,
    crashed: Callable[[T], R] | None,
) -> Iterator[R]:
    window = _WINDOW_PER_WORKER * workers
    pool = _new_pool(workers)
    pending: deque[tuple[list[T], Future[list[R]]]] = deque()
    try:
        while True:
            while len(pending) < window:
                batch = next(batches, None)
                if batch is None:
                    break
                pending.append((batch, pool.submit(function, batch)))
            if not pending:
                return
            batch, future = pending.popleft()
            try:
                results = future.result()
            except BrokenProcessPool:
                if crashed is None:
                    raise
                # Some batch in flight killed its worker: run the one that was due an
                # item at a time to find the culprit, then the others again.
                pool.shutdown(wait=True, cancel_futures=True)
                pool = _new_pool(workers)
                results = []
                for item in batch:
                    try:
                        results.extend(pool.submit(function, [item]).result())
                    except BrokenProcessPool:
                        pool.shutdown(wait=True, cancel_futures=True)
                        pool = _new_pool(workers)
                        results.append(crashed(item))
                pending = deque((b, pool.submit(function, b)) for b, _ in pending)
            yield from results
    finally:
        # A consumer that stops early leaves batches in flight: drop them.
        pool.shutdown(wait=True, cancel_futures=True)


def _parse_batch(
    batch: list[Item], quotations: bool, packed: bool = False
) -> list[Article | tuple[Any, ...] | str]:
    """Parse a batch in a worker; a failure becomes its reason, as a string. ``packed``
    articles are sent as :func:`newsmodel._pack.pack` tuples."""
    results: list[Article | tuple[Any, ...] | str] = []
    for item in batch:
        try:
            article = _parse_item(item, quotations)
            results.append(pack(article) if packed else article)
        except (NewsmodelError, TypeError, ValueError) as exc:
            results.append(str(exc) or type(exc).__name__)
        except Exception as exc:  # a bug: reported with the item, and the others go on
            results.append(f"internal error, please report it: {exc!r}")
    return results


def _crashed(item: Item) -> str:
    return WORKER_DIED


def _length(item: Item) -> int:
    """How long the text of an item is, to weigh batches by (0 when it has none)."""
    text = (
        item if isinstance(item, str) else item.get("text") if isinstance(item, Mapping) else None
    )
    return len(text) if isinstance(text, str) else 0


def _parse_item(item: Item, quotations: bool) -> Article:
    if isinstance(item, str):
        return parse_text(item, quotations=quotations)
    if not isinstance(item, Mapping):
        raise InputError(f"expected a text or a mapping with a text, got {type(item).__name__}")
    unknown = set(item) - _ITEM_KEYS
    if unknown:
        raise InputError(f"unknown keys {sorted(unknown)}; expected some of {sorted(_ITEM_KEYS)}")
    text = item.get("text")
    if not isinstance(text, str):
        raise InputError(f"'text' must be a str, got {type(text).__name__}")
    published = item.get("published")
    if isinstance(published, str):
        try:
            published = dt.datetime.fromisoformat(_UTC_Z_RE.sub("+00:00", published))
        except ValueError:
            raise InputError(f"'published' is not an ISO date: {published!r}") from None
    if published is not None and not isinstance(published, dt.datetime):
        raise InputError(f"'published' must be a datetime, got {type(published).__name__}")
    return parse_text(
        text,
        headline=_optional_str(item, "headline"),
        url=_optional_str(item, "url"),
        published=published,
        language=_optional_str(item, "language") or "en",
        quotations=quotations,
    )


def _optional_str(item: Mapping[str, Any], key: str) -> str | None:
    value = item.get(key)
    if value is not None and not isinstance(value, str):
        raise InputError(f"{key!r} must be a str, got {type(value).__name__}")
    return value


def _warn(failure: Failure) -> None:
    warnings.warn(
        f"item {failure.index} was not parsed: {failure.reason}", ParseWarning, stacklevel=3
    )
