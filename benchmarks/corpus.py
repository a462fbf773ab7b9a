"""Where the shared corpus is."""

from __future__ import annotations

import os
from pathlib import Path

__all__ = ["CORPUS", "corpus_dir"]

CORPUS = Path(os.environ.get("MIDEAST_CORPUS", Path(__file__).resolve().parents[1].parent / "shared" / "corpus"))


def corpus_dir() -> Path | None:
    """The shared corpus, or None where it is absent (benchmarks and tests then skip)."""
    return CORPUS if (CORPUS / "score.py").is_file() else None
