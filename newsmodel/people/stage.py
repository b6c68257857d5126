"""The people stage: from the names the quotation engine read to :class:`~newsmodel.Person`
objects with their mentions, quotations, gender and role, each with its evidence.

It runs after the quotation engine, on what the engine read (its tokens and names) and
found (the quotations): :func:`people_of_document` in :func:`newsmodel.parse_text` and
:func:`newsmodel.parse_html`, and :func:`find_people` for an Article read from a format
that keeps no people.

Gender, strongest evidence first (the first that tells wins):

1. the caller's override for the full name;
2. the pronouns resolved to the person, when at least three in four agree;
3. honorifics before the name ("Mrs.", "Mr.");
4. gendered role nouns in the title or description ("chairwoman", "mother of two");
5. only when the text says nothing, the given name's statistics (or the caller's
   override for the given name), decisive at :data:`~.firstnames.DECISIVE_SHARE`.

Role: the titles and descriptions the article gives, in text order (the title before a
name, the appositive after it, a role noun before it): the role most of them give, the
first on a tie; unknown when none gives one.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Mapping, Sequence
from itertools import accumulate

from newsmodel.errors import InputError
from newsmodel.model import (
    Article,
    Evidence,
    EvidenceKind,
    Gender,
    Mention,
    MentionKind,
    Paragraph,
    Person,
    PersonMention,
    Quotation,
    Role,
    Span,
)
from newsmodel.names import name_key
from newsmodel.people.context import (
    description_range,
    gender_words,
    noun_before,
    role_of,
    title_range,
)
from newsmodel.people.finding import (
    Found,
    Pronoun,
    find_names,
    honorifics,
    key_of,
    resolve_pronouns,
)
from newsmodel.people.firstnames import FirstNames
from newsmodel.people.lexicon import PRONOUN_GENDERS
from newsmodel.quotes.coref import Registry
from newsmodel.quotes.engine import Pipeline
from newsmodel.quotes.tokens import Tokens

__all__ = ["NAME_READING", "PRONOUN_AGREEMENT", "find_people", "people_of_document"]

#: The quotation engine's stages that read the article's names, without attributing
#: quotations: what the people stage needs when quotations are not wanted.
NAME_READING = Pipeline().without("cues", "attribute", "indirect", "floating", "resolve", "build")
#: The share of a person's clear pronouns that must agree for them to decide the gender.
PRONOUN_AGREEMENT = 0.75


def _mention(text: str, tokens: Tokens, a: int, b: int) -> Mention:
    start, end = tokens.start[a], tokens.end[b - 1]
    return Mention(text[start:end], Span(start, end))


class _Reader:
    """Reads the words around each name of one article."""

    def __init__(
        self, text: str, tokens: Tokens, names: FirstNames, honorific: Mapping[int, Gender]
    ) -> None:
        self.text = text
        self.tokens = tokens
        self.names = names
        #: the honorifics of the article by token (finding.honorifics)
        self.honorific = honorific
        self._phrases: dict[int, list[tuple[EvidenceKind, int, int]]] = {}

    def phrases(self, found: Found) -> list[tuple[EvidenceKind, int, int]]:
        """The titles, descriptions and role nouns around the person's names, as token
        ranges, in text order."""
        known = self._phrases.get(id(found))
        if known is None:
            known = self._phrases[id(found)] = self._read_phrases(found)
        return known

    def _read_phrases(self, found: Found) -> list[tuple[EvidenceKind, int, int]]:
        tokens = self.tokens
        found_ranges: list[tuple[EvidenceKind, int, int]] = []
        seen: set[tuple[int, int]] = set()
        for a, b in found.names:
            for kind, rng in (
                (EvidenceKind.TITLE, title_range(tokens, a)),
                (EvidenceKind.TITLE, noun_before(tokens, a)),
                (EvidenceKind.DESCRIPTION, description_range(tokens, b)),
            ):
                if rng is not None and rng not in seen:
                    seen.add(rng)
                    found_ranges.append((kind, rng[0], rng[1]))
        return found_ranges

    def honorifics(self, found: Found) -> list[tuple[Gender, Mention]]:
        tokens = self.tokens
        result = []
        for a, _b in found.names:
            gender = self.honorific.get(a - 1)
            if gender is not None:
                result.append((gender, _mention(self.text, tokens, a - 1, a)))
        return result

    def gendered_nouns(
        self, phrases: list[tuple[EvidenceKind, int, int]]
    ) -> list[tuple[Gender, Mention]]:
        tokens = self.tokens
        result = []
        for kind, a, b in phrases:
            words = tokens.text[a:b]
            if kind is EvidenceKind.TITLE:
                # the noun nearest the name: "the mother's lawyer, Jane Roe" is no mother
                words = words[::-1]
                hit = gender_words(words)
                if hit is not None:
                    k = b - 1 - hit[0]
                    result.append((hit[1], _mention(self.text, tokens, k, k + 1)))
            else:
                hit = gender_words(words)
                if hit is not None:
                    k = a + hit[0]
                    result.append((hit[1], _mention(self.text, tokens, k, k + 1)))
        return result

    def prior(self, found: Found) -> tuple[Gender, Evidence | None]:
        """The gender before pronouns: honorifics, then gendered nouns, then the given
        name's statistics."""
        phrases = self.phrases(found)
        for kind, hits in (
            (EvidenceKind.HONORIFIC, self.honorifics(found)),
            (EvidenceKind.ROLE_NOUN, self.gendered_nouns(phrases)),
        ):
            decided = _majority(hits)
            if decided is not None:
                gender, mentions = decided
                words = ", ".join(dict.fromkeys(m.text for m in mentions))
                return gender, Evidence(kind, mentions, f"{kind.value.replace('_', ' ')}: {words}")
        return self.statistics(found)

    def statistics(self, found: Found) -> tuple[Gender, Evidence | None]:
        words = found.name.split(" ")
        if len(words) < 2:
            return Gender.UNKNOWN, None
        # the first given name the table knows: "Azfar Ali Khan" is told by "Ali" when
        # the table has no "Azfar" (but a first name it knows and cannot decide decides)
        at = 0
        while at < len(words) - 2 and not self.names.known(words[at]):
            at += 1
        if not self.names.known(words[at]):
            at = 0
        given = words[at]
        if len(given.rstrip(".")) < 2:
            return Gender.UNKNOWN, None
        gender = self.names.gender(given)
        if gender is Gender.UNKNOWN:
            return gender, None
        share = self.names.share(given)
        mentions: tuple[Mention, ...] = ()
        for a, b in found.names:
            if b - a >= len(words):
                mentions = (_mention(self.text, self.tokens, a + at, a + at + 1),)
                break
        detail = (
            f"given name {given!r}: {share}% women in the name statistics"
            if share is not None
            else f"given name {given!r}: the override table says {gender.value}"
        )
        return gender, Evidence(EvidenceKind.FIRST_NAME, mentions, detail)

    def role(self, found: Found, extra: Sequence[Mention]) -> tuple[Role, Evidence | None]:
        tokens = self.tokens
        votes: list[tuple[Role, EvidenceKind, Mention]] = []
        for kind, a, b in self.phrases(found):
            hit = role_of(tokens.text[a:b])
            if hit is not None:
                i, j, role = hit
                votes.append((role, kind, _mention(self.text, tokens, a + i, a + j)))
        for mention in extra:
            if any(m.span.overlaps(mention.span) for _r, _k, m in votes):
                continue  # the same words, read around the name already
            hit = role_of(mention.text.split())
            if hit is not None:
                votes.append((hit[2], EvidenceKind.DESCRIPTION, mention))
        if not votes:
            return Role.UNKNOWN, None
        counts: dict[Role, int] = {}
        for role, _k, _m in votes:
            counts[role] = counts.get(role, 0) + 1
        # the commonest, the first given on a tie (the counts keep the order of the votes)
        best = max(counts, key=counts.__getitem__)
        chosen = [(k, m) for r, k, m in votes if r is best]
        mentions = tuple(dict.fromkeys(m for _k, m in chosen))
        words = ", ".join(dict.fromkeys(m.text for m in mentions))
        return best, Evidence(chosen[0][0], mentions, f"{words} -> {best.value}")


