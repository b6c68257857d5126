"""Resolution: from the words at a quotation ("he", "Ruto", "the president") to the speaker
meant ("William Ruto"), so that every quotation of one speaker carries one name.

:class:`Registry` reads the article once for proper names (a capitalised run with a title
before it is split into title and name) and remembers where each person is mentioned.
:meth:`Registry.resolve` then works through the speaker phrases in text order: full names
stand for themselves, short forms go to the full name they shorten (the nearest mentioned
before, else the first after), role nouns ("the president", "the ministry") to the most
recent entity with that title, and pronouns to the most salient compatible entity of the
nearest sentence that has one: its speaker if it has one, else its first mention.
"""

from __future__ import annotations

from bisect import bisect_left
from itertools import compress
from operator import itemgetter, not_

import attrs
import regex

from newsmodel.model import SpeakerKind
from newsmodel.quotes.cues import AUXILIARIES
from newsmodel.quotes.lexicon import (
    CAPITAL_NOT_NAMES,
    COUNTRIES,
    CUE_FORMS,
    FUNCTION_WORDS,
    ORG_MARKERS,
    PERSON_NOUNS,
    PLACE_MARKERS,
    ROLE_ADJECTIVES,
    TITLE_WORDS,
    word_set,
)
from newsmodel.quotes.proper_names import (
    gender_of,
    is_given_name,
    month_surname,
    name_split,
    org_words,
)
from newsmodel.quotes.speaker_kinds import COMPANY_ROLES, Phrase
from newsmodel.quotes.tokens import Tokens
from newsmodel.text.lexicon import PLACES, US_STATES

__all__ = ["Entity", "Registry", "Resolved"]

_FEMALE_TITLES = word_set(
    """mrs. mrs ms. ms miss congresswoman spokeswoman chairwoman councilwoman businesswoman
    queen princess duchess dame lady madam sister mother"""
)
_MALE_TITLES = word_set(
    """mr. mr congressman spokesman chairman councilman businessman king prince duke sir lord
    father brother"""
)
_NAME_PARTICLES = word_set(
    """de da do dos das del della der den van von bin ibn al el le la du ter ten y"""
)
#: Words in an organisation's name that make it no company (for "the company").
PUBLIC_WORDS = word_set(
    """ministry department agency office bureau commission committee council board authority
    administration government cabinet parliament congress senate assembly legislature court
    party campaign coalition alliance union federation association society institute
    foundation university college school hospital police army navy military church league
    service services watch centre center city province state nation"""
)
#: Role nouns that name one another ("the judge" for "Justice Margaret Osei").
ROLE_SYNONYMS: dict[str, frozenset[str]] = {
    "judge": frozenset(["justice", "judge"]),
    "justice": frozenset(["judge", "justice"]),
    "officer": frozenset(
        ["const.", "constable", "cpl.", "corporal", "sgt.", "sergeant", "officer"]
    ),
    "senator": frozenset(["sen.", "senator"]),
    "governor": frozenset(["gov.", "governor"]),
    "congressman": frozenset(["rep.", "representative", "congressman"]),
    "congresswoman": frozenset(["rep.", "representative", "congresswoman"]),
    "lawmaker": frozenset(["rep.", "sen.", "mp", "mpp", "mla", "lawmaker", "senator"]),
    "legislator": frozenset(["rep.", "sen.", "mp", "mpp", "mla", "legislator"]),
    "doctor": frozenset(["dr.", "doctor", "physician"]),
    "physician": frozenset(["dr.", "doctor", "physician"]),
    "professor": frozenset(["prof.", "professor"]),
    "coach": frozenset(["coach", "manager"]),
    "manager": frozenset(["coach", "manager"]),
    "player": frozenset(
        [
            "player",
            "winger",
            "striker",
            "forward",
            "defender",
            "midfielder",
            "goalkeeper",
            "defenceman",
            "defenseman",
            "centre",
            "goaltender",
            "pitcher",
            "quarterback",
        ]
    ),
}
_PLURAL_ROLES = frozenset(["people", "police", "staff", "crew", "public", "personnel"])
_ROLE_STOPS = frozenset({"of", "at", "for", "with", "in", "from", "on", "to", "by", "and", "or"})
#: Endings of nouns for people by what they do ("winger", "economist", "spokesman").
_AGENT_ENDINGS = ("er", "or", "ist", "ian", "ant", "ent", "man", "woman", "person", "ee")


def _role_of(w: str) -> str:
    """The role noun a word names: itself, or the noun of a role adjective ("mayoral")."""
    return ROLE_ADJECTIVES.get(w, w)


