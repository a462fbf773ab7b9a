"""The ``mideast-statements`` command: extract records from files, folders and stdin; list adapters."""

from __future__ import annotations

import argparse
import signal
import sys
from collections import Counter, deque
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO, NoReturn

import orjson

from . import __version__
from .api import INPUT_SUFFIXES, Failure, Skipped, expand_paths
from .batch import Task, default_workers, iter_tasks, run_tasks
from .budget import DEFAULT_TIME_BUDGET
from .cli_corpus import HANDLERS, add_corpus_commands
from .decode import DEFAULT_MAX_BYTES
from .errors import InputUnreadable, MideastStatementsError, UnknownAdapter
from .evaluate import evaluate
from .inputs import is_warc
from .interrupts import Interrupts
from .model import Article
from .progress import Progress, summary_line
from .routing import default_registry
from .serialize import to_dict

__all__ = ["entry", "main"]


def entry() -> NoReturn:
    """The console command: ``main``, then exit with its code. A Ctrl-C that comes once the command
    has returned (the run is complete, its summary printed) no longer breaks the interpreter's
    teardown with a traceback: the exit code stays the run's."""
    try:
        code = main()
    except KeyboardInterrupt:  # after the command's own handling, before it returned
        print("interrupted", file=sys.stderr)
        code = 130
    while True:
        try:
            signal.signal(signal.SIGINT, signal.SIG_IGN)
            break
        except KeyboardInterrupt:
            continue  # the run is over: a Ctrl-C now changes nothing
    sys.exit(code)


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args, unknown = parser.parse_known_args(argv)
    if unknown:  # the command's own usage, not the top level's, says what it takes
        command = _SUBPARSERS.get(getattr(args, "command", None) or "")
        (command or parser).error(f"unrecognized arguments: {' '.join(unknown)}")
    if not getattr(args, "command", None):
        parser.print_help(sys.stderr)
        return 2
    handler = {
        "extract": _extract,
        "adapters": _adapters,
        "evaluate": _evaluate,
        "check": _check,
        "new-adapter": _new_adapter,
        **HANDLERS,
    }[args.command]
    try:
        return handler(args)
    except BrokenPipeError:  # `| head` closed the pipe: not an error of ours
        return 0
    except KeyboardInterrupt:  # Ctrl-C outside a command's own handling (its summary, closing files)
        print("interrupted", file=sys.stderr)
        return 130
    except MideastStatementsError as exc:
        if args.debug:
            raise
        print(f"mideast-statements: {exc}", file=sys.stderr)
        return 2


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="mideast-statements",
        description="Turn news articles (HTML pages or text dumps) into typed JSON records.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--debug", action="store_true", help="show tracebacks for failures")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    extract = commands.add_parser("extract", help="read articles into JSON records, one per input")
    extract.add_argument("paths", nargs="+", metavar="PATH", help="files, folders (walked), or - for stdin")
    extract.add_argument("--url", help="the page's URL (for a single input): picks the adapter, sets url")
    extract.add_argument("--outlet", help="force an adapter by id (see `adapters`); 'generic' for any site")
    extract.add_argument(
        "-o", "--output", type=Path, help="json: a folder, one file per input (mirrors input folders); jsonl: a file"
    )
    extract.add_argument(
        "--format",
        choices=("json", "jsonl"),
        default="json",
        help="json (default): pretty records; jsonl: one record per line",
    )
    extract.add_argument("--max-bytes", type=int, default=DEFAULT_MAX_BYTES, help="refuse larger inputs")
    extract.add_argument("--no-statements", action="store_true", help="skip statement extraction")
    extract.add_argument(
        "--time-budget",
        type=float,
        default=DEFAULT_TIME_BUDGET,
        metavar="SECONDS",
        help=f"CPU seconds an input may take before it is a failure (default {DEFAULT_TIME_BUDGET:g}; 0: none)",
    )
    extract.add_argument(
        "--report", type=Path, help="write every input's outcome here (JSON: extracted, failed, skipped with reasons)"
    )
    extract.add_argument(
        "-j", "--jobs", type=int, default=1, metavar="N", help="parse in N processes (0: one per core); order is kept"
    )
    extract.add_argument("-q", "--quiet", action="store_true", help="no progress bar and no per-failure lines")
    # SUPPRESS: `--debug` before the command must not be reset by the command's own default
    extract.add_argument("--debug", action="store_true", default=argparse.SUPPRESS, help="show tracebacks")

    evaluate = commands.add_parser(
        "evaluate", help="score the library on a gold folder (GOLD.md format, sources or inline bodies)"
    )
    evaluate.add_argument(
        "gold", type=Path, help="folder of gold JSON files: sources relative to its parent, or bodies inline"
    )
    evaluate.add_argument("-o", "--output", type=Path, help="write the predictions here (default: a temp folder)")
    evaluate.add_argument("--scorer", type=Path, help="score.py to use (default: beside the gold folder)")
    evaluate.add_argument("--per-article", action="store_true", help="also print one line per article")
    evaluate.add_argument(
        "--figures",
        choices=["gold", "polnear"],
        help="score.py's figures, or score_polnear.py's (default: polnear for inline gold such as PolNeAR)",
    )
    evaluate.add_argument("--debug", action="store_true", default=argparse.SUPPRESS, help=argparse.SUPPRESS)

    check = commands.add_parser(
        "check", help="run an adapter's fixtures: field-by-field differences and selectors that match nothing"
    )
    check.add_argument("adapter", nargs="?", help="adapter id, or a .py file defining adapters (default: all)")
    check.add_argument("--fixtures", type=Path, default=Path("fixtures"), help="fixture root (default: ./fixtures)")
    check.add_argument("--update", action="store_true", help="rewrite expected.json from the current output")
    check.add_argument("--strict", action="store_true", help="a selector matching nothing fails the check too")
    check.add_argument("--debug", action="store_true", default=argparse.SUPPRESS, help=argparse.SUPPRESS)

    new = commands.add_parser("new-adapter", help="write an adapter skeleton, a fixture folder and a test")
    new.add_argument("name", help="the outlet's name, e.g. 'The Harbour Ledger'")
    new.add_argument("--domain", required=True, help="the outlet's domain, e.g. harbourledger.example")
    new.add_argument("--page", type=Path, help="a saved page (HTML or text dump) to use as the first fixture")
    new.add_argument("--root", type=Path, default=Path("."), help="project folder to write into (default: .)")
    new.add_argument("--debug", action="store_true", default=argparse.SUPPRESS, help=argparse.SUPPRESS)

    adapters = commands.add_parser("adapters", help="list the outlets this library knows")
    adapters.add_argument("--format", choices=("text", "json"), default="text")
    adapters.add_argument("--debug", action="store_true", default=argparse.SUPPRESS, help=argparse.SUPPRESS)
    add_corpus_commands(commands)
    _SUBPARSERS.update(commands.choices)
    return parser


