"""Flat tables for analysis: one row per statement, from a store or straight from inputs.

The columns (``COLUMNS``, documented in docs/corpus.md) are the same in CSV, JSON Lines, Parquet
and ``statements_frame``'s pandas DataFrame. Dates come in one form each, so that
``pd.to_datetime`` needs no options: ``published`` and ``date`` are ISO dates (YYYY-MM-DD),
``published_at`` an ISO date-time in UTC ending in Z, empty where the page gives no time. Failures
are never rows: a caller gets them apart. Parquet needs the ``parquet`` extra (pyarrow), the frame
the ``pandas`` extra.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import orjson

from .api import Failure
from .batch import Results, results_of
from .model import Statement
from .quotes import QUOTED_KINDS, QuoteIndex, statement_keys
from .serialize import converter
from .store import Store

__all__ = ["COLUMNS", "FORMATS", "export_rows", "rows_from_articles", "rows_from_store", "statements_frame"]

# name, Parquet/pandas type, what it holds
COLUMNS: tuple[tuple[str, str, str], ...] = (
    ("article_id", "string", "the article's id (stable: from its canonical URL, else its content)"),
    ("outlet_id", "string", "the adapter's outlet id, 'unknown' for the generic path"),
    ("outlet_name", "string", "the outlet's name (or the site's, on the generic path)"),
    ("url", "string", "the page's URL"),
    ("published", "date", "the article's publication date"),
    ("published_at", "timestamp", "publication time in UTC where the page gives one"),
    ("speaker_name", "string", "the speaker's fullest name in the article, as written when unnamed"),
    ("speaker_id", "string", "the speaker registry's id, where the speaker is in it"),
    ("speaker_role", "string", "the role the article gives the speaker"),
    ("speaker_organization", "string", "the organisation the article gives the speaker"),
    ("speaker_country", "string", "ISO 3166-1 alpha-2 of the state the speaker speaks for"),
    ("source_kind", "string", "person, organization or unnamed (anonymous and generic sources)"),
    ("kind", "string", "direct, indirect, mixed or act"),
    ("cue", "string", "the speech verb as written"),
    ("text", "string", "the statement's words, exactly as in the paragraph"),
    ("continuation", "string", "the second part of a split quotation"),
    ("date", "date", "the day the statement was made, where the article says"),
    ("topics", "string", "topics, separated by ';'"),
    ("paragraph", "int32", "the paragraph's index in the article"),
    ("start", "int32", "offset of the text in its paragraph"),
    ("end", "int32", "end offset of the text in its paragraph"),
    ("confidence", "float64", "the choice model's probability that speaker and words are right"),
    ("quote_id", "string", "the quotation's cluster: the same words of the same speaker in other reports"),
)
NAMES = tuple(name for name, _, _ in COLUMNS)
FORMATS = (".csv", ".jsonl", ".parquet")
# what a row takes from its article: id, outlet id and name, URL, publication moment
_ArticleFields = tuple[str, str | None, str | None, str | None, dt.date | dt.datetime | None]


def _row(article: _ArticleFields, statement: Statement, quote_id: str | None) -> dict[str, Any]:
    article_id, outlet_id, outlet_name, url, published = article
    day = published.date() if isinstance(published, dt.datetime) else published
    at = None
    if isinstance(published, dt.datetime) and published.tzinfo is not None:
        at = published.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    speaker = statement.speaker
    return {
        "article_id": article_id,
        "outlet_id": outlet_id,
        "outlet_name": outlet_name,
        "url": url,
        "published": day.isoformat() if day else None,
        "published_at": at,
        "speaker_name": speaker.name,
        "speaker_id": speaker.id,
        "speaker_role": speaker.role,
        "speaker_organization": speaker.organization,
        "speaker_country": speaker.country,
        "source_kind": speaker.kind,
        "kind": statement.kind,
        "cue": statement.cue,
        "text": statement.text,
        "continuation": statement.continuation,
        "date": statement.date.isoformat() if statement.date else None,
        "topics": ";".join(statement.topics),
        "paragraph": statement.paragraph,
        "start": statement.start,
        "end": statement.end,
        "confidence": statement.confidence,
        "quote_id": quote_id,
    }


def rows_from_articles(results: Results, failures: list[Failure] | None = None) -> Iterator[dict[str, Any]]:
    """Rows of the articles' statements, quotations clustered across them; failures go to ``failures``."""
    index = QuoteIndex()
    n = 0
    for result in results_of(results):
        if isinstance(result, Failure):
            if failures is not None:
                failures.append(result)
            continue
        fields = (result.id, result.outlet.id, result.outlet.name, result.url, result.published)
        for statement in result.statements:
            quote_id = None
            if statement.kind in QUOTED_KINDS:
                n += 1
                quote_id = index.assign_keys(statement_keys(statement), f"q{n}")
            yield _row(fields, statement, quote_id)


