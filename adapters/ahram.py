"""Ahram Online (english.ahram.org.eg), the English site of Egypt's Al-Ahram."""

from __future__ import annotations

from mideast_statements.adapter import Adapter


class AhramOnline(Adapter):
    id = "ahram"
    name = "Ahram Online"
    domains = ("english.ahram.org.eg", "ahram.org.eg")
    country = "EG"
    language = "en"
    site_names = ("Ahram Online", "Al-Ahram", "ahramonline")
    timezone = "Africa/Cairo"

    sources = {
        "title": ("css:#ContentPlaceHolder1_divTitle h1", "meta:og:title"),
        "subtitle": ("css:#ContentPlaceHolder1_divLead",),
        "published": ("css:#ContentPlaceHolder1_divDate",),
        "authors": ("css:#ContentPlaceHolder1_divByline a",),
    }
    body = "#ContentPlaceHolder1_divContent"
    drop = (".related-box", ".share-box")

    furniture = (r"short link:?", r"https?://english\.ahram\.org\.eg/News/\d+\.aspx")
    text_meta = (r"(?P<authors>ahram online|[A-Z][\w .'-]{3,60})\s*,\s*(?P<date>\w+ \d{1,2} [A-Z][a-z]+ \d{4})",)
    text_standfirst = True
    text_marks = ((r"short link:?", 1), (r"ahram online\s*,.*\d{4}", 2))
