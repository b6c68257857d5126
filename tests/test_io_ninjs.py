"""Tests of newsmodel.io.ninjs: IPTC ninjs 3.1 written and read back."""

from __future__ import annotations

import datetime as dt
import json
import re

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsmodel
from newsmodel import Article, FormatError, ParagraphKind, QuoteKind
from newsmodel.io import ninjs
from tests import iptc
from tests.conftest import corpus
from tests.io_articles import (
    ANY_CHARACTER,
    articles,
    lighthouse,
    located_view,
    mangled,
    paragraph_view,
    quotation_view,
)


def without_sentences(article: Article) -> Article:
    """The article with its paragraphs' sentences dropped (readers split sentences anew)."""
    return attrs.evolve(
        article, paragraphs=[attrs.evolve(p, sentences=()) for p in article.paragraphs]
    )


def needs_schemas() -> None:
    if not iptc.available():
        pytest.skip(iptc.MISSING)


def test_document_carries_the_ninjs_properties() -> None:
    """The document has uri, type text, headline, by, located, dates, language and an HTML body."""
    doc = json.loads(newsmodel.dumps(lighthouse(), format="ninjs"))
    assert doc["uri"] == "https://example.com/news/port-ellin-lighthouse"
    assert doc["type"] == "text"
    assert doc["headlines"] == [
        {"role": "main", "value": "Harbour town votes to keep its lighthouse lit"}
    ]
    assert doc["by"] == "By Amara Okafor and Tom Reyes, Coastal Wire"
    assert doc["located"] == "PORT ELLIN, Nova Scotia"
    assert doc["contentCreated"] == "2024-03-05T14:30:00-04:00"
    assert doc["language"] == "en"
    assert doc["bodies"][0]["contentType"] == "text/html"
    assert "<h2>A new budget</h2>" in doc["bodies"][0]["value"]


def test_body_does_not_repeat_the_headline_and_the_byline() -> None:
    """headlines and by carry the headline and the byline: the body holds empty elements
    that refer to them (data-ref), so consumers show them once, and reading puts them back."""
    a = lighthouse()
    doc = json.loads(newsmodel.dumps(a, format="ninjs"))
    body = doc["bodies"][0]["value"]
    assert a.headline is not None
    assert a.byline is not None
    assert a.headline not in body
    assert a.byline.text not in body
    assert '<h1 data-ref="headline"></h1>' in body
    assert 'data-ref="by"></span></p>' in body
    assert without_sentences(newsmodel.loads(json.dumps(doc), format="ninjs")) == a


def test_a_headline_paragraph_unlike_the_headline_stays_in_the_body() -> None:
    """A headline paragraph with other words than the headline property is written out."""
    a = attrs.evolve(lighthouse(), headline="Lighthouse stays lit")
    body = json.loads(newsmodel.dumps(a, format="ninjs"))["bodies"][0]["value"]
    assert "<h1>Harbour town votes to keep its lighthouse lit</h1>" in body
    assert (
        without_sentences(newsmodel.loads(newsmodel.dumps(a, format="ninjs"), format="ninjs")) == a
    )


def test_speakers_are_people_and_organisations() -> None:
    """Speakers are listed once, people in people and organisations in organisations."""
    doc = json.loads(newsmodel.dumps(lighthouse(), format="ninjs"))
    speakers = [p["name"] for p in doc["people"] if p["rel"] == "speaker"]
    assert speakers == ["Ruth Calder", "Fishermen at the dock"]
    assert doc["organisations"] == [{"name": "harbour authority", "rel": "speaker"}]
    assert {"name": "Tom Reyes", "rel": "author"} in doc["people"]


def test_document_is_valid_against_the_official_schema() -> None:
    """The written document validates against IPTC's ninjs 3.1 schema, formats included."""
    needs_schemas()
    iptc.validate_ninjs(newsmodel.dumps(lighthouse(), format="ninjs"))


def test_every_key_is_a_ninjs_property() -> None:
    """No key outside the ninjs 3.1 properties is written."""
    doc = json.loads(newsmodel.dumps(lighthouse(), format="ninjs"))
    assert set(doc) <= set(ninjs.PROPERTIES)


def test_uri_without_url_is_a_stable_content_urn() -> None:
    """Without a URL the uri is a URN from a hash of the text: the same for the same text."""
    a = attrs.evolve(lighthouse(), url=None)
    first = json.loads(newsmodel.dumps(a, format="ninjs"))["uri"]
    again = json.loads(newsmodel.dumps(attrs.evolve(a, headline="Other"), format="ninjs"))["uri"]
    other = json.loads(newsmodel.dumps(Article(text="Another story."), format="ninjs"))["uri"]
    assert re.fullmatch(r"urn:newsmodel:sha256:[0-9a-f]{64}", first)
    assert first == again
    assert first != other


