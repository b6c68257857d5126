"""The words around a name: the title before it, the description after it, and what they
say of the person's gender and role.

Each reader takes the article's tokens (:class:`newsmodel.quotes.tokens.Tokens`) and a
name's token range, and returns located token ranges; :func:`role_of` and
:func:`gender_words` turn the words of a range into a role or a gender.

- the title: the words before the name in its paragraph, back to a punctuation mark or
  a function word ("Ontario Premier Doug Ford", "Liberal health critic Adil Rahman",
  "Mrs. Jane Roe");
- the description: an appositive after the name, from its comma to the next punctuation
  ("Jane Roe, a professor at the University of Toronto, said");
- the noun before: a role noun and a comma before the name ("Her lawyer, Johan Smit").
"""

from __future__ import annotations

import functools

from newsmodel.model import Gender, Role
from newsmodel.people.lexicon import (
    CONTEXT_ROLES,
    GENDERED_NOUNS,
    GENERIC_ROLE_WORDS,
    HONORIFIC_GENDERS,
    ROLE_PHRASES,
    word_list,
)
from newsmodel.quotes.lexicon import CUE_FORMS, FUNCTION_WORDS, TITLE_WORDS
from newsmodel.quotes.tokens import Tokens

__all__ = [
    "description_range",
    "gender_words",
    "honorific_at",
    "noun_before",
    "role_of",
    "title_range",
]

#: The most words a title before a name may have.
MAX_TITLE = 6
#: The most words a description after a name may have.
MAX_DESCRIPTION = 14
#: Tokens that end a title or a description.
_STOPS = frozenset({",", ".", ";", ":", "!", "?", "(", ")", "—", "–", "--", "/", '"', "“", "”"})
#: Words that may sit inside a title ("Minister of Finance", "head of the union").
_TITLE_JOINERS = word_list("title_joiners")
#: Words that open a clause, which no description is: "Jane Roe, who ...".
_CLAUSE_WORDS = word_list("clause_words")
#: Words after which a description is about someone or something else.
_DESCRIPTION_CUTS = word_list("description_cuts")
_POSSESSIVE = frozenset({"'s", "’s"})
#: Prepositions that end the part of a title or description read for a gendered noun: "a
#: mother of two".
_GENDER_WORD_STOPS = word_list("gender_word_stops")


@functools.lru_cache(maxsize=8192)
def _plain(word: str) -> str:
    """A word lower case, without its full stops (remembered: the words around names
    are read once for their gender, again for their role)."""
    return word.rstrip(".").lower()


def _singular(word: str) -> str:
    """A listed role noun for a plural ("owners" -> "owner"), else the word."""
    if word.endswith("s") and word not in ROLE_PHRASES and word[:-1] in ROLE_PHRASES:
        return word[:-1]
    return word


@functools.lru_cache(maxsize=8192)
def _role_form(word: str) -> str:
    """A word as the role tables write it: lower case, no full stop, singular."""
    return _singular(_plain(word))


@functools.lru_cache(maxsize=8192)
def _role_reading(word: str) -> str:
    """A word as :func:`role_of` reads it: its role form, or "" for a capitalised word,
    which names an organisation or a place ("UFCW Local 832 president") unless it is a
    title ("Premier", "Leader")."""
    w = _role_form(word)
    if word[:1].islower() or word.endswith(".") or w in TITLE_WORDS or w in GENERIC_ROLE_WORDS:
        return w
    return ""


#: The first words of the role phrases of several words ("prime" of "prime minister").
_PHRASE_STARTS = frozenset(phrase.split(" ")[0] for phrase in ROLE_PHRASES if " " in phrase)


def honorific_at(tokens: Tokens, k: int) -> Gender | None:
    """The gender of the honorific at token ``k`` ("Mrs." -> female), if it is one."""
    if k < 0 or not tokens.text[k][0].isupper():
        return None
    return HONORIFIC_GENDERS.get(_plain(tokens.text[k]))


