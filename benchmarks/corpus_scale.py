#!/usr/bin/env python3
"""Corpus-scale figures: parallel speed-up, peak memory of a long run, quotation clustering at 100k.

    python benchmarks/corpus_scale.py [--docs 2000] [--quotes 100000] [--rounds 3]

1. Speed-up: the 181 aeb pages (cycled to --docs/10 inputs) read by ``iter_articles`` with one
   process and with two, taken in turn for --rounds rounds; the median of the wall-time ratios is
   printed (wall time, since the work is in child processes; the machine is shared, so read the
   ratio, and expect it to fall short of 2 when another job holds a core).
2. Memory: --docs inputs (the 181 pages cycled) through ``iter_articles(workers=2)``, results
   consumed as a corpus run does; the peak resident set of the main process and of the largest
   worker is printed (``getrusage``), and whether it stays under 300 MiB.
3. Quotations: --quotes synthetic statements (1,000 speakers; a third of them reports of an earlier
   quotation, trimmed at either end or with a word changed) clustered by ``QuoteIndex``; CPU time,
   and how many reports joined their quotation and how many new quotations joined nothing.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import mideast_statements as ms
from benchmarks.corpus import corpus_dir
from mideast_statements.quotes import QuoteIndex

LIMIT_MIB = 300


def _pages() -> list[Path]:
    corpus = corpus_dir()
    folder = corpus / "aeb" / "html" if corpus else None
    if folder is None or not folder.is_dir():
        return sorted((Path(__file__).resolve().parents[1] / "fixtures").glob("*/html-*/input.html"))
    return sorted(folder.glob("*.html.gz"))


def _consume(paths: list[Path], workers: int) -> tuple[float, int]:
    started = time.perf_counter()
    count = sum(1 for _ in ms.iter_articles(paths, workers=workers, time_budget=60))
    return time.perf_counter() - started, count


def speedup(pages: list[Path], docs: int, rounds: int) -> None:
    paths = [pages[i % len(pages)] for i in range(max(len(pages), docs // 10))]
    ratios = []
    for r in range(rounds):
        order = (1, 2) if r % 2 == 0 else (2, 1)
        times = {}
        for workers in order:
            times[workers], count = _consume(paths, workers)
            assert count == len(paths), "N in, N out"
        ratios.append(times[1] / times[2])
    print(f"speed-up, 2 processes vs 1 on {len(paths)} inputs: {statistics.median(ratios):.2f}x (median of {rounds})")


def memory(pages: list[Path], docs: int) -> None:
    paths = (pages[i % len(pages)] for i in range(docs))
    started = time.perf_counter()
    count = failed = 0
    sampled = 0.0
    for _, result in ms.iter_articles(paths, workers=2, time_budget=60):
        count += 1
        failed += isinstance(result, ms.Failure)
        if count % 500 == 0:
            sampled = max(sampled, _children_peak())
    main = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    # the workers have exited and been reaped: RUSAGE_CHILDREN holds the largest one's peak
    worker = max(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024, sampled)
    verdict = "under" if max(main, worker) < LIMIT_MIB else "OVER"
    print(
        f"memory, {count} inputs with -j 2 ({failed} failures) in {time.perf_counter() - started:.0f} s: "
        f"peak RSS main {main:.0f} MiB, largest worker {worker:.0f} MiB ({verdict} {LIMIT_MIB} MiB)"
    )


def _children_peak() -> float:
    """The largest peak RSS (VmHWM, MiB) among this process's living children (Linux /proc)."""
    peak = 0.0
    for status in Path("/proc").glob("[0-9]*/status"):
        try:
            fields = dict(line.split(":", 1) for line in status.read_text().splitlines() if ":" in line)
        except OSError:
            continue
        if fields.get("PPid", "").strip() == str(os.getpid()) and "VmHWM" in fields:
            peak = max(peak, int(fields["VmHWM"].split()[0]) / 1024)
    return peak


def quotes(n: int, seed: int = 2026) -> None:
    rng = random.Random(seed)
    vocabulary = [f"w{i}" for i in range(5000)]
    originals: list[tuple[str, list[str], str]] = []
    items: list[tuple[str, str, str | None]] = []  # speaker key, text, the original's own id (None: new)
    for i in range(n):
        if originals and rng.random() < 1 / 3:
            key, words, own = rng.choice(originals)
            cut = list(words)
            shape = rng.random()
            if shape < 0.4:
                cut = cut[rng.randint(0, 3) :]
            elif shape < 0.8:
                cut = cut[: len(cut) - rng.randint(1, 4)]
            else:
                cut[rng.randrange(len(cut))] = rng.choice(vocabulary)
            items.append((key, " ".join(cut), own))
        else:
            key = f"name:speaker{rng.randrange(1000)}"
            words = [rng.choice(vocabulary) for _ in range(rng.randint(12, 40))]
            own = f"q{i}"
            originals.append((key, words, own))
            items.append((key, " ".join(words), None))
    index = QuoteIndex()
    started = time.process_time()
    ids = [index.assign(key, text, f"q{i}") for i, (key, text, _) in enumerate(items)]
    spent = time.process_time() - started
    reports = [(got, want) for got, (_, _, want) in zip(ids, items, strict=True) if want is not None]
    joined = sum(got == want for got, want in reports)
    fresh = [(got, f"q{i}") for i, (got, (_, _, want)) in enumerate(zip(ids, items, strict=True)) if want is None]
    alone = sum(got == own for got, own in fresh)
    print(
        f"quotations: {n:,} statements clustered in {spent:.1f} s of CPU; reports joined to their quotation "
        f"{joined}/{len(reports)}, new quotations left alone {alone}/{len(fresh)}"
    )


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=2000)
    ap.add_argument("--quotes", type=int, default=100_000)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--skip", nargs="*", default=(), choices=("speedup", "memory", "quotes"))
    args = ap.parse_args()
    pages = _pages()
    # memory first: a process's peak RSS is its lifetime's, and the quotation index is large
    if "memory" not in args.skip:
        memory(pages, args.docs)
    if "speedup" not in args.skip:
        speedup(pages, args.docs, args.rounds)
    if "quotes" not in args.skip:
        quotes(args.quotes)
    return 0


if __name__ == "__main__":
    sys.exit(main())
