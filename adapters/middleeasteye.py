"""Middle East Eye (middleeasteye.net), the London-based news site."""

from __future__ import annotations

from mideast_statements.adapter import Adapter


class MiddleEastEye(Adapter):
    id = "middleeasteye"
    name = "Middle East Eye"
    domains = ("middleeasteye.net",)
    country = "GB"
    language = "en"
    site_names = ("Middle East Eye", "MiddleEastEye")
    timezone = "Europe/London"

    sources = {
        "title": ("css:h1.page-title", "meta:og:title"),
        "subtitle": ("css:.field--name-field-sub-title",),
        "published": ("meta:article:published_time", "css:.article-created time@datetime"),
        "authors": ("css:.field--name-field-author a", "css:.author-name"),
    }
    body = "div.field--name-body"
    drop = (".newsletter-signup", ".related-content", ".mee-ad", "figure")

    furniture = (r"middle east eye (?:delivers|propels) .*", r"sign up to .* newsletter.*", r"read more »?.*")
    end_marks = (r"middle east eye (?:delivers|propels) .*",)
    text_standfirst = True
    text_marks = ((r"middle east eye (?:delivers|propels) .*", 2), (r"read more ».*", 1))
