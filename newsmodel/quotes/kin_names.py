"""Relatives and the nouns of kin that introduce them.

A relative named by a given name alone after a possessive and a noun of kin ("His wife,
Sheryl, had left") is a person of the article: a woman, of the family of the man "his"
stands for, named with his surname ("Sheryl Nahanee" after Dwayne Nahanee), so that "she
said" after it is hers and "Sheryl said" names her in full.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from collections.abc import Set as AbstractSet

import attrs

from newsmodel.quotes.lexicon import CAPITAL_NOT_NAMES, COUNTRIES, PRONOUNS, TITLE_WORDS, word_list
from newsmodel.quotes.name_roles import role_noun
from newsmodel.quotes.proper_names import NOT_GIVEN, is_given_name
from newsmodel.quotes.tokens import Tokens

__all__ = [
    "KIN_GENDERS",
    "KIN_PARAGRAPHS",
    "KIN_POSSESSORS",
    "family_first",
    "given_names_described",
    "kin_given_names",
    "other_given",
]

#: Nouns of kin and the gender of the relative they name: "mother" a woman.
KIN_GENDERS = dict.fromkeys(word_list("kin_female"), "f") | dict.fromkeys(
    word_list("kin_male"), "m"
)
#: Nouns of kin that tell no gender: "Her eldest, Tyler,".
_KIN_ANY = word_list("kin_any")
#: Possessives before a noun of kin: "his father", "her daughter".
KIN_POSSESSORS = word_list("kin_possessors")
#: Nouns of a family before "'s" and a noun of kin: "The couple's son".
_KIN_GROUPS = word_list("kin_groups")
#: How many paragraphs back the one a possessive before a noun of kin stands for is sought.
KIN_PARAGRAPHS = 3
#: The most words of the name before "'s": "Arjun Singh Brar's mother".
_MAX_NAME = 3
#: The most modifiers between the possessive and the noun: "his 17-year-old son".
_MAX_MODIFIERS = 2
#: How many names back the relative's family is sought.
_MAX_NAMES_BACK = 12
_POSSESSIVE_ENDINGS = frozenset({"’s", "'s"})
#: What may come right before a subject that opens no sentence: "On Monday, his wife".
_CLAUSE_OPENERS = frozenset({",", ";", ":", "—", "–", "--"})


@attrs.frozen
class _Kin:
    """A noun of kin before a given name: the relative's gender (None for "eldest"), and
    the one whose relative they are: the gender a possessive pronoun gives them, or the
    token of their name before "'s" ("Arjun's mother", -1 for "his")."""

    gender: str | None
    owner_gender: str | None
    #: the first token of the phrase: the possessive, or the name before "'s"
    start: int
    owner_token: int = -1


def _kin_before(tokens: Tokens, a: int) -> _Kin | None:
    """The noun of kin right before token ``a`` in its paragraph, bar a comma, after a
    possessive and at most two modifiers: "his wife, ", "His son ", "Arjun's mother, "."""
    n = a - 1 if a >= 1 and tokens.text[a - 1] == "," else a
    if n < 2 or (tokens.lower[n - 1] not in KIN_GENDERS and tokens.lower[n - 1] not in _KIN_ANY):
        return None
    gender = KIN_GENDERS.get(tokens.lower[n - 1])
    para = tokens.para[a]
    k = n - 2
    while (
        k >= 0
        and n - 2 - k < _MAX_MODIFIERS
        and tokens.para[k] == para
        and tokens.lower[k] not in KIN_POSSESSORS
        and tokens.text[k][:1].islower()
        and tokens.text[k][:1].isalnum()
    ):
        k -= 1  # "his youngest son", "her 17-year-old daughter"
    if k < 0 or tokens.para[k] != para:
        return None
    if tokens.lower[k] in KIN_POSSESSORS:
        return _Kin(gender, PRONOUNS[tokens.lower[k]].gender, k)
    if k >= 1 and tokens.lower[k] in _POSSESSIVE_ENDINGS and tokens.lower[k - 1] in _KIN_GROUPS:
        start = k - 2 if k >= 2 and tokens.lower[k - 2] == "the" else k - 1
        return _Kin(gender, None, start)  # "The couple's son, Loïc,": the couple's surname
    if k >= 1 and tokens.lower[k] in _POSSESSIVE_ENDINGS and tokens.text[k - 1][:1].isupper():
        start = k - 1
        while start > 0 and tokens.text[start - 1][:1].isupper() and k - start < _MAX_NAME:
            start -= 1
        return _Kin(gender, None, start, k - 1)  # "Arjun's mother, Manpreet,"
    return None


def _opens_sentence(tokens: Tokens, k: int) -> bool:
    """Whether token ``k`` opens its sentence or a clause after an opener's comma ("On
    Monday, his wife, Ann, said"): the relative it introduces is its subject (not an
    object, as in "to bring up her daughter Teja")."""
    return tokens.sent_first[tokens.sent[k]] == k or tokens.text[k - 1] in _CLAUSE_OPENERS


def kin_given_names(
    tokens: Tokens,
    names: Sequence[tuple[int, int] | None],
    person_of: Callable[[int, int], tuple[str, str | None] | None],
) -> list[tuple[int, str, str | None, bool]]:
    """The relatives among ``names`` (token ranges in text order) named by a given name
    alone, as (token, full name, gender, whether the words that introduce them open their
    sentence, making them its subject): after a noun of kin, the given name with the
    surname of the one whose relative they are (named before "'s", or, of the people of
    the possessive's gender named in full among the names before, in the paragraph or the
    two before, the one whose surname the article gives most), or alone when there is none; before "and" and a given name and surname,
    with that surname ("Joseph and Grace Adeyemi"). ``person_of(a, b)`` gives the name
    and gender of the person a name reads as, if any."""
    found: list[tuple[int, str, str | None, bool]] = []
    for i, name in enumerate(names):
        if name is None or name[1] - name[0] != 1:
            continue
        a = name[0]
        word = tokens.text[a]
        if not word.isalpha() or word in CAPITAL_NOT_NAMES or word in COUNTRIES:
            continue
        shared = _shared_surname(tokens, a, names[i + 1] if i + 1 < len(names) else None)
        if shared is not None:
            found.append((a, f"{word} {shared}", None, _opens_sentence(tokens, a)))
            continue
        # (after a noun of kin, a given name no list knows: "Arjun's mother, Manpreet,")
        kin = _kin_before(tokens, a)
        if kin is None:
            continue
        if kin.owner_token >= 0:
            candidates: Sequence[tuple[int, int] | None] = [(kin.owner_token, kin.owner_token + 1)]
        else:
            candidates = names[max(0, i - _MAX_NAMES_BACK) : i][::-1]
        surnames = []
        for before in candidates:
            if before is None or tokens.para[a] - tokens.para[before[0]] > KIN_PARAGRAPHS:
                continue
            owner = person_of(*before)
            if (
                owner is not None
                and " " in owner[0]
                and (kin.owner_gender is None or owner[1] == kin.owner_gender)
            ):
                surnames.append(owner[0].rsplit(" ", 1)[1])
        # of several, the family the article names most ("with his wife Greta" in a life
        # of the novelist Walter Brisk is Greta Brisk, though an actor in a film of his
        # was named last); the nearest on a tie
        surname = max(surnames, key=tokens.text.count, default="")
        subject = _opens_sentence(tokens, kin.start) or _joined_subject(
            tokens, kin.start, names[max(0, i - _MAX_NAMES_BACK) : i]
        )
        found.append((a, f"{word} {surname}".rstrip(), kin.gender, subject))
    return found


def _joined_subject(tokens: Tokens, k: int, before: Sequence[tuple[int, int] | None]) -> bool:
    """Whether token ``k`` follows "and" after a name that opens its sentence: "Jim Ortiz
    and his wife, Maria, moved" (both are the subject; not "told Jim Ortiz and his wife")."""
    if k < 2 or tokens.lower[k - 1] != "and":
        return False
    return any(
        name is not None and name[1] == k - 1 and _opens_sentence(tokens, name[0])
        for name in before
    )


