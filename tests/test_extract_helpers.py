"""The small helpers adapters compose: dates, bylines, line rules, text dumps."""

from __future__ import annotations

import datetime as dt

import pytest

from mideast_statements.extract.authors import clean_authors
from mideast_statements.extract.dates import parse_moment
from mideast_statements.extract.lines import LineRules, clean_paragraphs, drop_pull_quotes
from mideast_statements.extract.textdump import read_dump

UTC = dt.UTC


@pytest.mark.parametrize(
    ("text", "zone", "expected"),
    [
        ("2019-11-20T05:47:00+00:00", None, dt.datetime(2019, 11, 20, 5, 47, tzinfo=UTC)),
        ("2019-11-20", None, dt.date(2019, 11, 20)),
        ("Published 9 November 2023", None, dt.date(2023, 11, 9)),
        ("05.04.2025 - Update : 05.04.2025", None, dt.date(2025, 4, 5)),  # day.month.year
        ("20 Nov 2019 08:00 GMT", None, dt.datetime(2019, 11, 20, 8, 0, tzinfo=UTC)),
        (
            "Nov. 20, 2019 6:02 AM EST",
            None,
            dt.datetime(2019, 11, 20, 6, 2, tzinfo=dt.timezone(dt.timedelta(hours=-5))),
        ),
        ("20 Nov, 2019 05:47", None, dt.date(2019, 11, 20)),  # a time with no zone: only the date is sure
        ("Nov 20 2019 10:00 IST", "Europe/Istanbul", dt.date(2019, 11, 20)),  # a zone we cannot place
        ("yesterday", None, None),
        ("", None, None),
        ("Last update :", None, None),
        # no value is invented: a year or a month alone is no date, nor is a day that does not exist
        ("2023", None, None),
        ("Nov 2023", None, None),
        ("Updated 2023", None, None),
        ("November 2023 10:00 GMT", None, None),
        ("2023-02-31", None, None),
        ("31 February 2023", None, None),
        ("November 7, 2023", None, dt.date(2023, 11, 7)),
        ("2023-11-07T10:00:00+25:00", None, dt.date(2023, 11, 7)),  # no such offset: the day stays
    ],
)
def test_parse_moment(text: str, zone: str | None, expected: object) -> None:
    assert parse_moment(text, timezone=zone) == expected


def test_outlet_zone_makes_local_times_aware() -> None:
    moment = parse_moment("2026-04-20T14:09:42.493", timezone="Europe/Istanbul")
    assert isinstance(moment, dt.datetime) and moment.utcoffset() == dt.timedelta(hours=3)


def test_clean_authors() -> None:
    assert clean_authors(["By DANICA KIRKA and JILL LAWLESS"]) == ["DANICA KIRKA", "JILL LAWLESS"]
    assert clean_authors(["Editor : Kevser Erbay"]) == ["Kevser Erbay"]
    # an author-follow widget printed inside the byline element is no part of the name
    widget = "Noa Tessler NEW! Get email alerts when this author publishes a new article You will receive"
    assert clean_authors([widget]) == ["Noa Tessler"]
    assert clean_authors(["Ilan Marrow Follow on X"]) == ["Ilan Marrow"]
    assert clean_authors(["RT", "https://x.com/a", "Mara Lindqvist"], organisations=["RT"]) == ["Mara Lindqvist"]
    assert clean_authors(["Ana Reyes", "ana reyes"]) == ["Ana Reyes"]
    assert clean_authors(["By Mara Lindqvist, Lorne"]) == ["Mara Lindqvist"]
    assert clean_authors(["Caroline Example, BBC diplomatic correspondent"]) == ["Caroline Example"]


