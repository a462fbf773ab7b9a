"""The public functions: parse, parse_file, iter_articles. Data first, URL second, the rest keyword-only."""

from __future__ import annotations

import hashlib
import re
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import attrs

from .adapter import Adapter, Fields
from .budget import check_budget
from .budget import time_budget as _budget  # parse()'s parameter takes the plain name
from .decode import DEFAULT_MAX_BYTES, decode
from .errors import AdapterError, InputTooLarge, InputUnreadable, MideastStatementsError, NoArticleFound
from .extract.language import DETECTABLE, detect_language
from .extract.page_type import page_type
from .inputs import INPUT_SUFFIXES, Skipped, walk_inputs
from .model import UNKNOWN_OUTLET, Article, Outlet, Provenance
from .page import HtmlPage, Page, host_of, make_page, readable_url
from .routing import Registry, default_registry, generic_adapter
from .statements import extract_statements
from .stories import story_key

__all__ = [
    "INPUT_SUFFIXES",
    "Failure",
    "Skipped",
    "expand_paths",
    "parse",
    "parse_file",
    "parse_stream",
    "with_source",
]

MIN_BODY_WORDS = 5  # below one short sentence, what is left is a menu item or a label, not an article
_TRACKING = re.compile(r"^(?:utm_\w+|fbclid|gclid|ocid|cmpid|ref|src)$", re.I)


def parse(
    data: str | bytes,
    url: str | None = None,
    *,
    outlet: str | None = None,
    registry: Registry | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    statements: bool = True,
    time_budget: float | None = None,
    charset: str | None = None,
) -> Article:
    """Read one HTML page or text dump into an Article.

    ``outlet`` forces an adapter by id ("rt", "generic", …); otherwise the URL, the page's own
    marks or a dump's furniture choose it. ``statements=False`` skips statement extraction.
    ``time_budget`` (CPU seconds; None: none) turns a runaway page into ``TimeBudgetExceeded``.
    ``charset`` is an encoding the transport declared (an HTTP header): it outranks the page's <meta>.
    Raises a MideastStatementsError on bad input.
    """
    with _budget(time_budget):
        return _parse(data, url, outlet, registry or default_registry(), max_bytes, statements, charset)


def _parse(
    data: str | bytes,
    url: str | None,
    outlet: str | None,
    registry: Registry,
    max_bytes: int,
    statements: bool,
    charset: str | None = None,
) -> Article:
    decoded = decode(data, max_bytes=max_bytes, charset=charset)
    given_url, url = url, readable_url(url)
    page = make_page(decoded.text, url)
    check_budget()
    cls = registry.get(outlet) if outlet else registry.detect(page)
    adapter = cls()
    fields = _read(adapter, page)
    check_budget()
    if not fields.paragraphs and isinstance(page, HtmlPage) and cls.id != "generic":
        fields = _read(generic_adapter(), page)
        fields.warnings.append(f"{cls.id}: found no body; read with the generic path")
    if isinstance(page, HtmlPage):
        fields.warnings.extend(page.repairs)
    if given_url and not url:
        fields.warnings.append(f"url {_shown(given_url)!r} cannot be read; left out")
    if sum(len(p.split()) for p in fields.paragraphs) < MIN_BODY_WORDS:
        raise NoArticleFound(_no_body_message(page))
    language = _language(fields, cls.language)
    read_statements = statements and (language is None or language.split("-")[0] == "en")
    if statements and not read_statements:
        fields.warnings.append(
            f"statements: not extracted: the text is in {language!r} and the statement rules read English only"
        )
    publisher = _outlet(cls, page, fields)
    kind, why = page_type(page, fields.paragraphs) if isinstance(page, HtmlPage) else ("article", None)
    if why:
        fields.warnings.append(f"page_type: listing: {why}")
    raw = data.encode("utf-8", "surrogatepass") if isinstance(data, str) else bytes(data)
    provenance = Provenance(
        adapter=cls.id,
        adapter_version=cls.version,
        input_format=page.kind,
        content_hash="sha256:" + hashlib.sha256(raw).hexdigest(),
        layout=fields.layout,
        encoding=decoded.encoding,
        fields=fields.sources,
        selectors=fields.selectors,
        warnings=(*decoded.warnings, *fields.warnings),
    )
    return Article(
        id=_article_id(fields.canonical_url or url, fields),
        outlet=publisher,
        provenance=provenance,
        paragraphs=fields.paragraphs,
        url=url,
        canonical_url=fields.canonical_url,
        title=fields.title,
        subtitle=fields.subtitle,
        section=fields.section,
        published=fields.published,
        updated=fields.updated,
        authors=fields.authors,
        source_agency=fields.source_agency,
        story_id=story_key(fields.paragraphs),
        language=language,
        page_type=kind,
        captions=fields.captions,
        statements=extract_statements(fields.paragraphs, fields.published) if read_statements else (),
    )


def _language(fields: Fields, default: str | None) -> str | None:
    """The body's language when its words say so clearly (a warning when the page or the adapter
    said otherwise), else what the page declared, else the adapter's."""
    declared = fields.language or default
    detected = detect_language(fields.paragraphs)
    if detected is None or (declared and declared.split("-")[0].lower() not in DETECTABLE):
        return declared  # a language the word lists do not cover ("id", "ja") is never relabelled
    if declared and declared.split("-")[0].lower() != detected:
        fields.warnings.append(f"language: declared {declared!r}, the text reads as {detected!r}")
        return detected
    return declared or detected


