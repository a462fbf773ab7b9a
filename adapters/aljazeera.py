"""Al Jazeera English (aljazeera.com): the pages of 2020 on, and the older ones kept beside them."""

from __future__ import annotations

from mideast_statements.adapter import Adapter


class AlJazeera(Adapter):
    id = "aljazeera"
    name = "Al Jazeera English"
    domains = ("aljazeera.com",)
    country = "QA"
    language = "en"
    site_names = ("Al Jazeera", "Al Jazeera English", "AJEnglish", "AJENews")
    timezone = "UTC"  # "20 Nov 2019 08:02 GMT", "Published On 20 Nov 2023"

    furniture = (
        r"more:",
        r"listen to this article",
        r"\d+ mins? read",
    )
    end_marks = (r"source:.*",)
    text_meta = (r"published on (?P<date>\d{1,2} \w+ \d{4}.*)", r"by (?P<authors>.{3,80})")
    text_standfirst = True
    text_marks = (
        (r"published on \d{1,2} [a-z]+ \d{4}.*", 1),
        (r"source: .*al jazeera.*", 2),
        (r"listen to this article", 1),
    )


class AlJazeera2020(AlJazeera):
    """Pages from the 2020 redesign: header h1, .article__subhead, div.wysiwyg."""

    layout = "2020"
    sources = {
        "title": ("css:header.article-header h1", "ld:headline"),
        "subtitle": ("css:.article__subhead",),
        "published": ("ld:datePublished", "css:.date-simple span[aria-hidden]"),
        "authors": ("css:.article-author-name-item a", "css:.author-link"),
    }
    body = "div.wysiwyg"
    drop = (".more-on", ".article-inline-newsletter", ".advertisement", "figure", ".sib-newsletter-form")
    captions = "figure.article-featured-image figcaption"


class AlJazeera2019(AlJazeera):
    """The React pages until 2020: h1.post-title, the standfirst paragraph, div.article-p-wrapper."""

    layout = "2019"
    sources = {
        "title": ("css:h1.post-title", "ld:headline"),
        "subtitle": ("css:p.article-heading-des",),
        "published": ("ld:datePublished", "css:time.timeagofunction@datetime"),
        "authors": ("css:.article-heading-author-name a",),
    }
    body = "div.article-p-wrapper"
    blocks = "p, h2, h3, blockquote"  # its "More:" read-more lists are h4 links in list items
    drop = (".article-body-artSource", ".article-body-tags", "[id$=adshidden]", "figure")
    captions = ".main-article-caption"


AlJazeera.layouts = (AlJazeera2020, AlJazeera2019)
