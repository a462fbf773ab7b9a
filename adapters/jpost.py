"""The Jerusalem Post (jpost.com): the article pages of 2021 on, and the older ones kept beside them."""

from __future__ import annotations

from mideast_statements.adapter import Adapter


class JPost(Adapter):
    id = "jpost"
    name = "The Jerusalem Post"
    domains = ("jpost.com",)
    country = "IL"
    language = "en"
    site_names = ("The Jerusalem Post", "The Jerusalem Post | JPost.com", "Jerusalem_Post", "JPost.com")
    timezone = "Asia/Jerusalem"
    dayfirst = False

    furniture = (r"(?:related|read more|recommended):? .*", r"advertisement")
    end_marks = (r"(?:related articles|recommended articles)",)
    text_meta = (r"by (?P<authors>.{3,80}?)\s*(?P<date>[A-Z]+ \d{1,2}, \d{4}(?: \d{1,2}:\d{2})?)?",)
    text_standfirst = True
    text_marks = ((r".*the jerusalem post.*", 1), (r"by .{3,60} [A-Z]+ \d{1,2}, \d{4} \d{2}:\d{2}", 2))


class JPost2021(JPost):
    """Pages from 2021: h1.article-header-title, section.article-inner-content."""

    layout = "2021"
    sources = {
        "title": ("css:h1.article-header-title", "ld:headline"),
        "subtitle": ("css:h2.article-subline",),
        "published": ("ld:datePublished", "css:time.article-subline-date@datetime"),
        "authors": ("css:.article-subline-name .reporters a", "css:.reporters a"),
    }
    body = "section.article-inner-content"
    drop = (".hide-for-premium", ".article-inner-content-breaking-news-ad", ".related-article", "figure")


class JPost2019(JPost):
    """Pages until 2021: h1.article-title, div[itemprop=articleBody] with loose text and breaks."""

    layout = "2019"
    sources = {
        "title": ("css:h1.article-title", "meta:og:title"),
        "subtitle": ("css:h2.article-subtitle",),
        "published": ("meta:datePublished", "ld:datePublished"),
        "authors": ("css:.article-subline .article-reporter",),
    }
    body = "[itemprop=articleBody]"
    drop = (".article-inner-content-breaking-news-ad", ".related-article", "figure")


JPost.layouts = (JPost2021, JPost2019)
