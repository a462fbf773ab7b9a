"""The authoring kit: check over the shipped fixtures, selector provenance, plug-ins that win when asked."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import mideast_statements as ms
from mideast_statements.cli import main
from mideast_statements.kit import check

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
PAGE = (FIXTURES / "bbc" / "html-article" / "input.html").read_text(encoding="utf-8")
BBC_URL = "https://www.bbc.com/news/articles/c9x2marovia1o"


def test_at_least_twenty_outlets_each_with_passing_html_and_text_fixtures(capsys: pytest.CaptureFixture[str]) -> None:
    outlets = ms.default_registry().outlets()
    assert len(outlets) >= 20
    reports = list(check(FIXTURES))
    assert all(r.ok for r in reports), [r.case for r in reports if not r.ok]
    kinds = {(r.case.parent.name, next(r.case.glob("input.*")).suffix) for r in reports}
    for adapter in outlets:
        assert {(adapter.id, ".html"), (adapter.id, ".txt")} <= kinds, adapter.id
    assert main(["adapters"]) == 0
    listed = capsys.readouterr().out
    assert all(a.id in listed for a in outlets)


def test_records_say_which_selectors_matched_and_check_flags_the_ones_that_did_not(tmp_path: Path) -> None:
    article = ms.parse(PAGE, BBC_URL)
    assert article.provenance.selectors["body:main article"] == 1
    case = tmp_path / "bbc" / "drifted"
    case.mkdir(parents=True)
    (case / "input.html").write_text(PAGE.replace('data-component="headline-block"', 'data-component="title"'))
    (case / "meta.json").write_text(json.dumps({"url": BBC_URL}))
    [report] = check(tmp_path, "bbc", update=True)
    assert "2023: title:[data-component=headline-block] h1" in report.unmatched
    assert main(["check", "bbc", "--fixtures", str(tmp_path), "--strict"]) == 1


def test_a_page_no_layout_fits_comes_out_through_the_generic_path_with_a_warning() -> None:
    article = ms.parse(PAGE.replace("<article>", "<section>").replace("</article>", "</section>"), BBC_URL)
    assert article.title and article.paragraphs
    assert any("no layout matched" in w for w in article.provenance.warnings)


def test_a_plug_in_wins_over_the_built_in_only_when_asked() -> None:
    class LocalBBC(ms.Adapter):
        id = "bbc_local"
        name = "BBC News (local rules)"
        domains = ("bbc.com",)

    registry = ms.default_registry().copy()
    registry.register(LocalBBC)
    assert registry.for_url(BBC_URL) is ms.default_registry().get("bbc")
    registry.register(LocalBBC, prefer=True)
    assert registry.for_url(BBC_URL) is LocalBBC
    assert ms.parse(PAGE, BBC_URL, registry=registry).provenance.adapter == "bbc_local"

    class Overriding(LocalBBC):
        id = "bbc_overriding"
        overrides = True

    plain = ms.default_registry().copy()
    plain.register(Overriding)
    assert plain.for_url(BBC_URL) is Overriding
    assert "bbc_overriding" not in ms.default_registry()
