"""The newsmodel command line.

``main(argv=None) -> int`` runs one subcommand and returns the exit status:

- ``newsmodel parse [FILE|DIR|-]... --to FORMAT``: parse plain-text articles (and
  web pages ending ``.html``/``.htm``) and write them in any writable format of the
  registry, or as an ``outline`` for people;
- ``newsmodel convert FILE --from FORMAT --to FORMAT``: read and write via the registry;
- ``newsmodel demo``: the structure of the built-in sample article;
- ``newsmodel formats``: the formats, with what each can read and write.

The command line uses only newsmodel's public API. It reads input as UTF-8; a file
in another 8-bit encoding is read as cp1252 (or latin-1) with a one-line warning
naming it. Every problem (an unreadable file, a malformed document) is one line
on stderr, ``newsmodel: error: <file>: <reason>``, and the exit status is 1 once
any input failed; the other inputs are still processed. Usage errors exit with 2.

Parsing runs as a pipeline of three steps, so that batch features can wrap any
of them: :func:`iter_sources` yields each input's name and content,
:func:`parse_source` turns one into an Article, and a :class:`Writer` writes
articles in the chosen format.
"""

from __future__ import annotations

import argparse
import io
import os
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import IO

import attrs

import newsmodel
from newsmodel.sample import sample_article

__all__ = [
    "CLI_OUTPUTS",
    "HTML_SUFFIXES",
    "TEXT_SUFFIXES",
    "Reporter",
    "Source",
    "Writer",
    "build_parser",
    "iter_sources",
    "main",
    "outline",
    "parse_source",
]

PROG = "newsmodel"
#: Files under a folder that ``parse`` reads as plain text.
TEXT_SUFFIXES = (".txt",)
#: Files that ``parse`` reads as web pages, with :func:`newsmodel.parse_html`.
HTML_SUFFIXES = (".html", ".htm")
#: The registry formats that hold many articles in one stream, one per line.
STREAM_FORMATS = frozenset({"jsonl"})
#: C0 control characters other than whitespace (and escape): a sign of binary data when
#: they make up more than a few per cent of a file.
_CONTROL_BYTES = bytes(b for b in range(0x20) if b not in b"\t\n\v\f\r\x1b")
_BINARY_CONTROL_SHARE = 0.03

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
  newsmodel convert story.json --from json --to outline
  newsmodel formats                                the formats and what each can do
