"""``newsmodel report CORPUS``: who gets quoted in a corpus, as tables, a page and charts.

The inputs are read as ``parse`` reads them (files, folders, JSON Lines of raw articles)
and also as JSON Lines of articles newsmodel parsed already (lines with ``"format":
"newsmodel"``, whose people are used as they are, or found again when the line has
none). Each input is parsed and summed up (:func:`newsmodel.report.facts`) in the worker
processes; this process only adds the facts up, so the corpus streams through.
"""

from __future__ import annotations

import argparse
import csv
import functools
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import attrs

import newsmodel
from newsmodel.batch import run_batches
from newsmodel.cli._batch import (
    ITEM_KEYS,
    _crashed,
    _is_jsonl,
    _Job,
    _jobs,
    _Outcome,
    _parse_item,
    _Progress,
    _Where,
    add_batch_options,
    add_stances_option,
    attempt,
    job_article,
    positive,
)
from newsmodel.cli._common import (
    Reporter,
    _CommandError,
    _is_terminal,
    _open_output,
    _os_reason,
)
from newsmodel.cli._inputs import (
    _expand,
)
from newsmodel.io.json import from_dict
from newsmodel.people import find_people
from newsmodel.quotes.engine import DEFAULT_STANCES
from newsmodel.report import ArticleFacts, Report, Tally, facts, month_of

__all__ = ["add_report_parser"]

_EXAMPLES = """\
examples:
  newsmodel report corpus/                          a summary of who is quoted, on stdout
  newsmodel report corpus/ --output-dir out/        out/report.html, report.json, *.csv
  newsmodel report items.jsonl --outlet-field source --date-field date --output-dir out/
  newsmodel report articles.jsonl --workers 2       JSON Lines of parsed articles
  newsmodel report bbc/ --outlet-from-folder        each folder under bbc/ as an outlet
"""


