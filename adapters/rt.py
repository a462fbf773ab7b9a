"""RT (rt.com), English edition."""

from __future__ import annotations

from mideast_statements.adapter import Adapter


class RT(Adapter):
    id = "rt"
    name = "RT"
    domains = ("rt.com",)
    country = "RU"
    language = "en"
    site_names = ("RT", "RT International", "RT English", "RT_com")
    timezone = "UTC"  # the site prints GMT times ("20 Nov, 2019 05:47")

    sources = {
        "title": ("css:h1.article__heading", "ld:headline"),
        "subtitle": ("css:.article__summary",),
        "published": ("ld:datePublished", "meta:published_time_telegram", "css:.article__date .date"),
        "section": ("css:.breadcrumbs__links:last-child",),
        "authors": ("css:.article__author-name", "css:.article-author__name"),
    }
    body = ".article__text"
    drop = (".read-more-big", ".read-more", ".article__short-url", ".media", ".article__tags-trends")
    captions = ".article__cover .media__title [data-role=title]"
    standfirst_in_body = True  # RT prints its summary as the bold lead of the article text

    furniture = (
        r"also on rt\.com.*",
        r"follow rt on.*",
        r"get short url",
        r"subscribe to rt newsletter.*",
        r"you can share this story on social media:?",
    )
    text_standfirst = True
    text_marks = (
        (r"comments are closed\.?", 1),
        (r".{10,200} – (?:[A-Z][\w.'-]+)(?: [A-Z][\w.'-]+){0,2}", 1),  # headline "… – Kremlin"
        (r"also on rt\.com.*", 2),
        (r"follow rt on.*", 2),
        (r"subscribe to rt newsletter.*", 2),
        (r"get short url", 2),
    )
