"""Corpus input: WARC files built with warcio itself (responses, redirects, images, requests, a
declared charset, a malformed record, a file cut short), and parallel runs that keep order and
survive a worker that dies."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import FIXTURES, ROOT

import mideast_statements as ms
import mideast_statements.batch as batch

warcio = pytest.importorskip("warcio")  # the `warc` extra; .ci/run installs it
from warcio.statusandheaders import StatusAndHeaders  # noqa: E402
from warcio.warcwriter import WARCWriter  # noqa: E402

PAGES = sorted(FIXTURES.glob("*/html-*/input.html"))
CP1251_PAGE = (
    "<html><head><title>Вести из Лорна</title></head><body><h1>Вести из Лорна</h1>"
    + "".join(f"<p>Абзац {i}: переговоры в порту Амсель продолжатся в четверг, сообщили стороны.</p>" for i in range(8))
    + "</body></html>"
).encode("cp1251")


def _response(writer: WARCWriter, url: str, body: bytes, status: str = "200 OK", ctype: str = "text/html") -> None:
    headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
    writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers))


def build_warc(path: Path) -> int:
    """A crawl of every HTML fixture, plus records that are no article; returns the HTML responses."""
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=path.name.endswith(".gz"))
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "tests"}))
        for i, page in enumerate(PAGES):
            request = StatusAndHeaders("GET / HTTP/1.1", [("Host", "example.org")], is_http_request=True)
            writer.write_record(writer.create_warc_record(f"https://example.org/{i}", "request", http_headers=request))
            _response(writer, f"https://example.org/{i}", page.read_bytes(), ctype="text/html; charset=utf-8")
        _response(writer, "https://example.org/moved", b"", status="301 Moved Permanently")
        _response(writer, "https://example.org/logo.png", b"\x89PNG\r\n\x1a\n", ctype="image/png")
        _response(writer, "https://lorne.example/news", CP1251_PAGE, ctype="text/html; charset=windows-1251")
    return len(PAGES) + 1


def test_every_html_response_is_a_record_and_the_rest_is_skipped_with_reasons(tmp_path: Path) -> None:
    warc = tmp_path / "crawl.warc.gz"
    responses = build_warc(warc)
    skipped: list[ms.Skipped] = []
    results = list(ms.iter_articles([warc], skipped=skipped))
    assert len(results) == responses and all(isinstance(r, ms.Article) for _, r in results)
    reasons = [s.reason for s in skipped]
    assert any("301" in r for r in reasons) and any("image/png" in r for r in reasons)
    assert any(r.startswith(f"{len(PAGES)} request record") for r in reasons) and any("warcinfo" in r for r in reasons)
    first = results[0][1]
    assert isinstance(first, ms.Article)
    assert first.url == "https://example.org/0" and first.provenance.source == f"{warc}#{results[0][0].split('#')[1]}"
    assert first.provenance.crawled and first.provenance.crawled.endswith("Z")
    # the HTTP header's charset decodes a page whose markup declares none
    cyrillic = results[-1][1]
    assert isinstance(cyrillic, ms.Article) and cyrillic.title == "Вести из Лорна"
    assert cyrillic.provenance.encoding == "windows-1251"


def test_a_file_cut_short_keeps_the_records_before_and_says_where_it_ends(tmp_path: Path) -> None:
    whole = tmp_path / "whole.warc.gz"  # one gzip member per record, as crawlers write them
    responses = build_warc(whole)
    data = whole.read_bytes()
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(data[: len(data) // 2])
    results = list(ms.iter_articles([cut]))
    articles = [r for _, r in results if isinstance(r, ms.Article)]
    failures = [r for _, r in results if isinstance(r, ms.Failure)]
    assert 0 < len(articles) < responses
    # the record the cut runs through is that record's failure (its page ends early); none is lost silently
    assert len(failures) == 1 and ("cut short" in failures[0].message or "ends early" in failures[0].message)
    assert len(results) == len(articles) + 1
    garbage = tmp_path / "garbage.warc.gz"
    garbage.write_bytes(b"\x1f\x8b" + os.urandom(300))
    ((_, only),) = list(ms.iter_articles([garbage]))
    assert isinstance(only, ms.Failure) and only.error == "InputUnreadable"
    # a record header that lies about its length: no page in it, skipped with the reason
    broken = tmp_path / "broken.warc"
    broken.write_bytes(b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: nonsense\r\n\r\n<html>")
    skipped: list[ms.Skipped] = []
    assert list(ms.iter_articles([broken], skipped=skipped)) == []
    assert [s.reason for s in skipped] == ["a response record without HTTP headers (not an HTTP capture)"]


def _records(results: list[tuple[str, ms.Article | ms.Failure]]) -> list[object]:
    return [r.to_dict() if isinstance(r, ms.Failure) else ms.to_dict(r) for _, r in results]


def test_two_workers_give_the_same_records_in_the_same_order(tmp_path: Path) -> None:
    warc = tmp_path / "crawl.warc"
    build_warc(warc)
    inputs = [FIXTURES, warc, tmp_path / "missing.html"]
    serial = list(ms.iter_articles(inputs))
    pooled = list(ms.iter_articles(inputs, workers=2))
    assert [s for s, _ in pooled] == [s for s, _ in serial]
    assert _records(pooled) == _records(serial)
    assert isinstance(pooled[-1][1], ms.Failure) and pooled[-1][1].error == "InputUnreadable"


def test_a_worker_that_dies_is_that_inputs_failure_and_the_batch_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    if sys.platform == "win32" or "fork" not in __import__("multiprocessing").get_all_start_methods():
        pytest.fail("the crash test needs fork (Linux, macOS): the patched reader must reach the workers")
    pages = sorted(FIXTURES.glob("*/html-article/input.html"))[:6]
    names = []
    for i, page in enumerate(pages):
        target = tmp_path / (f"{i}-crash.html" if i == 2 else f"{i}.html")
        target.write_bytes(page.read_bytes())
        names.append(str(target))
    real = vars(batch)["parse_file"]  # the reader the batch calls, patched below

    def dies_on_crash(path: str, *args: object, **kwargs: object) -> ms.Article:
        if "crash" in str(path):
            os._exit(9)  # what a segfault or the OOM killer does to a worker
        article: ms.Article = real(path, *args, **kwargs)
        return article

    monkeypatch.setattr(batch, "parse_file", dies_on_crash)
    results = list(ms.iter_articles(names, workers=2))
    assert [s for s, _ in results] == names
    crashed = results[2][1]
    assert isinstance(crashed, ms.Failure) and crashed.error == "WorkerCrashed"
    assert all(isinstance(r, ms.Article) for i, (_, r) in enumerate(results) if i != 2)


def test_the_command_reads_a_crawl_in_parallel_into_one_file_per_record(tmp_path: Path) -> None:
    warc = tmp_path / "crawl.warc.gz"
    responses = build_warc(warc)
    outputs = {}
    for jobs in ("1", "2"):
        out = tmp_path / f"out{jobs}"
        done = subprocess.run(
            [sys.executable, "-m", "mideast_statements", "extract", str(warc), "-o", str(out), "-j", jobs],
            capture_output=True,
            cwd=ROOT,
            timeout=600,
        )
        assert done.returncode == 0, done.stderr.decode()
        files = sorted((out / "crawl.warc.gz").glob("*.json"))
        assert len(files) == responses
        assert f"extracted {responses}, failed 0, skipped " in done.stderr.decode()
        outputs[jobs] = {f.name: json.loads(f.read_text()) for f in files}
    assert outputs["1"] == outputs["2"]


def test_ctrl_c_stops_a_parallel_run_and_leaves_only_complete_records(tmp_path: Path) -> None:
    import signal
    import time

    inputs = tmp_path / "in"
    inputs.mkdir()
    for i in range(600):
        page = PAGES[i % len(PAGES)]
        (inputs / f"{i:04d}.html").write_bytes(page.read_bytes())
    out = tmp_path / "out"
    run = subprocess.Popen(
        [sys.executable, "-m", "mideast_statements", "extract", str(inputs), "-o", str(out), "-j", "2", "-q"],
        cwd=ROOT,
        stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and len(list(out.glob("*.json"))) < 20:
        time.sleep(0.05)
    run.send_signal(signal.SIGINT)
    _, stderr = run.communicate(timeout=120)
    assert run.returncode == 130, stderr.decode()
    assert "interrupted" in stderr.decode() and "Traceback" not in stderr.decode()
    written = sorted(out.glob("*.json"))
    assert 20 <= len(written) < 600
    for path in written:
        json.loads(path.read_text(encoding="utf-8"))  # every file that exists is a whole record
