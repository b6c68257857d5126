"""Paragraph spans in plain text.

Plain text marks paragraphs in three ways, and :func:`split_paragraphs` reads all of
them:

* blank lines between paragraphs (archives, the BBC corpus, most hand-made text);
* one paragraph a line, with single newlines (scraped copy);
* hard-wrapped lines, where a paragraph runs over several lines of about the same
  width and a new one starts with an indented line (wire copy such as Reuters), or
  after a blank line.

Hard wrapping is recognised over the whole text: most line breaks fall mid-sentence
(the next line starts in lower case, or the line ends with a comma, a hyphen or a
word such as "the" or "of") and the lines are between about 30 (on the median) and
100 characters wide.
Without hard wrapping every non-blank line is a paragraph. CRLF, CR, form feeds and
the Unicode line and paragraph separators all end lines; tabs and stray whitespace
are allowed anywhere. A paragraph's span never includes whitespace at its ends.
"""

from __future__ import annotations

import itertools
import operator
import sys
from typing import Final

import attrs
import regex

from newsmodel.model import Span

__all__ = ["Line", "is_hard_wrapped", "split_lines", "split_paragraph_texts", "split_paragraphs"]

#: Every way a line can end (the same set as :meth:`str.splitlines`).
LINE_BREAK_RE = regex.compile(r"\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]")
#: A gap of three or more spaces, or a tab, between words: a table row.
TABLE_GAP_RE = regex.compile(r"\S(?: {3,}|\t)\S")
#: The end of a line that breaks mid-sentence: a comma, a hyphen, or a small word.
SOFT_END_RE = regex.compile(
    r"(?:[,\-\u2010\u2011(]|\b(?i:the|a|an|of|and|or|to|in|on|at|for|by|from|with|that|its|as|is|was|were|be|has|have|had|will|would|said|says))\Z"
)
#: The start of a line that continues a sentence: a lower-case letter or a digit.
SOFT_START_RE = regex.compile(r"[\p{Ll}\d(%$]")
#: Sentence-final punctuation, possibly followed by closing quotes or brackets.
FINAL_PUNCT_RE = regex.compile(r"[.!?:;…][\"'”’)\]]*\Z")
#: A line that ends with an initial or a dotted abbreviation ("Tom W.", "U.S."), whose
#: full stop ends no paragraph in wrapped wire copy.
ABBREVIATION_END_RE = regex.compile(r"(?<![\p{L}.])(?:\p{Lu}\.|(?:\p{L}\.){2,})\Z")

#: Lines at most this wide (on the 90th percentile) can be hard-wrapped.
MAX_WRAP_WIDTH = 100
#: ... and at least this wide on the median: short lines are lists, not wrapped prose.
MIN_WRAP_WIDTH = 30
#: The share of mid-paragraph line breaks that must fall mid-sentence.
MIN_SOFT_SHARE = 0.4
TAB_WIDTH = 4


@attrs.frozen
class Line:
    """A non-blank line: where its content starts and ends, its indentation, and
    whether a blank line (or the start of the text) comes before it."""

    start: int
    end: int
    indent: int
    width: int
    after_blank: bool


#: A line as :func:`_lines` gives it: ``(start, end, indent, width, after_blank, text)``,
#: the fields of :class:`Line` and the line's text in a tuple, which is quicker to make.
_Line = tuple[int, int, int, int, bool, str]
_START: Final = 0
_END: Final = 1
_INDENT: Final = 2
_WIDTH: Final = 3
_AFTER_BLANK: Final = 4
_TEXT: Final = 5


def split_lines(text: str) -> list[Line]:
    """The non-blank lines of ``text``, in order."""
    return [Line(*line[:_TEXT]) for line in _lines(text)]


def _lines(text: str) -> list[_Line]:
    # str.splitlines breaks lines where LINE_BREAK_RE does, and str.strip strips the
    # characters str.isspace calls white space.
    found: list[_Line] = []
    after_blank = True
    position = 0
    for piece in text.splitlines(True):
        right = piece.rstrip()
        if right:
            content = sys.intern(right.lstrip())  # a line repeated a thousand times: one string
            lead = len(right) - len(content)
            start = position + lead
            end = position + len(right)
            indent = lead + (TAB_WIDTH - 1) * right.count("\t", 0, lead) if lead else 0
            found.append((start, end, indent, indent + end - start, after_blank, content))
            after_blank = False
        else:
            after_blank = True
        position += len(piece)
    return found