_SUBPARSERS: dict[str, argparse.ArgumentParser] = {}


# --- evaluate -------------------------------------------------------------------------------------
def _evaluate(args: argparse.Namespace) -> int:
    figures, failed = evaluate(
        args.gold, args.output, scorer=args.scorer, per_article=args.per_article, figures=args.figures
    )
    for item, error in failed.items():
        print(f"{item}: {error}", file=sys.stderr)
    print(f"scored {figures.get('articles', 0)} gold items, {len(failed)} failed", file=sys.stderr)
    return 1 if failed else 0


# --- extract --------------------------------------------------------------------------------------
def _extract(args: argparse.Namespace) -> int:
    if args.outlet:
        default_registry().get(args.outlet)  # an unknown id is a usage error, before any work
    if args.url and (len(args.paths) > 1 or Path(args.paths[0]).is_dir()):
        print("mideast-statements extract: --url names one page; give one input with it", file=sys.stderr)
        return 2
    extracted: list[str] = []
    failures: list[Failure] = []
    skipped: list[Skipped] = []
    try:
        writer = _Writer(args.output, args.format)
    except OSError as exc:
        wants = "a file (--format jsonl)" if args.format == "jsonl" else "a folder (one record per input)"
        print(f"mideast-statements extract: -o {args.output}: {exc.strerror or exc}; -o takes {wants}", file=sys.stderr)
        return 2
    plan = _plan(args.paths, skipped)
    progress = Progress(quiet=args.quiet, total=_count_inputs(plan))
    try:
        with Interrupts() as interrupts:
            for source, relative, result in _run(args, plan, skipped):
                if isinstance(result, Failure):
                    failures.append(result)
                else:
                    extracted.append(source)
                writer.write(relative, result)
                progress.update(source, result)
                interrupts.check()
    except KeyboardInterrupt:
        progress.close()
        print(f"interrupted: {len(extracted) + len(failures)} records written in full", file=sys.stderr)
        return 130
    finally:
        writer.close()
        progress.close()
    _print_skipped(skipped)
    print(summary_line(len(extracted), failures, len(skipped), progress.elapsed()), file=sys.stderr)
    if args.report:
        report = {
            "extracted": extracted,
            "failed": [f.to_dict() for f in failures],
            "skipped": [s.to_dict() for s in skipped],
        }
        args.report.write_bytes(orjson.dumps(report, option=orjson.OPT_INDENT_2) + b"\n")
    return 1 if failures else 0


