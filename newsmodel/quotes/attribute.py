"""Attribution rules for quotations with marks: who is reported saying each one.

Each rule looks only at the quotation's sentence (or, for floating and continued
quotations, at the quotation before it), so the work per quotation is bounded. The rules,
tried in this order, and the name each records in :attr:`Attribution.rule`:

``cue-before``      the speaker and cue lead into the quotation: X said: “...” / X said “...”
``cue-after``       they follow it: “...,” X said / “...,” X, DESCRIPTION, told reporters
``cue-after-inverted``  the cue comes first: “...,” said X, DESCRIPTION
``according-to``    “...,” according to X / According to X, “...”
``dash``            “...” — Commissioner Jane Doe
``colon``           a speaker without a verb before a colon: From the chair, Jane Doe: “...”
``cue-in-sentence`` a quoted fragment inside reported speech: X said the plan would “fail”
``cue-later``       the cue comes later in the sentence: ... “...” for now, he told reporters
``continued``       a quotation running over paragraphs takes the attribution of its parts
``floating``        a quotation standing alone keeps the speaker of the quotation before it
``following``       a quotation standing alone takes the speaker of the one right after it
``previous-sentence``  a quotation with no cue right after a sentence of reported speech
``subject``         a quotation of three words or more, no cue: the subject of its sentence
``nearby``          a long quotation, no cue: the speaker of the passage around it

A quotation that inherits an attribution (``continued``, ``floating``, ``following``,
``previous-sentence``, ``nearby``) keeps the mention and cue of the attribution it
inherits, which lie before it in the text.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

import attrs

from newsmodel.model import SpeakerKind
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
    word_set,
)
from newsmodel.quotes.marks import RawQuote
from newsmodel.quotes.proper_names import is_given_name
from newsmodel.quotes.speaker_kinds import Phrase, classify
from newsmodel.quotes.speakers import FINITE_WORDS, phrase_after, phrase_before
from newsmodel.quotes.tokens import Tokens, word_count

__all__ = [
    "Found",
    "attach_floating",
    "attribute_quotes",
    "cue_anchors",
    "is_code",
    "is_title",
]

_SEPARATORS = frozenset({",", "—", "–", "--", "-", "―"})
_DASHES = frozenset({"—", "–", "--", "―"})
_LEAD_INS = frozenset({":", ",", "that", "—", "–", "--"})
_ADJUNCT_PREPOSITIONS = word_set(
    """in on at during after before to via through from with over while for about of"""
)
_ADJUNCT_WORDS = word_set(
    """reporters journalists the a an his her their its this last week month year monday
    tuesday wednesday thursday friday saturday sunday today yesterday tonight morning
    afternoon evening night statement interview tweet post letter email speech briefing
    conference news press television radio rally event hearing meeting session earlier later
    then also again told once recently twitter facebook instagram"""
)
_TITLE_CONTEXT = word_set(
    """show program programme series book film movie song songs album novel play documentary
    titled entitled headlined magazine column segment podcast episode slogan hashtag memoir
    called dubbed named nicknamed anthem musical sitcom opera poem painting"""
)
_TITLE_AFTER = word_set(
    """show host hosts star stars series hat hats pageant franchise movement scenario slogan
    shirt shirts t-shirt t-shirts sign signs bumper sticker stickers logo brand"""
)
_TITLE_OWNERS = word_set(
    """author authors host hosts anchors star creator director producer cast episode season
    edition editor writer title co-author co-host anchor"""
)
_AFTER_CLASSES = (CueClass.SPEECH, CueClass.WRITE)
SPEAKER_NOUNS = PERSON_NOUNS | GROUP_NOUNS | ORG_NOUNS | TITLE_WORDS | DOCUMENT_NOUNS
_TIME = word_set(
    """monday tuesday wednesday thursday friday saturday sunday today yesterday tonight earlier
    later recently again"""
)
#: Words a quotation needs to take the speaker of the passage around it (rule "nearby").
NEARBY_WORDS = 4
#: Words that may follow a speaker phrase that closes its clause: "said Smith, who",
#: "according to a court document filed by".
_AFTER_SPEAKER = word_set(
    """as when while after before who whose which though although because but and adding saying
    noting that explaining referring filed released obtained issued published posted seen
    reviewed"""
)
_CLAUSE_SUBJECTS = frozenset(["he", "she", "they", "we", "i", "it", "there"])
#: Nouns of speech that introduce quoted words with their owner: "her remark that “...”".
NOUN_CUES = word_set(
    """remark remarks comment comments statement statements claim claims assertion assertions
    words call calls promise promises pledge pledges warning warnings admission suggestion
    insistence argument contention declaration vow vows boast boasts quip quips reply answer
    plea appeal demand demands accusation accusations criticism complaint prediction
    prediction slogan motto mantra refrain description characterization characterisation
    vision message advice"""
)
_ADJECTIVE_ENDINGS = ("ing", "ed", "al", "ive", "ful", "ous", "ic", "ible", "able", "ent", "ant")
_GERUND_PREPOSITIONS = word_set("from about by without of for in after before on")
_NOUN_CUE_LINKS = frozenset({"that", ":", ",", "of", "for", "as", "on", "in", "last", "this"})
_OWNER_PRONOUNS = frozenset({"his", "her", "their", "its"})
_SKIPPED_BEFORE_VERB = frozenset(["also", "then", "later", "now", "still", "even", "often"])
_PERCEPTION = word_set(
    "of with as heard hear hears saw see sees showed shows show watched watch footage video"
)
_ONLY_ADJACENT = word_set("continue begin start")
_CLAUSE_BREAKS = frozenset(
    ["although", "though", "but", "while", "whereas", "however", "yet", ";", "meanwhile", "even"]
)
_OPENING_WORDS = word_set(
    """and but so then still also yet however meanwhile instead later now or"""
)
_CLOSERS = frozenset({",", ".", ";", ":", "!", "?", "—", "–", "--", ")", "("})
#: Reporting verbs that may come before their speaker: "said Smith", "writes Jones".
INVERTIBLE = word_set(
    """say add write ask continue explain note recall reply respond insist argue declare
    conclude observe remark reason quip joke counter complain confirm warn tweet offer read
    report tell state answer agree acknowledge admit concede suggest predict boast exclaim
    shout yell scream cry muse wonder whisper mutter recount echo post beam blare boom riff
    email e-mail"""
)
#: The commonest reporting verbs, trusted over a competing cue.
CORE = word_set(
    """say tell add write ask continue explain note recall reply respond insist argue declare
    conclude observe remark warn tweet admit acknowledge concede claim"""
)
#: Stances that can introduce quoted words ("endorsed his “America First” plan").
QUOTE_STANCES = word_set(
    """endorse support back oppose favor favour champion tout advocate admire pledge seek
    target address highlight"""
)
#: Verbs of thought that can introduce quoted words ("she thinks the plan is “a mess”").
QUOTE_THOUGHT = word_set(
    """think believe know feel fear expect worry doubt suspect assume guess reckon understand
    realize realise recognize recognise imagine suppose anticipate"""
)
_SMALL_WORDS = word_set("a an the and or of in on at to for with from by as is vs. vs nor but")


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


class _Context:
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


def is_title(text: str, q: RawQuote, tokens: Tokens, open_tok: int, sent_first: int) -> bool:
    """Whether a quotation reads as the title of a work or a name ("Saturday Night Live"):
    capitalised words without sentence punctuation, inside a sentence, next to a word
    such as "show", "book", "called" or a possessive ("CBS’s “Face the Nation”")."""
    words = text[q.start : q.end].split()
    if not words or len(words) > 12:
        return False
    inner = text[q.start : q.end].rstrip(" ,.")
    if any(c in inner for c in "!?;"):
        return False
    content = [w for w in words if w.lower().strip(",.:") not in _SMALL_WORDS]
    if not content or not all(
        w[0].isupper() or w[0].isdigit() or not w[0].isalnum() for w in content
    ):
        return False
    if open_tok <= sent_first:
        return False
    lower = tokens.lower
    qi = tokens.quote[open_tok]
    after = tokens.quote_range[qi][1] if qi >= 0 else -1
    if 0 <= after < len(tokens) and tokens.para[after] == tokens.para[open_tok]:
        nxt = lower[after]
        if nxt in _TITLE_AFTER or nxt in _TITLE_CONTEXT:
            return True
    k = open_tok - 1
    if tokens.quote[k] >= 0:
        return False
    before = lower[k]
    if before in ("’s", "'s", "on") or before in _TITLE_CONTEXT:
        return True
    if before in ("told", "tells", "telling", "to") and len(content) >= 2:
        return True  # told “Fox and Friends”, took the stage to “Eye of the Tiger”
    if (
        len(words) == 1
        and tokens.text[k][0].isupper()
        and 0 <= after < len(tokens)
        and tokens.text[after][0].isupper()
    ):
        return True  # a nickname between first and last name: Jesus “Chuy” Garcia
    if before == "of" and k - 1 >= 0 and lower[k - 1] in _TITLE_OWNERS:
        return True
    if before == "as" and k - 1 >= 0 and lower[k - 1] in ("known", "dubbed", "billed", "branded"):
        return True
    # "his 2012 book, “An American Son”"
    m = k
    steps = 0
    while m >= sent_first and steps < 5:
        w = lower[m]
        if w in _TITLE_CONTEXT:
            return True
        if (
            w in (",", "the", "a", "an", "his", "her", "their", "its", "new", "latest", "first")
            or w[0].isdigit()
        ):
            m -= 1
            steps += 1
            continue
        break
    return False


def is_code(words: str) -> bool:
    """Whether quoted words are a code or label, no speech: “K3”, “A380”, “COVID-19”."""
    words = words.strip(" ,.")
    return (
        0 < len(words) <= 8
        and not any(c.isspace() for c in words)
        and any(c.isdigit() for c in words)
        and not any(c.islower() for c in words)
    )


def attribute_quotes(
    text: str,
    tokens: Tokens,
    quotes: Sequence[RawQuote],
    cues: Sequence[Cue],
    speech: Sequence[bool],
    context: _Context | None = None,
    headline: Sequence[bool] = (),
) -> tuple[list[Found | None], list[bool]]:
    """An attribution (or None) for every quotation, in the order of ``quotes``, and
    whether each reads as a title. Quotations in a headline (a paragraph marked in
    ``headline``) are attributed only when the headline says who speaks: "Kasich:
    ‘...’", "Trevor Noah Says ..."."""
    ctx = context or _Context(tokens, cues)
    found: list[Found | None] = [None] * len(quotes)
    titles: list[bool] = [False] * len(quotes)
    for qi, q in enumerate(quotes):
        if headline and headline[q.paragraph] and not speech[q.paragraph]:
            a, b = tokens.quote_range[qi]
            if a < b and not is_code(text[q.start : q.end]):
                sf, sl = tokens.sentence_bounds(a)
                found[qi] = _headline(ctx, text, q, a, b, sf, sl)
            continue
        if not speech[q.paragraph]:
            continue
        a, b = tokens.quote_range[qi]
        if a >= b:
            continue
        sf, sl = tokens.sentence_bounds(a)
        if is_title(text, q, tokens, a, sf) or is_code(text[q.start : q.end]):
            titles[qi] = True
            continue
        found[qi] = _attribute(ctx, text, q, qi, a, b, sf, sl)
    _continued(quotes, found)
    return found, titles


