"""Tests of newsmodel.views.html as markup: the page's structure, its data attributes, its
escaping, the ``html`` format, Jupyter's ``_repr_html_`` and ``parse --to html``.
The page in a real browser: tests/test_views_browser.py."""

from __future__ import annotations

import html.parser
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings

import newsmodel
from newsmodel import cli
from newsmodel.sample import sample_article, sample_text
from newsmodel.views import to_html
from tests.strategies import articles as article_strategy
from tests.views_articles import MAYOR, hostile, tangled

#: The elements the view writes; anything else in a page would come from the text.
ELEMENTS = {
    "html", "head", "meta", "title", "style", "body", "div", "header", "h1", "h2", "dl",
    "dt", "dd", "a", "section", "ol", "li", "span", "p", "mark", "details", "summary",
    "table", "colgroup", "col", "thead", "tbody", "tr", "th", "td",
}  # fmt: skip


class Page(html.parser.HTMLParser):
    """A page as a parser reads it: its elements, the quotation elements, the text shown."""

    def __init__(self, page: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.quotation_elements: list[dict[str, str | None]] = []
        self.paragraph_of: list[str | None] = []  # the data-paragraph around each one
        self.paragraphs: dict[str, list[str]] = {}
        self._paragraph: str | None = None
        self._in_style = False
        self.feed(page)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        self.tags.append((tag, attributes))
        if "data-paragraph" in attributes:
            self._paragraph = attributes["data-paragraph"]
            self.paragraphs[self._paragraph or ""] = []
        if "data-quotation" in attributes:
            self.quotation_elements.append(attributes)
            self.paragraph_of.append(self._paragraph)
        self._in_style = tag == "style"

    def handle_endtag(self, tag: str) -> None:
        if tag in ("p", "h1", "h2"):
            self._paragraph = None
        self._in_style = False

    def handle_data(self, data: str) -> None:
        if self._paragraph is not None:
            self.paragraphs[self._paragraph].append(data)

    def indexes(self) -> set[int]:
        return {int(e["data-quotation"] or "-1") for e in self.quotation_elements}


def test_every_quotation_has_elements_with_index_and_speaker() -> None:
    """Each quotation of the sample has elements carrying its index and its speaker's name."""
    article = sample_article()
    page = Page(newsmodel.dumps(article, format="html"))
    assert page.indexes() == set(range(len(article.quotations)))
    for element in page.quotation_elements:
        q = article.quotations[int(element["data-quotation"] or "")]
        assert element["data-speaker"] == (q.speaker.name if q.speaker else "")
        assert element["data-kind"] == q.kind.value


def test_stances_other_than_speech_are_shown() -> None:
    """With every stance asked for, every quotation is drawn, each element carrying its
    stance, and the label and details of a thought or another stance name it."""
    story = (
        "Mayor Helen Park said the ferry would run all winter.\n\n"
        "Park believes the harbour plan is sound, and the farmers' union endorsed it.\n"
    )
    article = newsmodel.parse_text(story, stances=set(newsmodel.Stance))
    stances = [q.attribution.stance if q.attribution else None for q in article.quotations]
    assert {newsmodel.Stance.SPEECH, newsmodel.Stance.THOUGHT} <= set(stances)
    page = Page(to_html(article))
    assert page.indexes() == set(range(len(article.quotations)))
    for element in page.quotation_elements:
        stance = stances[int(element["data-quotation"] or "")]
        assert element["data-stance"] == (stance.value if stance else "")
        if stance is not None and stance is not newsmodel.Stance.SPEECH:
            assert f"· {stance.value}" in (element["data-tip"] or "")
            if element.get("data-label"):
                assert (element["data-label"] or "").endswith(f"· {stance.value}")
        elif stance is newsmodel.Stance.SPEECH:
            assert "thought" not in (element["data-tip"] or "")


def test_paragraphs_show_their_text_verbatim() -> None:
    """Every paragraph is drawn with its kind, and its text is the paragraph's own."""
    article = sample_article()
    page = Page(to_html(article))
    for i, paragraph in enumerate(article.paragraphs):
        assert "".join(page.paragraphs[str(i)]) == paragraph.text
    kinds = {a.get("data-paragraph"): a.get("data-kind") for _, a in page.tags}
    for i, paragraph in enumerate(article.paragraphs):
        assert kinds[str(i)] == paragraph.kind.value


def test_overlapping_nested_and_crossing_quotations() -> None:
    """Nested and crossing quotations are cut into elements that share their index; the one
    that crosses a paragraph break is drawn in both paragraphs."""
    article = tangled()
    page = Page(to_html(article))
    assert page.indexes() == set(range(6))
    crossing = {
        p
        for e, p in zip(page.quotation_elements, page.paragraph_of, strict=True)
        if e["data-quotation"] == "2"
    }
    assert crossing == {"1", "2"}
    assert sum(e["data-quotation"] == "2" for e in page.quotation_elements) == 3
    # The text of each paragraph is shown whole, however the quotations cut it.
    for i, paragraph in enumerate(article.paragraphs):
        assert "".join(page.paragraphs[str(i)]) == paragraph.text
    firsts = [e for e in page.quotation_elements if "nm-first" in (e["class"] or "")]
    assert sorted(int(e["data-quotation"] or "") for e in firsts) == list(range(6))
    assert firsts[0]["data-label"] == f"{MAYOR} · direct"
    assert all(e["tabindex"] == "0" for e in firsts)


def test_overlapping_quotations_get_different_underline_depths() -> None:
    """A quotation inside or across another is underlined at another depth."""
    page = Page(to_html(tangled()))
    depth = {}
    for element in page.quotation_elements:
        classes = (element["class"] or "").split()
        depth[element["data-quotation"]] = next(c for c in classes if c.startswith("nm-r"))
    assert depth["1"] != depth["0"]
    assert depth["2"] != depth["0"]
    assert depth["5"] == "nm-r0"


def test_text_and_attributes_are_escaped() -> None:
    """Markup in the text, headline, speaker names and URL is shown as text, never run."""
    article = hostile()
    out = to_html(article)
    page = Page(out)
    assert {tag for tag, _ in page.tags} <= ELEMENTS
    assert [tag for tag, _ in page.tags].count("script") == 0
    assert [tag for tag, _ in page.tags].count("style") == 1
    assert not any(k.startswith("on") for _, a in page.tags for k in a)
    assert "<script>" not in out.replace("&lt;script&gt;", "")
    assert "\x00" not in out
    assert page.indexes() == {0, 1}
    (element,) = [e for e in page.quotation_elements if e["data-quotation"] == "0"]
    assert element["data-speaker"] == "<script>alert(3)</script>"
    links = [a for tag, a in page.tags if tag == "a" and "href" in a]
    assert all(
        (a["href"] or "").startswith("#") or (a["href"] or "").startswith("https://") for a in links
    )


def test_javascript_urls_are_not_links() -> None:
    """Only http and https URLs become links."""
    page = Page(to_html(tangled()))
    assert not any(tag == "a" and "javascript" in (a.get("href") or "") for tag, a in page.tags)


def test_page_fetches_nothing_and_runs_nothing() -> None:
    """The page forbids every fetch and script by its policy and has no external reference."""
    out = to_html(sample_article())
    assert "default-src 'none'; style-src 'unsafe-inline'" in out
    for word in ("<script", "<link", "@import", "url(", "<img", "src="):
        assert word not in out


@settings(max_examples=80, deadline=None)
@given(article=article_strategy())
def test_any_article_has_an_element_per_quotation(article: newsmodel.Article) -> None:
    """Any valid Article, however its spans fall, gives a page with only the view's own
    elements and at least one element for every quotation."""
    page = Page(to_html(article))
    assert {tag for tag, _ in page.tags} <= ELEMENTS
    assert page.indexes() == set(range(len(article.quotations)))


def test_format_registry_writes_html_only() -> None:
    """html is a write-only format of the registry, a page for people."""
    info = newsmodel.formats["html"]
    assert info.can_write
    assert not info.can_read
    assert info.extension == ".html"
    with pytest.raises(newsmodel.FormatError, match="written but not read"):
        newsmodel.loads("<html></html>", format="html")


def test_repr_html_is_the_same_view_in_a_div() -> None:
    """Jupyter's _repr_html_ is the view as one div with its own scoped style sheet."""
    article = sample_article()
    fragment = article._repr_html_()
    assert fragment.startswith('<div class="nm-view"')
    assert "<html" not in fragment
    assert "<style>" in fragment
    assert Page(fragment).indexes() == set(range(len(article.quotations)))
    assert to_html(article, standalone=False) == fragment
    assert newsmodel.dumps(article, format="html", standalone=False) == fragment


def test_style_sheet_rules_are_scoped() -> None:
    """Every rule of the style sheet applies inside .nm-view only."""
    from newsmodel.views.html import css

    sheet = css()
    rules = [part.split("{")[0] for part in sheet.split("}") if "{" in part]
    for rule in rules:
        selectors = [s.strip() for s in rule.split("*/")[-1].split(",")]
        assert all(s.startswith(".nm-view") for s in selectors if s), rule


def test_article_without_paragraphs_or_quotations() -> None:
    """An article with no paragraph shows its text; one with no quotation says so."""
    article = newsmodel.Article(text="Just some words.\n", headline="A title")
    page = Page(to_html(article))
    assert "Just some words." in to_html(article)
    assert page.indexes() == set()
    assert "No quotations were found." in to_html(article)


def test_cli_writes_the_page(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """newsmodel parse FILE --to html writes the page; --output-dir one .html per input."""
    story = tmp_path / "story.txt"
    story.write_text(sample_text(), encoding="utf-8")
    assert cli.main(["parse", str(story), "--to", "html"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("<!DOCTYPE html>")
    assert Page(out).indexes() == set(range(len(newsmodel.parse_text(sample_text()).quotations)))
    assert (
        cli.main(["parse", str(story), "--to", "html", "--output-dir", str(tmp_path / "out")]) == 0
    )
    assert (tmp_path / "out" / "story.html").read_text(encoding="utf-8") == out


def attrs_of(page: Page, tag: str) -> list[dict[str, Any]]:
    return [a for t, a in page.tags if t == tag]


def test_legend_lists_speakers_with_counts() -> None:
    """The legend names each speaker with their count, linked to their first quotation."""
    article = sample_article()
    out = to_html(article)
    for speaker in article.speakers:
        count = len(speaker.quotations)
        word = "quotation" if count == 1 else "quotations"
        assert f"{speaker.name}</a> ({speaker.kind.value}): {count} {word}" in out.replace(
            "&#x27;", "'"
        )
    ids = {a.get("id") for a in attrs_of(Page(out), "mark")}
    for link in attrs_of(Page(out), "a"):
        href = link.get("href") or ""
        if href.startswith("#") and "-q" in href:
            assert href[1:] in ids
