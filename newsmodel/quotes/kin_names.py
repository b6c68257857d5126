"""Relatives and the nouns of kin that introduce them.

A relative named by a given name alone after a possessive and a noun of kin ("His wife,
Sheryl, had left") is a person of the article: a woman, of the family of the man "his"
stands for, named with his surname ("Sheryl Nahanee" after Dwayne Nahanee), so that "she
said" after it is hers and "Sheryl said" names her in full.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from newsmodel.quotes.lexicon import PRONOUNS, word_list
from newsmodel.quotes.proper_names import is_given_name
from newsmodel.quotes.tokens import Tokens

__all__ = ["KIN_GENDERS", "KIN_PARAGRAPHS", "KIN_POSSESSORS", "kin_given_names"]

#: Nouns of kin and the gender of the relative they name: "mother" a woman.
KIN_GENDERS = dict.fromkeys(word_list("kin_female"), "f") | dict.fromkeys(
    word_list("kin_male"), "m"
)
#: Nouns of kin that tell no gender: "Her eldest, Tyler,".
_KIN_ANY = word_list("kin_any")
#: Possessives before a noun of kin: "his father", "her daughter".
KIN_POSSESSORS = word_list("kin_possessors")
#: How many paragraphs back the one a possessive before a noun of kin stands for is sought.
KIN_PARAGRAPHS = 2
#: The most modifiers between the possessive and the noun: "his 17-year-old son".
_MAX_MODIFIERS = 2
#: How many names back the relative's family is sought.
_MAX_NAMES_BACK = 12
#: What may follow the given name: "His wife, Sheryl, had left", "with his son, Tyler."
_AFTER_NAME = frozenset({",", ".", ";", ")", "—", "–"})


def _kin_before(tokens: Tokens, a: int) -> tuple[str | None, str | None] | None:
    """The relative's gender (None for "eldest") and the gender of the one the possessive stands for, when a
    possessive, at most two modifiers and a noun of kin, then a comma, come right before
    token ``a`` in its paragraph: "his wife, " (None for a possessive of no gender)."""
    if a < 3 or tokens.text[a - 1] != ",":
        return None
    noun = tokens.lower[a - 2]
    if noun not in KIN_GENDERS and noun not in _KIN_ANY:
        return None
    para = tokens.para[a]
    k = a - 3
    while (
        k >= 0
        and a - 3 - k < _MAX_MODIFIERS
        and tokens.para[k] == para
        and tokens.lower[k] not in KIN_POSSESSORS
        and tokens.text[k][:1].islower()
        and tokens.text[k][:1].isalnum()
    ):
        k -= 1  # "his youngest son", "her 17-year-old daughter"
    if k < 0 or tokens.para[k] != para or tokens.lower[k] not in KIN_POSSESSORS:
        return None
    return KIN_GENDERS.get(noun), PRONOUNS[tokens.lower[k]].gender


def kin_given_names(
    tokens: Tokens,
    names: Sequence[tuple[int, int] | None],
    person_of: Callable[[int, int], tuple[str, str | None] | None],
) -> list[tuple[int, str, str | None]]:
    """The relatives among ``names`` (token ranges in text order) named by a given name
    alone after a noun of kin, as (token, full name, gender): the given name with the
    surname of the last person of the possessive's gender named in full among the names
    before, in the paragraph or the two before, or alone when there is none.
    ``person_of(a, b)`` gives the name and gender of the person a name reads as, if any."""
    found = []
    for i, name in enumerate(names):
        if name is None or name[1] - name[0] != 1:
            continue
        a = name[0]
        if a + 1 < len(tokens) and tokens.text[a + 1] not in _AFTER_NAME:
            continue
        if not is_given_name(tokens.text[a]):
            continue
        kin = _kin_before(tokens, a)
        if kin is None:
            continue
        gender, owner_gender = kin
        full = tokens.text[a]
        for before in reversed(names[max(0, i - _MAX_NAMES_BACK) : i]):
            if before is None or tokens.para[a] - tokens.para[before[0]] > KIN_PARAGRAPHS:
                continue
            owner = person_of(*before)
            if (
                owner is not None
                and " " in owner[0]
                and (owner_gender is None or owner[1] == owner_gender)
            ):
                full = f"{full} {owner[0].rsplit(' ', 1)[1]}"
                break
        found.append((a, full, gender))
    return found
