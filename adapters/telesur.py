"""teleSUR English (telesurenglish.net): the legacy pages and the WordPress site of 2024 on."""

from __future__ import annotations

from mideast_statements.adapter import Adapter


class Telesur(Adapter):
    id = "telesur"
    name = "teleSUR English"
    domains = ("telesurenglish.net",)
    country = "VE"
    language = "en"
    site_names = ("teleSUR", "teleSUR English", "telesurenglish", "@telesurenglish")

    furniture = (r"opinion", r"audio only", r"live", r"post with no comments\.?")
    skip_next = (r"related:?",)
    end_marks = (r"comments?", r"\d+ comments?")
    text_meta = (r"news\s*>\s*(?P<section>.{2,40})", r"published\s+(?P<date>\d{1,2} \w+ \d{4}.*)")
    text_marks = (
        (r"post with no comments\.?", 2),
        (r"[•·*-]?\s*audio only", 1),
        (r"published \d{1,2} [A-Z][a-z]+ \d{4}", 1),
        (r"news > .{2,40}", 1),
        (r".+ \| photo: .+", 1),
    )


class TelesurWordPress(Telesur):
    """WordPress pages (2024 on): entry header, entry content, <time> stamps."""

    layout = "wordpress"
    sources = {
        "title": ("css:h1.entry-title", "ld:headline"),
        "subtitle": ("css:.entry-header .excerpt", "css:.entry-subtitle"),
        "published": ("ld:datePublished", "css:time.entry-date@datetime"),
        "authors": ("css:.entry-meta .author a", "css:.byline .author"),
        "section": ("css:.entry-header .cat-links a",),
    }
    body = "div.entry-content"
    drop = (".sharedaddy", ".jp-relatedposts", ".wp-block-embed", "figure", ".related-post")
    captions = "div.entry-content figcaption"


class TelesurLegacy(Telesur):
    """The pages before 2024: breadcrumb, title, lead image, "Published …" line, article text."""

    layout = "legacy"
    sources = {
        "title": ("css:h1.titleArt", "meta:og:title"),
        "subtitle": ("css:h2.subtitleArt",),
        "published": ("meta:article:published_time", "css:.dateArt"),
        "authors": ("css:.authorArt a",),
        "section": ("css:.breadcrumbArt a:last-child",),
    }
    body = "div.txtArt"
    drop = (".relatedArt", ".pullQuoteArt", ".shareArt", ".imgArt")
    captions = ".imgArt .captionArt"


Telesur.layouts = (TelesurWordPress, TelesurLegacy)