def _attribute(
    ctx: _Context, text: str, q: RawQuote, qi: int, a: int, b: int, sf: int, sl: int
) -> Found | None:
    tokens = ctx.tokens
    starts_sentence = _starts_sentence(tokens, a, sf)
    noun = None if starts_sentence else _noun_cue(ctx, a, sf)
    if noun is not None:
        return noun
    left = None if starts_sentence else _left(ctx, a, sf)
    if left is not None and left.adjacent:
        # “...,” he said: a comma closing the quotation announces the attribution after it
        if _ends_with_comma(text, q.start, q.end) and q.close is not None:
            right = _right(ctx, q, text, b, sl, strict=True)
            if right is not None:
                return right
        return left
    right = _right(ctx, q, text, b, sl, strict=left is not None) if q.close is not None else None
    if right is not None:
        return right
    if left is not None:
        return left
    colon = _colon(ctx, a, sf)
    if colon is not None:
        return colon
    later = _later(ctx, b, sl) if q.close is not None else None
    if later is not None:
        return later
    colon = _colon_clause(ctx, a, sf)
    if colon is not None:
        return colon
    return _dash_line(ctx, b)


def _dash_line(ctx: _Context, b: int) -> Found | None:
    """A quotation that ends its paragraph, signed in the next one: “...” / — Jane Doe."""
    tokens = ctx.tokens
    _lo, hi = tokens.para_bounds(b - 1)
    end = b
    while end < hi and tokens.text[end] in (".", ",", ")"):
        end += 1
    if end < hi or hi >= len(tokens) or tokens.text[hi] not in _DASHES | {"-"}:
        return None
    _next_lo, next_hi = tokens.para_bounds(hi)
    phrase = phrase_after(tokens, hi + 1, next_hi)
    if phrase is None or phrase.name is None or phrase.kind is not SpeakerKind.PERSON:
        return None
    stop = max(phrase.last, phrase.description[1] if phrase.description else 0)
    if stop < next_hi and tokens.text[stop] not in (".", ","):
        return None
    if next_hi - stop > 12 or any(tokens.lower[m] in FINITE_WORDS for m in range(stop, next_hi)):
        return None  # "— Dean Baker, Center for Economic and Policy Research."
    return Found(phrase, (tokens.start[hi], tokens.end[hi]), "dash", 0.8, adjacent=True)


