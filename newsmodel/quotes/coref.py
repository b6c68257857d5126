"""Resolution: from the words at a quotation ("he", "Ruto", "the president") to the speaker
meant ("William Ruto"), so that every quotation of one speaker carries one name.

:class:`Registry` reads the article once for proper names (a capitalised run with a title
before it is split into title and name) and remembers where each person is mentioned
(:class:`newsmodel.quotes.article_names.ArticleNames`), then adds the people the article
names by an office alone ("the mayor brought up the plan"). :meth:`Registry.resolve` then
works through the speaker phrases in text order: full names stand for themselves, short
forms go to the full name they shorten (the nearest mentioned before, else the first
after), role nouns ("the president", "the ministry") to the most recent entity with that
title (:mod:`newsmodel.quotes.roles`), and pronouns to the most salient compatible entity of the nearest sentence that has
one: its speaker if it has one, else its first mention.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter

import attrs

from newsmodel.model import SpeakerKind
from newsmodel.quotes.article_names import (
    GENERATIONS,
    MAX_MENTIONS_SCANNED,
    Entity,
    EntityMention,
    Resolved,
    role_noun,
    title_gender,
)
from newsmodel.quotes.lexicon import (
    COUNTRIES,
    CUE_FORMS,
    DOCUMENT_NOUNS,
    FUNCTION_WORDS,
    GROUP_NOUNS,
    ORG_NOUNS,
    PERSON_NOUNS,
    ROLE_SYNONYMS,
    TITLE_ACRONYMS,
    TITLE_WORDS,
    CueClass,
    word_list,
)
from newsmodel.quotes.noun_phrases import FINITE_WORDS
from newsmodel.quotes.proper_names import (
    PARTY_WORDS,
    SURNAME_WORDS,
    acronym_after,
    gender_of,
    is_given_name,
)
from newsmodel.quotes.roles import (
    BARE_ROLE_DETERMINERS,
    ROLE_MODIFIERS,
    SPEAKING_FOR_OTHERS,
    Roles,
    age_of,
)
from newsmodel.quotes.speaker_kinds import (
    AGENT_ENDINGS,
    PARTY_MEMBERS,
    Phrase,
    classify,
    names_someone,
)
from newsmodel.quotes.tokens import Tokens, indexed
from newsmodel.text.lexicon import PLACES

__all__ = ["ROLE_SYNONYMS", "Entity", "Registry", "Resolved"]

#: Documents a person writes or gives: "her statement said" quotes her.
AUTHORED_DOCUMENTS = word_list("authored_documents")
#: Possessive pronouns and the gender they say.
_POSSESSIVE_GENDERS = {"his": "m", "her": "f"}

_PLURAL_ROLES = word_list("plural_roles")
#: Words of a party's name or its members ("Labour", "Lib Dem", "Conservative"), not the
#: "new" of "New Democrat", which names no party alone.
_PARTY_WORDS = PARTY_WORDS - {"new"}
#: Prepositions whose object, in a clause opening a sentence, is no subject of it:
#: "Responding to criticism from Alan Hansen, he insisted".
_OPENER_PREPOSITIONS = word_list("opener_prepositions")
#: How many paragraphs "the book" may look back to the book named with its author.
_DOCUMENT_PARAGRAPHS = 3
#: Nouns a story calls its subject by, holding no office: "the youngster".
EPITHETS = word_list("epithets")
_MAX_SENTENCES_BACK = 10
#: How far back a gendered pronoun looks for the last person of its gender.
_MAX_PARAGRAPHS_FOR_GENDER = 8
_THE = indexed(["the"])


def _speech_verb(word: str) -> bool:
    """Whether a word is a verb of speech or writing ("said", "replied", "wrote")."""
    form = CUE_FORMS.get(word)
    return form is not None and form.cls in (CueClass.SPEECH, CueClass.WRITE)


#: Documents a named person's may speak for them, beside the authored ones: "the Kok
#: report", "Mr Crosby's review".
_PERSONS_DOCUMENTS = word_list("persons_documents")


def _person_role(role: str) -> bool:
    """Whether a role noun names a person whom "he" or "she" may stand for: "a former
    official", "a neighbour", "the 31-year-old" (not "a bottleneck of new projects", "one
    submission", "a handful of insurers")."""
    return role in PERSON_NOUNS or role in TITLE_WORDS or names_someone(role)


