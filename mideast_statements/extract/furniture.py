"""Page furniture that every site shares, as line patterns (data, not code).

A line is matched whole, after white space is folded and list bullets are stripped. Outlet
adapters add their own patterns; these apply everywhere, the generic path included.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = [
    "BULLET",
    "CAPTION",
    "CREDIT",
    "DROP",
    "END",
    "SKIP_NEXT",
    "compile_lines",
    "matches",
    "strip_bullet",
]

BULLET = re.compile(r"^[\s\u2022\u00b7*\-\u2013\u2014>|]+")

# Lines that are never article text.
DROP = (
    r"(?:share|share this|share on \w+|share this with \w+|tweet|email|e-mail|print|copy link|get short url)",
    r"(?:facebook|twitter|x|google plus|google\+|whatsapp|telegram|linkedin|reddit|vk|pinterest|flipboard)",
    r"(?:live|audio only|listen|home|advertisement|advertising|sponsored|skip to (?:main )?content|menu|search)",
    r"(?:comments?|\d+ comments?|post with no comments\.?|comments are closed\.?|leave a comment\.?)",
    r"(?:have your say\.?|give us feedback\.?|join the conversation\.?)",
    r"\d{1,4}",
    r"like this story\? share it with a friend!?",
    r"(?:follow|subscribe to) .{2,40} on .{2,60}",
    r"subscribe to .{0,60}newsletter.*",
    r"sign up (?:to|for) .{0,80}",
    r"this website uses cookies.*",
    r"warning: comments .*",
    r"(?:via )?syndigate\.info",
    r"copyright ©.*|© \d{4}.*|all rights reserved\.?",
    r"\d+ min(?:ute)? read",
    r"trends?:",
    r"last update[d]? ?:?",
    r"(?:photo|image|file photo|picture)s? ?:.*",
)

# A marker alone on its line whose next line is furniture too (the linked headline).
SKIP_NEXT = (
    r"(?:related|read more|read also|also read|see also|also on [\w.]+|more on this(?: story)?|recommended)\s*:?",
)

# Where the article ends: everything after such a line is a list of other stories, or comments.
END = (
    r"most (?:read|popular|viewed|shared)(?: news| stories| articles)?:?",
    r"(?:related|more|latest|recommended|trending) (?:articles|news|stories|videos|posts)\s*:?",
    r"you (?:may|might) also (?:like|be interested in)\s*:?",
    r"(?:post|add|leave) (?:a )?comment\s*:?",
    r"comments? \(\d+\)",
)

# A credit line naming the source of a republished story: "Source: Anadolu Agency".
CREDIT = re.compile(r"^(?:source|sources|credit)s?\s*:\s*(?P<agency>[^.:]{2,60}?)\s*\.?$", re.I)

# A wire sign-off: "Reporting by A; additional reporting by B and C; Editing by D". Its names are
# bylines (editors included, as the gold convention counts them).
_SIGN_OFF_ROLE = r"(?:(?:additional |further )?reporting|writing|editing|compiled|reported|written|edited)"
_SIGN_OFF_HEAD = rf"{_SIGN_OFF_ROLE}(?: and {_SIGN_OFF_ROLE})? by\s+"  # "Reporting and writing by "
SIGN_OFF = re.compile(rf"^{_SIGN_OFF_HEAD}\S.*$", re.I)
_SIGN_OFF_SPLIT = re.compile(rf"[;,.]?\s*\b{_SIGN_OFF_HEAD}", re.I)


def sign_off_names(line: str) -> list[str] | None:
    """The names a sign-off line credits, or None when the line is not a sign-off."""
    if not SIGN_OFF.match(line):
        return None
    return [chunk.strip(" ;,.") for chunk in _SIGN_OFF_SPLIT.split(line) if chunk.strip(" ;,.")]


# A photo caption or credit inside the text.
CAPTION = re.compile(r"\|\s*(?:photo|image|file photo|picture)\s*:|^(?:photo|image|file photo)\s*:", re.I)


def compile_lines(patterns: Iterable[str]) -> re.Pattern[str] | None:
    """One case-insensitive full-line pattern out of many, or None for no patterns."""
    parts = [p for p in patterns if p]
    return re.compile(r"^(?:" + "|".join(f"(?:{p})" for p in parts) + r")$", re.I) if parts else None


def strip_bullet(line: str) -> str:
    return BULLET.sub("", " ".join(line.split()))


def matches(pattern: re.Pattern[str] | None, line: str) -> bool:
    return bool(pattern and pattern.match(strip_bullet(line)))
