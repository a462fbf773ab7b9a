"""Many inputs, one process or several: the tasks a batch is made of and their results, in input order.

A task is a file to read (a page or a dump) or one WARC record's bytes; ``run_tasks`` turns each
into an Article or a Failure, in the order the tasks came, N in and N out. With ``workers`` > 1 a
process pool parses them; a bounded window of tasks is in flight (memory stays flat on a corpus of
millions), and a worker that dies (a crash in a C extension, the kernel's OOM killer) becomes the
failure of the task it held — found by running the unfinished tasks one by one in a fresh worker —
while the batch goes on. Workers ignore Ctrl-C; the main process takes it between the pool's calls
(``interrupts``) and cancels what is queued.
"""

from __future__ import annotations

import os
import signal
import sys
import traceback
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import Any, BinaryIO

import attrs

from .api import Failure, Skipped, parse, parse_file, parse_stream, with_source
from .decode import DEFAULT_MAX_BYTES
from .errors import MideastStatementsError
from .inputs import is_warc, walk_inputs
from .interrupts import Interrupts
from .model import Article
from .routing import Registry

__all__ = ["Results", "Task", "default_workers", "iter_articles", "iter_tasks", "results_of", "run_tasks"]

Result = Article | Failure
# what consumers of a batch take: results, or iter_articles' (source, result) pairs
Results = Iterable[Result | tuple[str, Result]]


def results_of(items: Results) -> Iterator[Result]:
    """The articles and failures of ``items``, pairs unpacked."""
    for item in items:
        yield item[1] if isinstance(item, tuple) else item


@attrs.frozen(slots=True)
class Task:
    """One input: a file (``path``), standard input (``source`` "-"), or a WARC record's body (``data``)."""

    source: str
    path: str | None = None
    data: bytes | None = None
    url: str | None = None
    charset: str | None = None
    crawled: str | None = None


def iter_articles(
    paths: Iterable[str | Path],
    *,
    outlet: str | None = None,
    url: str | None = None,
    registry: Registry | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    stdin: BinaryIO | None = None,
    statements: bool = True,
    skipped: list[Skipped] | None = None,
    time_budget: float | None = None,
    workers: int = 1,
) -> Iterator[tuple[str, Article | Failure]]:
    """Lazily parse many inputs: yields (source, Article or Failure) for each, in input order, never
    skipping one.

    ``"-"`` reads standard input (or ``stdin``). Folders are walked for .html, .htm, .xhtml, .txt,
    .text (and .gz) files and .warc / .warc.gz crawls (each HTML response record an input, the
    ``warc`` extra); whatever else a folder holds (other names, links leading out of it or to
    nothing, pipes, devices, a crawl's non-HTML records) is appended to ``skipped``, when given,
    with its reason. ``time_budget`` is each input's CPU budget in seconds: a runaway page becomes
    a ``TimeBudgetExceeded`` failure. ``workers`` > 1 parses in that many processes; the order of
    the results is still the order of the inputs.
    """
    options: dict[str, Any] = {
        "outlet": outlet,
        "registry": registry,
        "max_bytes": max_bytes,
        "statements": statements,
        "time_budget": time_budget,
    }
    yield from run_tasks(iter_tasks(paths, skipped, url, max_bytes=max_bytes), options, workers, stdin=stdin)


