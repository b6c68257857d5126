"""The speaker of a cue, and what every attribution rule shares.

:class:`Found` is an attribution in the making; :class:`Context` holds an article's cues
and remembers the speaker found for each. :func:`speaker_of` finds a cue's speaker: the
phrase before it ("Smith said"), after it when the verb comes first ("said Smith", "Stated
Stone:") or after "according to", else the subject of the sentence for a participle or a
coordinated verb (", saying", "and added", "footage of Clinton asking").
:func:`closed` accepts a phrase after a cue only where its clause ends with it (or with
its description or a short adjunct), and :func:`first_phrase` finds the subject of a
sentence after an opening adverbial.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

import attrs

from newsmodel.model import SpeakerKind
from newsmodel.quotes.clauses import opening_clause
from newsmodel.quotes.cues import AUXILIARIES, Cue, is_adverb
from newsmodel.quotes.lexicon import (
    CUE_FORMS,
    DOCUMENT_NOUNS,
    FUNCTION_WORDS,
    GROUP_NOUNS,
    ORG_NOUNS,
    PERSON_NOUNS,
    PRONOUNS,
    TITLE_WORDS,
    CueClass,
    FormKind,
    word_list,
)
from newsmodel.quotes.noun_phrases import np_before
from newsmodel.quotes.phrase_words import FINITE_WORDS
from newsmodel.quotes.proper_names import is_given_name
from newsmodel.quotes.speaker_after import phrase_after
from newsmodel.quotes.speaker_kinds import DETERMINERS, POSSESSIVES, Phrase, classify
from newsmodel.quotes.speakers import BY_GERUND_VERBS, phrase_before
from newsmodel.quotes.tokens import Tokens

__all__ = [
    "ADJUNCT_PREPOSITIONS",
    "ADJUNCT_WORDS",
    "AFTER_CLASSES",
    "AGENT_KINDS",
    "CORE",
    "INVERTIBLE",
    "SPEAKER_NOUNS",
    "TIME_ADVERBS",
    "VERB_PARTICLES",
    "Context",
    "Found",
    "closed",
    "first_phrase",
    "inverted",
    "phrase_before_adjunct",
    "quoted_as_saying",
    "speaker_of",
]

#: Prepositions that open a short adjunct after a cue: "told reporters on Monday".
ADJUNCT_PREPOSITIONS = word_list("adjunct_prepositions")
#: Words of a short adjunct between a cue and what it reports: "said in a statement",
#: "told reporters last week".
ADJUNCT_WORDS = word_list("adjunct_words")
#: Particles that may close the sentence of a cue ("“Never!” the crowd screamed back")
#: and that are no object of it.
VERB_PARTICLES = word_list("verb_particles")
#: The classes of cue that can follow the words they report: speech and writing.
AFTER_CLASSES = (CueClass.SPEECH, CueClass.WRITE)
#: What joins a participle or a verb to the cue before it: "..., saying", "and added".
_JOINERS = frozenset({"and", "but", ",", "or", "then"})
#: Nouns that can head a speaker phrase.
SPEAKER_NOUNS = PERSON_NOUNS | GROUP_NOUNS | ORG_NOUNS | TITLE_WORDS | DOCUMENT_NOUNS
#: Days and adverbs of time that may follow a cue: "he said Monday", "she added later".
TIME_ADVERBS = word_list("time_adverbs")
#: Words that may follow a speaker phrase that closes its clause: "said Smith, who",
#: "according to a court document filed by".
_AFTER_SPEAKER = word_list("after_speaker")
_PERCEPTION = word_list("perception_words")
#: Verbs whose object, a person, does what the participle after it says: "left one
#: councillor calling it".
_LEAVING_DOING = word_list("leaving_doing")
#: Verbs of perception and memory whose object does what a participle says: "remembers
#: him crying", "saw her leaving".
_SEEN_VERBS = word_list("seen_verbs")
#: Words after a time that make it an adverbial: "Hours later, she said".
_TIME_AFTER = word_list("time_after")
#: What marks the word after it as a noun: "Sanders’ comments", "his remarks".
_NOUN_MARKERS = DETERMINERS | POSSESSIVES | frozenset({"’s", "'s", "’", "'"})
_OPENING_WORDS = word_list("opening_words")
#: The most words of a ", who ..." clause before a participle whose subject it names.
_RELATIVE_WORDS = 12
#: Object pronouns and the subject pronouns they stand for.
_OBJECT_SUBJECTS = {"him": "he", "her": "she", "them": "they"}
#: Verbs that report another's words "as saying": "quoted Ana Ruiz as saying".
_QUOTED_AS = word_list("quoted_as")
_CLOSERS = frozenset({",", ".", ";", ":", "!", "?", "—", "–", "--", ")", "("})
#: Reporting verbs that may come before their speaker: "said Smith", "writes Jones".
INVERTIBLE = word_list("invertible_verbs")
#: The commonest reporting verbs, trusted over a competing cue.
CORE = word_list("core_verbs")
#: Possessives that let a phrase before a cue of naming speak though no speaker noun heads
#: it ("his campaign called it “...”"; not "a show called “Brokers”").
_NAMING_OWNERS = word_list("naming_owners")


@attrs.define(slots=True)
class Found:
    """An attribution in the making: the speaker phrase, the cue's character span, the rule
    and its confidence, or the index of a quotation whose attribution this one shares."""

    phrase: Phrase | None
    cue: tuple[int, int] | None
    rule: str
    confidence: float
    inherit: int | None = None
    adjacent: bool = False
    thought: bool = False


class Context:
    def __init__(self, tokens: Tokens, cues: Sequence[Cue]) -> None:
        self.tokens = tokens
        self.cues = cues
        self.cue_firsts = [c.first for c in cues]
        self.speakers: dict[tuple[int, int], Phrase | None] = {}

    def cues_between(self, lo: int, hi: int) -> list[Cue]:
        k = bisect_left(self.cue_firsts, lo)
        found = []
        while k < len(self.cues) and self.cues[k].first < hi:
            found.append(self.cues[k])
            k += 1
        return found

    def cue_span(self, cue: Cue) -> tuple[int, int]:
        t = self.tokens
        return t.start[cue.first], t.end[cue.last - 1]


def speaker_of(ctx: Context, cue: Cue, sf: int, limit: int) -> Phrase | None:
    """The speaker of a cue: before it, after it (inverted or "according to"), or the
    subject of the sentence for a participle or a coordinated verb (cached per cue)."""
    key = (cue.first, limit)
    if key in ctx.speakers:
        return ctx.speakers[key]
    phrase = _find_speaker(ctx, cue, sf, limit)
    ctx.speakers[key] = phrase
    return phrase


def _find_speaker(ctx: Context, cue: Cue, sf: int, limit: int) -> Phrase | None:
    tokens = ctx.tokens
    if cue.according:
        return closed(tokens, phrase_after(tokens, cue.last, limit), limit)
    if cue.agent >= 0:
        k = cue.agent
        agent = phrase_after(tokens, k, max(limit, tokens.sentence_bounds(k)[1]))
        if agent is None and tokens.lower[k] in GROUP_NOUNS:
            agent = Phrase(k, k + 1, SpeakerKind.GROUP, role=tokens.lower[k])  # "by police"
        if agent is None or agent.pronoun is not None or agent.kind not in AGENT_KINDS:
            return None
        return agent
    lower = tokens.lower
    if cue.kind is FormKind.GERUND and cue.first - 2 >= sf and lower[cue.first - 1] == "as":
        quoted = _quoted_as(tokens, cue.first - 1, sf)
        if quoted is not None:
            return quoted
    if cue.kind is FormKind.GERUND and cue.first - 2 >= sf and lower[cue.first - 1] == "for":
        # "Priebus scolded Mitt Romney for suggesting ...": the one scolded suggested it
        blamed = phrase_before(tokens, cue.first - 1, sf)
        if blamed is not None and blamed.name is not None and blamed.pronoun is None:
            start = blamed.name[0]
            while start - 1 > sf and tokens.text[start - 1][:1].isupper():
                start -= 1  # "Tory leader Michael Howard", capitalised
            before = tokens.text[start - 1] if start > sf else ""
            if (
                before.isalpha()
                and before.islower()
                and (lower[start - 1] in CUE_FORMS or lower[start - 1].endswith("ed"))
            ):
                # the object of the verb before: "scolded Mitt Romney for suggesting"
                found = classify(tokens, start, blamed.name[1])
                if found is not None and found.kind is SpeakerKind.PERSON:
                    return found
    if cue.kind is FormKind.GERUND and cue.first - 2 >= sf:
        # "The paper quoted a spokesman for Brixo complaining that ...": the one quoted
        quoted = phrase_before(tokens, cue.first, sf)
        if (
            quoted is not None
            and quoted.pronoun is None
            and quoted.last == cue.first
            and quoted.first - 1 >= sf
            and lower[quoted.first - 1] in _QUOTED_AS
        ):
            return quoted
    led = (
        cue.first >= 2 and lower[cue.first - 1] == "by" and lower[cue.first - 2] in BY_GERUND_VERBS
    )
    j = cue.first - 1
    while j > sf and (is_adverb(lower[j]) or lower[j] in AUXILIARIES):
        j -= 1
    if (
        cue.kind is not FormKind.GERUND
        and j - 1 > sf
        and lower[j] == "but"
        and tokens.text[j - 1] == ","
    ):
        # "Gondek said the city had added officers, but acknowledged that ...": the
        # subject of the sentence's first verb of speech, not of the clause it reported
        for first in ctx.cues_between(sf, j):
            if first.usable and first.kind is not FormKind.GERUND and not first.according:
                found = phrase_before(tokens, first.first, sf)
                if found is not None and found.first == sf:
                    return found
                break
    if cue.kind is not FormKind.GERUND or cue.progressive or led:  # led: "began by saying"
        phrase = phrase_before(tokens, cue.first, sf)
        if phrase is not None:
            if cue.cls is CueClass.NAMING and phrase.kind not in (
                SpeakerKind.PERSON,
                SpeakerKind.GROUP,
                SpeakerKind.ORGANISATION,
                SpeakerKind.ANONYMOUS,
                SpeakerKind.DOCUMENT,
            ):
                return None
            if (
                cue.cls is CueClass.NAMING
                and phrase.role is not None
                and phrase.role not in SPEAKER_NOUNS
                and tokens.lower[phrase.first] not in _NAMING_OWNERS
            ):
                return None  # "a show called “Brokers”"
            return phrase
        # inverted: "..., said X" or "said X: “...”"
        if cue.lemma in INVERTIBLE and cue.kind in (FormKind.PAST, FormKind.PRESENT):
            prev = tokens.text[cue.first - 1] if cue.first - 1 >= sf else ","
            if prev in (",", ":", "—", "–") or tokens.quote[cue.first - 1] >= 0 or cue.first == sf:
                phrase = closed(tokens, phrase_after(tokens, cue.last, limit), limit)
                if phrase is not None and (
                    phrase.pronoun is None or phrase.pronoun.form in ("he", "she", "they")
                ):
                    return phrase
    return _subject_of_sentence(ctx, cue, sf)


#: The most tokens from a sentence's opening participle to a cue inside its clause.
_OPENER_REACH = 8

#: Who may be the agent of a passive cue ("was described by police as"), or act as an
#: inverted cue's speaker (not "her record") or own a noun of speech.
AGENT_KINDS = frozenset(
    {SpeakerKind.PERSON, SpeakerKind.GROUP, SpeakerKind.ORGANISATION, SpeakerKind.ANONYMOUS}
)


def _quoted_as(tokens: Tokens, as_: int, sf: int) -> Phrase | None:
    """The one quoted "as saying": "The Times quoted Ana Ruiz as saying" (the object of
    "quoted"), "Ruiz was quoted as saying" (the subject of the passive), "..., with Ruiz
    quoted as saying" (the one "with" names)."""
    lower = tokens.lower
    j = as_ - 1
    if lower[j] in _QUOTED_AS:
        k = j - 1
        while k >= sf and lower[k] in AUXILIARIES:
            k -= 1
        if k == j - 1:
            # "..., with Mr Hale quoted as saying": the one "with" names
            phrase = phrase_before(tokens, j, sf)
            if phrase is not None and phrase.first - 1 >= sf and lower[phrase.first - 1] == "with":
                return phrase
            return None
        return phrase_before(tokens, k + 1, sf)
    if j - 1 >= sf and lower[j] in _OBJECT_SUBJECTS and lower[j - 1] in _QUOTED_AS:
        # "Reuters quoted him as saying": he speaks
        subject = _OBJECT_SUBJECTS[lower[j]]
        kind = SpeakerKind.GROUP if subject == "they" else SpeakerKind.PERSON
        return Phrase(j, j + 1, kind, pronoun=PRONOUNS[subject])
    phrase = phrase_before(tokens, as_, sf)
    if phrase is None:
        return None
    for k in range(max(sf, phrase.first - 1), phrase.last - 1):
        if lower[k] in _QUOTED_AS:
            return classify(tokens, k + 1, phrase.last)  # "quoted Ana Ruiz as saying"
    return None


