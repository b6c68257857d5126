"""Finding the people of an article: their names, their mentions and their quotations.

The quotation engine has already read the article's proper names
(:class:`newsmodel.quotes.coref.Registry`: every capitalised run, full names with the
short forms that point to them). This module keeps the runs that name people:

- a full name whose given name is a known given name (:class:`~.firstnames.FirstNames`),
  or that has a person's title or honorific, or that is quoted as a person;
- a surname after an honorific ("Mr. Dion") when the article gives no full name;
- a person speaker the engine resolved to a name of its own ("Na'moks").

It leaves out names in bylines, credits and boilerplate, the article's own authors, photo
credits ("Jane Roe/The Canadian Press"), shouted headlines, and names ending in a word of
things ("Ryder Cup"). Names that share a key (:func:`newsmodel.names.name_key`) are one
person. Gendered pronouns outside quotations are then resolved to the person they most
likely stand for (:func:`resolve_pronouns`).
"""

from __future__ import annotations

import functools
from bisect import bisect_left
from collections.abc import Callable, Mapping, Sequence

import attrs

from newsmodel.model import Gender, Paragraph, ParagraphKind, Quotation, SpeakerKind
from newsmodel.names import clean_name, name_key
from newsmodel.people.context import description_range, honorific_at
from newsmodel.people.firstnames import FirstNames
from newsmodel.people.lexicon import (
    HONORIFIC_GENDERS,
    NOT_GIVEN_NAMES,
    NOT_PERSON_WORDS,
    PRONOUN_GENDERS,
    ROLE_PHRASES,
    word_list,
)
from newsmodel.quotes.coref import Registry
from newsmodel.quotes.lexicon import CAPITAL_NOT_NAMES, COUNTRIES, PRONOUNS, TITLE_WORDS
from newsmodel.quotes.name_parts import LONE_NAME_TITLES
from newsmodel.quotes.proper_names import SURNAME_WORDS, name_split
from newsmodel.quotes.tokens import Tokens, indexed
from newsmodel.text.lexicon import DEMONYMS, PLACES, US_STATES

__all__ = ["Found", "Pronoun", "find_names", "honorifics", "key_of", "resolve_pronouns"]

#: Paragraph kinds whose names are not people of the story.
SKIPPED_KINDS = frozenset(
    {
        ParagraphKind.BYLINE,
        ParagraphKind.CREDIT,
        ParagraphKind.BOILERPLATE,
        ParagraphKind.DATELINE,
    }
)
#: How far back a pronoun looks for the person it stands for.
MAX_SENTENCES_BACK = 4
MAX_PARAGRAPHS_BACK = 2
_CREDIT_MARKS = frozenset({"/", "|", "©"})
_PLACE_WORDS = PLACES | US_STATES | DEMONYMS
#: Honorifics as the tokens write them, lower case, with and without their full stop.
HONORIFIC_FORMS = indexed(frozenset(HONORIFIC_GENDERS) | {f"{h}." for h in HONORIFIC_GENDERS})
#: Months that are surnames (SURNAME_WORDS), lower case, as Tokens.where takes them.
_SURNAMES_LOWER = indexed(w.lower() for w in SURNAME_WORDS)
#: The gendered pronouns, as Tokens.where takes them.
_PRONOUNS = indexed(PRONOUN_GENDERS)
_SPEAKING_KINDS = frozenset({SpeakerKind.PERSON, SpeakerKind.GROUP})


@attrs.define
class Found:
    """A person being gathered: their names' token ranges and their quotations."""

    name: str
    key: str
    variants: list[str] = attrs.field(factory=list)
    #: token ranges [a, b) of the names, and the start of the run each is in
    names: list[tuple[int, int]] = attrs.field(factory=list)
    #: quotation indexes, and the speaker mention of each as offsets (if any)
    quotations: list[int] = attrs.field(factory=list)
    speaker_spans: list[tuple[int, int]] = attrs.field(factory=list)
    #: whether a title, an honorific or the way it was found says it is a person
    sure: bool = False
    #: the gender the words around the name or the given name tell, before pronouns
    prior: Gender = Gender.UNKNOWN


