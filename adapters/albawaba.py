"""Al Bawaba (albawaba.com), the Amman-based news site; Drupal pages."""

from __future__ import annotations

from mideast_statements.adapter import Adapter


class AlBawaba(Adapter):
    id = "albawaba"
    name = "Al Bawaba"
    domains = ("albawaba.com",)
    country = "JO"
    language = "en"
    site_names = ("Al Bawaba", "albawaba")
    timezone = "Asia/Amman"

    sources = {
        "title": ("css:h1.page-header", "ld:headline"),
        "published": ("ld:datePublished", "meta:article:published_time", "css:.field--name-created"),
        "authors": ("css:.field--name-field-author a", "css:.field--name-uid a"),
    }
    body = "div.field--name-body"
    drop = (".block-syndigate-article", ".embedded-entity", "figure", ".adsbygoogle", ".mid-article-ad")

    furniture = (r"subscribe", r"(?:follow us on|subscribe to) .* al bawaba.*", r"read more:? .*")
    end_marks = (r"copyright ©? ?\d{4} .*", r"© \d{4} .*")
    text_meta = (r"published (?P<date>[A-Z][a-z]+ \d{1,2}(?:st|nd|rd|th)?, \d{4}.*)",)
    text_marks = (
        (r"published [a-z]+ \d{1,2}(?:st|nd|rd|th)?, \d{4}.*", 1),
        (r".*al bawaba.*", 1),
        (r"copyright ©? ?\d{4} .*(?:syndigate|al bawaba).*", 2),
    )
