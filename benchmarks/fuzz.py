"""Hostile input: mutate real pages and dumps, and check the error contract on every result.

    python benchmarks/fuzz.py [--count 2000] [--seed 7] [--corpus] [--budget 20] [--jobs 2]

Seeds are the shipped fixtures (and, with ``--corpus``, the benchmark pages of
``../shared/corpus/aeb``). Each input is a seed mutated one way or several: cut anywhere (inside a
multi-byte character too), bytes flipped, quotation marks of every kind inserted unbalanced, deep
nesting before the article, a megabyte attribute, NUL bytes, a declared charset that is no text
encoding, entities, odd ``url=`` values. For each, ``parse`` must return a record that
serialises, reads back and validates against the schema, or raise an error of the library's
family (``MideastStatementsError``). Every parse runs under a time budget (``--budget`` CPU
seconds), so a runaway input must end as ``TimeBudgetExceeded``. Printed: inputs tried, records,
clean errors by type, other exceptions (must be 0), records that fail to serialise or validate
(must be 0), inputs over the budget without an error (must be 0), the slowest input, and peak
memory (resident set) of the processes. Input ``i`` of a seed is the same whatever ``--jobs`` and
``--count`` are (each has its own random generator), so a finding is replayed with
``--start i --count 1``. ``tests/test_fuzz.py`` runs a bounded sample with a fixed seed.
"""

from __future__ import annotations

import argparse
import functools
import gzip
import multiprocessing
import random
import resource
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import attrs
import jsonschema

import mideast_statements as ms

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"

Mutator = Callable[[bytes, random.Random], bytes]


def _cut(data: bytes, rng: random.Random) -> bytes:
    return data[: rng.randrange(1, max(2, len(data)))]


def _flip(data: bytes, rng: random.Random) -> bytes:
    out = bytearray(data)
    for _ in range(rng.randint(1, 20)):
        out[rng.randrange(len(out))] = rng.randrange(256)
    return bytes(out)


def _quotes(data: bytes, rng: random.Random) -> bytes:
    marks = ["“", "”", "‘", "’", '"', "''", "«", "»", "„", "―"]
    out = bytearray(data)
    for _ in range(rng.randint(1, 30)):
        at = rng.randrange(len(out))
        out[at:at] = rng.choice(marks).encode("utf-8")
    return bytes(out)


def _nest(data: bytes, rng: random.Random) -> bytes:
    depth = rng.choice([100, 255, 256, 1000, 3000])
    return data.replace(b"<body", b"<body" + b"><div" * depth, 1) if b"<body" in data else b"<div>" * depth + data


def _attribute(data: bytes, rng: random.Random) -> bytes:
    return data.replace(b"<p", b'<p data-x="' + b"A" * rng.choice([10_000, 1_000_000]) + b'"', 1)


def _nul(data: bytes, rng: random.Random) -> bytes:
    at = rng.randrange(len(data))
    return data[:at] + b"\x00" * rng.randint(1, 50) + data[at:]


def _charset(data: bytes, rng: random.Random) -> bytes:
    label = rng.choice(["base64", "rot13", "hex", "zlib", "bz2", "uu", "undefined", "punycode", "utf-16", "x-junk"])
    return b'<meta charset="' + label.encode() + b'">' + data


def _entities(data: bytes, rng: random.Random) -> bytes:
    return data.replace(b"<title>", b"<title>&amp;#8216;&#9999999;&bogus;&#x110000;", 1)


def _repeat(data: bytes, rng: random.Random) -> bytes:
    return data * rng.randint(2, 6)


MUTATORS: dict[str, Mutator] = {
    "cut": _cut,
    "flip": _flip,
    "quotes": _quotes,
    "nest": _nest,
    "attribute": _attribute,
    "nul": _nul,
    "charset": _charset,
    "entities": _entities,
    "repeat": _repeat,
}
URLS = [None, "http://[abc", "https://example.org/\udcff", "not a url", "https://www.rt.com/news/1-x/", "ftp://x", ""]


@functools.cache
def seeds(corpus: bool) -> tuple[bytes, ...]:
    found = [p.read_bytes() for p in sorted((ROOT / "fixtures").rglob("input.*"))]
    if corpus and (CORPUS / "aeb" / "html").is_dir():
        for path in sorted((CORPUS / "aeb" / "html").iterdir()):
            data = path.read_bytes()
            found.append(gzip.decompress(data) if path.suffix == ".gz" else data)
    return tuple(found)


