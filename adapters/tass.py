"""TASS, the Russian news agency, English service (tass.com)."""

from __future__ import annotations

from mideast_statements.adapter import Adapter


class TASS(Adapter):
    id = "tass"
    name = "TASS"
    domains = ("tass.com",)
    country = "RU"
    language = "en"
    site_names = ("TASS", "TASS Russian News Agency", "tassagency_en")
    timezone = "Europe/Moscow"

    sources = {
        "title": ("css:h1.news-header__title", "meta:og:title"),
        "subtitle": ("css:.news-header__lead",),
        "published": ("css:.news-header__date dateformat@time", "meta:article:published_time"),
        "section": ("css:.news-header__section a",),
    }
    body = "div.text-content"
    drop = (".text-include", ".tags", ".news-share")

    furniture = (r"more news on .*", r"the tass editorial board .*")
    end_marks = (r"tags",)
    text_standfirst = True
    text_marks = ((r".*/tass/\..*", 2), (r"more news on .*tass.*", 1))
