"""Every saved page against its expected record: one test per fixture folder."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from helpers import assert_statement_offsets_hold, fixture_cases, input_of, meta_of, mismatches

import mideast_statements as ms

CASES = fixture_cases()


def test_every_outlet_has_html_and_text_fixtures() -> None:
    kinds: dict[str, set[str]] = {}
    for case in CASES:
        kinds.setdefault(case.parent.name, set()).add("text" if input_of(case).suffix == ".txt" else "html")
    for adapter in ms.default_registry():
        assert kinds.get(adapter.id) == {"html", "text"}, f"{adapter.id} needs an HTML and a text fixture"


@pytest.mark.parametrize("case", CASES, ids=[f"{c.parent.name}/{c.name}" for c in CASES])
def test_fixture(case: Path, request: pytest.FixtureRequest) -> None:
    meta = meta_of(case)
    article = ms.parse_file(input_of(case), meta.get("url"))
    record = json.loads(ms.dumps(article))
    expected_path = case / "expected.json"
    if request.config.getoption("--update-fixtures"):
        expected_path.write_text(json.dumps(record, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    expected = json.loads(expected_path.read_text(encoding="utf-8"))
    problems = mismatches(expected, record)
    assert not problems, "\n".join(problems)
    # the adapter that ran is the one the folder is filed under (the generic folder holds fall-backs too)
    if case.parent.name != "generic":
        assert article.provenance.adapter == case.parent.name
    jsonschema.validate(record, ms.schema())
    assert ms.loads(ms.dumps(article)) == article
    assert article.paragraphs and all(p.strip() for p in article.paragraphs)


@pytest.mark.parametrize("case", fixture_cases(), ids=lambda c: f"{c.parent.name}/{c.name}")
def test_fixture_statement_offsets_hold(case: Path) -> None:
    article = ms.parse_file(input_of(case), meta_of(case).get("url"))
    assert article.statements, "every fixture carries at least one statement"
    assert_statement_offsets_hold(article.paragraphs, article.statements)
