"""Bodies named by a role: the organisation "the company", "the agency", "the ministry"
or "the team" stands for, among those the article names or quotes, for
:class:`newsmodel.quotes.roles.Roles` (split from :mod:`newsmodel.quotes.roles`, which
reads the roles of people).
"""

from __future__ import annotations

from bisect import bisect_left

from newsmodel.model import SpeakerKind
from newsmodel.quotes.article_names import MAX_MENTIONS_SCANNED, ArticleNames
from newsmodel.quotes.cue_speaker import first_phrase
from newsmodel.quotes.entities import Entity, Resolved
from newsmodel.quotes.lexicon import (
    COUNTRIES,
    CUE_FORMS,
    DOCUMENT_NOUNS,
    FUNCTION_WORDS,
    GROUP_NOUNS,
    ORG_MARKERS,
    ORG_NOUNS,
    PERSON_NOUNS,
    PUBLIC_BODIES,
    TITLE_WORDS,
    word_list,
)
from newsmodel.quotes.person_words import SPEAKING_FOR_OTHERS
from newsmodel.quotes.phrase_words import FINITE_WORDS
from newsmodel.quotes.proper_names import PARTY_WORDS, company_name, is_given_name
from newsmodel.quotes.speaker_kinds import COMPANY_ROLES, Phrase
from newsmodel.quotes.tokens import Tokens
from newsmodel.text.lexicon import DEMONYMS, PLACES

__all__ = [
    "BARE_ROLE_DETERMINERS",
    "GOVERNMENT_BODIES",
    "PUBLIC_WORDS",
    "Bodies",
    "named",
    "proper_body_name",
    "team_plural",
]

#: Determiners of a role named alone, which stands for a speaker named before: "the
#: president", "its spokesman".
BARE_ROLE_DETERMINERS = word_list("bare_role_determiners")
#: Words in an organisation's name that make it no company (for "the company").
PUBLIC_WORDS = word_list("public_words")
#: Words that name a body of government, for "the agency" after "The State Department".
GOVERNMENT_BODIES = word_list("government_bodies")
#: Roles of a body that oversees, which stand for the last body of government named.
_OVERSIGHT_ROLES = word_list("oversight_roles")
#: Roles that any body may hold, a company or not: "the group", "the charity".
_ANY_BODY_ROLES = word_list("any_body_roles")
#: Heads of a body of another's members: "Coastal University Students' Society".
_MEMBER_BODIES = word_list("member_bodies")
#: Roles of a body that stand for the body the sentence before is about, and only that:
#: "Speed Skating Canada said ... The federation said".
_SUBJECT_BODY_ROLES = word_list("subject_body_roles")
#: Words of a party's name or its members ("Labour", "Lib Dem", "Conservative"), not the
#: "new" of "New Democrat", which names no party alone.
_PARTY_WORDS = PARTY_WORDS - {"new"}
#: The most tokens read back for the police force "police" stands for.
_FORCE_SCAN = 400
#: How many paragraphs back "the health unit" looks for a body whose name holds "health".
_WORD_PARAGRAPHS = 2
#: How many paragraphs back "the firm" looks for a company named, when none was quoted.
_COMPANY_PARAGRAPHS = 3
#: Police forces named by their acronym, which "police" stands for after them: "Squamish
#: RCMP".
_FORCE_ACRONYMS = word_list("police_force_acronyms")
#: Nouns for a sports team, which stand for the team named in the plural ("the Raptors"),
#: and how many tokens back one is looked for.
_TEAM_NOUNS = word_list("team_nouns")
_TEAM_SCAN = 400
#: How far into its sentence a document's author may be named: "In a statement issued
#: late on Monday by Lycos Europe, the company said".
_AUTHOR_REACH = 12
#: The most tokens read back for a team's full name: "the Edmonton Oilers".
_FULL_TEAM_SCAN = 2000


def team_plural(word: str) -> bool:
    """Whether a lower-cased word can be a team's name in the plural, no party's: "rovers",
    "raptors" (not "tories", "liberals", "boss")."""
    return (
        word.endswith("s")
        and not word.endswith("ss")
        and word not in PARTY_WORDS
        and word[:-1] not in PARTY_WORDS
    )


