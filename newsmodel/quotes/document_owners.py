"""Who a document speaks for: "her statement said" is hers, "an analysis by the Pew
Research Center" the centre's, "the statement" after "In a statement, the union said" the
union's, "the report" after "A study by the School of Public Policy" the school's.

:class:`DocumentOwners` holds these readings for :class:`~newsmodel.quotes.coref.Registry`,
which resolves the phrases they meet (:meth:`DocumentOwners.resolve`).
"""

from __future__ import annotations

import abc
from bisect import bisect_left

from newsmodel.model import SpeakerKind
from newsmodel.quotes.article_names import MAX_MENTIONS_SCANNED
from newsmodel.quotes.entities import Resolved
from newsmodel.quotes.lexicon import CUE_FORMS, DOCUMENT_NOUNS, FUNCTION_WORDS, PRONOUNS, word_list
from newsmodel.quotes.noun_phrases import np_before
from newsmodel.quotes.person_words import TIME_WORDS
from newsmodel.quotes.phrase_words import AUTHORING_PARTICIPLES, FINITE_WORDS
from newsmodel.quotes.pronouns import Pronouns
from newsmodel.quotes.proper_names import SURNAME_WORDS
from newsmodel.quotes.role_bodies import proper_body_name
from newsmodel.quotes.speaker_after import phrase_after
from newsmodel.quotes.speaker_kinds import Phrase, classify
from newsmodel.quotes.tokens import Tokens

__all__ = ["AUTHORED_DOCUMENTS", "DocumentOwners"]

#: Documents a person writes or gives: "her statement said" quotes her.
AUTHORED_DOCUMENTS = word_list("authored_documents")
#: Possessive pronouns and the gender they say.
_POSSESSIVE_GENDERS = {"his": "m", "her": "f"}
#: How many paragraphs "the book" may look back to the book named with its author.
_DOCUMENT_PARAGRAPHS = 3
#: Documents of research, any of which "the report" may stand for ("A study by ...
#: the report said"), and how many tokens back one is looked for.
_RESEARCH_DOCUMENTS = word_list("research_documents")
#: A court's documents, whose author is the one judge named.
_COURT_DOCUMENTS = word_list("court_documents")
#: Documents of a body's own words that "the statement" may stand for: "said in an email".
_STATEMENT_DOCUMENTS = word_list("statement_documents")
_DOCUMENT_SCAN = 400
#: How many paragraphs back "the statement" looks for one mentioned with its owner (one
#: for other documents).
_MENTION_PARAGRAPHS = 2
#: Verbs by which a subject puts a document out: "the PBO released a report".
_PUBLISHING_VERBS = word_list("publishing_verbs")
#: Documents a named person's may speak for them, beside the authored ones: "the Kok
#: report", "Mr Crosby's review".
_PERSONS_DOCUMENTS = word_list("persons_documents")


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
    if phrase.kind not in (SpeakerKind.DOCUMENT, SpeakerKind.ORGANISATION, SpeakerKind.ANONYMOUS):
        return None  # (ANONYMOUS: "a document released by Health Canada" read by its name)
    for k in range(phrase.first + 1, phrase.last - 1):
        day = int(k - 3 >= phrase.first and tokens.lower[k - 1] in TIME_WORDS)
        if (
            tokens.lower[k] in ("by", "from")
            and (
                tokens.lower[k - 1] in DOCUMENT_NOUNS
                # "a statement released by the ministry" ("released Monday by")
                or (
                    tokens.lower[k - 1 - day] in AUTHORING_PARTICIPLES
                    and tokens.lower[k - 2 - day] in DOCUMENT_NOUNS
                )
            )
            and all(tokens.text[m].islower() for m in range(phrase.first + 1, k - day))
        ):
            source = classify(tokens, k + 1, phrase.last)
            if source is not None and (
                source.kind is SpeakerKind.ORGANISATION
                or (source.kind is SpeakerKind.PERSON and source.name is not None)
            ):
                return source
            return None
    return None