def quoted_as_saying(tokens: Tokens, cue: Cue, limit: int) -> Phrase | None:
    """The one a cue of quoting names before "as saying": "the paper quoted Mr Chernin as
    saying" (not a gerund: "quoting him")."""
    lower = tokens.lower
    if lower[cue.first] not in _QUOTED_AS or cue.kind is FormKind.GERUND:
        return None
    quoted = phrase_after(tokens, cue.last, limit)
    if (
        quoted is None
        or quoted.pronoun is not None
        or quoted.last + 1 >= limit
        or lower[quoted.last] != "as"
        or not lower[quoted.last + 1].endswith("ing")
    ):
        return None
    return quoted


def phrase_before_adjunct(tokens: Tokens, k: int, stop: int) -> Phrase | None:
    """The speaker phrase from token ``k`` up to an adjunct that closes the sentence and
    that :func:`phrase_after` read as the phrase's own: "according to her lawyers in a
    court filing" (not "her lawyers in a court")."""
    for m in range(k + 1, min(stop, k + 8)):
        if tokens.lower[m] in ADJUNCT_PREPOSITIONS:
            phrase = phrase_after(tokens, k, m)
            return phrase if phrase is not None and phrase.last == m else None
    return None


def closed(tokens: Tokens, phrase: Phrase | None, limit: int) -> Phrase | None:
    """The phrase, if the clause ends with it (or with its description or a short
    adjunct): "said Smith." / "said Smith, a lawyer," / "said Smith on Monday"."""
    if phrase is None:
        return None
    end = phrase.last
    if phrase.description is not None:
        end = max(end, phrase.description[1])
    if end >= limit or tokens.quote[end] >= 0:
        return phrase
    t = tokens.lower[end]
    if t in _CLOSERS or t in ADJUNCT_PREPOSITIONS or t in ADJUNCT_WORDS or t in _AFTER_SPEAKER:
        return phrase
    return None