def _majority(hits: list[tuple[Gender, Mention]]) -> tuple[Gender, tuple[Mention, ...]] | None:
    if not hits:
        return None
    counts: dict[Gender, int] = {}
    for g, _m in hits:
        counts[g] = counts.get(g, 0) + 1
    # the commonest, the first seen on a tie (as Counter.most_common)
    gender = max(counts, key=counts.__getitem__)
    if counts[gender] < PRONOUN_AGREEMENT * len(hits):
        return None
    return gender, tuple(m for g, m in hits if g is gender)


def _pronoun_gender(
    text: str, tokens: Tokens, resolved: list[Pronoun]
) -> tuple[Gender, Evidence] | None:
    if not resolved:
        return None
    clear = [p for p in resolved if p.clear]
    hits = [
        (PRONOUN_GENDERS[tokens.lower[p.token]], _mention(text, tokens, p.token, p.token + 1))
        for p in clear
    ]
    decided = _majority(hits)
    if decided is None:
        return None
    gender, mentions = decided
    words = ", ".join(dict.fromkeys(m.text.lower() for m in mentions))
    detail = f"{len(mentions)} of {len(hits)} pronouns resolved to them: {words}"
    return gender, Evidence(EvidenceKind.PRONOUN, mentions, detail)


def _speaker_descriptions(
    text: str, quotations: Sequence[Quotation], found: Found
) -> list[Mention]:
    """The titles and descriptions the quotation engine gave the person's quotations,
    located near the speaker mention."""
    located: list[Mention] = []
    seen: set[str] = set()
    for i in found.quotations:
        attribution = quotations[i].attribution
        if attribution is None or attribution.speaker.mention is None:
            continue
        span = attribution.speaker.mention.span
        for words in (attribution.speaker.title, attribution.speaker.description):
            if not words or words in seen:
                continue
            seen.add(words)
            at = text.find(words, max(0, span.start - 400), span.end + 400)
            if at >= 0:
                located.append(Mention(words, Span(at, at + len(words))))
    return located


