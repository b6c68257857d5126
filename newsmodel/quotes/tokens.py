"""Tokens and clause-level sentences of the paragraphs that can hold speech.

One regex pass makes the tokens; one more pass marks which lie inside quotations and
where sentences end. Quotations count as single units: a sentence never ends inside one,
so an attribution after a quotation of several sentences still belongs to it.
"""

from __future__ import annotations

import re
import sys
from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator, MutableSequence, Sequence
from itertools import accumulate, chain, compress, repeat
from operator import itemgetter, sub
from typing import overload

import regex

from newsmodel.quotes.lexicon import ABBREVIATIONS, CAPITAL_NOT_NAMES, word_list
from newsmodel.quotes.marks import RawQuote, quote_columns

__all__ = [
    "NOT_PLAIN_RE",
    "PLAIN_TOKEN_SPLIT_RE",
    "TOKEN_RE",
    "TOKEN_SPLIT_RE",
    "Tokens",
    "ends_sentence",
    "indexed",
    "word_count",
]

#: Words (with inner apostrophes and hyphens), possessive 's, abbreviations with their
#: period (Mr., U.S., J., R-Pa.), numbers, typewriter quote pairs and single punctuation.
TOKEN_RE = regex.compile(
    # a plain word first (most tokens): no abbreviation, acronym or contraction starts
    # with a word that is not followed by a letter, "." or "’" (an ASCII one, the
    # commonest, is tried with cheaper classes: the same tokens, sooner)
    r"[A-Za-z][a-z]*+(?![\p{L}\p{M}\p{N}.'’‐/-]|[–—]\p{Lu})"
    r"|\p{L}[\p{Ll}\p{M}\p{N}]*+(?![\p{L}\p{M}\p{N}.'’‐/-]|[–—]\p{Lu})"
    # a web address, one token: "valleydata.com", "www.gov.on.ca"
    # (bounded parts: linear however long a run of dotted words)
    r"|[A-Za-z0-9][A-Za-z0-9-]{0,62}(?:\.[A-Za-z0-9-]{1,63}){0,3}\.(?:com|ca|org|net|gov|edu|uk|io)(?![\p{L}\p{N}])"
    # an abbreviation, or two joined by a hyphen ("Det.-Sgt.", "Lt.-Gov."), or a party's
    # initial and a state's ("R-Pa."), or a rank's ("S/Sgt.")
    r"|(?=(?:\p{Lu}[-/])?\p{L}{1,6}\.)(?:\p{Lu}[-/])?\L<abbreviations>\.(?:-\L<abbreviations>\.)?(?!\p{L})"
    r"|\p{Lu}-(?:\p{L}\.){2,}"
    r"|(?:\p{L}\.){2,}"
    r"|\p{Lu}\.(?=[ \t]*\n?[ \t]*\p{Lu})"  # an initial, before a wrapped line too
    # a compound name joined by an en or em dash with no space, one token:
    # "Mississauga–Erin", "Scarborough—Rouge" (a riding's, "Scarborough—Rouge Heights"), as
    # one joined by a hyphen
    r"|\p{Lu}[\p{L}\p{M}\p{N}]*(?:(?:[’'](?![sS]\b)|[-‐]|[–—](?=\p{Lu}))[\p{L}\p{M}\p{N}]+)+"
    r"|\p{L}[\p{L}\p{M}\p{N}]*(?:(?:[’'](?![sS]\b)|[-‐])[\p{L}\p{M}\p{N}]+)*"
    r"|[’'][sS]\b"
    r"|\d+(?:[.,:/]\d+)*(?:st|nd|rd|th|s|%)?(?:-[\p{L}\p{N}]+)*"
    r"|''|``|--+|\.\.\.|[^\s\p{Cf}]",  # a format character (U+200B) is no token
    abbreviations=sorted(ABBREVIATIONS),
)
#: TOKEN_RE as one capturing group, to split a paragraph into gaps and tokens.
TOKEN_SPLIT_RE = regex.compile(f"({TOKEN_RE.pattern})", abbreviations=sorted(ABBREVIATIONS))
#: Characters outside the plain set: a paragraph with none of them (ASCII, the no-break
#: space, curly quotes and apostrophes, dashes, ellipsis, a few signs) is split by the
#: cheaper PLAIN_TOKEN_SPLIT_RE.
NOT_PLAIN_RE = re.compile("[^\x00-\x7f\xa0’‘“”—–…‐£€¥°©®™§•―]")
#: The abbreviations as alternatives of a pattern, longest first (each alternative of
#: PLAIN_TOKEN_SPLIT_RE's abbreviation reads them, once or twice: "Det.-Sgt.").
_ABBREVIATION_CHOICES = "|".join(sorted(ABBREVIATIONS, key=lambda a: (-len(a), a)))
#: TOKEN_SPLIT_RE for plain paragraphs, with stdlib ``re`` (faster): the same alternatives
#: in the same order with the Unicode classes narrowed to the plain characters (letters
#: [A-Za-z], digits [0-9], no marks), so it makes the same tokens (tests/test_quotes_tokens.py
#: compares them); without possessive quantifiers, a failed word alternative backtracks
#: only over its own word, which the next alternatives consume (linear overall).
PLAIN_TOKEN_SPLIT_RE = re.compile(
    # every alternative starts with a character that is no space: said first, it lets the
    # matcher pass over the gaps between tokens at once
    r"(?=[^\t\n\x0b\x0c\r \xa0])"
    r"([A-Za-z][a-z]*(?![A-Za-z0-9.'’‐/-]|[–—][A-Z])"
    r"|[A-Za-z][a-z0-9]*(?![A-Za-z0-9.'’‐/-]|[–—][A-Z])"
    r"|[A-Za-z0-9][A-Za-z0-9-]{0,62}(?:\.[A-Za-z0-9-]{1,63}){0,3}\.(?:com|ca|org|net|gov|edu|uk|io)(?![A-Za-z0-9])"
    r"|(?=(?:[A-Z][-/])?[A-Za-z]{1,6}\.)(?:[A-Z][-/])?(?:"
    + _ABBREVIATION_CHOICES
    + r")\.(?:-(?:"
    + _ABBREVIATION_CHOICES
    + r")\.)?(?![A-Za-z])"
    r"|[A-Z]-(?:[A-Za-z]\.){2,}"
    r"|(?:[A-Za-z]\.){2,}"
    r"|[A-Z]\.(?=[ \t]*\n?[ \t]*[A-Z])"
    r"|[A-Z][A-Za-z0-9]*(?:(?:[’'](?![sS]\b)|[-‐]|[–—](?=[A-Z]))[A-Za-z0-9]+)+"
    r"|[A-Za-z][A-Za-z0-9]*(?:(?:[’'](?![sS]\b)|[-‐])[A-Za-z0-9]+)*"
    r"|[’'][sS]\b"
    r"|[0-9]+(?:[.,:/][0-9]+)*(?:st|nd|rd|th|s|%)?(?:-[A-Za-z0-9]+)*"
    r"|''|``|--+|\.\.\.|[^\t\n\x0b\x0c\r \xa0])"
)
#: "a.m." and "p.m.", and the words after them that go on with the sentence ("Friday").
_CLOCK = word_list("clock_abbreviations")
_AFTER_CLOCK = word_list("after_clock")
_ENDERS = frozenset({".", "!", "?", "...", "…"})
_END_CHARS = frozenset({".", "!", "?", "…"})
_LAST = itemgetter(-1)
_TRAILING = frozenset("\"“”'’)] \t\n")
_OPENERS = frozenset({"“", '"', "‘", "'", "«", "„", "(", "[", "''", "``"})
#: The lower-case words whose places every Tokens lists (:meth:`Tokens.where`): the union
#: of the sets the stages asked for with :func:`indexed`, when their modules were imported.
_INDEXED: set[str] = set()
_ASKED: set[frozenset[str]] = set()


