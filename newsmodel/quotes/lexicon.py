"""The word lists of the quotation engine, read once from the package data in ``data/``.

Every list was written for newsmodel: reporting verbs with all their inflections, titles,
pronouns, nouns for persons, groups, documents and organisations, organisation markers,
countries, news outlets, common given names and the closed classes of English (function
words, numbers, abbreviations). Each of these has a file of its own, and a constant here.
Matching is on lower-cased words unless a set's name says otherwise.

The smaller lists that one module's rules read (the determiners that open a noun phrase,
the nouns of speech that introduce a quotation ...) are named lists in the files of
``data/lists/``, one file for each part of the engine: :func:`word_list` gives one by its
name, and :func:`read_word_lists` reads such a file.
"""

from __future__ import annotations

import enum
import functools
from collections.abc import Iterator
from importlib import resources

import attrs

__all__ = [
    "ABBREVIATIONS",
    "CAPITAL_NOT_NAMES",
    "CATENATIVE_VERBS",
    "COMPANIES",
    "COMPANY_WORDS",
    "COUNTRIES",
    "CUE_FORMS",
    "CUE_PHRASES",
    "DOCUMENT_NOUNS",
    "FEMALE_NAMES",
    "FUNCTION_WORDS",
    "GROUP_NOUNS",
    "MALE_NAMES",
    "MODALS",
    "NUMBERED_UNITS",
    "NUMBER_WORDS",
    "ORG_MARKERS",
    "ORG_NOUNS",
    "OUTLETS",
    "PARTY_SYNONYMS",
    "PERSON_NOUNS",
    "PLACE_HEADS",
    "PLACE_MARKERS",
    "PRONOUNS",
    "PUBLIC_BODIES",
    "ROLE_ADJECTIVES",
    "ROLE_SYNONYMS",
    "SUBORDINATORS",
    "TAKE_FORMS",
    "TITLE_ACRONYMS",
    "TITLE_WORDS",
    "CueClass",
    "CueForm",
    "CuePhrase",
    "FormKind",
    "Pronoun",
    "company_with_s",
    "package_word_lists",
    "read_word_lists",
    "shop_name",
    "word_list",
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
    """A cue of several words: a verb form and the words that must follow it (and, when
    ``final``, no word after them: "she went on." but not "went on to win")."""

    cls: CueClass
    rest: tuple[str, ...]
    final: bool = False


@attrs.frozen
class Pronoun:
    """A pronoun that can stand for a speaker."""

    form: str
    plural: bool
    gender: str | None
    hint: str


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


def _word_sets(name: str) -> dict[str, frozenset[str]]:
    """A two-column list: the first word of each line, to the set of the words of the
    second."""
    found: dict[str, frozenset[str]] = {}
    for line in _lines(name):
        key, words = line.split("\t")
        found[key] = frozenset(words.split())
    return found


def read_word_lists(text: str) -> dict[str, frozenset[str]]:
    """The named word lists of a word-list file's ``text``: each list opens with its name
    in brackets on a line of its own ("[determiners]") and holds the words of the lines
    after it, up to the next name, separated by white space and kept as written. Lines
    that start with "#" are comments."""
    lists: dict[str, set[str]] = {}
    words: set[str] | None = None
    for number, line in enumerate(text.splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            name = line[1:-1]
            if not name.isidentifier() or name in lists:
                raise ValueError(f"line {number}: {line!r} names no new word list")
            words = lists[name] = set()
        elif words is None:
            raise ValueError(f"line {number}: words before the first list name")
        else:
            words.update(line.split())
    return {name: frozenset(found) for name, found in lists.items()}


@functools.cache
def package_word_lists(package: str) -> dict[str, frozenset[str]]:
    """Every named word list of the files ``data/lists/*.txt`` of ``package`` (read once;
    no name may be given twice)."""
    folder = resources.files(package).joinpath("data").joinpath("lists")
    found: dict[str, frozenset[str]] = {}
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if not entry.name.endswith(".txt"):
            continue
        for name, words in read_word_lists(entry.read_text("utf-8")).items():
            if name in found:
                raise ValueError(f"{package}: the word list {name!r} is given twice")
            found[name] = words
    return found


def word_list(name: str) -> frozenset[str]:
    """The word list ``[name]`` of the quotation engine (``newsmodel/quotes/data/lists/``),
    its words as written."""
    return package_word_lists("newsmodel.quotes")[name]


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
        heads, rest, cls_name, *flags = line.split("\t")
        phrase = CuePhrase(CueClass(cls_name), tuple(rest.split()), "final" in flags)
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
#: Words before the number of a union's unit, which ends the body's name: "UFCW Local 832".
NUMBERED_UNITS = word_list("numbered_units")
#: Words before "to" that let the verb after it report speech ("managed to ask").
CATENATIVE_VERBS: frozenset[str] = _words("catenative_verbs.txt")
#: Words that open an adverbial clause: "While investigators do not know who did it, ...".
SUBORDINATORS = word_list("subordinators")
#: Modal verbs: "will", "would", "could" ...
MODALS = word_list("modals")
#: The forms of "take", for "took to Twitter to say".
TAKE_FORMS: frozenset[str] = _words("take_forms.txt")
#: Adjectives of roles and the role noun each stands for ("mayoral" for "mayor").
ROLE_ADJECTIVES: dict[str, str] = _pairs("role_adjectives.tsv")
#: Role nouns that name one another ("the judge" for "Justice Margaret Osei").
ROLE_SYNONYMS: dict[str, frozenset[str]] = _word_sets("role_synonyms.tsv")
#: Words for a party that other words stand for ("tory" for "conservative").
PARTY_SYNONYMS: dict[str, str] = _pairs("party_synonyms.tsv")
#: Acronyms of titles and the title each stands for ("pm" for "prime minister").
TITLE_ACRONYMS: dict[str, str] = _pairs("title_acronyms.tsv")
#: Words that end a company's name ("Suncor Energy"), unless a given name opens it.
COMPANY_WORDS: frozenset[str] = _words("company_words.txt")
#: Lower-case nouns naming organisations.
ORG_NOUNS: frozenset[str] = _words("org_nouns.txt")
#: Countries and their adjectives, as written (case-sensitive).
COUNTRIES: frozenset[str] = _words("countries.txt", lower=False)
#: News outlets, as written (case-sensitive).
OUTLETS: frozenset[str] = _words("outlets.txt", lower=False)
#: Companies, regulators and outlets quoted by one word, as written (case-sensitive).
COMPANIES: frozenset[str] = _words("companies.txt", lower=False)
#: Bodies of government whose names hold no word that says so, as written, one per line:
#: "Statistics Canada", "FBI".
PUBLIC_BODIES: frozenset[str] = frozenset(_lines("public_bodies.txt"))


def company_with_s(name: str) -> bool:
    """Whether a name written before "'s" (or "’s") is a company's whose name ends in
    it: "Sainsbury" of "Sainsbury's said", "McDonald"."""
    return name + "'s" in COMPANIES


#: Verbs of speech that make a capitalised word and "'s" before them a company's name.
_SHOP_VERBS = word_list("shop_verbs")
#: Words of kin, capitalised as names: "Mom", "Dad".
_KIN_WORDS = word_list("kin_female") | word_list("kin_male") | word_list("kin_any")


def shop_name(word: str, verb: str) -> bool:
    """Whether a capitalised ``word`` before "'s" and the verb of speech ``verb`` names a
    company, as a possessive owns no verb: "Christie’s said", "Scotty's says" (a listed
    company's, or a plain capitalised word's that is no pronoun: not "He's said", a
    contraction)."""
    if company_with_s(word):
        return True
    cue = CUE_FORMS.get(verb)
    return (
        cue is not None
        and cue.kind in (FormKind.PAST, FormKind.PRESENT)
        and cue.lemma in _SHOP_VERBS
        and word[:1].isupper()
        and word[1:].isalpha()
        and word[1:].islower()
        and word.lower() not in PRONOUNS
        and word.lower() not in _KIN_WORDS  # "Mom's told us": a contraction
        and word not in FUNCTION_WORDS
        and word.lower() not in FUNCTION_WORDS
    )


#: Capitalised words that are no part of a name, as written (case-sensitive).
CAPITAL_NOT_NAMES: frozenset[str] = _words("not_names.txt", lower=False)
#: Pronouns by lower-case form.
PRONOUNS: dict[str, Pronoun] = _pronouns()
FEMALE_NAMES, MALE_NAMES = _names()
#: Numbers up to ten in words ("six in 10 say").
NUMBER_WORDS: frozenset[str] = _words("number_words.txt")
#: Closed-class words: prepositions, conjunctions, auxiliaries, pronouns.
FUNCTION_WORDS: frozenset[str] = _words("function_words.txt", lower=False)
#: Words that make a capitalised phrase a place rather than a person.
PLACE_MARKERS: frozenset[str] = _words("place_markers.txt")
#: Place markers no person's surname is: "Prince Edward Island" is no Edward Island.
PLACE_HEADS: frozenset[str] = word_list("place_heads")
#: Abbreviations that keep their period inside a token (case-sensitive, without the period).
ABBREVIATIONS: frozenset[str] = _words("abbreviations.txt", lower=False)
