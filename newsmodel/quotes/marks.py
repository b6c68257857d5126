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

import unicodedata
from collections.abc import Sequence

import attrs
import regex

__all__ = ["MARK_RE", "RawQuote", "find_quotes"]

#: Every character (or typewriter pair) that can be a quote mark.
MARK_RE = regex.compile(r"(?<=\S)'(?='')|''|``|[\"“”„‟«»‹›‘’'‚]")

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


def _blank(c: str) -> bool:
    if c == "" or c.isspace():
        return True
    return c > "\u2000" and unicodedata.category(c) in ("Cf", "Zs")


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


def find_quotes(
    text: str, spans: Sequence[tuple[int, int]], speech: Sequence[bool] | None = None
) -> list[RawQuote]:
    """Pair the quote marks of each paragraph span, in document order.

    ``speech`` says for each paragraph whether it can hold speech (body text); the
    multi-paragraph convention only joins such paragraphs.
    """
    quotes: list[RawQuote] = []
    pending: int | None = None
    for index, (lo, hi) in enumerate(spans):
        doubles, singles = _scan(text, lo, hi)
        if not doubles and not singles:
            # no mark at all (most paragraphs): a quotation left open before ends here
            if pending is not None:
                quotes[pending].continues = False
                pending = None
            continue
        paired, open_at_end = _pair_doubles(text, doubles, lo, hi) if doubles else ([], None)
        found = [RawQuote(index, a, b, c, d, close_start=c) for a, b, c, d in paired]
        if open_at_end is not None and hi - open_at_end[1] > 1:
            joins = (
                index + 1 < len(spans)
                and (speech is None or (speech[index] and speech[index + 1]))
                and _opens_paragraph(text, spans[index + 1])
            )
            found.append(RawQuote(index, open_at_end[0], open_at_end[1], hi, None, continues=joins))
        outer = sorted((q.open, q.close if q.close is not None else hi) for q in found)
        for a, b, c, d in _pair_singles(text, singles, outer, lo, hi):
            found.append(RawQuote(index, a, b, c, d, single=True, close_start=c))
        found.sort(key=lambda q: q.open)
        if pending is not None:
            if found and not found[0].single and found[0].open == _first_mark(text, lo, hi):
                found[0].previous = pending
            else:
                quotes[pending].continues = False
        pending = None
        base = len(quotes)
        quotes.extend(found)
        for k, q in enumerate(found):
            if q.continues:
                pending = base + k
    return quotes


def _first_mark(text: str, lo: int, hi: int) -> int:
    m = MARK_RE.search(text, lo, hi)
    return m.start() if m else -1


def _scan(
    text: str, lo: int, hi: int
) -> tuple[list[tuple[int, int, str]], list[tuple[int, int, str]]]:
    doubles: list[tuple[int, int, str]] = []
    singles: list[tuple[int, int, str]] = []
    skip_next = False
    for m in MARK_RE.finditer(text, lo, hi):
        mark = m.group()
        start, end = m.span()
        if mark in DOUBLE:
            if skip_next:
                skip_next = False
                continue
            if start > lo and text[start - 1] == "=":
                skip_next = True  # an HTML-like attribute value: author="x"
                continue
            doubles.append((start, end, mark))
        else:
            singles.append((start, end, mark))
    return doubles, singles


def _pair_doubles(
    text: str, marks: list[tuple[int, int, str]], lo: int, hi: int
) -> tuple[list[tuple[int, int, int, int]], tuple[int, int] | None]:
    """Pair double marks: an opening mark inside an open quotation starts a new one (the
    earlier was never closed), unless reading it as a nested quotation (“... “Settle”
    shirts ...”) closes every mark of the paragraph."""
    flanks = [_flanks(text, start, end, lo, hi) for start, end, _mark in marks]
    paired, open_mark, reopened = _pair_flat(marks, flanks)
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


def _pair_flat(
    marks: list[tuple[int, int, str]], flanks: list[tuple[bool, bool]]
) -> tuple[list[tuple[int, int, int, int]], tuple[int, int] | None, bool]:
    paired: list[tuple[int, int, int, int]] = []
    open_mark: tuple[int, int] | None = None
    reopened = False
    for (start, end, mark), (can_open, can_close) in zip(marks, flanks, strict=True):
        if open_mark is None:
            if _opens(mark, can_open, can_close):
                open_mark = (start, end)
            continue
        if mark in DOUBLE_OPEN and can_open and not can_close:
            open_mark = (start, end)  # the earlier mark was never closed
            reopened = True
            continue
        if start > open_mark[1]:
            paired.append((open_mark[0], open_mark[1], start, end))
        open_mark = None
    return paired, open_mark, reopened


def _pair_nested(
    marks: list[tuple[int, int, str]], flanks: list[tuple[bool, bool]]
) -> tuple[list[tuple[int, int, int, int]], tuple[int, int] | None]:
    """Pairs of the outermost marks, inner pairs being words of the outer quotation."""
    paired: list[tuple[int, int, int, int]] = []
    open_mark: tuple[int, int] | None = None
    depth = 0
    for (start, end, mark), (can_open, can_close) in zip(marks, flanks, strict=True):
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
            paired.append((open_mark[0], open_mark[1], start, end))
        open_mark = None
    return paired, open_mark


def _pair_singles(
    text: str,
    marks: list[tuple[int, int, str]],
    outer: list[tuple[int, int]],
    lo: int,
    hi: int,
) -> list[tuple[int, int, int, int]]:
    paired: list[tuple[int, int, int, int]] = []
    open_mark: tuple[int, int] | None = None
    k = 0
    for start, end, mark in marks:
        while k < len(outer) and outer[k][1] <= start:
            k += 1
        if k < len(outer) and outer[k][0] <= start < outer[k][1]:
            continue  # nested inside a double quotation: part of its words
        if open_mark is not None and k > 0 and outer[k - 1][0] > open_mark[0]:
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
                paired.append((open_mark[0], open_mark[1], start, end))
            open_mark = None
        elif mark in SINGLE_OPEN and can_open:
            open_mark = (start, end)
    return paired
