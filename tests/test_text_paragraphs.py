"""Tests of newsmodel.text.paragraphs: paragraph spans in plain text."""

from __future__ import annotations

from newsmodel.text.paragraphs import is_hard_wrapped, split_lines, split_paragraphs

WIRE = (
    "HARBOUR BOARD <HBD> RAISES FEES\n"
    "    HALIFAX, March 3 - The Halifax harbour board said it would\n"
    "raise berthing fees by eight pct from April one, citing the\n"
    "cost of dredging the main channel last year.\n"
    "    The board said the increase was its first since 1984.\n"
    " REUTER\n"
)


def texts(text: str) -> list[str]:
    return [span.of(text) for span in split_paragraphs(text)]


def test_blank_lines_separate_paragraphs() -> None:
    """Blank lines (with stray spaces and tabs on them) separate paragraphs."""
    text = "First paragraph here.\n\n  \t\nSecond one, after a blank line.\n \nThird."
    assert texts(text) == ["First paragraph here.", "Second one, after a blank line.", "Third."]


def test_single_newlines_give_one_paragraph_a_line() -> None:
    """Scraped copy with single newlines has one paragraph per line."""
    text = "The council met on Monday.\nIt approved the budget.\nno deal on parking\nThe vote was close."
    assert texts(text) == [
        "The council met on Monday.",
        "It approved the budget.",
        "no deal on parking",
        "The vote was close.",
    ]


def test_hard_wrapped_wire_copy_joins_lines_and_splits_at_indents() -> None:
    """Hard-wrapped wire copy: wrapped lines join, an indented line starts a paragraph."""
    assert is_hard_wrapped(WIRE)
    found = texts(WIRE)
    assert found[0] == "HARBOUR BOARD <HBD> RAISES FEES"
    assert found[1].startswith("HALIFAX, March 3 - The Halifax")
    assert found[1].endswith("main channel last year.")
    assert "\n" in found[1]
    assert found[2] == "The board said the increase was its first since 1984."
    assert found[3] == "REUTER"


def test_crlf_and_cr_line_endings() -> None:
    """CRLF and lone CR end lines like LF, and never end up in a span."""
    text = "Headline here\r\n\r\nA paragraph.\r\nAnother one.\rA third."
    assert texts(text) == ["Headline here", "A paragraph.", "Another one.", "A third."]


def test_spans_exclude_surrounding_whitespace() -> None:
    """A paragraph's span starts and ends on text, not on spaces or tabs."""
    text = "  \t Indented paragraph.  \n\n\tTabbed one.\t\n"
    for span in split_paragraphs(text):
        stored = span.of(text)
        assert stored == stored.strip()
    assert texts(text) == ["Indented paragraph.", "Tabbed one."]


def test_short_lines_are_not_taken_for_wrapped_prose() -> None:
    """A list of short lines stays one paragraph per line."""
    text = "\n".join(["apples", "pears and plums", "figs", "dates", "limes"])
    assert not is_hard_wrapped(text)
    assert len(split_paragraphs(text)) == 5


def test_table_rows_in_wire_copy_are_paragraphs_of_their_own() -> None:
    """Rows of a table (columns set apart by runs of spaces) are not joined."""
    text = (
        "GRAIN PRICES\n"
        "    CHICAGO, March 3 - Cash grain prices at the close of\n"
        "trading were as follows, in dlrs per bushel, against the\n"
        "previous close of the board of trade.\n"
        " Wheat     2.85    2.80\n"
        " Corn      1.55    1.52\n"
    )
    found = texts(text)
    assert found[-2:] == ["Wheat     2.85    2.80", "Corn      1.55    1.52"]


def test_empty_and_blank_text_have_no_paragraphs() -> None:
    """Text of whitespace only has no lines and no paragraphs."""
    assert split_paragraphs("") == []
    assert split_paragraphs(" \n\t\r\n\u2028 ") == []
    assert split_lines("\n\n") == []