def _role_noun(w: str) -> bool:
    """Whether a lower-case word can be a role noun: a listed one, or an agent noun."""
    if not w.isalpha() and "-" not in w:
        return False
    return (
        w in PERSON_NOUNS
        or w in TITLE_WORDS
        or w in COMPANY_ROLES
        or (len(w) > 3 and w.endswith(_AGENT_ENDINGS) and w not in FUNCTION_WORDS)
    )


#: An acronym in brackets after a name, which then stands for it: "(EDC)", "(UFCW)".
_ACRONYM_RE = regex.compile(r"\p{Lu}[\p{Lu}&]{1,7}")
#: What may follow a role said with "as": punctuation, or a preposition ("as Canada's
#: prime minister —", "as mayor of Surrey").
_ROLE_ENDS = frozenset({",", ".", ";", ":", "—", "–", "--", ")", "!", "?"})
_APPOSITIVE_STOPS = frozenset({",", ".", ";", ":", "!", "?", "(", ")", "—", "–", "--"})
_MAX_SENTENCES_BACK = 10
#: How far back a gendered pronoun looks for the last person of its gender.
_MAX_PARAGRAPHS_FOR_GENDER = 8
_MAX_MENTIONS_SCANNED = 60


@attrs.define(slots=True)
class Entity:
    """A person (or organisation) of the article, by its fullest name."""

    name: str
    kind: SpeakerKind
    gender: str | None = None
    titles: list[str] = attrs.field(factory=list)
    title: str | None = None
    description: str | None = None
    #: Lower-case role nouns the article gives the entity ("winger", "director", "maker").
    roles: set[str] = attrs.field(factory=set)
    #: Whether the name is a place's ("Lake Cowichan"), which "it" never stands for.
    place: bool = False


@attrs.frozen
class Resolved:
    """A speaker phrase resolved: the name to report, its kind, title and description."""

    name: str
    kind: SpeakerKind
    title: str | None = None
    description: str | None = None
    gender: str | None = None
    entity: Entity | None = None


@attrs.define(slots=True)
class _Mention:
    token: int
    sent: int
    para: int
    entity: Entity
    speaker: bool = False
    #: the end of the name's run of capitalised tokens (for its role words)
    last: int = -1


def _title_gender(title: str | None) -> str | None:
    """ "f" or "m" when a title tells ("Mrs.", "Congresswoman"), else None."""
    if not title:
        return None
    words = title.lower().split()
    if any(w in _FEMALE_TITLES for w in words):
        return "f"
    if any(w in _MALE_TITLES for w in words):
        return "m"
    return None


