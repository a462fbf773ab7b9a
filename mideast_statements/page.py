"""The two kinds of input an adapter reads: an HTML page (tree built once) or a text dump (lines)."""

from __future__ import annotations

import re
import threading
from functools import cached_property
from typing import Any
from urllib.parse import urljoin, urlsplit

import orjson
from lxml import etree, html
from lxml.cssselect import CSSSelector

from .decode import CONTROL_CHARACTERS, contains_any
from .errors import NoArticleFound

__all__ = [
    "ARTICLE_TYPES",
    "HtmlPage",
    "Page",
    "TextPage",
    "fold",
    "host_of",
    "ld_scalars",
    "ld_values",
    "looks_like_html",
    "make_page",
    "node_text",
]

_HTML_MARK = re.compile(r"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<meta\s", re.I)
_TAG = re.compile(r"</?(?:p|div|span|a|br|article|section|h[1-6]|script|li|ul|img)\b[^>]*>", re.I)
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>")
# control characters (tab, newline, carriage return aside) are no text: lxml parses them, then
# refuses them wherever a reader moves text between elements (unwrapping, removing furniture)
_CONTROL = re.compile("[" + CONTROL_CHARACTERS + "]")
# JSON-LD types of an article (lower-cased); a bare "WebPage" object is read for fields when no
# article object is given (ld_article), but it says nothing of what kind of page it is
ARTICLE_TYPES = frozenset(
    {
        "newsarticle",
        "article",
        "reportagenewsarticle",
        "analysisnewsarticle",
        "opinionnewsarticle",
        "backgroundnewsarticle",
        "blogposting",
        "liveblogposting",
        "report",
    }
)
_FIELD_TYPES = ARTICLE_TYPES | {"webpage"}


def fold(text: str | None) -> str:
    """Collapse runs of white space (non-breaking ones too) to one space."""
    return " ".join((text or "").split())


def host_of(url: str | None) -> str | None:
    if not url:
        return None
    try:
        host = urlsplit(url if "//" in url else "//" + url).hostname
    except ValueError:  # "http://[abc": no host can be read
        return None
    return host.lower().removeprefix("www.") if host else None


def readable_url(url: str | None) -> str | None:
    """The URL if it can be read — split into its parts, written as UTF-8 — else None ("http://[abc",
    a lone surrogate from a file name read with ``surrogateescape``)."""
    if not url:
        return None
    try:
        url.encode("utf-8")
        parts = urlsplit(url.strip())
        parts.hostname, parts.port  # noqa: B018 — both raise on a malformed netloc
    except (ValueError, UnicodeError):
        return None
    return url


def looks_like_html(text: str) -> bool:
    head = text[:5000]
    return bool(_HTML_MARK.search(head)) or len(_TAG.findall(head)) >= 3


_MARKUP_SPACE = re.compile(r"[ \t\n\r\f\v]+")


def node_text(node: etree._Element) -> str:
    """Visible text of an element: markup white space folded, non-breaking spaces kept as written."""
    return _MARKUP_SPACE.sub(" ", "".join(node.itertext())).strip(" \t\n\r\f\v\u00a0")


class TextPage:
    """A plain-text dump: one paragraph or furniture item per line, as scrapers hand them over."""

    kind = "text"

    def __init__(self, text: str, url: str | None = None) -> None:
        self.text = text.replace("\r\n", "\n").replace("\r", "\n")
        self.url = url
        self.lines: list[str] = self.text.split("\n")

    @cached_property
    def folded_lines(self) -> list[str]:
        """The non-blank lines with white space folded: computed once, matched by every outlet's marks."""
        return [folded for folded in (" ".join(line.split()) for line in self.lines) if folded]

    @property
    def host(self) -> str | None:
        return host_of(self.url)


# One parser per thread: lxml parser objects keep state while they parse and are not to be shared.
# huge_tree: libxml2 stops at 255 levels of nesting otherwise, and the article inside is lost; the
# input is already bounded by max_bytes, so the deep tree costs no more than its bytes.
_PARSERS = threading.local()


def _html_parser() -> html.HTMLParser:
    parser: html.HTMLParser | None = getattr(_PARSERS, "parser", None)
    if parser is None:
        parser = _PARSERS.parser = html.HTMLParser(huge_tree=True)
        # every element an HtmlElement, chosen in C: lxml.html's own lookup (form and input classes)
        # runs a Python callback for each element that Python code touches, a tenth of a parse's time
        parser.set_element_class_lookup(
            etree.ElementDefaultClassLookup(
                element=html.HtmlElement, comment=html.HtmlComment, pi=html.HtmlProcessingInstruction
            )
        )
    return parser


