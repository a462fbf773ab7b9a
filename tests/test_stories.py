"""Syndication: one story_id for a wire story wherever it is republished."""

from __future__ import annotations

from helpers import fixture_cases, input_of, meta_of

import mideast_statements as ms
from mideast_statements.stories import body_similarity, group_stories, story_key

LEAD = (
    "PORT SELAN, Marovia (AP) — Negotiators from Marovia and Kestrel Bay returned to the table on Wednesday "
    "for a fourth round of talks on the harbour, officials said, as both sides traded lists of detainees."
)
REST = ["The talks are expected to last three days.", "Mediators said the atmosphere was calm."]


def test_the_wire_story_and_its_republished_copy_share_a_story_id() -> None:
    cases = {f"{c.parent.name}/{c.name}": c for c in fixture_cases()}
    ids = {
        name: ms.parse_file(input_of(cases[name]), meta_of(cases[name]).get("url")).story_id
        for name in ("ap/html-article", "ap/text-dump", "arabnews/html-ap-wire", "arabnews/html-article")
    }
    assert ids["ap/html-article"] is not None
    assert ids["ap/html-article"] == ids["ap/text-dump"] == ids["arabnews/html-ap-wire"]
    assert ids["arabnews/html-article"] != ids["ap/html-article"]


def test_a_key_survives_new_datelines_trims_and_furniture_but_not_a_new_story() -> None:
    key = story_key([LEAD, *REST])
    assert key is not None and key.startswith("story:")
    assert story_key([LEAD.replace("PORT SELAN, Marovia (AP) —", "PORT SELAN (AP) -"), REST[0]]) == key
    assert story_key([LEAD.replace("(AP) —", "(AFP) --")]) == key
    assert story_key([LEAD.replace("fourth", "fifth"), *REST]) != key
    assert story_key(["Too short to tell stories apart."]) is None


def test_group_stories_joins_rewritten_leads_by_shared_text() -> None:
    body = [LEAD, *REST, "Both delegations will report to their capitals on Friday before a final session."]
    rewritten = ["Talks resumed in Port Selan on Wednesday.", *body[1:], LEAD.split("—", 1)[1]]
    other = ["Castavia's central bank kept its main rate unchanged on Tuesday, citing the cost of fuel subsidies."]
    a, b, c = (ms.parse("\n".join(p)) for p in (body, rewritten, other))
    assert a.story_id != b.story_id
    assert body_similarity(a, b) > 0.6 > body_similarity(a, c)
    groups = group_stories([a, c, b])
    assert [len(g) for g in groups] == [2, 1] and groups[0] == [a, b]
