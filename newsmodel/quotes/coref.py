"""Resolution: from the words at a quotation ("he", "Ruto", "the president") to the speaker
meant ("William Ruto"), so that every quotation of one speaker carries one name.

:class:`Registry` reads the article once for proper names (a capitalised run with a title
before it is split into title and name) and remembers where each person is mentioned
(:class:`newsmodel.quotes.article_names.ArticleNames`), then adds the people the article
names by an office alone ("the mayor brought up the plan"). :meth:`Registry.resolve` then
works through the speaker phrases in text order: full names stand for themselves, short
forms go to the full name they shorten (the nearest mentioned before, else the first
after), role nouns ("the president", "the ministry") to the latest entity with that title
(:mod:`newsmodel.quotes.roles`), pronouns to the most salient compatible entity of the
nearest sentence with one: its speaker, else its first (:mod:`newsmodel.quotes.pronouns`).
"""

from __future__ import annotations

from bisect import bisect_left

import attrs

from newsmodel.model import SpeakerKind
from newsmodel.quotes.article_names import GENERATIONS, MAX_MENTIONS_SCANNED
from newsmodel.quotes.body_names import name_after_adjectives
from newsmodel.quotes.cue_speaker import first_phrase
from newsmodel.quotes.document_owners import DocumentOwners
from newsmodel.quotes.entities import Entity, EntityMention, Resolved
from newsmodel.quotes.kin_names import KIN_GENDERS, KIN_POSSESSORS
from newsmodel.quotes.lexicon import (
    COMPANIES,
    COUNTRIES,
    DOCUMENT_NOUNS,
    FUNCTION_WORDS,
    GROUP_NOUNS,
    ORG_MARKERS,
    ORG_NOUNS,
    PERSON_NOUNS,
    ROLE_SYNONYMS,
    TITLE_ACRONYMS,
    TITLE_WORDS,
    word_list,
)
from newsmodel.quotes.name_brackets import ticker_names
from newsmodel.quotes.name_roles import acts_as, appositive_head, titled_before
from newsmodel.quotes.person_words import (
    AGENT_ENDINGS,
    PERSON_HEADS,
    agent_plural,
    person_role,
    title_gender,
)
from newsmodel.quotes.phrase_words import FINITE_WORDS
from newsmodel.quotes.proper_names import (
    BASED,
    COUNTRY_STEM_LEAST,
    acronym_after,
    company_name,
    country_stem,
    demonym_noun,
    gender_of,
    is_given_name,
    name_gender,
)
from newsmodel.quotes.roles import (
    ANYONE_NOUNS,
    BARE_ROLE_DETERMINERS,
    EPITHETS,
    ROLE_MODIFIERS,
    SPEAKING_FOR_OTHERS,
    age_of,
)
from newsmodel.quotes.speaker_kinds import (
    COMPANY_ROLES,
    PARTY_MEMBERS,
    Phrase,
)
from newsmodel.quotes.tokens import indexed
from newsmodel.text.lexicon import DEMONYMS

__all__ = ["ROLE_SYNONYMS", "Entity", "Registry", "Resolved"]

_PLURAL_ROLES = word_list("plural_roles")
#: Words that make an unnamed speaker another than the one of its role named before.
_OTHER_MARKERS = word_list("other_markers")
#: Roles held for someone else, one of which an article names: "Tilley's lawyer".
_ONE_SIDE_ROLES = word_list("one_side_roles")
#: The sides of a court case one lawyer speaks for: "The Crown", "the defence".
_COURT_SIDES = word_list("court_sides")
_THE = indexed(["the"])
#: How many paragraphs a description given to someone quoted keeps standing for them.
_DESCRIBED_PARAGRAPHS = 3


