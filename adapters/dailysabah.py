"""Daily Sabah (dailysabah.com), the Istanbul English-language daily."""

from __future__ import annotations

from mideast_statements.adapter import Adapter


class DailySabah(Adapter):
    id = "dailysabah"
    name = "Daily Sabah"
    domains = ("dailysabah.com",)
    country = "TR"
    language = "en"
    site_names = ("Daily Sabah", "DailySabah")
    timezone = "Europe/Istanbul"

    sources = {
        "title": ("css:h1.main_page_title", "meta:og:title"),
        "subtitle": ("css:h2.title_summary",),
        "published": ("ld:datePublished", "css:.details_block time@datetime"),
        "authors": ("css:.author_name a", "css:.author_name"),
        "section": ("css:.breadcrumb a:last-child",),
    }
    body = "div.article_body"
    drop = (".inline_related", ".article_tags", ".newsletter_box")

    furniture = (r"daily sabah (?:with|newsroom)(?: .*)?", r"(?:istanbul|ankara|izmir)\s*\|?")
    text_meta = (r"(?P<date>[A-Z]{3} \d{1,2}, \d{4} - \d{1,2}:\d{2} (?:[AP]M )?GMT\+\d{1,2}).*",)
    text_standfirst = True
    text_marks = ((r"daily sabah (?:with|newsroom).*", 2), (r"[A-Z]{3} \d{1,2}, \d{4} - \d{1,2}:\d{2}.*gmt\+3.*", 1))
