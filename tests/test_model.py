"""The core model: validators, conversions, and the JSON round trip."""

from __future__ import annotations

import datetime as dt

import attrs
import jsonschema
import pytest
from helpers import FIXTURES

import mideast_statements as ms
from mideast_statements.model import Outlet, Provenance, Speaker, Statement

OUTLET = Outlet(id="example", name="Example", domains=["example.org"], country="GB", language="en")
PROV = Provenance(adapter="generic", adapter_version="1", input_format="text", content_hash="sha256:" + "0" * 64)


def article(**changes: object) -> ms.Article:
    fields: dict[str, object] = {
        "id": "abc",
        "outlet": OUTLET,
        "provenance": PROV,
        "paragraphs": ["Envoy Dana Roe said on Monday that talks would resume.", "Second paragraph."],
    }
    fields.update(changes)
    return ms.Article(**fields)  # type: ignore[arg-type]


def test_records_are_frozen_and_lists_become_tuples() -> None:
    a = article(authors=["A. Writer"])
    assert a.authors == ("A. Writer",) and OUTLET.domains == ("example.org",)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        a.title = "changed"  # type: ignore[misc]


def test_naive_datetimes_are_refused_dates_and_aware_times_kept() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        article(published=dt.datetime(2024, 1, 2, 3, 4))
    assert article(published=dt.date(2024, 1, 2)).published == dt.date(2024, 1, 2)


def test_statement_offsets_must_hold() -> None:
    speaker = Speaker(name="Dana Roe", role="Envoy")
    text = "talks would resume"
    start = article().paragraphs[0].index(text)
    good = Statement(speaker=speaker, text=text, kind="indirect", paragraph=0, start=start, end=start + len(text))
    assert article(statements=[good]).statements == (good,)
    shifted = attrs.evolve(good, start=start + 1, end=start + 1 + len(text))
    with pytest.raises(ValueError, match="offsets"):
        article(statements=[shifted])
    with pytest.raises(ValueError):
        Statement(speaker=speaker, text=text, kind="rumour", paragraph=0, start=0, end=len(text))  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        Statement(speaker=speaker, text=text, kind="direct", paragraph=0, start=0, end=3)


def test_invalid_identity_values_are_refused() -> None:
    with pytest.raises(ValueError):
        Outlet(id="Has Spaces", name="x")
    with pytest.raises(ValueError):
        Speaker(name="X", country="russia")
    with pytest.raises(ValueError):
        article(paragraphs=["", "  "])


def test_round_trip_with_statements_and_times() -> None:
    text = "talks would resume"
    start = article().paragraphs[0].index(text)
    statement = Statement(
        speaker=Speaker(name="Dana Roe", role="Envoy", organization="Harbour Council", country="GB"),
        text=text,
        kind="indirect",
        cue="said",
        date=dt.date(2024, 3, 4),
        topics=["negotiations"],
        paragraph=0,
        start=start,
        end=start + len(text),
    )
    tz = dt.timezone(dt.timedelta(hours=3))
    a = article(
        statements=[statement],
        published=dt.datetime(2024, 3, 4, 10, 30, tzinfo=tz),
        updated=dt.date(2024, 3, 5),
        title="Title",
        authors=["A", "B"],
        captions=["A caption"],
    )
    data = a.to_dict()
    assert data["schema_version"] == ms.SCHEMA_VERSION
    assert data["published"] == "2024-03-04T10:30:00+03:00" and data["updated"] == "2024-03-05"
    assert data["statements"][0]["speaker"] == {
        "name": "Dana Roe",
        "kind": None,
        "role": "Envoy",
        "organization": "Harbour Council",
        "country": "GB",
        "id": None,
        "aliases": [],
    }
    jsonschema.validate(data, ms.schema())
    assert ms.Article.from_dict(data) == a
    assert ms.Article.from_json(a.to_json()) == a
    assert ms.loads(ms.dumps(a, indent=True)) == a


def test_bad_records_raise_record_error() -> None:
    with pytest.raises(ms.RecordError):
        ms.loads(b"{not json")
    with pytest.raises(ms.RecordError):
        ms.from_dict({"schema_version": "1.0", "id": "x"})
    data = article().to_dict()
    data["schema_version"] = "2.0"
    with pytest.raises(ms.RecordError, match="schema_version"):
        ms.from_dict(data)
    data = article().to_dict()
    data["published"] = "2024-01-02T03:04:05"  # naive
    with pytest.raises(ms.RecordError):
        ms.from_dict(data)


def test_json_contract_keys() -> None:
    a = ms.parse_file(FIXTURES / "rt" / "text-dump" / "input.txt")
    data = a.to_dict()
    for key in (
        "schema_version",
        "id",
        "outlet",
        "url",
        "title",
        "subtitle",
        "section",
        "published",
        "authors",
        "source_agency",
        "language",
        "paragraphs",
        "statements",
        "provenance",
    ):
        assert key in data
    assert set(data["outlet"]) >= {"id", "name"}
    assert a.statements  # the fixture page quotes its sources
    statement = data["statements"][0]
    assert {"speaker", "text", "kind", "paragraph", "start", "end", "cue", "date", "topics", "continuation"} <= set(
        statement
    )


def test_ids_are_stable_and_follow_the_url() -> None:
    html = (FIXTURES / "rt" / "html-article" / "input.html").read_bytes()
    a = ms.parse(html, "https://www.rt.com/news/600123-marovia-envoy-walks-out/?utm_source=feed#top")
    b = ms.parse(html, "https://rt.com/news/600123-marovia-envoy-walks-out")
    assert a.id == b.id
    text = (FIXTURES / "rt" / "text-dump" / "input.txt").read_text(encoding="utf-8")
    assert ms.parse(text).id == ms.parse(text.encode()).id != a.id