def _print_skipped(skipped: list[Skipped]) -> None:
    """A few skipped entries one by one; many (a fixture folder's expected.json files) by reason,
    with every path in --report."""
    if len(skipped) <= 10:
        for entry in skipped:
            print(f"{entry.source}: skipped: {entry.reason}", file=sys.stderr)
        return
    reasons = Counter(entry.reason.split(" (")[0] for entry in skipped)
    for reason, count in reasons.most_common():
        print(f"skipped {count}: {reason} (paths in --report)", file=sys.stderr)


def _run(
    args: argparse.Namespace, plan: list[tuple[str, list[Path] | None]], skipped: list[Skipped]
) -> Iterator[tuple[str, Path, Article | Failure]]:
    options = {
        "outlet": args.outlet,
        "max_bytes": args.max_bytes,
        "statements": not args.no_statements,
        "time_budget": args.time_budget or None,
    }
    relatives: deque[Path] = deque()  # results come in task order: each takes the next output name
    tasks = _tasks(args, plan, skipped, relatives)
    workers = args.jobs if args.jobs > 0 else default_workers()
    for source, result in run_tasks(tasks, options, workers, debug=args.debug):
        yield source, relatives.popleft(), result


def _plan(paths: Sequence[str], skipped: list[Skipped]) -> list[tuple[str, list[Path] | None]]:
    """Each path given, with the files it stands for (a folder walked once, here); None for
    standard input and for a URL, which are no files."""
    plan: list[tuple[str, list[Path] | None]] = []
    for given in paths:
        root = Path(given)
        if given == "-" or (given.startswith(("http://", "https://")) and not root.exists()):
            plan.append((given, None))
        else:
            plan.append((given, list(expand_paths([root], skipped)) if root.is_dir() else [root]))
    return plan


def _tasks(
    args: argparse.Namespace, plan: list[tuple[str, list[Path] | None]], skipped: list[Skipped], relatives: deque[Path]
) -> Iterator[Task | Failure]:
    """The inputs as tasks, each with the output name its record takes (mirroring input folders;
    a WARC record's is the file's name and the record's offset)."""
    for given, files in plan:
        root = Path(given)
        if files is None and given == "-":
            relatives.append(Path("stdin"))
            yield Task("-", url=args.url)
            continue
        if files is None:
            relatives.append(Path(root.name or "url"))
            yield Failure(given, "InputUnreadable", _url_hint(given))
            continue
        if root.is_dir() and not files:
            relatives.append(root)
            yield Failure(given, "NoInputs", f"folder holds no inputs ({', '.join(INPUT_SUFFIXES)})")
        for path in files:
            relative = path.relative_to(root) if root.is_dir() else Path(path.name)
            for task in iter_tasks([path], skipped, args.url, max_bytes=args.max_bytes):
                offset = task.source.rpartition("#")[2] if task.source != str(path) else None
                relatives.append(relative / offset if offset else relative)
                yield task


def _count_inputs(plan: list[tuple[str, list[Path] | None]]) -> int | None:
    """How many inputs a run has, for the progress bar's time left; None when a WARC file is among
    them (its records are counted only as they are read)."""
    files = [f for _, found in plan for f in found or ()]
    if any(is_warc(f) for f in files):
        return None
    return len(files) + sum(1 for _, found in plan if found is None)


def _url_hint(url: str) -> str:
    return (
        f"{url} is a URL, not a file: this library reads saved pages and does not fetch them; "
        f"pipe the page in: curl -s '{url}' | mideast-statements extract - --url '{url}'"
    )