def _mentions(
    text: str, tokens: Tokens, found: Found, pronouns: list[Pronoun]
) -> tuple[PersonMention, ...]:
    full = found.key
    result: dict[tuple[int, int], PersonMention] = {}
    starts, ends = tokens.start, tokens.end
    for a, b in found.names:
        start, end = starts[a], ends[b - 1]
        words = text[start:end]
        kind = MentionKind.NAME if key_of(words) == full else MentionKind.SHORT
        result[(start, end)] = PersonMention(Span(start, end), words, kind)
    for p in pronouns:
        start, end = starts[p.token], ends[p.token]
        if (start, end) not in result:
            result[(start, end)] = PersonMention(
                Span(start, end), text[start:end], MentionKind.PRONOUN
            )
    if not found.speaker_spans:
        return tuple(result[k] for k in sorted(result))
    # a speaker mention overlapping a name or pronoun is one of them: the spans sorted,
    # with the furthest end reached by each prefix, answer in a bisection, where a scan
    # of every span for every speaker mention grew with the square of the mentions
    taken = sorted(result)
    taken_starts = [s for s, _e in taken]
    reach = list(accumulate((e for _s, e in taken), max))
    # in text order, a span added can overlap only the last one added before it (those
    # added never overlap one another)
    last_end = -1
    for start, end in sorted(found.speaker_spans):
        k = bisect_left(taken_starts, end)  # the spans that start before this one ends
        if (k and reach[k - 1] > start) or start < last_end:
            continue
        last_end = end
        words = text[start:end]
        first = words.split()[0].lower() if words.split() else ""
        if first in PRONOUN_GENDERS or first in ("i", "we", "they"):
            kind = MentionKind.PRONOUN
        elif words[:1].islower() or first in ("the", "a", "an"):
            kind = MentionKind.ROLE
        else:
            kind = MentionKind.SHORT
        result[(start, end)] = PersonMention(Span(start, end), words, kind)
    return tuple(result[k] for k in sorted(result))


