"""Our own main-content step: the article's container, found on the tree we already have.

Most article pages mark their body: ``itemprop=articleBody``, a CMS's content class, ``<article>``
or ``<main>``. A container is taken when it is sure to be the body: it holds most of the page's
paragraph text (a teaser ``<article>`` does not), enough of it, and little of that text is links.
Without a marked container, one scoring pass takes the block that holds most paragraph text, on
the same conditions and holding nearly all of it. Otherwise the caller falls back to trafilatura.
The candidates and thresholds were chosen on
wceb-dev and aeb page by page: only containers that read the body at least as well as trafilatura
there are tried. ``<article>``, ``<main>``, ``.entry-content``, ``.post-content`` and ``#content``
lost 1 to 9 points of body F1 on the pages they matched (comments, author boxes, neighbouring
teasers inside them, which trafilatura's scoring leaves out). On wceb-dev the scoring pass reads
519 of 1,379 pages at trafilatura's body F1 (+0.001 on those pages), on aeb 60 of 181 (−0.001).
"""

from __future__ import annotations

from collections.abc import Sequence

from lxml import etree

from ..page import HtmlPage
from .body import read_blocks

__all__ = ["CONTAINERS", "main_content"]

CONTAINERS = (
    "[itemprop=articleBody]",
    "[itemprop=articlebody]",
    "#article-body",
    ".article-body",
    ".article-content",
)
# furniture inside a body container on many sites (class-name guesses such as "[class*=share]" are
# left to the line cleaning: a body's own wrapper is often named "article-body has-sharebar")
FURNITURE = ("nav", "aside", "footer", "form", "figure", "figcaption", "[role=navigation]", "[class*=byline]")
MIN_WORDS = 80  # less, and the "container" is a teaser or a stub: let trafilatura look at the page
MIN_SHARE = 0.6  # of the page's paragraph words inside the container
MAX_LINKED = 0.3  # of the container's paragraph words that are link text
MIN_READ = 0.6  # of the container's words that its blocks hold (the rest: text in bare <div>s)
MIN_SCORED_SHARE = 0.8  # without a marked container, the scored block must hold nearly all paragraph words


def main_content(page: HtmlPage, drop: Sequence[str] = ()) -> tuple[list[str], str] | None:
    """The body's blocks and what found them (a container selector, or "scored"), or None when
    nothing is sure to be the body."""
    words = {p: _words(p) for p in page.tree.iter("p")}  # once per page
    total = sum(words.values())
    if total < MIN_WORDS:
        return None
    for css in CONTAINERS:
        if _literal(css) not in page.text:
            continue  # the attribute value is nowhere in the source: skip a walk of the whole tree
        nodes = page.select(css)
        if not nodes:
            continue
        counts = sorted(((_paragraph_words(n, words), i) for i, n in enumerate(nodes)), reverse=True)
        blocks = _sure(page, nodes[counts[0][1]], counts[0][0], MIN_SHARE * total, drop)
        if blocks is not None:
            return blocks, css
    best = _best_scored(words)
    if best is None or best.tag in ("body", "html"):
        return None
    blocks = _sure(page, best, _paragraph_words(best, words), MIN_SCORED_SHARE * total, drop)
    return (blocks, "scored") if blocks is not None else None


def _literal(css: str) -> str:
    """The attribute value a container selector needs ("[itemprop=articleBody]" → "articleBody",
    ".article-body" → "article-body"): the page source holds it wherever the selector can match."""
    return css.strip("[]").rpartition("=")[2].lstrip("#.")


def _sure(page: HtmlPage, node: etree._Element, inside: int, needed: float, drop: Sequence[str]) -> list[str] | None:
    """The node's blocks if it is sure to be the body: enough paragraph words (``needed`` of the
    page's), few of them links, and its text in blocks rather than bare <div>s."""
    if inside < MIN_WORDS or inside < needed:
        return None
    linked = sum(_words(a) for p in node.iter("p") for a in p.iter("a"))
    if linked > MAX_LINKED * inside:
        return None
    blocks = read_blocks(page, node, drop=(*FURNITURE, *drop))
    if sum(len(b.split()) for b in blocks) < MIN_READ * _words(node):
        return None  # much of its text sits outside paragraphs: trafilatura reads such pages better
    return blocks


def _best_scored(words: dict[etree._Element, int]) -> etree._Element | None:
    """The block holding most paragraph text: each paragraph of 8 words or more counts its words
    for its parent and half of them for its grandparent (readability's scoring, stripped down)."""
    score: dict[etree._Element, float] = {}
    for p, n in words.items():
        parent = p.getparent()
        if n < 8 or parent is None:
            continue
        score[parent] = score.get(parent, 0) + n
        grand = parent.getparent()
        if grand is not None:
            score[grand] = score.get(grand, 0) + n / 2
    return max(score, key=score.__getitem__) if score else None


def _words(node: etree._Element) -> int:
    """Words of an element's text (split on any white space: the same count as after folding it)."""
    return len(" ".join(node.itertext()).split())


def _paragraph_words(root: etree._Element, words: dict[etree._Element, int]) -> int:
    return sum(words[p] for p in root.iter("p"))
