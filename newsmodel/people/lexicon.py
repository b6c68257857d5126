"""The word lists of the people stage, read once from the package data in ``data/``.

Every list but the first-name table was written for newsmodel: honorifics, pronouns and
nouns that carry a gender, the words of titles and descriptions that give a role, and the
capitalised words that open or end names of things rather than people. The first-name
table is newsmodel's table of given names (:mod:`newsmodel.names`), derived from
nomquamgender's data (MIT; see ``newsmodel/data/given_names.LICENSE`` and
``bench/given_names.py``). The smaller lists that one module reads are named lists in
``data/lists/`` (:func:`word_list`), in the format of
:func:`newsmodel.quotes.lexicon.read_word_lists`.
"""

from __future__ import annotations

from collections.abc import Iterator
from importlib import resources

from newsmodel.model import Gender, Role
from newsmodel.names import given_names
from newsmodel.quotes.lexicon import package_word_lists

__all__ = [
    "CONTEXT_ROLES",
    "GENDERED_NOUNS",
    "GENERIC_ROLE_WORDS",
    "HONORIFIC_GENDERS",
    "NOT_GIVEN_NAMES",
    "NOT_PERSON_WORDS",
    "PRONOUN_GENDERS",
    "ROLE_PHRASES",
    "first_name_table",
    "word_list",
]

_CODES = {"f": Gender.FEMALE, "m": Gender.MALE}


def _lines(name: str) -> Iterator[str]:
    text = resources.files("newsmodel.people").joinpath("data").joinpath(name).read_text("utf-8")
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            yield line


def _genders(name: str) -> dict[str, Gender]:
    found: dict[str, Gender] = {}
    for line in _lines(name):
        word, code = line.split("\t")
        found[word] = _CODES[code]
    return found


def _roles(name: str) -> dict[str, Role]:
    found: dict[str, Role] = {}
    for line in _lines(name):
        words, value = line.split("\t")
        found[words] = Role(value)
    return found


def _words(name: str) -> frozenset[str]:
    return frozenset(word for line in _lines(name) for word in line.split())


def word_list(name: str) -> frozenset[str]:
    """The word list ``[name]`` of the people stage (``newsmodel/people/data/lists/``, read
    by :func:`newsmodel.quotes.lexicon.read_word_lists`), its words as written."""
    return package_word_lists("newsmodel.people")[name]


def first_name_table() -> dict[str, int]:
    """The shipped table of given names (:func:`newsmodel.names.given_names`): a
    lower-case ASCII given name to the share of women among the people counted with it,
    in per cent."""
    return {name: share for name, (_count, share) in given_names().items()}


#: Honorifics (lower case, no full stop) and the gender they say: "mrs" -> female.
HONORIFIC_GENDERS: dict[str, Gender] = _genders("honorifics.tsv")
#: Third-person singular pronouns and their gender: "she" -> female.
PRONOUN_GENDERS: dict[str, Gender] = _genders("pronouns.tsv")
#: Nouns for people that carry a gender: "chairwoman", "actor", "mother".
GENDERED_NOUNS: dict[str, Gender] = _genders("gendered_nouns.tsv")
#: Words and phrases of titles and descriptions, and the role each gives.
ROLE_PHRASES: dict[str, Role] = _roles("roles.tsv")
#: Words that decide the role of a generic title next to them ("the union's president").
CONTEXT_ROLES: dict[str, Role] = _roles("context.tsv")
#: Titles that say a rank but not a field: their role comes from the words around them.
GENERIC_ROLE_WORDS: frozenset[str] = _words("generic_role_words.txt")
#: Capitalised words that open names of things more often than they are given names.
NOT_GIVEN_NAMES: frozenset[str] = _words("not_given_names.txt")
#: Capitalised words that end names of things ("Cup", "Index", "Images").
NOT_PERSON_WORDS: frozenset[str] = _words("not_person_words.txt")
