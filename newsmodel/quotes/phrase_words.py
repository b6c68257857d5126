"""The word tests of noun phrases read around a cue: which words can be part of one
(:func:`np_word`), which are verbs of a clause (``FINITE_WORDS``, :func:`finite_cue`), and
the marks and words at a phrase's edges: the commas that open a description or close a
list inside it (:func:`comma_back`, :func:`title_list`), a place set off by commas
(:func:`place_comma`), a participle's phrase (:func:`participle_phrase`). Read by
:mod:`newsmodel.quotes.noun_phrases` and the speaker readers after it.
"""

from __future__ import annotations

import regex

from newsmodel.model import SpeakerKind
from newsmodel.quotes.cues import ADVERBS, is_adverb
from newsmodel.quotes.lexicon import (
    CAPITAL_NOT_NAMES,
    COUNTRIES,
    CUE_FORMS,
    DOCUMENT_NOUNS,
    FUNCTION_WORDS,
    GROUP_NOUNS,
    NUMBER_WORDS,
    PERSON_NOUNS,
    TITLE_WORDS,
    FormKind,
    word_list,
)
from newsmodel.quotes.person_words import (
    PERSON_HEADS,
    QUANTIFIERS,
    names_someone,
)
from newsmodel.quotes.proper_names import (
    NAME_PARTICLES,
    is_given_name,
    month_surname,
    title_opener,
)
from newsmodel.quotes.speaker_kinds import (
    ADJECTIVE_ADVERBS,
    AGE_RE,
    COMPANY_ROLES,
    DETERMINERS,
    INNER_PREPOSITIONS,
    POSSESSIVES,
    Phrase,
)
from newsmodel.quotes.tokens import Tokens
from newsmodel.text.lexicon import PLACES, US_STATES

__all__ = [
    "AUTHORING_PARTICIPLES",
    "BODY_OR_PERSON_ROLES",
    "CLAUSE_ENDS",
    "DASH_TOKENS",
    "DOCUMENT_POSTMODIFIERS",
    "FINITE_WORDS",
    "MAX_PHRASE",
    "OBJECT_DETERMINERS",
    "OBJECT_PREPOSITIONS",
    "PARTY_STATE_RE",
    "PLACE_PREPOSITIONS",
    "POSTMODIFIERS",
    "TIME_DEICTICS",
    "WEEKDAYS",
    "adjectives_comma",
    "capitals_end",
    "comma_back",
    "finite_cue",
    "infinitive_after",
    "lone_adverb",
    "name_list",
    "named_in_full",
    "names_no_one",
    "np_word",
    "number_word",
    "one_of_after_head",
    "one_of_companies",
    "participle_phrase",
    "past_cue",
    "place_comma",
    "plural_possessive",
    "share_before",
    "small_count",
    "starts_description",
    "takes_pp",
    "title_list",
]

#: Roles a person or a company may hold, so that a company named in apposition is the one
#: who speaks: "The building's owner, Parkview Properties, said", "according to her
#: publisher, Tamarack House".
BODY_OR_PERSON_ROLES = word_list("body_or_person_roles")


#: Finite verbs and auxiliaries: a stretch holding one is a clause, not a noun phrase.
FINITE_WORDS = word_list("finite_words")


#: Verbs in a form no noun takes: no word of a noun phrase.
_PLAIN_VERBS = word_list("plain_verbs")


#: Determiners that open the object of a postmodifier inside a speaker phrase: "a diplomat
#: travelling with the delegation".
OBJECT_DETERMINERS = word_list("object_determiners")
#: A politician's party and state set off by commas after the name: "R-Ohio", "D-N.Y.".
PARTY_STATE_RE = regex.compile(r"[DRI]-[\p{Lu}][\p{L}.]*\Z")
#: Prepositions of a place after a speaker: "Simon Hall at Postbridge".
PLACE_PREPOSITIONS = word_list("place_prepositions")
#: Words that make a unit of time a time adjunct: "last month", "this week".
TIME_DEICTICS = word_list("time_deictics")
#: Participles that may follow the head of a speaker phrase with a prepositional phrase.
POSTMODIFIERS = word_list("postmodifiers")


#: Participles after a document that take its author or place: "a memo obtained by The
#: Globe and Mail", "a statement issued by Tom Hale", "documents filed in court".
DOCUMENT_POSTMODIFIERS = word_list("document_postmodifiers")


#: Those whose agent wrote the document: "a statement issued by Tom Hale".
AUTHORING_PARTICIPLES = word_list("authoring_participles")


MAX_PHRASE = 16


DASH_TOKENS = frozenset({"—", "–", "--", "-", "―"})


