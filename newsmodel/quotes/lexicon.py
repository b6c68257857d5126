"""The word lists of the quotation engine, read once from the package data in ``data/``.

Every list was written for newsmodel: reporting verbs with all their inflections, titles,
pronouns, nouns for persons, groups, documents and organisations, organisation markers,
countries, news outlets and common given names. Matching is on lower-cased words unless
a set's name says otherwise.
"""

from __future__ import annotations

import enum
from collections.abc import Iterator
from importlib import resources

import attrs

__all__ = [
    "ABBREVIATIONS",
    "CAPITAL_NOT_NAMES",
    "CATENATIVE_VERBS",
    "COMPANY_WORDS",
    "COUNTRIES",
    "CUE_FORMS",
    "CUE_PHRASES",
    "DOCUMENT_NOUNS",
    "FEMALE_NAMES",
    "FUNCTION_WORDS",
    "GROUP_NOUNS",
    "MALE_NAMES",
    "NUMBER_WORDS",
    "ORG_MARKERS",
    "ORG_NOUNS",
    "OUTLETS",
    "PERSON_NOUNS",
    "PLACE_MARKERS",
    "PRONOUNS",
    "ROLE_ADJECTIVES",
    "TAKE_FORMS",
    "TITLE_WORDS",
    "CueClass",
    "CueForm",
    "CuePhrase",
    "FormKind",
    "Pronoun",
    "word_set",
]


class CueClass(enum.Enum):
    """What a reporting verb reports."""

    #: Speech: say, tell, add, warn, urge ...
    SPEECH = "speech"
    #: Writing: write, tweet, post.
    WRITE = "write"
    #: Naming: call something a "disaster", dub, label.
    NAMING = "naming"
    #: Thought: think, believe, hope; indirect speech only.
    COGNITION = "cognition"
    #: Evidence a document presents: a poll shows, a study found.
    EVIDENCE = "evidence"
    #: A stance taken on something: endorse, support, oppose, want; indirect only.
    STANCE = "stance"


class FormKind(enum.Enum):
    """The inflection of a verb form."""

    BASE = "base"
    PRESENT = "present"
    PAST = "past"
    GERUND = "gerund"


@attrs.frozen
class CueForm:
    """One inflected form of a reporting verb."""

    lemma: str
    cls: CueClass
    kind: FormKind


@attrs.frozen
class CuePhrase:
    """A cue of several words: a verb form and the words that must follow it."""

    cls: CueClass
    rest: tuple[str, ...]


@attrs.frozen
class Pronoun:
    """A pronoun that can stand for a speaker."""

    form: str
    plural: bool
    gender: str | None
    hint: str


def word_set(words: str) -> frozenset[str]:
    """The set of the whitespace-separated words of ``words``."""
    return frozenset(words.split())


def _lines(name: str) -> Iterator[str]:
    text = resources.files("newsmodel.quotes").joinpath("data").joinpath(name).read_text("utf-8")
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            yield line


def _words(name: str, *, lower: bool = True) -> frozenset[str]:
    found: set[str] = set()
    for line in _lines(name):
        for word in line.split():
            found.add(word.lower() if lower else word)
    return frozenset(found)


def _pairs(name: str) -> dict[str, str]:
    """A two-column list: the first word of each line, to the second."""
    found: dict[str, str] = {}
    for line in _lines(name):
        key, value = line.split("\t")
        found[key.lower()] = value.lower()
    return found


def _cue_forms() -> dict[str, CueForm]:
    forms: dict[str, CueForm] = {}
    for line in _lines("cue_verbs.tsv"):
        lemma, cls_name, inflected = line.split("\t")
        cls = CueClass(cls_name)
        inflections = inflected.split()
        # "read", "put": the base form doubles as the past, which is how reports use it
        base_kind = FormKind.PAST if lemma in inflections[1:] else FormKind.BASE
        forms.setdefault(lemma, CueForm(lemma, cls, base_kind))
        for i, form in enumerate(inflections):
            if form.endswith("ing"):
                kind = FormKind.GERUND
            elif i == 0 and form != lemma:
                kind = FormKind.PRESENT
            else:
                kind = FormKind.PAST
            forms.setdefault(form, CueForm(lemma, cls, kind))
    return forms


def _cue_phrases() -> dict[str, list[CuePhrase]]:
    phrases: dict[str, list[CuePhrase]] = {}
    for line in _lines("cue_phrases.tsv"):
        heads, rest, cls_name = line.split("\t")
        phrase = CuePhrase(CueClass(cls_name), tuple(rest.split()))
        for head in heads.split():
            phrases.setdefault(head, []).append(phrase)
    for found in phrases.values():
        found.sort(key=lambda p: -len(p.rest))
    return phrases


