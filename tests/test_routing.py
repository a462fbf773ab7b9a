"""Which adapter reads a page: URL, page marks, dump fingerprints, outlet=, and registration."""

from __future__ import annotations

import pytest
from helpers import FIXTURES

import mideast_statements as ms
from mideast_statements import Adapter, Registry


def read(relative: str) -> bytes:
    return (FIXTURES / relative).read_bytes()


def test_for_url_matches_hosts_and_subdomains() -> None:
    registry = ms.default_registry()
    assert registry.for_url("https://www.rt.com/news/1-x/").id == "rt"  # type: ignore[union-attr]
    assert registry.for_url("https://aa.com.tr/en/world/x/1").id == "anadolu"  # type: ignore[union-attr]
    assert registry.for_url("https://www.telesurenglish.net/news/x.html").id == "telesur"  # type: ignore[union-attr]
    assert registry.for_url("https://notrt.com/news") is None
    assert registry.for_url("https://example.org/") is None
    assert registry.for_url(None) is None


@pytest.mark.parametrize(
    ("relative", "expected"),
    [
        ("rt/html-article/input.html", "rt"),
        ("anadolu/html-layout-2026/input.html", "anadolu"),
        ("telesur/html-legacy/input.html", "telesur"),
        ("telesur/html-wordpress/input.html", "telesur"),
        ("generic/html-article/input.html", "generic"),
    ],
)
def test_html_without_url_is_recognised_by_its_own_marks(relative: str, expected: str) -> None:
    article = ms.parse(read(relative))
    assert article.provenance.adapter == expected


@pytest.mark.parametrize(
    ("relative", "expected"),
    [
        ("rt/text-dump/input.txt", "rt"),
        ("anadolu/text-dump/input.txt", "anadolu"),
        ("telesur/text-dump/input.txt", "telesur"),
        ("generic/text-republished/input.txt", "generic"),
    ],
)
def test_dumps_are_recognised_by_their_furniture(relative: str, expected: str) -> None:
    assert ms.parse(read(relative)).provenance.adapter == expected


def test_a_republished_wire_story_keeps_an_unknown_outlet_and_credits_the_agency() -> None:
    article = ms.parse(read("generic/text-republished/input.txt"))
    assert article.outlet.id == "unknown"
    assert article.source_agency == "Anadolu Agency"


AGENCY_COPY = """<html><head><title>Harbour talks resume</title>
<link rel="canonical" href="https://www.harbourledger.example/news/article/Harbour-talks-resume-1234.php">
<meta property="og:site_name" content="The Harbour Ledger">
<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Harbour talks resume",
 "publisher": {"@type": "NewsMediaOrganization", "name": "Associated Press"}}</script></head>
<body><article><h1>Harbour talks resume</h1>
<p>PORT SELAN, Marovia (AP) — Negotiators from both coastal provinces met again on Tuesday.</p>
<p>The mediator, Ilse Varga, said the two sides had agreed on an agenda for the week.</p>
</article></body></html>"""


@pytest.mark.parametrize("url", [None, "https://www.harbourledger.example/news/article/Harbour-talks-resume-1234.php"])
def test_an_agency_story_on_a_newspapers_site_is_the_newspapers_with_the_agency_as_source(url: str | None) -> None:
    article = ms.parse(AGENCY_COPY, url)
    assert article.provenance.adapter == "ap"  # read with the agency's rules (its furniture)
    assert article.outlet.id == "unknown" and article.outlet.name == "The Harbour Ledger"
    assert article.outlet.domains == ("harbourledger.example",)
    assert article.source_agency == "The Associated Press"
    assert ms.parse(AGENCY_COPY, "https://apnews.com/article/x-1").outlet.id == "ap"  # on the agency's own site


def test_outlet_forces_an_adapter_and_unknown_ids_fail_clearly() -> None:
    article = ms.parse(read("generic/html-article/input.html"), outlet="generic")
    assert article.provenance.adapter == "generic"
    forced = ms.parse(read("rt/text-dump/input.txt"), outlet="anadolu")
    assert forced.outlet.id == "anadolu"
    with pytest.raises(ms.UnknownAdapter, match="no adapter 'nosuch'"):
        ms.parse(read("rt/text-dump/input.txt"), outlet="nosuch")


def test_layout_drift_falls_back_to_the_generic_path_with_a_warning() -> None:
    article = ms.parse(read("generic/html-layout-drift/input.html"), "https://www.rt.com/news/600123-x/")
    assert article.outlet.id == "rt" and article.provenance.layout is None
    assert any("no layout matched" in w for w in article.provenance.warnings)
    assert len(article.paragraphs) >= 3


def test_layout_versions_are_chosen_by_the_page() -> None:
    url = "https://www.aa.com.tr/en/world/x/1"
    assert ms.parse(read("anadolu/html-layout-2025/input.html"), url).provenance.layout == "2025"
    assert ms.parse(read("anadolu/html-layout-2026/input.html"), url).provenance.layout == "2026"


class Ledger(Adapter):
    id = "ledger"
    name = "The Lorne Ledger"
    domains = ("ledger.example.org",)
    country = "GB"
    language = "en"
    sources = {"subtitle": ("css:p.byline",)}
    body = "article"
    blocks = "p:not(.byline)"


def test_a_registered_adapter_is_used_for_its_domain() -> None:
    registry = Registry(tuple(ms.default_registry()))
    registry.register(Ledger)
    with pytest.raises(ValueError, match="registered already"):
        registry.register(type("Other", (Ledger,), {}))
    article = ms.parse(read("generic/html-article/input.html"), "https://ledger.example.org/world/x", registry=registry)
    assert article.outlet.id == "ledger" and article.provenance.adapter == "ledger"
    assert article.subtitle == "By Mara Lindqvist, Lorne"
    assert article.paragraphs[0].startswith("Harbour pilots in Port Amsel")
    # the default registry is untouched
    assert "ledger" not in ms.default_registry()


def test_registry_refuses_non_adapters() -> None:
    with pytest.raises(TypeError):
        Registry().register(object)  # type: ignore[arg-type]


def test_the_public_registry_object() -> None:
    assert ms.registry is ms.default_registry()
    assert ms.registry.for_url("https://www.rt.com/news/1/") is ms.registry.get("rt")
    page = ms.page.TextPage((FIXTURES / "telesur" / "text-dump" / "input.txt").read_text(encoding="utf-8"))
    assert ms.registry.detect(page).id == "telesur"
    assert "text fingerprints" in ms.registry.explain(page)[1]


def test_a_broken_plugin_is_skipped_with_a_warning_not_fatal(monkeypatch: pytest.MonkeyPatch) -> None:
    from importlib.metadata import EntryPoint

    from mideast_statements import routing

    points = [
        EntryPoint("broken", "a_module_nobody_installed:Adapter", routing.ENTRY_POINT_GROUP),
        EntryPoint("not-an-adapter", "json:dumps", routing.ENTRY_POINT_GROUP),
    ]
    monkeypatch.setattr(routing, "entry_points", lambda group: points)
    with pytest.warns(routing.PluginWarning) as caught:
        assert routing._plugins() == []
    assert len(caught) == 2 and "a_module_nobody_installed" in str(caught[0].message)
