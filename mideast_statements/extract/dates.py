"""Dates as precise as the page gives them: an aware datetime, a bare date, or None."""

from __future__ import annotations

import datetime as dt
import re
import warnings
from zoneinfo import ZoneInfo

from dateutil import parser as dateutil_parser

__all__ = ["Moment", "parse_moment"]

Moment = dt.datetime | dt.date

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_HAS_TIME = re.compile(r"\d{1,2}:\d{2}")
_HAS_YEAR = re.compile(r"(?<!\d)(1[89]\d\d|2\d\d\d)(?!\d)")
_ZONE_NAME = re.compile(r"\b[A-Z]{3,5}\s*\)?\s*$")
_NOISE = re.compile(r"^\s*(?:published|posted|updated|last update[d]?|date|on)\s*:?\s*", re.I)
_YEAR_FIRST = re.compile(r"^\d{4}-\d{1,2}-\d{1,2}")
_NUMERIC_DMY = re.compile(r"^(\d{1,2})[./](\d{1,2})[./](\d{4})\b")
# Abbreviations with one meaning; ambiguous ones (IST, CST in Asia…) leave the time naive -> date only.
_ZONES = {
    name: dt.timezone(dt.timedelta(hours=hours))
    for name, hours in {
        "GMT": 0,
        "UTC": 0,
        "BST": 1,
        "CET": 1,
        "CEST": 2,
        "EET": 2,
        "EEST": 3,
        "MSK": 3,
        "TRT": 3,
        "EST": -5,
        "EDT": -4,
        "CDT": -5,
        "PST": -8,
        "PDT": -7,
    }.items()
}


_DEFAULTS = (dt.datetime(2000, 1, 1), dt.datetime(2000, 2, 2))

# "GMT+3" means three hours ahead; dateutil reads such names the POSIX way (behind), so spell it out
_GMT_OFFSET = re.compile(r"\b(?:GMT|UTC)\s*([+-])(\d{1,2})(?::?(\d{2}))?\b", re.I)


def parse_moment(value: str | None, *, timezone: str | None = None, dayfirst: bool = True) -> Moment | None:
    """Parse a printed or machine date.

    A date with a time but no zone gets the outlet's ``timezone`` when the adapter knows it;
    otherwise only its date is kept, because an invented offset would be worse than less precision.
    """
    if not value:
        return None
    text = _NOISE.sub("", " ".join(value.split()))
    text = _GMT_OFFSET.sub(lambda m: f"{m[1]}{int(m[2]):02d}:{m[3] or '00'}", text)
    text = text.split(" - ")[0] if _NUMERIC_DMY.match(text) else text
    if not text or not _HAS_YEAR.search(text):
        return None
    if _ISO_DATE.match(text):
        try:
            return dt.date.fromisoformat(text)
        except ValueError:
            return None  # "2023-02-31": no such day; the field stays empty, the page is still read
    moment = _iso(text) or _printed(text, dayfirst)
    if moment is None:
        return None
    if isinstance(moment, dt.datetime) and moment.tzinfo is None:
        if timezone:
            return moment.replace(tzinfo=ZoneInfo(timezone))
        return moment.date()
    if isinstance(moment, dt.datetime):
        try:
            moment.utcoffset()
        except ValueError:
            return moment.date()  # "+25:00": no such offset; the day is still the page's
    return moment


def _iso(text: str) -> Moment | None:
    try:
        return dt.datetime.fromisoformat(text.replace(" ", "T", 1) if _HAS_TIME.search(text) else text)
    except ValueError:
        return None


def _printed(text: str, dayfirst: bool) -> Moment | None:
    if _YEAR_FIRST.match(text):
        dayfirst = False  # "2023-11-07…" that fromisoformat refused is still year, month, day
    numeric = _NUMERIC_DMY.match(text)
    if numeric and not _HAS_TIME.search(text):
        first, second, year = (int(g) for g in numeric.groups())
        day, month = (first, second) if dayfirst else (second, first)
        try:
            return dt.date(year, month, day)
        except ValueError:
            return None
    try:
        with warnings.catch_warnings():  # an unknown zone name only costs precision (handled below)
            warnings.simplefilter("ignore", dateutil_parser.UnknownTimezoneWarning)
            # dateutil fills what the text lacks from ``default``: read it with two defaults that
            # differ in month and day, and a date whose month or day moved was never on the page
            # ("2023", "Nov 2023"); it stays empty rather than take them from the day of the run
            parsed, other = (
                dateutil_parser.parse(text, dayfirst=dayfirst, fuzzy=True, tzinfos=_ZONES, default=default)
                for default in _DEFAULTS
            )
    except (ValueError, OverflowError):
        return None
    if (parsed.month, parsed.day) != (other.month, other.day):
        return None
    if not _HAS_TIME.search(text):
        return parsed.date()
    if parsed.tzinfo is None and _ZONE_NAME.search(text):
        return parsed.date()  # a zone we cannot place: the outlet's own zone would be a guess
    return parsed
