"""The Times of Israel (timesofisrael.com)."""

from __future__ import annotations

from mideast_statements.adapter import Adapter


class TimesOfIsrael(Adapter):
    id = "timesofisrael"
    name = "The Times of Israel"
    domains = ("timesofisrael.com",)
    country = "IL"
    language = "en"
    site_names = ("The Times of Israel", "Times of Israel", "TimesofIsrael")
    timezone = "Asia/Jerusalem"
    dayfirst = False

    sources = {
        "title": ("css:h1.headline", "meta:og:title"),
        "subtitle": ("css:h2.underline",),
        "published": ("meta:article:published_time", "css:.byline .date"),
        "authors": ("css:.byline .byline-author a", "css:.byline a[rel=author]"),
    }
    body = "div.the-content"
    drop = (".toi-ad", ".inline-related", ".newsletter-sign-up", ".wp-caption")
    captions = ".media .caption"

    furniture = (r"follow", r"today", r"by \S.* follow on .*", r"times of israel staff")
    end_marks = (r"read more about:?.*", r"you're a dedicated reader")
    text_meta = (
        r"by (?P<authors>[A-Z][\w .'-]{3,60}?)(?: and agencies)?(?: follow)?",
        r"(?P<date>\d{1,2} [A-Z][a-z]+ \d{4}, \d{1,2}:\d{2} [ap]m)",
    )
    text_standfirst = True
    text_marks = ((r"read more about:?.*", 1), (r"you're a dedicated reader.*", 2), (r"times of israel staff", 2))