def _subject_of_sentence(ctx: Context, cue: Cue, sf: int) -> Phrase | None:
    """The speaker of a participle or coordinated cue: "..., saying", "and added"; or the
    noun phrase right before a participle: "footage of Clinton asking"."""
    tokens = ctx.tokens
    if (
        cue.kind is FormKind.GERUND
        and cue.first - sf <= _OPENER_REACH
        and _opening_participle(tokens, sf, cue.first + 2)
        and not any(tokens.text[m] == "," and tokens.quote[m] < 0 for m in range(sf, cue.first))
    ):
        # "Holding signs calling the governor “...,” the protesters marched",
        # "Acknowledging that Ann Reid “...,” Tom Hale did suggest": the subject after the
        # opening participle's clause
        after = first_phrase(tokens, sf, tokens.sentence_bounds(cue.first)[1])
        if after is not None and after.first > cue.first:
            return after
    prev = tokens.lower[cue.first - 1] if cue.first - 1 >= sf else ""
    j = cue.first - 1
    while (
        j > sf
        and j > cue.first - 4
        and (tokens.lower[j] in AUXILIARIES or is_adverb(tokens.lower[j]))
    ):
        j -= 1
    if j < cue.first - 1 and tokens.lower[j] in ("and", "but"):
        prev = tokens.lower[j]  # "resigned but has always insisted"
    before = cue.first - 1  # "with Mayor Tom Ellery loudly shouting": past the adverb
    while before > sf and is_adverb(tokens.lower[before]) and tokens.text[before].islower():
        before -= 1
    if (
        cue.kind is FormKind.GERUND
        and cue.first - 1 >= sf
        and (tokens.text[before][0].isupper() or prev in _OBJECT_SUBJECTS)
    ):
        if prev in _OBJECT_SUBJECTS:
            pronoun = _OBJECT_SUBJECTS[prev]
            return Phrase(
                cue.first - 1,
                cue.first,
                SpeakerKind.GROUP if pronoun == "they" else SpeakerKind.PERSON,
                pronoun=PRONOUNS[pronoun],
            )
        phrase = phrase_before(tokens, cue.first, sf)
        if (
            phrase is not None
            and phrase.kind is SpeakerKind.PERSON
            and (
                _perceived(tokens, phrase, sf)
                or (phrase.name is not None and tokens.lower[phrase.first - 1] == "and")
                or (phrase.first - 1 > sf and tokens.lower[phrase.first - 1] in _LEAVING_DOING)
            )
        ):
            return phrase  # "footage of Clinton asking", "... and Trump calling it"
    if cue.kind is FormKind.GERUND and cue.first - 1 >= sf and tokens.text[cue.first - 1] != ",":
        # "with many marchers chanting", "the editorial telling him"
        phrase = phrase_before(tokens, cue.first, sf)
        if (
            phrase is not None
            and phrase.pronoun is None
            and phrase.kind is not SpeakerKind.PERSON
            and (
                _perceived(tokens, phrase, sf)
                or (
                    phrase.kind in (SpeakerKind.ANONYMOUS, SpeakerKind.GROUP)
                    and phrase.first - 1 > sf
                    and tokens.lower[phrase.first - 1] in _LEAVING_DOING
                )
            )
        ):
            return phrase  # ("left one councillor calling it")
    if cue.kind is not FormKind.GERUND and prev not in _JOINERS:
        return None
    if cue.kind is FormKind.GERUND and prev == ",":
        relative = _relative_clause_before(tokens, cue.first - 1, sf)
        if relative is not None:
            return relative  # "for a teacher, Eric Hale, who worked the crowd, praising"
        seen = _seen_doing(tokens, cue.first - 1, sf)
        if seen is not None:
            return seen  # "Ortiz remembers him crying in court, saying": his words
    earlier_cues = ctx.cues_between(max(sf, cue.first - 60), cue.first)[-4:]
    if cue.kind is FormKind.GERUND and prev in ("and", "or"):
        # "with Tom Lamb tweeting about it and asking": the participle before, its subject
        for earlier in reversed(earlier_cues):
            if earlier.kind is FormKind.GERUND and earlier.usable:
                phrase = _subject_of_sentence(ctx, earlier, sf)
                if phrase is not None and phrase.name is not None and phrase.first > sf:
                    return phrase
                break
    if cue.kind is not FormKind.GERUND:
        earlier_cues.reverse()  # "and added": the verb before; ", saying": the main verb
    # a verb of speech first: "X said its offer would raise pay and called it ..." is X's
    earlier_cues.sort(key=lambda c: c.cls not in AFTER_CLASSES)
    for earlier in earlier_cues:
        if earlier.usable and not earlier.according and earlier.kind is not FormKind.GERUND:
            if _not_main_verb(tokens, earlier, cue, sf):
                continue
            phrase = phrase_before(tokens, earlier.first, sf)
            if phrase is None and prev in _JOINERS and inverted(tokens, earlier, sf):
                # "“...,” said an official who oversaw it and described it as “...”" (not
                # "summed her up as “terrible,” denounced her record and said": no one)
                phrase = phrase_after(tokens, earlier.last, cue.first)
                if phrase is not None and phrase.kind not in AGENT_KINDS:
                    phrase = None
            if phrase is not None and not _speaks_for_no_one(tokens, phrase, earlier):
                return phrase
    # the first noun phrase of the sentence, after an opening adverbial: "In recent months,"
    return first_phrase(tokens, sf, cue.first)


