#!/usr/bin/env python3
"""Outlet adapters side by side with trafilatura, page by page, on the real pages of our outlets.

    python benchmarks/outlets_vs_trafilatura.py [--outlet ID] [--show] [--write-references]

Pages: every benchmark page (``aeb/``) and every fundus page whose URL an outlet adapter owns.

Body: F1 (the benchmark's shingle measure) of the library's paragraphs and of ``trafilatura.extract``
against the page's reference body: the benchmark's ground truth, or fundus's reference extraction
(its summary, subheadings and paragraphs; Anadolu's fundus summary is the standfirst printed apart
from the body, so it is left out there).

Fields: title, published date and authors, ours and trafilatura's, against a reference: the
corpus's gold file, else fundus's reference, else ``outlet_references.json`` (values checked by
hand, stored as hashes so that no corpus text is copied into the project). That file also holds
the few corrections to a fundus reference, each with its reason. Authors are compared as printed
(case aside); fundus lists bylines only, so there its names must open our list (the gold
convention adds the names of a sign-off line, "Reporting by …; Editing by …", after them).
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import statistics
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path
from typing import Any

import trafilatura

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import mideast_statements as ms
from benchmarks.corpus import corpus_dir
from mideast_statements.decode import decode
from mideast_statements.metrics import body_prf

REFERENCES = Path(__file__).with_name("outlet_references.json")
STANDFIRST_SUMMARY = {"anadolu"}
FIELDS = ("title", "published", "authors")


def normal(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).translate(str.maketrans("‘’“”–—", "''\"\"--"))
    return " ".join(text.casefold().split())


def fingerprint(text: str) -> str:
    """A short hash of a normalised string (case, spacing and quote style ignored)."""
    return hashlib.sha1(normal(text).encode()).hexdigest()[:12]


def pages(corpus: Path) -> list[dict[str, Any]]:
    """Every page an outlet adapter owns, with its body and (where there is one) field reference."""
    registry = ms.default_registry()
    found: list[dict[str, Any]] = []
    truth = json.loads((corpus / "aeb" / "ground-truth.json").read_text(encoding="utf-8"))
    gold_files = (json.loads(p.read_text(encoding="utf-8")) for p in (corpus / "gold").glob("*.json"))
    gold = {g["source"]: g for g in gold_files}
    for key, item in sorted(truth.items()):
        adapter = registry.for_url(item["url"])
        if adapter is None:
            continue
        source = f"aeb/html/{key}.html.gz"
        fields = {f: gold[source][f] for f in FIELDS} if source in gold else None
        found.append(
            {
                "id": key[:12],
                "outlet": adapter.id,
                "path": corpus / source,
                "url": item["url"],
                "body": item["articleBody"],
                "fields": fields,
                "origin": "gold" if fields else "hand",
            }
        )
    for meta_path in sorted((corpus / "fundus").glob("*/meta.info")):
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        for ref_path in sorted(meta_path.parent.glob("*.json")):
            versions = sorted(json.loads(ref_path.read_text(encoding="utf-8")).items())
            files = sorted(meta_path.parent.glob(f"{ref_path.stem}_*.html.gz"))  # V1, V1_1 / V2: oldest first
            for (_, ref), path in zip(versions, files, strict=False):
                adapter = registry.for_url(meta[path.name]["url"])
                if adapter is None:
                    continue
                lead = [] if adapter.id in STANDFIRST_SUMMARY else ref["body"]["summary"]
                body = [*lead, *(p for s in ref["body"]["sections"] for p in (*s["headline"], *s["paragraphs"]))]
                fields = {
                    "title": ref["title"],
                    "published": (ref.get("publishing_date") or "")[:10] or None,
                    "authors": ref["authors"],
                }
                found.append(
                    {
                        "id": path.name.removesuffix(".html.gz"),
                        "outlet": adapter.id,
                        "path": path,
                        "url": meta[path.name]["url"],
                        "body": "\n".join(body),
                        "fields": fields,
                        "origin": "fundus",
                    }
                )
    return found


def ours_and_theirs(raw: bytes, url: str) -> tuple[dict[str, Any], str, str, dict[str, Any], str]:
    """(our fields, our body, the adapter that ran, trafilatura's fields, trafilatura's body)."""
    text = decode(raw).text
    meta = trafilatura.extract_metadata(text, default_url=url)
    theirs = {
        "title": meta.title if meta else None,
        "published": meta.date if meta else None,
        "authors": [a.strip() for a in ((meta.author if meta else None) or "").split(";") if a.strip()],
    }
    theirs_body = trafilatura.extract(text, url=url) or ""
    try:
        article = ms.parse(raw, url)
    except ms.MideastStatementsError as exc:
        return {"title": None, "published": None, "authors": []}, "", f"failed: {exc}", theirs, theirs_body
    ours = {
        "title": article.title,
        "published": article.published.isoformat()[:10] if article.published else None,
        "authors": list(article.authors),
    }
    return ours, "\n".join(article.paragraphs), article.provenance.adapter, theirs, theirs_body


def verdicts(
    values: dict[str, Any], reference: dict[str, Any], hashed: set[str], origin: str, outlet: str
) -> list[bool]:
    """Right or wrong, per field, against a reference; fields in ``hashed`` hold hashes (checked by hand)."""

    def key(field: str, text: str) -> str:
        return fingerprint(text) if field in hashed else normal(text)

    # a credit to the outlet itself ("Associated Press", "BBC News") is no byline
    outlet_names = {normal(n) for c in ms.default_registry() if c.id == outlet for n in (c.name, *c.site_names)}
    expected = [a for a in reference["authors"] or [] if normal(a) not in outlet_names]
    expected = expected if "authors" in hashed else [normal(a) for a in expected]
    authors = [key("authors", a) for a in values["authors"]]
    return [
        key("title", values["title"] or "")
        == (reference["title"] if "title" in hashed else normal(reference["title"] or "")),
        values["published"] == reference["published"],
        authors[: len(expected)] == expected if origin == "fundus" and "authors" not in hashed else authors == expected,
    ]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--outlet", help="only this adapter's pages")
    ap.add_argument("--show", action="store_true", help="print the field values side by side")
    ap.add_argument(
        "--write-references",
        action="store_true",
        help="store our fields as the hand-checked reference of pages that have none (check --show first)",
    )
    args = ap.parse_args(argv)
    corpus = corpus_dir()
    if corpus is None:
        print("the shared corpus is absent: nothing to measure")
        return 0
    stored = json.loads(REFERENCES.read_text(encoding="utf-8")) if REFERENCES.is_file() else {}
    rows: dict[str, list[tuple[float, float, int, int]]] = defaultdict(list)
    unchecked = 0
    print(f"{'page':<26} {'outlet':<10} {'F1 ours':>7} {'trafil.':>7}  title/date/authors right: ours | trafilatura")
    for page in pages(corpus):
        if args.outlet and page["outlet"] != args.outlet:
            continue
        ours, body, adapter, theirs, theirs_body = ours_and_theirs(
            gzip.decompress(page["path"].read_bytes()), page["url"]
        )
        f_ours, f_theirs = body_prf(page["body"], body)[2], body_prf(page["body"], theirs_body)[2]
        reference, origin = page["fields"], page["origin"]
        correction = stored.get(page["id"], {})
        if reference is None and args.write_references and not correction:
            correction = stored[page["id"]] = {
                "title": fingerprint(ours["title"] or ""),
                "published": ours["published"],
                "authors": [fingerprint(a) for a in ours["authors"]],
                "note": "checked by hand",
            }
        # stored values replace the reference's (a page checked by hand, or a documented fix)
        hashed = {f for f in ("title", "authors") if f in correction}
        if correction:
            reference = {**(reference or {}), **{f: v for f, v in correction.items() if f in FIELDS}}
        if reference is None:
            unchecked += 1
            marks, right_ours, right_theirs = "? ? ? | ? ? ?", 0, 0
        else:
            v_ours = verdicts(ours, reference, hashed, origin, page["outlet"])
            v_theirs = verdicts(theirs, reference, hashed, origin, page["outlet"])
            marks = " ".join("✓" if v else "✗" for v in v_ours) + " | " + " ".join("✓" if v else "✗" for v in v_theirs)
            right_ours, right_theirs = sum(v_ours), sum(v_theirs)
        rows[page["outlet"]].append((f_ours, f_theirs, right_ours, right_theirs))
        note = "" if adapter == page["outlet"] else f"  (read by {adapter})"
        print(f"{page['id']:<26} {page['outlet']:<10} {f_ours:7.3f} {f_theirs:7.3f}  {marks}{note}")
        if args.show:
            for field in FIELDS:
                print(f"    {field:<9} ours={ours[field]!r}\n    {'':<9} traf={theirs[field]!r}")
    if args.write_references:
        REFERENCES.write_text(json.dumps(stored, indent=1, sort_keys=True, ensure_ascii=False) + "\n", encoding="utf-8")
    print()
    print(
        f"{'outlet':<10} {'pages':>5} {'F1 ours':>8} {'F1 traf.':>8} {'min ours':>8}  fields right: ours | trafilatura"
    )
    for outlet, found in sorted(rows.items()):
        mean_ours, mean_theirs = statistics.mean(r[0] for r in found), statistics.mean(r[1] for r in found)
        total = 3 * len(found)
        print(
            f"{outlet:<10} {len(found):>5} {mean_ours:8.3f} {mean_theirs:8.3f} {min(r[0] for r in found):8.3f}"
            f"  {sum(r[2] for r in found)}/{total} | {sum(r[3] for r in found)}/{total}"
        )
    if unchecked:
        print(f"{unchecked} page(s) without a field reference (marked ?)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
