"""Batches: the work on one input or one JSON Lines item, run here or in worker processes,
and the progress bar."""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import functools
import gzip
import json
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

import attrs
import regex

import newsmodel
from newsmodel.batch import WORKER_DIED
from newsmodel.cli._common import (
    PROG,
    Reporter,
    _os_reason,
    _plural,
    _UnreadableError,
)
from newsmodel.cli._inputs import (
    HTML_SUFFIXES,
    JSONL_SUFFIXES,
    Source,
    _content,
    _Input,
    _read_bytes,
    parse_source,
)
from newsmodel.cli._outputs import (
    Writer,
)
from newsmodel.cli._tables import TABLE_OUTPUTS, file_id, item_id
from newsmodel.quotes.engine import DEFAULT_STANCES
from newsmodel.tables import Records, article_records
from newsmodel.text.parse import stance_set

#: The fields of a raw article in a JSON Lines input, each read from the key of its name
#: unless the command line names another (``--text-key body``); ``text`` is required.
ITEM_KEYS = ("text", "headline", "url", "published", "language", "id")


#: An item id as a file name under --output-dir: anything but these becomes "_" (a dot
#: too, which the format's suffix would replace).
_UNSAFE_NAME_RE = regex.compile(r"[^\w-]+")


#: A trailing "Z" for UTC, which datetime.fromisoformat reads only from Python 3.11 on.
_UTC_Z_RE = regex.compile(r"(?<=\d)[Zz]$")


def positive(value: str) -> int:
    """An option's value as a whole number of at least 1 (argparse's ``type``)."""
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {value!r}") from None
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {number}")
    return number


def add_batch_options(parser: argparse.ArgumentParser, verb: str) -> None:
    """The options of a command that runs over many inputs: workers, batch size, the
    progress bar and the closing summary."""
    batch = parser.add_argument_group("batches")
    batch.add_argument(
        "-w",
        "--workers",
        type=positive,
        default=None,
        metavar="N",
        help=f"{verb} on N worker processes (default: 1, in this process); output stays in "
        "input order",
    )
    batch.add_argument(
        "--batch-size",
        type=positive,
        default=8,
        metavar="N",
        help="inputs sent to a worker at a time (default: 8)",
    )
    batch.add_argument(
        "--progress",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="a progress bar on stderr (default: when stderr is a terminal)",
    )
    batch.add_argument(
        "--summary",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="a closing line on stderr: articles, quotations, inputs skipped, warnings, "
        "seconds (default: when stderr is a terminal or --workers is given)",
    )


def stances(value: str) -> frozenset[newsmodel.Stance]:
    """``--stances``: stances separated by commas, or ``all`` (argparse's ``type``)."""
    if value.strip() == "all":
        return frozenset(newsmodel.Stance)
    try:
        return stance_set([part.strip() for part in value.split(",")])
    except newsmodel.InputError:
        known = ", ".join(s.value for s in newsmodel.Stance)
        raise argparse.ArgumentTypeError(
            f"{value!r} is not a list of stances (some of {known}, or all)"
        ) from None


def add_stances_option(parser: argparse.ArgumentParser) -> None:
    """``--stances``: which attributions the quotations hold, speech by default."""
    known = ", ".join(s.value for s in newsmodel.Stance)
    parser.add_argument(
        "--stances",
        type=stances,
        default=DEFAULT_STANCES,
        metavar="LIST",
        help=f"the stances of the quotations kept, separated by commas: {known}, or all "
        "(default: speech)",
    )


@attrs.frozen
class _Job:
    """One input to parse, as it travels to a worker: a file to read (``path``), bytes
    already read (``data``: standard input), or one line of a JSON Lines input (``line``)."""

    name: str
    parts: tuple[str, ...] = ()
    location: str | None = None
    data: bytes | None = None
    line: bytes | None = None
    html: bool = False


