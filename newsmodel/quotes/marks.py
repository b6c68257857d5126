"""Quote marks: find them and pair them, paragraph by paragraph, in one linear pass.

Double marks (“ ” " „ ‟ « » and the typewriter pairs '' and ``) are paired first; single
marks (‘ ’ ' ‚ ‹ ›) only where they stand outside a double quotation and are no
apostrophe (Lopez’s, haven’t, ’90s, rock ’n’ roll). Curly marks say which way they face;
straight ones take their direction from their neighbours, and inside a quotation the next
straight mark closes it, which also copes with stray spaces from scraping
(“See you in Lisbon, ”he said).

A mark never pairs with one in another paragraph. A paragraph that leaves a quotation open
and is followed by a paragraph that opens with a mark continues it (the newspaper
convention for quotations of several paragraphs); otherwise the quotation is closed at the
paragraph's end. Marks inside HTML-like attributes (``author="x"``) are no quote marks.
"""

from __future__ import annotations

import heapq
import unicodedata
from array import array
from collections.abc import Iterator, Sequence
from itertools import repeat
from operator import itemgetter
from typing import overload

import attrs
import regex

__all__ = [
    "MARK_RE",
    "RawQuote",
    "RawQuotes",
    "find_quotes",
    "quote_columns",
    "quote_links",
    "quote_paragraphs",
]

#: Every character (or typewriter pair) that can be a quote mark.
MARK_RE = regex.compile(r"(?<=\S)'(?='')|''|``|[\"“”„‟«»‹›‘’'‚]")
#: The marks of MARK_RE but the apostrophes (' and ’) between an ASCII letter or digit
#: and an ASCII letter ("don't", "Lopez’s"), which _apostrophe would set aside one by
#: one: the marks a paragraph is scanned for. (\G keeps a mark where the scan starts,
#: whatever stands before the paragraph.)
_SCAN_RE = regex.compile(
    r"(?<=\S)'(?='')|''|``|[\"“”„‟«»‹›‘‚]|(?:(?<![A-Za-z0-9])|\G)['’]|['’](?![A-Za-z])"
)

DOUBLE_OPEN = frozenset({"“", "„", "‟", "«", "``"})
DOUBLE_CLOSE = frozenset({"”", "»"})
DOUBLE_EITHER = frozenset({'"', "''"})
SINGLE_OPEN = frozenset({"‘", "‚", "‹"})
SINGLE_CLOSE = frozenset({"’", "›"})
SINGLE_EITHER = frozenset({"'"})
DOUBLE = DOUBLE_OPEN | DOUBLE_CLOSE | DOUBLE_EITHER
OPENING_NEIGHBOURS = frozenset("([{<—–-/‐―_*•")
CLOSING_NEIGHBOURS = frozenset(".,;:!?)]}>—–-/…‐―_*")
_N_FORMS = ("’n’", "'n'", "‘n’")
MARK_CHARS = frozenset("\"“”„‟«»‹›‘’'‚`")


@attrs.define(slots=True)
class RawQuote:
    """A pair of marks (or an opening mark and the paragraph's end) and what lies between.

    ``open``/``close`` are the mark spans' outer bounds (``close`` is None when the
    paragraph ends first); ``start``/``end`` bound the quoted words without the marks.
    ``continues`` is True when the quotation goes on in the next paragraph; ``previous``
    is the index of the quotation this one continues.
    """

    paragraph: int
    open: int
    start: int
    end: int
    close: int | None
    single: bool = False
    continues: bool = False
    previous: int | None = None
    close_start: int | None = None


