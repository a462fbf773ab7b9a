"""Al Mayadeen English (english.almayadeen.net), the Beirut-based channel's English site."""

from __future__ import annotations

from mideast_statements.adapter import Adapter


class AlMayadeen(Adapter):
    id = "almayadeen"
    name = "Al Mayadeen English"
    domains = ("english.almayadeen.net", "almayadeen.net")
    country = "LB"
    language = "en"
    site_names = ("Al Mayadeen English", "Al Mayadeen", "MayadeenEnglish")
    timezone = "Asia/Beirut"

    sources = {
        "title": ("css:.article-header h1", "meta:og:title"),
        "subtitle": ("css:.article-header .article-subtitle",),
        "published": ("meta:article:published_time", "css:.article-header time@datetime"),
        "authors": ("css:.article-header .article-author a",),
        "section": ("css:.article-header .article-category",),
    }
    body = "div.article-content"
    drop = (".related-articles", ".article-tags", ".read-also")

    furniture = (r"read more: .*", r"read next", r"by al mayadeen english")
    end_marks = (r"related news", r"tags")
    text_meta = (
        r"by (?P<authors>al mayadeen english|[A-Z][\w .'-]{3,60})",
        r"(?P<date>\d{1,2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2})",
    )
    text_standfirst = True
    text_marks = ((r"by al mayadeen english", 2), (r"source: al mayadeen .*", 2), (r"read more: .*", 1))