def test_url_with_spaces_becomes_a_valid_uri() -> None:
    """A URL with spaces or non-ASCII characters is percent-encoded into a URI."""
    a = Article(text="Short story.", url="https://example.com/a story/é")
    doc = json.loads(newsmodel.dumps(a, format="ninjs"))
    assert doc["uri"] == "https://example.com/a%20story/%C3%A9"


@pytest.mark.parametrize("separator", ["\n\n", "\n", "\r\n", "\r\n\r\n"])
def test_round_trip_rebuilds_the_article(separator: str) -> None:
    """Reading back gives the same article: text, paragraphs, quotations, byline, dateline."""
    a = lighthouse(separator)
    b = newsmodel.loads(newsmodel.dumps(a, format="ninjs"), format="ninjs")
    assert without_sentences(b) == a


def test_round_trip_splits_sentences() -> None:
    """Paragraphs read back have their sentences, located in the text."""
    b = newsmodel.loads(newsmodel.dumps(lighthouse(), format="ninjs"), format="ninjs")
    assert all(p.sentences for p in b.paragraphs)
    assert all(s.text == b.text[s.span.start : s.span.end] for s in b.sentences)


def test_naive_dates_use_the_unknown_offset() -> None:
    """A date without offset is written with -00:00 (RFC 3339's unknown offset) and read back naive."""
    a = attrs.evolve(lighthouse(), published=dt.datetime(2024, 1, 2, 3, 4, 5, 600000))
    doc = json.loads(newsmodel.dumps(a, format="ninjs"))
    assert doc["contentCreated"] == "2024-01-02T03:04:05.600000-00:00"
    b = newsmodel.loads(json.dumps(doc), format="ninjs")
    assert b.published == a.published
    assert b.modified == a.modified


@pytest.mark.parametrize(
    "moment",
    [
        dt.datetime(1930, 5, 1, 12, 0, tzinfo=dt.timezone(dt.timedelta(minutes=19, seconds=32))),
        dt.datetime(2000, 1, 1, tzinfo=dt.timezone(dt.timedelta(microseconds=1))),
        dt.datetime(999, 12, 31, 23, 59, 59, tzinfo=dt.timezone.utc),
    ],
    ids=["offset-with-seconds", "offset-with-microseconds", "year-999"],
)
def test_dates_rfc3339_cannot_write_as_they_are_keep_their_moment(moment: dt.datetime) -> None:
    """RFC 3339 offsets are in minutes: a date with an offset in seconds is written as the
    same moment in UTC, valid ninjs, and reads back equal."""
    a = attrs.evolve(lighthouse(), published=moment, modified=moment)
    document = newsmodel.dumps(a, format="ninjs")
    if iptc.available():
        iptc.validate_ninjs(document)
    b = newsmodel.loads(document, format="ninjs")
    assert (b.published, b.modified) == (moment, moment)


def test_a_moment_too_early_for_utc_is_refused_when_written() -> None:
    """A date whose moment in UTC falls before year 1 cannot be written: FormatError."""
    early = dt.datetime(1, 1, 1, tzinfo=dt.timezone(dt.timedelta(minutes=19, seconds=32)))
    with pytest.raises(FormatError, match=r"ninjs at published: .*before year 1"):
        newsmodel.dumps(attrs.evolve(lighthouse(), published=early), format="ninjs")


#: Any UTC offset Python allows: hours, minutes, seconds and microseconds, either side.
OFFSETS = st.timedeltas(
    min_value=-dt.timedelta(hours=23, minutes=59, seconds=59, microseconds=999999),
    max_value=dt.timedelta(hours=23, minutes=59, seconds=59, microseconds=999999),
).map(dt.timezone)


