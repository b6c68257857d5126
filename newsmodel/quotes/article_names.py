"""Reading an article's names: whom it names, as what, and where.

:class:`ArticleNames` reads the article once. Every run of capitalised tokens outside
quotations (with name particles inside: "Ursula von der Leyen") is split into title and
name ("Kenyan President William Ruto"). A person's full name becomes an :class:`Entity`,
with the gender its given name or title suggests, its title and the role nouns around
it ("winger Tiago Rebelo", "Sizwe Mthembu, the firm's director,", "as Canada's prime
minister"); an organisation's or a place's name becomes one too ("Suncor Energy",
"Export Development Canada (EDC)", "Lake Cowichan"). Each mention of a known name is
remembered with its sentence and paragraph, and :meth:`ArticleNames._lookup` finds the
entity a full or short name stands for ("Ruto", "Hillary Clinton" for "Hillary Rodham
Clinton"), the nearest mentioned where several fit. Resolution
(:mod:`newsmodel.quotes.coref`) reads these tables.
"""

from __future__ import annotations

import sys
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterator
from operator import itemgetter

import regex

from newsmodel.model import SpeakerKind
from newsmodel.names import HONORIFICS, given_name, name_key
from newsmodel.quotes.cues import PARTY_ADJECTIVES
from newsmodel.quotes.entities import Entity, EntityMention, Resolved
from newsmodel.quotes.kin_names import (
    family_first,
    given_names_described,
    kin_given_names,
    other_given,
)
from newsmodel.quotes.lexicon import (
    CAPITAL_NOT_NAMES,
    COUNTRIES,
    FEMALE_NAMES,
    GROUP_NOUNS,
    MALE_NAMES,
    NUMBER_WORDS,
    ORG_MARKERS,
    PERSON_NOUNS,
    PLACE_HEADS,
    PLACE_MARKERS,
    ROLE_ADJECTIVES,
    TITLE_WORDS,
    word_list,
)
from newsmodel.quotes.name_parts import ends_name, unit_number
from newsmodel.quotes.name_roles import (
    ROLE_STOPS,
    company_role,
    department_office,
    described_as_someone,
    first_surname_people,
    party_portfolio,
    role_of,
    role_words,
    titled,
)
from newsmodel.quotes.name_runs import capital_runs, full_name
from newsmodel.quotes.person_words import (
    FEMALE_TITLES,
    MALE_TITLES,
    agent_plural,
)
from newsmodel.quotes.phrase_words import BODY_OR_PERSON_ROLES
from newsmodel.quotes.proper_names import (
    BASED,
    SURNAME_WORDS,
    bracketed_acronyms,
    country_named,
    is_given_name,
    name_gender,
    name_split,
    org_words,
    party_plural,
    same_given,
    title_after_body,
)
from newsmodel.quotes.speaker_kinds import COMPANY_ROLES
from newsmodel.quotes.tokens import Tokens, indexed
from newsmodel.text.lexicon import DEMONYMS, PLACES, US_STATES

__all__ = [
    "GENERATIONS",
    "MAX_MENTIONS_SCANNED",
    "ArticleNames",
]

#: Words that make a name a place when they open it: "San Brixo" (not "Aung San Suu Kyi").
_PLACE_PREFIXES = word_list("place_prefixes")
#: Titles of the peerage, which name people as an honorific does ("Lord Goldsmith").
_PEERAGE = word_list("peerage")
#: Words before a month that make it a month, not a given name: "an August PBO report".
_BEFORE_MONTHS = word_list("before_months")
#: Words between "as" and the role it gives: "as the mayor", "as Canada's prime minister".
_ROLE_AS_WORDS = word_list("role_as_words")
#: Suffixes that make a name another person's: "Donald Jr." is not his father.
GENERATIONS = word_list("generation_suffixes")


#: An acronym in brackets after a name, which then stands for it: "(EDC)", "(UFCW)".
_ACRONYM_RE = regex.compile(r"\p{Lu}[\p{Lu}&]{1,7}")
#: What may follow a role said with "as": punctuation, or a preposition ("as Canada's
#: prime minister —", "as mayor of Surrey").
_ROLE_ENDS = frozenset({",", ".", ";", ":", "—", "–", "--", ")", "!", "?"})
_AS = indexed(["as"])
#: How many mentions a look-back scans, at most.
MAX_MENTIONS_SCANNED = 60


