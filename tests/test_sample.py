"""Tests of newsmodel.sample: the built-in sample article and what the engine finds in it."""

from __future__ import annotations

from newsmodel import QuoteKind
from newsmodel.sample import sample_article, sample_text


def test_sample_text_is_the_article_text() -> None:
    """The sample article is parsed from the sample text, verbatim."""
    assert sample_article().text == sample_text()


def test_every_sample_quotation_is_attributed_right() -> None:
    """Each quotation of the sample has the speaker and cue a reader would give it."""
    found = [
        (
            q.kind,
            q.text[:24],
            q.attribution.speaker.name if q.attribution else None,
            q.attribution.cue.text if q.attribution and q.attribution.cue else None,
        )
        for q in sample_article().quotations
    ]
    direct, partial, indirect, scare = (
        QuoteKind.DIRECT,
        QuoteKind.PARTIAL,
        QuoteKind.INDIRECT,
        QuoteKind.SCARE,
    )
    assert found == [
        (direct, "This is the day the harb", "Helena Duarte", "said"),
        (direct, "We have waited long enou", "Helena Duarte", "said"),
        (indirect, "The park will anchor 40 ", "the council's planning office", "according to"),
        (indirect, "construction would begin", "Helena Duarte", "told"),
        (direct, "We have measured the cur", "Helena Duarte", "said"),
        (direct, "The water is fast, it is", "Helena Duarte", "said"),
        (
            partial,
            "the best grounds we have",
            "Members of the Castelmar Fishing Cooperative",
            "said",
        ),
        (indirect, "nobody had asked them", "Members of the Castelmar Fishing Cooperative", "said"),
        (indirect, "he had mixed feelings ab", "Rui Mendes", "said"),
        (direct, "I built ships in that ya", "Rui Mendes", "said"),
        (direct, "My father built ships in", "Rui Mendes", "said"),
        (direct, "If it has to become some", "Rui Mendes", "said"),
        (scare, "blue dividend", None, None),
        (direct, "The project will create ", "the council", "said"),
        (indirect, "they would appeal", "Opponents", "said"),
        (partial, "ignored its own environm", "Carla Nunes", "said"),
        (indirect, "the fight was not over", "Carla Nunes", "warned"),
    ]
