"""Tests of newsmodel.text.credits: contributor and production credits."""

from __future__ import annotations

import pytest

from newsmodel.text.credits import parse_credit


@pytest.mark.parametrize(
    ("line", "names"),
    [
        (
            "CNN’s Peter Kamau, Ana Souza and Rafael Lima contributed to this report.",
            ("Peter Kamau", "Ana Souza", "Rafael Lima"),
        ),
        ("Jane Doe contributed coverage.", ("Jane Doe",)),
        ("Ann Poe and Jo Lee contributed reporting from Lisbon.", ("Ann Poe", "Jo Lee")),
        ("(Reporting by Ann Poe; Editing by Tom Hale)", ("Ann Poe", "Tom Hale")),
        (
            "Reporting by Ann Poe in Lisbon; Additional reporting by Jo Lee; "
            "Writing by Kim Ro; Editing by Tom Hale",
            ("Ann Poe", "Jo Lee", "Kim Ro", "Tom Hale"),
        ),
        ("Compiled by Jane Doe", ("Jane Doe",)),
        ("Contributing: Rosa Blanco", ("Rosa Blanco",)),
        (
            "Associated Press writers Ann Poe in Lisbon and Jo Lee in Seoul contributed to this report.",
            ("Ann Poe", "Jo Lee"),
        ),
        ("The Associated Press contributed to this report.", ("The Associated Press",)),
        (
            "CNN’s Marta Pires reported from Lisbon, and Diego Soto reported from Santiago.",
            ("Marta Pires", "Diego Soto"),
        ),
        ("Reporting by Ann Poe; editing by Ann Poe", ("Ann Poe",)),
        (
            "CNN’s Ann Poe reported from Lisbon. Jo Lee contributed reporting from Madrid.",
            ("Ann Poe", "Jo Lee"),
        ),
        ("Harbour Daily's Ann Poe and Jo Lee contributed reporting.", ("Ann Poe", "Jo Lee")),
        ("Ann Poe and Jo Lee contributed.", ("Ann Poe", "Jo Lee")),
        ("— Reporting by Ann Poe", ("Ann Poe",)),
        ("Compiled by Ann Poe for the Business and Finance desk", ("Ann Poe",)),
        (
            "Ann Poe reported from Lisbon, and Jo Lee and Kim Ro from Madrid.",
            ("Ann Poe", "Jo Lee", "Kim Ro"),
        ),
        ("Ann Poe reported from Lisbon and Jo Lee contributed from Madrid.", ("Ann Poe", "Jo Lee")),
        ("AP writer Ann Poe reported from Lisbon.", ("Ann Poe",)),
        ("Reporting by Ann Poe in Lisbon. Editing by J. R. Hale", ("Ann Poe", "J. R. Hale")),
    ],
)
def test_credit_lines(line: str, names: tuple[str, ...]) -> None:
    """Credited names come out in order, once each, without places or job titles."""
    assert parse_credit(line) == names


@pytest.mark.parametrize(
    "line",
    [
        "He contributed $5 million to the campaign.",
        "Both teams contributed to the fund.",
        "Kenya and Brazil pledged to share data.",
        "Reporting by the harbour board showed a rise in traffic.",
        "He reported from Lisbon. The war was over by then.",
        "Kenya's Ana Cruz contributed $5 million to the fund.",
        "",
    ],
)
def test_not_credit_lines(line: str) -> None:
    """Body sentences about contributing or reporting are no credit lines."""
    assert parse_credit(line) is None
