"""Speaker phrases: the noun phrase that names who speaks, found next to a cue.

A small shallow grammar over tokens, read backwards from a cue ("Kenyan President William
Ruto said", "A senior Brazilian official told", "Maria Lopez, an economist ..., said"); the
same words read forwards after one ("said Daniel Mwangi, a political scientist ...",
"according to the communique") are :mod:`newsmodel.quotes.speaker_after`'s. It steps over
what stands between a speaker and a cue ("has also said", "on Saturday said", "managed to
ask") and reads the noun phrase there, with its appositive descriptions, by
:mod:`newsmodel.quotes.noun_phrases`. The phrase it finds is sorted into a
speaker kind by :mod:`newsmodel.quotes.speaker_kinds`, which tells names from titles with
:mod:`newsmodel.quotes.proper_names`; the names of both that other modules read from here
are re-exported.
"""

from __future__ import annotations

import attrs

from newsmodel.model import SpeakerKind
from newsmodel.quotes.cues import (
    AUXILIARIES,
    MODAL_ADVERBS,
    RELATIVE_CLAUSE,
    caused_to,
    is_adverb,
    took_to,
)
from newsmodel.quotes.lexicon import (
    CATENATIVE_VERBS,
    CUE_FORMS,
    DOCUMENT_NOUNS,
    FUNCTION_WORDS,
    GROUP_NOUNS,
    MODALS,
    NUMBER_WORDS,
    ORG_NOUNS,
    PERSON_NOUNS,
    SUBORDINATORS,
    TITLE_WORDS,
    FormKind,
    word_list,
)
from newsmodel.quotes.name_brackets import AFFILIATION_RE
from newsmodel.quotes.noun_phrases import appositive, np_before
from newsmodel.quotes.person_words import TIME_WORDS
from newsmodel.quotes.phrase_words import (
    DASH_TOKENS,
    DOCUMENT_POSTMODIFIERS,
    FINITE_WORDS,
    MAX_PHRASE,
    OBJECT_PREPOSITIONS,
    PLACE_PREPOSITIONS,
    POSTMODIFIERS,
    infinitive_after,
    np_word,
    plural_possessive,
    takes_pp,
)
from newsmodel.quotes.proper_names import (
    gender_of,
    is_given_name,
    month_surname,
    name_split,
    org_words,
)
from newsmodel.quotes.speaker_kinds import (
    COMPANY_ROLES,
    DETERMINERS,
    POSSESSIVES,
    SUBJECT_PRONOUNS,
    TIME_UNITS,
    Phrase,
    classify,
)
from newsmodel.quotes.tokens import Tokens, word_count

__all__ = [
    "AFFILIATION_RE",
    "COMPANY_ROLES",
    "DETERMINERS",
    "DOCUMENT_POSTMODIFIERS",
    "FINITE_WORDS",
    "FUNCTION_WORDS",
    "MAX_PHRASE",
    "OPENER_PREPOSITIONS",
    "POSTMODIFIERS",
    "Phrase",
    "classify",
    "gender_of",
    "infinitive_after",
    "is_given_name",
    "month_surname",
    "name_split",
    "np_word",
    "org_words",
    "phrase_before",
    "plural_possessive",
    "takes_pp",
]

#: Marks a result not yet in ``Tokens.memo`` (whose results may be None).
_MISSING = object()