"""


# ---------------------------------------------------------------------------
# Reporting


class Reporter:
    """Writes warnings and errors as single lines on stderr and counts them."""

    def __init__(self, stream: IO[str] | None = None) -> None:
        self.stream = stream
        self.errors = 0
        self.warnings = 0

    def _say(self, level: str, name: str | None, message: str) -> None:
        text = " ".join(message.split())
        where = f"{name}: " if name and not text.startswith(f"{name}:") else ""
        print(f"{PROG}: {level}: {where}{text}", file=self.stream or sys.stderr, flush=True)

    def warning(self, name: str | None, message: str) -> None:
        """Report something the user should know that did not stop the work."""
        self.warnings += 1
        self._say("warning", name, message)

    def error(self, name: str | None, message: str) -> None:
        """Report an input or step that failed."""
        self.errors += 1
        self._say("error", name, message)


class _CommandError(Exception):
    """A problem with the command as a whole: one line, exit status 1."""


# ---------------------------------------------------------------------------
# Reading inputs


@attrs.frozen
class Source:
    """One input: its name (a path as given, or ``<stdin>``) and its content.

    ``content`` is the decoded text of a plain-text article, or the bytes of a web
    page (``html`` is then true; :func:`newsmodel.parse_html` finds its encoding).
    ``relative`` is the path under the folder given on the command line.
    """

    name: str
    content: str | bytes
    html: bool = False
    relative: Path | None = None


@attrs.frozen
class _Input:
    name: str
    path: Path | None  # None for standard input
    relative: Path | None = None


class _UnreadableError(Exception):
    pass


def _expand(inputs: Sequence[str], report: Reporter) -> list[_Input]:
    """The inputs as single items: every article file under a folder, in sorted order."""
    items: list[_Input] = []
    for given in inputs:
        if given == "-":
            items.append(_Input("<stdin>", None))
            continue
        path = Path(given)
        if not path.is_dir():
            items.append(_Input(given, path, Path(path.name)))
            continue
        found: list[Path] = []

        def failed(exc: OSError, folder: str = given) -> None:
            report.error(exc.filename or folder, _os_reason(exc))

        for folder, dirs, files in os.walk(path, onerror=failed):
            dirs[:] = [d for d in dirs if not d.startswith(".")]
            for f in files:
                if not f.startswith(".") and f.lower().endswith(TEXT_SUFFIXES + HTML_SUFFIXES):
                    found.append(Path(folder, f))
        if not found:
            report.error(given, f"no {', '.join(TEXT_SUFFIXES + HTML_SUFFIXES)} files in it")
        found.sort(key=lambda p: p.relative_to(path).parts)
        items.extend(_Input(str(p), p, p.relative_to(path)) for p in found)
    return items


def _os_reason(exc: OSError) -> str:
    if isinstance(exc, FileNotFoundError):
        return "no such file or folder"
    if isinstance(exc, IsADirectoryError):
        return "is a folder, not a file"
    if isinstance(exc, PermissionError):
        return "permission denied"
    return exc.strerror or str(exc)


def _read_bytes(item: _Input) -> bytes:
    if item.path is None:
        if sys.stdin is None:
            raise _UnreadableError("there is no standard input")
        return sys.stdin.buffer.read()
    try:
        return item.path.read_bytes()
    except OSError as exc:
        raise _UnreadableError(_os_reason(exc)) from None


def _looks_binary(data: bytes) -> bool:
    if b"\x00" in data:
        return True
    controls = len(data) - len(data.translate(None, _CONTROL_BYTES))
    return controls > 3 and controls > _BINARY_CONTROL_SHARE * len(data)


def _decode(data: bytes, name: str, report: Reporter) -> str:
    """The text of an input file: UTF-8 (a BOM is dropped), UTF-16 with a BOM, or else
    cp1252 or latin-1 with a warning. Binary data raises :class:`_UnreadableError`."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise _UnreadableError("not text: a broken UTF-16 file") from None
    if _looks_binary(data):
        raise _UnreadableError("binary data, not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        for encoding in ("cp1252", "latin-1"):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                continue
            report.warning(
                name, f"not UTF-8 (byte {data[exc.start]:#04x} at {exc.start}); read as {encoding}"
            )
            return text
        raise AssertionError("latin-1 decodes any bytes") from None
    return text


def iter_sources(
    inputs: Sequence[str], report: Reporter, *, html: bool = False
) -> Iterator[Source]:
    """Each input's content, read one at a time; unreadable ones are reported and skipped.

    A folder stands for every ``.txt``, ``.html`` and ``.htm`` file under it, in
    sorted order; ``-`` is standard input. ``html`` reads every input as a web page.
    """
    yield from _sources(_expand(inputs, report), report, html=html)


def _sources(items: Iterable[_Input], report: Reporter, *, html: bool) -> Iterator[Source]:
    for item in items:
        is_html = html or (item.path is not None and item.name.lower().endswith(HTML_SUFFIXES))
        try:
            data = _read_bytes(item)
            content: str | bytes = data if is_html else _decode(data, item.name, report)
        except _UnreadableError as exc:
            report.error(item.name, str(exc))
            continue
        yield Source(item.name, content, is_html, item.relative)


def parse_source(source: Source) -> newsmodel.Article:
    """Parse one input: a web page with :func:`newsmodel.parse_html`, text with
    :func:`newsmodel.parse_text`."""
    if source.html:
        return newsmodel.parse_html(source.content, url=None)
    assert isinstance(source.content, str)
    return newsmodel.parse_text(source.content)


# ---------------------------------------------------------------------------
# Writing


def _clip(text: str, limit: int) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def outline(article: newsmodel.Article) -> str:
    """A readable outline of an article: its fields, paragraphs by kind, quotations, speakers."""
    lines: list[str] = []

    def field(label: str, value: object) -> None:
        lines.append(f"{label:<13} {'-' if value in (None, '', ()) else value}")

    field("Headline", article.headline)
    d = article.dateline
    if d is None:
        field("Dateline", None)
    else:
        parts = [
            f"{k}: {v}"
            for k, v in (("place", d.location), ("source", d.source), ("date", d.date))
            if v
        ]
        field("Dateline", f"{_clip(d.text, 50)}" + (f"  [{'; '.join(parts)}]" if parts else ""))
    b = article.byline
    field(
        "Byline",
        None
        if b is None
        else _clip(b.text, 60) + (f"  [organisation: {b.organisation}]" if b.organisation else ""),
    )
    field("Authors", "; ".join(article.authors))
    field("Contributors", "; ".join(article.contributors))
    field("Published", article.published.isoformat() if article.published else None)
    field("Modified", article.modified.isoformat() if article.modified else None)
    field("URL", article.url)
    field("Language", article.language)

    kinds: dict[str, int] = {}
    for p in article.paragraphs:
        kinds[p.kind.value] = kinds.get(p.kind.value, 0) + 1
    summary = ", ".join(f"{n} {k}" for k, n in kinds.items())
    lines.append("")
    lines.append(f"Paragraphs ({len(article.paragraphs)}{': ' + summary if summary else ''})")
    for i, p in enumerate(article.paragraphs):
        lines.append(
            f"  {i:>3}  {p.kind.value:<12} {_plural(len(p.sentences), 'sentence'):<12} {_clip(p.text, 60)}"
        )

    lines.append("")
    lines.append(f"Quotations ({len(article.quotations)})")
    for i, q in enumerate(article.quotations):
        where = f"¶{q.paragraph}" if q.paragraph is not None else "¶-"
        a = q.attribution
        if a is None:
            who, cue = "(nobody)", "-"
        else:
            s = a.speaker
            mention = f', "{s.mention.text}"' if s.mention and s.mention.text != s.name else ""
            who = f"{s.name} ({s.kind.value}{mention})"
            cue = a.cue.text if a.cue else "-"
        lines.append(
            f"  {i:>3}  {q.kind.value:<9} {where:<5} {_clip(who, 30):<30} {_clip(cue, 10):<10} {_clip(q.text, 40)}"
        )

    speakers = article.speakers
    lines.append("")
    lines.append(f"Speakers ({len(speakers)})")
    for sp in speakers:
        about = "; ".join(x for x in (sp.title, sp.description) if x)
        lines.append(
            f"  {sp.name} ({sp.kind.value}): {_plural(len(sp.quotations), 'quotation')}"
            + (f"; {_clip(about, 60)}" if about else "")
        )
    return "\n".join(lines) + "\n"


def _plain_text(article: newsmodel.Article) -> str:
    """The article's paragraphs as plain text, separated by blank lines."""
    texts = [p.text for p in article.paragraphs]
    has_headline = any(p.kind is newsmodel.ParagraphKind.HEADLINE for p in article.paragraphs)
    if article.headline and not has_headline and (not texts or texts[0] != article.headline):
        texts.insert(0, article.headline)
    return "\n\n".join(texts) + "\n"


def _cli_outputs() -> dict[str, tuple[str, Callable[[newsmodel.Article], str]]]:
    """Outputs the command line writes beyond the registry: name -> (description, writer)."""
    outputs: dict[str, tuple[str, Callable[[newsmodel.Article], str]]] = {
        "outline": ("a readable outline of the structure, for people", outline)
    }
    if "text" not in newsmodel.formats:
        outputs["text"] = ("the paragraphs as plain text, separated by blank lines", _plain_text)
    return outputs


#: Names of the outputs only the command line writes (``outline``, and ``text`` until
#: a registry format of that name exists).
CLI_OUTPUTS = ("outline", "text")


def _writable() -> list[str]:
    names = {n for n, f in newsmodel.formats.items() if f.can_write}
    return sorted(names | set(_cli_outputs()))


def _readable() -> list[str]:
    return sorted(n for n, f in newsmodel.formats.items() if f.can_read)


class Writer:
    """Writes articles in one output format to a stream, or one file each to a folder."""

    def __init__(
        self,
        name: str,
        stream: IO[str] | None = None,
        folder: Path | None = None,
        *,
        indent: int | None = None,
    ) -> None:
        self.name = name
        self.stream = stream
        self.folder = folder
        self.indent = indent
        self.written = 0
        self._files: dict[Path, str] = {}
        cli = _cli_outputs().get(name)
        self._cli_writer = cli[1] if cli else None

    @property
    def streams_many(self) -> bool:
        """Whether many articles can follow one another in one stream of this format."""
        return self.name in STREAM_FORMATS

    @property
    def extension(self) -> str:
        if self.name in newsmodel.formats:
            return newsmodel.formats[self.name].extension
        return ".txt"

    def render(self, article: newsmodel.Article) -> str:
        """The article in this writer's format, ending with a newline."""
        if self._cli_writer is not None:
            out = self._cli_writer(article)
        elif self.name == "json" and self.indent is not None:
            out = newsmodel.dumps(article, format="json", indent=self.indent)
        else:
            out = newsmodel.dumps(article, format=self.name)
        return out if out.endswith("\n") else out + "\n"

    def write(self, article: newsmodel.Article, source: Source | None = None) -> None:
        """Write one article (to the folder, under the name of its source)."""
        out = self.render(article)
        if self.folder is None:
            assert self.stream is not None
            self.stream.write(out)
        else:
            relative = source.relative if source and source.relative else Path("stdin")
            target = self.folder / relative.with_suffix(self.extension)
            earlier = self._files.get(target)
            if earlier is not None:
                raise _UnreadableError(f"would overwrite {target}, written for {earlier}")
            target.parent.mkdir(parents=True, exist_ok=True)
            with open(target, "w", encoding="utf-8", newline="") as f:
                f.write(out)
            self._files[target] = source.name if source else "<stdin>"
        self.written += 1


# ---------------------------------------------------------------------------
# Commands


def _open_output(path: str | None) -> IO[str]:
    if path is None or path == "-":
        stream = sys.stdout
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None and (stream.encoding or "").lower().replace("-", "") != "utf8":
            reconfigure(encoding="utf-8")
        return stream
    try:
        return open(path, "w", encoding="utf-8", newline="")
    except OSError as exc:
        raise _CommandError(f"{path}: {_os_reason(exc)}") from None


def _parse_command(args: argparse.Namespace, report: Reporter) -> int:
    inputs: list[str] = args.inputs or ["-"]
    if not args.inputs and (sys.stdin is None or sys.stdin.isatty()):
        raise _CommandError("no input: give a FILE, a DIR, or - to read standard input")
    items = _expand(inputs, report)
    folder = Path(args.output_dir) if args.output_dir else None
    writer_name: str = args.to
    if len(items) > 1 and folder is None and writer_name not in STREAM_FORMATS:
        raise _CommandError(
            f"--to {writer_name} writes one article, but the input holds {len(items)} files: "
            "use --to jsonl for one article per line, or --output-dir DIR for one file each"
        )
    stream = None if folder is not None else _open_output(args.output)
    try:
        writer = Writer(writer_name, stream, folder, indent=args.indent)
        for source in _sources(items, report, html=args.html):
            try:
                article = parse_source(source)
                writer.write(article, source)
            except (newsmodel.NewsmodelError, _UnreadableError) as exc:
                report.error(source.name, str(exc))
            except BrokenPipeError:
                raise
            except OSError as exc:
                report.error(str(exc.filename or source.name), _os_reason(exc))
            except Exception as exc:  # a bug: still one line, and the other inputs go on
                report.error(source.name, f"internal error, please report it: {exc!r}")
    finally:
        if stream is not None and stream is not sys.stdout:
            stream.close()
    return 1 if report.errors else 0


def _convert_command(args: argparse.Namespace, report: Reporter) -> int:
    name = "<stdin>" if args.input == "-" else args.input
    item = _Input(name, None if args.input == "-" else Path(args.input))
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
    widths = [max(len(r[i]) for r in rows) for i in range(4)]
    out = _open_output(None)
    for row in rows:
        cells = [cell.ljust(width) for cell, width in zip(row[:4], widths, strict=True)]
        out.write("  ".join([*cells, row[4]]).rstrip() + "\n")
    return 0


# ---------------------------------------------------------------------------
# The parser of the command line


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
            "pages (.html/.htm, which need newsmodel[html]). A DIR stands for every .txt,\n"
            ".html and .htm file under it, in sorted order; - reads standard input.\n"
            "Several articles go out as JSON Lines (--to jsonl) or as one file each\n"
            "(--output-dir DIR); a one-article format with several inputs is an error."
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
        "--indent", type=int, default=None, metavar="N", help="pretty-print JSON with N spaces"
    )
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

    f = commands.add_parser("formats", help="list the formats and what each can read and write")
    f.set_defaults(run=_formats_command)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with ``argv`` (default: ``sys.argv[1:]``); returns the exit status."""
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
    except KeyboardInterrupt:
        print(f"{PROG}: interrupted", file=sys.stderr)
        return 130
    return 1
