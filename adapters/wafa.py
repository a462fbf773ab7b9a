"""WAFA, the Palestinian news and information agency, English service (english.wafa.ps)."""

from __future__ import annotations

from mideast_statements.adapter import Adapter


class WAFA(Adapter):
    id = "wafa"
    name = "WAFA"
    domains = ("english.wafa.ps", "wafa.ps")
    country = "PS"
    language = "en"
    site_names = ("WAFA", "WAFA Agency", "Palestinian News & Information Agency - WAFA")
    timezone = "Asia/Hebron"

    sources = {
        "title": ("css:.news-details h1", "meta:og:title"),
        "published": ("meta:article:published_time", "css:.news-details .date"),
    }
    body = ".news-details .news-text"
    drop = (".share-links", ".news-tags")

    furniture = (r"[a-z]\.[a-z](?:/[a-z]\.[a-z])*",)  # the desk's initials closing a story ("K.F/R.H")
    text_meta = (r"(?P<date>\d{1,2}/\d{1,2}/\d{4}(?: \d{1,2}:\d{2}(?::\d{2})? ?[AP]M)?)",)
    text_marks = ((r".*\(wafa\) [-–—]+ .*", 2), (r"[A-Z]\.[A-Z](?:/[A-Z]\.[A-Z])*", 1))