def _skip_back(tokens: Tokens, j: int, lo: int) -> int:
    """Step back over auxiliaries, adverbs and time words between a speaker and a cue."""
    lower = tokens.lower
    steps = 0
    while j >= lo and steps < 5 and tokens.text[j][0].islower():
        if (
            lower[j] in ("both", "all", "each")
            and j - 1 >= lo
            and (
                tokens.text[j - 1][0].isupper()
                or lower[j - 1].endswith("s")
                or lower[j - 1] in AUXILIARIES
                or lower[j - 1] in ("they", "we")
            )
        ):
            j -= 1  # "Bolton and Gorka both denounced", "Hale and Reid have both said"
            steps += 1
            continue
        w = lower[j]
        if w in AUXILIARIES or is_adverb(w) or w in ("not", "n't", "n’t"):
            j -= 1
            steps += 1
            continue
        if w in MODAL_ADVERBS and j - 1 >= lo and lower[j - 1] in AUXILIARIES:
            j -= 2  # "a spokesman could only quip"
            steps += 2
            continue
        break
    # a time adjunct between subject and verb: "Otieno on Saturday said"
    k = j
    seen = 0
    while (
        k >= lo
        and seen < 4
        and (lower[k] in TIME_WORDS or tokens.text[k][0].isdigit())
        and not month_surname(tokens, k)  # "Brian May has said": his name, no time
    ):
        k -= 1
        seen += 1
    m = j
    while (
        m >= lo
        and j - m < 3
        and (lower[m] in TIME_UNITS or lower[m] in NUMBER_WORDS or lower[m] in _TIME_ADJUNCT_WORDS)
    ):
        m -= 1  # "for years", "in recent weeks", "in the past"
    if (
        m < j
        and m - 1 >= lo
        and lower[m] in _TIME_ADJUNCT_PREPOSITIONS
        and lower[m - 1] in AUXILIARIES
    ):
        # "Ana Ruiz has for years said", "Critics have for months argued"
        m -= 1
        while m >= lo and (lower[m] in AUXILIARIES or is_adverb(lower[m])):
            m -= 1
        if m >= lo and tokens.quote[m] < 0:
            return m
    if (
        seen
        and k >= lo
        and k < j
        and (
            tokens.text[k][0].isupper()
            or lower[k] in SUBJECT_PRONOUNS
            or tokens.text[k] in (")", ",")
            # "The union late Friday said", "police on Monday said": a speaker's noun
            # (not the last of a list: "artists, actors and scientists this week said")
            or (
                (lower[k] in ORG_NOUNS or lower[k] in GROUP_NOUNS or lower[k] in PERSON_NOUNS)
                and (k - 1 < lo or lower[k - 1] not in ("and", "or", ","))
            )
            or (  # "the order released Friday said"
                lower[k].endswith("ed")
                and k - 1 >= lo
                and (lower[k - 1] in DOCUMENT_NOUNS or lower[k - 1] in PERSON_NOUNS)
            )
        )
        and lower[k + 1] in TIME_WORDS
    ):
        return k
    return j


def _finite_cue_before(tokens: Tokens, j: int, lo: int) -> bool:
    """Whether token ``j``, before the modal of a later verb, is a reporting verb in the
    present or past after a noun: "the foundation predicts will continue", "a race Hale
    says will ..." (not "Government figures have confirmed")."""
    form = CUE_FORMS.get(tokens.lower[j])
    return (
        form is not None
        and form.kind in (FormKind.PRESENT, FormKind.PAST)
        and tokens.text[j].islower()
        and j - 1 >= lo
        and tokens.text[j - 1][:1].isalpha()
        and tokens.lower[j - 1] not in FUNCTION_WORDS
    )


def _open_description(tokens: Tokens, phrase: Phrase, lo: int) -> int:
    """The comma that opens a description ending at ``phrase``, with no comma to close
    it: "Mark Dunn, from the union said" (a body), "Kate Parker, who is chairman of Our
    Principles Pac said" (else -1)."""
    lower, text = tokens.lower, tokens.text
    first = phrase.first
    if first - 1 < lo or lower[first - 1] not in _AFFILIATION_PREPOSITIONS:
        return _open_apposition(tokens, first, lo)
    if first - 3 >= lo and text[first - 2] == "," and phrase.kind is SpeakerKind.ORGANISATION:
        return first - 2
    # the body in the description: "who is chairman of Our Principles Pac"
    for j in range(first - 1, max(lo, first - 10), -1):
        if text[j] == "," and j + 1 < first and lower[j + 1] == "who":
            return j
        if text[j] in (",", ";", ":") or tokens.quote[j] >= 0:
            break
    return -1


def _open_apposition(tokens: Tokens, first: int, lo: int) -> int:
    """The comma that opens an apposition of lower-case words and names, which ends at
    token ``first`` with no comma to close it: "Ann Reid, head of policy at health
    charity the Brixo Heart Trust said" (else -1); a verb between makes a clause."""
    lower, text = tokens.lower, tokens.text
    for j in range(first - 1, max(lo, first - _OPEN_APPOSITION), -1):
        if text[j] == ",":  # "Matt Williams, a fund manager at Perpetual Trustees said"
            opener = lower[j + 1]
            if text[j + 1][:1].islower() and (
                opener in ("a", "an", "the") or opener not in FUNCTION_WORDS
            ):
                return j
            return -1
        if (
            tokens.quote[j] >= 0
            or not text[j][:1].isalnum()
            or lower[j] in FINITE_WORDS
            or lower[j] in ("and", "or", "who", "which", "that")
        ):
            return -1
    return -1