@settings(max_examples=80, deadline=None)
@given(
    moment=st.one_of(
        st.datetimes(timezones=OFFSETS),
        st.datetimes(min_value=dt.datetime(1, 1, 1), max_value=dt.datetime(1, 1, 1, 5)).map(
            lambda d: d.replace(tzinfo=dt.timezone(dt.timedelta(hours=5, minutes=53, seconds=28)))
        ),
        st.datetimes(min_value=dt.datetime(9999, 12, 31, 20)).map(
            lambda d: d.replace(tzinfo=dt.timezone(-dt.timedelta(hours=4, seconds=2)))
        ),
    ),
    format=st.sampled_from(["ninjs", "nitf", "jsonld"]),
)
def test_any_date_survives_or_is_refused_saying_why(moment: dt.datetime, format: str) -> None:
    """Any date, of any year and any UTC offset (historical offsets have seconds), is
    written and read back as the same moment (NITF as the same value, offset and all), or
    refused with a FormatError saying on which side of years 1 to 9999 it falls in UTC."""
    a = attrs.evolve(lighthouse(), published=moment)
    try:
        in_utc: dt.datetime | None = moment.astimezone(dt.timezone.utc)
    except OverflowError:
        in_utc = None
    if in_utc is None and moment.utcoffset() % dt.timedelta(minutes=1):  # type: ignore[operator]
        side = "before year 1" if moment.year == 1 else "after year 9999"
        with pytest.raises(FormatError, match=f"{format} at published: .*{side}"):
            newsmodel.dumps(a, format=format)
        return
    b = newsmodel.loads(newsmodel.dumps(a, format=format), format=format)
    assert b.published == moment
    if format == "nitf":
        assert b.published is not None
        assert b.published.isoformat() == moment.isoformat()


@pytest.mark.parametrize("url", ["0", "example.com/news", "http://host:port/", "a b"])
def test_url_that_is_no_uri_gives_the_content_urn(url: str) -> None:
    """ninjs's uri must be an absolute URI: a URL that cannot become one is replaced by the
    URN of the text, and the document is valid."""
    a = Article(text="Short story.", url=url)
    document = newsmodel.dumps(a, format="ninjs")
    assert json.loads(document)["uri"].startswith("urn:newsmodel:sha256:")
    if iptc.available():
        iptc.validate_ninjs(document)


def test_article_without_paragraphs_keeps_its_text() -> None:
    """An article with no paragraphs is written as one body paragraph holding its text."""
    a = Article(text="  A lone line of news.  ")
    b = newsmodel.loads(newsmodel.dumps(a, format="ninjs"), format="ninjs")
    assert paragraph_view(b) == [("A lone line of news.", ParagraphKind.BODY)]


def test_authors_named_in_the_text_give_no_byline() -> None:
    """An article with authors and no byline reads back without a byline, even where the
    text names an author (a quotation's speaker, say)."""
    a = Article(text="The council met. Jane Roe, a resident, spoke.", authors=("Jane Roe",))
    for format in ("ninjs", "nitf"):
        b = newsmodel.loads(newsmodel.dumps(a, format=format), format=format)
        assert (b.byline, b.authors, b.text) == (None, a.authors, a.text), format


def test_authors_without_byline_are_kept_as_authors() -> None:
    """Authors given apart from the text come back as authors, without an invented byline."""
    a = Article(text="Body text here.", authors=("Jane Roe", "John Doe"))
    b = newsmodel.loads(newsmodel.dumps(a, format="ninjs"), format="ninjs")
    assert b.authors == ("Jane Roe", "John Doe")
    assert b.byline is None
    assert b.text == "Body text here."


@settings(max_examples=150, deadline=None)
@given(articles(alphabet=ANY_CHARACTER))
def test_random_articles_round_trip(article: Article) -> None:
    """Any article reads back with its paragraphs, quotations, speakers, byline and dateline."""
    b = newsmodel.loads(newsmodel.dumps(article, format="ninjs"), format="ninjs")
    assert paragraph_view(b) == paragraph_view(article)
    assert quotation_view(b) == quotation_view(article)
    assert located_view(b) == located_view(article)
    assert b.text == article.text


# --- other providers' ninjs ----------------------------------------------------------------

FOREIGN = {
    "uri": "urn:example:wire:2024:0042",
    "type": "text",
    "versionCreated": "2024-02-01T08:00:00Z",
    "headlines": [
        {"role": "sub", "value": "Deck"},
        {"role": "main", "value": "Ferry service resumes"},
    ],
    "by": "Jane Roe",
    "located": "OSLO",
    "people": [{"name": "Jane Roe", "rel": "author"}],
    "bodies": [
        {
            "contentType": "text/html",
            "value": (
                "<html><head><title>ignored</title><script>var x = '<p>no</p>';</script></head>"
                "<body><p>Ferries crossed the fjord again on Thursday &amp; crews cheered.</p>\n"
                "<h3>Delays</h3><p>Some routes ran late<br>by an hour.<p>Others did not."
                "<figure><img src='a.jpg'><figcaption>A ferry leaves port.</figcaption></figure>"
                "<ul><li>Route one<li>Route two</ul>"
                "<blockquote><p>Sea calm, wind light.</p></blockquote>"
                "<p class='credit'>Reporting by Jane Roe</p>"
                "<p>The captain said <q>we are back</q>.</p></body></html>"
            ),
        }
    ],
}


