#!/usr/bin/env python3
"""How fast statement extraction is, alone and as a share of the whole parse, over the 181
benchmark pages.

    python benchmarks/statements_speed.py [--repeat N]

Each page is parsed without statements (``parse(..., statements=False)``), then statements are
extracted from its paragraphs; the two are taken in turn, page by page, and timed with CPU time
(``time.process_time``), best of N per page (this machine is shared). Printed: words of body text
per second of statement extraction (the issue's target: at least 60,000), and extraction time as
a share of the parse without it (the whole parse grows by that share).
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
    found = failed = words = 0
    for page in pages:
        data = page.read_bytes()
        best_parse = best_extract = float("inf")
        for _ in range(args.repeat):
            t0 = time.process_time()
            try:
                article = ms.parse(data, statements=False)
            except ms.MideastStatementsError:
                failed += 1
                break
            t1 = time.process_time()
            statements = extract_statements(article.paragraphs, article.published)
            t2 = time.process_time()
            best_parse, best_extract = min(best_parse, t1 - t0), min(best_extract, t2 - t1)
        else:
            parse_s += best_parse
            extract_s += best_extract
            found += len(statements)
            words += sum(len(p.split()) for p in article.paragraphs)
    print(f"pages: {len(pages)}  parsed: {len(pages) - failed}  statements found: {found}  body words: {words}")
    print(f"parse without statements: {parse_s:.2f} s CPU  statement extraction: {extract_s:.2f} s CPU")
    rate = words / extract_s if extract_s else float("inf")
    print(f"statement extraction: {rate:,.0f} words/s on one core (target: at least 60,000)")
    print(f"statements add {extract_s / parse_s:.1%} to parse time")
    return 0


if __name__ == "__main__":
    sys.exit(main())