def _relative_subject(tokens: Tokens, cue: int, lo: int) -> Phrase | None:
    """The subject before a relative clause that no comma sets off and that runs up to
    the cue at token ``cue`` and that follows the sentence's subject: "A woman who lives
    nearby said", "Residents who live near the plant say", "A man whose wife died says"."""
    lower, text = tokens.lower, tokens.text
    for j in range(cue - 2, max(lo, cue - RELATIVE_CLAUSE) - 1, -1):
        if tokens.quote[j] >= 0 or not text[j][:1].isalnum():
            return None
        if lower[j] in ("who", "whose") and j > lo:
            if lower[j] == "whose" and not any(
                lower[m].endswith("ed") or lower[m] in AUXILIARIES for m in range(j + 2, cue)
            ):
                return None  # "The hacker whose work first revealed": the clause's own verb
            subject = np_before(tokens, j, lo)
            if (
                subject is None
                # the sentence's subject (after an opening clause's comma too: "Although no
                # deal exists, a city official who spoke anonymously said"), not an object's
                or (
                    subject.first != lo
                    and not (
                        text[subject.first - 1] == ","
                        # "Outside court, a friend of the victim who asked ... said"
                        and (lower[lo] in SUBORDINATORS or lower[lo] in OPENER_PREPOSITIONS)
                        # (not "On the other side, Sen. Ted Cruz, a candidate who ...":
                        # the comma closes a name)
                        and "," not in text[lo : subject.first - 1]
                    )
                )
                or subject.last != j
                or subject.pronoun is not None
                or subject.kind not in _PEOPLE_KINDS
            ):
                return None
            return subject
    return None


def phrase_before(tokens: Tokens, cue: int, lo: int) -> Phrase | None:
    """The speaker phrase that ends just before token ``cue`` (not before token ``lo``);
    callers must not change the phrase returned (it is kept for later calls)."""
    key = ("before", cue, lo)
    cached = tokens.memo.get(key, _MISSING)
    if cached is not _MISSING:
        return cached  # type: ignore[return-value]
    found = _phrase_before(tokens, cue, lo)
    if found is None or found.pronoun is None:
        # "A woman who lives nearby said"; "Many of the leaders who would rather work for
        # Ann Holt said", "One official who relayed the exchange said": the sentence's
        # subject, not the name or the noun in its relative clause
        subject = _relative_subject(tokens, cue, lo)
        if subject is not None and (found is None or subject.last + 1 < found.first):
            found = subject  # (but "The people who Mr Forsyth labels": Forsyth labels)
    tokens.memo[key] = found
    return found


#: The most words of a quoted term whose comma inside the marks closes a description.
_TERM_WORDS = 6


def _comma_inside_quote(tokens: Tokens, j: int, lo: int) -> int:
    """The comma at the end of a short quoted term inside a sentence that ends at token
    ``j`` (“hold,” in "who rates the stock a “hold,” said"), or -1: the term follows a
    word of its sentence in lower case, so it is no quotation a cue after it reports."""
    a, b = tokens.quote_range[tokens.quote[j]]
    if b - 1 != j or b - a < 3 or tokens.text[b - 2] != "," or a - 1 < lo:
        return -1
    before = tokens.text[a - 1]
    if not (before.isalpha() and before.islower()) or word_count(tokens, a, b) > _TERM_WORDS:
        return -1
    return b - 2


def _dashed(tokens: Tokens, dash: int, lo: int) -> Phrase | None:
    """A speaker with a description between dashes: "X — who has long said so — said"."""
    text = tokens.text
    k = dash - 1
    while k >= lo and dash - k <= 40 and text[k] not in DASH_TOKENS:
        if tokens.quote[k] >= 0:
            k = tokens.quote_range[tokens.quote[k]][0] - 1
            continue
        if text[k] in (".", ";"):
            return None
        k -= 1
    if k < lo or text[k] not in DASH_TOKENS or k + 1 >= dash:
        return None
    phrase = np_before(tokens, k, lo)
    if phrase is None or phrase.pronoun is not None:
        return phrase
    phrase.description = (k + 1, dash)
    return phrase


