"""The subcommands: parse, convert, demo and formats."""

from __future__ import annotations

import argparse
import functools
import io
import sys
from collections.abc import Iterator
from pathlib import Path

import newsmodel
from newsmodel.batch import run_batches
from newsmodel.cli._batch import (
    ITEM_KEYS,
    _crashed,
    _is_jsonl,
    _jobs,
    _Outcome,
    _Progress,
    _Settings,
    _work,
)
from newsmodel.cli._common import (
    Reporter,
    _CommandError,
    _is_terminal,
    _open_output,
    _os_reason,
    _UnreadableError,
)
from newsmodel.cli._inputs import (
    _expand,
    _Input,
    _read_bytes,
)
from newsmodel.cli._outputs import (
    STREAM_FORMATS,
    Writer,
    _cli_outputs,
)
from newsmodel.cli._tables import TABLE_OUTPUTS, open_tables
from newsmodel.sample import sample_article


def _parse_command(args: argparse.Namespace, report: Reporter) -> int:
    inputs: list[str] = args.inputs or ["-"]
    if not args.inputs and (sys.stdin is None or sys.stdin.isatty()):
        raise _CommandError("no input: give a FILE, a DIR, or - to read standard input")
    workers: int = args.workers or 1
    items = _expand(inputs, report)
    folder = Path(args.output_dir) if args.output_dir else None
    writer_name: str = args.to
    lines = [i.name for i in items if args.jsonl or _is_jsonl(i.name)]
    tables = open_tables(writer_name, folder) if writer_name in TABLE_OUTPUTS else None
    if (len(items) > 1 or lines) and folder is None and writer_name not in STREAM_FORMATS:
        holds = f"{len(items)} files" if not lines else f"JSON Lines ({lines[0]})"
        raise _CommandError(
            f"--to {writer_name} writes one article, but the input holds {holds}: "
            "use --to jsonl for one article per line, or --output-dir DIR for one file each"
        )
    stream = None if folder is not None else _open_output(args.output)
    terminal = _is_terminal(report.stream or sys.stderr)
    show_bar = args.progress if args.progress is not None else terminal
    show_summary = args.summary if args.summary is not None else (terminal or bool(args.workers))
    progress = _Progress(report, None if lines else len(items), bar=show_bar)
    warned: dict[str, set[str]] = {}
    try:
        writer = Writer(writer_name, stream, folder, indent=args.indent)
        jobs = _jobs(items, report, html=args.html, jsonl=args.jsonl)
        keys = tuple(getattr(args, f"{field}_key") for field in ITEM_KEYS)
        settings = _Settings(writer_name, args.indent, keys, args.stances)
        work = functools.partial(_work, settings=settings)
        outcomes = run_batches(
            work, jobs, workers=workers, batch_size=args.batch_size, crashed=_crashed
        )
        for outcome in outcomes:
            for warning in outcome.warnings:
                report.warning(outcome.name, warning)
            if outcome.ignored:
                _warn_ignored(outcome, warned, report, keys)
            if outcome.output is None:
                report.error(outcome.name, outcome.error or "failed")
            elif tables is not None and outcome.tables is not None:
                tables.write_records(outcome.tables)
            else:
                try:
                    relative = Path(*outcome.parts) if folder and outcome.parts else None
                    writer.put(outcome.output, outcome.name, relative)
                except _UnreadableError as exc:
                    report.error(outcome.name, str(exc))
                except BrokenPipeError:
                    raise
                except OSError as exc:
                    report.error(str(exc.filename or outcome.name), _os_reason(exc))
            progress.advance(outcome)
    finally:
        progress.close()
        if tables is not None:
            tables.close()
        if stream is not None and stream is not sys.stdout:
            stream.close()
    if show_summary:
        report.say(progress.summary("inputs" if lines else "files"))
    return 1 if report.errors else 0


def _warn_ignored(
    outcome: _Outcome, warned: dict[str, set[str]], report: Reporter, keys: tuple[str, ...]
) -> None:
    """Warn once per JSON Lines input about each key it holds that newsmodel does not read."""
    source = outcome.name.rsplit(" line ", 1)[0]
    new = [k for k in outcome.ignored if k not in warned.setdefault(source, set())]
    if new:
        warned[source].update(new)
        ignored = ", ".join(f'"{k}"' for k in new)
        report.warning(
            source,
            f"ignored {ignored} (first at {outcome.name.removeprefix(source + ' ')}); "
            f"a line is read for {', '.join(keys)}",
        )


def _convert_command(args: argparse.Namespace, report: Reporter) -> int:
    name = "<stdin>" if args.input == "-" else args.input
    item = _Input(name, None if args.input == "-" else args.input)
    try:
        data = _read_bytes(item)
    except _UnreadableError as exc:
        report.error(name, str(exc))
        return 1
    articles: Iterator[newsmodel.Article]
    if args.source_format in STREAM_FORMATS:
        articles = newsmodel.read_jsonl(io.BytesIO(data))
    else:
        articles = iter([newsmodel.loads(data, format=args.source_format)])
    writer = Writer(args.to, indent=args.indent)
    first = next(articles, None)
    if first is None:
        report.error(name, "holds no article")
        return 1
    second = next(articles, None)
    if second is not None and not writer.streams_many:
        raise _CommandError(
            f"{name}: holds more than one article, but --to {args.to} writes one: use --to jsonl"
        )
    writer.stream = _open_output(args.output)
    try:
        writer.write(first)
        if second is not None:
            writer.write(second)
            for article in articles:
                writer.write(article)
    finally:
        if writer.stream is not sys.stdout:
            writer.stream.close()
    return 0


def _demo_command(args: argparse.Namespace, report: Reporter) -> int:
    writer = Writer(args.to, indent=args.indent)
    article = sample_article()
    writer.stream = _open_output(None)
    if args.to == "outline":
        writer.stream.write(
            "newsmodel demo: the built-in sample article (an invented story), as parsed by\n"
            "newsmodel.parse_text. Other views: newsmodel demo --to text, --to json\n\n"
        )
    writer.write(article)
    return 0


def _formats_command(args: argparse.Namespace, report: Reporter) -> int:
    rows = [("format", "read", "write", "lossless", "description")]
    for name, info in newsmodel.formats.items():
        rows.append(
            (
                name,
                "yes" if info.can_read else "-",
                "yes" if info.can_write else "-",
                "yes" if info.lossless else "-",
                info.description,
            )
        )
    for name, (description, _) in sorted(_cli_outputs().items()):
        rows.append((name, "-", "yes", "-", f"{description} (command line only)"))
    for name in TABLE_OUTPUTS:
        what = f"the tables, one {name} file each, under --output-dir (command line only)"
        rows.append((name, "-", "yes", "-", what))
    widths = [max(len(r[i]) for r in rows) for i in range(4)]
    out = _open_output(None)
    for row in rows:
        cells = [cell.ljust(width) for cell, width in zip(row[:4], widths, strict=True)]
        out.write("  ".join([*cells, row[4]]).rstrip() + "\n")
    return 0
