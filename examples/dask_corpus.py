#!/usr/bin/env python3
"""A corpus on a Dask cluster: files or WARC files in, one Parquet table of statements and one
merged store out.

python examples/dask_corpus.py fixtures --out out/dask --workers 2

Inputs are files, folders and WARC files. Without ``--scheduler ADDRESS`` a LocalCluster of
``--workers`` processes runs on this machine; with it, the same code runs on a real cluster
(``dask scheduler`` + ``dask worker`` on each node, or a Kubernetes / SLURM / YARN deployment).
Each input file is one bag element; a WARC file of CC-NEWS (about 1 GB, tens of thousands of
pages) is a natural partition. Needs the ``dask`` extra (and ``parquet`` for the table):
pip install 'mideast-statements[dask,parquet,warc]'.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import dask.bag as db
from dask.distributed import Client, LocalCluster

from mideast_statements.api import expand_paths
from mideast_statements.export import export_rows
from mideast_statements.partitions import merge_stores, records, statement_rows, store_partition


def run(inputs: list[str], out: Path, client: Client, partitions: int) -> dict[str, object]:
    files = [str(p) for p in expand_paths(inputs)]
    bag = db.from_sequence(files, npartitions=max(1, min(partitions, len(files))))
    # 1. records: N inputs in, N records (articles or failures) out
    all_records = bag.map_partitions(records).compute()
    # 2. statements as one table (rows come back to this process here; on a large corpus write
    #    one Parquet file per partition instead: bag.map_partitions(...).to_dataframe().to_parquet)
    rows = bag.map_partitions(statement_rows).compute()
    out.mkdir(parents=True, exist_ok=True)
    written = export_rows(rows, out / "statements.parquet")
    # 3. one store per partition, written on the workers, merged here
    parts = bag.map_partitions(lambda paths: [(store_partition(paths, _part_path(out, paths)), _part_path(out, paths))])
    stores = [path for _, path in parts.compute()]
    merged = merge_stores(out / "corpus.db", stores)
    return {"inputs": len(files), "records": len(all_records), "statements": written, "store": merged}


def _part_path(out: Path, paths: list[str]) -> str:
    # a partition's store is named after its first input: stable across re-runs, unique per partition
    import hashlib

    digest = hashlib.sha256("\n".join(paths).encode()).hexdigest()[:12]
    return str(out / f"part-{digest}.db")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("inputs", nargs="+")
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--scheduler", help="a running scheduler's address (default: a LocalCluster here)")
    args = ap.parse_args()
    if args.scheduler:
        client = Client(args.scheduler)
    else:
        client = Client(LocalCluster(n_workers=args.workers, threads_per_worker=1, dashboard_address=None))
    with client:
        print(run(args.inputs, args.out, client, partitions=args.workers * 4))


if __name__ == "__main__":
    main()