def _phrase_before(tokens: Tokens, cue: int, lo: int) -> Phrase | None:
    j = _skip_back(tokens, cue - 1, lo)
    if j < lo:
        return None
    lower = tokens.lower
    if j - 1 >= lo and lower[j] == "to" and tokens.quote[j - 1] < 0:
        if lower[j - 1] == "on" and j - 2 >= lo and lower[j - 2] in CATENATIVE_VERBS:
            j = _skip_back(tokens, j - 3, lo)  # "Corbett goes on to criticise"
        elif lower[j - 1] in CATENATIVE_VERBS:
            j = _skip_back(tokens, j - 2, lo)  # "Jones managed to ask"
        elif (took := took_to(lower, tokens.text, j, lo)) >= 0:
            j = _skip_back(tokens, took - 1, lo)  # "Trump took to Twitter to accuse"
        elif (named := caused_to(lower, tokens.text, j, lo)) >= 0:
            return classify(tokens, named, j)  # "The memo prompted Ann Reid to state"
        if j < lo:
            return None
    if j - 1 >= lo and tokens.quote[j - 1] < 0:
        if lower[j] == "by" and lower[j - 1] in BY_GERUND_VERBS:
            j = _skip_back(tokens, j - 2, lo)  # "The senator began by saying"
        elif lower[j] in _PERCEIVED and lower[j - 1] in ("be", "is", "was", "were", "been"):
            k = j - 2
            while k >= lo and lower[k] in AUXILIARIES:
                k -= 1
            j = _skip_back(tokens, k, lo)  # "a reporter can be heard asking"
        if j < lo:
            return None
    if tokens.quote[j] >= 0:
        comma = _comma_inside_quote(tokens, j, lo)
        # "Rob Kessler, who rates the stock a “hold,” said": the comma inside the marks
        # closes the description of the one who speaks (a description, not a clause with
        # a subject of its own: "To sum up, Hale went on to promote “Apprentice,” note")
        found = appositive(tokens, comma, lo) if comma >= 0 else None
        if found is None or found.description is None:
            return None
        opener = found.description[0]
        if tokens.text[opener][:1].isupper() and lower[opener] not in TITLE_WORDS:
            return None
        return found
    if j < cue - 1 and lower[j + 1] in MODALS and _finite_cue_before(tokens, j, lo):
        # "a trend that the foundation predicts will continue": the verb before the
        # auxiliary reports the words, and its subject is no subject of this cue
        return None
    if tokens.text[j] == ",":
        return appositive(tokens, j, lo)
    if tokens.text[j] in DASH_TOKENS:
        return _dashed(tokens, j, lo)
    aged = _age_range_start(tokens, j, lo)
    if aged > lo:
        # "drivers aged between 17 and 25 said", "People over 65 said": the people
        people = np_before(tokens, aged, lo)
        if people is not None and people.kind is SpeakerKind.GROUP:
            return classify(tokens, people.first, j + 1) or people
    phrase = np_before(tokens, j + 1, lo)
    if (
        phrase is not None
        and phrase.first - 2 >= lo
        and tokens.lower[phrase.first] in ("his", "her", "their")
        and tokens.lower[phrase.first - 1] == "and"
        and tokens.text[phrase.first - 2][0].isupper()
    ):
        leader = np_before(tokens, phrase.first - 1, lo)
        if leader is not None and (
            (leader.kind is SpeakerKind.PERSON and leader.name is not None)
            or (leader.pronoun is not None and tokens.lower[leader.first] in ("he", "she"))
        ):
            return leader  # "Ana Ortiz and her team wrote": Ortiz leads them; "She and her"
    if phrase is not None:
        found = (
            _document_by(tokens, phrase, lo)
            or _document_to(tokens, phrase, lo)
            or _asked_by(tokens, phrase, lo)
            or _writer_through(tokens, phrase, lo)
            or _person_at(tokens, phrase, lo)
            or _writer_in(tokens, phrase)
        )
        if found is not None:
            return found
    if phrase is None or phrase.pronoun is None:
        # "Mark Dunn, from the Public Services union said", "Kate Parker, who is chairman
        # of Our Principles Pac said", "Tom Hale, head of Brixo said": a description
        # missing its closing comma, after the person who speaks
        comma = (
            _open_description(tokens, phrase, lo)
            if phrase is not None
            else _open_apposition(tokens, j + 1, lo)
        )
        if comma >= 0:
            person = np_before(tokens, comma, lo)
            if (
                person is not None
                and person.kind is SpeakerKind.PERSON
                and person.name
                and (
                    (phrase is not None and lower[phrase.first - 1] in _AFFILIATION_PREPOSITIONS)
                    or (person.first == lo and person.name[1] - person.name[0] >= 2)
                )
            ):
                end = phrase.last if phrase is not None else j + 1
                return attrs.evolve(person, description=(comma + 1, end))
    if phrase is not None and _object_of_preposition(tokens, phrase.first, lo):
        # "A photo posted on Twitter showed": Twitter is no subject; but "in California
        # Mr Torvalds said": the name after the place is, and "Protesters marching
        # through the streets chanted": the people before the participle are
        k = phrase.first - 1
        if k - 2 >= lo and tokens.lower[k - 1].endswith(("ing", "ed")):
            subject = np_before(tokens, k - 1, lo)
            if subject is not None and subject.kind in _PEOPLE_KINDS:
                return subject

        if phrase.name is None or phrase.name[0] <= phrase.first:
            return None
        start = phrase.name[0]
        while start - 1 > phrase.first and tokens.lower[start - 1] in TITLE_WORDS:
            start -= 1  # the title right before the name: "Mr", "Finance Minister"
        return classify(tokens, start, phrase.last)
    if (
        phrase is not None
        and phrase.pronoun is None
        and phrase.antecedent is None
        and phrase.kind in (SpeakerKind.PERSON, SpeakerKind.ORGANISATION)
        and (phrase.name is None or phrase.kind is SpeakerKind.ORGANISATION)
        and phrase.first - 2 >= lo
        and tokens.text[phrase.first - 1] == ","
        and "and" not in tokens.lower[phrase.first : phrase.last]
    ):
        # "Colin Asplin, Blackpool Hotel Association said", "Mr Prettejohn, Lloyd's chief
        # executive said": the comma that would close the description is missing
        person = np_before(tokens, phrase.first - 1, lo)
        if (
            person is not None
            and person.kind is SpeakerKind.PERSON
            and person.name is not None
            and person.last - person.first >= 2  # not "Separately, the Bank said"
            and (
                person.first == lo
                # "CLAUSE, Tom Hale, Labour's campaign director told Radio 5": a full name
                # after the words reported
                or (tokens.text[person.first - 1] == "," and person.name[1] - person.name[0] >= 2)
            )
        ):
            person.description = (phrase.first, phrase.last)
            return person
    return phrase


