"""Body paragraphs from HTML: an adapter's container selector, or trafilatura for any site."""

from __future__ import annotations

import copy
from collections.abc import Sequence

import attrs
from lxml import etree
from trafilatura import bare_extraction
from trafilatura.settings import Document

from ..page import HtmlPage, fold, node_text

__all__ = ["GenericResult", "generic_extract", "read_blocks"]

DEFAULT_BLOCKS = "p, h2, h3, h4, h5, h6, li, blockquote"


def read_blocks(
    page: HtmlPage,
    container: etree._Element,
    *,
    blocks: str = DEFAULT_BLOCKS,
    drop: Sequence[str] = (),
) -> list[str]:
    """Text of each block element inside ``container``, furniture nodes removed first.

    The container is copied, so the page's tree stays whole for other readers.
    """
    root = copy.deepcopy(container)
    for css in drop:
        for node in page.select(css, root):
            _remove(node)
    chosen = page.select(blocks, root)
    chosen_set = set(chosen)
    out: list[str] = []
    for node in chosen:
        if any(a in chosen_set for a in node.iterancestors()):
            continue  # a <p> inside a chosen <li> or <blockquote> is read with its parent
        text = node_text(node)
        if text:
            out.append(text)
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


@attrs.frozen(slots=True)
class GenericResult:
    paragraphs: tuple[str, ...]
    title: str | None
    author: str | None
    date: str | None
    sitename: str | None
    description: str | None
    categories: tuple[str, ...]


def generic_extract(page: HtmlPage, *, prune_xpath: Sequence[str] = ()) -> GenericResult | None:
    """trafilatura's reading of the page: body paragraphs and its metadata guesses."""
    document = bare_extraction(
        page.tree,
        url=page.url,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        prune_xpath=list(prune_xpath) or None,
    )
    if not isinstance(document, Document):
        return None
    lines = tuple(fold(line) for line in (document.text or "").split("\n"))
    return GenericResult(
        paragraphs=tuple(line for line in lines if line),
        title=document.title,
        author=document.author,
        date=document.date,
        sitename=document.sitename,
        description=document.description,
        categories=tuple(document.categories or ()),
    )
