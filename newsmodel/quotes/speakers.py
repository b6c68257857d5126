"""Speaker phrases: the noun phrase that names who speaks, found next to a cue.

A small shallow grammar over tokens, read backwards from a cue ("Kenyan President William
Ruto said", "A senior Brazilian official told", "Maria Lopez, an economist ..., said") or
forwards after one ("said Daniel Mwangi, a political scientist ...", "according to the
communique"). It tells names from titles ("Kenyan President" / "William Ruto"), finds
appositive descriptions before or after the cue, and sorts the phrase into a speaker kind:
a person, an organisation, a group, a document or an anonymous source.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs
import regex

from newsmodel.model import SpeakerKind
from newsmodel.names import given_name
from newsmodel.quotes.cues import ADVERBS, AUXILIARIES, is_adverb
from newsmodel.quotes.lexicon import (
    CAPITAL_NOT_NAMES,
    CATENATIVE_VERBS,
    COMPANY_WORDS,
    COUNTRIES,
    CUE_FORMS,
    DOCUMENT_NOUNS,
    FEMALE_NAMES,
    FUNCTION_WORDS,
    GROUP_NOUNS,
    MALE_NAMES,
    NUMBER_WORDS,
    ORG_MARKERS,
    ORG_NOUNS,
    OUTLETS,
    PERSON_NOUNS,
    PLACE_MARKERS,
    PRONOUNS,
    TAKE_FORMS,
    TITLE_WORDS,
    CueClass,
    Pronoun,
    word_set,
)
from newsmodel.quotes.tokens import Tokens
from newsmodel.text.lexicon import PLACES, US_STATES

__all__ = [
    "AFFILIATION_RE",
    "COMPANY_ROLES",
    "DETERMINERS",
    "FINITE_WORDS",
    "FUNCTION_WORDS",
    "Phrase",
    "classify",
    "gender_of",
    "is_given_name",
    "month_surname",
    "name_split",
    "org_words",
    "phrase_after",
    "phrase_before",
]

#: Words that open a noun phrase ("the", "a", "both", "two" ...).
DETERMINERS = word_set(
    """the a an this these those both all two three four five six seven eight nine ten several
    some many most each every another other one no either neither"""
)
POSSESSIVES = frozenset(["his", "her", "their", "its", "our", "my", "your"])
SUBJECT_PRONOUNS = frozenset(["he", "she", "they", "it", "i", "we", "who", "which"])
QUANTIFIERS = word_set("many some most others both all few several none half")
#: Finite verbs and auxiliaries: a stretch holding one is a clause, not a noun phrase.
FINITE_WORDS = word_set(
    """is are was were will would could can should may might must has have had did does do
    shall am isn't aren't wasn't weren't won't wouldn't couldn't can't shouldn't hasn't
    haven't hadn't didn't doesn't don't isn’t aren’t wasn’t weren’t won’t wouldn’t couldn’t
    can’t shouldn’t hasn’t haven’t hadn’t didn’t doesn’t don’t"""
)
_INNER_PREPOSITIONS = frozenset({"of", "for", "at", "with", "from", "in", "on", "to", "close"})
_NAME_PARTICLES = word_set(
    """de da do dos das del della der den van von bin ibn al el le la du ter ten y"""
)
#: Participles that may follow the head of a speaker phrase with a prepositional phrase.
_POSTMODIFIERS = word_set(
    """involved briefed based knowledgeable speaking working close familiar tasked charged
    stationed employed engaged travelling traveling accompanying representing"""
)
#: Documents that speak without a determiner: "court records show", "according to
#: ship-tracking data".
_BARE_DOCUMENTS = word_set(
    """records documents data figures statistics estimates filings files reports polls surveys
    minutes transcripts"""
)
#: Words that name a government by its place: "the City of Regina", "Region of Peel".
_GOVERNMENT_HEADS = word_set(
    """city town village township municipality county region province state government
    district regional borough"""
)
#: Role nouns of companies: "Electronics maker Kurogane Denki" is an organisation, and
#: "the utility" stands for the last company-like organisation quoted.
COMPANY_ROLES = word_set(
    """company firm maker manufacturer automaker carmaker carrier airline retailer utility
    insurer lender operator developer producer supplier exporter importer conglomerate giant
    startup start-up chain brand brewer miner shipper shipbuilder distributor grocer
    telecom wholesaler club side publisher broadcaster"""
)
#: Documents that are the words of their author: "his remarks" are his.
_UTTERANCE_NOUNS = word_set(
    """remarks comments words message speech address testimony interview tweet tweets post
    posting email emails text note letter account"""
)
_OF_PERSON = frozenset({"for", "to", "of", "with"})
_CAPS_JOINERS = _NAME_PARTICLES | frozenset({"of", "&", "and", "(", ")"})
#: Members of parties, by the word for one: "one Republican said".
_PARTY_MEMBERS = word_set(
    """republican democrat conservative liberal tory new democrat labourite socialist
    libertarian independent progressive green"""
)
#: Participles that may follow a document with their agent or place.
_DOCUMENT_POSTMODIFIERS = word_set(
    """obtained seen reviewed released published filed prepared issued sent leaked posted
    written signed"""
)
#: Title words that are also common surnames, read as names after a given name.
_SURNAME_TITLES = word_set("dean judge king bishop marshal major pope prince cardinal")
_SUFFIXES = frozenset(
    {"Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV", "MP", "MPP", "MLA", "MSP", "MEP", "QC", "KC"}
)
_TIME_WORDS = word_set(
    """monday tuesday wednesday thursday friday saturday sunday today yesterday tonight morning
    afternoon evening night week month year weekend last this earlier later early late on in
    jan. feb. mar. apr. jun. jul. aug. sep. sept. oct. nov. dec. january february march
    april may june july august september october november december"""
)
_DOC_SPEAKER_NOUNS = DOCUMENT_NOUNS | frozenset({"words", "remarks", "comments", "message"})
_MAX_PHRASE = 16
#: Marks a result not yet in ``Tokens.memo`` (whose results may be None).
_MISSING = object()
_DASH_TOKENS = frozenset({"—", "–", "--", "-", "―"})
#: What a parenthesis after a politician's name holds: party and state.
AFFILIATION_RE = regex.compile(r"(?:[DRIL](?:-[\p{L}.]+)?|\p{Lu}\p{Ll}{1,4}\.|\p{Lu}\p{Ll}+)\Z")
_NO_SPEAKER_HEADS = word_set(
    """minutes hours days weeks months years times moments seconds decades minute hour day week
    month year time moment second decade"""
)
_ADJECTIVE_ADVERBS = frozenset({"first", "last", "then", "late", "next", "early", "only", "former"})
_NAME_BLOCKERS = frozenset({"of", "for", "at", "in", "from", "on", "to", "with", "by"})
_LEADING_JUNK = frozenset({"of", "and", "&", "’s", "'s"}) | _INNER_PREPOSITIONS
_TRAILING_JUNK = frozenset({"of", "and", "&", "the", "a", "an"}) | _INNER_PREPOSITIONS


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


def _np_word(tokens: Tokens, k: int) -> bool:
    """Whether token ``k`` can be a word of a noun phrase (not a function word)."""
    t = tokens.text[k]
    w = tokens.lower[k]
    if not (t[0].isalnum()):
        return False
    if t[0].isupper():
        return (
            t not in CAPITAL_NOT_NAMES or w in DETERMINERS or w in TITLE_WORDS or w in QUANTIFIERS
        )
    # an adverb is listed or ends in "-ly": test that before calling is_adverb
    return w not in FUNCTION_WORDS and (
        w in _ADJECTIVE_ADVERBS or not (w in ADVERBS or (w.endswith("ly") and is_adverb(w)))
    )


def _skip_back(tokens: Tokens, j: int, lo: int) -> int:
    """Step back over auxiliaries, adverbs and time words between a speaker and a cue."""
    lower = tokens.lower
    steps = 0
    while j >= lo and steps < 5 and tokens.text[j][0].islower():
        if (
            lower[j] in ("both", "all", "each")
            and j - 1 >= lo
            and (tokens.text[j - 1][0].isupper() or lower[j - 1].endswith("s"))
        ):
            j -= 1  # "Bolton and Gorka both denounced"
            steps += 1
            continue
        w = lower[j]
        if w in AUXILIARIES or is_adverb(w) or w in ("not", "n't", "n’t"):
            j -= 1
            steps += 1
            continue
        break
    # a time adjunct between subject and verb: "Otieno on Saturday said"
    k = j
    seen = 0
    while k >= lo and seen < 4 and (lower[k] in _TIME_WORDS or tokens.text[k][0].isdigit()):
        k -= 1
        seen += 1
    if (
        seen
        and k >= lo
        and k < j
        and (
            tokens.text[k][0].isupper()
            or lower[k] in SUBJECT_PRONOUNS
            or tokens.text[k] in (")", ",")
            or (  # "the order released Friday said"
                lower[k].endswith("ed")
                and k - 1 >= lo
                and (lower[k - 1] in DOCUMENT_NOUNS or lower[k - 1] in PERSON_NOUNS)
            )
        )
        and lower[k + 1] in _TIME_WORDS
    ):
        return k
    return j


def phrase_before(tokens: Tokens, cue: int, lo: int) -> Phrase | None:
    """The speaker phrase that ends just before token ``cue`` (not before token ``lo``);
    callers must not change the phrase returned (it is kept for later calls)."""
    key = ("before", cue, lo)
    cached = tokens.memo.get(key, _MISSING)
    if cached is not _MISSING:
        return cached  # type: ignore[return-value]
    found = _phrase_before(tokens, cue, lo)
    tokens.memo[key] = found
    return found


def _phrase_before(tokens: Tokens, cue: int, lo: int) -> Phrase | None:
    j = _skip_back(tokens, cue - 1, lo)
    if j < lo:
        return None
    lower = tokens.lower
    if j - 1 >= lo and lower[j] == "to" and tokens.quote[j - 1] < 0:
        if lower[j - 1] in CATENATIVE_VERBS:
            j = _skip_back(tokens, j - 2, lo)  # "Jones managed to ask"
        elif j - 3 >= lo and lower[j - 2] == "to" and lower[j - 3] in TAKE_FORMS:
            j = _skip_back(tokens, j - 4, lo)  # "Trump took to Twitter to accuse"
        if j < lo:
            return None
    if tokens.quote[j] >= 0:
        return None
    if tokens.text[j] == ",":
        return _appositive(tokens, j, lo)
    if tokens.text[j] in _DASH_TOKENS:
        return _dashed(tokens, j, lo)
    return _np_before(tokens, j + 1, lo)


def _dashed(tokens: Tokens, dash: int, lo: int) -> Phrase | None:
    """A speaker with a description between dashes: "X — who has long said so — said"."""
    text = tokens.text
    k = dash - 1
    while k >= lo and dash - k <= 40 and text[k] not in _DASH_TOKENS:
        if tokens.quote[k] >= 0:
            k = tokens.quote_range[tokens.quote[k]][0] - 1
            continue
        if text[k] in (".", ";"):
            return None
        k -= 1
    if k < lo or text[k] not in _DASH_TOKENS or k + 1 >= dash:
        return None
    phrase = _np_before(tokens, k, lo)
    if phrase is None or phrase.pronoun is not None:
        return phrase
    phrase.description = (k + 1, dash)
    return phrase


def _np_before(tokens: Tokens, end: int, lo: int, *, relative: bool = True) -> Phrase | None:
    """The noun phrase that ends at token ``end`` (exclusive), read backwards."""
    j = end - 1
    if j < lo or tokens.quote[j] >= 0:
        return None
    lower = tokens.lower
    text = tokens.text
    w = lower[j]
    if w in ("and", "or", "but", "&", "then", "nor"):
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
        ante = _np_before(tokens, j, lo, relative=False)  # "a message that said"
        if (ante is not None and ante.kind is not SpeakerKind.PERSON) or (
            ante is not None and ante.role is not None
        ):
            return Phrase(j, j + 1, ante.kind, antecedent=ante, definite=ante.definite)
        return None
    if w in SUBJECT_PRONOUNS:
        if w in ("who", "which"):
            if not relative:
                return None
            if j - 1 >= lo and text[j - 1] == ",":
                ante = _np_before(tokens, j - 1, lo, relative=False)  # "Smith, who said"
            else:
                ante = _np_before(tokens, j, lo, relative=False)  # "officials who said"
            if ante is None:
                return None
            return Phrase(j, j + 1, ante.kind, antecedent=ante, definite=ante.definite)
        return Phrase(j, j + 1, _pronoun_kind(w), pronoun=PRONOUNS[w])
    if (
        j - 2 >= lo
        and lower[j - 1] == "in"
        and _number(text[j])
        and _number(text[j - 2])
        and tokens.quote[j - 2] < 0
    ):
        return Phrase(j - 2, end, SpeakerKind.GROUP)  # "six in 10", "one in five"
    start = end
    k = j
    while k >= lo and end - k <= _MAX_PHRASE:
        if tokens.quote[k] >= 0:
            break
        t = text[k]
        w = lower[k]
        if t == ")":
            m = k - 1
            while m >= lo and m > k - 8 and text[m] != "(" and tokens.quote[m] < 0:
                m -= 1
            if (
                m >= lo
                and text[m] == "("
                and m - 1 >= lo
                and text[m - 1][0].isupper()
                and _affiliation(tokens, m, k)
            ):
                start = m
                k = m - 1
                continue
            break
        if w in ("’s", "'s") or (
            w in ("’", "'")
            and k - 1 >= lo
            and lower[k - 1].endswith("s")
            and tokens.end[k - 1] == tokens.start[k]
        ):
            if k - 1 >= lo and _np_word(tokens, k - 1):
                start = k
                k -= 1
                continue
            break
        if w in DETERMINERS or w in POSSESSIVES:
            if (
                t[0].isupper()
                and t in CAPITAL_NOT_NAMES
                and w not in DETERMINERS
                and w not in POSSESSIVES
            ):
                break
            start = k
            if (
                k - 2 >= lo
                and lower[k - 1] in _INNER_PREPOSITIONS
                and (
                    _takes_pp(lower[k - 2])
                    or (lower[k - 1] == "of" and text[k - 2][0].isupper())
                    or (
                        k - 3 >= lo
                        and text[k - 2][0].islower()
                        and lower[k - 2] not in FUNCTION_WORDS
                        and lower[k - 3] in ("a", "an", "the")
                    )
                )
                and tokens.quote[k - 1] < 0
                and w in ("the", "a", "an")
            ):
                k -= 1  # "a letter to his supporters": the phrase goes on
                continue
            if (
                k - 3 >= lo
                and lower[k - 1] in _INNER_PREPOSITIONS
                and (lower[k - 2] in _POSTMODIFIERS)
                and _takes_pp(lower[k - 3])
                and tokens.quote[k - 2] < 0
                and w in ("the", "a", "an", "his", "her", "their", "its")
            ):
                k -= 3  # "a diplomat travelling with the delegation"
                continue
            # "the two presidents", "all the"
            while (
                start - 1 >= lo
                and lower[start - 1] in ("the", "all", "both")
                and tokens.quote[start - 1] < 0
            ):
                start -= 1
            break
        if w in ("of", "and", "&"):
            if k - 1 >= lo and (_np_word(tokens, k - 1) or lower[k - 1] in ("’s", "'s")):
                k -= 1
                continue
            break
        if w in _INNER_PREPOSITIONS:
            prev = lower[k - 1] if k - 1 >= lo else ""
            if (
                prev in _POSTMODIFIERS
                and k - 2 >= lo
                and _takes_pp(lower[k - 2])
                and tokens.quote[k - 2] < 0
            ):
                k -= 2  # "another intelligence source speaking to Fox News"
                continue
            if _takes_pp(prev) or (
                k - 2 >= lo
                and text[k - 1][0].islower()
                and prev not in FUNCTION_WORDS
                and lower[k - 2] in ("a", "an", "the")
            ):
                k -= 1  # "a narrator in the ad"
                continue
            if (
                w in ("of", "for")
                and k - 1 >= lo
                and k + 1 < end
                and text[k - 1][0].isupper()
                and text[k + 1][0].isupper()
                and tokens.quote[k - 1] < 0
                and _has_marker(tokens, k - 1, k)
            ):
                k -= 1  # "the Center for Nonproliferation Studies", "Bank of Montreal"
                continue
            break
        if _np_word(tokens, k):
            start = k
            k -= 1
            continue
        break
    while start < end and lower[start] in _LEADING_JUNK:
        start += 1
    if start >= end:
        return None
    return classify(tokens, start, end)


def _comma_back(tokens: Tokens, k: int, lo: int, least: int) -> int:
    """The comma at or before token ``k`` that ends a walk back no further than the token
    before ``least`` (nor before ``lo``), or -1 when a quotation or the end of a clause
    (".", ";", ":", a dash) comes first."""
    text = tokens.text
    while k >= lo and k >= least and text[k] != "," and tokens.quote[k] < 0:
        if text[k] in _CLAUSE_ENDS:
            return -1
        k -= 1
    return k if k >= lo and text[k] == "," else -1


_CLAUSE_ENDS = frozenset({".", ";", ":", "—", "–"})


def _appositive(tokens: Tokens, comma: int, lo: int) -> Phrase | None:
    """A speaker written with an appositive: "X, DESCRIPTION, said" or "DESC, X, said"."""
    text = tokens.text
    lower = tokens.lower
    k = comma - 1
    while k >= lo and comma - k <= 40 and (text[k] != "," or _place_comma(tokens, k, comma)):
        if tokens.quote[k] >= 0:
            k = tokens.quote_range[tokens.quote[k]][0] - 1  # a title inside: "of “Going Viral,”"
            continue
        if text[k] in _CLAUSE_ENDS:
            return None
        k -= 1
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
        j = _comma_back(tokens, k - 1, lo, k - 4)
        if j < 0:
            break
        # the item before the comma: walk back to the comma that opens the description
        m = _comma_back(tokens, j - 1, lo, comma - 40)
        if m < 0:
            break
        k = m
        lists += 1
    if k < lo or text[k] != ",":
        # "Sen. Jack Reed (D-R.I.), said": a stray comma after the subject
        phrase = _np_before(tokens, comma, lo)
        if (
            phrase is not None
            and (phrase.name is not None or phrase.kind is SpeakerKind.GROUP)
            and (phrase.first == lo or text[phrase.first - 1] in (",", ":", ";"))
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
    before = _np_before(tokens, k, lo)
    if (
        before is None
        and k - 1 >= lo
        and text[k - 1][0].isdigit()
        and k - 2 >= lo
        and text[k - 2] == ","
    ):
        # "Jimmy Ghazal, 39, a Lebanese man ..., told": an age before the description
        before = _np_before(tokens, k - 2, lo)
    name_first = mid_first + 1 if lower[mid_first] == "the" else mid_first
    middle_is_name = name_first < mid_last and _is_name_run(tokens, name_first, mid_last)
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
                and (name_first > mid_first or before.kind is SpeakerKind.ORGANISATION)
            )
        ):
            phrase.description = (before.first, before.last)
            return phrase
    if before is None:
        return None
    if before.pronoun is not None and before.pronoun.hint == "relative":
        return None
    if mid_last - mid_first == 1 and is_adverb(head_word):
        return before  # ", meanwhile," / ", however,": no description
    if (
        head_word in ("who", "whose", "which")
        or head_word in DETERMINERS
        or head_word
        in (
            "an",
            "now",
            "then",
            "formerly",
            "once",
        )
        or lower[mid_first][0].isdigit()
        or _starts_description(tokens, mid_first, mid_last)
    ):
        before.description = (mid_first, mid_last)
        return before
    # a parenthetical: ", in their communique," / ", however," / ", speaking in Nairobi,"
    return before


def _place_comma(tokens: Tokens, k: int, comma: int) -> bool:
    """Whether the comma at ``k`` sits inside a place ("in Columbus, Ohio, said"): a
    capitalised word before it, a state, province or country alone after it."""
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
        )
    )


def _starts_description(tokens: Tokens, first: int, last: int) -> bool:
    w = tokens.lower[first]
    return (
        w in PERSON_NOUNS
        or w in TITLE_WORDS
        or w.endswith("ing")
        or (w not in FUNCTION_WORDS and not tokens.text[first][0].isupper())
    )


def _is_name_run(tokens: Tokens, first: int, last: int) -> bool:
    if last - first > 6:
        return False
    text = tokens.text
    for k in range(first, last):
        t = text[k]
        if not (t[0].isupper() or tokens.lower[k] in _NAME_PARTICLES or t in ("(", ")", "-")):
            return False
    return text[last - 1][0].isupper() and text[first] not in CAPITAL_NOT_NAMES


def _affiliation(tokens: Tokens, open_paren: int, close_paren: int) -> bool:
    """Whether a parenthesis after a name holds a party or place: "(D-N.Y.)", "(R)",
    "(Ky.)" (not an agency such as "(CNN)")."""
    inner = "".join(tokens.text[open_paren + 1 : close_paren])
    return AFFILIATION_RE.match(inner) is not None


def _title_like(w: str) -> bool:
    """Whether a lower-case word can end a title before a name ("Obama adviser")."""
    if w in TITLE_WORDS or w in PERSON_NOUNS or w in ORG_NOUNS or w in GROUP_NOUNS:
        return True
    form = CUE_FORMS.get(w)
    return not w.endswith(("ed", "ing")) and (form is None or form.cls is CueClass.STANCE)


def _number(t: str) -> bool:
    """Whether a token is a number, in digits or words up to ten."""
    return t[0].isdigit() or t.lower() in NUMBER_WORDS


def _takes_pp(w: str) -> bool:
    """Whether a head noun takes a prepositional phrase inside a speaker phrase: "a
    spokesman for the ministry", "people familiar with the talks", "a letter to donors"."""
    return (
        w in PERSON_NOUNS
        or w[:-1] in PERSON_NOUNS
        or w in GROUP_NOUNS
        or w in DOCUMENT_NOUNS
        or w in ("familiar", "close", "email")
    )