def _is_soft(text: str, a: _Line, b: _Line) -> bool:
    return bool(
        SOFT_END_RE.search(text, a[_START], a[_END])
        or SOFT_START_RE.match(text, b[_START], b[_END])
    )


def is_hard_wrapped(text: str, lines: list[Line] | None = None) -> bool:
    """Whether the text is hard-wrapped: its paragraphs run over several short lines."""
    if lines is None:
        return _hard_wrapped(text, _lines(text))
    return _hard_wrapped(
        text,
        [(x.start, x.end, x.indent, x.width, x.after_blank, text[x.start : x.end]) for x in lines],
    )


_indent_of = operator.itemgetter(_INDENT)


def _hard_wrapped(text: str, lines: list[_Line]) -> bool:
    # The pairs are consecutive lines with no blank line between them, the second not
    # indented; the widths are those of their first lines.
    base = min(map(_indent_of, lines), default=0)
    widths = [
        a[_WIDTH]
        for a, b in itertools.pairwise(lines)
        if not b[_AFTER_BLANK] and b[_INDENT] <= base
    ]
    if len(widths) < 2:
        return False
    widths.sort()
    if (
        widths[(len(widths) * 9) // 10] > MAX_WRAP_WIDTH
        or widths[len(widths) // 2] < MIN_WRAP_WIDTH
    ):
        return False
    soft = sum(
        1
        for a, b in itertools.pairwise(lines)
        if not b[_AFTER_BLANK] and b[_INDENT] <= base and _is_soft(text, a, b)
    )
    return soft >= MIN_SOFT_SHARE * len(widths)


def _is_table_row(text: str, line: _Line) -> bool:
    return TABLE_GAP_RE.search(text, line[_START], line[_END]) is not None


def _is_caps_title(text: str, line: _Line) -> bool:
    letters = [c for c in text[line[_START] : line[_END]] if c.isalpha()]
    return len(letters) >= 3 and not any(c.islower() for c in letters)


def _starts_paragraph(text: str, a: _Line, b: _Line, base: int, width: int) -> bool:
    """In hard-wrapped text, whether line ``b`` starts a new paragraph after line ``a``."""
    if b[_AFTER_BLANK] or b[_INDENT] > base:
        return True
    if _is_table_row(text, a) or _is_table_row(text, b):
        return True
    if _is_caps_title(text, a) and not _is_caps_title(text, b):
        return True
    ended = (
        FINAL_PUNCT_RE.search(text, a[_START], a[_END]) is not None
        and ABBREVIATION_END_RE.search(text, a[_START], a[_END]) is None
    )
    return ended and a[_WIDTH] < width // 2 and not SOFT_START_RE.match(text, b[_START], b[_END])


def split_paragraphs(text: str) -> list[Span]:
    """The spans of the paragraphs of ``text``, in order, without surrounding whitespace."""
    return split_paragraph_texts(text)[0]


def split_paragraph_texts(text: str) -> tuple[list[Span], list[str]]:
    """The spans of :func:`split_paragraphs`, and the text at each."""
    lines = _lines(text)
    if not lines:
        return [], []
    if not _hard_wrapped(text, lines):
        return [Span(line[_START], line[_END]) for line in lines], [line[_TEXT] for line in lines]
    base = min(line[_INDENT] for line in lines[1:]) if len(lines) > 1 else lines[0][_INDENT]
    widths = sorted(line[_WIDTH] for line in lines)
    width = widths[(len(widths) * 9) // 10]
    spans: list[Span] = []
    start, end = lines[0][_START], lines[0][_END]
    for a, b in itertools.pairwise(lines):
        if _starts_paragraph(text, a, b, base, width):
            spans.append(Span(start, end))
            start = b[_START]
        end = b[_END]
    spans.append(Span(start, end))
    return spans, [sys.intern(text[s.start : s.end]) for s in spans]