def mutated(index: int, seed: int, corpus: bool) -> tuple[str, bytes, str | None]:
    """Input ``index`` of ``seed``: a seed page, mutated one to three ways, and a URL (or none)."""
    rng = random.Random(f"{seed}:{index}")
    data = rng.choice(seeds(corpus))
    names = rng.sample(sorted(MUTATORS), rng.choice([1, 1, 2, 3]))
    for name in names:
        data = MUTATORS[name](data, rng) if data else data
    return "+".join(names), data, rng.choice(URLS)


@attrs.define
class Tally:
    inputs: int = 0
    records: int = 0
    errors: Counter[str] = attrs.field(factory=Counter)
    other: list[str] = attrs.field(factory=list)  # exceptions outside the family: must stay empty
    invalid: list[str] = attrs.field(factory=list)  # records that do not serialise or validate
    over_budget: list[str] = attrs.field(factory=list)  # past the budget with no error: must stay empty
    slowest: tuple[float, str] = (0.0, "")

    def add(self, other: Tally) -> None:
        self.inputs += other.inputs
        self.records += other.records
        self.errors.update(other.errors)
        self.other += other.other
        self.invalid += other.invalid
        self.over_budget += other.over_budget
        self.slowest = max(self.slowest, other.slowest)


def run(count: int, seed: int, *, corpus: bool = False, budget: float = 20.0, start: int = 0) -> Tally:
    schema = ms.schema()
    tally = Tally()
    for index in range(start, start + count):
        how, data, url = mutated(index, seed, corpus)
        label = f"#{index} {how} url={url!r}"
        tally.inputs += 1
        started = time.process_time()
        try:
            article = ms.parse(data, url, time_budget=budget)
        except ms.MideastStatementsError as exc:
            tally.errors[type(exc).__name__] += 1
            continue
        except Exception as exc:  # the finding this harness exists for
            tally.other.append(f"{label}: {type(exc).__name__}: {exc}")
            continue
        finally:
            used = time.process_time() - started
            tally.slowest = max(tally.slowest, (used, label))
        if used > budget:
            tally.over_budget.append(f"{label}: {used:.1f}s")
        try:
            record = ms.to_dict(article)
            jsonschema.validate(record, schema)
            ms.loads(ms.dumps(article))
        except Exception as exc:
            tally.invalid.append(f"{label}: {type(exc).__name__}: {exc}")
            continue
        tally.records += 1
    return tally


def _chunk(job: tuple[int, int, int, bool, float]) -> Tally:
    start, count, seed, corpus, budget = job
    return run(count, seed, corpus=corpus, budget=budget, start=start)


def run_parallel(count: int, seed: int, *, corpus: bool, budget: float, start: int, jobs: int) -> Tally:
    """The same inputs as ``run``, shared out in chunks over ``jobs`` processes."""
    if jobs <= 1:
        return run(count, seed, corpus=corpus, budget=budget, start=start)
    size = 200
    chunks = [(at, min(size, start + count - at), seed, corpus, budget) for at in range(start, start + count, size)]
    tally = Tally()
    with multiprocessing.get_context("fork").Pool(jobs, maxtasksperchild=20) as pool:
        for part in pool.imap_unordered(_chunk, chunks):
            tally.add(part)
    return tally


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--count", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--corpus", action="store_true", help="add the aeb benchmark pages to the seeds")
    parser.add_argument("--budget", type=float, default=20.0, help="each parse's time budget, CPU seconds")
    parser.add_argument("--start", type=int, default=0, help="index of the first input (replay one finding)")
    parser.add_argument("--jobs", type=int, default=1, help="processes to share the inputs over")
    args = parser.parse_args(argv)
    started = time.process_time()
    tally = run_parallel(
        args.count, args.seed, corpus=args.corpus, budget=args.budget, start=args.start, jobs=args.jobs
    )
    cpu = time.process_time() - started + resource.getrusage(resource.RUSAGE_CHILDREN).ru_utime
    peak = max(resource.getrusage(who).ru_maxrss for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)) // 1024
    errors = ", ".join(f"{name} {n}" for name, n in tally.errors.most_common())
    print(
        f"inputs tried: {tally.inputs}  records: {tally.records}  clean errors: {sum(tally.errors.values())} ({errors})"
    )
    print(
        f"other exceptions: {len(tally.other)}  invalid records: {len(tally.invalid)}  "
        f"over the {args.budget:g} s budget without an error: {len(tally.over_budget)}"
    )
    print(f"slowest input: {tally.slowest[0]:.1f} s CPU ({tally.slowest[1]})")
    print(f"peak memory (largest process): {peak} MB  CPU: {cpu / max(1, tally.inputs) * 1000:.0f} ms per input")
    for line in (*tally.other, *tally.invalid, *tally.over_budget)[:20]:
        print("  ", line)
    return 1 if tally.other or tally.invalid or tally.over_budget else 0


if __name__ == "__main__":
    sys.exit(main())
