"""Tests of newsmodel.text.kinds: notes, furniture, credits, captions and subheadings."""

from __future__ import annotations

import pytest

import newsmodel
from newsmodel.model import ParagraphKind
from newsmodel.text import kinds
from newsmodel.text.features import more_words_than
from newsmodel.text.kinds import (
    RULES,
    is_boilerplate,
    is_editors_note,
    is_heading_line,
    is_prose,
    kind_of,
)
from tests.conftest import corpus


@pytest.mark.parametrize(
    "paragraph",
    [
        "Editor’s note: This story contains graphic descriptions.",
        "Editor's Note: The following is part two of a series.",
        "Correction: An earlier version misstated the harbour fee.",
        "CORRECTION",
        "Clarification: The board met on Tuesday, not Monday.",
        "This story has been updated with comment from the mayor.",
        "An earlier version of this article gave the wrong date.",
    ],
)
def test_editors_notes(paragraph: str) -> None:
    """Editor's notes and corrections are recognised by how they open."""
    assert is_editors_note(paragraph)
    decision = kind_of(paragraph)
    assert decision is not None
    assert decision.kind is ParagraphKind.EDITORS_NOTE


@pytest.mark.parametrize(
    "paragraph",
    [
        "Read more: Harbour fees to rise",
        "Sign up for our newsletter",
        "Click here to subscribe.",
        "Follow us on Twitter",
        "Follow Jane Doe on Instagram at @janedoe",
        "Advertisement",
        "Related: The ferry that never came",
        "© 2024 The Harbour Times. All rights reserved.",
        "Updated 10:05 AM ET, Tue May 7, 2024",
        "___",
        "* * *",
        "REUTER",
        "This article was originally published by The Harbour Times.",
        "Article Continued Below",
        "(Article continues after graphic.)",
        "Story continues below advertisement",
        "• Email: jdoe@harbourtimes.example | Twitter: jdoe",
        "More from CBC Manitoba:",
        "Also on HuffPost:",
    ],
)
def test_boilerplate(paragraph: str) -> None:
    """Page furniture is boilerplate."""
    assert is_boilerplate(paragraph)
    decision = kind_of(paragraph)
    assert decision is not None
    assert decision.kind is ParagraphKind.BOILERPLATE


@pytest.mark.parametrize(
    "paragraph",
    [
        "Correctional officers said the jail was full.",
        "Readers wrote in to complain about the fee.",
        "Related talks will continue next week, officials said.",
        "Follow-up inspections found no further damage.",
        "Story continued to develop as police arrived late on Tuesday.",
        "More from the minister came later.",
        "Also on Monday: the budget.",
    ],
)
def test_body_that_opens_like_furniture(paragraph: str) -> None:
    """Body sentences that share a first word with furniture stay unclaimed."""
    assert kind_of(paragraph) is None


def test_rules_are_named_and_ordered() -> None:
    """Every rule has a name; notes and furniture come before credits and captions."""
    names = [rule.name for rule in RULES]
    assert names == [
        "editors_note",
        "archive_label",
        "boilerplate",
        "credit",
        "photo_marker",
        "caption",
    ]
    decision = kind_of("(Reporting by Ann Poe; Editing by Tom Hale)")
    assert decision is not None
    assert decision.rule == "credit"


@pytest.mark.parametrize(
    "line",
    [
        "no deal on fisheries",
        "Money and energy",
        "A new trade bloc?",
        "“Climate Finance” and the rail corridor",
        "MARKET REPORT",
        "What comes next",
        "What the harbour board says",
        "Background",
        "Reaction",
        "CAN THE LIBERALS GET THEIR TONE RIGHT?.",
    ],
)
def test_heading_lines(line: str) -> None:
    """Short unpunctuated lines and short questions have a subheading's shape."""
    assert is_heading_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "It also left open how the two would fund the rail corridor.",
        "Here is what you need to know:",
        "Wheat   3.10   2.95   4.20",
        "Halifax 14 11 6 15 — 44",
        "Why does it matter so much to the families who have lived here for generations and more?",
        "and the figures were",
        "The mayor then asked, “Why now?”",
        "Q: Why did the board raise fees?",
        "- Lower fees for ferries",
        "Advertisement",
        "Watch",
        "Year",
        "ferries",
        "Halifax2024",
        "Can the Liberals get their tone right?.",
        "“This is petty,” Ana Ruiz wrote on her blog. “Really?”",
        "“Not now,” the coach posted online before the final?",
    ],
)
def test_not_heading_lines(line: str) -> None:
    """Sentences, list intros, table rows and fragments have no subheading shape."""
    assert not is_heading_line(line)


