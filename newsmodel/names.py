"""Names made clean for display and stable for counting.

:func:`clean_name` is how a name is shown: the words as written, with every run of white
space (line breaks of hard-wrapped wire copy, tabs, no-break and other Unicode spaces)
made one space. :func:`name_key` is how a name is counted across a corpus: the clean name
without honorifics, middle initials, a leading article or surrounding punctuation, case
folded. Accents are kept: "José" and "Jose" are two keys.

>>> clean_name("National Health\\nSystems  Inc")
'National Health Systems Inc'
>>> name_key("Donald J. Trump") == name_key("Donald\\u00a0Trump") == "donald trump"
True
>>> name_key("Mr. Trump")
'trump'
>>> name_key("the Ontario Hospital Association")
'ontario hospital association'

The text of an article is never changed: these are views of the names found in it.

:func:`given_name` looks a word up in a table of given names with how many people were
counted with each and the share of women among them, derived from nomquamgender (MIT
licence; ``newsmodel/data/given_names.LICENSE``) by ``bench/given_names.py``. It tells
whether a capitalised word is a common given name, and which pronoun its bearers
usually take: a statistic about names, which the words of an article outrank.
"""

from __future__ import annotations

import functools
import gzip
import string
import unicodedata
from importlib import resources

import attrs
import regex

__all__ = ["HONORIFICS", "GivenName", "clean_name", "given_name", "given_names", "name_key"]

#: The zero-width space, a break between words that shows no space.
ZERO_WIDTH_SPACE_RE = regex.compile(r"\u200b")
#: Characters that show nothing and join what they stand between (word joiner, BOM, the
#: soft hyphen, a hint where a word may break).
INVISIBLE_JOINER_RE = regex.compile(r"[\u2060\ufeff\u00ad]")
#: Punctuation that may wrap a name ("“Jane Roe”", "(CNN)", "Roe,").
EDGE_PUNCT_RE = regex.compile(r"^[\p{P}\p{S}--['’]]+|[\p{P}\p{S}--['’.]]+$", regex.V1)
#: A middle initial: one letter, with or without its full stop ("J.", "J").
INITIAL_RE = regex.compile(r"\p{L}\.?")
#: Apostrophes written as the typographic right single quote.
APOSTROPHE_RE = regex.compile(r"[’ʼ]")
#: The ASCII characters EDGE_PUNCT_RE strips from the start of a word (every ASCII
#: punctuation mark and symbol but the apostrophe), and from its end (nor the full stop).
_ASCII_EDGE = "".join(c for c in string.punctuation if c != "'")
_ASCII_END = _ASCII_EDGE.replace(".", "")


def _entries(name: str) -> frozenset[str]:
    """The case-folded entries of ``newsmodel/data/{name}``, one a line ("#" comments)."""
    source = resources.files("newsmodel").joinpath("data").joinpath(name)
    entries = set()
    for line in source.read_text(encoding="utf-8").splitlines():
        entry = line.strip()
        if entry and not entry.startswith("#"):
            entries.add(entry.casefold())
    return frozenset(entries)


#: Honorifics set aside by :func:`name_key`, case-folded and without full stops.
HONORIFICS = _entries("honorifics.txt")
#: Articles set aside at the start of a name ("the Ontario Hospital Association").
_ARTICLES = _entries("articles.txt")


@functools.lru_cache(maxsize=16384)
def clean_name(name: str) -> str:
    """``name`` with each run of white space made one space, and trimmed.

    White space is what Python's :meth:`str.split` splits on (line breaks, tabs, no-break
    and other Unicode spaces, the information separators); a zero-width space counts as
    one, and invisible joiners are dropped.
    """
    if name.isascii():  # (no zero-width space or joiner to replace)
        return " ".join(name.split())
    return " ".join(ZERO_WIDTH_SPACE_RE.sub(" ", INVISIBLE_JOINER_RE.sub("", name)).split())


@functools.lru_cache(maxsize=16384)
def name_key(name: str) -> str:
    """A key that is the same for every way of writing one full name.

    White space is collapsed, apostrophes unified, and a leading article, honorifics
    ("Mr.", "Dr") and middle initials ("J.") set aside; the rest is case-folded. A name
    that is only an honorific and initials keeps them, so no key is empty unless the
    name is.
    """
    clean = clean_name(name)
    if clean.isascii():
        # (no typographic apostrophe; EDGE_PUNCT_RE's punctuation and symbols are the
        # ASCII ones but the apostrophe, and the full stop at the end)
        words = [
            w for w in (w.lstrip(_ASCII_EDGE).rstrip(_ASCII_END) for w in clean.split(" ")) if w
        ]
    else:
        words = APOSTROPHE_RE.sub("'", clean).split(" ")
        words = [w for w in (EDGE_PUNCT_RE.sub("", w) for w in words) if w]
    if len(words) > 1 and words[0].casefold() in _ARTICLES:
        words = words[1:]
    kept = [w for w in words if w.rstrip(".").casefold() not in HONORIFICS]
    if len(kept) > 2:
        kept = [kept[0], *(w for w in kept[1:-1] if not INITIAL_RE.fullmatch(w)), kept[-1]]
    return " ".join(w.rstrip(".") or w for w in kept or words).casefold()


@attrs.frozen
class GivenName:
    """A given name of the table: how many people were counted with it, and the share of
    women among them (in [0, 1])."""

    name: str
    count: int
    female: float


#: Marks that ASCII folding drops ("José" is looked up as "jose").
COMBINING_RE = regex.compile(r"\p{Mn}+")


@functools.cache
def given_names() -> dict[str, tuple[int, int]]:
    """The table of given names: a lower-case ASCII given name to the number of people
    counted with it and the per cent of women among them. Read once, when first asked."""
    return _given_names()


@functools.cache
def _given_names() -> dict[str, tuple[int, int]]:
    source = resources.files("newsmodel").joinpath("data").joinpath("given_names.tsv.gz")
    table: dict[str, tuple[int, int]] = {}
    with gzip.open(source.open("rb"), "rt", encoding="utf-8") as lines:
        for line in lines:
            if line.startswith("#"):
                continue
            name, count, share = line.rstrip("\n").split("\t")
            table[name] = (int(count), int(share))
    return table


@functools.lru_cache(maxsize=65536)
def given_name(word: str) -> GivenName | None:
    """The table's entry for ``word`` as a given name (case, accents and the typographic
    apostrophe set aside), or None when the table does not list it.

    >>> given_name("Wendy").female > 0.9
    True
    """
    if word.isascii():  # (nothing to decompose, no mark to drop, no ’)
        folded = word.lower()
    else:
        folded = COMBINING_RE.sub("", unicodedata.normalize("NFKD", word)).casefold()
        folded = APOSTROPHE_RE.sub("'", folded)
    found = _given_names().get(folded)
    if found is None:
        return None
    return GivenName(folded, found[0], found[1] / 100)
