"""JSON Lines: one newsmodel JSON article per line, streamed both ways.

:func:`write_jsonl` writes articles from any iterable as it goes, and
:func:`read_jsonl` yields them one line at a time, so a corpus of any size passes
through in bounded memory. Both take a path (``str`` or :class:`os.PathLike`; a
name ending ``.gz`` is gzip-compressed) or a file object opened in text or binary
mode. Each line is a document of the ``json`` format (see :mod:`newsmodel.io.json`).

The ``jsonl`` format in the registry writes one article as one line, ending with a
newline, and reads a text holding exactly one article.
"""

from __future__ import annotations

import contextlib
import gzip
import io
import json
import os
import zlib
from collections.abc import Iterable, Iterator
from typing import IO, Any, cast

from newsmodel._encodings import SNIFF_BYTES, byte_order_mark, sniff_utf16
from newsmodel.errors import FormatError, InputError
from newsmodel.io._input import Document, document, file_name, json_failure, read_error
from newsmodel.io.json import dumps as _json_dumps
from newsmodel.io.json import from_dict
from newsmodel.io.registry import FormatInfo, register
from newsmodel.model import Article

__all__ = ["dumps", "loads", "read_jsonl", "write_jsonl"]

PathOrFile = str | os.PathLike[str] | IO[str] | IO[bytes]

_FORMAT = "jsonl"


def _line(article: Article, ensure_ascii: bool) -> str:
    if not isinstance(article, Article):
        raise TypeError(f"write_jsonl() writes Articles, not {type(article).__name__}")
    line = _json_dumps(article, ensure_ascii=ensure_ascii)
    if not ensure_ascii:
        try:
            line.encode("utf-8")
        except UnicodeEncodeError:  # a lone surrogate: escape it so the line stays UTF-8
            line = _json_dumps(article, ensure_ascii=True)
    return line + "\n"


def _open(path: str | os.PathLike[str], mode: str) -> IO[bytes]:
    if os.fspath(path).endswith(".gz"):
        return cast("IO[bytes]", gzip.open(path, mode))
    return open(path, mode)


def _is_binary(stream: IO[Any]) -> bool:
    return isinstance(stream, (io.RawIOBase, io.BufferedIOBase)) or "b" in getattr(
        stream, "mode", ""
    )


def write_jsonl(
    articles: Iterable[Article], target: PathOrFile, *, ensure_ascii: bool = False
) -> int:
    """Write ``articles`` one per line to ``target``; returns how many were written.

    A path is created or overwritten (UTF-8, ``\\n`` line ends); a file object is
    written to and left open. Articles are taken from the iterable one at a time.
    """
    with contextlib.ExitStack() as stack:
        binary: IO[bytes] | None = None
        text: IO[str] | None = None
        if isinstance(target, (str, os.PathLike)):
            binary = stack.enter_context(_open(target, "wb"))
        elif _is_binary(target):
            binary = cast("IO[bytes]", target)
        else:
            text = cast("IO[str]", target)
        count = 0
        for article in articles:
            line = _line(article, ensure_ascii)
            if binary is not None:
                binary.write(line.encode("utf-8"))
            elif text is not None:
                text.write(line)
            count += 1
        return count


def _source_name(source: object) -> str | None:
    if isinstance(source, (str, os.PathLike)):
        return _clip(source)
    return file_name(source)


def _where(number: int, name: str | None, inner: str | None = None) -> str:
    where = f"line {number}" + (f" of {name}" if name else "")
    return f"{where}, {inner}" if inner else where


def _article(line: str | bytes, number: int, name: str | None) -> Article | None:
    if isinstance(line, bytes):
        other = _other_unicode(line) if number == 1 else None
        if other is not None:
            raise FormatError(
                f"JSON Lines are UTF-8, and these bytes are {other}",
                format=_FORMAT,
                where=_where(number, name),
            )
        try:
            line = line.decode("utf-8-sig" if number == 1 else "utf-8")
        except UnicodeDecodeError as exc:
            raise FormatError(
                f"not UTF-8: {exc.reason}", format=_FORMAT, where=_where(number, name)
            ) from None
    elif number == 1:
        line = line.removeprefix("\ufeff")
    if not line.strip():
        return None
    try:
        doc = json.loads(line)
    except json.JSONDecodeError as exc:
        raise FormatError(
            f"malformed JSON at column {exc.colno}: {exc.msg}",
            format=_FORMAT,
            where=_where(number, name),
        ) from None
    except RecursionError:
        raise FormatError(
            "malformed JSON: nested too deeply", format=_FORMAT, where=_where(number, name)
        ) from None
    except ValueError as exc:  # a number too long for Python
        raise FormatError(json_failure(exc), format=_FORMAT, where=_where(number, name)) from None
    try:
        return from_dict(doc)
    except FormatError as exc:
        prefix = exc.format + (f" at {exc.where}" if exc.where else "") + ": "
        message = str(exc).removeprefix(prefix)
        raise FormatError(message, format=_FORMAT, where=_where(number, name, exc.where)) from None


