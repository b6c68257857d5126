"""The roles written next to a name: "winger Tiago Rebelo", "Sizwe Mthembu, the firm's
director,", "Her lawyer, Johan Pretorius,", "The Bishop of Durham, the Rt Rev Dr Tom
Wright,", and the company roles that make a one-word name a company's ("Drugmaker
AstraZeneca", "Diageo, the world's biggest spirits company,").
:class:`newsmodel.quotes.article_names.ArticleNames` reads them for its entities.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from newsmodel.model import SpeakerKind
from newsmodel.quotes.lexicon import (
    COUNTRIES,
    FUNCTION_WORDS,
    PARTY_SYNONYMS,
    PERSON_NOUNS,
    ROLE_ADJECTIVES,
    TITLE_WORDS,
    word_list,
)
from newsmodel.quotes.name_runs import opener_word
from newsmodel.quotes.person_words import AGENT_ENDINGS, names_someone
from newsmodel.quotes.phrase_words import FINITE_WORDS
from newsmodel.quotes.proper_names import PARTY_WORDS, is_given_name
from newsmodel.quotes.speaker_kinds import COMPANY_ROLES
from newsmodel.quotes.tokens import Tokens
from newsmodel.text.lexicon import DEMONYMS

if TYPE_CHECKING:  # article_names reads this module: its classes only name types here
    from newsmodel.quotes.entities import Entity, EntityMention

__all__ = [
    "ASKED_OPENERS",
    "ROLE_STOPS",
    "acts_as",
    "another_side",
    "appositive_head",
    "appositive_title_words",
    "company_role",
    "department_office",
    "described_as_someone",
    "first_surname_people",
    "opener_comma",
    "party_portfolio",
    "party_words",
    "role_noun",
    "role_of",
    "role_title_words",
    "role_words",
    "titled",
    "titled_before",
]

#: Words that end the role words read before or after a name.
ROLE_STOPS = word_list("role_stops")
_APPOSITIVE_STOPS = frozenset({",", ".", ";", ":", "!", "?", "(", ")", "—", "–", "--"})
#: The most tokens of a participle opening a sentence before its comma: "Asked about ...,".
_OPENER_WORDS = 25
#: The most heads of one appositive joined by "and": "a nurse and a mother of three".
_JOINED_HEADS = 3


def role_of(w: str) -> str:
    """The role noun a word names: itself, or the noun of a role adjective ("mayoral")."""
    return ROLE_ADJECTIVES.get(w, w)


def role_noun(w: str) -> bool:
    """Whether a lower-case word can be a role noun: a listed one, or an agent noun."""
    if not w.isalpha() and "-" not in w:
        return False
    return (
        w in PERSON_NOUNS
        or w in TITLE_WORDS
        or w in COMPANY_ROLES
        or (len(w) > 3 and w.endswith(AGENT_ENDINGS) and w not in FUNCTION_WORDS)
    )


def company_role(tokens: Tokens, name: tuple[int, int]) -> str | None:
    """A company's role noun just before a name in its paragraph ("Drugmaker
    AstraZeneca"), ending an appositive before it ("the world's largest delivery
    company, Parcelo,"), or heading an appositive after it ("Diageo, the world's biggest
    spirits company,")."""
    a, b = name
    para = tokens.para[a]
    if a > 0 and tokens.para[a - 1] == para and tokens.lower[a - 1] in COMPANY_ROLES:
        return tokens.lower[a - 1]
    if (
        a > 1
        and tokens.para[a - 2] == para
        and tokens.text[a - 1] == ","
        and b < len(tokens)
        and tokens.text[b] == ","
    ):
        # "the world's largest delivery company, Parcelo,"; "one of its suppliers, Norva,"
        role = tokens.lower[a - 2]
        if role in COMPANY_ROLES:
            return role
        if role[-1:] == "s" and role[:-1] in COMPANY_ROLES and _one_of_before(tokens, a - 2):
            return role[:-1]
    if b < len(tokens) and tokens.text[b] == "," and not opener_word(tokens.lower[a]):
        # (not "Separately, the world's largest delivery company, UPS, said")
        head = appositive_head(tokens, b + 1, para)
        if head in COMPANY_ROLES:
            return head
    return None


#: The most words between "one of" and the plural it picks one of: "one of the largest
#: affected grocery chains".
_ONE_OF_WORDS = 5


def _one_of_before(tokens: Tokens, plural: int) -> bool:
    """Whether "one of" or "another of" comes before the plural at token ``plural`` in its
    sentence: "One of the affected manufacturers"."""
    sent = tokens.sent[plural]
    for k in range(plural - 1, max(0, plural - _ONE_OF_WORDS - 2), -1):
        if tokens.sent[k] != sent or tokens.quote[k] >= 0:
            return False
        if tokens.lower[k] == "of" and k > 0 and tokens.lower[k - 1] in ("one", "another"):
            return True
    return False