def iter_tasks(
    paths: Iterable[str | Path],
    skipped: list[Skipped] | None = None,
    url: str | None = None,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Iterator[Task | Failure]:
    """The tasks of the given paths, folders walked and WARC files opened record by record; a WARC
    file that cannot be read further yields its failure in its place."""
    for path in walk_inputs(paths, skipped):
        source = str(path)
        if source == "-":
            yield Task("-", url=url)
        elif is_warc(source):
            from .warc import warc_tasks  # warcio is an optional extra: imported when a WARC is given

            yield from warc_tasks(path, skipped, max_bytes=max_bytes)
        else:
            yield Task(source, path=source, url=url)


def run_one(task: Task, options: dict[str, Any], stdin: BinaryIO | None = None, debug: bool = False) -> Result:
    """A task's article, or its failure; never raises for bad input (``debug`` prints the traceback)."""
    try:
        if task.data is not None:
            article = parse(task.data, task.url, charset=task.charset, **options)
            article = with_source(article, task.source)
            return attrs.evolve(article, provenance=attrs.evolve(article.provenance, crawled=task.crawled))
        if task.source == "-":
            return with_source(parse_stream(stdin or sys.stdin.buffer, task.url, **options), "-")
        return parse_file(task.path or task.source, task.url, **options)
    except MideastStatementsError as exc:
        if debug:
            traceback.print_exc()
        return Failure(task.source, type(exc).__name__, str(exc))
    except Exception as exc:  # a bug of ours met by this input: report it and read the rest
        if debug:
            traceback.print_exc()
        hint = " (run with --debug for details)" if not debug else ""
        return Failure(task.source, "InternalError", f"{type(exc).__name__}: {exc}{hint}")


def run_tasks(
    tasks: Iterable[Task | Failure],
    options: dict[str, Any],
    workers: int = 1,
    *,
    stdin: BinaryIO | None = None,
    debug: bool = False,
) -> Iterator[tuple[str, Result]]:
    """(source, Article or Failure) for each task, in order; ``workers`` > 1 parses in that many
    processes (standard input is still read here)."""
    if workers <= 1:
        for task in tasks:
            yield (
                (task.source, task)
                if isinstance(task, Failure)
                else (task.source, run_one(task, options, stdin, debug))
            )
        return
    yield from _pooled(iter(tasks), options, workers, stdin, debug)


def _ignore_interrupts() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the main process's to handle


def _pool(workers: int) -> ProcessPoolExecutor:
    return ProcessPoolExecutor(max_workers=workers, initializer=_ignore_interrupts)


def _pooled(
    tasks: Iterator[Task | Failure], options: dict[str, Any], workers: int, stdin: BinaryIO | None, debug: bool
) -> Iterator[tuple[str, Result]]:
    window = workers * 4  # tasks in flight: enough to keep every worker busy, few enough to bound memory
    with Interrupts(defer=True) as interrupts:  # Ctrl-C stops the loop between the pool's calls, never inside one
        pool = _pool(workers)
        # each entry: its source, and the task's future or a result already known (a failure, stdin, a redone task)
        pending: deque[tuple[str, Any, Future[Result] | None]] = deque()
        try:
            while True:
                interrupts.check()
                while len(pending) < window and (task := next(tasks, None)) is not None:
                    if isinstance(task, Failure):
                        pending.append((task.source, task, None))
                    elif task.source == "-":  # standard input belongs to this process
                        pending.append((task.source, run_one(task, options, stdin, debug), None))
                    else:
                        pending.append((task.source, task, pool.submit(run_one, task, options, None, debug)))
                if not pending:
                    pool.shutdown(wait=True)  # all done: the workers exit and are reaped
                    return
                source, item, future = pending.popleft()
                if future is None:
                    yield source, item
                    continue
                try:
                    result = _wait(future, interrupts)
                except BrokenProcessPool:
                    pool.shutdown(wait=False, cancel_futures=True)
                    unfinished = [item, *(t for _, t, f in pending if f is not None)]
                    redone = {id(t): r for t, r in _isolated(unfinished, options, interrupts)}
                    pending = deque((s, redone[id(t)], None) if f is not None else (s, t, None) for s, t, f in pending)
                    pool = _pool(workers)
                    result = redone[id(item)]
                except Exception as exc:  # the result could not come back (a record that does not pickle)
                    lost = f"the worker's result was lost: {type(exc).__name__}: {exc}"
                    result = Failure(source, "InternalError", lost)
                yield source, result
        finally:
            # queued tasks are dropped and the workers finish the one they hold (within the time
            # budget): Python 3.11's shutdown(wait=False) races its exit hook ("Bad file descriptor")
            pool.shutdown(wait=True, cancel_futures=True)


POLL = 0.1  # seconds between looks at the Ctrl-C flag while a worker parses


def _wait(future: Future[Result], interrupts: Interrupts) -> Result:
    """The future's result, stopping (KeyboardInterrupt) when Ctrl-C comes meanwhile."""
    while True:
        try:
            return future.result(timeout=POLL)
        except TimeoutError:
            interrupts.check()


def _isolated(tasks: list[Task], options: dict[str, Any], interrupts: Interrupts) -> Iterator[tuple[Task, Result]]:
    """Each task alone in a fresh worker: the one that kills its worker is found and reported."""
    for task in tasks:
        with _pool(1) as single:
            try:
                yield task, _wait(single.submit(run_one, task, options), interrupts)
            except BrokenProcessPool:
                yield task, Failure(task.source, "WorkerCrashed", "the worker process died while reading this input")


def default_workers() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1))
