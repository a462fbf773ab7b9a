"""Parsing from many threads at once gives the records one thread gives (each thread has its own
HTML parser; the packaged data is loaded once and only read)."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

from helpers import FIXTURES

import mideast_statements as ms


def test_threads_give_the_same_records_as_one_thread() -> None:
    pages = [p.read_bytes() for p in sorted(FIXTURES.glob("*/*/input.*"))]
    alone = [ms.to_dict(ms.parse(page)) for page in pages]
    with ThreadPoolExecutor(6) as pool:
        together = list(pool.map(lambda page: ms.to_dict(ms.parse(page)), pages * 3))
    assert together == alone * 3
