"""parse_many: parse a stream of articles, in order, on one process or several.

Texts are read lazily from any iterable and sent to worker processes in small
batches; at most a few batches per worker are in flight at a time, so memory
stays bounded however long the stream is, and articles come out in input order.
An item that cannot be parsed is reported (which one and why) and the others go
on.
"""

from __future__ import annotations

import datetime as dt
import warnings
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Any

import attrs

from newsmodel.errors import InputError, NewsmodelError
from newsmodel.model import Article
from newsmodel.text.parse import parse_text

__all__ = ["Failure", "ParseWarning", "parse_many"]

#: What parse_many accepts for one article: its text, or parse_text's keyword
#: arguments as a mapping with at least "text" (and any of "headline", "url",
#: "published", "language").
Item = str | Mapping[str, Any]

_ITEM_KEYS = frozenset({"text", "headline", "url", "published", "language"})


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
    batch_size: int = 8,
    quotations: bool = True,
    on_error: Callable[[Failure], None] | None = None,
) -> Iterator[Article]:
    """Parse every item, yielding Articles in input order.

    ``items`` is any iterable of texts, or of mappings holding ``text`` and any of
    parse_text's keyword arguments (``headline``, ``url``, ``published`` as a
    datetime or ISO string, ``language``). With ``workers`` > 1 the parsing runs in
    that many processes; the input is consumed lazily with at most ``4 * workers``
    batches of ``batch_size`` items in flight.

    An item that cannot be parsed (not a text, a bad date ...) is skipped and
    reported: ``on_error`` is called with a :class:`Failure` naming its index and
    the reason, or, without ``on_error``, a :class:`ParseWarning` is issued.
    """
    if workers < 1:
        raise ValueError(f"workers must be at least 1, got {workers}")
    if batch_size < 1:
        raise ValueError(f"batch_size must be at least 1, got {batch_size}")
    report = on_error if on_error is not None else _warn
    batches = _batches(items, batch_size)
    if workers == 1:
        for start, batch in batches:
            yield from _deliver(start, _parse_batch(batch, quotations), report)
        return
    pool = ProcessPoolExecutor(max_workers=workers)
    try:
        pending: deque[tuple[int, Future[list[Article | str]]]] = deque()
        limit = 4 * workers
        for start, batch in batches:
            pending.append((start, pool.submit(_parse_batch, batch, quotations)))
            if len(pending) >= limit:
                first, future = pending.popleft()
                yield from _deliver(first, future.result(), report)
        while pending:
            first, future = pending.popleft()
            yield from _deliver(first, future.result(), report)
    finally:
        # A consumer that stops early leaves batches in flight: drop them.
        pool.shutdown(wait=True, cancel_futures=True)


def _batches(items: Iterable[Item], size: int) -> Iterator[tuple[int, list[Item]]]:
    batch: list[Item] = []
    start = 0
    for index, item in enumerate(items):
        if not batch:
            start = index
        batch.append(item)
        if len(batch) == size:
            yield start, batch
            batch = []
    if batch:
        yield start, batch


def _parse_batch(batch: list[Item], quotations: bool) -> list[Article | str]:
    """Parse a batch in a worker; a failure becomes its reason, as a string."""
    results: list[Article | str] = []
    for item in batch:
        try:
            results.append(_parse_item(item, quotations))
        except (NewsmodelError, TypeError, ValueError) as exc:
            results.append(str(exc) or type(exc).__name__)
    return results


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
            published = dt.datetime.fromisoformat(published)
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


def _deliver(
    start: int, results: list[Article | str], report: Callable[[Failure], None]
) -> Iterator[Article]:
    for offset, result in enumerate(results):
        if isinstance(result, Article):
            yield result
        else:
            report(Failure(start + offset, result))


def _warn(failure: Failure) -> None:
    warnings.warn(
        f"item {failure.index} was not parsed: {failure.reason}", ParseWarning, stacklevel=4
    )
