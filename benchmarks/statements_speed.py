#!/usr/bin/env python3
"""What statement extraction adds to parse time, over the 181 benchmark pages.

    python benchmarks/statements_speed.py [--repeat N]

Each page is parsed without statements (``parse(..., statements=False)``), then statements are
extracted from its paragraphs; the printed ratio is extraction time over parse time, summed over
all pages (the issue's target: at most 0.25). Best of N runs per page, to keep noise out.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import mideast_statements as ms
from benchmarks.corpus import corpus_dir
from mideast_statements.statements import extract_statements


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args(argv)
    corpus = corpus_dir()
    if corpus is None:
        print("no corpus (../shared/corpus is absent); nothing to measure", file=sys.stderr)
        return 0
    pages = sorted((corpus / "aeb" / "html").glob("*.html.gz"))
    extract_statements(["Warm-up: the minister said the talks would resume."])  # load the data files once
    parse_s = extract_s = 0.0
    found = failed = 0
    for page in pages:
        data = page.read_bytes()
        best_parse = best_extract = float("inf")
        for _ in range(args.repeat):
            t0 = time.perf_counter()
            try:
                article = ms.parse(data, statements=False)
            except ms.MideastStatementsError:
                failed += 1
                break
            t1 = time.perf_counter()
            statements = extract_statements(article.paragraphs, article.published)
            t2 = time.perf_counter()
            best_parse, best_extract = min(best_parse, t1 - t0), min(best_extract, t2 - t1)
        else:
            parse_s += best_parse
            extract_s += best_extract
            found += len(statements)
    print(f"pages: {len(pages)}  parsed: {len(pages) - failed}  statements found: {found}")
    print(f"parse without statements: {parse_s:.2f} s  statement extraction: {extract_s:.2f} s")
    print(f"statements add {extract_s / parse_s:.1%} to parse time (target: at most 25%)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
