"""Who a description stands for: the subject the sentence before names ("Casino owner Tom
Hale met Ann Reid. “...,” the gambling tycoon told reporters"), the one named with an age
("the 34-year-old"), the one an epithet means ("the youngster"). :class:`Subjects`
reads them for :class:`newsmodel.quotes.roles.Roles` (split from
:mod:`newsmodel.quotes.roles`, which reads offices and roles).
"""

from __future__ import annotations

from bisect import bisect_left

from newsmodel.model import SpeakerKind
from newsmodel.names import HONORIFICS
from newsmodel.quotes.entities import Entity, EntityMention, Resolved
from newsmodel.quotes.lexicon import (
    FUNCTION_WORDS,
    PERSON_NOUNS,
    ROLE_SYNONYMS,
    TITLE_WORDS,
    word_list,
)
from newsmodel.quotes.name_roles import (
    ASKED_OPENERS,
    another_side,
    appositive_head,
    appositive_title_words,
    described_as_someone,
    opener_comma,
    role_title_words,
    role_words,
)
from newsmodel.quotes.person_words import (
    PERSON_HEADS,
    SPEAKING_FOR_OTHERS,
    names_someone,
    title_gender,
)
from newsmodel.quotes.phrase_words import FINITE_WORDS
from newsmodel.quotes.proper_names import is_given_name
from newsmodel.quotes.role_bodies import Bodies
from newsmodel.quotes.speaker_kinds import AGE_RE, INNER_PREPOSITIONS, PARTY_MEMBERS, Phrase
from newsmodel.quotes.tokens import Tokens

__all__ = [
    "AGE_PARAGRAPHS",
    "ANYONE_NOUNS",
    "DESCRIBED_MEN",
    "DESCRIBED_WOMEN",
    "EPITHETS",
    "SAYING",
    "Subjects",
    "age_of",
    "described_gender",
    "offices_of",
]

#: Nouns a story calls its subject by, which hold no office: "the youngster said" after
#: "Lyon striker Jean Marot" (see :meth:`Roles._epithet`).
EPITHETS = word_list("epithets")
#: Nouns for people that may be anyone, or the other side of an exchange: no description
#: of the subject named before them.
ANYONE_NOUNS = word_list("anyone_nouns")
#: The endings of nouns that describe a person by what they do ("the film-maker", "the
#: medallist", "the businessman"), not "the event".
_DESCRIBED_ENDINGS = tuple(sorted(word_list("described_endings")))
#: The most words before the name of a sentence's subject: its titles and roles
#: ("Former Spain coach Luis Aragones").
_SUBJECT_REACH = 8
#: How many paragraphs back "the 34-year-old" looks for the person it stands for.
AGE_PARAGRAPHS = 3
#: How many mentions further back one named with the age asked for is sought.
_AGE_MENTIONS = 200
#: Roles of those whom others serve, which a professional described before is not: "the
#: patient" after "Dr. Ann Reid, a lung specialist".
_SERVED_ROLES = word_list("served_roles")


def age_of(tokens: Tokens, first: int, last: int) -> str | None:
    """The age a description gives ("the 34-year-old", "the 74-year-old comedian"), as
    written, or None."""
    for k in range(first + 1, min(last, first + 4)):
        m = AGE_RE.fullmatch(tokens.lower[k])
        if m is not None:
            return m.group(1)
    return None


def offices_of(e: Entity) -> set[str]:
    """The offices among a person's titles ("coach", "director"), no honorific."""
    return {t for t in e.titles if t in TITLE_WORDS and t.rstrip(".") not in HONORIFICS}


#: Nouns for a woman, and for a man, that an unnamed person's description ends in.
DESCRIBED_WOMEN = word_list("described_women")
DESCRIBED_MEN = word_list("described_men")


def described_gender(role: str) -> str | None:
    """The gender a role or a description's noun gives ("f" for "woman", "m" for
    "chairman"), else None."""
    return "f" if role in DESCRIBED_WOMEN else "m" if role in DESCRIBED_MEN else title_gender(role)


