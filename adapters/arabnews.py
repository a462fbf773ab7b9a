"""Arab News (arabnews.com), the Riyadh English-language daily."""

from __future__ import annotations

from mideast_statements.adapter import Adapter


class ArabNews(Adapter):
    id = "arabnews"
    name = "Arab News"
    domains = ("arabnews.com",)
    country = "SA"
    language = "en"
    site_names = ("Arab News", "arabnews")
    timezone = "Asia/Riyadh"

    sources = {
        "title": ("css:.entry-title h1", "css:h1", "meta:og:title"),
        "published": ("meta:article:published_time", "css:.entry-date time@datetime"),
        "authors": ("css:.entry-author a",),
        "section": ("css:.entry-section a",),
    }
    body = "div.field-name-body"
    drop = (".related-articles-inline", ".short-url", ".ad-slot")

    furniture = (r"short url", r"https?://arab\.news/\w+", r"updated \d{1,2} \w+ \d{4}.*")
    end_marks = (r"topics:.*", r"most popular")
    text_meta = (r"(?P<authors>[A-Z][\w .'-]{3,60}?)\s*(?P<date>\d{1,2} [A-Z][a-z]+ \d{4})",)
    text_marks = ((r"short url", 1), (r"https?://arab\.news/\w+", 2))
