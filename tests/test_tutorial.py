"""The steps of docs/writing-adapters.md, run as written on the tutorial's saved page."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from mideast_statements.cli import main

DOCS = Path(__file__).resolve().parents[1] / "docs"
TUTORIAL = DOCS / "writing-adapters.md"
URL = "https://harbourledger.example/news/2024/ferry-service-resumes"


def tutorial_adapter() -> str:
    """The adapter the tutorial shows in step 3 (its one Python block defining a class)."""
    blocks: list[str] = re.findall(r"```python\n(.*?)```", TUTORIAL.read_text(encoding="utf-8"), re.S)
    return next(b for b in blocks if "class TheHarbourLedger(Adapter)" in b)


def test_the_tutorial_adapter_is_about_twenty_lines() -> None:
    lines = [line for line in tutorial_adapter().splitlines() if line.strip() and not line.startswith(('"""', "from"))]
    assert len(lines) <= 22


def test_the_tutorial_builds_an_adapter_from_a_saved_page_to_a_passing_check(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # step 2: the skeleton, with the saved page as the first fixture
    page = DOCS / "tutorial" / "harbour-ledger.html"
    assert (
        main(
            [
                "new-adapter",
                "The Harbour Ledger",
                "--domain",
                "harbourledger.example",
                "--page",
                str(page),
                "--root",
                str(tmp_path),
            ]
        )
        == 0
    )
    adapter = tmp_path / "adapters" / "the_harbour_ledger.py"
    case = tmp_path / "fixtures" / "the_harbour_ledger" / "html-article"
    assert adapter.is_file() and (case / "input.html").is_file() and (case / "meta.json").is_file()
    assert (tmp_path / "tests" / "test_adapter_the_harbour_ledger.py").is_file()
    # the skeleton's placeholder selectors miss: check says so before any expected file exists
    assert main(["check", str(adapter), "--fixtures", str(tmp_path / "fixtures")]) == 1
    assert "expected.json: missing" in capsys.readouterr().out

    # step 3: the class as the tutorial writes it, and the page's URL
    adapter.write_text(tutorial_adapter(), encoding="utf-8")
    (case / "meta.json").write_text(json.dumps({"url": URL, "note": "tutorial page"}), encoding="utf-8")

    # step 4: write the expected record, read it, check
    assert main(["check", str(adapter), "--fixtures", str(tmp_path / "fixtures"), "--update"]) == 0
    record = json.loads((case / "expected.json").read_text(encoding="utf-8"))
    assert record["outlet"]["id"] == "the_harbour_ledger" and record["provenance"]["adapter"] == "the_harbour_ledger"
    assert record["title"] == "Port Selan ferry service to resume next week"
    assert record["subtitle"].startswith("The crossing to Kestrel Bay")
    assert record["authors"] == ["Mara Lindqvist"] and record["section"] == "Harbour"
    assert record["published"] == "2024-11-04T09:00:00+01:00"
    assert len(record["paragraphs"]) == 3  # the related link, share tools and app prompt are gone
    assert [s["speaker"]["name"] for s in record["statements"]] == ["the harbour authority", "Jonas Brenn"]
    assert all(n > 0 for n in record["provenance"]["selectors"].values())
    capsys.readouterr()
    assert main(["check", str(adapter), "--fixtures", str(tmp_path / "fixtures")]) == 0
    assert "1 case(s) checked; 0 failing" in capsys.readouterr().out

    # a wrong expectation is shown field by field
    record["title"] = "Another headline"
    (case / "expected.json").write_text(json.dumps(record), encoding="utf-8")
    assert main(["check", str(adapter), "--fixtures", str(tmp_path / "fixtures")]) == 1
    assert ".title: expected 'Another headline', got 'Port Selan ferry service" in capsys.readouterr().out

    # step 5: the text-dump form, recognised by its marks without a URL
    text_case = case.parent / "text-dump"
    text_case.mkdir()
    (text_case / "input.txt").write_bytes((DOCS / "tutorial" / "harbour-ledger.txt").read_bytes())
    (text_case / "meta.json").write_text(json.dumps({"url": None}), encoding="utf-8")
    (case / "expected.json").unlink()
    assert main(["check", str(adapter), "--fixtures", str(tmp_path / "fixtures"), "--update"]) == 0
    dump = json.loads((text_case / "expected.json").read_text(encoding="utf-8"))
    assert dump["provenance"]["adapter"] == "the_harbour_ledger" and dump["authors"] == ["Mara Lindqvist"]
    assert len(dump["paragraphs"]) == 3

    # the generated test passes on its own, as a plug-in author would run it
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(tmp_path / "tests")],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    assert done.returncode == 0, done.stdout + done.stderr
