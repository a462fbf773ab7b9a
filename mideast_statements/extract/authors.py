"""Bylines into a list of names, as printed: "By A and B" -> ["A", "B"]."""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["WIRE_AGENCIES", "clean_authors", "split_byline", "wire_credit"]

_LEAD = re.compile(
    r"^\s*(?:by|from|written by|reporting by|reported by|story by|editor|edited by|author|reporter)\b\s*:?\s*",
    re.I,
)
_SPLIT = re.compile(r"\s*(?:,|;|&|\band\b|\|)\s*", re.I)
_NOT_A_NAME = re.compile(r"\d|@|https?:|www\.|\.com\b", re.I)
# credits of a newsroom, never of a person: "Jerusalem Post Staff", "News Desk", "Agencies"
_NEWSROOM = re.compile(r"\b(?:staff|desk|newsroom|agencies|news agency|wires?|web team|online team)\b", re.I)
# "By Mara Lindqvist, Lorne" / "Caroline Hawley, BBC diplomatic correspondent": what follows the name
_ROLE = re.compile(r"\b(?:correspondent|reporter|editor|bureau|contributor|writer|journalist)\b", re.I)


# "Maya Khalil in Beirut": where the reporter filed from is not part of the name
_FILED_FROM = re.compile(r"\s+in\s+(?:the\s+|The\s+)?[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*)*$")
# an author-follow widget inside the byline element: "Name NEW! Get email alerts when this author …"
_WIDGET = re.compile(r"\s*(?:\bNEW!|\b(?:get|receive) email alerts\b|\bfollow (?:on|this author)\b).*$", re.I | re.S)


# Wire agencies credited in a byline: a source of the story, not a person who wrote it.
WIRE_AGENCIES = {
    name.casefold(): name
    for name in (
        "AP",
        "Associated Press",
        "The Associated Press",
        "AFP",
        "Agence France-Presse",
        "Reuters",
        "Anadolu Agency",
        "AA",
        "Xinhua",
        "TASS",
        "WAFA",
        "KUNA",
        "dpa",
        "UPI",
        "EFE",
        "ANSA",
        "SPA",
        "IRNA",
    )
}


def wire_credit(values: Iterable[str]) -> str | None:
    """The wire agency a byline credits instead of a person ("By AP", "AFP"), if any."""
    for value in values:
        for name in split_byline(value):
            if name.casefold() in WIRE_AGENCIES:
                return WIRE_AGENCIES[name.casefold()]
    return None


def split_byline(byline: str) -> list[str]:
    text = _WIDGET.sub("", _LEAD.sub("", " ".join(byline.split())))
    parts = (_FILED_FROM.sub("", part.strip(" .-–—")) for part in _SPLIT.split(text))
    return [part for part in parts if part]


def clean_authors(values: Iterable[str], *, organisations: Iterable[str] = ()) -> list[str]:
    """Split bylines, drop organisation credits (the outlet itself) and non-names; keep order."""
    orgs = {o.lower() for o in organisations}
    out: list[str] = []
    for value in values:
        parts = split_byline(value)
        for position, name in enumerate(parts):
            # after the first name, a lone word is a place and a role phrase a title, not a person
            if position and (len(name.split()) == 1 or _ROLE.search(name)):
                continue
            if (
                name.lower() in orgs
                or _NOT_A_NAME.search(name)
                or _NEWSROOM.search(name)
                or name.casefold() in WIRE_AGENCIES
                or len(name) > 60
                or len(name.split()) > 5
            ):
                continue
            if name.lower() not in {n.lower() for n in out}:
                out.append(name)
    return out