def test_line_rules_drop_furniture_and_keep_credits_and_captions() -> None:
    rules = LineRules.build(end=[r"most read news"])
    cleaned = clean_paragraphs(
        [
            "Share this",
            "The envoy arrived on Monday and met the council for two hours.",
            "RELATED:",
            "A linked headline about something else",
            "Delegates arrive. | Photo: Harbour Wire",
            "The talks resume on Tuesday, officials said.",
            "Source: Anadolu Agency",
            "Most Read News",
            "Another story entirely",
        ],
        rules,
    )
    assert cleaned.paragraphs == [
        "The envoy arrived on Monday and met the council for two hours.",
        "The talks resume on Tuesday, officials said.",
    ]
    assert cleaned.captions == ["Delegates arrive. | Photo: Harbour Wire"]
    assert cleaned.source_agency == "Anadolu Agency"


def test_a_related_box_inside_the_body_is_furniture_and_short_prose_after_it_stays() -> None:
    body = [f"Ferry crews in Port Selan worked a double shift on day {i} to clear the backlog." for i in range(6)]
    teasers = ["Cranes arrive at the new quay", "Winter timetable published"]
    cleaned = clean_paragraphs([body[0], "Related articles", *body[1:]], LineRules.build())
    assert cleaned.paragraphs == body  # sentences of 15 words after the mark: still the article
    cleaned = clean_paragraphs([*body, "Related articles", *teasers], LineRules.build())
    assert cleaned.paragraphs == body  # headlines after it: the body has ended


def test_pull_quotes_and_quote_crossheads_go_body_quotes_stay() -> None:
    body = [
        '"The harbour must not become a front line," the minister said.',
        'On Friday he spoke. "The harbour must not become a front line. Fishermen are not combatants," he said.',
        '"Fishermen are not combatants"',
        '"We will answer within a week," the mayor said.',
    ]
    assert drop_pull_quotes(body) == [body[1], body[3]]


def test_read_dump_header_summary_and_credit() -> None:
    lines = [
        "Mediators arrive in the capital",
        "Politics  |",
        "Editor : Deniz Akay",
        "| Last update :",
        "Mediators from three states arrived on Monday.",
        "Mediators arrive in the capital",
        "They met the foreign minister and toured the venue.",
        "Source: Anadolu Agency",
    ]
    dump = read_dump(lines, LineRules.build())
    assert (dump.title, dump.section, dump.authors) == ("Mediators arrive in the capital", "Politics", ["Deniz Akay"])
    assert dump.subtitle == "Mediators from three states arrived on Monday."
    assert dump.paragraphs == ["They met the foreign minister and toured the venue."]
    assert dump.source_agency == "Anadolu Agency"


def test_a_dump_that_opens_with_a_sentence_has_no_title() -> None:
    dump = read_dump(["The minister affirmed that talks would resume.", "He spoke in the capital."], LineRules.build())
    assert dump.title is None and len(dump.paragraphs) == 2


def test_body_lines_keep_their_characters() -> None:
    line = "Mohamed Example, the prime minister,\u00a0 condemned the decision."
    dump = read_dump(["Headline here", line], LineRules.build())
    assert dump.paragraphs == [line]


EN = "The minister said on Tuesday that the talks in the port would resume, and that the crossing was open. "
TR = (
    "Bakan salı günü limandaki görüşmelerin yeniden başlayacağını ve geçişin açık olduğunu söyledi. "
    "Bu da çok önemli bir adım olarak görülüyor ve daha sonra ele alınacak. "
)
RU = (
    "Министр заявил во вторник, что переговоры в порту возобновятся и что переход открыт, но это не так. "
    "Он сказал, что это для его страны важно. "
)
AR = (
    "قال الوزير يوم الثلاثاء إن المحادثات في الميناء ستستأنف وإن المعبر مفتوح، "
    "وهذا ما أكده في بيان بعد الاجتماع الذي عقد مع الوفد. "
)


@pytest.mark.parametrize(
    ("text", "expected"), [(EN * 3, "en"), (TR * 2, "tr"), (RU * 2, "ru"), (AR * 2, "ar"), ("Short.", None)]
)
def test_the_language_is_read_from_the_words(text: str, expected: str | None) -> None:
    from mideast_statements.extract.language import detect_language

    assert detect_language([text]) == expected
