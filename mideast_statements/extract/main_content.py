"""Our own main-content step: the article's body, found on the tree we already have.

Most article pages mark their body: ``itemprop=articleBody`` or a CMS's content class. A marked
container is taken when it is sure to be the body: it holds most of the page's paragraph text (a
teaser does not), enough of it, little of that text is links, and its text sits in blocks.
Without one, a scoring pass (readability's, stripped down) takes the block holding most text:
paragraphs count for their parent and half for their grandparent, text written straight into a
<div> or <td> (blogs, old CMSs) counts for its holder, and three kinds of text do not count —
teasers (several paragraphs cut off with an ellipsis), boxes named as comments, sidebars,
related links or footers (nor are they read when inside the chosen block), and a teaser's linked
headline. The block is taken when it holds most of the text, or a fair share of it while no block
elsewhere comes near it, and the text around it does not sit straight in its ancestors;
same-class siblings (a body split by figures) join it. Otherwise the caller falls back to
trafilatura.

The thresholds were chosen on wceb-dev and checked on aeb, comparing body F1 with trafilatura's
page by page. ``<article>``, ``<main>``, ``.entry-content``, ``.post-content`` and ``#content``
are not containers here: they lost 1 to 9 points of body F1 on the pages they matched (comments,
author boxes, neighbouring teasers inside them), which the scoring pass leaves out. At the time
of writing the step reads 146 of 181 aeb pages (trafilatura 23, adapters 12; body F1 0.971 against
trafilatura's 0.960 on those 146) and 993 of 1,379 wceb-dev pages (0.943 against 0.930).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from lxml import etree

from ..page import HtmlPage
from .body import DEFAULT_BLOCKS, INLINE, read_blocks

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
BLOCKS = f"{DEFAULT_BLOCKS}, pre"  # an article's code or verse is its text too
FURNITURE = ("nav", "aside", "footer", "form", "figure", "figcaption", "[role=navigation]", "[class*=byline]")
MIN_WORDS = 80  # less, and the "container" is a teaser or a stub: let trafilatura look at the page
MIN_SHARE = 0.6  # of the page's paragraph words inside the container
MAX_LINKED = 0.3  # of the container's paragraph words that are link text
MIN_READ = 0.5  # of the container's words that its blocks hold (the rest: text in bare <div>s)
TEASER_ENDS = ("…", "...", "[…]", "[...]")
MIN_TEASERS = 2
MIN_TWIN_SHARE = 0.3  # of the twins' paragraph words that the scored block itself holds
LOOSE_HOLDERS = ("div", "td", "section", "article", "main")
COUNTED = ("p", *LOOSE_HOLDERS)
# readability.js's lists, less its ad and header words (a body's wrapper is often "has-ads")
UNLIKELY = re.compile(
    r"comment|disqus|sidebar|related|remark|replies|shoutbox|sponsor|pagination|pager|popup|footer", re.I
)
MAYBE = re.compile(r"article|body|column|content|main|shadow", re.I)
BOXES = ("div", "section", "aside", "ol", "ul", "table", "td", "footer", "form")
MIN_LOOSE = 8  # words of loose text before an element counts as holding text of its own
MAX_BESIDE = 0.15  # of the page's paragraph words, held straight by the scored block's ancestors
MIN_SCORED_SHARE = 0.6  # without a marked container, the scored block must hold most paragraph words
MIN_CLEAR_SHARE = 0.2  # ... or this much, when no other block comes near it:
MAX_RUNNER_UP = 0.4  # the next block elsewhere on the page scores at most this share of the best's


def main_content(page: HtmlPage, drop: Sequence[str] = ()) -> tuple[list[str], str] | None:
    """The body's blocks and what found them (a container selector, or "scored"), or None when
    nothing is sure to be the body."""
    boxes = _unlikely(page)
    words = _paragraph_counts(page, boxes)
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
        blocks = _sure(page, [nodes[counts[0][1]]], counts[0][0], MIN_SHARE * total, drop, boxes)
        if blocks is not None:
            return blocks, css
    best, runner = _best_scored(words)
    if best is None or best.tag in ("body", "html"):
        return None
    share = MIN_CLEAR_SHARE if runner <= MAX_RUNNER_UP else MIN_SCORED_SHARE
    if _beside(best, words) > MAX_BESIDE * total:
        return None  # paragraphs sit straight in the blocks around it: the body reaches beyond it
    held = _paragraph_words(best, words)
    parts = _with_twins(best)
    inside = sum(_paragraph_words(n, words) for n in parts)
    if len(parts) > 1 and held < MIN_TWIN_SHARE * inside:
        parts, inside = [best], held  # many like it: comments, teasers
    blocks = _sure(page, parts, inside, share * total, drop, boxes)
    return (blocks, "scored") if blocks is not None else None


def _beside(best: etree._Element, words: dict[etree._Element, int]) -> int:
    """Words of paragraphs held straight by the best block's ancestors (but <body>, where a site's
    footer lines often sit)."""
    around = {a for a in best.iterancestors() if a.tag not in ("body", "html")}
    return sum(n for p, n in words.items() if p.tag == "p" and p.getparent() in around)


def _with_twins(best: etree._Element) -> list[etree._Element]:
    """The scored block and its siblings of the same tag and class, in page order: a body split
    by figures or pull quotes into several ``<div class="post__content">`` (or into wrappers of
    one each: the parent's twins are looked at too) is one body."""
    node: etree._Element | None = best
    for _ in range(2):
        parent = node.getparent() if node is not None else None
        if node is None or parent is None:
            break
        mark = node.get("class")
        twins = [n for n in parent.iterchildren(node.tag) if n.get("class") == mark] if mark else []
        if len(twins) > 1:
            return twins
        node = parent
    return [best]


def _literal(css: str) -> str:
    """The attribute value a container selector needs ("[itemprop=articleBody]" → "articleBody",
    ".article-body" → "article-body"): the page source holds it wherever the selector can match."""
    return css.strip("[]").rpartition("=")[2].lstrip("#.")


def _sure(
    page: HtmlPage,
    nodes: list[etree._Element],
    inside: int,
    needed: float,
    drop: Sequence[str],
    boxes: set[etree._Element],
) -> list[str] | None:
    """The nodes' blocks if they are sure to be the body: enough paragraph words (``needed`` of the
    page's), few of them links, and their text in blocks rather than bare <div>s."""
    if inside < MIN_WORDS or inside < needed:
        return None
    linked = sum(_words(a) for node in nodes for p in node.iter("p") for a in p.iter("a"))
    if linked > MAX_LINKED * inside:
        return None
    blocks = [b for node in nodes for b in read_blocks(page, node, blocks=BLOCKS, drop=(*FURNITURE, *drop), skip=boxes)]
    if sum(len(b.split()) for b in blocks) < MIN_READ * sum(_words(node) for node in nodes):
        return None  # much of its text sits outside paragraphs: trafilatura reads such pages better
    return blocks


def _best_scored(words: dict[etree._Element, int]) -> tuple[etree._Element | None, float]:
    """The block holding most paragraph text, and how close the runner-up came (its score over the
    best's; blocks inside or around the best do not compete). Each paragraph of 8 words or more
    counts its words for its parent and half of them for its grandparent (readability's scoring,
    stripped down); loose text counts for the element holding it."""
    score: dict[etree._Element, float] = {}
    for p, n in words.items():
        parent = p.getparent() if p.tag == "p" else p  # loose text counts for its own holder
        if n < 8 or parent is None:
            continue
        score[parent] = score.get(parent, 0) + n
        grand = parent.getparent()
        if grand is not None:
            score[grand] = score.get(grand, 0) + n / 2
    if not score:
        return None, 0.0
    best = max(score, key=score.__getitem__)
    around = {*best.iterancestors(), *best.iter()}
    runner = max((v for e, v in score.items() if e not in around), default=0.0)
    return best, runner / score[best]


def _paragraph_counts(page: HtmlPage, boxes: set[etree._Element]) -> dict[etree._Element, int]:
    """Each paragraph's words (once per page), 0 for teasers: where several paragraphs end with an
    ellipsis they are related stories' excerpts ("… um plano paralelo para …"), other articles'
    text however long. One such paragraph alone is a paywall's cut or a quotation trailing off."""
    split = {p: " ".join(p.itertext()).split() for p in page.tree.iter("p")}
    cut = [p for p, text in split.items() if text and text[-1].endswith(TEASER_ENDS)]
    teasers = set(cut) if len(cut) >= MIN_TEASERS else set()
    counts = {p: 0 if p in teasers else len(text) for p, text in split.items()}
    for holder in page.tree.iter(LOOSE_HOLDERS):
        loose = _loose_words(holder)
        if loose >= MIN_LOOSE:
            counts[holder] = loose
    if boxes:
        known: dict[etree._Element, bool] = {}
        for node, n in counts.items():
            if n and _inside(node, boxes, known):
                counts[node] = 0
    return counts


def _unlikely(page: HtmlPage) -> set[etree._Element]:
    """Elements whose class or id names comments, sidebars, related links or other furniture
    (readability's "unlikely candidates"), unless the name also says content, as readability
    reads it ("sidebar-content", "comment-body")."""
    found = set()
    verdicts: dict[str, bool] = {}  # a page repeats its class names: each is read once
    for node in page.tree.iter(BOXES):
        name = f"{node.get('class', '')} {node.get('id', '')}"
        if len(name) <= 1:
            continue
        unlikely = verdicts.get(name)
        if unlikely is None:
            unlikely = verdicts[name] = UNLIKELY.search(name) is not None and MAYBE.search(name) is None
        if unlikely:
            found.add(node)
    return found


def _inside(node: etree._Element, boxes: set[etree._Element], known: dict[etree._Element, bool]) -> bool:
    """Is the node in one of the boxes? Each element's answer is remembered, so a page of deeply
    nested boxes costs one walk up per element, not one per paragraph and level."""
    chain = []
    at: etree._Element | None = node
    while at is not None and at not in known:
        if at in boxes:
            known[at] = True
            break
        chain.append(at)
        at = at.getparent()
    answer = known.get(at, False) if at is not None else False
    for element in chain:
        known[element] = answer
    return answer


def _loose_words(holder: etree._Element) -> int:
    """Words written straight into an element, outside any block (old CMSs and blogs: text and
    <br>s): its own text, its children's tails and the text of its inline children but links (a
    teaser's linked headline is not running text)."""
    words = len((holder.text or "").split())
    for child in holder:
        if child.tag in INLINE and child.tag != "a":
            words += len(" ".join(child.itertext()).split())
        words += len((child.tail or "").split())
    return words


def _words(node: etree._Element) -> int:
    """Words of an element's text (split on any white space: the same count as after folding it)."""
    return len(" ".join(node.itertext()).split())


def _paragraph_words(root: etree._Element, words: dict[etree._Element, int]) -> int:
    return sum(words.get(e, 0) for e in root.iter(COUNTED))
