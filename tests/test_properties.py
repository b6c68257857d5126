"""Properties that hold for every input: parse_text never fails, the standoff invariants
hold, and the JSON round trip is lossless (hypothesis)."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsmodel
from newsmodel import Article
from tests.strategies import articles, news_texts, texts

_SETTINGS = settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _located(article: Article) -> list[tuple[str, newsmodel.Span, str]]:
    """Every located object of an article: (what, span, stored text)."""
    found: list[tuple[str, newsmodel.Span, str]] = []
    if article.dateline is not None:
        found.append(("dateline", article.dateline.span, article.dateline.text))
    if article.byline is not None:
        found.append(("byline", article.byline.span, article.byline.text))
    for i, p in enumerate(article.paragraphs):
        found.append((f"paragraph {i}", p.span, p.text))
        for j, s in enumerate(p.sentences):
            found.append((f"paragraph {i} sentence {j}", s.span, s.text))
    for i, q in enumerate(article.quotations):
        found.append((f"quotation {i}", q.span, q.text))
        if q.attribution is not None:
            for what, m in (("cue", q.attribution.cue), ("mention", q.attribution.speaker.mention)):
                if m is not None:
                    found.append((f"quotation {i} {what}", m.span, m.text))
    return found


@_SETTINGS
@given(texts)
def test_parse_text_never_raises_and_keeps_text(text: str) -> None:
    """parse_text accepts any str and keeps it verbatim as Article.text."""
    article = newsmodel.parse_text(text)
    assert article.text == text


@_SETTINGS
@given(news_texts())
def test_located_objects_equal_text_at_their_span(text: str) -> None:
    """Every located object lies inside the text and its text equals the text at its span."""
    article = newsmodel.parse_text(text)
    for what, span, stored in _located(article):
        assert 0 <= span.start <= span.end <= len(text), what
        assert text[span.start : span.end] == stored, what


@_SETTINGS
@given(news_texts())
def test_paragraphs_in_order_and_sentences_inside(text: str) -> None:
    """Paragraphs come in order without overlap; sentences lie in order inside their paragraph."""
    article = newsmodel.parse_text(text)
    previous_end = 0
    for p in article.paragraphs:
        assert p.span.start >= previous_end
        assert p.text.strip(), "a paragraph holds more than whitespace"
        previous_end = p.span.end
        sentence_end = p.span.start
        for s in p.sentences:
            assert p.span.contains(s.span)
            assert s.span.start >= sentence_end
            sentence_end = s.span.end


@_SETTINGS
@given(news_texts())
def test_json_round_trip_of_parsed_articles(text: str) -> None:
    """loads(dumps(a)) == a for whatever parse_text makes of a news-like text."""
    article = newsmodel.parse_text(text)
    assert newsmodel.loads(newsmodel.dumps(article, format="json"), format="json") == article


@_SETTINGS
@given(articles())
def test_json_round_trip_of_any_article(article: Article) -> None:
    """loads(dumps(a)) == a for Articles with every field of the model drawn at random."""
    assert newsmodel.loads(newsmodel.dumps(article, format="json"), format="json") == article


@_SETTINGS
@given(articles(), st.sampled_from([None, 2, "\t"]), st.booleans())
def test_json_round_trip_with_options(
    article: Article, indent: int | str | None, ascii_only: bool
) -> None:
    """Indenting and ASCII escaping change the layout, never the article."""
    text = newsmodel.dumps(article, format="json", indent=indent, ensure_ascii=ascii_only)
    if ascii_only:
        assert text.isascii()
    assert newsmodel.loads(text, format="json") == article


@_SETTINGS
@given(st.lists(articles(), max_size=4))
def test_jsonl_round_trip(items: list[Article]) -> None:
    """A list of Articles written as JSON Lines reads back equal, one line each."""
    import io

    buffer = io.StringIO()
    assert newsmodel.write_jsonl(items, buffer) == len(items)
    assert buffer.getvalue().count("\n") == len(items)
    assert list(newsmodel.read_jsonl(io.StringIO(buffer.getvalue()))) == items


@_SETTINGS
@given(st.text(alphabet=st.characters(categories=["Cs", "Zl", "Zp", "Cc", "Lo"]), max_size=30))
def test_json_round_trip_of_odd_characters(text: str) -> None:
    """Lone surrogates, line and paragraph separators and control characters survive JSON."""
    article = Article(text=text)
    assert newsmodel.loads(newsmodel.dumps(article)) == article
    line = newsmodel.dumps(article, format="jsonl")
    assert line.endswith("\n")
    assert line.count("\n") == 1
    json.loads(line)
    line.encode("utf-8")  # JSON Lines stay valid UTF-8 even for lone surrogates
