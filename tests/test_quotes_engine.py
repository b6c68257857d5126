"""Tests of newsmodel.quotes.engine: find_quotations, the pipeline and its stages."""

from __future__ import annotations

import heapq
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsmodel
from newsmodel import Paragraph, ParagraphKind, Quotation, QuoteKind, Span
from newsmodel.quotes import Pipeline, find_quotations
from newsmodel.quotes.engine import _merged, cue_lemma
from newsmodel.sample import sample_text
from tests.quotes_support import article, quote


def paragraphs(text: str, kinds: list[ParagraphKind]) -> list[Paragraph]:
    """Paragraphs of ``text`` split on blank lines, with the kinds given."""
    found = []
    pos = 0
    for kind, block in zip(kinds, text.split("\n\n"), strict=True):
        start = text.index(block, pos)
        found.append(Paragraph(Span(start, start + len(block)), block, kind))
        pos = start + len(block)
    return found


def test_quotations_in_headings_and_captions_are_no_speech() -> None:
    """Quoted words in subheadings, captions and headlines without a speaker are scare
    quotes."""
    text = "\n\n".join(
        [
            "The “no more delays” plan",
            "“Climate Finance” and the bridge",
            "Mayor Helen Park speaks about “the future” at the harbour on May 3.",
            "“We will finish by June,” Helen Park said.",
        ]
    )
    kinds = [
        ParagraphKind.HEADLINE,
        ParagraphKind.HEADING,
        ParagraphKind.CAPTION,
        ParagraphKind.BODY,
    ]
    found = find_quotations(text, paragraphs(text, kinds))
    assert [(q.text, q.kind) for q in found] == [
        ("no more delays", QuoteKind.SCARE),
        ("Climate Finance", QuoteKind.SCARE),
        ("the future", QuoteKind.SCARE),
        ("We will finish by June,", QuoteKind.DIRECT),
    ]


def test_headlines_that_say_who_speaks_attribute_their_quotations() -> None:
    """ "Kasich: ‘...’" and "Mayor Park Vows ‘No More Delays’" name their speakers."""
    text = "\n\n".join(
        [
            "Kasich: ‘We Are Going All the Way to Cleveland.’",
            "The governor spoke in Ohio on Tuesday.",
        ]
    )
    found = find_quotations(text, paragraphs(text, [ParagraphKind.HEADLINE, ParagraphKind.BODY]))
    assert found[0].speaker is not None
    assert (found[0].speaker.name, found[0].attribution and found[0].attribution.rule) == (
        "Kasich",
        "colon",
    )
    text = "Mayor Helen Park Vows ‘No More Delays’ on Bridge\n\nThe bridge closed in May."
    found = find_quotations(text, paragraphs(text, [ParagraphKind.HEADLINE, ParagraphKind.BODY]))
    assert found[0].speaker is not None
    assert found[0].speaker.name == "Helen Park"


def test_quotations_come_in_text_order_with_paragraph_indexes() -> None:
    """Quotations of every kind are ordered by position, each naming its paragraph."""
    a = article(
        "The council met on Monday.",
        "Helen Park said the vote would be close. “We need every member,” she said.",
    )
    starts = [q.span.start for q in a.quotations]
    assert starts == sorted(starts)
    assert {q.paragraph for q in a.quotations} == {1}
    assert [q.kind for q in a.quotations] == [QuoteKind.INDIRECT, QuoteKind.DIRECT]


def test_every_span_equals_its_text() -> None:
    """Quotation, mention and cue spans all hold their stored text."""
    a = article(
        "“The harbour will reopen,” said Mayor Helen Park, who chairs the council.",
        "According to the port authority, the cranes will arrive in June.",
    )
    for q in a.quotations:
        assert a.text_at(q.span) == q.text
        assert q.attribution is not None
        assert q.attribution.speaker.mention is not None
        assert a.text_at(q.attribution.speaker.mention.span) == q.attribution.speaker.mention.text
        assert q.attribution.cue is not None
        assert a.text_at(q.attribution.cue.span) == q.attribution.cue.text


def test_every_attribution_names_its_rule_and_confidence() -> None:
    """Each attribution records the rule that made it and a confidence in [0, 1]."""
    a = article(
        "“Ask anyone,” said Ivan Petrov.",
        "“The steel is old.”",
        "Petrov said the repairs would take a year.",
    )
    rules = [q.attribution.rule for q in a.quotations if q.attribution]
    assert rules == ["cue-after-inverted", "floating", "indirect-that"]
    assert all(0 < q.attribution.confidence <= 1 for q in a.quotations if q.attribution)


