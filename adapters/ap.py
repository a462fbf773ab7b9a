"""The Associated Press (apnews.com, and hosted.ap.org pages on member sites); three layouts."""

from __future__ import annotations

from mideast_statements.adapter import Adapter


class AP(Adapter):
    id = "ap"
    name = "The Associated Press"
    domains = ("apnews.com", "hosted.ap.org", "ap.org")
    country = "US"
    language = "en"
    site_names = ("AP News", "Associated Press", "The Associated Press", "AP")
    timezone = "America/New_York"
    dayfirst = False

    furniture = (
        r"_+",
        # the contributors' line: "X reported from Y. Associated Press writers Z and W contributed."
        r"(?:.{3,300} reported from .{3,300}\.\s*)?associated press (?:writers?|reporters?) .{3,300} contributed.*",
        r"follow ap'?s (?:full )?coverage .*",
        r"copyright \d{4} the associated press\. all rights reserved\..*",
    )
    end_marks = (r"related coverage", r"most read")
    text_meta = (
        r"by (?P<authors>[A-Z][\w .'-]+(?:,? (?:and )?[A-Z][\w .'-]+)*?)(?: associated press)?",
        r"updated (?P<date>.*\d{4}.*)",
    )
    text_marks = ((r"copyright \d{4} the associated press\..*", 2), (r"[A-Z ,.]{3,40} \(AP\) [—–-] .*", 2))


class AP2023(AP):
    """apnews.com from mid-2023: h1.Page-headline, div.RichTextStoryBody."""

    layout = "2023"
    sources = {
        "title": ("css:h1.Page-headline", "meta:og:title"),
        "published": ("meta:article:published_time", "ld:datePublished", "css:bsp-timestamp@data-timestamp"),
        "authors": ("css:.Page-authors",),
    }
    body = "div.RichTextStoryBody"
    drop = (".Infobox", ".HTMLModuleEnhancement", "figure", ".Advertisement", ".ad-placeholder")
    captions = ".Page-lead figcaption"


class APReact(AP):
    """apnews.com until 2023: the React card headline and div.Article."""

    layout = "react"
    sources = {
        "title": ("css:[data-key=card-headline] h1", "meta:og:title"),
        "published": ("meta:article:published_time", "ld:datePublished", "css:[data-key=timestamp]@data-source"),
        "authors": ("css:[class*=Component-bylines]",),
    }
    body = "div.Article"
    drop = (".hub-peek-embed", "[data-key=related-story-embed]", ".ad-placeholder", "figure")


class APHosted(AP):
    """hosted.ap.org, the AP story pages of member newspapers: h2.ap-story-headline, the <block> text."""

    layout = "hosted"
    sources = {
        "title": ("css:h2.ap-story-headline", "meta:og:title"),
        "published": ("meta:article:published_time", "css:.ap-story-timestamp"),
        "authors": ("css:.field-name-field-byline-original",),
    }
    body = "div.ap-story block"
    drop = (".ap-story-media-blk", "section.block", ".ap-tags-blk")


AP.layouts = (AP2023, APReact, APHosted)
