"""Reading inputs: files, folders and standard input, decoded, as :class:`Source` items."""

from __future__ import annotations

import gzip
import io
import os
import sys
import zlib
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

import attrs

import newsmodel
from newsmodel._encodings import SNIFF_BYTES, byte_order_mark, sniff_utf16
from newsmodel.cli._common import (
    Reporter,
    _os_reason,
    _UnreadableError,
)
from newsmodel.quotes.engine import DEFAULT_STANCES

#: Files under a folder that ``parse`` reads as plain text (gzip-compressed or not).
TEXT_SUFFIXES = (".txt", ".txt.gz")


#: Files that ``parse`` reads as web pages, with :func:`newsmodel.parse_html`.
HTML_SUFFIXES = (".html", ".htm", ".html.gz", ".htm.gz")

#: The first bytes of gzip-compressed data.
GZIP_MAGIC = b"\x1f\x8b"

#: The most a gzip-compressed input may hold, as parse_html allows.
_MAX_UNPACKED = 64 * 1024 * 1024


#: Files that ``parse`` reads as JSON Lines of raw articles, one object a line.
JSONL_SUFFIXES = (".jsonl", ".jsonl.gz")


#: C0 control characters other than whitespace (and escape): a sign of binary data when
#: they make up more than a few per cent of a file.
_CONTROL_BYTES = bytes(b for b in range(0x20) if b not in b"\t\n\v\f\r\x1b")


_BINARY_CONTROL_SHARE = 0.03


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


def _decode_quietly(data: bytes) -> tuple[str, str | None]:
    """The text of an input file, and the warning to give, if any: the encoding a byte
    order mark names (UTF-8, -16 or -32; the mark dropped), ASCII in UTF-16 or -32 without
    a mark (told by its zero bytes), UTF-8, or else cp1252 or latin-1 with a warning.
    Binary data raises :class:`_UnreadableError`."""
    marked = byte_order_mark(data)
    skip, unicode = (len(marked[0]), marked[1]) if marked else (0, sniff_utf16(data[:SNIFF_BYTES]))
    if unicode is not None and unicode != "utf-8":
        try:
            return data[skip:].decode(unicode), None
        except UnicodeDecodeError:
            raise _UnreadableError(f"not text: a broken {unicode.upper()} file") from None
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


def _content(name: str, data: bytes, html: bool) -> tuple[str | bytes, bool, str | None]:
    """What to parse in an input's bytes: its content, whether it is a web page, and the
    warning to give, if any.

    gzip-compressed bytes are sniffed as parse_html sniffs them: a page (by its name,
    ``html``, or the markup it holds) goes to parse_html as it is, which unpacks it;
    text is unpacked and decoded. Nothing but white space is an error.
    """
    if data.startswith(GZIP_MAGIC):
        if html or name.lower().endswith(HTML_SUFFIXES):
            return data, True, None
        unpacked = _gunzip(data)
        if unpacked.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<"):
            return data, True, None
        data = unpacked
    if not data.strip():
        raise _UnreadableError("empty: there is no text to parse")
    if html:
        return data, True, None
    text, warning = _decode_quietly(data)
    if not text.strip():
        raise _UnreadableError("empty: there is no text to parse")
    return text, False, warning


def _gunzip(data: bytes) -> bytes:
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as unpacking:
            unpacked = unpacking.read(_MAX_UNPACKED + 1)
    except (OSError, EOFError, zlib.error) as exc:
        raise _UnreadableError(f"gzip-compressed, but corrupt: {exc}") from None
    if len(unpacked) > _MAX_UNPACKED:
        raise _UnreadableError(f"unpacks to more than {_MAX_UNPACKED >> 20} MB")
    return unpacked


def iter_sources(
    inputs: Sequence[str], report: Reporter, *, html: bool = False
) -> Iterator[Source]:
    """Each input's content, read one at a time; unreadable ones are reported and skipped.

    A folder stands for every ``.txt``, ``.html`` and ``.htm`` file under it (and
    ``.gz`` ones), in sorted order; ``-`` is standard input. ``html`` reads every input
    as a web page; gzip-compressed input is unpacked (see :func:`_content`).
    """
    yield from _sources(_expand(inputs, report), report, html=html)


def _sources(items: Iterable[_Input], report: Reporter, *, html: bool) -> Iterator[Source]:
    for item in items:
        is_html = html or (item.path is not None and item.name.lower().endswith(HTML_SUFFIXES))
        try:
            content, is_html, warning = _content(item.name, _read_bytes(item), is_html)
        except _UnreadableError as exc:
            report.error(item.name, str(exc))
            continue
        if warning is not None:
            report.warning(item.name, warning)
        yield Source(item.name, content, is_html, item.relative)


def parse_source(
    source: Source,
    genders: dict[str, str] | None = None,
    stances: frozenset[newsmodel.Stance] = DEFAULT_STANCES,
) -> newsmodel.Article:
    """Parse one input: a web page with :func:`newsmodel.parse_html`, text with
    :func:`newsmodel.parse_text` (``genders`` is their override table, ``stances`` the
    stances they report)."""
    if source.html:
        return newsmodel.parse_html(source.content, url=None, genders=genders, stances=stances)
    assert isinstance(source.content, str)
    return newsmodel.parse_text(source.content, genders=genders, stances=stances)