# Browsers cap the tree's depth (Blink at 512) and put deeper elements beside each other; a page of
# unclosed <div>s would otherwise be thousands of levels deep, and every reader that measures an
# element's text (trafilatura's scoring among them) would pay its depth for every element.
MAX_DEPTH = 128
_DEEPER = etree.XPath("/" + "/".join(["*"] * (MAX_DEPTH + 1)))  # any element below MAX_DEPTH levels
_KEPT_DEEP = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "br", "img"})


# what is removed, in turn, from a page libxml2 finds too deep: the wrapper elements, then every
# tag but paragraphs, headings, line breaks and list items
_STRIPPERS = (
    re.compile(
        r"</?(?:div|span|section|article|aside|main|header|footer|nav|font|center|table|tbody|thead|tfoot|tr|td|th"
        r"|ul|ol|dl|dd|dt|b|i|u|s|em|strong|small|big|blockquote|form|figure|label|button|sup|sub|mark|q|cite)"
        r"\b[^<>]*>",
        re.I,
    ),
    re.compile(r"<(?!/?(?:p|br|li|h[1-6])\b)[^<>]*>", re.I),
)


def _parse_html(source: str) -> html.HtmlElement:
    try:
        return html.document_fromstring(source, parser=_html_parser())
    except (etree.ParserError, ValueError) as exc:
        raise NoArticleFound(f"the HTML has no document to read: {exc}") from exc


def _too_deep(parser: html.HTMLParser) -> bool:
    return any(error.type_name == "ERR_RESOURCE_LIMIT" for error in parser.error_log)


def _flatten_deep(tree: html.HtmlElement) -> int:
    """Unwrap the elements nested deeper than MAX_DEPTH (their text and children stay, in order);
    paragraphs, headings and list items keep their tags. Returns how many were unwrapped."""
    if not _DEEPER(tree):  # one C-level walk, level by level: most pages stop here
        return 0
    deep: list[html.HtmlElement] = []
    depth = 0
    for event, node in etree.iterwalk(tree, events=("start", "end")):
        if event == "start":
            depth += 1
            if depth > MAX_DEPTH and isinstance(node.tag, str) and node.tag not in _KEPT_DEEP:
                deep.append(node)
        else:
            depth -= 1
    for node in deep:  # shallowest first: each unwrap moves only its own children, once
        if node.getparent() is not None:
            node.drop_tag()
    return len(deep)


