"""Word lists shipped as package data (``newsmodel/data/*.txt``).

Each list is a UTF-8 text file with one entry a line; blank lines and lines starting
with ``#`` are ignored. Lists are read once and kept as frozensets of case-folded
entries, so lookups are case-insensitive.
"""

from __future__ import annotations

import functools
from importlib import resources

__all__ = ["AGENCIES", "DEMONYMS", "PLACES", "SENTENCE_STARTERS", "US_STATES", "words"]


@functools.cache
def words(name: str) -> frozenset[str]:
    """The case-folded entries of the word list ``newsmodel/data/{name}.txt`` (``name``
    may name a folder first: ``"captions/depiction_verbs"``)."""
    source = resources.files("newsmodel").joinpath("data", *f"{name}.txt".split("/"))
    entries = set()
    for line in source.read_text(encoding="utf-8").splitlines():
        entry = " ".join(line.split())
        if entry and not entry.startswith("#"):
            entries.add(entry.casefold())
    return frozenset(entries)


#: News agencies and outlets ("Reuters", "CNN", "Associated Press").
AGENCIES = words("agencies")
#: Countries, capitals and dateline cities.
PLACES = words("places")
#: US states and Canadian provinces, written out and abbreviated ("Calif.", "N.Y.").
US_STATES = words("us_states")
#: Nationality adjectives ("Kenyan", "Brazilian").
DEMONYMS = words("demonyms")
#: Words that open a lead sentence and are no part of a place name.
SENTENCE_STARTERS = words("sentence_starters")