def _pronoun_kind(w: str) -> SpeakerKind:
    p = PRONOUNS[w]
    if p.hint == "group":
        return SpeakerKind.GROUP
    if p.hint == "organisation":
        return SpeakerKind.ORGANISATION
    return SpeakerKind.PERSON


def phrase_after(tokens: Tokens, i: int, hi: int) -> Phrase | None:
    """The speaker phrase that starts at token ``i`` (before token ``hi``), with an
    appositive description after a comma: "said Daniel Mwangi, a political scientist"."""
    if i >= hi or tokens.quote[i] >= 0:
        return None
    lower = tokens.lower
    text = tokens.text
    w = lower[i]
    if w in SUBJECT_PRONOUNS and w not in ("who", "which"):
        return Phrase(i, i + 1, _pronoun_kind(w), pronoun=PRONOUNS[w])
    k = i
    seen_head = False
    in_name = False
    while k < hi and k - i < _MAX_PHRASE and tokens.quote[k] < 0:
        t = text[k]
        w = lower[k]
        if k == i and (w in DETERMINERS or w in POSSESSIVES):
            k += 1
            if k < hi and lower[k] == "the" and w in ("all", "both"):
                k += 1
            continue
        if t == "(":
            m = k + 1
            while m < hi and m < k + 8 and text[m] != ")" and tokens.quote[m] < 0:
                m += 1
            if m < hi and text[m] == ")" and in_name and _affiliation(tokens, k, m):
                k = m + 1
                continue
            break
        if w in ("’s", "'s"):
            k += 1
            in_name = False
            continue
        if w == "of" or (w in ("and", "&") and in_name and k + 1 < hi and text[k + 1][0].isupper()):
            if k + 1 < hi and (_np_word(tokens, k + 1) or lower[k + 1] in DETERMINERS):
                k += 1
                if lower[k] in DETERMINERS:
                    k += 1
                continue
            break
        if w in _INNER_PREPOSITIONS and k > i and _takes_pp(lower[k - 1]):
            k += 1
            if k < hi and lower[k] in DETERMINERS:
                k += 1
            continue
        if t[0].isupper() or (
            in_name and t[0].isdigit() and k + 1 < hi and text[k + 1][0].isupper()
        ):
            if (
                t in CAPITAL_NOT_NAMES
                and w not in DETERMINERS
                and w not in TITLE_WORDS
                and not month_surname(tokens, k)
            ):
                if not (k > i and lower[k - 1] in DETERMINERS and w in _TIME_WORDS):
                    break
                k += 1  # "a Wednesday editorial"
                continue
            in_name = True
            seen_head = True
            k += 1
            continue
        if in_name:
            if w in _NAME_PARTICLES and k + 1 < hi and text[k + 1][0].isupper():
                k += 1
                continue
            if (
                w in _POSTMODIFIERS
                and k + 1 < hi
                and lower[k + 1] in _INNER_PREPOSITIONS
                and lower[i] in DETERMINERS
                and lower[k - 1].rstrip("s") in _PARTY_MEMBERS
            ):
                k += 2  # "one Republican involved in the planning"
                if k < hi and (lower[k] in DETERMINERS or lower[k] in POSSESSIVES):
                    k += 1
                in_name = seen_head = False
                continue
            # "Obama adviser David Axelrod", "party boss Reince Priebus", "Time magazine"
            j = k
            while j < hi and j - k < 3 and text[j][0].islower() and _np_word(tokens, j):
                j += 1
            if (
                j > k
                and j < hi
                and text[j][0].isupper()
                and text[j] not in CAPITAL_NOT_NAMES
                and _title_like(lower[j - 1])
            ):
                k = j
                continue
            if w in ORG_NOUNS or w in DOCUMENT_NOUNS or w in PERSON_NOUNS or w in TITLE_WORDS:
                k += 1
                in_name = False
                continue
            if j > k and (j >= hi or not text[j][0].isalnum()) and _title_like(lower[j - 1]):
                k = j  # "the New York delegation", "the Trump campaign"
                break
            if (
                j > k
                and lower[i] in DETERMINERS
                and (lower[j - 1] in PERSON_NOUNS or lower[j - 1] in GROUP_NOUNS)
                and j < hi
                and lower[j] in _INNER_PREPOSITIONS
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
        if seen_head and w.endswith(("ing", "ed")):
            if (
                w in _POSTMODIFIERS
                and k + 1 < hi
                and lower[k + 1] in _INNER_PREPOSITIONS
                and (
                    lower[k - 1] in PERSON_NOUNS
                    or lower[k - 1] in GROUP_NOUNS
                    or lower[k - 1].rstrip("s") in _PARTY_MEMBERS
                )
            ) or (
                w in _DOCUMENT_POSTMODIFIERS
                and k + 1 < hi
                and lower[k + 1] in ("by", "in", "on", "at", "to", "from", "with")
                and lower[k - 1] in DOCUMENT_NOUNS
            ):  # "a memo obtained by The Globe and Mail", "documents filed in court"
                k += 2  # "a source involved in the talks", "officials briefed on the plan"
                if k < hi and (lower[k] in DETERMINERS or lower[k] in POSSESSIVES):
                    k += 1
                seen_head = False
                continue
            break
        if _np_word(tokens, k):
            if w in PERSON_NOUNS or w in GROUP_NOUNS or w in DOCUMENT_NOUNS or w in ORG_NOUNS:
                seen_head = True
            k += 1
            continue
        break
    end = k
    while end > i and lower[end - 1] in _TRAILING_JUNK:
        end -= 1
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
                if (
                    text[stop] == ","
                    and stop + 1 < hi
                    and lower[stop + 1]
                    in (
                        "adding",
                        "saying",
                        "noting",
                        "according",
                        "but",
                        "and",
                        "in",
                        "on",
                        "at",
                        "during",
                        "after",
                        "before",
                        "when",
                        "while",
                        "as",
                        "told",
                        "said",
                    )
                ):
                    break
                stop += 1
            clause = dw not in ("who", "whose", "which") and any(
                lower[m] in FINITE_WORDS for m in range(d, stop)
            )
            if stop > d and not clause:
                phrase.description = (d, stop)
    return phrase


#: Months that are surnames after a given name ("Elizabeth May", "Theresa May").
_MONTH_SURNAMES = frozenset(["May", "June", "April", "August"])


def month_surname(tokens: Tokens, k: int) -> bool:
    """Whether token ``k`` is a month used as a surname: after a common given name and
    before no number ("Elizabeth May has said", not "on May 5")."""
    text = tokens.text
    return (
        text[k] in _MONTH_SURNAMES
        and k > 0
        and is_given_name(text[k - 1])
        and not (k + 1 < len(text) and text[k + 1][:1].isdigit())
    )


#: The end of a word that says where a company is based ("Calgary-based Suncor Energy"):
#: no part of its name.
_BASED = ("-based", "-headquartered")


def name_split(tokens: Tokens, first: int, last: int) -> tuple[int, int] | None:
    """The proper name at the end of tokens [first, last), without its title: the name
    range, or None when the phrase ends in no name ("Kenyan President William Ruto" gives
    the range of "William Ruto")."""
    text = tokens.text
    lower = tokens.lower
    if last - first == 1:
        # one word (most runs of capitals): a name unless a title, suffix or particle;
        # what the general case below gives, without its loops
        t = text[first]
        w = lower[first]
        if (
            t[0].isupper()
            and t not in _SUFFIXES
            and w not in TITLE_WORDS
            and (t not in CAPITAL_NOT_NAMES or month_surname(tokens, first))
            and w not in _NAME_PARTICLES
        ):
            return first, last
        return None
    end = last
    if end > first and text[end - 1] == ")":
        m = end - 1
        while m > first and text[m] != "(":
            m -= 1
        if text[m] == "(":
            end = m
    while end > first and text[end - 1] in _SUFFIXES:
        end -= 1
    if end <= first or not text[end - 1][0].isupper():
        return None
    k = end - 1
    if (
        k - 1 >= first
        and lower[k] in TITLE_WORDS
        and text[k - 1][0].isupper()
        and lower[k - 1] not in TITLE_WORDS
        and text[k - 1] not in CAPITAL_NOT_NAMES
        and (
            lower[k] in _SURNAME_TITLES or text[k - 1] in FEMALE_NAMES or text[k - 1] in MALE_NAMES
        )
    ):
        k -= 1  # a surname that is also a title: "Howard Dean", "Mary Judge"
    while k >= first:
        t = text[k]
        w = lower[k]
        if (
            t[0].isupper()
            and w not in TITLE_WORDS
            and (t not in CAPITAL_NOT_NAMES or month_surname(tokens, k))
            and not w.endswith(_BASED)
        ):
            k -= 1
            continue
        if (
            w in _SURNAME_TITLES
            and (t in MALE_NAMES or t in FEMALE_NAMES)
            and k + 1 < end
            and text[k + 1] not in MALE_NAMES
            and text[k + 1] not in FEMALE_NAMES
            and (k == first or not text[k - 1][0].isupper() or lower[k - 1] in TITLE_WORDS)
        ):
            k -= 1  # "Dean Baker": a given name that is also a title
            continue
        if w in _NAME_PARTICLES and k > first and text[k - 1][0].isupper() and k + 1 < end:
            k -= 1
            continue
        break
    start = k + 1
    if start >= end:
        return None
    # "Secretary of State John Kerry": the name starts at a known given name
    for m in range(start, end - 1):
        if text[m] in FEMALE_NAMES or text[m] in MALE_NAMES:
            if m > start:
                start = m
            break
    else:
        if start > first and lower[start - 1] in _NAME_BLOCKERS:
            # "the energy minister of Kenya": a place, not a name
            if end - start < 3:
                return None
            start = end - 2
    while start < end and lower[start] in _NAME_PARTICLES:
        start += 1
    return (start, end) if start < end else None


def _coordinated_title(tokens: Tokens, first: int, conj: int, last: int) -> bool:
    """Whether the "and" at token ``conj`` joins the parts of one title before one name:
    "Mental Health and Addictions Minister Siobhan O'Neill", "Deputy Prime Minister and
    Finance Minister Jane Doe" (not "President Obama and Secretary Clinton")."""
    name = name_split(tokens, conj + 1, last)
    if name is None or name[0] == conj + 1:
        return False
    lower = tokens.lower
    if not any(lower[k] in TITLE_WORDS for k in range(conj + 1, name[0])):
        return False  # no title before the name on the right
    left = [k for k in range(first, conj) if tokens.text[k][0].isalpha()]
    if not left or not all(tokens.text[k][0].isupper() for k in left):
        return False
    if lower[conj - 1] in TITLE_WORDS:
        return True  # "Deputy Prime Minister and ..."
    # "Mental Health and ...": no title, and more than one word (not "Trump and ...")
    return len(left) >= 2 and not any(lower[k] in TITLE_WORDS for k in left)


def _has_marker(tokens: Tokens, first: int, last: int) -> bool:
    return org_words(tokens.text[first:last], tokens.lower[first:last])


#: Roman numerals, which follow a name in capitals ("Henry Ford II").
_ROMAN_NUMERALS = frozenset(["II", "III", "IV", "VI", "VII", "VIII", "IX", "XI", "XII"])


def _acronym(word: str) -> bool:
    """Whether a word is an acronym ("BC", "UFCW"), not a roman numeral."""
    return len(word) >= 2 and word.isupper() and word.isalpha() and word not in _ROMAN_NUMERALS


def org_words(words: Sequence[str], lowered: Sequence[str]) -> bool:
    """Whether the words of a capitalised name make it an organisation's (or a place's):
    an organisation word ("Ministry", "Network"), a company word at its end ("Suncor
    Energy"), an outlet's name, an acronym ("BC Hydro", "UFCW Local 832"), or a
    country, province or place as its last word ("Environment Canada")."""
    if not ORG_MARKERS.isdisjoint(lowered) or not OUTLETS.isdisjoint(words):
        return True
    if len(words) > 1 and lowered[-1] in COMPANY_WORDS:
        return True
    if any(_acronym(w) for w in words):
        return True
    last = words[-1] if words else ""
    return len(words) > 1 and (
        last in COUNTRIES or lowered[-1] in PLACES or lowered[-1] in US_STATES
    )


def _quantity(tokens: Tokens, first: int, last: int) -> bool:
    """Whether tokens [first, last) are a number or an amount, not people: "32", "2015",
    "$30", "30 cents" (but "30 workers", "40%" of those polled, "six in 10", and names
    after an age: "19-year-old Simpson")."""
    text = tokens.text
    if not (text[first][:1].isdigit() or text[first] in _CURRENCY):
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
    )