class Registry(DocumentOwners):
    """The article's named entities, where they are mentioned, and the speakers its
    phrases resolve to."""

    def _company_shortened(self, word: str, at: int) -> Entity | None:
        """The company a one-word name shortens, named in full before: "Nortel" for
        "Nortel Networks", "Forrester" for "Forrester Research" (not "Microsoft" for
        "Microsoft Word", nor "Uefa" for "Uefa Cup": no company's name)."""
        bodies = self.bodies_named_from(word, self.by_first.get(word, [])[-MAX_MENTIONS_SCANNED:])
        found = [e for e in bodies if company_name(e.name)]
        if not found:
            return None
        return found[0] if len(found) == 1 else self._nearest(found, at)

    def _pronoun_subject_phrase(self, phrase: Phrase) -> Phrase | None:
        """For "it" or "they" that stand for no one named or quoted: the subject of their
        sentence, before them, or of the sentence before, when it is a body or a document
        ("it") or a group ("they") described, not named."""
        assert phrase.pronoun is not None
        tokens = self.tokens
        at = phrase.first
        kinds: tuple[SpeakerKind, ...]
        if phrase.pronoun.hint == "organisation":
            kinds = (SpeakerKind.ORGANISATION, SpeakerKind.DOCUMENT)
        elif phrase.pronoun.hint == "group" and phrase.pronoun.form != "we":
            kinds = (SpeakerKind.GROUP,)
        else:
            return None
        sent = tokens.sent[at]
        s = sent
        while s >= 0 and sent - s <= 2:
            first = tokens.sent_first[s]
            if tokens.para[first] in self._furniture:
                s -= 1
                continue  # "READ MORE: ...": page furniture between, no subject
            if self._paragraphs_between(tokens.para[first], tokens.para[at]) > 1:
                break
            limit = at if s == sent else tokens.sent_first[s + 1]
            subject = first_phrase(tokens, first, limit)
            if subject is not None and subject.pronoun is None and subject.last <= at:
                return subject if subject.kind in kinds and self._speaks(subject) else None
            if s < sent:
                break  # only the sentence of the pronoun, and the one before it
            s -= 1
        return None

    def _described_before(self, phrase: Phrase) -> Resolved | None:
        """For "he" or "she": the person a description opening the sentence before stands
        for, when that sentence and the pronoun's name no one ("The Winnipeg MP was
        unimpressed. ¶ “...,” he said": the MP described, not the minister quoted last)."""
        tokens = self.tokens
        at = phrase.first
        gender = phrase.pronoun.gender if phrase.pronoun is not None else None
        sent = tokens.sent[at]
        if gender is None or sent == 0:
            return None
        first, limit = tokens.sent_first[sent - 1], tokens.sent_first[sent]
        if tokens.para[at] - tokens.para[first] > 1 or tokens.lower[first] != "the":
            return None
        k = bisect_left(self.mention_tokens, first)
        if k < len(self.mention_tokens) and self.mention_tokens[k] < at:
            return None  # someone named since the description
        subject = first_phrase(tokens, first, limit)
        if (
            subject is None
            or subject.first != first
            or subject.kind is not SpeakerKind.PERSON
            or subject.name is not None
            or subject.role is None
            or subject.role.endswith("-old")  # (an age names no one surely enough)
            # only capitalised words before the noun ("The Winnipeg MP", not "The grand
            # premier", which may be no one)
            or not all(tokens.text[j][:1].isupper() for j in range(first + 1, subject.last - 1))
            or subject.last >= limit
            or tokens.lower[subject.last] not in FINITE_WORDS
        ):
            return None
        found = self.resolve(subject)
        if found.entity is None or found.gender not in (gender, None):
            return None
        return found

    def _speaks(self, phrase: Phrase) -> bool:
        """Whether a described subject can speak: a body, or people named or named by
        what they are ("Tenants", "Five public sector unions"), not "The proposals"."""
        lower = self.tokens.lower
        if any(
            lower[k] in FINITE_WORDS or lower[k].endswith(("ed", "n't", "n’t"))
            for k in range(phrase.first + 1, phrase.last)
        ):
            return False  # "The dollar regained some ground": a clause read too far
        role = phrase.role
        if phrase.kind is not SpeakerKind.GROUP or role is None:
            return True
        return (
            role in GROUP_NOUNS
            or role in ORG_NOUNS
            or role[:-1] in PERSON_NOUNS
            or role[:-1] in ORG_NOUNS
            or agent_plural(role)
        )

    def resolve(self, phrase: Phrase) -> Resolved:
        """The speaker a phrase stands for; call in text order of the phrases."""
        tokens = self.tokens
        if phrase.antecedent is not None:
            return self.resolve(phrase.antecedent)
        at = phrase.first
        description = self._desc(phrase)
        owner = self._author(phrase) or self._medium_author(phrase)
        if owner is not None and phrase.kind is SpeakerKind.DOCUMENT and phrase.role:
            self.document_owners[phrase.role] = (tokens.para[at], owner)
        if owner is None and phrase.kind is SpeakerKind.DOCUMENT:
            owner = self._document_named_before(phrase)
        if owner is not None:
            return owner
        if phrase.pronoun is not None and phrase.pronoun.hint != "relative":
            found = self._described_before(phrase) or self._pronoun(phrase)
            if found is not None:
                return attrs.evolve(found, description=description or found.description)
            subject = self._pronoun_subject_phrase(phrase)
            if subject is not None:
                # "Tenants complained about what they said was ...", "The ministry released
                # a statement. “...,” it stated": the subject the pronoun follows
                return self.resolve(subject)
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
            entity = self._lookup(a, b, at, gender=title_gender(title))
            principal = None
            if b - a == 1:
                # a surname several people share
                people = [
                    e for e in self.by_last.get(tokens.text[a], []) if e.kind is SpeakerKind.PERSON
                ]
                if title is None:
                    principal = self._principal(people, at)
                    entity = principal or entity  # not "her mother"
                elif title_gender(title) is None:
                    # "Dr. Kaplan said" after his son David Kaplan: the Kaplan called so
                    # before (a title that tells no gender: "Mrs." does so itself)
                    hi = bisect_left(self.mention_tokens, at)
                    recent = self.mentions[max(0, hi - 4 * MAX_MENTIONS_SCANNED) : hi]
                    entity = titled_before(tokens, people, recent, title) or entity
            if (
                title is None
                and b - a == 1
                and (gender := self.pronoun_after(phrase))
                and (principal is None or principal.gender not in (gender, None))
            ):
                # "Hale said it is hard to watch the attacks on her friend": of the Hales
                # named (Betsy, and her husband Tom), the woman (the one a surname alone
                # names, if of that gender: "Nguyen said he hoped" after his son's words)
                entity = self._lookup(a, b, at, gender=gender) or entity
            age = age_of(tokens, phrase.first, phrase.last) if b - a == 1 else None
            if entity is None and age is not None and tokens.lower[phrase.first] == "the":
                # "the 25-year-old Dubliner": the person of that age, from Dublin
                found = self._aged(age, at)
                if found is not None:
                    written = self._span_text(phrase.first, phrase.last)
                    return attrs.evolve(found, description=written)
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
            if b < len(tokens.text) and tokens.text[b] in GENERATIONS:
                b += 1  # "Donald Jr.", another than the Donald named before
            name = self._span_text(a, b)
            if title is None and name.lower() in ticker_names(tokens, self.text):
                # "BRIXO <BRX> SETS SPLIT" then "Brixo said": a company, which "it" is
                return Resolved(name, SpeakerKind.ORGANISATION, None, description)
            gender = name_gender(tokens.text[a:b])
            return Resolved(name, SpeakerKind.PERSON, title, description, gender)
        if (
            phrase.last - at == 2
            and tokens.lower[at] == "the"
            and tokens.lower[at + 1] in TITLE_ACRONYMS
        ):
            *title_words, role = TITLE_ACRONYMS[tokens.lower[at + 1]].split()
            found = self._role(role, at, qualifiers=frozenset(title_words))  # "the PM"
            if found is not None:
                return attrs.evolve(found, description=description)
        if phrase.kind is SpeakerKind.ORGANISATION and phrase.name is not None:
            # "Electronics maker Kurogane Denki", "Mississippi Power"
            a, b = phrase.name
            entity = self._lookup(a, b, at)
            if entity is None and b - a == 2 and tokens.lower[a + 1] in ("’s", "'s"):
                # "Trump's said" after Donald Trump: he has said, no shop's name
                e = next(iter(self.by_last.get(tokens.text[a], [])[-1:]), None)
                if e is not None and e.kind is SpeakerKind.PERSON:
                    return Resolved(e.name, e.kind, e.title, description, e.gender, e)
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
        elif (
            phrase.kind is SpeakerKind.ORGANISATION
            and phrase.last - first > 3
            and tokens.lower[first] == "the"
            and tokens.text[first + 1].islower()
            and tokens.lower[first + 2] in ("’s", "'s")
            and tokens.text[first + 3][:1].isupper()
            and all(
                tokens.text[m][:1].isupper() or tokens.lower[m] in ("of", "and", "for")
                for m in range(first + 3, phrase.last)
            )
        ):
            first += 3  # "The province’s Water Security Agency" is the Water Security Agency
        elif phrase.kind is SpeakerKind.ORGANISATION:
            first = name_after_adjectives(tokens, first, phrase.last)  # "the federal Ministry"
        last = phrase.last
        if (
            last - first > 3
            and tokens.text[last - 1] == ")"
            and acronym_after(tokens, last - 3, last - 1)
        ):
            last -= 3  # "the International Monetary Fund (IMF)": the name before its acronym
        written = self._span_text(first, last)
        if last - first == 1 and first > phrase.first and tokens.lower[first] in _COURT_SIDES:
            # "The Crown countered" after "Crown attorney Ann Dale": the one who speaks for
            # it in court
            found = self._role(tokens.lower[first], at)
            if found is not None:
                return attrs.evolve(found, description=description)
        if phrase.kind is SpeakerKind.ORGANISATION:
            known = self.org_names.get(written) or self.persons.get(written)
            if known is None and last - first == 1 and written.isalpha() and written.isupper():
                by_initials = self._body_by_initials(written, at)  # "the CBSA"
                if by_initials is not None:
                    return attrs.evolve(by_initials, description=description)
            if known is None and last - first == 1 and written in COMPANIES:
                known = self._company_shortened(written, at)
            if known is None and last - first == 1 and first > phrase.first and written[-1] == "s":
                team = self._team_in_full(written, at)  # "The Oilers": the Edmonton Oilers
                if team is not None:
                    return attrs.evolve(team, description=description)
            if known is not None:  # "EDC" for "Export Development Canada (EDC)"
                return Resolved(known.name, known.kind, None, description, None, known)
            if last - first == 1 and tokens.lower[first] in ORG_NOUNS:
                # "The Bank" of Norland; "Company says ..." opening a line: the company
                by_role = self._role_body(tokens.lower[first], at, opens=first == phrase.first)
                if by_role is not None:
                    return attrs.evolve(by_role, description=description)
        if phrase.last - first == 1 and tokens.text[first][:1].isupper():
            # a surname that is also a title, once the full name is known: "co-host Gayle
            # King pressed him" ... "King said"
            same_last = self.by_last.get(tokens.text[first], [])
            people = [e for e in same_last if e.kind is phrase.kind]
            if not people and phrase.kind is SpeakerKind.ORGANISATION:
                # "Jordan said" after "Jim Jordan": the person, not the country
                people = [e for e in same_last if e.kind is SpeakerKind.PERSON]
            if people:
                e = people[0] if len(people) == 1 else self._nearest(people, at)
                return Resolved(e.name, e.kind, e.title, description, e.gender, e)
        if (
            phrase.kind in (SpeakerKind.PERSON, SpeakerKind.ANONYMOUS)
            and phrase.name is None
            and phrase.role is not None
        ):
            # a lede's "A Winnipeg woman says ...", named in the next paragraph
            named = self._named_next(phrase)
            if named is not None:
                # "A Brixo mother of three says ..." is "the Brixo mother" later on
                lede = tokens.lower[phrase.first + 1 : phrase.last]
                cut = lede.index("of") if "of" in lede else len(lede)
                self.lede_described[" ".join(lede[:cut])] = named
                return attrs.evolve(named, description=written)
        bare = self._bare_role(phrase)
        if phrase.kind is SpeakerKind.PERSON and phrase.role is not None and bare:
            said = frozenset(tokens.lower[phrase.first : phrase.last]) & ROLE_MODIFIERS
            qualifiers = frozenset(
                tokens.lower[k]
                for k in range(phrase.first + 1, phrase.last - 1)
                if tokens.text[k].isalpha()
                and tokens.text[k].islower()
                and tokens.lower[k] not in FUNCTION_WORDS
                and tokens.lower[k] not in ROLE_MODIFIERS
            )
            # "the former president", "the foreign minister" (but "Ray Bouchard has
            # coached ... “...,” the coach said": the one said to do what the role does)
            found = self._acting(phrase.role, at) if not said and not qualifiers else None
            # the qualifiers after a possessive and no title's name the office: "health" in
            # "the federal health minister" (not "bank" and "chief" in "the bank's chief ...")
            poss = max(
                (k for k in range(phrase.first, phrase.last) if tokens.lower[k] in ("’s", "'s")),
                default=phrase.first - 1,
            )
            office = (frozenset(tokens.lower[poss + 1 : phrase.last]) & qualifiers) - TITLE_WORDS
            found = found or self._role(
                phrase.role, at, modifiers=said, qualifiers=qualifiers, office=office
            )
            if found is not None:
                return attrs.evolve(found, description=description or found.description)
        if (
            phrase.kind is SpeakerKind.PERSON
            and phrase.role is not None
            and phrase.name is None
            and not bare
            and tokens.lower[phrase.first] in BARE_ROLE_DETERMINERS
        ):
            found = self._titled_role(phrase, at)
            if found is not None:
                return attrs.evolve(found, description=description or found.description)
        if (
            phrase.kind is SpeakerKind.PERSON
            and phrase.role is not None
            and phrase.name is None
            and phrase.last - phrase.first >= 3
            and tokens.lower[phrase.last - 2] in ("’s", "'s")
            and tokens.lower[phrase.last - 1] == phrase.role
            and all(tokens.text[k][:1].isupper() for k in range(phrase.first, phrase.last - 2))
        ):
            # "Manitoba's premier": the one titled "Manitoba Premier"
            titled = {tokens.lower[k] for k in range(phrase.first, phrase.last - 2)}
            found = self._role(phrase.role, at, titled=titled)
            if found is None and phrase.role in _ONE_SIDE_ROLES:
                # "Tilley's lawyer" after "Defence lawyer Tara Mendes": the one lawyer named
                found = self._only_one_of_role(phrase.role)
            if found is not None:
                return attrs.evolve(found, description=description or found.description)
        if (
            phrase.last - phrase.first == 2
            and tokens.lower[phrase.first] == "the"
            and demonym_noun(tokens.lower[phrase.first + 1])
        ):
            found = self._named_with(tokens.lower[phrase.first + 1], at)
            if found is not None:  # "said the American" after "American Andy Roddick"
                return attrs.evolve(found, description=written)
        if phrase.kind is SpeakerKind.PERSON and tokens.lower[phrase.first] == "the":
            age = age_of(tokens, phrase.first, phrase.last)
            if age is not None:
                found = self._aged(age, at)
                if found is not None:
                    return attrs.evolve(found, description=written)
            if (
                phrase.role is not None
                and phrase.name is None
                and phrase.role not in SPEAKING_FOR_OTHERS
                and phrase.role not in GROUP_NOUNS
                and (
                    phrase.role in PERSON_NOUNS
                    or (phrase.role in PERSON_HEADS and phrase.role not in ANYONE_NOUNS)
                    or phrase.role in EPITHETS
                    or phrase.role in TITLE_WORDS
                    or phrase.role in PARTY_MEMBERS
                    or phrase.role.endswith(AGENT_ENDINGS)
                )
                and not any(w in ("’s", "'s") for w in tokens.lower[phrase.first : phrase.last])
            ):
                modified = not ROLE_MODIFIERS.isdisjoint(tokens.lower[phrase.first : phrase.last])
                if phrase.role in EPITHETS and not modified:
                    placed = frozenset(
                        tokens.lower[k]
                        for k in range(phrase.first + 1, phrase.last - 1)
                        if tokens.text[k][:1].isupper()
                    )
                    # "the Halifax native": the one the sentence before is about, else
                    # (and "the youngster") who holds no office
                    found = (
                        self._subject_before(phrase.role, at, placed, epithet=True)
                        if placed
                        else None
                    ) or self._epithet(at)
                else:
                    # "the shadow chancellor" only for one whose office the article does not
                    # give: the modifier may make another office of a known one
                    # the description's words after "the": "the shadow chancellor" is
                    # not "the chancellor"
                    words = " ".join(tokens.lower[phrase.first + 1 : phrase.last])
                    capitals = frozenset(
                        tokens.lower[k]
                        for k in range(phrase.first + 1, phrase.last - 1)
                        if tokens.text[k][:1].isupper()
                    )
                    found = (
                        self._described_again(words, at)
                        or self.lede_described.get(words)
                        or self._acting(phrase.role, at)
                    )
                    if found is None and capitals and phrase.role in TITLE_WORDS:
                        # "the Molo MP" after "MP Kimani Wanjohi, who represents Molo"
                        found = self._qualified_holder(phrase.role, capitals, at)
                    if found is None:
                        found = self._speaker_in_role(phrase.role, at, untitled=modified)
                    if found is None and (phrase.role not in TITLE_WORDS or capitals):
                        # "the gambling tycoon": no office, the subject named just before;
                        # "The Brixo North MP": an office no one was named by
                        found = self._subject_before(phrase.role, at, capitals)
                    if found is None and not modified:
                        # "Karen Whitfield, a climate scientist, has ... ¶ “...,” the
                        # researcher said": an office no one holds, the subject described
                        found = self._unheld_office_subject(phrase.role, at)
                    if found is not None:
                        self.described[words] = (tokens.para[at], found)
                if found is None and phrase.last - phrase.first == 2:
                    # "The center said" after "the National Hurricane Center said": a body
                    # whose name ends with the noun, where no person holds it as a role
                    body = self._body_named(phrase.role, at)
                    if body is not None and body.name.lower().endswith(" " + phrase.role):
                        return Resolved(body.name, body.kind, None, description, None, body)
                if found is not None:
                    return attrs.evolve(found, description=written)
        if phrase.kind is SpeakerKind.ORGANISATION and phrase.role is not None and bare:
            org = self._body_in_apposition(phrase.last) or self._org(phrase.role, at)
            if org is None and phrase.role == "party":
                org = self._party_named(at)
            if org is None:
                org = self._appositive_subject(phrase.role, at)  # "the machine operator"
            if org is not None:
                return attrs.evolve(org, description=description)
        if (
            phrase.kind is SpeakerKind.ORGANISATION
            and phrase.role is not None
            and phrase.last - phrase.first == 3
            and tokens.lower[phrase.first] == "the"
            and tokens.text[phrase.first + 1].isalpha()
            and tokens.text[phrase.first + 1].islower()
        ):
            # "The health unit said" after "Region of Waterloo Public Health said": the
            # body whose name holds the word before the noun
            org = self._org_by_word(tokens.lower[phrase.first + 1], at)
            if org is not None:
                return attrs.evolve(org, description=description)
        if phrase.kind is SpeakerKind.GROUP:
            k = phrase.first + (tokens.lower[phrase.first] == "the")
            body = self.org_names.get(self._span_text(k, phrase.last))
            if body is not None:  # "the Department of Trade and Industry": one body
                return Resolved(body.name, body.kind, None, description, None, body)
            named = self._named_group(phrase, description)
            if named is not None:
                return named
            if tokens.lower[k] == "police" and (
                phrase.last - k == 1
                or (phrase.last - k == 2 and tokens.lower[k + 1] in ORG_MARKERS)  # "service"
            ):
                force = self._police_force(at)  # "police say" after "Toronto police are ..."
                if force is not None:
                    return attrs.evolve(force, description=description)
        if (
            phrase.kind is SpeakerKind.ANONYMOUS
            and phrase.role is not None
            and phrase.role in TITLE_WORDS  # an office: not "a friend" of someone else's
            and phrase.role not in SPEAKING_FOR_OTHERS
            and phrase.role.rstrip("s") not in PARTY_MEMBERS
            and self.tokens.lower[phrase.last - 1] == phrase.role
            # "Another analyst", "a second official": not the one of the role named before
            and _OTHER_MARKERS.isdisjoint(self.tokens.lower[phrase.first : phrase.first + 2])
        ):
            # "a Superior Court of Ontario judge" (not "a spokeswoman for Clinton")
            only = self._only_one_of_role(phrase.role)
            if only is not None:
                return attrs.evolve(only, description=description)
        if (
            phrase.kind is SpeakerKind.PERSON
            and phrase.last - phrase.first == 2
            and (
                tokens.lower[phrase.first] in KIN_POSSESSORS or tokens.lower[phrase.first] == "the"
            )
            and tokens.lower[phrase.first + 1] in KIN_GENDERS
        ):
            kin = self._kin(tokens.lower[phrase.first], tokens.lower[phrase.first + 1], at)
            if kin is not None:  # "His son, Colton Wiebe, said ...": "his father" is Arnie
                return Resolved(kin.name, kin.kind, kin.title, description, kin.gender, kin)
        if phrase.kind in (SpeakerKind.PERSON, SpeakerKind.ANONYMOUS) and phrase.name is None:
            later = self.named_later(phrase)  # "The prosecutor said" before her name
            if later is not None:
                return attrs.evolve(later, description=written)
        return Resolved(written, phrase.kind, None, description)

    def _named_group(self, phrase: Phrase, description: str | None) -> Resolved | None:
        """The names at the end of a group phrase, its role words before them as a title:
        "Stella's owners Tore Sohlberg and Lehla Abreder" are "Tore Sohlberg and Lehla
        Abreder" (title "Stella's owners"); "Heart and Stroke senior manager Erin Kim",
        whose "and" lies in the title, is the one person Erin Kim."""
        tokens = self.tokens
        text, lower = tokens.text, tokens.lower
        k = phrase.last - 1
        while k > phrase.first and (text[k][:1].isupper() or lower[k] in ("and", "&")):
            k -= 1
        if k <= phrase.first or not text[k][:1].islower() or k + 2 >= phrase.last:
            return None  # no role words before the names, or one word after them
        if lower[k] == "of" or lower[k] in FUNCTION_WORDS:
            return None  # "Supporters of Tom Dale": the names are the group's object
        tail = range(k + 1, phrase.last)
        if not is_given_name(text[k + 1]):
            return None
        title = self._span_text(phrase.first, k + 1)
        if any(lower[m] in ("and", "&") for m in tail):
            name = self._span_text(k + 1, phrase.last)
            return Resolved(name, SpeakerKind.GROUP, title, description)
        entity = self._lookup(k + 1, phrase.last, phrase.first)
        if entity is not None:
            return Resolved(entity.name, entity.kind, title, description, entity.gender, entity)
        name = self._span_text(k + 1, phrase.last)
        return Resolved(name, SpeakerKind.PERSON, title, description, gender_of(text[k + 1]))

    def _bare_role(self, phrase: Phrase) -> bool:
        """Whether a phrase names its speaker by a role alone: "the president", "the
        company", "the utility" (not "Brazil’s Foreign Ministry" or "Mr. Martel's office")."""
        if not phrase.definite:
            return False
        tokens = self.tokens
        w0 = tokens.lower[phrase.first]
        if w0 not in BARE_ROLE_DETERMINERS:
            return False
        if (
            phrase.last - phrase.first == 2
            and phrase.kind is SpeakerKind.PERSON
            and tokens.lower[phrase.first + 1] in TITLE_WORDS
        ):
            return True  # "The Bishop", "the Chancellor": an office capitalised
        return not any(
            tokens.text[k][0].isupper()
            # "The Australian firm", "the US giant": a company's country is no part of a
            # name (not "the German government", "the UK's biggest lender")
            and not (
                phrase.role in COMPANY_ROLES
                and (
                    tokens.lower[k] in DEMONYMS
                    or tokens.text[k] in COUNTRIES
                    or tokens.lower[k].endswith(BASED)  # "the Ohio-based company"
                    # "the Columbus, Ohio-based company": the town before its state
                    or (
                        k + 2 < len(tokens.text)
                        and tokens.text[k + 1] == ","
                        and tokens.lower[k + 2].endswith(BASED)
                    )
                )
                and (k + 1 >= len(tokens.lower) or tokens.lower[k + 1] not in ("’s", "'s"))
            )
            for k in range(phrase.first + 1, phrase.last)
        )

    def _named_with(self, word: str, at: int) -> Resolved | None:
        """The one person named before token ``at`` with ``word`` right before the name
        ("American Andy Roddick", "fellow Swede Joachim Johansson"), if only one is."""
        if self._word_before_names is None:
            # read once: the people named after each word ("American" -> Andy Roddick)
            lower = self.tokens.lower
            self._word_before_names = {}
            text = self.tokens.text
            for m in self.mentions:
                start = m.name[0] if m.name is not None else m.token
                if start > 0 and m.entity.kind is SpeakerKind.PERSON:
                    self._word_before_names.setdefault(lower[start - 1], []).append(
                        (m.token, m.entity)
                    )
                    if (
                        start > 1
                        and lower[start - 1] in ("’s", "'s")
                        and text[start - 2] in COUNTRIES
                    ):
                        # "Brazil's Rafael Ribeiro" for "the Brazilian": the country's stem
                        self._word_before_names.setdefault(
                            country_stem(lower[start - 2]), []
                        ).append((m.token, m.entity))
        named = list(self._word_before_names.get(word, ()))
        for size in range(COUNTRY_STEM_LEAST, len(word)):
            named.extend(self._word_before_names.get(word[:size], ()))
        found: Entity | None = None
        for token, e in sorted(named, key=lambda pair: pair[0]):
            if token >= at:
                break
            if found is not None and found is not e:
                return None
            found = e
        if found is None:
            return None
        return Resolved(found.name, SpeakerKind.PERSON, found.title, None, found.gender, found)

    def _acting(self, role: str, at: int) -> Resolved | None:
        """The person a role at token ``at`` stands for when a sentence before, in its
        paragraph or the one before, says they do what the role does: "Ray Bouchard has
        coached junior hockey for 31 years. ... “...,” the coach said"."""
        tokens = self.tokens
        sent = tokens.sent[at]
        k = bisect_left(self.mention_tokens, at) - 1
        stop = max(-1, k - MAX_MENTIONS_SCANNED)  # bounded: a sentence of names stays linear
        while k > stop and sent - self.mentions[k].sent <= 3:
            m = self.mentions[k]
            k -= 1
            if m.entity.kind is not SpeakerKind.PERSON or tokens.para[at] - m.para > 1:
                continue
            end = tokens.sentence_bounds(m.token)[1]
            if acts_as(tokens, role, m.last if m.last >= 0 else m.token + 1, end):
                e = m.entity
                return Resolved(e.name, e.kind, e.title, e.description, e.gender, e)
        return None

    def _described_again(self, words: str, at: int) -> Resolved | None:
        """The person a description given again (its ``words`` after "the") stands for:
        the one it stood for last, in the paragraphs just before ("The prime minister said
        ... After talks, the prime minister said" is the same person, whoever was quoted
        between)."""
        found = self.described.get(words)
        if found is None and " " not in words:
            # "the coach" after "the Edmonton Oilers head coach": the last one described
            # by a phrase the role ends
            ends = [v for k, v in self.described.items() if k.endswith(" " + words)]
            found = max(ends, key=lambda v: v[0]) if ends else None
        if found is None or self.tokens.para[at] - found[0] > _DESCRIBED_PARAGRAPHS:
            return None
        return found[1]

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
        for k in range(at - 1, max(0, at - 5), -1):
            if tokens.lower[k] == "by" and tokens.lower[k - 1] in DOCUMENT_NOUNS:
                # "The book by Sunday Telegraph journalist Sam Reed said": the book's, and
                # "the book" after
                self.document_owners[tokens.lower[k - 1]] = (tokens.para[at], resolved)
                break
            if not tokens.text[k][:1].isalpha():
                break
        if resolved.entity is not None and phrase.description is not None:
            head = appositive_head(tokens, phrase.description[0], tokens.para[at])
            if head:
                resolved.entity.roles.add(head)
        if resolved.kind is SpeakerKind.ANONYMOUS and phrase.role is not None:
            self.role_speakers.append((at, phrase.role, resolved))
            if (
                phrase.role not in _PLURAL_ROLES
                and not phrase.role.endswith("s")
                and person_role(phrase.role)
            ):
                # "A former official, who ..., told CNN ...": "she" said later
                gender = self._description_gender(phrase)
                someone = Entity(resolved.name, SpeakerKind.ANONYMOUS, gender)
                self.speakers.append(
                    EntityMention(at, tokens.sent[at], tokens.para[at], someone, True)
                )
                self.speaker_tokens.append(at)
        elif resolved.kind is SpeakerKind.ANONYMOUS and resolved.entity is not None:
            self.speakers.append(
                EntityMention(at, tokens.sent[at], tokens.para[at], resolved.entity, True)
            )
            self.speaker_tokens.append(at)
        if resolved.kind is SpeakerKind.PERSON and resolved.entity is not None:
            self.speakers.append(
                EntityMention(at, tokens.sent[at], tokens.para[at], resolved.entity, True)
            )
            self.speaker_tokens.append(at)
        elif resolved.kind is SpeakerKind.PERSON and phrase.pronoun is None:
            # "Her husband told reporters": a man, whom a later "she" is not
            gender = resolved.gender or self._description_gender(phrase)
            # with its title, "Mr Kinnock" is a person, whom a role may name
            entity = Entity(resolved.name, SpeakerKind.PERSON, gender, title=resolved.title)
            self.speakers.append(EntityMention(at, tokens.sent[at], tokens.para[at], entity, True))
            self.speaker_tokens.append(at)
        elif resolved.kind is SpeakerKind.PERSON and phrase.pronoun is not None:
            if resolved.entity is not None:
                self.speakers.append(
                    EntityMention(at, tokens.sent[at], tokens.para[at], resolved.entity, True)
                )
                self.speaker_tokens.append(at)
        elif resolved.kind is SpeakerKind.GROUP:
            self.plural_speakers.append((at, tokens.para[at], resolved))
            if phrase.role is not None and phrase.role in ORG_NOUNS:
                # "The committee said ...": a body too, which a later "it" may be
                self.thing_speakers.append((at, tokens.para[at], resolved))
        elif (
            resolved.kind is SpeakerKind.DOCUMENT
            and phrase.last - phrase.first == 1
            and tokens.lower[at].endswith("s")
            and tokens.lower[at] == phrase.role
        ):
            # "Surveys revealed ...": documents, whom a later "they" is, not "it"
            self.plural_speakers.append((at, tokens.para[at], resolved))
        elif resolved.kind in (SpeakerKind.ORGANISATION, SpeakerKind.DOCUMENT):
            self.thing_speakers.append((at, tokens.para[at], resolved))
        if phrase.kind is SpeakerKind.DOCUMENT and resolved.kind is SpeakerKind.PERSON:
            # "Mr Crosby's statement said: ... It added": the statement, his words
            self.thing_speakers.append((at, tokens.para[at], resolved))
