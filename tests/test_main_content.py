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


def test_a_block_well_ahead_of_any_other_is_read_though_it_holds_under_most_of_the_text() -> None:
    story = "".join(f"<p>{s}</p>" for s in SENTENCES[:6])
    boxes = "".join(f"<div><p>Read the weekly shipping bulletin number {i} from our desk.</p></div>" for i in range(9))
    article = ms.parse(_page(f'<div class="story">{story}</div>{boxes}'))
    assert article.provenance.fields["paragraphs"] == "own:scored"
    assert list(article.paragraphs) == SENTENCES[:6]


def test_comments_and_teasers_cut_off_with_an_ellipsis_do_not_count_as_the_body() -> None:
    story = "".join(f"<p>{s}</p>" for s in SENTENCES[:6])
    said = "I travelled on the night ferry last week and the crossing was calm and on time"
    comments = "".join(f"<p>{said}, reader {i} wrote.</p>" for i in range(12))
    cut = "the port's new cranes were unloaded on a windy morning and …"
    teasers = "".join(f"<p>Story {i}: {cut}</p>" for i in range(12))
    for box in (f'<div id="comments">{comments}</div>', f"<div>{teasers}</div>"):
        article = ms.parse(_page(f'<div class="story">{story}</div>{box}'))
        assert article.provenance.fields["paragraphs"] == "own:scored"
        assert list(article.paragraphs) == SENTENCES[:6]


def test_text_written_straight_into_a_block_with_line_breaks_is_read_by_our_own_step() -> None:
    post = "<br><br>".join(SENTENCES[:8])
    article = ms.parse(_page(f'<div class="post">{post}</div><div class="side"><p>Archive</p></div>'))
    assert article.provenance.fields["paragraphs"] == "own:scored"
    assert list(article.paragraphs) == SENTENCES[:8]


def test_a_body_split_into_blocks_of_one_class_is_read_whole() -> None:
    parts = [SENTENCES[0:4], SENTENCES[4:8], SENTENCES[8:12]]
    blocks = '<figure><img src="x.jpg"></figure>'.join(
        '<div class="post-part"><div>' + "".join(f"<p>{s}</p>" for s in part) + "</div></div>" for part in parts
    )
    article = ms.parse(_page(f"<div>{blocks}</div>"))
    assert article.provenance.fields["paragraphs"] == "own:scored"
    assert list(article.paragraphs) == SENTENCES


def test_boxes_inside_the_body_block_and_scripts_inside_paragraphs_are_not_read() -> None:
    story = "".join(f"<p>{s}</p>" for s in SENTENCES[:8])
    script = "<p><script>var tracker = {id: 'x'};</script>Filed from the harbour office.</p>"
    box = '<div class="related-links"><p>Ferries: more stories from our desk about the harbour and its crews</p></div>'
    article = ms.parse(_page(f'<div class="story">{story}{box}{script}</div>'))
    assert article.provenance.fields["paragraphs"] == "own:scored"
    assert list(article.paragraphs) == [*SENTENCES[:8], "Filed from the harbour office."]


def test_a_code_block_in_the_body_is_read_with_it() -> None:
    story = "".join(f"<p>{s}</p>" for s in SENTENCES[:6])
    article = ms.parse(_page(f'<div class="story">{story}<pre>ferries = timetable("winter")</pre></div>'))
    assert article.provenance.fields["paragraphs"] == "own:scored"
    assert list(article.paragraphs) == [*SENTENCES[:6], 'ferries = timetable("winter")']
