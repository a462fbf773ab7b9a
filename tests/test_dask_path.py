"""The documented Dask path (examples/dask_corpus.py) on a LocalCluster of two worker processes:
N inputs in, N records out; the statements table and the merged store agree with a serial run."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from helpers import FIXTURES, ROOT, load_script

import mideast_statements as ms
from mideast_statements.store import Store

distributed = pytest.importorskip("distributed")  # the `dask` extra; .ci/run installs it
pytest.importorskip("pyarrow")


def _example() -> Any:
    return load_script(ROOT / "examples" / "dask_corpus.py")


def test_two_workers_read_the_fixtures_n_in_n_out(tmp_path: Path) -> None:
    pd = pytest.importorskip("pandas")
    example = _example()
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None)
    with cluster, distributed.Client(cluster) as client:
        assert len(client.scheduler_info()["workers"]) == 2
        figures = example.run([str(FIXTURES)], tmp_path, client, partitions=6)
    serial = list(ms.iter_articles([FIXTURES]))
    assert figures["inputs"] == figures["records"] == len(serial)
    statements = sum(len(r.statements) for _, r in serial if isinstance(r, ms.Article))
    assert figures["statements"] == statements == len(pd.read_parquet(tmp_path / "statements.parquet"))
    with Store(tmp_path / "corpus.db", readonly=True) as store:
        assert store.counts()["articles"] == sum(isinstance(r, ms.Article) for _, r in serial)
        assert store.counts()["statements"] == statements
