"""Tests of newsmodel.text.lexicon: word lists shipped as package data."""

from __future__ import annotations

import pytest

from newsmodel.text.lexicon import AGENCIES, DEMONYMS, PLACES, SENTENCE_STARTERS, US_STATES, words


def test_lists_are_case_folded_sets() -> None:
    """Entries are case-folded, so lookups ignore case; comments are not entries."""
    assert "reuters" in AGENCIES
    assert "associated press" in AGENCIES
    assert "nairobi" in PLACES
    assert "hong kong" in PLACES
    assert "calif." in US_STATES
    assert "kenyan" in DEMONYMS
    assert "the" in SENTENCE_STARTERS
    assert not any(entry.startswith("#") for entry in AGENCIES | PLACES | US_STATES)


def test_words_reads_a_list_once() -> None:
    """The same list is returned for the same name."""
    assert words("agencies") is AGENCIES


def test_unknown_list_is_an_error() -> None:
    """Asking for a list that is not shipped raises FileNotFoundError."""
    with pytest.raises(FileNotFoundError):
        words("no-such-list")
