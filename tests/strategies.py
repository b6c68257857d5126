"""Hypothesis strategies shared by the tests: news-like texts and valid Articles.

``news_texts()`` builds texts from the fragments news copy is made of (headline
lines, bylines, datelines, quotations, captions, credits, subheadings) mixed with
random Unicode and odd whitespace, so parsers meet both plausible and hostile input.
``articles()`` builds valid Articles directly, with every field of the model filled
at random, so serialisers meet what a parser may never produce.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

from newsmodel import (
    Article,
    Attribution,
    Byline,
    Dateline,
    Evidence,
    EvidenceKind,
    Gender,
    Mention,
    MentionKind,
    Paragraph,
    ParagraphKind,
    Person,
    PersonMention,
    Quotation,
    QuoteKind,
    Role,
    Sentence,
    Span,
    Speaker,
    SpeakerKind,
)

_NAMES = ["Ana Ruiz", "Tomas Brandt", "Li Wei", "Okonkwo Adeyemi", "Marie-Claire Dubois", "O'Neil"]
_PLACES = ["LISBON", "Castelmar", "PORTLAND, Ore.", "Hong Kong", "NAIROBI, Kenya", "São Tomé"]
_AGENCIES = ["Reuters", "AP", "Meridian Wire", "CNN", "AFP"]
_CUES = ["said", "told reporters", "added", "warned", "according to", "says", "wrote"]
_WORDS = [
    "the",
    "council",
    "voted",
    "on",
    "Tuesday",
    "to",
    "build",
    "a",
    "bridge",
    "U.S.",
    "Sen.",
    "Dr.",
    "3.5",
    "percent",
    "a.m.",
    "Inc.",
    "No.",
    "“",
    "”",
    '"',
    "'",
    "—",
    "--",
    "(",
    ")",
    ",",
    ".",
    "?",
    "!",
    ":",
    ";",
    "…",
]

names = st.sampled_from(_NAMES)


def _words(min_size: int = 1, max_size: int = 14) -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from(_WORDS), min_size=min_size, max_size=max_size).map(" ".join)


@st.composite
def sentences(draw: st.DrawFn) -> str:
    """A sentence-like string, often with an attributed quotation."""
    body = draw(_words(3))
    shape = draw(st.integers(0, 4))
    name, cue = draw(names), draw(st.sampled_from(_CUES))
    if shape == 0:
        return f"{body.capitalize()}."
    if shape == 1:
        return f"“{body.capitalize()},” {cue} {name}, a spokesperson."
    if shape == 2:
        return f'"{body.capitalize()}," {name} {cue}. "{draw(_words(2))}."'
    if shape == 3:
        return f'{name} {cue} that {body}, calling it "{draw(_words(1, 4))}".'
    return f'"{body.capitalize()}'  # a quotation left open, as in multi-paragraph quotes


_fragments: st.SearchStrategy[str] = st.one_of(
    _words(2, 8).map(str.title),  # a headline or subheading
    _words(2, 8).map(str.upper),  # an all-caps wire title
    st.builds(lambda a, b, o: f"By {a} and {b}, {o}", names, names, st.sampled_from(_AGENCIES)),
    st.builds(lambda a: f"BY {a.upper()}", names),
    st.builds(
        lambda p, o, s: f"{p} ({o}) — {s}",
        st.sampled_from(_PLACES),
        st.sampled_from(_AGENCIES),
        sentences(),
    ),
    st.builds(lambda p, s: f"{p} -- {s}", st.sampled_from(_PLACES), sentences()),
    st.lists(sentences(), min_size=1, max_size=4).map(" ".join),
    st.builds(lambda n: f"{n} speaks in Castelmar on March 4. (Photo: Getty Images)", names),
    st.builds(lambda a, b, c: f"Reporting by {a} and {b}; Editing by {c}", names, names, names),
    st.builds(lambda a: f"{a} contributed to this report.", names),
    st.just("Read more: Sign up for our newsletter"),
    st.text(max_size=40),  # anything at all, surrogates excluded
)
_separators = st.sampled_from(["\n", "\n\n", "\r\n", "\r\n\r\n", "\n  \n", "\n\t", "\n\n\n", " \n"])


@st.composite
def news_texts(draw: st.DrawFn) -> str:
    """A news-like text: fragments joined by the line breaks scraped and wire copy use."""
    parts = draw(st.lists(_fragments, max_size=12))
    out = draw(st.sampled_from(["", " ", "\n", "\ufeff"]))
    for part in parts:
        out += part + draw(_separators)
    return out


#: Texts to throw at parse_text: news-like, or any string at all.
texts: st.SearchStrategy[str] = st.one_of(news_texts(), st.text())

_offsets = st.timedeltas(
    min_value=dt.timedelta(hours=-23, minutes=-59), max_value=dt.timedelta(hours=23, minutes=59)
)
#: Datetimes as the JSON format keeps them: naive, or with a fixed UTC offset.
datetimes: st.SearchStrategy[dt.datetime] = st.datetimes(
    timezones=st.one_of(st.none(), st.just(dt.timezone.utc), _offsets.map(dt.timezone))
)
_optional_text = st.none() | st.text(max_size=20)


def _spans(draw: st.DrawFn, start: int, end: int, most: int) -> list[Span]:
    """Spans in order, without overlapping, inside [start, end]."""
    cuts = sorted(draw(st.lists(st.integers(start, end), max_size=2 * most)))
    return [Span(cuts[i], cuts[i + 1]) for i in range(0, len(cuts) - 1, 2)]


def _any_span(draw: st.DrawFn, length: int) -> Span:
    a = draw(st.integers(0, length))
    b = draw(st.integers(0, length))
    return Span(min(a, b), max(a, b))


@st.composite
def articles(draw: st.DrawFn) -> Article:
    """A valid Article with every field of the model drawn at random."""
    text: str = draw(st.text(min_size=0, max_size=200))
    n = len(text)

    def located(span: Span) -> str:
        return text[span.start : span.end]

    paragraphs = []
    for span in _spans(draw, 0, n, 6):
        sentences = [Sentence(s, located(s)) for s in _spans(draw, span.start, span.end, 3)]
        kind = draw(st.sampled_from(ParagraphKind))
        paragraphs.append(Paragraph(span, located(span), kind, sentences))

    def mention() -> Mention | None:
        if not draw(st.booleans()):
            return None
        span = _any_span(draw, n)
        return Mention(located(span), span)

    quotations = []
    for _ in range(draw(st.integers(0, 4))):
        span = _any_span(draw, n)
        attribution = None
        if draw(st.booleans()):
            speaker = Speaker(
                draw(st.text(max_size=20)),
                draw(st.sampled_from(SpeakerKind)),
                mention=mention(),
                title=draw(_optional_text),
                description=draw(_optional_text),
            )
            attribution = Attribution(
                speaker,
                cue=mention(),
                rule=draw(st.text(max_size=12)),
                confidence=draw(st.floats(0.0, 1.0)),
            )
        paragraph = draw(st.none() | st.integers(0, len(paragraphs) - 1)) if paragraphs else None
        quotations.append(
            Quotation(span, located(span), draw(st.sampled_from(QuoteKind)), attribution, paragraph)
        )

    dateline = None
    if draw(st.booleans()):
        span = _any_span(draw, n)
        dateline = Dateline(
            span, located(span), draw(_optional_text), draw(_optional_text), draw(_optional_text)
        )
    byline = None
    if draw(st.booleans()):
        span = _any_span(draw, n)
        byline = Byline(
            span,
            located(span),
            draw(st.lists(st.text(max_size=15), max_size=3)),
            draw(_optional_text),
        )
    people = []
    for _ in range(draw(st.integers(0, 3))):

        def evidence(kinds: list[EvidenceKind]) -> Evidence | None:
            if not draw(st.booleans()):
                return None
            words = [m for m in (mention() for _ in range(draw(st.integers(0, 2)))) if m]
            return Evidence(draw(st.sampled_from(kinds)), words, draw(st.text(max_size=20)))

        mentions = []
        for _ in range(draw(st.integers(0, 3))):
            span = _any_span(draw, n)
            mentions.append(PersonMention(span, located(span), draw(st.sampled_from(MentionKind))))
        people.append(
            Person(
                name=draw(st.text(max_size=20)),
                key=draw(st.text(max_size=20)),
                variants=draw(st.lists(st.text(max_size=15), max_size=3)),
                mentions=mentions,
                quotations=draw(
                    st.lists(st.integers(0, len(quotations) - 1), max_size=3)
                    if quotations
                    else st.just([])
                ),
                gender=draw(st.sampled_from(Gender)),
                gender_evidence=evidence(list(EvidenceKind)),
                role=draw(st.sampled_from(Role)),
                role_evidence=evidence([EvidenceKind.TITLE, EvidenceKind.DESCRIPTION]),
            )
        )
    return Article(
        text=text,
        headline=draw(_optional_text),
        dateline=dateline,
        byline=byline,
        authors=draw(st.lists(st.text(max_size=15), max_size=3)),
        contributors=draw(st.lists(st.text(max_size=15), max_size=3)),
        published=draw(st.none() | datetimes),
        modified=draw(st.none() | datetimes),
        url=draw(st.none() | st.text(max_size=30)),
        language=draw(st.sampled_from(["en", "de", "pt-BR", ""])),
        paragraphs=paragraphs,
        quotations=quotations,
        people=people,
    )


def _at(text: str, part: str, start: int = 0) -> Span:
    begin = text.index(part, start)
    return Span(begin, begin + len(part))


def example_article() -> Article:
    """A small hand-built Article (an invented story) with every field of the model set."""
    text = (
        "Ferry strike ends after talks\n\n"
        "By Ana Ruiz and Li Wei, Meridian Wire\n\n"
        "PORTO SERENO (Meridian Wire) — Ferry crews returned to work on Friday. "
        "“We got what we asked for,” said Joana Reis, a union steward.\n\n"
        "The company called the deal “fair”, its statement said.\n\n"
        "Reporting by Ana Ruiz; Editing by Li Wei"
    )
    para_texts = [
        "Ferry strike ends after talks",
        "By Ana Ruiz and Li Wei, Meridian Wire",
        text[text.index("PORTO") : text.index("steward.") + len("steward.")],
        "The company called the deal “fair”, its statement said.",
        "Reporting by Ana Ruiz; Editing by Li Wei",
    ]
    kinds = [
        ParagraphKind.HEADLINE,
        ParagraphKind.BYLINE,
        ParagraphKind.BODY,
        ParagraphKind.BODY,
        ParagraphKind.CREDIT,
    ]
    paragraphs = []
    for para, kind in zip(para_texts, kinds, strict=True):
        span = _at(text, para)
        if kind is ParagraphKind.BODY and para.startswith("PORTO"):
            first = "PORTO SERENO (Meridian Wire) — Ferry crews returned to work on Friday."
            second = "“We got what we asked for,” said Joana Reis, a union steward."
            sentences = [Sentence(_at(text, first), first), Sentence(_at(text, second), second)]
        else:
            sentences = [Sentence(span, para)]
        paragraphs.append(Paragraph(span, para, kind, sentences))
    quote = "We got what we asked for,"
    scare = "fair"
    cue = _at(text, "said", text.index("asked"))
    name = _at(text, "Joana Reis")
    statement = _at(text, "its statement")
    return Article(
        text=text,
        headline="Ferry strike ends after talks",
        dateline=Dateline(
            _at(text, "PORTO SERENO (Meridian Wire) —"),
            "PORTO SERENO (Meridian Wire) —",
            location="Porto Sereno",
            source="Meridian Wire",
            date=None,
        ),
        byline=Byline(
            _at(text, para_texts[1]),
            para_texts[1],
            authors=["Ana Ruiz", "Li Wei"],
            organisation="Meridian Wire",
        ),
        authors=["Ana Ruiz", "Li Wei"],
        contributors=["Ana Ruiz", "Li Wei"],
        published=dt.datetime(2025, 5, 2, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=1))),
        modified=dt.datetime(2025, 5, 2, 11, 0, 12, 500, tzinfo=dt.timezone.utc),
        url="https://example.com/ferry-strike",
        language="en",
        paragraphs=paragraphs,
        quotations=[
            Quotation(
                _at(text, quote),
                quote,
                QuoteKind.DIRECT,
                Attribution(
                    Speaker(
                        "Joana Reis",
                        SpeakerKind.PERSON,
                        mention=Mention("Joana Reis", name),
                        title=None,
                        description="a union steward",
                    ),
                    cue=Mention("said", cue),
                    rule="quote-said-name",
                    confidence=0.875,
                ),
                2,
            ),
            Quotation(
                _at(text, scare),
                scare,
                QuoteKind.PARTIAL,
                Attribution(
                    Speaker(
                        "the company's statement",
                        SpeakerKind.DOCUMENT,
                        mention=Mention("its statement", statement),
                    ),
                    cue=Mention("said", _at(text, "said", statement.end)),
                    rule="document-said",
                    confidence=0.5,
                ),
                3,
            ),
            Quotation(
                _at(text, "Ferry crews returned to work"),
                "Ferry crews returned to work",
                QuoteKind.INDIRECT,
            ),
            Quotation(_at(text, scare), scare, QuoteKind.SCARE, None, None),
        ],
    )


# --- fuzzing the readers: valid documents of every format, then mutated ---------------------


#: Splinters of syntax that break a document where they land.
_SPLINTERS = ["<", ">", '"', "&", "&#0;", "}", "{", "]", ",", ":", "\\", "\x00", "T9\t", "</p>"]

#: Values of every JSON type, to put where another type belongs.
_JSON_VALUES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(2**70), 2**70),
    st.floats(allow_nan=False),
    st.text(max_size=12),
    st.lists(st.integers(), max_size=3),
    st.dictionaries(st.sampled_from(["start", "end", "text", "kind", "name"]), st.integers()),
)


def page(article: Article) -> str:
    """A web page holding ``article``: its headline, paragraphs and schema.org JSON-LD."""
    from html import escape

    from newsmodel import dumps

    paragraphs = "".join(f"<p>{escape(p.text)}</p>\n" for p in article.paragraphs) or (
        f"<p>{escape(article.text)}</p>"
    )
    # a paragraph of prose, so that a page reads as an article until it is mutated
    paragraphs += (
        "<p>The council voted on Tuesday to close the old harbour bridge for repairs, "
        "the mayor said.</p>\n"
    )
    ld = dumps(article, format="jsonld").replace("</", "<\\/")
    return (
        f"<!DOCTYPE html><html><head><title>{escape(article.headline or '')}</title>"
        f'<script type="application/ld+json">{ld}</script></head>'
        f"<body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav><article>"
        f"<h1>{escape(article.headline or '')}</h1>\n{paragraphs}</article></body></html>"
    )


def document_of(article: Article, format: str) -> str:
    """``article`` written in ``format`` (``html``: as a web page)."""
    from newsmodel import dumps

    if format == "html":
        return page(article)
    return dumps(article, format=format)


@st.composite
def wrong_types(draw: st.DrawFn, document: str) -> str:
    """A JSON document with a value somewhere in it replaced by one of another type."""
    import json

    try:
        data = json.loads(document)
    except ValueError:
        return document
    containers: list[dict[str, object] | list[object]] = []
    stack: list[object] = [data]
    while stack:
        item = stack.pop()
        if isinstance(item, (dict, list)) and item:
            containers.append(item)
            stack.extend(item.values() if isinstance(item, dict) else item)
    if not containers:
        return document
    target = draw(st.sampled_from(containers))
    value = draw(_JSON_VALUES)
    if isinstance(target, dict):
        target[draw(st.sampled_from(sorted(target)))] = value
    else:
        target[draw(st.integers(0, len(target) - 1))] = value
    return json.dumps(data, ensure_ascii=draw(st.booleans()))


@st.composite
def mutated(draw: st.DrawFn, document: str) -> str | bytes:
    """``document`` intact, or mutated the ways a fuzzer does: truncated, bytes flipped,
    lone surrogates, huge numbers, deep nesting, values of the wrong type, splinters."""
    how = draw(
        st.sampled_from(
            [
                "intact",
                "truncated",
                "byte-flips",
                "surrogate",
                "huge-number",
                "deep-nesting",
                "wrong-type",
                "splinters",
            ]
        )
    )
    size = len(document)

    def at() -> int:
        return draw(st.integers(0, size))

    if how == "truncated":
        return document[: draw(st.integers(0, max(0, size - 1)))]
    if how == "byte-flips":
        data = bytearray(document.encode("utf-8"))
        for _ in range(draw(st.integers(1, 6))):
            if data:
                i = draw(st.integers(0, len(data) - 1))
                data[i] ^= draw(st.integers(1, 255))
        return bytes(data)
    if how == "surrogate":
        surrogate = chr(draw(st.integers(0xD800, 0xDFFF)))
        if draw(st.booleans()):  # as a JSON escape, which decodes to a lone surrogate
            surrogate = f"\\u{ord(surrogate):04x}"
        i = at()
        return document[:i] + surrogate + document[i:]
    if how == "huge-number":
        number = draw(st.sampled_from(["9" * 5000, "-" + "1" * 4301, "1e999", "-1e999", "1" * 400]))
        i = at()
        return document[:i] + number + document[i:]
    if how == "deep-nesting":
        opening = draw(st.sampled_from(["[", '{"a":', "<p>", "<q>", "<span>", "<b>", "("]))
        i = at()
        return document[:i] + opening * draw(st.integers(100, 60_000)) + document[i:]
    if how == "wrong-type":
        return draw(wrong_types(document))
    if how == "splinters":
        for _ in range(draw(st.integers(1, 4))):
            i = draw(st.integers(0, len(document)))
            cut = draw(st.integers(0, 30))
            document = document[:i] + draw(st.sampled_from(_SPLINTERS)) + document[i + cut :]
        return document
    return document


@st.composite
def as_given(draw: st.DrawFn, data: str | bytes) -> object:
    """``data`` in one of the shapes a reader takes: str, bytes (UTF-8 or UTF-16),
    bytearray, memoryview, or an open binary or text file."""
    import io

    if isinstance(data, str):
        try:
            encoded = data.encode(draw(st.sampled_from(["utf-8", "utf-8", "utf-16"])))
        except UnicodeEncodeError:  # a lone surrogate: only a str can hold it
            return data if draw(st.booleans()) else io.StringIO(data)
    else:
        encoded = data
    shapes: list[object] = [encoded, bytearray(encoded), memoryview(encoded), io.BytesIO(encoded)]
    if isinstance(data, str):
        shapes += [data, data, io.StringIO(data)]
    return draw(st.sampled_from(shapes))
