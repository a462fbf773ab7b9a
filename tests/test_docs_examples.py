"""The README's Python snippet and every script in examples/ run as written, from the repository's
root, as a newcomer would run them."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import ROOT


def _run(args: list[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, *args], capture_output=True, text=True, cwd=ROOT, timeout=300)


def test_the_readme_python_snippet_runs() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Use it from Python", 1)[1]
    snippet = re.search(r"```python\n(.*?)```", section, re.S)
    assert snippet is not None
    done = _run(["-c", snippet.group(1)])
    assert done.returncode == 0, done.stderr


def test_the_readme_corpus_snippet_runs(tmp_path: Path) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## A whole corpus", 1)[1]
    snippet = re.search(r"```python\n(.*?)```", section, re.S)
    assert snippet is not None
    code = snippet.group(1).replace('"corpus.db"', repr(str(tmp_path / "corpus.db")))
    done = _run(["-c", code])
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "corpus.db").exists()


@pytest.mark.parametrize("script", sorted(p.name for p in (ROOT / "examples").glob("*.py")))
def test_each_example_runs_as_its_docstring_says(script: str) -> None:
    source = (ROOT / "examples" / script).read_text(encoding="utf-8")
    usage = re.search(rf"^python examples/{re.escape(script)}(.*)$", source, re.M)
    assert usage is not None, f"{script}: its docstring should say how to run it"
    done = _run([f"examples/{script}", *usage.group(1).split()])
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip(), f"{script} printed nothing"
