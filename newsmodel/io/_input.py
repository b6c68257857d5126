"""What the readers take: a document as ``str``, ``bytes``, a bytes-like object or a file.

Every reader of the registry starts with :func:`document`, so each accepts the same
inputs and fails the same way: a file that cannot be read is an
:class:`~newsmodel.errors.InputError` naming it, anything else that is no document a
:class:`TypeError`.
"""

from __future__ import annotations

import sys
from typing import IO

from newsmodel._encodings import SNIFF_BYTES, byte_order_mark, sniff_utf16
from newsmodel.errors import FormatError, InputError

__all__ = ["Document", "document", "file_name", "is_file", "json_failure", "read_error", "text"]

#: A document as the readers take it.
Document = str | bytes | bytearray | memoryview | IO[str] | IO[bytes]


def is_file(data: object) -> bool:
    """Whether ``data`` is a file object (it has a ``read`` method), not a document."""
    return callable(getattr(data, "read", None))


def file_name(source: object) -> str | None:
    """The name of a file object, when it has one."""
    name = getattr(source, "name", None)
    return name if isinstance(name, str) else None


def document(data: object, format: str) -> str | bytes:
    """The document ``data`` holds, as ``str`` or ``bytes``; a file is read whole."""
    if isinstance(data, (str, bytes)):
        return data
    if isinstance(data, (bytearray, memoryview)):
        return bytes(data)
    if is_file(data):
        name = file_name(data)
        try:
            content = data.read()  # type: ignore[attr-defined]
        except UnicodeDecodeError as exc:
            raise FormatError(
                f"the file is not {exc.encoding}: {exc.reason}",
                format=format,
                where=f"byte {exc.start}" + (f" of {name}" if name else ""),
            ) from None
        except (OSError, ValueError) as exc:  # ValueError: a closed file
            raise InputError(f"the file cannot be read: {read_error(exc)}", source=name) from None
        if isinstance(content, (str, bytes, bytearray)):
            return content if isinstance(content, (str, bytes)) else bytes(content)
        raise TypeError(f"the file's read() gave {type(content).__name__}, not str or bytes")
    raise TypeError(
        f"{format} reads a document as str or bytes (or a bytes-like object, or a file), "
        f"not {type(data).__name__}"
    )


def text(data: object, format: str, what: str = "the text") -> str:
    """The document ``data`` holds as a ``str``: bytes are read as UTF-8, or in the
    encoding their byte order mark names (UTF-8, -16 or -32; the mark is no part of the
    text), or as UTF-16 when they are ASCII written in it without a mark (a zero byte
    beside every letter, which would otherwise be read as UTF-8 holding NULs)."""
    found = document(data, format)
    if isinstance(found, str):
        return found
    skip, encoding = 0, sniff_utf16(found[:SNIFF_BYTES]) or "utf-8"
    marked = byte_order_mark(found)
    if marked is not None:
        skip, encoding = len(marked[0]), marked[1]
    try:
        return found[skip:].decode(encoding)
    except UnicodeDecodeError as exc:
        name = "UTF-8" if encoding == "utf-8" else encoding.upper()
        raise FormatError(
            f"{what} is not {name} ({exc.reason})",
            format=format,
            where=f"byte {skip + exc.start}",
        ) from None


def read_error(exc: OSError | ValueError) -> str:
    """Why a file could not be read, in a few words."""
    if isinstance(exc, FileNotFoundError):
        return "no such file"
    if isinstance(exc, IsADirectoryError):
        return "it is a folder, not a file"
    if isinstance(exc, PermissionError):
        return "permission denied"
    if isinstance(exc, OSError):
        return exc.strerror or str(exc) or type(exc).__name__
    return str(exc)


def json_failure(exc: ValueError) -> str:
    """What a ValueError of :func:`json.loads` other than a JSONDecodeError means: bytes
    in no Unicode encoding, or an integer longer than Python converts (newsmodel leaves
    that limit, ``sys.get_int_max_str_digits()``, as it is)."""
    if "integer string conversion" in str(exc):
        return (
            f"a number of more than {sys.get_int_max_str_digits()} digits, "
            "longer than Python converts"
        )
    return f"malformed JSON: {exc}"