def _possessive_at(tokens: Tokens, phrase: Phrase) -> int:
    """The token of the possessive "'s" inside a phrase (not its first nor last), or -1."""
    for k in range(phrase.first + 1, phrase.last - 1):
        if tokens.lower[k] in ("’s", "'s"):
            return k
    return -1


def _source_after_by(tokens: Tokens, phrase: Phrase) -> Phrase | None:
    """The body (or named person) after "by" or "from" in a document phrase that opens
    with the document: "an analysis by the Pew Research Center", "A report from the C.D.
    Howe Institute"."""
    if phrase.kind not in (SpeakerKind.DOCUMENT, SpeakerKind.ORGANISATION):
        return None
    for k in range(phrase.first + 1, phrase.last - 1):
        if (
            tokens.lower[k] in ("by", "from")
            and tokens.lower[k - 1] in DOCUMENT_NOUNS
            and all(tokens.text[m].islower() for m in range(phrase.first + 1, k))
        ):
            source = classify(tokens, k + 1, phrase.last)
            if source is not None and (
                source.kind is SpeakerKind.ORGANISATION
                or (source.kind is SpeakerKind.PERSON and source.name is not None)
            ):
                return source
            return None
    return None


def _owner_span(tokens: Tokens, phrase: Phrase, poss: int) -> tuple[int, int] | None:
    """The tokens naming a document's owner: those before its possessive ("Mr Crosby's
    statement"), or the capitalised ones before its noun ("a Washington Post database",
    "An August PBO report", the month left out)."""
    if phrase.kind is not SpeakerKind.DOCUMENT:
        return None
    if poss > phrase.first:
        return phrase.first, poss
    if poss >= 0 or phrase.last - phrase.first < 3:
        return None
    start = phrase.first + 1 if tokens.lower[phrase.first] in ("a", "an", "the") else phrase.first
    a = start
    while a < phrase.last - 1 and tokens.text[a] in SURNAME_WORDS:
        a += 1
    b = a
    while b < phrase.last - 1 and tokens.text[b][:1].isupper():
        b += 1
    if b - a >= 1 and b == phrase.last - 1:
        return (a if a > start else phrase.first), b
    return None


