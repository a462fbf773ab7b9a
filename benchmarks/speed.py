"""CPU time of the whole pipeline against trafilatura and the lxml parse floor, as ratios.

    python benchmarks/speed.py [--passes 3] [--set aeb]

One process; every callable gets the page's raw bytes; for each page the callables are taken in
turn (the order rotates from page to page), each pass sums CPU time (``time.process_time``) per
callable, and the figure is the median over passes. The machine is shared: read the ratios, not
the seconds. Printed: each callable's time relative to ``bare_extraction(with_metadata=True)``
(what trafilatura spends on body and metadata) and to ``lxml.html.fromstring`` (the floor: one
parse of the page), the route that read each body (an outlet adapter's selectors, our own
main-content step, or trafilatura) with its share of the pages, and statement words per second.
"""

from __future__ import annotations

import argparse
import gzip
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import lxml.html
import trafilatura

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import mideast_statements as ms
from benchmarks.corpus import corpus_dir
from mideast_statements.statements import extract_statements

Callables = dict[str, Callable[[bytes], object]]


def _quiet(call: Callable[[bytes], object]) -> Callable[[bytes], object]:
    def run(data: bytes) -> object:
        try:
            return call(data)
        except Exception:  # a failure costs its time like a success; the figures are times only
            return None

    return run


CALLABLES: Callables = {
    "ms.parse": _quiet(lambda d: ms.parse(d)),
    "ms.parse(statements=False)": _quiet(lambda d: ms.parse(d, statements=False)),
    "trafilatura.extract": _quiet(lambda d: trafilatura.extract(d)),
    "trafilatura.extract(fast=True)": _quiet(lambda d: trafilatura.extract(d, fast=True)),
    "bare_extraction(with_metadata=True)": _quiet(lambda d: trafilatura.bare_extraction(d, with_metadata=True)),
    "lxml.html.fromstring": _quiet(lambda d: lxml.html.fromstring(d)),
}
REFERENCE, FLOOR = "bare_extraction(with_metadata=True)", "lxml.html.fromstring"


def pages(name: str) -> list[bytes]:
    corpus = corpus_dir()
    folder = corpus / name / "html" if corpus else None
    if folder is None or not folder.is_dir():
        return []
    return [gzip.decompress(p.read_bytes()) if p.suffix == ".gz" else p.read_bytes() for p in sorted(folder.iterdir())]


def one_pass(data: list[bytes], callables: Callables, shift: int) -> dict[str, float]:
    names = list(callables)
    spent = dict.fromkeys(names, 0.0)
    for index, page in enumerate(data):
        turn = (index + shift) % len(names)
        for name in names[turn:] + names[:turn]:
            start = time.process_time()
            callables[name](page)
            spent[name] += time.process_time() - start
    return spent


def routes_and_bodies(data: list[bytes]) -> tuple[Counter[str], list[tuple[str, ...]]]:
    """Which path read each body (an adapter's selectors, our own step, or trafilatura), and the bodies."""
    found: Counter[str] = Counter()
    bodies = []
    for page in data:
        try:
            article = ms.parse(page, statements=False)
        except ms.MideastStatementsError:
            found["failed"] += 1
            continue
        source = article.provenance.fields.get("paragraphs", "")
        kind = "trafilatura" if source == "trafilatura" else "own step" if source.startswith("own") else "adapter"
        found[kind] += 1
        bodies.append(article.paragraphs)
    return found, bodies


def statement_speed(bodies: list[tuple[str, ...]]) -> float:
    start = time.process_time()
    for body in bodies:
        extract_statements(body)
    return sum(len(p.split()) for body in bodies for p in body) / max(time.process_time() - start, 1e-9)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--passes", type=int, default=3)
    parser.add_argument("--set", default="aeb", help="a folder of ../shared/corpus with html/ (aeb, wceb-dev)")
    args = parser.parse_args(argv)
    data = pages(args.set)
    if not data:
        print("the shared corpus is absent: nothing to measure")
        return 0
    one_pass(data[:5], CALLABLES, 0)  # warm-up: adapters, models and trafilatura's settings load once
    runs = [one_pass(data, CALLABLES, shift) for shift in range(args.passes)]
    median = {name: statistics.median(run[name] for run in runs) for name in CALLABLES}
    print(f"{len(data)} pages of {args.set}, median of {args.passes} passes, CPU time as ratios")
    print(f"{'callable':38s} {'vs bare_extraction':>20s} {'vs lxml parse':>14s}")
    for name, seconds in median.items():
        print(f"{name:38s} {seconds / median[REFERENCE]:19.2f}× {seconds / median[FLOOR]:13.1f}×")
    read, bodies = routes_and_bodies(data)
    shares = ", ".join(f"{kind} {n} ({n / len(data):.0%})" for kind, n in read.most_common())
    print(f"bodies read by: {shares}")
    print(f"statements: {statement_speed(bodies):,.0f} words/s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
