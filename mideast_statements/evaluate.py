"""Score the library against a gold folder (format: the corpus's GOLD.md).

Every gold item's source is parsed (``source`` is relative to the gold folder's parent), one
JSON record per item is written under its gold id, and the folder's scorer (``score.py`` beside
the gold folder, or the one given) prints and returns its figures. Any gold folder of the same
format works.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from .api import parse_file
from .errors import InputUnreadable, MideastStatementsError
from .serialize import dumps

__all__ = ["evaluate", "find_scorer", "predict_gold"]


def predict_gold(gold_dir: Path, out_dir: Path) -> dict[str, str]:
    """Write ``<id>.json`` for every gold item; returns {id: error} for the items that failed."""
    failed: dict[str, str] = {}
    out_dir.mkdir(parents=True, exist_ok=True)
    for gold_path in sorted(gold_dir.glob("*.json")):
        try:
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
            item_id, source = gold["id"], gold_dir.parent / gold["source"]
        except (ValueError, KeyError, TypeError) as exc:
            failed[gold_path.stem] = f"not a gold item: {exc}"
            continue
        try:
            article = parse_file(source, gold.get("url"))
        except MideastStatementsError as exc:
            failed[item_id] = f"{type(exc).__name__}: {exc}"
            continue
        (out_dir / f"{item_id}.json").write_bytes(dumps(article, indent=True))
    return failed


def find_scorer(gold_dir: Path, scorer: Path | None = None) -> Path:
    """The scorer given, or score.py beside the gold folder."""
    path = scorer or gold_dir.parent / "score.py"
    if not path.is_file():
        raise InputUnreadable(f"no scorer at {path} (pass one with --scorer)")
    return path


def evaluate(
    gold_dir: Path, out_dir: Path | None = None, *, scorer: Path | None = None, per_article: bool = False
) -> tuple[dict[str, Any], dict[str, str]]:
    """Predict every gold item, run the scorer (its report goes to stdout) and return
    (figures, failures). Predictions go to ``out_dir`` (a temporary folder by default)."""
    if not gold_dir.is_dir():
        raise InputUnreadable(f"{gold_dir} is not a folder")
    script = find_scorer(gold_dir, scorer)
    out_dir = out_dir or Path(tempfile.mkdtemp(prefix="mideast-gold-"))
    failed = predict_gold(gold_dir, out_dir)
    report = out_dir / "_score.json"
    command = [sys.executable, str(script), str(gold_dir), str(out_dir), "--json", str(report)]
    if per_article:
        command.append("--per-article")
    subprocess.run(command, check=True)
    figures: dict[str, Any] = json.loads(report.read_text(encoding="utf-8"))
    report.unlink()
    return figures, failed
