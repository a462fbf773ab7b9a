"""Text dumps: header lines (title, standfirst, section, date, byline), body, and the furniture
a scraper left in, one line at a time."""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from .furniture import BULLET, CAPTION, CREDIT, sign_off_names, strip_bullet
from .lines import LineRules, _key, drop_pull_quotes

__all__ = ["Dump", "read_dump"]

_SENTENCE_END = re.compile(r"[.:;,]['\"”’)]?$")


@attrs.define
class Dump:
    title: str | None = None
    subtitle: str | None = None
    section: str | None = None
    date: str | None = None
    authors: list[str] = attrs.Factory(list)
    credited: list[str] = attrs.Factory(list)  # names of a sign-off line ("Reporting by …")
    source_agency: str | None = None
    paragraphs: list[str] = attrs.Factory(list)
    captions: list[str] = attrs.Factory(list)
    sources: dict[str, str] = attrs.Factory(dict)


def read_dump(raw_lines: Sequence[str], rules: LineRules, *, standfirst: bool = False) -> Dump:
    """Read a dump. ``standfirst``: the outlet always prints a standfirst under its headline."""
    # body lines keep their characters (non-breaking spaces, typos): statements quote them exactly
    lines = [(n + 1, line.strip()) for n, line in enumerate(raw_lines) if line.strip()]
    dump = Dump()
    body_started = False
    skip_next = False
    want_standfirst = False
    body: list[tuple[int, str]] = []
    for index, (number, line) in enumerate(lines):
        bare = strip_bullet(line)
        if skip_next:
            skip_next = False
            continue
        if body_started and rules.end and rules.end.match(bare):
            break
        if rules.skip_next and rules.skip_next.match(bare):
            skip_next = True
            continue
        credit = CREDIT.match(bare)
        if credit:
            dump.source_agency = dump.source_agency or credit.group("agency")
            dump.sources.setdefault("source_agency", f"line:{number}")
            continue
        names = sign_off_names(bare)
        if names is not None:
            dump.credited.extend(names)
            continue
        if CAPTION.search(bare) or _announces_caption(bare, lines[index + 1 :]):
            if CAPTION.search(bare):
                dump.captions.append(bare)
            continue
        if rules.drop and rules.drop.match(bare):
            continue
        meta = None if body_started else rules.meta_match(line)
        if meta is not None:
            _take_meta(dump, meta, number)
            continue
        if dump.title is None and not body_started and not dump.sources.get("body_lead"):
            dump.sources["body_lead"] = f"line:{number}"
            if not _SENTENCE_END.search(bare) and len(bare) <= 250 and not BULLET.match(line):
                dump.title = bare
                dump.sources["title"] = f"line:{number}"
                want_standfirst = standfirst
                continue
        if want_standfirst:
            want_standfirst = False
            dump.subtitle = line
            dump.sources["subtitle"] = f"line:{number}"
            continue
        body_started = True
        body.append((number, line))
    dump.sources.pop("body_lead", None)
    body = _summary_before_repeated_title(dump, body)
    dump.paragraphs = drop_pull_quotes([text for _, text in body])
    return dump


def _take_meta(dump: Dump, meta: dict[str, str], number: int) -> None:
    if "section" in meta and dump.section is None:
        dump.section = meta["section"]
        dump.sources["section"] = f"line:{number}"
    if "date" in meta and dump.date is None:
        dump.date = meta["date"]
        dump.sources["published"] = f"line:{number}"
    if "authors" in meta and not dump.authors:
        dump.authors = [meta["authors"]]
        dump.sources["authors"] = f"line:{number}"


def _announces_caption(line: str, rest: Sequence[tuple[int, str]]) -> bool:
    """A bulleted gallery line whose text opens the caption line that follows it."""
    if not rest or len(line) < 20:
        return False
    following = strip_bullet(rest[0][1])
    return bool(CAPTION.search(following)) and following.startswith(line)


def _summary_before_repeated_title(dump: Dump, body: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Sites that print the headline again over the lead image put their summary before it:
    then the one paragraph before the repeated headline is the standfirst, and the repeat goes."""
    if not dump.title:
        return body
    key = _key(dump.title)
    for position, (_number, text) in enumerate(body):
        if _key(text) == key:
            before = body[:position]
            if len(before) == 1 and dump.subtitle is None:
                dump.subtitle = before[0][1]
                dump.sources["subtitle"] = f"line:{before[0][0]}"
                return body[position + 1 :]
            return before + body[position + 1 :]
    return body