def _headline(
    ctx: _Context, text: str, q: RawQuote, a: int, b: int, sf: int, sl: int
) -> Found | None:
    """A headline's quotation with its speaker: "Kasich: ‘...’", "Issa: Clinton’s ‘...’",
    "Obama slams GOP’s ‘doom and despair’", "‘...’, Trevor Noah Says"."""
    tokens = ctx.tokens
    lo, _hi = tokens.para_bounds(a)
    for c in range(lo + 1, min(a, lo + 7)):
        if tokens.text[c] == ":":
            phrase = classify(tokens, lo, c)
            if phrase is not None and phrase.kind is SpeakerKind.PERSON and phrase.name:
                return Found(phrase, (tokens.start[c], tokens.end[c]), "colon", 0.7)
            break
    left = _left(ctx, a, sf)
    if left is not None:
        return left
    if q.close is not None:
        return _right(ctx, q, text, b, sl, strict=True)
    return None


def _noun_cue(ctx: _Context, a: int, sf: int) -> Found | None:
    """A noun of speech with its owner right before the quotation: "her remark that
    “...”", "his call for “...”", "Obama's statement on Monday that “...”", "in her
    words, “...”"."""
    tokens = ctx.tokens
    lower = tokens.lower
    k = a - 1
    skipped = 0
    linked = False
    while k > sf and skipped < 4 and (lower[k] in _NOUN_CUE_LINKS or lower[k] in _TIME):
        if tokens.quote[k] >= 0:
            return None
        linked = linked or lower[k] in _NOUN_CUE_LINKS
        k -= 1
        skipped += 1
    if k - 1 < sf or tokens.quote[k] >= 0 or lower[k] not in NOUN_CUES:
        return None
    if not linked and lower[k] != "slogan":
        return None  # "Trump's comments “are based on ...”": the noun is a subject
    if any(c.usable and c.cls in _AFTER_CLASSES for c in ctx.cues_between(sf, k)):
        return None  # "Hollande denounced Trump's remarks as “...”": the verb's speaker
    cue_last = k + 1
    if lower[k] in ("call", "calls") and cue_last < a and lower[cue_last] == "for":
        cue_last += 1
    owner = k - 1
    adjectives = 0
    while (
        owner > sf
        and adjectives < 2
        and tokens.text[owner][0].islower()
        and (lower[owner] == "own" or lower[owner].endswith(_ADJECTIVE_ENDINGS))
    ):
        owner -= 1  # "his patronizing suggestion", "her own admission"
        adjectives += 1
    w = lower[owner]
    phrase: Phrase | None = None
    if w in _OWNER_PRONOUNS and tokens.text[owner][0].isalpha():
        pronoun = PRONOUNS[w]
        kind = SpeakerKind.GROUP if pronoun.plural else SpeakerKind.PERSON
        if pronoun.hint == "organisation":
            kind = SpeakerKind.ORGANISATION
        phrase = Phrase(owner, owner + 1, kind, pronoun=pronoun)
        subject = _first_phrase(tokens, sf, owner)
        if (
            subject is not None
            and subject.pronoun is None
            and subject.kind is kind
            and (subject.name is not None or kind is not SpeakerKind.PERSON)
        ):
            phrase = subject  # "Sanders has pushed his promise of “...”": Sanders
    elif w in ("’s", "'s", "’") and owner - 1 >= sf and tokens.text[owner - 1][0].isupper():
        first = owner - 1
        while first - 1 >= sf and first > owner - 5 and tokens.text[first - 1][0].isupper():
            first -= 1
        found = classify(tokens, first, owner)
        if found is not None and found.kind in (
            SpeakerKind.PERSON,
            SpeakerKind.ORGANISATION,
            SpeakerKind.GROUP,
        ):
            phrase = found
    if phrase is None:
        return None
    span = (tokens.start[k], tokens.end[cue_last - 1])
    return Found(phrase, span, "noun-cue", 0.8, adjacent=True)


def _starts_sentence(tokens: Tokens, a: int, sf: int) -> bool:
    if a - sf > 6:
        return False
    k = sf
    while k < a and tokens.lower[k] in (
        "and",
        "but",
        "so",
        "still",
        "yet",
        "or",
        "(",
        "—",
        "–",
        "-",
    ):
        k += 1
    return k >= a


def _quote_cue(cue: Cue) -> bool:
    """Whether a cue can introduce quoted words (not "wants", "plans", "seeks")."""
    if not cue.usable:
        return False
    if cue.cls is CueClass.STANCE:
        return cue.lemma in QUOTE_STANCES
    if cue.cls is CueClass.COGNITION:
        return cue.lemma in QUOTE_THOUGHT
    return True


