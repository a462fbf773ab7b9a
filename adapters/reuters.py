"""Reuters (reuters.com): the pages of 2021 on, and the older ones kept beside them."""

from __future__ import annotations

from mideast_statements.adapter import Adapter


class Reuters(Adapter):
    id = "reuters"
    name = "Reuters"
    domains = ("reuters.com",)
    country = "GB"
    language = "en"
    site_names = ("Reuters",)
    timezone = "UTC"
    dayfirst = False

    furniture = (
        r"our standards: the thomson reuters trust principles\.?.*",
        r"\d+ min(?:ute)? read",
    )
    end_marks = (r"our standards: the thomson reuters trust principles\.?.*",)
    text_meta = (
        r"(?P<section>markets|world|business|legal|technology|sustainability|breakingviews|middle east|europe)",
        r"by (?P<authors>[A-Z][\w .'-]+(?:(?:,| and) [A-Z][\w .'-]+)*)",
        r"(?P<date>[A-Z][a-z]+ \d{1,2}, \d{4}\s*(?:\d{1,2}:\d{2} [AP]M (?:GMT|UTC)[+\d]*)?).*",
    )
    text_marks = ((r"our standards: the thomson reuters trust principles\.?.*", 2), (r".{0,80}\(reuters\) - .*", 2))


class Reuters2021(Reuters):
    """The Arc pages from 2021: data-testid headline and paragraph-N blocks."""

    layout = "2021"
    sources = {
        "title": ("css:h1[data-testid=Heading]", "ld:headline"),
        "published": ("ld:datePublished", "meta:article:published_time"),
        "authors": ("ld:author", "css:[class*=author-name__author]"),
        "section": ("meta:article:section",),
    }
    body = "[class*=article-body__content]"
    blocks = "[data-testid^=paragraph-], [class*=sign-off], h2, li"
    drop = ("[class*=article-body__toolbar]",)


class Reuters2019(Reuters):
    """The pages until 2021: h1.ArticleHeader_headline and StandardArticleBody_body."""

    layout = "2019"
    sources = {
        "title": ("css:h1.ArticleHeader_headline", "ld:headline"),
        "published": ("meta:og:article:published_time", "ld:datePublished"),
        "authors": ("css:.BylineBar_byline a", "meta:og:article:author"),
    }
    body = "div.StandardArticleBody_body"
    drop = (".Image_container", ".RelatedCoverage_related-coverage-module", ".Slideshow_container")


Reuters.layouts = (Reuters2021, Reuters2019)
