"""Which files a batch reads: every path given, and what folders hold — and, for everything else
found, why it was skipped. Nothing found is dropped without a reason a user can read."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path

import attrs

__all__ = ["INPUT_SUFFIXES", "WARC_SUFFIXES", "Skipped", "is_warc", "walk_inputs"]

INPUT_SUFFIXES = (
    ".html",
    ".htm",
    ".xhtml",
    ".txt",
    ".text",
    ".html.gz",
    ".htm.gz",
    ".xhtml.gz",
    ".txt.gz",
    ".text.gz",
    ".warc",  # a crawl: each HTML response record is an input (the ``warc`` extra)
    ".warc.gz",
)
WARC_SUFFIXES = (".warc", ".warc.gz")


def is_warc(path: str | Path) -> bool:
    """A crawl's file, read record by record, by its name."""
    return str(path).lower().endswith(WARC_SUFFIXES)


@attrs.frozen(slots=True)
class Skipped:
    """A path a folder held that the batch did not read, and why."""

    source: str
    reason: str

    def to_dict(self) -> dict[str, object]:
        return {"source": self.source, "skipped": self.reason}


def walk_inputs(paths: Iterable[str | Path], skipped: list[Skipped] | None = None) -> Iterator[Path]:
    """Files as given (each is read, whatever its name: the user asked for it); folders walked in
    sorted order for inputs with a known suffix. Symbolic links are followed only while they stay
    inside the folder given. Each other entry found is appended to ``skipped`` with its reason."""
    out = skipped if skipped is not None else []
    for raw in paths:
        path = Path(raw)
        if str(raw) != "-" and path.is_dir():
            yield from _walk(path, out)
        else:
            yield path


def _walk(root: Path, skipped: list[Skipped]) -> Iterator[Path]:
    top = root.resolve()
    seen = {top}
    for folder, dirs, files in os.walk(root, followlinks=True):
        here = Path(folder)
        kept = []
        for name in sorted(dirs):
            target = (here / name).resolve()
            if not _inside(target, top):
                skipped.append(Skipped(str(here / name), "a link to a folder outside the input folder"))
            elif target in seen:
                skipped.append(Skipped(str(here / name), "a link back to a folder already read"))
            else:
                seen.add(target)
                kept.append(name)
        dirs[:] = kept
        for name in sorted(files):
            path = here / name
            reason = _skip_reason(path, top)
            if reason:
                skipped.append(Skipped(str(path), reason))
            else:
                yield path


def _skip_reason(path: Path, top: Path) -> str | None:
    if path.is_symlink():
        if not path.exists():
            return "a link to nothing (dangling)"
        if not _inside(path.resolve(), top):
            return "a link to a file outside the input folder"
    try:
        mode = path.stat().st_mode
    except OSError as exc:
        return f"cannot be read: {exc.strerror or exc}"
    if not stat.S_ISREG(mode):
        return "not a regular file (a pipe, a device or a socket)"
    if not path.name.lower().endswith(INPUT_SUFFIXES):
        suffix = "".join(path.suffixes[-2:]) or "none"
        return f"not an input by its name (suffix: {suffix}; inputs end {', '.join(INPUT_SUFFIXES)})"
    return None


def _inside(path: Path, top: Path) -> bool:
    return path == top or top in path.parents