def _left(ctx: _Context, a: int, sf: int) -> Found | None:
    """The cue before the quotation in its sentence, with its speaker: the nearest cue of
    speech, else the nearest of thought or evidence."""
    tokens = ctx.tokens
    candidates = [c for c in ctx.cues_between(max(sf, a - 80), a) if _quote_cue(c)]
    speech = [
        c
        for c in candidates
        if c.cls not in (CueClass.COGNITION, CueClass.EVIDENCE, CueClass.STANCE)
    ]
    ordered = list(reversed(speech)) + [c for c in reversed(candidates) if c not in speech]
    participle: Cue | None = None
    for n, cue in enumerate(ordered[:4]):
        if cue.lemma in _ONLY_ADJACENT and not _adjacent_left(tokens, cue.last, a):
            continue  # "her campaign would continue “to break barriers”"
        if n + 1 < len(ordered) and _in_relative_aside(tokens, cue, a, sf):
            continue  # "the announcement, which some have argued was ..., was an “insult”"
        phrase = _speaker_of(ctx, cue, sf, a)
        if phrase is None:
            if (
                participle is None
                and cue.kind is FormKind.GERUND
                and cue.cls in _AFTER_CLASSES
                and cue.first - 1 > sf
                and tokens.text[cue.first - 1] == ","
            ):
                participle = cue  # "said X, adding that ... “...”": the participle's subject
            continue
        prepositional = (
            cue.kind is FormKind.GERUND
            and cue.first - 1 >= sf
            and tokens.lower[cue.first - 1] in _GERUND_PREPOSITIONS
        )
        aside = (
            phrase.pronoun is not None
            and phrase.first - 1 >= sf
            and tokens.text[phrase.first - 1] == ","
            and cue.last < a
            and tokens.text[cue.last] == ","
        )  # "an outcome, he said, “...”": the aside is the attribution
        reported = not _adjacent_left(tokens, cue.last, a) and any(
            outer.first < cue.first
            and outer.lemma in CORE
            and outer.kind is not FormKind.GERUND
            and (
                phrase.first == outer.last
                or (phrase.first == outer.last + 1 and tokens.lower[outer.last] == "that")
            )
            for outer in speech
        )  # "Israel said Clinton called on members to be “...”": Israel's report
        if (
            phrase.pronoun is not None or phrase.antecedent is not None or prepositional or reported
        ) and not aside:
            # "Lynch said she recalled thinking “...”": a pronoun inside reported speech
            # is the reporting speaker again; the sentence's main cue names her (and so
            # does a cue after a preposition: "signed an agreement barring her from
            # publishing “...”")
            for outer in speech:
                if outer.first >= cue.first or phrase.first < outer.last:
                    break
                relative = phrase.first - 1 > outer.last and tokens.lower[phrase.first - 1] in (
                    "what",
                    "which",
                    "whom",
                )
                if not relative and any(
                    tokens.lower[m] in _CLAUSE_BREAKS for m in range(outer.last, cue.first)
                ):
                    break  # "Netanyahu said ..., although he tweeted": a clause of its own
                if phrase.first - 1 > outer.last and tokens.lower[phrase.first - 1] in (
                    "and",
                    "when",
                    "as",
                    "because",
                ):
                    break  # "he said ..., and he said, “...”": a clause of its own
                outer_phrase = _speaker_of(ctx, outer, sf, a)
                if outer_phrase is not None and outer_phrase.last <= cue.first:
                    cue, phrase = outer, outer_phrase
                    break
        if participle is not None and cue.cls in _AFTER_CLASSES and cue.last < participle.first:
            cue = participle
        adjacent = _adjacent_left(tokens, cue.last, a)
        rule = (
            "according-to" if cue.according else ("cue-before" if adjacent else "cue-in-sentence")
        )
        confidence = 0.95 if adjacent else 0.85
        return Found(phrase, ctx.cue_span(cue), rule, confidence, adjacent=adjacent)
    return None


def _in_relative_aside(tokens: Tokens, cue: Cue, a: int, sf: int) -> bool:
    """Whether a cue lies in a relative clause set off by commas that closes before the
    quotation: "the announcement, which some have argued was a ploy, was an “insult”"."""
    k = cue.first - 1
    while k > sf and cue.first - k <= 6 and tokens.text[k] != "," and tokens.quote[k] < 0:
        k -= 1
    if k <= sf or tokens.text[k] != "," or tokens.lower[k + 1] not in ("which", "who", "whom"):
        return False
    m = cue.last
    while m < a and tokens.text[m] != ",":
        m += 1
    return m < a - 1


def _speaker_of(ctx: _Context, cue: Cue, sf: int, limit: int) -> Phrase | None:
    """The speaker of a cue: before it, after it (inverted or "according to"), or the
    subject of the sentence for a participle or a coordinated verb (cached per cue)."""
    key = (cue.first, limit)
    if key in ctx.speakers:
        return ctx.speakers[key]
    phrase = _find_speaker(ctx, cue, sf, limit)
    ctx.speakers[key] = phrase
    return phrase


def _find_speaker(ctx: _Context, cue: Cue, sf: int, limit: int) -> Phrase | None:
    tokens = ctx.tokens
    if cue.according:
        return _closed(tokens, phrase_after(tokens, cue.last, limit), limit)
    if cue.kind is not FormKind.GERUND or cue.progressive:
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
                and tokens.lower[phrase.first] not in ("his", "her", "their", "its", "our")
            ):
                return None  # "a show called “Brokers”"
            return phrase
        # inverted: "..., said X" or "said X: “...”"
        if cue.lemma in INVERTIBLE and cue.kind in (FormKind.PAST, FormKind.PRESENT):
            prev = tokens.text[cue.first - 1] if cue.first - 1 >= sf else ","
            if prev in (",", ":", "—", "–") or tokens.quote[cue.first - 1] >= 0 or cue.first == sf:
                phrase = _closed(tokens, phrase_after(tokens, cue.last, limit), limit)
                if phrase is not None and (
                    phrase.pronoun is None or phrase.pronoun.form in ("he", "she", "they")
                ):
                    return phrase
    return _subject_of_sentence(ctx, cue, sf)


def _closed(tokens: Tokens, phrase: Phrase | None, limit: int) -> Phrase | None:
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
    if t in _CLOSERS or t in _ADJUNCT_PREPOSITIONS or t in _ADJUNCT_WORDS or t in _AFTER_SPEAKER:
        return phrase
    return None


