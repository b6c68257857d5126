"""Quotations of the invented Canadian-style articles in tests/quotes_articles, scored
against their gold at the issue's thresholds for held-out Canadian news.

Each article (CP, CBC, CTV and Globe and Mail styles; names, events and quotations
invented) gives every quotation's speaker as a full name. Over all of them at least 0.9
of the quotations with marks must be found, the speaker's full name must be right for at
least 0.85 of those found, and right for at least 0.7 of all quotations, with marks and
indirect. bench/quotes_canadian.py prints the same figures per article.
"""

from __future__ import annotations

import pytest

from tests.quotes_support import (
    QuoteScore,
    load_quotes_article,
    quotes_articles,
    right_name,
    score_quotes,
)

FOUND = 0.9
SPEAKER = 0.85
OVERALL = 0.7


def test_there_are_articles_with_many_speakers() -> None:
    """The set is several long articles with many quotations, direct and indirect."""
    names = quotes_articles()
    assert len(names) >= 5
    total = QuoteScore()
    for name in names:
        _text, gold = load_quotes_article(name)
        total.direct += len(gold["quotes"])
        total.indirect += len(gold["indirect"])
        assert len({q["speaker"] for q in gold["quotes"]}) >= 5, name
    assert total.direct >= 60
    assert total.indirect >= 60


@pytest.mark.parametrize("name", quotes_articles())
def test_gold_points_at_the_text(name: str) -> None:
    """Every gold quotation lies in the paragraph (line) it names."""
    text, gold = load_quotes_article(name)
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    assert len(lines) == gold["paragraph_count"]
    for item in gold["quotes"] + gold["indirect"]:
        assert item["text"] in lines[item["p"]], item


def test_quotations_and_full_names_at_the_thresholds() -> None:
    """Over all articles: found >= 0.9, speaker right >= 0.85, all quotations >= 0.7."""
    total = QuoteScore()
    for name in quotes_articles():
        text, gold = load_quotes_article(name)
        total += score_quotes(text, gold)
    assert total.found >= FOUND, total.misses
    assert total.speaker >= SPEAKER, total.misses
    assert total.overall >= OVERALL, total.misses


@pytest.mark.parametrize("name", quotes_articles())
def test_each_article_keeps_most_speakers_right(name: str) -> None:
    """No single article falls below the overall threshold for all its quotations."""
    text, gold = load_quotes_article(name)
    score = score_quotes(text, gold)
    assert score.overall >= OVERALL, score.misses


def test_right_name_wants_the_full_name() -> None:
    """A surname, a pronoun or a name with its title is not the full name."""
    assert right_name("Raymond Kowalchuk", "Raymond Kowalchuk")
    assert right_name("Ontario Hospital Association", "the Ontario Hospital Association")
    assert right_name("spokesperson for Metrolinx", "A spokesperson for Metrolinx")
    assert not right_name("Raymond Kowalchuk", "Kowalchuk")
    assert not right_name("Raymond Kowalchuk", "he")
    assert not right_name("Siobhan O'Neill", "Mental Health Minister Siobhan O'Neill")
    assert not right_name("Raymond Kowalchuk", None)
