"""The corpus commands: ``store`` (inputs into a store), ``query`` (statements out of it) and
``export`` (a store or inputs as one flat table of statements)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

import orjson

from .api import Failure, Skipped
from .batch import default_workers, iter_articles
from .export import FORMATS, export_rows, rows_from_articles, rows_from_store
from .interrupts import Interrupts
from .progress import Progress, summary_line
from .store import Store

__all__ = ["HANDLERS", "add_corpus_commands"]


def _batch_options(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "-j", "--jobs", type=int, default=1, metavar="N", help="parse in N processes (0: one per core)"
    )
    command.add_argument("--no-statements", action="store_true", help=argparse.SUPPRESS)
    command.add_argument("-q", "--quiet", action="store_true", help="no progress bar and no per-failure lines")
    command.add_argument("--debug", action="store_true", default=argparse.SUPPRESS, help=argparse.SUPPRESS)


def _filters(command: argparse.ArgumentParser) -> None:
    command.add_argument("--speaker", help="a registry id or (part of) a name")
    command.add_argument("--outlet", help="an outlet id or name")
    command.add_argument("--since", help="from this ISO date (the statement's date, else the article's)")
    command.add_argument("--until", help="to this ISO date, inclusive")
    command.add_argument("--topic", help="a topic of the vocabulary (docs/record.md)")
    command.add_argument("--kind", choices=("direct", "indirect", "mixed", "act"))
    command.add_argument("--source-kind", choices=("person", "organization", "unnamed"))
    command.add_argument("--text", help='full-text search over the statements\' words ("humanitarian corridor")')
    command.add_argument("--quote-id", help="the reports of one quotation")


def add_corpus_commands(commands: Any) -> None:
    store = commands.add_parser(
        "store", help="read inputs into a corpus store (SQLite); re-running adds only what is new"
    )
    store.add_argument("db", type=Path, help="the store file (created when missing)")
    store.add_argument("paths", nargs="+", metavar="PATH", help="files, folders, WARC files")
    _batch_options(store)

    query = commands.add_parser("query", help="statements of a store, by speaker, outlet, dates, topic, kind, text")
    query.add_argument("db", type=Path)
    _filters(query)
    query.add_argument("--limit", type=int)
    query.add_argument("--format", choices=("text", "jsonl"), default="text")
    query.add_argument("--debug", action="store_true", default=argparse.SUPPRESS, help=argparse.SUPPRESS)

    export = commands.add_parser(
        "export", help="one row per statement, from a store or from inputs: CSV, JSONL, Parquet"
    )
    export.add_argument("sources", nargs="+", metavar="DB|PATH", help="a store file (.db, .sqlite), or inputs to read")
    export.add_argument("--to", type=Path, required=True, help=f"the table to write ({', '.join(FORMATS)})")
    _filters(export)
    _batch_options(export)


def _results(args: argparse.Namespace, skipped: list[Skipped], progress: Progress, failures: list[Failure]) -> Any:
    """The inputs' results, shown on the progress bar; failures also collected for the summary."""
    workers = args.jobs if args.jobs > 0 else default_workers()
    paths = args.paths if hasattr(args, "paths") else args.sources
    with Interrupts() as interrupts:
        for source, result in iter_articles(paths, statements=not args.no_statements, skipped=skipped, workers=workers):
            if isinstance(result, Failure):
                failures.append(result)
            progress.update(source, result)
            yield source, result
            interrupts.check()


def _store(args: argparse.Namespace) -> int:
    skipped: list[Skipped] = []
    failures: list[Failure] = []
    progress = Progress(quiet=args.quiet)
    with Store(args.db) as store:
        try:
            counts = store.add(_results(args, skipped, progress, failures))
        except KeyboardInterrupt:
            progress.close()
            print("interrupted: what was committed stays; run the same command again to finish", file=sys.stderr)
            return 130
        finally:
            progress.close()
        held = store.counts()
    line = summary_line(counts["added"] + counts["already"], failures, len(skipped), progress.elapsed())
    print(f"{line}; added {counts['added']}, already stored {counts['already']}", file=sys.stderr)
    print(
        f"{args.db}: {held['articles']} articles, {held['statements']} statements, {held['speakers']} speakers, "
        f"{held['quotes']} quotations, {held['failures']} failures",
        file=sys.stderr,
    )
    return 1 if counts["failed"] else 0


def _query_filters(args: argparse.Namespace) -> dict[str, Any]:
    names = ("speaker", "outlet", "since", "until", "topic", "kind", "source_kind", "text", "quote_id")
    return {name: getattr(args, name) for name in names if getattr(args, name)}


def _query(args: argparse.Namespace) -> int:
    if not args.db.exists():
        print(f"mideast-statements query: {args.db}: no such store", file=sys.stderr)
        return 2
    with Store(args.db, readonly=True) as store:
        found = store.statements(limit=args.limit, **_query_filters(args))
        out = sys.stdout
        for item in found:
            s = item.statement
            if args.format == "jsonl":
                row = {
                    "article_id": item.article_id,
                    "outlet": item.outlet_id,
                    "published": item.published,
                    "url": item.url,
                    "quote_id": item.quote_id,
                    "speaker": s.speaker.name,
                    "kind": s.kind,
                    "cue": s.cue,
                    "text": s.text,
                    "date": s.date.isoformat() if s.date else None,
                }
                out.write(orjson.dumps(row).decode("utf-8") + "\n")
            else:
                when = (s.date.isoformat() if s.date else None) or (item.published or "")[:10] or "-"
                out.write(f"{when}  {item.outlet_id}  {s.speaker.name} ({s.kind}, {s.cue}): {s.text}\n")
    print(f"{len(found)} statements", file=sys.stderr)
    return 0


def _is_store(path: str) -> bool:
    p = Path(path)
    return p.is_file() and p.suffix.lower() in (".db", ".sqlite", ".sqlite3")


def _export(args: argparse.Namespace) -> int:
    if args.to.suffix.lower() not in FORMATS:
        print(f"mideast-statements export: --to {args.to}: write one of {', '.join(FORMATS)}", file=sys.stderr)
        return 2
    filters = _query_filters(args)
    if len(args.sources) == 1 and _is_store(args.sources[0]):
        with Store(args.sources[0], readonly=True) as store:
            written = export_rows(rows_from_store(store, **filters), args.to)
        print(f"{args.to}: {written} statements", file=sys.stderr)
        return 0
    if filters:
        print("mideast-statements export: filters need a store; store the inputs first", file=sys.stderr)
        return 2
    skipped: list[Skipped] = []
    failures: list[Failure] = []
    progress = Progress(quiet=args.quiet)
    try:
        written = export_rows(rows_from_articles(_results(args, skipped, progress, failures)), args.to)
    finally:
        progress.close()
    inputs = summary_line(progress.done - len(failures), failures, len(skipped), progress.elapsed())
    print(f"{args.to}: {written} statements; inputs: {inputs}", file=sys.stderr)
    return 1 if failures else 0


HANDLERS = {"store": _store, "query": _query, "export": _export}