def role_words(tokens: Tokens, first: int, last: int) -> set[str]:
    """The role nouns next to a name in tokens [first, last): lower-case words before
    it ("winger Tiago Rebelo", "Liberal health critic Adil Rahman"), the head of an
    appositive after it ("Sizwe Mthembu, the firm's director,") or before it ("Her
    lawyer, Johan Pretorius,")."""
    lower = tokens.lower
    text = tokens.text
    para = tokens.para[first]
    n = len(tokens)
    found: set[str] = set()
    k = first - 1
    steps = 0
    while k >= 0 and steps < 4 and tokens.para[k] == para and tokens.quote[k] < 0:
        t = text[k]
        w = lower[k]
        if not t[0].isalpha() or w in FUNCTION_WORDS or w in ROLE_STOPS:
            break
        if t[0].islower() and (role_noun(w) or w in ROLE_ADJECTIVES):
            found.add(role_of(w))
        elif w in FINITE_WORDS or (t[0].islower() and w.endswith("ed")):
            break  # "The club signed fellow Lib Dem Norman Baker": not the club's
        k -= 1
        steps += 1
    if last < n and text[last] == "," and tokens.para[last] == para:
        found.update(_appositive_heads(tokens, last + 1, para))
    start = first
    while (
        start > 0
        and first - start < 6
        and tokens.para[start - 1] == para
        and (
            (text[start - 1][0].isupper() and lower[start - 1] in TITLE_WORDS)
            or lower[start - 1] in ("the", ".")
        )
    ):
        start -= 1  # "the Rt Rev Dr Tom Wright": the appositive starts at "the"
    # an appositive closed after the name, not "Asked about the prime minister, Mr
    # Brown said"
    closed = last < n and (text[last] == "," or tokens.sent[last] != tokens.sent[first])
    if start >= 2 and text[start - 1] == "," and tokens.para[start - 2] == para:
        w = lower[start - 2]
        # (or an acronym: "The centre's CEO, Ada Lund")
        if w[-1:] == "s" and role_noun(w[:-1]) and _one_of_before(tokens, start - 2):
            w = w[:-1]  # "One of its suppliers, Northgate Textiles": a supplier
        if (text[start - 2][0].islower() or text[start - 2].isupper()) and role_noun(w):
            if start == first or closed:
                found.add(w)  # "Her lawyer, Johan Pretorius"
        elif closed:
            head = _office_of_place(tokens, start - 2)
            if head:
                found.add(head)
    return found


def role_title_words(tokens: Tokens, first: int) -> set[str]:
    """The capitalised words of the title in a role that a name at token ``first``
    follows between commas, lower-cased: "The Tory leader, Tom Dale," gives {"tory"},
    the words that "the Tory leader" later names him by."""
    lower = tokens.lower
    text = tokens.text
    k = first - 2
    if k < 1 or text[first - 1] != "," or not text[k][0].islower() or not role_noun(lower[k]):
        return set()
    para = tokens.para[first]
    words: set[str] = set()
    j = k - 1
    while j >= 0 and k - j <= 3 and tokens.para[j] == para and text[j][0].isupper():
        if lower[j] == "the":
            break
        words.add(lower[j])
        j -= 1
    if j < 0 or tokens.para[j] != para or lower[j] not in ("the", "’s", "'s"):
        return set()  # "Yesterday Tory leader, ...": no role phrase of its own
    return words


def appositive_title_words(tokens: Tokens, last: int) -> set[str]:
    """The capitalised words of the title in an appositive after a name that ends at
    token ``last``, lower-cased: "Farah Aziz-Ruiz, the Liberal MP for Nepean," gives
    {"liberal"}, the words that "the Liberal MP" later names her by."""
    text = tokens.text
    k = last + 1
    if k >= len(tokens) or text[last] != "," or tokens.lower[k] != "the":
        return set()
    para = tokens.para[last]
    words: set[str] = set()
    k += 1
    while k < len(tokens) and k - last <= 5 and tokens.para[k] == para:
        w = tokens.lower[k]
        if w in TITLE_WORDS or role_noun(w):
            return words
        if not text[k][0].isupper():
            break
        words.add(w)
        k += 1
    return set()


