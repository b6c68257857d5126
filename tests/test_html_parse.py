"""Tests of newsmodel.html._parse: parse_html on hand-written pages, good and bad."""

from __future__ import annotations

import contextlib
import datetime as dt
import gzip
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

pytest.importorskip("trafilatura", reason="needs the html extra: pip install 'newsmodel[html]'")

import newsmodel
from newsmodel import InputError, NewsmodelError, ParagraphKind

PAGES = Path(__file__).parent / "data" / "html"


def page(name: str) -> bytes:
    return (PAGES / name).read_bytes()


def kinds(article: newsmodel.Article) -> list[tuple[str, str]]:
    return [(p.kind.value, p.text) for p in article.paragraphs]


def test_body_keeps_story_paragraphs_in_order() -> None:
    """The story's paragraphs come out in page order, each a body paragraph."""
    article = newsmodel.parse_html(page("tidal_mill.html"))
    body = [p.text for p in article.body]
    assert body[0].startswith("PORTHKERRIS, Cornwall — Councillors")
    assert body[1].startswith("The mill, built in 1811")
    assert any(t.startswith("Not everyone in the town") for t in body)
    assert len([t for t in body if "sluice gates" in t]) == 2


def test_navigation_and_furniture_are_left_out() -> None:
    """Menus, share links, the newsletter box, related stories and the footer are not in the text."""
    article = newsmodel.parse_html(page("tidal_mill.html"))
    for furniture in (
        "Home",
        "Share on Facebook",
        "Sign up for our daily newsletter",
        "Lifeboat crew rescues",
        "All rights reserved",
        "Privacy policy",
    ):
        assert furniture not in article.text


def test_markup_gives_paragraph_kinds() -> None:
    """figcaption is a caption, h2 a heading, a blockquote's passage part of the body."""
    article = newsmodel.parse_html(page("tidal_mill.html"))
    found = kinds(article)
    assert (
        "caption",
        "The tidal mill on the harbour wall at low water on Tuesday. Photo: Jory Hocking",
    ) in found
    assert ("heading", "A long campaign") in found
    assert (
        "body",
        "This is the last working example of its kind on this coast, and we nearly lost it.",
    ) in found
    caption = next(i for i, (k, _) in enumerate(found) if k == "caption")
    assert found[caption - 1][1].startswith("PORTHKERRIS")


def test_metadata_from_meta_tags_and_json_ld() -> None:
    """Headline, authors, dates, language and address come from the page's metadata."""
    article = newsmodel.parse_html(page("tidal_mill.html"))
    assert article.headline == "Harbour town votes to restore its tidal mill"
    assert article.authors == ("Morwenna Tregear", "Idris Pengelly")
    assert article.published == dt.datetime(2024, 3, 14, 9, 30, tzinfo=dt.timezone.utc)
    assert article.modified == dt.datetime(2024, 3, 14, 11, 5, tzinfo=dt.timezone.utc)
    assert article.url == "https://courier.example/2024/03/tidal-mill"
    assert article.language == "en"


def test_headline_is_not_repeated_in_the_text() -> None:
    """The h1 goes to Article.headline, not into the paragraphs."""
    article = newsmodel.parse_html(page("tidal_mill.html"))
    assert not any(p.text == article.headline for p in article.paragraphs)


def test_arguments_override_what_the_page_says() -> None:
    """url, published and language given by the caller win over the page's own."""
    when = dt.datetime(2024, 3, 15, 8, 0)
    article = newsmodel.parse_html(
        page("tidal_mill.html"),
        url="https://mirror.example/mill",
        published=when,
        language="cy",
    )
    assert article.url == "https://mirror.example/mill"
    assert article.published == when
    assert article.language == "cy"


def test_spans_index_the_extracted_text() -> None:
    """Every paragraph's text is the article text at its span; paragraphs are blank-line separated."""
    article = newsmodel.parse_html(page("orchard.html"))
    for p in article.paragraphs:
        assert article.text[p.span.start : p.span.end] == p.text
    assert article.text.split("\n\n") == [p.text for p in article.paragraphs]


def test_boilerplate_inside_the_story_is_removed() -> None:
    """Ads, read-more links, share bars, follow prompts and the author's bio are dropped."""
    article = newsmodel.parse_html(page("orchard.html"))
    for furniture in (
        "Advertisement",
        "Read more",
        "How the valley survived",
        "Follow us on Twitter",
        "is a staff writer covering",
        "Dairy prices slide",
        "Great article",
        "Print",
    ):
        assert furniture not in article.text
    assert any(p.text.startswith("Forecasters expect") for p in article.body)


