"""parse_many: parse a stream of articles, in order, on one process or several.

Texts are read lazily from any iterable and sent to worker processes in small
batches; at most a few batches per worker are in flight at a time, so memory
stays bounded however long the stream is, and articles come out in input order.
An item that cannot be parsed is reported (which one and why) and the others go
on; so is an item whose worker process died under it (killed for memory, say).

Each worker process has a pipe of its own to this process: a worker killed at any
moment (while it reads its batch, parses, sends its results back, or waits) breaks
only its own pipe, so its batch is known and nothing waits on it. The worker is
started again, its batch run again an item at a time (an item that kills its
worker every time is reported), and the rest of the stream goes on.

:func:`run_batches` is the machinery underneath, for any function over batches:
the command line runs its own per-file work (read, decode, parse, render) on it.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import multiprocessing
import multiprocessing.connection
import signal
import warnings
from collections import deque
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping
from concurrent.futures.process import BrokenProcessPool
from functools import partial
from typing import Any, Generic, TypeVar

import attrs
import regex

from newsmodel._pack import pack, unpack
from newsmodel.errors import InputError, NewsmodelError
from newsmodel.html import parse_html
from newsmodel.model import Article, Stance
from newsmodel.quotes.engine import DEFAULT_STANCES
from newsmodel.text.parse import parse_text, stance_set

__all__ = ["WORKER_DIED", "Failure", "ParseWarning", "parse_many", "run_batches"]

T = TypeVar("T")
R = TypeVar("R")

#: What parse_many accepts for one article: its text, or parse_text's keyword
#: arguments as a mapping with at least "text" (and any of "headline", "url",
#: "published", "language"); or a web page: a mapping with "html" (str or bytes, and any
#: of "url", "published", "language"), or the page itself with ``html=True``.
Item = str | bytes | Mapping[str, Any]

#: A trailing "Z" for UTC, which datetime.fromisoformat reads only from Python 3.11 on.
_UTC_Z_RE = regex.compile(r"(?<=\d)[Zz]$")
_ITEM_KEYS = frozenset({"text", "headline", "url", "published", "language"})
_PAGE_KEYS = frozenset({"html", "url", "published", "language"})
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
    html: bool = False,
    stances: Stance | str | Collection[Stance | str] = DEFAULT_STANCES,
) -> Iterator[Article]:
    """Parse every item, yielding Articles in input order.

    ``items`` is any iterable of texts, or of mappings holding ``text`` and any of
    parse_text's keyword arguments (``headline``, ``url``, ``published`` as a
    datetime or ISO string, ``language``). A mapping holding ``html`` (a page as str
    or bytes) and any of ``url``, ``published`` and ``language`` is a web page, parsed
    by :func:`newsmodel.parse_html`; with ``html=True`` every str or bytes item is a
    page. ``quotations`` and ``stances`` are as for :func:`newsmodel.parse_text`.
    With ``workers`` > 1 the parsing runs in
    that many processes; the input is consumed lazily with at most ``4 * workers``
    batches in flight, each of ``batch_size`` items or fewer (a batch closes early
    once its texts reach a million characters, so long texts do not pile up).

    An item that cannot be parsed (not a text, a bad date, an internal error, a
    worker process that died under it) is skipped and reported: ``on_error`` is
    called with a :class:`Failure` naming its index and the reason, or, without
    ``on_error``, a :class:`ParseWarning` is issued.
    """
    _check_sizes(workers, batch_size)
    wanted = stance_set(stances)
    report = on_error if on_error is not None else _warn
    # Across processes, articles travel packed as plain tuples: cheaper to send and,
    # above all, to rebuild in this process, which the workers cannot share.
    packed = workers > 1
    results = run_batches(
        partial(_parse_batch, options=_Options(quotations, wanted), packed=packed, html=html),
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


class _Missing:
    """The place of a result not come back yet."""


_MISSING = _Missing()


@attrs.define
class _Job(Generic[T]):
    """Work for a worker: batch number ``seq`` whole, or (``slot``) one item of it."""

    seq: int
    items: list[T]
    slot: int | None = None


class _Worker(Generic[T, R]):
    """A worker process and the pipe to it; ``job`` is what it is working on.

    Each worker has a pipe of its own, so a worker killed at any moment (while it
    reads a batch, parses, or writes its results back) breaks nothing but its own
    pipe: its job is known, and reading from the pipe of a dead worker ends at once
    (end of file), never blocks.
    """

    def __init__(
        self, context: Any, function: Callable[[list[T]], list[R]], others: list[Any]
    ) -> None:
        here, there = context.Pipe(duplex=True)
        # A forked worker holds copies of this process's ends of the pipes, its own and
        # the other workers': it closes them, so that it reads the end of its pipe (and
        # stops) when this process dies.
        inherited = [*others, here] if context.get_start_method() == "fork" else []
        self.process = context.Process(
            target=_serve, args=(there, function, inherited), daemon=True
        )
        with _interrupts_held():
            self.process.start()
        there.close()
        self.conn = here
        self.job: _Job[T] | None = None

    def send(self, job: _Job[T]) -> bool:
        """Give the worker a job; False when it is dead."""
        self.job = job
        try:
            self.conn.send(job.items)
        except (OSError, ValueError):  # its end of the pipe is gone
            return False
        return True

    def receive(self) -> tuple[str, Any] | None:
        """The worker's answer to its job, or None when it died before giving it whole."""
        try:
            answer: tuple[str, Any] = self.conn.recv()
        except (OSError, EOFError, ValueError):
            return None
        return answer

    def stop(self) -> None:
        """End the worker: ask an idle one to stop, kill a busy one, and wait for it."""
        if self.job is None and self.process.is_alive():
            with contextlib.suppress(OSError, ValueError):
                self.conn.send(None)
            self.process.join(_STOP_SECONDS)
        if self.process.is_alive():
            self.process.kill()
        self.process.join()
        self.conn.close()