def _shared_surname(tokens: Tokens, a: int, after: tuple[int, int] | None) -> str | None:
    """The surname a given name at token ``a`` shares with the name after "and": "Joseph
    and Grace Adeyemi" (a given name and one surname, right after)."""
    if (
        after is None
        or after[0] != a + 2
        or after[1] - after[0] != 2
        or tokens.lower[a + 1] != "and"
        or not is_given_name(tokens.text[a])
        # (the second may be a given name no list knows: "Gareth and Eluned Price")
        or not (is_given_name(tokens.text[after[0]]) or _plain_given(tokens.text[after[0]]))
        or is_given_name(tokens.text[after[0] + 1])
    ):
        return None
    return tokens.text[after[0] + 1]


def other_given(name: str, written: str) -> bool:
    """Whether a person's full ``name`` and a name ``written`` of the same surname are
    two people's, by given names the table may not know: "Lien Tran" is not Minh Tran.
    Their first words are plain capitalised words of three letters or more, neither a
    title nor a word capitalised for another reason, and they differ (but "Omar Ben
    Gadaravice" shortens "Farhat Omar Ben Gadaravice")."""
    first, word = name.split(" ", 1)[0], written.split(" ", 1)[0]
    return (
        first != word
        and not name.endswith(f" {written}")
        and _plain_given(first)
        and _plain_given(word)
        and not (first.startswith(word) or word.startswith(first))  # "Chris", "Christopher"
    )


