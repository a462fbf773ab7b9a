"""A section front or a list of teasers says it is a listing; an article never does."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import FIXTURES

import mideast_statements as ms

FRONT = (FIXTURES / "generic" / "html-section-front" / "input.html").read_text(encoding="utf-8")


def test_a_section_front_is_a_listing_with_its_reason() -> None:
    article = ms.parse(FRONT)
    assert article.page_type == "listing"
    assert any(w.startswith("page_type: listing:") for w in article.provenance.warnings)
    assert ms.to_dict(article)["page_type"] == "listing"


def test_a_page_that_declares_itself_an_article_is_one() -> None:
    declared = FRONT.replace('content="website"', 'content="article"')
    assert ms.parse(declared).page_type == "article"


def test_a_json_ld_collection_page_is_a_listing() -> None:
    tags = """<html><head><title>Tag: harbour</title><script type="application/ld+json">
    {"@type": "CollectionPage", "name": "harbour"}</script></head><body><main>
    <p>The ferry corridor between Lorne and Port Selan will reopen next month, officials said.</p>
    </main></body></html>"""
    assert ms.parse(tags).page_type == "listing"


ARTICLES = sorted(p for p in FIXTURES.glob("*/html-*/input.html") if "section-front" not in str(p))


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: f"{p.parent.parent.name}/{p.parent.name}")
def test_every_article_fixture_is_an_article(path: Path) -> None:
    assert ms.parse(path.read_bytes()).page_type == "article"


def test_records_without_the_key_read_back_as_articles() -> None:
    record = ms.to_dict(ms.parse(FRONT))
    del record["page_type"]
    record["schema_version"] = "1.4"
    assert ms.from_dict(record).page_type == "article"
