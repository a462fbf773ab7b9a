#!/usr/bin/env python3
"""Run the library over every item of a gold folder and print its scorer's figures.

    python benchmarks/score_gold.py [GOLD_DIR] [--set NAME] [--out OUT_DIR] [--per-article]

GOLD_DIR defaults to ``../shared/corpus/<NAME>``, NAME to ``gold`` (the Middle East articles,
score.py's figures); ``--set polnear-dev`` prints score_polnear.py's figures on the PolNeAR
validation articles (their bodies are inline). Any folder in the same format (GOLD.md) works.
The same as ``mideast-statements evaluate GOLD_DIR``; this wrapper only finds the corpus and
skips cleanly when it is absent.
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
    ap.add_argument("--set", default="gold", help="a folder of ../shared/corpus (default: gold)")
    ap.add_argument("--out", type=Path)
    ap.add_argument("--per-article", action="store_true")
    args = ap.parse_args(argv)
    corpus = corpus_dir()
    gold_dir = args.gold or (corpus / args.set if corpus else None)
    if gold_dir is None or not gold_dir.is_dir():
        print(f"no gold folder (../shared/corpus/{args.set} is absent); nothing to score", file=sys.stderr)
        return 0
    print(f"--- {gold_dir.name}", flush=True)
    _, failed = evaluate(gold_dir, args.out, per_article=args.per_article)
    for item, error in failed.items():
        print(f"{item}: {error}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