class _Writer:
    def __init__(self, output: Path | None, fmt: str) -> None:
        self.output, self.format = output, fmt
        self.records: list[dict[str, object]] = []
        self.written: set[Path] = set()  # output files of this run: none is written twice
        self.stream: IO[bytes] | None = None
        if fmt == "jsonl":
            if output:
                output.parent.mkdir(parents=True, exist_ok=True)
                self.stream = output.open("wb")
            else:
                self.stream = sys.stdout.buffer
        elif output:
            output.mkdir(parents=True, exist_ok=True)

    def _unused(self, target: Path, input_name: str) -> Path:
        """The output path, never one this run already wrote: "a/page.html" and "b/page.html" given
        together, or "page.html" beside "page.txt", keep both records ("page.json", then
        "page.txt.json", "page.txt-2.json" …)."""
        if target not in self.written:
            self.written.add(target)
            return target
        suffix = ".error.json" if target.name.endswith(".error.json") else ".json"
        candidate, n = target.with_name(input_name + suffix), 1
        while candidate in self.written:
            n += 1
            candidate = target.with_name(f"{input_name}-{n}{suffix}")
        self.written.add(candidate)
        return candidate

    def write(self, relative: Path, result: Article | Failure) -> None:
        # one file per record is indented; a line of JSONL, or a record kept for the final list, is not
        option = orjson.OPT_INDENT_2 if self.stream is None and self.output is not None else 0
        try:
            record = result.to_dict() if isinstance(result, Failure) else to_dict(result)
            body = orjson.dumps(record, option=option)
        except Exception as exc:  # a record that cannot be written is that input's failure, not the batch's
            result = Failure(str(relative), "RecordError", f"the record cannot be written: {type(exc).__name__}: {exc}")
            record = result.to_dict()
            body = orjson.dumps(record, option=option)
        if self.stream is not None:
            self.stream.write(body + b"\n")
        elif self.output is not None:
            stem = _stem(relative)
            name = f"{stem}.error.json" if isinstance(result, Failure) else f"{stem}.json"
            target = self._unused(self.output / relative.parent / name, relative.name)
            target.parent.mkdir(parents=True, exist_ok=True)
            partial = target.with_name(target.name + ".partial")
            partial.write_bytes(body + b"\n")
            partial.replace(target)  # a rename is atomic: an interrupted run leaves no half-written record
        else:
            self.records.append(record)

    def close(self) -> None:
        if self.records:
            sys.stdout.buffer.write(orjson.dumps(self.records, option=orjson.OPT_INDENT_2) + b"\n")
        if self.stream is not None and self.stream is not sys.stdout.buffer:
            self.stream.close()
        sys.stdout.flush()


def _stem(path: Path) -> str:
    name = path.name
    for suffix in sorted(INPUT_SUFFIXES, key=len, reverse=True):
        if name.lower().endswith(suffix):
            return name[: -len(suffix)]
    return name


# --- adapters -------------------------------------------------------------------------------------
def _check(args: argparse.Namespace) -> int:
    from .kit import check, describe, load_adapters

    root: Path = args.fixtures
    if not root.is_dir():
        raise InputUnreadable(f"no fixture folder at {root} (pass --fixtures)")
    registry = default_registry().copy()
    adapter_id = args.adapter
    if adapter_id and adapter_id.endswith(".py"):
        loaded = load_adapters(Path(adapter_id), registry)
        if not loaded:
            raise UnknownAdapter(f"{adapter_id} defines no adapter")
        adapter_id = loaded[0].id
    elif adapter_id:
        adapter_id = registry.get(adapter_id).id
    failed = flagged = total = 0
    for report in check(root, adapter_id, update=args.update, registry=registry):
        total += 1
        failed += not report.ok
        flagged += bool(report.unmatched)
        print("\n".join(describe(report, root)))
    if not total:
        print(f"no fixture cases under {root / (adapter_id or '')}", file=sys.stderr)
        return 1
    verb = "rewritten (review them with git diff)" if args.update else "checked"
    print(f"{total} case(s) {verb}; {failed} failing; {flagged} with selectors that matched nothing")
    return 1 if failed or (args.strict and flagged) else 0


def _new_adapter(args: argparse.Namespace) -> int:
    from .kit import new_adapter

    for path in new_adapter(args.name, args.domain, args.root, page=args.page):
        print(f"wrote {path}")
    print("next: fill in the selectors, save a page as input.html, then `mideast-statements check <adapter> --update`")
    return 0


def _adapters(args: argparse.Namespace) -> int:
    rows = [
        {
            "id": cls.id,
            "name": cls.name,
            "domains": list(cls.domains),
            "country": cls.country,
            "language": cls.language,
            "version": cls.version,
            "layouts": [layout.layout for layout in cls.layouts],
        }
        for cls in default_registry()
    ]
    if args.format == "json":
        sys.stdout.buffer.write(orjson.dumps(rows, option=orjson.OPT_INDENT_2) + b"\n")
        return 0
    for row in rows:
        domains = ", ".join(row["domains"]) or "(any site)"  # type: ignore[arg-type]
        layouts = f"  layouts: {', '.join(row['layouts'])}" if row["layouts"] else ""  # type: ignore[arg-type]
        print(f"{row['id']:<10} v{row['version']:<3} {row['name']:<22} {domains}{layouts}")
    return 0