def _seen_doing(tokens: Tokens, comma: int, sf: int) -> Phrase | None:
    """The one seen or remembered doing something in the clause that a comma at
    ``comma`` closes, when a participle follows the comma: "Ortiz remembers him crying in
    court, saying ..." is his (an object pronoun between a verb of perception and a
    participle)."""
    for m in range(comma - 1, max(sf, comma - _RELATIVE_WORDS) + 1, -1):
        if tokens.quote[m] >= 0 or tokens.text[m] in (",", ";", ":"):
            return None
        w = tokens.lower[m]
        if (
            w in _OBJECT_SUBJECTS
            and m + 1 < comma
            and tokens.lower[m + 1].endswith("ing")
            and m - 1 >= sf
            and tokens.lower[m - 1] in _SEEN_VERBS
        ):
            pronoun = _OBJECT_SUBJECTS[w]
            kind = SpeakerKind.GROUP if pronoun == "they" else SpeakerKind.PERSON
            return Phrase(m, m + 1, kind, pronoun=PRONOUNS[pronoun])
    return None


def _relative_clause_before(tokens: Tokens, comma: int, sf: int) -> Phrase | None:
    """The person a ", who ..." clause closing at ``comma`` is about, or the people a ",
    where ..." clause or a "when ..." clause opens with, when a participle follows it: "a
    teacher named Eric Hale, who worked the crowd, praising" is Hale's."""
    for m in range(comma - 1, max(sf, comma - _RELATIVE_WORDS), -1):
        if tokens.quote[m] >= 0 or tokens.text[m] in (",", ";", ":"):
            return None
        if tokens.lower[m] == "who" and m - 1 > sf and tokens.text[m - 1] == ",":
            phrase = np_before(tokens, m + 1, sf)
            if phrase is None or phrase.antecedent is None:
                return None
            return phrase if phrase.antecedent.kind is SpeakerKind.PERSON else None
        if tokens.lower[m] == "when" and m > sf:
            # "he wrote when Senator Ada Brill closed the meeting, remarking": hers
            phrase = phrase_after(tokens, m + 1, comma)
            if (
                phrase is not None
                and phrase.first == m + 1
                and phrase.name is not None
                and phrase.kind is SpeakerKind.PERSON
            ):
                return phrase
            return None
        if tokens.lower[m] == "where" and m - 1 > sf and tokens.text[m - 1] == ",":
            # "near the mill, where about 50 workers had gathered, chanting": the workers
            phrase = phrase_after(tokens, m + 1, comma)
            if (
                phrase is None
                or phrase.first != m + 1
                or phrase.pronoun is not None
                or phrase.kind not in (SpeakerKind.PERSON, SpeakerKind.GROUP)
            ):
                return None
            return phrase
    return None


