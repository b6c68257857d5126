"""Articles made for the view's tests: quotations that overlap, nest and cross paragraphs,
and text that tries to break out of the page. The stories are invented."""

from __future__ import annotations

from newsmodel import (
    Article,
    Attribution,
    Mention,
    Paragraph,
    ParagraphKind,
    Quotation,
    QuoteKind,
    Sentence,
    Span,
    Speaker,
)

TANGLED_TEXT = (
    "Tangled <quotes> & co\n\n"
    'The mayor said "we will rebuild the bridge and the road before winter" and added more.\n\n'
    '"It will take time," she said, "but we <b>will</b> do it." Critics said it never would.\n'
)
MAYOR = 'Ana <Mayor> "Ruiz"'


def _at(text: str, part: str) -> Span:
    start = text.index(part)
    return Span(start, start + len(part))


def _paragraphs(text: str, kinds: list[ParagraphKind]) -> list[Paragraph]:
    found = []
    for part, kind in zip(text.strip("\n").split("\n\n"), kinds, strict=True):
        span = _at(text, part)
        found.append(Paragraph(span, part, kind, [Sentence(span, part)]))
    return found


def _quotation(
    text: str,
    span: Span,
    kind: QuoteKind,
    who: str | None,
    *,
    mention: str | None = None,
    cue: str | None = None,
) -> Quotation:
    attribution = None
    if who is not None:
        named = Mention(mention, _at(text, mention)) if mention else None
        attribution = Attribution(
            Speaker(who, mention=named),
            cue=Mention(cue, _at(text, cue)) if cue else None,
            rule="made-by-hand",
            confidence=0.5,
        )
    return Quotation(span, text[span.start : span.end], kind, attribution, 1)


def tangled() -> Article:
    """Six quotations: one nested in another, one crossing both and the paragraph break, a
    scare quote holding markup, and a speaker name with markup characters."""
    text = TANGLED_TEXT
    crossing = Span(text.index("the road"), text.index("It will take") + len("It will take"))
    quotations = [
        _quotation(
            text,
            _at(text, "we will rebuild the bridge and the road before winter"),
            QuoteKind.DIRECT,
            MAYOR,
            mention="The mayor",
            cue="said",
        ),
        _quotation(text, _at(text, "rebuild the bridge"), QuoteKind.PARTIAL, MAYOR),
        _quotation(text, crossing, QuoteKind.INDIRECT, "Bo Critic"),
        _quotation(text, _at(text, "It will take time,"), QuoteKind.DIRECT, MAYOR, mention="she"),
        _quotation(text, _at(text, "<b>will</b>"), QuoteKind.SCARE, None),
        _quotation(
            text, _at(text, "it never would"), QuoteKind.INDIRECT, "Critics", mention="Critics"
        ),
    ]
    kinds = [ParagraphKind.HEADLINE, ParagraphKind.BODY, ParagraphKind.BODY]
    return Article(
        text=text,
        paragraphs=_paragraphs(text, kinds),
        quotations=quotations,
        url="javascript:alert(1)",
    )


HOSTILE_TEXT = (
    "</title><script>alert(1)</script>\n\n"
    '"><img src=x onerror=alert(2)> said the <style>body{display:none}</style> man.\n\n'
    "A word without end: " + "unbreakable" * 40 + "\u202e reversed \x00 nul \x07 bell.\n"
)


def hostile() -> Article:
    """Markup, a style sheet, a right-to-left override, control characters and a very long
    word in the text, the headline, a speaker's name and the URL."""
    text = HOSTILE_TEXT
    kinds = [ParagraphKind.BODY, ParagraphKind.BODY, ParagraphKind.CAPTION]
    quotation = _quotation(
        text,
        _at(text, '"><img src=x onerror=alert(2)>'),
        QuoteKind.DIRECT,
        "<script>alert(3)</script>",
        mention="the <style>body{display:none}</style> man",
        cue="said",
    )
    long_word = _quotation(text, _at(text, "unbreakable" * 40), QuoteKind.SCARE, None)
    return Article(
        text=text,
        headline="<script>alert(4)</script>",
        paragraphs=_paragraphs(text, kinds),
        quotations=[quotation, long_word],
        url='https://example.com/"><script>alert(5)</script>',
    )
