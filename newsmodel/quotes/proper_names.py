"""Proper names in speaker phrases: where a name starts and ends, and what it names.

It knows the shape of a person's name in the tokens: the name at the end of a phrase
without its title ("Kenyan President William Ruto" ends in "William Ruto"), with particles
("de", "van"), suffixes ("Jr.", "MP") and a month as a surname ("Theresa May"); the words
that can end a title before a name ("Obama adviser David Axelrod"); a politician's party
and state in brackets after the name ("(D-N.Y.)"); which given names are common and the
gender they suggest (the engine's list, then the name table of :mod:`newsmodel.names`);
and which words make a capitalised name an organisation's or a place's ("Ministry",
"Suncor Energy", "BC Hydro", "Environment Canada").
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Sequence

import regex

from newsmodel.names import HONORIFICS, given_name
from newsmodel.quotes.lexicon import (
    CAPITAL_NOT_NAMES,
    COMPANIES,
    COMPANY_WORDS,
    COUNTRIES,
    CUE_FORMS,
    FEMALE_NAMES,
    GROUP_NOUNS,
    MALE_NAMES,
    ORG_MARKERS,
    ORG_NOUNS,
    OUTLETS,
    PERSON_NOUNS,
    PLACE_HEADS,
    ROLE_SYNONYMS,
    TITLE_WORDS,
    CueClass,
    FormKind,
    word_list,
)
from newsmodel.quotes.person_words import AGENT_ENDINGS, names_someone
from newsmodel.quotes.tokens import Tokens, indexed
from newsmodel.text.lexicon import DEMONYMS, PLACES, US_STATES

__all__ = [
    "BASED",
    "COMMON_GIVEN_COUNT",
    "COUNTRY_GIVEN_COUNT",
    "COUNTRY_STEM_LEAST",
    "GENDER_HINT_COUNT",
    "GENDER_HINT_SHARE",
    "NAME_BLOCKERS",
    "NAME_PARTICLES",
    "NOT_GIVEN",
    "PARTY_WORDS",
    "SURNAME_WORDS",
    "acronym_after",
    "bracketed_acronyms",
    "capitalised_elsewhere",
    "country_named",
    "country_stem",
    "gender_of",
    "has_marker",
    "inner_against",
    "is_given_name",
    "is_name_run",
    "joined_to_title",
    "month_surname",
    "name_split",
    "org_words",
    "particle_name",
    "party_plural",
    "person_ends_before",
    "same_given",
    "title_after_body",
    "title_like",
]

#: Particles inside names: "Ursula von der Leyen", "Mohammed bin Salman".
NAME_PARTICLES = word_list("name_particles")
#: Prepositions after which capitalised words are a place or body, not a person's
#: name: "the energy minister of Kenya", "Joel Pollak of Breitbart".
NAME_BLOCKERS = word_list("name_blockers")
#: Title words that are also common surnames, read as names after a given name.
_SURNAME_TITLES = word_list("surname_titles")
_NOUN_LIKE_PREPOSITIONS = word_list("noun_like_prepositions")
#: A given name this many people bear starts a name after a party's word ("Liberal Ravi
#: Chaudhry"; not "Independent Film Awards").
_PARTY_GIVEN_COUNT = 2000
_SUFFIXES = word_list("name_suffixes")
#: Second parts of ranks written without full stops, a title only after the first part:
#: "Det Con", "Ch Insp" (no "Con O'Neill" alone).
_RANK_SECONDS = word_list("rank_seconds")
#: A given name's initial: "R." of "R. Ashok Kumar".
_INITIAL_RE = regex.compile(r"\p{Lu}\.\Z")
#: Months that are surnames after a given name ("Elizabeth May", "Theresa May").
SURNAME_WORDS = word_list("surname_words")
#: The end of a word that says where a company is based ("Calgary-based Suncor Energy"):
#: no part of its name.
BASED = ("-based", "-headquartered")
#: Roman numerals, which follow a name in capitals ("Henry Ford II").
_ROMAN_NUMERALS = word_list("roman_numerals")
_CLUB_WORDS = word_list("club_words")
#: Last parts of hyphenated modifiers before a name: "Korean-born", "Oscar-winner".
_MODIFIER_TAILS = word_list("modifier_tails")
_COMPANY_SUFFIXES = word_list("company_suffixes")
#: Given names written as two initials without full stops: "RJ Barrett", "PK Subban".
_INITIAL_NAMES = frozenset(w.upper() for w in word_list("initial_names"))
_COMPANY_ROLES = word_list("company_roles")
#: Lower-case words inside the name of a body: "the Joint Council for the Welfare of
#: Immigrants", "Bradford & Bingley".
_NAME_JOINERS = word_list("name_joiners")
#: Those of a French name: "the Société de transport de Montréal (STM)".
_FRENCH_JOINERS = word_list("french_joiners")
#: Prefixes of a role before a name: "Co-moderator Andrea Mitchell", "Ex-minister".
_ROLE_PREFIXES = tuple(sorted(word_list("role_prefixes")))
#: Role nouns that may open a run of capitals before a name ("Winger Anton Mercier"): the
#: roles the article may later name the person by.
_ROLE_WORDS = frozenset(ROLE_SYNONYMS).union(*ROLE_SYNONYMS.values())
#: Nouns for people of a nation, which no name starts with: "Swede Peter Johansson".
_DEMONYM_NOUNS = word_list("demonym_nouns")
#: Ordinals that open a capitalised title: "First Minister", "Second Lady".
_TITLE_ORDINALS = word_list("title_ordinals")
_OPEN_BRACKET = indexed(["("])
#: A given name counted this often in the name table (:func:`newsmodel.names.given_name`)
#: is a common one: a capitalised word that opens a person's name ("Kody Cook"), and not
#: a word that a few people bear as a name ("Kansas", "Cisco", "Canada").
COMMON_GIVEN_COUNT = 5000
#: A word counted less often than this in the name table is rare as a given name
#: ("Warrior", borne by a few).
_RARE_GIVEN_COUNT = 100
#: A given name counted this often whose bearers are this much one gender (as a share of
#: women, or of men) suggests which pronoun refers to them, for resolution only.
GENDER_HINT_COUNT = 500
GENDER_HINT_SHARE = 0.8
#: A name of the engine's list that the name table counts this often for the other
#: gender too is shared ("Pat", "Mel"): it suggests no pronoun.
SHARED_NAME_SHARE = 0.25


#: The fewest letters of a country's stem that a demonym is matched on ("Ital" of Italy).
COUNTRY_STEM_LEAST = 4


def country_stem(country: str) -> str:
    """The stem a country's demonym starts with: "brazil" (Brazilian), "ital" (Italian),
    "austri" (Austrian, not Australian), "keny" (Kenyan)."""
    if country[-1:] in "aeiouy" and len(country) > COUNTRY_STEM_LEAST:
        return country[:-1]
    return country


def demonym_noun(word: str) -> bool:
    """Whether a lower-case word names one person of a nation: "swede", "frenchman",
    "american" (a demonym in "-an"; not "swiss" or "british", which name a people)."""
    return word in _DEMONYM_NOUNS or (word in DEMONYMS and word.endswith("an"))


def _given_count(word: str) -> int:
    """How many people bear ``word`` as a given name in the name table (0: none)."""
    found = given_name(word) if word[:1].isupper() and not word.isupper() else None
    return 0 if found is None else found.count


def is_given_name(word: str) -> bool:
    """Whether a capitalised word is a common given name: one of the engine's list, or one
    the name table counts often."""
    if word in FEMALE_NAMES or word in MALE_NAMES:
        return True
    if _given_count(word) >= COMMON_GIVEN_COUNT:
        return True
    # "Mei-Ling", "Kerry-Lynn": a given name joined to another
    first, dash, rest = word.partition("-")
    return bool(dash) and rest[:1].isupper() and is_given_name(first)  # ("Sophie-Anne")


def name_gender(words: list[str]) -> str | None:
    """The gender a person's name suggests: :func:`gender_of` its first word, unless the
    name is one word that is no common given name, a surname alone ("Ayala said" is no
    woman because some women are called Ayala)."""
    if not words or (len(words) == 1 and not is_given_name(words[0])):
        return None
    return gender_of(words[0])


def gender_of(first_name: str) -> str | None:
    """ "f" or "m" for a given name we know (the engine's list, unless the name table finds
    it shared, see SHARED_NAME_SHARE; else the name table when most of its bearers are of
    one gender), else None."""
    found = given_name(first_name) if first_name[:1].isupper() else None
    shared = (
        found is not None
        and found.count >= GENDER_HINT_COUNT
        and SHARED_NAME_SHARE < found.female < 1 - SHARED_NAME_SHARE
    )
    if first_name in FEMALE_NAMES and not shared:
        return "f"
    if first_name in MALE_NAMES and not shared:
        return "m"
    if found is None or found.count < GENDER_HINT_COUNT:
        return None
    if found.female >= GENDER_HINT_SHARE:
        return "f"
    if found.female <= 1 - GENDER_HINT_SHARE:
        return "m"
    return None


def month_surname(tokens: Tokens, k: int) -> bool:
    """Whether token ``k`` is a month or a common word used as a surname: after a common
    given name and before no number ("Elizabeth May has said", "Al From", not "on May
    5"); or alone before a verb of speech, or after one that follows its quotation, in an
    article that names someone so ("Al From ... From said", "“...,” said May")."""
    text = tokens.text
    if _after_given_name(text, k):
        return True
    if text[k] not in SURNAME_WORDS:
        return False
    before = k + 1 < len(text) and tokens.lower[k + 1] in CUE_FORMS
    # "“...,” said May.": after a cue that follows the quotation, before no number
    after = (
        k >= 2
        and tokens.lower[k - 1] in CUE_FORMS
        and not text[k - 2][0].isalnum()
        and not (k + 1 < len(text) and text[k + 1][:1].isdigit())
    )
    return (before or after) and text[k] in _surnames_named(tokens)


def _after_given_name(text: Sequence[str], k: int) -> bool:
    """Whether token ``k`` is a word of :data:`SURNAME_WORDS` after a common given name
    and before no number: "Al From", "Elizabeth May has said" (not "on May 5")."""
    return (
        text[k] in SURNAME_WORDS
        and k > 0
        and is_given_name(text[k - 1])
        and not (k + 1 < len(text) and text[k + 1][:1].isdigit())
    )


def _surnames_named(tokens: Tokens) -> frozenset[str]:
    """The words of :data:`SURNAME_WORDS` that the text gives as surnames, after a common
    given name ("Al From"); read once a text."""
    found = tokens.memo.get(("surnames_named",))
    if found is None:
        text = tokens.text
        found = frozenset(text[k] for k in range(1, len(text)) if _after_given_name(text, k))
        tokens.memo[("surnames_named",)] = found
    assert isinstance(found, frozenset)
    return found


def inner_against(tokens: Tokens, k: int, lo: int) -> bool:
    """Whether token ``k`` is a capitalised "Against" or "Without" inside a body's name,
    after a capitalised word from token ``lo`` on: "the League Against Cruel Sports",
    "Reporters Without Borders"."""
    return (
        tokens.text[k] in ("Against", "Without")
        and k - 1 >= lo
        and tokens.text[k - 1][:1].isupper()
    )


def particle_name(t: str) -> bool:
    """Whether a word is a surname joined to its particle: "al-Assad", "el-Sisi"."""
    particle, dash, rest = t.partition("-")
    return bool(dash) and particle in NAME_PARTICLES and rest[:1].isupper()


def modifier_compound(word: str) -> bool:
    """Whether a capitalised word is a compound modifier that no name holds: "Texas-based",
    "Korean-born", "Angeles-area" (not "Garcia-Lopez", "Chung Mong-koo")."""
    head, _, tail = word.rpartition("-")
    return bool(head) and tail in _MODIFIER_TAILS


def _no_name_word(tokens: Tokens, start: int, end: int) -> bool:
    """Whether the word at ``start``, opening the capitalised run [start, end), is no part
    of a name: a noun of people by its ending that few in the name table bear, no
    initial nor acronym, opening no place ("South Carolina"), in a run that names no
    body ("Agence France Presse")."""
    text = tokens.text
    word = text[start]
    if _given_count(word) >= _RARE_GIVEN_COUNT or word.isupper() or _INITIAL_RE.fullmatch(word):
        return False
    if not tokens.lower[start].endswith((*AGENT_ENDINGS, "s")):
        return False  # a noun of people ("Warrior", "Songwriter", "Celebrities"), no "Khoo"
    pair = f"{tokens.lower[start]} {tokens.lower[start + 1]}"
    if pair in PLACES or pair in US_STATES:
        return False
    return not org_words(text[start:end], tokens.lower[start:end])


def _listed_given(word: str) -> bool:
    """Whether a word is in the lists of given names, written with or without its
    accents ("María" for "Maria")."""
    if word in FEMALE_NAMES or word in MALE_NAMES:
        return True
    if word.isascii():
        return False
    plain = "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))
    return plain in FEMALE_NAMES or plain in MALE_NAMES


def _party_end(lower: list[str], start: int, end: int) -> int:
    """The end of a party's member word that opens tokens [start, end) ("Liberal", "New
    Democrat"), or ``start``."""
    if end - start > 2 and lower[start] == "new" and lower[start + 1] in ("democrat", "democrats"):
        return start + 2
    if lower[start] in PARTY_WORDS and lower[start] != "new":
        return start + 1
    return start


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
            and w not in NAME_PARTICLES
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
    if end <= first or not (text[end - 1][0].isupper() or particle_name(text[end - 1])):
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
    elif (
        k - 1 >= first
        and lower[k] in _SURNAME_TITLES
        and lower[k - 1].rstrip(".") in HONORIFICS
        and text[k - 1][0].isupper()
    ):
        return k, end  # "Mr Dean", "Ms Judge": the honorific's surname
    while k >= first:
        t = text[k]
        w = lower[k]
        if (
            w in _COMPANY_ROLES
            and k < end - 1
            and k == tokens.sent_first[tokens.sent[k]]
            and t not in MALE_NAMES
            and t not in FEMALE_NAMES
        ):
            break  # "Bookmaker Brixo said": a company's role capitalised by its place
        if t[-1] == "." and w in US_STATES and k < end - 1 and k > 0 and text[k - 1] == ",":
            break  # "in Regina, Sask. Ann Dale said": a dateline's province ends a sentence
        if (
            # "al-Hamad" last, or "al-Nasser" before another part: "Saad al-Nasser al-Hamad"
            (t[0].isupper() or (particle_name(t) and (k == end - 1 or k + 1 < end)))
            and w not in TITLE_WORDS
            # "Det Con Gareth Pryce": a rank's second part after its first
            and not (w in _RANK_SECONDS and k > 0 and lower[k - 1] in TITLE_WORDS)
            and (
                t not in CAPITAL_NOT_NAMES
                or month_surname(tokens, k)
                or inner_against(tokens, k, first)
                or (k + 1 < end and inner_against(tokens, k + 1, first))
            )
            and not modifier_compound(t)
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
        if (
            w in NAME_PARTICLES
            and k > first
            and (
                text[k - 1][0].isupper()
                # "de la Fontaine": a particle before another
                or (lower[k - 1] in NAME_PARTICLES and k - 1 > first and text[k - 2][0].isupper())
            )
            and k + 1 < end
        ):
            k -= 1
            continue
        break
    start = k + 1
    if start >= end:
        return None
    party = _party_end(lower, start, end) if start == first else start
    if party > start and end - party >= 2:
        start = party  # "New Democrat Faduma Warsame": a party's member, then the name
    # "Secretary of State John Kerry": the name starts at a known given name, unless the
    # run is the name alone ("said Azfar Ali Khan")
    for m in range(start, end - 1):
        if (
            _listed_given(text[m])
            # "Former Warrior Marcus Lee": a given name the table counts often, after a
            # word no one is named
            or (m > start and _no_name_word(tokens, start, end) and is_given_name(text[m]))
        ) or (
            m > start
            and all(lower[j] in PARTY_WORDS and lower[j] != "new" for j in range(start, m))
            and _given_count(text[m]) >= _PARTY_GIVEN_COUNT  # "Liberal Ravi Chaudhry"
        ):
            if (
                m > start
                and (start > first or not _name_alone(tokens, start, m))
                # (but "Ombudswoman Luz Marina Ortega": a first given name of her own)
                and not (
                    start > first and lower[start - 1] in TITLE_WORDS and is_given_name(text[start])
                )
            ):
                start = m
            break
    else:
        if start > first and lower[start - 1] in NAME_BLOCKERS:
            # "the energy minister of Kenya": a place, not a name
            if end - start < 3:
                return None
            start = end - 2
        elif start == first and end - start >= 3 and joined_to_title(tokens, first):
            # "Minister of State Kavita Deshmukh", "Minister for Health Siobhan Carty": the
            # office's words, then the name (its given name unknown to the lists), with
            # its particle ("Minister of Social Affairs Louw de Graaf")
            start = end - 3 if end - 3 > first and lower[end - 2] in NAME_PARTICLES else end - 2
            while start - 1 > first and _INITIAL_RE.fullmatch(text[start - 1]):
                start -= 1  # "Leader of the Opposition R. Ashok Kumar": his initial
    role = lower[start].split("-", 1)[1] if lower[start].startswith(_ROLE_PREFIXES) else ""
    if (
        end - start >= 3
        and (
            lower[start] in PERSON_NOUNS
            or (lower[start].endswith("ologist") and text[start + 1] not in CAPITAL_NOT_NAMES)
            or lower[start] in GROUP_NOUNS
            or role in PERSON_NOUNS
            or lower[start] in _ROLE_WORDS
            # "Bride-to-be Kalinda Roe": a compound in lower case after its capital
            or (
                "-" in text[start]
                and text[start].split("-", 1)[0][1:].islower()
                and text[start].split("-", 1)[1][:1].islower()
                and not is_given_name(text[start])
            )
        )
        and " ".join(lower[start + 1 : end]) not in PLACES  # "Doctors Nova Scotia": a body
    ):
        start += 1  # "Organizer Dwayne Croteau", "Actor Robert Blake": a role, capitalised
    elif (
        end - start == 2
        and lower[start] in _COMPANY_ROLES
        and start == tokens.sent_first[tokens.sent[start]]
    ):
        start += 1  # "Drugmaker AstraZeneca said": a role the sentence capitalises
    elif (
        end - start >= 3
        and (lower[start] in DEMONYMS or lower[start] in _DEMONYM_NOUNS)
        and given_name(text[start + 1]) is not None
    ):
        # "Australian Lynton Crosby": where he is from, no part of his name (but "British
        # Phonographic Industry" is a body's whole name)
        start += 1
    while (
        start < end
        and lower[start] in NAME_PARTICLES
        and not (end - start >= 2 and is_given_name(text[start]))
    ):
        start += 1  # "al-Assad"'s particle, but "Al Benavides" keeps his given name
    return (start, end) if start < end else None


#: capitalised words that open a run before a name but are no given names: places and
#: members of parties ("Tory Boris Johnson", "Ontario Jane Doe")
NOT_GIVEN = PLACES | US_STATES | DEMONYMS | word_list("party_members")
#: Words that name a party or its members: before a member's name ("Lib Dem Norman
#: Baker"), or in a title that says whose party its holder is ("GOP Sen. John McCain").
PARTY_WORDS = word_list("party_words") | word_list("party_members")
#: words before a run that join it to a title before: "Secretary of State John Kerry"
_JOINED_BEFORE = word_list("title_joiners")


#: How many tokens back from a run a title joined to it is looked for: "Minister of
#: Innovation, Science and Economic Development Ann Dale".
_JOINED_REACH = 8
#: Words that join a title to the office it holds: "Minister of", "Minister for".
_OFFICE_JOINERS = word_list("office_joiners")


def joined_to_title(tokens: Tokens, first: int) -> bool:
    """Whether the run of capitals at ``first`` follows a title through "of", "for" or
    "and" ("Minister of State ...", "Minister for Children and Families ..."): the office
    the title holds, written out before its holder's name."""
    if first > 2 and tokens.lower[first - 1] == "the":
        first -= 1  # "Leader of the Opposition Ann Dale"
    if first < 2 or tokens.lower[first - 1] not in _JOINED_BEFORE:
        return False
    para = tokens.para[first]
    for k in range(first - 2, max(first - 2 - _JOINED_REACH, -1), -1):
        t = tokens.text[k]
        if tokens.para[k] != para:
            return False
        if t[:1].isupper() and tokens.lower[k] in TITLE_WORDS:
            # the office right after the title ("Minister of"), not a second person
            # joined by "and" ("Prince Tom and Ann Dale")
            return tokens.lower[k + 1] in _OFFICE_JOINERS
        if not (t[:1].isupper() or t == "," or tokens.lower[k] in _JOINED_BEFORE):
            return False
    return False


def _name_alone(tokens: Tokens, start: int, m: int) -> bool:
    """Whether the capitalised words [start, m) before a known given name are given
    names themselves as far as the text tells: no title, place, party or other word that
    is capitalised in text but no name ("State", "Republican", "Labour")."""
    text = tokens.text
    for k in range(start, m):
        t = text[k]
        w = tokens.lower[k]
        singular = w[:-3] + "y" if w.endswith("ies") else w[:-1] if w.endswith("s") else w
        if (
            t in CAPITAL_NOT_NAMES
            or t in COUNTRIES
            or w in TITLE_WORDS
            or w in NOT_GIVEN
            or singular in NOT_GIVEN
        ):
            return False
        if not (t.isalpha() and t[1:].islower()) or w in PERSON_NOUNS or w in GROUP_NOUNS:
            return False  # "Actor Robert Blake", "Tories Ken Clarke"
    if start == 0 or tokens.sent_first[tokens.sent[start]] == start:
        return False  # "Singer George Michael said": a capital the sentence gives
    before = tokens.text[start - 1]
    if before in ("’s", "'s"):
        return True  # "the IFSD's Azfar Ali Khan"
    return before.isalpha() and before.islower() and before not in _JOINED_BEFORE


def is_name_run(tokens: Tokens, first: int, last: int) -> bool:
    if last - first > 6:
        return False
    text = tokens.text
    for k in range(first, last):
        t = text[k]
        if not (t[0].isupper() or tokens.lower[k] in NAME_PARTICLES or t in ("(", ")", "-")):
            return False
    return text[last - 1][0].isupper() and text[first] not in CAPITAL_NOT_NAMES


def title_like(w: str) -> bool:
    """Whether a lower-case word can end a title before a name ("Obama adviser")."""
    if w in TITLE_WORDS or w in PERSON_NOUNS or w in ORG_NOUNS or w in GROUP_NOUNS:
        return True
    if w in _NOUN_LIKE_PREPOSITIONS:
        return False  # "rallied outside Parliament Hill"
    form = CUE_FORMS.get(w)
    return not w.endswith(("ed", "ing")) and (
        form is None
        # (not "Roloson supports Democrat Hillary Clinton": a verb of the present)
        or (form.cls is CueClass.STANCE and form.kind is not FormKind.PRESENT)
    )


def title_opener(tokens: Tokens, k: int) -> bool:
    """Whether token ``k`` is an ordinal that opens a capitalised title or a body's name:
    "First Minister Jack Lowe", "First Lady", "Second Secretary", "Gull Bay First
    Nation"."""
    return (
        tokens.lower[k] in _TITLE_ORDINALS
        and k + 1 < len(tokens.text)
        and tokens.text[k + 1][:1].isupper()
        and (tokens.lower[k + 1] in TITLE_WORDS or tokens.lower[k + 1] in ORG_MARKERS)
    )


def acronym_after(tokens: Tokens, open_paren: int, close_paren: int) -> bool:
    """Whether a parenthesis holds the acronym of the name of two or more words before it:
    "the International Monetary Fund (IMF)", "the Welfare of Immigrants (JCWI)", "the
    Société de transport de Montréal (STM)" (not
    "Nairobi (CNN)")."""
    return (
        close_paren - open_paren == 2
        and _acronym(tokens.text[open_paren + 1])
        and open_paren >= 2
        and (
            (
                tokens.text[open_paren - 1][:1].isupper()
                and (
                    tokens.text[open_paren - 2][:1].isupper()
                    or tokens.lower[open_paren - 2] in _NAME_JOINERS
                )
            )
            # a French name, its last words in lower case or not: "the Régie du logement"
            or any(w in _FRENCH_JOINERS for w in tokens.lower[max(0, open_paren - 3) : open_paren])
        )
    )


def bracketed_acronyms(tokens: Tokens) -> list[tuple[str, int, int]]:
    """Each acronym in brackets after the name of a body it stands for, with that name's
    tokens [first, last): "the Canadian Centre for Policy Alternatives (CCPA)", "the
    National Institute of Economic and Social Research (NIESR)"."""
    text = tokens.text
    lower = tokens.lower
    found: list[tuple[str, int, int]] = []
    for k in tokens.where(_OPEN_BRACKET):
        if k + 2 >= len(text) or text[k + 2] != ")" or not acronym_after(tokens, k, k + 2):
            continue
        first = k
        while (
            first - 1 >= 0
            and k - first < 12
            and tokens.quote[first - 1] < 0
            and tokens.sent[first - 1] == tokens.sent[k]
            and (text[first - 1][:1].isupper() or lower[first - 1] in _NAME_JOINERS)
        ):
            first -= 1
        while first < k and lower[first] in _NAME_JOINERS:
            first += 1  # "The", "the", "and": no word of the name's start
        capitals = "".join(w[0] for w in text[first:k] if w[:1].isupper())
        # (a name whose capitals spell the acronym is a body's too: "London Stock
        # Exchange (LSE)")
        if k - first >= 2 and (org_words(text[first:k], lower[first:k]) or capitals == text[k + 1]):
            found.append((text[k + 1], first, k))
    return found


def has_marker(tokens: Tokens, first: int, last: int) -> bool:
    return org_words(tokens.text[first:last], tokens.lower[first:last])


def _acronym(word: str) -> bool:
    """Whether a word is an acronym ("BC", "UFCW"), not a roman numeral."""
    return len(word) >= 2 and word.isupper() and word.isalpha() and word not in _ROMAN_NUMERALS


def company_name(name: str) -> bool:
    """Whether an organisation's name of more than one word ends as a company's or a
    club's does: "Continental Airlines", "Acme Corp", "Manchester United"."""
    words = name.lower().split()
    return len(words) > 1 and (
        words[-1] in COMPANY_WORDS or words[-1] in _CLUB_WORDS or words[-1] in _COMPANY_SUFFIXES
    )


def org_words(words: Sequence[str], lowered: Sequence[str]) -> bool:
    """Whether the words of a capitalised name make it an organisation's (or a place's):
    an organisation word ("Ministry", "Network"), a company or club word at its end
    ("Suncor Energy", "Manchester United"), a city and a plural ("Toronto Raptors"), an
    outlet's name, an acronym ("BC Hydro", "UFCW Local 832"), or a
    country, province or place as its last word ("Environment Canada")."""
    if not ORG_MARKERS.isdisjoint(lowered) or not OUTLETS.isdisjoint(words):
        return True
    if words and words[0] in COMPANIES:
        return True  # "Microsoft", "Sony Music" (not "Michael Dell")
    if len(words) > 1 and (
        lowered[-1] in COMPANY_WORDS
        or lowered[-1] in _CLUB_WORDS
        or lowered[-1] in _COMPANY_SUFFIXES  # "Du Pont Co", "Pittston Co"
    ):
        return True
    if (
        len(words) > 1
        and lowered[0] in PLACES
        and lowered[-1].endswith("s")
        and not lowered[-1].endswith("ss")
        and words[-1][1:].islower()
    ):
        return True  # a city's team: "Toronto Raptors", "Leeds Tykes"
    if any(_acronym(w) for w in words) and not (len(words) == 2 and words[0] in _INITIAL_NAMES):
        return True  # (but "RJ Barrett": a given name of two initials)
    last = words[-1] if words else ""
    return len(words) > 1 and (
        last in COUNTRIES
        or lowered[-1] in PLACES
        or lowered[-1] in PLACE_HEADS  # "Prince Edward Island"
        # a state, not a surname of two letters: "Health Minister Bowinn Ma"
        or (lowered[-1] in US_STATES and (len(last) > 2 or last.isupper()))
    )


def person_ends_before(tokens: Tokens, k: int, lo: int) -> bool:
    """Whether a person's name, a known given name (or an honorific) and a surname or two,
    ends right before token ``k`` (a preposition to an affiliation: "Dara Quill from
    Phonecorp", "Mr Hirst from Retail Data Group")."""
    m = k - 1
    while m >= lo and k - m <= 4 and tokens.text[m][0].isupper() and tokens.quote[m] < 0:
        m -= 1
    opener = False
    while (
        m + 1 < k - 1
        and tokens.text[m + 1] in CAPITAL_NOT_NAMES
        and tokens.lower[m + 1].rstrip(".") not in HONORIFICS
    ):
        m += 1  # "But Mr Hirsch from ...": the word capitalised by its place is none
        opener = True
    while k - 1 - m > 2 and tokens.lower[m + 1] in TITLE_WORDS:
        m += 1  # "Father Tomasz Zielinski of ...": a title before the name
        opener = True
    run = k - 1 - m
    first = tokens.text[m + 1]
    # "planetary geologist Rosaly Lopes of ...": a role in lower case before the name
    titled = m >= lo and tokens.text[m][:1].islower() and names_someone(tokens.lower[m])
    return (
        2 <= run <= 3
        and (is_given_name(first) or first.rstrip(".").lower() in HONORIFICS or titled)
        and (opener or m < lo or not tokens.text[m][0].isupper())
    )


def title_after_body(tokens: Tokens, first: int, name: tuple[int, int] | None) -> int:
    """Where the title of a person named after a body's name "of" a place starts, in a
    run of capitals from token ``first`` that ends with the person's ``name`` ("Bank of
    Canada Governor Stephen Poloz": the token of "Governor"), or -1."""
    if name is None or name[1] - name[0] < 2:
        return -1
    lower = tokens.lower
    title = name[0]
    while title > first and lower[title - 1] in TITLE_WORDS:
        title -= 1
    if title == name[0] or title - first < 3 or "of" not in lower[first:title]:
        return -1
    return title


def capitalised_elsewhere(tokens: Tokens, k: int) -> bool:
    """Whether the word at token ``k`` is capitalised where no sentence starts, and so a
    name ("Sanders" in "Bernie Sanders"), not a noun its sentence capitalises."""
    counts = tokens.memo.get(("inside sentences",))
    if counts is None:
        # how often each word is written where no sentence starts: counted once a text
        text = tokens.text
        counts = Counter(text)
        counts.subtract(text[f] for f in tokens.sent_first if f < len(text))
        tokens.memo[("inside sentences",)] = counts
    assert isinstance(counts, Counter)
    inside = counts[tokens.text[k]]
    if k != tokens.sent_first[tokens.sent[k]]:
        inside -= 1  # not the word at ``k`` itself
    return inside > 0


def party_plural(lowered: list[str]) -> bool:
    """Whether a name ends in a party's plural, a body of people and no one: "Lib Dems",
    "the Senate Democrats", "Scottish Tories"."""
    last = lowered[-1]
    return last in ("dems", "tories") or (last.endswith("s") and last[:-1] in PARTY_WORDS)


def same_given(first: str, word: str) -> bool:
    """Whether a person whose name opens with ``first`` may be named with the given name
    ``word``: the same, an initial of it, or a first word that is no given name."""
    return (
        first == word
        or not is_given_name(first)
        or (first[0] == word[0] and (len(first.rstrip(".")) == 1 or len(word.rstrip(".")) == 1))
    )


#: A country's name that this many people bear as a given name is theirs too in a
#: person's name: "Jordan Peterson", "Chad Sweet", "Michael Jordan" (not "China", "India").
COUNTRY_GIVEN_COUNT = 50_000


def country_named(word: str) -> bool:
    """Whether a country's name is a common given name (see COUNTRY_GIVEN_COUNT)."""
    return _given_count(word) >= COUNTRY_GIVEN_COUNT
