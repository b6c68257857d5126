"""Tests of newsmodel.text.features: words, case and endings of a line."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsmodel.text.features import (
    NOT_PLAIN_RE,
    PLAIN_WORD_RE,
    WORD_RE,
    caps_share,
    ends_with_final_punctuation,
    final_mark,
    is_all_caps,
    is_name_like,
    more_words_than,
    title_case_share,
    tokens,
    word_re,
)
from tests.conftest import corpus

PLAIN_CHARS = [chr(i) for i in range(128)] + list("\xa0’‘“”—–…‐£€¥°©®™§•―")


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


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from([*PLAIN_CHARS, "ab", "U.S.", "O'Neil’s", "x-1"]), max_size=30))
def test_plain_words_are_found_as_by_the_full_pattern(pieces: list[str]) -> None:
    """In a plain string the plain pattern finds exactly the words of the full one."""
    text = "".join(pieces)
    assert NOT_PLAIN_RE.search(text) is None
    assert word_re(text) is PLAIN_WORD_RE
    assert PLAIN_WORD_RE.findall(text) == WORD_RE.findall(text)
    assert [m.span() for m in PLAIN_WORD_RE.finditer(text, 1, 9)] == [
        m.span() for m in WORD_RE.finditer(text, 1, 9)
    ]


def test_other_strings_use_the_full_pattern() -> None:
    """A string with a letter beyond ASCII is not plain: its words stay whole."""
    text = "Señor Müller’s café"
    assert word_re(text) is WORD_RE
    assert tokens(text) == ["Señor", "Müller’s", "café"]
    assert more_words_than(text, 2)
    assert not more_words_than(text, 3)


def test_plain_words_on_news() -> None:
    """On every plain BBC line the plain pattern finds the words of the full one."""
    lines = 0
    for path in sorted(corpus("bbc").glob("*/*.txt"))[::5]:
        for line in path.read_bytes().decode("utf-8", errors="replace").splitlines():
            if NOT_PLAIN_RE.search(line) is None:
                lines += 1
                assert PLAIN_WORD_RE.findall(line) == WORD_RE.findall(line)
    assert lines > 1000


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.sampled_from([*PLAIN_CHARS, "ab", "U.S.", "O'Neil’s", "x-1", "a'b"]), max_size=40),
    st.integers(0, 12),
)
def test_plain_word_counts_are_those_of_the_words_found(pieces: list[str], limit: int) -> None:
    """On a plain string, more_words_than (one pattern match) says what counting the
    words of PLAIN_WORD_RE says."""
    text = "".join(pieces)
    assert more_words_than(text, limit) == (len(PLAIN_WORD_RE.findall(text)) > limit)


def test_word_counts_on_news() -> None:
    """On BBC paragraphs more_words_than agrees with the number of words, plain or not."""
    checked = 0
    for path in sorted(corpus("bbc").glob("*/*.txt"))[::10]:
        for line in path.read_bytes().decode("utf-8", errors="replace").splitlines():
            count = len(WORD_RE.findall(line))
            for limit in (0, 5, 45, 70):
                assert more_words_than(line, limit) == (count > limit)
            checked += 1
    assert checked > 1000
