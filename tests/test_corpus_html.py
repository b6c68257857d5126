"""parse_html on the real pages of the article-extraction benchmark (../shared/corpora).

The figures (body F1 beside trafilatura alone, headline coverage) are measured by
bench/html_pages.py; these tests check behaviour every page must show.
"""

from __future__ import annotations

import gzip
import json
from collections import Counter
from pathlib import Path

import pytest

from tests.conftest import corpus

pytest.importorskip("trafilatura", reason="needs the html extra: pip install 'newsmodel[html]'")

import newsmodel

WORD_RE_PATTERN = r"\w+"


def shingles(text: str) -> Counter[tuple[str, ...]]:
    import regex

    words = regex.findall(WORD_RE_PATTERN, text)
    return Counter(tuple(words[i : i + 4]) for i in range(max(1, len(words) - 3)))


@pytest.fixture(scope="module")
def pages() -> list[tuple[str, bytes, str]]:
    folder = corpus("extraction-benchmark")
    truth = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
    return [
        (
            key,
            gzip.decompress(Path(folder, "html", f"{key}.html.gz").read_bytes()),
            value["articleBody"],
        )
        for key, value in sorted(truth.items())
    ]


@pytest.fixture(scope="module")
def articles(pages: list[tuple[str, bytes, str]]) -> dict[str, newsmodel.Article]:
    return {key: newsmodel.parse_html(page, quotations=False) for key, page, _ in pages}


def test_every_page_gives_an_article_with_a_headline(
    articles: dict[str, newsmodel.Article],
) -> None:
    """Each benchmark page parses, with a headline and at least one body paragraph."""
    assert len(articles) == 89
    assert all(a.headline for a in articles.values())
    assert all(a.body for a in articles.values())


def test_spans_hold_on_real_pages(articles: dict[str, newsmodel.Article]) -> None:
    """Every paragraph and sentence of every page is the article text at its span."""
    for article in articles.values():
        for p in article.paragraphs:
            assert article.text[p.span.start : p.span.end] == p.text
            for s in p.sentences:
                assert article.text[s.span.start : s.span.end] == s.text


def test_body_holds_the_human_made_article_body(
    pages: list[tuple[str, bytes, str]], articles: dict[str, newsmodel.Article]
) -> None:
    """On nine pages in ten, the body has at least 80% of the true body's 4-word shingles."""
    good = 0
    for key, _, true in pages:
        body = "\n\n".join(
            p.text
            for p in articles[key].paragraphs
            if p.kind.value in {"body", "heading", "blockquote"}
        )
        expected = shingles(true)
        found = sum((expected & shingles(body)).values()) / max(1, sum(expected.values()))
        good += found >= 0.8
    assert good >= 0.9 * len(pages)
