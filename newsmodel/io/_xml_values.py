"""Huge attribute values kept away from expat.

libexpat before 2.6 takes time more than linear in the length of one attribute value
(a 20 MB value costs nearly twice as much per MB as a 5 MB one). :class:`HugeValues`
sits between a document and the parser: it finds each start tag holding a value of
:data:`HUGE_VALUE` characters or more, hands expat the tag with those values emptied,
and gives the parser the values as XML reads them (:func:`attribute_value`), to put
back when expat reports the element. Everything else reaches expat unchanged.

A tag is rewritten only when nothing about it can differ from what expat would do:

- its names are plain ASCII XML names and every value in it is well formed (no ``<``,
  only the five predefined entities and character references to characters XML allows,
  no character XML cannot carry, UTF-8 that decodes), so expat can report no error
  inside it after an emptied value, only at its ``<``;
- expat has read everything before the tag's ``<`` and stands there outside any CDATA
  section, so the ``<`` does open a start tag (not a comment, a CDATA section or another
  tag's value);
- the document is a ``str`` or UTF-8 bytes (by its byte order mark or declaration).

Every other tag goes to expat as it is. Lines and columns after an emptied value are
mapped back to the document's own (:class:`Shifts`), so errors say where they are.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterator
from typing import Generic, Protocol, TypeVar

import regex

__all__ = [
    "HUGE_VALUE",
    "HugeValues",
    "Parser",
    "Shifts",
    "Substitution",
    "advance",
    "attribute_value",
]

#: The length (in characters, or bytes of UTF-8) from which an attribute value is kept
#: away from expat.
HUGE_VALUE = 1 << 12

_S = r"[ \t\r\n]"
_NAME = r"[A-Za-z_][-A-Za-z0-9._]*+(?::[A-Za-z_][-A-Za-z0-9._]*+)?+"
_OPEN = rf"<{_NAME}"
_ATTRIBUTE = rf"{_S}++(?P<name>{_NAME}){_S}*+={_S}*+(?P<quote>[\"'])"
_CLOSE = rf"{_S}*+/?>"
_DECLARATION = (
    rf"<\?xml{_S}++version{_S}*+={_S}*+(?:\"[^\"]*+\"|'[^']*+')"
    rf"(?:{_S}++encoding{_S}*+={_S}*+(?:\"(?P<encoding>[^\"]*+)\"|'(?P<encoding>[^']*+)'))?+"
)

#: The opening of a start tag: ``<`` and an ASCII name with at most one colon.
TAG_OPEN_RE = regex.compile(_OPEN)
TAG_OPEN_BYTES_RE = regex.compile(_OPEN.encode())
#: An attribute up to the quote that opens its value.
TAG_ATTRIBUTE_RE = regex.compile(_ATTRIBUTE)
TAG_ATTRIBUTE_BYTES_RE = regex.compile(_ATTRIBUTE.encode())
#: The end of a start tag.
TAG_CLOSE_RE = regex.compile(_CLOSE)
TAG_CLOSE_BYTES_RE = regex.compile(_CLOSE.encode())
#: An XML declaration up to its encoding, in bytes.
XML_DECLARATION_BYTES_RE = regex.compile(_DECLARATION.encode())
#: A reference XML resolves in an attribute value without a DTD.
REFERENCE_RE = regex.compile(
    r"&(?:#x(?P<hex>[0-9a-fA-F]++)|#(?P<decimal>[0-9]++)|(?P<entity>amp|lt|gt|apos|quot));"
)

_ENTITIES = {"amp": "&", "lt": "<", "gt": ">", "apos": "'", "quot": '"'}
_PREDEFINED = ("&lt;", "&gt;", "&apos;", "&quot;", "&amp;")
#: Bytes XML allows in UTF-8: all but the C0 controls other than tab, line feed and CR.
_ALLOWED_BYTES = bytes(b for b in range(256) if b >= 0x20 or b in (9, 10, 13))
#: U+FFFE and U+FFFF in UTF-8.
_NONCHARACTERS = (b"\xef\xbf\xbe", b"\xef\xbf\xbf")
_UTF8_BOM = b"\xef\xbb\xbf"

CHUNK_SIZE = 1 << 16
MAX_CHUNK_SIZE = 1 << 26


class _BadReferenceError(Exception):
    """A reference to a character XML does not allow."""


def _character(match: regex.Match[str]) -> str:
    entity = match["entity"]
    if entity is not None:
        return _ENTITIES[entity]
    digits = (match["hex"] or match["decimal"]).lstrip("0") or "0"
    if len(digits) > 8:
        raise _BadReferenceError
    code = int(digits, 16 if match["hex"] is not None else 10)
    if not (
        code in (9, 10, 13)
        or 0x20 <= code <= 0xD7FF
        or 0xE000 <= code <= 0xFFFD
        or 0x10000 <= code <= 0x10FFFF
    ):
        raise _BadReferenceError
    return chr(code)


def attribute_value(text: str, data: bytes) -> str | None:
    """The value XML gives an attribute written ``text`` between its quotes (``data`` is
    the same in UTF-8), or None when it is not well formed.

    Line breaks (CR LF, CR, LF) and tabs become spaces, then the predefined entities and
    character references are replaced, as XML 1.0 (section 3.3.3) reads a value of an
    attribute no DTD declares.
    """
    if "<" in text or data.translate(None, _ALLOWED_BYTES):
        return None
    if any(mark in data for mark in _NONCHARACTERS):
        return None
    if "\r" in text:
        text = text.replace("\r\n", " ").replace("\r", " ")
    if "\n" in text:
        text = text.replace("\n", " ")
    if "\t" in text:
        text = text.replace("\t", " ")
    if "&" not in text:
        return text
    references = text.count("&")
    if "&#" not in text:
        if sum(text.count(e) for e in _PREDEFINED) != references:
            return None
        for entity in _PREDEFINED:  # &amp; last: what it gives is never read again
            text = text.replace(entity, _ENTITIES[entity[1:-1]])
        return text
    try:
        value, found = REFERENCE_RE.subn(_character, text)
    except _BadReferenceError:
        return None
    return value if found == references else None


def advance(position: tuple[int, int], text: str) -> tuple[int, int]:
    """The (line, column) after ``text`` from ``position``, counted as expat counts them:
    a column per character, CR LF, CR and LF each one line break."""
    line, column = position
    breaks = text.count("\n") + text.count("\r") - text.count("\r\n")
    if not breaks:
        return line, column + len(text)
    last = max(text.rfind("\n"), text.rfind("\r"))
    return line + breaks, len(text) - last - 1


class Shifts:
    """Where positions in the document expat reads (with emptied values) are in the real one.

    Each record is a point just after an emptied value: its (line, column) in what expat
    read, then in the document.
    """

    def __init__(self) -> None:
        self._points: list[tuple[int, int]] = []
        self._real: list[tuple[int, int]] = []

    def add(self, read: tuple[int, int], real: tuple[int, int]) -> None:
        self._points.append(read)
        self._real.append(real)

    def real(self, line: int, column: int) -> tuple[int, int]:
        """The document's (line, column) for expat's."""
        if not self._points:
            return line, column
        i = bisect.bisect_right(self._points, (line, column)) - 1
        if i < 0:
            return line, column
        (read_line, read_column), (real_line, real_column) = self._points[i], self._real[i]
        if line == read_line:
            return real_line, real_column + column - read_column
        return line + real_line - read_line, column


class Substitution:
    """What a rewritten tag lost: (index among the attributes expat reports, value)."""

    __slots__ = ("removed", "values")

    def __init__(self, values: list[tuple[int, str]], removed: int) -> None:
        self.values = values
        self.removed = removed  # characters (or bytes) taken out of the document

    def apply(self, attributes: dict[str, str]) -> None:
        """Put the values back in the attributes expat reports (in the document's order,
        without the namespace declarations)."""
        names = list(attributes)
        for index, value in self.values:
            attributes[names[index]] = value


class Parser(Protocol):
    """What :class:`HugeValues` asks of the parser it feeds."""

    shifts: Shifts

    def state(self) -> tuple[int, int, int, bool]:
        """Expat's byte index, line (from 1), column, and whether it is in a CDATA section."""
        ...

    def substitute(self, substitution: Substitution) -> None:
        """The next start tag expat reports is the one rewritten."""
        ...

    def inside(self) -> bool:
        """Whether expat has reported a start tag it has not reported the end of."""
        ...


