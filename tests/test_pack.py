"""Tests of newsmodel._pack: articles as tuples between processes, rebuilt equal."""

from __future__ import annotations

import pickle

import attrs
from hypothesis import HealthCheck, given, settings

import newsmodel
from newsmodel._pack import pack, unpack
from newsmodel.model import Article, Paragraph, ParagraphKind, Sentence, Span
from newsmodel.sample import sample_article
from tests.strategies import articles, example_article, news_texts


def round_trip(article: Article) -> Article:
    return unpack(pickle.loads(pickle.dumps(pack(article))))


def test_sample_articles_come_back_equal() -> None:
    """The sample article and a hand-made one, with every kind of object, come back equal."""
    for article in (sample_article(), example_article()):
        back = round_trip(article)
        assert back == article
        assert type(back) is Article
        assert back.paragraphs[0].kind is article.paragraphs[0].kind
        assert back.quotations == article.quotations


def test_packed_article_is_plain_tuples() -> None:
    """A packed article holds no model objects: only tuples, strings, numbers and None."""
    article = example_article()

    def plain(value: object) -> bool:
        if isinstance(value, tuple):
            return all(plain(v) for v in value)
        return value is None or isinstance(value, (str, int, float))

    packed = pack(attrs.evolve(article, published=None, modified=None))
    assert plain(packed)


@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(articles())
def test_any_article_comes_back_equal(article: Article) -> None:
    """Any valid article, however its fields are filled, comes back equal."""
    assert round_trip(article) == article


@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow], max_examples=50)
@given(news_texts())
def test_parsed_articles_come_back_equal(text: str) -> None:
    """Parsed articles come back equal."""
    article = newsmodel.parse_text(text)
    assert round_trip(article) == article


class _Kind(Sentence):
    """A subclass of a model class, which packing must carry as it is."""


def test_unexpected_types_travel_as_they_are() -> None:
    """An object whose type is not exactly the declared one is carried unchanged."""
    text = "One line."
    odd = _Kind(Span(0, 9), text)
    article = Article(text, paragraphs=[Paragraph(Span(0, 9), text, ParagraphKind.BODY, [odd])])
    back = round_trip(article)
    assert back == article
    assert type(back.paragraphs[0].sentences[0]) is _Kind