def _read(adapter: Adapter, page: Page) -> Fields:
    try:
        return adapter.read(page)
    except MideastStatementsError:
        raise
    except RecursionError as exc:
        raise NoArticleFound("the page nests its markup too deeply to read") from exc
    except Exception as exc:  # an adapter bug must not look like a crash of the caller's batch
        raise AdapterError(f"adapter {adapter.id!r} failed on this page: {type(exc).__name__}: {exc}") from exc


def _no_body_message(page: Page) -> str:
    if isinstance(page, HtmlPage) and page.truncated:
        return "no article body found; the HTML ends early (truncated page?)"
    return "no article body found in the input"


def _outlet(cls: type[Adapter], page: Page, fields: Fields) -> Outlet:
    """The site that published the page. An outlet's copy on another site (an agency story on a
    member newspaper's pages, marked with the agency as publisher) is that site's, with the outlet
    the adapter reads for as its source agency."""
    host = page.host
    if cls.id != "generic" and (not host or cls.owns_host(host)):
        return cls.outlet()
    names = {name.casefold() for name in (cls.name, *cls.site_names)}
    if cls.id != "generic":
        fields.source_agency = fields.source_agency or cls.name
        fields.sources["source_agency"] = "republished copy"
        fields.warnings.append(f"{cls.id}: the page is on {host}; recorded as {host}'s copy of {cls.name}")
    name = fields.site_name if fields.site_name and fields.site_name.casefold() not in names else host
    if not name:
        return UNKNOWN_OUTLET
    return Outlet(id="unknown", name=name, domains=(host,) if host else ())


def _article_id(url: str | None, fields: Fields) -> str:
    """Stable: the normalised URL when there is one, else the title and body."""
    key = _normalise_url(url) if url else "\n".join([fields.title or "", *fields.paragraphs])
    return hashlib.blake2b(key.encode("utf-8"), digest_size=8).hexdigest()


def _normalise_url(url: str) -> str:
    parts = urlsplit(url.strip())
    query = urlencode([(k, v) for k, v in parse_qsl(parts.query) if not _TRACKING.match(k)])
    host = host_of(url) or ""
    return urlunsplit(("https", host, parts.path.rstrip("/") or "/", query, ""))


def parse_file(
    path: str | Path,
    url: str | None = None,
    *,
    outlet: str | None = None,
    registry: Registry | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    statements: bool = True,
    time_budget: float | None = None,
) -> Article:
    """Read a file (HTML, text dump, either gzipped) into an Article; ``provenance.source`` is its path."""
    data = _read_bytes(Path(path), max_bytes)
    article = parse(
        data, url, outlet=outlet, registry=registry, max_bytes=max_bytes, statements=statements, time_budget=time_budget
    )
    return with_source(article, str(path))


def with_source(article: Article, source: str) -> Article:
    """The article with the input it was read from in its provenance (a record of a corpus run can
    be joined back to its files); a path that is no valid UTF-8 is shown with escapes."""
    return attrs.evolve(article, provenance=attrs.evolve(article.provenance, source=_shown(source)))


def _shown(text: str) -> str:
    """Text as a record can hold it: a lone surrogate (a file name read with ``surrogateescape``)
    written as an escape."""
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


def parse_stream(
    stream: BinaryIO,
    url: str | None = None,
    *,
    outlet: str | None = None,
    registry: Registry | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    statements: bool = True,
    time_budget: float | None = None,
) -> Article:
    """Read a binary stream (stdin, an HTTP body) into an Article; reads at most one byte past
    ``max_bytes``, so that an endless stream is refused instead of swallowed."""
    data = stream.read(max_bytes + 1)
    return parse(
        data, url, outlet=outlet, registry=registry, max_bytes=max_bytes, statements=statements, time_budget=time_budget
    )


def _read_bytes(path: Path, max_bytes: int) -> bytes:
    """A regular file's bytes, never more than ``max_bytes`` (a file that grows while it is read is
    refused too); a device, a pipe or a socket is refused before it is opened, since reading one
    may never end ("/dev/zero") or block ("a FIFO nobody writes to")."""
    try:
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):
            raise IsADirectoryError(str(path))
        if not stat.S_ISREG(info.st_mode):
            raise InputUnreadable(
                f"{path} is not a regular file (a device, a pipe or a socket): pipe its bytes in with '-'"
            )
        if info.st_size > max_bytes:
            raise InputTooLarge(f"{path} is {info.st_size:,} bytes; the limit is {max_bytes:,} (max_bytes)")
        with path.open("rb") as handle:
            data = handle.read(max_bytes + 1)
        if len(data) > max_bytes:
            raise InputTooLarge(f"{path} grew past the limit of {max_bytes:,} bytes while read (max_bytes)")
        return data
    except MideastStatementsError:
        raise
    except IsADirectoryError as exc:
        raise InputUnreadable(f"{path} is a directory") from exc
    except OSError as exc:
        raise InputUnreadable(f"cannot read {path}: {exc.strerror or exc}") from exc


@attrs.frozen(slots=True)
class Failure:
    """An input that did not become an article, and why; batches report it and go on."""

    source: str
    error: str  # the exception class name, e.g. "DecodeError"
    message: str

    def to_dict(self) -> dict[str, object]:
        return {"source": self.source, "error": {"type": self.error, "message": self.message}}


def expand_paths(paths: Iterable[str | Path], skipped: list[Skipped] | None = None) -> Iterator[Path]:
    """Files as given; folders walked (sorted) for inputs with a known suffix; what a folder holds
    that is no input goes to ``skipped`` with its reason (see ``inputs.walk_inputs``)."""
    return walk_inputs(paths, skipped)
