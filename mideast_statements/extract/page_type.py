"""Is the page an article, or a listing (a section front, a tag page, a list of teasers)?

A listing read as an article gives a "body" of headlines and teaser lines, and statements from a
dozen stories at once. The page says which it is in two ways: what it declares (JSON-LD types,
``og:type``), and its shape: a listing's paragraphs are mostly links to other pages, or the headline and
summary of teaser cards (a block around one linked headline, repeated).
A page declared an article is never called a listing; the shape alone decides only when most
paragraphs, and at least ``MIN_TEASERS`` of them, are link texts.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from lxml import etree

from ..model import PageType
from ..page import ARTICLE_TYPES, HtmlPage, fold

__all__ = ["page_type"]

_ARTICLE_TYPES = ARTICLE_TYPES | {"scholarlyarticle", "reviewnewsarticle"}
_LISTING_TYPES = {"collectionpage", "itemlist", "searchresultspage"}
MIN_TEASERS = 5
TEASER_SHARE = 0.5
MAX_CARD_CHARS = 800  # a headline and a summary line or two; a longer block is an article of its own


def page_type(page: HtmlPage, paragraphs: Sequence[str]) -> tuple[PageType, str | None]:
    """("listing", why) or ("article", None)."""
    declared = page.ld_types
    if declared & _ARTICLE_TYPES or (page.meta("og:type") or "").lower() == "article":
        return "article", None
    if declared & _LISTING_TYPES:
        return "listing", f"the page declares itself a {sorted(declared & _LISTING_TYPES)[0]} (JSON-LD)"
    links = _link_texts(page)
    teasers = sum(1 for p in paragraphs if fold(p).lower() in links)
    if teasers >= MIN_TEASERS and teasers >= TEASER_SHARE * len(paragraphs):
        return "listing", f"{teasers} of its {len(paragraphs)} paragraphs are links or teasers of other pages"
    return "article", None


def _link_texts(page: HtmlPage) -> set[str]:
    """The text of every link, and of every teaser card: the block around one linked headline
    (a section front's stream of "headline + summary" cards, whatever the body reader kept of it)."""
    found = {fold(" ".join(a.itertext())).lower() for a in page.tree.iter("a")}
    headlines = [h for h in page.tree.iter(*_HEADINGS) if _linked(h)]
    if len(headlines) >= MIN_TEASERS:
        around: Counter[etree._Element] = Counter()
        for headline in headlines:
            around.update(headline.iterancestors())
        for headline in headlines:
            card = headline
            for ancestor in headline.iterancestors():
                if around[ancestor] > 1 or len(fold(" ".join(ancestor.itertext()))) > MAX_CARD_CHARS:
                    break  # a block holding other headlines is the stream; a long one, a story itself
                card = ancestor
            found.update(fold(" ".join(n.itertext())).lower() for n in card.iter("p", "li", *_HEADINGS))
    found.discard("")
    return found


_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")


def _linked(heading: etree._Element) -> bool:
    return heading.find(".//a[@href]") is not None or any(a.tag == "a" for a in heading.iterancestors())
