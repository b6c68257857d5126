"""Bytes of a web page to text: byte order marks, gzip, declared and sniffed encodings.

The order follows what browsers do, made safer for pages whose declaration lies:

1. a byte order mark wins (UTF-8, UTF-16, UTF-32);
2. gzip-compressed bytes (a saved ``.html.gz``) are decompressed first;
3. UTF-16 without a mark, sniffed from the zero bytes of ASCII markup (which are
   valid UTF-8 too, so this comes first);
4. bytes that are valid UTF-8 are UTF-8, whatever the page declares (a page that
   says ``charset=iso-8859-1`` but holds UTF-8 is common, the reverse never
   decodes cleanly);
5. the encoding the page declares (``<meta charset>``, ``http-equiv``
   Content-Type, an XML declaration), if the bytes decode with it; ISO-8859-1
   and ASCII are read as windows-1252, as the HTML standard says;
6. windows-1252, then ISO-8859-1, which decodes any bytes.

Text that is mostly control characters is binary data, not a page, and raises
:class:`~newsmodel.errors.InputError`.
"""

from __future__ import annotations

import codecs
import zlib

import regex

from newsmodel._encodings import SNIFF_BYTES, byte_order_mark, sniff_utf16
from newsmodel.errors import InputError

__all__ = ["decode_page", "looks_binary"]

#: ``<meta charset="...">`` or ``content="text/html; charset=..."`` near the top of a page.
META_CHARSET_RE = regex.compile(
    rb"<meta\b[^>]{0,300}?charset\s*=\s*[\"']?\s*([A-Za-z0-9._:-]{1,40})", regex.IGNORECASE
)
#: ``<?xml version="1.0" encoding="..."?>`` at the very start.
XML_ENCODING_RE = regex.compile(
    rb"\A\s{0,100}<\?xml\b[^>]{0,200}?encoding\s*=\s*[\"']([A-Za-z0-9._:-]{1,40})"
)
#: Control characters that never occur in a real text page (tab, newlines, form feed excepted).
CONTROL_RE = regex.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")

# The HTML standard reads these labels as windows-1252.
_AS_WINDOWS_1252 = frozenset({"latin-1", "iso8859-1", "ascii"})
_GZIP_MAGIC = b"\x1f\x8b"
_MAX_DECOMPRESSED = 64 * 1024 * 1024


def decode_page(data: bytes, *, source: str | None = None) -> str:
    """The text of a page given as bytes; see the module docstring for the order of guesses."""
    if not data:
        raise InputError("the page is empty (no bytes)", source=source)
    if data.startswith(_GZIP_MAGIC):
        data = _gunzip(data, source)
    marked = byte_order_mark(data)
    if marked is not None:
        mark, encoding = marked
        return data[len(mark) :].decode(encoding, errors="replace")
    # Before UTF-8: ASCII in UTF-16 is valid UTF-8 too, a NUL between every two letters.
    utf16 = sniff_utf16(data[:SNIFF_BYTES])
    if utf16 is not None:
        return data.decode(utf16, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    declared = _declared_encoding(data[:SNIFF_BYTES])
    if declared is not None:
        try:
            return data.decode(declared)
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def looks_binary(text: str) -> bool:
    """Whether a text holds so many control characters (NUL and the like) that it is binary data."""
    sample = text[: SNIFF_BYTES * 4]
    if not sample:
        return False
    controls = len(CONTROL_RE.findall(sample))
    return controls > max(2, len(sample) // 100)


def _gunzip(data: bytes, source: str | None) -> bytes:
    inflater = zlib.decompressobj(wbits=16 + zlib.MAX_WBITS)
    try:
        out = inflater.decompress(data, _MAX_DECOMPRESSED)
    except zlib.error as err:
        raise InputError(
            f"the page looks gzip-compressed but is corrupt: {err}", source=source
        ) from None
    if inflater.unconsumed_tail:
        raise InputError(
            f"the page decompresses to more than {_MAX_DECOMPRESSED // (1024 * 1024)} MB",
            source=source,
        )
    if not out:
        raise InputError("the page is empty (gzip holding no bytes)", source=source)
    return out


def _declared_encoding(head: bytes) -> str | None:
    match = XML_ENCODING_RE.search(head) or META_CHARSET_RE.search(head)
    if match is None:
        return None
    label = match.group(1).decode("ascii", errors="replace").strip().lower()
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    if name in _AS_WINDOWS_1252:
        return "cp1252"
    if name.startswith(("utf-16", "utf-32")):
        # A page that decodes as bytes to read its own declaration is not UTF-16.
        return None
    return name
