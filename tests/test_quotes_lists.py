"""Tests of quotations after a colon: lists of voices ("vox pops"), each line opening
with the speaker, what they are and where they live; and nouns of speech whose owner
speaks ("Her message to the premier: “...”")."""

from __future__ import annotations

from tests.quotes_support import article, quote, speaker


def test_a_line_of_name_description_and_place_is_the_named_person_s() -> None:
    """ "Devon Achebe, retired teacher, Markham: “...”" and "• Devon Achebe, 52: “...”":
    Achebe, not the town nor nobody; a line that ends in a full name before the colon
    keeps that name."""
    a = article(
        "What voters told us",
        "We asked voters what matters most this election.",
        "Devon Achebe, retired teacher, Markham: “Housing. My kids will never afford a home.”",
        "Martina Kovac, nurse, Brampton: “Transit. I spend three hours a day on the bus.”",
    )
    assert speaker(quote(a, "Housing")) == "Devon Achebe"
    assert speaker(quote(a, "Transit")) == "Martina Kovac"
    c = article(
        "What voters told us",
        "We asked voters what matters most this election.",
        "• Devon Achebe, 52: “Housing. My kids will never afford a home here.”",
        "• Martina Kovac, 27: “Transit. I spend three hours a day on the bus.”",
    )
    assert speaker(quote(c, "Housing")) == "Devon Achebe"
    assert speaker(quote(c, "Transit")) == "Martina Kovac"
    b = article(
        "The debate",
        "From the chair, Jane Dale: “We will take questions now.”",
    )
    assert speaker(quote(b, "We will take")) == "Jane Dale"


def test_a_noun_of_speech_before_a_colon_gives_its_owner() -> None:
    """ "Cuthbert's assessment of the new schedule was blunt: “...”": Cuthbert's words;
    "Her message to Premier Glen Dale: “...”": hers, not the premier's."""
    a = article(
        "Schedule",
        "Bus driver Tom Cuthbert has driven the route for 20 years. Cuthbert's assessment"
        " of the new schedule was blunt: “It does not work.”",
    )
    assert speaker(quote(a, "It does not work")) == "Tom Cuthbert"
    b = article(
        "Nurses rally",
        "Ruth Dale has been a nurse for 30 years. Her message to Premier Glen Dale:"
        " “Come work one shift with us.”",
    )
    assert speaker(quote(b, "Come work")) == "Ruth Dale"


def test_a_noun_of_speech_owned_by_a_role_or_with_a_month() -> None:
    """ "The senator's answer was that “...”" is the senator's (Sen. Tom Vance); "her
    March comment that, “...”" is hers."""
    a = article(
        "Talk",
        "Sen. Tom Vance spoke on Monday. The senator's answer was that “the family comes"
        " first in everything we do.”",
    )
    assert speaker(quote(a, "the family comes")) == "Tom Vance"
    b = article(
        "Mills",
        "Ann Holt spoke on Monday. Few will back Holt after her March comment that, “We"
        " are going to put a lot of mills out of business.”",
    )
    assert speaker(quote(b, "We are going")) == "Ann Holt"


def test_more_from_a_name_before_a_colon() -> None:
    """A live blog's "More from Jones: “...”" gives the words to Jones."""
    a = article(
        "Forecast",
        "Vance spoke on Monday. More from Jones: “The state's partisanship is a starting"
        " point for any forecast of the race.”",
    )
    assert speaker(quote(a, "The state's")) == "Jones"


def test_a_noun_of_speech_after_another_clause_s_verb() -> None:
    """ "... a long answer to a question about her claim that she “...”": her claim,
    though a verb of speech ("answer") stands further back in the sentence; "denounced
    Tom Hale's remarks as “...”" stays the verb's."""
    a = article(
        "Emails",
        "Ann Holt spoke on Monday. The remarks were a long answer to a question about the gap"
        " between her claim that she “never kept the files at home” and the audit.",
    )
    assert speaker(quote(a, "never kept the files")) == "Ann Holt"
    b = article("Remarks", "Ann Reid denounced Tom Hale's remarks as “a disgrace”.")
    assert speaker(quote(b, "a disgrace")) == "Ann Reid"
