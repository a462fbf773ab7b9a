"""Our own main-content step: the article's container, found on the tree we already have.

Most article pages mark their body: ``itemprop=articleBody``, a CMS's content class, ``<article>``
or ``<main>``. A container is taken when it is sure to be the body: it holds most of the page's
paragraph text (a teaser ``<article>`` does not), enough of it, and little of that text is links.
Otherwise the caller falls back to trafilatura. The candidates and thresholds were chosen on
wceb-dev and aeb page by page: only containers that read the body at least as well as trafilatura
there are tried. ``<article>``, ``<main>``, ``.entry-content``, ``.post-content`` and ``#content``
lost 1 to 9 points of body F1 on the pages they matched (comments, author boxes, neighbouring
teasers inside them, which trafilatura's scoring leaves out): they wait for a scoring pass.
"""

from __future__ import annotations

from collections.abc import Sequence

from lxml import etree

from ..page import HtmlPage, fold
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
FURNITURE = ("nav", "aside", "footer", "form", "figure", "figcaption", "[role=navigation]")
MIN_WORDS = 80  # less, and the "container" is a teaser or a stub: let trafilatura look at the page
MIN_SHARE = 0.6  # of the page's paragraph words inside the container
MAX_LINKED = 0.3  # of the container's paragraph words that are link text
MIN_READ = 0.6  # of the container's words that its blocks hold (the rest: text in bare <div>s)
MAX_RIVAL = 0.2  # a second <article> or <main> with more than this share of the first's words: no sure pick
_GENERIC = frozenset({"article", "main"})


def main_content(page: HtmlPage, drop: Sequence[str] = ()) -> tuple[list[str], str] | None:
    """The body's blocks and the container selector that gave them, or None when no container
    is sure to be the body."""
    total = _paragraph_words(page.tree)
    if total < MIN_WORDS:
        return None
    for css in CONTAINERS:
        nodes = page.select(css)
        if not nodes:
            continue
        counts = sorted(((_paragraph_words(n), i) for i, n in enumerate(nodes)), reverse=True)
        inside, best = counts[0][0], nodes[counts[0][1]]
        if inside < MIN_WORDS or inside < MIN_SHARE * total:
            continue
        if css in _GENERIC and len(counts) > 1 and counts[1][0] > MAX_RIVAL * inside:
            continue  # several articles on the page (a story and its neighbours): which one is unsure
        linked = sum(len(fold(" ".join(a.itertext())).split()) for p in best.iter("p") for a in p.iter("a"))
        if linked > MAX_LINKED * inside:
            continue
        blocks = read_blocks(page, best, drop=(*FURNITURE, *drop))
        if sum(len(b.split()) for b in blocks) < MIN_READ * len(fold(" ".join(best.itertext())).split()):
            continue  # much of its text sits outside paragraphs: trafilatura reads such pages better
        return blocks, css
    return None


def _paragraph_words(root: etree._Element) -> int:
    return sum(len(fold(" ".join(p.itertext())).split()) for p in root.iter("p"))