def add_report_parser(commands: Any) -> None:
    """Add the ``report`` subcommand to the command line's subparsers."""
    r = commands.add_parser(
        "report",
        help="who gets quoted in a corpus: sources and people by gender, role, outlet, month",
        description=(
            "Count who a corpus quotes and names: sources (people quoted) and people\n"
            "mentioned by gender, kind and role, the top speakers with their variants, the\n"
            "words quoted, per outlet (the URL's host, or --outlet-field) and per month\n"
            "(the published date, or --date-field). CORPUS is a folder, files, or JSON\n"
            "Lines of raw articles or of articles newsmodel parsed. Without --output-dir a\n"
            "summary goes to stdout; with it, report.html (charts need newsmodel[charts]),\n"
            "report.json and one CSV file per table."
        ),
        epilog=_EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    r.add_argument("inputs", nargs="*", metavar="CORPUS", help="what to count (default: -)")
    r.add_argument("--output-dir", metavar="DIR", help="write the report's files into DIR")
    r.add_argument("--html", action="store_true", help="read every input as a web page")
    r.add_argument(
        "--jsonl", action="store_true", help="read every input as JSON Lines (.jsonl always is)"
    )
    r.add_argument(
        "--outlet-field", metavar="FIELD", help="the JSON Lines field that names the outlet"
    )
    r.add_argument(
        "--date-field", metavar="FIELD", help="the JSON Lines field that holds the date (ISO 8601)"
    )
    r.add_argument(
        "--outlet-from-folder",
        action="store_true",
        help="the first folder of a file's path under CORPUS is its outlet",
    )
    r.add_argument(
        "--genders",
        metavar="FILE",
        help="a CSV file of name,gender rows (a full or given name; female, male, unknown) "
        "that overrides what the articles say",
    )
    r.add_argument(
        "--top", type=positive, default=50, metavar="N", help="speakers in the top table (50)"
    )
    r.add_argument("--no-charts", action="store_true", help="write report.html without charts")
    add_stances_option(r)
    add_batch_options(r, "parse")
    r.set_defaults(run=_report_command)


@attrs.frozen
class _Settings:
    outlet_field: str | None = None
    date_field: str | None = None
    outlet_from_folder: bool = False
    genders: tuple[tuple[str, str], ...] = ()
    stances: frozenset[newsmodel.Stance] = DEFAULT_STANCES


@attrs.frozen
class _Counted(_Outcome):
    """The outcome of one input: its facts, or why it failed."""

    facts: ArticleFacts | None = None


def _work(jobs: list[_Job], settings: _Settings) -> list[_Outcome]:
    """Parse and sum up a batch of jobs (in a worker, or in this process)."""
    return [_count(job, settings) for job in jobs]


def _count(job: _Job, settings: _Settings) -> _Outcome:
    genders = dict(settings.genders) or None

    def run(where: _Where) -> _Outcome:
        article, doc, ignored = job_article(
            job, where, genders=genders, read_line=_line_article, stances=settings.stances
        )
        outlet = month = None
        if doc is not None:
            outlet, month = _fields(doc, settings)
            wanted = {settings.outlet_field, settings.date_field}
            ignored = tuple(k for k in ignored if k not in wanted)
        elif settings.outlet_from_folder and len(job.parts) > 1:
            outlet = job.parts[0]
        return _Counted(
            where.name,
            where.parts,
            output="",
            quotations=len(article.quotations),
            warnings=tuple(where.warnings),
            ignored=ignored,
            facts=facts(article, outlet=outlet, month=month),
        )

    return attempt(job, run)


def _line_article(
    doc: dict[str, Any], genders: dict[str, str] | None, stances: frozenset[newsmodel.Stance]
) -> tuple[newsmodel.Article, tuple[str, ...]]:
    """The article of a JSON Lines line: parsed already (newsmodel's JSON, whose
    quotations stay as they were) or raw."""
    if doc.get("format") != "newsmodel":
        return _parse_item(doc, genders, stances)
    article = from_dict(doc)
    if "people" not in doc or genders:
        article = attrs.evolve(article, people=find_people(article, genders=genders))
    return article, ()


def _fields(doc: dict[str, Any], settings: _Settings) -> tuple[str | None, str | None]:
    outlet = month = None
    if settings.outlet_field:
        value = doc.get(settings.outlet_field)
        outlet = str(value) if isinstance(value, (str, int)) and str(value) else None
    if settings.date_field:
        value = doc.get(settings.date_field)
        month = month_of(value) if isinstance(value, str) else None
    return outlet, month


def _read_genders(path: str) -> tuple[tuple[str, str], ...]:
    """The rows of a name,gender CSV file (a header row "name,gender" is skipped)."""
    try:
        with open(path, encoding="utf-8-sig", newline="") as stream:
            rows = list(csv.reader(stream))
    except OSError as exc:
        raise _CommandError(f"{path}: {_os_reason(exc)}") from None
    except UnicodeDecodeError:
        raise _CommandError(f"{path}: not UTF-8 text") from None
    except csv.Error as exc:
        raise _CommandError(f"{path}: not CSV: {exc}") from None
    table: list[tuple[str, str]] = []
    known = {g.value for g in newsmodel.Gender}
    for number, row in enumerate(rows, 1):
        if not row or not "".join(row).strip() or (number == 1 and row[:2] == ["name", "gender"]):
            continue
        if len(row) != 2 or row[1].strip() not in known:
            raise _CommandError(
                f"{path}: line {number}: expected name,gender with gender one of "
                f"{', '.join(sorted(known))}, got {','.join(row)!r}"
            )
        table.append((row[0].strip(), row[1].strip()))
    return tuple(table)


def _summary(report: Report) -> str:
    lines = ["Who gets quoted", ""]
    for row in report.table("overview"):
        value = row["value"]
        shown = "-" if value is None else f"{value:.3f}" if isinstance(value, float) else value
        lines.append(f"  {row['figure']:<46} {shown}")
    lines += ["", f"  {'gender':<10} {'sources':>8} {'people':>8} {'quotations':>11} {'words':>8}"]
    for row in report.table("by_gender"):
        lines.append(
            f"  {row['gender']:<10} {row['sources']:>8} {row['people']:>8} "
            f"{row['quotations']:>11} {row['words']:>8}"
        )
    top = report.table("top_speakers")[:10]
    if top:
        lines += ["", "  top speakers (quotations, articles)"]
        for row in top:
            lines.append(
                f"  {row['rank']:>3}. {row['name']} ({row['gender']}, {row['role']}): "
                f"{row['quotations']}, {row['articles']}"
            )
    return "\n".join(lines) + "\n"


def _report_command(args: argparse.Namespace, report: Reporter) -> int:
    inputs: list[str] = args.inputs or ["-"]
    if not args.inputs and (sys.stdin is None or sys.stdin.isatty()):
        raise _CommandError("no input: give a CORPUS folder or file, or - to read standard input")
    genders = _read_genders(args.genders) if args.genders else ()
    settings = _Settings(
        args.outlet_field, args.date_field, args.outlet_from_folder, genders, args.stances
    )
    items = _expand(inputs, report)
    lines = [i.name for i in items if args.jsonl or _is_jsonl(i.name)]
    terminal = _is_terminal(report.stream or sys.stderr)
    show_bar = args.progress if args.progress is not None else terminal
    show_summary = args.summary if args.summary is not None else (terminal or bool(args.workers))
    progress = _Progress(report, None if lines else len(items), bar=show_bar)
    tally = Tally(top=args.top)
    warned: set[tuple[str, str]] = set()
    try:
        jobs = _jobs(items, report, html=args.html, jsonl=args.jsonl)
        outcomes: Iterator[_Outcome] = run_batches(
            functools.partial(_work, settings=settings),
            jobs,
            workers=args.workers or 1,
            batch_size=args.batch_size,
            crashed=_crashed,
        )
        for outcome in outcomes:
            for warning in outcome.warnings:
                report.warning(outcome.name, warning)
            _warn_ignored(outcome, warned, report)
            if isinstance(outcome, _Counted) and outcome.facts is not None:
                tally.add(outcome.facts)
            else:
                report.error(outcome.name, outcome.error or "failed")
            progress.advance(outcome)
    finally:
        progress.close()
    result = Report.from_tally(tally)
    if args.output_dir:
        _write(result, Path(args.output_dir), args.no_charts, report)
    else:
        out = _open_output(None)
        out.write(_summary(result))
        out.flush()
    if show_summary:
        report.say(progress.summary("inputs" if lines else "files"))
    return 1 if report.errors else 0


def _warn_ignored(outcome: _Outcome, warned: set[tuple[str, str]], report: Reporter) -> None:
    source = outcome.name.rsplit(" line ", 1)[0]
    new = [k for k in outcome.ignored if (source, k) not in warned]
    if new:
        warned.update((source, k) for k in new)
        keys = ", ".join(f'"{k}"' for k in new)
        report.warning(
            source,
            f"ignored {keys}; a line is read for {', '.join(ITEM_KEYS)} "
            "(name others with --outlet-field or --date-field)",
        )


def _write(result: Report, folder: Path, no_charts: bool, report: Reporter) -> None:
    with_charts = not no_charts
    if with_charts:
        try:
            import matplotlib  # noqa: F401
        except ImportError:
            report.warning(
                None,
                'report.html has no charts: they need matplotlib: pip install "newsmodel[charts]"',
            )
            with_charts = False
    try:
        result.write(folder, with_charts=with_charts)
    except OSError as exc:
        raise _CommandError(f"{exc.filename or folder}: {_os_reason(exc)}") from None
