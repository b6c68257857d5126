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
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

import attrs

from newsmodel.model import SpeakerKind
from newsmodel.quotes.cues import Cue
from newsmodel.quotes.lexicon import CueClass, FormKind
from newsmodel.quotes.marks import RawQuote
from newsmodel.quotes.speakers import Phrase, phrase_after, phrase_before
from newsmodel.quotes.tokens import Tokens

__all__ = ["Found", "attribute_quotes", "is_title"]

_SEPARATORS = frozenset({",", "—", "–", "--", "-", "―"})
_DASHES = frozenset({"—", "–", "--", "―"})
_LEAD_INS = frozenset({":", ",", "that", "—", "–", "--"})
_ADJUNCT_PREPOSITIONS = frozenset(
    "in on at during after before to via through from with over while".split()
)
_ADJUNCT_WORDS = frozenset(
    """reporters journalists the a an his her their its this last week month year monday tuesday
    wednesday thursday friday saturday sunday today yesterday tonight morning afternoon evening
    night statement interview tweet post letter email speech briefing conference news press
    television radio rally event hearing meeting session earlier later then also again told
    once recently twitter facebook instagram""".split()
)
_TITLE_CONTEXT = frozenset(
    """show program programme series book film movie song album novel play documentary titled
    entitled headlined magazine newspaper column segment podcast episode slogan hashtag
    called dubbed named nicknamed""".split()
)
_SMALL_WORDS = frozenset(
    "a an the and or of in on at to for with from by as is vs. vs nor but".split()
)


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


