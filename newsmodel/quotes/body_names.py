"""Names of bodies read whole, though "and" joins their words: the bodies of government
:data:`~newsmodel.quotes.lexicon.PUBLIC_BODIES` lists ("Immigration, Refugees and
Citizenship Canada") and national bodies named for their country ("Colleges and Institutes
Canada"), one speaker each rather than two coordinated.
"""

from __future__ import annotations

from newsmodel.quotes.lexicon import COUNTRIES, PUBLIC_BODIES
from newsmodel.quotes.proper_names import is_given_name
from newsmodel.quotes.tokens import TOKEN_RE, Tokens

__all__ = ["national_body", "public_body_at"]

#: The tokens of the names of bodies of government that say no such word, and their
#: last words: "Immigration", ",", "Refugees", "and", "Citizenship", "Canada".
_PUBLIC_BODY_TOKENS = frozenset(tuple(TOKEN_RE.findall(name)) for name in PUBLIC_BODIES)
_PUBLIC_BODY_LAST_WORDS = frozenset(words[-1] for words in _PUBLIC_BODY_TOKENS)
#: The fewest tokens of a national body's name: "Colleges", "and", "Institutes", "Canada".
_NATIONAL_TOKENS = 4


def public_body_at(tokens: Tokens, first: int, last: int) -> bool:
    """Whether tokens [first, last), bar a "the" opening them, name a body of government
    that :data:`PUBLIC_BODIES` lists ("Immigration, Refugees and Citizenship Canada")."""
    start = first + (tokens.lower[first] == "the")
    if start >= last or tokens.text[last - 1] not in _PUBLIC_BODY_LAST_WORDS:
        return False
    return tuple(tokens.text[start:last]) in _PUBLIC_BODY_TOKENS


def national_body(tokens: Tokens, first: int, last: int) -> bool:
    """Whether tokens [first, last), bar a "the", are capitalised words joined by "and"
    that end with a country after a word of the name, and hold no given name: one
    national body, "Colleges and Institutes Canada" (not "France, Germany and Italy", nor
    "Ann Dale and Tom Hale of Canada")."""
    text = tokens.text
    start = first + (tokens.lower[first] == "the")
    return (
        last - start >= _NATIONAL_TOKENS
        and text[last - 1] in COUNTRIES
        and text[last - 2] not in ("and", ",")
        and all(text[k][:1].isupper() or text[k] in ("and", ",") for k in range(start, last))
        and not any(is_given_name(text[k]) for k in range(start, last))
    )