#: The days of the week, which open a newspaper's title after "the": "the Sunday Times"
#: (and name a document by their possessive: "Friday’s lawsuit").
WEEKDAYS = word_list("weekdays")


#: Heads besides nouns of persons, groups and documents that take a prepositional phrase
#: inside a speaker phrase: "people familiar with the talks", "an email to donors".
_PP_HEADS = word_list("pp_heads")


def _day_in_title(tokens: Tokens, k: int) -> bool:
    """Whether a day's name at token ``k`` opens a title after "the": "the Sunday
    Telegraph", "the Sunday Times" (not "on Sunday Tom Hale said")."""
    return (
        tokens.lower[k] in WEEKDAYS
        and k > 0
        and tokens.lower[k - 1] == "the"
        and k + 1 < len(tokens.text)
        and tokens.text[k + 1][:1].isupper()
        and tokens.quote[k + 1] < 0
    )


def np_word(tokens: Tokens, k: int) -> bool:
    """Whether token ``k`` can be a word of a noun phrase (not a function word)."""
    t = tokens.text[k]
    w = tokens.lower[k]
    if not (t[0].isalnum()):
        return False
    if t[0].isupper():
        return (
            t not in CAPITAL_NOT_NAMES
            or w in DETERMINERS
            or w in TITLE_WORDS
            or w in QUANTIFIERS
            or month_surname(tokens, k)
            or title_opener(tokens, k)
            or _day_in_title(tokens, k)
            or _role_before_name(tokens, k)
        )
    if w in _PLAIN_VERBS:
        return False  # "The piece goes on to slam": a verb
    # an adverb is listed or ends in "-ly": test that before calling is_adverb
    return w not in FUNCTION_WORDS and (
        w in ADJECTIVE_ADVERBS or not (w in ADVERBS or (w.endswith("ly") and is_adverb(w)))
    )


def _role_before_name(tokens: Tokens, k: int) -> bool:
    """Whether token ``k``, capitalised, is a noun for a person before a given name:
    "Rookie Teodor Kovac said", "Veteran Ann Reid" (a word that opens sentences, no name;
    not "Rival Sony")."""
    w = tokens.lower[k]
    return (
        (w in PERSON_NOUNS or w in PERSON_HEADS)
        and k + 1 < len(tokens.text)
        and is_given_name(tokens.text[k + 1])
        # a given name and a surname, no possessive: not "Rival Hillary Clinton's campaign"
        and k + 2 < len(tokens.text)
        and tokens.text[k + 2][:1].isupper()
        and (k + 3 >= len(tokens.text) or tokens.lower[k + 3] not in ("’s", "'s"))
    )


def plural_possessive(tokens: Tokens, k: int, lo: int) -> bool:
    """Whether token ``k`` is the bare apostrophe of a plural possessive, joined to a
    word in "s" after token ``lo``: "Ladbrokes' Warren Lush"."""
    return (
        tokens.lower[k] in ("’", "'")
        and k - 1 >= lo
        and tokens.lower[k - 1].endswith("s")
        and tokens.end[k - 1] == tokens.start[k]
    )


def finite_cue(w: str) -> bool:
    """Whether a word is a reporting verb in the present ("offers", "says"), which
    inside a noun phrase read backwards ends it: the subject before it is no part of it."""
    return _cue_of_kind(w, FormKind.PRESENT)


def past_cue(w: str) -> bool:
    """Whether a word is a reporting verb in the past ("told", "said")."""
    return _cue_of_kind(w, FormKind.PAST)


def _cue_of_kind(w: str, kind: FormKind) -> bool:
    """Whether a word is a form of a reporting verb of the inflection ``kind``."""
    form = CUE_FORMS.get(w)
    return form is not None and form.kind is kind


#: Prepositions whose object is never the subject of the verb after it.
OBJECT_PREPOSITIONS = word_list("object_prepositions")


def small_count(t: str) -> bool:
    """Whether a token is a small count, of people in a share: "six", "10", "one" (not
    "9.5%" or "2004")."""
    return (t.isdigit() and len(t) <= 3) or t.lower() in NUMBER_WORDS


def number_word(t: str) -> bool:
    """Whether a token is a number, in digits or words up to ten."""
    return t[0].isdigit() or t.lower() in NUMBER_WORDS


def infinitive_after(tokens: Tokens, k: int) -> bool:
    """Whether token ``k``, after "to", opens a verb rather than a noun phrase: "urged
    users to update", not "a letter to donors"."""
    t = tokens.text[k]
    w = tokens.lower[k]
    return (
        t[:1].islower()
        and w not in DETERMINERS
        and w not in POSSESSIVES
        and not (w in PERSON_NOUNS or w[:-1] in PERSON_NOUNS or w in GROUP_NOUNS)
    )