@attrs.frozen
class Pronoun:
    """A gendered pronoun resolved to a person: its token, the person's index in the list
    of found people, and whether it was clear (one candidate of its gender in reach)."""

    token: int
    person: int
    clear: bool


def honorifics(tokens: Tokens) -> dict[int, Gender]:
    """The honorifics of the article ("Mrs.", "Mr"), by token, with the gender each tells:
    :func:`~newsmodel.people.context.honorific_at` of every token that has one, read
    once from the places Tokens indexed (every honorific's lower case is one of
    HONORIFIC_FORMS: no token ends in two full stops)."""
    found = {}
    for k in tokens.where(HONORIFIC_FORMS):
        gender = honorific_at(tokens, k)
        if gender is not None:
            found[k] = gender
    return found


def _included(paragraphs: Sequence[Paragraph]) -> list[bool]:
    return [p.kind not in SKIPPED_KINDS for p in paragraphs]


def _credit(tokens: Tokens, a: int, b: int) -> bool:
    """Whether the name at tokens [a, b) is a photo credit: "Jane Roe/The Canadian Press"."""
    before = tokens.text[a - 1] if a > 0 and tokens.para[a - 1] == tokens.para[a] else ""
    after = tokens.text[b] if b < len(tokens) and tokens.para[b] == tokens.para[a] else ""
    return before in _CREDIT_MARKS or after in _CREDIT_MARKS


def _shouted(words: list[str]) -> bool:
    return all(w.isupper() and len(w) > 1 for w in words if w[0].isalpha())


def _person_name(words: list[str], names: FirstNames, sure: bool) -> bool:
    """Whether a capitalised run of two or more words is a person's name."""
    if _shouted(words) or words[-1].lower().rstrip(".") in NOT_PERSON_WORDS:
        return False
    if not words[-1].isalpha() and any(c.isdigit() for c in words[-1]):
        return False  # "Bill C-74"
    if any(
        w.casefold() in NOT_PERSON_WORDS or w.casefold() in NOT_GIVEN_NAMES for w in words[1:-1]
    ):
        return False  # "Louis Federal Reserve"
    given = words[0]
    if sure:
        return True
    folded = given.casefold()
    if given in COUNTRIES or folded in _PLACE_WORDS or given in CAPITAL_NOT_NAMES:
        return False
    return names.known(given)


def _title_words(tokens: Tokens, run_first: int, a: int, honorific: Mapping[int, Gender]) -> bool:
    """Whether a person's title or an honorific (one of ``honorific``, by token) stands
    before a name (in its run, or just before it)."""
    k = a - 1
    lo = max(0, min(run_first, a) - 3)
    while k >= lo and tokens.para[k] == tokens.para[a]:
        w = tokens.lower[k]
        if k in honorific or w in TITLE_WORDS:
            return True
        if not tokens.text[k][0].isalpha():
            break
        k -= 1
    return False


