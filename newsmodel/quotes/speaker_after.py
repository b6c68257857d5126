"""Speaker phrases read forwards, after a cue: "said Daniel Mwangi, a political
scientist ...", "according to the communique", "told Fox News".

:func:`phrase_after` walks the words after a cue with the shallow grammar of
:mod:`newsmodel.quotes.speakers` (which reads them backwards, before a cue): a name with
its titles and affiliation, a role noun and its prepositional phrase, a document and its
participle ("a memo obtained by The Post"), and an appositive description after a comma.
"""

from __future__ import annotations

from newsmodel.model import SpeakerKind
from newsmodel.quotes.body_names import french_body_end
from newsmodel.quotes.lexicon import (
    CAPITAL_NOT_NAMES,
    DOCUMENT_NOUNS,
    GROUP_NOUNS,
    ORG_NOUNS,
    PERSON_NOUNS,
    PRONOUNS,
    TITLE_WORDS,
    word_list,
)
from newsmodel.quotes.name_brackets import affiliation
from newsmodel.quotes.name_parts import unit_number
from newsmodel.quotes.name_roles import role_noun
from newsmodel.quotes.person_words import TIME_WORDS
from newsmodel.quotes.phrase_words import BODY_OR_PERSON_ROLES
from newsmodel.quotes.proper_names import (
    NAME_PARTICLES,
    has_marker,
    is_given_name,
    month_surname,
    particle_name,
    title_like,
    title_opener,
)
from newsmodel.quotes.speaker_kinds import (
    DETERMINERS,
    INNER_PREPOSITIONS,
    PARTY_MEMBERS,
    POSSESSIVES,
    SUBJECT_PRONOUNS,
    Phrase,
    classify,
    pronoun_kind,
)
from newsmodel.quotes.speakers import (
    DOCUMENT_POSTMODIFIERS,
    FINITE_WORDS,
    FUNCTION_WORDS,
    MAX_PHRASE,
    POSTMODIFIERS,
    infinitive_after,
    np_word,
    plural_possessive,
    takes_pp,
)
from newsmodel.quotes.tokens import Tokens

#: Words before a number that open a noun phrase: "about 200", "nearly 40".
_APPROXIMATORS = word_list("approximators")

__all__ = ["phrase_after"]

#: Words after a comma that end the description after a speaker: "said Smith, a lawyer,
#: adding ...", "said Smith, a lawyer, in a statement".
_DESCRIPTION_ENDS = word_list("description_ends")

#: Participles that may follow a document with their agent or place.

#: Prepositions after the participle of a document: "a memo obtained by ...", "documents
#: filed in court".
_DOCUMENT_PREPOSITIONS = word_list("document_prepositions")

_TRAILING_JUNK = word_list("trailing_junk") | INNER_PREPOSITIONS
#: Participles after a role that give its name: "the base chief known as Bob".
_NAMING_PARTICIPLES = word_list("naming_participles")
#: Verbs of a relative clause that gives a name: "who gave only her first name, Ann".
_NAME_GIVING = word_list("name_giving")
#: How far after "who" its "name" is sought: "who gave only her first name".
_NAME_REACH = 8
#: Participles that name before a reflexive: "a man calling himself Paul Reed".
_SELF_NAMING_PARTICIPLES = word_list("self_naming_participles")
_REFLEXIVES = word_list("reflexives")
#: Articles, which open a noun phrase of their own inside a speaker phrase: "the BBC News
#: website the party ...".
_ARTICLES = word_list("articles")

#: Nouns that head a speaker phrase: people, groups, organisations, documents, titles.
_SPEAKER_HEADS = PERSON_NOUNS | GROUP_NOUNS | ORG_NOUNS | DOCUMENT_NOUNS | TITLE_WORDS


def _after_determiner(tokens: Tokens, k: int, i: int) -> bool:
    """Whether the run of capitalised words before token ``k`` (from token ``i`` on)
    follows a determiner: "the New York delegation", "of the New York delegation"."""
    m = k - 1
    while m >= i and tokens.text[m][:1].isupper():
        m -= 1
    return m >= i and tokens.lower[m] in DETERMINERS


def _joined_title(tokens: Tokens, j: int, hi: int) -> bool:
    """Whether "and" at token ``j`` joins the title before it to another, a name after
    that: "founder and director Tom Hale"."""
    lower = tokens.lower
    return (
        j + 2 < hi
        and lower[j] == "and"
        and lower[j - 1] in TITLE_WORDS
        and lower[j + 1] in TITLE_WORDS
        and tokens.text[j + 2][:1].isupper()
        and tokens.quote[j + 2] < 0
    )


