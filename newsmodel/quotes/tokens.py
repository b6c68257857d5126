"""Tokens and clause-level sentences of the paragraphs that can hold speech.

One regex pass makes the tokens; one more pass marks which lie inside quotations and
where sentences end. Quotations count as single units: a sentence never ends inside one,
so an attribution after a quotation of several sentences still belongs to it.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence

import regex

from newsmodel.quotes.lexicon import ABBREVIATIONS, CAPITAL_NOT_NAMES
from newsmodel.quotes.marks import RawQuote

__all__ = ["TOKEN_RE", "Tokens", "ends_sentence"]

_ABBREVIATION_ALTERNATIVES = "|".join(sorted(ABBREVIATIONS, key=len, reverse=True))

#: Words (with inner apostrophes and hyphens), possessive 's, abbreviations with their
#: period (Mr., U.S., J.), numbers, typewriter quote pairs and single punctuation marks.
TOKEN_RE = regex.compile(
    rf"(?:\p{{Lu}}-)?(?:{_ABBREVIATION_ALTERNATIVES})\.(?!\p{{L}})"
    r"|\p{Lu}-(?:\p{L}\.){2,}"
    r"|(?:\p{L}\.){2,}"
    r"|\p{Lu}\.(?=[ \t]*\p{Lu})"
    r"|\p{L}[\p{L}\p{M}\p{N}]*(?:(?:[’'](?![sS]\b)|[-‐])[\p{L}\p{M}\p{N}]+)*"
    r"|[’'][sS]\b"
    r"|\d+(?:[.,:]\d+)*(?:st|nd|rd|th|s|%)?(?:-[\p{L}\p{N}]+)*"
    r"|''|``|--+|\.\.\.|\S"
)
_ENDERS = frozenset({".", "!", "?", "...", "…"})
_TRAILING = frozenset("\"“”'’)] \t\n")
_OPENERS = frozenset({"“", '"', "‘", "'", "«", "„", "(", "[", "''", "``"})


def ends_sentence(text: str, start: int, end: int) -> bool:
    """Whether the words in [start, end) end with a sentence's final punctuation ("we won.")."""
    i = end - 1
    while i >= start and i > end - 6 and text[i] in _TRAILING:
        i -= 1
    return i >= start and text[i] in ".!?…"


class Tokens:
    """Parallel lists describing every token of the speech paragraphs, in text order.

    ``quote[i]`` is the index of the quotation the token lies in (its marks included) or
    -1; ``sent[i]`` numbers sentences across the article; ``para[i]`` is the index of
    the token's paragraph in the article.
    """

    __slots__ = (
        "end",
        "lower",
        "para",
        "para_range",
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
        self.start: list[int] = []
        self.end: list[int] = []
        self.text: list[str] = []
        self.para: list[int] = []
        self.para_range: dict[int, tuple[int, int]] = {}
        for index, lo, hi in paragraphs:
            first = len(self.start)
            for m in TOKEN_RE.finditer(text, lo, hi):
                self.start.append(m.start())
                self.end.append(m.end())
                self.text.append(m.group())
                self.para.append(index)
            self.para_range[index] = (first, len(self.start))
        self.lower: list[str] = [t.lower() for t in self.text]
        n = len(self.start)
        self.quote: list[int] = [-1] * n
        self.quote_range: list[tuple[int, int]] = []
        for qi, q in enumerate(quotes):
            outer_end = q.close if q.close is not None else q.end
            a = bisect_left(self.start, q.open)
            b = bisect_left(self.start, outer_end)
            for i in range(a, b):
                self.quote[i] = qi
            self.quote_range.append((a, b))
        self.sent: list[int] = [0] * n
        self.sent_first: list[int] = []
        self.sent_last: list[int] = []
        self._sentences(text, quotes)

    def _sentences(self, text: str, quotes: Sequence[RawQuote]) -> None:
        sid = -1
        for first, last in self.para_range.values():
            if first == last:
                continue
            sid += 1
            self.sent_first.append(first)
            for i in range(first, last):
                self.sent[i] = sid
                if i + 1 >= last:
                    break
                qi = self.quote[i]
                tok = self.text[i]
                nxt = self.text[i + 1]
                if qi >= 0:
                    q = quotes[qi]
                    if q.close is None or self.quote[i + 1] == qi:
                        continue
                    if not ends_sentence(text, q.start, q.end):
                        continue
                    if not (nxt[0].isupper() or nxt[0].isdigit() or nxt in _OPENERS):
                        continue
                elif tok in _ENDERS:
                    if not (nxt[0].isupper() or nxt[0].isdigit() or nxt in _OPENERS):
                        continue
                elif tok.endswith(".") and len(tok) > 1:
                    # an abbreviation ends a sentence only before a sentence opener
                    if nxt not in CAPITAL_NOT_NAMES:
                        continue
                else:
                    continue
                self.sent_last.append(i + 1)
                sid += 1
                self.sent_first.append(i + 1)
            self.sent_last.append(last)

    def __len__(self) -> int:
        return len(self.start)

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
