"""Tests of "he" and "she": the subject of the sentence before, past an adjunct that
opens it ("On Thursday, she stood beside ..."), and a name said to the speaker inside
their words."""

from __future__ import annotations

from tests.quotes_support import article, quote, speaker


def test_she_after_a_time_or_place_opener_is_the_subject_she_stood_for() -> None:
    """ "Sunita Rao read a statement. On Thursday, she stood beside Fahey ... ¶ “...,” she
    said": Rao, whom "she" stood for, not Fahey named after it; also after "In court,"."""
    for opener in ("On Thursday,", "In court,", "Outside court,", "Last week,"):
        a = article(
            "Sentencing",
            "“We will never know,” Crown prosecutor Colleen Fahey told reporters.",
            f"Sunita Rao read a victim impact statement. {opener} she stood beside Fahey"
            " on the courthouse steps.",
            "“Eight years is not enough,” she said.",
        )
        assert speaker(quote(a, "Eight years")) == "Sunita Rao", opener


def test_a_name_the_words_are_said_to_does_not_rule_its_bearer_out() -> None:
    """ "“Mr. Gagne told me, Peter, the customers are your family now,” he says": Peter
    Kalogeropoulos, whose own name is said to him inside the words; not Gagne, who is
    named there as someone else."""
    a = article(
        "Diner",
        "Peter Kalogeropoulos bought the diner in 1976 from Alphonse Gagne.",
        "“Mr. Gagne told me, Peter, the customers are your family now,” he says.",
    )
    assert speaker(quote(a, "Mr. Gagne told me")) == "Peter Kalogeropoulos"