class RawQuotes(Sequence[RawQuote]):
    """The quotations :func:`find_quotes` found, kept in arrays of numbers: a text of
    marks alone holds one quotation every three characters, and a RawQuote object with
    its numbers costs about 240 bytes where the arrays take 21 (``code`` "i", 4 bytes a
    number) or 41 ("q"). Item ``i`` is a RawQuote made when asked for (changing it
    changes nothing here)."""

    __slots__ = ("_close", "_end", "_flags", "_open", "_para", "_previous", "_start")

    _SINGLE = 1
    _CONTINUES = 2

    def __init__(self, code: str = "q") -> None:
        self._para: array[int] = array(code)
        self._open: array[int] = array(code)
        self._start: array[int] = array(code)
        self._end: array[int] = array(code)
        self._close: array[int] = array(code)  # -1: None
        # the few quotations that continue another, and which (``previous``)
        self._previous: dict[int, int] = {}
        self._flags = bytearray()

    def append(self, q: RawQuote) -> None:
        """Keep ``q`` (its values as they are now): its closing mark starts where its
        words end (``close_start`` is ``end``), or it has none (``close_start`` is None)."""
        if q.close_start != (None if q.close is None else q.end):
            raise ValueError(f"a quotation's closing mark starts where its words end: {q}")
        if q.previous is not None:
            self._previous[len(self._open)] = q.previous
        self._para.append(q.paragraph)
        self._open.append(q.open)
        self._start.append(q.start)
        self._end.append(q.end)
        self._close.append(-1 if q.close is None else q.close)
        self._flags.append(self._SINGLE * q.single | self._CONTINUES * q.continues)

    def __len__(self) -> int:
        return len(self._open)

    def paragraphs(self) -> array[int]:
        """The paragraph of every quotation, in an array (this object's own: read it,
        never change it)."""
        return self._para

    def links(self) -> dict[int, int]:
        """The ``previous`` of each quotation that continues another, by its index, in
        order (this object's own: read it, never change it)."""
        return self._previous

    def columns(self) -> tuple[array[int], array[int], array[int], array[int]]:
        """The ``open``, ``start``, ``end`` and ``close`` of every quotation, one array
        each (``close`` -1 where it is None), to read without making the RawQuotes; the
        arrays are this object's own: read them, never change them."""
        return self._open, self._start, self._end, self._close

    @overload
    def __getitem__(self, i: int) -> RawQuote: ...

    @overload
    def __getitem__(self, i: slice) -> list[RawQuote]: ...

    def __getitem__(self, i: int | slice) -> RawQuote | list[RawQuote]:
        if isinstance(i, slice):
            return [self._make(k) for k in range(*i.indices(len(self)))]
        if i < 0:
            i += len(self)
        if not 0 <= i < len(self):
            raise IndexError("RawQuotes index out of range")
        return self._make(i)

    def __iter__(self) -> Iterator[RawQuote]:
        return map(self._make, range(len(self)))

    def _make(self, i: int) -> RawQuote:
        close, end, flags = self._close[i], self._end[i], self._flags[i]
        return RawQuote(
            self._para[i],
            self._open[i],
            self._start[i],
            end,
            None if close < 0 else close,
            single=bool(flags & self._SINGLE),
            continues=bool(flags & self._CONTINUES),
            previous=self._previous.get(i),
            close_start=None if close < 0 else end,
        )


def quote_columns(
    quotes: Sequence[RawQuote],
) -> tuple[Sequence[int], Sequence[int], Sequence[int], Sequence[int]]:
    """The open, start, end and close of each quotation (close -1 for None), read from
    RawQuotes' arrays without making a RawQuote for each (read them, never change them)."""
    if isinstance(quotes, RawQuotes):
        return quotes.columns()
    return (
        [q.open for q in quotes],
        [q.start for q in quotes],
        [q.end for q in quotes],
        [-1 if q.close is None else q.close for q in quotes],
    )


def quote_paragraphs(quotes: Sequence[RawQuote]) -> Sequence[int]:
    """The paragraph of each quotation, read from RawQuotes' array without making a
    RawQuote for each."""
    if isinstance(quotes, RawQuotes):
        return quotes.paragraphs()
    return [q.paragraph for q in quotes]


def quote_links(quotes: Sequence[RawQuote]) -> dict[int, int]:
    """The ``previous`` of each quotation that continues another, by its index, in
    order (read from RawQuotes without making a RawQuote for each)."""
    if isinstance(quotes, RawQuotes):
        return quotes.links()
    return {i: q.previous for i, q in enumerate(quotes) if q.previous is not None}


def _blank(c: str) -> bool:
    if c == "" or c.isspace():
        return True
    return c > "\u2000" and unicodedata.category(c) in ("Cf", "Zs")


_CAN_OPEN = 1
_CAN_CLOSE = 2


def _flank_bits(text: str, start: int, end: int, lo: int, hi: int) -> int:
    """:func:`_flanks` in one number: ``_CAN_OPEN`` and ``_CAN_CLOSE`` set or not."""
    can_open, can_close = _flanks(text, start, end, lo, hi)
    return _CAN_OPEN * can_open | _CAN_CLOSE * can_close


def _flanks(text: str, start: int, end: int, lo: int, hi: int) -> tuple[bool, bool]:
    """Whether the mark at [start, end) can open (left-flanking) and can close."""
    prev = text[start - 1] if start > lo else ""
    nxt = text[end] if end < hi else ""
    can_open = not _blank(nxt) and (
        _blank(prev) or prev in OPENING_NEIGHBOURS or prev in MARK_CHARS
    )
    can_close = not _blank(prev) and (_blank(nxt) or nxt in CLOSING_NEIGHBOURS or nxt in MARK_CHARS)
    return can_open, can_close