def find_names(
    text: str,
    tokens: Tokens,
    registry: Registry,
    paragraphs: Sequence[Paragraph],
    quotations: Sequence[Quotation],
    names: FirstNames,
    authors: Sequence[str] = (),
    honorific: Mapping[int, Gender] | None = None,
) -> list[Found]:
    """The people named in the article, each with their name mentions and quotations, in
    order of first mention. ``honorific`` is :func:`honorifics` of the tokens, when the
    caller has read them."""
    if honorific is None:
        honorific = honorifics(tokens)
    included = _included(paragraphs)
    by_key: dict[str, Found] = {}
    covered: set[int] = set()
    quoted_keys = {
        key_of(q.attribution.speaker.name)
        for q in quotations
        if q.attribution is not None and q.attribution.speaker.kind is SpeakerKind.PERSON
    }
    for m in registry.mentions:
        entity = m.entity
        if entity.kind is not SpeakerKind.PERSON or not included[tokens.para[m.token]]:
            continue
        split = m.name or name_split(tokens, m.token, m.last)
        if split is None:
            continue
        a, b = split
        if _credit(tokens, a, b):
            continue
        full = _full_name(entity.name)
        key = key_of(full)
        found = by_key.get(key)
        if found is None:
            found = by_key[key] = Found(full, key)
        if b - a > 2:
            cut = max((k for k in range(a, b - 2) if _title_word(tokens.text[k])), default=-1)
            if cut >= 0:
                a = cut + 1  # "New Democrat MP Kennedy Stewart": the name after the title
        found.names.append((a, b))
        found.sure = found.sure or _title_words(tokens, m.token, a, honorific)
        covered.update(range(a, b))
    _honorific_names(text, tokens, included, covered, by_key, honorific)
    _month_surnames(text, tokens, included, covered, by_key, names, honorific)
    _split_early_short_forms(text, tokens, by_key, honorific)
    excluded = {key_of(a) for a in authors}
    people: list[Found] = []
    for key, found in by_key.items():
        words = found.name.split(" ")
        if key in excluded or not found.names:
            continue
        if len(words) == 1 and not found.sure:
            continue
        if _person_name(words, names, found.sure or key in quoted_keys):
            people.append(found)
    _speakers(text, tokens, quotations, people)
    people = [f for f in people if f.quotations or not _author_bio(tokens, f)]
    for found in people:
        found.names.sort()
        seen: set[str] = set()
        for a, b in found.names:
            written = _written(text, tokens, a, b)
            if written not in seen:
                seen.add(written)
                found.variants.append(written)
    people.sort(key=_first_offset(tokens))
    return people


#: name_key, remembered: an article names few people, many times.
key_of = functools.lru_cache(maxsize=4096)(name_key)


@functools.lru_cache(maxsize=4096)
def _full_name(raw: str) -> str:
    """The clean full name of a name the name reader found, without a title left in it."""
    return _without_title(clean_name(raw))


_BIO_VERBS = word_list("bio_verbs")


def _author_bio(tokens: Tokens, found: Found) -> bool:
    """Whether a person is named only as the author of an opinion piece: a sentence in one
    of the last three paragraphs opening with the name and "is", "writes" or "covers"
    (their biography: "Jane Roe is a lawyer specialising in ..."), or the name (and its
    description) followed by "writes" ("Jane Roe, our market strategist, writes ...")."""
    if not found.names or not tokens.para:
        return False
    last = tokens.para[-1]
    n = len(tokens)
    for a, b in found.names:
        if b >= n:
            return False
        after = b
        description = description_range(tokens, b)
        if description is not None and description[1] + 1 < n:
            after = description[1] + 1
        if tokens.lower[b] == "writes" or tokens.lower[after] == "writes":
            continue
        first, _end = tokens.sentence_bounds(a)
        if last - tokens.para[a] > 2 or a != first or tokens.lower[b] not in _BIO_VERBS:
            return False
    return True


def _title_word(word: str) -> bool:
    w = word.rstrip(".").lower()
    return w in TITLE_WORDS or w + "." in TITLE_WORDS or w in ROLE_PHRASES


def _without_title(name: str) -> str:
    """A full name without the title the name reader left in it: "New Democrat MP
    Kennedy Stewart" -> "Kennedy Stewart" (only when two words or more remain)."""
    words = name.split(" ")
    cut = max((i for i, w in enumerate(words[:-2]) if _title_word(w)), default=-1)
    return " ".join(words[cut + 1 :]) if cut >= 0 else name


def _written(text: str, tokens: Tokens, a: int, b: int) -> str:
    """The clean name at tokens [a, b)."""
    return clean_name(text[tokens.start[a] : tokens.end[b - 1]]) if b > a else ""