def _modified(tokens: Tokens, k: int) -> bool:
    """Whether the document noun at token ``k`` follows "the" and a word in lower case
    that is no determiner: "the economic statement", a document of its own kind."""
    before = tokens.lower[k - 1]
    return (
        tokens.lower[k - 2] == "the"
        and tokens.text[k - 1].isalpha()
        and tokens.text[k - 1].islower()
        and before not in FUNCTION_WORDS
    )


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


class DocumentOwners(Pronouns, abc.ABC):
    """The owners of the documents an article quotes, read for the speaker phrases that
    name a document."""

    @abc.abstractmethod
    def resolve(self, phrase: Phrase) -> Resolved:
        """The speaker a phrase stands for; call in text order of the phrases."""

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
        with its owner ("The book by Sam Reed said ... The book said"); of "the decision",
        the one judge the article names."""
        tokens = self.tokens
        at = phrase.first
        if (
            phrase.role is None
            or phrase.last - at != 2
            or tokens.lower[at] not in ("the", "this", "that")
        ):
            return None
        if phrase.role in _COURT_DOCUMENTS:
            return self._only_one_of_role("judge")
        found = self.document_owners.get(phrase.role)
        if found is not None and tokens.para[at] - found[0] > _DOCUMENT_PARAGRAPHS:
            found = None
        # the one named with it in the paragraphs before, unless a later paragraph mentions
        # it with its owner ("her statement said ... In a statement, the union said")
        mentioned = self._document_mentioned(phrase.role, at)
        if found is not None and (mentioned is None or mentioned[0] <= found[0]):
            return found[1]
        return mentioned[1] if mentioned is not None else None

    def _document_mentioned(self, role: str, at: int) -> tuple[int, Resolved] | None:
        """The owner of "the report" at token ``at``, and the paragraph of the mention, when
        the paragraph or the one before (the two before, for a statement) mention a report, or a document of its kind, with
        its owner: "A study by the School of Public Policy", "the PBO released a report",
        "Philip Cross wrote in a recent report", "In a statement, the union said", past
        mentions of it again ("The review, released Thursday,"); None if the nearest other
        mention names no owner."""
        tokens = self.tokens
        lower = tokens.lower
        kinds = (
            _RESEARCH_DOCUMENTS
            if role in _RESEARCH_DOCUMENTS
            else _STATEMENT_DOCUMENTS
            if role == "statement"
            else frozenset([role])
        )
        para = tokens.para[at]  # the paragraph of the last mention met
        k = at - 1
        # a statement given in a person's own words may be named again two paragraphs on
        reach = _MENTION_PARAGRAPHS if role == "statement" else 1
        while k >= 0 and at - k <= _DOCUMENT_SCAN and para - tokens.para[k] <= reach:
            if lower[k] in kinds and tokens.quote[k] < 0:
                owner = self._owner_at(k)
                if (
                    owner is None
                    and role in _RESEARCH_DOCUMENTS
                    and k > 0
                    and lower[k - 1] in ("the", "this", "that")
                ):
                    para = tokens.para[k]
                    k -= 1
                    continue  # "The review, released Thursday,": the one met before
                if owner is None and k > 1 and _modified(tokens, k):
                    k -= 1
                    continue  # "its analysis of the economic statement": another one
                if owner is None or owner.kind not in (
                    SpeakerKind.ORGANISATION,
                    SpeakerKind.PERSON,
                    SpeakerKind.ANONYMOUS,  # "A spokesperson for the hospital said in a"
                    SpeakerKind.GROUP,  # "Grain Growers of Canada said in a statement"
                ):
                    return None
                return tokens.para[k], owner
            k -= 1
        return None

    def _owner_at(self, k: int) -> Resolved | None:
        """Who the document mentioned at token ``k`` is by: the one after "by" or "from",
        before its possessive, quoted in its sentence before it, or opening its sentence
        ("the PBO released a report")."""
        tokens = self.tokens
        lower = tokens.lower
        sent = tokens.sent[k]
        first, hi = tokens.sentence_bounds(k)
        if k + 2 < hi and lower[k + 1] in ("by", "from"):
            end = k + 2
            while end < hi and not (
                tokens.text[end].islower()
                and (lower[end] in CUE_FORMS or lower[end] in FINITE_WORDS)
            ):
                end += 1  # "A review by the Fire Marshal recommends": the owner ends at the verb
            source = phrase_after(tokens, k + 2, end)
            return self.resolve(source) if source is not None else None
        if k - 2 >= first and lower[k - 1] in ("’s", "'s"):
            owner = np_before(tokens, k - 1, first)
            return self.resolve(owner) if owner is not None else None
        j = bisect_left(self.speaker_tokens, k) - 1
        within = next((m for m in range(k - 1, max(first, k - 4) - 1, -1) if lower[m] == "in"), -1)
        if (
            j >= 0
            and self.speakers[j].sent == sent
            and within > self.speakers[j].token
            and all(tokens.text[m].islower() for m in range(within, k))
        ):
            e = self.speakers[j].entity  # "Philip Cross wrote in a recent report"
            if e.kind is not SpeakerKind.ANONYMOUS and not all(
                w[:1].isupper() for w in e.name.split()
            ):
                return None  # no one named (but "A spokesperson for X said in a statement")
            return Resolved(e.name, e.kind, e.title, None, e.gender, e)
        if within >= 0 and all(lower[m].islower() for m in range(within, k)):
            spoke = self._quoted_in_sentence(k)
            if spoke is not None:
                return spoke  # "In a statement, the union said", "the ministry said in a ..."
        # "the PBO released a report", "In February, the PBO released a report"
        verb = next((m for m in range(max(first, k - 4), k) if lower[m] in _PUBLISHING_VERBS), -1)
        if verb < 0 or not all(tokens.text[m].islower() for m in range(verb, k)):
            return None
        comma = next((m for m in range(first, min(verb, first + 12)) if tokens.text[m] == ","), -1)
        for start in (first, comma + 1) if comma >= 0 else (first,):
            subject = np_before(tokens, verb, start)
            if (
                subject is not None
                and subject.first == start
                and subject.pronoun is None
                and subject.kind in (SpeakerKind.ORGANISATION, SpeakerKind.PERSON)
            ):
                return self.resolve(subject)
        return None

    def _quoted_in_sentence(self, k: int) -> Resolved | None:
        """The body, or the person named, quoted in the sentence of token ``k`` nearest
        to it, if any: who spoke in the document there ("In a statement, the union said",
        "the ministry said in a statement")."""
        tokens = self.tokens
        first, last = tokens.sentence_bounds(k)
        near: tuple[int, Resolved] | None = None
        lo = bisect_left(self.speaker_tokens, first)
        for m in self.speakers[lo : bisect_left(self.speaker_tokens, last)]:
            e = m.entity
            if (
                (e.kind is SpeakerKind.PERSON and all(w[:1].isupper() for w in e.name.split()))
                # "In a statement, a spokesperson for the ministry said"
                or e.kind is SpeakerKind.ANONYMOUS
            ) and (near is None or abs(m.token - k) < near[0]):
                near = (abs(m.token - k), Resolved(e.name, e.kind, e.title, None, e.gender, e))
        for token, _p, resolved in self.thing_speakers[-MAX_MENTIONS_SCANNED:][::-1]:
            if token < first:
                break
            if (
                token < last
                and resolved.kind is SpeakerKind.ORGANISATION
                and tokens.lower[token] not in PRONOUNS  # not "it", whom it stands for unknown
                and (near is None or abs(token - k) < near[0])
            ):
                near = (abs(token - k), resolved)
        for token, _p, resolved in self.plural_speakers[-MAX_MENTIONS_SCANNED:][::-1]:
            if (
                first <= token < last
                # a group by its proper name: "Grain Growers of Canada said in a statement"
                and proper_body_name(resolved.name)
                and (near is None or abs(token - k) < near[0])
            ):
                near = (abs(token - k), resolved)
        return near[1] if near is not None else None

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
        """The person who spoke through a document named before: "Tom Hale wrote in his
        firm's blog post that ..." then "“...,” the post read"."""
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
