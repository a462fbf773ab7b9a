"""One quotation, many reports: statements that carry the same quoted words of the same speaker,
across articles and outlets, share a ``quote_id``.

Two statements join when their speakers are the same source (the registry id when both have one,
else the same surname-or-name key) and the shorter quotation's word 4-grams lie, for at least
``MIN_CONTAINED`` of them, in the longer one: a quotation trimmed at either end, or with a word
changed, still joins; another sentence of the same speaker does not. Candidates come from an index
of 4-grams, not from all pairs; a 4-gram shared by very many quotations of one speaker (a stock
phrase) is left out of the lookups, which keeps the work linear in the number of statements.
The id is the first member's: stable while more reports are added.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence

from .model import Statement

__all__ = [
    "MIN_CONTAINED",
    "STOCK_GRAM",
    "QuoteIndex",
    "best_match",
    "cluster",
    "quote_grams",
    "speaker_key",
    "stable_hash",
    "statement_text",
]

GRAM = 4
MIN_CONTAINED = 0.6  # of the shorter quotation's 4-grams found in the other
MIN_WORDS = 5  # shorter quotations are phrases many people use: no cluster of their own
STOCK_GRAM = 64  # a 4-gram this many of one speaker's quotations share is a stock phrase: not looked up
_WORD = re.compile(r"\w+", re.UNICODE)


def _ascii_fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def quote_grams(text: str) -> frozenset[int]:
    """The quotation's word 4-grams (case, accents and punctuation ignored), as 64-bit hashes."""
    words = _WORD.findall(_ascii_fold(text).lower())
    if len(words) < MIN_WORDS:
        return frozenset()
    return frozenset(stable_hash(" ".join(words[i : i + GRAM])) for i in range(len(words) - GRAM + 1))


def stable_hash(text: str) -> int:
    """A signed 64-bit hash, the same in every process and run (``str.__hash__`` is salted)."""
    digest = hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)


def speaker_key(name: str | None, registry_id: str | None = None) -> str | None:
    """Who a quotation belongs to, for matching across articles: the registry id, else the
    folded last word of the name ("Maria Zakharova", "Zakharova" → "zakharova")."""
    if registry_id:
        return f"id:{registry_id}"
    words = _WORD.findall(_ascii_fold(name or "").lower())
    return f"name:{words[-1]}" if words else None


def statement_text(statement: Statement) -> str:
    """The quoted words of a statement: its text and, for a split quotation, the second part."""
    return statement.text + (" " + statement.continuation if statement.continuation else "")


QUOTED_KINDS = ("direct", "mixed")  # the statements that carry a quotation's words


def quote_keys(key: str | None, text: str) -> list[int]:
    """What a quotation is indexed and matched by: one integer per (speaker, 4-gram); none for a
    quotation with no speaker key or too short to cluster."""
    grams = quote_grams(text)
    if key is None or not grams:
        return []
    salt = stable_hash(key)
    return [salt ^ gram for gram in grams]


def statement_keys(statement: Statement) -> list[int]:
    """A statement's quotation keys (none unless it is a direct or mixed quotation)."""
    if statement.kind not in QUOTED_KINDS:
        return []
    return quote_keys(speaker_key(statement.speaker.name, statement.speaker.id), statement_text(statement))


class QuoteIndex:
    """An in-memory index: ``assign`` gives each statement its cluster's id, in the order given.
    Postings are keyed by one integer per (speaker, 4-gram) and hold a bare int until a second
    quotation shares them: a hundred thousand statements fit in a few hundred megabytes."""

    def __init__(self) -> None:
        self._postings: dict[int, int | list[int]] = {}
        self._sizes: list[int] = []  # each quotation's number of 4-grams
        self._ids: list[str] = []

    def assign(self, key: str | None, text: str, new_id: str) -> str | None:
        """The quote id for a quotation of the speaker ``key``: an earlier member's when one
        matches, else ``new_id``; None for a quotation too short to cluster."""
        return self.assign_keys(quote_keys(key, text), new_id)

    def assign_keys(self, keys: list[int], new_id: str) -> str | None:
        """``assign`` for keys already made (``quote_keys``, ``statement_keys``)."""
        if not keys:
            return None
        found = self._best(keys)
        ref = len(self._sizes)
        self._sizes.append(len(keys))
        self._ids.append(self._ids[found] if found is not None else new_id)
        postings = self._postings
        for k in keys:
            posting = postings.get(k)
            if posting is None:
                postings[k] = ref
            elif isinstance(posting, int):
                postings[k] = [posting, ref]
            elif len(posting) <= STOCK_GRAM:
                posting.append(ref)
        return self._ids[ref]

    def _best(self, keys: Sequence[int]) -> int | None:
        shared: dict[int, int] = defaultdict(int)
        for k in keys:
            posting = self._postings.get(k)
            if posting is None:
                continue
            if isinstance(posting, int):
                shared[posting] += 1
            elif len(posting) <= STOCK_GRAM:
                for ref in posting:
                    shared[ref] += 1
        return best_match(shared, len(keys), self._sizes.__getitem__)


def best_match(shared: dict[int, int], size: int, size_of: Callable[[int], int]) -> int | None:
    """Among earlier quotations sharing ``shared[ref]`` 4-grams with one of ``size`` 4-grams, the
    one that contains the most of the shorter (ties: the earliest), if it passes MIN_CONTAINED."""
    best, best_score = None, 0.0
    for ref, count in sorted(shared.items()):
        score = count / min(size, size_of(ref))
        if score >= MIN_CONTAINED and score > best_score:
            best, best_score = ref, score
    return best


def cluster(items: Iterable[tuple[str | None, str]], ids: Sequence[str]) -> list[str | None]:
    """Quote ids for (speaker key, quotation) pairs, ``ids`` giving each one's own id if it starts a cluster."""
    index = QuoteIndex()
    return [index.assign(key, text, own) for (key, text), own in zip(items, ids, strict=True)]
