"""Bylines into a list of names, as printed: "By A and B" -> ["A", "B"]."""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["clean_authors", "split_byline"]

_LEAD = re.compile(
    r"^\s*(?:by|from|written by|reporting by|reported by|story by|editor|edited by|author|reporter)\b\s*:?\s*",
    re.I,
)
_SPLIT = re.compile(r"\s*(?:,|;|&|\band\b|\|)\s*", re.I)
_NOT_A_NAME = re.compile(r"\d|@|https?:|www\.|\.com\b", re.I)


def split_byline(byline: str) -> list[str]:
    text = _LEAD.sub("", " ".join(byline.split()))
    return [part.strip(" .-–—") for part in _SPLIT.split(text) if part.strip(" .-–—")]


def clean_authors(values: Iterable[str], *, organisations: Iterable[str] = ()) -> list[str]:
    """Split bylines, drop organisation credits (the outlet itself) and non-names; keep order."""
    orgs = {o.lower() for o in organisations}
    out: list[str] = []
    for value in values:
        for name in split_byline(value):
            if name.lower() in orgs or _NOT_A_NAME.search(name) or len(name) > 60 or len(name.split()) > 5:
                continue
            if name.lower() not in {n.lower() for n in out}:
                out.append(name)
    return out