def test_photo_credit_and_caption_class_are_captions() -> None:
    """A caption in a caption-classed element and a "Photo:" credit line are captions."""
    article = newsmodel.parse_html(page("orchard.html"))
    captions = [p.text for p in article.paragraphs if p.kind is ParagraphKind.CAPTION]
    assert captions == [
        "Smudge pots burn between rows of trees at an orchard near Osswick on Sunday night.",
        "Photo: Lena Marsh / Valley Ledger",
    ]


def test_standfirst_goes_with_the_headline() -> None:
    """A sentence-long heading before the first paragraph is the standfirst, not a subheading."""
    article = newsmodel.parse_html(page("orchard.html"))
    first = article.paragraphs[0]
    assert first.kind is ParagraphKind.HEADLINE
    assert first.text.startswith("Growers in the Lenner Valley")
    assert ("heading", "Insurance questions") in kinds(article)


def test_json_ld_graph_people_not_organisations() -> None:
    """Authors come from the JSON-LD graph's people; the publisher organisation is no author."""
    article = newsmodel.parse_html(page("orchard.html"))
    assert article.authors == ("Dana Whitcombe",)
    assert article.published == dt.datetime(
        2024, 4, 22, 6, 15, tzinfo=dt.timezone(dt.timedelta(hours=-5))
    )
    assert article.url == "https://ledger.example/news/frost-orchards"


def test_str_and_bytes_give_the_same_article() -> None:
    """A page given as text or as its UTF-8 bytes parses the same."""
    raw = page("orchard.html")
    assert newsmodel.parse_html(raw) == newsmodel.parse_html(raw.decode("utf-8"))


def test_gzip_compressed_page() -> None:
    """A saved .html.gz page is decompressed first."""
    raw = page("tidal_mill.html")
    assert newsmodel.parse_html(gzip.compress(raw)) == newsmodel.parse_html(raw)


def test_declared_windows_1252_page() -> None:
    """A page declaring windows-1252 has its pound signs and curly quotes read right."""
    html = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252">'
        "<title>Fares rise</title></head><body><article><h1>Ferry fares rise by a fifth</h1>"
        "<p>Island ferry fares will rise to £14.50 from June, the operator said on Monday, "
        "blaming the \u201cunprecedented\u201d cost of fuel over the winter months.</p>"
        "<p>Councillors said islanders who commute to the mainland would pay £600 more a year "
        "and asked the operator to keep a discounted season ticket.</p></article></body></html>"
    )
    article = newsmodel.parse_html(html.encode("cp1252"))
    assert "£14.50" in article.text
    assert "\u201cunprecedented\u201d" in article.text


def test_wrongly_declared_encoding_is_overruled_by_utf8() -> None:
    """UTF-8 bytes on a page that claims ISO-8859-1 are still read as UTF-8."""
    raw = page("tidal_mill.html").replace(b'charset="utf-8"', b'charset="iso-8859-1"')
    assert b"iso-8859-1" in raw
    article = newsmodel.parse_html(raw)
    assert "£2.4 million" in article.text
    assert "PORTHKERRIS, Cornwall — Councillors" in article.text


def test_utf16_page_with_byte_order_mark() -> None:
    """A UTF-16 page with a byte order mark decodes."""
    raw = page("tidal_mill.html").decode("utf-8").encode("utf-16")
    assert "£2.4 million" in newsmodel.parse_html(raw).text


def test_fragment_of_paragraphs() -> None:
    """Bare paragraphs without <html> or <body> are parsed as an article."""
    html = (
        "<p>The harbour master closed the slipway on Friday after a crack appeared in its "
        "concrete apron during the spring tides.</p>"
        "<p>Repairs are expected to take a fortnight, he said, and boats will launch from "
        "the beach at the north end of the bay until then.</p>"
    )
    article = newsmodel.parse_html(html)
    assert [p.text[:20] for p in article.body] == ["The harbour master c", "Repairs are expected"]


@pytest.mark.parametrize(
    ("html", "message"),
    [
        ("", "empty"),
        ("   \n\t ", "empty"),
        (b"", "empty"),
        ("Just a line of plain text, with no markup at all.", "not HTML"),
        ("1 < 2 and 3 > 2, as everyone knows.", "not HTML"),
        (bytes(range(256)) * 8, "binary"),
        (b"\x1f\x8b\x08\x00garbage", "gzip"),
        ("<html><body><nav><a href='/'>Home</a></nav></body></html>", "no article text"),
        ("<html><head><title>Only a title</title></head><body></body></html>", "no article"),
    ],
)
def test_bad_pages_raise_input_error(html: str | bytes, message: str) -> None:
    """Empty, plain-text, binary, corrupt or article-less pages raise a clear InputError."""
    with pytest.raises(InputError, match=message):
        newsmodel.parse_html(html)


