"""XML for the formats: escaping for XML 1.0 and a safe, streaming reader.

Reading uses the standard library's expat parser directly, fed in pieces (see
:func:`feed` for how long), so no tree of the whole document is ever built. It is
safe against the known XML attacks, as defusedxml is: a document type declaration
with an internal subset is refused (that is where entities are declared, so no "billion laughs"), entity
declarations and external entity references are refused, no external DTD is
ever read, and an entity it cannot resolve is an error, never silently dropped.
A plain ``<!DOCTYPE nitf SYSTEM "nitf.dtd">``, as older NITF documents carry, is
accepted and ignored. Huge attribute values are kept away from expat, which is slow on
them (see :mod:`newsmodel.io._xml_values`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NoReturn, Protocol
from xml.parsers import expat

import regex

from newsmodel.errors import FormatError
from newsmodel.io._xml_values import HUGE_VALUE, HugeValues, Shifts, Substitution

__all__ = [
    "ATTR_ESCAPES",
    "CHUNK_SIZE",
    "MAX_CHUNK_SIZE",
    "TEXT_ESCAPES",
    "XML_INVALID_RE",
    "SafeXMLParser",
    "XMLEscaper",
    "XMLHandler",
    "feed",
    "feed_document",
]

#: Characters XML 1.0 cannot carry, not even as character references.
XML_INVALID_RE = regex.compile(r"[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\U00010000-\U0010FFFF]")

#: How much of a document the reader hands to expat at a time.
CHUNK_SIZE = 1 << 16
#: The most it hands over at a time, when one token spans many pieces.
MAX_CHUNK_SIZE = 1 << 26

#: Escapes for XML text, and for attribute values.
TEXT_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", "\r": "&#13;"})
ATTR_ESCAPES = str.maketrans(
    {
        "&": "&amp;",
        "<": "&lt;",
        ">": "&gt;",
        '"': "&quot;",
        "\r": "&#13;",
        "\n": "&#10;",
        "\t": "&#9;",
    }
)


class XMLEscaper:
    """Escapes text and attribute values for XML 1.0.

    Characters XML 1.0 cannot carry (most C0 controls, lone surrogates, U+FFFE/U+FFFF)
    are written as U+FFFD; ``replaced`` counts them so the writer can warn.
    Carriage returns are written as ``&#13;`` so that they survive parsing.
    """

    def __init__(self) -> None:
        self.replaced = 0

    def _valid(self, value: str) -> str:
        if XML_INVALID_RE.search(value) is None:
            return value
        fixed, count = XML_INVALID_RE.subn("\ufffd", value)
        self.replaced += count
        return fixed

    def text(self, value: str) -> str:
        """``value`` escaped as element content."""
        return self._valid(value).translate(TEXT_ESCAPES)

    def content(self, value: str, element: str) -> str:
        """``value`` escaped as mixed content, each character XML cannot carry written as
        ``<{element} code="hex"/>`` (an element of our own namespace) instead of U+FFFD."""
        if XML_INVALID_RE.search(value) is None:
            return value.translate(TEXT_ESCAPES)
        out: list[str] = []
        position = 0
        for m in XML_INVALID_RE.finditer(value):
            out.append(value[position : m.start()].translate(TEXT_ESCAPES))
            out.append(f'<{element} code="{ord(m.group()):X}"/>')
            position = m.end()
        out.append(value[position:].translate(TEXT_ESCAPES))
        return "".join(out)

    def attr(self, value: str) -> str:
        """``value`` escaped as a double-quoted attribute value."""
        return self._valid(value).translate(ATTR_ESCAPES)


class XMLHandler(Protocol):
    """What :class:`SafeXMLParser` reports: names are ``"namespace local"`` or ``"local"``."""

    def start(self, name: str, attributes: dict[str, str]) -> None: ...

    def end(self, name: str) -> None: ...

    def data(self, text: str) -> None: ...


class SafeXMLParser:
    """A streaming expat parser that refuses entity tricks and reports errors as FormatError.

    Feed it the document in pieces with :meth:`feed` and finish with :meth:`close`, or
    give it a whole document (:meth:`parse_document`) or a file (:meth:`parse_file`),
    which keeps attribute values of ``huge`` characters or more away from expat (None:
    none); every error names the format, the line and column, and the element path.
    """

    def __init__(self, handler: XMLHandler, *, format: str, huge: int | None = HUGE_VALUE) -> None:
        self.format = format
        self._handler = handler
        self._path: list[str] = []
        self._characters = 0  # of str pieces parsed so far, to say where a surrogate is
        self._huge = huge
        #: Where expat's lines and columns are in the document, after values it did not see.
        self.shifts = Shifts()
        self._substitution: Substitution | None = None
        #: How many start tags reached expat without their huge values.
        self.rewritten = 0
        self._cdata = False
        parser = expat.ParserCreate(namespace_separator=" ")
        parser.buffer_text = True
        parser.buffer_size = CHUNK_SIZE
        parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
        parser.StartElementHandler = self._start
        parser.EndElementHandler = self._end
        parser.CharacterDataHandler = handler.data
        parser.StartDoctypeDeclHandler = self._doctype
        parser.EntityDeclHandler = self._entity_declaration
        parser.UnparsedEntityDeclHandler = self._unparsed_entity
        parser.ExternalEntityRefHandler = self._external_entity
        parser.SkippedEntityHandler = self._skipped_entity
        parser.StartCdataSectionHandler = self._start_cdata
        parser.EndCdataSectionHandler = self._end_cdata
        self._parser = parser

    @property
    def path(self) -> str:
        """The element path of the current position, such as ``/nitf/body/body.content/p``."""
        return "/" + "/".join(name.rpartition(" ")[2] for name in self._path)

    @property
    def position(self) -> tuple[int, int]:
        """The current line (from 1) and column (from 0)."""
        return self.shifts.real(self._parser.CurrentLineNumber, self._parser.CurrentColumnNumber)

    def where(self) -> str:
        """The current position: line, column and element path."""
        line, column = self.position
        where = f"line {line}, column {column + 1}"
        return f"{where} ({self.path})" if self._path else where

    def fail(self, message: str) -> NoReturn:
        """Raise a FormatError at the current position."""
        raise FormatError(message, format=self.format, where=self.where())

    def feed(self, chunk: str | bytes) -> None:
        """Parse the next piece of the document."""
        self._parse(chunk, final=False)

    def close(self) -> None:
        """Finish the document: an unfinished one is an error."""
        self._parse(b"", final=True)

    def parse_document(self, data: str | bytes) -> None:
        """Parse a whole document held in memory, in pieces (see :func:`feed`), and close."""
        self.parse_file(slice_reader(data))

    def parse_file(self, read: Callable[[int], str | bytes]) -> None:
        """Parse a document read from a file (``read`` is its read method) in pieces (see
        :func:`feed`), and close."""
        if self._huge is None:
            feed(read, self.feed, self._index)
        else:
            for piece in HugeValues(read, self, self._huge).pieces():
                self.feed(piece)
        self.close()

    def _index(self) -> int:
        return self._parser.CurrentByteIndex

    def state(self) -> tuple[int, int, int, bool]:
        """Expat's byte index, line (from 1), column, and whether it is in a CDATA section."""
        p = self._parser
        return p.CurrentByteIndex, p.CurrentLineNumber, p.CurrentColumnNumber, self._cdata

    def inside(self) -> bool:
        """Whether expat has reported a start tag it has not reported the end of."""
        return bool(self._path)

    def substitute(self, substitution: Substitution) -> None:
        """The next start tag expat reports lost the values ``substitution`` holds."""
        self._substitution = substitution
        self._characters += substitution.removed
        self.rewritten += 1

    def _parse(self, chunk: str | bytes, *, final: bool) -> None:
        try:
            self._parser.Parse(chunk, final)
        except LookupError as exc:  # an XML declaration naming no encoding Python knows
            raise FormatError(
                f"malformed XML: {exc}", format=self.format, where="the XML declaration"
            ) from None
        except UnicodeEncodeError as exc:  # a str holding a lone surrogate
            at = self._characters + exc.start
            raise FormatError(
                f"a lone surrogate (U+{ord(exc.object[exc.start]):04X}), which XML cannot carry",
                format=self.format,
                where=f"character {at}",
            ) from None
        except expat.ExpatError as exc:
            message = expat.errors.messages.get(exc.code, str(exc))
            line, column = self.shifts.real(exc.lineno, exc.offset)
            where = f"line {line}, column {column + 1}"
            if self._path:
                where += f" ({self.path})"
            raise FormatError(
                f"malformed XML: {message}", format=self.format, where=where
            ) from None
        if isinstance(chunk, str):
            self._characters += len(chunk)

    def _start(self, name: str, attributes: dict[str, str]) -> None:
        if self._substitution is not None:
            self._substitution.apply(attributes)
            self._substitution = None
        self._path.append(name)
        self._handler.start(name, attributes)

    def _end(self, name: str) -> None:
        self._handler.end(name)
        self._path.pop()

    def _start_cdata(self) -> None:
        self._cdata = True

    def _end_cdata(self) -> None:
        self._cdata = False

    def _doctype(
        self, name: str, system_id: str | None, public_id: str | None, has_internal_subset: int
    ) -> None:
        if has_internal_subset:
            self.fail(
                "a document type declaration with an internal subset is refused "
                "(it can declare entities); remove the DTD"
            )

    def _entity_declaration(self, name: str, *args: object) -> None:
        self.fail(f"entity declarations are refused (entity {name!r})")

    def _unparsed_entity(self, name: str, *args: object) -> None:
        self.fail(f"entity declarations are refused (unparsed entity {name!r})")

    def _external_entity(self, *args: object) -> int:
        self.fail("external entities are refused")

    def _skipped_entity(self, name: str, is_parameter_entity: int) -> None:
        self.fail(f"the entity &{name}; is not defined here (newsmodel reads no DTD)")


