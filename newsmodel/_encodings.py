"""Unicode signatures: byte order marks, and UTF-16 or -32 told by the zero bytes of ASCII.

Shared by the readers of bytes, web pages (:mod:`newsmodel.html._decode`) and plain
text and annotations (:mod:`newsmodel.io._input`): a byte order mark names its
encoding and is no part of the text; ASCII written in UTF-16 or UTF-32 without one
has zero bytes beside every letter, which are valid UTF-8 too, so they are looked
for first.
"""

from __future__ import annotations

import codecs

__all__ = ["BYTE_ORDER_MARKS", "SNIFF_BYTES", "byte_order_mark", "sniff_utf16"]

#: Byte order marks and their encodings; UTF-32's first, since UTF-16 LE's begins it.
BYTE_ORDER_MARKS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
#: How many bytes at the start are looked at to tell UTF-16 or -32 without a mark.
SNIFF_BYTES = 4096


def byte_order_mark(data: bytes) -> tuple[bytes, str] | None:
    """The byte order mark ``data`` starts with and its encoding, or None. (UTF-16 LE's
    mark followed by U+0000 is UTF-32 LE's mark: such bytes are read as UTF-32 LE.)"""
    for mark, encoding in BYTE_ORDER_MARKS:
        if data.startswith(mark):
            return mark, encoding
    return None


def sniff_utf16(head: bytes) -> str | None:
    """The encoding of ASCII written in UTF-16 or UTF-32 without a mark: "utf-16-le",
    "utf-16-be", "utf-32-le" or "utf-32-be" when the bytes have zero bytes beside most
    letters, on the same side throughout; else None."""
    if len(head) < 8:
        return None
    for width in (4, 2):
        usable = len(head) - len(head) % width
        lanes = [head[i:usable:width].count(0) for i in range(width)]
        units = usable // width
        for encoding, letters in ((f"utf-{8 * width}-le", 0), (f"utf-{8 * width}-be", width - 1)):
            zeros = [n for i, n in enumerate(lanes) if i != letters]
            if lanes[letters] < units * 0.1 and all(n > units * 0.6 for n in zeros):
                return encoding
    return None