def test_pipeline_stages_are_named_and_can_be_left_out() -> None:
    """The pipeline lists its stages by name; leaving out "indirect" drops indirect speech."""
    pipeline = Pipeline()
    assert pipeline.names[:3] == ("marks", "tokens", "cues")
    assert "indirect" in pipeline.names
    text = "Helen Park said the bridge would reopen in May."
    paras = paragraphs(text, [ParagraphKind.BODY])
    assert [q.kind for q in pipeline(text, paras)] == [QuoteKind.INDIRECT]
    assert pipeline.without("indirect")(text, paras) == ()
    with pytest.raises(ValueError, match="unknown stage"):
        pipeline.without("nonsense")


def test_parse_text_fills_article_quotations() -> None:
    """parse_text runs the engine; quotations=False leaves them out."""
    text = "“We will win,” Helen Park said."
    assert len(newsmodel.parse_text(text).quotations) == 1
    assert newsmodel.parse_text(text, quotations=False).quotations == ()


def test_empty_and_markless_articles() -> None:
    """An article without quote marks or cues has no quotations; nothing raises."""
    assert find_quotations("", []) == ()
    a = article("The bridge opened in 1931.", "It was widened to four lanes in 1975.")
    assert a.quotations == ()


def test_quoted_words_exclude_their_marks() -> None:
    """Direct and partial quotations hold the words between the marks only."""
    a = article("The minister said that the plan would “accelerate” growth.")
    q = quote(a, "accelerate")
    assert q.text == "accelerate"
    assert a.text[q.span.start - 1] == "“"
    assert a.text[q.span.end] == "”"


def test_the_engine_leaves_no_reference_cycle() -> None:
    """When parse_text returns, the engine's working data (tokens, cues, names) is freed at
    once: no reference cycle keeps it until the garbage collector's next pass."""
    import gc

    text = sample_text() * 3
    newsmodel.parse_text(text)
    gc.collect()
    gc.disable()  # the test's own: cycles must not be freed behind its back
    try:
        newsmodel.parse_text(text)
        unreachable = gc.collect()
    finally:
        gc.enable()
    assert unreachable == 0