def indexed(words: Iterable[str]) -> frozenset[str]:
    """``words`` as a set :meth:`Tokens.where` takes: every Tokens made from now on lists
    the places of the tokens whose lower case is one of them. Call it once, at import."""
    asked = frozenset(words)
    _INDEXED.update(asked)
    _ASKED.add(asked)
    return asked


def word_count(tokens: Tokens, start: int, end: int) -> int:
    """The number of tokens in [start, end) that begin with a letter or digit."""
    return sum(map(str.isalnum, map(itemgetter(0), tokens.text[start:end])))


def _dotted_name(before: str, after: str) -> bool:
    """Whether the words on both sides of a full stop with no space make one name:
    "JAZZ.FM91", "e.GO" (but "said.Women", a space lost, ends a sentence)."""
    return (
        any(c.isdigit() for c in after)
        or (len(after) > 1 and after.isupper())
        or (len(before) > 1 and before.isupper())
    )


def ends_sentence(text: str, start: int, end: int) -> bool:
    """Whether the words in [start, end) end with a sentence's final punctuation ("we won.")."""
    i = end - 1
    while i >= start and i > end - 6 and text[i] in _TRAILING:
        i -= 1
    return i >= start and text[i] in ".!?…"


class _LowerCase(dict[str, str]):
    """The lower case of tokens, interned, by the token: most tokens of an article have
    been seen before, and a look-up of a token (interned, its hash known) costs less than
    lowering and interning it again. It forgets all past ``_LOWER_CACHE_SIZE`` tokens."""

    __slots__ = ()

    def __missing__(self, token: str) -> str:
        if len(self) >= _LOWER_CACHE_SIZE:
            self.clear()
        lower = self[token] = sys.intern(token.lower())
        return lower


