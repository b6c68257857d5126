"""Which lower-case words name people: nouns for people by what they do ("prosecutor",
"forecasters"), other heads that name a person after "the" ("the Wales international"),
and the words of time and quantity that name no one. Read by
:mod:`newsmodel.quotes.speaker_kinds` and the readers of roles after it.
"""

from __future__ import annotations

from newsmodel.quotes.lexicon import (
    DOCUMENT_NOUNS,
    FUNCTION_WORDS,
    GROUP_NOUNS,
    ORG_NOUNS,
    PERSON_NOUNS,
    TITLE_WORDS,
    word_list,
)
from newsmodel.quotes.tokens import Tokens

__all__ = [
    "AGENT_ENDINGS",
    "CURRENCY_SIGNS",
    "FEMALE_TITLES",
    "MALE_TITLES",
    "PERSON_HEADS",
    "QUANTIFIERS",
    "SPEAKING_FOR_OTHERS",
    "TIME_WORDS",
    "agent_plural",
    "names_someone",
    "person_role",
    "plain_modifier",
    "quantity",
    "share_head",
    "title_gender",
]

#: Roles of people who speak for others, of whom an article may quote several unnamed
#: before naming one: "a spokesman said" is not the spokesman named later.
SPEAKING_FOR_OTHERS = word_list("speaking_for_others")
#: Words of quantity that can stand for people: "many", "some", "most".
QUANTIFIERS = word_list("quantifiers")
#: Modifiers in "-s" that are no verb: "various newspapers", "numerous analysts".
_PLURAL_MODIFIERS = word_list("plural_modifiers")
#: Words of time: days, months and parts of the day ("Otieno on Saturday said").
TIME_WORDS = word_list("time_words")
#: Endings of nouns for people by what they do: "the prosecutor", "the nominee".
AGENT_ENDINGS = tuple(sorted(word_list("agent_endings")))
#: Other nouns that name a person after "the": "the Wales international", "the mogul".
PERSON_HEADS = word_list("person_heads")
#: Plural endings of nouns for people by what they do: "forecasters", "analysts".
_AGENT_PLURAL_ENDINGS = tuple(sorted(word_list("agent_plural_endings")))
#: Nouns with such endings that name things: "numbers", "papers".
_NOT_AGENTS = word_list("not_agents")
#: Endings of abstract nouns, which name no speaker after "the" ("the economy").
_ABSTRACT_ENDINGS = tuple(sorted(word_list("abstract_endings")))
#: Nouns with such endings that name those who speak ("the prosecution").
_SPEAKING_ABSTRACTS = word_list("speaking_abstracts")


def names_someone(head: str) -> bool:
    """Whether a head noun with no list of its own names a person: "prosecutor", "nominee",
    "31-year-old", "international", "prosecution" (not "economy", "camera", "move")."""
    if not head.replace("-", "").isalnum() or head.endswith("ed") or head in TIME_WORDS:
        return False
    if head in _SPEAKING_ABSTRACTS or head in PERSON_HEADS or head.endswith("-old"):
        return True
    return head.endswith(AGENT_ENDINGS) and not head.endswith(_ABSTRACT_ENDINGS)


def plain_modifier(w: str) -> bool:
    """Whether a word before a plural head can only modify it ("transit engineers",
    "media trackers"): no verb before its object ("helping newspapers", "lets
    operators"), so no word in "-ing" or "-s" but a quantifier ("various", "many")."""
    return w.isalpha() and (
        w in QUANTIFIERS or w in _PLURAL_MODIFIERS or not w.endswith(("ing", "s"))
    )


def agent_plural(w: str) -> bool:
    """Whether a word is the plural of a noun for people by what they do: "forecasters",
    "analysts", "historians" (not "numbers", "papers")."""
    return (
        len(w) > 6
        and w.endswith(_AGENT_PLURAL_ENDINGS)
        and w.isalpha()
        and w[:-1] not in _NOT_AGENTS
        and w not in FUNCTION_WORDS
    )


#: Currency signs that open an amount.
CURRENCY_SIGNS = word_list("currency_signs")


def quantity(tokens: Tokens, first: int, last: int) -> bool:
    """Whether tokens [first, last) are a number or an amount, not people: "32", "2015",
    "$30", "30 cents" (but "30 workers", "40%" of those polled, "six in 10", and names
    after an age: "19-year-old Simpson")."""
    text = tokens.text
    if not (text[first][:1].isdigit() or text[first] in CURRENCY_SIGNS):
        return False
    if any(t[:1].isupper() or t.endswith("%") for t in text[first:last]):
        return False
    head = tokens.lower[last - 1]
    return not (
        head in PERSON_NOUNS
        or head[:-1] in PERSON_NOUNS
        or head in GROUP_NOUNS
        or head in DOCUMENT_NOUNS
        or head in ORG_NOUNS
        or (last - first >= 3 and tokens.lower[last - 2] == "in")
        or share_head(tokens, last)  # "59 percent said": of those asked
    )


def share_head(tokens: Tokens, last: int) -> bool:
    """Whether the phrase ending before token ``last`` ends with "percent" or "per cent"."""
    head = tokens.lower[last - 1]
    return head == "percent" or (head == "cent" and last >= 2 and tokens.lower[last - 2] == "per")


#: Titles and nouns that tell a woman ("Mrs.", "Congresswoman") or a man.
FEMALE_TITLES = word_list("female_titles")
MALE_TITLES = word_list("male_titles")


def title_gender(title: str | None) -> str | None:
    """ "f" or "m" when a title tells ("Mrs.", "Congresswoman"), else None."""
    if not title:
        return None
    words = title.lower().split()
    if any(w in FEMALE_TITLES for w in words):
        return "f"
    if any(w in MALE_TITLES for w in words):
        return "m"
    return None


def person_role(role: str) -> bool:
    """Whether a role noun names a person whom "he" or "she" may stand for: "a former
    official", "a neighbour", "the 31-year-old" (not "a bottleneck of new projects", "one
    submission", "a handful of insurers")."""
    return role in PERSON_NOUNS or role in TITLE_WORDS or names_someone(role)
