"""Speaker kinds: what the noun phrase next to a cue names, or that it names nobody.

:class:`Phrase` is a speaker phrase in the tokens. :func:`classify` sorts the noun phrase
of a token range into a speaker kind: a person ("Kenyan President William Ruto", "Joel
Pollak of Breitbart", "the president"), an organisation ("Dutch carrier KLM", "the City
of Regina", "Brazil’s Foreign Ministry"), a group ("officials", "France and Germany",
"six in 10"), a document ("court records", "their joint statement") or an anonymous
source ("a senior official"); or None for words that name nobody who could speak ("32",
"2015", "30 cents", "minutes"). It knows the closed classes that open a noun phrase
(determiners, possessives, subject pronouns, quantifiers) and the nouns that head each
kind of phrase.
"""

from __future__ import annotations

import attrs
import regex

from newsmodel.model import SpeakerKind
from newsmodel.names import HONORIFICS
from newsmodel.quotes.body_names import french_body, national_body, public_body_at
from newsmodel.quotes.lexicon import (
    CAPITAL_NOT_NAMES,
    COMPANY_WORDS,
    COUNTRIES,
    DOCUMENT_NOUNS,
    FUNCTION_WORDS,
    GROUP_NOUNS,
    NUMBER_WORDS,
    ORG_MARKERS,
    ORG_NOUNS,
    PARTY_SYNONYMS,
    PERSON_NOUNS,
    PLACE_HEADS,
    PLACE_MARKERS,
    PRONOUNS,
    TITLE_WORDS,
    Pronoun,
    company_with_s,
    shop_name,
    word_list,
)
from newsmodel.quotes.name_parts import saint_possessive, unit_number
from newsmodel.quotes.person_words import (
    CURRENCY_SIGNS,
    PERSON_HEADS,
    QUANTIFIERS,
    SPEAKING_FOR_OTHERS,
    TIME_WORDS,
    agent_plural,
    names_someone,
    plain_modifier,
    quantity,
    share_head,
)
from newsmodel.quotes.plural_nouns import org_plural
from newsmodel.quotes.proper_names import (
    BASED,
    NAME_BLOCKERS,
    NAME_PARTICLES,
    acronym_after,
    capitalised_elsewhere,
    has_marker,
    inner_against,
    is_given_name,
    month_surname,
    name_split,
    person_ends_before,
)
from newsmodel.quotes.title_joins import DETERMINERS, coordinated_title, titled_name
from newsmodel.quotes.tokens import Tokens
from newsmodel.text.lexicon import US_STATES

__all__ = [
    "ADJECTIVE_ADVERBS",
    "AGE_RE",
    "COMPANY_ROLES",
    "CURRENCY_SIGNS",
    "DETERMINERS",
    "INNER_PREPOSITIONS",
    "PARTY_MEMBERS",
    "POSSESSIVES",
    "SUBJECT_PRONOUNS",
    "TIME_UNITS",
    "Phrase",
    "classify",
    "pronoun_kind",
]

#: An age as a noun or adjective: "34-year-old" (its number is the group).
AGE_RE = regex.compile(r"(\d{1,3})-years?-old")
POSSESSIVES = word_list("possessives")
SUBJECT_PRONOUNS = word_list("subject_pronouns")
#: Pronouns for someone unnamed ("someone said"), and for no one who is a source.
_INDEFINITE_SPEAKERS = word_list("indefinite_speakers")
_NO_ONE_WORDS = word_list("no_one_words")
#: Parties named by one word, which speak as bodies: "Labour said", "The Tories claim".
_PARTY_NAMES = word_list("party_names")
#: Prepositions that may join a head noun to its complement inside a speaker phrase:
#: "a spokesman for the ministry", "people close to the talks".
INNER_PREPOSITIONS = word_list("inner_prepositions")
TIME_UNITS = word_list("time_units")
#: Adverbs that may open a noun phrase as adjectives: "the first lady", "the late mayor".
ADJECTIVE_ADVERBS = word_list("adjective_adverbs")
#: Members of parties, by the word for one: "one Republican said".
PARTY_MEMBERS = word_list("party_members")
#: Members of parties named by two words: "new democrat".
_PARTY_PHRASES = frozenset(v for v in PARTY_SYNONYMS.values() if " " in v)
#: Role nouns of companies: "Electronics maker Kurogane Denki" is an organisation, and
#: "the utility" stands for the last company-like organisation quoted.
COMPANY_ROLES = word_list("company_roles")
#: Documents that speak without a determiner: "court records show", "according to
#: ship-tracking data".
_BARE_DOCUMENTS = word_list("bare_documents")
#: Words that name a government by its place: "the City of Regina", "Region of Peel".
_GOVERNMENT_HEADS = word_list("government_heads")
#: Documents that are the words of their author: "his remarks" are his.
_UTTERANCE_NOUNS = word_list("utterance_nouns")
#: Nouns of speech: what is said ("tweeted a warning"), never who says it.
_SPEECH_NOUNS = word_list("noun_cues")
_OF_PERSON = word_list("of_person")
_CAPS_JOINERS = NAME_PARTICLES | frozenset({"of", "for", "&", "and", "(", ")"})
_DOC_SPEAKER_NOUNS = DOCUMENT_NOUNS | word_list("own_words")
_NO_SPEAKER_HEADS = word_list("no_speaker_heads")
#: Nouns of quantity before "of": "the number of ...", "the share of ..." name nobody.
_QUANTITY_HEADS = word_list("quantity_heads")
#: Determiners of an object that a relative clause with its subject follows: "a plan
#: critics call", "that plan critics call".
_RELATIVE_OBJECT_OPENERS = word_list("relative_object_openers")