#: Verbs of saying after a name that make it a speaker of its own, not the one a lede
#: described ("The minister said ... ¶ Ann Reid said ..."), and how far they are sought.
SAYING = word_list("saying_verbs")
_SAYING_REACH = 12
#: Roles that many trades hold, which a description by one of them may be called again:
#: "the researcher" for "a climate scientist".
_GENERIC_ROLES = word_list("generic_roles")


#: Prepositions that open a sentence's adverbial before its subject: "For most of the
#: ovation, Rania Khoury kept her eyes down".
_OPENING_PREPOSITIONS = word_list("subject_opening_prepositions")
#: The most tokens of such an adverbial.
_OPENER_REACH = 40


class Subjects(Bodies):
    """The people descriptions stand for, by the subjects of the sentences before them."""

    def _epithet(self, at: int) -> Resolved | None:
        """The person an epithet ("the youngster", "the world champion") at token ``at``
        stands for: the subject of the sentence before, in its paragraph ("Perpignan
        centre Jean-Philippe Granclaude is delighted ... “It's incredible,” the youngster
        said"), through a sentence that "he" or "she" opens; else the one the paragraphs
        before name most."""
        tokens = self.tokens
        lower = tokens.lower
        para = tokens.para[at]
        sent = tokens.sent[at] - 1
        while sent >= 0 and tokens.para[tokens.sent_first[sent]] == para:
            first = tokens.sent_first[sent]
            k = bisect_left(self.mention_tokens, first)
            while k < len(self.mentions) and self.mentions[k].sent == sent:
                m = self.mentions[k]
                e = m.entity
                after = m.last if m.last >= 0 else m.token + 1
                if (
                    e.kind is SpeakerKind.PERSON
                    and (e.gender or " " in e.name)
                    and (after >= len(tokens) or lower[after] not in ("’s", "'s"))
                    and (m.token == first or lower[m.token - 1] not in INNER_PREPOSITIONS)
                ):
                    return Resolved(e.name, SpeakerKind.PERSON, e.title, None, e.gender, e)
                k += 1
            if lower[first] not in ("he", "she"):
                break
            sent -= 1  # "He opted to ...": the subject of the sentence before that
        return self._aged(None, at, first_named=True)

    def _subject_before(
        self,
        role: str,
        at: int,
        qualifiers: frozenset[str] = frozenset(),
        *,
        epithet: bool = False,
    ) -> Resolved | None:
        """The person a description ("the gambling tycoon", "the author") at token ``at``
        stands for when no one quoted holds it: the named subject that opens the sentence
        before, in its paragraph or closing the paragraph before ("Casino owner Tom Hale
        met Ann Reid. “...,” the gambling tycoon told reporters"); not for nouns that may
        be anyone, or the other side of an exchange ("Hale was asked ... “...,” the
        moderator said"); such a noun only with capitalised ``qualifiers``, which tell
        which one ("the Regina resident"), none of them a party or a nation other than the
        subject's ("the Labour leader" is no Conservative Leader Ann Dale); an
        ``epithet`` ("the Regina product") holds no office, so any office will do."""
        if (role in ANYONE_NOUNS and not qualifiers) or not (
            role in PERSON_NOUNS
            or role in PERSON_HEADS
            or role in PARTY_MEMBERS
            or role in EPITHETS  # "the former world champion", "the Regina product"
            or role.endswith(_DESCRIBED_ENDINGS)
        ):
            return None
        m = self._opening_subject(at)
        if m is None:
            return None
        e = m.entity
        described = (
            appositive_head(self.tokens, m.last + 1, self.tokens.para[m.token])
            if m.last >= 0 and m.last + 1 < len(self.tokens) and self.tokens.text[m.last] == ","
            else None
        )
        if (
            role in _SERVED_ROLES
            and described is not None
            and (described in PERSON_NOUNS or names_someone(described))
            and described not in ROLE_SYNONYMS.get(role, {role})
        ):
            return None  # "Dr. Ann Reid, a lung specialist, ... the patient wrote": not her
        said = title_gender(role)
        offices = offices_of(e)
        if (
            # (a minister is an MP: "the Quebec MP" after "Minister Marc Lévesque")
            (offices and not epithet and offices.isdisjoint(ROLE_SYNONYMS.get(role, {role})))
            or (said is not None and e.gender is not None and e.gender != said)
            or (
                qualifiers
                and another_side(
                    qualifiers,
                    [
                        *e.titles,
                        *role_title_words(self.tokens, m.token),
                        *(appositive_title_words(self.tokens, m.last) if m.last >= 0 else ()),
                    ],
                )
            )
        ):
            # "Club director Terry Brady held talks ... The former Scotland international
            # added": the director is no player
            return None
        return Resolved(e.name, SpeakerKind.PERSON, e.title, None, e.gender, e)

    def _opening_subject(self, at: int) -> EntityMention | None:
        """The named person that opens the sentence before token ``at`` (past sentences
        that "He" or "She" opens), in its paragraph or the one before, with only titles
        and roles before the name ("Casino owner Tom Hale met ..."; not "As Ivanka Trump
        delivered her speech, a designer watched", nor an owner: "Hale's fate")."""
        tokens = self.tokens
        sent = tokens.sent[at] - 1
        while sent >= 0 and sent > tokens.sent[at] - 3:
            first = tokens.sent_first[sent]
            if tokens.lower[first] not in ("he", "she"):
                break
            sent -= 1  # "He did say ...": the subject of the sentence before that
        if sent < 0:
            return None
        first = tokens.sent_first[sent]
        if tokens.para[at] - tokens.para[first] > 1 or tokens.para[first] in self._furniture:
            return None
        if tokens.lower[first] in ASKED_OPENERS:  # "Asked about the comments, Reid didn't hesitate"
            first = opener_comma(tokens, first, at)
        elif tokens.lower[first] in _OPENING_PREPOSITIONS:
            # "For most of the standing ovation ..., Rania Khoury kept her eyes down"
            first = opener_comma(tokens, first, at, _OPENER_REACH)
        k = bisect_left(self.mention_tokens, first)
        while k < len(self.mentions) and self.mentions[k].sent == sent:
            m = self.mentions[k]
            k += 1
            if m.token - first > _SUBJECT_REACH:
                return None  # bounded: a sentence of 100,000 names stays linear
            if any(
                not tokens.text[j][0].isalpha()
                or tokens.lower[j] in FUNCTION_WORDS
                or tokens.lower[j] in FINITE_WORDS
                for j in range(first, m.token)
            ):
                return None
            e = m.entity
            after = m.last if m.last >= 0 else m.token + 1
            if (
                e.kind is not SpeakerKind.PERSON
                # a person surely: not "Double Olympic" of "Double Olympic champion ...",
                # but "Olu Sanni, a Grade 7 student,"
                or not (
                    e.gender
                    or is_given_name(e.name.split()[0])
                    or described_as_someone(self.tokens, after)
                )
            ):
                continue
            if after < len(tokens) and tokens.lower[after] in ("’s", "'s"):
                return None
            return m
        return None

    def _age_given(self, m: EntityMention) -> str | None:
        """The age written right after a person's name: "Tomas Arvelo, 34,", "Kaia
        Morrow, now 12,", "Ann Dale (71)"; None if there is none."""
        tokens = self.tokens
        after = m.last if m.last >= 0 else m.token + 1
        if after + 2 < len(tokens.text) and tokens.lower[after + 1] == "now":
            after += 1  # "Kaia Morrow, now 12,": her age today
        if (
            after + 1 < len(tokens.text)
            and tokens.text[after] in (",", "(", "now")
            and tokens.text[after + 1][:1].isdigit()
        ):
            return tokens.text[after + 1]
        return None

    def _aged(self, age: str | None, at: int, first_named: bool = False) -> Resolved | None:
        """The person "the 34-year-old" stands for: the one named with that age in the
        paragraphs before ("Tomas Arvelo, 34,"), else the named subject that opens the
        sentence before, else the one they name most (ties: the last named, or with
        ``first_named`` the first), the story's subject rather than the rival named last.
        ``age`` None looks for the one named most."""
        tokens = self.tokens
        para = tokens.para[at]
        k = bisect_left(self.mention_tokens, at) - 1
        counts: dict[int, int] = {}
        last_seen: dict[int, int] = {}
        first_seen: dict[int, int] = {}
        by_id: dict[int, Entity] = {}
        other_age: set[int] = set()  # the people named with another age
        while k >= 0 and para - self.mentions[k].para <= AGE_PARAGRAPHS:
            m = self.mentions[k]
            e = m.entity
            k -= 1
            if (
                e.kind is not SpeakerKind.PERSON
                or m.para in self._furniture
                or not (e.gender or is_given_name(e.name.split()[0]))
            ):
                continue  # a person surely: not "Old Trafford" or "Rain Man"
            given = self._age_given(m) if age is not None else None
            if given is not None:
                if given == age:
                    return Resolved(e.name, SpeakerKind.PERSON, e.title, None, e.gender, e)
                other_age.add(id(e))  # "Derek Lamb, 45," is no 68-year-old
            counts[id(e)] = counts.get(id(e), 0) + 1
            last_seen.setdefault(id(e), m.token)
            first_seen[id(e)] = m.token
            by_id[id(e)] = e
        stop = max(-1, k - _AGE_MENTIONS)
        while age is not None and k > stop:
            # further back: the one named with that age ("Gloria Pruitt, 71," a dozen
            # paragraphs before "the 71-year-old")
            m = self.mentions[k]
            k -= 1
            if m.entity.kind is SpeakerKind.PERSON and self._age_given(m) == age:
                e = m.entity
                return Resolved(e.name, SpeakerKind.PERSON, e.title, None, e.gender, e)
        if age is not None:
            # no one named with that age: the named subject that opens the sentence
            # before ("Minar, ranked 158th, was forced to pull out ... said the
            # 20-year-old"), not the story's star named most
            subject = self._opening_subject(at)
            if (
                subject is not None
                # (a player's position is no office: "Bombers quarterback Andre Whitlock
                # ... took the blame. “...,” the 31-year-old said")
                and not offices_of(subject.entity) - ROLE_SYNONYMS.get("player", frozenset())
                and id(subject.entity) not in other_age
            ):
                # (not "Newcastle boss Graeme Souness is said to ... But the 25-year-old")
                e = subject.entity
                return Resolved(e.name, SpeakerKind.PERSON, e.title, None, e.gender, e)
        for i in other_age:
            by_id.pop(i, None)
        if not by_id:
            return None
        if first_named:
            e = by_id[max(by_id, key=lambda i: (counts[i], -first_seen[i]))]
        else:
            e = by_id[max(by_id, key=lambda i: (counts[i], last_seen[i]))]
        return Resolved(e.name, SpeakerKind.PERSON, e.title, None, e.gender, e)

    def _unheld_office_subject(self, role: str, at: int) -> Resolved | None:
        """The person a role of many trades ("the researcher", "the expert") no one in
        the article holds stands for: the named subject opening the sentence before,
        described there as someone (", a climate scientist at Brock University,"), with
        no office of their own ("the judge" is no farmer described)."""
        roles = ROLE_SYNONYMS.get(role, frozenset([role]))
        if role not in _GENERIC_ROLES or any(
            not roles.isdisjoint(e.titles) or not roles.isdisjoint(e.roles)
            for e in self.persons.values()
        ):
            return None
        m = self._opening_subject(at)
        if m is None:
            return None
        after = m.last if m.last >= 0 else m.token + 1
        if not described_as_someone(self.tokens, after) or offices_of(m.entity):
            return None
        e = m.entity
        said = title_gender(role)
        if said is not None and e.gender is not None and e.gender != said:
            return None
        return Resolved(e.name, SpeakerKind.PERSON, e.title, None, e.gender, e)

    def _appositive_subject(self, role: str, at: int) -> Resolved | None:
        """The person a role at token ``at`` that reads as a body's ("the machine
        operator") stands for when the named subject opening the sentence before was
        described by it: "Lorraine Beaudoin, a 54-year-old machine operator, has ...
        ¶ “...,” the machine operator asked"."""
        m = self._opening_subject(at)
        if m is None or m.last < 0 or self.tokens.text[m.last] != ",":
            return None
        if appositive_head(self.tokens, m.last + 1, self.tokens.para[m.token]) != role:
            return None
        e = m.entity
        return Resolved(e.name, SpeakerKind.PERSON, e.title, None, e.gender, e)

    def _named_next(self, phrase: Phrase) -> Resolved | None:
        """The person a lede's unnamed subject is ("A Winnipeg woman says she was given
        three days to leave ... ¶ Maria Santos, 46, has lived there ..."): the person
        named in full who opens the next paragraph, when the phrase opens its sentence, no
        one is named or quoted before it, its noun names a person who speaks for no one
        else, and no gender, office or verb of saying of the one named next says they are
        someone else."""
        tokens = self.tokens
        at = phrase.first
        if tokens.sent_first[tokens.sent[at]] != at or (
            self.mention_tokens and self.mention_tokens[0] < at
        ):
            return None
        if self.speaker_tokens and self.speaker_tokens[0] < at:
            return None
        k = bisect_left(self.mention_tokens, phrase.last)
        if k >= len(self.mentions):
            return None
        m = self.mentions[k]
        e = m.entity
        first = tokens.sent_first[m.sent]
        role = phrase.role or ""
        after = m.last if m.last >= 0 else m.token + 1
        offices = offices_of(e) | role_words(tokens, m.token, after)
        # "The province's chief coroner warned ... ¶ “...,” Chief Coroner Ann Dale said":
        # named next with the office the lede gave
        same_office = not (offices | set(e.titles)).isdisjoint(ROLE_SYNONYMS.get(role, {role}))
        # ("A Winnipeg bakery owner says ...": someone new, whom the article names next)
        indefinite = tokens.lower[at] in ("a", "an")
        # ("Quebec’s immigration minister says ... ¶ “...,” said Geneviève Paradis-Lemay":
        # a place's office, then someone named with no office of their own)
        owned_office = (
            tokens.lower[at + 1] in ("’s", "'s")
            and role in TITLE_WORDS
            and not offices
            and not e.titles
        )
        described = (
            role in DESCRIBED_WOMEN
            or role in DESCRIBED_MEN
            or same_office
            or indefinite
            or owned_office
        )
        if (
            m.para != tokens.para[at] + 1
            or e.kind is not SpeakerKind.PERSON
            or " " not in e.name
            or not all(
                tokens.text[j][:1].isupper()
                or not tokens.text[j][:1].isalnum()
                # "A Hamilton mother says ... ¶ “...,” said Hodan Warsame": a woman or a
                # man described, then named as the one who speaks next
                or (described and (tokens.quote[j] >= 0 or tokens.lower[j] in SAYING))
                for j in range(first, m.token)
            )
        ):
            return None  # (a dateline may open the paragraph: "MELFORT, Sask. — Gerry ...")
        said = described_gender(role)
        if (
            not (role in PERSON_NOUNS or role in TITLE_WORDS or names_someone(role))
            or role in SPEAKING_FOR_OTHERS  # "A Brixo spokeswoman said": no one named
            or not (e.gender or is_given_name(e.name.split()[0]))
            or (said is not None and e.gender is not None and e.gender != said)
            # "The minister said ... ¶ Ann Reid said ...": another who speaks
            # (but "A Brixo mother says ... ¶ “...,” Ann Dale said": the one described
            # speaks on)
            or (
                not same_office
                and not (described and tokens.quote[first] >= 0)
                and any(
                    tokens.lower[j] in SAYING
                    for j in range(after, min(len(tokens), after + _SAYING_REACH))
                    if tokens.sent[j] == m.sent
                )
            )
            # "An executive at Brixo ... ¶ Attorney General Ann Dale said", "The first
            # minister says ... ¶ Tom Wallace, chief executive of ...,": another
            or (offices and not same_office)
        ):
            return None
        return Resolved(e.name, SpeakerKind.PERSON, e.title, None, e.gender, e)
