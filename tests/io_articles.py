"""Articles built by hand for the format tests, and views to compare them after a round trip.

The texts are written for this project (people and places are invented). Quotations
and attributions are constructed explicitly, so the format tests do not depend on
the quotation engine.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from hypothesis import strategies as st

from newsmodel import (
    Article,
    Attribution,
    Byline,
    Dateline,
    Mention,
    Paragraph,
    ParagraphKind,
    Quotation,
    QuoteKind,
    Span,
    Speaker,
    SpeakerKind,
)

K = ParagraphKind

LIGHTHOUSE_PARAGRAPHS: list[tuple[ParagraphKind, str]] = [
    (K.HEADLINE, "Harbour town votes to keep its lighthouse lit"),
    (K.BYLINE, "By Amara Okafor and Tom Reyes, Coastal Wire"),
    (
        K.BODY,
        "PORT ELLIN, Nova Scotia (Coastal Wire) — Residents of this fishing town voted on "
        'Tuesday to keep the century-old lighthouse burning, rejecting a plan to replace it with a "smart" buoy.',
    ),
    (
        K.BODY,
        '"The light is part of who we are," said Mayor Ruth Calder, who cast the deciding vote. '
        '"We will find the money."',
    ),
    (
        K.BODY,
        "Calder said the council would ask the province for a grant & a loan, and that repairs "
        'would begin "before the first winter storm."',
    ),
    (K.HEADING, "A new budget"),
    (
        K.BODY,
        'The harbour authority, in a statement, called the decision "short-sighted" and warned '
        "that costs could reach $2 million, <3% of the town's budget.",
    ),
    (K.CAPTION, "Ruth Calder speaks to residents outside the town hall on Tuesday."),
    (K.BLOCKQUOTE, "The light shall burn while the harbour breathes."),
    (K.BODY, "Fishermen at the dock said they were relieved."),
    (K.BODY, 'She added: "Nobody here wants to see it go dark.'),
    (K.BODY, '"Not the fishermen, not the children, not me."'),
    (
        K.EDITORS_NOTE,
        "Editor's note: An earlier version of this story misstated the lighthouse's age.",
    ),
    (K.BOILERPLATE, "Sign up for our morning newsletter."),
    (K.CREDIT, "Reporting by Amara Okafor; Editing by Lena Fischer"),
]


class Finder:
    """Spans of substrings of a text, searched from the start or after a given offset."""

    def __init__(self, text: str) -> None:
        self.text = text

    def span(self, needle: str, after: int = 0) -> Span:
        at = self.text.index(needle, after)
        return Span(at, at + len(needle))

    def mention(self, needle: str, after: int = 0) -> Mention:
        return Mention(needle, self.span(needle, after))


def paragraphs_of(text: str, kinds: Sequence[ParagraphKind], separator: str) -> list[Paragraph]:
    """Paragraphs for ``text`` split on ``separator``, with the given kinds."""
    found = []
    start = 0
    for kind, part in zip(kinds, text.split(separator), strict=True):
        found.append(Paragraph(Span(start, start + len(part)), part, kind))
        start += len(part) + len(separator)
    return found


def lighthouse(separator: str = "\n\n") -> Article:
    """The lighthouse story with every paragraph kind and every sort of quotation."""
    text = separator.join(t for _, t in LIGHTHOUSE_PARAGRAPHS)
    kinds = [k for k, _ in LIGHTHOUSE_PARAGRAPHS]
    f = Finder(text)
    calder = "Ruth Calder"
    mayor = f.mention("Mayor Ruth Calder")
    said = f.mention("said", mayor.span.start - 6)

    def q(
        needle: str, kind: QuoteKind, attribution: Attribution | None, after: int = 0
    ) -> Quotation:
        span = f.span(needle, after)
        return Quotation(span, needle, kind, attribution)

    def by_calder(
        mention: Mention, cue: Mention, rule: str, confidence: float = 1.0
    ) -> Attribution:
        speaker = Speaker(
            calder,
            SpeakerKind.PERSON,
            mention,
            title="Mayor",
            description="who cast the deciding vote",
        )
        return Attribution(speaker, cue, rule, confidence)

    calder_said = f.mention("Calder said")
    calder_mention = Mention("Calder", Span(calder_said.span.start, calder_said.span.start + 6))
    calder_cue = f.mention("said", calder_said.span.start)
    authority = f.mention("The harbour authority")
    fishermen = f.mention("Fishermen at the dock")
    she = f.mention("She added")
    she_mention = Mention("She", Span(she.span.start, she.span.start + 3))
    long_quote = (
        "Nobody here wants to see it go dark."
        + separator
        + '"Not the fishermen, not the children, not me.'
    )
    quotations = [
        q("smart", QuoteKind.SCARE, None),
        q(
            "The light is part of who we are,",
            QuoteKind.DIRECT,
            by_calder(mayor, said, "said-after", 0.9),
        ),
        q("We will find the money.", QuoteKind.DIRECT, by_calder(mayor, said, "continued", 0.75)),
        q(
            'the council would ask the province for a grant & a loan, and that repairs would begin "before the first winter storm."',
            QuoteKind.INDIRECT,
            by_calder(calder_mention, calder_cue, "reported"),
        ),
        q(
            "before the first winter storm.",
            QuoteKind.PARTIAL,
            by_calder(calder_mention, calder_cue, "partial"),
        ),
        q(
            "short-sighted",
            QuoteKind.PARTIAL,
            Attribution(
                Speaker("harbour authority", SpeakerKind.ORGANISATION, authority),
                f.mention("called"),
                "called",
            ),
        ),
        q(
            "they were relieved",
            QuoteKind.INDIRECT,
            Attribution(
                Speaker("Fishermen at the dock", SpeakerKind.GROUP, fishermen),
                f.mention("said", fishermen.span.start),
                "group",
            ),
        ),
        q(
            long_quote,
            QuoteKind.DIRECT,
            Attribution(Speaker(calder, mention=she_mention), f.mention("added"), "pronoun"),
        ),
    ]
    paragraphs = paragraphs_of(text, kinds, separator)
    for i, quotation in enumerate(quotations):
        index = next(
            j for j, p in enumerate(paragraphs) if p.span.start <= quotation.span.start < p.span.end
        )
        quotations[i] = Quotation(
            quotation.span, quotation.text, quotation.kind, quotation.attribution, index
        )
    dateline_text = "PORT ELLIN, Nova Scotia (Coastal Wire) —"
    byline_text = LIGHTHOUSE_PARAGRAPHS[1][1]
    return Article(
        text=text,
        headline=LIGHTHOUSE_PARAGRAPHS[0][1],
        dateline=Dateline(
            f.span(dateline_text), dateline_text, "PORT ELLIN, Nova Scotia", "Coastal Wire"
        ),
        byline=Byline(
            f.span(byline_text), byline_text, ("Amara Okafor", "Tom Reyes"), "Coastal Wire"
        ),
        authors=("Amara Okafor", "Tom Reyes"),
        contributors=("Amara Okafor", "Lena Fischer"),
        published=dt.datetime(2024, 3, 5, 14, 30, tzinfo=dt.timezone(dt.timedelta(hours=-4))),
        modified=dt.datetime(2024, 3, 6, 9, 15),
        url="https://example.com/news/port-ellin-lighthouse",
        language="en",
        paragraphs=paragraphs,
        quotations=quotations,
    )


def paragraph_view(article: Article) -> list[tuple[str, ParagraphKind]]:
    """Paragraph texts and kinds."""
    return [(p.text, p.kind) for p in article.paragraphs]


def speaker_view(speaker: Speaker | None) -> tuple[object, ...] | None:
    """A speaker without offsets."""
    if speaker is None:
        return None
    mention = speaker.mention.text if speaker.mention else None
    return (speaker.name, speaker.kind, mention, speaker.title, speaker.description)


def quotation_view(article: Article) -> list[tuple[object, ...]]:
    """Quotations without offsets: text, kind, speaker, cue, rule, confidence."""
    found = []
    for q in article.quotations:
        a = q.attribution
        cue = a.cue.text if a and a.cue else None
        found.append(
            (
                q.text,
                q.kind,
                speaker_view(q.speaker),
                cue,
                a.rule if a else None,
                a.confidence if a else None,
            )
        )
    return found


def located_view(article: Article) -> tuple[object, ...]:
    """Headline, byline and dateline without offsets."""
    b, d = article.byline, article.dateline
    return (
        article.headline,
        (b.text, b.authors, b.organisation) if b else None,
        (d.text, d.location, d.source, d.date) if d else None,
    )


# --- hypothesis: random articles with every sort of located object -------------------------

XML_VALID = st.characters(
    blacklist_categories=("Cs",),
    blacklist_characters=[chr(c) for c in range(0x20) if c not in (9, 10, 13)]
    + ["\ufffe", "\uffff"],
)
ANY_CHARACTER = st.characters(blacklist_categories=("Cs",))
GAPS = st.sampled_from(["\n\n", "\n", "\r\n", "\r\n\r\n", "\n \n", "\n\n\n", "\t\n  ", " "])


@st.composite
def articles(draw: st.DrawFn, alphabet: st.SearchStrategy[str] = XML_VALID) -> Article:
    """An article with random paragraphs, kinds, gaps, quotations, speakers, byline, dateline."""
    stripped = st.text(alphabet, min_size=1, max_size=30).map(str.strip).filter(bool)
    names = st.text(XML_VALID, min_size=1, max_size=12).map(str.strip).filter(bool)
    count = draw(st.integers(1, 5))
    text = ""
    bounds: list[tuple[int, int]] = []
    for i in range(count):
        if i:
            text += draw(GAPS)
        part = draw(stripped)
        bounds.append((len(text), len(text) + len(part)))
        text += part
    kinds = draw(st.lists(st.sampled_from(list(ParagraphKind)), min_size=count, max_size=count))
    paragraphs = [
        Paragraph(Span(s, e), text[s:e], k) for (s, e), k in zip(bounds, kinds, strict=True)
    ]

    def span() -> Span:
        """A span inside one paragraph, or from inside one to inside a later one."""
        first = draw(st.integers(0, count - 1))
        last = draw(st.integers(first, count - 1))
        if last == first:
            s = draw(st.integers(*bounds[first]))
            return Span(s, draw(st.integers(s, bounds[first][1])))
        s = draw(st.integers(bounds[first][0], bounds[first][1] - 1))
        return Span(s, draw(st.integers(bounds[last][0] + 1, bounds[last][1])))

    def mention() -> Mention | None:
        if not draw(st.booleans()):
            return None
        sp = span()
        return Mention(text[sp.start : sp.end], sp)

    quotations = []
    for _ in range(draw(st.integers(0, 6))):
        sp = span()
        attribution = None
        if draw(st.booleans()):
            speaker = Speaker(
                draw(names),
                draw(st.sampled_from(list(SpeakerKind))),
                mention(),
                draw(st.none() | names),
                draw(st.none() | names),
            )
            confidence = draw(st.floats(0.0, 1.0))
            attribution = Attribution(
                speaker, mention(), draw(st.sampled_from(["", "rule-1"])), confidence
            )
        paragraph = max(i for i, (s, _) in enumerate(bounds) if s <= sp.start)
        kind = draw(st.sampled_from(list(QuoteKind)))
        quotations.append(Quotation(sp, text[sp.start : sp.end], kind, attribution, paragraph))

    def located(min_size: int = 1) -> Span | None:
        if not draw(st.booleans()):
            return None
        i = draw(st.integers(0, count - 1))
        s = draw(st.integers(bounds[i][0], bounds[i][1] - 1))
        e = draw(st.integers(s + 1, bounds[i][1]))
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        return Span(s, e) if e > s else None

    byline_span, dateline_span = located(), located()
    byline = None
    if byline_span is not None:
        authors = draw(st.lists(names, max_size=2))
        byline = Byline(
            byline_span, text[byline_span.start : byline_span.end], authors, draw(st.none() | names)
        )
    dateline = None
    if dateline_span is not None:
        dateline = Dateline(
            dateline_span,
            text[dateline_span.start : dateline_span.end],
            draw(st.none() | names),
            draw(st.none() | names),
            draw(st.none() | names),
        )
    return Article(
        text=text,
        headline=draw(st.none() | names),
        byline=byline,
        dateline=dateline,
        paragraphs=paragraphs,
        quotations=quotations,
    )


SPLINTERS = ["<", ">", '"', "&", "}", "{", "]", "\x00", "T9\t", "<q>", "</p>", '<p class="x">', "5"]


@st.composite
def mangled(draw: st.DrawFn, document: str) -> str:
    """``document`` with a few slices deleted, reversed, or splinters of syntax inserted."""
    for _ in range(draw(st.integers(1, 3))):
        a = draw(st.integers(0, len(document) - 1))
        b = min(len(document), a + draw(st.integers(0, 40)))
        how = draw(st.sampled_from(["delete", "reverse", "insert"]))
        if how == "delete":
            document = document[:a] + document[b:]
        elif how == "reverse":
            document = document[:a] + document[a:b][::-1] + document[b:]
        else:
            document = document[:a] + draw(st.sampled_from(SPLINTERS)) + document[a:]
    return document