#: Currency signs that open an amount.
_CURRENCY = frozenset(["$", "£", "€", "¥", "C$", "US$"])


def classify(tokens: Tokens, first: int, last: int) -> Phrase | None:
    """Sort the noun phrase in tokens [first, last) into a speaker kind, or None when it
    names nobody who could speak."""
    text = tokens.text
    lower = tokens.lower
    w0 = lower[first]
    if _quantity(tokens, first, last):
        return None  # "32" (an age), "2015", "30 cents": nobody
    if last - first == 1 and w0 in SUBJECT_PRONOUNS:
        return Phrase(first, last, _pronoun_kind(w0), pronoun=PRONOUNS[w0])
    if last - first == 1 and w0 in QUANTIFIERS:
        return Phrase(first, last, SpeakerKind.GROUP)
    if last - first == 1 and w0 in ("another", "one", "someone", "somebody"):
        return Phrase(first, last, SpeakerKind.ANONYMOUS)
    if w0 in POSSESSIVES and last - first >= 2:
        head = lower[last - 1]
        if head in DOCUMENT_NOUNS and head not in _UTTERANCE_NOUNS:
            # "their joint statement", "its annual report": the document speaks
            return Phrase(first, last, SpeakerKind.DOCUMENT, role=head, definite=True)
        if head in _DOC_SPEAKER_NOUNS and w0 in PRONOUNS:
            return Phrase(first, last, _pronoun_kind(w0), pronoun=PRONOUNS[w0])
        if head in ORG_NOUNS:
            return Phrase(first, last, SpeakerKind.ORGANISATION, role=head, definite=True)
        if head in PERSON_NOUNS or head in TITLE_WORDS:
            return Phrase(first, last, SpeakerKind.PERSON, role=head, definite=True)
        if head in GROUP_NOUNS:
            return Phrase(first, last, SpeakerKind.GROUP, role=head, definite=True)
        if head.isalpha() and not head.endswith(("ing", "ed")):
            return Phrase(first, last, SpeakerKind.PERSON, role=head, definite=True)
        return None
    # coordination: "France and Germany", "Both Otieno and Ferreira" (but not the
    # organisation "Health and Human Services" or "Procter & Gamble")
    words = lower[first:last]
    org_name = lower[last - 1] in ORG_MARKERS or "&" in words
    # without "&" in the phrase, only an "and" can coordinate
    for k in range(first + 1, last - 1) if not org_name and "and" in words else ():
        if lower[k] in ("and", "&"):
            left_ok = (
                text[k - 1][0].isupper()
                or lower[k - 1] in GROUP_NOUNS
                or lower[k - 1] in PERSON_NOUNS
            )
            right_ok = text[k + 1][0].isupper() or lower[k + 1] in DETERMINERS
            if left_ok and right_ok and not _coordinated_title(tokens, first, k, last):
                return Phrase(first, last, SpeakerKind.GROUP, definite=True)
    # possessive: "Brazil’s Foreign Ministry", "Kasich’s chief strategist John Weaver"
    poss = -1
    for k in range(last - 1, first, -1) if "’s" in words or "'s" in words else ():
        if lower[k] in ("’s", "'s"):
            poss = k
            break
    det = w0 in DETERMINERS
    body_first = first + 1 if det else first
    if poss >= 0:
        body_first = poss + 1
        if body_first >= last:
            return None
    if last - body_first == 1 and text[body_first][0].isupper():
        w = lower[body_first]
        if w in GROUP_NOUNS and (w.endswith("s") or w not in PERSON_NOUNS or w == "police"):
            return Phrase(first, last, SpeakerKind.GROUP, role=w, definite=det)
        if (w in DOCUMENT_NOUNS or (w in PERSON_NOUNS and w not in TITLE_WORDS)) and not det:
            return None
        if text[body_first].endswith("s") and text[body_first][:-1] in COUNTRIES:
            return Phrase(first, last, SpeakerKind.GROUP, definite=True)  # "Canadians"
        member = text[body_first].rstrip("s")
        if det and (member in COUNTRIES or w.rstrip("s") in _PARTY_MEMBERS):
            # "one Republican", "a Democrat", "two Liberals", "an American"
            if w0 in ("a", "an", "one", "another"):
                return Phrase(first, last, SpeakerKind.ANONYMOUS, role=w)
            return Phrase(first, last, SpeakerKind.GROUP, role=w, definite=w0 != "some")
    if (
        last - body_first >= 3
        and lower[body_first] in _GOVERNMENT_HEADS
        and lower[body_first + 1] == "of"
        and text[body_first + 2][0].isupper()
    ):
        return Phrase(first, last, SpeakerKind.ORGANISATION, definite=True)  # City of Regina
    core_last = last
    blockers = not _NAME_BLOCKERS.isdisjoint(lower[body_first + 1 : last - 1])
    for k in range(body_first + 1, last - 1) if blockers else ():
        if (
            lower[k] in _NAME_BLOCKERS
            and text[k - 1][0].isupper()
            and not _has_marker(tokens, body_first, k)
        ):
            core_last = k
            break
    if core_last - body_first == 1 and core_last < last and lower[body_first] in GROUP_NOUNS:
        return Phrase(first, last, SpeakerKind.GROUP, role=lower[body_first], definite=True)
    if core_last < last:
        name = name_split(tokens, body_first, core_last)
        if name is not None and not _has_marker(tokens, body_first, core_last):
            # "Joel Pollak of Breitbart", not "University of Toronto"
            title = (first, name[0]) if name[0] > first else None
            return Phrase(first, last, SpeakerKind.PERSON, name=name, title=title, definite=True)
    name = name_split(tokens, body_first, last)
    if name is not None:
        for k in range(body_first + 1, name[0]):
            if lower[k] in _OF_PERSON and text[k - 1][0].islower() and lower[k - 1] in PERSON_NOUNS:
                # "a spokesperson for Health Minister Colin Tremblay": the spokesperson
                role = lower[k - 1]
                if w0 in ("a", "an", "one", "another"):
                    return Phrase(first, last, SpeakerKind.ANONYMOUS, role=role)
                return Phrase(first, last, SpeakerKind.PERSON, role=role, definite=True)
    head_k = _head(tokens, body_first, last)
    head = lower[head_k] if head_k >= 0 else ""
    if name is not None:
        all_caps = True
        for k in range(body_first, last):
            if not (text[k][0].isupper() or lower[k] in _CAPS_JOINERS):
                all_caps = False
                break
        titled = name[0] > body_first
        # a known given name makes a person of "Helen Park", "Grace Hall"
        given = is_given_name(text[name[0]]) and lower[name[1] - 1] not in ORG_MARKERS
        marker = not given and _has_marker(tokens, name[0], name[1])
        if marker or (
            all_caps
            and not given
            and _has_marker(tokens, body_first, last)
            and (
                not titled or lower[name[0] - 1] in _NAME_BLOCKERS or lower[last - 1] in ORG_MARKERS
            )
        ):
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
            if det or poss >= 0:
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
        title = (first, name[0]) if name[0] > first else None
        return Phrase(first, last, SpeakerKind.PERSON, name=name, title=title, definite=True)
    if head_k < 0 or head in _NO_SPEAKER_HEADS:
        return None
    if text[head_k][0].isupper() and head in ORG_MARKERS and text[body_first][0].isupper():
        # "the Alzheimer’s Society of Denmark", "the Supreme Court of Canada"
        return Phrase(first, last, SpeakerKind.ORGANISATION, definite=True)
    indefinite = w0 in ("a", "an", "one", "another")
    if (
        w0 in ("a", "an", "another", "one", "this", "that")
        and head_k > first + 1
        and head.endswith("s")
        and head in GROUP_NOUNS
        and text[head_k - 1][0].islower()
        and lower[head_k - 1] not in GROUP_NOUNS
    ):
        # "a plan critics call": the object of a relative clause, then its subject
        return classify(tokens, head_k, last)
    if head.endswith("s") and head[:-1] in PERSON_NOUNS:
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
    if (
        (head in ORG_NOUNS or head in COMPANY_ROLES)
        and (det or poss >= 0 or text[first][0].isupper())
        and head not in GROUP_NOUNS
    ):
        return Phrase(first, last, SpeakerKind.ORGANISATION, role=head, definite=not indefinite)
    if head in GROUP_NOUNS or (
        head.endswith("s")
        and not head.endswith("ss")
        and (det or text[first][0].isupper() or lower[first] in GROUP_NOUNS or head in GROUP_NOUNS)
    ):
        if head in PERSON_NOUNS and not head.endswith("s"):
            pass
        else:
            return Phrase(first, last, SpeakerKind.GROUP, role=head, definite=not indefinite)
    if head in PERSON_NOUNS or head in TITLE_WORDS:
        if indefinite:
            return Phrase(first, last, SpeakerKind.ANONYMOUS, role=head)
        if det or poss >= 0 or text[first][0].isupper() or lower[first] in _ADJECTIVE_ADVERBS:
            return Phrase(first, last, SpeakerKind.PERSON, role=head, definite=True)
        return None
    if w0 in QUANTIFIERS and last - first == 1:
        return Phrase(first, last, SpeakerKind.GROUP)
    if head in ("percent", "%") or (
        text[first][0].isdigit() and (head.endswith(("s", "%")) or head.isdigit())
    ):
        return Phrase(first, last, SpeakerKind.GROUP)
    if det:
        if indefinite:
            return Phrase(first, last, SpeakerKind.ANONYMOUS, role=head)
        if (
            w0 in ("the", "this", "that")
            and head.replace("-", "").isalnum()
            and not head.endswith("ed")
            and head not in _TIME_WORDS
        ):
            return Phrase(first, last, SpeakerKind.PERSON, role=head, definite=True)
        return None
    if poss >= 0 and head.isalpha() and not head.endswith(("ing", "ed")) and head_k == last - 1:
        # "Doyle’s agent", "the mayor's spokesperson": someone's someone
        return Phrase(first, last, SpeakerKind.PERSON, role=head, definite=True)
    return None