def _subject_of_sentence(ctx: _Context, cue: Cue, sf: int) -> Phrase | None:
    """The speaker of a participle or coordinated cue: "..., saying", "and added"; or the
    noun phrase right before a participle: "footage of Clinton asking"."""
    tokens = ctx.tokens
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
    if (
        cue.kind is FormKind.GERUND
        and cue.first - 1 >= sf
        and (tokens.text[cue.first - 1][0].isupper() or prev in ("him", "her", "them"))
    ):
        if prev in ("him", "her", "them"):
            pronoun = {"him": "he", "her": "she", "them": "they"}[prev]
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
            and _perceived(tokens, phrase, sf)
        ):
            return phrase
    if cue.kind is FormKind.GERUND and cue.first - 1 >= sf and tokens.text[cue.first - 1] != ",":
        # "with many marchers chanting", "the editorial telling him"
        phrase = phrase_before(tokens, cue.first, sf)
        if (
            phrase is not None
            and phrase.pronoun is None
            and phrase.kind is not SpeakerKind.PERSON
            and _perceived(tokens, phrase, sf)
        ):
            return phrase
    if cue.kind is not FormKind.GERUND and prev not in ("and", "but", ",", "or", "then"):
        return None
    earlier_cues = ctx.cues_between(max(sf, cue.first - 60), cue.first)[-4:]
    if cue.kind is not FormKind.GERUND:
        earlier_cues.reverse()  # "and added": the verb before; ", saying": the main verb
    # a verb of speech first: "X said its offer would raise pay and called it ..." is X's
    earlier_cues.sort(key=lambda c: c.cls not in _AFTER_CLASSES)
    for earlier in earlier_cues:
        if earlier.usable and not earlier.according and earlier.kind is not FormKind.GERUND:
            phrase = phrase_before(tokens, earlier.first, sf)
            if phrase is not None:
                return phrase
    # the first noun phrase of the sentence, after an opening adverbial: "In recent months,"
    return _first_phrase(tokens, sf, cue.first)


def _title_cased(tokens: Tokens, a: int, b: int) -> bool:
    """Whether the words in tokens [a, b) are capitalised like a title ("Person of the
    Year"): two content words or more, all capitalised."""
    content = [
        tokens.text[m]
        for m in range(a, b)
        if tokens.text[m][0].isalpha() and tokens.lower[m] not in _SMALL_WORDS
    ]
    return len(content) >= 2 and all(w[0].isupper() for w in content)


def _perceived(tokens: Tokens, phrase: Phrase, sf: int) -> bool:
    """Whether a noun phrase before a participle is its subject: it opens the sentence,
    or follows "of", "with" or a verb of perception ("footage of Clinton asking")."""
    k = phrase.first - 1
    if k < sf:
        return True
    return tokens.lower[k] in _PERCEPTION or (
        tokens.lower[k] in ("’s", "'s") and k - 1 >= sf and tokens.lower[k - 1] in _PERCEPTION
    )


def _adjacent_left(tokens: Tokens, cue_end: int, a: int) -> bool:
    """Whether only lead-ins (":", ",", "that") and short adjuncts ("told reporters on
    Saturday") stand between a cue and the opening mark."""
    gap = a - cue_end
    if gap <= 0:
        return True
    if gap > 9:
        return False
    for k in range(cue_end, a):
        w = tokens.lower[k]
        if w in _LEAD_INS or w in _ADJUNCT_PREPOSITIONS or w in _ADJUNCT_WORDS:
            continue
        if tokens.text[k][0].isupper() or tokens.text[k][0].isdigit():
            continue
        return False
    return True


def _right(
    ctx: _Context, q: RawQuote, text: str, b: int, sl: int, *, strict: bool = False
) -> Found | None:
    """An attribution right after the closing mark: “...,” X said / said X / — X.

    After words that end a sentence with a full stop the attribution must close its own
    sentence ("“We won.” Smith said."), so that a new sentence ("“We won.” Smith
    disagreed, saying ...") is not taken for one. With ``strict`` (a cue before the
    quotation competes) only the common reporting verbs count.
    """
    tokens = ctx.tokens
    k = b
    _lo_para, hi = tokens.para_bounds(b - 1)
    if k >= hi:
        return None
    seps = 0
    while k < hi and tokens.text[k] in _SEPARATORS and seps < 2:
        k += 1
        seps += 1
    if k >= hi or tokens.quote[k] >= 0:
        return None
    full_stop = q.close_start is not None and _ends_with_full_stop(text, q.start, q.end)
    comma = _ends_with_comma(text, q.start, q.end)
    dash = seps > 0 and tokens.text[b] in _DASHES
    limit = min(hi, k + 30)
    stop = k
    while stop < limit and tokens.quote[stop] < 0 and tokens.text[stop] not in (".", "!", "?", ";"):
        stop += 1
    # inverted: “...,” said X
    for cue in ctx.cues_between(k, k + 1):
        if not cue.usable or cue.cls not in _AFTER_CLASSES or (strict and cue.lemma not in CORE):
            continue
        if cue.according:
            phrase = _closed(tokens, phrase_after(tokens, cue.last, stop), stop)
            if phrase is not None:
                return Found(phrase, ctx.cue_span(cue), "according-to", 0.9, adjacent=True)
        elif cue.kind in (FormKind.PAST, FormKind.PRESENT) or cue.lemma == "read":
            phrase = _closed(tokens, phrase_after(tokens, cue.last, stop), stop)
            if phrase is not None and not (full_stop and not _ends_here(tokens, phrase, stop)):
                end = max(phrase.last, phrase.description[1] if phrase.description else 0)
                if not comma and _leads_into_quote(tokens, end, stop, hi):
                    return None  # “We won.” Said Smith: “...”: the next quotation's
                return Found(phrase, ctx.cue_span(cue), "cue-after-inverted", 0.95, adjacent=True)
    # “...,” X said
    for cue in ctx.cues_between(k + 1, stop)[:3]:
        if not cue.usable or cue.according or cue.cls not in _AFTER_CLASSES:
            continue
        if strict and cue.lemma not in CORE:
            continue
        phrase = phrase_before(tokens, cue.first, k)
        if phrase is not None and phrase.first == k:
            if full_stop and not _cue_closes(tokens, cue, stop):
                break
            if not comma and _leads_into_quote(tokens, cue.last, stop, hi):
                break  # “...” He added: “...”: the cue introduces the next quotation
            if _clause_follows(tokens, cue.last, stop):
                break  # “...,” he claimed they never met: a sentence of its own
            return Found(phrase, ctx.cue_span(cue), "cue-after", 0.95, adjacent=True)
    if dash:
        phrase = phrase_after(tokens, k, stop)
        if (
            phrase is not None
            and phrase.name is not None
            and (phrase.last >= stop or tokens.text[phrase.last] == ",")
        ):
            span = (tokens.start[b], tokens.end[b])
            return Found(phrase, span, "dash", 0.8, adjacent=True)
    return None


