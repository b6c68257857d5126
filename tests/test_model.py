"""Tests of newsmodel.model: spans, validation of located objects."""

from __future__ import annotations

import attrs
import pytest

import newsmodel
import newsmodel.model
from newsmodel import Article, ModelError, Paragraph, ParagraphKind, Sentence, Span
from newsmodel.sample import sample_text
from newsmodel.text.parse import parse_blocks


def test_span_rejects_end_before_start() -> None:
    """A span whose end precedes its start is impossible."""
    with pytest.raises(ModelError, match="before its start"):
        Span(5, 3)


def test_span_rejects_negative_offsets() -> None:
    """Offsets are non-negative."""
    with pytest.raises(ModelError, match=">= 0"):
        Span(-1, 3)


def test_article_rejects_span_past_text() -> None:
    """A paragraph whose span runs past the text is refused, naming the paragraph."""
    with pytest.raises(ModelError, match="Paragraph 0 span 0:20 lies past the end"):
        Article(text="Short.", paragraphs=[Paragraph(Span(0, 20), "Short.")])


def test_article_rejects_text_mismatch() -> None:
    """A located object's stored text must equal the article text at its span."""
    with pytest.raises(ModelError, match="differs from the article text"):
        Article(text="Hello world.", paragraphs=[Paragraph(Span(0, 5), "Howdy")])


def test_a_parsed_article_is_checked_only_when_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    """Inside ``parsed()`` (the parsers' Articles) the check runs only when CHECK_PARSED
    asks for it; outside it, every Article is checked."""
    bad = {"text": "Hello world.", "paragraphs": [Paragraph(Span(0, 5), "Howdy")]}
    monkeypatch.setattr(newsmodel.model, "CHECK_PARSED", False)
    with newsmodel.model.parsed():
        assert Article(**bad).paragraphs[0].text == "Howdy"  # type: ignore[arg-type]
    with pytest.raises(ModelError, match="differs from the article text"):
        Article(**bad)  # type: ignore[arg-type]
    monkeypatch.setattr(newsmodel.model, "CHECK_PARSED", True)
    with newsmodel.model.parsed(), pytest.raises(ModelError, match="differs from"):
        Article(**bad)  # type: ignore[arg-type]


def test_a_parsed_article_is_the_same_checked_or_not(monkeypatch: pytest.MonkeyPatch) -> None:
    """Leaving the check out changes nothing of what parse_text returns, and the Article
    it returns passes the check."""
    text = sample_text()
    monkeypatch.setattr(newsmodel.model, "CHECK_PARSED", True)
    checked = newsmodel.parse_text(text)
    monkeypatch.setattr(newsmodel.model, "CHECK_PARSED", False)
    unchecked = newsmodel.parse_text(text)
    assert unchecked == checked
    assert unchecked.people  # (the sample names people and quotes them)
    assert unchecked.quotations
    assert attrs.evolve(unchecked) == unchecked  # built outside a parser: checked


def test_parse_blocks_checks_its_article_always(monkeypatch: pytest.MonkeyPatch) -> None:
    """Blocks the caller gives may overlap: parse_blocks refuses them whether or not
    CHECK_PARSED asks for parse_text's Articles to be checked."""
    text = "Hello world. This is it.\n\nSecond paragraph here."
    blocks = [(Span(0, 24), None), (Span(6, 40), None)]
    for flag in (False, True):
        monkeypatch.setattr(newsmodel.model, "CHECK_PARSED", flag)
        with pytest.raises(ModelError, match="overlaps or precedes"):
            parse_blocks(text, blocks)


def test_article_rejects_overlapping_paragraphs() -> None:
    """Paragraphs come in order without overlapping."""
    text = "One two. Three four."
    with pytest.raises(ModelError, match="overlaps"):
        Article(
            text=text,
            paragraphs=[Paragraph(Span(0, 8), text[0:8]), Paragraph(Span(4, 20), text[4:20])],
        )


def test_sentence_outside_paragraph_rejected() -> None:
    """A sentence must lie inside its paragraph."""
    text = "One two.\n\nThree four."
    with pytest.raises(ModelError, match="outside its paragraph"):
        Article(
            text=text,
            paragraphs=[
                Paragraph(
                    Span(0, 8), text[0:8], ParagraphKind.BODY, [Sentence(Span(10, 21), text[10:21])]
                )
            ],
        )


def test_valid_article_keeps_text_verbatim() -> None:
    """A valid article keeps its text and exposes body paragraphs."""
    text = "Headline\n\nBody text here."
    article = Article(
        text=text,
        paragraphs=[
            Paragraph(Span(0, 8), "Headline", ParagraphKind.HEADLINE),
            Paragraph(Span(10, 25), "Body text here.", ParagraphKind.BODY),
        ],
    )
    assert article.text == text
    assert [p.text for p in article.body] == ["Body text here."]
