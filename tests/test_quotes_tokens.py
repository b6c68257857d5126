"""Tests of the quotation tokens: the plain-paragraph fast path splits like the full pattern."""

from __future__ import annotations

from array import array

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsmodel.quotes import tokens as tokens_module
from newsmodel.quotes.lexicon import ABBREVIATIONS
from newsmodel.quotes.marks import find_quotes
from newsmodel.quotes.tokens import (
    NOT_PLAIN_RE,
    PLAIN_TOKEN_SPLIT_RE,
    TOKEN_RE,
    TOKEN_SPLIT_RE,
    Tokens,
)
from tests.conftest import corpus
from tests.quotes_support import article, quote, speaker

PLAIN_CHARS = [chr(i) for i in range(128)] + list("\xa0’‘“”—–…‐£€¥°©®™§•―")
PIECES = [
    *PLAIN_CHARS,
    *sorted(ABBREVIATIONS),
    *["Mr.", "U.S.", "R-Pa.", "J. R.", "'s", "’s", "1st", "3.5%", "--", "...", "``", "''"],
    *["word", "Word", "WORD", "a1", "x-y", "don't", "won’t", "\t", "\n", "  "],
]


def _tokens(text: str) -> list[str]:
    return Tokens(text, [(0, 0, len(text))], find_quotes(text, [(0, len(text))], [True])).text


def test_plain_paragraph_tokens() -> None:
    """A plain paragraph keeps its abbreviations, contractions, numbers and marks whole."""
    text = "Mr. Lee told U.S. officials on Jan. 5 it's “3.5% less” -- don’t wait..."
    assert NOT_PLAIN_RE.search(text) is None
    assert _tokens(text) == [
        *["Mr.", "Lee", "told", "U.S.", "officials", "on", "Jan.", "5", "it", "'s", "“"],
        *["3.5%", "less", "”", "--", "don’t", "wait", "..."],
    ]


def test_other_paragraph_uses_full_pattern() -> None:
    """A paragraph with letters beyond ASCII is not plain, and its words stay whole."""
    text = "Señor Müller said “no”."
    assert NOT_PLAIN_RE.search(text) is not None
    assert _tokens(text) == ["Señor", "Müller", "said", "“", "no", "”", "."]


def test_every_plain_character_alone_and_between_letters() -> None:
    """Each plain character splits the same with the plain and the full pattern."""
    for c in PLAIN_CHARS:
        for s in (c, "a" + c, c + "a", "A" + c + "s", "1" + c + "2", c * 3):
            assert NOT_PLAIN_RE.search(s) is None
            assert PLAIN_TOKEN_SPLIT_RE.split(s) == TOKEN_SPLIT_RE.split(s), repr(s)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=16).map("".join))
def test_plain_split_equals_full_split(text: str) -> None:
    """On any plain string the plain pattern makes exactly the tokens of the full one."""
    assert PLAIN_TOKEN_SPLIT_RE.split(text) == TOKEN_SPLIT_RE.split(text)


def test_plain_split_equals_full_split_on_news() -> None:
    """On every plain BBC line the plain pattern makes exactly the tokens of the full one."""
    folder = corpus("bbc")
    lines = 0
    for path in sorted(folder.glob("*/*.txt"))[::5]:
        for line in path.read_bytes().decode("utf-8", errors="replace").splitlines():
            if line and NOT_PLAIN_RE.search(line) is None:
                lines += 1
                assert PLAIN_TOKEN_SPLIT_RE.split(line) == TOKEN_SPLIT_RE.split(line)
    assert lines > 1000


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from([*PIECES, "İstanbul", "ΣΟΦΙΑ", "Straße", " "]), max_size=24))
def test_lower_case_tokens_with_a_small_memory(pieces: list[str]) -> None:
    """Each token's lower case is str.lower's, also when the memory of lower cases is
    full and forgets (here after three tokens)."""
    text = " ".join(pieces)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(tokens_module, "_LOWER_CACHE_SIZE", 3)
        patch.setattr(tokens_module, "_LOWER", tokens_module._LowerCase())
        tokens = Tokens(text, [(0, 0, len(text))], find_quotes(text, [(0, len(text))], [True]))
        assert len(tokens_module._LOWER) <= 3
    assert tokens.lower == [t.lower() for t in tokens.text]


def test_quotations_read_from_a_list() -> None:
    """Tokens reads quotations given as a list of RawQuote as it reads find_quotes' arrays."""
    text = 'He said "we won." Then "no". And “it ends'
    quotes = find_quotes(text, [(0, len(text))], [True])
    a = Tokens(text, [(0, 0, len(text))], quotes)
    b = Tokens(text, [(0, 0, len(text))], list(quotes))
    assert len(quotes) == 3
    assert list(a.quote) == list(b.quote)
    assert list(a.quote_range) == list(b.quote_range)
    assert list(a.sent) == list(b.sent)
    assert a.sent_first == b.sent_first


