"""Tests of newsmodel.text.byline: author lines."""

from __future__ import annotations

import pytest

import newsmodel
from newsmodel import ParagraphKind
from newsmodel.text.byline import find_byline, split_names, title_case_name


@pytest.mark.parametrize(
    ("line", "authors", "organisation"),
    [
        ("By Jane Doe and John Roe, CNN", ("Jane Doe", "John Roe"), "CNN"),
        ("BY TED SMITH, Reuters", ("Ted Smith",), "Reuters"),
        ("By Rosa Blanco, Reuters", ("Rosa Blanco",), "Reuters"),
        ("By Jane Doe | CNN", ("Jane Doe",), "CNN"),
        ("By Jane Doe - Associated Press", ("Jane Doe",), "Associated Press"),
        (
            "By MARIA LOPEZ and TOM BRIGGS Associated Press",
            ("Maria Lopez", "Tom Briggs"),
            "Associated Press",
        ),
        ("By Jane Doe, Senior Correspondent", ("Jane Doe",), None),
        ("By: Maria da Silva", ("Maria da Silva",), None),
        ("Written by Ann Poe, Jo Lee and Kim Ro", ("Ann Poe", "Jo Lee", "Kim Ro"), None),
        ("By Jane Doe, The Harbour Times", ("Jane Doe",), "The Harbour Times"),
        ("Jane Doe, Reuters", ("Jane Doe",), "Reuters"),
        ("Jane Doe | CNN", ("Jane Doe",), "CNN"),
        ("Kenyon Wallace, Staff Reporter, Toronto Star", ("Kenyon Wallace",), "Toronto Star"),
        ("Tom Hale, Staff Writer, The Globe and Mail", ("Tom Hale",), "The Globe and Mail"),
    ],
)
def test_bylines(line: str, authors: tuple[str, ...], organisation: str | None) -> None:
    """Names go into authors (capitals put in title case), the organisation apart."""
    byline = find_byline(line, 0, len(line))
    assert byline is not None
    assert byline.authors == authors
    assert byline.organisation == organisation
    assert byline.text == line


@pytest.mark.parametrize(
    ("line", "authors", "organisation"),
    [
        ("By Jane Doe, BBC News, New York", ("Jane Doe",), "BBC News"),
        ("By Ana Ruiz and Tom Reyes, Reuters, Lisbon", ("Ana Ruiz", "Tom Reyes"), "Reuters"),
        ("By Jane Doe, BBC News", ("Jane Doe",), "BBC News"),
    ],
)
def test_a_place_after_the_organisation_is_left_out(
    line: str, authors: tuple[str, ...], organisation: str
) -> None:
    """ "By Jane Doe, BBC News, New York": the place where the reporter files from closes the
    byline; the names are the authors and the organisation stays the organisation."""
    found = find_byline(line, 0, len(line), top=False)
    assert found is not None
    assert (found.authors, found.organisation) == (authors, organisation)


def test_staff_credit_without_a_name() -> None:
    """'By . Daily Mail Reporter .' names no author; the organisation is kept."""
    line = "By . Daily Mail Reporter ."
    byline = find_byline(line, 0, len(line))
    assert byline is not None
    assert byline.authors == ()
    assert byline.organisation == "Daily Mail"


def test_organisation_alone() -> None:
    """'By Associated Press' is an organisation, not a person."""
    byline = find_byline("By Associated Press", 0, 19)
    assert byline is not None
    assert (byline.authors, byline.organisation) == ((), "Associated Press")


@pytest.mark.parametrize(
    "line",
    [
        "By the time the ferry arrived, the harbour was closed.",
        "Jane Doe",
        "Kenya and Brazil, Reuters",
        "The summit ended, Reuters",
        "Byron Smith said the harbour would reopen.",
        "Ann Dale, Chief Executive, Acme Corp",
        "Ann Dale, Health Minister, Ottawa Centre",
        # a lede after its dateline, "wait times" no outlet's name
        "EDMONTON — Alberta Premier Colleen Hrynchuk says the wait times are unacceptable.",
    ],
)
def test_not_bylines(line: str) -> None:
    """Sentences, bare names and places with an agency are no bylines."""
    assert find_byline(line, 0, len(line)) is None


def test_name_and_organisation_needs_the_top() -> None:
    """Without 'By', a name and an agency is a byline only at the top of a story."""
    line = "Jane Doe, Reuters"
    assert find_byline(line, 0, len(line), top=False) is None


def test_a_journalist_title_makes_a_byline_of_a_name_without_a_known_outlet() -> None:
    """ "Kenyon Wallace, Staff Reporter, Toronto Star" at the top of a story is its
    byline, so the reporter is no person of the story: "the 34-year-old" after it is
    the nurse the story opens with."""
    a = newsmodel.parse_text(
        "The former nurse\n\nKenyon Wallace, Staff Reporter, Toronto Star\n\n"
        "Maria Sandhu keeps a binder on her kitchen table.\n\n"
        "“Every one of them died in a home where I worked,” the 34-year-old said.\n"
    )
    assert a.paragraphs[1].kind is ParagraphKind.BYLINE
    assert a.byline is not None
    assert a.byline.authors == ("Kenyon Wallace",)
    q = a.quotations[0]
    assert q.speaker is not None
    assert q.speaker.name == "Maria Sandhu"


def test_span_is_the_line_in_the_text() -> None:
    """The byline's span points into the text it was read from."""
    text = "Headline\n\nBy Jane Doe, CNN\n\nBody."
    start = text.index("By")
    byline = find_byline(text, start, start + len("By Jane Doe, CNN"))
    assert byline is not None
    assert text[byline.span.start : byline.span.end] == byline.text == "By Jane Doe, CNN"


def test_title_case_name() -> None:
    """Names in capitals are put in title case, others are left as written."""
    assert title_case_name("ANNA LEE KOWALSKI") == "Anna Lee Kowalski"
    assert title_case_name("JEAN-LUC O'NEIL") == "Jean-Luc O'Neil"
    assert title_case_name("Ronan McDonald") == "Ronan McDonald"


def test_split_names() -> None:
    """Lists of names split on commas, 'and' and '&'; a non-name spoils the list."""
    assert split_names("Ann Poe, Jo Lee and Kim Ro") == ["Ann Poe", "Jo Lee", "Kim Ro"]
    assert split_names("Ann Poe & Jo Lee") == ["Ann Poe", "Jo Lee"]
    assert split_names("Ann Poe and the rest of the team") == []