class _Context:
    def __init__(self, tokens: Tokens, cues: Sequence[Cue]) -> None:
        self.tokens = tokens
        self.cues = cues
        self.cue_firsts = [c.first for c in cues]

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
    capitalised words, no sentence punctuation, inside a sentence, after a possessive or a
    word such as "show" or "called"."""
    words = text[q.start : q.end].split()
    if not words or len(words) > 10:
        return False
    inner = text[q.start : q.end].rstrip(" ,.")
    if any(c in inner for c in ".!?;:"):
        return False
    content = [w for w in words if w.lower().strip(",.") not in _SMALL_WORDS]
    if not content or not all(w[0].isupper() or w[0].isdigit() or not w[0].isalnum() for w in content):
        return False
    if open_tok <= sent_first:
        return False
    before = tokens.lower[open_tok - 1]
    if tokens.quote[open_tok - 1] >= 0:
        return False
    if before in ("’s", "'s", "on", "of") or before in _TITLE_CONTEXT:
        return True
    after = open_tok
    last = tokens.quote_range[tokens.quote[open_tok]][1] if tokens.quote[open_tok] >= 0 else -1
    if 0 <= last < len(tokens) and tokens.lower[last] in _TITLE_CONTEXT and tokens.para[last] == tokens.para[after]:
        return True
    return False


def attribute_quotes(
    text: str,
    tokens: Tokens,
    quotes: Sequence[RawQuote],
    cues: Sequence[Cue],
    speech: Sequence[bool],
) -> list[Found | None]:
    """An attribution (or None) for every quotation, in the order of ``quotes``."""
    ctx = _Context(tokens, cues)
    found: list[Found | None] = [None] * len(quotes)
    titles: list[bool] = [False] * len(quotes)
    for qi, q in enumerate(quotes):
        if not speech[q.paragraph]:
            continue
        a, b = tokens.quote_range[qi]
        if a >= b:
            continue
        sf, sl = tokens.sentence_bounds(a)
        if is_title(text, q, tokens, a, sf):
            titles[qi] = True
            continue
        found[qi] = _attribute(ctx, text, q, qi, a, b, sf, sl)
    _continued(quotes, found)
    _floating(text, tokens, quotes, found, titles, speech)
    return found


def _attribute(
    ctx: _Context, text: str, q: RawQuote, qi: int, a: int, b: int, sf: int, sl: int
) -> Found | None:
    tokens = ctx.tokens
    starts_sentence = _starts_sentence(tokens, a, sf)
    left = None if starts_sentence else _left(ctx, a, sf)
    if left is not None and left.adjacent:
        return left
    right = _right(ctx, q, b, sl) if q.close is not None else None
    if right is not None:
        return right
    if left is not None:
        return left
    colon = _colon(ctx, a, sf)
    if colon is not None:
        return colon
    return _later(ctx, b, sl) if q.close is not None else None


def _starts_sentence(tokens: Tokens, a: int, sf: int) -> bool:
    k = sf
    while k < a and tokens.lower[k] in ("and", "but", "so", "still", "yet", "or", "(", "—", "–", "-"):
        k += 1
    return k >= a


def _usable(cue: Cue) -> bool:
    return cue.usable and cue.cls is not CueClass.EVIDENCE or (cue.usable and cue.kind is not FormKind.BASE)


def _left(ctx: _Context, a: int, sf: int) -> Found | None:
    """The nearest cue before the quotation in its sentence, with its speaker."""
    tokens = ctx.tokens
    candidates = ctx.cues_between(sf, a)
    tried = 0
    for cue in reversed(candidates):
        if tried >= 4:
            break
        tried += 1
        if not cue.usable:
            continue
        phrase = _speaker_of(ctx, cue, sf, a)
        if phrase is None:
            continue
        adjacent = _adjacent_left(tokens, cue.last, a)
        rule = "according-to" if cue.according else ("cue-before" if adjacent else "cue-in-sentence")
        confidence = 0.95 if adjacent else 0.85
        return Found(phrase, ctx.cue_span(cue), rule, confidence, adjacent=adjacent)
    return None


def _speaker_of(ctx: _Context, cue: Cue, sf: int, limit: int) -> Phrase | None:
    """The speaker of a cue: before it, after it (inverted or "according to"), or the
    subject of the sentence for a participle or a coordinated verb."""
    tokens = ctx.tokens
    if cue.according:
        return phrase_after(tokens, cue.last, limit)
    if cue.kind is not FormKind.GERUND:
        phrase = phrase_before(tokens, cue.first, sf)
        if phrase is not None:
            if cue.cls is CueClass.NAMING and phrase.kind not in (
                SpeakerKind.PERSON,
                SpeakerKind.GROUP,
                SpeakerKind.ORGANISATION,
                SpeakerKind.ANONYMOUS,
            ):
                return None
            if cue.cls is CueClass.NAMING and phrase.pronoun is None and phrase.name is None and not phrase.definite and phrase.kind is not SpeakerKind.GROUP:
                return None
            return phrase
        # inverted: "..., said X" or "said X: “...”"
        if cue.kind is FormKind.PAST or cue.kind is FormKind.PRESENT:
            prev = tokens.text[cue.first - 1] if cue.first - 1 >= sf else ","
            if prev in (",", ":", "—", "–") or tokens.quote[cue.first - 1] >= 0 or cue.first == sf:
                phrase = phrase_after(tokens, cue.last, limit)
                if phrase is not None and phrase.pronoun is None or (
                    phrase is not None and phrase.pronoun is not None and phrase.pronoun.form in ("he", "she", "they")
                ):
                    return phrase
    return _subject_of_sentence(ctx, cue, sf)


def _subject_of_sentence(ctx: _Context, cue: Cue, sf: int) -> Phrase | None:
    """The speaker of a participle or coordinated cue: "..., saying", "and added"."""
    tokens = ctx.tokens
    prev = tokens.lower[cue.first - 1] if cue.first - 1 >= sf else ""
    if cue.kind is not FormKind.GERUND and prev not in ("and", "but", ",", "or", "then"):
        return None
    for earlier in reversed(ctx.cues_between(sf, cue.first)):
        if earlier.usable and not earlier.according and earlier.kind is not FormKind.GERUND:
            phrase = phrase_before(tokens, earlier.first, sf)
            if phrase is not None:
                return phrase
    # the first noun phrase of the sentence, after an opening adverbial: "In recent months,"
    k = sf
    limit = min(cue.first, sf + 30)
    while k < limit:
        if tokens.quote[k] >= 0:
            return None
        phrase = phrase_after(tokens, k, limit)
        if phrase is not None and phrase.first == k:
            nxt = phrase.last
            if nxt < limit and tokens.text[nxt] not in (",", ".", ";") or phrase.pronoun is not None:
                phrase.description = None
                return phrase
        # skip to after the next comma (an introductory phrase)
        while k < limit and tokens.text[k] != ",":
            k += 1
        k += 1
    return None


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


def _right(ctx: _Context, q: RawQuote, b: int, sl: int) -> Found | None:
    """An attribution right after the closing mark: “...,” X said / said X / — X."""
    tokens = ctx.tokens
    k = b
    lo_para, hi_para = tokens.para_bounds(b - 1)
    hi = hi_para
    if k >= hi:
        return None
    seps = 0
    while k < hi and tokens.text[k] in _SEPARATORS and seps < 2:
        k += 1
        seps += 1
    if k >= hi or tokens.quote[k] >= 0:
        return None
    dash = seps > 0 and tokens.text[b] in _DASHES
    limit = min(hi, k + 30)
    stop = k
    while stop < limit and tokens.quote[stop] < 0 and tokens.text[stop] not in (".", "!", "?", ";"):
        stop += 1
    # inverted: “...,” said X
    for cue in ctx.cues_between(k, k + 1):
        if not cue.usable:
            continue
        if cue.according:
            phrase = phrase_after(tokens, cue.last, stop)
            if phrase is not None:
                return Found(phrase, ctx.cue_span(cue), "according-to", 0.9, adjacent=True)
        elif cue.kind in (FormKind.PAST, FormKind.PRESENT):
            phrase = phrase_after(tokens, cue.last, stop)
            if phrase is not None:
                return Found(phrase, ctx.cue_span(cue), "cue-after-inverted", 0.95, adjacent=True)
    # “...,” X said
    for cue in ctx.cues_between(k + 1, stop):
        if not cue.usable or cue.according:
            continue
        phrase = phrase_before(tokens, cue.first, k)
        if phrase is not None and phrase.first == k:
            return Found(phrase, ctx.cue_span(cue), "cue-after", 0.95, adjacent=True)
        if phrase is not None and phrase.first > k:
            break
        break
    if dash:
        phrase = phrase_after(tokens, k, stop)
        if phrase is not None and phrase.name is not None and (phrase.last >= stop or tokens.text[phrase.last] == ","):
            span = (tokens.start[b], tokens.end[b])
            return Found(phrase, span, "dash", 0.8, adjacent=True)
    return None


def _colon(ctx: _Context, a: int, sf: int) -> Found | None:
    """A speaker before a colon, with no verb: "From the chair, Jane Doe: “...”"."""
    tokens = ctx.tokens
    c = a - 1
    if c < sf or tokens.text[c] != ":":
        return None
    phrase = phrase_before(tokens, c, sf)
    if phrase is None or phrase.pronoun is not None:
        return None
    if phrase.kind is not SpeakerKind.PERSON or phrase.name is None:
        if phrase.kind not in (SpeakerKind.ORGANISATION, SpeakerKind.GROUP):
            return None
    # the phrase must start the clause: after the sentence start or a comma
    before = phrase.first - 1
    if before >= sf and tokens.text[before] not in (",", ";", "—", "–"):
        return None
    return Found(phrase, (tokens.start[c], tokens.end[c]), "colon", 0.75, adjacent=True)


def _later(ctx: _Context, b: int, sl: int) -> Found | None:
    """A cue later in the sentence: “...” for a treaty “...,” he told reporters."""
    tokens = ctx.tokens
    tried = 0
    for cue in ctx.cues_between(b, sl):
        if tried >= 3:
            break
        tried += 1
        if not cue.usable:
            continue
        if cue.according:
            phrase = phrase_after(tokens, cue.last, sl)
        else:
            start = b
            phrase = phrase_before(tokens, cue.first, start)
            if phrase is None and cue.kind in (FormKind.PAST, FormKind.PRESENT):
                if tokens.text[cue.first - 1] == ",":
                    phrase = phrase_after(tokens, cue.last, sl)
        if phrase is not None:
            return Found(phrase, ctx.cue_span(cue), "cue-later", 0.8)
    return None


def _continued(quotes: Sequence[RawQuote], found: list[Found | None]) -> None:
    """Parts of one quotation over several paragraphs share one attribution."""
    for qi, q in enumerate(quotes):
        if q.previous is None or q.continues:
            continue
        # qi ends a chain: walk back to its start
        chain = [qi]
        k = q.previous
        while k is not None and len(chain) < 50:
            chain.append(k)
            k = quotes[k].previous
        chain.reverse()
        source = next((c for c in chain if found[c] is not None and found[c].inherit is None), None)  # type: ignore[union-attr]
        if source is None:
            continue
        for c in chain:
            if found[c] is None:
                found[c] = Found(None, None, "continued", 0.85, inherit=source)


def _floating(
    text: str,
    tokens: Tokens,
    quotes: Sequence[RawQuote],
    found: list[Found | None],
    titles: list[bool],
    speech: Sequence[bool],
) -> None:
    """Quotations standing alone take the speaker of a neighbouring quotation."""
    last_attributed: int | None = None
    for qi, q in enumerate(quotes):
        if not speech[q.paragraph] or titles[qi]:
            continue
        if found[qi] is not None:
            last_attributed = qi
            continue
        a, b = tokens.quote_range[qi]
        if a >= b:
            continue
        sf, _sl = tokens.sentence_bounds(a)
        lo, hi = tokens.para_bounds(a)
        if not _starts_sentence(tokens, a, sf):
            continue
        # the quotation and what follows it up to the sentence end hold no other words
        end = b
        while end < hi and tokens.text[end] in (".", ",", "!", "?", ")", ";"):
            end += 1
        standalone = end >= hi or tokens.quote[end] >= 0 or tokens.sent[end] != tokens.sent[a]
        if not standalone:
            continue
        if last_attributed is not None and quotes[last_attributed].paragraph >= q.paragraph - 1:
            source = last_attributed
            while found[source] is not None and found[source].inherit is not None:  # type: ignore[union-attr]
                source = found[source].inherit  # type: ignore[union-attr,assignment]
            found[qi] = Found(None, None, "floating", 0.75, inherit=source)
            last_attributed = qi
            continue
        nxt = qi + 1
        if nxt < len(quotes) and quotes[nxt].paragraph == q.paragraph and found[nxt] is not None:
            found[qi] = Found(None, None, "following", 0.7, inherit=nxt)
            last_attributed = qi
