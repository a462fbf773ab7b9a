"""Press TV (presstv.ir), Iran's English-language state broadcaster."""

from __future__ import annotations

from mideast_statements.adapter import Adapter


class PressTV(Adapter):
    id = "presstv"
    name = "Press TV"
    domains = ("presstv.ir", "presstv.com")
    country = "IR"
    language = "en"
    site_names = ("Press TV", "PressTV")
    timezone = "Asia/Tehran"

    sources = {
        "title": ("css:h1.news-title-container", "meta:og:title"),
        "subtitle": ("css:.news-summary",),
        "published": ("meta:article:published_time", "css:.news-detail"),
        "section": ("css:.news-section a",),
    }
    body = "div.news-body-container"
    drop = (".news-related", ".news-share", ".embedded-video")

    furniture = (
        r"follow press tv on .*",
        r"press tv.?s website can also be accessed at the following alternate addresses:?",
        r"www\.presstv\.(?:ir|co\.uk|tv)",
    )
    text_meta = (r"(?P<date>(?:mon|tue|wed|thu|fri|sat|sun)[a-z]* \w+ \d{1,2}, \d{4} \d{1,2}:\d{2}(?:[ap]m)?)",)
    text_standfirst = True
    text_marks = ((r"follow press tv on .*", 2), (r"press tv.?s website can also be accessed .*", 2))
