"""Tests of newsmodel.io.jsonld: schema.org NewsArticle with Quotation parts."""

from __future__ import annotations

import gzip
import json
import re
import warnings

import pytest

import newsmodel
from newsmodel import (
    Article,
    Attribution,
    FormatError,
    Paragraph,
    ParagraphKind,
    Quotation,
    QuoteKind,
    Span,
    Speaker,
    SpeakerKind,
)
from tests.conftest import corpus
from tests.io_articles import lighthouse


def document() -> dict[str, object]:
    return json.loads(newsmodel.dumps(lighthouse(), format="jsonld"))  # type: ignore[no-any-return]


def test_is_a_schema_org_news_article() -> None:
    """The document is a schema.org NewsArticle with headline, dateline, author and dates."""
    doc = document()
    assert (doc["@context"], doc["@type"]) == ("https://schema.org", "NewsArticle")
    assert doc["headline"] == "Harbour town votes to keep its lighthouse lit"
    assert doc["dateline"] == "PORT ELLIN, Nova Scotia (Coastal Wire) —"
    assert doc["author"][0] == {  # type: ignore[index]
        "@type": "Person",
        "name": "Amara Okafor",
        "affiliation": {"@type": "Organization", "name": "Coastal Wire"},
    }
    assert doc["datePublished"] == "2024-03-05T14:30:00-04:00"
    assert doc["inLanguage"] == "en"


def test_article_body_holds_the_story_paragraphs() -> None:
    """articleBody holds every story paragraph, without headline, byline, captions or furniture."""
    a = lighthouse()
    body = document()["articleBody"]
    assert isinstance(body, str)
    left_out = {
        ParagraphKind.HEADLINE,
        ParagraphKind.BYLINE,
        ParagraphKind.CAPTION,
        ParagraphKind.BOILERPLATE,
    }
    assert body.split("\n\n") == [p.text for p in a.paragraphs if p.kind not in left_out]
    assert document()["image"] == [
        {
            "@type": "ImageObject",
            "caption": "Ruth Calder speaks to residents outside the town hall on Tuesday.",
        }
    ]


def test_quotations_are_quotation_parts_with_their_speakers() -> None:
    """Each quotation is a Quotation whose creator is a Person or an Organization."""
    parts = document()["hasPart"]
    assert isinstance(parts, list)
    assert len(parts) == len(lighthouse().quotations)
    assert parts[1] == {
        "@type": "Quotation",
        "text": "The light is part of who we are,",
        "creator": {
            "@type": "Person",
            "name": "Ruth Calder",
            "jobTitle": "Mayor",
            "description": "who cast the deciding vote",
        },
        "spokenByCharacter": {
            "@type": "Person",
            "name": "Ruth Calder",
            "jobTitle": "Mayor",
            "description": "who cast the deciding vote",
        },
    }
    assert parts[5]["creator"] == {"@type": "Organization", "name": "harbour authority"}
    assert parts[0] == {"@type": "Quotation", "text": "smart"}


def test_a_quoted_document_is_what_the_quotation_is_based_on() -> None:
    """A document quoted (a report) is the Quotation's isBasedOn, a CreativeWork."""
    text = "The report said costs would rise."
    q = Quotation(
        Span(16, 32),
        text[16:32],
        QuoteKind.INDIRECT,
        Attribution(Speaker("the report", SpeakerKind.DOCUMENT)),
    )
    a = Article(text=text, paragraphs=[Paragraph(Span(0, len(text)), text)], quotations=[q])
    part = json.loads(newsmodel.dumps(a, format="jsonld"))["hasPart"][0]
    assert part["isBasedOn"] == {"@type": "CreativeWork", "name": "the report"}
    b = newsmodel.loads(newsmodel.dumps(a, format="jsonld"), format="jsonld")
    assert b.quotations[0].speaker == Speaker("the report", SpeakerKind.DOCUMENT)


def test_reads_back_structure_and_quotations() -> None:
    """Reading parses articleBody and finds each quotation in it with its speaker."""
    a = lighthouse()
    b = newsmodel.loads(newsmodel.dumps(a, format="jsonld"), format="jsonld")
    assert (b.headline, b.authors, b.contributors, b.published, b.modified, b.url) == (
        a.headline,
        a.authors,
        a.contributors,
        a.published,
        a.modified,
        a.url,
    )
    assert [q.text for q in b.quotations] == [q.text for q in a.quotations]
    assert all(b.text[q.span.start : q.span.end] == q.text for q in b.quotations)
    assert [(q.speaker.name, q.speaker.kind) if q.speaker else None for q in b.quotations] == [
        None,
        ("Ruth Calder", SpeakerKind.PERSON),
        ("Ruth Calder", SpeakerKind.PERSON),
        ("Ruth Calder", SpeakerKind.PERSON),
        ("Ruth Calder", SpeakerKind.PERSON),
        ("harbour authority", SpeakerKind.ORGANISATION),
        ("Fishermen at the dock", SpeakerKind.ORGANISATION),
        ("Ruth Calder", SpeakerKind.PERSON),
    ]