def _not_main_verb(tokens: Tokens, earlier: Cue, cue: Cue, sf: int) -> bool:
    """Whether a cue before a participle or coordinated cue cannot be the verb whose
    subject speaks it: a noun ("Sanders’ comments"), or a verb of an opening adverbial
    clause ("As the crowd began to chant, Silverman ... joked")."""
    if earlier.first - 1 >= sf and tokens.lower[earlier.first - 1] in _NOUN_MARKERS:
        return True
    comma = opening_clause(tokens, sf, earlier.first)  # "When ...", "Last month, when ..."
    if comma < 0:
        return False
    while comma < earlier.first and tokens.text[comma] != ",":
        comma += 1
    if comma < earlier.first:
        return False  # the cue comes after the opening clause closed
    while comma < cue.first and tokens.text[comma] != ",":
        comma += 1
    return comma < cue.first


def inverted(tokens: Tokens, cue: Cue, sf: int) -> bool:
    """Whether a cue follows the quotation it reports, its speaker after it: "“...,”
    said an official"."""
    k = cue.first - 1
    return (
        cue.lemma in INVERTIBLE
        and k >= sf
        and tokens.quote[k] >= 0
        and tokens.quote_range[tokens.quote[k]][1] == k + 1
    )


def _speaks_for_no_one(tokens: Tokens, phrase: Phrase, earlier: Cue) -> bool:
    """Whether the phrase before a cue shows the cue is no verb with a subject: "his
    recent remarks" (a possessive and an adjective before a noun), "a class called
    “Perception”" (a participle after a noun that speaks for no one)."""
    if (
        phrase.name is None
        and phrase.pronoun is None
        and tokens.lower[phrase.first] in POSSESSIVES
        and (phrase.role is None or phrase.role not in SPEAKER_NOUNS)
    ):
        return True
    return (
        earlier.cls is CueClass.NAMING
        and phrase.role is not None
        and phrase.role not in SPEAKER_NOUNS
        and tokens.lower[phrase.first] not in _NAMING_OWNERS
    )