def _leads_into_quote(tokens: Tokens, end: int, stop: int, hi: int) -> bool:
    """Whether an attribution ending at token ``end`` leads into the quotation at token
    ``stop`` through a comma or colon, bar a short adjunct: "he added: “...”"."""
    if stop >= hi or tokens.quote[stop] < 0 or stop - end > 6 or stop <= end:
        return False
    if tokens.text[stop - 1] not in (",", ":"):
        return False
    return not any(tokens.lower[m] in FINITE_WORDS for m in range(end, stop))


def _clause_follows(tokens: Tokens, k: int, stop: int) -> bool:
    """Whether a clause of its own follows a cue at token ``k``: "that ...", "they never
    met" (a subject pronoun and a verb)."""
    while k < stop and tokens.lower[k] in _TIME:
        k += 1
    if k >= stop:
        return False
    w = tokens.lower[k]
    if w == "that":
        return True
    return (
        w in _CLAUSE_SUBJECTS
        and k + 1 < stop
        and tokens.text[k + 1][0].islower()
        and tokens.lower[k + 1] not in _ADJUNCT_PREPOSITIONS
    )


def _ends_with_comma(text: str, start: int, end: int) -> bool:
    i = end - 1
    while i >= start and text[i] in " \t":
        i -= 1
    return i >= start and text[i] == ","


def _ends_with_full_stop(text: str, start: int, end: int) -> bool:
    i = end - 1
    while i >= start and text[i] in " \t\"”’'":
        i -= 1
    return i >= start and text[i] == "."


def _ends_here(tokens: Tokens, phrase: Phrase, stop: int) -> bool:
    end = max(phrase.last, phrase.description[1] if phrase.description else 0)
    return end >= stop or tokens.text[end] in (".", "!", "?", ";")


def _cue_closes(tokens: Tokens, cue: Cue, stop: int) -> bool:
    """Whether the sentence ends after the cue, bar a short adjunct ("said on Monday")."""
    k = cue.last
    if k >= stop:
        return True
    w = tokens.lower[k]
    if w in (",", ";", ":"):
        return True
    if stop - k > 8 or any(tokens.lower[m] in FINITE_WORDS for m in range(k, stop)):
        return False
    return (
        w in _ADJUNCT_PREPOSITIONS
        or w in _TIME
        or w in ("reporters", "journalists", "me", "us", "him", "her", "them")
        or tokens.text[k][0].isupper()
    )


def _colon(ctx: _Context, a: int, sf: int) -> Found | None:
    """A speaker before a colon, with no verb: "From the chair, Jane Doe: “...”"."""
    tokens = ctx.tokens
    c = a - 1
    if c < sf or tokens.text[c] != ":":
        return None
    phrase = phrase_before(tokens, c, sf)
    if phrase is None or phrase.pronoun is not None:
        return None
    if (phrase.kind is not SpeakerKind.PERSON or phrase.name is None) and phrase.kind not in (
        SpeakerKind.ORGANISATION,
        SpeakerKind.GROUP,
    ):
        return None
    # the phrase must start the clause: after the sentence start or a comma
    before = phrase.first - 1
    if before >= sf and tokens.text[before] not in (",", ";", "—", "–", "-", "--"):
        return None
    return Found(phrase, (tokens.start[c], tokens.end[c]), "colon", 0.75, adjacent=True)


def _colon_clause(ctx: _Context, a: int, sf: int) -> Found | None:
    """A quotation after a colon that ends a clause about its speaker: "Kelly responded
    pointedly, with a smile: “...”" / "Trump went further: “...”"."""
    tokens = ctx.tokens
    c = a - 1
    if c <= sf or tokens.text[c] != ":":
        return None
    phrase = _first_phrase(tokens, sf, c)
    if phrase is None:
        return None
    return Found(phrase, _colon_cue(ctx, phrase.last, c), "colon", 0.7, adjacent=True)


def _colon_cue(ctx: _Context, lo: int, colon: int) -> tuple[int, int]:
    """The cue of a clause ending with a colon: its last cue word ("Kelly responded
    pointedly, with a smile:"), else the colon itself."""
    tokens = ctx.tokens
    found = [c for c in ctx.cues_between(lo, colon) if not c.negated]
    if found:
        return ctx.cue_span(found[-1])
    return tokens.start[colon], tokens.end[colon]


def _first_phrase(tokens: Tokens, sf: int, limit: int) -> Phrase | None:
    """The subject of a sentence: its first noun phrase after an opening adverbial."""
    k = sf
    limit = min(limit, sf + 40)
    while k < limit and tokens.lower[k] in _OPENING_WORDS:
        k += 1
    while k < limit:
        if tokens.quote[k] >= 0:
            # a quotation opens the sentence: its subject comes after it
            k = tokens.quote_range[tokens.quote[k]][1]
            while k < limit and tokens.text[k] in (",", "—", "–", "--"):
                k += 1
            continue
        phrase = phrase_after(tokens, k, limit)
        if phrase is not None and phrase.first == k:
            nxt = phrase.last
            intro = (  # "Speaking in Salem, New Hampshire, Trump went after Bush"
                nxt + 1 < limit
                and tokens.text[nxt] == ","
                and phrase.description is None
                and tokens.text[nxt + 1][0].isupper()
            ) or (  # "At an event in Ames, Iowa, on Sunday, Clinton said"
                nxt + 1 < limit
                and tokens.text[nxt] == ","
                and phrase.description is None
                and phrase.pronoun is None
                and k > sf
                and tokens.lower[nxt + 1] in _ADJUNCT_PREPOSITIONS
            )
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


