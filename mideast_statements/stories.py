"""Syndication: one key per wire story, however many sites republish it.

``story_key`` reads only the body: the dateline and agency tag are cut ("PORT SELAN, Marovia (AP) —",
"ERUDAN, June 4 (Xinhua) --", "MOSCOW, March 18. /TASS/."), and the lead (the first paragraphs up
to 20 words, at most 40 words of them), folded to lower-case letters and digits, is hashed.
Republishers change headlines, credits and endings, and trim from the bottom; the lead is what
they keep. ``group_stories`` goes further for a
corpus: articles whose bodies share most of their word 5-shingles fall in one group even when an
editor rewrote the lead.
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence

from .model import Article

__all__ = ["LEAD_WORDS", "body_similarity", "group_stories", "story_key"]

LEAD_WORDS = 40  # words of the lead that make the key: long enough to be unique, short enough to survive trims
_MIN_WORDS = 20  # fewer words than this are too little to tell one story from another
# A dateline ends in an agency tag and a dash, or TASS's "/TASS/."; it sits in the lead's first 120 characters.
_DATELINE = re.compile(r"^.{0,120}?(?:\([^()]{1,30}\)\s*[—–-]{1,2}|/[A-Z]{2,10}/\.|\s--)\s*")
_WORD = re.compile(r"[^\W_]+")


def story_key(paragraphs: Sequence[str]) -> str | None:
    """The story key of a body ("story:" and 16 hex digits), or None when the body is too short."""
    # whole paragraphs from the top until there are enough words: what follows the lead may be cut
    lead: list[str] = []
    for count, _ in enumerate(paragraphs, start=1):
        lead = _words(paragraphs[:count])
        if len(lead) >= _MIN_WORDS:
            break
    if len(lead) < _MIN_WORDS:
        return None
    digest = hashlib.sha1(" ".join(lead[:LEAD_WORDS]).encode("utf-8")).hexdigest()
    return f"story:{digest[:16]}"


def _words(paragraphs: Sequence[str]) -> list[str]:
    text = " ".join(paragraphs)
    text = _DATELINE.sub("", text, count=1)
    return [w.casefold() for w in _WORD.findall(text)]


def _shingles(article: Article, size: int = 5) -> set[tuple[str, ...]]:
    words = _words(article.paragraphs)
    return {tuple(words[i : i + size]) for i in range(max(0, len(words) - size + 1))}


def body_similarity(a: Article, b: Article) -> float:
    """Jaccard similarity of two bodies' word 5-shingles (datelines aside), 0 to 1."""
    sa, sb = _shingles(a), _shingles(b)
    return len(sa & sb) / len(sa | sb) if sa and sb else 0.0


def group_stories(articles: Iterable[Article], *, threshold: float = 0.6) -> list[list[Article]]:
    """Articles grouped by story: same ``story_id``, or bodies at least ``threshold`` alike.

    Groups keep input order; an article alike to none is a group of its own. Candidate pairs come
    from shared shingles, so a corpus is not compared pair by pair.
    """
    items = list(articles)
    parent = list(range(len(items)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def join(i: int, j: int) -> None:
        parent[root(j)] = root(i)

    by_key: dict[str, int] = {}
    shingles = [_shingles(a) for a in items]
    index: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for i, article in enumerate(items):
        if article.story_id:
            if article.story_id in by_key:
                join(by_key[article.story_id], i)
            by_key.setdefault(article.story_id, i)
        shared: dict[int, int] = defaultdict(int)
        for shingle in shingles[i]:
            for j in index[shingle]:
                shared[j] += 1
            index[shingle].append(i)
        for j, common in shared.items():
            if common / (len(shingles[i]) + len(shingles[j]) - common) >= threshold:
                join(j, i)
    groups: dict[int, list[Article]] = defaultdict(list)
    for i, article in enumerate(items):
        groups[root(i)].append(article)
    return list(groups.values())