def _perceived(tokens: Tokens, phrase: Phrase, sf: int) -> bool:
    """Whether a noun phrase before a participle is its subject: it opens the sentence,
    or follows "of", "with" or a verb of perception ("footage of Clinton asking")."""
    k = phrase.first - 1
    if k < sf or tokens.text[k] in ("—", "–", "--"):
        return True  # "... – Ryan saying he was “very encouraged”"
    return tokens.lower[k] in _PERCEPTION or (
        tokens.lower[k] in ("’s", "'s") and k - 1 >= sf and tokens.lower[k - 1] in _PERCEPTION
    )


def _opening_participle(tokens: Tokens, k: int, limit: int) -> bool:
    """Whether the capitalised word that opens a sentence is a participle, not a name:
    "Facing mounting criticism", "Following the vote" (not "Manning said")."""
    w = tokens.lower[k]
    if not w.endswith("ing") or k + 1 >= limit or not tokens.text[k + 1][0].islower():
        return False
    nxt = tokens.lower[k + 1]
    return (
        nxt in DETERMINERS
        or nxt in POSSESSIVES
        or nxt in ADJUNCT_PREPOSITIONS
        or nxt == "that"
        or nxt.endswith("ing")
        # "Holding signs calling Ames “...”, the drivers chanted": an object, no verb of a
        # surname's ("Manning said", "Browning is")
        or (
            nxt.isalpha()
            and nxt not in CUE_FORMS
            and nxt not in FINITE_WORDS
            and nxt not in FUNCTION_WORDS
            and not is_adverb(nxt)
            and not is_given_name(tokens.text[k])
        )
    )