def _other_unicode(first: bytes) -> str | None:
    """The encoding other than UTF-8 that the first line's byte order mark names, or that
    its zero bytes show (ASCII in UTF-16 or UTF-32), or None."""
    marked = byte_order_mark(first)
    encoding = marked[1] if marked is not None else sniff_utf16(first[:SNIFF_BYTES])
    return None if encoding in (None, "utf-8") else encoding.upper()


def read_jsonl(source: PathOrFile | bytes | bytearray | memoryview) -> Iterator[Article]:
    """Yield the articles of ``source``, one line at a time.

    ``source`` is a path (``str`` or :class:`os.PathLike`; a name ending ``.gz`` is
    gzip-compressed), a file object opened in text or binary mode, or the JSON Lines
    themselves as ``bytes`` (or a bytearray or memoryview). Blank lines are skipped.
    A line that is no newsmodel JSON document raises
    :class:`~newsmodel.errors.FormatError` naming its line number (and the file,
    when it has a name), after the articles before it were yielded; a file that
    cannot be opened or read raises :class:`~newsmodel.errors.InputError`. A path is
    opened when iteration starts and closed when it ends.
    """
    name = _source_name(source)
    with contextlib.ExitStack() as stack:
        lines: Iterable[str | bytes]
        if isinstance(source, (bytes, bytearray, memoryview)):
            lines = io.BytesIO(source)
        elif isinstance(source, (str, os.PathLike)):
            lines = stack.enter_context(_open_for_reading(source))
        else:
            lines = source
        for number, line in _numbered(lines, name):
            article = _article(line, number, name)
            if article is not None:
                yield article


def _numbered(lines: Iterable[str | bytes], name: str | None) -> Iterator[tuple[int, str | bytes]]:
    """The lines of a file with their numbers; a file that cannot be read is an
    InputError, one that its encoding cannot decode a FormatError."""
    number = 0
    try:
        for number, line in enumerate(lines, 1):
            yield number, line
    except UnicodeDecodeError as exc:  # a text file in another encoding
        where = f"after line {number}" + (f" of {name}" if name else "")
        raise FormatError(
            f"not {exc.encoding}: {exc.reason}", format=_FORMAT, where=where
        ) from None
    except (OSError, EOFError, zlib.error, ValueError) as exc:  # a corrupt .gz, a closed file
        reason = read_error(exc) if isinstance(exc, (OSError, ValueError)) else "it ends early"
        raise InputError(f"cannot be read after line {number}: {reason}", source=name) from None


def _open_for_reading(path: str | os.PathLike[str]) -> IO[bytes]:
    try:
        return _open(path, "rb")
    except OSError as exc:
        hint = ""
        if isinstance(path, str) and ("\n" in path or path.lstrip().startswith("{")):
            hint = " (a str is a path: wrap JSON Lines held in a str in io.StringIO)"
        raise InputError(f"cannot be opened: {read_error(exc)}{hint}", source=_clip(path)) from None


def _clip(path: str | os.PathLike[str]) -> str:
    name = os.fspath(path)
    return name if len(name) <= 80 else name[:77] + "..."


def dumps(article: Article, *, ensure_ascii: bool = False) -> str:
    """One article as one JSON Lines line, with its newline."""
    return _line(article, ensure_ascii)


def loads(data: Document) -> Article:
    """The one article of a JSON Lines text; more than one is a FormatError."""
    data = document(data, _FORMAT)
    found: Article | None = None
    # Split on "\n" alone: a JSON string may hold U+2028 and other line separators.
    lines: list[str | bytes] = []
    lines.extend(data.split("\n") if isinstance(data, str) else data.split(b"\n"))
    for number, line in enumerate(lines, 1):
        article = _article(line, number, None)
        if article is None:
            continue
        if found is not None:
            raise FormatError(
                "a second article: loads() reads one, read_jsonl() reads many",
                format=_FORMAT,
                where=_where(number, None),
            )
        found = article
    if found is None:
        raise FormatError("no article: the text holds no JSON line", format=_FORMAT)
    return found


register(
    FormatInfo(
        _FORMAT,
        "JSON Lines: one newsmodel JSON article per line, for corpora",
        "application/jsonl",
        ".jsonl",
        dumps,
        loads,
        True,
    )
)
