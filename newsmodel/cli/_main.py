"""The parser of the command line, and :func:`main`."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence

import newsmodel
from newsmodel.cli._batch import ITEM_KEYS, add_batch_options, add_stances_option
from newsmodel.cli._commands import (
    _convert_command,
    _demo_command,
    _formats_command,
    _parse_command,
)
from newsmodel.cli._common import (
    PROG,
    Reporter,
    _CommandError,
    _os_reason,
)
from newsmodel.cli._outputs import (
    _readable,
    _writable,
)
from newsmodel.cli._report import add_report_parser

_EXAMPLES = """\
examples:
  newsmodel demo                                   what newsmodel finds in its sample article
  newsmodel parse story.txt                        one article as newsmodel JSON
  newsmodel parse story.txt --to outline           its structure, for people
  newsmodel parse corpus/ --to jsonl -o corpus.jsonl
                                                   every .txt/.html under corpus/, one per line
  newsmodel parse corpus/ --to json --output-dir out/
                                                   one JSON file per article
  cat story.txt | newsmodel parse - --to text      read standard input
  newsmodel parse corpus/ --to jsonl --workers 4 > articles.jsonl
                                                   on 4 processes, with a progress bar
  newsmodel parse items.jsonl --to jsonl           raw articles, one JSON object a line
  newsmodel convert story.json --from json --to outline
  newsmodel formats                                the formats and what each can do
"""


def build_parser() -> argparse.ArgumentParser:
    """The argument parser; format choices come from the registry as it is now."""
    writable = _writable()
    parser = argparse.ArgumentParser(
        prog=PROG,
        description=(
            "Turn news articles (plain text, web pages) into typed structure: headline,\n"
            "dateline, byline, paragraphs by kind, sentences, and quotations with their\n"
            "speakers; write them as JSON, JSON Lines or any other registered format."
        ),
        epilog=_EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {newsmodel.__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    p = commands.add_parser(
        "parse",
        help="parse articles and write them in a format",
        description=(
            "Parse plain-text articles (UTF-8; cp1252 or latin-1 with a warning) and web\n"
            "pages (.html/.htm, which need newsmodel[html]), gzip-compressed or not. A DIR\n"
            "stands for every .txt, .html and .htm file (and .gz) under it, in sorted\n"
            "order; - reads standard input.\n"
            "A .jsonl file holds raw articles, one JSON object a line (see --jsonl).\n"
            "Several articles go out as JSON Lines (--to jsonl) or as one file each\n"
            "(--output-dir DIR); a one-article format with several inputs is an error.\n"
            "--workers N parses on N processes; the output keeps the input order."
        ),
        epilog=_EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("inputs", nargs="*", metavar="FILE|DIR|-", help="what to parse (default: -)")
    p.add_argument(
        "--to",
        choices=writable,
        default="json",
        metavar="FORMAT",
        help=f"output format: {', '.join(writable)} (default: json)",
    )
    p.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of stdout")
    p.add_argument(
        "--output-dir",
        metavar="DIR",
        help="write one file per article under DIR, named after its input",
    )
    p.add_argument(
        "--html",
        action="store_true",
        help="read every input as a web page (.html/.htm files always are)",
    )
    p.add_argument(
        "--jsonl",
        action="store_true",
        help="read every input as JSON Lines of raw articles (.jsonl files always are): "
        'one object a line with "text" and any of "headline", "url", "published", '
        '"language", "id" (other keys with --text-key KEY and the like)',
    )
    p.add_argument(
        "--indent", type=int, default=None, metavar="N", help="pretty-print JSON with N spaces"
    )
    lines = p.add_argument_group("JSON Lines input")
    for field in ITEM_KEYS:
        lines.add_argument(
            f"--{field}-key",
            default=field,
            metavar="KEY",
            help=f'read "{field}" from the key KEY of each line (default: {field})',
        )
    add_stances_option(p)
    add_batch_options(p, "parse")
    p.set_defaults(run=_parse_command)

    readable = _readable()
    c = commands.add_parser(
        "convert",
        help="convert an article from one format to another",
        description="Read a document in one registered format and write it in another.",
        epilog="example:\n  newsmodel convert story.json --from json --to outline",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    c.add_argument("input", metavar="FILE|-", help="the document to read (- for stdin)")
    c.add_argument(
        "--from",
        dest="source_format",
        required=True,
        choices=readable,
        metavar="FORMAT",
        help=f"its format: {', '.join(readable)}",
    )
    c.add_argument(
        "--to",
        required=True,
        choices=writable,
        metavar="FORMAT",
        help=f"output format: {', '.join(writable)}",
    )
    c.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of stdout")
    c.add_argument(
        "--indent", type=int, default=None, metavar="N", help="pretty-print JSON with N spaces"
    )
    c.set_defaults(run=_convert_command)

    d = commands.add_parser(
        "demo",
        help="show what newsmodel finds in its built-in sample article",
        description="Parse the built-in sample article (an invented story) and show its structure.",
    )
    d.add_argument(
        "--to",
        choices=writable,
        default="outline",
        metavar="FORMAT",
        help=f"output format: {', '.join(writable)} (default: outline)",
    )
    d.add_argument(
        "--indent", type=int, default=None, metavar="N", help="pretty-print JSON with N spaces"
    )
    d.set_defaults(run=_demo_command)

    add_report_parser(commands)

    f = commands.add_parser("formats", help="list the formats and what each can read and write")
    f.set_defaults(run=_formats_command)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with ``argv`` (default: ``sys.argv[1:]``); returns the exit status."""
    try:
        return _main(argv)
    except KeyboardInterrupt:  # Ctrl-C, from the parsing of the arguments to the last line
        print(f"{PROG}: interrupted", file=sys.stderr)
        return 130


def _main(argv: Sequence[str] | None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help, --version, usage errors
        return exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 2)
    report = Reporter()
    run: Callable[[argparse.Namespace, Reporter], int] = args.run
    try:
        return run(args, report)
    except _CommandError as exc:
        report.error(None, str(exc))
    except newsmodel.NewsmodelError as exc:
        report.error(getattr(args, "input", None), str(exc))
    except BrokenPipeError:
        # The reader went away (`newsmodel parse corpus/ --to jsonl | head`): stop quietly.
        try:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        except (OSError, ValueError, AttributeError):  # stdout is no real file
            pass
        return 1
    except OSError as exc:  # the system refused something: worker processes, a pipe
        report.error(exc.filename, _os_reason(exc))
    return 1
