"""Surface features of a line of text that the structure rules share: its words, its
case, and how it ends."""

from __future__ import annotations

import functools
import itertools
import re

import regex

__all__ = [
    "SMALL_WORDS",
    "caps_share",
    "ends_with_final_punctuation",
    "final_mark",
    "is_all_caps",
    "is_name_like",
    "lowered",
    "more_words_than",
    "title_case_share",
    "tokens",
    "words",
]

#: A word: letters or digits, with inner apostrophes, dots and hyphens ("U.S.", "O'Neil").
WORD_RE = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}\p{M}'’.\-]*")
#: Characters outside the plain set: ASCII, and signs and marks that are no letter, digit
#: or combining mark (the no-break space, curly quotes, dashes, the ellipsis, currency).
NOT_PLAIN_RE = re.compile("[^\x00-\x7f\xa0’‘“”—–…‐£€¥°©®™§•―]")
#: WORD_RE for a plain string (none of NOT_PLAIN_RE's characters), with stdlib ``re``
#: (faster): its letters, digits and marks are the ASCII ones, so it finds the same words.
PLAIN_WORD_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9'’.\-]*")
#: Closing quotes and brackets that may follow the last punctuation mark (stripped with
#: str.rstrip, which is linear where a regex anchored at the end is not).
CLOSERS = "\"'”’»)]}*_ \t\n\r\f\v\u00a0"
#: A name token: capitalised ("Jane", "O'Neil", "Jean-Luc", "J.", "McDonald").
NAME_TOKEN_RE = regex.compile(r"(?:\p{Lu}[\p{L}\p{M}'’\-]*\.?|\p{Lu}\.(?:\p{Lu}\.)*)")
#: Lower-case particles inside names ("Ludwig van Beethoven", "Maria da Silva").
NAME_PARTICLES = frozenset(
    [
        "van",
        "von",
        "der",
        "den",
        "de",
        "del",
        "della",
        "di",
        "da",
        "das",
        "dos",
        "du",
        "la",
        "le",
        "bin",
        "bint",
        "ibn",
        "al",
        "el",
        "ben",
        "ter",
        "ten",
        "y",
        "e",
    ]
)
#: Name suffixes ("Jr.", "III").
NAME_SUFFIXES = frozenset(["jr", "jr.", "sr", "sr.", "ii", "iii", "iv", "phd"])

#: Words a title leaves in lower case ("The Fall of the House of Usher").
SMALL_WORDS = frozenset(
    [
        "a",
        "an",
        "and",
        "as",
        "at",
        "but",
        "by",
        "for",
        "from",
        "in",
        "into",
        "nor",
        "of",
        "off",
        "on",
        "onto",
        "or",
        "per",
        "so",
        "the",
        "to",
        "up",
        "via",
        "vs",
        "vs.",
        "with",
        "over",
        "out",
        "is",
        "are",
        "be",
    ]
)


#: Sentence-final marks, Latin and CJK/Arabic ones.
FINAL_MARKS = frozenset(".!?…。！？؟")


#: Strings up to this long keep their words in a small cache: the structure rules ask
#: for the words of the same paragraph several times.
CACHED_CHARS = 4000


def word_re(s: str) -> regex.Pattern[str] | re.Pattern[str]:
    """The pattern that finds the words of ``s``: PLAIN_WORD_RE where ``s`` is plain,
    else WORD_RE (the same words)."""
    return PLAIN_WORD_RE if s.isascii() or NOT_PLAIN_RE.search(s) is None else WORD_RE


def tokens(s: str) -> list[str]:
    """The words of ``s``."""
    return list(words(s))


def words(s: str) -> tuple[str, ...]:
    """The words of ``s``, as :func:`tokens` gives them, in a tuple; those of the last
    few strings asked about are remembered."""
    if len(s) <= CACHED_CHARS:
        return _cached_words(s)
    return tuple(word_re(s).findall(s))


@functools.lru_cache(maxsize=64)
def _cached_words(s: str) -> tuple[str, ...]:
    return tuple(word_re(s).findall(s))