def _plain_given(word: str) -> bool:
    """Whether a word may be a given name the table does not know: a plain capitalised
    word of three letters or more that is no title, place or word capitalised otherwise."""
    return (
        len(word) > 2
        and word[0].isupper()
        and word[1:].replace("-", "").isalpha()
        and word[1:].replace("-", "").islower()
        and word.lower() not in TITLE_WORDS
        and word not in CAPITAL_NOT_NAMES
        and word not in NOT_GIVEN
    )


def family_first(text: str, name: str, word: str) -> bool:
    """Whether the person ``name`` whom ``text`` also calls by its first word ``word``
    alone bears the family name first ("Zhao Meifang ... Zhao said"), so that the word
    tells no gender though the name table gives it one: ``word`` is no common given name
    and the name's last word never stands without it ("Ozzy Osbourne ... Osbourne said"
    is named given name first)."""
    words = name.split(" ")
    if len(words) < 2 or words[0] != word or is_given_name(word):
        return False
    last = words[-1]
    at = text.find(last)
    while at >= 0:
        if not text[max(0, at - len(word) - 2) : at].rstrip().endswith(word):
            return False
        at = text.find(last, at + len(last))
    return True


def given_names_described(
    tokens: Tokens, names: Sequence[tuple[int, int] | None], known: AbstractSet[str]
) -> list[int]:
    """The tokens of given names that stand alone for someone the words after them
    describe: "Arlette, a mother of three who asked that only her first name be used,",
    "Sam, 34,"; not a word of a name the article gives in full (``known``)."""
    found = []
    lower, text = tokens.lower, tokens.text
    for name in names:
        if name is None or name[1] - name[0] != 1:
            continue
        a = name[0]
        if a + 4 >= len(text) or text[a + 1] != "," or text[a] in known:
            continue
        if not is_given_name(text[a]) or tokens.para[a + 3] != tokens.para[a]:
            continue
        j = a + 2
        if text[j].isdigit() and text[j + 1] == ",":
            found.append(a)  # "Sam, 34,"
            continue
        if lower[j] not in ("a", "an"):
            continue
        k = j + 1
        while k < min(j + 3, len(text) - 1) and text[k].islower() and not _someone(lower[k]):
            k += 1  # "a single mother", "a retired teacher"
        if k < len(text) and _someone(lower[k]):
            found.append(a)
    return found


def _someone(word: str) -> bool:
    return role_noun(word) or word in KIN_GENDERS