@attrs.frozen
class _Outcome:
    """What became of a job: its output, or the reason it failed, and its warnings."""

    name: str
    parts: tuple[str, ...]
    output: str | None = None
    error: str | None = None
    quotations: int = 0
    warnings: tuple[str, ...] = ()
    ignored: tuple[str, ...] = ()
    #: The article's rows, for --to csv or parquet (``output`` is then empty).
    tables: Records | None = None


@attrs.frozen
class _Settings:
    to: str
    indent: int | None = None
    #: The key each field of ITEM_KEYS is read from, in its order.
    keys: tuple[str, ...] = ITEM_KEYS
    stances: frozenset[newsmodel.Stance] = DEFAULT_STANCES


#: Whether workers read their files themselves (True) or the parent reads them and
#: sends the bytes. On BBC from a local disk the two take the same wall time, but the
#: parent works a fifth less when the workers read (bench/speed.py cli), and the waits
#: of a slow or network file system overlap.
_READ_IN_WORKERS = True


def _work(jobs: list[_Job], settings: _Settings) -> list[_Outcome]:
    """Read, decode, parse and render a batch of jobs (in a worker, or in this process)."""
    writer = _writer(settings)
    return [_work_one(job, writer, settings.keys, settings.stances) for job in jobs]


@functools.lru_cache(maxsize=8)
def _writer(settings: _Settings) -> Writer:
    return Writer(settings.to, indent=settings.indent)


def _work_one(
    job: _Job,
    writer: Writer,
    keys: tuple[str, ...] = ITEM_KEYS,
    stances: frozenset[newsmodel.Stance] = DEFAULT_STANCES,
) -> _Outcome:
    def run(where: _Where) -> _Outcome:
        article, doc, ignored = job_article(job, where, keys=keys, stances=stances)
        tables = None
        if writer.name in TABLE_OUTPUTS:
            ident = item_id(doc) if doc is not None else file_id(job.parts)
            output, tables = "", article_records(article, ident)
        else:
            output = writer.render(article)
        warnings = tuple(where.warnings)
        quotations = len(article.quotations)
        return _Outcome(
            where.name, where.parts, output, None, quotations, warnings, ignored, tables
        )

    return attempt(job, run)


@attrs.define
class _Where:
    """What a job is called in messages and under --output-dir (a line of JSON Lines is
    named by its id once read), and the warnings it gave."""

    name: str
    parts: tuple[str, ...]
    warnings: list[str] = attrs.field(factory=list)


def attempt(job: _Job, run: Callable[[_Where], _Outcome]) -> _Outcome:
    """``run(where)`` for one job; a failure becomes an outcome saying why, one line."""
    where = _Where(job.name, job.parts)
    try:
        return run(where)
    except (newsmodel.NewsmodelError, _UnreadableError) as exc:
        error = str(exc)
    except OSError as exc:
        error = _os_reason(exc)
    except Exception as exc:  # a bug: still one line, and the other inputs go on
        error = f"internal error, please report it: {exc!r}"
    return _Outcome(where.name, where.parts, error=error, warnings=tuple(where.warnings))


#: Reads the object of a JSON Lines line into an article, with the keys it ignored
#: (given the genders and the stances to parse it with).
LineReader = Callable[
    [dict[str, Any], "dict[str, str] | None", "frozenset[newsmodel.Stance]"],
    tuple[newsmodel.Article, tuple[str, ...]],
]


def job_article(
    job: _Job,
    where: _Where,
    *,
    genders: dict[str, str] | None = None,
    read_line: LineReader | None = None,
    keys: tuple[str, ...] = ITEM_KEYS,
    stances: frozenset[newsmodel.Stance] = DEFAULT_STANCES,
) -> tuple[newsmodel.Article, dict[str, Any] | None, tuple[str, ...]]:
    """Read, decode and parse one job: its article, the object of its line (for a line
    of JSON Lines, read by ``read_line``, else :func:`_parse_item` with the ``keys`` of
    ITEM_KEYS' fields), and the keys of the line that were ignored. ``genders`` is
    parse_text's override table, ``stances`` the stances it reports."""
    if job.line is not None:
        doc, where.name, where.parts = _line_item(job, keys[ITEM_KEYS.index("id")])
        read = read_line or functools.partial(_parse_item, keys=keys)
        article, ignored = read(doc, genders, stances)
        return article, doc, ignored
    data = job.data
    if data is None:
        data = _read_bytes(_Input(job.name, job.location))
    content, is_html, warning = _content(job.name, data, job.html)
    if warning is not None:
        where.warnings.append(warning)
    return parse_source(Source(job.name, content, is_html), genders, stances), None, ()


