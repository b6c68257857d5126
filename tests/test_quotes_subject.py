"""Tests of the ``subject`` rule: a quoted fragment with no cue, given to the subject of
its sentence, with the subject's verb as the cue, never an adverb or a determiner."""

from __future__ import annotations

import newsmodel
from newsmodel import QuoteKind, Stance
from tests.quotes_support import article, cue, quote, speaker


def test_the_verb_after_the_subject_is_no_adverb_nor_determiner() -> None:
    """ "The senator spoke instead about “...”": the senator, cue "spoke" (not "The
    senator spoke" with the cue "instead"); "Ann Reid, the treasurer, has egged on
    voters with slogans like “...”": no cue "the"."""
    a = article(
        "Treaty",
        "Sen. Tom Hale met voters on Monday. The senator spoke instead about “fixing the treaty”.",
    )
    q = quote(a, "fixing the treaty")
    assert speaker(q) == "Tom Hale"
    assert cue(q) == "spoke"
    b = article(
        "Slogans",
        "Ann Reid, the treasurer of the PAC, has egged on voters online with slogans like"
        " “the valley will rise again.”",
    )
    q = quote(b, "the valley will")
    assert speaker(q) == "Ann Reid"
    assert cue(q) != "the"


def test_an_opening_participle_s_cue_is_the_main_subject_s() -> None:
    """ "Holding signs calling the governor “...,” the protesters marched": the protesters,
    not "Holding signs"."""
    a = article(
        "Protest",
        "Holding signs calling the governor “the worst in history,” the protesters marched"
        " to the capitol.",
    )
    assert speaker(quote(a, "the worst in history")) == "the protesters"


def test_a_fragment_after_a_sentence_of_speech_is_partial() -> None:
    """A quoted fragment woven into a sentence with no cue, right after a sentence of
    reported speech, is partial ("why he wanted to “go the extra mile” before writing");
    a sentence that is the quotation stays direct."""
    a = newsmodel.parse_text(
        "Voters\n\nJared Moss said the survey had reached hundreds of voters. That is why"
        " he wanted to “go the extra mile to understand them” before writing.",
        stances=frozenset(Stance),  # "wanted": a thought
    )
    q = quote(a, "go the extra mile")
    assert speaker(q) == "Jared Moss"
    assert q.kind is QuoteKind.PARTIAL
    b = article(
        "Voters",
        "Jared Moss said the survey had reached hundreds of voters. “We went the extra"
        " mile to understand them.”",
    )
    assert quote(b, "We went the extra").kind is QuoteKind.DIRECT


def test_a_cue_in_an_opening_clause_is_not_the_main_clause_s() -> None:
    """ "While Holt praises the budget as a “fair deal,” Vance fixates on the “hidden
    fees” line": the second fragment is Vance's, not Holt's; "As Ann Reid put it, the
    plan is “a lifeline”" stays Reid's, and so does a main clause whose subject is a
    pronoun ("Though Justice Ann Reid said ..., she believed ... “...”")."""
    a = article(
        "Budget",
        "While Ann Holt praises the budget as a “fair deal,” Tom Vance fixates on the"
        " “hidden fees” line.",
    )
    assert speaker(quote(a, "fair deal")) == "Ann Holt"
    assert speaker(quote(a, "hidden fees")) == "Tom Vance"
    b = article("Plan", "As Ann Reid put it, the plan is “a lifeline for this town.”")
    assert speaker(quote(b, "a lifeline")) == "Ann Reid"
    c = article(
        "Ruling",
        "Though Justice Ann Reid said she did not want to fine a small charity, she found"
        " its board had been “dragging its feet for months.”",
    )
    assert speaker(quote(c, "dragging its feet")) == "Ann Reid"