_Buffer = str | bytes
_B = TypeVar("_B", str, bytes)
_Attributes = list[tuple[str, int, int]]  # (name, value start, value end) in the buffer
#: What :func:`_tag` says of a tag the buffer ends in.
_PARTIAL = -1


class _Lexicon(Generic[_B]):
    """The patterns that read a start tag, for str or for bytes."""

    __slots__ = ("attribute", "close", "lt", "open")

    def __init__(
        self,
        open: regex.Pattern[_B],
        attribute: regex.Pattern[_B],
        close: regex.Pattern[_B],
        lt: _B,
    ) -> None:
        self.open: regex.Pattern[_B] = open
        self.attribute: regex.Pattern[_B] = attribute
        self.close: regex.Pattern[_B] = close
        self.lt: _B = lt


_STR = _Lexicon(TAG_OPEN_RE, TAG_ATTRIBUTE_RE, TAG_CLOSE_RE, "<")
_BYTES = _Lexicon(TAG_OPEN_BYTES_RE, TAG_ATTRIBUTE_BYTES_RE, TAG_CLOSE_BYTES_RE, b"<")


class _Held:
    """The end of a buffer kept for the next: an unfinished start tag."""

    __slots__ = ("data",)

    def __init__(self, data: _Buffer) -> None:
        self.data = data


