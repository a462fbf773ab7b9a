"""An adapter for a site the library does not know, registered at run time.

python examples/custom_adapter.py
"""

from __future__ import annotations

from pathlib import Path

import mideast_statements as ms


class LorneLedger(ms.Adapter):
    id = "lorne_ledger"
    name = "The Lorne Ledger"
    domains = ("ledger.example.org",)
    country = "GB"
    language = "en"
    site_names = ("The Lorne Ledger",)
    sources = {"authors": ("css:p.byline",)}
    body = "article"
    blocks = "p:not(.byline)"


def main() -> None:
    registry = ms.Registry(tuple(ms.default_registry()))
    registry.register(LorneLedger)
    page = Path(__file__).resolve().parents[1] / "fixtures" / "generic" / "html-article" / "input.html"
    article = ms.parse(page.read_bytes(), registry=registry)
    print(article.outlet.name, "|", article.title, "|", article.authors, "|", article.provenance.adapter)
    for paragraph in article.paragraphs:
        print("  ", paragraph)


if __name__ == "__main__":
    main()
