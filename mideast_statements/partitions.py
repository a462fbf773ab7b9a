"""Work on one partition of a corpus: the functions a Dask bag (or any other scheduler) maps over
lists of paths. Each takes a list of inputs (files, folders, WARC files) and returns plain data,
so that it pickles to and from workers; nothing in them needs Dask.

- ``records(paths)``: one JSON-ready record per input — the article's ``to_dict``, or a failure
  record ``{"source", "error": {"type", "message"}}`` — N in, N out.
- ``statement_rows(paths)``: the flat statement rows of ``export`` (quotations clustered within
  the partition; a store built from all partitions clusters across them).
- ``store_partition(paths, db)``: the partition into its own store file, to be merged later with
  ``merge_stores``: one store per partition means no two workers write the same SQLite file.

docs/corpus.md shows how these map onto a cluster (CC-NEWS WARC files as the partitions).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from .api import Failure
from .batch import iter_articles
from .export import rows_from_articles
from .serialize import to_dict
from .store import Store

__all__ = ["merge_stores", "records", "statement_rows", "store_partition"]


def records(paths: Sequence[str | Path], **options: Any) -> list[dict[str, Any]]:
    """Every input's record (article or failure), in input order."""
    return [r.to_dict() if isinstance(r, Failure) else to_dict(r) for _, r in iter_articles(paths, **options)]


def statement_rows(paths: Sequence[str | Path], **options: Any) -> list[dict[str, Any]]:
    """The statements of the inputs as export rows (failures are no rows)."""
    return list(rows_from_articles(iter_articles(paths, **options)))


def store_partition(paths: Sequence[str | Path], db: str | Path, **options: Any) -> dict[str, int]:
    """Store the inputs in ``db`` (a file of this partition's own); returns the store's counts."""
    with Store(db) as store:
        store.add(iter_articles(paths, **options))
        return store.counts()


def merge_stores(target: str | Path, parts: Iterable[str | Path]) -> dict[str, int]:
    """Add every article and failure of the ``parts`` stores to ``target``: the same input is
    stored once, and quotations are clustered across the whole corpus as they arrive."""
    with Store(target) as store:
        for part in parts:
            with Store(part, readonly=True) as source:
                store.add(source.articles())
                store.add(source.failures())
        return store.counts()
