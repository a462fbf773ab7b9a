"""The Adapter base: an outlet described mostly as data, with optional per-field hooks.

A subclass sets identity (``id``, ``name``, ``domains``, …), where its fields are
(``sources``), its body container and furniture (``body``, ``drop``, ``furniture``), and the
patterns of its text dumps. Field resolution order: the hook ``get_<field>(page)`` → the
adapter's ``sources`` → JSON-LD → OpenGraph / meta → trafilatura. Each field records where it
came from. When the body selector matches nothing (the site changed), the page is read by the
generic path and a warning says so. Adapters never fetch and hold no state between pages.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Mapping, Sequence
from typing import ClassVar

import attrs
from cssselect import HTMLTranslator

from .extract.authors import clean_authors, wire_credit
from .extract.body import DEFAULT_BLOCKS, generic_body, generic_date, generic_metadata, read_blocks
from .extract.dates import Moment, parse_moment
from .extract.furniture import CREDIT
from .extract.lines import LineRules, clean_paragraphs
from .extract.main_content import main_content
from .extract.sources import ld_names, resolve
from .extract.textdump import read_dump
from .model import Outlet
from .page import HtmlPage, Page, TextPage

__all__ = ["DEFAULT_SOURCES", "Adapter", "Fields"]

# Tried after an adapter's own sources, for every site.
DEFAULT_SOURCES: Mapping[str, tuple[str, ...]] = {
    "title": ("ld:headline", "meta:og:title", "meta:twitter:title", "css:h1", "css:title"),
    "subtitle": (),
    "section": ("meta:article:section", "ld:articleSection"),
    "published": (
        "ld:datePublished",
        "meta:article:published_time",
        "meta:og:article:published_time",
        "meta:datepublished",
        "meta:pubdate",
        "meta:publish-date",
        "meta:date",
        "meta:dc.date",
        "css:time[itemprop=datePublished]@datetime",
        "css:article time@datetime",
    ),
    "updated": ("ld:dateModified", "meta:article:modified_time", "meta:og:updated_time"),
    "authors": ("ld:author", "meta:author", "meta:article:author", "css:[rel=author]"),
    "source_agency": (),
}
SCALAR_FIELDS = ("title", "subtitle", "section", "source_agency")
DATE_FIELDS = ("published", "updated")


@attrs.define
class Fields:
    """What an adapter read off one page, before it becomes an Article."""

    title: str | None = None
    subtitle: str | None = None
    section: str | None = None
    source_agency: str | None = None
    published: Moment | None = None
    updated: Moment | None = None
    authors: list[str] = attrs.Factory(list)
    language: str | None = None
    canonical_url: str | None = None
    paragraphs: list[str] = attrs.Factory(list)
    captions: list[str] = attrs.Factory(list)
    sources: dict[str, str] = attrs.Factory(dict)
    warnings: list[str] = attrs.Factory(list)
    credited: list[str] = attrs.Factory(list)  # names of a sign-off line, added after the byline
    selectors: dict[str, int] = attrs.Factory(dict)  # the adapter's own CSS selectors -> matches
    layout: str | None = None
    site_name: str | None = None


class Adapter:
    # --- identity (factual) ------------------------------------------------------------------
    id: ClassVar[str] = ""
    name: ClassVar[str] = ""
    domains: ClassVar[tuple[str, ...]] = ()
    country: ClassVar[str | None] = None
    language: ClassVar[str | None] = None
    version: ClassVar[str] = "1"
    overrides: ClassVar[bool] = False  # a plug-in that should win over built-ins for the hosts they share
    # --- detection ---------------------------------------------------------------------------
    site_names: ClassVar[tuple[str, ...]] = ()  # og:site_name / JSON-LD publisher names of its pages
    text_marks: ClassVar[tuple[tuple[str, int], ...]] = ()  # (full-line pattern, weight) in dumps
    # --- dates ---------------------------------------------------------------------------------
    timezone: ClassVar[str | None] = None  # the zone of times printed without an offset
    dayfirst: ClassVar[bool] = True
    # --- HTML ----------------------------------------------------------------------------------
    layout: ClassVar[str | None] = None
    layouts: ClassVar[tuple[type[Adapter], ...]] = ()  # newest first; the first whose body matches
    sources: ClassVar[Mapping[str, tuple[str, ...]]] = {}
    body: ClassVar[str | None] = None  # CSS of the article body container(s)
    blocks: ClassVar[str] = DEFAULT_BLOCKS
    drop: ClassVar[tuple[str, ...]] = ()  # CSS of furniture inside the body
    captions: ClassVar[str | None] = None  # CSS of photo captions (kept apart)
    standfirst_in_body: ClassVar[bool] = False  # the page prints its standfirst as the lead paragraph
    # --- lines (HTML paragraphs and text dumps) ----------------------------------------------
    furniture: ClassVar[tuple[str, ...]] = ()  # full-line patterns of this outlet's furniture
    skip_next: ClassVar[tuple[str, ...]] = ()  # markers whose next line is furniture too
    end_marks: ClassVar[tuple[str, ...]] = ()  # lines after which only furniture follows
    text_meta: ClassVar[tuple[str, ...]] = ()  # header-line patterns with groups section/date/authors
    text_standfirst: ClassVar[bool] = False  # dumps carry a standfirst on the line under the headline

    # ------------------------------------------------------------------------------------------
    @classmethod
    def outlet(cls) -> Outlet:
        return Outlet(id=cls.id, name=cls.name, domains=cls.domains, country=cls.country, language=cls.language)

    @classmethod
    def rules(cls) -> LineRules:
        return _rules(cls)

    @classmethod
    def owns_host(cls, host: str | None) -> bool:
        return bool(host) and any(host == d or host.endswith("." + d) for d in cls.domains)  # type: ignore[union-attr]

    @classmethod
    def claims_page(cls, page: HtmlPage) -> bool:
        """The page's own marks name this outlet (canonical link, og:site_name, JSON-LD publisher)."""
        if cls.owns_host(page.canonical_host):
            return True
        return any(n.lower() in page.publisher_marks for n in cls.site_names)

    @classmethod
    def text_score(cls, page: TextPage) -> int:
        """How strongly a dump carries this outlet's furniture: the weights of the marks found."""
        marks = _marks(cls)
        score = 0
        for pattern, weight in marks:
            if any(pattern.match(line) for line in page.folded_lines):
                score += weight
        return score

    # ------------------------------------------------------------------------------------------
    def read(self, page: Page) -> Fields:
        if isinstance(page, TextPage):
            return self.read_text(page)
        return self.read_html(page)

    def read_text(self, page: TextPage) -> Fields:
        dump = read_dump(page.lines, self.rules(), standfirst=self.text_standfirst)
        fields = Fields(
            title=dump.title,
            subtitle=dump.subtitle,
            section=dump.section,
            source_agency=self._agency(dump.source_agency),
            published=parse_moment(dump.date, timezone=self.timezone, dayfirst=self.dayfirst),
            authors=clean_authors([*dump.authors, *dump.credited], organisations=self._organisations()),
            paragraphs=dump.paragraphs,
            captions=dump.captions,
            sources=dict(dump.sources),
            language=self.language,
        )
        fields.sources["paragraphs"] = "lines"
        self._byline_agency(fields, dump.authors)
        return fields

    def read_html(self, page: HtmlPage) -> Fields:
        layout = self._pick_layout(page)
        if layout is None:
            from .routing import generic_adapter  # the generic path reads pages no layout fits

            fields = generic_adapter().read_html(page)
            fields.warnings.append(
                f"{self.id}: no layout matched (body selector {self._body_selectors()!r} found nothing); "
                "read with the generic path"
            )
            return fields
        return layout._read_layout(page)

    def selectors(self) -> list[tuple[str, str]]:
        """Every CSS selector this adapter (layout) declares, by role: ("body", css), ("drop", css),
        ("title", "h1.headline@…") …"""
        found = [("body", self.body)] if self.body else []
        found += [("drop", css) for css in self.drop]
        found += [("captions", self.captions)] if self.captions else []
        for field, specs in self.sources.items():
            found += [(field, spec.removeprefix("css:")) for spec in specs if spec.startswith("css:")]
        return found

    def selector_counts(self, page: HtmlPage) -> dict[str, int]:
        """How many elements each declared selector matches on the page (0: the page lacks it),
        keyed "role:selector"."""
        return {f"{role}:{css}": len(page.select(css.partition("@")[0])) for role, css in self.selectors()}

    # --- the layout that fits this page --------------------------------------------------------
    def _pick_layout(self, page: HtmlPage) -> Adapter | None:
        for cls in self.layouts or (type(self),):
            if cls.body is None or page.select(cls.body):
                return cls()
        return None

    def _body_selectors(self) -> list[str | None]:
        return [cls.body for cls in self.layouts] if self.layouts else [self.body]

    def _read_layout(self, page: HtmlPage) -> Fields:
        fields = Fields(layout=self.layout, canonical_url=page.canonical_url, language=page.language)
        fields.site_name = page.meta("og:site_name")
        self._read_body(page, fields, lambda: generic_body(page, prune_xpath=_xpaths(self.drop)))
        fields.selectors = self.selector_counts(page)
        for name in SCALAR_FIELDS:
            self._resolve(page, fields, name, lambda v: v[0] if v else None)
        for name in DATE_FIELDS:
            self._resolve(page, fields, name, self._first_date)
        self._resolve(page, fields, "authors", lambda values: self._byline(fields, values))
        if fields.credited:
            fields.authors = self._authors_from([*fields.authors, *fields.credited])
            fields.sources.setdefault("authors", "sign-off line")
        self._fallbacks(fields, page)
        fields.title = _strip_site_suffix(_unescaped(fields.title), fields.site_name, self.name)
        fields.subtitle = _unescaped(fields.subtitle)
        fields.source_agency = self._agency(fields.source_agency)
        if self.standfirst_in_body and fields.subtitle and fields.paragraphs[:1] != [fields.subtitle]:
            fields.paragraphs.insert(0, fields.subtitle)
        if page.truncated:
            fields.warnings.append("the HTML ends early (no closing </body> or </html>): the page may be truncated")
        return fields

    def _read_body(self, page: HtmlPage, fields: Fields, trafilatura: Callable[[], Sequence[str]]) -> None:
        raw: list[str] = []
        if self.body:
            for container in page.select(self.body):
                raw.extend(read_blocks(page, container, blocks=self.blocks, drop=self.drop))
            fields.sources["paragraphs"] = f"css:{self.body}"
        elif found := main_content(page, self.drop):
            raw, container = found
            fields.sources["paragraphs"] = f"own:{container}"
        title_guess = next(iter(resolve(page, "css:h1")), None)
        cleaned = clean_paragraphs(raw, self.rules(), title=title_guess)
        if self.body and not cleaned.paragraphs:
            fields.warnings.append(f"{self.id}: body selector {self.body!r} matched no text; used trafilatura")
        if not cleaned.paragraphs:
            cleaned = clean_paragraphs(list(trafilatura()), self.rules(), title=title_guess)
            fields.sources["paragraphs"] = "trafilatura"
        fields.paragraphs = cleaned.paragraphs
        fields.captions = cleaned.captions
        if self.captions:
            fields.captions = [*page.select_text(self.captions), *fields.captions]
        fields.credited = cleaned.credited
        if cleaned.source_agency:
            fields.source_agency = cleaned.source_agency
            fields.sources["source_agency"] = "credit line"

    def _resolve(self, page: HtmlPage, fields: Fields, name: str, pick: Callable[[list[str]], object]) -> None:
        if getattr(fields, name) not in (None, []):
            return
        hook = getattr(self, f"get_{name}", None)
        if hook is not None:
            value = hook(page)
            if value not in (None, [], ""):
                setattr(fields, name, value)
                fields.sources[name] = f"hook:get_{name}"
                return
        for spec in (*self.sources.get(name, ()), *DEFAULT_SOURCES[name]):
            values = ld_names(page.ld_article.get("author")) if spec == "ld:author" else resolve(page, spec)
            value = pick(values) if values else None
            if value not in (None, []):
                setattr(fields, name, value)
                fields.sources[name] = spec
                return

    def _first_date(self, values: list[str]) -> Moment | None:
        for value in values:
            moment = parse_moment(value, timezone=self.timezone, dayfirst=self.dayfirst)
            if moment is not None:
                return moment
        return None

    def _authors_from(self, values: list[str]) -> list[str]:
        return clean_authors(values, organisations=self._organisations())

    def _byline(self, fields: Fields, values: list[str]) -> list[str]:
        """The authors of a byline; one crediting a wire agency instead ("By AP") gives the source."""
        self._byline_agency(fields, values)
        return self._authors_from(values)

    def _byline_agency(self, fields: Fields, raw: list[str]) -> None:
        """A byline that credits a wire agency ("By AP") names the story's source, not an author."""
        agency = wire_credit(raw)
        if agency and not fields.source_agency:
            fields.source_agency = agency
            fields.sources["source_agency"] = "byline"

    def _fallbacks(self, fields: Fields, page: HtmlPage) -> None:
        """trafilatura's metadata guesses, only for what no declared source gave. Its site name is
        not taken: where og:site_name is missing it guesses from copyright lines and titles
        ("Copyright 2014", an article's headline), and an outlet's name must be a fact; the host is."""
        if fields.title and fields.published:
            return
        if fields.title:  # only the date is missing: htmldate alone, not trafilatura's whole metadata pass
            date = generic_date(page)
            if date:
                fields.published = parse_moment(date, timezone=self.timezone)
                fields.sources["published"] = "htmldate"
            return
        result = generic_metadata(page)
        if not fields.title and result.title:
            fields.title, fields.sources["title"] = result.title, "trafilatura"
        if not fields.published and result.date:
            fields.published = parse_moment(result.date, timezone=self.timezone)
            fields.sources["published"] = "trafilatura"

    def _organisations(self) -> tuple[str, ...]:
        return (self.name, *self.site_names)

    def _agency(self, agency: str | None) -> str | None:
        """A credit naming the outlet itself is not a wire source ("Source: Xinhua" on Xinhua)."""
        credit = CREDIT.match(agency or "")
        agency = credit.group("agency") if credit else agency
        if agency and agency.lower() in {o.lower() for o in self._organisations()}:
            return None
        return agency


