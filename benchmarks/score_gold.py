#!/usr/bin/env python3
"""Run the library over every item of a gold folder and print score.py's figures.

    python benchmarks/score_gold.py [GOLD_DIR] [--out OUT_DIR] [--per-article]

GOLD_DIR defaults to ../shared/corpus/gold; any folder in the same format (GOLD.md) works.
The same as ``mideast-statements evaluate GOLD_DIR``; this wrapper only finds the corpus.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.corpus import corpus_dir
from mideast_statements.evaluate import evaluate


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold", nargs="?", type=Path)
    ap.add_argument("--out", type=Path)
    ap.add_argument("--per-article", action="store_true")
    args = ap.parse_args(argv)
    corpus = corpus_dir()
    gold_dir = args.gold or (corpus / "gold" if corpus else None)
    if gold_dir is None or not gold_dir.is_dir():
        print("no gold folder (../shared/corpus/gold is absent); nothing to score", file=sys.stderr)
        return 0
    _, failed = evaluate(gold_dir, args.out, per_article=args.per_article)
    for item, error in failed.items():
        print(f"{item}: {error}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
