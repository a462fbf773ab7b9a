"""The mideast-statements command, run as a user runs it (a subprocess)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import FIXTURES, ROOT

import mideast_statements as ms


def cli(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "mideast_statements", *args], input=stdin, capture_output=True, cwd=ROOT, timeout=120
    )


def test_extract_over_the_fixtures_mirrors_folders(tmp_path: Path) -> None:
    done = cli("extract", str(FIXTURES), "-o", str(tmp_path))
    assert done.returncode == 0, done.stderr.decode()
    outputs = sorted(tmp_path.rglob("*.json"))
    inputs = sorted([*FIXTURES.glob("*/*/input.*"), *FIXTURES.glob("corpus-*/*.html")])
    assert len(outputs) == len(inputs)
    record = json.loads((tmp_path / "rt" / "html-article" / "input.json").read_text(encoding="utf-8"))
    assert record["outlet"]["id"] == "rt" and record["schema_version"] == ms.SCHEMA_VERSION
    assert f"extracted {len(inputs)}, failed 0".encode() in done.stderr


def test_jsonl_to_stdout_one_record_per_input() -> None:
    done = cli(
        "extract",
        "--format",
        "jsonl",
        str(FIXTURES / "rt" / "text-dump" / "input.txt"),
        str(FIXTURES / "anadolu" / "text-dump" / "input.txt"),
    )
    assert done.returncode == 0
    lines = done.stdout.decode().splitlines()
    assert [json.loads(line)["outlet"]["id"] for line in lines] == ["rt", "anadolu"]


def test_stdin_with_url_and_outlet() -> None:
    page = (FIXTURES / "rt" / "html-article" / "input.html").read_bytes()
    done = cli("extract", "-", "--url", "https://www.rt.com/news/1-x/", stdin=page)
    assert done.returncode == 0
    (record,) = json.loads(done.stdout)
    assert record["url"] == "https://www.rt.com/news/1-x/" and record["provenance"]["adapter"] == "rt"
    done = cli("extract", "-", "--outlet", "generic", stdin=page)
    assert json.loads(done.stdout)[0]["provenance"]["adapter"] == "generic"


def test_failures_get_error_records_the_rest_goes_on_and_exit_is_1(tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "empty.html").write_bytes(b"")
    (inputs / "junk.txt").write_bytes(bytes(range(256)) * 20)
    shutil.copy(FIXTURES / "rt" / "text-dump" / "input.txt", inputs / "good.txt")
    out = tmp_path / "out"
    done = cli("extract", str(inputs), "-o", str(out))
    assert done.returncode == 1
    stderr = done.stderr.decode()
    assert "Traceback" not in stderr
    assert "empty.html: EmptyInput" in stderr and "junk.txt: DecodeError" in stderr
    assert "extracted 1, failed 2" in stderr
    assert json.loads((out / "good.json").read_text())["outlet"]["id"] == "rt"
    error = json.loads((out / "empty.error.json").read_text())
    assert error["error"]["type"] == "EmptyInput" and error["source"].endswith("empty.html")
    debug = cli("--debug", "extract", str(inputs / "empty.html"))
    assert debug.returncode == 1 and "Traceback" in debug.stderr.decode()


def test_jsonl_error_records_are_lines_too(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    target = tmp_path / "all.jsonl"
    done = cli(
        "extract", "--format", "jsonl", "-o", str(target), str(empty), str(FIXTURES / "rt" / "text-dump" / "input.txt")
    )
    assert done.returncode == 1
    records = [json.loads(line) for line in target.read_text().splitlines()]
    assert records[0]["error"]["type"] == "EmptyInput" and records[1]["outlet"]["id"] == "rt"


def test_usage_errors_exit_2_without_traceback() -> None:
    done = cli("extract", "--outlet", "nosuch", str(FIXTURES))
    assert done.returncode == 2 and b"no adapter 'nosuch'" in done.stderr and b"Traceback" not in done.stderr
    assert cli().returncode == 2


def test_adapters_lists_outlets_domains_and_versions() -> None:
    done = cli("adapters")
    text = done.stdout.decode()
    assert done.returncode == 0
    for needle in ("rt", "rt.com", "anadolu", "aa.com.tr", "telesur", "telesurenglish.net", "generic"):
        assert needle in text
    rows = json.loads(cli("adapters", "--format", "json").stdout)
    assert {r["id"] for r in rows} >= {"rt", "anadolu", "telesur", "generic"}
    assert all(r["version"] for r in rows)


@pytest.mark.skipif(shutil.which("mideast-statements") is None, reason="console script not installed")
def test_console_script_is_installed() -> None:
    done = subprocess.run(["mideast-statements", "--version"], capture_output=True, timeout=60)
    assert done.returncode == 0 and b"mideast-statements" in done.stdout


def test_same_named_inputs_never_overwrite_each_others_records(tmp_path: Path) -> None:
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        shutil.copy(FIXTURES / "rt" / "html-article" / "input.html", tmp_path / folder / "page.html")
    shutil.copy(FIXTURES / "rt" / "text-dump" / "input.txt", tmp_path / "a" / "page.txt")
    out = tmp_path / "out"
    inputs = [str(tmp_path / "a" / "page.html"), str(tmp_path / "b" / "page.html"), str(tmp_path / "a" / "page.txt")]
    done = cli("extract", *inputs, "-o", str(out))
    assert done.returncode == 0, done.stderr.decode()
    written = sorted(p.name for p in out.iterdir())
    assert written == ["page.html.json", "page.json", "page.txt.json"]
    assert {json.loads((out / name).read_text())["provenance"]["input_format"] for name in written} == {"html", "text"}


def test_every_entry_of_a_folder_is_extracted_failed_or_skipped_with_a_reason(tmp_path: Path) -> None:
    inputs, outside = tmp_path / "in", tmp_path / "outside"
    (inputs / "sub").mkdir(parents=True)
    (inputs / "x.html").mkdir()  # a folder named like an input: walked
    outside.mkdir()
    page, dump = FIXTURES / "rt" / "html-article" / "input.html", FIXTURES / "rt" / "text-dump" / "input.txt"
    for name in ("good1.html", "good2.html"):
        shutil.copy(page, inputs / name)
    shutil.copy(dump, inputs / "sub" / "page.text")
    shutil.copy(dump, inputs / "x.html" / "inner.txt")
    (inputs / "empty.html").write_bytes(b"")
    (inputs / "noext").write_bytes(b"junk")
    (inputs / "only.gz").write_bytes(b"\x1f\x8b junk")
    (inputs / "dangling.html").symlink_to(tmp_path / "nowhere.html")
    os.mkfifo(inputs / "fifo.html")
    shutil.copy(page, outside / "secret.html")
    (inputs / "leak.html").symlink_to(outside / "secret.html")
    report = tmp_path / "report.json"
    done = cli("extract", str(inputs), "-o", str(tmp_path / "out"), "--report", str(report))
    assert done.returncode == 1  # one input failed
    outcome = json.loads(report.read_text())
    assert len(outcome["extracted"]) == 4 and [f["error"]["type"] for f in outcome["failed"]] == ["EmptyInput"]
    reasons = {Path(s["source"]).name: s["skipped"] for s in outcome["skipped"]}
    assert set(reasons) == {"noext", "only.gz", "dangling.html", "fifo.html", "leak.html"}
    assert "dangling" in reasons["dangling.html"] and "outside" in reasons["leak.html"]
    assert "extracted 4, failed 1 (EmptyInput 1), skipped 5, in " in done.stderr.decode()
    assert not any("secret" in path for path in outcome["extracted"])


def test_url_names_one_page(tmp_path: Path) -> None:
    done = cli("extract", str(FIXTURES / "rt"), "--url", "https://www.rt.com/news/1-x/")
    assert done.returncode == 2 and "--url names one page" in done.stderr.decode()


def test_each_jsonl_record_says_which_input_it_came_from(tmp_path: Path) -> None:
    done = cli("extract", str(FIXTURES / "rt"), "--format", "jsonl")
    assert done.returncode == 0, done.stderr.decode()
    sources = [json.loads(line)["provenance"]["source"] for line in done.stdout.decode().splitlines()]
    assert sorted(Path(s).name for s in sources) == ["input.html", "input.txt"]
    piped = cli("extract", "-", stdin=(FIXTURES / "rt" / "text-dump" / "input.txt").read_bytes())
    assert json.loads(piped.stdout)[0]["provenance"]["source"] == "-"
    assert ms.parse((FIXTURES / "rt" / "text-dump" / "input.txt").read_bytes()).provenance.source is None


def test_newcomers_papercuts_get_a_clear_message_not_a_traceback(tmp_path: Path) -> None:
    a_file = tmp_path / "taken"
    a_file.write_text("")
    misused = cli("extract", str(FIXTURES / "rt"), "-o", str(a_file))
    assert misused.returncode == 2 and "-o takes a folder" in misused.stderr.decode()
    mistyped = cli("extract", "--nonsense", str(FIXTURES / "rt"))
    assert mistyped.returncode == 2 and "mideast-statements extract: error: unrecognized" in mistyped.stderr.decode()
    url = cli("extract", "https://www.rt.com/news/1-harbour-talks/")
    stderr = url.stderr.decode()
    assert url.returncode == 1 and "is a URL, not a file" in stderr and "extract - --url" in stderr
    assert "Traceback" not in misused.stderr.decode() + mistyped.stderr.decode() + stderr


def test_a_batch_at_the_scale_of_a_crawl_accounts_for_every_entry(tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    (inputs / "a").mkdir(parents=True)
    (inputs / "b").mkdir()
    (inputs / "x.html").mkdir()
    pages = sorted(FIXTURES.glob("*/*/input.*"))
    for i in range(100):
        source = pages[i % len(pages)]
        shutil.copy(source, inputs / f"good{i:03d}{source.suffix}")
    for i in range(20):
        (inputs / f"broken{i:02d}.html").write_bytes(bytes((i * 7 + k) % 256 for k in range(3000)))
    (inputs / "empty.html").write_bytes(b"")
    (inputs / "noext").write_bytes(b"junk")
    (inputs / "only.gz").write_bytes(b"\x1f\x8b junk")
    (inputs / "dangling.html").symlink_to(tmp_path / "nowhere.html")
    os.mkfifo(inputs / "fifo.html")
    shutil.copy(pages[0], inputs / "a" / "page.html")
    shutil.copy(pages[1], inputs / "b" / "page.html")
    report, out = tmp_path / "report.json", tmp_path / "out"
    done = cli("extract", str(inputs), "-o", str(out), "--report", str(report))
    assert done.returncode == 1 and b"Traceback" not in done.stderr
    outcome = json.loads(report.read_text())
    assert len(outcome["extracted"]) == 102  # 100 good, and the two same-named pages
    assert len(outcome["failed"]) == 21  # 20 broken and the empty file, each with its error record
    assert {Path(s["source"]).name for s in outcome["skipped"]} == {"noext", "only.gz", "dangling.html", "fifo.html"}
    records = sorted(out.rglob("*.json"))
    assert len(records) == 102 + 21  # nothing overwritten: one output per input
    assert (out / "a" / "page.json").is_file() and (out / "b" / "page.json").is_file()
