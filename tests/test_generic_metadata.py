"""Metadata of pages no adapter knows: the date where the markup declares none, and an outlet name
that is a fact (the site's own name or its host), never a guess from a copyright line."""

from __future__ import annotations

import datetime as dt

import mideast_statements as ms

PAGE = """<!doctype html><html><head><title>Harbour talks resume in Port Amsel</title>
{meta}</head><body><h1>Harbour talks resume in Port Amsel</h1>
<div class="publish-date">Published March 14, 2024</div>
<article>{paragraphs}</article>
<footer><p>Copyright 2014 Lorne Coast Media Group. All rights reserved.</p></footer></body></html>"""
PARAGRAPHS = "".join(
    f"<p>Paragraph {i} of the report: negotiators from both harbour towns met again on Thursday to discuss "
    f"the shared quay, the fishing quotas and the ferry timetable for the coming season.</p>"
    for i in range(6)
)


def test_a_date_only_the_page_text_gives_is_read_and_labelled() -> None:
    article = ms.parse(PAGE.format(meta="", paragraphs=PARAGRAPHS), url="https://lornecoast.example/talks")
    assert article.published == dt.date(2024, 3, 14)  # a day, no time: the page gives none
    assert article.provenance.fields["published"] == "htmldate"


def test_the_outlet_is_the_site_name_or_the_host_never_a_copyright_line() -> None:
    bare = ms.parse(PAGE.format(meta="", paragraphs=PARAGRAPHS), url="https://lornecoast.example/talks")
    assert bare.outlet.name == "lornecoast.example"
    named = '<meta property="og:site_name" content="Lorne Coast Daily">'
    article = ms.parse(PAGE.format(meta=named, paragraphs=PARAGRAPHS), url="https://lornecoast.example/talks")
    assert article.outlet.name == "Lorne Coast Daily"