#: How many tokens :data:`_LOWER` remembers (about 100 bytes each, 5 MB at most): more
#: than the distinct tokens of a large news corpus (BBC's 2,225 articles have 37,500),
#: so that a batch of articles is read without the cache emptied over and over.
_LOWER_CACHE_SIZE = 50_000
_LOWER = _LowerCase()


#: The length of text, in characters, from which Tokens keeps one string per distinct
#: token.
_SHARED_FROM = 1 << 16
#: The most numbers :func:`_array` reads through a list.
_LIST_ITEMS = 1 << 16


def _array(code: str, numbers: Iterable[int], count: int) -> array[int]:
    """An array of the ``count`` numbers: made from a list at once where they are few (an
    array takes an iterator's one by one), from the iterator where a list of them all
    would cost much memory (some 40 bytes a number, where the array takes 4)."""
    if count <= _LIST_ITEMS:
        return array(code, list(numbers))
    return array(code, numbers)


def index_code(size: int) -> str:
    """The array type code for indexes into a sequence of ``size`` items: 4 bytes a
    number, or 8 past two thousand million."""
    return "i" if size < 2**31 else "q"


class _Ranges(Sequence[tuple[int, int]]):
    """Token ranges [first, last), one per quotation or paragraph, in two arrays of 4 or
    8 bytes a number (a list of tuples costs 120 bytes a range): item ``i`` is the pair
    ``(first, last)``."""

    __slots__ = ("first", "last")

    def __init__(self, code: str = "q") -> None:
        self.first: array[int] = array(code)
        self.last: array[int] = array(code)

    def append(self, first: int, last: int) -> None:
        self.first.append(first)
        self.last.append(last)

    def __len__(self) -> int:
        return len(self.first)

    @overload
    def __getitem__(self, i: int) -> tuple[int, int]: ...

    @overload
    def __getitem__(self, i: slice) -> list[tuple[int, int]]: ...

    def __getitem__(self, i: int | slice) -> tuple[int, int] | list[tuple[int, int]]:
        if isinstance(i, slice):
            return list(zip(self.first[i], self.last[i], strict=True))
        return self.first[i], self.last[i]

    def __iter__(self) -> Iterator[tuple[int, int]]:
        return zip(self.first, self.last, strict=True)


