"""Tests of newsmodel.html._metadata: headline, authors, dates, language and address of a page."""

from __future__ import annotations

import datetime as dt

import pytest

pytest.importorskip("trafilatura", reason="needs the html extra: pip install 'newsmodel[html]'")

from newsmodel.html._extract import load_tree
from newsmodel.html._metadata import (
    PageMetadata,
    clean_author_names,
    page_metadata,
    strip_site_name,
)


def meta(head: str, body: str = "", lang: str = "") -> PageMetadata:
    attr = f' lang="{lang}"' if lang else ""
    tree = load_tree(f"<html{attr}><head>{head}</head><body>{body}</body></html>")
    assert tree is not None
    return page_metadata(tree)


def test_h1_confirmed_by_og_title_is_the_headline() -> None:
    """The visible h1 wins when a meta title agrees with it."""
    found = meta(
        '<meta property="og:title" content="Bridge reopens after repairs | Town Crier">',
        "<article><h1>Bridge reopens after six weeks of repairs</h1></article>",
    )
    assert found.headline == "Bridge reopens after six weeks of repairs"


def test_title_without_site_name() -> None:
    """Without h1 or meta titles, <title> loses the site's name."""
    found = meta(
        "<title>Bridge reopens after six weeks of repairs - Town Crier</title>"
        '<meta property="og:site_name" content="Town Crier">'
    )
    assert found.headline == "Bridge reopens after six weeks of repairs"


def test_logo_h1_is_not_the_headline() -> None:
    """An h1 holding the site's name gives way to the page title."""
    found = meta(
        "<title>Library opens on Sundays | The Borough Post</title>",
        "<header><h1>The Borough Post</h1></header>",
    )
    assert found.headline == "Library opens on Sundays"


@pytest.mark.parametrize(
    ("title", "site", "expected"),
    [
        (
            "Storm closes ferry routes for a week | The Islander",
            None,
            "Storm closes ferry routes for a week",
        ),
        ("The Islander | Storm closes ferry routes", "The Islander", "Storm closes ferry routes"),
        ("Storm closes ferry routes - islander.example", None, "Storm closes ferry routes"),
        ("Budget: what it means for you", None, "Budget: what it means for you"),
        ("One part only", "Site", "One part only"),
    ],
)
def test_strip_site_name(title: str, site: str | None, expected: str) -> None:
    """The site's name before or after a title is removed, the title's own words kept."""
    assert strip_site_name(title, site) == expected


def test_json_ld_authors_and_dates() -> None:
    """JSON-LD NewsArticle gives people as authors, and both dates."""
    found = meta(
        '<script type="application/ld+json">{"@context": "https://schema.org",'
        '"@type": "NewsArticle", "headline": "Council backs cycle lanes",'
        '"datePublished": "2023-09-01T07:00:00+01:00", "dateModified": "2023-09-02T10:00:00Z",'
        '"author": [{"@type": "Person", "name": "Priya Nandakumar"},'
        '{"@type": "Person", "name": "Owen Fairlie"}, {"@type": "Organization", "name": "Post"}],'
        '"inLanguage": "en-GB"}</script>'
    )
    assert found.headline == "Council backs cycle lanes"
    assert found.authors == ("Priya Nandakumar", "Owen Fairlie")
    assert found.published == dt.datetime(
        2023, 9, 1, 7, 0, tzinfo=dt.timezone(dt.timedelta(hours=1))
    )
    assert found.modified == dt.datetime(2023, 9, 2, 10, 0, tzinfo=dt.timezone.utc)
    assert found.language == "en"


def test_broken_json_ld_is_ignored() -> None:
    """Malformed JSON-LD is skipped and the meta tags still count."""
    found = meta(
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": </script>'
        '<meta property="og:title" content="Harbour dredging to start in May">'
        '<meta property="article:published_time" content="2023-04-03T12:00:00Z">'
    )
    assert found.headline == "Harbour dredging to start in May"
    assert found.published == dt.datetime(2023, 4, 3, 12, 0, tzinfo=dt.timezone.utc)


def test_byline_element_names() -> None:
    """A byline element gives the names without "By", titles or the organisation."""
    found = meta(
        "", '<article><p class="byline">By Ana Sousa and Liam Kerr, Staff Writers</p></article>'
    )
    assert found.authors == ("Ana Sousa", "Liam Kerr")


def test_first_byline_is_the_pages_own() -> None:
    """Bylines of related stories further down the page are not the article's authors."""
    found = meta(
        "",
        '<article><span class="byline">By Greta Lindqvist</span><p>Text.</p></article>'
        '<aside><span class="byline">By Someone Else</span></aside>',
    )
    assert found.authors == ("Greta Lindqvist",)


def test_rel_author_links() -> None:
    """Links marked rel=author name the authors."""
    found = meta("", '<div>Words by <a rel="author" href="/a/1">Tomás Ferreira</a></div>')
    assert found.authors == ("Tomás Ferreira",)


def test_meta_author_when_nothing_else() -> None:
    """<meta name=author> is used when no JSON-LD or byline element names anyone."""
    found = meta('<meta name="author" content="Hana Kobayashi; Marek Nowak">')
    assert found.authors == ("Hana Kobayashi", "Marek Nowak")


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (["By JANE DOE and JOHN ROE"], ("Jane Doe", "John Roe")),
        (["By Jane Doe, CNN"], ("Jane Doe",)),
        (["Written by: Amelia van der Berg"], ("Amelia van der Berg",)),
        (["Mike Wuerthele Monday, November 18, 2019"], ("Mike Wuerthele",)),
        (["https://www.facebook.com/someone"], ()),
        (["Staff Reporter"], ()),
        (["Associated Press"], ()),
        (["Jane Doe", "jane doe"], ("Jane Doe",)),
    ],
)
def test_clean_author_names(texts: list[str], expected: tuple[str, ...]) -> None:
    """Byline texts become person names; organisations, roles, links and repeats are dropped."""
    assert clean_author_names(texts) == expected


def test_time_element_gives_the_published_date() -> None:
    """Without meta dates, the article's <time datetime> is the published date."""
    found = meta(
        "",
        '<article><time class="publish-date" datetime="2022-11-05T18:20:00-08:00">Nov 5</time>'
        "</article>",
    )
    assert found.published == dt.datetime(
        2022, 11, 5, 18, 20, tzinfo=dt.timezone(dt.timedelta(hours=-8))
    )
    assert found.modified is None


def test_language_and_canonical_address() -> None:
    """The html lang attribute gives the language; the canonical link gives the address."""
    found = meta(
        '<link rel="canonical" href="https://post.example/a/1">'
        '<meta property="og:url" content="https://post.example/a/1?utm=x">',
        lang="pt-BR",
    )
    assert found.language == "pt"
    assert found.url == "https://post.example/a/1"


def test_empty_page_has_no_metadata() -> None:
    """A page without metadata gives empty fields, not errors."""
    assert meta("") == PageMetadata()


def test_section_name_h1_is_not_the_headline() -> None:
    """A one-word h1 ("News") that the title merely contains does not replace the title."""
    found = meta(
        '<meta property="og:title" content="Fire crews tackle moorland blaze for a third day">',
        "<h1>News</h1>",
    )
    assert found.headline == "Fire crews tackle moorland blaze for a third day"
