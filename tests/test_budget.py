"""The per-page time budget: a runaway page is an error of the family, the batch goes on, and no
interrupt leaks into the code that runs after the page."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from helpers import FIXTURES, ROOT

import mideast_statements as ms
from mideast_statements.budget import check_budget, time_budget

# a page whose statement pass takes several seconds of CPU: thousands of reporting sentences
SLOW_PAGE = (
    "<html><body><article>"
    + ("<p>" + " ".join(["Officials in Marovia said the talks would go on."] * 40) + "</p>") * 3000
    + "</article></body></html>"
).encode()


def _spin(seconds: float) -> None:
    until = time.process_time() + seconds
    while time.process_time() < until:
        pass


def test_a_runaway_page_raises_an_error_of_the_family() -> None:
    with pytest.raises(ms.TimeBudgetExceeded, match=r"time budget of 0\.3 s"):
        ms.parse(SLOW_PAGE, time_budget=0.3)
    _spin(1.2)  # the timer's repeats would fire here if they outlived the page
    assert ms.parse((FIXTURES / "rt" / "text-dump" / "input.txt").read_bytes(), time_budget=30).statements


def test_no_budget_and_a_generous_budget_change_nothing() -> None:
    page = (FIXTURES / "rt" / "html-article" / "input.html").read_bytes()
    assert ms.parse(page, time_budget=60) == ms.parse(page) == ms.parse(page, time_budget=0)


def test_in_a_worker_thread_the_budget_is_checked_between_stages() -> None:
    outcome: list[BaseException] = []

    def work() -> None:
        try:
            ms.parse(SLOW_PAGE, time_budget=0.3)
        except BaseException as exc:
            outcome.append(exc)

    worker = threading.Thread(target=work)
    worker.start()
    worker.join()
    assert len(outcome) == 1 and isinstance(outcome[0], ms.TimeBudgetExceeded)


def test_a_budget_inside_a_budget_keeps_the_stricter_deadline() -> None:
    with pytest.raises(ms.TimeBudgetExceeded, match=r"0\.2 s"), time_budget(30), time_budget(0.2):
        _spin(0.4)
        check_budget()


def test_iter_articles_records_the_overrun_and_goes_on(tmp_path: Path) -> None:
    (tmp_path / "a-slow.html").write_bytes(SLOW_PAGE)
    shutil.copy(FIXTURES / "rt" / "text-dump" / "input.txt", tmp_path / "b-good.txt")
    results = list(ms.iter_articles([tmp_path], time_budget=0.3))
    assert [type(r).__name__ for _, r in results] == ["Failure", "Article"]
    failure = results[0][1]
    assert isinstance(failure, ms.Failure) and failure.error == "TimeBudgetExceeded"


def test_the_cli_option_turns_a_runaway_page_into_an_error_record(tmp_path: Path) -> None:
    (tmp_path / "slow.html").write_bytes(SLOW_PAGE)
    out = tmp_path / "out"
    done = subprocess.run(
        [sys.executable, "-m", "mideast_statements", "extract", str(tmp_path), "-o", str(out), "--time-budget", "0.3"],
        capture_output=True,
        cwd=ROOT,
        timeout=120,
    )
    assert done.returncode == 1 and b"Traceback" not in done.stderr
    record = json.loads((out / "slow.error.json").read_text())
    assert record["error"]["type"] == "TimeBudgetExceeded"
