"""Tests of newsmodel.html._dates: the date formats pages use."""

from __future__ import annotations

import datetime as dt

import pytest

from newsmodel.html._dates import parse_datetime

UTC = dt.timezone.utc


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-03-14T09:30:00Z", dt.datetime(2024, 3, 14, 9, 30, tzinfo=UTC)),
        ("2024-03-14T09:30:00.250Z", dt.datetime(2024, 3, 14, 9, 30, 0, 250000, tzinfo=UTC)),
        (
            "2024-03-14T09:30:00+05:30",
            dt.datetime(2024, 3, 14, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=5, minutes=30))),
        ),
        (
            "2024-03-14 09:30:00-0500",
            dt.datetime(2024, 3, 14, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=-5))),
        ),
        ("2024-03-14T09:30", dt.datetime(2024, 3, 14, 9, 30)),
        ("2024-03-14", dt.datetime(2024, 3, 14)),
        ("20240314T093000Z", dt.datetime(2024, 3, 14, 9, 30, tzinfo=UTC)),
        ("Thu, 14 Mar 2024 09:30:00 GMT", dt.datetime(2024, 3, 14, 9, 30, tzinfo=UTC)),
    ],
)
def test_readable_dates(value: str, expected: dt.datetime) -> None:
    """ISO 8601 and its relaxations, and RFC 2822, become datetimes with their zone."""
    assert parse_datetime(value) == expected


@pytest.mark.parametrize(
    "value",
    [None, "", "yesterday", "2024-02-30", "2024-13-01T10:00", "2024-03-14T25:00", "0001-01-01"],
)
def test_unreadable_dates_are_none(value: str | None) -> None:
    """Impossible or unreadable dates give None instead of an error."""
    assert parse_datetime(value) is None
