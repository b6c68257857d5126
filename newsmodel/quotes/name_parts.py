"""Parts of a proper name that look like something else: the possessive of a saint's
name ("St. John’s", "St. Michael’s Hospital"), the number of a union's unit ("UFCW
Local 832") and a surname's particle capitalised to open a sentence ("Van der Berg").
:mod:`name_runs`, :mod:`speaker_kinds`, :mod:`speaker_after` and :mod:`article_names`
keep them inside the name; the engine names a peer or a royal known by one name with the
title ("Lord Falconer").
"""

from __future__ import annotations

import regex

from newsmodel.quotes.lexicon import NUMBERED_UNITS, word_list
from newsmodel.quotes.proper_names import NAME_PARTICLES
from newsmodel.quotes.tokens import Tokens

__all__ = [
    "LONE_NAME_TITLES",
    "SAINT_WORDS",
    "ends_name",
    "lone_name_titles",
    "saint_possessive",
    "unit_number",
]

#: Words before a saint's name, whose possessive is part of a name: "St. John’s".
SAINT_WORDS = word_list("saint_words")
#: Titles a person named by one name keeps in the name: "Lord Falconer" (read by the
#: people stage too, which names "Lord Coe" so).
LONE_NAME_TITLES = word_list("lone_name_titles")
#: A title of the peerage or of royalty and the one word of a name after it.
_LONE_NAME_TITLE_RE = regex.compile(
    r"\b(" + "|".join(sorted(t.capitalize() for t in LONE_NAME_TITLES)) + r")"
    r"[ \t\u00a0]+(\p{Lu}\p{Ll}+(?:[-’']\p{Lu}\p{Ll}+)?)\b(?![ \t\u00a0]+\p{Lu})"
)


def saint_possessive(tokens: Tokens, k: int) -> bool:
    """Whether token ``k`` is the possessive of a saint's name, part of a name: "St.
    John’s"."""
    return (
        k >= 2
        and tokens.lower[k] in ("’s", "'s")
        and tokens.quote[k] < 0
        and tokens.lower[k - 2] in SAINT_WORDS
        and tokens.text[k - 2][:1].isupper()
    )


def unit_number(tokens: Tokens, k: int) -> bool:
    """Whether token ``k`` is the number of a union's unit, after its capitalised word
    ("Local", "Lodge"): "UFCW Local 832"."""
    return (
        k >= 1
        and tokens.text[k].isdigit()
        and tokens.lower[k - 1] in NUMBERED_UNITS
        and tokens.text[k - 1][:1].isupper()
    )


def ends_name(name: str, short: str) -> bool:
    """Whether ``short`` is the end of the full ``name`` of someone: "Hawk Sawyer" of
    "Kathleen Hawk Sawyer", and "Van der Berg", its particle capitalised to open a
    sentence, of "Renée van der Berg"."""
    if name.endswith(" " + short):
        return True
    particle, _, rest = short.partition(" ")
    return (
        bool(rest)
        and particle.lower() in NAME_PARTICLES
        and name.endswith(f" {particle.lower()} {rest}")
    )


def lone_name_titles(text: str) -> dict[str, str]:
    """The one-word names of ``text`` that a title of the peerage or of royalty names,
    to the name with its title: {"Falconer": "Lord Falconer", "Harry": "Prince Harry"},
    so that "Falconer said" after "Lord Falconer" is named as he is (a name two titles
    name, "Lady Hale" and "Lord Hale", is left alone)."""
    found: dict[str, str] = {}
    twice: set[str] = set()
    for m in _LONE_NAME_TITLE_RE.finditer(text):
        name, full = m.group(2), f"{m.group(1)} {m.group(2)}"
        if found.setdefault(name, full) != full:
            twice.add(name)
    for name in twice:
        del found[name]
    return found
