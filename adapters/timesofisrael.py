"""The Times of Israel (timesofisrael.com). Its pages move the byline and the date between
elements (and some carry the date only in a Yoast JSON-LD graph, as Zotero's translator reads it),
so the sources run from the specific to the general; the newsletter box inside the body is furniture."""

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
        "published": ("meta:article:published_time", "ld:datePublished", "css:.byline .date", "css:span.date"),
        "authors": (
            "css:.byline .byline-author a",
            "css:.byline a[rel=author]",
            "css:a[href*='/writers/']",
            "ld:author.name",
            "meta:author",
        ),
    }
    body = "div.the-content"
    drop = (".toi-ad", ".inline-related", "[class*=newsletter]", "[id*=newsletter]", ".wp-caption")
    captions = ".media .caption"

    furniture = (
        r"follow",
        r"today",
        r"by \S.* follow on .*",
        r"times of israel staff",
        r"get the times of israel['’]s daily edition by email.*",
        r"by signing up, you agree to the terms.*",
        r"sign up (?:for|to) .{0,80}newsletter.*",
    )
    end_marks = (r"read more about:?.*", r"you're a dedicated reader")
    text_meta = (
        r"by (?P<authors>[A-Z][\w .'-]{3,60}?)(?: and agencies)?(?: follow)?",
        r"(?P<date>\d{1,2} [A-Z][a-z]+ \d{4}, \d{1,2}:\d{2} [ap]m)",
    )
    text_standfirst = True
    text_marks = ((r"read more about:?.*", 1), (r"you're a dedicated reader.*", 2), (r"times of israel staff", 2))
