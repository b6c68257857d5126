"""Tests of the named word lists of newsmodel.quotes.lexicon and newsmodel.people.lexicon."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from newsmodel.people import lexicon as people_lexicon
from newsmodel.quotes.lexicon import package_word_lists, read_word_lists, word_list

ROOT = Path(__file__).resolve().parents[1]
WORD_LIST_CALL_RE = re.compile(r'word_list\("(\w+)"\)')


def test_read_word_lists_reads_named_lists_over_lines() -> None:
    """Each name in brackets opens a list of the words after it, over several lines,
    kept as written; comments and blank lines are skipped."""
    text = "# a header\n\n[articles]\n# the articles\nthe a\n  an\n[suffixes]\nJr. III\n"
    lists = read_word_lists(text)
    assert lists == {"articles": frozenset({"the", "a", "an"}), "suffixes": {"Jr.", "III"}}


def test_read_word_lists_keeps_marks_as_words() -> None:
    """Punctuation and apostrophes are words of a list like any other."""
    assert read_word_lists("[junk]\nof & ’s 's —\n")["junk"] == {"of", "&", "’s", "'s", "—"}


@pytest.mark.parametrize(
    "text",
    ["[a]\nx\n[a]\ny\n", "x y\n[a]\nz\n", "[two words]\nx\n", "[]\nx\n"],
    ids=["name twice", "words before a name", "name with a space", "empty name"],
)
def test_read_word_lists_refuses_a_malformed_file(text: str) -> None:
    """A name given twice, words before the first name, or a name that is no identifier
    is an error that gives the line."""
    with pytest.raises(ValueError, match="line"):
        read_word_lists(text)


def test_word_list_keeps_case_sensitive_lists_as_written() -> None:
    """Lists of capitalised words are read as written, not lower-cased."""
    assert "Jr." in word_list("name_suffixes")
    assert "jr." not in word_list("name_suffixes")
    assert {"May", "June", "April", "August", "Every"} <= word_list("surname_words")
    assert "may" not in word_list("surname_words")


def test_word_list_of_an_unknown_name_is_an_error() -> None:
    """Asking for a list that no file gives fails at once."""
    with pytest.raises(KeyError):
        word_list("no_such_list")


@pytest.mark.parametrize("package", ["quotes", "people"])
def test_every_shipped_word_list_is_read_by_the_code(package: str) -> None:
    """Every list of data/lists/ is read by a module of its package, and every list the
    modules read is shipped: no list is left over, none is missing."""
    source = "\n".join(
        path.read_text(encoding="utf-8") for path in (ROOT / "newsmodel" / package).glob("*.py")
    )
    read = set(WORD_LIST_CALL_RE.findall(source))
    shipped = set(package_word_lists(f"newsmodel.{package}"))
    assert read == shipped


def test_people_word_list_reads_the_people_package() -> None:
    """The people stage's lists come from newsmodel/people/data/lists/."""
    assert "who" in people_lexicon.word_list("clause_words")
    with pytest.raises(KeyError):
        people_lexicon.word_list("determiners")
