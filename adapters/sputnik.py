"""Sputnik International (sputnikglobe.com, formerly sputniknews.com)."""

from __future__ import annotations

from mideast_statements.adapter import Adapter


class Sputnik(Adapter):
    id = "sputnik"
    name = "Sputnik International"
    domains = ("sputnikglobe.com", "sputniknews.com")
    country = "RU"
    language = "en"
    site_names = ("Sputnik International", "Sputnik", "SputnikInt")
    timezone = "UTC"

    furniture = (
        r"© sputnik(?: / .*)?",
        r"subscribe to our telegram channel.*",
        r"the views and opinions expressed .* sputnik\.?",
    )
    end_marks = (r"comments",)
    text_standfirst = True
    text_meta = (r"(?P<date>\d{2}\.\d{2}\.\d{4}(?:,? \d{2}:\d{2}(?: gmt)?)?)",)
    text_marks = (
        (r"© sputnik(?: / .*)?", 2),
        (r"the views and opinions expressed .* sputnik\.?", 2),
        (r"subscribe to our telegram channel.*", 1),
    )


class Sputnik2021(Sputnik):
    """The sputnikglobe.com pages: h1.article__title, .article__announce-text, .article__text blocks."""

    layout = "2021"
    sources = {
        "title": ("css:h1.article__title", "ld:headline"),
        "subtitle": ("css:.article__announce-text",),
        "published": ("meta:article:published_time", "ld:datePublished"),
        "authors": ("css:.article__author-name",),
    }
    body = "div.article__body"
    blocks = ".article__text, .article__quote-text, .article__block[data-type=h2], li"
    drop = (".article__block[data-type=article]", ".article__block[data-type=media]")


class Sputnik2019(Sputnik):
    """The sputniknews.com pages until 2021: .b-article__lead and .b-article__text."""

    layout = "2019"
    sources = {
        "title": ("css:.b-article__header h1", "css:h1", "meta:og:title"),
        "subtitle": ("css:.b-article__lead",),
        "published": ("css:time.b-article__refs-date@datetime", "meta:dateCreated", "meta:pubdate"),
        "authors": ("css:.b-article__refs-author a",),
    }
    body = "div.b-article__text"
    drop = (".b-inject", ".b-article__refs", ".b-banner")


Sputnik.layouts = (Sputnik2021, Sputnik2019)