class Tokens:
    """Parallel lists describing every token of the speech paragraphs, in text order.

    ``quote[i]`` is the index of the quotation the token lies in (its marks included) or
    -1; ``sent[i]`` numbers sentences across the article; ``para[i]`` is the index of
    the token's paragraph in the article.
    """

    __slots__ = (
        "_capitals",
        "end",
        "inline",
        "lower",
        "memo",
        "para",
        "para_range",
        "place_words",
        "places",
        "quote",
        "quote_range",
        "sent",
        "sent_first",
        "sent_last",
        "start",
        "text",
    )

    def __init__(
        self,
        text: str,
        paragraphs: Sequence[tuple[int, int, int]],
        quotes: Sequence[RawQuote],
    ) -> None:
        # A long text keeps its offsets and indexes in arrays, 4 bytes a number (8 for
        # texts of more than two thousand million characters), where a list holds an int
        # object of 32 more, and one string object per distinct token: "the" or "«" a
        # hundred thousand times costs one string, not one each. An article, a few
        # thousand tokens, keeps lists and the strings the split made: they cost little
        # memory, and a list is read without making an int object for each number.
        code = index_code(len(text) + 1)
        share = len(text) >= _SHARED_FROM
        self.start: MutableSequence[int] = array(code) if share else []
        self.end: MutableSequence[int] = array(code) if share else []
        self.text: list[str] = []
        self.para: MutableSequence[int] = array(code) if share else []
        # the token range of each paragraph, by its index (increasing; one not given
        # holds no token)
        self.para_range = _Ranges(code)
        for index, lo, hi in paragraphs:
            first = len(self.start)
            if index < len(self.para_range):
                raise ValueError(
                    f"paragraph {index} comes after paragraph {len(self.para_range) - 1}"
                )
            while len(self.para_range) < index:
                self.para_range.append(first, first)
            # the split keeps the tokens at odd indices and the gaps between them at even
            # ones: their running lengths give every token's offsets without a Python call
            # per token
            chunk = text[lo:hi]
            if chunk.isascii() or NOT_PLAIN_RE.search(chunk) is None:
                parts = PLAIN_TOKEN_SPLIT_RE.split(chunk)
            else:
                parts = TOKEN_SPLIT_RE.split(chunk)
            if len(parts) > 1 and share:
                offsets = _array(code, accumulate(map(len, parts), initial=lo), len(parts) + 1)
                self.start.extend(offsets[1:-1:2])
                self.end.extend(offsets[2::2])
                self.text.extend(map(sys.intern, parts[1::2]))
                self.para.extend(array(code, [index]) * (len(parts) // 2))
            elif len(parts) > 1:
                numbers = list(accumulate(map(len, parts), initial=lo))
                self.start.extend(numbers[1:-1:2])
                self.end.extend(numbers[2::2])
                self.text.extend(parts[1::2])
                self.para.extend([index] * (len(parts) // 2))
            self.para_range.append(first, len(self.start))
        self.lower: list[str] = list(map(_LOWER.__getitem__, self.text))
        if self.lower == self.text:  # no capital anywhere: one list serves both (read only)
            self.lower = self.text
        n = len(self.start)
        # where the words some stage looks for stand (:meth:`where`): one C-level pass
        # over the tokens finds them all, and each stage then reads only those
        self.places = list(compress(range(n), map(_INDEXED.__contains__, self.lower)))
        self.place_words = list(map(self.lower.__getitem__, self.places))
        self.quote: MutableSequence[int] = array(code, [-1]) * n if share else [-1] * n
        self.quote_range = _Ranges(code)
        opens, starts, ends, closes = quote_columns(quotes)
        for qi, (open_at, end, close) in enumerate(zip(opens, ends, closes, strict=True)):
            outer_end = close if close >= 0 else end
            a = bisect_left(self.start, open_at)
            b = bisect_left(self.start, outer_end)
            if b > a:
                quote = self.quote
                if isinstance(quote, array):
                    quote[a:b] = array(code, [qi]) * (b - a)
                else:
                    quote[a:b] = [qi] * (b - a)
            self.quote_range.append(a, b)
        #: quotations that read as words of their sentence (titles, codes such as “K3”)
        self.inline: set[int] = set()
        #: results of pure functions of the tokens, by (function name, arguments)
        self.memo: dict[tuple[object, ...], object] = {}
        self.sent: MutableSequence[int] = []
        self.sent_first: list[int] = []
        self.sent_last: list[int] = []
        self._sentences(text, starts, ends, closes)
        self._capitals: list[int] | None = None

    def _sentences(
        self,
        text: str,
        q_starts: Sequence[int],
        q_ends: Sequence[int],
        q_closes: Sequence[int],
    ) -> None:
        """Number the sentences: a boundary follows a full stop, question or exclamation
        mark (or a quotation ending with one) before a capital, a digit or an opening
        mark; an abbreviation ends a sentence only before a word such as "The"."""
        toks = self.text
        quote = self.quote
        n = len(toks)
        # tokens ending with ".", "!", "?" or "…" (tokens are never empty), found in one
        # C-level pass
        candidates = list(compress(range(n), map(_END_CHARS.__contains__, map(_LAST, toks))))
        quote_range = self.quote_range
        for close, a, b in zip(q_closes, quote_range.first, quote_range.last, strict=True):
            if close >= 0 and b > a:
                candidates.append(b - 1)
        candidates.sort()
        boundaries: list[int] = []
        para = self.para
        for i in candidates:
            if i + 1 >= n or para[i + 1] != para[i]:
                continue
            qi = quote[i]
            nxt = toks[i + 1]
            if qi >= 0:
                if q_closes[qi] < 0 or quote[i + 1] == qi:
                    continue
                if not ends_sentence(text, q_starts[qi], q_ends[qi]):
                    continue
            elif toks[i] in _ENDERS:
                if (
                    toks[i] == "."
                    and i > 0
                    and self.end[i - 1] == self.start[i]
                    and self.end[i] == self.start[i + 1]
                    and _dotted_name(toks[i - 1], nxt)
                ):
                    continue  # a full stop inside a name: "JAZZ.FM91", "e.GO"
            else:
                # an abbreviation ends a sentence only before a sentence opener (not "at
                # 7 p.m. Friday")
                if nxt not in CAPITAL_NOT_NAMES or (
                    toks[i].lower() in _CLOCK and nxt.lower() in _AFTER_CLOCK
                ):
                    continue
                boundaries.append(i + 1)
                continue
            if nxt[0].isupper() or nxt[0].isdigit() or nxt in _OPENERS:
                boundaries.append(i + 1)
        # every sentence starts at a paragraph's first token or at a boundary (always
        # inside a paragraph), and ends where the next one starts: the token ranges of the
        # paragraphs follow one another
        starts = [first for first, last in self.para_range if first < last]
        starts.extend(boundaries)
        starts.sort()
        self.sent_first = starts
        self.sent_last = starts[1:]
        if starts:
            self.sent_last.append(n)
        numbers = chain.from_iterable(
            map(repeat, range(len(starts)), map(sub, self.sent_last, starts))
        )
        start = self.start
        self.sent = (
            _array(start.typecode, numbers, n) if isinstance(start, array) else list(numbers)
        )

    def __len__(self) -> int:
        return len(self.start)

    def capitals(self) -> list[int]:
        """The indexes, in order, of the tokens whose first character is upper case: one
        C-level pass, made once for the name readers that ask (read only)."""
        found = self._capitals
        if found is None:
            text = self.text
            found = self._capitals = list(
                compress(range(len(text)), map(str.isupper, map(itemgetter(0), text)))
            )
        return found

    def where(self, words: frozenset[str]) -> list[int]:
        """The indexes, in order, of the tokens whose lower case is one of ``words``, a
        set made by :func:`indexed`."""
        if words not in _ASKED:
            raise ValueError("Tokens.where takes the sets that indexed() made")
        return list(compress(self.places, map(words.__contains__, self.place_words)))

    def at(self, pos: int) -> int:
        """The index of the first token that starts at or after ``pos``."""
        return bisect_left(self.start, pos)

    def before(self, pos: int) -> int:
        """The index of the last token that starts before ``pos`` (or -1)."""
        return bisect_right(self.start, pos - 1) - 1

    def sentence_bounds(self, i: int) -> tuple[int, int]:
        """The token range [first, last) of the sentence of token ``i``."""
        s = self.sent[i]
        return self.sent_first[s], self.sent_last[s]

    def para_bounds(self, i: int) -> tuple[int, int]:
        """The token range [first, last) of the paragraph of token ``i``."""
        return self.para_range[self.para[i]]
