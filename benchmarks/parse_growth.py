"""How a whole parse's time grows with the page, on shapes that stress markup rather than words.

    python benchmarks/parse_growth.py [--sizes 10000 100000 1000000]

``statements_growth.py`` covers the statement rules; this covers everything else a page goes
through: decoding, the HTML tree, the body reader (an adapter's or trafilatura's), metadata,
language, the listing check, and the statements of what comes out. Shapes: many short paragraphs,
paragraphs inside unclosed <div>s (a tree as deep as the page is long), teaser cards open and
unclosed, one paragraph of a megabyte, a paragraph of links, a text dump of many lines, and a
JSON-LD block of many items. For each, CPU time at each size (characters of markup) and the fitted
exponent; the target is at most 1.2, and 1 MB within 10 s.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import mideast_statements as ms
from benchmarks.statements_growth import exponent

SENTENCE = "Officials in Port Selan said on Tuesday that the harbour talks would resume in week {}."


def _sentences(count: int) -> list[str]:
    """Distinct sentences: a body reader rightly keeps one copy of a repeated paragraph."""
    return [SENTENCE.format(i) for i in range(count)]


def _page(body: str, head: str = "") -> str:
    return f"<html><head><title>Harbour talks</title>{head}</head><body><article>{body}</article></body></html>"


def shapes() -> dict[str, Callable[[int], str]]:
    unit = len(SENTENCE) + 10
    card = '<div class="card"><h3><a href="/a{i}">Headline number {i} of the day</a></h3><p>{s}</p></div>'
    return {
        "many paragraphs": lambda c: _page("".join(f"<p>{s}</p>" for s in _sentences(c // unit))),
        "paragraphs in unclosed divs": lambda c: _page(
            "".join(f"<div><p>{s}</p>" for s in _sentences(c // (unit + 5)))
        ),
        "teaser cards": lambda c: _page("".join(card.format(i=i, s=s) for i, s in enumerate(_sentences(c // 165)))),
        "unclosed teaser cards": lambda c: _page(
            "".join(card.format(i=i, s=s).removesuffix("</div>") for i, s in enumerate(_sentences(c // 160)))
        ),
        "one huge paragraph": lambda c: _page("<p>" + " ".join(_sentences(c // (unit - 6))) + "</p>"),
        "a paragraph of links": lambda c: _page(
            "<p>" + " ".join(f'<a href="/t{i}">topic {i}</a>' for i in range(c // 30)) + "</p>" + f"<p>{SENTENCE}</p>"
        ),
        "text dump lines": lambda c: "Harbour talks\n\n" + "".join(f"{s}\n\n" for s in _sentences(c // (unit - 5))),
        "JSON-LD of many items": lambda c: _page(
            "".join(f"<p>{s}</p>" for s in _sentences(5)),
            '<script type="application/ld+json">{"@type": "NewsArticle", "about": ['
            + ",".join(f'{{"@type": "Thing", "name": "t{i}"}}' for i in range(c // 35))
            + "]}</script>",
        ),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    args = parser.parse_args(argv)
    sizes = sorted(args.sizes)
    ms.parse(_page("".join(f"<p>{s}</p>" for s in _sentences(3))))  # warm-up: adapters, lexicon and models load once
    print(f"{'shape':30s}" + "".join(f"{s:>12,d}" for s in sizes) + "  exponent")
    worst, slowest_mb = 0.0, 0.0
    for name, make in shapes().items():
        seconds = []
        for size in sizes:
            data = make(size).encode("utf-8")
            start = time.process_time()
            with contextlib.suppress(ms.MideastStatementsError):  # an error is an outcome too; timed the same
                ms.parse(data, max_bytes=len(data) + 1)
            seconds.append(time.process_time() - start)
        fitted = exponent(sizes, seconds)
        worst = max(worst, fitted)
        slowest_mb = max(slowest_mb, seconds[-1]) if sizes[-1] >= 1_000_000 else slowest_mb
        print(f"{name:30s}" + "".join(f"{t:11.2f}s" for t in seconds) + f"  {fitted:8.2f}", flush=True)
    print(f"largest exponent: {worst:.2f} (target ≤ 1.2); slowest 1 MB page: {slowest_mb:.1f} s (target < 10 s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
