"""TRT World (trtworld.com), the English service of Turkey's public broadcaster."""

from __future__ import annotations

from mideast_statements.adapter import Adapter


class TRTWorld(Adapter):
    id = "trtworld"
    name = "TRT World"
    domains = ("trtworld.com",)
    country = "TR"
    language = "en"
    site_names = ("TRT World", "trtworld")
    timezone = "Europe/Istanbul"

    sources = {
        "title": ("css:h1.article-title", "meta:og:title"),
        "subtitle": ("css:h2.article-description",),
        "published": ("ld:datePublished", "css:.article-date time@datetime"),
        "authors": ("css:.article-author a",),
    }
    body = "div.contentBox"
    drop = (".related-news-box", ".in-article-ad", ".article-tags")

    furniture = (r"source: trt ?world and agencies", r"route \d+")
    end_marks = (r"source: trt ?world.*",)
    text_standfirst = True
    text_marks = ((r"source: trt ?world.*", 2),)
