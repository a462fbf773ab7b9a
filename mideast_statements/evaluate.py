"""Score the library against a gold folder (format: the corpus's GOLD.md).

Two kinds of gold folder are read. An item whose ``source`` names an input (relative to the gold
folder's parent) is parsed from it; an item whose ``source`` is null and whose ``body`` is inline
(the PolNeAR folders) is parsed as the plain text a user with clean text has: its title, a blank
line, its paragraphs. One JSON record per item is written under its gold id, and a scorer prints
and returns its figures:

- ``score.py`` beside the gold folder (or the one given): GOLD.md's figures (fields, body,
  statements and acts, attribution, topics);
- ``score_polnear.py`` beside it (``figures="polnear"``, the default for inline gold when it is
  there): recall on speech attributions with a source, precision against all attributions, with
  and without speakers, attribution accuracy, recall by kind and by source kind, and speed.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any, Literal

from .api import parse, parse_file
from .errors import InputUnreadable, MideastStatementsError
from .serialize import dumps

__all__ = ["evaluate", "find_scorer", "inline_gold", "predict_gold"]

Figures = Literal["gold", "polnear"]


def _items(gold_dir: Path) -> list[Path]:
    return sorted(gold_dir.glob("*.json"))


def inline_gold(gold_dir: Path) -> bool:
    """Whether the folder's items carry their body inline (``source`` null), as the PolNeAR folders do."""
    for path in _items(gold_dir)[:3]:
        try:
            item = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        return item.get("source") is None and isinstance(item.get("body"), list)
    return False


def predict_gold(gold_dir: Path, out_dir: Path) -> dict[str, str]:
    """Write ``<id>.json`` for every gold item; returns {id: error} for the items that failed."""
    failed: dict[str, str] = {}
    out_dir.mkdir(parents=True, exist_ok=True)
    for gold_path in _items(gold_dir):
        try:
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
            item_id = gold["id"]
            inline = gold.get("source") is None
            if inline and not isinstance(gold.get("body"), list):
                raise KeyError("body")
        except (ValueError, KeyError, TypeError) as exc:
            failed[gold_path.stem] = f"not a gold item: {exc}"
            continue
        try:
            if inline:  # the plain text a user with clean text has: title, blank line, paragraphs
                text = (gold.get("title") or "") + "\n\n" + "\n\n".join(gold["body"])
                article = parse(text, gold.get("url"), outlet="generic")
            else:
                article = parse_file(gold_dir.parent / gold["source"], gold.get("url"))
        except MideastStatementsError as exc:
            failed[item_id] = f"{type(exc).__name__}: {exc}"
            continue
        (out_dir / f"{item_id}.json").write_bytes(dumps(article, indent=True))
    return failed


def find_scorer(gold_dir: Path, scorer: Path | None = None, figures: Figures = "gold") -> Path:
    """The scorer given, or the one beside the gold folder (score.py, or score_polnear.py)."""
    path = scorer or gold_dir.parent / ("score_polnear.py" if figures == "polnear" else "score.py")
    if not path.is_file():
        raise InputUnreadable(f"no scorer at {path} (pass one with --scorer)")
    return path


def evaluate(
    gold_dir: Path,
    out_dir: Path | None = None,
    *,
    scorer: Path | None = None,
    per_article: bool = False,
    figures: Figures | None = None,
) -> tuple[dict[str, Any], dict[str, str]]:
    """Predict every gold item, run the scorer (its report goes to stdout) and return
    (figures, failures). Predictions go to ``out_dir`` (a temporary folder by default).
    ``figures``: "gold" (score.py) or "polnear" (score_polnear.py); by default "polnear" for a
    folder of inline gold with score_polnear.py beside it, else "gold"."""
    if not gold_dir.is_dir():
        raise InputUnreadable(f"{gold_dir} is not a folder")
    if figures is None:
        beside = (gold_dir.parent / "score_polnear.py").is_file()
        figures = "polnear" if inline_gold(gold_dir) and beside and scorer is None else "gold"
    script = find_scorer(gold_dir, scorer, figures)
    out_dir = out_dir or Path(tempfile.mkdtemp(prefix="mideast-gold-"))
    out_dir.mkdir(parents=True, exist_ok=True)
    report = out_dir / "_score.json"
    if figures == "polnear":
        # score_polnear.py runs the library itself (the same parse of title and paragraphs) and
        # writes the records it scored
        failed: dict[str, str] = {}
        command = [sys.executable, str(script), str(gold_dir), "--json", str(report), "--pred-dir", str(out_dir)]
    else:
        failed = predict_gold(gold_dir, out_dir)
        command = [sys.executable, str(script), str(gold_dir), str(out_dir), "--json", str(report)]
        if per_article:
            command.append("--per-article")
    subprocess.run(command, check=True)
    result: dict[str, Any] = json.loads(report.read_text(encoding="utf-8"))
    report.unlink()
    for failure in result.get("failures") or []:
        item, _, error = str(failure).partition(": ")
        failed[item] = error
    return result, failed