def _crashed(job: _Job) -> _Outcome:
    """The outcome of a job whose worker process died under it."""
    return _Outcome(job.name, job.parts, error=WORKER_DIED)


def _line_item(job: _Job, id_key: str = "id") -> tuple[dict[str, Any], str, tuple[str, ...]]:
    """The object on one line of a JSON Lines input, its name for messages (with its
    id) and its path under --output-dir (its id, or its line number)."""
    assert job.line is not None
    try:
        doc = json.loads(job.line)
    except json.JSONDecodeError as exc:
        raise _UnreadableError(f"malformed JSON at column {exc.colno}: {exc.msg}") from None
    except (UnicodeDecodeError, RecursionError):
        raise _UnreadableError("not a JSON object: not UTF-8, or nested too deeply") from None
    except ValueError:  # the one other refusal of json.loads
        raise _UnreadableError(
            f"a number of more than {sys.get_int_max_str_digits()} digits, "
            "longer than Python converts"
        ) from None
    if not isinstance(doc, dict):
        raise _UnreadableError(f'expected a JSON object with a "text", got {_json_type(doc)}')
    name, parts = job.name, job.parts
    ident = doc.get(id_key)
    if isinstance(ident, (str, int)) and not isinstance(ident, bool) and str(ident):
        name = f"{name} (id {ident})"
        parts = (*parts[:-1], _UNSAFE_NAME_RE.sub("_", str(ident))[:100])
    return doc, name, parts


def _parse_item(
    doc: dict[str, Any],
    genders: dict[str, str] | None = None,
    stances: frozenset[newsmodel.Stance] = DEFAULT_STANCES,
    keys: tuple[str, ...] = ITEM_KEYS,
) -> tuple[newsmodel.Article, tuple[str, ...]]:
    """Parse one raw article of a JSON Lines input, its fields read from ``keys`` (in the
    order of ITEM_KEYS); also the keys that were ignored. ``genders`` is
    :func:`newsmodel.parse_text`'s override table, ``stances`` the stances it reports."""
    key = dict(zip(ITEM_KEYS, keys, strict=True))
    ident = doc.get(key["id"])
    if ident is not None and (isinstance(ident, bool) or not isinstance(ident, (str, int))):
        raise _UnreadableError(
            f'"{key["id"]}" must be a string or an integer, got {_json_type(ident)}'
        )
    if doc.get("format") == "newsmodel" and "paragraphs" in doc:
        raise _UnreadableError(
            "an article newsmodel parsed already: read it with newsmodel convert --from jsonl"
        )
    text = doc.get(key["text"])
    if not isinstance(text, str):
        what = "missing" if text is None else f"a {_json_type(text)}, not a string"
        raise _UnreadableError(f'"{key["text"]}" is {what}')
    fields: dict[str, str | None] = {}
    for field in ("headline", "url", "published", "language"):
        value = doc.get(key[field])
        if value is not None and not isinstance(value, str):
            raise _UnreadableError(f'"{key[field]}" must be a string, got {_json_type(value)}')
        fields[field] = value
    published = None
    if fields["published"]:
        try:
            published = dt.datetime.fromisoformat(_UTC_Z_RE.sub("+00:00", fields["published"]))
        except ValueError:
            raise _UnreadableError(
                f'"{key["published"]}" is not an ISO 8601 date: {fields["published"]!r}'
            ) from None
    article = newsmodel.parse_text(
        text,
        headline=fields["headline"],
        url=fields["url"],
        published=published,
        language=fields["language"] or "en",
        genders=genders,
        stances=stances,
    )
    return article, tuple(sorted(k for k in doc if k not in keys))