class Registry(Roles):
    """The article's named entities, where they are mentioned, and the speakers its
    phrases resolve to."""

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
            entity = self._lookup(a, b, at, gender=title_gender(title))
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
            return Resolved(name, SpeakerKind.PERSON, title, description, gender_of(tokens.text[a]))
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
        last = phrase.last
        if (
            last - first > 3
            and tokens.text[last - 1] == ")"
            and acronym_after(tokens, last - 3, last - 1)
        ):
            last -= 3  # "the International Monetary Fund (IMF)": the name before its acronym
        written = self._span_text(first, last)
        if phrase.kind is SpeakerKind.ORGANISATION:
            known = self.org_names.get(written) or self.persons.get(written)
            if known is not None:  # "EDC" for "Export Development Canada (EDC)"
                return Resolved(known.name, known.kind, None, description, None, known)
            if last - first == 1 and first > phrase.first and tokens.lower[first] in ORG_NOUNS:
                body = self._body_named(tokens.lower[first], at)  # "The Bank" of Norland
                if body is not None:
                    return Resolved(body.name, body.kind, None, description, None, body)
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
            # "the former president", "the foreign minister"
            found = self._role(phrase.role, at, modifiers=said, qualifiers=qualifiers)
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
                    or phrase.role in EPITHETS
                    or phrase.role in TITLE_WORDS
                    or phrase.role in PARTY_MEMBERS
                    or phrase.role.endswith(AGENT_ENDINGS)
                )
                and not any(
                    w in ("’s", "'s") or w in ROLE_MODIFIERS
                    for w in tokens.lower[phrase.first : phrase.last]
                )
            ):
                if phrase.role in EPITHETS:
                    found = self._epithet(at)  # "the youngster": who holds no office
                else:
                    found = self._speaker_in_role(phrase.role, at)
                if found is not None:
                    return attrs.evolve(found, description=written)
        if phrase.kind is SpeakerKind.ORGANISATION and phrase.role is not None and bare:
            org = self._org(phrase.role, at)
            if org is None and phrase.role == "party":
                org = self._party_named(at)
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
        if (
            phrase.kind is SpeakerKind.ANONYMOUS
            and phrase.role is not None
            and phrase.role in TITLE_WORDS  # an office: not "a friend" of someone else's
            and phrase.role not in SPEAKING_FOR_OTHERS
            and phrase.role.rstrip("s") not in PARTY_MEMBERS
            and self.tokens.lower[phrase.last - 1] == phrase.role
        ):
            # "a Superior Court of Ontario judge" (not "a spokeswoman for Clinton")
            only = self._only_one_of_role(phrase.role)
            if only is not None:
                return attrs.evolve(only, description=description)
        return Resolved(written, phrase.kind, None, description)

    def _party_named(self, at: int) -> Resolved | None:
        """The party "the party" stands for: the one named last, in its paragraph or the
        two before ("The Liberal Democrats want a local income tax. The party says ...")."""
        tokens = self.tokens
        text, lower = tokens.text, tokens.lower
        para = tokens.para[at]
        k = at - 1
        while k >= 0 and para - tokens.para[k] <= 2:
            w = lower[k]
            if (
                text[k][:1].isupper()
                and tokens.quote[k] < 0
                and (w in _PARTY_WORDS or (w.endswith("s") and w[:-1] in _PARTY_WORDS))
            ):
                first = k
                while (
                    first > 0
                    and tokens.sent[first - 1] == tokens.sent[k]
                    and text[first - 1][:1].isupper()
                    and lower[first - 1] != "the"
                ):
                    first -= 1  # "Liberal Democrats"
                last = k + 1
                while (
                    last < len(text)
                    and tokens.sent[last] == tokens.sent[k]
                    and text[last][:1].isupper()
                    and tokens.quote[last] < 0
                ):
                    last += 1  # "Labour Party"
                return Resolved(self._span_text(first, last), SpeakerKind.ORGANISATION)
            k -= 1
        return None

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

    def _author(self, phrase: Phrase) -> Resolved | None:
        """The person or body whose words a document of theirs gives: "her statement
        said" is hers (the person "she" stands for there), "Mr Crosby's statement" his,
        "an analysis by the Pew Research Center" the centre's."""
        tokens = self.tokens
        poss = _possessive_at(tokens, phrase)
        if poss < 0:
            source = _source_after_by(tokens, phrase)
            if source is not None:
                return self.resolve(source)
        span = _owner_span(tokens, phrase, poss)
        if span is not None:
            return self._owner(phrase, *span)
        if phrase.kind is not SpeakerKind.DOCUMENT or phrase.last - phrase.first != 2:
            return None
        gender = _POSSESSIVE_GENDERS.get(tokens.lower[phrase.first])
        if gender is None or tokens.lower[phrase.first + 1] not in AUTHORED_DOCUMENTS:
            return None
        found = self._person_pronoun(phrase.first, gender)
        if found is None or found.kind is not SpeakerKind.PERSON:
            return None
        return found

    def _document_named_before(self, phrase: Phrase) -> Resolved | None:
        """The owner of "the book", "the report" when the paragraphs just before named it
        with its owner ("The book by Sam Reed said ... The book said")."""
        tokens = self.tokens
        at = phrase.first
        if (
            phrase.role is None
            or phrase.last - at != 2
            or tokens.lower[at] not in ("the", "this", "that")
        ):
            return None
        found = self.document_owners.get(phrase.role)
        if found is None or tokens.para[at] - found[0] > _DOCUMENT_PARAGRAPHS:
            return None
        return found[1]

    def _owner(self, phrase: Phrase, first: int, last: int) -> Resolved | None:
        """The owner tokens [first, last) name, for a document phrase: a body for any
        document ("Infrastructure Canada's public database", "a PBO report"), a person for
        one they write or their name is given to ("Mr Crosby's statement", "the Kok
        report")."""
        tokens = self.tokens
        if last - first == 1 and tokens.text[first].isupper():
            return self.resolve(  # "a PBO report": an acronym, a body's
                Phrase(first, last, SpeakerKind.ORGANISATION, definite=True)
            )
        owner = classify(tokens, first, last)
        if owner is None:
            return None
        if (
            owner.kind is SpeakerKind.PERSON
            and owner.name is not None
            and (
                tokens.lower[phrase.last - 1] in AUTHORED_DOCUMENTS
                or tokens.lower[phrase.last - 1] in _PERSONS_DOCUMENTS
            )
        ):
            return self.resolve(owner)
        if owner.kind is SpeakerKind.ORGANISATION:
            return self.resolve(owner)
        return None

    def _medium_author(self, phrase: Phrase) -> Resolved | None:
        """The person who spoke through a document named before: "Jason Schultz stated in
        the company's blog post that ..." then "“...,” the post read"."""
        tokens = self.tokens
        if (
            phrase.kind is not SpeakerKind.DOCUMENT
            or phrase.last - phrase.first != 2
            or tokens.lower[phrase.first] != "the"
        ):
            return None
        noun = tokens.lower[phrase.first + 1]
        if noun not in AUTHORED_DOCUMENTS:
            return None
        para = tokens.para[phrase.first]
        hi = bisect_left(self.speaker_tokens, phrase.first)
        for m in reversed(self.speakers[max(0, hi - 6) : hi]):
            if para - m.para > 3:
                break
            if m.entity.kind is not SpeakerKind.PERSON:
                continue
            first, last = tokens.sentence_bounds(m.token)
            for k in range(m.token + 1, min(last, m.token + 25)):
                if tokens.lower[k] == noun and "in" in tokens.lower[max(first, k - 5) : k]:
                    e = m.entity
                    return Resolved(e.name, e.kind, e.title, e.description, e.gender, e)
        return None

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
        for k in range(at - 1, max(0, at - 5), -1):
            if tokens.lower[k] == "by" and tokens.lower[k - 1] in DOCUMENT_NOUNS:
                # "The book by Sunday Telegraph journalist Sam Reed said": the book's, and
                # "the book" after
                self.document_owners[tokens.lower[k - 1]] = (tokens.para[at], resolved)
                break
            if not tokens.text[k][:1].isalpha():
                break
        if resolved.entity is not None and phrase.description is not None:
            head = self._appositive_head(phrase.description[0], tokens.para[at])
            if head:
                resolved.entity.roles.add(head)
        if resolved.kind is SpeakerKind.ANONYMOUS and phrase.role is not None:
            self.role_speakers.append((at, phrase.role, resolved))
            if (
                phrase.role not in _PLURAL_ROLES
                and not phrase.role.endswith("s")
                and _person_role(phrase.role)
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
            entity = Entity(resolved.name, SpeakerKind.PERSON, gender)
            entity.title = resolved.title  # "Mr Kinnock": a person, whom a role may name
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
        elif resolved.kind in (SpeakerKind.ORGANISATION, SpeakerKind.DOCUMENT):
            self.thing_speakers.append((at, tokens.para[at], resolved))
        if phrase.kind is SpeakerKind.DOCUMENT and resolved.kind is SpeakerKind.PERSON:
            # "Mr Crosby's statement said: ... It added": the statement, his words
            self.thing_speakers.append((at, tokens.para[at], resolved))

    def _pronoun(self, phrase: Phrase) -> Resolved | None:
        assert phrase.pronoun is not None
        tokens = self.tokens
        at = phrase.first
        para = tokens.para[at]
        hint = phrase.pronoun.hint
        if hint == "group" or phrase.pronoun.plural:
            named = self._named_plural(at) if phrase.pronoun.form != "we" else None
            k = len(self.plural_speakers) - 1
            while k >= 0 and self.plural_speakers[k][0] >= at:
                k -= 1
            if named is not None and (k < 0 or self.plural_speakers[k][0] < named[0]):
                # "The Tories have promised a cut in bills. They say ...": the people named
                # since the group quoted last
                return named[1]
            return self._recent(self.plural_speakers, at, para)
        if hint == "organisation":
            return self._thing(at, para)
        if phrase.pronoun.form in ("i", "we"):
            return None
        return self._person_pronoun(at, phrase.pronoun.gender)

    def _named_plural(self, at: int) -> tuple[int, Resolved] | None:
        """A people named in the plural in the sentence of "they" or the one before, and
        where ("Key to the Liberals’ hopes ... is their assurance ... Almost all revenues,
        they promise, ...")."""
        tokens = self.tokens
        text, lower = tokens.text, tokens.lower
        sent = tokens.sent[at]
        lo = tokens.sent_first[sent - 1] if sent > 0 else tokens.sent_first[sent]
        lo = max(lo, at - 80)
        for k in range(at - 1, lo, -1):
            w = text[k]
            if (
                lower[k - 1] == "the"
                and len(w) > 3
                and w[0].isupper()
                and w.endswith("s")
                and w.isalpha()
                and tokens.quote[k] < 0
                and tokens.para[k] == tokens.para[at]
                and not (k + 1 < len(tokens) and text[k + 1][:1].isupper())
                and lower[k] not in PLACES
                and w not in COUNTRIES
            ):
                return k, Resolved(f"the {w}", SpeakerKind.GROUP)
        return None

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
        quoted = self.quoted_words.get(at)
        sent = tokens.sent[at]
        para = tokens.para[at]
        mk = bisect_left(self.mention_tokens, at) - 1
        sk = bisect_left(self.speaker_tokens, at) - 1
        scanned = 0
        found: list[EntityMention] = []
        best_sent = -1
        # "..., he said": the pronoun after the words it reports
        tail = (
            0 < at < len(tokens) - 1
            and tokens.text[at - 1] == ","
            and _speech_verb(tokens.lower[at + 1])
        )
        while scanned < MAX_MENTIONS_SCANNED and (mk >= 0 or sk >= 0):
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
                if (
                    best_sent != sent
                    or at + 1 >= len(tokens)
                    or not _speech_verb(tokens.lower[at + 1])
                    or not all(not m.speaker and self._possessive(m) for m in found)
                ):
                    break
                # only possessives in the sentence of "he said" ("When asked about the
                # judge's criticisms, he replied"): the sentence before counts too
                best_sent = cand.sent
            e = cand.entity
            if e.kind not in (SpeakerKind.PERSON, SpeakerKind.ANONYMOUS):
                continue
            if gender is not None and e.gender is not None and e.gender != gender:
                continue
            if e.lone and e.gender is None and not cand.speaker:
                continue  # "President Obama" named, not quoted: no pronoun knows whom
            if quoted and not quoted.isdisjoint(e.name.split()):
                continue  # "“I cannot believe Lisa would object,” she said": not Lisa
            if not cand.speaker and cand.sent != sent and self._modifier(cand):
                continue  # "an Alan Shearer strike": a kind of strike, no one there
            if (
                gender is not None
                and not cand.speaker
                and cand.sent == sent
                and cand.token < at
                and self._object_in_opener(cand, at)
            ):
                # "Responding to criticism from pundit Alan Hansen, he insisted": the one
                # in the clause before the subject is no subject
                continue
            if (
                gender is not None
                and tail
                and not cand.speaker
                and cand.sent == sent
                and e.gender is None
                and e.title is None
                and " " in e.name
                and not is_given_name(e.name.split()[0])
            ):
                # "The Homeland Security office completed the checks, he said": a name
                # in the words reported that nothing shows to be a person's
                continue
            found.append(cand)
            best_sent = cand.sent
        best: EntityMention | None = None
        if found:
            # in the nearest sentence: its speaker, else one not in a possessive ("Fraser's
            # mother, Denise Fraser"), else one of the pronoun's gender, else the one it
            # names most, else the first
            times = Counter(id(m.entity) for m in found)
            best = max(
                found,
                key=lambda m: (
                    m.speaker,
                    m.speaker or not (self._possessive(m) or self._premodifier(m)),
                    gender is not None and m.entity.gender == gender,
                    times[id(m.entity)],
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

    def _object_in_opener(self, m: EntityMention, at: int) -> bool:
        """Whether a name before the pronoun at token ``at`` is the object of a
        preposition in a clause that opens the pronoun's sentence and a comma closes
        ("Responding to criticism from pundit Alan Hansen, he insisted", "Of Hepburn, she
        said"), with no verb of the main clause between them."""
        tokens = self.tokens
        lower = tokens.lower
        first = tokens.sent_first[tokens.sent[at]]
        k = m.token - 1
        while k > first and m.token - k < 4 and lower[k] not in _OPENER_PREPOSITIONS:
            if lower[k] in FUNCTION_WORDS or not tokens.text[k][:1].isalpha():
                return False
            k -= 1  # "pundit", "Mr"
        if (
            k < first
            or lower[k] not in _OPENER_PREPOSITIONS
            or at - first > 25
            or tokens.text[at - 1] != ","
            or (lower[k] == "for" and k > first and lower[k - 1] == "as")  # "As for Trump,"
        ):
            return False
        return all(
            lower[j] not in CUE_FORMS and lower[j] not in FINITE_WORDS
            for j in range(first, m.token)
            if not tokens.text[j][:1].isupper()
        )

    def _modifier(self, m: EntityMention) -> bool:
        """Whether a name is a modifier of the noun after it, after "a" or "an": "an Alan
        Shearer strike", "a Tom Hanks film"."""
        tokens = self.tokens
        k = m.last
        return (
            m.token > 0
            and tokens.lower[m.token - 1] in ("a", "an")
            and 0 < k < len(tokens)
            and tokens.text[k].isalpha()
            and tokens.text[k][0].islower()
            and tokens.lower[k] not in FUNCTION_WORDS
        )

    def _last_of_gender(self, mk: int, sk: int, para: int, gender: str) -> EntityMention | None:
        """Further back than the nearest sentences: the person last mentioned (or quoted)
        whom the article already knows to be of ``gender``, within a few paragraphs
        ("she" for Wendy Golden, named five paragraphs back, the only woman since)."""
        scanned = 0
        while scanned < MAX_MENTIONS_SCANNED and (mk >= 0 or sk >= 0):
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
        gender = title_gender(self._span_text(phrase.first, phrase.last))
        if gender is None and phrase.description is not None:
            a, b = phrase.description
            for k in range(a, b):
                if tokens.lower[k] in ("she", "her", "herself"):
                    return "f"
                if tokens.lower[k] in ("he", "his", "him", "himself"):
                    return "m"
        return gender

    def _premodifier(self, m: EntityMention) -> bool:
        """Whether a name modifies the role of the person named after it: "Obama
        consultant Cornell Belcher", "Clinton campaign chairman John Podesta"."""
        tokens = self.tokens
        n = len(tokens)
        k = m.last if m.last > m.token else m.token + 1
        start = k
        while (
            k < n
            and k - start < 3
            and tokens.text[k].islower()
            and tokens.text[k].isalpha()
            and tokens.lower[k] not in FUNCTION_WORDS
        ):
            k += 1
        return (
            start < k < n
            and role_noun(tokens.lower[k - 1])
            and tokens.text[k][:1].isupper()
            and tokens.quote[k] < 0
        )

    def _possessive(self, m: EntityMention) -> bool:
        """Whether a mention ends in a possessive ("Fraser's mother", "the judge's
        criticisms")."""
        tokens = self.tokens
        n = len(tokens)
        if m.last > m.token:
            return m.last < n and tokens.lower[m.last] in ("’s", "'s")
        k = m.token
        while k < n and k - m.token < 4 and tokens.text[k][0].isupper():
            k += 1
        return k < n and tokens.lower[k] in ("’s", "'s")
