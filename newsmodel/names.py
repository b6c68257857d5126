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
"""

from __future__ import annotations

import functools
from importlib import resources

import regex

__all__ = ["HONORIFICS", "clean_name", "name_key"]

#: The zero-width space, a break between words that shows no space.
ZERO_WIDTH_SPACE_RE = regex.compile(r"\u200b")
#: Joiners that show nothing and join what they stand between (word joiner, BOM).
INVISIBLE_JOINER_RE = regex.compile(r"[\u2060\ufeff]")
#: Punctuation that may wrap a name ("“Jane Roe”", "(CNN)", "Roe,").
EDGE_PUNCT_RE = regex.compile(r"^[\p{P}\p{S}--['’]]+|[\p{P}\p{S}--['’.]]+$", regex.V1)
#: A middle initial: one letter, with or without its full stop ("J.", "J").
INITIAL_RE = regex.compile(r"\p{L}\.?")
#: Apostrophes written as the typographic right single quote.
APOSTROPHE_RE = regex.compile(r"[’ʼ]")

_ARTICLES = frozenset(["the", "a", "an"])


@functools.cache
def _honorifics() -> frozenset[str]:
    source = resources.files("newsmodel").joinpath("data").joinpath("honorifics.txt")
    entries = set()
    for line in source.read_text(encoding="utf-8").splitlines():
        entry = line.strip()
        if entry and not entry.startswith("#"):
            entries.add(entry.casefold())
    return frozenset(entries)


#: Honorifics set aside by :func:`name_key`, case-folded and without full stops.
HONORIFICS = _honorifics()


def clean_name(name: str) -> str:
    """``name`` with each run of white space made one space, and trimmed.

    White space is what Python's :meth:`str.split` splits on (line breaks, tabs, no-break
    and other Unicode spaces, the information separators); a zero-width space counts as
    one, and invisible joiners are dropped.
    """
    return " ".join(ZERO_WIDTH_SPACE_RE.sub(" ", INVISIBLE_JOINER_RE.sub("", name)).split())


def name_key(name: str) -> str:
    """A key that is the same for every way of writing one full name.

    White space is collapsed, apostrophes unified, and a leading article, honorifics
    ("Mr.", "Dr") and middle initials ("J.") set aside; the rest is case-folded. A name
    that is only an honorific and initials keeps them, so no key is empty unless the
    name is.
    """
    words = APOSTROPHE_RE.sub("'", clean_name(name)).split(" ")
    words = [w for w in (EDGE_PUNCT_RE.sub("", w) for w in words) if w]
    if len(words) > 1 and words[0].casefold() in _ARTICLES:
        words = words[1:]
    kept = [w for w in words if w.rstrip(".").casefold() not in HONORIFICS]
    if len(kept) > 2:
        kept = [kept[0], *(w for w in kept[1:-1] if not INITIAL_RE.fullmatch(w)), kept[-1]]
    return " ".join(w.rstrip(".") or w for w in kept or words).casefold()