def _apostrophe(text: str, start: int, lo: int, hi: int) -> bool:
    """Whether a single mark at ``start`` is an apostrophe: inside or before a word."""
    prev = text[start - 1] if start > lo else ""
    nxt = text[start + 1] if start + 1 < hi else ""
    if prev.isalnum() and nxt.isalpha():
        return True  # Lopez’s, haven’t, O’Malley
    if nxt.isdigit():
        return True  # ’90s
    # rock ’n’ roll
    return text[start : start + 3] in _N_FORMS or text[start - 2 : start + 1] in _N_FORMS


def _opens_paragraph(text: str, span: tuple[int, int]) -> bool:
    m = MARK_RE.match(text, span[0], span[1])
    if m is None:
        return False
    mark = m.group()
    return mark in DOUBLE_OPEN or mark in DOUBLE_EITHER


def _next_speech(
    text: str, spans: Sequence[tuple[int, int]], speech: Sequence[bool] | None, index: int
) -> int:
    """The paragraph after ``index`` where a quotation open at its end may go on: the
    next, past captions and other lines of no speech that hold no mark (at most
    :data:`_SKIPPED_LINES` of them)."""
    k = index + 1
    if speech is None:
        return k
    while (
        k < len(spans)
        and k - index <= _SKIPPED_LINES
        and not speech[k]
        and _first_mark(text, *spans[k]) < 0
    ):
        k += 1
    return k if k < len(spans) and speech[k] else index + 1


def find_quotes(
    text: str, spans: Sequence[tuple[int, int]], speech: Sequence[bool] | None = None
) -> RawQuotes:
    """Pair the quote marks of each paragraph span, in document order.

    ``speech`` says for each paragraph whether it can hold speech (body text); the
    multi-paragraph convention only joins such paragraphs.

    Memory: a paragraph may be megabytes of marks, so its marks and pairs are kept in
    arrays, and each quotation is made and kept in turn; only the last quotation of a
    paragraph, open at its end, waits for the next paragraph, which may continue it.
    """
    # offsets of a text of fewer than two thousand million characters take 4 bytes
    kept = RawQuotes("i" if len(text) < 2**31 else "q")
    pending: RawQuote | None = None  # left open at the end of the paragraph before
    for index, (lo, hi) in enumerate(spans):
        doubles, singles = _scan(text, lo, hi)
        if not doubles and not singles:
            if pending is not None and speech is not None and not speech[index]:
                continue  # a caption or a "READ MORE" line inside a run: it runs on
            # no mark at all (most paragraphs): a quotation left open before ends here
            if pending is not None:
                pending.continues = False
                kept.append(pending)
                pending = None
            continue
        paired, open_at_end = _pair_doubles(text, doubles, lo, hi) if doubles else (_Pairs(), None)
        last = None  # a quotation open at the paragraph's end: it opens after all the others
        if open_at_end is not None and hi - open_at_end[1] > 1:
            after = _next_speech(text, spans, speech, index)
            joins = (
                after < len(spans)
                and (speech is None or (speech[index] and speech[after]))
                and _opens_paragraph(text, spans[after])
            )
            last = RawQuote(index, open_at_end[0], open_at_end[1], hi, None, continues=joins)
        outer = _Pairs() if last is None else _Pairs.of(last.open, last.start, hi, hi)
        single_pairs = _pair_singles(text, singles, paired.joined(outer), lo, hi)
        found = (
            # a double quotation closed by no mark (c == d) ran on into the next one
            RawQuote(index, a, b, c, d, single=single, close_start=c, continues=c == d)
            for a, b, c, d, single in heapq.merge(
                paired.marked(single=False), single_pairs.marked(single=True), key=_OPEN
            )
        )
        first = next(found, last)
        if pending is not None:
            if first is not None and not first.single and first.open == _first_mark(text, lo, hi):
                first.previous = len(kept)
            else:
                pending.continues = False
            kept.append(pending)
            pending = None
        if first is not None and first is not last:
            kept.append(first)
            before = first
            for q in found:
                _link(before, q, len(kept) - 1)
                kept.append(q)
                before = q
            if last is not None:
                _link(before, last, len(kept) - 1)
        if last is not None and last.continues:
            pending = last
        elif last is not None:
            kept.append(last)
    if pending is not None:
        kept.append(pending)
    return kept


_OPEN = itemgetter(0)
#: The most lines of no speech (captions, "READ MORE") a quotation runs on over.
_SKIPPED_LINES = 3


