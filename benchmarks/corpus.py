"""Where the shared corpus is, and the article-extraction benchmark's body metric."""

from __future__ import annotations

import os
import re
from collections import Counter
from pathlib import Path

__all__ = ["CORPUS", "body_prf", "corpus_dir"]

CORPUS = Path(os.environ.get("MIDEAST_CORPUS", Path(__file__).resolve().parents[1].parent / "shared" / "corpus"))
_TOKEN = re.compile(r"\w+", re.UNICODE)


def corpus_dir() -> Path | None:
    """The shared corpus, or None where it is absent (benchmarks and tests then skip)."""
    return CORPUS if (CORPUS / "score.py").is_file() else None


def body_prf(true: str, pred: str, n: int = 4) -> tuple[float, float, float]:
    """Shingle precision, recall and F1, as the article-extraction benchmark's evaluate.py counts."""

    def shingles(text: str) -> Counter[tuple[str, ...]]:
        tokens = _TOKEN.findall(text or "")
        return Counter(tuple(tokens[i : i + n]) for i in range(max(1, len(tokens) - n + 1)) if tokens[i : i + n])

    ts, ps = shingles(true), shingles(pred)
    tp = sum((ts & ps).values())
    fp = sum(ps.values()) - tp
    fn = sum(ts.values()) - tp
    if fp == fn == 0:
        return 1.0, 1.0, 1.0
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)
