"""Xinhua, China's state news agency, English service (english.news.cn, xinhuanet.com)."""

from __future__ import annotations

from mideast_statements.adapter import Adapter


class Xinhua(Adapter):
    id = "xinhua"
    name = "Xinhua"
    domains = ("english.news.cn", "news.cn", "xinhuanet.com")
    country = "CN"
    language = "en"
    site_names = ("Xinhua", "Xinhua News Agency", "XHNews")
    timezone = "Asia/Shanghai"

    sources = {
        "title": ("css:.head-line h1 .title", "css:h1", "meta:og:title"),
        "published": ("css:.header-time", "meta:publishdate"),
        "source_agency": ("css:.source",),
    }
    body = "#detailContent"
    drop = (".editor", ".share")

    furniture = (r"editor: .*", r"\[?source: xinhua\]?", r"xinhua")
    end_marks = (r"editor: .*",)
    text_meta = (r"source: (?P<section>xinhua)\s*\|?\s*(?P<date>\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2})?",)
    text_marks = ((r".*\(xinhua\) -- .*", 2), (r"editor: [a-z ]+", 1))