def _link(before: RawQuote, q: RawQuote, index: int) -> None:
    """Make ``q`` continue ``before`` (kept at ``index``) when ``before`` ran on into it:
    “... decision. “Now ...” (the paragraph break between them was lost)."""
    if before.continues and before.close is not None and not q.single:
        q.previous = index


class _Pairs:
    """Pairs of marks, (open start, open end, close start, close end), in four arrays."""

    __slots__ = ("a", "b", "c", "d")

    def __init__(self) -> None:
        self.a: array[int] = array("q")
        self.b: array[int] = array("q")
        self.c: array[int] = array("q")
        self.d: array[int] = array("q")

    @classmethod
    def of(cls, a: int, b: int, c: int, d: int) -> _Pairs:
        """The one pair given."""
        pairs = cls()
        pairs.append(a, b, c, d)
        return pairs

    def append(self, a: int, b: int, c: int, d: int) -> None:
        self.a.append(a)
        self.b.append(b)
        self.c.append(c)
        self.d.append(d)

    def __len__(self) -> int:
        return len(self.a)

    def __iter__(self) -> Iterator[tuple[int, int, int, int]]:
        return zip(self.a, self.b, self.c, self.d, strict=True)

    def marked(self, *, single: bool) -> Iterator[tuple[int, int, int, int, bool]]:
        """The pairs, each with ``single``."""
        return zip(self.a, self.b, self.c, self.d, repeat(single, len(self.a)), strict=True)

    def joined(self, other: _Pairs) -> _Pairs:
        """These pairs followed by ``other``'s (which start after them)."""
        if not other:
            return self
        joined = _Pairs()
        for into, mine, theirs in (
            (joined.a, self.a, other.a),
            (joined.b, self.b, other.b),
            (joined.c, self.c, other.c),
            (joined.d, self.d, other.d),
        ):
            into.extend(mine)
            into.extend(theirs)
        return joined


class _Marks:
    """The marks of a paragraph, (start, end, mark): two arrays and a list of strings,
    one string object for each kind of mark."""

    __slots__ = ("end", "mark", "start")

    def __init__(self) -> None:
        self.start: array[int] = array("q")
        self.end: array[int] = array("q")
        self.mark: list[str] = []

    def append(self, start: int, end: int, mark: str) -> None:
        self.start.append(start)
        self.end.append(end)
        self.mark.append(_SHARED_MARKS.get(mark, mark))

    def __len__(self) -> int:
        return len(self.start)

    def __iter__(self) -> Iterator[tuple[int, int, str]]:
        return zip(self.start, self.end, self.mark, strict=True)


#: One string object for each mark, however often it occurs.
_SHARED_MARKS = {m: m for m in (*MARK_CHARS, "''", "``")}


def _first_mark(text: str, lo: int, hi: int) -> int:
    m = MARK_RE.search(text, lo, hi)
    return m.start() if m else -1


def _scan(text: str, lo: int, hi: int) -> tuple[_Marks, _Marks]:
    doubles = _Marks()
    singles = _Marks()
    skip_next = False
    for m in _SCAN_RE.finditer(text, lo, hi):
        mark = m.group()
        start, end = m.span()
        if _measure(text, start, end, lo, hi):
            continue  # feet and inches: "he is like 6’2”"
        if mark in DOUBLE:
            if skip_next:
                skip_next = False
                continue
            if start > lo and text[start - 1] == "=":
                skip_next = True  # an HTML-like attribute value: author="x"
                continue
            doubles.append(start, end, mark)
        else:
            singles.append(start, end, mark)
    return doubles, singles


def _measure(text: str, start: int, end: int, lo: int, hi: int) -> bool:
    """Whether the mark in text[start:end] is one of feet or inches after a number, no
    quote mark: the "’" and the "”" of "6’2”"."""
    mark = text[start:end]
    if mark in ("’", "'"):
        return start > lo and end < hi and text[start - 1].isdigit() and text[end].isdigit()
    return (
        mark in ("”", '"')
        and start - 3 >= lo
        and text[start - 1].isdigit()
        and (text[start - 2] in "’'" or (text[start - 2].isdigit() and text[start - 3] in "’'"))
    )


def _pair_doubles(
    text: str, marks: _Marks, lo: int, hi: int
) -> tuple[_Pairs, tuple[int, int] | None]:
    """Pair double marks: an opening mark inside an open quotation starts a new one (the
    earlier was never closed), unless reading it as a nested quotation (“... “Settle”
    shirts ...”) closes every mark of the paragraph."""
    # whether each mark can open (1) and can close (2), a byte each
    flanks = bytearray(_flank_bits(text, start, end, lo, hi) for start, end, _mark in marks)
    paired, open_mark, reopened = _pair_flat(text, marks, flanks)
    if reopened:
        nested, nested_open = _pair_nested(marks, flanks)
        if nested_open is None:
            return nested, None
    return paired, open_mark


