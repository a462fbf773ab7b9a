"""Our own main-content step: a marked body container is read directly, and anything unsure is
left to trafilatura (the record says which path read the body)."""

from __future__ import annotations

import mideast_statements as ms

SENTENCES = [
    f"The harbour authority in Port Selan said on day {i} that ferries would run on the winter timetable."
    for i in range(12)
]


def _page(body: str) -> str:
    nav = "".join(f'<li><a href="/s{i}">Section {i}</a></li>' for i in range(8))
    return f"<html><head><title>Ferries</title></head><body><nav><ul>{nav}</ul></nav>{body}</body></html>"


def test_a_marked_body_container_is_read_by_our_own_step() -> None:
    body = "".join(f"<p>{s}</p>" for s in SENTENCES)
    article = ms.parse(_page(f'<div itemprop="articleBody">{body}<aside><p>Most read today</p></aside></div>'))
    assert article.provenance.fields["paragraphs"] == "own:[itemprop=articleBody]"
    assert list(article.paragraphs) == SENTENCES  # the aside inside the container is furniture


def test_a_container_whose_text_sits_outside_paragraphs_is_left_to_trafilatura() -> None:
    loose = "".join(f"<div>{s}</div>" for s in SENTENCES)
    article = ms.parse(_page(f'<div class="article-body"><p>{SENTENCES[0]}</p>{loose}</div>'))
    assert article.provenance.fields["paragraphs"] == "trafilatura"


def test_a_container_holding_a_small_part_of_the_page_is_not_taken_for_the_body() -> None:
    rest = "".join(f"<p>{s}</p>" for s in SENTENCES[2:])
    article = ms.parse(_page(f'<div class="article-body"><p>{SENTENCES[0]}</p></div><div>{rest}</div>'))
    assert article.provenance.fields["paragraphs"] == "own:scored"  # the block that holds most of the text
    assert list(article.paragraphs) == SENTENCES[2:]


def test_without_a_container_the_block_holding_the_text_is_read_and_a_split_page_left_to_trafilatura() -> None:
    pairs = "".join(f"<section><p>{SENTENCES[i]}</p><p>{SENTENCES[i + 1]}</p></section>" for i in range(0, 12, 2))
    article = ms.parse(_page(pairs))
    assert article.provenance.fields["paragraphs"] == "trafilatura"  # no block short of <body> holds most
    whole = "".join(f"<p>{s}</p>" for s in SENTENCES)
    article = ms.parse(_page(f'<div class="story">{whole}</div><div class="more"><p>{SENTENCES[0]}</p></div>'))
    assert article.provenance.fields["paragraphs"] == "own:scored"
