"""How statement extraction's time grows with its input, on the shapes that once made it quadratic.

    python benchmarks/statements_growth.py [--sizes 10000 100000 1000000]

Each shape is text written to stress one rule: a speech verb repeated ("said said said …", a list
of later cues once rebuilt for every cue), a chain of "Name said" in one sentence, one new person,
institution or group per paragraph (a scan of the whole cast for every mention, once), one surname
with many first names (every form read for every lookup), a role noun per paragraph ("the minister",
matched against every earlier event), pronouns with and without antecedents, long sentences,
quotation runs and unbalanced quotation marks. For each, the CPU time (``time.process_time``) at
each size in characters and the exponent fitted to log(time) over log(size): 1.0 is linear; the
target is at most 1.2. The machine is shared, so small sizes are noisy: read the exponent over the
widest range.
"""

from __future__ import annotations

import argparse
import math
import time
from collections.abc import Callable

from mideast_statements.statements import extract_statements

Shape = Callable[[int], list[str]]


def _names(count: int) -> list[str]:
    """Invented surnames, all different: Kelaaa, Kelbaa, …"""
    letters = "abcdefghijklmnopqrstuvwxyz"
    return [f"Kel{letters[i % 26]}{letters[(i // 26) % 26]}{letters[(i // 676) % 26]}" for i in range(count)]


def shapes(largest: int) -> dict[str, Shape]:
    names = _names(largest // 20 + 1)
    return {
        "verb repeated": lambda c: ["said " * (c // 5)],
        "Name said Name said …": lambda c: [" ".join("Omar Haddad said" for _ in range(c // 17))],
        "a new person per paragraph": lambda c: [f"Lina {names[i]} said the plan works." for i in range(c // 40)],
        "one surname, many names": lambda c: [f"{names[i]} Haddad said the plan works." for i in range(c // 40)],
        "a new institution per paragraph": lambda c: [
            f"The {names[i]} Ministry said it works." for i in range(c // 40)
        ],
        "a new group per paragraph": lambda c: [f"{names[i].lower()} officials said it works." for i in range(c // 40)],
        "a role noun per paragraph": lambda c: [
            f"Minister Lina {names[i]} spoke. The minister said it works." for i in range(c // 60)
        ],
        "he said, one antecedent": lambda c: [
            "Omar Haddad spoke.",
            *["He said it would work." for _ in range(c // 22)],
        ],
        "it said, no antecedent": lambda c: ["It said the plan works." for _ in range(c // 23)],
        "one long sentence": lambda c: [("the minister of the council of the region " * (c // 42)) + "said it."],
        "quotation runs": lambda c: ["“We are ready,” he said. " * (c // 25)],
        "unbalanced quotation marks": lambda c: ["“ word " * (c // 7)],
    }


def exponent(sizes: list[int], seconds: list[float]) -> float:
    """Least-squares slope of log(seconds) over log(size)."""
    xs = [math.log(s) for s in sizes]
    ys = [math.log(max(t, 1e-4)) for t in seconds]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / sum((x - mx) ** 2 for x in xs)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    args = parser.parse_args(argv)
    sizes = sorted(args.sizes)
    extract_statements(["Warm-up: the lexicon and models load once, said Omar Haddad."])
    print(f"{'shape':34s}" + "".join(f"{s:>12,d}" for s in sizes) + "  exponent")
    worst = 0.0
    for name, make in shapes(sizes[-1]).items():
        seconds = []
        for size in sizes:
            paragraphs = make(size)
            start = time.process_time()
            extract_statements(paragraphs)
            seconds.append(time.process_time() - start)
        fitted = exponent(sizes, seconds)
        worst = max(worst, fitted)
        print(f"{name:34s}" + "".join(f"{t:11.2f}s" for t in seconds) + f"  {fitted:8.2f}", flush=True)
    print(f"largest exponent: {worst:.2f} (target ≤ 1.2)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
