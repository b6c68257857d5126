"""Tests of speakers named only after their words: a quotation standing alone whose
speaker the next sentence names (rule ``ahead``), and "she said" in a lede before the
woman is named."""

from __future__ import annotations

from newsmodel import Quotation, QuoteKind, Stance
from tests.quotes_support import article, quote, speaker


def rule(q: Quotation) -> str:
    """The rule that attributed a quotation (it must have an attribution)."""
    assert q.attribution is not None
    return q.attribution.rule


def test_a_sentence_pointing_back_names_the_speaker() -> None:
    """ "That was how Jane Dale, a nurse, described it." and "Those are the words of Tom
    Hale": theirs; a sentence pointing back with no cue nor "words" gives no one."""
    a = article(
        "Emergency room waits have hit a record high.",
        "“It is like working in a war zone every single night.”",
        "That was how Jane Dale, a nurse at the General Hospital, described it.",
    )
    q = quote(a, "It is like working")
    assert speaker(q) == "Jane Dale"
    assert rule(q) == "ahead"
    b = article(
        "Flooded again",
        "“You just stand there and watch the water come in.”",
        "Those are the words of Tom Hale, whose home has flooded three times.",
    )
    assert speaker(quote(b, "You just stand")) == "Tom Hale"
    c = article(
        "Emergency room waits have hit a record high.",
        "“It is like working in a war zone every single night.”",
        "That is a problem for Jane Dale and her colleagues at the hospital.",
    )
    assert quote(c, "It is like working").attribution is None


def test_the_next_sentence_of_the_paragraph_with_a_cue_names_the_speaker() -> None:
    """ "“...” Tom Hale, a farmer, shook his head as he said it.": Hale's; without a cue
    in that sentence, no one's."""
    a = article(
        "Crops are failing across the south.",
        "“We have had 40 millimetres of rain since April.” Tom Hale, a grain farmer,"
        " shook his head as he said it.",
    )
    assert speaker(quote(a, "We have had 40")) == "Tom Hale"
    b = article(
        "Crops are failing across the south.",
        "“We have had 40 millimetres of rain since April.” Tom Hale, a grain farmer,"
        " shook his head.",
    )
    assert quote(b, "We have had 40").attribution is None


def test_a_lede_quotation_is_the_one_the_next_paragraph_opens_with() -> None:
    """A quotation before anyone has spoken, then "Jane Dale has been a nurse ..." or
    "For Ann Reid, the apology came too late": theirs, as speech; not once someone has
    spoken before it."""
    a = article(
        "Hospital waits",
        "“It is like working in a war zone every single night.”",
        "Jane Dale has been a nurse at the General Hospital for 20 years.",
    )
    q = quote(a, "It is like working")
    assert speaker(q) == "Jane Dale"
    assert q.attribution is not None
    assert q.attribution.stance is Stance.SPEECH
    b = article(
        "An apology",
        "“I never thought I would see this day.”",
        "For Ann Reid, the apology from the province came 40 years too late.",
    )
    assert speaker(quote(b, "I never thought")) == "Ann Reid"
    c = article(
        "Hospital waits",
        "“The waits are long,” Tom Hale said on Monday.",
        "The hospital has 40 beds and a new wing.",
        "The province will pay for it. A report came out last year.",
        "The wing opens in May. It has 20 beds.",
        "“It is like working in a war zone every single night.”",
        "Jane Dale has been a nurse at the General Hospital for 20 years.",
    )
    late = quote(c, "It is like working")
    assert late.attribution is None or late.attribution.speaker.name != "Jane Dale"


