"""Attribution rules for quotations with marks: who is reported saying each one.

Each rule looks only at the quotation's sentence (or, for floating and continued
quotations, at the quotation before it), so the work per quotation is bounded. The rules,
tried in this order, and the name each records in :attr:`Attribution.rule`:

``noun-cue``        a noun of speech with its owner: her remark that “...”
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
``beat``            a quotation standing alone, no one quoted before: the person named as
                    the subject of the sentence before it, in its paragraph
``ahead``           a quotation standing alone, no one quoted near before: the person the
                    sentence after it names ("That was how Jane Dale described it"), or in
                    a lede the named subject of the next paragraph
``previous-sentence``  a quotation with no cue right after a sentence of reported speech
``subject``         a quotation of three words or more, no cue: the subject of its sentence
``nearby``          a long quotation, no cue: the speaker of the passage around it

A quotation that inherits an attribution (``continued``, ``floating``, ``following``,
``previous-sentence``, ``nearby``) keeps the mention and cue of the attribution it
inherits, which lie before it in the text.

The rules live in modules by what they read: :mod:`.attribute_before` (a cue before the
quotation), :mod:`.attribute_after` (a cue after it or later in the sentence),
:mod:`.attribute_colon` (a colon, a dash line, a headline) and :mod:`.attribute_floating`
(the neighbours); :mod:`.cue_speaker` finds the speaker of a cue, and
:mod:`.quoted_titles` tells the titles and codes that are no speech.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsmodel.quotes.attribute_after import (
    cue_after,
    cue_later,
    ends_with_comma,
    ends_with_question,
)
from newsmodel.quotes.attribute_before import (
    NOUN_CUES,
    QUOTE_STANCES,
    QUOTE_THOUGHT,
    cue_before,
    noun_cue,
)
from newsmodel.quotes.attribute_colon import (
    colon_clause,
    colon_speaker,
    dash_line,
    headline_speaker,
)
from newsmodel.quotes.attribute_floating import (
    NEARBY_WORDS,
    attach_floating,
    continued,
    cue_anchors,
    opens_sentence,
)
from newsmodel.quotes.cue_speaker import CORE, INVERTIBLE, SPEAKER_NOUNS, Context, Found
from newsmodel.quotes.cues import Cue
from newsmodel.quotes.marks import RawQuote
from newsmodel.quotes.quoted_titles import is_code, is_title, title_cased
from newsmodel.quotes.tokens import Tokens

__all__ = [
    "CORE",
    "INVERTIBLE",
    "NEARBY_WORDS",
    "NOUN_CUES",
    "QUOTE_STANCES",
    "QUOTE_THOUGHT",
    "SPEAKER_NOUNS",
    "Found",
    "attach_floating",
    "attribute_quotes",
    "cue_anchors",
    "is_code",
    "is_title",
]


def attribute_quotes(
    text: str,
    tokens: Tokens,
    quotes: Sequence[RawQuote],
    cues: Sequence[Cue],
    speech: Sequence[bool],
    context: Context | None = None,
    headline: Sequence[bool] = (),
) -> tuple[list[Found | None], list[bool]]:
    """An attribution (or None) for every quotation, in the order of ``quotes``, and
    whether each reads as a title. Quotations in a headline (a paragraph marked in
    ``headline``) are attributed only when the headline says who speaks: "Kasich:
    ‘...’", "Trevor Noah Says ..."."""
    ctx = context or Context(tokens, cues)
    found: list[Found | None] = [None] * len(quotes)
    titles: list[bool] = [False] * len(quotes)
    for qi, q in enumerate(quotes):
        if headline and headline[q.paragraph] and not speech[q.paragraph]:
            a, b = tokens.quote_range[qi]
            if a < b and not is_code(text[q.start : q.end]):
                sf, sl = tokens.sentence_bounds(a)
                found[qi] = headline_speaker(ctx, text, q, a, b, sf, sl)
            continue
        if not speech[q.paragraph]:
            continue
        a, b = tokens.quote_range[qi]
        if a >= b:
            continue
        sf, sl = tokens.sentence_bounds(a)
        if (
            is_title(text, q, tokens, a, sf)
            or is_code(text[q.start : q.end])
            or (qi > 0 and titles[qi - 1] and _listed_title(tokens, qi, a, b))
        ):
            titles[qi] = True
            continue
        found[qi] = _attribute(ctx, text, q, qi, a, b, sf, sl)
    continued(quotes, found)
    return found, titles


def _listed_title(tokens: Tokens, qi: int, a: int, b: int) -> bool:
    """Whether quotation ``qi`` (tokens ``a`` to ``b``), capitalised like a title, follows
    the title before it in a list: "starred in “Parks and Recreation” and “Guardians of
    the Galaxy”"."""
    before = tokens.quote_range[qi - 1][1]
    return (
        before == a or (before + 1 == a and tokens.lower[before] in ("and", "or", ","))
    ) and title_cased(tokens, a, b)


def _attribute(
    ctx: Context, text: str, q: RawQuote, qi: int, a: int, b: int, sf: int, sl: int
) -> Found | None:
    tokens = ctx.tokens
    starts_sentence = opens_sentence(tokens, a, sf)
    noun = None if starts_sentence else noun_cue(ctx, a, sf)
    if noun is not None:
        if q.close is not None and ends_with_comma(text, q.start, q.end):
            # "His final verdict: “...,” he said": the cue after the comma says it
            right = cue_after(ctx, q, text, b, sl, strict=True, adjacent_before=True)
            if right is not None:
                return right
        return noun
    left = None if starts_sentence else cue_before(ctx, a, sf)
    if left is not None and left.adjacent:
        # “...,” he said: a comma closing the quotation announces the attribution after it
        # (so does a question mark before a cue in lower case: "Moscow denies — “why
        # not?” asked Dunn", not "“... run!” She replied that ...")
        if q.close is not None and (
            ends_with_comma(text, q.start, q.end)
            or (
                ends_with_question(text, q.start, q.end)
                and b < len(tokens.text)
                and tokens.text[b][:1].islower()
            )
        ):
            right = cue_after(ctx, q, text, b, sl, strict=True, adjacent_before=True)
            if right is not None:
                return right
        return left
    right = cue_after(ctx, q, text, b, sl, strict=left is not None) if q.close is not None else None
    if right is not None:
        return right
    if left is not None:
        return left
    colon = colon_speaker(ctx, a, sf)
    if colon is not None:
        return colon
    later = cue_later(ctx, b, sl) if q.close is not None else None
    if later is not None:
        return later
    colon = colon_clause(ctx, a, sf)
    if colon is not None:
        return colon
    return dash_line(ctx, b)
