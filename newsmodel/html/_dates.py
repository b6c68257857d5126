"""Dates and times as pages write them in meta tags, JSON-LD and ``<time datetime>``."""

from __future__ import annotations

import datetime as dt
import email.utils

import regex

__all__ = ["parse_datetime"]

#: ISO 8601 and its common relaxations: "2024-03-14", "2024-03-14T09:30:00.000Z",
#: "2024-03-14 09:30:00+0000", "20240314T093000Z".
ISO_DATETIME_RE = regex.compile(
    r"""\A\s*(?P<y>\d{4})-?(?P<m>\d{2})-?(?P<d>\d{2})
    (?:[T\s]\s?(?P<H>\d{1,2}):?(?P<M>\d{2})(?::?(?P<S>\d{2})(?:[.,](?P<f>\d{1,9}))?)?
    \s?(?P<tz>Z|[+-]\d{2}(?::?\d{2})?|UTC|GMT)?)?\s*\Z""",
    regex.VERBOSE | regex.IGNORECASE,
)
#: RFC 2822 dates, as some feeds and meta tags write them: "Thu, 14 Mar 2024 09:30:00 GMT".
RFC2822_RE = regex.compile(r"\A\s*(?:[A-Za-z]{3},\s*)?\d{1,2}\s+[A-Za-z]{3}\s+\d{4}\b")


def parse_datetime(value: str | None) -> dt.datetime | None:
    """The datetime a page states, with its time zone when it gives one; None if unreadable.

    A date without a time becomes midnight of that day, without a time zone.
    """
    if not value or len(value) > 64:
        return None
    match = ISO_DATETIME_RE.match(value)
    if match is not None:
        return _from_iso(match)
    if RFC2822_RE.match(value):
        try:
            return email.utils.parsedate_to_datetime(value.strip())
        except (TypeError, ValueError, IndexError):
            return None
    return None


def _from_iso(match: regex.Match[str]) -> dt.datetime | None:
    tzinfo: dt.tzinfo | None = None
    zone = match.group("tz")
    if zone:
        if zone.upper() in {"Z", "UTC", "GMT"}:
            tzinfo = dt.timezone.utc
        else:
            digits = zone[1:].replace(":", "")
            hours, minutes = int(digits[:2]), int(digits[2:4] or "0")
            if hours > 14 or minutes > 59:
                return None
            offset = dt.timedelta(hours=hours, minutes=minutes)
            tzinfo = dt.timezone(-offset if zone[0] == "-" else offset)
    fraction = (match.group("f") or "0")[:6].ljust(6, "0")
    try:
        value = dt.datetime(
            int(match.group("y")),
            int(match.group("m")),
            int(match.group("d")),
            int(match.group("H") or 0),
            int(match.group("M") or 0),
            int(match.group("S") or 0),
            int(fraction),
            tzinfo=tzinfo,
        )
    except ValueError:
        return None
    if not 1800 <= value.year <= 2200:
        return None
    return value