def _json_type(value: object) -> str:
    names = {bool: "boolean", int: "number", float: "number", str: "string", list: "list"}
    return names.get(type(value), "object")


def _is_jsonl(name: str) -> bool:
    return name.lower().endswith(JSONL_SUFFIXES)


def _line_jobs(item: _Input, report: Reporter) -> Iterator[_Job]:
    """The lines of a JSON Lines input as jobs, read lazily; blank lines are skipped."""
    gzipped = item.name.lower().endswith(".gz")
    stem = Path(item.name[: -len(".gz")] if gzipped else item.name).stem
    with contextlib.ExitStack() as stack:
        lines: Iterable[bytes]
        if item.path is None:
            if sys.stdin is None:
                report.error(item.name, "there is no standard input")
                return
            lines = sys.stdin.buffer
            stem = "stdin"
        else:
            try:
                if gzipped:
                    lines = stack.enter_context(gzip.open(item.path))
                else:
                    lines = stack.enter_context(open(item.path, "rb"))
            except OSError as exc:
                report.error(item.name, _os_reason(exc))
                return
        try:
            for number, line in enumerate(lines, 1):
                if number == 1:
                    line = line.removeprefix(b"\xef\xbb\xbf")  # a UTF-8 BOM
                if line.strip():
                    parts = (stem, f"line-{number}")
                    yield _Job(f"{item.name} line {number}", parts, line=line.rstrip(b"\r\n"))
        except (OSError, EOFError) as exc:  # a truncated .gz, say
            reason = _os_reason(exc) if isinstance(exc, OSError) else "ends too early"
            report.error(item.name, f"stopped reading: {reason}")


def _jobs(items: Iterable[_Input], report: Reporter, *, html: bool, jsonl: bool) -> Iterator[_Job]:
    """A job for each input, or for each line of a JSON Lines input, in order."""
    for item in items:
        if jsonl or _is_jsonl(item.name):
            yield from _line_jobs(item, report)
            continue
        is_html = html or (item.path is not None and item.name.lower().endswith(HTML_SUFFIXES))
        data = None
        if item.path is None or not _READ_IN_WORKERS:
            try:
                data = _read_bytes(item)
            except _UnreadableError as exc:
                report.error(item.name, str(exc))
                continue
        yield _Job(item.name, item.parts, item.location, data, html=is_html)


class _Progress:
    """The progress bar (tqdm, on stderr) and the counts of the closing summary."""

    def __init__(self, report: Reporter, total: int | None, *, bar: bool) -> None:
        self.report = report
        self.articles = 0
        self.quotations = 0
        self.started = time.perf_counter()
        if bar:
            from tqdm import tqdm

            class _Bar(tqdm):  # type: ignore[type-arg]
                monitor_interval = 0  # no monitor thread: workers may be forked later

            report.bar = _Bar(
                total=total,
                unit=" articles",
                file=report.stream or sys.stderr,
                dynamic_ncols=True,
                leave=False,
            )

    def advance(self, outcome: _Outcome) -> None:
        if outcome.output is not None:
            self.articles += 1
            self.quotations += outcome.quotations
        if self.report.bar is not None:
            self.report.bar.update(1)

    def close(self) -> None:
        if self.report.bar is not None:
            self.report.bar.close()
            self.report.bar = None

    def summary(self, noun: str) -> str:
        seconds = time.perf_counter() - self.started
        rate = f" ({self.articles / seconds:,.0f} articles/s)" if seconds > 0.5 else ""
        return (
            f"{PROG}: {_plural(self.articles, 'article')}, "
            f"{_plural(self.quotations, 'quotation')}, "
            f"{self.report.errors} {noun if self.report.errors != 1 else noun[:-1]} skipped, "
            f"{_plural(self.report.warnings, 'warning')}, {seconds:.1f} s{rate}"
        )
