"""Whether a word in "-s" that looks like a cue ("reports", "says", "shows") is a plural
noun where it stands ("the media reports were", "these TV shows"), and whether the word
before it names someone who may say it ("the agronomist says"), for
:func:`newsmodel.quotes.cues.find_cues`."""

from __future__ import annotations

from collections.abc import Sequence

from newsmodel.quotes.lexicon import (
    CUE_FORMS,
    DOCUMENT_NOUNS,
    FUNCTION_WORDS,
    ORG_NOUNS,
    PERSON_NOUNS,
    word_list,
)

__all__ = ["org_plural", "person_noun", "plural_noun_use"]

#: Determiners of a plural only, after which a word in "-s" is no verb ("these shows").
_PLURAL_DETERMINERS = word_list("plural_determiners")
#: Words after a plural noun that looks like a cue: "terms like", "reports were".
_PLURAL_AFTER = word_list("plural_after")
#: Nouns of the press before a plural that looks like a cue: "media reports".
_PRESS_MODIFIERS = word_list("press_modifiers")
_SUBJECT_PRONOUNS = word_list("subject_pronouns")


def person_noun(w: str) -> bool:
    """Whether a word names a person by what they do: a listed noun ("lawyer"), or one in
    "-ist" ("agronomist", "economist"; not "list", "wrist")."""
    return w in PERSON_NOUNS or (len(w) > _SHORT_IST and w.endswith("ist"))


def org_plural(w: str) -> bool:
    """Whether a lower-case word is the plural of a noun of organisations: "parties",
    "charities", "watchdogs", "agencies"."""
    return w.endswith("s") and (w[:-3] + "y" if w.endswith("ies") else w[:-1]) in ORG_NOUNS


#: The longest word in "-ist" that names no one ("twist", "assist" does).
_SHORT_IST = 5


def plural_noun_use(lower: list[str], text: list[str], para: Sequence[int], i: int) -> bool:
    """Whether the word in "-s" at token ``i`` is a plural noun: before "like", "such as"
    or a plural's auxiliary ("terms like “podcast”", "comments such as", "the media reports
    were"), or after a plural determiner with no more than two words between, none a
    verb's ("these old TV shows", "those comments")."""
    if (
        i > 0
        and lower[i - 1] in _PRESS_MODIFIERS
        and para[i - 1] == para[i]
        and (
            text[i - 1].islower()
            or i < 2
            or para[i - 2] != para[i]
            or text[i - 2] in (".", "!", "?", "”", '"')
        )
    ):
        # "dismissed media reports linking him", "Press reports suggest": the press's
        # reports (not "The Associated Press reports")
        return True
    if i + 1 < len(lower) and para[i + 1] == para[i]:
        if lower[i + 1] == "like":
            return True  # "terms like “podcast”"
        if (
            lower[i + 1] in _PLURAL_AFTER
            and lower[i][:-1] in DOCUMENT_NOUNS
            and lower[i - 1] not in _SUBJECT_PRONOUNS  # "which he estimates will"
            and lower[i - 1] not in ("who", "that", "which")
        ):
            return True  # "the media reports were not": a document's plural, its verb after
    if i + 2 < len(lower) and lower[i + 1] == "such" and lower[i + 2] == "as":
        return True
    for k in range(i - 1, max(-1, i - 4), -1):
        if para[k] != para[i] or not text[k][0].isalnum():
            return False
        if lower[k] in _PLURAL_DETERMINERS:
            return True
        if lower[k] in CUE_FORMS or lower[k] in FUNCTION_WORDS:
            return False
    return False