def _first_offset(tokens: Tokens) -> Callable[[Found], int]:
    def first(found: Found) -> int:
        offsets = [tokens.start[a] for a, _b in found.names]
        offsets.extend(start for start, _end in found.speaker_spans)
        return min(offsets) if offsets else 0

    return first


def _split_early_short_forms(
    text: str, tokens: Tokens, by_key: dict[str, Found], honorific: Mapping[int, Gender]
) -> None:
    """A surname after an honorific before the full name is first given ("Mr. Okafor ...
    His wife, Dana Okafor") is someone else: the person of that surname alone."""
    if not honorific:
        return  # no honorific, no short form after one
    for found in list(by_key.values()):
        if all(a - 1 not in honorific for a, _b in found.names):
            continue  # no short form after an honorific (read first: it is cheaper)
        full = [a for a, b in found.names if key_of(_written(text, tokens, a, b)) == found.key]
        if not full:
            continue
        first_full = min(full)
        early = [(a, b) for a, b in found.names if a < first_full and a - 1 in honorific]
        for a, b in early:
            found.names.remove((a, b))
            name = _written(text, tokens, a, b)
            key = key_of(name)
            other = by_key.setdefault(key, Found(name, key))
            other.names.append((a, b))
            other.sure = True


def _honorific_names(
    text: str,
    tokens: Tokens,
    included: list[bool],
    covered: set[int],
    by_key: dict[str, Found],
    honorific: Mapping[int, Gender],
) -> None:
    """People named only by an honorific and a surname: "Mr. Dion" with no full name in
    the article. A surname that shortens a full name is the engine's already."""
    words = tokens.text
    n = len(tokens)
    for k in honorific:  # (in text order, as tokens.where gave them)
        if k + 1 >= n or tokens.quote[k] >= 0:
            continue
        a = k + 1
        if a in covered or not included[tokens.para[a]] or tokens.para[a] != tokens.para[k]:
            continue
        b = a
        while b < n and b - a < 3 and words[b][0].isupper() and tokens.para[b] == tokens.para[k]:
            if words[b] in CAPITAL_NOT_NAMES or tokens.lower[b] in TITLE_WORDS:
                break
            b += 1
        if b == a:
            continue
        if (
            b - a == 1
            and tokens.lower[k] == "miss"
            and (words[a] in COUNTRIES or tokens.lower[a] in PLACES or tokens.lower[a] in US_STATES)
        ):
            continue  # "a former Miss Moscow", "Miss America": a title a place gives
        full = _written(text, tokens, a, b)
        if b - a == 1 and tokens.lower[k].rstrip(".") in LONE_NAME_TITLES:
            full = f"{words[k]} {full}"  # "Lord Coe", "Baroness Scotland": one name, titled
        key = key_of(full)
        found = by_key.get(key)
        if found is None:
            # a surname alone may shorten a full name found elsewhere
            found = next((f for f in by_key.values() if f.key.split(" ")[-1] == key), None)
        if found is None:
            found = by_key[key] = Found(full, key)
        found.names.append((a, b))
        found.sure = True
        covered.update(range(a, b))