@attrs.define(slots=True)
class Phrase:
    """A speaker phrase in the tokens: ``first``/``last`` bound the mention [first, last).

    ``name`` and ``title`` are token ranges it for persons; ``description`` is a
    token range next to it; ``pronoun`` is set for "he", "they", "who" (and for
    possessives such as "his parting words", where the pronoun stands for the speaker);
    ``role`` is the lower-case head noun of phrases such as "the president".
    """

    first: int
    last: int
    kind: SpeakerKind
    pronoun: Pronoun | None = None
    name: tuple[int, int] | None = None
    title: tuple[int, int] | None = None
    description: tuple[int, int] | None = None
    role: str | None = None
    definite: bool = False
    antecedent: Phrase | None = None


def pronoun_kind(w: str) -> SpeakerKind:
    """The kind of speaker a pronoun names: a group, an organisation or a person."""
    p = PRONOUNS[w]
    if p.hint == "group":
        return SpeakerKind.GROUP
    if p.hint == "organisation":
        return SpeakerKind.ORGANISATION
    return SpeakerKind.PERSON


#: Nouns of the press as a whole, which speak as a body: "Russian media said".
_MEDIA_HEADS = word_list("media_heads")


def classify(tokens: Tokens, first: int, last: int) -> Phrase | None:
    """Sort the noun phrase in tokens [first, last) into a speaker kind, or None when it
    names nobody who could speak."""
    text = tokens.text
    lower = tokens.lower
    w0 = lower[first]
    if (
        last - first == 1
        and (w0 in TITLE_WORDS or w0 in PERSON_NOUNS)
        and text[first][:1].isupper()
        and text[first][1:].islower()
        and first != tokens.sent_first[tokens.sent[first]]
        and (first + 1 >= len(text) or not text[first + 1][:1].isupper())
    ):
        # "“...,” says Doctor" after "Ken Doctor": a title capitalised inside a sentence,
        # with no name after it, is a surname
        return Phrase(first, last, SpeakerKind.PERSON, name=(first, last), definite=True)
    if (
        last - first >= 2
        and lower[last - 1] in ("’s", "'s")
        and (
            company_with_s("".join(text[first : last - 1]))
            or (last - first == 2 and last < len(text) and shop_name(text[first], lower[last]))
        )
    ):
        # "Sainsbury's said", "McDonald's said": a company's name ends in "'s"
        return Phrase(first, last, SpeakerKind.ORGANISATION, name=(first, last), definite=True)
    if quantity(tokens, first, last):
        return None  # "32" (an age), "2015", "30 cents": nobody
    body = first + (w0 == "the")
    if (
        last - body >= 3
        and unit_number(tokens, last - 1)
        and all(text[k][:1].isupper() or lower[k] in _CAPS_JOINERS for k in range(body, last - 1))
    ):
        # "UFCW Local 832", "the Canadian Union of Public Employees Local 2210": a union's unit
        return Phrase(first, last, SpeakerKind.ORGANISATION, name=(body, last), definite=True)
    if last - first >= 2 and lower[last - 1] in _MEDIA_HEADS and text[last - 1].islower():
        # "The media reported", "Russian media said", "state media": the press, a body
        return Phrase(first, last, SpeakerKind.ORGANISATION, role=lower[last - 1], definite=True)
    if (
        last - body >= 3
        and all(text[k][:1].isupper() for k in range(body, last))
        and any(inner_against(tokens, k, body) for k in range(body + 1, last - 1))
    ):
        # "Reporters Without Borders", "the League Against Cruel Sports": a body
        return Phrase(first, last, SpeakerKind.ORGANISATION, name=(body, last), definite=True)
    if (
        first + 2 < last
        and w0 == "the"  # ("a number of investors" are some investors)
        and lower[first + 1] in _QUANTITY_HEADS
        and lower[first + 2] == "of"
    ):
        return None  # "The number of Welsh seats": an amount, nobody
    if (
        lower[last - 1] in TIME_UNITS
        and last - first <= 3
        and all(text[k][0].islower() or text[k][0].isdigit() for k in range(first, last))
        and not any(lower[k] in TIME_WORDS for k in range(first, last - 1))
    ):
        return None  # "a few days", "two weeks", "the past year": a time, nobody
    if (
        last - first == 1
        and text[first] in CAPITAL_NOT_NAMES
        and w0 not in SUBJECT_PRONOUNS
        and w0 not in QUANTIFIERS
        and w0 not in _INDEFINITE_SPEAKERS  # "Another said": someone unnamed
        and not month_surname(tokens, first)  # "From said", the article naming Al From
    ):
        return None  # a word capitalised by its place: "Early estimates put ..."
    if last - first == 1 and text[first].endswith(".") and w0 in US_STATES:
        return None  # "Fresno, Calif.": a state's abbreviation, nobody
    if last - first == 1 and w0 in SUBJECT_PRONOUNS and not text[first][1:].isupper():
        return Phrase(first, last, pronoun_kind(w0), pronoun=PRONOUNS[w0])
    if last - first == 1 and w0 in QUANTIFIERS:
        return Phrase(first, last, SpeakerKind.GROUP)
    if w0 in _INDEFINITE_SPEAKERS and (
        last - first == 1 or (lower[first + 1] in INNER_PREPOSITIONS and w0 != "one")
    ):
        return Phrase(first, last, SpeakerKind.ANONYMOUS)  # "someone in the back"
    if last - first == 1 and w0 in _NO_ONE_WORDS:
        return None  # "Nobody asked", "everyone can agree": no one who is a source
    if last - first == 1 and w0 in _PARTY_NAMES and text[first][:1].isupper():
        return Phrase(first, last, SpeakerKind.ORGANISATION, definite=True)  # "Labour said"
    if (
        last - first == 1
        and first == tokens.sent_first[tokens.sent[first]]
        and text[first][1:].islower()
        and (
            w0 in GROUP_NOUNS or agent_plural(w0) or (w0.endswith("s") and w0[:-1] in PERSON_NOUNS)
        )
        and not capitalised_elsewhere(tokens, first)
    ):
        # "Engineers say", "Analysts said", "Candidates say": people capitalised by the
        # sentence's start
        return Phrase(first, last, SpeakerKind.GROUP, role=w0)
    if (
        last - first == 1
        and first == tokens.sent_first[tokens.sent[first]]
        and text[first][1:].islower()
        and w0.endswith("s")
        and (w0[:-1] in DOCUMENT_NOUNS or (w0.endswith("ies") and w0[:-3] + "y" in DOCUMENT_NOUNS))
        and not capitalised_elsewhere(tokens, first)
    ):
        # "Studies have shown", "Reports say": documents capitalised by the sentence's
        # start, no person named "Studies" for a later "he"
        return Phrase(first, last, SpeakerKind.DOCUMENT, role=w0)
    if (
        w0 in ("another", "one")
        and last - first >= 3
        and lower[first + 1] == "of"
        and lower[last - 1].endswith("s")
        and (lower[last - 1][:-1] in PERSON_NOUNS or agent_plural(lower[last - 1]))
    ):
        # "one of his advisers", "one of the lawyers": someone of them
        return Phrase(first, last, SpeakerKind.ANONYMOUS, role=lower[last - 1])
    if w0 in POSSESSIVES and last - first >= 3:
        k = first + 1
        while k < last and text[k][:1].islower():
            k += 1
        if (
            first + 1 < k < last
            and (
                lower[k - 1] in PERSON_NOUNS
                or lower[k - 1] in TITLE_WORDS
                or lower[k - 1] in PERSON_HEADS
            )
            and all(text[m][:1].isupper() or lower[m] in NAME_PARTICLES for m in range(k, last))
        ):
            named = classify(tokens, first + 1, last)  # "her friend Omar Haddad"
            if named is not None and named.name is not None:
                named.first = first
                return named
        elif first + 1 < k < last - 1 and not any(
            lower[m] in FUNCTION_WORDS for m in range(first + 1, k)
        ):
            # "their launch Tory chairman Liam Lamb" (after "Later at"), "his speech Mr
            # Allard" (after "In"): the person after the possessive's noun, titled
            named = classify(tokens, k, last)
            if (
                named is not None
                and named.name is not None
                and named.title is not None
                and named.kind is SpeakerKind.PERSON
            ):
                return named
    if w0 in POSSESSIVES and last - first >= 2:
        # the head noun ends the phrase or comes before its first preposition: "its
        # minister for economic affairs", "his proposed expansion of child tax"
        head = next(
            (lower[k - 1] for k in range(first + 2, last - 1) if lower[k] in INNER_PREPOSITIONS),
            lower[last - 1],
        )
        if head in DOCUMENT_NOUNS and head not in _UTTERANCE_NOUNS:
            # "their joint statement", "its annual report": the document speaks
            return Phrase(first, last, SpeakerKind.DOCUMENT, role=head, definite=True)
        if head in _DOC_SPEAKER_NOUNS and w0 in PRONOUNS:
            return Phrase(first, last, pronoun_kind(w0), pronoun=PRONOUNS[w0])
        if head in ORG_NOUNS:
            return Phrase(first, last, SpeakerKind.ORGANISATION, role=head, definite=True)
        if head in PERSON_NOUNS or head in TITLE_WORDS:
            return Phrase(first, last, SpeakerKind.PERSON, role=head, definite=True)
        if head in GROUP_NOUNS:
            return Phrase(first, last, SpeakerKind.GROUP, role=head, definite=True)
        if agent_plural(head) or (head.endswith("s") and head[:-1] in PERSON_NOUNS):
            # "its backers", "their daughters": people
            return Phrase(first, last, SpeakerKind.GROUP, role=head, definite=True)
        if names_someone(head) or text[last - 1][:1].isupper():
            # "her bandmate", "his co-founder", "his Arsenal team-mate Robert Pires" (not
            # "his willingness", "their savings")
            return Phrase(first, last, SpeakerKind.PERSON, role=head, definite=True)
        return None
    if (last - first >= 3 and public_body_at(tokens, first, last)) or french_body(
        tokens, first, last
    ):
        # "Employment and Social Development Canada", "Conseil du patronat du Québec": one body
        return Phrase(first, last, SpeakerKind.ORGANISATION, definite=True)
    # coordination: "France and Germany", "Both Otieno and Ferreira" (but not the
    # organisation "Health and Human Services" or "Procter & Gamble")
    words = lower[first:last]
    tail = last
    if last - first > 3 and text[last - 1] == ")" and acronym_after(tokens, last - 3, last - 1):
        tail = last - 3  # "the Food and Agriculture Organisation (FAO)"
    # a name its acronym follows is one body's: "the Institute of Economic and Social
    # Research (NIESR)"
    org_name = (
        lower[tail - 1] in ORG_MARKERS
        or "&" in words
        or tail < last
        or national_body(tokens, first, last)
    )
    if tail < last and all(
        text[k][:1].isupper() or lower[k] in _CAPS_JOINERS or lower[k] == "the"
        for k in range(first, tail)
    ):
        return Phrase(first, last, SpeakerKind.ORGANISATION, definite=True)
    # without "&" in the phrase, only an "and" can coordinate
    for k in range(first + 1, last - 1) if not org_name and "and" in words else ():
        if lower[k] in ("and", "&"):
            left_ok = (
                text[k - 1][0].isupper()
                or lower[k - 1] in GROUP_NOUNS
                or lower[k - 1] in PERSON_NOUNS
            )
            right_ok = text[k + 1][0].isupper() or lower[k + 1] in DETERMINERS
            if left_ok and right_ok and not coordinated_title(tokens, first, k, last):
                return Phrase(first, last, SpeakerKind.GROUP, definite=True)
    if "&" in words and all(
        text[k][:1].isupper() or text[k] == "&" or (k == first and lower[k] in DETERMINERS)
        for k in range(first, last)
    ):
        return Phrase(first, last, SpeakerKind.ORGANISATION, definite=True)  # "Procter & Gamble"
    # possessive: "Brazil’s Foreign Ministry", "Kasich’s chief strategist John Weaver"
    poss = -1
    for k in range(last - 1, first, -1) if "’s" in words or "'s" in words else ():
        if lower[k] in ("’s", "'s") and not saint_possessive(tokens, k):
            poss = k
            break
    if poss > first and any(
        lower[k] in NAME_BLOCKERS and person_ends_before(tokens, k, first)
        for k in range(first + 1, poss)
    ):
        poss = -1  # "Rosa Lind of Norway’s Polar Institute": the possessive is the body's
    if poss > first and any(
        lower[k] in INNER_PREPOSITIONS
        and (lower[k - 1] in PERSON_NOUNS or lower[k - 1] in TITLE_WORDS)
        for k in range(first + 1, poss)
    ):
        # "A spokesman for the Data Commissioner's Office": the possessive is inside what
        # the person speaks for
        poss = -1
    det = w0 in DETERMINERS
    body_first = first + 1 if det else first
    if poss >= 0:
        body_first = poss + 1
        if body_first >= last:
            return None
    if (
        w0 == "the"
        and last - body_first >= 2
        and poss < 0
        and text[last - 1].isupper()
        and lower[last - 1] in TITLE_WORDS
        and all(text[k][:1].isupper() for k in range(body_first, last - 1))
    ):
        # "the Liberal MP", "the NDP MPP": one who holds the office, not a body
        return Phrase(first, last, SpeakerKind.PERSON, role=lower[last - 1], definite=True)
    if last - body_first == 1 and agent_plural(lower[body_first]) and text[body_first].islower():
        # "but forecasters say": people by what they do (a capital may be a name, "Sanders")
        return Phrase(first, last, SpeakerKind.GROUP, role=lower[body_first], definite=det)
    if last - body_first == 1 and text[body_first][0].isupper():
        w = lower[body_first]
        if w in GROUP_NOUNS and (w.endswith("s") or w not in PERSON_NOUNS or w == "police"):
            return Phrase(first, last, SpeakerKind.GROUP, role=w, definite=det)
        if (w in DOCUMENT_NOUNS or (w in PERSON_NOUNS and w not in TITLE_WORDS)) and not det:
            return None
        if text[body_first].endswith("s") and text[body_first][:-1] in COUNTRIES:
            return Phrase(first, last, SpeakerKind.GROUP, definite=True)  # "Canadians"
        member = text[body_first].rstrip("s")
        if det and (member in COUNTRIES or w.rstrip("s") in PARTY_MEMBERS):
            # "one Republican", "a Democrat", "two Liberals", "an American"
            if w0 in ("a", "an", "one", "another"):
                return Phrase(first, last, SpeakerKind.ANONYMOUS, role=w)
            return Phrase(first, last, SpeakerKind.GROUP, role=w, definite=w0 != "some")
    if (
        last - body_first >= 3
        and lower[body_first] in _GOVERNMENT_HEADS
        and lower[body_first + 1] == "of"
        and text[body_first + 2][0].isupper()
        # (not "City of Ottawa spokesperson Ruth Vale", "a City of Toronto spokesperson": a
        # role in the government)
        and not any(
            text[k][:1].islower() and (lower[k] in PERSON_NOUNS or lower[k] in TITLE_WORDS)
            for k in range(body_first + 3, last)
        )
    ):
        return Phrase(first, last, SpeakerKind.ORGANISATION, definite=True)  # City of Regina
    core_last = last
    blockers = not NAME_BLOCKERS.isdisjoint(lower[body_first + 1 : last - 1])
    if blockers:
        # "Conflict of Interest and Ethics Commissioner Mario Dion": an office's words hold
        # the "of", and a titled full name ends the phrase
        office_name = name_split(tokens, body_first, last)
        blockers = not (
            office_name is not None
            and office_name[0] > body_first + 2
            and lower[office_name[0] - 1] in TITLE_WORDS
            and is_given_name(text[office_name[0]])
        )
    for k in range(body_first + 1, last - 1) if blockers else ():
        if (
            lower[k] in NAME_BLOCKERS
            and text[k - 1][0].isupper()
            and not has_marker(tokens, body_first, k)
            # "City of Ottawa spokesperson Ruth Vale": a government's name, then a role
            and not (k == body_first + 1 and lower[body_first] in _GOVERNMENT_HEADS)
        ):
            core_last = k
            break
    if core_last - body_first == 1 and core_last < last and lower[body_first] in GROUP_NOUNS:
        return Phrase(first, last, SpeakerKind.GROUP, role=lower[body_first], definite=True)
    if core_last < last:
        name = name_split(tokens, body_first, core_last)
        if (
            name is not None
            and not has_marker(tokens, body_first, core_last)
            # "a spokesperson for the City of Calgary": a body's name after "the"
            and not (name[0] > body_first and lower[name[0] - 1] == "the")
            # "Grape Growers of Ontario": people by their trade, a body's name (not
            # "Ann Sanders of Vermont")
            and not (agent_plural(lower[core_last - 1]) and not is_given_name(text[name[0]]))
        ):
            # "Joel Pollak of Breitbart", not "University of Toronto"
            title = (first, name[0]) if name[0] > first else None
            return Phrase(first, last, SpeakerKind.PERSON, name=name, title=title, definite=True)
    name = name_split(tokens, body_first, last)
    if name is not None:
        if (
            w0 in ("a", "an", "one", "another")
            and name[1] == last
            and name[1] - name[0] == 1
            and lower[name[0]].rstrip("s") in PARTY_MEMBERS
            and all(text[k][0].islower() for k in range(body_first, name[0]))
        ):
            # "one senior Democrat", "a longtime Republican": someone of the party
            return Phrase(first, last, SpeakerKind.ANONYMOUS, role=lower[name[0]])
        for k in range(body_first + 1, name[0]):
            if (
                lower[k] == "to"
                and lower[k - 1] == "close"
                and k - 2 >= body_first
                and lower[k - 2] in PERSON_NOUNS
            ):
                # "a person close to the Hendersons": the person, not the family
                return _role_holder(first, last, w0, lower[k - 2])
            if (
                lower[k] in _OF_PERSON
                and text[k - 1][0].islower()
                and lower[k - 1] in PERSON_NOUNS
                and not titled_name(tokens, k, name[0])
            ):
                # "a spokesperson for Health Minister Colin Tremblay", "a spokesperson for
                # Trudeau": the spokesperson (but "director of rugby Ana Ruiz", "executive
                # director of the Canadian Civil Liberties Association Michael Bryant": the
                # title of the person named)
                return _role_holder(first, last, w0, lower[k - 1])
            if (
                lower[k] in INNER_PREPOSITIONS
                and lower[k - 1] in GROUP_NOUNS
                and lower[k - 1].endswith("s")
            ):
                # "Federal officials in the U.S.", "researchers at Acme": the group
                return Phrase(first, last, SpeakerKind.GROUP, role=lower[k - 1], definite=True)
    head_k = _head(tokens, body_first, last)
    if (
        last - body_first >= 3
        and text[last - 1][0].islower()
        and (lower[last - 1] in PERSON_NOUNS or lower[last - 1] in TITLE_WORDS)
        and all(
            text[k][0].isupper() or lower[k] in _CAPS_JOINERS for k in range(body_first, last - 1)
        )
    ):
        head_k = last - 1  # "a Superior Court of Ontario judge": a judge, not the court
    head = lower[head_k] if head_k >= 0 else ""
    if name is not None:
        all_caps = True
        for k in range(body_first, last):
            if not (
                text[k][0].isupper()
                or lower[k] in _CAPS_JOINERS
                or (lower[k] == "the" and k > body_first and lower[k - 1] in NAME_BLOCKERS)
            ):
                all_caps = False
                break
        titled = name[0] > body_first
        # a known given name makes a person of "Helen Park", "Grace Hall"
        given = (
            is_given_name(text[name[0]])
            and lower[name[1] - 1] not in PLACE_HEADS
            and (
                lower[name[1] - 1] not in ORG_MARKERS
                # "Mayor Tom Guardian": a person's title before a given name and a surname
                or (titled and name[1] - name[0] == 2 and lower[name[0] - 1] in TITLE_WORDS)
            )
        )
        if (
            w0 == "the"
            and not titled
            and name[1] - name[0] == 2
            and lower[name[1] - 1] in PARTY_MEMBERS
            and (
                lower[name[0]] in US_STATES
                or text[name[0]] in COUNTRIES
                or f"{lower[name[0]]} {lower[name[1] - 1]}" in _PARTY_PHRASES
            )
        ):
            # "The Nevada Republican", "the Ontario Liberal", "the New Democrat": a member
            # of a party
            return Phrase(first, last, SpeakerKind.PERSON, role=lower[name[1] - 1], definite=True)
        # "Mr Fox", "Ms Post": an honorific names a person, whatever the name's words
        honoured = titled and lower[name[0] - 1].rstrip(".") in HONORIFICS
        marker = (
            not given
            and not honoured
            and (
                has_marker(tokens, name[0], name[1])
                # "General Motors", "General Electric": a company word after a title
                or (titled and name[1] - name[0] == 1 and lower[name[0]] in COMPANY_WORDS)
            )
        )
        if marker or (
            all_caps
            and not given
            and has_marker(tokens, body_first, last)
            and (
                not titled
                or lower[name[0] - 1] in NAME_BLOCKERS
                or lower[last - 1] in ORG_MARKERS
                # "the International Federation of the Phonographic Industry"
                or (lower[name[0] - 1] == "the" and lower[name[0] - 2] in NAME_BLOCKERS)
            )
        ):
            if (
                titled
                and (text[name[0] - 1][0].islower() or lower[name[0] - 1].endswith(BASED))
                and not any(
                    (
                        lower[k] in FUNCTION_WORDS
                        and lower[k] not in DETERMINERS
                        and text[k][0].islower()  # "US oil giant Exxon"
                    )
                    or lower[k] in INNER_PREPOSITIONS
                    or lower[k] in NUMBER_WORDS
                    or text[k][0].isdigit()
                    for k in range(first, name[0])
                )
            ):
                # "Computer giant IBM", "Mining company Teck Resources": the body's name
                return Phrase(first, last, SpeakerKind.ORGANISATION, name=name, definite=True)
            return Phrase(first, last, SpeakerKind.ORGANISATION, definite=True)
        if titled and not given and lower[name[0] - 1] in COMPANY_ROLES:
            # "Electronics maker Kurogane Denki", "Dutch carrier KLM"
            return Phrase(first, last, SpeakerKind.ORGANISATION, name=name, definite=True)
        if (
            not given
            and name[1] - name[0] >= 2
            and text[name[0]] in COUNTRIES
            and (name[0] == body_first or titled)
        ):
            # "Mississippi Power", "Canada Post": a place's company or body
            return Phrase(first, last, SpeakerKind.ORGANISATION, definite=True)
        if all_caps and not titled:
            if (det and poss < 0) or (poss >= 0 and not given and name[1] - name[0] < 2):
                # "the Daily Clarion", "Google's Waymo"; but the IFSD's Azfar Ali Khan
                return Phrase(first, last, SpeakerKind.ORGANISATION, definite=True)
            if name[1] - name[0] == 1 and text[name[0]] in COUNTRIES:
                return Phrase(first, last, SpeakerKind.ORGANISATION, definite=True)
            if (
                not given
                and name[1] - name[0] > 1
                and any(lower[k] in PLACE_MARKERS for k in range(name[0], name[1]))
            ):
                return Phrase(first, last, SpeakerKind.ORGANISATION, definite=True)
            return Phrase(first, last, SpeakerKind.PERSON, name=name, definite=True)
        # a title or role before the name: "Kenyan President William Ruto"
        if det and not titled:
            return Phrase(first, last, SpeakerKind.ORGANISATION, definite=True)
        if (lower[first] in GROUP_NOUNS or lower[first] in ("those", "these")) and any(
            lower[m] in INNER_PREPOSITIONS for m in range(first + 1, name[0])
        ):
            # "People close to Ann Reid", "Those close to Tom Hale": the people, not Reid
            return Phrase(first, last, SpeakerKind.GROUP, role=lower[first], definite=True)
        if (
            w0 in ("a", "an")
            and lower[first + 2] in INNER_PREPOSITIONS
            and first + 2 < name[0]
            and text[first + 1].islower()
        ):
            # "A nurse at a clinic in southern Alberta", "A group in southern France":
            # someone unnamed, the name a place's (but "a spokesman for Veltor": Veltor's)
            noun = lower[first + 1]
            if noun in PERSON_NOUNS and noun not in SPEAKING_FOR_OTHERS:
                return Phrase(first, last, SpeakerKind.ANONYMOUS, role=noun)
            if noun in ORG_NOUNS:
                return Phrase(first, last, SpeakerKind.ORGANISATION, role=noun)
        title = (first, name[0]) if name[0] > first else None
        return Phrase(first, last, SpeakerKind.PERSON, name=name, title=title, definite=True)
    if head_k < 0 or (
        # (but "the minutes of the meeting said": the record of a meeting)
        head in _NO_SPEAKER_HEADS
        and not (head in DOCUMENT_NOUNS and w0 == "the" and head_k == first + 1)
    ):
        return None
    if text[head_k][0].isupper() and head in ORG_MARKERS and text[body_first][0].isupper():
        # "the Alzheimer’s Society of Denmark", "the Supreme Court of Canada"
        return Phrase(first, last, SpeakerKind.ORGANISATION, definite=True)
    indefinite = w0 in ("a", "an", "one", "another")
    if (
        w0 in _RELATIVE_OBJECT_OPENERS
        and head_k > first + 1
        and head.endswith("s")
        and head in GROUP_NOUNS
        and text[head_k - 1][0].islower()
        and lower[head_k - 1] not in GROUP_NOUNS
    ):
        # "a plan critics call": the object of a relative clause, then its subject
        return classify(tokens, head_k, last)
    if (head.endswith("s") and head[:-1] in PERSON_NOUNS) or (
        head_k == last - 1
        and agent_plural(head)
        and text[head_k].islower()
        and all(plain_modifier(lower[k]) for k in range(first, head_k))
    ):
        # "safety inspectors", "transit engineers": people by what they do
        return Phrase(first, last, SpeakerKind.GROUP, role=head, definite=not indefinite)
    if w0 in ("those", "these") and not text[head_k][0].isupper():
        return Phrase(first, last, SpeakerKind.GROUP, role=head, definite=True)
    if head in DOCUMENT_NOUNS and (
        det
        or poss >= 0
        or text[first][0].isupper()
        or (head in _BARE_DOCUMENTS and head_k - first < 3 and text[head_k - 1][0].islower())
    ):
        keep = poss >= 0 or (head_k + 2 < last and lower[head_k + 1] in ("from", "by"))
        return Phrase(
            first,
            last if keep else head_k + 1,  # "figures from the union" keeps its source
            SpeakerKind.DOCUMENT,
            role=head,
            definite=not indefinite,
        )
    singular = head[:-3] + "y" if head.endswith("ies") else head[:-1]
    if (
        head.endswith("s")
        and head_k == last - 1
        and singular in DOCUMENT_NOUNS
        and w0 in QUANTIFIERS
    ):
        # "Some studies suggest", "Several reports said": documents no one owns, no people
        return Phrase(first, last, SpeakerKind.DOCUMENT, role=singular)
    if w0 == "the" and head_k == last - 1 and head in _GOVERNMENT_HEADS and text[head_k].islower():
        # "the city said", "according to the county": the place's government
        return Phrase(first, last, SpeakerKind.ORGANISATION, role=head, definite=True)
    if (
        (head in ORG_NOUNS or head in COMPANY_ROLES)
        and (det or poss >= 0 or text[first][0].isupper())
        and head not in GROUP_NOUNS
        # "the 52-year-old operator": someone of an age is a person, no company
        and not any(AGE_RE.fullmatch(lower[k]) for k in range(first, head_k))
    ):
        return Phrase(first, last, SpeakerKind.ORGANISATION, role=head, definite=not indefinite)
    if head in GROUP_NOUNS or (
        head.endswith("s")
        and not head.endswith("ss")
        # (bodies of a kind: "opposition parties say")
        and (det or text[first][0].isupper() or lower[first] in GROUP_NOUNS or org_plural(head))
    ):
        if head in PERSON_NOUNS and not head.endswith("s") and head != "police":
            pass  # "the police officer"; but "..., police said": the police
        else:
            return Phrase(first, last, SpeakerKind.GROUP, role=head, definite=not indefinite)
    if head in PERSON_NOUNS or head in TITLE_WORDS:
        if indefinite:
            return Phrase(first, last, SpeakerKind.ANONYMOUS, role=head)
        if det or poss >= 0 or text[first][0].isupper() or lower[first] in ADJECTIVE_ADVERBS:
            return Phrase(first, last, SpeakerKind.PERSON, role=head, definite=True)
        return None
    if w0 in QUANTIFIERS and last - first == 1:
        return Phrase(first, last, SpeakerKind.GROUP)
    if (
        head in ("percent", "%")
        or share_head(tokens, head_k + 1)
        or (text[first][0].isdigit() and (head.endswith(("s", "%")) or head.isdigit()))
    ):
        return Phrase(first, last, SpeakerKind.GROUP)
    if det:
        if head in _SPEECH_NOUNS:
            return None  # "..., tweeted a warning": the words, not their speaker
        if indefinite and not (head.endswith("ed") and head_k == last - 1):
            # "a neighbour" (but "an unprompted call" read short: no one)
            return Phrase(first, last, SpeakerKind.ANONYMOUS, role=head)
        if indefinite:
            return None
        if w0 == "the" and head in NUMBER_WORDS and head_k == last - 1:
            return Phrase(first, last, SpeakerKind.GROUP, definite=True)  # "the two said"
        if w0 in ("the", "this", "that") and names_someone(head):
            # "the prosecutor", "the 31-year-old", "the Wales international" (but "the
            # economy", "the camera", "the move": no one)
            return Phrase(first, last, SpeakerKind.PERSON, role=head, definite=True)
        return None
    if poss >= 0 and head.isalpha() and not head.endswith(("ing", "ed")) and head_k == last - 1:
        # "Doyle’s agent", "the mayor's spokesperson": someone's someone
        return Phrase(first, last, SpeakerKind.PERSON, role=head, definite=True)
    return None


