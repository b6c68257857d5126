"""Tests of newsmodel.quotes.indirect: reported speech without quote marks."""

from __future__ import annotations

from newsmodel import QuoteKind
from tests.quotes_support import article, cue, indirect, mention, speaker


def test_said_that_clause() -> None:
    """X said that CLAUSE: the clause is the reported speech."""
    a = article("Helen Park said that the bridge would reopen in May.")
    q = indirect(a, "bridge")
    assert q.text == "the bridge would reopen in May"
    assert (speaker(q), cue(q)) == ("Helen Park", "said")
    assert q.attribution is not None
    assert q.attribution.rule == "indirect-that"


def test_said_clause_without_that() -> None:
    """X said CLAUSE, with "that" left out and a time adjunct before the clause."""
    a = article("Otieno said on Saturday Kenya is ready to welcome foreign builders.")
    q = indirect(a, "Kenya is ready")
    assert q.text == "Kenya is ready to welcome foreign builders"
    assert speaker(q) == "Otieno"


def test_told_reporters_that() -> None:
    """X told reporters that CLAUSE: the recipient is skipped."""
    a = article("A senior Kenyan official told reporters on Friday that the talks had stalled.")
    q = indirect(a, "talks")
    assert q.text == "the talks had stalled"
    assert speaker(q) == "A senior Kenyan official"


def test_according_to_before_the_clause() -> None:
    """According to X, CLAUSE."""
    a = article("According to the port authority, the cranes will arrive in June.")
    q = indirect(a, "cranes")
    assert q.text == "the cranes will arrive in June"
    assert (speaker(q), cue(q)) == ("the port authority", "According to")


def test_clause_then_speaker() -> None:
    """CLAUSE, X said: the attribution closes the sentence."""
    a = article("The ferry will be free for residents, the deputy mayor said on Tuesday.")
    q = indirect(a, "ferry")
    assert q.text == "The ferry will be free for residents"
    assert mention(q) == "the deputy mayor"
    assert q.attribution is not None
    assert q.attribution.rule == "indirect-after"


def test_clause_then_inverted_speaker() -> None:
    """CLAUSE, said X, DESCRIPTION."""
    a = article("Freight costs could fall by a third, said Kofi Boateng, a port economist.")
    q = indirect(a, "Freight")
    assert speaker(q) == "Kofi Boateng"


def test_indirect_speech_resolves_pronouns() -> None:
    """Indirect speech of "she" is attributed to the woman named before."""
    a = article(
        "Mayor Helen Park toured the bridge on Monday.",
        "She said the steel was older than anyone had thought.",
    )
    q = indirect(a, "steel")
    assert (speaker(q), mention(q)) == ("Helen Park", "She")


def test_indirect_speech_stops_before_a_partial_quotation() -> None:
    """A quoted fragment ends the indirect clause and is a quotation of its own."""
    a = article(
        "Ferreira added that talks on a geothermal partnership are under way, including "
        "“a pilot plant in the valley.”"
    )
    q = indirect(a, "geothermal")
    assert q.text == "talks on a geothermal partnership are under way"
    partial = [x for x in a.quotations if x.kind is QuoteKind.PARTIAL]
    assert [x.text for x in partial] == ["a pilot plant in the valley."]
    assert speaker(partial[0]) == speaker(q)


def test_no_indirect_speech_without_a_reported_clause() -> None:
    """A cue whose sentence reports nothing, or a negated cue, makes no indirect speech."""
    a = article(
        "The mayor did not say when the bridge would reopen.",
        "The report was read aloud at the meeting.",
    )
    assert [q for q in a.quotations if q.kind is QuoteKind.INDIRECT] == []


def test_stances_report_their_object() -> None:
    """Stances such as "endorsed" report their object, with a lower confidence."""
    a = article("The farmers' union endorsed the harbour plan on Monday.")
    q = indirect(a, "harbour plan")
    assert q.attribution is not None
    assert q.attribution.rule == "indirect-object"
    assert q.attribution.confidence < 0.75
