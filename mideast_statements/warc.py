"""WARC input (Common Crawl's CC-NEWS, any crawler's archive): one article, or one failure, per
HTML response record.

Each response record with HTTP status 200 and an HTML (or unlabelled) body is parsed with the
record's target URI as its URL and the HTTP header's charset as a declared encoding; the record's
``WARC-Date`` goes to ``provenance.crawled`` and ``path#offset`` to ``provenance.source``. Other
response records (a redirect, a 404, an image) are skipped with their reason; request, metadata
and warcinfo records are no inputs and are counted per file. A malformed record or a file cut
short ends the file with a failure saying where; the records before it stand. Needs the ``warc``
extra (``pip install 'mideast-statements[warc]'``: warcio).
"""

from __future__ import annotations

import re
import zlib
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from .api import Failure, Skipped
from .batch import Task, run_tasks
from .decode import DEFAULT_MAX_BYTES

__all__ = ["iter_warc", "warc_tasks"]

_CHARSET = re.compile(r"charset\s*=\s*[\"']?([\w.:-]+)", re.I)
_HTML_TYPES = ("text/html", "application/xhtml+xml", "text/plain")


def iter_warc(
    path: str | Path,
    *,
    skipped: list[Skipped] | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    **options: Any,
) -> Iterator[tuple[str, Any]]:
    """Yield (source, Article or Failure) for each HTML response record of a WARC file, in file
    order; ``options`` go to ``parse`` (outlet, statements, time_budget …). What is skipped, and
    why, is appended to ``skipped`` when given."""
    yield from run_tasks(warc_tasks(path, skipped, max_bytes=max_bytes), {"max_bytes": max_bytes, **options})


def warc_tasks(
    path: str | Path, skipped: list[Skipped] | None = None, *, max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[Task | Failure]:
    """A task per HTML response record (its body read here, at most ``max_bytes``), a failure
    where the file cannot be read further."""
    try:
        from warcio.archiveiterator import ArchiveIterator
    except ImportError:  # an optional extra: say how to get it
        message = "reading WARC files needs warcio: pip install 'mideast-statements[warc]'"
        yield Failure(str(path), "InputUnreadable", message)
        return
    path = Path(path)
    others: Counter[str] = Counter()
    try:
        handle = path.open("rb")
    except OSError as exc:
        yield Failure(str(path), "InputUnreadable", f"cannot open the WARC file: {exc.strerror or exc}")
        return
    with handle:
        head = handle.read(4096)  # enough compressed bytes to show the first record header
        handle.seek(0)
        if head[:2] == b"\x1f\x8b":
            try:
                head = zlib.decompressobj(wbits=31).decompress(head)
            except zlib.error:
                head = b""
        if not head.startswith(b"WARC/"):
            yield Failure(
                str(path), "InputUnreadable", "not a WARC file: it does not open with a 'WARC/' record header"
            )
            return
        records = ArchiveIterator(handle)
        offset = None
        try:
            for record in records:
                if record.rec_type != "response":
                    others[record.rec_type] += 1
                    continue
                reason = _not_an_article(record)
                # the body is read before the offset is asked for: warcio reads past it to tell
                data = record.content_stream().read(max_bytes + 1) if reason is None else b""
                missing = getattr(record.raw_stream, "limit", 0) if len(data) <= max_bytes else 0
                offset = records.get_record_offset()
                source = f"{path}#{offset}"
                if reason is None and missing:  # fewer bytes than the record declares: the file ends inside it
                    yield Failure(
                        source,
                        "InputUnreadable",
                        f"the WARC file is cut short inside this record ({missing:,} bytes missing)",
                    )
                    continue
                if reason:
                    if skipped is not None:
                        skipped.append(Skipped(source, reason))
                    continue
                yield _task(record, data, source, max_bytes)
        except Exception as exc:  # warcio's ArchiveLoadFailed, zlib and gzip errors of a cut file
            where = f"after the record at offset {offset}" if offset is not None else "at its start"
            message = f"the WARC file is malformed or cut short {where}: {type(exc).__name__}: {exc}"
            yield Failure(f"{path}#end", "InputUnreadable", message)
    if skipped is not None:
        for kind, count in sorted(others.items()):
            skipped.append(Skipped(str(path), f"{count} {kind} record(s): not responses, no page to read"))


def _not_an_article(record: Any) -> str | None:
    """Why a response record is no page to read, or None when it is one."""
    headers = record.http_headers
    if headers is None:
        return "a response record without HTTP headers (not an HTTP capture)"
    status = headers.get_statuscode()
    if status != "200":
        return f"HTTP status {status}, not 200"
    content_type = (headers.get_header("Content-Type") or "").lower()
    if content_type and not content_type.startswith(_HTML_TYPES):
        return f"content type {content_type.split(';')[0]!r}, not HTML"
    return None


def _task(record: Any, data: bytes, source: str, max_bytes: int) -> Task | Failure:
    """The record's body (transfer and content encodings undone by warcio) as a task to parse."""
    charset = _CHARSET.search(record.http_headers.get_header("Content-Type") or "")
    if len(data) > max_bytes:
        return Failure(source, "InputTooLarge", f"the record's body is more than {max_bytes:,} bytes (max_bytes)")
    return Task(
        source,
        data=data,
        url=record.rec_headers.get_header("WARC-Target-URI"),
        charset=charset.group(1) if charset else None,
        crawled=record.rec_headers.get_header("WARC-Date"),
    )
