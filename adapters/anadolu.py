"""Anadolu Agency (aa.com.tr), every language edition; two layouts kept side by side."""

from __future__ import annotations

from mideast_statements.adapter import Adapter

_DISCLAIMER = (
    r"anadolu agency website contains only a portion of the news stories.*",
    r"anadolu ajansı web sitesinde.*",
)


class Anadolu(Adapter):
    id = "anadolu"
    name = "Anadolu Agency"
    domains = ("aa.com.tr",)
    country = "TR"
    language = "en"
    site_names = ("Anadolu Agency", "Anadolu Ajansı", "AA")
    timezone = "Europe/Istanbul"

    furniture = (*_DISCLAIMER, r"(?:related topics|ilgili konular)", r"(?:share this news|bu haberi paylaşın)")
    end_marks = (r"most read news", r"(?:related news|benzer haberler)")
    text_standfirst = True
    text_meta = (
        r"(?P<date>\d{2}\.\d{2}\.\d{4})(?:\s*-\s*(?:update|güncelleme)\s*:.*)?",
        r"(?P<authors>[A-ZÇĞİÖŞÜ][\w'.\-]+(?:\s+[A-ZÇĞİÖŞÜ][\w'.\-]+){1,3})\s*\|",  # "Sehernur Karsu |"
    )
    text_marks = ((r"most read news", 2), *((p, 2) for p in _DISCLAIMER))


class Anadolu2025(Anadolu):
    """Server-rendered pages until spring 2026 (div.detay-icerik)."""

    layout = "2025"
    sources = {
        "title": ("css:div.detay-bg h1", "meta:og:title"),
        "subtitle": ("css:div.detay-bg h4",),
        "authors": ("css:div.detay-bg > div > div > div > span:nth-child(1)",),
        "published": ("css:div.detay-bg span.tarih",),
        "section": ("css:div.detay-bg > div > div > span:first-child",),
    }
    body = "div.detay-icerik"
    blocks = "h6, p, h3, h4, li"
    drop = ("div.detay-paylas", "span.detay-foto-editor", "script", "style")
    captions = "div.detay-icerik figcaption"


class Anadolu2026(Anadolu):
    """The Next.js pages from April 2026 (JSON-LD NewsArticle; body in div[dir])."""

    layout = "2026"
    sources = {
        "title": ("ld:headline", "css:h1"),
        "subtitle": ("css:span[class*=text-descriptionColor]",),
        "published": ("ld:datePublished",),
        "updated": ("ld:dateModified",),
        "section": ("meta:article:section",),
    }
    body = "div[dir]"
    blocks = "p, h2, h3, li"
    drop = ("figure", "script", "style")
    captions = "div[dir] figure figcaption"


Anadolu.layouts = (Anadolu2025, Anadolu2026)