def _public_body(name: str) -> bool:
    """Whether a body's name is one of government's that holds no word that says so:
    "Statistics Canada", "the FBI"."""
    return name in PUBLIC_BODIES or name.removeprefix("the ").removeprefix("The ") in PUBLIC_BODIES


def named(resolved: Resolved) -> bool:
    """Whether a resolved speaker is a name ("State Department"), not a description."""
    first, _space, rest = resolved.name.partition(" ")
    if not rest and first.lower() in ORG_NOUNS:
        return False  # "Company says ..." in a deck: a role noun capitalised, no name
    return first[:1].isupper() and first.lower() not in BARE_ROLE_DETERMINERS


class Bodies(ArticleNames):
    """The lookups from a role noun to the body it stands for."""

    def _body_named(self, noun: str, at: int) -> Entity | None:
        """The body last named before token ``at`` whose name holds ``noun``: "the Bank of
        Norland" for "The Bank said"."""
        k = bisect_left(self.org_tokens, at) - 1
        stop = max(-1, k - MAX_MENTIONS_SCANNED)
        while k > stop:
            e = self.orgs[k][1]
            if noun in e.name.lower().split():
                return e
            k -= 1
        return None

    def _plural_name_at(self, k: int) -> bool:
        """Whether token ``k`` is a name in the plural, the last word of its run, outside
        quotation marks and no place: "the Raptors", "the Liberals"."""
        tokens = self.tokens
        w = tokens.text[k]
        return (
            len(w) > 3
            and w[0].isupper()
            and w.endswith("s")
            and w.isalpha()
            and tokens.quote[k] < 0
            and not (k + 1 < len(tokens) and tokens.text[k + 1][:1].isupper())
            and tokens.lower[k] not in PLACES
            and w not in COUNTRIES
        )

    def _team(self, at: int) -> Resolved | None:
        """The team "the team" or "the club" at token ``at`` stands for: the last named
        in the plural after "the", in its paragraph or the two before ("the Toronto
        Raptors", "the Raptors"), not a party, people or place."""
        tokens = self.tokens
        lower = tokens.lower
        para = tokens.para[at]
        k = at - 1
        while k > 0 and at - k <= _TEAM_SCAN and para - tokens.para[k] <= _COMPANY_PARAGRAPHS - 1:
            if self._plural_name_at(k) and team_plural(lower[k]) and lower[k][:-1] not in DEMONYMS:
                first = self._name_after_the(k)
                if first >= 0:
                    return Resolved(self._span_text(first, k + 1), SpeakerKind.ORGANISATION)
            k -= 1
        return None

    def _name_after_the(self, k: int) -> int:
        """The first token of the capitalised name of up to three words that ends at token
        ``k`` right after a "the" of its paragraph ("the Toronto Raptors") or opening its
        sentence with two words or more, or -1."""
        tokens = self.tokens
        first = k
        while (
            first - 1 > 0
            and tokens.text[first - 1][:1].isupper()
            and tokens.lower[first - 1] != "the"
            and k - first < 3
        ):
            first -= 1
        if tokens.lower[first - 1] == "the" and tokens.para[first - 1] == tokens.para[k]:
            return first
        if first < k and tokens.sent_first[tokens.sent[first]] == first:
            return first  # "Montreal Canadiens goalie Max Roy will miss ...": opening it
        return -1

    def _team_in_full(self, word: str, at: int) -> Resolved | None:
        """The team a plural name alone ("the Oilers") at token ``at`` shortens: the last
        named with it in full before, after "the" ("the Edmonton Oilers")."""
        tokens = self.tokens
        k = at - 1
        while k > 0 and at - k <= _FULL_TEAM_SCAN:
            if tokens.text[k] == word and tokens.quote[k] < 0:
                first = self._name_after_the(k)
                if 0 <= first < k:  # (not "the Oilers" again)
                    return Resolved(self._span_text(first, k + 1), SpeakerKind.ORGANISATION)
            k -= 1
        return None

    def _role_body(self, role: str, at: int, *, opens: bool) -> Resolved | None:
        """The body a capitalised role noun at token ``at`` stands for: after "the", the
        body named with it ("The Bank" of Norland); opening the phrase ("Company says
        ..."), the body the role stands for, as "the company" would."""
        if opens:
            return self._org(role, at)
        body = self._body_named(role, at)
        return None if body is None else Resolved(body.name, body.kind, None, None, None, body)

    def _org(self, role: str, at: int) -> Resolved | None:
        """The organisation a role noun stands for (:meth:`_org_named`), else, for a
        team's ("the team", "the club"), the team named in the plural before."""
        found = self._org_named(role, at)
        if found is None and role in _TEAM_NOUNS:
            found = self._team(at)
        return found

    def _lone_body_quoted(self, at: int) -> Resolved | None:
        """The one organisation quoted by name in the paragraph of token ``at`` or the
        two before, if it is the last body named and no word of its name makes it a
        company."""
        para = self.tokens.para[at]
        bodies = {
            resolved.name: resolved
            for token, p, resolved in self.thing_speakers[-MAX_MENTIONS_SCANNED:]
            if token < at
            and para - p <= 2
            and resolved.kind is SpeakerKind.ORGANISATION
            and named(resolved)
        }
        if len(bodies) != 1:
            return None
        (body,) = bodies.values()
        k = bisect_left(self.org_tokens, at) - 1
        if k >= 0 and self.orgs[k][1].name != body.name:
            return None  # another body named since: "the commission" may be that one
        return None if company_name(body.name) else body

    def _body_by_initials(self, acronym: str, at: int) -> Resolved | None:
        """The body named in full before token ``at`` whose capitalised words start with
        the letters of ``acronym``: "the CBSA" after "the Canada Border Services Agency"
        (the small words of its name left out)."""
        k = bisect_left(self.org_tokens, at) - 1
        stop = max(-1, k - MAX_MENTIONS_SCANNED)
        while k > stop:
            e = self.orgs[k][1]
            k -= 1
            # (a body named after a place: "Rideau Valley Public Health" for "RVPH")
            if (not e.place or len(acronym) > 2) and _initials_of(e.name, acronym):
                return Resolved(e.name, SpeakerKind.ORGANISATION, None, None, None, e)
        # a body quoted before under a name no word of which marks it: "General Motors
        # said ... “...,” GM said"
        for token, _para, resolved in reversed(self.thing_speakers[-MAX_MENTIONS_SCANNED:]):
            if (
                token < at
                and resolved.kind is SpeakerKind.ORGANISATION
                and resolved.name[:1].isupper()
                and _initials_of(resolved.name, acronym)
            ):
                return resolved
        return None

    def _body_in_apposition(self, last: int) -> Resolved | None:
        """The body named in an appositive right after a role phrase that ends at token
        ``last``: "Her union, the Registered Nurses’ Union of Ontario, has ..." is that
        union."""
        tokens = self.tokens
        k = last + 1
        if last >= len(tokens) or tokens.text[last] != ",":
            return None
        if k < len(tokens) and tokens.lower[k] == "the":
            k += 1
        i = bisect_left(self.org_tokens, k)
        if i >= len(self.orgs) or self.orgs[i][0] != k:
            return None
        e = self.orgs[i][1]
        if e.place or not proper_body_name(e.name):
            return None
        return Resolved(e.name, SpeakerKind.ORGANISATION, None, None, None, e)

    def _org_by_word(self, word: str, at: int) -> Resolved | None:
        """The organisation quoted, else named, last before token ``at`` whose name of
        several words holds ``word`` ("health" for "the health unit": Region of Waterloo
        Public Health), in the paragraph or the two before."""
        para = self.tokens.para[at]
        for token, p, resolved in self.thing_speakers[-MAX_MENTIONS_SCANNED:][::-1]:
            if (
                token < at
                and para - p <= _WORD_PARAGRAPHS
                and resolved.kind is SpeakerKind.ORGANISATION
                and proper_body_name(resolved.name)
                and word in resolved.name.lower().split()
            ):
                return resolved
        k = bisect_left(self.org_tokens, at) - 1
        while k >= 0 and para - self.tokens.para[self.orgs[k][0]] <= _WORD_PARAGRAPHS:
            e = self.orgs[k][1]
            if not e.place and proper_body_name(e.name) and word in e.name.lower().split():
                return Resolved(e.name, SpeakerKind.ORGANISATION, None, None, None, e)
            k -= 1
        return None

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

    def _police_force(self, at: int) -> Resolved | None:
        """The force "police" at token ``at`` stands for: the last named before, in its
        paragraph or the two before ("Toronto police", "the Ontario Provincial Police")."""
        tokens = self.tokens
        text, lower = tokens.text, tokens.lower
        para = tokens.para[at]
        k = at - 1
        while k > 0 and at - k <= _FORCE_SCAN and para - tokens.para[k] <= 2:
            if lower[k] in _FORCE_ACRONYMS and text[k].isupper() and tokens.quote[k] < 0:
                # "Squamish RCMP Cpl. Harpreet Sandhu said": the force, its place before
                first = k
                while first > 0 and tokens.sent[first - 1] == tokens.sent[k]:
                    w = lower[first - 1]
                    if not text[first - 1][:1].isupper() or w in FUNCTION_WORDS or w == "the":
                        break
                    first -= 1
                return Resolved(self._span_text(first, k + 1), SpeakerKind.ORGANISATION)
            if lower[k] == "police" and tokens.quote[k] < 0:
                first, last = k, k + 1
                sent = tokens.sent[k]
                while last < len(text) and tokens.sent[last] == sent and text[last][:1].isupper():
                    last += 1  # "Toronto Police Service"
                while (
                    first > 0
                    and tokens.sent[first - 1] == sent
                    and text[first - 1][:1].isupper()
                    and lower[first - 1] != "the"
                    and lower[first - 1] not in FUNCTION_WORDS  # "But police said"
                    and lower[first - 1] not in TITLE_WORDS  # "Chief police officers"
                    and tokens.quote[first - 1] < 0
                ):
                    first -= 1
                # "Toronto police officers", "the London police station": a modifier
                nxt = lower[last] if last < len(text) and text[last][:1].islower() else ""
                modifier = bool(nxt) and (
                    nxt in PERSON_NOUNS
                    or nxt in GROUP_NOUNS
                    or not (nxt in FINITE_WORDS or nxt in CUE_FORMS or nxt.endswith(("ed", "s")))
                )
                if (first < k or last > k + 1) and lower[last - 1] in ORG_MARKERS and not modifier:
                    return Resolved(self._span_text(first, last), SpeakerKind.ORGANISATION)
            k -= 1
        return None

    def _subject_body(self, at: int, company: bool = False) -> Resolved | None:
        """The body named as the subject of the sentence of token ``at`` (before it), or
        of the sentence before in the same or the previous paragraph (for a ``company``'s
        role, also a name that names no person)."""
        tokens = self.tokens
        sent = tokens.sent[at]
        for s in (sent, sent - 1):
            if s < 0:
                break
            first = tokens.sent_first[s]
            if tokens.para[at] - tokens.para[first] > 1:
                break
            end = at if s == sent else tokens.sent_first[s + 1]
            author = self._document_author(first, end)
            if author is not None:
                return author
            subject = first_phrase(tokens, first, end)
            if subject is None or subject.first >= at:
                continue
            k = bisect_left(self.org_tokens, subject.first)
            start = subject.first + (tokens.lower[subject.first] == "the")
            if (
                subject.kind is SpeakerKind.ORGANISATION
                and subject.description is None
                and k < len(self.orgs)
                and self.orgs[k][0] == start
            ):
                # the last body named in the subject: "Channel Tunnel operator Eurotunnel"
                while k + 1 < len(self.orgs) and self.orgs[k + 1][0] < subject.last:
                    k += 1
                e = self.orgs[k][1]
                if not e.place:
                    return Resolved(e.name, SpeakerKind.ORGANISATION, None, None, None, e)
            if subject.role in SPEAKING_FOR_OTHERS:
                # "A spokesperson for Health Canada said ... The department said": the body
                # the spokesperson speaks for
                while k < len(self.orgs) and self.orgs[k][0] < subject.last:
                    e = self.orgs[k][1]
                    if not e.place and self.orgs[k][0] > subject.first:
                        return Resolved(e.name, SpeakerKind.ORGANISATION, None, None, None, e)
                    k += 1
            if company and subject.name is not None and _nameless_capitals(tokens, subject):
                # "Northland Auto Parts will lay off 650 workers, the company said": a name
                # no given name opens, which the company stands for
                name = self._span_text(*subject.name)
                return Resolved(name, SpeakerKind.ORGANISATION, None, None, None)
            return None  # a subject of its own, no body: no further back
        return None

    def _document_author(self, first: int, end: int) -> Resolved | None:
        """The body whose document opens the sentence starting at token ``first`` (before
        token ``end``): "In a statement from Lycos Europe announcing ..., the company
        denied", "The statement issued by Lycos also said": Lycos."""
        tokens = self.tokens
        k = bisect_left(self.org_tokens, first)
        while k < len(self.orgs) and self.orgs[k][0] < min(end, first + _AUTHOR_REACH):
            token, e = self.orgs[k]
            if (
                not e.place
                and tokens.lower[token - 1] in ("from", "by")
                and any(tokens.lower[m] in DOCUMENT_NOUNS for m in range(first, token - 1))
            ):
                return Resolved(e.name, SpeakerKind.ORGANISATION, None, None, None, e)
            k += 1
        return None

    def _workplace(self, token: int) -> bool:
        """Whether the company named at ``token`` is only where someone works: "Ann Lee,
        an analyst at security firm Brixo" (whom "the company" after does not mean)."""
        lower = self.tokens.lower
        k = token - 1
        while k >= 0 and token - k <= 3 and self.tokens.text[k].islower() and lower[k] != "at":
            k -= 1
        return k >= 1 and lower[k] == "at" and lower[k - 1] in PERSON_NOUNS

    def _org_named(self, role: str, at: int) -> Resolved | None:
        """The organisation a role noun ("the ministry", "the company") stands for: one
        quoted before whose name holds the word (so that it keeps the name it was quoted
        under), else one named before; for a company's role ("the company", "the
        utility"), else the last company-like organisation quoted in the paragraphs
        before; for a public body's ("the agency"), the last public body quoted by name."""
        para = self.tokens.para[at]
        for _token, _p, resolved in self.thing_speakers[-MAX_MENTIONS_SCANNED:][::-1]:
            if (
                _token < at
                and resolved.kind is SpeakerKind.ORGANISATION
                and _holds_role(resolved.name, role)
                and resolved.name.lower() != role  # "Company says" in a deck: no name
            ):
                return resolved
        public = role in GOVERNMENT_BODIES
        # "the group", "the charity": a company or any body ("the National Golf Foundation")
        any_body = role in _ANY_BODY_ROLES and self.tokens.lower[at] == "the"  # not "his"
        lower, text = self.tokens.lower, self.tokens.text
        # "the agency", "the weather agency": the role after "the" and a word in lower case
        the_role = lower[at] == "the" and (
            (at + 1 < len(lower) and lower[at + 1] == role)
            or (at + 2 < len(lower) and lower[at + 2] == role and text[at + 1].islower())
        )
        if (
            role in COMPANY_ROLES or public or any_body or role in _SUBJECT_BODY_ROLES
        ) and the_role:
            subject = self._subject_body(at, company=role in COMPANY_ROLES)
            if subject is not None and role in _SUBJECT_BODY_ROLES:
                # "The federation" is no company ("The union said" after "Lakeport Steel
                # said") nor a place, and "the editorial board" no body named
                lowered = subject.name.lower()
                if company_name(subject.name) or lowered in PLACES or lower[at + 1] != role:
                    subject = None
            if subject is not None:
                # "Bombardier said ... a move the company said was ...", "Statistics Canada
                # released its report. “...,” the agency said": the body the sentence, or
                # the one before, is about
                return subject
        k = bisect_left(self.org_tokens, at) - 1
        scanned = 0
        while k >= 0 and scanned < MAX_MENTIONS_SCANNED:
            e = self.orgs[k][1]
            if (
                _holds_role(e.name, role)
                or role in e.roles
                or (
                    role in COMPANY_ROLES
                    and e.roles & COMPANY_ROLES
                    and not self._workplace(self.orgs[k][0])
                )
                # "the Canadian Transportation Agency ... the regulator said"
                or (
                    role in _OVERSIGHT_ROLES
                    and not GOVERNMENT_BODIES.isdisjoint(e.name.lower().split())
                )
            ):
                return Resolved(e.name, SpeakerKind.ORGANISATION, None, None, None, e)
            k -= 1
            scanned += 1
        if role not in COMPANY_ROLES and not public and not any_body:
            return None
        for _token, p, resolved in self.thing_speakers[-MAX_MENTIONS_SCANNED:][::-1]:
            if _token >= at:
                continue
            if para - p > 20:
                break
            if resolved.kind is not SpeakerKind.ORGANISATION:
                continue
            words = set(resolved.name.lower().split())
            if (
                named(resolved)
                and resolved.name.lower() not in PLACES
                and (
                    (not words.isdisjoint(GOVERNMENT_BODIES) or _public_body(resolved.name))
                    if public
                    else (any_body or words.isdisjoint(PUBLIC_WORDS))
                )
            ):
                # "the company": the last company quoted by name (not "the firm" again);
                # "the agency": the last public body quoted by its name ("The U.S. State
                # Department")
                return resolved
        if public:
            # "TransLink said ... The agency said": no public body quoted, the one body
            # quoted lately that no word makes a company
            return self._lone_body_quoted(at) if the_role and lower[at + 1] == role else None
        k = bisect_left(self.org_tokens, at) - 1
        stop = max(-1, k - MAX_MENTIONS_SCANNED)
        while k > stop and para - self.tokens.para[self.orgs[k][0]] <= _COMPANY_PARAGRAPHS:
            e = self.orgs[k][1]
            if company_name(e.name) or (any_body and not e.place and role not in COMPANY_ROLES):
                # no company quoted: the last named ("Shares in Continental Airlines fell
                # after the firm warned"); "the charity": the last body named
                return Resolved(e.name, SpeakerKind.ORGANISATION, None, None, None, e)
            k -= 1
        return None


