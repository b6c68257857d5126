"""Noun phrases read backwards from a cue: the speaker phrase that ends before a verb
("Nora Tell, a pollster who works with Forward Ohio, said"), with its appositives and
descriptions, for :mod:`newsmodel.quotes.speakers` and :mod:`newsmodel.quotes.speaker_after`;
the word tests that reading needs are in :mod:`newsmodel.quotes.phrase_words`.
"""

from __future__ import annotations

import attrs

from newsmodel.model import SpeakerKind
from newsmodel.names import HONORIFICS
from newsmodel.quotes.cues import is_adverb
from newsmodel.quotes.lexicon import (
    CAPITAL_NOT_NAMES,
    DOCUMENT_NOUNS,
    FUNCTION_WORDS,
    NUMBER_WORDS,
    ORG_NOUNS,
    PERSON_NOUNS,
    PRONOUNS,
    TITLE_WORDS,
    word_list,
)
from newsmodel.quotes.name_brackets import affiliation, ticker
from newsmodel.quotes.participles import head_before_participle, object_participle
from newsmodel.quotes.phrase_words import (
    BODY_OR_PERSON_ROLES,
    CLAUSE_ENDS,
    FINITE_WORDS,
    MAX_PHRASE,
    OBJECT_DETERMINERS,
    OBJECT_PREPOSITIONS,
    PARTY_STATE_RE,
    PLACE_PREPOSITIONS,
    POSTMODIFIERS,
    TIME_DEICTICS,
    WEEKDAYS,
    adjectives_comma,
    comma_back,
    finite_cue,
    lone_adverb,
    name_list,
    np_word,
    number_word,
    one_of_after_head,
    one_of_companies,
    participle_phrase,
    past_cue,
    place_comma,
    plural_possessive,
    share_before,
    starts_description,
    takes_pp,
    title_list,
)
from newsmodel.quotes.proper_names import (
    BASED,
    acronym_after,
    has_marker,
    inner_against,
    is_name_run,
    month_surname,
    person_ends_before,
)
from newsmodel.quotes.speaker_kinds import (
    COMPANY_ROLES,
    DETERMINERS,
    INNER_PREPOSITIONS,
    POSSESSIVES,
    SUBJECT_PRONOUNS,
    TIME_UNITS,
    Phrase,
    classify,
    pronoun_kind,
)
from newsmodel.quotes.tokens import Tokens
from newsmodel.text.lexicon import US_STATES

__all__ = [
    "appositive",
    "head_of_relative",
    "np_before",
]


_LEADING_JUNK = word_list("leading_junk") | INNER_PREPOSITIONS
#: Adverbs between a description and the name apposed to it: "Another peer meanwhile, Lord
#: Ford, said".
_APPOSITION_ADVERBS = word_list("apposition_adverbs")
#: Conjunctions right before a cue that make it a second verb of its clause, with no
#: speaker of its own: "bemoaned the unrest and said".
_SECOND_VERB = word_list("second_verb")
#: Words that open an appositive description after a comma: "X, now a senator, said",
#: "X, formerly of the bank, said".
_DESCRIPTION_OPENERS = word_list("description_openers")
#: Asides set off by commas before a cue, no description of its speaker: ", for example,"
#: (their words joined by "_").
_ASIDES = word_list("asides")
#: Pronouns of a group one of whom an appositive names: "One of them, Ann Dale,".
_GROUP_PRONOUNS = word_list("group_pronouns")