@pytest.mark.parametrize(
    ("unit", "most"),
    [
        ("«a» ", 250),
        ('"Yes," he said. ', 250),
        ("“We won,” said Ana Ruiz. The vote was close. ", 120),
    ],
    ids=["guillemet-pairs", "quoted-clauses", "news-like"],
)
def test_memory_per_character_of_quotation_heavy_text_is_bounded(unit: str, most: int) -> None:
    """Parsing 30,000 characters dense with quotations allocates at most ``most`` bytes a
    character at its peak (tokens share one string per distinct token and keep their
    offsets in arrays; it was 350 for « » pairs). bench/quote_memory.py compares this
    with news, a megabyte at a time."""
    import tracemalloc

    text = unit * (30_000 // len(unit))
    newsmodel.parse_text(text[:5_000])  # the word lists, loaded once
    tracemalloc.start()
    try:
        newsmodel.parse_text(text)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak / len(text) <= most


def test_confidences_are_the_measured_precision_of_their_rule_and_cue() -> None:
    """A cue-after "said" is measured right nearly always, "endorsed" an object less often:
    the confidences say so, from the shipped table (bench/confidence.py)."""
    a = newsmodel.parse_text(
        "The vote was close.\n\n“We will win,” the mayor said.\n\n"
        "The farmers' union endorsed the harbour plan on Monday.",
        stances=set(newsmodel.Stance),
    )
    said = next(q for q in a.quotations if q.text.startswith("We will win"))
    endorsed = next(q for q in a.quotations if "harbour plan" in q.text)
    assert said.attribution is not None
    assert endorsed.attribution is not None
    assert said.attribution.confidence >= 0.95
    assert endorsed.attribution.confidence < said.attribution.confidence
    assert cue_lemma(said.attribution.cue) == "say"


STANCE_STORY = (
    "Mayor Helen Park said the ferry would run all winter. Park believes the harbour plan "
    "is sound, and the farmers' union endorsed it."
)


@pytest.mark.parametrize(
    "given",
    [{"thought"}, "thought", ["thought"], (newsmodel.Stance.THOUGHT,), newsmodel.Stance.THOUGHT],
)
def test_stances_by_value_or_member(given: Any) -> None:
    """A stance given by its value, alone or in any collection, asks for what the member
    does: the same article."""
    a = newsmodel.parse_text(STANCE_STORY, stances=given)
    assert a == newsmodel.parse_text(STANCE_STORY, stances={newsmodel.Stance.THOUGHT})
    assert [q.attribution.stance for q in a.quotations if q.attribution] == [
        newsmodel.Stance.THOUGHT
    ]


@pytest.mark.parametrize("given", [{"thoughts"}, {"Speech"}, [None], 3, {1}])
def test_a_stance_that_is_none_is_an_input_error(given: Any) -> None:
    """Anything that is no stance is refused, naming the stances, rather than reporting
    nothing."""
    with pytest.raises(newsmodel.InputError, match="'speech', 'thought', 'other'"):
        newsmodel.parse_text(STANCE_STORY, stances=given)


def test_plural_nouns_and_objects_of_hold_are_no_cues() -> None:
    """ "the dozen states that held primaries" reports nothing: "states" is a noun and
    what one holds is an event, not a belief."""
    a = newsmodel.parse_text(
        "Turnout was high in the dozen states that held primaries on Tuesday, and Ohio "
        "held its vote a week later.",
        stances=set(newsmodel.Stance),
    )
    assert [q for q in a.quotations if q.kind is QuoteKind.INDIRECT] == []


def test_the_words_a_sentence_s_subject_is_quoted_with_are_speech() -> None:
    """With no reporting verb, quoted words go to the subject of their sentence; the verb
    after the subject ("weighed") says nothing of their stance, so they are speech and
    reported by default."""
    a = newsmodel.parse_text(
        "The judge pointed to a previous case. Ana Ruiz weighed “whether a party "
        "benefitting from the order is a public entity.”"
    )
    [q] = a.quotations
    assert q.attribution is not None
    assert (q.speaker.name if q.speaker else None, q.attribution.rule) == ("Ana Ruiz", "subject")
    assert q.attribution.stance is newsmodel.Stance.SPEECH


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.tuples(st.integers(0, 6), st.integers(0, 3)), max_size=8),
    st.lists(st.tuples(st.integers(0, 6), st.integers(0, 3)), max_size=8),
)
def test_marked_and_indirect_quotations_merged_in_order(
    marked: list[tuple[int, int]], indirect: list[tuple[int, int]]
) -> None:
    """The build stage merges marked and indirect quotations (each in order) as
    heapq.merge does: by span, the marked one first where two have the same span."""

    def made(spans: list[tuple[int, int]], kind: QuoteKind) -> list[Quotation]:
        return [Quotation(Span(a, a + b), "x" * b, kind, None, None) for a, b in sorted(spans)]

    a = made(marked, QuoteKind.SCARE)
    b = made(indirect, QuoteKind.INDIRECT)
    expected = tuple(heapq.merge(a, b, key=lambda q: (q.span.start, q.span.end)))
    merged = _merged(a, b)
    assert [id(q) for q in merged] == [id(q) for q in expected]


def test_a_headline_in_the_passive_gives_no_speaker() -> None:
    """ "Lakeside dubbed ‘worst soap ever’", "Councils warned over ‘bin tax’": a past
    participle in a headline is passive, so its subject does not speak; "Unions urge
    ‘fair deal’" does."""
    for headline in ("Lakeside dubbed ‘worst soap ever’", "Councils warned over ‘bin tax’"):
        a = newsmodel.parse_text(f"{headline}\n\nThe show topped a poll of critics on Monday.\n")
        assert a.quotations[0].attribution is None
    a = newsmodel.parse_text("Unions urge ‘fair deal on pay’\n\nThe talks resume on Monday.\n")
    assert a.quotations[0].attribution is not None
    assert a.quotations[0].attribution.speaker.name == "Unions"


def test_a_headline_whose_speaker_is_a_role_noun_alone_gives_no_speaker() -> None:
    """ "Company says decision is ‘not a reflection’ of staff", "Mayor slams ‘reckless’
    plan": a role noun the headline capitalises names no one, so the words stay unsaid
    there; "Police praise ‘courageous’ driver" is the police's."""
    for headline in (
        "Company says decision is ‘not a reflection’ of staff",
        "Mayor slams ‘reckless’ plan",
    ):
        a = newsmodel.parse_text(f"{headline}\n\nThe plant will close, Acme Corp said.\n")
        assert a.quotations[0].attribution is None
    a = newsmodel.parse_text("Police praise ‘courageous’ driver\n\nThe driver was fine.\n")
    assert a.quotations[0].attribution is not None
    assert a.quotations[0].attribution.speaker.name == "Police"