class HugeValues:
    """The pieces of a document to hand expat, huge attribute values taken out.

    ``read(size)`` gives the document a piece at a time (empty at the end); iterate over
    :meth:`pieces` and parse each before asking for the next (the rewriting of a tag
    looks at where expat stands).
    """

    def __init__(
        self, read: Callable[[int], _Buffer], parser: Parser, huge: int = HUGE_VALUE
    ) -> None:
        self._read = read
        self._parser = parser
        self._huge = max(huge, 2)
        self._window = self._huge // 2
        self._handed = 0  # bytes of UTF-8 handed to expat
        self._last: _Buffer = ""  # the last piece handed over

    # --- reading
    def pieces(self) -> Iterator[_Buffer]:
        held: _Buffer | None = None  # an unfinished start tag (or document head) to read on
        size = CHUNK_SIZE
        scanning: bool | None = None  # None: not known yet (bytes whose encoding is unread)
        while True:
            parts: list[_Buffer] = [held] if held else []
            wanted = len(held) if held else 1
            new, end = 0, False
            while new < wanted:  # read as much again as is held, so rescans stay linear
                piece = self._read(size)
                if not piece:
                    end = True
                    break
                parts.append(piece)
                new += len(piece)
            if not parts:
                return
            buffer = _join(parts)
            held = None
            if scanning is None:
                scanning = self._decide(buffer, end)
                if scanning is None:
                    held, size = buffer, CHUNK_SIZE
                    continue
            before = self._parser.state()[0]
            if scanning:
                found: Iterator[_Buffer | _Held]
                if isinstance(buffer, bytes):
                    found = self._scan(buffer, end, _BYTES)
                else:
                    found = self._scan(buffer, end, _STR)
                for part in found:
                    if isinstance(part, _Held):
                        held = part.data
                    else:
                        yield self._hand(part)
            elif buffer:
                yield self._hand(buffer)
            if end:
                if held:
                    yield self._hand(held)
                return
            stuck = new >= size and self._parser.state()[0] == before
            if held is not None and len(held) >= CHUNK_SIZE:
                size = min(len(held), MAX_CHUNK_SIZE)
            else:
                size = min(2 * size, MAX_CHUNK_SIZE) if stuck else CHUNK_SIZE

    def _decide(self, buffer: _Buffer, end: bool) -> bool | None:
        """Whether to rewrite: a str always, bytes when they are UTF-8 (None: not known yet)."""
        if isinstance(buffer, str):
            return True
        head = buffer[3:] if buffer.startswith(_UTF8_BOM) else buffer
        if len(head) < 5 and not end:
            return None
        if head[:2] in (b"\xfe\xff", b"\xff\xfe") or b"\x00" in head[:4]:
            return False  # UTF-16 or UTF-32
        if not head.startswith(b"<?xml"):
            return True  # expat reads UTF-8 when nothing says otherwise
        m = XML_DECLARATION_BYTES_RE.match(head, partial=not end)
        if m is None:
            return False
        if m.partial:
            return None if len(head) < MAX_CHUNK_SIZE else False
        encoding = m["encoding"]
        return encoding is None or encoding.lower() == b"utf-8"

    def _hand(self, piece: _Buffer) -> _Buffer:
        if isinstance(piece, bytes):
            self._handed += len(piece)
        else:
            self._handed += len(piece) if piece.isascii() else len(_utf8(piece))
        self._last = piece
        return piece

    # --- scanning
    def _scan(self, buffer: _B, end: bool, lexicon: _Lexicon[_B]) -> Iterator[_B | _Held]:
        """The pieces of ``buffer`` to parse, rewritten tags on their own, and last what to
        keep for the next buffer (an unfinished start tag), if anything."""
        lt = lexicon.lt
        n, window = len(buffer), self._window
        done = 0  # handed over up to here
        floor = 0  # no tag to rewrite starts before here
        k = 0
        while k < n:
            # A value of 2 * window characters or more fills a window [k, k + window) of
            # its own: look for windows without "<", then at the tag before each.
            stop = min(k + window, n)
            if buffer.find(lt, k, stop) >= 0:
                k = stop
                continue
            opening = buffer.rfind(lt, max(floor, k - window), k)
            after = buffer.find(lt, stop)
            after = n if after < 0 else after
            if opening < 0:
                k = after
                continue
            found = _tag(buffer, opening, lexicon)
            if found is None:
                k = floor = after
                continue
            close, attributes = found
            if close == _PARTIAL:
                if end:
                    break
                if opening > done:
                    yield buffer[done:opening]
                yield _Held(buffer[opening:])
                return
            if any(e - s >= self._huge for _, s, e in attributes):
                if opening > done:
                    yield buffer[done:opening]
                yield self._rewrite(buffer, opening, close, attributes)
                done = close
            k = floor = close
        if not end:
            opening = buffer.rfind(lt, max(done, floor))
            found = None if opening < 0 else _tag(buffer, opening, lexicon)
            if found is not None and found[0] == _PARTIAL:
                if opening > done:
                    yield buffer[done:opening]
                yield _Held(buffer[opening:])
                return
        if n > done:
            yield buffer[done:]

    def _rewrite(self, buffer: _B, opening: int, close: int, attributes: _Attributes) -> _B:
        """The tag ``buffer[opening:close]`` with its huge values emptied, or as it is when
        it cannot be rewritten safely."""
        tag = buffer[opening:close]
        where = self._at_tag()
        if where is None:
            return tag
        values: list[tuple[int, str]] = []
        pieces: list[_B] = []
        texts: list[tuple[str, str]] = []  # (what comes before an emptied value, the value)
        index = -1
        position = opening
        for name, start, stop in attributes:
            xmlns = name == "xmlns" or name.startswith("xmlns:")
            index += 0 if xmlns else 1
            raw = buffer[start:stop]
            try:
                if isinstance(raw, bytes):
                    text, data = raw.decode("utf-8"), raw
                else:
                    text, data = raw, raw.encode("utf-8")
            except UnicodeError:  # not UTF-8, or a lone surrogate
                return tag
            value = attribute_value(text, data)
            if value is None:
                return tag
            if xmlns or stop - start < self._huge:
                continue
            values.append((index, value))
            pieces.append(buffer[position:start])
            texts.append((_text(buffer[position:start]), text))
            position = stop
        pieces.append(buffer[position:close])
        rewritten = tag[:0].join(pieces)
        shifts = self._parser.shifts
        read = where
        for before, text in texts:
            read = advance(read, before)
            shifts.add(read, advance(shifts.real(*read), text))
        self._parser.substitute(Substitution(values, len(tag) - len(rewritten)))
        return rewritten

    def _at_tag(self) -> tuple[int, int] | None:
        """Where (line, column) the next piece starts, in what expat reads, if expat stands
        in content outside CDATA at it; else None."""
        index, line, column, cdata = self._parser.state()
        if index < 0:  # expat has read nothing yet
            return (1, 0) if self._handed == 0 else None
        gap = self._handed - index
        if cdata or gap < 0:
            return None
        if gap == 0:
            return line, column
        last = self._last if isinstance(self._last, bytes) else _utf8(self._last)
        if gap > len(last):
            return None
        try:
            held = last[-gap:].decode("utf-8")
        except UnicodeDecodeError:
            return None
        if "<" in held:
            return None  # expat is inside a comment, a declaration or a tag
        if held.strip(" \t\r\n") and not self._parser.inside():
            # outside the root element, words expat has not read may open a literal
            # ("'r ...") that it closes only inside the tag: no content to stand in
            return None
        return advance((line, column), held)


