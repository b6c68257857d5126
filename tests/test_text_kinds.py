"""Tests of newsmodel.text.kinds: notes, furniture, credits, captions and subheadings."""

from __future__ import annotations

import pytest

from newsmodel.model import ParagraphKind
from newsmodel.text.kinds import (
    RULES,
    is_boilerplate,
    is_editors_note,
    is_heading_line,
    is_prose,
    kind_of,
)


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