#: Last words of companies' names that no surname is: "Delmar Airlines" is no person.
_COMPANY_ONLY_WORDS = word_list("company_only_words")
#: Before a name that ends in a place word, these make it a place ("in Stanley Park").
_PLACE_NAME_PREPOSITIONS = word_list("place_name_prepositions")


#: Roles a body's name may stand before: "Aston Martin boss Ulrich Bez".
_AFFILIATION_ROLES = word_list("affiliation_roles")
#: Last words of the names of competitions and prizes: "Uefa Cup", "the Juno Awards".
_EVENT_WORDS = word_list("event_words")


class ArticleNames:
    """The article's named entities and where they are mentioned."""

    def __init__(
        self,
        text: str,
        tokens: Tokens,
        skip: tuple[int, int] | None = None,
        *,
        furniture: frozenset[int] = frozenset(),
        credits: frozenset[int] = frozenset(),
        headlines: frozenset[int] = frozenset(),
    ) -> None:
        """Read the names of an article's tokens (but those in the span ``skip``, the
        dateline). In the paragraphs of ``furniture`` (headlines, captions, credits),
        only people's full names are read, for the short forms of the body, and none is
        a mention that a pronoun or a role may stand for; in ``headlines``, only full
        names are read; the names of ``credits`` (credit lines and bylines) are not read
        at all."""
        self.text = text
        self.tokens = tokens
        self.persons: dict[str, Entity] = {}
        #: the people read so far by the key of their full name (newsmodel.names.name_key)
        self.by_key: dict[str, Entity] = {}
        self.by_last: dict[str, list[Entity]] = {}
        self.by_first: dict[str, list[Entity]] = {}
        self.orgs: list[tuple[int, Entity]] = []
        #: each organisation named by a run of two or more capitalised words, by its name
        self.org_names: dict[str, Entity] = {}
        self.mentions: list[EntityMention] = []
        self.mention_tokens: list[int] = []
        self.speakers: list[EntityMention] = []
        self.speaker_tokens: list[int] = []
        self.plural_speakers: list[tuple[int, int, Resolved]] = []
        self.thing_speakers: list[tuple[int, int, Resolved]] = []
        #: the people who hold each office, by their entities' ids (later_names fills it)
        self.office_holders: dict[str, set[int]] = {}
        #: anonymous speakers by their role noun, for "the diplomat" after "a diplomat"
        self.role_speakers: list[tuple[int, str, Resolved]] = []
        #: a description ("the prime minister") last given to a person quoted, by its
        #: words after "the": the paragraph and the person
        self.described: dict[str, tuple[int, Resolved]] = {}
        #: the one a lede's description is named as next, by its words: "brixo mother"
        self.lede_described: dict[str, Resolved] = {}
        #: the owner of the document last named with its owner, by the document's noun
        #: and with its paragraph: "The book said" after "The book by Sam Reed"
        self.document_owners: dict[str, tuple[int, Resolved]] = {}
        #: the capitalised words of the quotation a pronoun attributes, by the pronoun's
        #: token: "“I cannot believe Lisa would object,” she said" is not Lisa's
        self.quoted_words: dict[int, frozenset[str]] = {}
        self._roles_at: dict[int, set[str]] = {}
        #: the gender the pronouns after a person's first mentions give, by id (roles.py)
        self.genders_after: dict[int, str | None] = {}
        #: the people named after each word ("American" -> Andy Roddick), read when needed
        self._word_before_names: dict[str, list[tuple[int, Entity]]] | None = None
        #: people named so far by a title and a surname alone ("Judge Ortiz"), by surname
        self._lone_surnames: dict[str, Entity] = {}
        #: relatives named by a given name alone, by the family's surname: "Mr. Melnyk"
        #: for "Her husband, Taras," (a surname alone, with no title, never names them)
        self._kin_last: dict[str, list[Entity]] = {}
        self._furniture = furniture
        runs = capital_runs(tokens, skip)
        para = tokens.para
        words = tokens.text
        n = len(words)
        # no photo credit, wherever it stands, names anyone: "Jane Roe / AP file",
        # "(Steve Lawrence/CBC)"
        runs = [
            (first, last)
            for first, last in runs
            if not ((last < n and words[last] == "/") or (first > 0 and words[first - 1] == "/"))
            and para[first] not in credits
        ]
        names = [name_split(tokens, first, last) for first, last in runs]
        if furniture or headlines:
            kept = [
                k
                for k, ((first, _last), name) in enumerate(zip(runs, names, strict=True))
                if (para[first] not in furniture and para[first] not in headlines)
                or (name is not None and full_name(self.tokens, *name))
            ]
            runs = [runs[k] for k in kept]
            names = [names[k] for k in kept]
        # the surnames the article gives with a given name somewhere ("George W Bush"):
        # "President Bush" is that person, read in full
        full_surnames = {
            tokens.text[name[1] - 1]
            for name in names
            if name is not None and name[1] - name[0] >= 2
        }
        for (first, last), name in zip(runs, names, strict=True):
            titled = title_after_body(tokens, first, name)
            if titled > 0 and name is not None:
                # "Bank of Canada Governor Stephen Poloz": the bank, then the governor
                self._register_org(first, titled)
                self._register(titled, last, name)
            elif (
                "of" in tokens.lower[first:last]
                or (
                    last - first >= 3
                    and tokens.lower[last - 1] in ORG_MARKERS
                    and (name is None or name[1] - name[0] < 2)
                )
                or unit_number(tokens, last - 1)
            ):
                # "the Ministry of Health" (see capital_runs), "Etobicoke General Hospital", "ATU Local 1"
                self._register_org(first, last)
            elif (
                name is not None
                and name[1] - name[0] >= 2
                # "Virginia Democratic primary voters": a party's adjective ends no name
                and tokens.lower[name[1] - 1] not in PARTY_ADJECTIVES
            ):
                self._register(first, last, name)
            elif (
                name is not None
                and not is_given_name(tokens.text[name[0]])
                and (role := company_role(self.tokens, name)) is not None
            ):
                # "Drugmaker AstraZeneca", "oil giant BP", "Diageo, the world's biggest
                # spirits company,": a company of one word, which "the company" may stand for
                self._register_org(name[0], name[1])
                self.org_names[self._span_text(name[0], name[1])].roles.add(role)
            elif (
                name is not None
                and name[0] > 0
                and para[name[0] - 1] == para[name[0]]
                and tokens.lower[name[0] - 1] in TITLE_WORDS
                and tokens.lower[name[0] - 1].rstrip(".") not in HONORIFICS
                and tokens.lower[name[0] - 1] not in _PEERAGE
                and tokens.text[name[0] - 1][:1].isupper()
                and tokens.text[name[0]] not in full_surnames
                and tokens.text[name[0]] not in COUNTRIES
                and tokens.lower[name[0]] not in ORG_MARKERS
                and tokens.lower[name[0]] not in PLACE_MARKERS
                and not is_given_name(tokens.text[name[0]])
                and para[first] not in furniture
            ):
                # "Judge Ortiz", "Premier Ford": a person the article may name no further,
                # whom "the judge" stands for
                self._lone_surname(name[0], name[0] - 1)
            elif name is not None and self._span_text(first, last) in self.org_names:
                # that company named again: "Heineken's net income fell ... It blamed"
                self.orgs.append((first, self.org_names[self._span_text(first, last)]))
        # "His wife, Sheryl, had left": Sheryl Nahanee, after Dwayne Nahanee (a surname
        # alone never names her: the article never gives it; nor does a given name the
        # article gives someone in full)
        # (an object, "to bring up her daughter Teja", is no mention a pronoun may stand for)
        objects = set()
        for k, full, gender, subject in kin_given_names(tokens, names, self._person_of):
            if tokens.text[k] not in self.by_first and para[k] not in furniture:
                if gender is None:
                    gender = name_gender([tokens.text[k]])  # "Gareth and Eluned Price"
                relative = self._add_person(full, full.split(" "), gender, surname=False)
                if " " in full:
                    self._kin_last.setdefault(full.rsplit(" ", 1)[1], []).append(relative)
                if not subject:
                    objects.add(k)
        for k in given_names_described(tokens, names, self.by_first.keys() | self.by_last.keys()):
            if para[k] not in furniture and tokens.text[k] not in self.persons:  # "Arlette, a"
                self._add_person(tokens.text[k], [tokens.text[k]], name_gender([tokens.text[k]]))
        self._quoted_names(furniture | credits)
        sent, para = tokens.sent, tokens.para
        for (first, last), name in zip(runs, names, strict=True):
            if name is not None and para[first] not in furniture and first not in objects:
                entity = self._lookup(name[0], name[1], first)
                if entity is not None:
                    self.mentions.append(
                        EntityMention(first, sent[first], para[first], entity, last=last, name=name)
                    )
                    self.mention_tokens.append(first)
        self._acronyms()
        self.org_tokens = [token for token, _e in self.orgs]
        self._roles_as()
        self._role_mentions()

    def _role_mentions(self) -> None:
        """Add the people the article names by an office alone ("the mayor said") to the
        mentions: resolution does (:class:`newsmodel.quotes.coref.Registry`), reading the
        names alone does not."""

    def _quoted_names(self, furniture: frozenset[int]) -> None:
        """Read the people named in full only inside quotations, whose surname the
        article gives alone outside them ("“... Patrick Murphy will win,” she said" and
        later "Murphy said"): a full name for the short form, but no mention of them that
        a pronoun or a role may stand for."""
        tokens = self.tokens
        text = tokens.text
        quote = tokens.quote
        para = tokens.para
        quoted = [k for k in tokens.capitals() if quote[k] >= 0 and para[k] not in furniture]
        i = 0
        while i < len(quoted):
            j = i + 1
            while j < len(quoted) and quoted[j] == quoted[j - 1] + 1 and j - i < 4:
                j += 1
            first, last = quoted[i], quoted[j - 1] + 1
            i = j
            if not 2 <= last - first <= 3 or quote[first] != quote[last - 1]:
                continue
            if not full_name(self.tokens, first, last):
                continue
            words = text[first:last]
            lowered = tokens.lower[first:last]
            full = self._span_text(first, last)
            if (
                # (a relative of the surname is another: "“Ada Lund taught ...,”" before
                # "Her son, Tom Lund")
                any(not other_given(e.name, full) for e in self.by_last.get(words[-1], ()))
                or full in self.persons
                or full in self.org_names
                or name_key(full) in self.by_key
                or lowered[0] in TITLE_WORDS  # "Prince Charles": a title, then the name
                or lowered[0] in _PEERAGE
                or org_words(words, lowered)  # "Ford Motor"
            ):
                continue
            self._add_person(full, words, name_gender(words))

    def _person_of(self, a: int, b: int) -> tuple[str, str | None] | None:
        """The name and gender of the person the name in tokens [a, b) reads as."""
        entity = self._lookup(a, b, a)
        if entity is None or entity.kind is not SpeakerKind.PERSON:
            return None
        return entity.name, entity.gender

    def _add_person(
        self, full: str, words: list[str], gender: str | None, *, surname: bool = True
    ) -> Entity:
        """A new person of the full name ``full`` (its ``words``), found by it, its key, its
        first word and (unless not ``surname``) its last."""
        entity = Entity(full, SpeakerKind.PERSON, gender)
        self.persons[full] = entity
        self.by_key[name_key(full)] = entity
        if surname:
            self.by_last.setdefault(words[-1], []).append(entity)
        self.by_first.setdefault(words[0], []).append(entity)
        return entity

    def _roles_as(self) -> None:
        """Give a sentence's first person the role it says they act "as": "Justin Trudeau
        says he's concerned as Canada's prime minister" makes him "the prime minister"."""
        tokens = self.tokens
        lower = tokens.lower
        text = tokens.text
        n = len(tokens)
        for k in tokens.where(_AS):
            if k + 1 >= n or tokens.quote[k] >= 0:
                continue
            j = k + 1
            while j < min(n, k + 5) and (
                lower[j] in _ROLE_AS_WORDS
                or (text[j][0].isupper() and lower[j] not in TITLE_WORDS)
                or lower[j] in ROLE_ADJECTIVES
            ):
                j += 1
            if j >= n or lower[j] not in TITLE_WORDS or tokens.sent[j] != tokens.sent[k]:
                continue
            while j + 1 < n and lower[j + 1] in TITLE_WORDS and text[j + 1][0].islower():
                j += 1  # "prime minister": the last word is the role
            if j + 1 < n and not (lower[j + 1] in _ROLE_ENDS or lower[j + 1] in ROLE_STOPS):
                continue  # "as the Brazilian midfielder comes closer": a clause
            role = lower[j]
            sent = tokens.sent[k]
            m = bisect_left(self.mention_tokens, tokens.sent_first[sent])
            if m < len(self.mentions) and self.mentions[m].token < k:
                entity = self.mentions[m].entity
                if entity.kind is SpeakerKind.PERSON and self.mentions[m].sent == sent:
                    entity.roles.add(role)

    def _title_start(self, first: int) -> int:
        """Extend a run backwards over lower-case title words and the capitalised words
        before them: "presidential candidate X", "Council member X"."""
        tokens = self.tokens
        k = first
        lowered = False
        while k - 1 >= 0 and first - k < 5 and tokens.para[k - 1] == tokens.para[first]:
            w = tokens.lower[k - 1]
            t = tokens.text[k - 1]
            if w in TITLE_WORDS or w in PERSON_NOUNS:
                k -= 1
                lowered = lowered or t[0].islower()
                continue
            if (
                lowered
                and t[0].isupper()
                and t not in CAPITAL_NOT_NAMES
                and tokens.quote[k - 1] < 0
            ):
                k -= 1
                continue
            if lowered and party_portfolio(tokens, k - 1):
                k -= 1  # "Conservative finance critic Pierre Dale": the portfolio
                continue
            if not department_office(tokens, k - 1, tokens.para[first]):
                break
            k -= 2  # "Minister of Long-Term Care Paul Dale": the office and its "of"
            lowered = True
        return k

    def _register(self, first: int, last: int, name: tuple[int, int]) -> None:
        tokens = self.tokens
        a, b = name
        words = tokens.text[a:b]
        lowered = tokens.lower[a:b]
        place = not PLACE_MARKERS.isdisjoint(lowered) or lowered[0] in _PLACE_PREFIXES
        given = (
            is_given_name(words[0])
            and lowered[-1] not in ORG_MARKERS
            and lowered[-1] not in PLACE_HEADS
            and lowered[-1] not in _COMPANY_ONLY_WORDS
            and not (
                lowered[-1] in PLACE_MARKERS
                and first > 0
                and tokens.lower[first - 1] in _PLACE_NAME_PREPOSITIONS
            )
        )
        if b - first >= 2 and self._span_text(first, last) in self.org_names:
            self._register_org(first, last)  # "Aston Martin" again, named a body before
            return
        if b - first >= 2 and not given and self._shortens_a_body(first, last):
            return
        shortened = b - a >= 2 and (
            self._shortens_a_person(a, b) or (not given and self._capital_opener(a, b))
        )
        if not shortened and (
            (
                not given
                and (
                    # "Ji-woo Park, a PhD student,", "owner Seo-yeon Park": a person
                    (place and not (described_as_someone(tokens, last) or titled(tokens, first, a)))
                    or org_words(words, lowered)
                    or party_plural(lowered)
                )
            )
            or self._affiliation(last)
        ):
            if b - first >= 2:
                self._register_org(first, last, place=place and ORG_MARKERS.isdisjoint(lowered))
            return
        if words[-1] in _EVENT_WORDS or lowered[0] in NUMBER_WORDS:
            return  # "Uefa Cup", "the Juno Awards", "Six Nations": no one
        if self._span_text(a, b) in COUNTRIES or self._span_text(a, b).lower() in PLACES:
            return  # "the United States", "New Zealand", "Hong Kong": a place, no one
        if words[0] in SURNAME_WORDS and a == first and first > 0:
            before = tokens.lower[first - 1]
            if before in _BEFORE_MONTHS:
                return  # "an August PBO report", "in May Smith said": a month, no one
        if (
            words[-1] in COUNTRIES
            and not country_named(words[-1])
            and not (given and lowered[-1] in DEMONYMS)  # "Oliver Irish", "Dawn French"
            and not (given and words[0] not in COUNTRIES)  # "John Houston", "Steve Israel"
        ) or (words[0] in COUNTRIES and a == first and not country_named(words[0])):
            return  # "Canada Goose", "Air Canada" (but "Jordan Peterson", "Chad Sweet")
        if sum(map(str.isupper, map(itemgetter(0), words))) < 2:
            return
        suffixed = (
            b < len(tokens) and tokens.text[b] in GENERATIONS and tokens.para[b] == tokens.para[a]
        )
        full = self._span_text(a, b + suffixed)  # "Frank Ngata Jr.", his father's son
        entity = self.persons.get(full)
        key = ""
        if entity is None:
            # another spelling of a full name read before: "Donald J. Trump", "Donald Trump"
            key = name_key(full)
            entity = self.by_key.get(key)
            if entity is not None:
                self.persons[full] = entity
            else:
                entity = self._lone_surnames.get(words[-1])
                said = {role_of(tokens.lower[k]) for k in range(self._title_start(first), a)}
                if entity is not None and said.isdisjoint(entity.titles):
                    entity = None  # "President Obama", then "Michelle Obama": another
                if entity is not None:
                    del self._lone_surnames[words[-1]]
                    entity.lone = False
                    # "Judge Ortiz" read before "Judge Lena Ortiz": one person, full name
                    entity.name = full
                    self.persons[full] = entity
                    self.by_key[key] = entity
                    self.by_first.setdefault(words[0], []).append(entity)
        if (
            entity is None
            and a == first
            and self._after_the(first)
            and not (words[0] in FEMALE_NAMES or words[0] in MALE_NAMES or words[0].endswith("."))
        ):
            return  # "the Diamond Resorts", "the Donald Trump campaign": no one met yet
        title_first = self._title_start(first)
        title_words = [role_of(tokens.lower[k]) for k in range(title_first, a)]
        roles = role_words(self.tokens, first, last) if entity is None and not given else set()
        company = (roles | set(title_words)) & COMPANY_ROLES
        if company <= BODY_OR_PERSON_ROLES and given_name(words[0]) is not None:
            company = set()  # "Sandeep Gill, a crane operator": a given name the table knows
        if entity is None and not given and company:
            # "Electronics maker Kurogane Denki": a company, that "Kurogane" shortens
            entity = Entity(full, SpeakerKind.ORGANISATION, roles=roles)
            self.persons[full] = entity
            self.by_last.setdefault(words[-1], []).append(entity)
            self.by_first.setdefault(words[0], []).append(entity)
            self.orgs.append((first, entity))
        if entity is None:
            gender = name_gender(words)
            if gender is None:
                if any(w in FEMALE_TITLES for w in title_words):
                    gender = "f"
                elif any(w in MALE_TITLES for w in title_words):
                    gender = "m"
            entity = self._add_person(full, words, gender)
        if title_first < a:
            title = self._span_text(title_first, a).rstrip(" ,")
            if entity.title is None and title:
                entity.title = title
            entity.titles.extend(title_words)

    def _acronyms(self) -> None:
        """Name the bodies an acronym in brackets follows when their names hold lower-case
        words (:func:`newsmodel.quotes.proper_names.bracketed_acronyms`), so that "the
        CCPA said" is the Canadian Centre for Policy Alternatives, named in full."""
        for acronym, first, last in bracketed_acronyms(self.tokens):
            full = self._span_text(first, last)
            known = self.org_names.get(acronym)
            # (an acronym read alone before, in a headline: "bid battle for LSE", is named
            # anew; one a name, or a person, holds already is left)
            if (known is not None and known.name != acronym) or {
                acronym,
                full,
            } & self.persons.keys():
                continue
            entity = self.org_names.get(full) or Entity(full, SpeakerKind.ORGANISATION)
            self.org_names.setdefault(full, entity)
            self.org_names[acronym] = entity

    def _lone_surname(self, k: int, title: int) -> None:
        """Register the person "Judge Ortiz" names: the surname at token ``k``, with the
        title word at token ``title``."""
        word = self.tokens.text[k]
        t = role_of(self.tokens.lower[title])
        gender = "f" if t in FEMALE_TITLES else "m" if t in MALE_TITLES else None
        entity = Entity(
            word, SpeakerKind.PERSON, gender, titles=[t], title=self.tokens.text[title], lone=True
        )
        self.persons[word] = entity
        self.by_last.setdefault(word, []).append(entity)
        self._lone_surnames[word] = entity

    def _affiliation(self, last: int) -> bool:
        """Whether a run of capitals that ends at ``last`` names a body, as a role of it
        and a person's name follow: "Aston Martin boss Ulrich Bez", "Sale Sharks director
        of rugby Philippe Saint-Andre"."""
        tokens = self.tokens
        n = len(tokens)
        if last >= n or tokens.lower[last] not in _AFFILIATION_ROLES:
            return False
        k = last + 1
        while k < n and k - last <= 3 and tokens.text[k][:1].islower():
            k += 1  # "director of rugby"
        return (
            k < n
            and k + 1 < n
            and is_given_name(tokens.text[k])
            and tokens.text[k + 1][:1].isupper()
        )

    def _shortens_a_person(self, a: int, b: int) -> bool:
        """Whether the name in tokens [a, b) ends the name of one person met before, and
        is now theirs: "Hawk Sawyer" after "Kathleen Hawk Sawyer" (and ``ends_name``)."""
        full = self._span_text(a, b)
        if full in self.persons:
            return self.persons[full].kind is SpeakerKind.PERSON
        same = self.by_last.get(self.tokens.text[b - 1], ())
        longer = [e for e in same if e.kind is SpeakerKind.PERSON and ends_name(e.name, full)]
        if len(longer) != 1:
            return False
        self.persons[full] = longer[0]
        return True

    def _capital_opener(self, a: int, b: int) -> bool:
        """Whether a run of two words that opens its sentence is a word capitalised there
        and the surname of one person met before, who it is now: "Top Marlow strategists
        conceded" after "Ben Marlow"."""
        tokens = self.tokens
        if (
            b - a != 2
            or tokens.sent_first[tokens.sent[a]] != a
            or b >= len(tokens)
            or not (tokens.lower[b] in GROUP_NOUNS or agent_plural(tokens.lower[b]))
        ):
            return False  # a name before a noun of people only: "Top Marlow strategists"
        same = [e for e in self.by_last.get(tokens.text[b - 1], ()) if e.kind is SpeakerKind.PERSON]
        if len(same) != 1:
            return False
        self.persons[self._span_text(a, b)] = same[0]
        return True

    def _after_the(self, first: int) -> bool:
        """Whether the name at ``first`` follows a lower-case "the" in its paragraph: a
        person is seldom "the" anything ("the Diamond Resorts", "the Toronto Raptors")."""
        tokens = self.tokens
        return (
            first > 0
            and tokens.text[first - 1] == "the"
            and tokens.para[first - 1] == tokens.para[first]
        )

    def _shortens_a_body(self, first: int, last: int) -> bool:
        """Whether the name in tokens [first, last) is the first words of a body's name
        read before ("Corvex Data" after "Corvex Data Inc"): if so, it names that body."""
        written = self._span_text(first, last)
        if written in COUNTRIES or written.lower() in PLACES:
            return False  # "New Zealand", not "the New Zealand Rugby Football Union"
        bodies = self.bodies_named_from(written, self.by_first.get(self.tokens.text[first], []))
        entity = next(bodies, None)
        if entity is None:
            return False
        self.persons.setdefault(written, entity)
        self.orgs.append((first, entity))
        return True

    @staticmethod
    def bodies_named_from(written: str, entities: list[Entity]) -> Iterator[Entity]:
        """The bodies of ``entities`` whose names ``written`` opens: "Corvex Data Inc" for
        "Corvex Data", "Nortel Networks" for "Nortel"."""
        prefix = written + " "
        return (
            e for e in entities if e.kind is SpeakerKind.ORGANISATION and e.name.startswith(prefix)
        )

    def _register_org(self, first: int, last: int, *, place: bool = False) -> None:
        """An organisation named by tokens [first, last): one entity per name, which its
        first word shortens ("Suncor" for "Suncor Energy"; when that word is a place, the
        last of two: "the Star" for "Toronto Star"),
        and an acronym in brackets after it names ("Export Development Canada (EDC)")."""
        tokens = self.tokens
        based = [k for k in range(first, last - 1) if tokens.lower[k].endswith(BASED)]
        first = based[-1] + 1 if based else first  # "Los Angeles-based Northlight Pictures"
        full = self._span_text(first, last)
        entity = self.org_names.get(full)
        if entity is None:
            entity = self.org_names[full] = Entity(full, SpeakerKind.ORGANISATION, place=place)
            if unit_number(tokens, last - 1):
                entity.roles.add("union")  # "Amalgamated Transit Workers Local 1822"
            k = first + 1 if tokens.lower[first] in ("the", "a", "an") else first
            head = tokens.text[k]
            if not (
                head in COUNTRIES
                or tokens.lower[k] in PLACES
                or tokens.lower[k] in US_STATES
                or k > first
            ):
                self.by_first.setdefault(head, []).append(entity)
            elif last - k == 2 and tokens.text[last - 1][:1].isupper() and not place:
                # "the Post" for "The Washington Post", "the Star" for "Toronto Star"
                self.by_last.setdefault(tokens.text[last - 1], []).append(entity)
        self.orgs.append((first, entity))
        n = len(tokens)
        if (
            last + 2 < n
            and tokens.text[last] == "("
            and tokens.text[last + 2] == ")"
            and _ACRONYM_RE.fullmatch(tokens.text[last + 1])
        ):
            self.persons.setdefault(tokens.text[last + 1], entity)

    def _mention_roles(self, m: EntityMention) -> set[str]:
        """The role words at a name's mention, read when first needed."""
        found = self._roles_at.get(m.token)
        if found is None:
            found = self._roles_at[m.token] = role_words(self.tokens, m.token, m.last)
        return found

    def _span_text(self, first: int, last: int) -> str:
        tokens = self.tokens
        # one string for each text ("he" a thousand times is one string)
        return sys.intern(self.text[tokens.start[first] : tokens.end[last - 1]])

    def _lookup(self, a: int, b: int, at: int, gender: str | None = None) -> Entity | None:
        """The person a name in tokens [a, b) stands for, if we know one (of ``gender``,
        when a title such as "Mrs." tells it)."""
        tokens = self.tokens
        # the words of a one-token name are its token
        written = tokens.text[a] if b - a == 1 else self.text[tokens.start[a] : tokens.end[b - 1]]
        text = tokens.text
        entity = self.persons.get(written)
        if b < len(text) and text[b] in GENERATIONS:
            # "Donald Jr." is not Donald J. Trump: only the name as read with its suffix,
            # or its surname with it ("Trump Jr." for Donald Trump Jr.)
            found = self.persons.get(self.text[tokens.start[a] : tokens.end[b]])
            ending = f" {text[b - 1]} {text[b]}"
            if found is None and b - a == 1:
                found = next(
                    (e for e in self.by_last.get(text[a], ()) if e.name.endswith(ending)), None
                )
            return found
        if entity is not None:
            return entity
        first_word, last_word = text[a], text[b - 1]
        candidates = self.by_last.get(last_word, [])
        if b - a > 1:
            # a body is shortened by its last word alone: "the Post", not "Shareholders
            # United" for "Manchester United"; "Mei-Ling Kwan" is not Trevor Kwan
            given = is_given_name(first_word)
            candidates = [
                e
                for e in candidates
                if e.kind is not SpeakerKind.ORGANISATION
                and (not given or e.lone or same_given(e.name.split(" ", 1)[0], first_word))
                and (e.lone or not other_given(e.name, written))  # not Lien Tran's
            ]
        if not candidates and b - a == 1:
            candidates = self.by_first.get(first_word, [])
            for e in candidates:
                if e.gender is not None and family_first(self.text, e.name, first_word):
                    e.gender = name_gender(e.name.split(" ")[1:])  # not "Zhao"'s
            if not candidates and gender is not None:
                # with a title that tells a gender: "Ms. Acosta"
                candidates = first_surname_people(self.persons.values(), last_word)
        if not candidates and b - a > 1:
            # "Hillary Clinton" for "Hillary Rodham Clinton": same first and last word
            candidates = [
                e for e in self.by_first.get(first_word, []) if e.name.endswith(last_word)
            ]
        if gender is not None:
            # "Mr Price" of Gareth and Eluned Price: the one known to be a man (a relative
            # too), else one whose gender nothing tells
            exact = [e for e in candidates if e.gender == gender]
            if not exact and b - a == 1:
                exact = [e for e in self._kin_last.get(last_word, ()) if e.gender == gender]
            candidates = exact or [e for e in candidates if e.gender is None]
        if len(candidates) > 1:
            # "Mr. Trump" with "Donald Trump Jr." named too: the one without the suffix
            plain = [e for e in candidates if e.name.rsplit(" ", 1)[-1] not in GENERATIONS]
            candidates = plain or candidates
        if not candidates:
            return None
        if len(candidates) == 1:
            return candidates[0]
        return self._nearest(candidates, at)

    def _nearest(self, candidates: list[Entity], at: int) -> Entity:
        """Of several entities, the one mentioned (or quoted, however named) last before
        token ``at`` (else the first)."""
        found: Entity | None = None
        found_at = -1
        k = bisect_left(self.mention_tokens, at) - 1
        scanned = 0
        while k >= 0 and scanned < MAX_MENTIONS_SCANNED:
            if self.mentions[k].entity in candidates:
                found, found_at = self.mentions[k].entity, self.mentions[k].token
                break
            k -= 1
            scanned += 1
        k = bisect_left(self.speaker_tokens, at) - 1
        scanned = 0
        while k >= 0 and scanned < MAX_MENTIONS_SCANNED and self.speakers[k].token > found_at:
            if self.speakers[k].entity in candidates:
                return self.speakers[k].entity
            k -= 1
            scanned += 1
        para = self.tokens.para
        if found is not None and at < len(para) and para[at] - para[found_at] > 1:
            # named last paragraphs ago: the one the article names most ("Fiorina told
            # the crowd" is Carly Fiorina, not the husband named once, long before)
            times = Counter(
                id(m.entity) for m in self.mentions[: bisect_left(self.mention_tokens, at)]
            )
            most = max(candidates, key=lambda e: times[id(e)])
            if times[id(most)] > times[id(found)]:
                return most
        return found if found is not None else candidates[0]