def proper_body_name(name: str) -> bool:
    """Whether a body's name is a proper name of several words: capitalised words and
    the small words between them ("Region of Waterloo Public Health"; not "Radio", nor
    "The late John Peel's BBC Radio")."""
    words = name.split()
    return len(words) > 1 and all(
        (w[:1].isupper() and not w.endswith(("'s", "’s"))) or w in _NAME_JOINERS for w in words
    )


#: Small words inside a body's name: "Region of Waterloo", "Fisheries and Oceans".
_NAME_JOINERS = word_list("body_name_joiners")


def _nameless_capitals(tokens: Tokens, subject: Phrase) -> bool:
    """Whether a subject is a run of capitals alone, two words or more, that no title, no
    given name (but before a company's word) and no description make a person's:
    "Northland Auto Parts", "Aurora Air"."""
    if subject.name is None or subject.title is not None or subject.description is not None:
        return False
    a, b = subject.name
    return (
        subject.first == a
        and subject.last == b
        and b - a >= 2
        and all(tokens.text[k][:1].isupper() for k in range(a, b))
        # (but "Aurora Air": a given name before a company's word)
        and (not is_given_name(tokens.text[a]) or company_name(" ".join(tokens.text[a:b])))
    )


def _holds_role(name: str, role: str) -> bool:
    """Whether a body's name holds a role noun, or a word made from it: "the region" in
    "Regional Municipality of Tenby", "the ministry" in "Ministry of Health" (not "the
    university" in "Coastal University Students' Society", a body of its members)."""
    words = name.lower().split()
    return any(
        (w == role or (w.startswith(role) and len(role) > 4 and w[len(role) :].isalpha()))
        and _MEMBER_BODIES.isdisjoint(words[k + 1 :])
        for k, w in enumerate(words)
    )


def _initials_of(name: str, acronym: str) -> bool:
    """Whether ``acronym`` gives the initials of the capitalised words of ``name`` (the
    small words of its name left out): "CBSA" for "Canada Border Services Agency"."""
    words = [w for w in name.split() if w not in _NAME_JOINERS]
    return len(words) == len(acronym) and all(
        w[:1] == c for w, c in zip(words, acronym, strict=True)
    )