def title_range(tokens: Tokens, first: int) -> tuple[int, int] | None:
    """The title before the name starting at token ``first``: capitalised title words and
    the lower-case words of a role ("Toronto police Const.", "health critic"), back to a
    stop; None when there is none."""
    para = tokens.para[first]
    text = tokens.text
    lower = tokens.lower
    k = first
    while k > 0 and first - k < MAX_TITLE:
        j = k - 1
        if tokens.para[j] != para or tokens.quote[j] >= 0:
            break
        t = text[j]
        w = lower[j]
        if t in _STOPS or not (t[0].isalnum()):
            if t in _POSSESSIVE:  # "the union's president"
                k = j
                continue
            break
        if w in _TITLE_JOINERS and k < first:
            k = j
            continue
        if w in FUNCTION_WORDS or w in CUE_FORMS:
            break
        k = j
    while k < first and lower[k] in _TITLE_JOINERS:
        k += 1
    return (k, first) if k < first else None


def description_range(tokens: Tokens, last: int) -> tuple[int, int] | None:
    """The appositive after a name that ends before token ``last``: ", a professor at
    the University of Toronto," gives the range of its words; None when the name is not
    followed by a comma and a noun phrase."""
    n = len(tokens)
    if last >= n or tokens.text[last] != "," or last + 1 >= n:
        return None
    para = tokens.para[last]
    start = last + 1
    first_word = tokens.lower[start]
    if first_word in _CLAUSE_WORDS or first_word in CUE_FORMS or tokens.quote[start] >= 0:
        return None
    k = start
    while k < n and k - start < MAX_DESCRIPTION and tokens.para[k] == para:
        t = tokens.text[k]
        if tokens.lower[k] in _DESCRIPTION_CUTS:
            # "a fisherman who takes the early boat": the noun phrase before the clause
            return (start, k) if k > start else None
        if t in _STOPS or tokens.quote[k] >= 0:
            break
        k += 1
    if k >= n or tokens.para[k] != para or k - start >= MAX_DESCRIPTION:
        return None
    if tokens.text[k] not in _STOPS:
        return None
    return (start, k) if k > start else None


def noun_before(tokens: Tokens, first: int) -> tuple[int, int] | None:
    """The role noun before a comma before the name ("Her lawyer, Johan Smit"): the
    range of the noun, when it is one of the listed role or gendered nouns."""
    if first < 2 or tokens.text[first - 1] != ",":
        return None
    k = first - 2
    w = tokens.lower[k]
    if tokens.para[k] != tokens.para[first] or not tokens.text[k][0].islower():
        return None
    if w in GENDERED_NOUNS or w in ROLE_PHRASES or w in TITLE_WORDS:
        return k, k + 1
    return None


def gender_words(words: list[str]) -> tuple[int, Gender] | None:
    """The first gendered noun of a title or description, by its index in ``words``;
    a description is read up to its first preposition ("a mother of two")."""
    for i, word in enumerate(words):
        w = _plain(word)
        if w in _GENDER_WORD_STOPS:
            break
        if w in _POSSESSIVE:
            continue
        gender = GENDERED_NOUNS.get(w)
        if gender is not None:
            if i + 1 < len(words) and _plain(words[i + 1]) in _POSSESSIVE:
                continue  # "the mother's lawyer": the lawyer is the person
            return i, gender
    return None


def role_of(words: list[str]) -> tuple[int, int, Role] | None:
    """The role a title or description gives: the range of its words in ``words`` and
    the role. Phrases of several words are tried first ("prime minister", "chief
    executive"); a generic title ("president", "director") takes the role of a word that
    places it ("the union's president" is an advocate), else its own."""
    context = next((CONTEXT_ROLES[w] for w in map(_role_form, words) if w in CONTEXT_ROLES), None)
    plain = list(map(_role_reading, words))
    fallback: tuple[int, int, Role] | None = None
    for i, word in enumerate(plain):
        if word in _PHRASE_STARTS:  # (words hold no space: no other can open a phrase)
            for size in (3, 2):
                role = (
                    ROLE_PHRASES.get(" ".join(plain[i : i + size]))
                    if i + size <= len(plain)
                    else None
                )
                if role is not None:
                    return i, i + size, role
        if word in GENERIC_ROLE_WORDS:
            if context is not None:
                return i, i + 1, context
            own = ROLE_PHRASES.get(word)
            if own is not None and fallback is None:
                fallback = (i, i + 1, own)
            continue
        role = ROLE_PHRASES.get(word)
        if role is not None:
            return i, i + 1, role
    return fallback