def _second_role(tokens: Tokens, j: int, i: int, hi: int) -> int:
    """Where the name starts after an "and" at token ``j`` that joins a role noun before
    it (after token ``i``) to another role of the same person, a name after that:
    "resident and retired logger Hank Bertrand"; 0 if it does not."""
    lower, text = tokens.lower, tokens.text
    if lower[j] != "and" or j <= i or not text[j - 1].islower() or not role_noun(lower[j - 1]):
        return 0
    m = j + 1
    while m < hi and m - j <= 3 and text[m].isalpha() and text[m].islower():
        m += 1
    if (
        m == j + 1
        or m >= hi
        or not role_noun(lower[m - 1])
        or not is_given_name(text[m])
        or tokens.quote[m] >= 0
    ):
        return 0
    return m


def phrase_after(tokens: Tokens, i: int, hi: int) -> Phrase | None:
    """The speaker phrase that starts at token ``i`` (before token ``hi``), with an
    appositive description after a comma: "said Daniel Mwangi, a political scientist"."""
    if i >= hi or tokens.quote[i] >= 0:
        return None
    lower = tokens.lower
    text = tokens.text
    w = lower[i]
    if w in SUBJECT_PRONOUNS and w not in ("who", "which"):
        return Phrase(i, i + 1, pronoun_kind(w), pronoun=PRONOUNS[w])
    if (
        w == "those"
        and i + 2 < hi
        and (lower[i + 1] in INNER_PREPOSITIONS or lower[i + 1] in POSTMODIFIERS)
    ):
        # "say those behind the plan", "said those close to the talks": the people
        j = i + 1 + (lower[i + 1] in POSTMODIFIERS and lower[i + 2] in INNER_PREPOSITIONS)
        inner = phrase_after(tokens, j + 1, hi)
        if inner is not None and inner.first == j + 1:
            return Phrase(i, inner.last, SpeakerKind.GROUP, role="those", definite=True)
    french = french_body_end(tokens, i, hi)
    if french > i:
        return Phrase(i, french, SpeakerKind.ORGANISATION, definite=True)  # "the Régie du ..."
    k = i
    seen_head = False
    in_name = False
    while k < hi and k - i < MAX_PHRASE and tokens.quote[k] < 0:
        t = text[k]
        w = lower[k]
        if k == i and w in _APPROXIMATORS and k + 1 < hi and text[k + 1][0].isdigit():
            k += 1  # "About 200 protesters gathered ..., chanting"
            continue
        if k == i and (w in DETERMINERS or w in POSSESSIVES):
            k += 1
            if k < hi and lower[k] == "the" and w in ("all", "both"):
                k += 1
            continue
        if t == "(":
            m = k + 1
            while m < hi and m < k + 8 and text[m] != ")" and tokens.quote[m] < 0:
                m += 1
            if m < hi and text[m] == ")" and in_name and affiliation(tokens, k, m):
                k = m + 1
                continue
            break
        if w in ("’s", "'s") or (
            plural_possessive(tokens, k, i)
            and k + 1 < hi
            and (text[k + 1][0].isupper() or (text[k + 1].isalpha() and np_word(tokens, k + 1)))
        ):
            k += 1  # "Rogers's", "Corals' Tim Brack", "the premiers’ council"
            in_name = False
            continue
        if (
            w in ("by", "from")
            and k > i
            and lower[k - 1] in DOCUMENT_NOUNS
            and k + 1 < hi
            and (lower[k + 1] == "the" or text[k + 1][0].isupper())
        ):
            k += 1  # "an analysis by the Pew Research Center": whose analysis
            if lower[k] == "the":
                k += 1
            continue
        if w == "of" or (w in ("and", "&") and in_name and k + 1 < hi and text[k + 1][0].isupper()):
            if k + 1 < hi and (
                np_word(tokens, k + 1)
                or lower[k + 1] in DETERMINERS
                or (lower[k + 1] in POSSESSIVES and lower[i] in ("one", "another"))
            ):
                k += 1
                if lower[k] in DETERMINERS or lower[k] in POSSESSIVES:
                    k += 1
                continue
            break
        if (
            w in ("for", "on")
            and in_name
            and k + 1 < hi
            and text[k + 1][0].isupper()
            and has_marker(tokens, k - 1, k)
        ):
            k += 1  # "the Center for Strategic Studies", "the Council on Foreign Relations"
            continue
        if (
            w in INNER_PREPOSITIONS
            and k > i
            and takes_pp(lower[k - 1])
            and not (w == "to" and k + 1 < hi and infinitive_after(tokens, k + 1))
        ):
            k += 1
            if k < hi and lower[k] in DETERMINERS:
                k += 1
            continue
        if (
            t[0].isupper()
            or (in_name and unit_number(tokens, k))
            or (
                in_name
                and t[0].isdigit()
                and k + 1 < hi
                and (
                    text[k + 1][0].isupper()
                    # "Unifor Local 444 president Dave Cassidy": a unit's number, then a title
                    # (or a role: "Grade 11 student Owen Kral")
                    or (
                        (lower[k + 1] in TITLE_WORDS or lower[k + 1] in PERSON_NOUNS)
                        and k + 2 < hi
                        and text[k + 2][0].isupper()
                    )
                )
            )
        ):
            if (
                t in CAPITAL_NOT_NAMES
                and w not in DETERMINERS
                and w not in TITLE_WORDS
                and not month_surname(tokens, k)
                and not title_opener(tokens, k)
            ):
                if not (k > i and lower[k - 1] in DETERMINERS and w in TIME_WORDS):
                    break
                k += 1  # "a Wednesday editorial"
                continue
            in_name = True
            seen_head = True
            k += 1
            continue
        if in_name:
            if w in NAME_PARTICLES and k + 1 < hi and text[k + 1][0].isupper():
                k += 1
                continue
            if (
                w in NAME_PARTICLES
                and k + 2 < hi
                and lower[k + 1] in NAME_PARTICLES
                and text[k + 2][0].isupper()
            ):
                k += 2  # "Anne-Marie de la Fontaine", "Pieter van der Berg"
                continue
            if particle_name(t):
                k += 1  # "Bashar al-Assad", "Abdel Fattah el-Sisi"
                continue
            if (
                w in POSTMODIFIERS
                and k + 1 < hi
                and lower[k + 1] in INNER_PREPOSITIONS
                and lower[i] in DETERMINERS
                and lower[k - 1].rstrip("s") in PARTY_MEMBERS
            ):
                k += 2  # "one Republican involved in the planning"
                if k < hi and (lower[k] in DETERMINERS or lower[k] in POSSESSIVES):
                    k += 1
                in_name = seen_head = False
                continue
            # "Obama adviser David Axelrod", "party boss Reince Priebus", "Time magazine"
            j = k
            while (
                j < hi
                and j - k < 3
                and text[j][0].islower()
                and np_word(tokens, j)
                and lower[j] not in DETERMINERS
                and lower[j] not in POSSESSIVES
            ):
                j += 1  # not "Lamb issued a statement": a verb and its object
                if _joined_title(tokens, j, hi):
                    j += 2  # "Brixo founder and director Tom Hale": two titles
            if (
                j > k
                and j < hi
                and text[j][0].isupper()
                and text[j] not in CAPITAL_NOT_NAMES
                and title_like(lower[j - 1])
            ):
                k = j
                continue
            if w in ORG_NOUNS or w in DOCUMENT_NOUNS or w in PERSON_NOUNS or w in TITLE_WORDS:
                k += 1
                in_name = False
                continue
            if w in GROUP_NOUNS or (w.endswith("s") and w[:-1] in PERSON_NOUNS):
                # "Federal officials", "Liberal lawmakers in Ottawa", "many Brixo
                # councillors": the group, which only a preposition may go on
                k += 1
                in_name = False
                if k < hi and lower[k] in INNER_PREPOSITIONS:
                    continue
                break
            if (
                j > k
                and (j >= hi or not text[j][0].isalnum())
                and title_like(lower[j - 1])
                and (_after_determiner(tokens, k, i) or lower[j - 1] in _SPEAKER_HEADS)
            ):
                k = j  # "the New York delegation", "the Trump campaign" (not "Ruiz went home")
                break
            if (
                j > k
                and lower[i] in DETERMINERS
                and (lower[j - 1] in PERSON_NOUNS or lower[j - 1] in GROUP_NOUNS)
                and j < hi
                and lower[j] in INNER_PREPOSITIONS
            ):
                k = j  # "the Republican presidential nominee for ...": a role, then a PP
                in_name = False
                continue
            break
        if (
            seen_head
            and w.endswith("ing")
            and k + 1 < hi
            and (lower[k + 1] in ORG_NOUNS or lower[k + 1] in PERSON_NOUNS)
            and tokens.quote[k + 1] < 0
        ):
            k += 1  # a compound noun: "the council's planning office", "its ruling party"
            continue
        if (
            seen_head
            and w in _SELF_NAMING_PARTICIPLES
            and k + 1 < hi
            and lower[k + 1] in _REFLEXIVES
        ):
            named = _named_as(tokens, i, k, hi)  # "a man calling himself Paul Reed"
            if named is not None:
                return named
        if seen_head and w.endswith(("ing", "ed")):
            # "figures released Monday by the union": past the day
            day = int(k + 2 < hi and lower[k + 1] in TIME_WORDS and w in DOCUMENT_POSTMODIFIERS)
            if (
                w in POSTMODIFIERS
                and k + 1 < hi
                and lower[k + 1] in INNER_PREPOSITIONS
                and (
                    lower[k - 1] in PERSON_NOUNS
                    or lower[k - 1] in GROUP_NOUNS
                    or lower[k - 1].rstrip("s") in PARTY_MEMBERS
                )
            ) or (
                w in DOCUMENT_POSTMODIFIERS
                and k + 1 + day < hi
                and lower[k + 1 + day] in _DOCUMENT_PREPOSITIONS
                and lower[k - 1] in DOCUMENT_NOUNS
            ):  # "a memo obtained by The Globe and Mail", "documents filed in court"
                k += 2 + day  # "a source involved in the talks", "officials briefed on it"
                if k < hi and (lower[k] in DETERMINERS or lower[k] in POSSESSIVES):
                    k += 1
                seen_head = False
                continue
            if (
                w.endswith("ing")
                and (lower[k - 1] in PERSON_NOUNS or lower[k - 1] in GROUP_NOUNS)
                # (not "transit committee ranking Democrat Elena Benson": a title)
                and k + 1 < hi
                and text[k + 1].islower()
                and lower[k + 1] not in PERSON_NOUNS
                and lower[k + 1] not in TITLE_WORDS
            ):
                # "said a mother waiting at the counter with her son": the one described
                return _described_by_participle(tokens, i, k, hi)
            break
        if seen_head and w in _NAMING_PARTICIPLES:
            named = _named_as(tokens, i, k, hi)
            if named is not None:
                return named
        if (
            k > i
            and w in _ARTICLES
            and text[k - 1].islower()
            and (lower[k - 1] in ORG_NOUNS or lower[k - 1] in DOCUMENT_NOUNS)
            and k + 1 < hi
            and text[k + 1][:1].islower()
        ):
            # "told the BBC News website the party avoided": another noun phrase (but "local
            # newspaper the Daily Telegraph" names the paper)
            break
        if np_word(tokens, k):
            if w in PERSON_NOUNS or w in GROUP_NOUNS or w in DOCUMENT_NOUNS or w in ORG_NOUNS:
                seen_head = True
            k += 1
            continue
        second = _second_role(tokens, k, i, hi)
        if second:
            k = second  # "longtime Sooke resident and retired logger Hank Bertrand"
            continue
        break
    end = k
    while end > i and lower[end - 1] in _TRAILING_JUNK and not month_surname(tokens, end - 1):
        end -= 1  # (but "Al From": a surname)
    if end <= i:
        return None
    phrase = classify(tokens, i, end)
    if phrase is None:
        return None
    if end < hi and text[end] == "," and end + 1 < hi and tokens.quote[end + 1] < 0:
        d = end + 1
        dw = lower[d]
        if (
            dw in DETERMINERS
            or dw in ("who", "whose", "which")
            or dw in PERSON_NOUNS
            or dw in TITLE_WORDS
            or (not text[d][0].isupper() and dw not in FUNCTION_WORDS and not dw.endswith("ing"))
            or text[d][0].isdigit()
            or (text[d][0].isupper() and phrase.name is None and phrase.pronoun is None)
        ):
            stop = d
            while (
                stop < hi
                and tokens.quote[stop] < 0
                and text[stop]
                not in (
                    ".",
                    ";",
                    "—",
                    "–",
                    "--",
                    "!",
                    "?",
                )
            ):
                if text[stop] == "," and stop + 1 < hi and lower[stop + 1] in _DESCRIPTION_ENDS:
                    break
                stop += 1
            clause = dw not in ("who", "whose", "which") and any(
                lower[m] in FINITE_WORDS for m in range(d, stop)
            )
            if stop > d and not clause:
                phrase.description = (d, stop)
                named = _named_in_apposition(tokens, phrase, d, stop) or _named_in_relative(
                    tokens, phrase, d, stop
                )
                if named is not None:
                    return named
    return phrase