def _writer(phrase: Phrase) -> bool:
    """Whether a phrase before "in a statement" may have written it: a name, a pronoun,
    or a noun for people or a body ("the company"), not "Ryan's language"."""
    return phrase.kind in _PEOPLE_KINDS and (
        phrase.name is not None
        or phrase.pronoun is not None
        or phrase.role is None
        or phrase.role in PERSON_NOUNS
        or phrase.role in ORG_NOUNS
        or phrase.role in GROUP_NOUNS
    )


def _writer_through(tokens: Tokens, phrase: Phrase, lo: int) -> Phrase | None:
    """The one who wrote a document named after "in", "on", "via" or "through": "Ann Pike
    in a blog post said" (not "The company named in the lawsuit", nor "Ryan's language in
    the statement")."""
    if (
        phrase.kind is not SpeakerKind.DOCUMENT
        or phrase.first - 2 < lo
        or tokens.lower[phrase.first - 1] not in ("in", "on", "via", "through")
    ):
        return None
    k = phrase.first - 2
    subject = None if tokens.lower[k].endswith("ed") else np_before(tokens, k + 1, lo)
    return subject if subject is not None and _writer(subject) else None


def _age_range_start(tokens: Tokens, j: int, lo: int) -> int:
    """Where the ages after people that end at token ``j`` start: "(drivers) aged between
    17 and 25", "(People) over 65", "(Voters) aged 18 to 34"; else -1."""
    if not tokens.text[j][0].isdigit():
        return -1
    k = j
    while (
        k > lo
        and j - k < 6
        and (tokens.text[k][0].isdigit() or tokens.lower[k] in ("and", "to", "-", "between"))
    ):
        k -= 1
    if tokens.lower[k] not in _AGE_OPENERS or k == j:
        return -1
    if tokens.lower[k] in ("over", "under") and k - 1 >= lo and tokens.lower[k - 1] == "aged":
        k -= 1
    return k