def _office_of_place(tokens: Tokens, k: int) -> str | None:
    """The office of a phrase that ends at token ``k``, "the Chancellor", "the Bishop
    of Durham" or "Canada's ambassador to the UAE", that an appositive name follows
    ("The Bishop of Durham, the Rt Rev Dr Tom Wright,"), when "the" (or, before "to" or
    "for", a possessive) opens it."""
    lower = tokens.lower
    text = tokens.text
    sent = tokens.sent[k]
    if k >= 1 and lower[k - 1] == "the" and role_noun(lower[k]):
        return role_of(lower[k])  # "The Chancellor, Gordon Brown,"
    j = k
    while j > k - 4 and j > 0 and tokens.sent[j] == sent and text[j][0].isupper():
        j -= 1  # the place: "Durham", "New York"
    if j < k and j > 0 and lower[j] == "the" and lower[j - 1] != "of":
        j -= 1  # "Canada's ambassador to the UAE"
    if j == k or lower[j] not in _OFFICE_PREPOSITIONS or j < 2 or tokens.sent[j - 2] != sent:
        return None
    role = lower[j - 1]
    if (
        (lower[j - 2] != "the" and not (lower[j] != "of" and lower[j - 2] in ("’s", "'s")))
        or not text[j - 1][0].isalpha()
        or not role_noun(role)
    ):
        return None
    return role_of(role)


#: Prepositions between an office and its place: "the Bishop of Durham", "the ambassador
#: to the UAE", "the envoy for Haiti".
_OFFICE_PREPOSITIONS = word_list("office_prepositions")


def _appositive_heads(tokens: Tokens, k: int, para: int) -> list[str]:
    """The head nouns of an appositive starting at token ``k`` and of those joined to it
    by "and": "a nurse and a mother of three" gives "nurse" and "mother"."""
    lower = tokens.lower
    heads: list[str] = []
    head = appositive_head(tokens, k, para)
    while head is not None and len(heads) < _JOINED_HEADS:
        heads.append(head)
        j = k
        while j < min(len(tokens) - 1, k + 10) and tokens.text[j] not in _APPOSITIVE_STOPS:
            if lower[j] == "and" and lower[j + 1] in ("a", "an") and tokens.para[j] == para:
                break
            j += 1
        if lower[j] != "and":
            break
        k = j + 1
        head = appositive_head(tokens, k, para)
    return heads


def appositive_head(tokens: Tokens, k: int, para: int) -> str | None:
    """The head noun of an appositive starting at token ``k``: "the firm's director"
    gives "director", "a senior economist at BMO" gives "economist"."""
    lower = tokens.lower
    text = tokens.text
    n = len(tokens)
    head = None
    stop = min(n, k + 10)
    if k + 2 < n and text[k][0].isupper() and lower[k + 1] in ("’s", "'s"):
        k += 2  # "Ontario's minister of health"
    if k >= n or not (text[k][0].islower() or lower[k] in ("the", "a", "an")):
        return None
    while k < stop and tokens.para[k] == para and tokens.quote[k] < 0:
        t = text[k]
        w = lower[k]
        if t in _APPOSITIVE_STOPS or w in ROLE_STOPS or w in ("who", "whose", "which"):
            return head if head and role_noun(head) else None
        if w in FUNCTION_WORDS and w not in ("the", "a", "an"):
            return None  # "Ortúzar, the electoral service said": a clause
        if head and w.endswith("ing") and role_noun(head):
            return head  # "a lawyer representing the families"
        if t[0].isalpha() and t[0].islower() and w not in ("the", "a", "an"):
            head = w
        elif t.isupper() and len(t) > 1 and w in TITLE_WORDS:
            head = w  # "the Liberal MP for Nepean"
        k += 1
    return None


def party_words(words: Iterable[str]) -> set[str]:
    """Lower-case title words with each word for a party given as the party's own: "tory"
    as "conservative", "ndp" as "new" and "democrat"."""
    found: set[str] = set()
    for w in words:
        found.update(PARTY_SYNONYMS.get(w, w).split())
    return found


def another_side(qualifiers: Iterable[str], titles: Iterable[str]) -> bool:
    """Whether a qualifier names a party or a nation, and the titles another one: "the
    Labour leader" for "Conservative Leader Ann Dale", "the French president" for
    "Irish President Tom Hale"."""
    known = party_words(titles)
    parties = {w for w in known if w in PARTY_WORDS}
    nations = {w for w in known if w in DEMONYMS or w.title() in COUNTRIES}
    for q in party_words(qualifiers):
        if q in PARTY_WORDS and parties and q not in parties:
            return True
        if (q in DEMONYMS or q.title() in COUNTRIES) and nations and q not in nations:
            return True
    return False


def department_office(tokens: Tokens, k: int, para: int) -> bool:
    """Whether token ``k`` is the "of" after an office that a department follows, in
    paragraph ``para``: "Minister of Long-Term Care Paul Dale"."""
    return (
        k >= 1
        and tokens.lower[k] == "of"
        and tokens.para[k - 1] == para
        and tokens.lower[k - 1] in TITLE_WORDS
        and tokens.text[k - 1][0].isupper()
    )