class Registry:
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
        self.by_last: dict[str, list[Entity]] = {}
        self.by_first: dict[str, list[Entity]] = {}
        self.orgs: list[tuple[int, Entity]] = []
        #: each organisation named by a run of two or more capitalised words, by its name
        self.org_names: dict[str, Entity] = {}
        self.mentions: list[_Mention] = []
        self.mention_tokens: list[int] = []
        self.speakers: list[_Mention] = []
        self.speaker_tokens: list[int] = []
        self.plural_speakers: list[tuple[int, int, Resolved]] = []
        self.thing_speakers: list[tuple[int, int, Resolved]] = []
        #: anonymous speakers by their role noun, for "the diplomat" after "a diplomat"
        self.role_speakers: list[tuple[int, str, Resolved]] = []
        self._roles_at: dict[int, set[str]] = {}
        self._skip = skip
        self._furniture = furniture
        runs = self._runs()
        para = tokens.para
        runs = [
            (first, last)
            for first, last in runs
            if para[first] not in credits and not self._photo_credit(first, last)
        ]
        names = [name_split(tokens, first, last) for first, last in runs]
        if furniture or headlines:
            kept = [
                k
                for k, ((first, _last), name) in enumerate(zip(runs, names, strict=True))
                if (para[first] not in furniture and para[first] not in headlines)
                or (name is not None and self._full_name(*name))
            ]
            runs = [runs[k] for k in kept]
            names = [names[k] for k in kept]
        for (first, last), name in zip(runs, names, strict=True):
            if name is not None and name[1] - name[0] >= 2:
                self._register(first, last, name)
        sent, para = tokens.sent, tokens.para
        for (first, last), name in zip(runs, names, strict=True):
            if name is not None and para[first] not in furniture:
                entity = self._lookup(name[0], name[1], first)
                if entity is not None:
                    self.mentions.append(
                        _Mention(first, sent[first], para[first], entity, last=last)
                    )
                    self.mention_tokens.append(first)
        self.org_tokens = [token for token, _e in self.orgs]
        self._roles_as()
        self._role_mentions()

    # -- reading the article ------------------------------------------------------------

    def _full_name(self, first: int, last: int) -> bool:
        """Whether the name [first, last) is a person's full name: two or three words, the
        first a common given name, none in capitals ("Wendy Golden", not "INVESTMENT
        GROUP RAISES ROBESON" or a title-case headline's "Republican Donor Adelson")."""
        words = self.tokens.text[first:last]
        lowered = self.tokens.lower[first:last]
        return (
            2 <= len(words) <= 3
            and is_given_name(words[0])
            and not any(len(w) > 1 and w.isupper() for w in words)
            # a title-case headline's verbs and small words: "Megyn Kelly Is"
            and not any(w in FUNCTION_WORDS or w in CUE_FORMS or w in AUXILIARIES for w in lowered)
        )

    def _photo_credit(self, first: int, last: int) -> bool:
        """Whether the run [first, last) is a photo credit, wherever it stands: "Jane Roe /
        AP file", "(Steve Lawrence/CBC)"."""
        text = self.tokens.text
        return (last < len(text) and text[last] == "/") or (first > 0 and text[first - 1] == "/")

    def _roles_as(self) -> None:
        """Give a sentence's first person the role it says they act "as": "Justin Trudeau
        says he's concerned as Canada's prime minister" makes him "the prime minister"."""
        tokens = self.tokens
        lower = tokens.lower
        text = tokens.text
        n = len(tokens)
        for k in range(n - 1):
            if lower[k] != "as" or tokens.quote[k] >= 0:
                continue
            j = k + 1
            while j < min(n, k + 5) and (
                lower[j] in ("the", "a", "an", "its", "their", "his", "her", "’s", "'s")
                or (text[j][0].isupper() and lower[j] not in TITLE_WORDS)
                or lower[j] in ROLE_ADJECTIVES
            ):
                j += 1
            if j >= n or lower[j] not in TITLE_WORDS or tokens.sent[j] != tokens.sent[k]:
                continue
            while j + 1 < n and lower[j + 1] in TITLE_WORDS and text[j + 1][0].islower():
                j += 1  # "prime minister": the last word is the role
            if j + 1 < n and not (lower[j + 1] in _ROLE_ENDS or lower[j + 1] in _ROLE_STOPS):
                continue  # "as the Brazilian midfielder comes closer": a clause
            role = lower[j]
            sent = tokens.sent[k]
            m = bisect_left(self.mention_tokens, tokens.sent_first[sent])
            if m < len(self.mentions) and self.mentions[m].token < k:
                entity = self.mentions[m].entity
                if entity.kind is SpeakerKind.PERSON and self.mentions[m].sent == sent:
                    entity.roles.add(role)

    def _role_mentions(self) -> None:
        """Add the people the article names by an office alone ("the mayor brought up the
        plan") to the mentions, where the office resolves to one, so that a pronoun after
        them ("he said") can stand for them."""
        tokens = self.tokens
        lower = tokens.lower
        text = tokens.text
        quote = tokens.quote
        found: list[_Mention] = []
        n = len(tokens)
        for k in range(n - 1):
            w = lower[k + 1]
            if (
                lower[k] == "the"
                and w in TITLE_WORDS
                and quote[k] < 0
                and tokens.para[k] not in self._furniture
                and text[k + 1][0].islower()
                and (k + 2 >= n or not text[k + 2][0].isalpha() or text[k + 2][0].islower())
                and (k + 2 >= n or lower[k + 2] not in TITLE_WORDS)
            ):
                resolved = self._role(w, k)
                if resolved is not None and resolved.entity is not None:
                    found.append(
                        _Mention(k, tokens.sent[k], tokens.para[k], resolved.entity, last=k + 2)
                    )
        if found:
            merged = sorted([*self.mentions, *found], key=lambda m: m.token)
            self.mentions = merged
            self.mention_tokens = [m.token for m in merged]

    def _runs(self) -> list[tuple[int, int]]:
        """Runs of capitalised tokens outside quotations (with name particles inside)."""
        tokens = self.tokens
        text = tokens.text
        quote = tokens.quote
        para = tokens.para
        # lower-case tokens, capitalised words that are no names ("The") and quoted words
        # are most of the text: drop them in C-level passes
        upper = list(compress(range(len(text)), map(str.isupper, map(itemgetter(0), text))))
        words = map(text.__getitem__, upper)
        named = list(compress(upper, map(not_, map(CAPITAL_NOT_NAMES.__contains__, words))))
        surnames = [k for k in upper if month_surname(tokens, k)]
        if surnames:  # "Elizabeth May", "Theresa May": a month as a surname
            named = sorted([*named, *surnames])
        caps = list(compress(named, map((-1).__eq__, map(quote.__getitem__, named))))
        lower = tokens.lower
        if self._skip:
            # the tokens that start in the skipped span (offsets rise with the tokens)
            skip_lo, skip_hi = self._skip
            lo = bisect_left(caps, bisect_left(tokens.start, skip_lo))
            hi = bisect_left(caps, bisect_left(tokens.start, skip_hi))
            del caps[lo:hi]
        # a sentence opening with its cue, "Stated Stone:", names Stone only
        sent_first = tokens.sent_first
        openers = set(
            compress(sent_first, map(CUE_FORMS.__contains__, map(lower.__getitem__, sent_first)))
        )
        if openers:
            caps = [k for k in caps if k not in openers]
        runs: list[tuple[int, int]] = []
        first = last = -2
        first_para = -1
        for k in caps:
            if k == last:
                if para[k] == first_para:
                    last = k + 1
                    continue
            elif (
                k == last + 1
                and para[k] == first_para
                and lower[last] in _NAME_PARTICLES
                and quote[last] < 0
            ):
                last = k + 1
                continue
            if first >= 0:
                runs.append((first, last))
            first, last = k, k + 1
            first_para = para[k]
        if first >= 0:
            runs.append((first, last))
        return runs

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
            break
        return k

    def _register(self, first: int, last: int, name: tuple[int, int]) -> None:
        tokens = self.tokens
        a, b = name
        words = tokens.text[a:b]
        lowered = tokens.lower[a:b]
        given = is_given_name(words[0]) and lowered[-1] not in ORG_MARKERS
        place = not PLACE_MARKERS.isdisjoint(lowered)
        if not given and (place or org_words(words, lowered)):
            if b - first >= 2:
                self._register_org(first, last, place=place and ORG_MARKERS.isdisjoint(lowered))
            return
        if words[-1] in COUNTRIES or (words[0] in COUNTRIES and a == first):
            return
        if sum(map(str.isupper, map(itemgetter(0), words))) < 2:
            return
        full = self._span_text(a, b)
        entity = self.persons.get(full)
        title_first = self._title_start(first)
        title_words = [_role_of(tokens.lower[k]) for k in range(title_first, a)]
        roles = self._role_words(first, last) if entity is None and not given else set()
        if entity is None and not given and (roles | set(title_words)) & COMPANY_ROLES:
            # "Electronics maker Kurogane Denki": a company, that "Kurogane" shortens
            entity = Entity(full, SpeakerKind.ORGANISATION, roles=roles)
            self.persons[full] = entity
            self.by_last.setdefault(words[-1], []).append(entity)
            self.by_first.setdefault(words[0], []).append(entity)
            self.orgs.append((first, entity))
        if entity is None:
            gender = gender_of(words[0])
            if gender is None:
                if any(w in _FEMALE_TITLES for w in title_words):
                    gender = "f"
                elif any(w in _MALE_TITLES for w in title_words):
                    gender = "m"
            entity = Entity(full, SpeakerKind.PERSON, gender)
            self.persons[full] = entity
            last_word = words[-1]
            self.by_last.setdefault(last_word, []).append(entity)
            self.by_first.setdefault(words[0], []).append(entity)
        if title_first < a:
            title = self._span_text(title_first, a).rstrip(" ,")
            if entity.title is None and title:
                entity.title = title
            entity.titles.extend(title_words)

    def _register_org(self, first: int, last: int, *, place: bool = False) -> None:
        """An organisation named by tokens [first, last): one entity per name, which its
        first word shortens ("Suncor" for "Suncor Energy", unless that word is a place),
        and an acronym in brackets after it names ("Export Development Canada (EDC)")."""
        tokens = self.tokens
        while first < last - 1 and tokens.lower[first].endswith(("-based", "-headquartered")):
            first += 1  # "Calgary-based Suncor Energy" is Suncor Energy
        full = self._span_text(first, last)
        entity = self.org_names.get(full)
        if entity is None:
            entity = self.org_names[full] = Entity(full, SpeakerKind.ORGANISATION, place=place)
            head = tokens.text[first]
            if not (
                head in COUNTRIES
                or tokens.lower[first] in PLACES
                or tokens.lower[first] in US_STATES
                or tokens.lower[first] in ("the", "a", "an")
            ):
                self.by_first.setdefault(head, []).append(entity)
        self.orgs.append((first, entity))
        n = len(tokens)
        if (
            last + 2 < n
            and tokens.text[last] == "("
            and tokens.text[last + 2] == ")"
            and _ACRONYM_RE.fullmatch(tokens.text[last + 1])
        ):
            self.persons.setdefault(tokens.text[last + 1], entity)

    def _mention_roles(self, m: _Mention) -> set[str]:
        """The role words at a name's mention, read when first needed."""
        found = self._roles_at.get(m.token)
        if found is None:
            found = self._roles_at[m.token] = self._role_words(m.token, m.last)
        return found

    def _role_words(self, first: int, last: int) -> set[str]:
        """The role nouns next to a name in tokens [first, last): lower-case words before
        it ("winger Tiago Rebelo", "Liberal health critic Adil Rahman"), the head of an
        appositive after it ("Sizwe Mthembu, the firm's director,") or before it ("Her
        lawyer, Johan Pretorius,")."""
        tokens = self.tokens
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
            if not t[0].isalpha() or w in FUNCTION_WORDS or w in _ROLE_STOPS:
                break
            if t[0].islower() and (_role_noun(w) or w in ROLE_ADJECTIVES):
                found.add(_role_of(w))
            k -= 1
            steps += 1
        if last < n and text[last] == "," and tokens.para[last] == para:
            head = self._appositive_head(last + 1, para)
            if head:
                found.add(head)
        if first >= 2 and text[first - 1] == "," and tokens.para[first - 2] == para:
            w = lower[first - 2]
            if text[first - 2][0].islower() and _role_noun(w):
                found.add(w)  # "Her lawyer, Johan Pretorius"
        return found

    def _appositive_head(self, k: int, para: int) -> str | None:
        """The head noun of an appositive starting at token ``k``: "the firm's director"
        gives "director", "a senior economist at BMO" gives "economist"."""
        tokens = self.tokens
        lower = tokens.lower
        text = tokens.text
        n = len(tokens)
        head = None
        stop = min(n, k + 10)
        if k >= n or not (text[k][0].islower() or lower[k] in ("the", "a", "an")):
            return None
        while k < stop and tokens.para[k] == para and tokens.quote[k] < 0:
            t = text[k]
            w = lower[k]
            if t in _APPOSITIVE_STOPS or w in _ROLE_STOPS or w in ("who", "whose", "which"):
                return head if head and _role_noun(head) else None
            if w in FUNCTION_WORDS and w not in ("the", "a", "an"):
                return None  # "Ortúzar, the electoral service said": a clause
            if t[0].isalpha() and t[0].islower() and w not in ("the", "a", "an"):
                head = w
            k += 1
        return None

    def _span_text(self, first: int, last: int) -> str:
        tokens = self.tokens
        return self.text[tokens.start[first] : tokens.end[last - 1]]

    def _lookup(self, a: int, b: int, at: int, gender: str | None = None) -> Entity | None:
        """The person a name in tokens [a, b) stands for, if we know one (of ``gender``,
        when a title such as "Mrs." tells it)."""
        tokens = self.tokens
        entity = self.persons.get(self.text[tokens.start[a] : tokens.end[b - 1]])
        if entity is not None:
            return entity
        text = tokens.text
        first_word, last_word = text[a], text[b - 1]
        candidates = self.by_last.get(last_word, [])
        if not candidates and b - a == 1:
            candidates = self.by_first.get(first_word, [])
        if not candidates and b - a > 1:
            # "Hillary Clinton" for "Hillary Rodham Clinton": same first and last word
            candidates = [
                e for e in self.by_first.get(first_word, []) if e.name.endswith(last_word)
            ]
        if gender is not None:
            candidates = [e for e in candidates if e.gender in (gender, None)]
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
        while k >= 0 and scanned < _MAX_MENTIONS_SCANNED:
            if self.mentions[k].entity in candidates:
                found, found_at = self.mentions[k].entity, self.mentions[k].token
                break
            k -= 1
            scanned += 1
        k = bisect_left(self.speaker_tokens, at) - 1
        scanned = 0
        while k >= 0 and scanned < _MAX_MENTIONS_SCANNED and self.speakers[k].token > found_at:
            if self.speakers[k].entity in candidates:
                return self.speakers[k].entity
            k -= 1
            scanned += 1
        return found if found is not None else candidates[0]

    # -- resolving speaker phrases ------------------------------------------------------

    def resolve(self, phrase: Phrase) -> Resolved:
        """The speaker a phrase stands for; call in text order of the phrases."""
        tokens = self.tokens
        if phrase.antecedent is not None:
            return self.resolve(phrase.antecedent)
        at = phrase.first
        description = self._desc(phrase)
        if phrase.pronoun is not None and phrase.pronoun.hint != "relative":
            found = self._pronoun(phrase)
            if found is not None:
                return attrs.evolve(found, description=description or found.description)
            return Resolved(
                self._span_text(phrase.first, phrase.last), phrase.kind, description=description
            )
        if phrase.kind is SpeakerKind.PERSON and phrase.name is not None:
            a, b = phrase.name
            title = (
                self._span_text(phrase.title[0], phrase.title[1]).rstrip(" ,")
                if phrase.title
                else None
            )
            entity = self._lookup(a, b, at, gender=_title_gender(title))
            if entity is not None and entity.kind is SpeakerKind.ORGANISATION:
                return Resolved(
                    entity.name, SpeakerKind.ORGANISATION, None, description, None, entity
                )
            if entity is not None:
                return Resolved(
                    entity.name,
                    SpeakerKind.PERSON,
                    title or entity.title,
                    description,
                    entity.gender,
                    entity,
                )
            name = self._span_text(a, b)
            return Resolved(name, SpeakerKind.PERSON, title, description, gender_of(tokens.text[a]))
        if phrase.kind is SpeakerKind.ORGANISATION and phrase.name is not None:
            # "Electronics maker Kurogane Denki", "Mississippi Power"
            a, b = phrase.name
            entity = self._lookup(a, b, at)
            name = entity.name if entity is not None else self._span_text(a, b)
            return Resolved(name, SpeakerKind.ORGANISATION, None, description, None, entity)
        first = phrase.first
        if (
            phrase.kind is SpeakerKind.ORGANISATION
            and phrase.last - first > 1
            and tokens.lower[first] in ("the", "a", "an")
            and tokens.text[first + 1][0].isupper()
        ):
            first += 1  # "The Daily Clarion" is the Daily Clarion, named as elsewhere
        written = self._span_text(first, phrase.last)
        if phrase.kind is SpeakerKind.ORGANISATION:
            known = self.org_names.get(written) or self.persons.get(written)
            if known is not None:  # "EDC" for "Export Development Canada (EDC)"
                return Resolved(known.name, known.kind, None, description, None, known)
        bare = self._bare_role(phrase)
        if phrase.kind is SpeakerKind.PERSON and phrase.role is not None and bare:
            found = self._role(phrase.role, at)
            if found is not None:
                return attrs.evolve(found, description=description or found.description)
        if phrase.kind is SpeakerKind.ORGANISATION and phrase.role is not None and bare:
            org = self._org(phrase.role, at)
            if org is not None:
                return attrs.evolve(org, description=description)
        return Resolved(written, phrase.kind, None, description)

    def _bare_role(self, phrase: Phrase) -> bool:
        """Whether a phrase names its speaker by a role alone: "the president", "the
        company", "the utility" (not "Brazil’s Foreign Ministry" or "Mr. Martel's office")."""
        if not phrase.definite:
            return False
        tokens = self.tokens
        w0 = tokens.lower[phrase.first]
        if w0 not in ("the", "this", "that", "its", "his", "her", "their"):
            return False
        return not any(tokens.text[k][0].isupper() for k in range(phrase.first + 1, phrase.last))

    def _desc(self, phrase: Phrase) -> str | None:
        if phrase.description is None:
            return None
        a, b = phrase.description
        found = self._span_text(a, b).strip(" ,;")
        return found or None

    def note_speaker(self, phrase: Phrase, resolved: Resolved) -> None:
        """Remember a resolved speaker for later pronouns ("he", "they", "it")."""
        tokens = self.tokens
        at = phrase.first
        if resolved.entity is not None and phrase.description is not None:
            head = self._appositive_head(phrase.description[0], tokens.para[at])
            if head:
                resolved.entity.roles.add(head)
        if resolved.kind is SpeakerKind.ANONYMOUS and phrase.role is not None:
            self.role_speakers.append((at, phrase.role, resolved))
            if phrase.role not in _PLURAL_ROLES and not phrase.role.endswith("s"):
                # "A former official, who ..., told CNN ...": "she" said later
                gender = self._description_gender(phrase)
                someone = Entity(resolved.name, SpeakerKind.ANONYMOUS, gender)
                self.speakers.append(_Mention(at, tokens.sent[at], tokens.para[at], someone, True))
                self.speaker_tokens.append(at)
        elif resolved.kind is SpeakerKind.ANONYMOUS and resolved.entity is not None:
            self.speakers.append(
                _Mention(at, tokens.sent[at], tokens.para[at], resolved.entity, True)
            )
            self.speaker_tokens.append(at)
        if resolved.kind is SpeakerKind.PERSON and resolved.entity is not None:
            self.speakers.append(
                _Mention(at, tokens.sent[at], tokens.para[at], resolved.entity, True)
            )
            self.speaker_tokens.append(at)
        elif resolved.kind is SpeakerKind.PERSON and phrase.pronoun is None:
            entity = Entity(resolved.name, SpeakerKind.PERSON, resolved.gender)
            self.speakers.append(_Mention(at, tokens.sent[at], tokens.para[at], entity, True))
            self.speaker_tokens.append(at)
        elif resolved.kind is SpeakerKind.PERSON and phrase.pronoun is not None:
            if resolved.entity is not None:
                self.speakers.append(
                    _Mention(at, tokens.sent[at], tokens.para[at], resolved.entity, True)
                )
                self.speaker_tokens.append(at)
        elif resolved.kind is SpeakerKind.GROUP:
            self.plural_speakers.append((at, tokens.para[at], resolved))
        elif resolved.kind in (SpeakerKind.ORGANISATION, SpeakerKind.DOCUMENT):
            self.thing_speakers.append((at, tokens.para[at], resolved))

    def _pronoun(self, phrase: Phrase) -> Resolved | None:
        assert phrase.pronoun is not None
        tokens = self.tokens
        at = phrase.first
        para = tokens.para[at]
        hint = phrase.pronoun.hint
        if hint == "group" or phrase.pronoun.plural:
            return self._recent(self.plural_speakers, at, para)
        if hint == "organisation":
            return self._thing(at, para)
        if phrase.pronoun.form in ("i", "we"):
            return None
        return self._person_pronoun(at, phrase.pronoun.gender)

    def _thing(self, at: int, para: int) -> Resolved | None:
        """What "it" stands for: the organisation or document quoted last, unless an
        organisation named since, in this paragraph or the one before, is nearer ("BC
        Hydro" named, not yet quoted, then "it said")."""
        quoted = self._recent(self.thing_speakers, at, para)
        k = bisect_left(self.org_tokens, at) - 1
        while k >= 0 and self.orgs[k][1].place:
            k -= 1
        if k < 0:
            return quoted
        token, entity = self.orgs[k]
        if para - self.tokens.para[token] > 1:
            return quoted
        if quoted is not None:
            j = len(self.thing_speakers) - 1
            while j >= 0 and self.thing_speakers[j][0] >= at:
                j -= 1
            if j >= 0 and self.thing_speakers[j][0] > token:
                return quoted
        return Resolved(entity.name, SpeakerKind.ORGANISATION, None, None, None, entity)

    def _recent(
        self, found: list[tuple[int, int, Resolved]], at: int, para: int
    ) -> Resolved | None:
        k = len(found) - 1
        while k >= 0 and found[k][0] >= at:
            k -= 1
        if k >= 0 and para - found[k][1] <= 3:
            return found[k][2]
        return None

    def _person_pronoun(self, at: int, gender: str | None) -> Resolved | None:
        tokens = self.tokens
        sent = tokens.sent[at]
        para = tokens.para[at]
        mk = bisect_left(self.mention_tokens, at) - 1
        sk = bisect_left(self.speaker_tokens, at) - 1
        scanned = 0
        found: list[_Mention] = []
        best_sent = -1
        while scanned < _MAX_MENTIONS_SCANNED and (mk >= 0 or sk >= 0):
            scanned += 1
            m_tok = self.mentions[mk].token if mk >= 0 else -1
            s_tok = self.speakers[sk].token if sk >= 0 else -1
            if s_tok >= m_tok:
                cand = self.speakers[sk]
                sk -= 1
            else:
                cand = self.mentions[mk]
                mk -= 1
            if sent - cand.sent > _MAX_SENTENCES_BACK or para - cand.para > 4:
                break
            if found and cand.sent != best_sent:
                break
            e = cand.entity
            if e.kind not in (SpeakerKind.PERSON, SpeakerKind.ANONYMOUS):
                continue
            if gender is not None and e.gender is not None and e.gender != gender:
                continue
            found.append(cand)
            best_sent = cand.sent
        best: _Mention | None = None
        if found:
            # in the nearest sentence: its speaker, else a name of the right gender, else
            # one not in a possessive ("Fraser's mother, Denise Fraser"), else the first
            best = max(
                found,
                key=lambda m: (
                    m.speaker,
                    gender is not None and m.entity.gender == gender,
                    not self._possessive(m.token),
                    -m.token,
                ),
            )
        if best is None and gender is not None:
            start_mk = bisect_left(self.mention_tokens, at) - 1
            start_sk = bisect_left(self.speaker_tokens, at) - 1
            best = self._last_of_gender(start_mk, start_sk, para, gender)
        if best is None:
            return None
        e = best.entity
        if e.gender is None and gender is not None:
            e.gender = gender  # "she" said it: later pronouns know better
        return Resolved(e.name, e.kind, e.title, e.description, e.gender, e)

    def _last_of_gender(self, mk: int, sk: int, para: int, gender: str) -> _Mention | None:
        """Further back than the nearest sentences: the person last mentioned (or quoted)
        whom the article already knows to be of ``gender``, within a few paragraphs
        ("she" for Wendy Golden, named five paragraphs back, the only woman since)."""
        scanned = 0
        while scanned < _MAX_MENTIONS_SCANNED and (mk >= 0 or sk >= 0):
            scanned += 1
            m_tok = self.mentions[mk].token if mk >= 0 else -1
            s_tok = self.speakers[sk].token if sk >= 0 else -1
            if s_tok >= m_tok:
                cand = self.speakers[sk]
                sk -= 1
            else:
                cand = self.mentions[mk]
                mk -= 1
            if para - cand.para > _MAX_PARAGRAPHS_FOR_GENDER:
                return None
            e = cand.entity
            if e.kind is SpeakerKind.PERSON and e.gender == gender:
                return cand
        return None

    def _description_gender(self, phrase: Phrase) -> str | None:
        """The gender a speaker's own words give: "a spokeswoman", "a former official,
        who asked not to be named because she ..."."""
        tokens = self.tokens
        gender = _title_gender(self._span_text(phrase.first, phrase.last))
        if gender is None and phrase.description is not None:
            a, b = phrase.description
            for k in range(a, b):
                if tokens.lower[k] in ("she", "her", "herself"):
                    return "f"
                if tokens.lower[k] in ("he", "his", "him", "himself"):
                    return "m"
        return gender

    def _possessive(self, token: int) -> bool:
        """Whether the name at ``token`` ends in a possessive ("Fraser's mother")."""
        tokens = self.tokens
        k = token
        n = len(tokens)
        while k < n and k - token < 4 and tokens.text[k][0].isupper():
            k += 1
        return k < n and tokens.lower[k] in ("’s", "'s")

    def _role(self, role: str, at: int) -> Resolved | None:
        """The person last mentioned before ``at`` whose title or role holds ``role`` (or a
        synonym: "the judge" for "Justice Margaret Osei"), or the anonymous speaker last
        quoted under that role ("the diplomat" after "a senior diplomat"), whichever is
        nearer."""
        roles = ROLE_SYNONYMS.get(role, frozenset([role]))
        k = bisect_left(self.mention_tokens, at) - 1
        scanned = 0
        entity: Entity | None = None
        token = -1
        # the people of that role mentioned lately; of several, the one the article
        # names most often so far ("the minister" is the story's minister), else the last
        counts: dict[int, int] = {}
        last_seen: dict[int, int] = {}
        by_id: dict[int, Entity] = {}
        while k >= 0 and scanned < _MAX_MENTIONS_SCANNED * 2:
            m = self.mentions[k]
            e = m.entity
            counts[id(e)] = counts.get(id(e), 0) + 1
            if e.kind is SpeakerKind.PERSON and (
                any(r in e.titles or r in e.roles for r in roles)
                or (m.last >= 0 and not roles.isdisjoint(self._mention_roles(m)))
                or (e.description and role in e.description.lower().split())
            ):
                by_id.setdefault(id(e), e)
                last_seen.setdefault(id(e), m.token)
            k -= 1
            scanned += 1
        hi = bisect_left(self.speaker_tokens, at)
        for m in self.speakers[max(0, hi - _MAX_MENTIONS_SCANNED) : hi]:
            counts[id(m.entity)] = counts.get(id(m.entity), 0) + 1
        if by_id:
            best = max(by_id, key=lambda i: (counts.get(i, 0), last_seen[i]))
            entity, token = by_id[best], last_seen[best]
        for r_token, r_role, resolved in reversed(self.role_speakers[-_MAX_MENTIONS_SCANNED:]):
            if r_token < at and r_role in roles:
                if r_token > token:
                    return resolved
                break
        if entity is None:
            return None
        return Resolved(entity.name, SpeakerKind.PERSON, entity.title, None, entity.gender, entity)

    def _org(self, role: str, at: int) -> Resolved | None:
        """The organisation a role noun ("the ministry", "the company") stands for: one
        quoted before whose name holds the word (so that it keeps the name it was quoted
        under), else one named before; for a company's role ("the company", "the
        utility"), else the last company-like organisation quoted in the paragraphs
        before."""
        para = self.tokens.para[at]
        for _token, _p, resolved in self.thing_speakers[-_MAX_MENTIONS_SCANNED:][::-1]:
            if (
                _token < at
                and resolved.kind is SpeakerKind.ORGANISATION
                and role in resolved.name.lower().split()
            ):
                return resolved
        k = bisect_left(self.org_tokens, at) - 1
        scanned = 0
        while k >= 0 and scanned < _MAX_MENTIONS_SCANNED:
            e = self.orgs[k][1]
            if (
                role in e.name.lower().split()
                or role in e.roles
                or (role in COMPANY_ROLES and e.roles & COMPANY_ROLES)
            ):
                return Resolved(e.name, SpeakerKind.ORGANISATION, None, None, None, e)
            k -= 1
            scanned += 1
        if role not in COMPANY_ROLES:
            return None
        for _token, p, resolved in self.thing_speakers[-_MAX_MENTIONS_SCANNED:][::-1]:
            if _token >= at:
                continue
            if para - p > 20:
                break
            if resolved.kind is SpeakerKind.ORGANISATION and not (
                set(resolved.name.lower().split()) & PUBLIC_WORDS
            ):
                return resolved
        return None
