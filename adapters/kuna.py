"""Kuwait News Agency (KUNA, kuna.net.kw), English service."""

from __future__ import annotations

from mideast_statements.adapter import Adapter


class KUNA(Adapter):
    id = "kuna"
    name = "Kuwait News Agency (KUNA)"
    domains = ("kuna.net.kw",)
    country = "KW"
    language = "en"
    site_names = ("KUNA", "Kuwait News Agency", "Kuwait News Agency (KUNA)")
    timezone = "Asia/Kuwait"

    sources = {
        "title": ("css:.article-details h1", "meta:og:title"),
        "published": ("css:.article-details .article-date", "meta:article:published_time"),
    }
    body = ".article-details .article-body"
    drop = (".article-share",)

    furniture = (r"\(end\)(?:\s+[a-z]{2,4}(?:\.[a-z]{2,4})*)?",)  # "(end) ahm.gb": the desk's sign-off
    end_marks = (r"\(end\).*",)
    text_meta = (r"(?P<date>\d{1,2}/\d{1,2}/\d{4} \d{1,2}:\d{2} (?:AM|PM))",)
    text_marks = ((r".*\(kuna\) -- .*", 2), (r"\(end\).*", 1))