def people_of_document(
    text: str,
    paragraphs: Sequence[Paragraph],
    tokens: Tokens,
    registry: Registry,
    quotations: Sequence[Quotation],
    *,
    authors: Sequence[str] = (),
    genders: Mapping[str, Gender | str] | None = None,
    names: FirstNames | None = None,
) -> tuple[Person, ...]:
    """The people of an article, from the tokens and names the quotation engine read.

    ``genders`` overrides: a full name or a given name, to the gender to give (a
    :class:`~newsmodel.Gender` or its value, "female", "male" or "unknown").
    """
    table = names or FirstNames.shipped()
    overrides = {name_key(k): _gender(k, v) for k, v in (genders or {}).items()}
    if overrides:
        table = table.with_overrides({k: v for k, v in overrides.items() if " " not in k})
    # read once: the names and the words around them look for honorifics again and again
    honorific = honorifics(tokens)
    found = find_names(text, tokens, registry, paragraphs, quotations, table, authors, honorific)
    reader = _Reader(text, tokens, table, honorific)
    priors: list[tuple[Gender, Evidence | None]] = []
    for f in found:
        prior = reader.prior(f)
        f.prior = prior[0]
        priors.append(prior)
    speaker_of: dict[int, int] = {}
    for index, f in enumerate(found):
        for start, end in f.speaker_spans:
            k = tokens.at(start)
            if end - start <= 7 and k < len(tokens) and tokens.lower[k] in PRONOUN_GENDERS:
                speaker_of[k] = index
    pronouns = resolve_pronouns(tokens, paragraphs, found, speaker_of)
    by_person: dict[int, list[Pronoun]] = {}
    for p in pronouns:
        by_person.setdefault(p.person, []).append(p)
    people = []
    for index, f in enumerate(found):
        own = by_person.get(index, [])
        gender, evidence = priors[index]
        override = overrides.get(f.key)
        if override is not None:
            gender = override
            evidence = Evidence(EvidenceKind.OVERRIDE, (), f"the override table: {f.name}")
        else:
            from_pronouns = _pronoun_gender(text, tokens, own)
            if from_pronouns is not None:
                gender, evidence = from_pronouns
        role, role_evidence = reader.role(f, _speaker_descriptions(text, quotations, f))
        people.append(
            Person(
                name=f.name,
                key=f.key,
                variants=tuple(f.variants),
                mentions=_mentions(text, tokens, f, own),
                quotations=tuple(sorted(set(f.quotations))),
                gender=gender,
                gender_evidence=evidence,
                role=role,
                role_evidence=role_evidence,
            )
        )
    return tuple(people)


def _gender(name: str, value: Gender | str) -> Gender:
    if isinstance(value, Gender):
        return value
    try:
        return Gender(value)
    except ValueError:
        known = ", ".join(repr(g.value) for g in Gender)
        raise InputError(f"genders[{name!r}]: {value!r} is no gender (one of {known})") from None


def find_people(
    article: Article, *, genders: Mapping[str, Gender | str] | None = None
) -> tuple[Person, ...]:
    """The people of an Article that holds none (read from a format that keeps no
    people, say): the engine's name reading is run again over its paragraphs, and its
    quotations are linked by their speakers' names."""
    doc = NAME_READING.document(article.text, article.paragraphs, dateline=article.dateline)
    assert doc.tokens is not None
    assert doc.registry is not None
    return people_of_document(
        article.text,
        article.paragraphs,
        doc.tokens,
        doc.registry,
        article.quotations,
        authors=article.authors,
        genders=genders,
    )
