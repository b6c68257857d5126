"""Parts of a proper name that look like something else: the possessive of a saint's
name ("St. John’s", "St. Michael’s Hospital"), the number of a union's unit ("UFCW
Local 832") and a surname's particle capitalised to open a sentence ("Van der Berg").
:mod:`name_runs`, :mod:`speaker_kinds`, :mod:`speaker_after` and :mod:`article_names`
keep them inside the name.
"""

from __future__ import annotations

from newsmodel.quotes.lexicon import NUMBERED_UNITS, word_list
from newsmodel.quotes.proper_names import NAME_PARTICLES
from newsmodel.quotes.tokens import Tokens

__all__ = ["SAINT_WORDS", "ends_name", "saint_possessive", "unit_number"]

#: Words before a saint's name, whose possessive is part of a name: "St. John’s".
SAINT_WORDS = word_list("saint_words")


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
