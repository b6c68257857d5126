"""Tests of attributions right after a quotation that no list of reporting verbs knows:
"“...,” Holt started." and "wondered aloud"."""

from __future__ import annotations

from newsmodel import Stance
from tests.quotes_support import article, cue, quote, speaker


def test_any_past_verb_that_closes_the_sentence_after_a_comma_reports() -> None:
    """ "“...,” Holt started.": Holt's, cue "started"; "“...,” Holt started the meeting."
    (an object after the verb) is no attribution."""
    a = article(
        "Debate",
        "Vance spoke first. “The paper is claiming you met the donors in May,” Holt started.",
    )
    q = quote(a, "The paper is claiming")
    assert speaker(q) == "Holt"
    assert cue(q) == "started"
    b = article("Debate", "Vance spoke first. “It is done,” Holt started the meeting.")
    assert quote(b, "It is done").attribution is None


def test_a_thought_said_aloud_is_speech() -> None:
    """ "“...,” Holt wondered aloud.": speech, cue "wondered aloud"; "“Why?” she
    wondered." stays a thought."""
    a = article(
        "Debate",
        "Vance spoke first. “Maybe that is the difference between us,” Holt wondered aloud.",
    )
    q = quote(a, "Maybe that is")
    assert speaker(q) == "Holt"
    assert cue(q) == "wondered aloud"
    assert q.attribution is not None
    assert q.attribution.stance is Stance.SPEECH
    b = article("Debate", "Ann Reid looked at the ruins. “Why?” she wondered.")
    assert quote(b, "Why?").attribution is None