def _head(tokens: Tokens, first: int, last: int) -> int:
    """The head noun of a common noun phrase: the last noun before an inner preposition."""
    lower = tokens.lower
    head = -1
    for k in range(first, last):
        w = lower[k]
        if w in _INNER_PREPOSITIONS and head >= 0:
            break
        if w in ("and", "&"):
            continue
        if tokens.text[k][0].isalnum():
            head = k
    # prefer the last listed noun: "the communique released" -> "communique"
    for k in range(head, first - 1, -1):
        w = lower[k]
        if w in PERSON_NOUNS or w in GROUP_NOUNS or w in DOCUMENT_NOUNS or w in ORG_NOUNS:
            return k
        if k < head - 2:
            break
    return head


#: A given name counted this often in the name table (:func:`newsmodel.names.given_name`)
#: is a common one: a capitalised word that opens a person's name ("Kody Cook"), and not
#: a word that a few people bear as a name ("Kansas", "Cisco", "Canada").
COMMON_GIVEN_COUNT = 5000
#: A given name counted this often whose bearers are this much one gender (as a share of
#: women, or of men) suggests which pronoun refers to them, for resolution only.
GENDER_HINT_COUNT = 500
GENDER_HINT_SHARE = 0.8


def is_given_name(word: str) -> bool:
    """Whether a capitalised word is a common given name: one of the engine's list, or one
    the name table counts often."""
    if word in FEMALE_NAMES or word in MALE_NAMES:
        return True
    found = given_name(word) if word[:1].isupper() and not word.isupper() else None
    return found is not None and found.count >= COMMON_GIVEN_COUNT


def gender_of(first_name: str) -> str | None:
    """ "f" or "m" for a given name we know (the engine's list, else the name table when
    most of its bearers are of one gender), else None."""
    if first_name in FEMALE_NAMES:
        return "f"
    if first_name in MALE_NAMES:
        return "m"
    found = given_name(first_name) if first_name[:1].isupper() else None
    if found is None or found.count < GENDER_HINT_COUNT:
        return None
    if found.female >= GENDER_HINT_SHARE:
        return "f"
    if found.female <= 1 - GENDER_HINT_SHARE:
        return "m"
    return None