def rows_from_store(store: Store, **filters: Any) -> Iterator[dict[str, Any]]:
    """Rows of the store's statements (``filters`` as ``Store.statements`` takes them), made from
    the query's own columns: no article record is read again."""
    for found in store.statements(**filters):
        published = converter.structure(found.published, dt.datetime | dt.date | None)  # type: ignore[arg-type]
        fields = (found.article_id, found.outlet_id, found.outlet_name, found.url, published)
        yield _row(fields, found.statement, found.quote_id)


def export_rows(rows: Iterable[dict[str, Any]], target: str | Path) -> int:
    """Write rows to ``target`` (.csv, .jsonl or .parquet); returns how many were written."""
    target = Path(target)
    suffix = target.suffix.lower()
    if suffix not in FORMATS:
        raise ValueError(f"{target}: export writes {', '.join(FORMATS)} files")
    target.parent.mkdir(parents=True, exist_ok=True)
    if suffix == ".parquet":
        return _parquet(rows, target)
    count = 0
    with target.open("w", encoding="utf-8", newline="") as handle:
        if suffix == ".csv":
            writer = csv.DictWriter(handle, fieldnames=NAMES)
            writer.writeheader()
            for row in rows:
                writer.writerow(row)
                count += 1
        else:
            for row in rows:
                handle.write(orjson.dumps(row).decode("utf-8") + "\n")
                count += 1
    return count


def _arrow_schema() -> Any:
    import pyarrow as pa

    types = {
        "string": pa.string(),
        "date": pa.date32(),
        "timestamp": pa.timestamp("s", tz="UTC"),
        "int32": pa.int32(),
        "float64": pa.float64(),
    }
    return pa.schema([(name, types[kind]) for name, kind, _ in COLUMNS])


def _typed(row: dict[str, Any]) -> dict[str, Any]:
    out = dict(row)
    for name in ("published", "date"):
        out[name] = dt.date.fromisoformat(row[name]) if row[name] else None
    out["published_at"] = dt.datetime.fromisoformat(row["published_at"]) if row["published_at"] else None
    return out


def _parquet(rows: Iterable[dict[str, Any]], target: Path) -> int:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as exc:
        raise ImportError("Parquet export needs pyarrow: pip install 'mideast-statements[parquet]'") from exc
    schema = _arrow_schema()
    count = 0
    with pq.ParquetWriter(target, schema) as writer:
        batch: list[dict[str, Any]] = []
        for row in rows:
            batch.append(_typed(row))
            if len(batch) >= 10_000:  # written in row groups: memory stays flat on a large store
                writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                count += len(batch)
                batch = []
        if batch or count == 0:
            writer.write_table(pa.Table.from_pylist(batch, schema=schema))
            count += len(batch)
    return count


def statements_frame(source: Store | Results) -> Any:
    """A pandas DataFrame of statements, one row each, with the COLUMNS and their types (dates as
    datetime64, offsets as Int32, text as string), from a Store or from articles (``iter_articles``
    output included; failures are left out)."""
    try:
        import pandas as pd
    except ImportError as exc:
        raise ImportError("statements_frame needs pandas: pip install 'mideast-statements[pandas]'") from exc
    rows = rows_from_store(source) if isinstance(source, Store) else rows_from_articles(source)
    frame = pd.DataFrame.from_records(list(rows), columns=list(NAMES))
    for name, kind, _ in COLUMNS:
        if kind == "string":
            frame[name] = frame[name].astype("string")
        elif kind == "date":
            frame[name] = pd.to_datetime(frame[name])
        elif kind == "timestamp":
            frame[name] = pd.to_datetime(frame[name], utc=True)
        elif kind == "int32":
            frame[name] = frame[name].astype("Int32")
        else:
            frame[name] = frame[name].astype("float64")
    return frame