#: Letters outside ASCII that the regex module matches case-insensitively to ASCII ones,
#: with those letters: I WITH DOT ABOVE ("i") and LONG S ("s"); KELVIN SIGN, the only
#: other one, lowers to "k" by itself.
CASE_TWINS = (("\u0130", "i"), ("\u017f", "s"))


def lowered(s: str) -> str:
    """``s`` in lower case, its case twins (CASE_TWINS) made ASCII: every match of a
    case-insensitive pattern in ``s`` holds the pattern's ASCII letters here, so words
    looked up in it tell where such a pattern cannot match. Remembered like words."""
    if len(s) <= CACHED_CHARS:
        return _cached_lowered(s)
    return _lowered(s)


def _lowered(s: str) -> str:
    for twin, letter in CASE_TWINS:
        if twin in s:
            s = s.replace(twin, letter)
    return s.lower()


@functools.lru_cache(maxsize=64)
def _cached_lowered(s: str) -> str:
    return _lowered(s)


def more_words_than(s: str, limit: int) -> bool:
    """Whether ``s`` has more than ``limit`` words (``len(words(s)) > limit``), found
    without making the words, and without reading past the first ``limit + 1``."""
    if limit >= 0 and (s.isascii() or NOT_PLAIN_RE.search(s) is None):
        return _plain_words_at_least(limit + 1).match(s) is not None
    return next(itertools.islice(WORD_RE.finditer(s), limit, None), None) is not None


@functools.lru_cache(maxsize=32)
def _plain_words_at_least(count: int) -> re.Pattern[str]:
    """A pattern that matches a plain string (see PLAIN_WORD_RE) holding at least
    ``count`` words: the words PLAIN_WORD_RE finds, each taken whole (a lookahead and a
    back-reference, which nothing can shorten), with what lies between them. Compiled
    once for each count asked; linear (no word can be split to make another)."""
    return re.compile(
        rf"[^A-Za-z0-9]*(?:(?=([A-Za-z0-9][A-Za-z0-9'’.\-]*))\1[^A-Za-z0-9]*){{{count}}}"
    )


def caps_share(s: str) -> float:
    """The share of upper-case letters among the letters of ``s`` (0 without letters)."""
    upper = sum(map(str.isupper, s))  # (no character is both upper and lower case)
    lower = sum(map(str.islower, s))
    return upper / (upper + lower) if upper + lower else 0.0


def is_all_caps(s: str) -> bool:
    """Whether ``s`` is written in capitals: at least three letters, nearly all upper case."""
    # caps_share(s) >= 0.9, and the letters counted only then.
    upper = sum(map(str.isupper, s))
    if not upper:
        return False
    lower = sum(map(str.islower, s))
    return upper / (upper + lower) >= 0.9 and sum(map(str.isalpha, s)) >= 3


def title_case_share(s: str) -> float:
    """The share of words (other than small words) that start with a capital or a digit."""
    found = [w for w in words(s) if w.casefold() not in SMALL_WORDS]
    if not found:
        return 0.0
    return sum(1 for w in found if w[0].isupper() or w[0].isdigit()) / len(found)


def final_mark(s: str) -> str:
    """The last character of ``s`` that is not a closing quote, bracket or space."""
    stripped = s.rstrip(CLOSERS)
    return stripped[-1] if stripped else ""


def ends_with_final_punctuation(s: str) -> bool:
    """Whether ``s`` ends like a sentence: with . ! ? … (or 。！？؟), closing quotes allowed."""
    return final_mark(s) in FINAL_MARKS


def is_name_like(s: str, *, max_tokens: int = 5) -> bool:
    """Whether ``s`` reads as a person's name: one to ``max_tokens`` capitalised words,
    with name particles and suffixes allowed ("Jane Doe", "Maria da Silva", "J.R. Smith")."""
    parts = s.split()
    if not parts or len(parts) > max_tokens:
        return False
    capitalised = 0
    for part in parts:
        low = part.casefold()
        if low in NAME_PARTICLES or low in NAME_SUFFIXES:
            continue
        if not NAME_TOKEN_RE.fullmatch(part):
            return False
        capitalised += 1
    return capitalised >= 1
