#!/usr/bin/env python3
"""Body F1 of the generic path against trafilatura itself on the 181 benchmark pages (or wceb-dev).

    python benchmarks/generic_vs_trafilatura.py [--set aeb|wceb-dev] [--all-adapters] [--per-page]

Both read the same decoded page; the figures are the benchmark's own (shingle precision and
recall averaged over pages, F1 of the averages). ``--all-adapters`` lets the registry choose an
outlet adapter where it recognises the site, instead of forcing the generic path everywhere.
"""

from __future__ import annotations

import argparse
import gzip
import json
import statistics
import sys
import time
from pathlib import Path

import trafilatura

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import mideast_statements as ms
from benchmarks.corpus import corpus_dir
from mideast_statements.decode import decode
from mideast_statements.metrics import body_prf


def score(rows: list[tuple[float, float, float]]) -> tuple[float, float, float]:
    p = statistics.mean(r[0] for r in rows)
    r = statistics.mean(r[1] for r in rows)
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--all-adapters", action="store_true")
    ap.add_argument("--per-page", action="store_true")
    ap.add_argument("--set", default="aeb", help="aeb (the check) or wceb-dev (the tuning set)")
    args = ap.parse_args(argv)
    corpus = corpus_dir()
    if corpus is None:
        print("the shared corpus is absent: nothing to measure")
        return 0
    truth = json.loads((corpus / args.set / "ground-truth.json").read_text(encoding="utf-8"))
    ours, theirs, failures = [], [], []
    t_ours = t_theirs = 0.0
    for key, item in sorted(truth.items()):
        raw = gzip.decompress((corpus / args.set / "html" / f"{key}.html.gz").read_bytes())
        text = decode(raw).text
        start = time.process_time()
        extracted = trafilatura.extract(text, url=item.get("url")) or ""
        t_theirs += time.process_time() - start
        start = time.process_time()
        try:
            article = ms.parse(raw, item.get("url"), outlet=None if args.all_adapters else "generic")
            body = "\n".join(article.paragraphs)
        except ms.MideastStatementsError as exc:
            failures.append(f"{key[:12]}: {type(exc).__name__}: {exc}")
            body = ""
        t_ours += time.process_time() - start
        a, b = body_prf(item["articleBody"] or "", body), body_prf(item["articleBody"] or "", extracted)
        ours.append(a)
        theirs.append(b)
        if args.per_page and abs(a[2] - b[2]) > 0.005:
            print(f"{key[:12]} ours={a[2]:.3f} trafilatura={b[2]:.3f} {item.get('url', '')[:70]}")
    p1, r1, f1 = score(ours)
    p2, r2, f2 = score(theirs)
    print(f"{args.set}: pages: {len(ours)}; failed: {len(failures)}")
    for line in failures[:10]:
        print("  " + line)
    which = "all adapters" if args.all_adapters else "generic path"
    print(f"{which:<14} F1 {f1:.4f}  precision {p1:.4f}  recall {r1:.4f}  time {t_ours:.1f}s")
    print(f"{'trafilatura':<14} F1 {f2:.4f}  precision {p2:.4f}  recall {r2:.4f}  time {t_theirs:.1f}s")
    print(f"F1 ratio ours/trafilatura: {f1 / f2:.4f}; time ratio: {t_ours / t_theirs:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