# Compiled once per adapter class (adapters themselves hold no state).
_RULES: dict[type[Adapter], LineRules] = {}
_MARKS: dict[type[Adapter], tuple[tuple[re.Pattern[str], int], ...]] = {}


def _rules(cls: type[Adapter]) -> LineRules:
    if cls not in _RULES:
        _RULES[cls] = LineRules.build(
            drop=cls.furniture, skip_next=cls.skip_next, end=cls.end_marks, meta=cls.text_meta
        )
    return _RULES[cls]


def _marks(cls: type[Adapter]) -> tuple[tuple[re.Pattern[str], int], ...]:
    if cls not in _MARKS:
        _MARKS[cls] = tuple((re.compile(f"^(?:{p})$", re.I), w) for p, w in cls.text_marks)
    return _MARKS[cls]


def _xpaths(css: tuple[str, ...]) -> list[str]:
    translator = HTMLTranslator()
    return [translator.css_to_xpath(c) for c in css]


_ENTITY = re.compile(r"&(?:#\d+|#x[0-9a-fA-F]+|[a-zA-Z]+);")


def _unescaped(text: str | None) -> str | None:
    """Entities a page escaped twice ("&amp;#8216;" in a meta tag) read as their characters, and
    the spaces they stood for folded ("&nbsp;")."""
    if not text or not _ENTITY.search(text):
        return text
    return " ".join(html.unescape(text).split())


def _strip_site_suffix(title: str | None, *names: str | None) -> str | None:
    """Drop a trailing " | Site" or " - Site" from a headline, only when the tail is the site's name."""
    if not title:
        return title
    for name in names:
        if not name:
            continue
        for sep in (" | ", " - ", " – ", " — ", " :: "):
            if title.lower().endswith((sep + name).lower()):
                return title[: -len(sep + name)].strip()
    return title
