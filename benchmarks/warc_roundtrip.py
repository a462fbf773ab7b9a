#!/usr/bin/env python3
"""A crawl of every shipped fixture page and the 181 benchmark pages, through the corpus path.

    python benchmarks/warc_roundtrip.py

Builds a WARC (gzipped records, with warcio) holding a response record for each fixture HTML
page and each aeb page, plus request records, a redirect and an image; then runs
``extract`` (one process), ``extract -j 2`` and ``store`` over it and prints, for each, the
records and failure records written against the HTML responses in the file: nothing may be lost.
Needs the ``warc`` extra; the aeb pages are read from ../shared/corpus when it is there.
"""

from __future__ import annotations

import gzip
import io
import json
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from benchmarks.corpus import corpus_dir
from mideast_statements.store import Store

ROOT = Path(__file__).resolve().parents[1]


def pages() -> list[tuple[str, bytes]]:
    found = [(f"https://fixtures.example/{p.parent.parent.name}/{p.parent.name}", p.read_bytes())
             for p in sorted((ROOT / "fixtures").glob("*/html-*/input.html"))]  # fmt: skip
    corpus = corpus_dir()
    if corpus and (corpus / "aeb" / "html").is_dir():
        for page in sorted((corpus / "aeb" / "html").glob("*.html.gz")):
            found.append((f"https://aeb.example/{page.name.split('.')[0]}", gzip.decompress(page.read_bytes())))
    return found


def _response(writer: WARCWriter, url: str, status: str, headers: list[tuple[str, str]], body: bytes) -> None:
    http = StatusAndHeaders(status, headers, protocol="HTTP/1.1")
    writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=http))


def build(path: Path, items: list[tuple[str, bytes]]) -> int:
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        for url, body in items:
            request = StatusAndHeaders("GET / HTTP/1.1", [("Host", "example")], is_http_request=True)
            writer.write_record(writer.create_warc_record(url, "request", http_headers=request))
            _response(writer, url, "200 OK", [("Content-Type", "text/html")], body)
        _response(writer, "https://x.example/old", "301 Moved Permanently", [("Location", "/")], b"")
        _response(writer, "https://x.example/a.png", "200 OK", [("Content-Type", "image/png")], b"\x89PNG")
    return len(items)


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        warc = folder / "crawl.warc.gz"
        responses = build(warc, pages())
        print(f"{warc.name}: {responses} HTML responses (+ {responses} requests, a redirect, an image)")
        for label, extra in (("extract", []), ("extract -j 2", ["-j", "2"])):
            out = folder / f"out{len(extra)}.jsonl"
            cmd = [
                sys.executable,
                "-m",
                "mideast_statements",
                "extract",
                str(warc),
                "--format",
                "jsonl",
                "-o",
                str(out),
                "-q",
            ]
            subprocess.run([*cmd, *extra], cwd=ROOT, capture_output=True, check=False)
            lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
            failed = sum(1 for r in lines if "error" in r and "source" in r and "title" not in r)
            lost = "none lost" if len(lines) == responses else f"LOST {responses - len(lines)}"
            read = f"records {len(lines) - failed} + failure records {failed} = {len(lines)}"
            print(f"{label:14} {read} of {responses} ({lost})")
        db = folder / "corpus.db"
        cmd = [sys.executable, "-m", "mideast_statements", "store", str(db), str(warc), "-j", "2", "-q"]
        subprocess.run(cmd, cwd=ROOT, capture_output=True, check=False)
        with Store(db, readonly=True) as store:
            held = store.counts()
            # the same page twice in the crawl is one article: count distinct inputs as the store does
            distinct = len({hash(body) for _, body in pages()})
        total = held["articles"] + held["failures"]
        lost = "none lost" if total == distinct else f"LOST {distinct - total}"
        print(
            f"{'store -j 2':14} articles {held['articles']} + failures {held['failures']} = {total} of {distinct} "
            f"distinct pages ({lost}); {held['statements']} statements, {held['quotes']} quotations"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