def test_prose() -> None:
    """Prose is a sentence of six words or more that ends as one."""
    assert is_prose("The talks did not settle the fisheries dispute.")
    assert not is_prose("A short one.")
    assert not is_prose("Halifax 14 11 6 15 — 44")


_FILLER = " ".join(["the harbour board met again on Monday to talk"] * 9)


@pytest.mark.parametrize(
    "opening",
    [
        "Read more: ",  # boilerplate
        "Reporting by Jane Doe and John Roe; ",  # a credit
        "Photo: Jane Doe/Reuters. ",  # a photo marker
        "Ana Ruiz waves to supporters in Lisbon on May 3, 2024. ",  # a caption
        "A power bank damaged by fire is displayed at a police station. ",  # a passive one
        "Editor's note: ",  # an editor's note, which a long paragraph may be
    ],
)
def test_long_paragraphs_are_read_by_the_rules_that_can_claim_them(opening: str) -> None:
    """A paragraph longer than LONG_CHARS characters and LONG_WORDS words gets the kind
    every rule, tried in order, gives it: those limited in length say no."""
    paragraph = opening + _FILLER + "."
    assert len(paragraph) > kinds.LONG_CHARS
    assert more_words_than(paragraph, kinds.LONG_WORDS)
    expected = next((d for test, d in kinds._DECISIONS if test(paragraph)), None)
    assert kind_of(paragraph) == expected
    assert all(not test(paragraph) for test, d in kinds._DECISIONS if d.rule in kinds._LIMITED)


def test_long_paragraphs_of_news_get_the_kind_of_every_rule() -> None:
    """On long BBC and PolNeAR paragraphs, no length-limited rule claims one, and
    kind_of gives what trying every rule gives."""
    long = 0
    for name in ("bbc", "polnear"):
        for path in sorted(corpus(name).rglob("*.txt"))[::4]:
            for paragraph in path.read_bytes().decode("utf-8", errors="replace").split("\n"):
                paragraph = paragraph.strip()
                if len(paragraph) <= kinds.LONG_CHARS:
                    continue
                expected = next((d for test, d in kinds._DECISIONS if test(paragraph)), None)
                assert kind_of(paragraph) == expected
                if more_words_than(paragraph, kinds.LONG_WORDS):
                    long += 1
                    assert expected is None or expected.rule not in kinds._LIMITED
    assert long > 500


def test_a_first_paragraph_a_photo_marker_opens_is_a_caption_not_the_headline() -> None:
    """ "Open this photo in gallery FILE PHOTO: ... REUTERS/Jane Roe" above a body is the
    picture's caption (it was read as the headline), while a short first line the words
    may take for a caption is still the headline."""
    a = newsmodel.parse_text(
        "Open this photo in gallery FILE PHOTO: A refinery is seen near Edmonton, Alberta, "
        "Canada, November 13, 2016. REUTERS/Jane Roe\n\n"
        "The federal government paid a company as much as $600-million.\n\n"
        "The company said it was fine.\n"
    )
    assert [p.kind for p in a.paragraphs] == [
        ParagraphKind.CAPTION,
        ParagraphKind.BODY,
        ParagraphKind.BODY,
    ]
    b = newsmodel.parse_text(
        "Police praise courageous driver\n\nThe driver was fine, police said.\n"
    )
    assert b.paragraphs[0].kind is ParagraphKind.HEADLINE


def test_a_gallery_label_opens_a_caption_in_the_body() -> None:
    """ "Open this photo in gallery Conservative Leader Andrew Scheer. Jane Roe/The Canadian
    Press" between body paragraphs is a caption (it was body), so its name is no mention
    a pronoun after it may stand for."""
    a = newsmodel.parse_text(
        "Title\n\nThe plan is new, the minister said.\n\n"
        "Open this photo in gallery Conservative Leader Andrew Scheer. Jane Roe/The Canadian "
        "Press\n\nHe said it was bad.\n"
    )
    assert [p.kind for p in a.paragraphs][2] is ParagraphKind.CAPTION
    assert kinds.kind_of("Open this photo in gallery A gas pump in Montreal.") is not None
