"""Tests of newsmodel.text.headline: does a first line read as a title?"""

from __future__ import annotations

import pytest

from newsmodel.text.headline import headline_rule


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("HARBOUR OIL <HBO> TO FORM FINANCE UNIT", "caps"),
        ("HARBOUR BOARD RAISES FEES, SEES BUSY YEAR.", "caps"),
        ("Ministers pledge closer trade ties", "unpunctuated"),
        ("no deal on fisheries", "unpunctuated"),
        ("Is this the end of cash?", "question"),
        ("Why The Harbour Board Says Fees Must Rise.", "title_case"),
        ("Mayor to seek second term, aides say.", "short"),
        ("The Latest: Council to vote on budget.", "label"),
        ("Mayor: 'We will not back down.'", "label"),
    ],
)
def test_titles_are_headlines(line: str, rule: str) -> None:
    """Lines that read as titles are headlines, by the rule named."""
    assert headline_rule(line) == rule


@pytest.mark.parametrize(
    "line",
    [
        "The council has approved a new budget for the harbour after months of talks.",
        "Harbour fees rose sharply last year. Shipping firms complained.",
        "It was the coldest night of the year in the capital.",
        "A virus that hides in photo files is spreading across the internet.",
        "Residents said the water had reached the first floor, and officials warned of more rain,",
        "Here is what we know so far:",
        "",
    ],
)
def test_sentences_are_not_headlines(line: str) -> None:
    """A line that is a real sentence (or a fragment, or nothing) is no headline."""
    assert headline_rule(line) is None


def test_a_sentence_case_title_needs_a_blank_line_when_long() -> None:
    """A sentence-case title with a full stop longer than 12 words needs a blank line after it."""
    line = "Council to weigh harbour fee rise, new ferry routes and parking rules next week."
    assert headline_rule(line, blank_after=True) == "short"
    assert headline_rule(line, blank_after=False) is None


def test_very_long_lines_are_not_headlines() -> None:
    """A line of more than 30 words is no headline, even without punctuation."""
    assert headline_rule(" ".join(["word"] * 31)) is None


@pytest.mark.parametrize(
    "line",
    [
        "“We will rebuild the bridge,” Helen Park said.",
        "Mayor Helen Park defended the harbour plan on Monday.",
        "The mayor told reporters the plan was sound.",
    ],
)
def test_short_lead_sentences_are_no_headline(line: str) -> None:
    """A short first sentence that reports speech or dates its news is the story's lead."""
    assert headline_rule(line) is None