def feed(
    read: Callable[[int], str | bytes],
    parse: Callable[[str | bytes], object],
    position: Callable[[], int],
) -> None:
    """Hand a document to an expat ``parse`` function a piece at a time, never whole.

    ``read(size)`` gives the next piece (empty at the end) and ``position()`` is the
    parser's ``CurrentByteIndex``: where it stopped, at the start of a token it could
    not finish. Pieces are :data:`CHUNK_SIZE` long; while a whole piece leaves the parser
    where it was (one token longer than a piece: a huge attribute value), the next is
    twice as long, up to :data:`MAX_CHUNK_SIZE`. expat scans an unfinished token again
    with every piece, so a token of n bytes costs O(n) rather than O(n² / CHUNK_SIZE).
    """
    size = CHUNK_SIZE
    while True:
        piece = read(size)
        if not piece:
            return
        before = position()
        parse(piece)
        stuck = len(piece) == size and position() == before
        size = min(2 * size, MAX_CHUNK_SIZE) if stuck else CHUNK_SIZE


def feed_document(
    data: str | bytes, parse: Callable[[str | bytes], object], position: Callable[[], int]
) -> None:
    """:func:`feed` for a document in memory: pieces are slices, no copy of the whole."""
    feed(slice_reader(data), parse, position)


def slice_reader(data: str | bytes) -> Callable[[int], str | bytes]:
    """A ``read(size)`` over a document in memory: each call gives the next slice."""
    start = 0

    def read(size: int) -> str | bytes:
        nonlocal start
        piece = data[start : start + size]
        start += len(piece)
        return piece

    return read