def np_before(tokens: Tokens, end: int, lo: int, *, relative: bool = True) -> Phrase | None:
    """The noun phrase that ends at token ``end`` (exclusive), read backwards."""
    j = end - 1
    if j < lo or tokens.quote[j] >= 0:
        return None
    lower = tokens.lower
    text = tokens.text
    w = lower[j]
    if w in _SECOND_VERB:
        return None  # a second verb: "bemoaned the unrest and said"
    if (
        w == "that"
        and relative
        and j - 1 >= lo
        and tokens.text[j - 1][0].isalpha()
        and lower[j - 1] not in FUNCTION_WORDS
        and tokens.quote[j - 1] < 0
        and not tokens.text[j - 1][0].isupper()
    ):
        ante = np_before(tokens, j, lo, relative=False)  # "a message that said"
        if (ante is not None and ante.kind is not SpeakerKind.PERSON) or (
            ante is not None and ante.role is not None
        ):
            return Phrase(j, j + 1, ante.kind, antecedent=ante, definite=ante.definite)
        return None
    if w in SUBJECT_PRONOUNS and not (len(text[j]) > 1 and text[j].isupper()):
        # (not "the WHO said": an acronym)
        if w in ("who", "which"):
            if not relative:
                return None
            if j - 1 >= lo and text[j - 1] == ",":
                ante = np_before(tokens, j - 1, lo, relative=False)  # "Smith, who said"
                if ante is None and j - 3 >= lo and number_word(text[j - 2]) and text[j - 3] == ",":
                    # "Ann Reid, 49, who told reporters": the person before the age
                    aged = np_before(tokens, j - 3, lo, relative=False)
                    if aged is not None and aged.kind is SpeakerKind.PERSON and aged.name:
                        ante = aged
                if ante is not None:
                    # "Ann Reid, 24, from Lakeside, who said": the person before the place
                    ante = _person_from(tokens, ante, lo, relative=False, states=False) or ante
                if (
                    ante is not None
                    and ante.first - 1 >= lo
                    and lower[ante.first - 1] in PLACE_PREPOSITIONS
                ):
                    # "Tom Hale, a father of two in Brixo, who said": the one the
                    # appositive describes, not the place it names
                    named = appositive(tokens, j - 1, lo)
                    if named is not None and named.name is not None and named.first < ante.first:
                        ante = named
                if ante is not None and ante.name is None and ante.pronoun is None:
                    # "Scott Reed, the Chamber's strategist, who added": the one named
                    named = appositive(tokens, j - 1, lo)
                    if named is not None and named.name is not None:
                        ante = named
            else:
                ante = np_before(tokens, j, lo, relative=False)  # "officials who said"
            if ante is None:
                return None
            return Phrase(j, j + 1, ante.kind, antecedent=ante, definite=ante.definite)
        return Phrase(j, j + 1, pronoun_kind(w), pronoun=PRONOUNS[w])
    if (
        j - 2 >= lo
        and lower[j - 1] == "in"
        and number_word(text[j])
        and number_word(text[j - 2])
        and tokens.quote[j - 2] < 0
    ):
        return Phrase(j - 2, end, SpeakerKind.GROUP)  # "six in 10", "one in five"
    if (
        j - 2 >= lo
        and lower[j - 1] == "of"
        and (w in NUMBER_WORDS or text[j].isdigit())
        and lower[j - 2] in PERSON_NOUNS
        and tokens.quote[j - 2] < 0
    ):
        # "the mother of two said": the mother, her children counted
        head = np_before(tokens, j - 1, lo, relative=False)
        if head is not None and head.last == j - 1:
            head.last = end
            return head
    start = end
    k = j
    reach = end  # where the phrase's length counts from: a parenthesis does not count
    while k >= lo and reach - k <= MAX_PHRASE:
        if tokens.quote[k] >= 0:
            break
        t = text[k]
        w = lower[k]
        if t[:1].isupper() and month_surname(tokens, k):
            start = k  # "Al From", "From said" (an article naming Al From): a surname
            k -= 1
            continue
        if w in TIME_UNITS and k > lo and lower[k - 1] in TIME_DEICTICS and k < j:
            break  # "Last month Dunmore's rail regulator said": a time, then the subject
        if t in (")", ">"):
            opening = "(" if t == ")" else "<"
            m = k - 1
            while m >= lo and m > k - 8 and text[m] != opening and tokens.quote[m] < 0:
                m -= 1
            if (
                k == j
                and m >= lo
                and text[m] == opening
                and (m == lo if t == ")" else m - 1 < lo or not text[m - 1][0].isupper())
            ):
                # "<Battery Group Ltd> said": a wire's mark around a company's name; "(Ivaco
                # Inc) said" opening its sentence
                inner = np_before(tokens, k, m + 1, relative=relative)
                if (
                    inner is not None
                    and inner.first == m + 1
                    and inner.kind in (SpeakerKind.ORGANISATION, SpeakerKind.PERSON)
                ):
                    return inner
            # a name before the parenthesis (or an acronym after it: "the Régie du logement
            # (RDL)")
            name_before = m - 1 >= lo and (text[m - 1][0].isupper() or acronym_after(tokens, m, k))
            if m < lo or text[m] != opening or not name_before:
                break
            if k == j and ticker(tokens, m, k):
                # "Kestrel Mining Ltd (KSM.AX) said": the company, named without its ticker
                return np_before(tokens, m, lo, relative=relative)
            if affiliation(tokens, m, k) or acronym_after(tokens, m, k):
                start = m
                reach = m
                k = m - 1
                continue
            break
        if w in ("’s", "'s") or plural_possessive(tokens, k, lo):
            if k - 1 >= lo and np_word(tokens, k - 1):
                start = k
                k -= 1
                continue
            if k - 1 >= lo and lower[k - 1] in WEEKDAYS and lower[j] in DOCUMENT_NOUNS:
                start = k - 1  # "Friday’s lawsuit says": the day's document
            break
        if (
            w in NUMBER_WORDS
            and t[0].isupper()
            and k > lo
            and text[k - 1][:1].isupper()
            and text[k - 1].isalpha()
            and lower[k - 1] not in DETERMINERS
            and tokens.sent[k - 1] == tokens.sent[k]
            and (k == j or text[k + 1][:1].isupper())
        ):
            start = k  # "Hydro One", "Formula One": a number ending a name
            k -= 1
            continue
        if (w in DETERMINERS or w in POSSESSIVES) and not month_surname(tokens, k):
            if (
                t[0].isupper()
                and t in CAPITAL_NOT_NAMES
                and w not in DETERMINERS
                and w not in POSSESSIVES
            ):
                break
            start = k
            if lower[k - 1] == "of" and one_of_after_head(tokens, k - 1, lo):
                k -= 3  # "The head of one of the unions": the head
                continue
            if (
                k - 2 >= lo
                and lower[k - 1] in INNER_PREPOSITIONS
                and (
                    takes_pp(lower[k - 2])
                    or (lower[k - 1] == "of" and text[k - 2][0].isupper())
                    or (  # "the Joint Council for the Welfare of Immigrants"
                        lower[k - 1] in ("for", "on")
                        and text[k - 2][0].isupper()
                        and has_marker(tokens, k - 2, k - 1)
                    )
                    or (
                        k - 3 >= lo
                        and text[k - 2][0].islower()
                        and lower[k - 2] not in FUNCTION_WORDS
                        and lower[k - 3] in ("a", "an", "the")
                    )
                )
                and tokens.quote[k - 1] < 0
                and (
                    w in ("the", "a", "an")
                    or (w in ("his", "her", "their", "its") and takes_pp(lower[k - 2]))
                )
            ):
                # "a letter to the supporters", "an adviser to his campaign": the phrase
                # goes on
                k -= 1
                continue
            if (
                w == "the"
                and k - 1 >= lo
                and lower[k - 1] in ("from", "at", "of")
                and k + 1 < end
                and text[k + 1][0].isupper()
                and person_ends_before(tokens, k - 1, lo)
            ):
                k -= 2  # "Ana Ruiz at the Fraser Institute"
                continue
            if (
                k - 3 >= lo
                and lower[k - 1] in INNER_PREPOSITIONS
                and (lower[k - 2] in POSTMODIFIERS)
                and takes_pp(lower[k - 3])
                and tokens.quote[k - 2] < 0
                and w in OBJECT_DETERMINERS
            ):
                k -= 3  # "a diplomat travelling with the delegation"
                continue
            if object_participle(tokens, k - 1, lo):
                k -= 1  # "the lawyer representing the family": the phrase goes on
                continue
            if (
                w not in ("the", "a", "an")
                and k - 2 >= lo
                and lower[k - 1] == "the"
                and lower[k - 2] in INNER_PREPOSITIONS
                and lower[k - 2] != "of"
                and tokens.quote[k - 1] < 0
            ):
                k -= 1  # "a lawyer for the three bloggers": "the" goes on to the role
                continue
            # "the two presidents", "all the"
            while (
                start - 1 >= lo
                and lower[start - 1] in ("the", "all", "both")
                and tokens.quote[start - 1] < 0
            ):
                start -= 1
            if (
                start - 2 >= lo
                and lower[start] == "the"
                and lower[start - 1] == "and"
                and tokens.quote[start - 1] < 0
            ):
                # "The Brixo Party and the Dunmore Party claim": both bodies
                left = np_before(tokens, start - 1, lo, relative=False)
                if (
                    left is not None
                    and left.last == start - 1
                    and left.pronoun is None
                    and left.kind in (SpeakerKind.ORGANISATION, SpeakerKind.GROUP)
                    and lower[left.first] in ("the", "a", "an")
                ):
                    start = left.first
            break
        if inner_against(tokens, k, lo):
            k -= 1  # a capitalised "Against" inside a name: "the League Against Cruel Sports"
            continue
        if w == "of" and one_of_after_head(tokens, k, lo):
            k -= 2  # "The head of one of Canada's largest chains": the head
            continue
        if w in ("of", "and", "&"):
            if k - 1 >= lo and w != "of" and text[k - 1][0].isdigit():
                break  # "priced $150 and Kelpie Foods says": no number in a body's name
            if k - 1 >= lo and (np_word(tokens, k - 1) or lower[k - 1] in ("’s", "'s")):
                k -= 1
                continue
            break
        if t == "," and name_list(tokens, k, start, end, lo):
            k -= 1  # "Tesco, Asda and Sainsbury's said": a list of names
            continue
        if t == "," and k - 1 >= lo and text[k - 1][:1].isupper() and lower[k + 1].endswith(BASED):
            k -= 1  # "The Columbus, Ohio-based company": the town before its state
            continue
        if w == "close" and k + 1 < end and lower[k + 1] != "to":
            k -= 1  # an adjective, not "close to": "a close friend of Tom Hale"
            continue
        if w in INNER_PREPOSITIONS:
            prev = lower[k - 1] if k - 1 >= lo else ""
            if (
                prev in POSTMODIFIERS
                and k - 2 >= lo
                and (takes_pp(lower[k - 2]) or lower[k - 2] == "those")
                and tokens.quote[k - 2] < 0
            ):
                k -= 2  # "another intelligence source speaking to Fox News", "Those close to"
                continue
            if takes_pp(prev) or (
                k - 2 >= lo
                and text[k - 1][0].islower()
                and prev not in FUNCTION_WORDS
                and lower[k - 2] in ("a", "an", "the")
            ):
                k -= 1  # "a narrator in the ad"
                continue
            if (
                w in ("of", "for", "on")
                and k - 1 >= lo
                and k + 1 < end
                and text[k - 1][0].isupper()
                and (
                    text[k + 1][0].isupper()
                    or (lower[k + 1] == "the" and k + 2 < end and text[k + 2][0].isupper())
                )
                and tokens.quote[k - 1] < 0
                # (before "for", a marker further back: "the Court of Appeal for Ontario")
                and has_marker(tokens, max(lo, k - 3) if w == "for" else k - 1, k)
            ):
                k -= 1  # "the Center for Nonproliferation Studies", "Bank of Montreal"
                continue
            if (
                w == "for"
                and k + 1 < end
                and text[k + 1][0].isupper()
                and text[k - 1][0].isupper()
                and any(
                    lower[m] in TITLE_WORDS and text[m][0].isupper()
                    for m in range(max(lo, k - 4), k)
                )
            ):
                k -= 1  # "the Secretary of State for Wales", "the Minister for Women"
                continue
            if (
                w in ("from", "at", "of")
                and k + 1 < end
                and text[k + 1][0].isupper()
                and person_ends_before(tokens, k, lo)
            ):
                k -= 1  # "Dara Quill from Phonecorp", "Ana Ruiz at the Fraser Institute"
                continue
            break
        if np_word(tokens, k):
            if (
                k < end - 1
                and k > lo
                and t[0].islower()
                and finite_cue(w)
                and np_word(tokens, k - 1)
            ):
                break  # "The service offers movies and TV shows": a verb, not a noun
            if (
                k < end - 1
                and k > lo
                and t[0].islower()
                and past_cue(w)
                and (
                    (
                        text[k - 1][0].isupper()
                        and lower[k - 1] not in TITLE_WORDS
                        and np_word(tokens, k - 1)
                    )
                    or lower[k - 1] in SUBJECT_PRONOUNS
                )
            ):
                # "Tom Hale told reporters Ann Reid had", "It quoted Tom Hale saying": a
                # clause, not a title
                break
            start = k
            k -= 1
            continue
        if t == "," and start == k + 1 and adjectives_comma(tokens, k, end, lo):
            k -= 1  # adjectives before a person: "the lanky, bespectacled professor said"
            continue
        break
    while start < end and lower[start] in _LEADING_JUNK and not month_surname(tokens, start):
        start += 1
    if start >= end:
        return None
    share = share_before(tokens, start, lo)
    if share < start:
        return Phrase(share, end, SpeakerKind.GROUP)  # "six in 10 voters", "four out of 10"
    for p in range(start + 1, end - 1):
        if object_participle(tokens, p, start):
            return head_before_participle(tokens, start, p, end)
    return classify(tokens, start, end)


