"""Tests of newsmodel.text.features: words, case and endings of a line."""

from __future__ import annotations

from newsmodel.text.features import (
    caps_share,
    ends_with_final_punctuation,
    final_mark,
    is_all_caps,
    is_name_like,
    title_case_share,
    tokens,
)


def test_tokens_keep_inner_punctuation() -> None:
    """Words keep inner dots, apostrophes and hyphens."""
    assert tokens("U.S. firm O'Neil's co-op, (AP)") == ["U.S.", "firm", "O'Neil's", "co-op", "AP"]


def test_case_measures() -> None:
    """Capitals are measured over letters only."""
    assert caps_share("ABC def") == 0.5
    assert caps_share("123") == 0.0
    assert is_all_caps("HARBOUR OIL <HBO> TO FORM UNIT")
    assert not is_all_caps("US")
    assert not is_all_caps("Harbour Oil")
    assert title_case_share("The Fall of the House of Usher") == 1.0
    assert title_case_share("the fall of the house") == 0.0


def test_final_mark_skips_closing_quotes_and_brackets() -> None:
    """The final mark is the last character before closing quotes and brackets."""
    assert final_mark("He said “yes.”") == "."
    assert final_mark("(the end?)  ") == "?"
    assert final_mark("") == ""
    assert ends_with_final_punctuation("It rained.")
    assert not ends_with_final_punctuation("no deal on fisheries")


def test_name_like() -> None:
    """Names are capitalised words, with particles and suffixes allowed."""
    assert is_name_like("Jane Doe")
    assert is_name_like("Maria da Silva")
    assert is_name_like("J.R. Smith Jr.")
    assert not is_name_like("the board")
    assert not is_name_like("Ann Lee Poe Kim Ro Bo")
