"""One converter (cattrs) and one JSON codec (orjson) for every record; no per-class dict code."""

from __future__ import annotations

import datetime as dt
import json
from functools import cache
from importlib import resources
from typing import Any

import cattrs
import orjson

from .errors import RecordError
from .model import Article

__all__ = ["SCHEMA_VERSION", "converter", "dumps", "from_dict", "loads", "schema", "to_dict"]

# Bump the major part when a key changes meaning or goes away; the minor part when keys are added.
SCHEMA_VERSION = "1.6"


def _parse_moment(value: Any, _: object) -> dt.datetime | dt.date | None:
    """ISO 8601 back into a date (``2023-11-09``) or an aware datetime, as precise as written."""
    if value is None:
        return None
    if len(value) == 10:
        return dt.date.fromisoformat(value)
    return dt.datetime.fromisoformat(value)


def _parse_date(value: Any, _: object) -> dt.date | None:
    return None if value is None else dt.date.fromisoformat(value[:10])


def _make_converter() -> cattrs.Converter:
    conv = cattrs.Converter(forbid_extra_keys=False)
    conv.register_unstructure_hook(dt.datetime, lambda v: v.isoformat())
    conv.register_unstructure_hook(dt.date, lambda v: v.isoformat())
    conv.register_structure_hook(dt.datetime | dt.date | None, _parse_moment)
    conv.register_structure_hook(dt.date | None, _parse_date)
    return conv


converter = _make_converter()


def to_dict(article: Article) -> dict[str, Any]:
    """The record as plain JSON-ready data, ``schema_version`` first."""
    data: dict[str, Any] = {"schema_version": SCHEMA_VERSION}
    data.update(converter.unstructure(article))
    return data


def from_dict(data: dict[str, Any]) -> Article:
    """Rebuild an Article from ``to_dict`` output; RecordError when it does not fit the model."""
    if not isinstance(data, dict):
        raise RecordError(f"an article record is a JSON object, got {type(data).__name__}")
    version = str(data.get("schema_version", SCHEMA_VERSION))
    if version.split(".")[0] != SCHEMA_VERSION.split(".")[0]:
        raise RecordError(f"schema_version {version} is not readable by schema {SCHEMA_VERSION}")
    body = {k: v for k, v in data.items() if k != "schema_version"}
    try:
        return converter.structure(body, Article)
    except (cattrs.BaseValidationError, ValueError, TypeError, KeyError) as exc:
        raise RecordError(f"record does not fit the article model: {_explain(exc)}") from exc


def _explain(exc: BaseException) -> str:
    if isinstance(exc, cattrs.BaseValidationError):
        return "; ".join(cattrs.transform_error(exc))
    return str(exc)


def dumps(article: Article, *, indent: bool = False) -> bytes:
    """JSON bytes (UTF-8) of one article."""
    option = orjson.OPT_INDENT_2 if indent else 0
    return orjson.dumps(to_dict(article), option=option)


def loads(data: str | bytes) -> Article:
    try:
        parsed = orjson.loads(data)
    except orjson.JSONDecodeError as exc:
        raise RecordError(f"not JSON: {exc}") from exc
    return from_dict(parsed)


@cache
def schema() -> dict[str, Any]:
    """The JSON Schema of an article record, shipped inside the package."""
    text = resources.files("mideast_statements").joinpath("schema.json").read_text(encoding="utf-8")
    loaded: dict[str, Any] = json.loads(text)
    return loaded
