"""Participles after the head of a speaker phrase with their object: "the lawyer
representing the family said", "researchers studying the virus say". The head speaks,
not the object; :func:`newsmodel.quotes.noun_phrases.np_before` reads them.
"""

from __future__ import annotations

from newsmodel.quotes.lexicon import PERSON_NOUNS, TITLE_WORDS, word_list
from newsmodel.quotes.phrase_words import np_word, number_word
from newsmodel.quotes.proper_names import is_given_name
from newsmodel.quotes.speaker_kinds import DETERMINERS, POSSESSIVES, Phrase, classify
from newsmodel.quotes.tokens import Tokens

__all__ = ["head_before_participle", "object_participle"]

#: Participles after a speaker's head noun with their object: "the lawyer representing
#: the family".
_OBJECT_PARTICIPLES = word_list("object_participles")


def object_participle(tokens: Tokens, p: int, lo: int) -> bool:
    """Whether token ``p`` is a participle after a head noun (not before ``lo``) with
    its object after it: "the lawyer representing the family" (not "a leading expert",
    "the managing director", "leading rusher Darnell Clarke")."""
    lower, text = tokens.lower, tokens.text
    return (
        lo < p < len(text) - 1
        and lower[p] in _OBJECT_PARTICIPLES
        and text[p].islower()
        and tokens.quote[p] < 0
        and np_word(tokens, p - 1)
        and lower[p - 1] not in DETERMINERS
        and not number_word(text[p - 1])
        and lower[p + 1] not in PERSON_NOUNS
        and lower[p + 1] not in TITLE_WORDS
        # (not "leading rusher Darnell Clarke": a role, then the name of its holder)
        and not (
            p + 2 < len(text)
            and text[p + 1].islower()
            and lower[p + 1] not in DETERMINERS
            and lower[p + 1] not in POSSESSIVES
            and is_given_name(text[p + 2])
        )
    )


def head_before_participle(tokens: Tokens, first: int, p: int, end: int) -> Phrase | None:
    """The speaker of the phrase [first, end) whose participle at ``p`` opens the
    description of its head: "the lawyer", described as "representing the family"."""
    head = classify(tokens, first, p)
    if head is None or head.pronoun is not None:
        return None
    head.description = (p, end)
    return head
