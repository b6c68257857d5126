"""Tests of "he" and "she" that stand for the subject of the sentence before, past an
adjunct that opens that sentence ("On Thursday, she stood beside ...")."""

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
