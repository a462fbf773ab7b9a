"""Body accuracy as the article-extraction benchmark counts it (its evaluate.py, also score.py's body F1).

Kept in the package so that tests, benchmarks and users' own corpus checks share one definition.
"""

from __future__ import annotations

import re
from collections import Counter

__all__ = ["body_prf"]

_TOKEN = re.compile(r"\w+", re.UNICODE)


def body_prf(true: str, pred: str, n: int = 4) -> tuple[float, float, float]:
    """Precision, recall and F1 of ``pred`` against ``true`` over token 4-shingles (with counts)."""

    def shingles(text: str) -> Counter[tuple[str, ...]]:
        tokens = _TOKEN.findall(text or "")
        return Counter(tuple(tokens[i : i + n]) for i in range(max(1, len(tokens) - n + 1)) if tokens[i : i + n])

    ts, ps = shingles(true), shingles(pred)
    tp = sum((ts & ps).values())
    fp, fn = sum(ps.values()) - tp, sum(ts.values()) - tp
    if fp == fn == 0:
        return 1.0, 1.0, 1.0
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)