def test_she_in_a_lede_is_the_woman_named_next() -> None:
    """ "“...,” she said. ¶ Union president Ann Dale said ...": Dale; not a woman named in
    the words reported ("She said she would vote for Ann Reid"), nor once a woman was
    named before."""
    a = article(
        "Strike ends",
        "“We got most of what we wanted,” she said.",
        "Union president Ann Dale said members voted 78 per cent in favour of the deal.",
    )
    assert speaker(quote(a, "We got most")) == "Ann Dale"
    b = article(
        "Strike ends",
        "“We got most of what we wanted,” she said of the vote for Ann Reid.",
        "The deal ends a strike of six weeks.",
    )
    assert speaker(quote(b, "We got most")) != "Ann Reid"
    c = article(
        "Strike ends",
        "Mayor Ann Reid spoke on Monday.",
        "“We got most of what we wanted,” she said.",
        "Union president Jane Dale said members voted 78 per cent in favour of the deal.",
    )
    assert speaker(quote(c, "We got most")) == "Ann Reid"


def test_said_that_after_a_quotation_names_its_speaker() -> None:
    """ "“...” ¶ General manager Kent Abernethy said that before the series.": "that"
    points back to the words, so they are his, though another man spoke just before (but
    "disputed that" answers another's words);
    "said that in an interview on Monday" reports no words of its own, and "said that in
    March the firm lost money" still does."""
    a = article(
        "Tom Hale said the plan was sound.",
        "“We have been knocked out in the first round a lot.”",
        "General manager Kent Abernethy said that before the series.",
        "Chief Ann Dale said that in an interview on Monday.",
        "Tom Hale said that in March the firm lost money.",
    )
    q = quote(a, "We have been knocked out")
    assert speaker(q) == "Kent Abernethy"
    assert rule(q) == "ahead"
    b = article(
        "“The lift has been broken since March,” said Ann Dale, who lives upstairs.",
        "“My mother has not left the building in weeks.”",
        "Tom Hale, the building manager, disputed that. “A crew came on Friday,” he said.",
    )
    assert speaker(quote(b, "My mother has not")) == "Ann Dale"
    reported = [x.text for x in a.quotations if x.kind is QuoteKind.INDIRECT]
    assert not any(t.startswith(("before", "in an interview")) for t in reported)
    assert "in March the firm lost money" in reported


def test_a_sentence_pointing_back_names_the_speaker_whoever_spoke_before() -> None:
    """ "That was how Coun. Ann Tran ... summed up the mood." and "Stan Boychuk made that
    statement Friday" name the speaker of the quotation before them, though another
    spoke just before it; "Such talk worries Tom Hale." names no one."""
    a = article(
        "Coun. Denise Mahabir moved a motion. “My residents are choosing,” she said.",
        "“This is the budget we can afford, not the budget we want.”",
        "That was how Coun. Ann Tran, who represents the ward, summed up the mood.",
        "“Brent is our coach. He is going to be our coach.”",
        "General manager Stan Boychuk made that statement Friday, a day before the win.",
    )
    q = quote(a, "This is the budget")
    assert (speaker(q), rule(q)) == ("Ann Tran", "ahead")
    assert speaker(quote(a, "Brent is our coach")) == "Stan Boychuk"
    b = article(
        "Coun. Denise Mahabir moved a motion. “My residents are choosing,” she said.",
        "“This is the budget we can afford.”",
        "Such talk worries Tom Hale, who chairs the committee.",
    )
    assert speaker(quote(b, "This is the budget")) == "Denise Mahabir"


def test_that_was_a_person_names_the_speaker_of_a_quotation_over_paragraphs() -> None:
    """ "“...¶“...” ¶ That was Conservative Leader Pierre Lavoie on Monday, announcing
    ...": the person the sentence names after "That was" said every part; "That was
    Monday." names no one."""
    a = article(
        "OTTAWA — “The tax is going up on April 1, and every family will feel it.",
        "“We are giving this Parliament one more chance to spike the hike.”",
        "That was Conservative Leader Pierre Lavoie on Monday, announcing a motion.",
    )
    for words in ("The tax is going up", "We are giving"):
        q = quote(a, words)
        assert (speaker(q), q.kind) == ("Pierre Lavoie", QuoteKind.DIRECT)
    assert rule(quote(a, "We are giving")) == "ahead"
    b = article("“We will vote against it.”", "That was Monday.")
    assert quote(b, "We will vote").attribution is None