def _document_by(tokens: Tokens, phrase: Phrase, lo: int) -> Phrase | None:
    """The document before "issued by", "seen by" and a name: "“...,” a statement issued by
    Tom Hale said" (read whole, as after the cue: the statement, whose author
    :mod:`newsmodel.quotes.coref` finds), not the name alone."""
    k = phrase.first - 1
    if (
        k - 2 < lo
        or tokens.lower[k] not in ("by", "from")
        or tokens.lower[k - 1] not in DOCUMENT_POSTMODIFIERS
    ):
        return None
    document = np_before(tokens, k - 1, lo)
    if document is None or document.kind is not SpeakerKind.DOCUMENT:
        return None
    return classify(tokens, document.first, phrase.last)


def _document_to(tokens: Tokens, phrase: Phrase, lo: int) -> Phrase | None:
    """The document before "sent to" and its addressee: "A letter sent to Tom Hale said"
    is the letter's, not Hale's."""
    k = phrase.first - 1
    if k - 2 < lo or tokens.lower[k] != "to" or tokens.lower[k - 1] not in _SENDING_PARTICIPLES:
        return None
    document = np_before(tokens, k - 1, lo)
    if document is None or document.kind is not SpeakerKind.DOCUMENT:
        return None
    return document


def _asked_by(tokens: Tokens, phrase: Phrase, lo: int) -> Phrase | None:
    """The people before "contacted by", "polled by" and who asked them: "Bank economists
    contacted by Brixo said" are the economists', not Brixo's; the group or body before
    "led by" and its head: "A group of investment firms led by Brixo Corp said"."""
    k = phrase.first - 1
    if k - 2 < lo:
        return None
    led = tokens.lower[k] == "by" and tokens.lower[k - 1] in _LED_PARTICIPLES
    if not led and (
        tokens.lower[k] not in ("by", "for", "in")
        or tokens.lower[k - 1] not in _ASKED_PARTICIPLES
        or (tokens.lower[k] != "by" and tokens.lower[k - 1] == "asked")  # "asked for a photo"
    ):
        return None  # ("the bosses polled for the survey", "those questioned in the poll")
    people = np_before(tokens, k - 1, lo)
    kinds = (SpeakerKind.GROUP, SpeakerKind.ORGANISATION) if led else _ASKED_KINDS
    if people is None or people.kind not in kinds:
        return None
    return people


def _person_at(tokens: Tokens, phrase: Phrase, lo: int) -> Phrase | None:
    """The person or body before where they are: "Zubair Ahmed in Mumbai said", "our
    correspondent in Delhi said", "Ann Reid at Brixham on the Dunmore coast in the West
    Riding said", "The Brixo Trade Office in Dunmore said"."""
    place = phrase.kind is SpeakerKind.ORGANISATION or (
        phrase.kind is SpeakerKind.PERSON
        and phrase.last - phrase.first == 1
        and not is_given_name(tokens.text[phrase.first])
    )
    if (
        not place
        or phrase.first - 2 < lo
        or tokens.lower[phrase.first - 1] != "in"
        or not tokens.text[phrase.first - 2][:1].isalpha()
    ):
        return None
    subject = np_before(tokens, phrase.first - 1, lo)
    for _ in range(3):  # places of one word after places: "at Brixham on Dunmore"
        if (
            subject is None
            or subject.last - subject.first > 1
            or subject.first - 2 < lo
            or tokens.lower[subject.first - 1] not in PLACE_PREPOSITIONS
        ):
            break
        subject = np_before(tokens, subject.first - 1, lo)
    if subject is None:
        return None
    for m in range(subject.first + 1, subject.last):
        if tokens.lower[m] in PLACE_PREPOSITIONS:
            subject = classify(tokens, subject.first, m)  # "Ann Reid at Brixham"
            break
    if subject is None or subject.pronoun is not None:
        return None
    if subject.kind in (SpeakerKind.PERSON, SpeakerKind.ANONYMOUS) and (
        subject.name is not None or subject.role in PERSON_NOUNS
    ):
        return subject
    if (
        subject.kind is SpeakerKind.ORGANISATION
        and tokens.lower[subject.first] == "the"
        and phrase.kind is not SpeakerKind.ORGANISATION
    ):
        return subject  # "The Brixo Trade Office in Dunmore said": the body there
    return None


