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

Batches: ``parse`` also reads JSON Lines files of raw articles (one object a line
with ``"text"`` and optional ``"headline"``, ``"url"``, ``"published"``,
``"language"``, ``"id"``), runs on several processes with ``--workers N`` (each
worker reads, decodes, parses and renders its inputs, the parent only writes, in
input order), shows a progress bar on stderr when stderr is a terminal, and closes
with a summary line.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import functools
import gzip
import io
import json
import os
import sys
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import IO, Any

import attrs
import regex

import newsmodel
from newsmodel.batch import WORKER_DIED, run_batches
from newsmodel.sample import sample_article

__all__ = [
    "CLI_OUTPUTS",
    "HTML_SUFFIXES",
    "ITEM_KEYS",
    "JSONL_SUFFIXES",
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
#: Files that ``parse`` reads as JSON Lines of raw articles, one object a line.
JSONL_SUFFIXES = (".jsonl", ".jsonl.gz")
#: The keys of a raw article in a JSON Lines input; ``text`` is required.
ITEM_KEYS = ("text", "headline", "url", "published", "language", "id")
#: The registry formats that hold many articles in one stream, one per line.
STREAM_FORMATS = frozenset({"jsonl"})
#: An item id as a file name under --output-dir: anything but these becomes "_" (a dot
#: too, which the format's suffix would replace).
_UNSAFE_NAME_RE = regex.compile(r"[^\w-]+")
#: A trailing "Z" for UTC, which datetime.fromisoformat reads only from Python 3.11 on.
_UTC_Z_RE = regex.compile(r"(?<=\d)[Zz]$")
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
  newsmodel parse corpus/ --to jsonl --workers 4 > articles.jsonl
                                                   on 4 processes, with a progress bar
  newsmodel parse items.jsonl --to jsonl           raw articles, one JSON object a line
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
        #: A progress bar on the same stream, cleared around each message (a tqdm bar).
        self.bar: Any = None

    def _say(self, level: str, name: str | None, message: str) -> None:
        text = " ".join(message.split())
        where = f"{name}: " if name and not text.startswith(f"{name}:") else ""
        self.say(f"{PROG}: {level}: {where}{text}")

    def say(self, line: str) -> None:
        """Write one line (beside the progress bar, if there is one)."""
        stream = self.stream or sys.stderr
        if self.bar is not None:
            self.bar.write(line, file=stream)
        else:
            print(line, file=stream, flush=True)

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
    """One input as named on the command line or found in a folder. Paths are kept as
    strings and made :class:`Path` objects only when used: a folder may hold millions."""

    name: str
    location: str | None  # None for standard input
    parts: tuple[str, ...] = ()  # its path under the folder given, part by part

    @property
    def path(self) -> Path | None:
        return None if self.location is None else Path(self.location)

    @property
    def relative(self) -> Path | None:
        return Path(*self.parts) if self.parts else None


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
            items.append(_Input(given, given, (path.name,)))
            continue
        found: list[tuple[tuple[str, ...], str]] = []

        def failed(exc: OSError, folder: str = given) -> None:
            report.error(exc.filename or folder, _os_reason(exc))

        suffixes = TEXT_SUFFIXES + HTML_SUFFIXES
        for folder, dirs, files in os.walk(path, onerror=failed):
            dirs[:] = [d for d in dirs if not d.startswith(".")]
            base = Path(folder)
            under = base.relative_to(path).parts
            name = str(base)
            for f in files:
                if not f.startswith(".") and f.lower().endswith(suffixes):
                    found.append(((*under, f), os.path.join(name, f)))
        if not found:
            report.error(given, f"no {', '.join(suffixes)} files in it")
        found.sort()
        items.extend(_Input(name, name, parts) for parts, name in found)
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
    text, warning = _decode_quietly(data)
    if warning is not None:
        report.warning(name, warning)
    return text


def _decode_quietly(data: bytes) -> tuple[str, str | None]:
    """:func:`_decode` without a reporter: the text, and the warning to give, if any."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), None
        except UnicodeDecodeError:
            raise _UnreadableError("not text: a broken UTF-16 file") from None
    if _looks_binary(data):
        raise _UnreadableError("binary data, not text")
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError as exc:
        for encoding in ("cp1252", "latin-1"):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                continue
            byte = data[exc.start]
            return text, f"not UTF-8 (byte {byte:#04x} at {exc.start}); read as {encoding}"
        raise AssertionError("latin-1 decodes any bytes") from None


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
        if source is None:
            self.put(self.render(article))
        else:
            self.put(self.render(article), source.name, source.relative)

    def put(self, out: str, name: str = "<stdin>", relative: Path | None = None) -> None:
        """Write one article already rendered (to the folder, under ``relative``)."""
        if self.folder is None:
            assert self.stream is not None
            self.stream.write(out)
        else:
            target = self.folder / (relative or Path("stdin")).with_suffix(self.extension)
            earlier = self._files.get(target)
            if earlier is not None:
                raise _UnreadableError(f"would overwrite {target}, written for {earlier}")
            target.parent.mkdir(parents=True, exist_ok=True)
            with open(target, "w", encoding="utf-8", newline="") as f:
                f.write(out)
            self._files[target] = name
        self.written += 1


# ---------------------------------------------------------------------------
# Batches: the work on one input, run here or in worker processes


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


@attrs.frozen
class _Settings:
    to: str
    indent: int | None = None


#: Whether workers read their files themselves (True) or the parent reads them and
#: sends the bytes. On BBC from a local disk the two take the same wall time, but the
#: parent works a fifth less when the workers read (bench/speed.py cli), and the waits
#: of a slow or network file system overlap.
_READ_IN_WORKERS = True


def _work(jobs: list[_Job], settings: _Settings) -> list[_Outcome]:
    """Read, decode, parse and render a batch of jobs (in a worker, or in this process)."""
    writer = _writer(settings)
    return [_work_one(job, writer) for job in jobs]


@functools.lru_cache(maxsize=8)
def _writer(settings: _Settings) -> Writer:
    return Writer(settings.to, indent=settings.indent)


def _work_one(job: _Job, writer: Writer) -> _Outcome:
    name, parts = job.name, job.parts
    warnings: list[str] = []
    ignored: tuple[str, ...] = ()
    try:
        if job.line is not None:
            doc, name, parts = _line_item(job)
            article, ignored = _parse_item(doc)
        else:
            data = job.data
            if data is None:
                data = _read_bytes(_Input(job.name, job.location))
            content: str | bytes = data
            if not job.html:
                content, warning = _decode_quietly(data)
                if warning is not None:
                    warnings.append(warning)
            article = parse_source(Source(job.name, content, job.html))
        output = writer.render(article)
    except (newsmodel.NewsmodelError, _UnreadableError) as exc:
        return _Outcome(name, parts, error=str(exc), warnings=tuple(warnings))
    except OSError as exc:
        return _Outcome(name, parts, error=_os_reason(exc), warnings=tuple(warnings))
    except Exception as exc:  # a bug: still one line, and the other inputs go on
        error = f"internal error, please report it: {exc!r}"
        return _Outcome(name, parts, error=error, warnings=tuple(warnings))
    return _Outcome(name, parts, output, None, len(article.quotations), tuple(warnings), ignored)


def _crashed(job: _Job) -> _Outcome:
    """The outcome of a job whose worker process died under it."""
    return _Outcome(job.name, job.parts, error=WORKER_DIED)


def _line_item(job: _Job) -> tuple[dict[str, Any], str, tuple[str, ...]]:
    """The object on one line of a JSON Lines input, its name for messages (with its
    id) and its path under --output-dir (its id, or its line number)."""
    assert job.line is not None
    try:
        doc = json.loads(job.line)
    except json.JSONDecodeError as exc:
        raise _UnreadableError(f"malformed JSON at column {exc.colno}: {exc.msg}") from None
    except (UnicodeDecodeError, RecursionError):
        raise _UnreadableError("not a JSON object: not UTF-8, or nested too deeply") from None
    if not isinstance(doc, dict):
        raise _UnreadableError(f'expected a JSON object with a "text", got {_json_type(doc)}')
    name, parts = job.name, job.parts
    ident = doc.get("id")
    if isinstance(ident, (str, int)) and not isinstance(ident, bool) and str(ident):
        name = f"{name} (id {ident})"
        parts = (*parts[:-1], _UNSAFE_NAME_RE.sub("_", str(ident))[:100])
    return doc, name, parts


def _parse_item(doc: dict[str, Any]) -> tuple[newsmodel.Article, tuple[str, ...]]:
    """Parse one raw article of a JSON Lines input; also the keys that were ignored."""
    ident = doc.get("id")
    if ident is not None and (isinstance(ident, bool) or not isinstance(ident, (str, int))):
        raise _UnreadableError(f'"id" must be a string or an integer, got {_json_type(ident)}')
    if doc.get("format") == "newsmodel" and "paragraphs" in doc:
        raise _UnreadableError(
            "an article newsmodel parsed already: read it with newsmodel convert --from jsonl"
        )
    text = doc.get("text")
    if not isinstance(text, str):
        what = "missing" if text is None else f"a {_json_type(text)}, not a string"
        raise _UnreadableError(f'"text" is {what}')
    fields: dict[str, str | None] = {}
    for key in ("headline", "url", "published", "language"):
        value = doc.get(key)
        if value is not None and not isinstance(value, str):
            raise _UnreadableError(f'"{key}" must be a string, got {_json_type(value)}')
        fields[key] = value
    published = None
    if fields["published"]:
        try:
            published = dt.datetime.fromisoformat(_UTC_Z_RE.sub("+00:00", fields["published"]))
        except ValueError:
            raise _UnreadableError(
                f'"published" is not an ISO 8601 date: {fields["published"]!r}'
            ) from None
    article = newsmodel.parse_text(
        text,
        headline=fields["headline"],
        url=fields["url"],
        published=published,
        language=fields["language"] or "en",
    )
    return article, tuple(sorted(k for k in doc if k not in ITEM_KEYS))


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


def _is_terminal(stream: IO[str] | None) -> bool:
    try:
        return stream is not None and stream.isatty()
    except (AttributeError, ValueError):
        return False


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
    workers: int = args.workers or 1
    items = _expand(inputs, report)
    folder = Path(args.output_dir) if args.output_dir else None
    writer_name: str = args.to
    lines = [i.name for i in items if args.jsonl or _is_jsonl(i.name)]
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
        work = functools.partial(_work, settings=_Settings(writer_name, args.indent))
        outcomes = run_batches(
            work, jobs, workers=workers, batch_size=args.batch_size, crashed=_crashed
        )
        for outcome in outcomes:
            for warning in outcome.warnings:
                report.warning(outcome.name, warning)
            if outcome.ignored:
                _warn_ignored(outcome, warned, report)
            if outcome.output is None:
                report.error(outcome.name, outcome.error or "failed")
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
        if stream is not None and stream is not sys.stdout:
            stream.close()
    if show_summary:
        report.say(progress.summary("inputs" if lines else "files"))
    return 1 if report.errors else 0


def _warn_ignored(outcome: _Outcome, warned: dict[str, set[str]], report: Reporter) -> None:
    """Warn once per JSON Lines input about each key it holds that newsmodel does not read."""
    source = outcome.name.rsplit(" line ", 1)[0]
    new = [k for k in outcome.ignored if k not in warned.setdefault(source, set())]
    if new:
        warned[source].update(new)
        keys = ", ".join(f'"{k}"' for k in new)
        report.warning(
            source,
            f"ignored {keys} (first at {outcome.name.removeprefix(source + ' ')}); "
            f"a line is read for {', '.join(ITEM_KEYS)}",
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
    widths = [max(len(r[i]) for r in rows) for i in range(4)]
    out = _open_output(None)
    for row in rows:
        cells = [cell.ljust(width) for cell, width in zip(row[:4], widths, strict=True)]
        out.write("  ".join([*cells, row[4]]).rstrip() + "\n")
    return 0


# ---------------------------------------------------------------------------
# The parser of the command line


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {value!r}") from None
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {number}")
    return number


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
        '"language", "id"',
    )
    p.add_argument(
        "--indent", type=int, default=None, metavar="N", help="pretty-print JSON with N spaces"
    )
    batch = p.add_argument_group("batches")
    batch.add_argument(
        "-w",
        "--workers",
        type=_positive,
        default=None,
        metavar="N",
        help="parse on N worker processes (default: 1, in this process); output stays in "
        "input order",
    )
    batch.add_argument(
        "--batch-size",
        type=_positive,
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
    except OSError as exc:  # the system refused something: worker processes, a pipe
        report.error(exc.filename, _os_reason(exc))
    return 1
