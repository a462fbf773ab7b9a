"""Shared by the tests: where things are, fixture cases, and the expected-subset comparison."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import pytest

from mideast_statements import Statement

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "fixtures"
CORPUS = ROOT.parent / "shared" / "corpus"


def fixture_cases() -> list[Path]:
    return sorted(p.parent for p in FIXTURES.glob("*/*/meta.json"))


def input_of(case: Path) -> Path:
    found = sorted(case.glob("input.*"))
    assert len(found) == 1, f"{case} needs exactly one input.* file"
    return found[0]


def meta_of(case: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((case / "meta.json").read_text(encoding="utf-8"))
    return data


def corpus_or_skip() -> Path:
    if not (CORPUS / "score.py").is_file():
        pytest.skip("../shared/corpus is absent")
    return CORPUS


def mismatches(expected: Any, actual: Any, path: str = "") -> list[str]:
    """Where ``actual`` departs from ``expected`` (a subset: absent keys are not checked).

    Matchers for long values: "startswith:TEXT" for a string, "count:N" for a list's length.
    """
    if isinstance(expected, dict):
        if not isinstance(actual, dict):
            return [f"{path or '.'}: expected an object, got {actual!r}"]
        out = []
        for key, value in expected.items():
            if key not in actual:
                out.append(f"{path}.{key}: missing")
            else:
                out.extend(mismatches(value, actual[key], f"{path}.{key}"))
        return out
    if isinstance(expected, str) and expected.startswith("startswith:"):
        prefix = expected.removeprefix("startswith:")
        ok = isinstance(actual, str) and actual.startswith(prefix)
        return [] if ok else [f"{path}: expected to start with {prefix!r}, got {actual!r}"]
    if isinstance(expected, str) and expected.startswith("count:"):
        ok = isinstance(actual, list) and len(actual) == int(expected.removeprefix("count:"))
        return [] if ok else [f"{path}: expected {expected}, got {actual!r}"]
    if isinstance(expected, list) and isinstance(actual, list) and len(expected) == len(actual):
        return [
            m for i, (e, a) in enumerate(zip(expected, actual, strict=True)) for m in mismatches(e, a, f"{path}[{i}]")
        ]
    return [] if expected == actual else [f"{path}: expected {expected!r}, got {actual!r}"]


def assert_statement_offsets_hold(paragraphs: Sequence[str], statements: Iterable[Statement]) -> int:
    """Every statement's text, and its continuation's, is the span its offsets name; returns how many."""
    count = 0
    for s in statements:
        assert paragraphs[s.paragraph][s.start : s.end] == s.text, s.text
        if s.continuation is not None:
            at, start = s.continuation_paragraph, s.continuation_start
            assert at is not None and start is not None
            assert paragraphs[at][start : start + len(s.continuation)] == s.continuation
        count += 1
    return count
