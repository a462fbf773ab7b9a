"""Body paragraphs from HTML: an adapter's container selector, or trafilatura for any site."""

from __future__ import annotations

import copy
from collections.abc import Collection, Sequence

import attrs
from htmldate import find_date
from lxml import etree
from trafilatura import bare_extraction
from trafilatura.metadata import extract_metadata
from trafilatura.settings import Document, set_date_params

from ..page import HtmlPage, fold, node_text

__all__ = ["INLINE", "GenericMetadata", "generic_body", "generic_metadata", "read_blocks"]

DEFAULT_BLOCKS = "p, h2, h3, h4, h5, h6, li, blockquote"
# Never shown to a reader: hidden elements and screen-reader-only text (", opens new tab").
HIDDEN = (
    "[hidden], [style*='display:none'], [style*='display: none'], [style*='clip:rect(0 0 0 0)'], "
    ".sr-only, .visually-hidden, .screen-reader-text"
)


def read_blocks(
    page: HtmlPage,
    container: etree._Element,
    *,
    blocks: str = DEFAULT_BLOCKS,
    drop: Sequence[str] = (),
    skip: Collection[etree._Element] = (),
) -> list[str]:
    """Text of each block element inside ``container``, furniture nodes removed first: those
    ``drop`` selects and the page's own elements in ``skip``.

    The container is copied, so the page's tree stays whole for other readers.
    """
    root = copy.deepcopy(container)
    if skip:  # the copy walks in the same order as its original
        for node in [c for o, c in zip(container.iter(), root.iter(), strict=True) if o in skip and o is not container]:
            _remove(node)
    for node in list(root.iter(*_UNSEEN)):  # a script inside a <p> is no text of it
        _remove(node)
    for css in (HIDDEN, *drop):
        for node in page.select(css, root):
            _remove(node)
    chosen = page.select(blocks, root)
    chosen_set = set(chosen)
    if _has_loose_text(root):
        return _walk_loose(root, chosen_set)
    out: list[str] = []
    for node in chosen:
        if any(a in chosen_set for a in node.iterancestors()):
            continue  # a <p> inside a chosen <li> or <blockquote> is read with its parent
        text = node_text(node)
        if text and not _link_item(node, text):
            out.append(text)
    return out


def _link_item(node: etree._Element, text: str) -> bool:
    """A list item that is nothing but a link: a related-stories list, not the article's words."""
    if node.tag != "li":
        return False
    linked = "".join("".join(a.itertext()) for a in node.iter("a"))
    return fold(linked) == fold(text)


# Elements read as part of the running text; any other element starts a new paragraph.
INLINE = frozenset(
    [
        "a",
        "abbr",
        "b",
        "cite",
        "em",
        "font",
        "i",
        "mark",
        "q",
        "s",
        "small",
        "span",
        "strong",
        "sub",
        "sup",
        "time",
        "u",
    ]
)
_UNSEEN = frozenset(["script", "style", "noscript", "template", "iframe", "button", "svg"])


def _has_loose_text(root: etree._Element) -> bool:
    """Text written straight into the container, outside any element (old CMSs: text and <br>s)."""
    return bool((root.text or "").strip()) or any((child.tail or "").strip() for child in root)


def _walk_loose(root: etree._Element, chosen: set[etree._Element]) -> list[str]:
    """Paragraphs of a container mixing loose text, <br> breaks and block elements, in page order."""
    out: list[str] = []
    run: list[str] = []

    def flush() -> None:
        text = fold("".join(run))
        if text:
            out.append(text)
        run.clear()

    def walk(element: etree._Element) -> None:
        run.append(element.text or "")
        for child in element:
            tag = child.tag if isinstance(child.tag, str) else None
            if child in chosen:
                flush()
                text = node_text(child)
                if text:
                    out.append(text)
            elif tag == "br":
                flush()
            elif tag in INLINE:
                run.append("".join(child.itertext()))
            elif tag is not None:  # unseen elements (scripts, styles …) were removed before the walk
                flush()
                walk(child)
                flush()
            run.append(child.tail or "")

    walk(root)
    flush()
    return out


def _remove(node: etree._Element) -> None:
    """Drop a node but keep its tail text (it belongs to the parent)."""
    parent = node.getparent()
    if parent is None:
        return
    tail = node.tail
    if tail and tail.strip():
        prev = node.getprevious()
        if prev is not None:
            prev.tail = (prev.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(node)


# trafilatura's fast path (no readability/jusText comparison) reads most pages as well as its full
# cascade at a third less cost; where it finds little, the cascade often finds the article it
# missed (wceb-dev, mean page F1: fast 0.868, full 0.878, fast then full under 100 words 0.875 with
# the cascade run on 9% of pages; aeb: 0.957, 0.955, 0.957)
UNSURE_WORDS = 100


def generic_body(page: HtmlPage, *, prune_xpath: Sequence[str] = ()) -> tuple[str, ...]:
    """trafilatura's reading of the page's body, as paragraphs (none when it finds nothing): its
    fast path, and its full cascade when that found under ``UNSURE_WORDS`` words. Its metadata
    pass is not run here: see ``generic_metadata``, called only for a field no declared source gave."""
    found = _trafilatura_body(page, prune_xpath, fast=True)
    if sum(len(line.split()) for line in found) < UNSURE_WORDS:
        found = _trafilatura_body(page, prune_xpath, fast=False) or found
    return found


def _trafilatura_body(page: HtmlPage, prune_xpath: Sequence[str], *, fast: bool) -> tuple[str, ...]:
    document = bare_extraction(
        page.tree,
        url=page.url,
        with_metadata=False,
        fast=fast,
        include_comments=False,
        include_tables=True,
        prune_xpath=list(prune_xpath) or None,
    )
    if not isinstance(document, Document):
        return ()
    lines = (fold(line) for line in (document.text or "").split("\n"))
    return tuple(line for line in lines if line)


@attrs.frozen(slots=True)
class GenericMetadata:
    title: str | None
    date: str | None


def generic_date(page: HtmlPage) -> str | None:
    """htmldate's reading of the page's date, as trafilatura's metadata pass asks for it (the page's
    own URL, else its og:url or canonical link, helps) but without the rest of that pass: a fifth of
    its cost, the same date on every aeb page where the markup's declared sources gave none."""
    url = page.url or page.meta("og:url") or _canonical(page)
    return find_date(page.tree, **{**set_date_params(False), "url": url})


def _canonical(page: HtmlPage) -> str | None:
    found = page.tree.xpath('//link[@rel="canonical"]/@href')
    return str(found[0]) if found else None


def generic_metadata(page: HtmlPage) -> GenericMetadata:
    """trafilatura's metadata guesses (title, date) for a page our sources left without a title."""
    # extensive=False: dates the markup marks, never one guessed from the most frequent date in the
    # text (on aeb it changes 2 of 181 pages, both a date no element of the page gives as the page's)
    document = extract_metadata(copy.deepcopy(page.tree), default_url=page.url, extensive=False)
    return GenericMetadata(title=document.title, date=document.date)
