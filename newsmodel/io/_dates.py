"""Dates as the interchange formats write them: RFC 3339, ISO 8601 and NITF's ``norm``.

A naive datetime (no offset) is written in RFC 3339 with the offset ``-00:00``,
which RFC 3339 (section 4.3) reserves for "the offset to local time is unknown",
and ``-00:00`` reads back as a naive datetime again.
"""

from __future__ import annotations

import datetime as dt

import regex

__all__ = ["format_nitf", "format_rfc3339", "in_whole_minutes", "parse_iso", "parse_nitf"]

#: ISO 8601 / RFC 3339 date-time: a date, optionally a time with any fraction,
#: optionally an offset ("Z", "+02:00", "+0200", "-00:00", and with seconds as Python
#: writes them, "+00:19:32").
ISO_DATETIME_RE = regex.compile(
    r"(?P<y>[0-9]{4})-(?P<mo>[0-9]{2})-(?P<d>[0-9]{2})"
    r"(?:[Tt ](?P<h>[0-9]{2}):(?P<mi>[0-9]{2})(?::(?P<s>[0-9]{2})(?:[.,](?P<f>[0-9]{1,20}))?)?"
    r"(?P<tz>[Zz]|(?P<sign>[+-])(?P<oh>[0-9]{2}):?(?P<om>[0-9]{2})"
    r"(?::(?P<os>[0-9]{2})(?:\.(?P<ou>[0-9]{6}))?)?)?)?"
)

#: NITF's normalised date: YYYYMMDDTHHMMSS with an optional offset (-HHMM, +HHMM or Z).
NITF_DATETIME_RE = regex.compile(
    r"(?P<y>[0-9]{4})(?P<mo>[0-9]{2})(?P<d>[0-9]{2})"
    r"(?:T(?P<h>[0-9]{2})(?P<mi>[0-9]{2})(?P<s>[0-9]{2})?"
    r"(?P<tz>Z|(?P<sign>[+-])(?P<oh>[0-9]{2}):?(?P<om>[0-9]{2}))?)?"
)

UNKNOWN_OFFSET = "-00:00"


def in_whole_minutes(value: dt.datetime) -> dt.datetime:
    """``value`` with a UTC offset of whole minutes, as RFC 3339, ISO 8601 and NITF write
    offsets: an offset with seconds (historical local mean time, such as Amsterdam's
    +00:19:32 before 1937) gives the same moment in UTC.

    Raises ValueError when that moment falls before year 1 or after year 9999.
    """
    offset = value.utcoffset()
    if offset is None or offset % dt.timedelta(minutes=1) == dt.timedelta(0):
        return value
    try:
        return value.astimezone(dt.timezone.utc)
    except OverflowError:
        # East of UTC the moment in UTC is earlier than the local time, west of it later.
        beyond = "before year 1" if offset > dt.timedelta(0) else "after year 9999"
        raise ValueError(
            f"{value.isoformat()} has a UTC offset with seconds, which this format cannot "
            f"write, and in UTC falls {beyond}"
        ) from None


def format_rfc3339(value: dt.datetime) -> str:
    """``value`` as an RFC 3339 date-time; a naive datetime gets the offset ``-00:00``, an
    offset with seconds becomes UTC (see :func:`in_whole_minutes`)."""
    if value.tzinfo is None or value.utcoffset() is None:
        return value.replace(tzinfo=None).isoformat() + UNKNOWN_OFFSET
    text = in_whole_minutes(value).isoformat()
    return text[:-6] + "Z" if text.endswith("+00:00") else text


def parse_iso(text: str) -> dt.datetime:
    """Read an ISO 8601 / RFC 3339 date or date-time; ``-00:00`` gives a naive datetime.

    Raises ValueError for anything else.
    """
    m = ISO_DATETIME_RE.fullmatch(text.strip())
    if m is None:
        raise ValueError(f"{text!r} is not an ISO 8601 date-time")
    return _build(m)


def format_nitf(value: dt.datetime) -> str:
    """``value`` in NITF's ``norm`` form, YYYYMMDDTHHMMSS±HHMM (no offset when naive), to
    the second; an offset with seconds becomes UTC (see :func:`in_whole_minutes`)."""
    value = in_whole_minutes(value)
    text = (
        f"{value.year:04d}{value.month:02d}{value.day:02d}"
        f"T{value.hour:02d}{value.minute:02d}{value.second:02d}"
    )
    offset = value.utcoffset()
    if offset is None:
        return text
    minutes = int(offset.total_seconds() // 60)
    if minutes == 0:
        return text + "Z"
    sign = "+" if minutes > 0 else "-"
    hours, mins = divmod(abs(minutes), 60)
    return f"{text}{sign}{hours:02d}{mins:02d}"


def parse_nitf(text: str) -> dt.datetime:
    """Read NITF's ``norm`` date (or an ISO 8601 one); raises ValueError otherwise."""
    m = NITF_DATETIME_RE.fullmatch(text.strip())
    if m is None:
        return parse_iso(text)
    return _build(m)


def _build(m: regex.Match[str]) -> dt.datetime:
    fraction = m.group("f") if "f" in m.re.groupindex else None
    micro = int((fraction or "0")[:6].ljust(6, "0"))
    tzinfo: dt.tzinfo | None = None
    tz = m.group("tz")
    if tz and tz.upper() == "Z":
        tzinfo = dt.timezone.utc
    elif tz:
        hours, mins = int(m.group("oh")), int(m.group("om"))
        if m.group("sign") == "-" and hours == 0 and mins == 0 and tz.replace(":", "") == "-0000":
            tzinfo = None  # RFC 3339: -00:00 is an unknown local offset
        else:
            delta = dt.timedelta(hours=hours, minutes=mins)
            if "os" in m.re.groupindex and m.group("os"):  # ISO 8601 as Python writes it
                delta += dt.timedelta(
                    seconds=int(m.group("os")), microseconds=int(m.group("ou") or 0)
                )
            tzinfo = dt.timezone(-delta if m.group("sign") == "-" else delta)
    return dt.datetime(
        int(m.group("y")),
        int(m.group("mo")),
        int(m.group("d")),
        int(m.group("h") or 0),
        int(m.group("mi") or 0),
        int(m.group("s") or 0),
        micro,
        tzinfo=tzinfo,
    )