def appositive(tokens: Tokens, comma: int, lo: int, aside: bool = True) -> Phrase | None:
    """A speaker written with an appositive: "X, DESCRIPTION, said" or "DESC, X, said"
    (with ``aside``, also "X, DESCRIPTION, for example, said")."""
    text = tokens.text
    lower = tokens.lower
    owner = _whose_clause(tokens, comma, lo)
    if owner is not None:
        return owner  # "Mr. Dorsey, whose newest firm, Tallbridge, sells software, said"
    k = comma - 1
    while k >= lo and comma - k <= 40 and (text[k] != "," or place_comma(tokens, k, comma)):
        if tokens.quote[k] >= 0:
            k = tokens.quote_range[tokens.quote[k]][0] - 1  # a title inside: "of “Going Viral,”"
            continue
        if text[k] in CLAUSE_ENDS:
            return None
        k -= 1
    if aside and k > lo and text[k] == "," and "_".join(lower[k + 1 : comma]) in _ASIDES:
        # "Ray Hale, the chairman of the party in Ohio, for example, said": the aside
        # is no description
        return appositive(tokens, k, lo, aside=False)
    lists = 0
    while (
        k > lo
        and text[k] == ","
        and lists < 3
        and k + 1 < comma
        and lower[k + 1] in ("and", "or")
        and comma - k <= 4
    ):
        # a list inside the description: "secretary for population, refugees, and
        # migration, said": read back to the comma before the list
        j = comma_back(tokens, k - 1, lo, k - 4)
        if j < 0:
            break
        # the item before the comma: walk back to the comma that opens the description
        m = comma_back(tokens, j - 1, lo, comma - 40)
        if m < 0:
            break
        k = m
        lists += 1
    if k > lo and text[k] == "," and title_list(tokens, k, comma, lo):
        # a list of capitalised words inside a title: "Navdeep Bains, Minister of
        # Innovation, Science and Economic Development, said"
        m = comma_back(tokens, k - 1, lo, comma - 40)
        if m >= 0:
            k = m
    if k > lo and text[k] == ",":
        # "Lady Marsh, sitting with Lords Ashby, Penrose and Tull, said": a participle's
        # phrase, with its list, describes the one before it
        m = comma_back(tokens, k - 1, lo, comma - 40)
        if m >= 0 and participle_phrase(tokens, m + 1, k):
            k = m
    if k < lo or text[k] != ",":
        # "Sen. Jack Reed (D-R.I.), said": a stray comma after the subject
        phrase = np_before(tokens, comma, lo)
        if (
            phrase is not None
            and (phrase.name is not None or phrase.kind is SpeakerKind.GROUP)
            and (phrase.first == lo or text[phrase.first - 1] in (",", ":", ";"))
            # "Currently, says Dr Tom Hale, ...": an adverb capitalised by its place
            and not lone_adverb(tokens, phrase)
        ):
            return phrase
        return None
    mid_first, mid_last = k + 1, comma
    if mid_first >= mid_last:
        return None
    head_word = lower[mid_first]
    if head_word not in ("who", "whose", "which") and any(
        lower[m] in FINITE_WORDS for m in range(mid_first, mid_last)
    ):
        return None  # a clause, not an appositive: "..., the race will be tight, said X"
    before = np_before(tokens, k, lo)
    if (
        before is not None
        and before.first - 2 >= lo
        and text[before.first - 1] == ","
        and PARTY_STATE_RE.match("".join(text[before.first : before.last]))
    ):
        # "Sen. Tom Hale, R-Ohio, appearing on Fox, said": the senator, not his party
        before = np_before(tokens, before.first - 1, lo)
    if before is None and k - 2 >= lo and lower[k - 1] in _APPOSITION_ADVERBS:
        before = np_before(tokens, k - 1, lo)  # "Another peer meanwhile, Lord Ford, said"
    if (
        before is None
        and k - 1 >= lo
        and text[k - 1][0].isdigit()
        and k - 2 >= lo
        and text[k - 2] == ","
    ):
        # "Jimmy Ghazal, 39, a Lebanese man ..., told": an age before the description
        before = np_before(tokens, k - 2, lo)
    name_first = mid_first + 1 if lower[mid_first] == "the" else mid_first
    while name_first < mid_last - 1 and (
        lower[name_first].rstrip(".") in HONORIFICS or text[name_first] == "."
    ):
        name_first += 1  # "The ambassador to Britain, Dr Anna Lund, said"
    middle_is_name = name_first < mid_last and is_name_run(tokens, name_first, mid_last)
    one_of = k - 3 >= lo and lower[k - 3] in ("one", "another") and lower[k - 2] == "of"
    # "One of them, Ann Dale, said"; "Brixo's minister of mines, trade and jobs, Ann Dale,
    # said": a list no phrase reads back over, a title before it
    titled = before is None and any(lower[m] in TITLE_WORDS for m in range(max(lo, k - 12), k))
    if middle_is_name and ((one_of and lower[k - 1] in _GROUP_PRONOUNS) or titled):
        named = classify(tokens, name_first, mid_last)
        if named is not None and named.kind is SpeakerKind.PERSON and named.name is not None:
            named.description = (k - 3, k) if one_of else None
            return named
    if (
        middle_is_name
        and before is not None
        and before.name is None
        and (lower[before.last - 1] in ORG_NOUNS or lower[before.last - 1] in COMPANY_ROLES)
        and before.first - 2 >= lo
        and text[before.first - 1] == ","
    ):
        # "Giovanni Vian, the editor of the Vatican's newspaper, L'Osservatore Romano,
        # said": the name names the newspaper; the speaker is the one before them
        first = np_before(tokens, before.first - 1, lo)
        if (
            first is not None
            and first.kind is SpeakerKind.PERSON
            and first.name is not None
            # "Separately, the world's largest delivery company, UPS, said": an adverb
            # capitalised by its place
            and not lone_adverb(tokens, first)
        ):
            first.description = (before.first, mid_last)
            return first
    if (
        middle_is_name
        and before is not None
        and before.name is None
        and before.pronoun is None
        and (before.role is not None or before.definite)
    ):
        # "the country's watchdog, the Public Integrity Office, called ...", "The
        # employers' association, Havenwerkgevers Rotterdam, said"
        phrase = classify(tokens, mid_first, mid_last)
        if phrase is not None and (
            phrase.kind is SpeakerKind.PERSON
            or (
                phrase.kind is SpeakerKind.ORGANISATION
                and (
                    name_first > mid_first
                    or before.kind is SpeakerKind.ORGANISATION
                    # "The building's owner, Parkview Properties, said"
                    or before.role in BODY_OR_PERSON_ROLES
                    or one_of_companies(tokens, before, lo)
                )
            )
        ):
            phrase.description = (before.first, before.last)
            return phrase
    if (
        not middle_is_name
        and before is not None
        and before.name is None
        and before.pronoun is None
        and before.role is not None
        and before.kind in (SpeakerKind.PERSON, SpeakerKind.ANONYMOUS)
        and text[mid_last - 1][:1].isupper()
        and lower[mid_first] not in FUNCTION_WORDS  # "..., who was born in Beirut,"
        # a participle and its complement: "..., speaking to Paul Adams,", "..., filed in
        # the Superior Court," (but "retired professor C.A. Thomas")
        and not (
            lower[mid_first].endswith(("ing", "ed"))
            and mid_first + 1 < mid_last
            and (lower[mid_first + 1] in INNER_PREPOSITIONS or lower[mid_first + 1] in DETERMINERS)
        )
        and all(tokens.quote[m] < 0 for m in range(mid_first, mid_last))
    ):
        # "One delegate, Ohio party chairwoman Ann Reid, said": the middle names the
        # person with their title; "One of the losing bidders, Dutch group BXM, said": the
        # body with its kind
        phrase = classify(tokens, mid_first, mid_last)
        if phrase is not None and (
            (phrase.kind is SpeakerKind.PERSON and phrase.name is not None)
            or (
                phrase.kind is SpeakerKind.ORGANISATION
                and any(lower[m] in ORG_NOUNS for m in range(mid_first, mid_last))
            )
        ):
            phrase.description = (before.first, before.last)
            return phrase
    if (
        before is not None
        and before.name is None
        and before.first - 1 >= lo
        and lower[before.first - 1] in OBJECT_PREPOSITIONS
    ):
        # "after winning Ohio in the primary, Gov. John Kasich (R-OH), said": the object
        # of the preposition is no subject, the name after it is
        phrase = classify(tokens, mid_first, mid_last)
        if phrase is not None and phrase.kind is SpeakerKind.PERSON and phrase.name is not None:
            return phrase
    if before is None and k - 2 >= lo and text[k - 2] == "," and lower[k - 1] in US_STATES:
        # "Harry Bond, 30, of Raleigh, N.C., who was polled, said": an abbreviated state
        # after the town
        town = np_before(tokens, k - 2, lo)
        person = _person_from(tokens, town, lo) if town is not None else None
        if person is not None:
            person.description = (person.last + 1, mid_last)
            return person
    if before is None:
        return None
    if before.pronoun is not None and before.pronoun.hint == "relative":
        return None
    from_place = _person_from(tokens, before, lo)
    if from_place is not None:
        # "Harry Bond, 30, of Raleigh, who was polled, said": Bond, not Raleigh
        from_place.description = (from_place.last + 1, mid_last)
        return from_place
    head = head_of_relative(tokens, before, lo)
    if head is not None:
        # "Nora Tell, a pollster who works with Forward Ohio, a super PAC, said": the body
        # is the object inside Tell's description; she speaks
        head.description = (head.last + 1, mid_last)
        return head
    if (
        before.pronoun is None
        and before.first - 2 >= lo
        and text[before.first - 1] == ","
        and (before.name is None or text[before.first][0].islower())
        and (before.role is not None or before.name is not None)
    ):
        # "Rosa Klein, spokeswoman for the governing body Fina, which imposed the ban,
        # said", "Dr Alan Moss, Intel vice president, Research and Development, said": a
        # description in two parts, after the person who speaks
        person = np_before(tokens, before.first - 1, lo)
        if person is not None and person.kind is SpeakerKind.PERSON and person.name is not None:
            person.description = (before.first, mid_last)
            return person
    if mid_last - mid_first == 1 and is_adverb(head_word):
        return before  # ", meanwhile," / ", however,": no description
    if (
        head_word in ("who", "whose", "which")
        or head_word in DETERMINERS
        or head_word in _DESCRIPTION_OPENERS
        or lower[mid_first][0].isdigit()
        or starts_description(tokens, mid_first, mid_last)
    ):
        before.description = (mid_first, mid_last)
        return before
    # a parenthetical: ", in their communique," / ", however," / ", speaking in Nairobi,"
    return before


