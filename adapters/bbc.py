"""BBC News (bbc.com, bbc.co.uk): the article pages of 2023 on, and the older story-body pages."""

from __future__ import annotations

from mideast_statements.adapter import Adapter


class BBC(Adapter):
    id = "bbc"
    name = "BBC News"
    domains = ("bbc.com", "bbc.co.uk")
    country = "GB"
    language = "en"
    site_names = ("BBC News", "BBC", "BBCWorld", "BBCNews")
    timezone = "Europe/London"

    furniture = (
        r"image (?:source|caption),? .*",
        r"media caption,? .*",
        r"(?:related topics|more on this story|share this page|copy link|follow bbc news on .*)",
        r"\d+ (?:hours?|days?|minutes?) ago",
        r"(?:listen to|follow) newsbeat .*",
    )
    end_marks = (r"related topics", r"more on this story")
    text_meta = (r"(?P<date>\d{1,2} [A-Z][a-z]+ \d{4})",)
    text_marks = (
        (r"image source,? .*", 1),
        (r"image caption,? .*", 1),
        (r"related topics", 1),
        (r"follow bbc news on .*", 2),
    )


class BBC2023(BBC):
    """React pages: main article with text-block and subheadline-block components."""

    layout = "2023"
    sources = {
        "title": ("css:[data-component=headline-block] h1", "css:main h1", "ld:headline"),
        "published": ("ld:datePublished", "css:main time@datetime"),
        "authors": (
            "css:[data-testid=byline-new-contributors] span[class*=Contributor] span",
            "css:[data-testid=byline-name]",
        ),
    }
    body = "main article"
    blocks = "[data-component=text-block] p, [data-component=subheadline-block] h2, [data-component=text-block] li"


class BBC2019(BBC):
    """The story-body pages until 2023: h1.story-body__h1 and div.story-body__inner."""

    layout = "2019"
    sources = {
        "title": ("css:h1.story-body__h1", "ld:headline"),
        "published": ("ld:datePublished", "css:.story-body .date@data-seconds"),
        "authors": ("css:.byline__name",),
        "section": ("meta:article:section",),
    }
    body = "div.story-body__inner"
    drop = (
        "figure",
        ".social-embed",
        ".bbccom_advert_placeholder",
        ".story-more",
        ".off-screen",
        ".media-player-wrapper",
        ".embed-video",
    )


BBC.layouts = (BBC2023, BBC2019)