def _month_surnames(
    text: str,
    tokens: Tokens,
    included: list[bool],
    covered: set[int],
    by_key: dict[str, Found],
    names: FirstNames,
    honorific: Mapping[int, Gender],
) -> None:
    """People whose surname is a month: a known given name, then "May" not followed by a
    number ("Elizabeth May said", not "Elizabeth May 3")."""
    words = tokens.text
    n = len(tokens)
    # the surname alone after an honorific ("Ms. May"), where each such word is, read once
    after_honorific: dict[str, list[int]] = {}
    for j in sorted(honorific):
        if j + 1 < n:
            after_honorific.setdefault(words[j + 1], []).append(j + 1)
    expanded: set[str] = set()
    for k in tokens.where(_SURNAMES_LOWER):
        if words[k] not in SURNAME_WORDS:
            continue
        a = k - 1
        if a < 0 or a in covered or tokens.para[a] != tokens.para[k] or tokens.quote[k] >= 0:
            continue
        if not included[tokens.para[k]] or not words[a][:1].isupper() or not names.known(words[a]):
            continue
        if k + 1 < n and tokens.para[k + 1] == tokens.para[k] and words[k + 1][:1].isdigit():
            continue
        full = _written(text, tokens, a, k + 1)
        key = key_of(full)
        found = by_key.setdefault(key, Found(full, key))
        found.names.append((a, k + 1))
        covered.update((a, k))
        # "Ms. May" later: the surname alone after an honorific (once a person: the
        # first full name comes before all the others' later mentions)
        if key in expanded:
            continue
        expanded.add(key)
        for m in after_honorific.get(words[k], ()):
            if m > k + 1:
                found.names.append((m, m + 1))
                covered.add(m)


def _looks_like_name(name: str) -> bool:
    words = name.split(" ")
    return (
        bool(words)
        and name.casefold() not in _PLACE_WORDS
        and words[-1].lower() not in NOT_PERSON_WORDS
        and all(w[:1].isupper() for w in words)
        and words[0] not in CAPITAL_NOT_NAMES
        and words[0].lower() not in PRONOUNS
        and not _shouted(words)
    )


def _speakers(
    text: str, tokens: Tokens, quotations: Sequence[Quotation], people: list[Found]
) -> None:
    """Give each person the quotations whose speaker is them (by key, or by a surname that
    shortens their name); a person speaker the article names in no other way becomes a
    person of their own."""
    by_key = {f.key: f for f in people}
    # each name token: its person, and the token after the name
    by_token = {k: (f, b) for f in people for a, b in f.names for k in range(a, b)}
    by_last: dict[str, Found] = {}
    for f in people:
        by_last.setdefault(f.key.split(" ")[-1], f)
    for i, q in enumerate(quotations):
        a = q.attribution
        if a is None or a.speaker.kind not in _SPEAKING_KINDS:
            continue
        name = clean_name(a.speaker.name)
        # "Tore Sohlberg and Lehla Abreder said": each of them speaks
        parts = name.split(" and ") if a.speaker.kind is SpeakerKind.GROUP else [name]
        if len(parts) > 2 or (a.speaker.kind is SpeakerKind.GROUP and len(parts) < 2):
            continue
        for part in parts:
            if len(parts) > 1:
                # the name at the end of "Stella's owners Tore Sohlberg"
                words = part.split(" ")
                k = len(words)
                while k > 0 and words[k - 1][:1].isupper():
                    k -= 1
                part = " ".join(words[k:])
            found = None
            if a.speaker.mention is not None and len(parts) == 1:
                # the person the speaker's name is, else the first named in the mention
                # who owns nothing there ("Clinton spokesman Brian Fallon" is Fallon)
                found = by_key.get(key_of(part))
            if found is None and a.speaker.mention is not None and len(parts) == 1:
                span = a.speaker.mention.span
                k, end = tokens.at(span.start), tokens.at(span.end)
                found = next(
                    (
                        f
                        for j in range(k, end)
                        if j in by_token
                        for f, after in (by_token[j],)
                        if not _possessor(text, tokens, after)
                    ),
                    None,
                )
            if found is None and a.speaker.mention is not None:
                span = a.speaker.mention.span
                k, end = tokens.at(span.start), tokens.at(span.end)
                if end > k and _credit(tokens, k, end):
                    continue  # "Lars Hagberg/The Canadian Press"
            found = found or _speaker_person(part, by_key, by_last, people)
            if found is None:
                continue
            found.quotations.append(i)
            mention = a.speaker.mention
            if mention is not None and len(parts) == 1:
                found.speaker_spans.append((mention.span.start, mention.span.end))
                if not found.names:
                    k = tokens.at(mention.span.start)
                    end = tokens.at(mention.span.end)
                    if end > k and tokens.text[k][0].isupper():
                        found.names.append((k, end))
            elif mention is not None and not found.names:
                at = text.find(part, mention.span.start, mention.span.end)
                if at >= 0:
                    k, end = tokens.at(at), tokens.at(at + len(part))
                    if end > k:
                        found.names.append((k, end))