#: A story written for these tests (the places and people are invented).
STORY = [
    "The council voted on Tuesday to close the old harbour bridge for repairs that could last a year.",
    "Engineers found cracks in two of its piers during an inspection in March, the mayor said.",
    "Ferries will carry cars across the bay while the work goes on, at no extra cost to residents.",
    "Shop owners on the waterfront said they feared losing customers during the busy summer.",
    "The repairs will cost about four million euros, most of it paid by the regional government.",
]
NAV = "<nav><ul><li><a href='/'>Home</a></li><li><a href='/n'>News</a></li></ul></nav>"


def _page(body: str) -> str:
    return (
        "<html><head><title>Harbour bridge to close for a year</title></head>"
        f"<body>{NAV}{body}<footer>About us Contact</footer></body></html>"
    )


@pytest.mark.parametrize(
    ("layout", "body"),
    [
        (
            "list items",
            "<article><ul>" + "".join(f"<li>{s}</li>" for s in STORY) + "</ul></article>",
        ),
        ("headings", "<article>" + "".join(f"<h3>{s}</h3>" for s in STORY) + "</article>"),
        (
            "furniture class",
            "<div class='related-story'>" + "".join(f"<p>{s}</p>" for s in STORY[:3]) + "</div>",
        ),
        (
            "caption class",
            "<div class='story-caption-text'>"
            + "".join(f"<p>{s}</p>" for s in STORY[:3])
            + "</div>",
        ),
    ],
)
def test_a_page_trafilatura_finds_an_article_on_gives_an_article(layout: str, body: str) -> None:
    """Where parse_html's own pass finds no article (the story in list items or headings,
    inside an element whose class reads as furniture or as a caption), it falls back as
    trafilatura does (recall, then its baseline) and keeps the story's text."""
    article = newsmodel.parse_html(_page(body))
    assert all(s in article.text for s in STORY[:3]), layout
    assert article.body


@pytest.mark.parametrize(
    "html",
    [
        "<html><body><p>Home News Sport Weather About us Contact</p></body></html>",
        _page(
            "<div><a href='/'>Home</a> <a>News</a> <a>Sport</a> <a>Weather</a> <a>About us</a></div>"
        ),
        _page("<ul><li>Politics</li><li>Business News</li><li>Sport And Leisure Today</li></ul>"),
    ],
    ids=["menu-paragraph", "menu-links", "menu-list"],
)
def test_a_page_that_is_only_a_menu_is_an_input_error(html: str) -> None:
    """A page with a menu and no article gives InputError, as the docs promise."""
    with pytest.raises(InputError, match="no article text"):
        newsmodel.parse_html(html)


#: Links whose words, run together by the extractor, would read as prose.
SECTIONS = ["Contact us", "Privacy policy", "Terms of use", "Cookie settings", "Jobs at the paper"]


@pytest.mark.parametrize(
    "html",
    [
        "<html><head><title>Gazette</title></head><body><header><nav><ul>"
        + "".join(f"<li><a href='/{i}'>{s}</a></li>" for i, s in enumerate(SECTIONS))
        + "</ul></nav></header><nav class='footer'>"
        + " | ".join(f"<a href='/f{i}'>{s}</a>" for i, s in enumerate(SECTIONS))
        + "</nav></body></html>",
        "<html><body><ul>"
        + "".join(f"<li><a href='/{i}'>{s}</a></li>" for i, s in enumerate(STORY))
        + "</ul></body></html>",
        "<html><body>"
        + "".join(f"<div class='teaser'><a href='/{i}'>{s}</a></div>" for i, s in enumerate(STORY))
        + "</body></html>",
        "<html><body><select>"
        + "".join(f"<option>{s}</option>" for s in STORY)
        + "</select><menu><li>Sport</li></menu></body></html>",
        "<html><body><div role='navigation'>"
        + "".join(f"<span>{s}</span> " for s in STORY)
        + "</div></body></html>",
    ],
    ids=["nav-and-footer-links", "list-of-story-links", "teaser-links", "form-menu", "aria-role"],
)
def test_a_page_of_links_whose_words_read_as_prose_is_an_input_error(html: str) -> None:
    """A page whose only text is its links, menus and form controls has no article, even
    when the extractor runs their texts together into what reads as a sentence."""
    with pytest.raises(InputError, match="no article text"):
        newsmodel.parse_html(html)