def _named_in_relative(tokens: Tokens, phrase: Phrase, d: int, stop: int) -> Phrase | None:
    """The name a relative clause gives someone unnamed: "said a neighbour, who gave only
    her first name, Claudette" (the role becomes the description)."""
    lower = tokens.lower
    if (
        phrase.name is not None
        or phrase.pronoun is not None
        or phrase.kind not in (SpeakerKind.PERSON, SpeakerKind.ANONYMOUS)
        or lower[d] != "who"
    ):
        return None
    m = next((m for m in range(d + 1, min(stop, d + _NAME_REACH)) if lower[m] == "name"), -1)
    if m < 0 or not any(lower[g] in _NAME_GIVING for g in range(d + 1, m)):
        return None
    j = m + 1
    while j < stop and lower[j] in (",", "as"):
        j += 1
    end = j
    while end < stop and end - j < 3 and tokens.text[end][0].isupper():
        end += 1
    if end == j:
        return None
    named = classify(tokens, j, end)
    if named is None or named.name is None or named.kind is SpeakerKind.ANONYMOUS:
        return None
    named.description = (phrase.first, phrase.last)
    return named


def _named_as(tokens: Tokens, i: int, k: int, hi: int) -> Phrase | None:
    """The name a participle at token ``k`` gives the role phrase from token ``i``: "the
    base chief known as Bob", "a man identified as John Kerr" (the role becomes the
    description)."""
    lower = tokens.lower
    text = tokens.text
    j = k + 1
    if j < hi and lower[j] in _REFLEXIVES:
        j += 1  # "a man calling himself Paul"
    if j < hi and lower[j] == "only":
        j += 1  # "known only as Jane"
    if j < hi and lower[j] == "as":
        j += 1
    end = j
    while end < hi and end - j < 4 and tokens.quote[end] < 0 and text[end][0].isupper():
        end += 1
    if end == j:
        return None
    named = classify(tokens, j, end)
    if named is None or named.name is None or named.kind is SpeakerKind.ANONYMOUS:
        return None
    named.description = (i, k)
    return named


