"""The adapter authoring kit: run an adapter's fixtures field by field, and write a new adapter.

``check`` parses every fixture case (``fixtures/<adapter>/<case>/`` with ``input.html`` or
``input.txt``, ``meta.json`` and ``expected.json``), lists each field that departs from the
expected record, the adapter that ran when another should have, and the adapter's selectors that
matched nothing on the case's page (layout drift, or a selector never right). ``update`` rewrites
``expected.json`` from what the adapter gives now, for review with ``git diff``.
``new_adapter`` writes the skeleton of an adapter, a fixture folder and a test.
"""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import attrs

from .adapter import Adapter
from .api import parse_file
from .errors import MideastStatementsError, UnknownAdapter
from .routing import Registry, default_registry
from .serialize import to_dict

__all__ = ["CaseReport", "check", "fixture_cases", "load_adapters", "mismatches", "new_adapter"]

INPUTS = ("input.html", "input.htm", "input.html.gz", "input.txt")


@attrs.frozen
class CaseReport:
    """One fixture case checked: field differences, a wrong adapter, selectors that matched nothing."""

    case: Path
    differences: tuple[str, ...] = ()
    unmatched: tuple[str, ...] = ()  # "layout: role:selector" declared by the adapter, no match on the page
    error: str | None = None
    updated: bool = False

    @property
    def ok(self) -> bool:
        return not self.differences and self.error is None


def mismatches(expected: Any, actual: Any, path: str = "") -> list[str]:
    """Where ``actual`` departs from ``expected`` (a subset: absent keys are not checked).

    Matchers for long values: "startswith:TEXT" for a string, "count:N" for a list's length.
    """
    if isinstance(expected, dict):
        if not isinstance(actual, dict):
            return [f"{path or '.'}: expected an object, got {actual!r}"]
        out = []
        for key, value in expected.items():
            if key not in actual:
                out.append(f"{path}.{key}: missing")
            else:
                out.extend(mismatches(value, actual[key], f"{path}.{key}"))
        return out
    if isinstance(expected, str) and expected.startswith("startswith:"):
        prefix = expected.removeprefix("startswith:")
        ok = isinstance(actual, str) and actual.startswith(prefix)
        return [] if ok else [f"{path}: expected to start with {prefix!r}, got {actual!r}"]
    if isinstance(expected, str) and expected.startswith("count:"):
        ok = isinstance(actual, list) and len(actual) == int(expected.removeprefix("count:"))
        return [] if ok else [f"{path}: expected {expected}, got {actual!r}"]
    if isinstance(expected, list) and isinstance(actual, list) and len(expected) == len(actual):
        return [
            m for i, (e, a) in enumerate(zip(expected, actual, strict=True)) for m in mismatches(e, a, f"{path}[{i}]")
        ]
    return [] if expected == actual else [f"{path}: expected {expected!r}, got {actual!r}"]


def fixture_cases(root: Path, adapter_id: str | None = None) -> list[Path]:
    """Case folders under ``root`` (one folder per adapter id), optionally of one adapter only."""
    folders = [root / adapter_id] if adapter_id else sorted(p for p in root.iterdir() if p.is_dir())
    return [c for f in folders if f.is_dir() for c in sorted(f.iterdir()) if _input(c) is not None]


def _input(case: Path) -> Path | None:
    return next((case / name for name in INPUTS if (case / name).is_file()), None)


def load_adapters(path: Path, registry: Registry) -> list[type[Adapter]]:
    """Import a Python file and register the outlet adapters it defines (replacing same ids, and
    winning over built-ins for shared hosts); returns them. Layout classes are reached through
    their outlet class."""
    spec = importlib.util.spec_from_file_location(f"_mideast_adapter_{path.stem}", path)
    if spec is None or spec.loader is None:
        raise UnknownAdapter(f"cannot import {path}")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    found = [
        obj
        for obj in vars(module).values()
        if isinstance(obj, type)
        and issubclass(obj, Adapter)
        and obj.id
        and not obj.layout
        and obj.__module__ == spec.name
    ]
    for cls in found:
        registry.register(cls, replace=True, prefer=True)
    return found


def check(
    root: Path, adapter_id: str | None = None, *, update: bool = False, registry: Registry | None = None
) -> Iterator[CaseReport]:
    """Check (or with ``update`` rewrite) every fixture case of one adapter, or of all."""
    registry = registry or default_registry()
    for case in fixture_cases(root, adapter_id):
        yield _check_case(case, registry, update)


