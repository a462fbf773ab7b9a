"""A statement's date from the words around its cue ("said on Tuesday", "On Thursday, …")."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from .lexicon import Lexicon

__all__ = ["statement_date"]

MONTHS = {
    m: i + 1
    for i, names in enumerate(
        [
            "january jan",
            "february feb",
            "march mar",
            "april apr",
            "may",
            "june jun",
            "july jul",
            "august aug",
            "september sep sept",
            "october oct",
            "november nov",
            "december dec",
        ]
    )
    for m in names.split()
}
_DAY = re.compile(r"^(\d{1,2})(?:st|nd|rd|th)?$")


def statement_date(words: Sequence[str], published: dt.date | None, lex: Lexicon) -> dt.date | None:
    """Resolve "Tuesday", "yesterday", "earlier today", "November 9" against the publication date;
    None when the words give no day or there is no publication date to count from."""
    if published is None or not words:
        return None
    lowers = [low for low in (w.lower().strip(".,") for w in words) if low]
    joined = " ".join(lowers)
    for phrase in sorted(lex.yesterday, key=len, reverse=True):
        if re.search(rf"\b{re.escape(phrase)}\b", joined):
            return published - dt.timedelta(days=1)
    for phrase in lex.today:
        if re.search(rf"\b{re.escape(phrase)}\b", joined):
            return published
    for word in lowers:
        if word in lex.weekdays:
            back = (published.weekday() - lex.weekdays.index(word)) % 7
            return published - dt.timedelta(days=back)
    for k, word in enumerate(lowers):
        month = MONTHS.get(word)
        if month is None:
            continue
        for other in lowers[k + 1 : k + 2] + lowers[max(0, k - 1) : k]:
            m = _DAY.match(other)
            if m:
                day = int(m.group(1))
                try:
                    found = dt.date(published.year, month, day)
                except ValueError:
                    return None
                return found if found <= published else found.replace(year=found.year - 1)
    return None