def _opens(mark: str, can_open: bool, can_close: bool) -> bool:
    return (
        mark in DOUBLE_OPEN
        or (mark in DOUBLE_EITHER and (can_open or not can_close))
        or (mark in DOUBLE_CLOSE and not can_close)
    )


def _sentence_end_before(text: str, start: int, lo: int) -> int:
    """The offset just after the full stop (or ? or !) that ends the words before
    ``start``, past white space; -1 when they end otherwise."""
    k = start - 1
    while k > lo and text[k].isspace():
        k -= 1
    return k + 1 if k > lo and text[k] in ".?!" and k + 1 < start else -1


def _pair_flat(
    text: str, marks: _Marks, flanks: bytearray
) -> tuple[_Pairs, tuple[int, int] | None, bool]:
    paired = _Pairs()
    open_mark: tuple[int, int] | None = None
    reopened = False
    for (start, end, mark), bits in zip(marks, flanks, strict=True):
        can_open, can_close = bool(bits & _CAN_OPEN), bool(bits & _CAN_CLOSE)
        if open_mark is None:
            if _opens(mark, can_open, can_close):
                open_mark = (start, end)
            continue
        if can_open and not can_close and (mark in DOUBLE_OPEN or mark in DOUBLE_EITHER):
            # an opening mark after a full stop inside an open quotation: the paragraph
            # break of a quotation of several paragraphs was lost ("... decision. “Now
            # ..."); the earlier quotation ends at the full stop
            stop = _sentence_end_before(text, start, open_mark[1])
            if stop > open_mark[1]:
                paired.append(open_mark[0], open_mark[1], stop, stop)
                open_mark = (start, end)
                reopened = reopened or mark in DOUBLE_OPEN  # unless it nests (see above)
                continue
            if mark in DOUBLE_OPEN:
                open_mark = (start, end)  # the earlier mark was never closed
                reopened = True
                continue
        if start > open_mark[1]:
            paired.append(open_mark[0], open_mark[1], start, end)
        open_mark = None
    return paired, open_mark, reopened


def _pair_nested(marks: _Marks, flanks: bytearray) -> tuple[_Pairs, tuple[int, int] | None]:
    """Pairs of the outermost marks, inner pairs being words of the outer quotation."""
    paired = _Pairs()
    open_mark: tuple[int, int] | None = None
    depth = 0
    for (start, end, mark), bits in zip(marks, flanks, strict=True):
        can_open, can_close = bool(bits & _CAN_OPEN), bool(bits & _CAN_CLOSE)
        if open_mark is None:
            if _opens(mark, can_open, can_close):
                open_mark = (start, end)
            continue
        if mark in DOUBLE_OPEN and can_open and not can_close:
            depth += 1
            continue
        if depth:
            depth -= 1
            continue
        if start > open_mark[1]:
            paired.append(open_mark[0], open_mark[1], start, end)
        open_mark = None
    return paired, open_mark


def _pair_singles(text: str, marks: _Marks, outer: _Pairs, lo: int, hi: int) -> _Pairs:
    """Pair single marks outside the double quotations ``outer`` (by their open starts
    and close ends, in order)."""
    paired = _Pairs()
    open_mark: tuple[int, int] | None = None
    opens, closes = outer.a, outer.d
    k = 0
    for start, end, mark in marks:
        while k < len(opens) and closes[k] <= start:
            k += 1
        if k < len(opens) and opens[k] <= start < closes[k]:
            continue  # nested inside a double quotation: part of its words
        if open_mark is not None and k > 0 and opens[k - 1] > open_mark[0]:
            open_mark = None  # never pair across a double quotation
        if _apostrophe(text, start, lo, hi):
            continue
        can_open, can_close = _flanks(text, start, end, lo, hi)
        if open_mark is None:
            if (mark in SINGLE_OPEN and can_open) or (
                mark in SINGLE_EITHER and can_open and not can_close
            ):
                open_mark = (start, end)
            continue
        if (mark in SINGLE_CLOSE or mark in SINGLE_EITHER) and can_close:
            if start > open_mark[1]:
                paired.append(open_mark[0], open_mark[1], start, end)
            open_mark = None
        elif mark in SINGLE_OPEN and can_open:
            open_mark = (start, end)
    return paired