def _check_case(case: Path, registry: Registry, update: bool) -> CaseReport:
    meta_path, expected_path = case / "meta.json", case / "expected.json"
    meta = json.loads(meta_path.read_text(encoding="utf-8")) if meta_path.is_file() else {}
    source = _input(case)
    assert source is not None
    try:
        article = parse_file(source, meta.get("url"), registry=registry)
    except MideastStatementsError as exc:
        return CaseReport(case, error=f"{type(exc).__name__}: {exc}")
    record = to_dict(article)
    record["provenance"].pop("source", None)  # where the checkout sits, not what the page says
    unmatched = tuple(
        f"{article.provenance.layout or '-'}: {s}" for s, n in article.provenance.selectors.items() if not n
    )
    differences = []
    folder_id = case.parent.name
    if folder_id != "generic" and article.provenance.adapter != folder_id:
        differences.append(f"adapter: expected {folder_id!r}, got {article.provenance.adapter!r}")
    if update:
        expected_path.write_text(json.dumps(record, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        return CaseReport(case, tuple(differences), unmatched, updated=True)
    if not expected_path.is_file():
        differences.append("expected.json: missing (run with --update, then review it)")
    else:
        differences += mismatches(json.loads(expected_path.read_text(encoding="utf-8")), record)
    return CaseReport(case, tuple(differences), unmatched)


# --- new adapters ---------------------------------------------------------------------------------

_TEMPLATE = '''"""{name} ({domain})."""

from __future__ import annotations

from mideast_statements import Adapter


class {cls}(Adapter):
    id = "{id}"
    name = "{name}"
    domains = ("{domain}",)
    country = None  # ISO 3166 code of the outlet's home country, e.g. "GB"
    language = "en"
    site_names = ("{name}",)  # og:site_name / JSON-LD publisher names its pages give

    sources = {{  # tried in order before JSON-LD and meta tags; "css:…", "css:…@attr", "meta:…", "ld:…"
        "title": ("css:h1",),
        "published": ("meta:article:published_time",),
        "authors": ("css:.byline a",),
    }}
    body = "article"  # CSS of the body container: check it on your saved page
    drop = ()  # CSS of furniture inside the body (related links, share bars, ads)
    furniture = ()  # whole lines to drop, as regular expressions (any case)
    text_marks = ()  # (line pattern, weight) pairs that mark this outlet's text dumps
'''

_TEST = '''"""Fixtures of the {name} adapter, checked field by field (mideast-statements check)."""

from pathlib import Path

from mideast_statements import default_registry
from mideast_statements.kit import check, load_adapters

ROOT = Path(__file__).resolve().parents[1]


def test_{id}_fixtures_match() -> None:
    registry = default_registry().copy()
    load_adapters(ROOT / "adapters" / "{id}.py", registry)
    reports = list(check(ROOT / "fixtures", "{id}", registry=registry))
    assert reports, "no fixture cases under fixtures/{id}/"
    for report in reports:
        assert report.ok, f"{{report.case}}: {{report.error or report.differences}}"
'''


def adapter_id(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", name.lower()).strip("_")


def new_adapter(name: str, domain: str, root: Path, *, page: Path | None = None) -> list[Path]:
    """Write ``adapters/<id>.py``, ``fixtures/<id>/html-article/`` (the saved page, if given, and
    its meta.json) and ``tests/test_adapter_<id>.py`` under ``root``; returns the files written.

    Inside this project's checkout the adapter joins ``BUILTIN`` instead of getting its own test: the
    one fixture test already runs every folder under ``fixtures/``.
    """
    ident = adapter_id(name)
    if not ident:
        raise ValueError(f"no adapter id can be made of {name!r}")
    cls = "".join(part.capitalize() for part in ident.split("_"))
    cls = cls if cls[0].isalpha() else "Outlet" + cls
    adapter_path = root / "adapters" / f"{ident}.py"
    case = root / "fixtures" / ident / "html-article"
    for path in (adapter_path, case):
        if path.exists():
            raise FileExistsError(f"{path} exists already")
    written = [adapter_path]
    adapter_path.parent.mkdir(parents=True, exist_ok=True)
    adapter_path.write_text(_TEMPLATE.format(name=name, domain=domain, cls=cls, id=ident), encoding="utf-8")
    case.mkdir(parents=True)
    meta = {"url": f"https://{domain}/", "note": f"{name} article page (replace the url with the page's own)"}
    (case / "meta.json").write_text(json.dumps(meta, ensure_ascii=False) + "\n", encoding="utf-8")
    written.append(case / "meta.json")
    if page is not None:
        target = case / ("input.txt" if page.suffix == ".txt" else "input.html")
        target.write_bytes(page.read_bytes())
        written.append(target)
    builtin = root / "adapters" / "__init__.py"
    if builtin.is_file() and "BUILTIN = (" in builtin.read_text(encoding="utf-8"):
        text = builtin.read_text(encoding="utf-8")
        text = text.replace("\n__all__", f"from .{ident} import {cls}\n\n__all__", 1)
        text = text.replace("Generic)", f"{cls}, Generic)", 1)
        builtin.write_text(text, encoding="utf-8")
        written.append(builtin)
    else:
        test = root / "tests" / f"test_adapter_{ident}.py"
        test.parent.mkdir(parents=True, exist_ok=True)
        test.write_text(_TEST.format(name=name, id=ident), encoding="utf-8")
        written.append(test)
    return written


def describe(report: CaseReport, root: Path) -> list[str]:
    """The lines ``mideast-statements check`` prints for one case."""
    name = str(report.case.relative_to(root))
    if report.error:
        return [f"FAIL {name}: {report.error}"]
    status = "UPDATED" if report.updated else ("ok" if report.ok else "FAIL")
    lines = [f"{status:<4} {name}"]
    lines += [f"    {d}" for d in report.differences]
    lines += [f"    selector matched nothing: {s}" for s in report.unmatched]
    return lines
