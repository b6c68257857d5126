"""Names of bodies read whole, though "and" joins their words: the bodies of government
:data:`~newsmodel.quotes.lexicon.PUBLIC_BODIES` lists ("Immigration, Refugees and
Citizenship Canada") and national bodies named for their country ("Colleges and Institutes
Canada"), one speaker each rather than two coordinated; and French names of bodies, whose
lower-case words and capitalised place are no person's ("the Conseil du patronat du
Québec", "l’Office québécois de la langue française").
"""

from __future__ import annotations

from newsmodel.quotes.lexicon import (
    COUNTRIES,
    FUNCTION_WORDS,
    ORG_MARKERS,
    PUBLIC_BODIES,
    word_list,
)
from newsmodel.quotes.proper_names import is_given_name
from newsmodel.quotes.tokens import TOKEN_RE, Tokens

__all__ = [
    "french_body",
    "french_body_end",
    "name_after_adjectives",
    "national_body",
    "public_body_at",
]

#: The tokens of the names of bodies of government that say no such word, and their
#: last words: "Immigration", ",", "Refugees", "and", "Citizenship", "Canada".
_PUBLIC_BODY_TOKENS = frozenset(tuple(TOKEN_RE.findall(name)) for name in PUBLIC_BODIES)
_PUBLIC_BODY_LAST_WORDS = frozenset(words[-1] for words in _PUBLIC_BODY_TOKENS)
#: The fewest tokens of a national body's name: "Colleges", "and", "Institutes", "Canada".
_NATIONAL_TOKENS = 4
#: The words a French name of a body opens with ("Conseil", "Régie", "Office"), those of
#: them no English word is ("Assemblée nationale" needs no "de"), and the small words
#: that join the rest ("de", "du", "et"; "l’" and "d’" open a word).
_FRENCH_HEADS = word_list("french_body_heads")
_FRENCH_ONLY_HEADS = word_list("french_only_body_heads")
_FRENCH_JOINERS = word_list("french_joiners")
_ELIDED = tuple(sorted(word_list("french_elisions")))


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


def french_body(tokens: Tokens, first: int, last: int) -> bool:
    """Whether tokens [first, last), bar a "the", are a French name of a body: a head
    :data:`_FRENCH_HEADS` lists, then French words, capitalised or joined by "de", "du",
    "et" and the like, none of them an English function word ("the Conseil du patronat
    du Québec", "the Office québécois de la langue française"; not "the Centre for
    Addiction and Mental Health", nor "Coalition sources")."""
    text = tokens.text
    lower = tokens.lower
    start = first + (lower[first] == "the")
    if last - start >= 5 and text[last - 1] == ")" and text[last - 3] == "(":
        last -= 3  # "the Régie du logement (RDL)": its acronym after it
    if last - start < 2 or not text[start][:1].isupper() or lower[start] not in _FRENCH_HEADS:
        return False
    return _french_end(tokens, start, last) == last


def french_body_end(tokens: Tokens, first: int, hi: int) -> int:
    """Where a French name of a body that tokens from ``first`` (bar a "the") open ends,
    before token ``hi``: "said the Caisse de dépôt et placement du Québec on Monday" ends
    before "on". ``first`` when none opens there."""
    start = first + (first < hi and tokens.lower[first] == "the")
    if start + 1 >= hi or not tokens.text[start][:1].isupper():
        return first
    if tokens.lower[start] not in _FRENCH_HEADS:
        return first
    end = _french_end(tokens, start, hi)
    return end if end > start else first


def _french_end(tokens: Tokens, start: int, hi: int) -> int:
    """The end of the French words joined after the head at ``start``, before ``hi``,
    bar joiners at its end; ``start`` when no joiner (nor a lower-case word after a head
    no English word is) shows them French."""
    text = tokens.text
    lower = tokens.lower
    joined = lower[start] in _FRENCH_ONLY_HEADS and text[start + 1][:1].islower()
    end = start + 1
    for k in range(start + 1, hi):
        w = lower[k]
        if w in _FRENCH_JOINERS:
            joined = True
            continue
        if not text[k][:1].isalpha() or (w in FUNCTION_WORDS and not w.startswith(_ELIDED)):
            break
        joined = joined or w.startswith(_ELIDED)
        end = k + 1
    return end if joined else start


#: The most words in lower case between "the" and a body's name: "the provincial".
_NAME_ADJECTIVES = 2


def name_after_adjectives(tokens: Tokens, first: int, last: int) -> int:
    """Where the name of a body starts after "the" and words in lower case that describe
    it, at token ``first`` ("the provincial Department of Municipal Affairs", "the federal
    Ministry of Health": the Department, the Ministry), or ``first``: the name's words
    are capitalised, one of them a marker of a body."""
    lower, text = tokens.lower, tokens.text
    if lower[first] != "the":
        return first
    k = first + 1
    while k < last and k - first <= _NAME_ADJECTIVES and text[k].isalpha() and text[k].islower():
        if lower[k] in FUNCTION_WORDS:
            return first
        k += 1
    if k == first + 1 or k >= last or not text[k][:1].isupper():
        return first
    if not all(text[m][:1].isupper() or lower[m] in ("of", "and", "for") for m in range(k, last)):
        return first
    return k if any(lower[m] in ORG_MARKERS for m in range(k, last)) else first