def test_a_story_whose_words_are_also_links_is_an_article() -> None:
    """An article that links some of its words, beside a menu and a list of links to other
    stories that share its words, is still an article: its paragraphs are mostly words of
    its own."""
    linked = [
        s.replace("council", "<a href='/c'>council</a>").replace(
            "the mayor", "<a href='/m'>the mayor</a>"
        )
        for s in STORY
    ]
    related = "".join(
        f"<li><a href='/r{i}'>{headline}</a></li>"
        for i, headline in enumerate(
            ["The council", "Repairs to the harbour", "Ferries", "The mayor said", "Cost"]
        )
    )
    html = _page(
        "<article>" + "".join(f"<p>{s}</p>" for s in linked) + f"</article><ul>{related}</ul>"
    )
    article = newsmodel.parse_html(html)
    assert [p.text for p in article.body][:2] == STORY[:2]


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
def test_ascii_utf16_page_without_byte_order_mark_is_read(encoding: str) -> None:
    """UTF-16 or UTF-32 holding only ASCII, without a byte order mark, is read in it (its
    zero bytes say so), not refused as binary data."""
    html = _page("<article>" + "".join(f"<p>{s}</p>" for s in STORY) + "</article>")
    article = newsmodel.parse_html(html.encode(encoding))
    assert STORY[0] in article.text


def test_wrong_type_is_an_input_error() -> None:
    """Something that is neither str nor bytes is refused with a NewsmodelError."""
    with pytest.raises(InputError, match="str or bytes"):
        newsmodel.parse_html(12345)  # type: ignore[arg-type]


def test_quotations_flag_reaches_the_quotation_engine() -> None:
    """quotations=False gives an article without quotations."""
    article = newsmodel.parse_html(page("tidal_mill.html"), quotations=False)
    assert article.quotations == ()


MARKUP = st.sampled_from(
    [
        "<html>",
        "<body>",
        "<article>",
        "<p>",
        "</p>",
        "<h1>",
        "</h1>",
        "<h2>",
        "<br>",
        "<li>",
        "<blockquote>",
        "<figure><figcaption>",
        "</figcaption></figure>",
        '<script type="application/ld+json">',
        "</script>",
        '<meta name="author" content="By Jane Doe">',
        '<time datetime="2024-02-30T25:61">',
        "<title>",
        "</title>",
        "<!--",
        "&amp;",
        "\x00",
        "\ue000",
    ]
)
PAGES_STRATEGY = st.lists(st.one_of(MARKUP, st.text(max_size=40)), max_size=30).map("".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.text(), PAGES_STRATEGY))
def test_any_text_gives_an_article_or_a_newsmodel_error(html: str) -> None:
    """parse_html never raises anything but a NewsmodelError, whatever the text."""
    try:
        article = newsmodel.parse_html(html)
    except NewsmodelError:
        return
    for p in article.paragraphs:
        assert article.text[p.span.start : p.span.end] == p.text


@settings(max_examples=150, deadline=None)
@given(st.binary())
def test_any_bytes_give_an_article_or_a_newsmodel_error(raw: bytes) -> None:
    """parse_html never raises anything but a NewsmodelError, whatever the bytes."""
    with contextlib.suppress(NewsmodelError):
        newsmodel.parse_html(raw)


def test_the_extractors_loggers_are_left_as_they_were(caplog: pytest.LogCaptureFixture) -> None:
    """parse_html keeps trafilatura's "discarding data" records to itself while it runs, and
    leaves trafilatura's loggers as they were for the rest of the program."""
    import logging

    logger = logging.getLogger("trafilatura")
    before = logger.level
    with pytest.raises(InputError):
        newsmodel.parse_html("<html><body><nav>Home</nav></body></html>")
    assert logger.level == before
    with caplog.at_level(logging.WARNING, logger="trafilatura"):
        logger.warning("a record of the program's own use of trafilatura")
        with pytest.raises(InputError):
            newsmodel.parse_html("<html><body><nav>Home</nav></body></html>")
    assert [r.getMessage() for r in caplog.records] == [
        "a record of the program's own use of trafilatura"
    ]


def test_a_byline_in_a_heading_element_is_the_byline() -> None:
    """A page that sets "By Jane Doe, BBC News, New York" in an <h2> gives a byline, not a
    subheading."""
    html = _page(
        "<article><h1>Harbour bridge to close</h1>"
        f"<p>{STORY[0]}</p><h2>By Jane Doe, BBC News, New York</h2>"
        + "".join(f"<p>{s}</p>" for s in STORY[1:])
        + "</article>"
    )
    article = newsmodel.parse_html(html)
    kinds = {p.text: p.kind for p in article.paragraphs}
    assert kinds["By Jane Doe, BBC News, New York"] is ParagraphKind.BYLINE
    assert article.byline is not None
    assert article.byline.authors == ("Jane Doe",)