class HtmlPage:
    """An HTML page, parsed once; adapters and the generic path read the same tree."""

    kind = "html"

    def __init__(self, text: str, url: str | None = None) -> None:
        self.text = text
        self.url = url
        source = _XML_DECL.sub("", text, count=1)
        if contains_any(source, CONTROL_CHARACTERS):  # nearly never: the substitution's scan is skipped
            source = _CONTROL.sub("", source)
        self.tree: html.HtmlElement = _parse_html(source)
        self.stripped = 0  # 1 or 2: wrapper tags (or all but paragraphs) removed, the tree was too deep
        for level, strip in enumerate(_STRIPPERS, start=1):
            if not _too_deep(_html_parser()):
                break
            # libxml2 stops at 2048 levels and drops the rest of the page: read it without its wrappers
            head, mark, body = source.partition("<body") if "<body" in source else ("", "", source)
            self.tree, self.stripped = _parse_html(head + mark + strip.sub(" ", body)), level
        self.flattened = _flatten_deep(self.tree)  # elements unwrapped below MAX_DEPTH
        self.truncated = "</html" not in text[-4096:].lower() and "</body" not in text[-8192:].lower()

    @property
    def repairs(self) -> list[str]:
        """What reading the markup took, as record warnings: wrappers stripped, deep levels unwrapped."""
        out = []
        if self.stripped:
            removed = "wrapper tags" if self.stripped == 1 else "every tag but paragraphs, headings and list items"
            out.append(f"html: nested past the parser's 2048 levels; read with {removed} removed")
        if self.flattened:
            out.append(
                f"html: {self.flattened} elements nested deeper than {MAX_DEPTH} levels unwrapped, as browsers do"
            )
        return out

    # --- selectors -------------------------------------------------------------------------------
    def select(self, css: str, root: etree._Element | None = None) -> list[html.HtmlElement]:
        return list(_compiled(css)(self.tree if root is None else root))

    def select_text(self, css: str) -> list[str]:
        return [t for t in (node_text(n) for n in self.select(css)) if t]

    # --- metadata ----------------------------------------------------------------------------------
    @cached_property
    def metas(self) -> dict[str, list[str]]:
        """<meta property|name|itemprop=… content=…>, keys lower-cased, all values in page order."""
        out: dict[str, list[str]] = {}
        for node in self.tree.iter("meta"):
            key = node.get("property") or node.get("name") or node.get("itemprop")
            content = node.get("content")
            if key and content and content.strip():
                out.setdefault(key.strip().lower(), []).append(content.strip())
        return out

    def meta(self, key: str) -> str | None:
        values = self.metas.get(key.lower())
        return values[0] if values else None

    @cached_property
    def jsonld(self) -> list[dict[str, Any]]:
        """Every JSON-LD object on the page, @graph and lists flattened."""
        found: list[dict[str, Any]] = []
        for node in self.tree.xpath('//script[contains(@type, "ld+json")]'):
            raw = (node.text or "").strip()
            if not raw:
                continue
            try:
                data = orjson.loads(raw)
            except orjson.JSONDecodeError:
                try:  # some sites leave raw newlines inside strings
                    data = orjson.loads(re.sub(r"[\x00-\x1f]+", " ", raw))
                except orjson.JSONDecodeError:
                    continue
            _flatten(data, found)
        return found

    @cached_property
    def ld_types(self) -> set[str]:
        """Every JSON-LD @type on the page, lower-cased ("newsarticle", "collectionpage" …)."""
        return set().union(*(_ld_types(obj) for obj in self.jsonld))

    @cached_property
    def ld_article(self) -> dict[str, Any]:
        """The JSON-LD object that describes the article (NewsArticle and kin), or {}."""
        ranked = sorted(
            (obj for obj in self.jsonld if _ld_types(obj) & _FIELD_TYPES),
            key=lambda obj: ("webpage" in _ld_types(obj), -len(obj)),
        )
        return ranked[0] if ranked else {}

    @cached_property
    def canonical_url(self) -> str | None:
        for node in self.tree.xpath('//link[@rel="canonical"][@href]'):
            href = str(node.get("href", "")).strip()
            if href and readable_url(href):
                try:
                    return readable_url(urljoin(self.url or "", href))
                except ValueError:
                    continue
        return readable_url(self.meta("og:url"))

    @cached_property
    def canonical_host(self) -> str | None:
        """The canonical URL's host, read once for every adapter that asks."""
        return host_of(self.canonical_url)

    @cached_property
    def publisher_marks(self) -> frozenset[str]:
        """The names the page gives its publisher (og:site_name, application-name, twitter:site, the
        JSON-LD publisher), folded and lower-cased, without a leading "@": read once, every adapter's
        ``claims_page`` compares its own names with them."""
        marks = [self.meta("og:site_name"), self.meta("application-name"), self.meta("twitter:site")]
        marks += ld_values(self.ld_article, ["publisher", "name"])
        return frozenset(fold(m).lower().lstrip("@") for m in marks if m)

    @property
    def host(self) -> str | None:
        return host_of(self.url) or host_of(self.canonical_url)

    @cached_property
    def language(self) -> str | None:
        value = self.tree.get("lang") or self.meta("og:locale") or self.meta("content-language")
        if not value:
            return None
        code = value.replace("_", "-").split("-")[0].strip().lower()
        return code if re.fullmatch(r"[a-z]{2,3}", code) else None


def ld_values(obj: Any, path: list[str]) -> list[str]:
    """The values at a dotted path of a JSON-LD object (lists walked, objects by their name)."""
    if not path or path == [""]:
        return ld_scalars(obj)
    if isinstance(obj, list):
        return [v for item in obj for v in ld_values(item, path)]
    if isinstance(obj, dict):
        return ld_values(obj.get(path[0]), path[1:])
    return []


def ld_scalars(value: Any) -> list[str]:
    """A JSON-LD value as strings: text folded, numbers written out, an object by its name."""
    if isinstance(value, str):
        return [fold(value)] if fold(value) else []
    if isinstance(value, int | float) and not isinstance(value, bool):
        return [str(value)]
    if isinstance(value, list):
        return [v for item in value for v in ld_scalars(item)]
    if isinstance(value, dict):
        return ld_scalars(value.get("name") or value.get("@value"))
    return []


Page = HtmlPage | TextPage


def make_page(text: str, url: str | None) -> Page:
    return HtmlPage(text, url) if looks_like_html(text) else TextPage(text, url)


def _compiled(css: str) -> CSSSelector:
    cached = _SELECTORS.get(css)
    if cached is None:
        cached = _SELECTORS[css] = CSSSelector(css, translator="html")
    return cached


_SELECTORS: dict[str, CSSSelector] = {}


def _flatten(data: Any, out: list[dict[str, Any]]) -> None:
    if isinstance(data, list):
        for item in data:
            _flatten(item, out)
    elif isinstance(data, dict):
        out.append(data)
        if "@graph" in data:
            _flatten(data["@graph"], out)


def _ld_types(obj: dict[str, Any]) -> set[str]:
    value = obj.get("@type")
    values = value if isinstance(value, list) else [value]
    return {str(v).lower() for v in values if v}