def _role_holder(first: int, last: int, w0: str, role: str) -> Phrase:
    """The one a phrase names by a role: someone unnamed after "a", "an", "one",
    "another" ("a spokesperson for Trudeau"), else the person who holds it."""
    if w0 in ("a", "an", "one", "another"):
        return Phrase(first, last, SpeakerKind.ANONYMOUS, role=role)
    return Phrase(first, last, SpeakerKind.PERSON, role=role, definite=True)


def _head(tokens: Tokens, first: int, last: int) -> int:
    """The head noun of a common noun phrase: the last noun before an inner preposition."""
    lower = tokens.lower
    head = -1
    for k in range(first, last):
        w = lower[k]
        if w in INNER_PREPOSITIONS and head >= 0:
            break
        if w in ("and", "&"):
            continue
        if tokens.text[k][0].isalnum():
            head = k
    if head >= 0 and agent_plural(lower[head]):
        return head  # "Film makers", "Policy makers": people, not a document
    # prefer the last listed noun: "the communique released" -> "communique"
    for k in range(head, first - 1, -1):
        w = lower[k]
        if w in PERSON_NOUNS or w in GROUP_NOUNS or w in DOCUMENT_NOUNS or w in ORG_NOUNS:
            return k
        if k < head - 2:
            break
    return head