def _join(parts: list[_Buffer]) -> _Buffer:
    first = parts[0]
    if len(parts) == 1:
        return first
    if isinstance(first, bytes):
        return b"".join(p for p in parts if isinstance(p, bytes))
    return "".join(p for p in parts if isinstance(p, str))


def _utf8(text: str) -> bytes:
    return text.encode("utf-8", "surrogatepass")


def _text(piece: _Buffer) -> str:
    return piece.decode("utf-8") if isinstance(piece, bytes) else piece


def _match(pattern: regex.Pattern[_B], buffer: _B, position: int) -> regex.Match[_B] | None:
    """``pattern`` matched at ``position``, partly when ``buffer`` ends first, reading no
    further than it must: the regex module may look for a string the pattern needs as far
    as it may read, which would make each match cost the rest of a huge buffer."""
    n = len(buffer)
    width = 256
    while True:
        end = min(n, position + width)
        m = pattern.match(buffer, position, end, partial=True)
        if m is None or end == n or (not m.partial and m.end() < end):
            return m
        width *= 4


def _tag(buffer: _B, opening: int, lexicon: _Lexicon[_B]) -> tuple[int, _Attributes] | None:
    """The start tag at ``opening``: its end and attributes (its end :data:`_PARTIAL` when
    the buffer ends inside it), or None when there is none, or one whose names expat
    might read otherwise."""
    opened = _match(lexicon.open, buffer, opening)
    if opened is None:
        return None
    attributes: _Attributes = []
    if opened.partial:
        return _PARTIAL, attributes
    position = opened.end()
    while True:
        closed = _match(lexicon.close, buffer, position)
        if closed is not None:
            return (_PARTIAL if closed.partial else closed.end()), attributes
        m = _match(lexicon.attribute, buffer, position)
        if m is None:
            return None
        if m.partial:
            return _PARTIAL, attributes
        start = m.end()
        stop = buffer.find(m["quote"], start)
        if buffer.find(lexicon.lt, start, len(buffer) if stop < 0 else stop) >= 0:
            return None  # a "<" in a value
        if stop < 0:
            return _PARTIAL, attributes
        name = m["name"]
        attributes.append((name.decode() if isinstance(name, bytes) else name, start, stop))
        position = stop + 1