def test_reads_a_web_page_graph() -> None:
    """A NewsArticle inside an @graph, typed with a list, is found and read."""
    doc = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "WebSite", "name": "Example"},
            {
                "@type": ["NewsArticle", "Thing"],
                "headline": "Bridge reopens",
                "author": {"@type": "Person", "name": "Kit Dale"},
                "datePublished": "2024-05-01T10:00:00+0200",
                "articleBody": "The bridge reopened on Monday.\n\nTraffic was light.",
                "hasPart": [{"@type": "Quotation", "text": "not in the body"}],
            },
        ],
    }
    with pytest.warns(UserWarning, match="1 quotation"):
        b = newsmodel.loads(json.dumps(doc), format="jsonld")
    assert b.headline == "Bridge reopens"
    assert b.authors == ("Kit Dale",)
    assert b.published is not None
    assert b.published.utcoffset() is not None
    assert [p.text for p in b.paragraphs] == [
        "The bridge reopened on Monday.",
        "Traffic was light.",
    ]


@pytest.mark.parametrize(
    ("document", "message"),
    [
        ("{", r"jsonld at line 1, column 2: malformed JSON"),
        ('{"@type": "WebPage"}', r"no schema.org NewsArticle"),
        (
            '{"@type": "NewsArticle", "articleBody": 5}',
            r"at \$\.articleBody: articleBody must be a string",
        ),
    ],
)
def test_malformed_documents_are_refused(document: str, message: str) -> None:
    """Broken JSON, no article, or wrong types raise FormatError saying where."""
    with pytest.raises(FormatError, match=message):
        newsmodel.loads(document, format="jsonld")


def test_a_page_body_is_read_by_the_quotation_engine() -> None:
    """Without Quotation parts, the quotations of articleBody are found as parse_text finds
    them, with their speakers."""
    body = (
        "The ferry service resumed on Monday after a week of storms.\n\n"
        "\u201cWe are relieved to be sailing again,\u201d said Ana Ruiz, the harbour master.\n\n"
        '"The crossing was calm," said Tom Reyes, a passenger.'
    )
    doc = {"@type": "NewsArticle", "headline": "Ferries sail again", "articleBody": body}
    b = newsmodel.loads(json.dumps(doc), format="jsonld")
    assert b == newsmodel.parse_text(body, headline="Ferries sail again")
    assert [q.speaker.name for q in b.quotations if q.speaker] == ["Ana Ruiz", "Tom Reyes"]


def test_authors_are_people_as_parse_html_reads_them() -> None:
    """Organisations, bylines with "By ... For The Daily X" and outlets written as people are
    read as parse_html reads a page's authors: people's names only."""
    doc = {
        "@type": "NewsArticle",
        "articleBody": "The council met on Tuesday.",
        "author": [
            {"@type": "Organization", "name": "CBS News"},
            {"@type": "Person", "name": "By Jane Doe And John Roe For The Daily Mail"},
            {"@type": "Person", "name": "CBS News"},
            "Reuters",
        ],
    }
    assert newsmodel.loads(json.dumps(doc), format="jsonld").authors == ("Jane Doe", "John Roe")


@pytest.mark.parametrize(
    "kind", ["article", "newsarticle", "NEWSARTICLE", "http://schema.org/NewsArticle"]
)
def test_article_types_are_read_in_any_case(kind: str) -> None:
    """schema.org types are matched as parse_html matches them, whatever their case."""
    doc = {"@type": kind, "headline": "Bridge reopens", "articleBody": "The bridge reopened."}
    assert newsmodel.loads(json.dumps(doc), format="jsonld").headline == "Bridge reopens"


def test_dates_that_are_not_iso_are_left_out_with_a_warning() -> None:
    """A date written any other way is left out, with a warning naming it."""
    doc = '{"@type": "NewsArticle", "datePublished": "May 1", "articleBody": "Text."}'
    with pytest.warns(UserWarning, match=r"datePublished: 'May 1' is not an ISO 8601 date"):
        b = newsmodel.loads(doc, format="jsonld")
    assert b.published is None


LD_JSON_RE = re.compile(r"<script[^>]*application/ld\+json[^>]*>(.*?)</script>", re.S)


def test_dates_with_offsets_in_seconds_keep_their_moment() -> None:
    """ISO 8601 offsets are in minutes: such a date is written in UTC and reads back equal."""
    import datetime as dt

    moment = dt.datetime(
        1930, 5, 1, 12, 0, tzinfo=dt.timezone(dt.timedelta(minutes=19, seconds=32))
    )
    a = Article(text="A short story.", published=moment, modified=moment)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        b = newsmodel.loads(newsmodel.dumps(a, format="jsonld"), format="jsonld")
    assert (b.published, b.modified) == (moment, moment)


def test_news_pages_json_ld_is_read() -> None:
    """The NewsArticle JSON-LD of real pages loads with its headline and whole articleBody."""
    pages = sorted(corpus("extraction-benchmark", "html").glob("*.html.gz"))
    read = 0
    for page in pages:
        with gzip.open(page) as f:
            source = f.read().decode("utf-8", "replace")
        for m in LD_JSON_RE.finditer(source):
            if "articleBody" not in m.group(1):
                continue
            node = json.loads(m.group(1), strict=False)
            nodes = node if isinstance(node, list) else node.get("@graph", [node])
            article = next(n for n in nodes if isinstance(n, dict) and "articleBody" in n)
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")  # some pages write dates their own way
                b = newsmodel.loads(m.group(1), format="jsonld")
            assert b.text == article["articleBody"], page
            assert b.headline == article.get("headline"), page
            assert b.paragraphs, page
            read += 1
    assert read >= 5