def _person_from(
    tokens: Tokens, place: Phrase, lo: int, *, relative: bool = True, states: bool = True
) -> Phrase | None:
    """The named person a place after "of" or "from" (or, without ``states``, "in")
    describes, with an age between: "Harry Bond, 30, of Raleigh" (``place`` is
    "Raleigh"), or with ``states`` of a town and its state: "Harry Bond, of Raleigh, N.C."
    (``place`` is "N.C.")."""
    k = place.first - 2
    if (
        states
        and k - 1 >= lo
        and tokens.text[k + 1] == ","
        and tokens.text[k][:1].isupper()
        and " ".join(tokens.lower[place.first : place.last]) in US_STATES
    ):
        town = np_before(tokens, k + 1, lo)
        if town is not None:
            k = town.first - 2
    prepositions = ("of", "from") if states else ("of", "from", "in")
    if k < lo or tokens.lower[k + 1] not in prepositions or tokens.text[k] != ",":
        return None
    if k - 2 >= lo and tokens.text[k - 1][:1].isdigit() and tokens.text[k - 2] == ",":
        k -= 2  # ", 30,"
    person = np_before(tokens, k, lo, relative=relative)
    if person is None or person.kind is not SpeakerKind.PERSON or person.name is None:
        return None
    return person


def _whose_clause(tokens: Tokens, comma: int, lo: int) -> Phrase | None:
    """The one a ", whose ..." clause closing at ``comma`` is about, with the clause for
    description: "Mr. Dorsey, whose newest firm, Tallbridge, sells software, said" is
    Dorsey (not the firm named inside the clause); so too a ", who ..." clause after a
    name that names another inside ("Halvorsen, who farms with his daughter, Kayla,
    said"; but "Another worker, who gave only her first name, Krista," is Krista)."""
    for m in range(comma - 1, max(lo, comma - 30), -1):
        if tokens.quote[m] >= 0 or tokens.text[m] in CLAUSE_ENDS:
            return None
        w = tokens.lower[m]
        inside = w == "whose" or (w == "who" and "," in tokens.text[m:comma])
        if inside and m - 1 > lo and tokens.text[m - 1] == ",":
            # "Hogan Gidley, a former director of the party, whose roots ...": the one named
            owner = appositive(tokens, m - 1, lo) or np_before(tokens, m - 1, lo)
            kinds = (SpeakerKind.PERSON, SpeakerKind.ORGANISATION, SpeakerKind.ANONYMOUS)
            if owner is None or owner.kind not in kinds:
                return None
            if w == "who" and owner.name is None:
                return None  # "Another worker, who gave only her first name, Krista, said"
            if owner.description is not None:
                return owner
            return attrs.evolve(owner, description=(m, comma))
    return None


def head_of_relative(tokens: Tokens, phrase: Phrase, lo: int) -> Phrase | None:
    """The named person whose description, a relative clause ("a pollster who works with
    ..."), holds ``phrase`` as an object: ``phrase`` follows a word of that clause, not a
    comma, and a comma before the clause follows the person's name."""
    k = phrase.first - 1
    if k < lo or not tokens.text[k][:1].isalpha() or not tokens.text[k][0].islower():
        return None
    relative = False
    while k >= lo and phrase.first - k <= 20 and tokens.quote[k] < 0:
        w = tokens.lower[k]
        if w in (".", ";", ":"):
            return None
        relative = relative or w in ("who", "whose")
        if w == ",":
            break
        k -= 1
    if k < lo or tokens.text[k] != "," or not relative:
        return None
    head = np_before(tokens, k, lo)
    if head is None or head.kind is not SpeakerKind.PERSON or head.name is None:
        return None
    if head.first > lo and tokens.text[head.first - 1] not in (",", ";", "—", "–", "--", '"'):
        return None  # the name must open its clause: "Nora Tell, a pollster who ..."
    return attrs.evolve(head)
