"""Shared by the tests: where things are, fixture cases, and the expected-subset comparison."""

from __future__ import annotations

import functools
import importlib.util
import json
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import pytest

from mideast_statements import Article, MideastStatementsError, Statement, parse_file
from mideast_statements.kit import mismatches

__all__ = [
    "assert_statement_offsets_hold",
    "corpus_articles",
    "corpus_or_skip",
    "fixture_cases",
    "input_of",
    "load_script",
    "meta_of",
    "mismatches",
]

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "fixtures"
CORPUS = ROOT.parent / "shared" / "corpus"


def load_script(path: Path) -> Any:
    """A script of benchmarks/ or examples/ imported as a module (its functions, not its main)."""
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


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


@functools.cache
def corpus_articles() -> tuple[Article, ...]:
    """Every page of the corpus the library reads (aeb, seeds, fundus), parsed once for all tests."""
    pages = [
        *sorted((CORPUS / "aeb" / "html").glob("*.html.gz")),
        *sorted((CORPUS / "seeds").glob("*.txt")),
        *sorted((CORPUS / "fundus").rglob("*.html.gz")),
    ]
    assert len(pages) > 181
    articles = []
    for page in pages:
        try:
            articles.append(parse_file(page))
        except MideastStatementsError:
            continue  # a page without an article body has no statements to check
    return tuple(articles)


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