def _writer_in(tokens: Tokens, phrase: Phrase) -> Phrase | None:
    """The one before "in a statement" inside the phrase: "The company in a statement
    said" is the company (not "The company named in the lawsuit")."""
    if (
        phrase.kind not in _PEOPLE_KINDS
        or phrase.last - phrase.first < 4
        or tokens.lower[phrase.last - 1] not in DOCUMENT_NOUNS
    ):
        return None
    for m in range(phrase.first + 1, phrase.last - 2):
        if tokens.lower[m] in ("in", "on") and (
            tokens.lower[m + 1] in DETERMINERS or tokens.lower[m + 1] in POSSESSIVES
        ):
            if tokens.lower[m - 1].endswith("ed"):
                return None
            subject = classify(tokens, phrase.first, m)
            return subject if subject is not None and _writer(subject) else None
    return None


def _object_of_preposition(tokens: Tokens, first: int, lo: int) -> bool:
    """Whether the phrase at ``first`` is the object of a preposition that follows a word
    of its clause ("posted on Twitter", "a crowd in Ottawa"): no subject of the verb after
    it."""
    k = first - 1
    if k < lo or tokens.lower[k] not in OBJECT_PREPOSITIONS:
        return False
    if k == tokens.sent_first[tokens.sent[k]]:
        return True  # "At a summit in California, ..."
    return (
        k - 1 >= lo
        and tokens.quote[k - 1] < 0
        and tokens.text[k - 1][:1].isalpha()
        and tokens.text[k - 1][:1].islower()
    )


#: Prepositions of a time adjunct between an auxiliary and its verb: "has for years said".
_TIME_ADJUNCT_PREPOSITIONS = word_list("time_adjunct_prepositions")
#: Words of a time adjunct between an auxiliary and its verb, beside its units: "have in
#: the past said", "has in recent weeks said".
_TIME_ADJUNCT_WORDS = word_list("time_adjunct_words")
#: Verbs that lead a gerund cue with "by" ("began by saying"), and participles of
#: perception between a speaker and a cue ("can be heard asking").
BY_GERUND_VERBS = word_list("by_gerund_verbs")
_PERCEIVED = word_list("perceived")
#: Prepositions whose object, in a clause opening a sentence, is no subject of it:
#: "Responding to criticism from Alan Hansen, he insisted", "Outside court, a friend of
#: the victim who ... said".
OPENER_PREPOSITIONS = word_list("opener_prepositions")


#: Participles between a document and its addressee: "A letter sent to Tom Hale said".
_SENDING_PARTICIPLES = word_list("sending_participles")
#: Participles between people and the one who asked them: "economists polled by Reuters".
_ASKED_PARTICIPLES = word_list("asked_participles")
#: Words that open the ages of the people before them: "voters aged 18 to 34".
_AGE_OPENERS = word_list("age_openers")
_ASKED_KINDS = (SpeakerKind.GROUP, SpeakerKind.PERSON, SpeakerKind.ANONYMOUS)
#: Participles between a group or body and its head: "firms led by Brixo Corp".
_LED_PARTICIPLES = word_list("led_participles")
#: Prepositions of where a speaker works, after a comma: "Mark Dunn, from the union".
_AFFILIATION_PREPOSITIONS = word_list("affiliation_prepositions")
#: How many tokens back an apposition missing its closing comma may open.
_OPEN_APPOSITION = 12


#: Kinds of speaker that act: the subject before a participle ("Protesters marching").
_PEOPLE_KINDS = frozenset(
    {SpeakerKind.PERSON, SpeakerKind.GROUP, SpeakerKind.ANONYMOUS, SpeakerKind.ORGANISATION}
)