def test_other_providers_html_body_is_read() -> None:
    """An HTML body from another provider gives paragraphs with kinds from its elements."""
    b = newsmodel.loads(json.dumps(FOREIGN), format="ninjs")
    assert paragraph_view(b) == [
        ("Ferries crossed the fjord again on Thursday & crews cheered.", ParagraphKind.BODY),
        ("Delays", ParagraphKind.HEADING),
        ("Some routes ran late\nby an hour.", ParagraphKind.BODY),
        ("Others did not.", ParagraphKind.BODY),
        ("A ferry leaves port.", ParagraphKind.CAPTION),
        ("Route one", ParagraphKind.BODY),
        ("Route two", ParagraphKind.BODY),
        ("Sea calm, wind light.", ParagraphKind.BLOCKQUOTE),
        ("Reporting by Jane Roe", ParagraphKind.CREDIT),
        ("The captain said we are back.", ParagraphKind.BODY),
    ]
    assert b.headline == "Ferry service resumes"
    assert b.authors == ("Jane Roe",)
    assert b.modified == dt.datetime(2024, 2, 1, 8, tzinfo=dt.timezone.utc)
    assert [(q.text, q.kind) for q in b.quotations] == [("we are back", QuoteKind.DIRECT)]


def test_located_without_inline_dateline_becomes_the_dateline() -> None:
    """A located with no dateline in the body is placed before the paragraphs as the dateline."""
    b = newsmodel.loads(json.dumps(FOREIGN), format="ninjs")
    assert b.dateline is not None
    assert (b.dateline.text, b.dateline.location) == ("OSLO", "OSLO")
    assert b.text.startswith("OSLO\n\nFerries crossed")
    assert b.paragraphs[0].span.start == len("OSLO\n\n")


def test_plain_text_body_is_parsed() -> None:
    """A text/plain body is split into paragraphs by parse_text."""
    doc = {"uri": "urn:x:1", "bodies": [{"contentType": "text/plain", "value": "One.\n\nTwo."}]}
    b = newsmodel.loads(json.dumps(doc), format="ninjs")
    assert [p.text for p in b.paragraphs] == ["One.", "Two."]


def test_speaker_markup_of_other_documents_is_checked() -> None:
    """A quotation with an unknown kind is refused, naming the body and position."""
    doc = {
        "uri": "urn:x:2",
        "bodies": [
            {
                "contentType": "text/html",
                "value": '<p>He said <span class="quotation" data-kind="shouted">no</span>.</p>',
            }
        ],
    }
    with pytest.raises(FormatError, match=r"\$\.bodies\[0\]\.value, line 1, column 12.*'shouted'"):
        newsmodel.loads(json.dumps(doc), format="ninjs")


# --- IPTC's test suite and malformed input -----------------------------------------------------


def suite(kind: str) -> list[str]:
    folder = iptc.NINJS_SUITE / kind
    if not folder.exists():
        return []
    return sorted(p.name for p in folder.glob("*.json"))


@pytest.mark.parametrize("name", suite("should_pass") or ["(no suite)"])
def test_iptc_should_pass_examples_load(name: str) -> None:
    """IPTC's should_pass examples are valid and load into Articles."""
    needs_schemas()
    text = (iptc.NINJS_SUITE / "should_pass" / name).read_text(encoding="utf-8")
    iptc.ninjs_validator().validate(json.loads(text))
    article = newsmodel.loads(text, format="ninjs")
    assert isinstance(article, Article)


@pytest.mark.parametrize("name", suite("should_fail") or ["(no suite)"])
def test_iptc_should_fail_examples_are_refused(name: str) -> None:
    """IPTC's should_fail examples are invalid and loads refuses them with a JSON path."""
    needs_schemas()
    text = (iptc.NINJS_SUITE / "should_fail" / name).read_text(encoding="utf-8")
    assert not iptc.ninjs_validator().is_valid(json.loads(text))
    with pytest.raises(FormatError, match=r"ninjs at \$\."):
        newsmodel.loads(text, format="ninjs")


