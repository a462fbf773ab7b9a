#!/usr/bin/env python3
"""Run the library over every item of a gold folder and print score.py's figures.

    python benchmarks/score_gold.py [GOLD_DIR] [--out OUT_DIR] [--per-article]

GOLD_DIR defaults to ../shared/corpus/gold; any folder in the same format (GOLD.md) works,
its ``source`` paths read relative to the folder's parent. One JSON per gold id is written to
OUT_DIR (a temporary folder by default), then the corpus's score.py scores it.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import mideast_statements as ms
from benchmarks.corpus import corpus_dir


def run(gold_dir: Path, out_dir: Path) -> list[str]:
    """Write one prediction per gold item; returns the ids that failed."""
    failed = []
    out_dir.mkdir(parents=True, exist_ok=True)
    for gold_path in sorted(gold_dir.glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        source = gold_dir.parent / gold["source"]
        try:
            article = ms.parse_file(source, gold.get("url"))
        except ms.MideastStatementsError as exc:
            print(f"{gold['id']}: {type(exc).__name__}: {exc}", file=sys.stderr)
            failed.append(gold["id"])
            continue
        (out_dir / f"{gold['id']}.json").write_bytes(ms.dumps(article, indent=True))
    return failed


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
    scorer = (corpus or gold_dir.parent) / "score.py"
    out_dir = args.out or Path(tempfile.mkdtemp(prefix="mideast-gold-"))
    failed = run(gold_dir, out_dir)
    command = [sys.executable, str(scorer), str(gold_dir), str(out_dir)]
    if args.per_article:
        command.append("--per-article")
    print(f"predictions in {out_dir}; {len(failed)} failed", file=sys.stderr)
    return subprocess.call(command) or (1 if failed else 0)


if __name__ == "__main__":
    sys.exit(main())
