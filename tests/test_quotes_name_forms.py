"""Tests of the forms a speaker's name takes: a generation's suffix ("Jr.", "III") is part
of the name, and tells a son from his father."""

from __future__ import annotations

from tests.quotes_support import article, quote, speaker


def test_a_generation_suffix_is_part_of_the_name() -> None:
    """ "said Frank Ngata Jr." is Frank Ngata Jr.; "Ngata said" later is he too."""
    a = article(
        "Lacrosse star",
        "“My dad taught me to play in the backyard,” said Frank Ngata Jr., 19.",
        "“It was a long road,” Ngata said.",
    )
    assert speaker(quote(a, "My dad taught")) == "Frank Ngata Jr."
    assert speaker(quote(a, "It was a long")) == "Frank Ngata Jr."


def test_a_son_and_his_father_are_two_speakers() -> None:
    """ "Donald Trump Jr." and "Donald J. Trump": "Trump Jr. said" is the son's words,
    "Mr. Trump said" the father's."""
    a = article(
        "Convention",
        "Donald J. Trump spoke on Monday. His son Donald Trump Jr. spoke on Tuesday.",
        "“It was great,” Trump Jr. said.",
        "“We won,” Mr. Trump said.",
    )
    assert speaker(quote(a, "It was great")) == "Donald Trump Jr."
    assert speaker(quote(a, "We won")) == "Donald J. Trump"