def takes_pp(w: str) -> bool:
    """Whether a head noun takes a prepositional phrase inside a speaker phrase: "a
    spokesman for the ministry", "people familiar with the talks", "a letter to donors"."""
    return (
        w in PERSON_NOUNS
        or w[:-1] in PERSON_NOUNS
        or w in GROUP_NOUNS
        or w in DOCUMENT_NOUNS
        or w in _PP_HEADS
    )


def share_before(tokens: Tokens, start: int, lo: int) -> int:
    """Where a share of people starts whose count opens the phrase at token ``start``:
    "six in 10 voters", "about four out of 10 voters" (else ``start``)."""
    text, lower = tokens.text, tokens.lower
    if not small_count(text[start]) or start - 2 < lo or tokens.quote[start - 2] >= 0:
        return start
    if lower[start - 1] == "in" and small_count(text[start - 2]):
        return start - 2
    if (
        start - 3 >= lo
        and lower[start - 1] == "of"
        and lower[start - 2] == "out"
        and small_count(text[start - 3])
    ):
        return start - 3
    return start


def participle_phrase(tokens: Tokens, first: int, last: int) -> bool:
    """Whether tokens [first, last) are a participle's phrase with no finite verb:
    "sitting with Lords Ashby", "speaking in Dunmore" (a preposition or determiner after
    the participle, not "marketing company Doubleclick")."""
    w = tokens.text[first]
    nxt = tokens.lower[first + 1] if first + 1 < last else ""
    return (
        w.isalpha()
        and w.islower()
        and w.endswith(("ing", "ed"))
        and (
            w == "including"  # "opponents of the bill, including Tory Lord Ford, ..."
            or nxt in INNER_PREPOSITIONS
            or nxt in DETERMINERS
            or nxt in POSSESSIVES
        )
        and not any(tokens.lower[m] in FINITE_WORDS for m in range(first, last))
    )


def comma_back(tokens: Tokens, k: int, lo: int, least: int) -> int:
    """The comma at or before token ``k`` that ends a walk back no further than the token
    before ``least`` (nor before ``lo``), or -1 when a quotation or the end of a clause
    (".", ";", ":", a dash) comes first."""
    text = tokens.text
    while k >= lo and k >= least and text[k] != "," and tokens.quote[k] < 0:
        if text[k] in CLAUSE_ENDS:
            return -1
        k -= 1
    return k if k >= lo and text[k] == "," else -1


CLAUSE_ENDS = frozenset({".", ";", ":", "—", "–"})


def name_list(tokens: Tokens, comma: int, start: int, end: int, lo: int) -> bool:
    """Whether the comma at token ``comma`` separates names of a list that the phrase
    [start, end) closes with "and": "Tesco, Asda and Sainsbury's", "Morrisons,
    Woolworths, House of Fraser and Big Food" (not "Ann Lee, a lawyer")."""
    text, lower = tokens.text, tokens.lower
    if comma - 1 < lo or not text[comma - 1][:1].isupper() or tokens.quote[comma - 1] >= 0:
        return False
    words = lower[start:end]
    if "and" not in words or start != comma + 1:
        return False
    return all(
        text[m][:1].isupper() or lower[m] in ("and", "&", "of", ",", "’s", "'s")
        for m in range(start, end)
    )


def title_list(tokens: Tokens, k: int, comma: int, lo: int) -> bool:
    """Whether the words between the commas at ``k`` and ``comma`` continue a title
    before ``k``: capitalised words joined by "and" ("Science and Economic Development")
    after a title with "of" ("Minister of Innovation")."""
    text = tokens.text
    lower = tokens.lower
    middle = range(k + 1, comma)
    if not any(lower[m] in ("and", "&") for m in middle) or not all(
        text[m][:1].isupper() or lower[m] in ("and", "&") for m in middle
    ):
        return False
    j = k - 1
    while j >= lo and j >= k - 5 and text[j][:1].isupper():
        j -= 1
    return j >= lo and lower[j] == "of" and j - 1 >= lo and lower[j - 1] in TITLE_WORDS


def lone_adverb(tokens: Tokens, phrase: Phrase) -> bool:
    """Whether a phrase is one adverb, capitalised by its place: "Currently, says Dr Tom
    Hale", "Separately, the world's largest delivery company, UPS, said"."""
    return phrase.last - phrase.first == 1 and is_adverb(tokens.lower[phrase.first])