#: How long an idle worker is given to stop before it is killed.
_STOP_SECONDS = 5.0


def _serve(conn: Any, function: Callable[[list[Any]], list[Any]], inherited: list[Any]) -> None:
    """A worker's loop: receive a batch, send back ("ok", results) or ("error", exception)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
    for other in inherited:
        other.close()
    while True:
        try:
            batch = conn.recv()
        except (EOFError, OSError):  # the parent is gone
            return
        if batch is None:
            return
        try:
            answer: tuple[str, Any] = ("ok", function(batch))
        except Exception as exc:
            answer = ("error", exc)
        try:
            conn.send(answer)
        except (OSError, ValueError):
            return
        except Exception as exc:  # the results do not pickle
            conn.send(("error", RuntimeError(f"the results cannot be sent back: {exc!r}")))


@contextlib.contextmanager
def _interrupts_held() -> Iterator[None]:
    """Hold back Ctrl-C while a worker starts, so that it starts with Ctrl-C blocked (it
    ignores it, then unblocks it): an interrupt then never prints a worker's traceback,
    and reaches this process once the worker is started."""
    if not hasattr(signal, "pthread_sigmask"):
        yield
        return
    held = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, held)


def _run_parallel(
    function: Callable[[list[T]], list[R]],
    batches: Iterator[list[T]],
    workers: int,
    crashed: Callable[[T], R] | None,
) -> Iterator[R]:
    """Run ``function`` over ``batches`` on ``workers`` processes, yielding results in order.

    At most ``_WINDOW_PER_WORKER * workers`` batches are read ahead of the one due. A
    worker that dies is started again; the batch it was working on is run again an item
    at a time, so an item that kills its worker is found: its result is ``crashed(item)``
    (without ``crashed``, BrokenProcessPool). Other items are never lost.
    """
    context = multiprocessing.get_context()
    window = _WINDOW_PER_WORKER * workers
    pool: list[_Worker[T, R]] = []
    queue: deque[_Job[T]] = deque()
    results: dict[int, list[R | _Missing]] = {}
    missing: dict[int, int] = {}
    read = due = 0  # batches read from the input; the batch whose results are due next
    exhausted = False

    def start() -> _Worker[T, R]:
        return _Worker(context, function, [w.conn for w in pool])

    def died(worker: _Worker[T, R]) -> None:
        """The worker is dead: its job is run again, an item at a time, or fails."""
        job, worker.job = worker.job, None
        pool.remove(worker)
        worker.stop()
        if job is None:
            return
        if job.slot is None and len(job.items) > 1:
            results[job.seq] = [_MISSING] * len(job.items)
            missing[job.seq] = len(job.items)
            queue.extendleft(
                reversed([_Job(job.seq, [item], i) for i, item in enumerate(job.items)])
            )
            return
        if crashed is None:
            raise BrokenProcessPool(
                "a worker process died while running one item, and no crashed() was given"
            )
        finish(job, [crashed(job.items[0])])

    def finish(job: _Job[T], answer: list[R]) -> None:
        if job.slot is None:
            results[job.seq] = list(answer)
            missing[job.seq] = 0
        else:
            results[job.seq][job.slot] = answer[0]
            missing[job.seq] -= 1

    try:
        while True:
            while not exhausted and len(queue) < workers and read - due < window:
                batch = next(batches, None)
                if batch is None:
                    exhausted = True
                else:
                    queue.append(_Job(read, batch))
                    read += 1
            while due in results and missing[due] == 0:
                del missing[due]
                for result in results.pop(due):
                    assert not isinstance(result, _Missing)
                    yield result
                due += 1
            if exhausted and due == read:
                return
            idle = [w for w in pool if w.job is None]
            while queue:
                if not idle and len(pool) < workers:
                    pool.append(start())
                    idle.append(pool[-1])
                if not idle:
                    break
                worker, waiting = idle.pop(), queue.popleft()
                if not worker.send(waiting):  # it died while it waited: the job never started
                    worker.job = None
                    queue.appendleft(waiting)
                    died(worker)
            conns = {w.conn: w for w in pool if w.job is not None}
            sentinels = {w.process.sentinel: w for w in pool}
            if not conns:
                continue
            ready = multiprocessing.connection.wait([*conns, *sentinels])
            for worker in [conns[r] for r in ready if r in conns]:
                job, answer = worker.job, worker.receive()
                if job is None or answer is None:  # the pipe broke: the worker is done for
                    worker.process.kill()
                    worker.process.join()
                    continue
                worker.job = None
                kind, value = answer
                if kind == "error":
                    raise value
                finish(job, value)
            for worker in [w for w in pool if not w.process.is_alive()]:
                died(worker)
    finally:
        # A consumer that stops early, an interrupt, an error: the workers end here.
        for worker in pool:
            worker.stop()


@attrs.frozen
class _Options:
    """What parse_many asks of each parse: the quotation engine, and the stances."""

    quotations: bool = True
    stances: frozenset[Stance] = DEFAULT_STANCES


def _parse_batch(
    batch: list[Item], options: _Options, packed: bool = False, html: bool = False
) -> list[Article | tuple[Any, ...] | str]:
    """Parse a batch in a worker; a failure becomes its reason, as a string. ``packed``
    articles are sent as :func:`newsmodel._pack.pack` tuples."""
    results: list[Article | tuple[Any, ...] | str] = []
    for item in batch:
        try:
            article = _parse_item(item, options, html)
            results.append(pack(article) if packed else article)
        except (NewsmodelError, TypeError, ValueError) as exc:
            results.append(str(exc) or type(exc).__name__)
        except Exception as exc:  # a bug: reported with the item, and the others go on
            results.append(f"internal error, please report it: {exc!r}")
    return results


def _crashed(item: Item) -> str:
    return WORKER_DIED


def _length(item: Item) -> int:
    """How long the text (or page) of an item is, to weigh batches by (0 when it has none)."""
    if isinstance(item, Mapping):
        item = item.get("text", item.get("html"))
    return len(item) if isinstance(item, (str, bytes)) else 0


def _parse_item(item: Item, options: _Options, html: bool = False) -> Article:
    quotations, stances = options.quotations, options.stances
    if isinstance(item, (str, bytes, bytearray)) and html:
        return parse_html(item, quotations=quotations, stances=stances)
    if isinstance(item, str):
        return parse_text(item, quotations=quotations, stances=stances)
    if not isinstance(item, Mapping):
        what = "a page or" if html else "a text or"
        raise InputError(f"expected {what} a mapping with a text, got {type(item).__name__}")
    if "html" in item:
        return _parse_page(item, options)
    unknown = set(item) - _ITEM_KEYS
    if unknown:
        raise InputError(f"unknown keys {sorted(unknown)}; expected some of {sorted(_ITEM_KEYS)}")
    text = item.get("text")
    if not isinstance(text, str):
        raise InputError(f"'text' must be a str, got {type(text).__name__}")
    return parse_text(
        text,
        headline=_optional_str(item, "headline"),
        url=_optional_str(item, "url"),
        published=_published(item),
        language=_optional_str(item, "language") or "en",
        quotations=quotations,
        stances=stances,
    )


def _parse_page(item: Mapping[str, Any], options: _Options) -> Article:
    if "text" in item:
        raise InputError("an item holds either a 'text' or an 'html' page, not both")
    unknown = set(item) - _PAGE_KEYS
    if unknown:
        raise InputError(
            f"unknown keys {sorted(unknown)} for a page; expected some of {sorted(_PAGE_KEYS)}"
        )
    page = item["html"]
    if not isinstance(page, (str, bytes, bytearray)):
        raise InputError(f"'html' must be a str or bytes, got {type(page).__name__}")
    return parse_html(
        page,
        url=_optional_str(item, "url"),
        published=_published(item),
        language=_optional_str(item, "language"),
        quotations=options.quotations,
        stances=options.stances,
    )


def _published(item: Mapping[str, Any]) -> dt.datetime | None:
    published = item.get("published")
    if isinstance(published, str):
        try:
            published = dt.datetime.fromisoformat(_UTC_Z_RE.sub("+00:00", published))
        except ValueError:
            raise InputError(f"'published' is not an ISO date: {published!r}") from None
    if published is not None and not isinstance(published, dt.datetime):
        raise InputError(f"'published' must be a datetime, got {type(published).__name__}")
    return published


def _optional_str(item: Mapping[str, Any], key: str) -> str | None:
    value = item.get(key)
    if value is not None and not isinstance(value, str):
        raise InputError(f"{key!r} must be a str, got {type(value).__name__}")
    return value


def _warn(failure: Failure) -> None:
    warnings.warn(
        f"item {failure.index} was not parsed: {failure.reason}", ParseWarning, stacklevel=3
    )
