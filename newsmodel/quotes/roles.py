"""Roles: the people and bodies an article names by an office or a description ("the
judge", "the foreign minister", "the 34-year-old", "the company"), found among those it
names, for :class:`newsmodel.quotes.coref.Registry`.

:class:`Roles` adds to the names the article gives
(:class:`newsmodel.quotes.article_names.ArticleNames`) the people it names by an office
alone ("the mayor brought up the plan"), and the lookups from a role to the one it stands
for: the holder of that title named before, the person of that age, the relative a noun of
kin names, the person quoted last when no one holds the title; the organisation of that
kind comes from
:class:`newsmodel.quotes.role_bodies.Bodies`, which it extends.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Set as AbstractSet

from newsmodel.model import SpeakerKind
from newsmodel.names import HONORIFICS
from newsmodel.quotes.article_names import MAX_MENTIONS_SCANNED
from newsmodel.quotes.entities import Entity, EntityMention, Resolved
from newsmodel.quotes.kin_names import KIN_GENDERS, KIN_PARAGRAPHS, KIN_POSSESSORS
from newsmodel.quotes.lexicon import (
    COUNTRIES,
    FUNCTION_WORDS,
    PRONOUNS,
    ROLE_SYNONYMS,
    TITLE_WORDS,
    word_list,
)
from newsmodel.quotes.name_roles import (
    another_side,
    appositive_title_words,
    party_words,
    role_noun,
    role_title_words,
)
from newsmodel.quotes.person_words import SPEAKING_FOR_OTHERS, title_gender
from newsmodel.quotes.phrase_words import FINITE_WORDS
from newsmodel.quotes.proper_names import PARTY_WORDS, is_given_name
from newsmodel.quotes.role_bodies import (
    BARE_ROLE_DETERMINERS,
    GOVERNMENT_BODIES,
    PUBLIC_WORDS,
    named,
    team_plural,
)
from newsmodel.quotes.speaker_kinds import (
    AGE_RE,
    PARTY_MEMBERS,
    Phrase,
)
from newsmodel.quotes.subjects import (
    AGE_PARAGRAPHS,
    ANYONE_NOUNS,
    DESCRIBED_MEN,
    DESCRIBED_WOMEN,
    EPITHETS,
    Subjects,
    age_of,
)
from newsmodel.quotes.tokens import indexed
from newsmodel.text.lexicon import DEMONYMS, PLACES, US_STATES

__all__ = [
    "AGE_PARAGRAPHS",
    "ANYONE_NOUNS",
    "BARE_ROLE_DETERMINERS",
    "EPITHETS",
    "GOVERNMENT_BODIES",
    "PUBLIC_WORDS",
    "ROLE_MODIFIERS",
    "SPEAKING_FOR_OTHERS",
    "Roles",
    "age_of",
    "named",
]

_THE = indexed(["the"])


#: Role nouns whose synonyms are other offices, which an indefinite role does not mean.
_BROAD_ROLES = word_list("broad_roles")
#: How many words an unnamed person's description runs before its noun ("A 29-year-old
#: Berlin woman").
_DESCRIBED_WORDS = 5
#: The most tokens of a paragraph of one sentence that describes who speaks next.
_ALONE_TOKENS = 12
#: How many paragraphs back "the central defender" looks for the speaker it stands for.
_ROLE_PARAGRAPHS = 1
#: How many mentions back the one a possessive before a noun of kin stands for is sought
#: (and paragraphs: kin_names.KIN_PARAGRAPHS).
_KIN_MENTIONS = 12
#: How many paragraphs back a person named with a relative of theirs ("Deanna Pelletier's
#: son") is the one "his mother" stands for.
_KIN_RELATIVE_PARAGRAPHS = 5
#: What the modifiers between a possessive and a noun of kin start with: "Tessa Holloway's
#: two-year-old daughter", "his youngest son" (lower-case letters and digits).
_MODIFIER_STARTS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")
#: The most tokens after a name read for the pronoun that gives its gender.
_GENDER_REACH = 20
#: The most mentions of a person read for that pronoun.
_GENDER_MENTIONS = 3
#: How many tokens after a person's first mention the words of a description are sought:
#: "MP Kimani Wanjohi, who represents Molo," for "the Molo MP".
_QUALIFIER_REACH = 15
#: How many of an article's first mentions are read for the holder of a qualified office.
_HOLDER_MENTIONS = 2000
#: The most words of an appositive after a name read for what it says of them.
_APPOSITIVE_WORDS = 12


#: Words before a title that make it another office: "shadow chancellor", "former
#: president".
ROLE_MODIFIERS = word_list("role_modifiers")
#: Those that make another office of the same name, which only a person titled so holds.
_OFFICE_MODIFIERS = word_list("office_modifiers")
#: Words before a role that name no office of its own: "the federal health minister".
_GENERIC_QUALIFIERS = word_list("generic_qualifiers")


def _other_office(titles: list[str], roles: frozenset[str], said: AbstractSet[str]) -> bool:
    """Whether a person's title makes the role another office: "shadow chancellor
    Oliver Letwin" is not "the chancellor" (unless the phrase says "shadow" too)."""
    return any(
        w in roles and any(t in ROLE_MODIFIERS and t not in said for t in titles[max(0, i - 2) : i])
        for i, w in enumerate(titles)
    )  # also "Deputy Prime Minister John Prescott" for "the prime minister"