def place_comma(tokens: Tokens, k: int, comma: int) -> bool:
    """Whether the comma at ``k`` sits inside a place ("in Columbus, Ohio, said"): a
    capitalised word before it, a state, province or country alone after it (or any
    capitalised word after a town named with "from": "from Hartwell, Devon, said")."""
    text = tokens.text
    after = text[k + 1 : comma]
    return (
        k > 0
        and text[k - 1][:1].isupper()
        and len(after) == 1
        and (
            tokens.lower[k + 1] in US_STATES
            or after[0] in COUNTRIES
            or tokens.lower[k + 1] in PLACES
            or (
                # "from Hartwell, Devon, said", "MP for Henley, Oxfordshire, said": a town
                # and its county after a preposition
                k > 1
                and tokens.lower[k - 2] in ("from", "near", "for", "in")
                and after[0][:1].isupper()
                # "in Badminton, Kent, said": a county may be a given name too
                and (not is_given_name(after[0]) or tokens.lower[k - 2] == "in")
            )
        )
    )


def starts_description(tokens: Tokens, first: int, last: int) -> bool:
    w = tokens.lower[first]
    return (
        w in PERSON_NOUNS
        or w in TITLE_WORDS
        or w.endswith("ing")
        or (w not in FUNCTION_WORDS and not tokens.text[first][0].isupper())
    )


def names_no_one(phrase: Phrase) -> bool:
    """Whether a phrase read as a person's is a thing of theirs, no one: "His hope",
    "her plan" (a possessive's noun that names no one; not "his spokesman")."""
    role = phrase.role
    return (
        role is not None
        and phrase.name is None
        and phrase.pronoun is None
        and phrase.kind is SpeakerKind.PERSON
        and role not in PERSON_NOUNS
        and role not in TITLE_WORDS
        and not names_someone(role)
    )


def capitals_end(tokens: Tokens, k: int, hi: int) -> int:
    """Where the run of capitalised words (and name particles: "Ursula von der Leyen")
    that starts at token ``k`` ends, before token ``hi`` at most."""
    while k < hi and (tokens.text[k][0].isupper() or tokens.lower[k] in NAME_PARTICLES):
        k += 1
    return k


def named_in_full(phrase: Phrase) -> bool:
    """Whether a phrase names a person by two words or more: "Devon Achebe"."""
    return (
        phrase.kind is SpeakerKind.PERSON
        and phrase.name is not None
        and phrase.name[1] - phrase.name[0] >= 2
    )


def one_of_after_head(tokens: Tokens, k: int, lo: int) -> bool:
    """Whether the "of" at token ``k`` follows "one of" after a head noun that takes a
    prepositional phrase: "the head of one of the unions", "a lawyer for one of them"."""
    lower = tokens.lower
    return (
        k - 3 >= lo
        and lower[k - 1] in ("one", "another")
        and lower[k - 2] in INNER_PREPOSITIONS
        and takes_pp(lower[k - 3])
        and all(tokens.quote[m] < 0 for m in range(k - 3, k))
    )


def adjectives_comma(tokens: Tokens, k: int, end: int, lo: int) -> bool:
    """Whether the comma at token ``k`` parts two adjectives before a person noun that
    ends a phrase at ``end``: "the lanky, bespectacled professor said", "a tired, 34-year-
    old nurse" (not after a noun: "the union, workers said")."""
    lower = tokens.lower
    text = tokens.text
    return (
        end - (k + 1) >= 2
        and (lower[end - 1] in PERSON_NOUNS or lower[end - 1] in TITLE_WORDS)
        and k - 2 >= lo
        and lower[k - 1] not in PERSON_NOUNS
        and lower[k - 1] not in GROUP_NOUNS
        and not lower[k - 1].endswith("s")
        and lower[k - 2] in ("the", "a", "an")
        and text[k - 1][0].islower()
        and (text[k + 1][0].islower() or AGE_RE.fullmatch(lower[k + 1]) is not None)
        and lower[k - 1] not in FUNCTION_WORDS
        and tokens.quote[k - 1] < 0
    )


def one_of_companies(tokens: Tokens, before: Phrase, lo: int) -> bool:
    """Whether ``before`` names one of several companies: "One of the affected
    manufacturers", "one of its suppliers" (whom a company's name after it names)."""
    lower = tokens.lower
    one_of = lower[before.first] in ("one", "another") or (
        before.first - 2 >= lo
        and lower[before.first - 2] in ("one", "another")
        and lower[before.first - 1] == "of"
    )
    role = before.role or ""
    return one_of and role.endswith("s") and role[:-1] in COMPANY_ROLES