def party_portfolio(tokens: Tokens, k: int) -> bool:
    """Whether token ``k`` is a lower-case word of a portfolio after a party's word, in a
    title before a name: "finance" of "Conservative finance critic Pierre Dale"."""
    t = tokens.text[k]
    return (
        k >= 1
        and t.isalpha()
        and t.islower()
        and tokens.lower[k] not in FUNCTION_WORDS
        and tokens.lower[k] not in ROLE_ADJECTIVES  # "Republican presidential candidate"
        and tokens.text[k - 1][0].isupper()
        and tokens.lower[k - 1] in PARTY_WORDS
    )


#: Auxiliaries and adverbs between a name and the verb of what they do: "has long coached".
_ACTING_WORDS = word_list("acting_words")


@lru_cache(maxsize=256)
def _acting_forms(role: str) -> frozenset[str]:
    """The forms of the verb of a role's noun: "coached", "coaches" for "coach", "farmed",
    "farms" for "farmer"."""
    stems = {role, role[:-2]} if role.endswith("er") and len(role) > 4 else {role}
    return frozenset(f"{stem}{ending}" for stem in stems for ending in ("ed", "s", "es"))


def acts_as(tokens: Tokens, role: str, k: int, end: int) -> bool:
    """Whether the words from token ``k`` (right after a person's name) to ``end`` say the
    person does what the role does: "has coached" for "the coach", "has farmed" for "the
    farmer", "runs" for "the runner" (the verb of the role's noun)."""
    forms = _acting_forms(role)
    j = k
    while j < end and j - k < 3 and tokens.lower[j] in _ACTING_WORDS:
        j += 1
    return j < end and tokens.lower[j] in forms


def titled(tokens: Tokens, first: int, a: int) -> bool:
    """Whether the name at token ``a`` of a run from ``first`` has a person's title
    before it, in the run or in lower case right before it: "Coach Seo-yeon Park",
    "owner Seo-yeon Park"."""
    if any(tokens.lower[m].rstrip(".") in TITLE_WORDS for m in range(first, a)):
        return True
    k = first - 1
    return k >= 0 and tokens.text[k].islower() and tokens.lower[k] in TITLE_WORDS


def titled_before(
    tokens: Tokens, people: Sequence[Entity], mentions: Iterable[EntityMention], title: str
) -> Entity | None:
    """The one of several ``people`` sharing a surname whom ``mentions`` called by the
    ``title`` now before it ("Dr. Kaplan" for Harold Kaplan, not his son David Kaplan),
    when only one was; None for no title ("a photo and Clinton said")."""
    if len(people) < 2:
        return None
    word = title.split()[-1].lower()
    if word not in TITLE_WORDS and word.rstrip(".") not in TITLE_WORDS:
        return None
    word = word.rstrip(".")
    titled = {
        id(m.entity): m.entity
        for m in mentions
        if m.entity in people and m.token > 0 and tokens.lower[m.token - 1].rstrip(".") == word
    }
    return next(iter(titled.values())) if len(titled) == 1 else None


#: Participles that open a sentence with a question put to its subject: in "Asked whether
#: he feared ..., Ban demurred" the one asked is the subject after the comma.
ASKED_OPENERS = word_list("asked_openers")


def opener_comma(tokens: Tokens, first: int, at: int, reach: int = _OPENER_WORDS) -> int:
    """The token after the comma that closes a participle or an adverbial opening the
    sentence at token ``first`` ("Asked about the comments, Reid ..."), looked for before
    token ``at`` and within ``reach`` tokens; ``at`` when there is none."""
    end = min(at, first + reach)
    return next((j + 1 for j in range(first, end) if tokens.text[j] == ","), at)


def described_as_someone(tokens: Tokens, last: int) -> bool:
    """Whether the name ending at token ``last`` is followed by an appositive of one
    person: ", a PhD student,", ", an engineer"."""
    if last + 2 >= len(tokens) or tokens.text[last] != ",":
        return False
    if tokens.lower[last + 1] not in ("a", "an"):
        return False
    head = appositive_head(tokens, last + 1, tokens.para[last])
    return head is not None and names_someone(head)


def first_surname_people(persons: Iterable[Entity], word: str) -> list[Entity]:
    """The people whose full name of three words or more has ``word`` second to last,
    no given name: "Ms. Acosta" for Melba Acosta Febo (a Spanish name with both
    surnames, shortened to the first)."""
    if len(word) < 3 or not word[0].isupper() or is_given_name(word):
        return []
    found = []
    for entity in persons:
        words = entity.name.split(" ")
        if (
            len(words) >= 3
            and words[-2] == word
            and entity.kind is SpeakerKind.PERSON
            and not words[-1].endswith("ed")  # "Salma Hayek Described": a headline's verb
        ):
            found.append(entity)
    return found