def _pronouns() -> dict[str, Pronoun]:
    found: dict[str, Pronoun] = {}
    for line in _lines("pronouns.tsv"):
        form, number, gender, hint = line.split("\t")
        found[form] = Pronoun(form, number == "plural", None if gender == "-" else gender, hint)
    return found


def _names() -> tuple[frozenset[str], frozenset[str]]:
    female: set[str] = set()
    male: set[str] = set()
    for line in _lines("first_names.tsv"):
        gender, _, names = line.partition("\t")
        (female if gender == "f" else male).update(names.split())
    both = female & male
    return frozenset(female - both), frozenset(male - both)


#: Every inflected form of every reporting verb, lower case.
CUE_FORMS: dict[str, CueForm] = _cue_forms()
#: Multi-word cues keyed by their first word ("point" -> "out").
CUE_PHRASES: dict[str, list[CuePhrase]] = _cue_phrases()
#: Title words written before names ("president", "sen.").
TITLE_WORDS: frozenset[str] = _words("titles.txt")
#: Nouns naming one person by role.
PERSON_NOUNS: frozenset[str] = _words("person_nouns.txt")
#: Nouns naming a group of speakers.
GROUP_NOUNS: frozenset[str] = _words("group_nouns.txt")
#: Nouns naming documents that can "say" something.
DOCUMENT_NOUNS: frozenset[str] = _words("document_nouns.txt")
#: Words that make a capitalised phrase an organisation.
ORG_MARKERS: frozenset[str] = _words("org_markers.txt")
#: Words before "to" that let the verb after it report speech ("managed to ask").
CATENATIVE_VERBS: frozenset[str] = _words("catenative_verbs.txt")
#: The forms of "take", for "took to Twitter to say".
TAKE_FORMS: frozenset[str] = frozenset(["take", "takes", "took", "taking", "taken"])
#: Adjectives of roles and the role noun each stands for ("mayoral" for "mayor").
ROLE_ADJECTIVES: dict[str, str] = _pairs("role_adjectives.tsv")
#: Words that end a company's name ("Suncor Energy"), unless a given name opens it.
COMPANY_WORDS: frozenset[str] = _words("company_words.txt")
#: Lower-case nouns naming organisations.
ORG_NOUNS: frozenset[str] = _words("org_nouns.txt")
#: Countries and their adjectives, as written (case-sensitive).
COUNTRIES: frozenset[str] = _words("countries.txt", lower=False)
#: News outlets, as written (case-sensitive).
OUTLETS: frozenset[str] = _words("outlets.txt", lower=False)
#: Capitalised words that are no part of a name, as written (case-sensitive).
CAPITAL_NOT_NAMES: frozenset[str] = _words("not_names.txt", lower=False)
#: Pronouns by lower-case form.
PRONOUNS: dict[str, Pronoun] = _pronouns()
FEMALE_NAMES, MALE_NAMES = _names()
#: Closed-class words: prepositions, conjunctions, auxiliaries, pronouns.
#: Numbers up to ten in words ("six in 10 say").
NUMBER_WORDS = word_set("one two three four five six seven eight nine ten")
FUNCTION_WORDS: frozenset[str] = word_set(
    """about above across after against along among amid around at before behind below
    beneath beside besides between beyond by down during except for from in into near
    off on onto out over past since through throughout to toward towards under
    underneath until up upon via with within without despite and or but nor so yet
    because although though while whereas if unless whether than as that which who whom
    whose what when where why how is are was were be been being am has have had having
    do does did doing will would shall should can could may might must not no never
    there here very too just also him them us me it its it's it’s this these those he
    she they we i you your my our their his her herself himself themselves itself said
    says say"""
)
#: Words that make a capitalised phrase a place rather than a person.
PLACE_MARKERS: frozenset[str] = word_set(
    """valley river lake mountain mountains mount street avenue road square park island islands
    city county province region district sea ocean bay coast hills airport station hall
    stadium bridge tower building plaza beach harbour harbor port gulf strait peninsula
    desert forest canal border capital village town"""
)
#: Abbreviations that keep their period inside a token (case-sensitive, without the period).
ABBREVIATIONS: frozenset[str] = word_set(
    """Mr Mrs Ms Mx Dr Prof Sen Rep Gov Gen Lt Col Maj Capt Cmdr Adm Sgt Cpl Pvt Brig St Jr Sr
    Rev Hon Pres Atty Supt Insp Det Gov Amb Sec Fr Msgr No Nos Inc Corp Co Ltd Bros vs etc
    Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Ala Ariz Ark Calif Colo Conn Del Fla Ga
    Ill Ind Kan Kans Ky La Md Mass Mich Minn Miss Mo Mont Neb Nev Okla Ore Pa Penn Tenn Tex
    Va Vt Wash Wis Wisc Wyo Mt Ft Ave Blvd Rd Dept Univ Assn Est approx Op Ont Que Alta Sask Nfld"""
)