def _where_or_whose(word: str) -> bool:
    """Whether a title word says where its holder is from or whose party they are, not
    which office: "Arizona", "Republican", "Sir" (not "finance")."""
    w = word.rstrip(".")
    return (
        w in PLACES
        or w in US_STATES
        or w in DEMONYMS
        or w in PARTY_WORDS
        or w in HONORIFICS
        or word.title() in COUNTRIES
    )


#: How far after a speaker a pronoun that tells their gender is read.
_PRONOUN_AFTER = 15


class Roles(Subjects):
    """The article's names, and the people and bodies its roles stand for."""

    def _role_mentions(self) -> None:
        """Add the people the article names by an office alone ("the mayor brought up the
        plan") to the mentions, where the office resolves to one, so that a pronoun after
        them ("he said") can stand for them."""
        tokens = self.tokens
        lower = tokens.lower
        text = tokens.text
        quote = tokens.quote
        found: list[EntityMention] = []
        n = len(tokens)
        thes = [
            k for k in tokens.where(_THE) if quote[k] < 0 and tokens.para[k] not in self._furniture
        ]

        def mention(k: int, resolved: Resolved | None, last: int) -> None:
            if resolved is not None and resolved.entity is not None:
                found.append(
                    EntityMention(k, tokens.sent[k], tokens.para[k], resolved.entity, last=last)
                )

        # "the Tory leader", "the Ontario premier": the one of that title, named so before
        for k in thes:
            j = k + 1
            while j < n and j - k <= 3 and text[j][:1].isupper() and lower[j] not in TITLE_WORDS:
                j += 1
            if k + 1 < j < n and lower[j] in TITLE_WORDS and text[j][0].islower():
                titled = {lower[m] for m in range(k + 1, j)}
                mention(k, self._role(lower[j], k, titled=titled), j + 1)
        # "the" before a title word: most tokens are neither
        for k in [k for k in thes if k + 1 < n and lower[k + 1] in TITLE_WORDS]:
            if (
                text[k + 1][0].islower()
                and (k + 2 >= n or not text[k + 2][0].isalpha() or text[k + 2][0].islower())
                and (k + 2 >= n or lower[k + 2] not in TITLE_WORDS)
            ):
                mention(k, self._role(lower[k + 1], k), k + 2)
        # "The Chief Minister accepted", "the deputy premier said": a title of several
        # words, the one titled so before
        for k in thes:
            j = k + 1
            while j < n and j - k <= 3 and lower[j] in TITLE_WORDS:
                j += 1
            if j - k >= 3 and (j >= n or not text[j][:1].isupper()):
                titled = {lower[m] for m in range(k + 1, j - 1)}
                mention(k, self._role(lower[j - 1], k, titled=titled), j)
        # "The grand chief was unimpressed": a title of two words, its first in lower case
        # and no title word alone, the one titled so before
        for k in thes:
            if k + 2 < n and lower[k + 2] in TITLE_WORDS and lower[k + 1] not in TITLE_WORDS:
                modifier = lower[k + 1]
                if text[k + 1][0].islower() and text[k + 2][0].islower():
                    resolved = self._role(lower[k + 2], k, qualifiers=frozenset([modifier]))
                    entity = resolved.entity if resolved is not None else None
                    if entity is not None and modifier in entity.titles:
                        mention(k, resolved, k + 3)
        # "The 22-year-old pipped Maurice Greene": the person of that age
        for k in thes:
            age = AGE_RE.fullmatch(lower[k + 1]) if k + 1 < n else None
            if age is not None:
                mention(k, self._aged(age.group(1), k), k + 2)
        found.extend(self._described_people())
        if found:
            merged = sorted([*self.mentions, *found], key=lambda m: m.token)
            self.mentions = merged
            self.mention_tokens = [m.token for m in merged]

    def _described_people(self) -> list[EntityMention]:
        """The people a sentence opens with, described and unnamed, whose noun tells a
        gender: "A 29-year-old Berlin woman received probation after ... “...!” she
        wrote" (someone unnamed, whom "she" stands for rather than a woman named in the
        paragraphs before)."""
        tokens = self.tokens
        lower = tokens.lower
        found: list[EntityMention] = []
        for k in tokens.sent_first:
            if lower[k] not in ("a", "an") or tokens.quote[k] >= 0:
                continue
            if tokens.para[k] in self._furniture:
                continue
            j = k + 1
            while j < len(tokens) and j - k <= _DESCRIBED_WORDS and tokens.text[j][:1].isalnum():
                w = lower[j]
                gender = "f" if w in DESCRIBED_WOMEN else "m" if w in DESCRIBED_MEN else None
                if gender is not None:
                    name = self._span_text(k, j + 1)
                    someone = Entity(name, SpeakerKind.ANONYMOUS, gender)
                    found.append(
                        EntityMention(k, tokens.sent[k], tokens.para[k], someone, last=j + 1)
                    )
                    break
                if lower[j] in FUNCTION_WORDS or lower[j] in FINITE_WORDS:
                    break
                j += 1
        found.extend(self._described_alone())
        return found

    def _described_alone(self) -> list[EntityMention]:
        """The people a paragraph of one short sentence opens with, described by a role
        no one named holds, right before a paragraph that opens with a quotation: "The
        laid-off engineer was less optimistic. ¶ “...,” she said" (hers, not the woman
        quoted before)."""
        tokens = self.tokens
        lower = tokens.lower
        found: list[EntityMention] = []
        for k in tokens.where(_THE):
            para = tokens.para[k]
            if tokens.sent_first[tokens.sent[k]] != k or para in self._furniture:
                continue
            lo, hi = tokens.para_bounds(k)
            if k != lo or hi - lo > _ALONE_TOKENS or hi >= len(tokens) or tokens.quote[hi] < 0:
                continue
            j = k + 1
            while j < hi and j - k <= _DESCRIBED_WORDS and tokens.text[j][:1].islower():
                if lower[j] in FINITE_WORDS:
                    break
                j += 1
            if (
                j == k + 1
                or j >= hi
                or lower[j] not in FINITE_WORDS
                or not role_noun(lower[j - 1])
                or any(tokens.text[m][:1].isupper() for m in range(k + 1, hi))
                or self._role(lower[j - 1], k) is not None
            ):
                continue
            someone = Entity(self._span_text(k, j), SpeakerKind.ANONYMOUS, None)
            found.append(EntityMention(k, tokens.sent[k], para, someone, last=j))
        return found

    def _other_office_at(self, k: int, roles: frozenset[str], said: AbstractSet[str]) -> bool:
        """Whether the words before the name at token ``k`` make the role another office:
        "shadow treasurer Paul Brandt"."""
        lower = self.tokens.lower
        return (
            k >= 2
            and lower[k - 1] in roles
            and any(
                lower[m] in ROLE_MODIFIERS and lower[m] not in said
                for m in range(max(0, k - 3), k - 1)
            )
        )

    def _titled_role(self, phrase: Phrase, at: int) -> Resolved | None:
        """The person "the Tory leader" stands for: the one :meth:`_role` finds for
        "leader", when the capitalised words before the role are words of their title
        ("Tory leader Michael Howard")."""
        tokens = self.tokens
        words = {
            tokens.lower[k]
            for k in range(phrase.first + 1, phrase.last - 1)
            if tokens.text[k][:1].isupper()
        }
        if not words or phrase.role is None:
            return None
        found = self._role(phrase.role, at, titled=words)
        if found is None and all(
            team_plural(w) and w not in PLACES and w not in US_STATES for w in words
        ):
            # "said the Rovers striker": the team is no part of the title ("Striker Tom
            # Hale"); a place is ("the Ohio governor")
            found = self._role(phrase.role, at)
        return found

    def _speaker_in_role(self, role: str, at: int, untitled: bool = False) -> Resolved | None:
        """The person "the Russian president", "the central defender" stands for when the
        article names no one of that title: the person quoted last, in its paragraph or
        the two before, unless what the article says they are is another role ("the
        witness" after a lawyer); with ``untitled``, only one whose role the article does
        not give ("the shadow chancellor")."""
        tokens = self.tokens
        para = tokens.para[at]
        roles = ROLE_SYNONYMS.get(role, frozenset([role]))
        k = bisect_left(self.speaker_tokens, at) - 1
        stop = max(-1, k - MAX_MENTIONS_SCANNED)
        sent = tokens.sent[at]
        while k > stop and para - self.speakers[k].para <= _ROLE_PARAGRAPHS:
            e = self.speakers[k].entity
            k -= 1
            if self.speakers[k + 1].sent == sent:
                continue  # "A lawmaker is calling for ... after the candidate said": another
            words = e.name.split()
            honoured = e.title is not None and e.title.lower().rstrip(".") in HONORIFICS
            if (
                e.kind is not SpeakerKind.PERSON
                or (len(words) < 2 and not honoured)
                or words[0].lower() == "the"
                or not words[0][:1].isupper()
            ):
                continue  # a named person ("Mr Kinnock" too), not "the Hollywood Reporter"
            said = title_gender(role)
            if said is not None and e.gender is not None and e.gender != said:
                return None  # "the father of three" after Ann Dale: someone else
            known = {t for t in e.titles if t.rstrip(".") not in HONORIFICS} | e.roles
            if untitled and known:
                return None  # "the deputy minister" after Minister Tom Dale: someone else
            # "the witness" after a quoted lawyer is someone else; "the Wisconsin
            # Republican" after House Speaker Paul Ryan is of his party, not another office
            if (
                known
                and roles.isdisjoint(known)
                and (role not in PARTY_MEMBERS or not known.isdisjoint(PARTY_MEMBERS))
            ):
                return None
            return Resolved(e.name, SpeakerKind.PERSON, e.title, None, e.gender, e)
        return None

    def _only_one_of_role(self, role: str) -> Resolved | None:
        """The one person the article names with ``role`` as a title ("Justice Sean
        Dunphy" for "a Superior Court of Ontario judge"), when it names exactly one."""
        # "a union leader" is no president named once
        roles = (
            frozenset([role])
            if role in _BROAD_ROLES
            else ROLE_SYNONYMS.get(role, frozenset([role]))
        )
        found = {
            id(e): e
            for e in self.persons.values()
            if e.kind is SpeakerKind.PERSON and not roles.isdisjoint(e.titles)
        }
        if len(found) != 1:
            return None
        [e] = found.values()
        return Resolved(e.name, SpeakerKind.PERSON, e.title, None, e.gender, e)

    def _role(
        self,
        role: str,
        at: int,
        titled: set[str] | None = None,
        modifiers: frozenset[str] = frozenset(),
        qualifiers: frozenset[str] = frozenset(),
        office: frozenset[str] = frozenset(),
    ) -> Resolved | None:
        """The person last mentioned before ``at`` whose title or role holds ``role`` (or a
        synonym: "the judge" for "Justice Margaret Osei"), or the anonymous speaker last
        quoted under that role ("the diplomat" after "a senior diplomat"), whichever is
        nearer. ``office``: the qualifiers that name the office ("health" in "the federal
        health minister"), none of which another office's holder has."""
        roles = ROLE_SYNONYMS.get(role, frozenset([role]))
        if titled is not None:
            titled = party_words(titled)  # "the Tory leader": a Conservative's title
        k = bisect_left(self.mention_tokens, at) - 1
        scanned = 0
        entity: Entity | None = None
        token = -1
        # the people of that role mentioned lately; of several, the one the article
        # names most often so far ("the minister" is the story's minister), else the last
        counts: dict[int, int] = {}
        last_seen: dict[int, int] = {}
        by_id: dict[int, Entity] = {}
        described: set[int] = set()  # those an appositive describes with the qualifiers
        while k >= 0 and scanned < MAX_MENTIONS_SCANNED * 2:
            m = self.mentions[k]
            e = m.entity
            counts[id(e)] = counts.get(id(e), 0) + 1
            if (
                e.kind is SpeakerKind.PERSON
                and (
                    any(r in e.titles or r in e.roles for r in roles)
                    # "the New Democrat" after "NDP MPP Sol Dale"
                    or (titled is not None and not roles.isdisjoint(party_words(e.titles)))
                    or (m.last >= 0 and not roles.isdisjoint(self._mention_roles(m)))
                    or (e.description and role in e.description.lower().split())
                )
                and not _other_office(e.titles, roles, modifiers | (titled or set()))
                # "the vice president" is not "President Tom Dale"
                and (modifiers & _OFFICE_MODIFIERS) <= {t.lower() for t in e.titles}
                and not self._other_office_at(m.token, roles, modifiers | (titled or set()))
                and (
                    titled is None
                    or titled <= party_words(e.titles)
                    # "The Tory leader, Tom Dale," and later "the Tory leader"
                    or (
                        m.last >= 0
                        and (
                            titled <= party_words(role_title_words(self.tokens, m.token))
                            # "Ann Lee, the Liberal MP for Nepean," and later "the Liberal MP"
                            or titled <= party_words(appositive_title_words(self.tokens, m.last))
                        )
                    )
                )
            ):
                by_id.setdefault(id(e), e)
                last_seen.setdefault(id(e), m.token)
                if qualifiers and m.last >= 0 and qualifiers <= self._appositive_words(m.last):
                    described.add(id(e))
            k -= 1
            scanned += 1
        hi = bisect_left(self.speaker_tokens, at)
        for m in self.speakers[max(0, hi - MAX_MENTIONS_SCANNED) : hi]:
            counts[id(m.entity)] = counts.get(id(m.entity), 0) + 1
        if qualifiers:
            # "the foreign minister" is the one whose title says "foreign", when one does
            qualified = {i: e for i, e in by_id.items() if qualifiers <= set(e.titles)}
            specific = office - _GENERIC_QUALIFIERS  # the words of the office it names
            if not qualified and specific:
                # "the federal health minister": "Health Minister Ann Dale"
                qualified = {i: e for i, e in by_id.items() if specific <= set(e.titles)}
            if not qualified:
                # else one whose description says them: "the former high school teacher"
                # for "Tom Hale, a former high school teacher,", not "a Grade 6 teacher"
                qualified = {i: e for i, e in by_id.items() if i in described}
            if not qualified:
                # else one whose title says nothing else ("Finance Minister Bill Morneau"
                # is no "first minister")
                qualified = {
                    i: e
                    for i, e in by_id.items()
                    if all(t in roles or _where_or_whose(t) for t in e.titles)
                }
            if qualified:
                by_id = qualified
            elif specific:
                # "the health minister" is no "Prime Minister Tom Dale"
                by_id = {}
        elif len(by_id) > 1:
            # "the chief" of Chief Rosalind Reid and Grand Chief Alvin Fiddler: the one
            # whose title says nothing else, when one does
            plain = {
                i: e
                for i, e in by_id.items()
                if e.titles and all(t in roles or _where_or_whose(t) for t in e.titles)
            }
            if plain:
                by_id = plain
        if by_id:
            best = max(by_id, key=lambda i: (counts.get(i, 0), last_seen[i]))
            latest = max(by_id, key=last_seen.__getitem__)
            para = self.tokens.para
            if para[at] - para[last_seen[latest]] <= 1 and not self._quoted_since(
                by_id[latest], last_seen[latest], at
            ):
                # "Health Minister Laura Chisholm spoke on Monday. ¶ “...,” the minister
                # said": the one named just before, not yet quoted, over the story's
                best = latest
            entity, token = by_id[best], last_seen[best]
        first_found: Resolved | None = None
        for r_token, r_role, resolved in reversed(self.role_speakers[-MAX_MENTIONS_SCANNED:]):
            if titled is not None or r_token <= token:
                break  # "the Tory leader": a person of that title, named
            if r_token < at and r_role in roles:
                if qualifiers <= set(resolved.name.lower().split()):
                    return resolved  # "the senior official": the one said to be senior
                first_found = first_found or resolved
        if first_found is not None:
            return first_found
        if entity is None:
            return None
        return Resolved(entity.name, SpeakerKind.PERSON, entity.title, None, entity.gender, entity)

    def _appositive_words(self, last: int) -> set[str]:
        """The lower-case words of an appositive after a name that ends at token
        ``last``: "Tom Hale, a former high school teacher," gives "a", "former", "high",
        "school", "teacher"."""
        tokens = self.tokens
        if last >= len(tokens) or tokens.text[last] != ",":
            return set()
        words: set[str] = set()
        for k in range(last + 1, min(len(tokens), last + 1 + _APPOSITIVE_WORDS)):
            if not tokens.text[k][:1].isalnum() or tokens.para[k] != tokens.para[last]:
                break
            words.add(tokens.lower[k])
        return words

    def _quoted_since(self, entity: Entity, token: int, at: int) -> bool:
        """Whether, before token ``at``, someone was quoted after token ``token`` or the
        ``entity`` was quoted at all (lately)."""
        hi = bisect_left(self.speaker_tokens, at)
        if hi > 0 and self.speaker_tokens[hi - 1] >= token:
            return True
        lo = max(0, hi - MAX_MENTIONS_SCANNED)
        return any(m.entity is entity for m in self.speakers[lo:hi])

    def _qualified_holder(self, role: str, qualifiers: frozenset[str], at: int) -> Resolved | None:
        """The one person titled ``role`` before token ``at`` whose first mention has the
        ``qualifiers`` close after it: "the Molo MP" for "MP Kimani Wanjohi, who represents
        Molo" (not "the Latin American pope" for a pope named with no Latin America)."""
        tokens = self.tokens
        roles = ROLE_SYNONYMS.get(role, frozenset([role]))
        checked: set[int] = set()
        holders: list[Entity] = []
        # bounded: an article of 100,000 names stays linear
        for m in self.mentions[: min(bisect_left(self.mention_tokens, at), _HOLDER_MENTIONS)]:
            e = m.entity
            if id(e) in checked or e.kind is not SpeakerKind.PERSON:
                continue
            checked.add(id(e))  # the first mention only: where the article introduces them
            near = frozenset(tokens.lower[m.token : min(at, m.token + _QUALIFIER_REACH)])
            # (the role given as a title, or in an appositive: "Tom Hale, the MP for Molo,")
            held = not roles.isdisjoint(e.titles) or (
                m.last >= 0 and not roles.isdisjoint(self._mention_roles(m))
            )
            # (not "the Republican nominee" for "Democratic nominee Ann Dale")
            if held and qualifiers <= near and not another_side(qualifiers, e.titles):
                holders.append(e)
        if len(holders) != 1:
            return None
        e = holders[0]
        return Resolved(e.name, SpeakerKind.PERSON, e.title, None, e.gender, e)

    def _kin(self, possessive: str, noun: str, at: int) -> Entity | None:
        """The one relative "his father", "her daughter" or "the mother" at token ``at``
        stands for: the person of the noun's gender named just before with a relative of
        theirs ("Tessa Holloway's daughter spent four days in hospital. ... the mother
        said"); else, after a possessive, the one person of the noun's gender who shares a
        surname with the last person of the possessive's gender named in the paragraph or
        the two before (the family of "Colton Wiebe" holds Arnie Wiebe)."""
        tokens = self.tokens
        gender = KIN_GENDERS[noun]
        para = tokens.para[at]
        k = bisect_left(self.mention_tokens, at) - 1
        stop = max(-1, k - _KIN_MENTIONS)
        owner: Entity | None = None
        # the gender of the one a possessive stands for ("his father": a man's father)
        want = PRONOUNS[possessive].gender if possessive in KIN_POSSESSORS else None
        related = True  # no one named with a relative of theirs read yet
        while k > stop and para - self.mentions[k].para <= _KIN_RELATIVE_PARAGRAPHS:
            m = self.mentions[k]
            k -= 1
            e = m.entity
            after = m.last if m.last >= 0 else m.token + 1
            while after < len(tokens.text) and tokens.text[after][:1].isupper():
                after += 1  # the end of the name's run of capitals
            kin_at = after + 1
            while (
                kin_at < min(len(tokens.text) - 1, after + 3)
                and tokens.lower[kin_at] not in KIN_GENDERS
                and tokens.text[kin_at][:1] in _MODIFIER_STARTS
            ):
                kin_at += 1  # "Tessa Holloway's two-year-old daughter"
            if (
                related
                and e.kind is SpeakerKind.PERSON
                and kin_at < len(tokens.text)
                and tokens.lower[after] in ("’s", "'s")
                and tokens.lower[kin_at] in KIN_GENDERS
            ):
                if e.gender == gender:
                    return e  # "Tessa Holloway's daughter ...": the mother
                related = False  # "Tom Hale's daughter": the mother is no one named
            if (
                owner is None
                and want is not None
                and para - m.para <= KIN_PARAGRAPHS
                and e.kind is SpeakerKind.PERSON
                and e.gender == want
                and " " in e.name
            ):
                owner = e
        if owner is None:
            return None  # no one of the possessive's gender named lately
        surnames = set(owner.name.rsplit(" ", 1)[1].split("-"))
        family = {
            id(e): e
            for e in self.persons.values()
            if e is not owner
            and e.kind is SpeakerKind.PERSON
            and " " in e.name
            # one part of a double-barrelled surname will do: "Tobin-MacNeil", "MacNeil"
            and not surnames.isdisjoint(e.name.rsplit(" ", 1)[1].split("-"))
            # (the family first: reading pronouns after each name is dearer)
            and (e.gender or self._gender_after(e)) == gender
        }
        return next(iter(family.values())) if len(family) == 1 else None

    def pronoun_after(self, phrase: Phrase) -> str | None:
        """The gender of the first "he", "she", "his" or "her" after a speaker in its
        sentence ("Hale said it is hard to watch the attacks on her friend"), before
        any other name; None if there is none."""
        tokens = self.tokens
        sent = tokens.sent[phrase.first]
        k = phrase.last
        while k < len(tokens) and k - phrase.last < _PRONOUN_AFTER and tokens.sent[k] == sent:
            if tokens.quote[k] >= 0:
                return None
            pronoun = PRONOUNS.get(tokens.lower[k])
            if pronoun is not None and pronoun.gender is not None:
                return pronoun.gender
            if tokens.text[k][:1].isupper():
                return None
            k += 1
        return None

    def gender_known(self, e: Entity) -> str | None:
        """A person's gender: their own, else, for a full name whose given name the table
        does not know ("Minh Tran"), what the pronouns after their first mentions tell
        (:meth:`_gender_after`), read once."""
        if e.gender is not None or e.lone or " " not in e.name:
            return e.gender
        if is_given_name(e.name.split(" ", 1)[0]):
            return None
        key = id(e)
        if key not in self.genders_after:
            self.genders_after[key] = self._gender_after(e)
        return self.genders_after[key]

    def _gender_after(self, e: Entity) -> str | None:
        """The gender of a person whose name tells none, by the first "he", "she", "his" or
        "her" after one of their first mentions in its sentence, no other name between
        ("Corazon Dizon, 71, is retiring, and her son Paolo is taking over": a woman), or
        opening the next sentence after their name, the last one of its sentence."""
        tokens = self.tokens
        for m in [m for m in self.mentions if m.entity is e][:_GENDER_MENTIONS]:
            k = m.last if m.last >= 0 else m.token + 1
            sf, sl = tokens.sentence_bounds(m.token)
            end = min(sl, k + _GENDER_REACH)
            while k < end and tokens.quote[k] < 0 and not tokens.text[k][:1].isupper():
                pronoun = PRONOUNS.get(tokens.lower[k])
                if pronoun is not None and pronoun.gender is not None:
                    return pronoun.gender
                k += 1
            last_named = bisect_left(self.mention_tokens, sl) - 1
            if (
                self.mentions[last_named].entity is e
                and sl < len(tokens)
                and tokens.para[sl] == tokens.para[sf]
            ):
                # "Harjot Sandhu spoke outside court. His sister, ...", "... has been Corazon
                # Dizon, whom regulars call “Tita Cora.” She opened ...": the one named
                # last, whom the next sentence opens with a pronoun for
                pronoun = PRONOUNS.get(tokens.lower[sl])
                if pronoun is not None and pronoun.gender is not None:
                    return pronoun.gender
        return None