def _later(ctx: _Context, b: int, sl: int) -> Found | None:
    """A common reporting verb later in the sentence, its speaker set off by a comma:
    “...” for a treaty “if both agree,” he told reporters."""
    tokens = ctx.tokens
    tried = 0
    for cue in ctx.cues_between(b, min(sl, b + 60)):
        if tried >= 3:
            break
        tried += 1
        if not cue.usable:
            continue
        if cue.lemma not in CORE and not cue.according:
            # “...,” as X suggested / as X put it: a parenthetical attribution
            phrase = None
            if cue.cls is CueClass.SPEECH and cue.kind is not FormKind.GERUND:
                phrase = phrase_before(tokens, cue.first, b)
            if phrase is not None and _as_aside(tokens, phrase, b):
                return Found(phrase, ctx.cue_span(cue), "cue-later", 0.8)
            continue
        if cue.according:
            if tokens.text[cue.first - 1] != ",":
                continue
            phrase = _closed(tokens, phrase_after(tokens, cue.last, sl), sl)
        else:
            phrase = phrase_before(tokens, cue.first, b)
            if (
                phrase is not None
                and tokens.text[phrase.first - 1] not in (",", "—", "–")
                and tokens.quote[phrase.first - 1] < 0
                and not _as_aside(tokens, phrase, b)
            ):
                phrase = None
            if phrase is None and cue.lemma in INVERTIBLE and tokens.text[cue.first - 1] == ",":
                phrase = _closed(tokens, phrase_after(tokens, cue.last, sl), sl)
        if phrase is not None:
            return Found(phrase, ctx.cue_span(cue), "cue-later", 0.8)
    return None


def _as_aside(tokens: Tokens, phrase: Phrase, b: int) -> bool:
    """Whether a speaker opens an aside with "as" after a comma or a closing mark: “...,”
    as the mayor said; “...” as she put it."""
    k = phrase.first - 1
    return (
        k - 1 >= b - 1
        and tokens.lower[k] == "as"
        and (tokens.text[k - 1] in (",", "—", "–") or tokens.quote[k - 1] >= 0)
    )


def _continued(quotes: Sequence[RawQuote], found: list[Found | None]) -> None:
    """Parts of one quotation over several paragraphs share one attribution."""
    for qi, q in enumerate(quotes):
        if q.previous is None or q.continues:
            continue
        # qi ends a chain: walk back to its start
        chain = [qi]
        k: int | None = q.previous
        while k is not None and len(chain) < 50:
            chain.append(k)
            k = quotes[k].previous
        chain.reverse()
        source = None
        for c in chain:
            fc = found[c]
            if fc is not None and fc.inherit is None:
                source = c
                break
        if source is None:
            continue
        for c in chain:
            if found[c] is None:
                found[c] = Found(None, None, "continued", 0.85, inherit=source)


def attach_floating(
    tokens: Tokens,
    quotes: Sequence[RawQuote],
    found: list[Found | None],
    titles: Sequence[bool],
    speech: Sequence[bool],
    anchors: Sequence[tuple[int, int, Found]],
    cues: Sequence[Cue] = (),
) -> None:
    """Quotations with no attribution of their own take one from their neighbours.

    ``anchors`` are (token, paragraph, attribution) of indirect speech, in text order.
    A quotation standing alone as a sentence keeps the speaker of the quotation or
    reported speech just before it, in its paragraph or the one before (``floating``),
    or of a colon that ends the paragraph before (``colon``), or takes the speaker of the
    quotation right after it (``following``). A quoted fragment in a sentence with no
    cue, right after a sentence of reported speech, takes that speaker
    (``previous-sentence``).
    """
    order = _speech_order(speech)
    cue_firsts = [c.first for c in cues]

    def cues_between(lo: int, hi: int) -> list[Cue]:
        k = bisect_left(cue_firsts, lo)
        found_cues = []
        while k < len(cues) and cues[k].first < hi:
            found_cues.append(cues[k])
            k += 1
        return found_cues

    points: list[tuple[int, int, int | None, Found]] = []
    for qi, f in enumerate(found):
        if f is not None:
            a, b = tokens.quote_range[qi]
            points.append((b - 1, quotes[qi].paragraph, qi, f))
    for token, para, f in anchors:
        points.append((token, para, None, f))
    points.sort(key=lambda p: p[0])
    tokens_of_points = [p[0] for p in points]
    last_floating: tuple[int, int, int | None, Found] | None = None
    for qi, q in enumerate(quotes):
        if found[qi] is not None or not speech[q.paragraph] or titles[qi]:
            continue
        a, b = tokens.quote_range[qi]
        if a >= b:
            continue
        sf, _sl = tokens.sentence_bounds(a)
        lo, hi = tokens.para_bounds(a)
        k = bisect_left(tokens_of_points, a) - 1
        previous = points[k] if k >= 0 else None
        if last_floating is not None and (previous is None or last_floating[0] > previous[0]):
            previous = last_floating
        if previous is not None and previous[2] is None:
            # a cue inside the sentence of an attributed quotation (in its speaker's
            # description, say) gives way to that quotation's attribution
            sent = tokens.sent[previous[0]]
            m = k - 1
            while m >= 0 and m > k - 8 and tokens.sent[points[m][0]] == sent:
                if points[m][2] is not None:
                    previous = points[m]
                    break
                m -= 1
        if previous is not None and previous[3].rule == "indirect-object":
            # a stance or object ("he holds two degrees") is no speech a quotation
            # follows, unless nothing else is near
            m = k - 1
            while m >= 0 and m > k - 6 and points[m][1] == previous[1]:
                if points[m][3].rule != "indirect-object":
                    previous = points[m]
                    break
                m -= 1
        if previous is not None and previous[3].thought:
            # the sentence's reported speech, not the thought inside it
            sent = tokens.sent[previous[0]]
            m = k - 1
            while m >= 0 and m > k - 6 and tokens.sent[points[m][0]] == sent:
                if not points[m][3].thought:
                    previous = points[m]
                m -= 1
        near = previous is not None and order.get(previous[1], -9) >= order[q.paragraph] - 1
        if _starts_sentence(tokens, a, sf) and _standalone(tokens, a, b, hi):
            words = word_count(tokens, a, b)
            if words < 2 or tokens.text[b - 2] == ":":
                continue  # "“Related:”", "“Yes!”": page furniture and cries
            if previous is not None and near:
                floating = _inherit(previous, "floating", 0.75, found)
                found[qi] = floating
                last_floating = (b - 1, q.paragraph, qi, floating)
                continue
            colon = _paragraph_colon(tokens, lo, q.paragraph, order)
            if colon is not None:
                found[qi] = colon
                continue
            nxt = qi + 1
            if (
                nxt < len(quotes)
                and quotes[nxt].paragraph == q.paragraph
                and found[nxt] is not None
            ):
                found[qi] = Found(None, None, "following", 0.7, inherit=nxt)
            continue
        words = word_count(tokens, a, b)
        cued = any(
            c.usable
            and c.cls in (*_AFTER_CLASSES, CueClass.NAMING)
            and c.first > 0
            and tokens.lower[c.first - 1] not in ("so", "so-")
            for c in cues_between(max(sf, a - 40), a)
        )
        if (words < 3 and not cued) or _title_cased(tokens, a, b):
            continue  # short fragments and titles with no cue are mostly no speech
        # a quotation in a sentence about someone: theirs, most likely; else the speaker
        # of the sentence before, or of the passage
        subject = _first_phrase(tokens, sf, a)
        if (
            subject is not None
            and subject.kind in (SpeakerKind.PERSON, SpeakerKind.GROUP, SpeakerKind.ORGANISATION)
            and (subject.pronoun is not None or subject.name is not None or subject.definite)
            and not _no_subject(tokens, subject)
        ):
            verb = _verb_after(tokens, subject, a)
            if subject.last < a and tokens.text[subject.last] == ":":
                # a transcript's "Lopez: Well, no one calls it “...”": the colon
                verb = (tokens.start[subject.last], tokens.end[subject.last])
            cue_words = [c for c in cues_between(max(subject.last, a - 80), a) if not c.negated]
            if cue_words:
                # "Beck, who has in the past described Trump as “...”": the cue it has
                c = cue_words[-1]
                verb = (tokens.start[c.first], tokens.end[c.last - 1])
            found[qi] = Found(subject, verb, "subject", 0.5)
        elif (
            previous is not None
            and previous[1] == q.paragraph
            and tokens.sent[previous[0]] == tokens.sent[sf] - 1
        ):
            found[qi] = _own_cue(
                tokens,
                _inherit(previous, "previous-sentence", 0.6, found),
                cues_between(max(sf, a - 80), a),
            )
        elif previous is not None and near and words >= NEARBY_WORDS:
            found[qi] = _own_cue(
                tokens,
                _inherit(previous, "nearby", 0.5, found),
                cues_between(max(sf, a - 80), a),
            )


