"""The typed core model: small frozen attrs records, no parsing and no I/O.

Everything downstream of the adapters (statements, serialisation, CLI, corpus tools) reads these
records and never an outlet's markup.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from typing import Any, Literal

import attrs

__all__ = [
    "KINDS",
    "SPEAKER_KINDS",
    "Article",
    "Outlet",
    "Provenance",
    "Speaker",
    "SpeakerKind",
    "Statement",
    "StatementKind",
]

StatementKind = Literal["direct", "indirect", "mixed", "act"]
KINDS: tuple[StatementKind, ...] = ("direct", "indirect", "mixed", "act")
# What kind of source speaks: a named person, an organisation (an office, a government, a party, a
# company; named or definite: "the Kremlin", "the ministry"), or an unnamed source, anonymous or
# generic ("officials", "a senior Israeli official", "experts", "the doctor on the scene").
SpeakerKind = Literal["person", "organization", "unnamed"]
PageType = Literal["article", "listing"]
PAGE_TYPES = ("article", "listing")
SPEAKER_KINDS: tuple[SpeakerKind, ...] = ("person", "organization", "unnamed")
INPUT_FORMATS = ("html", "text")


def _strings(value: Iterable[str] | str | None) -> tuple[str, ...]:
    """Converter: any iterable of strings (a list from JSON, say) becomes a tuple."""
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    return tuple(value)


def _optional_text(value: str | None) -> str | None:
    """Converter: blank strings mean "not given"."""
    if value is None:
        return None
    value = " ".join(value.split())
    return value or None


def _aware(instance: object, attribute: attrs.Attribute[Any], value: Any) -> None:
    """A datetime must carry its time zone; a bare date is fine (as precise as the page says)."""
    if isinstance(value, dt.datetime) and value.tzinfo is None:
        raise ValueError(f"{attribute.name} must be timezone-aware, got naive {value.isoformat()}")


_nonempty: Callable[[Any, attrs.Attribute[Any], Any], None] = attrs.validators.min_len(1)
_country = attrs.validators.optional(attrs.validators.matches_re(r"[A-Z]{2,3}"))
_language = attrs.validators.optional(attrs.validators.matches_re(r"[a-z]{2,3}(-[A-Za-z0-9]{2,8})*"))


@attrs.frozen(slots=True)
class Outlet:
    """A news outlet: factual identity only (name, domains, country, language)."""

    id: str = attrs.field(validator=attrs.validators.matches_re(r"[a-z0-9_]+"))
    name: str = attrs.field(validator=_nonempty)
    domains: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    country: str | None = attrs.field(default=None, validator=_country)
    language: str | None = attrs.field(default=None, validator=_language)


UNKNOWN_OUTLET = Outlet(id="unknown", name="Unknown outlet")


@attrs.frozen(slots=True)
class Speaker:
    """Who made a statement: a person, an office, a government or an organisation."""

    name: str = attrs.field(validator=_nonempty)  # the fullest form the article uses; as written when unnamed
    kind: SpeakerKind | None = attrs.field(
        default=None, validator=attrs.validators.optional(attrs.validators.in_(SPEAKER_KINDS))
    )
    role: str | None = None
    organization: str | None = None
    country: str | None = attrs.field(default=None, validator=_country)
    id: str | None = None  # the speaker registry's stable id, when the source is in it
    aliases: tuple[str, ...] = attrs.field(default=(), converter=_strings)  # the article's other forms


@attrs.frozen(slots=True)
class Statement:
    """One reported statement: ``paragraphs[paragraph][start:end] == text`` in its article."""

    speaker: Speaker
    text: str = attrs.field(validator=_nonempty)
    kind: StatementKind = attrs.field(validator=attrs.validators.in_(KINDS))
    paragraph: int = attrs.field(validator=attrs.validators.ge(0))
    start: int = attrs.field(validator=attrs.validators.ge(0))
    end: int = attrs.field()
    cue: str | None = None
    date: dt.date | None = None
    topics: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    # The second part of a quotation split by its attribution ("A," he said. "B.") or run on into
    # the next paragraph: paragraphs[continuation_paragraph][continuation_start:][:len] == continuation.
    continuation: str | None = None
    continuation_paragraph: int | None = None
    continuation_start: int | None = None
    # How likely the extraction is right (speaker and words), from the choice model; not a judgement of
    # what was said. None in records made before schema 1.3.
    confidence: float | None = attrs.field(
        default=None, validator=attrs.validators.optional([attrs.validators.ge(0.0), attrs.validators.le(1.0)])
    )

    @end.validator
    def _span(self, attribute: attrs.Attribute[int], value: int) -> None:
        if value - self.start != len(self.text):
            raise ValueError(f"end - start ({value - self.start}) must equal len(text) ({len(self.text)})")


def _statement_tuple(value: Iterable[Statement]) -> tuple[Statement, ...]:
    return tuple(value)


@attrs.frozen(slots=True)
class Provenance:
    """How a record was made: which adapter (and layout), from what input, and what went wrong."""

    adapter: str
    adapter_version: str
    input_format: str = attrs.field(validator=attrs.validators.in_(INPUT_FORMATS))
    content_hash: str
    layout: str | None = None
    encoding: str | None = None
    # field name -> where its value came from ("ld:headline", "css:h1", "line:2", "trafilatura", …)
    fields: dict[str, str] = attrs.field(factory=dict)
    # the adapter's CSS selectors (body, drop, captions, css: sources) -> matches on this page; a 0 is a
    # selector the page no longer has (layout drift)
    selectors: dict[str, int] = attrs.field(factory=dict)
    warnings: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    source: str | None = None  # the input read: a file's path, "-" for standard input; None for data given in Python
    crawled: str | None = None  # when a crawler fetched the page (a WARC record's WARC-Date), ISO 8601


@attrs.frozen(slots=True, kw_only=True)
class Article:
    """One article as the library reads it. Fields the input does not give are None or empty."""

    id: str = attrs.field(validator=_nonempty)
    outlet: Outlet
    url: str | None = None
    canonical_url: str | None = None
    title: str | None = attrs.field(default=None, converter=_optional_text)
    subtitle: str | None = attrs.field(default=None, converter=_optional_text)
    section: str | None = attrs.field(default=None, converter=_optional_text)
    published: dt.datetime | dt.date | None = attrs.field(default=None, validator=_aware)
    updated: dt.datetime | dt.date | None = attrs.field(default=None, validator=_aware)
    authors: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    source_agency: str | None = attrs.field(default=None, converter=_optional_text)
    # the same key for one wire story wherever it is republished (see mideast_statements.stories)
    story_id: str | None = None
    language: str | None = attrs.field(default=None, validator=_language)
    # "listing": a section front, tag page or list of teasers, not one article (schema 1.5)
    page_type: PageType = attrs.field(default="article", validator=attrs.validators.in_(PAGE_TYPES))
    paragraphs: tuple[str, ...] = attrs.field(converter=_strings)
    captions: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    statements: tuple[Statement, ...] = attrs.field(default=(), converter=_statement_tuple)
    provenance: Provenance

    @paragraphs.validator
    def _some_body(self, attribute: attrs.Attribute[tuple[str, ...]], value: tuple[str, ...]) -> None:
        if not value or not any(p.strip() for p in value):
            raise ValueError("an article needs at least one non-empty paragraph")

    @statements.validator
    def _offsets_hold(self, attribute: attrs.Attribute[tuple[Statement, ...]], value: tuple[Statement, ...]) -> None:
        for s in value:
            if s.paragraph >= len(self.paragraphs) or self.paragraphs[s.paragraph][s.start : s.end] != s.text:
                raise ValueError(f"statement offsets do not hold: {s.text[:40]!r}")
            if s.continuation is not None:
                at, start = s.continuation_paragraph, s.continuation_start
                if at is None or start is None or at >= len(self.paragraphs):
                    raise ValueError(f"continuation without its place: {s.continuation[:40]!r}")
                if self.paragraphs[at][start : start + len(s.continuation)] != s.continuation:
                    raise ValueError(f"continuation offsets do not hold: {s.continuation[:40]!r}")

    @property
    def text(self) -> str:
        """The body as one string, paragraphs separated by blank lines."""
        return "\n\n".join(self.paragraphs)

    def to_dict(self) -> dict[str, Any]:
        from .serialize import to_dict

        return to_dict(self)

    def to_json(self, *, indent: bool = False) -> str:
        from .serialize import dumps

        return dumps(self, indent=indent).decode()

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        from .serialize import from_dict

        return from_dict(data)

    @classmethod
    def from_json(cls, data: str | bytes) -> Article:
        from .serialize import loads

        return loads(data)