@pytest.mark.parametrize(
    ("document", "message"),
    [
        ('{"uri": "urn:x", ', r"ninjs at line 1, column 18: malformed JSON"),
        ("[1, 2]", r"ninjs at \$: a ninjs document is a JSON object, not list"),
        ('{"type": "text"}', r"required property 'uri'"),
        ('{"uri": "urn:x", "slug": "a"}', r"at \$\.slug: unknown property 'slug'"),
        (
            '{"uri": "urn:x", "headlines": "Big news"}',
            r"at \$\.headlines: headlines must be a JSON array",
        ),
        ('{"uri": "urn:x", "headlines": [{"role": "main"}]}', r"at \$\.headlines\[0\]\.value"),
        (
            '{"uri": "urn:x", "bodies": [{"value": "x", "lang": "en"}]}',
            r"\$\.bodies\[0\]: unknown property 'lang'",
        ),
        ('{"uri": "urn:x", "type": "story"}', r"at \$\.type: 'story' is not one of"),
        ('{"uri": "urn:x", "urgency": 12}', r"urgency must be from 1 to 9"),
        (
            '{"uri": "urn:x", "contentCreated": "yesterday"}',
            r"at \$\.contentCreated: 'yesterday' is not",
        ),
        ('{"uri": 5}', r"at \$\.uri: uri must be a JSON string, not number"),
    ],
)
def test_malformed_documents_are_refused(document: str, message: str) -> None:
    """Broken JSON and documents outside the ninjs structure raise FormatError saying where."""
    with pytest.raises(FormatError, match=message):
        newsmodel.loads(document, format="ninjs")


def test_deeply_nested_json_is_refused() -> None:
    """JSON nested too deep for the parser is a FormatError, not a RecursionError."""
    with pytest.raises(FormatError, match="ninjs"):
        newsmodel.loads("[" * 100_000 + "]" * 100_000, format="ninjs")


# --- corpora -------------------------------------------------------------------------------------


def sample(folder: str, pattern: str, step: int) -> list[str]:
    path = iptc.SHARED / "corpora" / folder
    return [str(p) for p in sorted(path.glob(pattern))[::step]] or [f"(no {folder})"]


@pytest.mark.parametrize("path", sample("bbc", "*/*[0-9]5.txt", 9))
def test_bbc_articles_round_trip(path: str) -> None:
    """BBC articles parsed with parse_text read back with the same paragraphs."""
    text = corpus("bbc").joinpath(path).read_bytes().decode("utf-8", "replace")
    a = newsmodel.parse_text(text)
    b = newsmodel.loads(newsmodel.dumps(a, format="ninjs"), format="ninjs")
    assert paragraph_view(b) == paragraph_view(a)
    assert located_view(b) == located_view(a)
    assert quotation_view(b) == quotation_view(a)


@pytest.mark.parametrize("path", sample("polnear/dev", "*.ann", 6))
def test_polnear_quotations_round_trip(path: str) -> None:
    """PolNeAR articles with their annotated quotations and sources read back unchanged."""
    corpus("polnear", "dev")
    text = re.sub(r"_[0-9a-f]{4}\.ann$", ".txt", path)
    with open(text, encoding="utf-8") as f:
        article_text = f.read()
    with open(path, encoding="utf-8") as f:
        a = newsmodel.loads(f.read(), format="brat", text=article_text)
    assert a.quotations
    b = newsmodel.loads(newsmodel.dumps(a, format="ninjs"), format="ninjs")
    assert paragraph_view(b) == paragraph_view(a)
    assert quotation_view(b) == quotation_view(a)


def test_fast_and_forgiving_readers_agree() -> None:
    """The body read as XML (fast) and as HTML (forgiving) gives the same article."""
    from newsmodel.io._markup import ArticleBuilder

    doc = json.loads(newsmodel.dumps(lighthouse("\r\n"), format="ninjs"))
    body = doc["bodies"][0]["value"]
    refs = {"headline": doc["headlines"][0]["value"], "by": doc["by"]}
    fast = ninjs._read_body(body, "$", refs).build()
    builder = ArticleBuilder("ninjs")
    driver = ninjs._HTMLDriver(ninjs._BodyReader(builder, "$", refs))
    driver.feed(body)
    driver.close()
    assert builder.build() == fast
    assert paragraph_view(fast) == paragraph_view(lighthouse("\r\n"))


@settings(max_examples=300, deadline=None)
@given(mangled(newsmodel.dumps(lighthouse(), format="ninjs")))
def test_mangled_documents_read_or_fail_cleanly(document: str) -> None:
    """A damaged document either reads into an Article or raises FormatError, nothing else."""
    try:
        article = newsmodel.loads(document, format="ninjs")
    except FormatError:
        return
    assert isinstance(article, Article)