def first_phrase(tokens: Tokens, sf: int, limit: int) -> Phrase | None:
    """The subject of a sentence: its first noun phrase after an opening adverbial."""
    k = sf
    limit = min(limit, sf + 40)
    while k < limit and (
        tokens.lower[k] in _OPENING_WORDS
        or (
            k == sf
            and is_adverb(tokens.lower[k])
            and not (k + 1 < limit and tokens.text[k + 1][0].isdigit())
        )
    ):
        # "In recent months,", "Shortly after the call ended," (not "Nearly 40 nurses")
        k += 1
    while k < limit:
        if tokens.quote[k] >= 0:
            # a quotation opens the sentence: its subject comes after it
            k = tokens.quote_range[tokens.quote[k]][1]
            while k < limit and tokens.text[k] in (",", "—", "–", "--"):
                k += 1
            continue
        phrase = phrase_after(tokens, k, limit)
        if (
            phrase is not None
            and k > sf
            and tokens.text[k - 1] == ","
            and tokens.lower[k].endswith("ing")
            and tokens.text[k][0].islower()
        ):
            phrase = None  # ", citing unnamed sources,": an aside, no subject
        if phrase is not None and phrase.first == k:
            nxt = phrase.last
            intro = (  # "Speaking in Salem, New Hampshire, Trump went after Bush"
                nxt + 1 < limit
                and tokens.text[nxt] == ","
                and phrase.description is None
                and tokens.text[nxt + 1][0].isupper()
                # (not "Tom Hale, Republican of Dunmore, gave ...": a person named in full)
                and not (
                    k == sf
                    and phrase.kind is SpeakerKind.PERSON
                    and phrase.name is not None
                    and phrase.name[1] - phrase.name[0] >= 2
                )
            ) or (  # "At an event in Ames, Iowa, on Sunday, Clinton said"
                nxt + 1 < limit
                and tokens.text[nxt] == ","
                and phrase.description is None
                and phrase.pronoun is None
                and k > sf
                and tokens.lower[nxt + 1] in ADJUNCT_PREPOSITIONS
            )
            if nxt + 1 < limit and tokens.lower[nxt] in _TIME_AFTER and tokens.text[nxt + 1] == ",":
                intro = True  # "Hours later, Trump returned the compliment"
            if k == sf and _opening_participle(tokens, k, limit):
                intro = True  # "Facing mounting criticism, Lamb released a statement"
            if not intro and (
                (nxt < limit and tokens.text[nxt] not in (".", ";")) or phrase.pronoun is not None
            ):
                phrase.description = None
                if (
                    phrase.kind is SpeakerKind.DOCUMENT
                    and phrase.pronoun is None
                    and not phrase.definite
                ):
                    return None
                return phrase
        while k < limit and tokens.text[k] != ",":
            k += 1
        k += 1
    return None