def _named_in_apposition(
    tokens: Tokens, phrase: Phrase, d: int, stop: int, *, again: bool = True
) -> Phrase | None:
    """The person an appositive names after a role that names no one: "said her lawyer,
    Marie Henein", "said another witness, former adviser Fiona Hale" (the role becomes
    the description), or the company after a role a company may hold ("her publisher,
    Tamarack House"); with ``again``, after a second role too ("said the summit's
    president, Portugal's environment minister, João Mendes")."""
    outer = stop
    for m in range(d + 1, min(stop, d + 7)):
        if tokens.text[m] == ",":
            stop = m  # "said her lawyer, Marie Henein, who ...": the name up to its comma
            break
    if (
        phrase.name is not None
        or phrase.pronoun is not None
        or phrase.kind not in (SpeakerKind.PERSON, SpeakerKind.ANONYMOUS)
        or stop - d > 6
    ):
        return None
    end = stop
    while end > d and not tokens.text[end - 1][0].isalnum():
        end -= 1  # a closing comma or bracket
    if end <= d:
        return None
    named = classify(tokens, d, end)
    if (
        named is not None
        and named.kind is SpeakerKind.ORGANISATION
        and phrase.role in BODY_OR_PERSON_ROLES
        and all(tokens.text[m][:1].isupper() for m in range(d, end))
    ):
        return named  # "according to her publisher, Tamarack House": the company
    if (
        again
        and named is not None
        and named.name is None
        and named.pronoun is None
        and named.kind in (SpeakerKind.PERSON, SpeakerKind.ANONYMOUS)
        and stop < outer
        and tokens.text[stop] == ","
    ):
        second = _named_in_apposition(tokens, named, stop + 1, outer, again=False)
        if second is not None:
            second.description = (phrase.first, stop)
            return second
    if (
        named is None
        or named.kind is not SpeakerKind.PERSON
        or named.name is None
        or named.name[1] != end
        or named.description is not None
    ):
        return None
    named.description = (phrase.first, phrase.last)
    return named


#: The most tokens of a participle's description after a speaker named after the cue.
_DESCRIPTION_REACH = 40


def _described_by_participle(tokens: Tokens, i: int, k: int, hi: int) -> Phrase | None:
    """The speaker [i, k) whose participle at ``k`` describes them up to the end of the
    sentence: "said a mother waiting at the counter with her son, who had ..."."""
    stop = k
    hi = min(hi, k + _DESCRIPTION_REACH)  # bounded: a sentence of 100,000 words stays linear
    while stop < hi and tokens.quote[stop] < 0 and tokens.text[stop] not in (".", ";", "!", "?"):
        stop += 1
    head = classify(tokens, i, k)
    if head is None or head.pronoun is not None or stop <= k + 1:
        return None
    head.description = (k, stop)
    return head