def cue_anchors(ctx: _Context, cues: Sequence[Cue]) -> list[tuple[int, int, Found]]:
    """Every cue of speech with its speaker, as (token, paragraph, attribution): what a
    quotation standing alone after it may take its speaker from."""
    tokens = ctx.tokens
    found = []
    for cue in cues:
        if not cue.usable or cue.cls in (CueClass.COGNITION, CueClass.EVIDENCE, CueClass.STANCE):
            continue
        if tokens.quote[cue.first] >= 0:
            continue
        sf, sl = tokens.sentence_bounds(cue.first)
        phrase = _speaker_of(ctx, cue, sf, sl)
        if phrase is None:
            continue
        found.append(
            (
                cue.last - 1,
                tokens.para[cue.first],
                Found(phrase, ctx.cue_span(cue), "floating", 0.7),
            )
        )
    return found


def _no_subject(tokens: Tokens, phrase: Phrase) -> bool:
    """Whether a sentence's first phrase is no one who could be quoted: one capitalised
    adverb or participle of speech ("Repeatedly, ...", "Adding, ...") or "it"."""
    if phrase.last - phrase.first != 1:
        return False
    word = tokens.lower[phrase.first]
    if word == "it":
        return True
    return (
        (is_adverb(word) or (word.endswith("ing") and word in CUE_FORMS))
        and not is_given_name(tokens.text[phrase.first])  # "Kelly", "Emily"
    )


def _verb_after(tokens: Tokens, phrase: Phrase, limit: int) -> tuple[int, int] | None:
    """The character span of the verb after a subject ("Sanders ticked off ..."), or None."""
    k = phrase.last
    if phrase.description is not None:
        k = max(k, phrase.description[1])
    while k < limit and (tokens.text[k] == "," or tokens.lower[k] in _SKIPPED_BEFORE_VERB):
        k += 1
    if k >= limit or tokens.quote[k] >= 0 or not tokens.text[k][0].islower():
        return None
    if tokens.lower[k] in FUNCTION_WORDS and tokens.lower[k] not in FINITE_WORDS:
        return None
    return tokens.start[k], tokens.end[k]


def _own_cue(tokens: Tokens, found: Found, cues: Sequence[Cue]) -> Found:
    """An inherited attribution with the cue of the quotation's own sentence, if it has
    one: "... the kind of leader he calls “...”"."""
    usable = [c for c in cues if not c.negated]
    if usable:
        c = usable[-1]
        found.cue = (tokens.start[c.first], tokens.end[c.last - 1])
    return found


def _inherit(
    point: tuple[int, int, int | None, Found],
    rule: str,
    confidence: float,
    found: list[Found | None],
) -> Found:
    _token, _para, qi, f = point
    if qi is not None:
        source = qi
        seen = 0
        while seen < 50:
            fs = found[source]
            if fs is None or fs.inherit is None:
                break
            source = fs.inherit
            seen += 1
        return Found(None, None, rule, confidence, inherit=source)
    return Found(f.phrase, f.cue, rule, confidence)


def _standalone(tokens: Tokens, a: int, b: int, hi: int) -> bool:
    """Whether nothing but punctuation follows the quotation in its sentence."""
    end = b
    while end < hi and tokens.text[end] in (".", ",", "!", "?", ")", ";"):
        end += 1
    return end >= hi or tokens.quote[end] >= 0 or tokens.sent[end] != tokens.sent[a]


def _speech_order(speech: Sequence[bool]) -> dict[int, int]:
    order: dict[int, int] = {}
    n = 0
    for i, s in enumerate(speech):
        if s:
            order[i] = n
            n += 1
    return order


def _paragraph_colon(tokens: Tokens, lo: int, para: int, order: dict[int, int]) -> Found | None:
    """A paragraph that ends "Sanders said:" introduces the quotation that follows."""
    c = lo - 1
    if c < 0 or tokens.text[c] != ":" or order.get(tokens.para[c], -9) != order[para] - 1:
        return None
    sf, _sl = tokens.sentence_bounds(c)
    phrase = _first_phrase(tokens, sf, c)
    if phrase is None:
        return None
    return Found(phrase, (tokens.start[c], tokens.end[c]), "colon", 0.7)
