"""Read a folder of pages and dumps; print outlet, date and title, and list what failed.

python examples/outlets_and_titles.py fixtures/
"""

from __future__ import annotations

import sys

import mideast_statements as ms


def main(paths: list[str]) -> int:
    failed = 0
    for source, result in ms.iter_articles(paths):
        if isinstance(result, ms.Failure):
            failed += 1
            print(f"FAILED {source}: {result.error}: {result.message}", file=sys.stderr)
            continue
        when = result.published.isoformat()[:10] if result.published else "----------"
        agency = f" (via {result.source_agency})" if result.source_agency else ""
        print(f"{result.outlet.id:<9} {when} {result.title or '(no title)'}{agency}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:] or ["fixtures"]))
