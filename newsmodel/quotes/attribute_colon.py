"""Attribution without a reporting verb: a colon, a dash line, a headline.

``colon``  From the chair, Jane Doe: “...” / Kelly responded pointedly, with a smile: “...”
``dash``   a quotation that ends its paragraph, signed in the next: “...” / — Jane Doe

A headline's quotation is attributed only when the headline says who speaks: "Kasich:
‘...’", "Obama slams GOP’s ‘doom and despair’", "‘...’, Trevor Noah Says", or when the
body quotes the same words with their speaker (``headline-repeat``).
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from newsmodel.model import SpeakerKind
from newsmodel.quotes.attribute_after import DASHES, cue_after
from newsmodel.quotes.attribute_before import NOUN_CUES, cue_before
from newsmodel.quotes.cue_speaker import Context, Found, first_phrase
from newsmodel.quotes.cues import is_adverb
from newsmodel.quotes.lexicon import ORG_NOUNS, PERSON_NOUNS, PRONOUNS, FormKind, word_list
from newsmodel.quotes.marks import RawQuote
from newsmodel.quotes.phrase_words import capitals_end, named_in_full, names_no_one
from newsmodel.quotes.speaker_after import phrase_after
from newsmodel.quotes.speaker_kinds import Phrase, classify
from newsmodel.quotes.speakers import FINITE_WORDS, phrase_before
from newsmodel.quotes.tokens import Tokens

#: Prepositions between a headline's past participle and its quotation: "Councils warned
#: over ‘bin tax’".
_PASSIVE_LINKS = word_list("passive_headline_links")
#: Auxiliaries of the perfect before the verb of a clause ending with a colon.
_PERFECT_AUXILIARIES = word_list("perfect_auxiliaries")
#: Marks that open a line of a list.
_BULLETS = word_list("bullets")

__all__ = [
    "colon_clause",
    "colon_speaker",
    "dash_line",
    "headline_speaker",
    "repeated_in_body",
]


def dash_line(ctx: Context, b: int) -> Found | None:
    """A quotation that ends its paragraph, signed in the next one: “...” / — Jane Doe."""
    tokens = ctx.tokens
    _lo, hi = tokens.para_bounds(b - 1)
    end = b
    while end < hi and tokens.text[end] in (".", ",", ")"):
        end += 1
    if end < hi or hi >= len(tokens) or tokens.text[hi] not in DASHES | {"-"}:
        return None
    _next_lo, next_hi = tokens.para_bounds(hi)
    phrase = phrase_after(tokens, hi + 1, next_hi)
    if phrase is None or phrase.name is None or phrase.kind is not SpeakerKind.PERSON:
        return None
    stop = max(phrase.last, phrase.description[1] if phrase.description else 0)
    if stop < next_hi and tokens.text[stop] not in (".", ","):
        return None
    if next_hi - stop > 12 or any(tokens.lower[m] in FINITE_WORDS for m in range(stop, next_hi)):
        return None  # "— Tom Hale, Centre for Brixo Policy Studies."
    return Found(phrase, (tokens.start[hi], tokens.end[hi]), "dash", 0.8, adjacent=True)


def headline_speaker(
    ctx: Context, text: str, q: RawQuote, a: int, b: int, sf: int, sl: int
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
    left = cue_before(ctx, a, sf)
    if left is not None:
        if _passive_headline(ctx, left, a, sf) or _bare_role(tokens, left):
            return None
        return left
    if q.close is not None:
        right = cue_after(ctx, q, text, b, sl, strict=True)
        return None if right is None or _bare_role(tokens, right) else right
    return None


def _bare_role(tokens: Tokens, found: Found) -> bool:
    """Whether a headline's speaker is a role noun alone, capitalised by the headline
    ("Company says ...", "Mayor slams ‘reckless’ plan"): it names no one the words are
    given to (the body tells whose they are; but "Police praise ‘courageous’ Ozzy" is
    the police's)."""
    phrase = found.phrase
    if phrase is None or phrase.last - phrase.first != 1 or phrase.pronoun is not None:
        return False
    word = tokens.lower[phrase.first]
    return phrase.kind is not SpeakerKind.GROUP and (word in PERSON_NOUNS or word in ORG_NOUNS)


def _passive_headline(ctx: Context, found: Found, a: int, sf: int) -> bool:
    """Whether a headline's cue before its quotation is a past participle, as headlines
    write the passive: "Lakeside dubbed ‘worst soap ever’", "Councils warned over ‘bin
    tax’" (a headline's own verbs are in the present: "Unions urge ‘fair deal’")."""
    tokens = ctx.tokens
    for cue in ctx.cues_between(sf, a):
        if found.cue is None or tokens.start[cue.first] != found.cue[0]:
            continue
        after = cue.last
        if after < a and tokens.lower[after] in _PASSIVE_LINKS:
            after += 1
        return cue.kind is FormKind.PAST and after == a
    return False


def colon_speaker(ctx: Context, a: int, sf: int) -> Found | None:
    """A speaker before a colon, with no verb: "From the chair, Jane Doe: “...”"."""
    tokens = ctx.tokens
    c = a - 1
    if c < sf or tokens.text[c] != ":":
        return None
    phrase = phrase_before(tokens, c, sf)
    if phrase is None or not named_in_full(phrase):
        # "Devon Achebe, retired teacher, Markham: “...”", "* Ann Reid, 52: “...”": the
        # one the line opens with
        opening = _opening_person(tokens, sf + (tokens.text[sf] in _BULLETS), c)
        if opening is not None and (phrase is None or phrase.first > opening.last):
            return Found(opening, (tokens.start[c], tokens.end[c]), "colon", 0.75, adjacent=True)
    if phrase is None and tokens.lower[sf] == "from" and c - sf <= 8:
        phrase = classify(tokens, sf + 1, c)  # "From Ines Barragan's Facebook post:"
        if phrase is None or phrase.kind is not SpeakerKind.DOCUMENT:
            return None
    if phrase is None or phrase.pronoun is not None:
        return None
    if phrase.kind is SpeakerKind.DOCUMENT:
        # "From Ines Barragan's Facebook post: “...”": the post's owner speaks
        owner = _owner(tokens, phrase)
        if owner is None or owner.name is None:
            return None
        span = (tokens.start[min(owner.last + 1, c)], tokens.end[c])  # "Facebook post:"
        return Found(owner, span, "colon", 0.75, adjacent=True)
    if (phrase.kind is not SpeakerKind.PERSON or phrase.name is None) and phrase.kind not in (
        SpeakerKind.ORGANISATION,
        SpeakerKind.GROUP,
    ):
        return None
    # the phrase must start the clause: after the sentence start or a comma
    before = phrase.first - 1
    more_from = before == sf + 1 and tokens.lower[sf] == "more" and tokens.lower[before] == "from"
    if (
        before >= sf
        and tokens.text[before] not in (",", ";", "—", "–", "-", "--")
        and not more_from  # "More from Jones: “...”", a live blog's
    ):
        return None
    words = [w for w in tokens.text[phrase.first : phrase.last] if w[:1].isalpha()]
    if len(words) >= 2 and all(w.isupper() or w[-2:] in ("'S", "’S") for w in words):
        return None  # a label in capitals: "ANALYST'S VIEWPOINT: “...”"
    return Found(phrase, (tokens.start[c], tokens.end[c]), "colon", 0.75, adjacent=True)


def _opening_person(tokens: Tokens, sf: int, hi: int) -> Phrase | None:
    """The person named in full that opens the sentence at ``sf`` and a comma closes,
    before token ``hi``: "Devon Achebe," of "Devon Achebe, retired teacher, Markham:"."""
    j = capitals_end(tokens, sf, hi)
    if j == sf or j >= hi or tokens.text[j] != ",":
        return None
    phrase = classify(tokens, sf, j)
    return phrase if phrase is not None and named_in_full(phrase) else None


def colon_clause(ctx: Context, a: int, sf: int) -> Found | None:
    """A quotation after a colon that ends a clause about its speaker: "Kelly responded
    pointedly, with a smile: “...”" / "Trump went further: “...”"."""
    tokens = ctx.tokens
    c = a - 1
    if c <= sf or tokens.text[c] != ":":
        return None
    phrase = first_phrase(tokens, sf, c)
    if phrase is None:
        # "Her message to Premier Glen Dale: “...”": a noun of speech, the whole clause
        whole = phrase_after(tokens, sf, c)
        if whole is not None and whole.last == c and _speech_noun_inside(tokens, whole):
            phrase = whole
    if phrase is None:
        return None
    if phrase.last - phrase.first == 1 and phrase.last < c and tokens.text[phrase.last] == ",":
        return None  # "Wait, it gets better:": an interjection, no one
    if phrase.role in NOUN_CUES or _speech_noun_inside(tokens, phrase):
        # "Dana Pike's response was:", "Her message to the premier:": the owner speaks
        owner = _owner(tokens, phrase)
        if owner is None:
            return None
        phrase = owner
    elif names_no_one(phrase):
        return None  # "His hope must be that voters will bear out the old saying:": no one
    cues = [cue for cue in ctx.cues_between(phrase.last, c) if not cue.negated]
    if cues:
        # "The timing was so strange that a spokesman for Hale could only quip:": the
        # subject of the last cue, where it has one of its own, speaks
        own = phrase_before(tokens, cues[-1].first, sf)
        if own is not None and own.first > phrase.first and own.kind in _SPEAKING_KINDS:
            return Found(own, ctx.cue_span(cues[-1]), "colon", 0.7, adjacent=True)
    return Found(phrase, _colon_cue(ctx, phrase.last, c), "colon", 0.7, adjacent=True)


def _speech_noun_inside(tokens: Tokens, phrase: Phrase) -> bool:
    """Whether a noun of speech heads a phrase before the "of" or "to" of its complement:
    "Cuthbert's assessment of the new schedule", "Her message to Premier Glen Dale"."""
    for k in range(phrase.first + 1, phrase.last - 1):
        if tokens.lower[k + 1] in ("of", "to"):
            return tokens.lower[k] in NOUN_CUES
    return False


def _owner(tokens: Tokens, phrase: Phrase) -> Phrase | None:
    """The owner named before the "’s" of a phrase ("Dana Pike" of "Dana Pike's
    response"), when a person or body, or the person a possessive opening it stands for
    ("Her message")."""
    w = tokens.lower[phrase.first]
    if w in ("his", "her", "their") and phrase.last > phrase.first + 1:
        pronoun = PRONOUNS[w]
        kind = SpeakerKind.GROUP if pronoun.plural else SpeakerKind.PERSON
        return Phrase(phrase.first, phrase.first + 1, kind, pronoun=pronoun)
    for k in range(phrase.first + 1, phrase.last):
        if tokens.lower[k] in ("’s", "'s"):
            owner = classify(tokens, phrase.first, k)
            if owner is not None and owner.kind in _SPEAKING_KINDS and owner.pronoun is None:
                return owner
            return None
    return None


#: the kinds of speakers who may speak after a colon in a clause of their own
_SPEAKING_KINDS = frozenset(
    (SpeakerKind.PERSON, SpeakerKind.ANONYMOUS, SpeakerKind.GROUP, SpeakerKind.ORGANISATION)
)


def _colon_cue(ctx: Context, lo: int, colon: int) -> tuple[int, int]:
    """The cue of a clause ending with a colon: its last cue word ("Kelly responded
    pointedly, with a smile:"), else the verb right after its subject ("McConnell
    delivered a blunt message to Trump:"), else the colon itself."""
    tokens = ctx.tokens
    found = [c for c in ctx.cues_between(lo, colon) if not c.negated]
    if found:
        return ctx.cue_span(found[-1])
    k = lo
    while k < colon and is_adverb(tokens.lower[k]):
        k += 1
    if k < colon and tokens.lower[k] in _PERFECT_AUXILIARIES:
        k += 1  # "Kaine has adopted the stance:"
    w = tokens.text[k] if k < colon else ""
    if w.isalpha() and w.islower() and w.endswith("ed") and len(w) > 4 and k + 1 < colon:
        return tokens.start[k], tokens.end[k]  # a verb in the past ("is confident": no)
    return tokens.start[colon], tokens.end[colon]


#: The fewest words of a headline's quotation that the body's quotation must repeat.
_REPEATED_WORDS = 3


def repeated_in_body(
    text: str,
    quotes: Sequence[RawQuote],
    found: list[Found | None],
    headline: Sequence[bool],
    speech: Sequence[bool],
) -> None:
    """Give a headline's quotation left without a speaker the attribution of the body's
    quotation that repeats its words ("‘We are tired of waiting’: First Nation marks ..."
    and later "“We are tired of waiting,” Chief Wilfred Moonias said"), when it has
    at least three words and one attributed quotation of the body holds them."""
    body: list[tuple[str, int]] = []
    for qi, q in enumerate(quotes):
        if found[qi] is not None and speech[q.paragraph]:
            body.append((_words_of(text[q.start : q.end]), qi))
    if not body:
        return
    for qi, q in enumerate(quotes):
        if found[qi] is not None or not headline[q.paragraph]:
            continue
        words = _words_of(text[q.start : q.end])
        if words.count(" ") + 1 < _REPEATED_WORDS:
            continue
        holders = [bi for said, bi in body if words in said]
        if holders:
            found[qi] = Found(None, None, "headline-repeat", 0.8, inherit=holders[0])


def _words_of(words: str) -> str:
    """The words of a quotation in lower case, punctuation and apostrophes aside, with
    single spaces: "We're tired — of waiting." reads "we re tired of waiting"."""
    return " ".join(_WORD_RE.findall(words.casefold()))


#: A run of letters and digits.
_WORD_RE = regex.compile(r"[\p{L}\p{N}]+")