def test_long_texts_make_the_same_tokens() -> None:
    """A short text keeps its numbers in lists; a long one in arrays, read through a list
    (short paragraphs) or one by one (long ones, to spare memory): all the same."""
    text = "Mr. Lee said “we won.” Then he left. " * 40
    spans = [(0, 0, len(text))]
    quotes = find_quotes(text, [(0, len(text))], [True])
    a = Tokens(text, spans, quotes)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(tokens_module, "_SHARED_FROM", 0)
        b = Tokens(text, spans, quotes)
        patch.setattr(tokens_module, "_LIST_ITEMS", 10)
        c = Tokens(text, spans, quotes)
    assert isinstance(a.start, list)
    assert isinstance(b.start, array)
    assert isinstance(c.sent, array)
    assert len(a) > 10
    for other in (b, c):
        assert list(a.start) == list(other.start)
        assert list(a.end) == list(other.end)
        assert list(a.para) == list(other.para)
        assert list(a.quote) == list(other.quote)
        assert list(a.sent) == list(other.sent)
        assert a.text == other.text


def test_long_texts_keep_one_string_per_distinct_token() -> None:
    """A long text's tokens are one string object each ("the" a thousand times is one
    string); a short text's are the same words."""
    text = "The cat said “the end.” " * 3000
    assert len(text) >= tokens_module._SHARED_FROM
    long = Tokens(text, [(0, 0, len(text))], find_quotes(text, [(0, len(text))], [True]))
    assert len({id(t) for t in long.text}) == len(set(long.text))
    short_text = text[:200]
    short = Tokens(short_text, [(0, 0, 200)], find_quotes(short_text, [(0, 200)], [True]))
    assert short.text == long.text[: len(short.text)]
    assert short.lower == long.lower[: len(short.text)]


def test_a_full_stop_inside_a_name_ends_no_sentence() -> None:
    """ "JAZZ.FM91" and "e.GO" are names; "said.Women", a space lost, ends a sentence."""
    text = "The judge chastised JAZZ.FM91 and e.GO on Friday. Dyer said.Women agreed."
    tokens = Tokens(text, [(0, 0, len(text))], [])
    sentences = {tokens.text[k] for k in tokens.sent_first}
    assert sentences == {"The", "Dyer", "Women"}


def test_a_zero_width_space_is_no_token() -> None:
    """ "Jeff Traeger\u200b said" (a zero-width space pasted after the name): the space is
    a gap, so the name is next to its cue and the offsets still point into the text."""
    text = "Jeff Traeger\u200b said he expects the union to help."
    t = Tokens(text, [(0, 0, len(text))], [])
    assert t.text[:3] == ["Jeff", "Traeger", "said"]
    assert [text[s:e] for s, e in zip(t.start, t.end, strict=True)] == t.text


def test_versus_in_a_case_name_ends_no_sentence() -> None:
    """ "Roe v. Wade", "Hale v. Brixo": "v." is one token, and the capitalised party after
    it starts no sentence; a sentence opener after it still does."""
    text = "She spoke of Roe v. Wade on Monday. The case was Hale v. The State."
    tokens = Tokens(text, [(0, 0, len(text))], [])
    assert "v." in tokens.text
    assert {tokens.text[k] for k in tokens.sent_first} == {"She", "The"}
    assert len(tokens.sent_first) == 3


def test_two_abbreviations_joined_by_a_hyphen_are_one_title() -> None:
    """ "Det.-Sgt.", "Lt.-Gov.": one token, a title; "R-Pa." stays one and "Mr.-x" splits."""
    text = "Det.-Sgt. Ana Reid met Lt.-Gov. Tom Hale and Sen. Joe Lee, R-Pa., at noon. Mr.-x"
    t = Tokens(text, [(0, 0, len(text))], [])
    assert {"Det.-Sgt.", "Lt.-Gov.", "R-Pa."} <= set(t.text)
    assert "Mr." in t.text


def test_a_web_address_is_one_token_and_ends_no_sentence() -> None:
    """ "valleydata.com", "www.gov.on.ca": one token each, the same with either splitter,
    so "Nate Brill, who founded valleydata.com, tweeted" keeps its speaker."""
    text = "who founded valleydata.com, tweeted on CBC.ca and www.gov.on.ca today."
    expected = ["who", "founded", "valleydata.com", ",", "tweeted", "on", "CBC.ca", "and"]
    found = TOKEN_RE.findall(text)
    assert found[:8] == expected
    assert found[8] == "www.gov.on.ca"
    assert [t for t in PLAIN_TOKEN_SPLIT_RE.split(text) if t.strip()] == found
    a = article(
        "Votes",
        "Vance spoke first. “We need the votes now,” Nate Brill, who founded"
        " valleydata.com, tweeted on Wednesday.",
    )
    assert speaker(quote(a, "We need the votes")) == "Nate Brill"
