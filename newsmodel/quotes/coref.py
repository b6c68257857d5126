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

import attrs

from newsmodel.model import SpeakerKind
from newsmodel.quotes.lexicon import (
    CAPITAL_NOT_NAMES,
    COUNTRIES,
    ORG_MARKERS,
    OUTLETS,
    PERSON_NOUNS,
    PLACE_MARKERS,
    TITLE_WORDS,
    word_set,
)
from newsmodel.quotes.speakers import Phrase, gender_of, name_split
from newsmodel.quotes.tokens import Tokens

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
_MAX_SENTENCES_BACK = 10
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

    def __init__(self, text: str, tokens: Tokens, skip: tuple[int, int] | None = None) -> None:
        self.text = text
        self.tokens = tokens
        self.persons: dict[str, Entity] = {}
        self.by_last: dict[str, list[Entity]] = {}
        self.by_first: dict[str, list[Entity]] = {}
        self.orgs: list[tuple[int, Entity]] = []
        self.mentions: list[_Mention] = []
        self.mention_tokens: list[int] = []
        self.speakers: list[_Mention] = []
        self.speaker_tokens: list[int] = []
        self.plural_speakers: list[tuple[int, int, Resolved]] = []
        self.thing_speakers: list[tuple[int, int, Resolved]] = []
        self._skip = skip
        runs = [(first, last, name_split(tokens, first, last)) for first, last in self._runs()]
        for first, last, name in runs:
            if name is not None and name[1] - name[0] >= 2:
                self._register(first, last, name)
        for first, _last, name in runs:
            if name is not None:
                self._mention(first, name)
        self.org_tokens = [token for token, _e in self.orgs]

    # -- reading the article ------------------------------------------------------------

    def _runs(self) -> list[tuple[int, int]]:
        """Runs of capitalised tokens outside quotations (with name particles inside)."""
        tokens = self.tokens
        text = tokens.text
        quote = tokens.quote
        para = tokens.para
        skip_lo, skip_hi = self._skip if self._skip else (-1, -1)
        caps = [
            k
            for k, t in enumerate(text)
            if t[0].isupper() and quote[k] < 0 and t not in CAPITAL_NOT_NAMES
        ]
        runs: list[tuple[int, int]] = []
        first = last = -2
        for k in caps:
            if skip_lo <= tokens.start[k] < skip_hi:
                continue
            if k == last and para[k] == para[first]:
                last = k + 1
                continue
            if (
                k == last + 1
                and para[k] == para[first]
                and tokens.lower[last] in _NAME_PARTICLES
                and quote[last] < 0
            ):
                last = k + 1
                continue
            if first >= 0:
                runs.append((first, last))
            first, last = k, k + 1
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
        text = tokens.text
        a, b = name
        words = [text[k] for k in range(a, b)]
        lowered = [w.lower() for w in words]
        given = gender_of(words[0]) is not None and lowered[-1] not in ORG_MARKERS
        if not given and (
            any(w in ORG_MARKERS or w in PLACE_MARKERS for w in lowered)
            or any(w in OUTLETS for w in words)
        ):
            if b - first >= 2:
                self.orgs.append(
                    (first, Entity(self._span_text(first, last), SpeakerKind.ORGANISATION))
                )
            return
        if words[-1] in COUNTRIES or (words[0] in COUNTRIES and a == first):
            return
        if len([w for w in words if w[0].isupper()]) < 2:
            return
        full = self._span_text(a, b)
        entity = self.persons.get(full)
        title_first = self._title_start(first)
        title_words = [tokens.lower[k] for k in range(title_first, a)]
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

    def _mention(self, first: int, name: tuple[int, int]) -> None:
        tokens = self.tokens
        entity = self._lookup(name[0], name[1], first)
        if entity is None:
            return
        m = _Mention(first, tokens.sent[first], tokens.para[first], entity)
        self.mentions.append(m)
        self.mention_tokens.append(first)

    def _span_text(self, first: int, last: int) -> str:
        tokens = self.tokens
        return self.text[tokens.start[first] : tokens.end[last - 1]]

    def _lookup(self, a: int, b: int, at: int, gender: str | None = None) -> Entity | None:
        """The person a name in tokens [a, b) stands for, if we know one (of ``gender``,
        when a title such as "Mrs." tells it)."""
        full = self._span_text(a, b)
        entity = self.persons.get(full)
        if entity is not None:
            return entity
        words = [self.tokens.text[k] for k in range(a, b)]
        candidates = self.by_last.get(words[-1], [])
        if not candidates and len(words) == 1:
            candidates = self.by_first.get(words[0], [])
        if not candidates and len(words) > 1:
            # "Hillary Clinton" for "Hillary Rodham Clinton": same first and last word
            candidates = [e for e in self.by_first.get(words[0], []) if e.name.endswith(words[-1])]
        if gender is not None:
            candidates = [e for e in candidates if e.gender in (gender, None)]
        if not candidates:
            return None
        if len(candidates) == 1:
            return candidates[0]
        return self._nearest(candidates, at)

    def _nearest(self, candidates: list[Entity], at: int) -> Entity:
        """Of several entities, the one mentioned last before token ``at`` (else the first)."""
        k = bisect_left(self.mention_tokens, at) - 1
        scanned = 0
        while k >= 0 and scanned < _MAX_MENTIONS_SCANNED:
            if self.mentions[k].entity in candidates:
                return self.mentions[k].entity
            k -= 1
            scanned += 1
        return candidates[0]

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
        first = phrase.first
        if (
            phrase.kind is SpeakerKind.ORGANISATION
            and phrase.last - first > 1
            and tokens.lower[first] in ("the", "a", "an")
            and tokens.text[first + 1][0].isupper()
        ):
            first += 1  # "The Daily Clarion" is the Daily Clarion, named as elsewhere
        written = self._span_text(first, phrase.last)
        if phrase.kind is SpeakerKind.PERSON and phrase.role is not None and phrase.definite:
            entity = self._role(phrase.role, at)
            if entity is not None:
                return Resolved(
                    entity.name,
                    SpeakerKind.PERSON,
                    entity.title,
                    description,
                    entity.gender,
                    entity,
                )
        if phrase.kind is SpeakerKind.ORGANISATION and phrase.role is not None and phrase.definite:
            org = self._org(phrase.role, at)
            if org is not None:
                return Resolved(org.name, SpeakerKind.ORGANISATION, None, description, None, org)
        return Resolved(written, phrase.kind, None, description)

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
            return self._recent(self.thing_speakers, at, para)
        if phrase.pronoun.form in ("i", "we"):
            return None
        return self._person_pronoun(at, phrase.pronoun.gender)

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
        best: _Mention | None = None
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
            if best is not None and cand.sent != best_sent:
                break
            if (
                gender is not None
                and cand.entity.gender is not None
                and cand.entity.gender != gender
            ):
                continue
            if best is None:
                best, best_sent = cand, cand.sent
                continue
            # same sentence: a speaker wins, else the earlier (subject) mention
            if (cand.speaker and not best.speaker) or cand.speaker == best.speaker:
                best = cand
        if best is None:
            return None
        e = best.entity
        if e.gender is None and gender is not None:
            e.gender = gender  # "she" said it: later pronouns know better
        return Resolved(e.name, SpeakerKind.PERSON, e.title, e.description, e.gender, e)

    def _role(self, role: str, at: int) -> Entity | None:
        """The person last mentioned before ``at`` whose title holds ``role``."""
        k = bisect_left(self.mention_tokens, at) - 1
        scanned = 0
        while k >= 0 and scanned < _MAX_MENTIONS_SCANNED * 2:
            e = self.mentions[k].entity
            if role in e.titles or (e.description and role in e.description.lower().split()):
                return e
            k -= 1
            scanned += 1
        return None

    def _org(self, role: str, at: int) -> Entity | None:
        """The organisation named before ``at`` whose name holds the role word ("ministry"):
        one quoted before (so that it keeps the name it was quoted under), else any."""
        for _token, _p, resolved in self.thing_speakers[-_MAX_MENTIONS_SCANNED:][::-1]:
            if (
                _token < at
                and resolved.kind is SpeakerKind.ORGANISATION
                and role in resolved.name.lower().split()
            ):
                return resolved.entity or Entity(resolved.name, SpeakerKind.ORGANISATION)
        k = bisect_left(self.org_tokens, at) - 1
        scanned = 0
        while k >= 0 and scanned < _MAX_MENTIONS_SCANNED:
            e = self.orgs[k][1]
            if role in e.name.lower().split():
                return e
            k -= 1
            scanned += 1
        return None
