"""Tests of attributions that no list of reporting verbs knows ("“...,” Holt started.",
"wondered aloud"), and of the one a verb of causing makes speak ("prompted Ann Reid to
state")."""

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


def test_the_one_a_verb_of_causing_makes_speak_is_the_speaker() -> None:
    """ "The memo prompted Ann Reid to state, “...”": Ann Reid, mention "Ann Reid" (not
    "The memo prompted Ann Reid"); "led Tom Hale to counter that “...”": Hale; a plain
    infinitive ("wants to say") still reports nothing."""
    a = article(
        "Memo",
        "The memo prompted Ann Reid to state, “The county is the worst-run county in the region.”",
    )
    q = quote(a, "The county is")
    assert speaker(q) == "Ann Reid"
    assert q.speaker is not None
    assert q.speaker.mention is not None
    assert q.speaker.mention.text == "Ann Reid"
    b = article(
        "Memo",
        "The memo led Tom Hale to counter that “every cent went to the bailout.”",
    )
    assert speaker(quote(b, "every cent")) == "Tom Hale"


def test_a_cue_before_the_words_wins_over_a_signature_after_them() -> None:
    """ "Dunne ... insisted that his party remained “the first choice of the voters.”--Kim
    Marsh.": Dunne's words; the signature is the reporter's."""
    a = article(
        "Election",
        "Dunne said on Tuesday he hopes to “build a coalition soon” and insisted that his"
        " party remained “the first choice of the voters.”--Kim Marsh.",
    )
    assert speaker(quote(a, "the first choice")) == "Dunne"


def test_called_out_after_a_quotation_says_it_aloud() -> None:
    """ "“Will you meet the students?” another reporter called out": the reporter asks, not
    the minister; "“Come inside,” his mother called from the doorway" is the mother's."""
    a = article(
        "Protest",
        "Minister Karen Dhaliwal left the room. “Will you meet the students?” another"
        " reporter called out.",
        "Tom Hale stood on the porch. “Come inside,” his mother called from the doorway.",
    )
    assert speaker(quote(a, "Will you meet")) == "another reporter"
    assert speaker(quote(a, "Come inside")) == "his mother"