#: What follows a name that owns the words after it: "Kasich's", "Kasich’s".
_POSSESSIVES = ("'s", "\u2019s", "'S", "\u2019S")
#: What follows a name ending in s that owns the words after it: "Davis' aide".
_S_POSSESSIVES = ("' ", "\u2019 ")


def _possessor(text: str, tokens: Tokens, after: int) -> bool:
    """Whether the name whose tokens end before token ``after`` is a possessor: the owner
    of the words after it, not the one they name ("Kasich's chief strategist John
    Weaver" is Weaver; "Donald Trump's campaign manager" is no Trump)."""
    at = tokens.end[after - 1]
    if text.startswith(_POSSESSIVES, at):
        return True
    return text[at - 1 : at] in ("s", "S") and text.startswith(_S_POSSESSIVES, at)


def _speaker_person(
    name: str, by_key: dict[str, Found], by_last: dict[str, Found], people: list[Found]
) -> Found | None:
    """The person a speaker's name is: by key, by a surname that shortens a full name, or
    a new person when the name looks like one."""
    key = key_of(name)
    found = by_key.get(key) or (by_last.get(key) if " " not in key else None)
    if found is None:
        if not key or not _looks_like_name(name):
            return None
        found = by_key[key] = Found(name, key)
        by_last.setdefault(key.split(" ")[-1], found)
        people.append(found)
    return found


def resolve_pronouns(
    tokens: Tokens,
    paragraphs: Sequence[Paragraph],
    people: Sequence[Found],
    speaker_of: dict[int, int],
) -> list[Pronoun]:
    """Resolve each gendered pronoun outside quotations to a person: in the nearest
    sentence before it (or its own) that names someone, the people whose gender, as far
    as it is known before pronouns, agrees with it; of several, the first named there.
    ``speaker_of`` maps the token of a pronoun the quotation engine resolved as a
    speaker to the person's index: the engine's reading is kept for those."""
    included = _included(paragraphs)
    marks: list[tuple[int, int]] = sorted(
        (a, i) for i, found in enumerate(people) for a, _b in found.names
    )
    starts = [a for a, _i in marks]
    lower = tokens.lower
    sent = tokens.sent
    para = tokens.para
    result: list[Pronoun] = []
    for k in tokens.where(_PRONOUNS):
        gender = PRONOUN_GENDERS[lower[k]]
        if tokens.quote[k] >= 0 or not included[para[k]]:
            continue
        engine = speaker_of.get(k)
        j = bisect_left(starts, k) - 1
        nearest = -1
        candidates: list[int] = []
        while j >= 0:
            a, person = marks[j]
            if sent[k] - sent[a] > MAX_SENTENCES_BACK or para[k] - para[a] > MAX_PARAGRAPHS_BACK:
                break
            if nearest >= 0 and sent[a] != nearest:
                break
            nearest = sent[a]
            if person not in candidates:
                candidates.append(person)
            j -= 1
        candidates.reverse()  # in text order: the first named is the likely subject
        agreeing = [p for p in candidates if people[p].prior in (Gender.UNKNOWN, gender)]
        if engine is not None:
            if people[engine].prior in (Gender.UNKNOWN, gender):
                clear = not agreeing or agreeing == [engine]
                result.append(Pronoun(k, engine, clear))
            continue
        if agreeing:
            result.append(Pronoun(k, agreeing[0], len(agreeing) == 1))
    return result
