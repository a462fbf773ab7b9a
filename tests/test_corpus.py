"""Accuracy on the real pages of ../shared/corpus (skipped where the corpus is absent)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import ROOT, assert_statement_offsets_hold, corpus_articles, corpus_or_skip

import mideast_statements as ms
from mideast_statements.metrics import body_prf


def test_seed_dumps_through_the_cli_score_perfectly_on_fields(tmp_path: Path) -> None:
    corpus = corpus_or_skip()
    seeds = sorted((corpus / "seeds").glob("*.txt"))
    out = tmp_path / "cli"
    done = subprocess.run(
        [sys.executable, "-m", "mideast_statements", "extract", *map(str, seeds), "-o", str(out)],
        capture_output=True,
        cwd=ROOT,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr.decode()
    # score.py wants the gold ids as file names
    gold_dir, pred = tmp_path / "gold", tmp_path / "pred"
    gold_dir.mkdir()
    pred.mkdir()
    for gold_path in sorted((corpus / "gold").glob("seed-*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        (gold_dir / gold_path.name).write_text(gold_path.read_text(encoding="utf-8"), encoding="utf-8")
        (pred / f"{gold['id']}.json").write_bytes((out / (Path(gold["source"]).stem + ".json")).read_bytes())
    report_path = tmp_path / "report.json"
    subprocess.run(
        [sys.executable, str(corpus / "score.py"), str(gold_dir), str(pred), "--json", str(report_path)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    report = json.loads(report_path.read_text())
    assert report["articles"] == 5 and not report["missing_predictions"]
    assert report["fields"] == {"title": 1.0, "subtitle": 1.0, "published": 1.0, "authors": 1.0, "outlet": 1.0}
    assert report["body_f1"] >= 0.98
    assert report["boilerplate_lines_in_body"] == 0


def test_the_real_rt_page_goes_through_the_rt_adapter() -> None:
    corpus = corpus_or_skip()
    key = "4a44ab3e4c41d56ce9b79eb07acb06aed1bc52aba68a950f06e7de7ef848400a"
    truth = json.loads((corpus / "aeb" / "ground-truth.json").read_text(encoding="utf-8"))[key]
    gold = json.loads((corpus / "gold" / "aeb-4a44ab3e4c41.json").read_text(encoding="utf-8"))
    article = ms.parse_file(corpus / "aeb" / "html" / f"{key}.html.gz", truth["url"])
    assert article.provenance.adapter == "rt" and not article.provenance.warnings
    assert body_prf(truth["articleBody"], "\n".join(article.paragraphs))[2] >= 0.97
    assert article.title == gold["title"]
    assert article.published is not None and article.published.isoformat()[:10] == gold["published"]
    assert list(article.authors) == gold["authors"]
    # the page has no URL hint when read from disk alone: its own marks still pick RT
    assert ms.parse_file(corpus / "aeb" / "html" / f"{key}.html.gz").provenance.adapter == "rt"


ANADOLU = [("V1", "AnadoluAjansi_2025_04_05.html.gz", "2025"), ("V2", "AnadoluAjansi_2026_04_20.html.gz", "2026")]


@pytest.mark.parametrize(("version", "name", "layout"), ANADOLU, ids=[a[2] for a in ANADOLU])
def test_the_real_anadolu_pages_go_through_the_anadolu_adapter(version: str, name: str, layout: str) -> None:
    corpus = corpus_or_skip()
    folder = corpus / "fundus" / "tr"
    reference = json.loads((folder / "AnadoluAjansi.json").read_text(encoding="utf-8"))[version]
    url = json.loads((folder / "meta.info").read_text(encoding="utf-8"))[name]["url"]
    article = ms.parse_file(folder / name, url)
    assert article.provenance.adapter == "anadolu" and article.provenance.layout == layout
    # the pages are Turkish on a site the adapter reads as English: the text decides, and says so
    assert article.language == "tr" and not article.statements
    assert all(w.startswith(("language:", "statements:")) for w in article.provenance.warnings)
    assert article.title == reference["title"]
    assert list(article.authors) == reference["authors"]
    paragraphs = [p for section in reference["body"]["sections"] for p in section["paragraphs"]]
    assert body_prf("\n".join(paragraphs), "\n".join(article.paragraphs))[2] >= 0.97
    assert article.subtitle == reference["body"]["summary"][0]
    published = article.published.isoformat() if article.published else ""
    ref_date = reference["publishing_date"]
    if version == "V1":
        # The page prints "05.04.2025" (day.month.year, and crawled on 2025-04-05); the reference
        # read it month-first as 2025-05-04. We compare against the date the page shows.
        year, month, day = ref_date[:10].split("-")
        assert published == f"{year}-{day}-{month}"
    else:
        # JSON-LD gives local Istanbul time without an offset; the adapter adds the outlet's zone.
        assert published.replace("T", " ").startswith(ref_date[:23]) and published.endswith("+03:00")


def test_statements_on_the_gold_set_meet_the_targets(tmp_path: Path) -> None:
    corpus = corpus_or_skip()
    from mideast_statements.evaluate import evaluate

    figures, failed = evaluate(corpus / "gold", tmp_path)
    assert failed == {}
    statements, acts = figures["statements"], figures["acts"]
    # issue 9's bar: kept while the rules got general, without naming anything in these articles
    assert statements["f1"] >= 0.95 and statements["attribution_accuracy"] >= 0.97, statements
    assert acts["f1"] >= 0.85, acts
    assert statements["topic_f1"] >= 0.70, statements


def test_statement_offsets_hold_on_every_corpus_page() -> None:
    corpus_or_skip()
    checked = sum(assert_statement_offsets_hold(a.paragraphs, a.statements) for a in corpus_articles())
    assert checked > 500  # the pages do carry statements: the check is not vacuous


def _inline_gold(folder: Path) -> None:
    """One invented article in the inline gold format of the PolNeAR folders (body inline, source null)."""
    body = [
        "Foreign Minister Anja Morrow said the ferry to Port Selan would run again on Friday.",
        '"The harbour is calm," Morrow told reporters.',
    ]
    statement = {
        "speaker": "Anja Morrow",
        "aliases": ["Morrow"],
        "kind": "indirect",
        "cue": "said",
        "cue_class": "speech",
        "text": "the ferry to Port Selan would run again on Friday",
        "paragraph": 0,
        "start": 35,
        "end": 84,
        "source_text": "Foreign Minister Anja Morrow",
        "source_kind": "name",
        "speaker_resolved": False,
        "topics": [],
    }
    quote = dict(statement, kind="direct", cue="told", text="The harbour is calm,", paragraph=1, start=1, end=21)
    gold = {
        "id": "invented-ferry",
        "source": None,
        "format": "text",
        "url": None,
        "outlet": "unknown",
        "title": "Ferry to run again",
        "published": "2024-03-14",
        "authors": [],
        "body": body,
        "boilerplate": [],
        "statements": [statement, quote],
    }
    folder.mkdir()
    (folder / "invented-ferry.json").write_text(json.dumps(gold), encoding="utf-8")


def test_evaluate_reads_inline_gold_with_either_scorer(tmp_path: Path) -> None:
    corpus = corpus_or_skip()
    from mideast_statements.evaluate import evaluate, inline_gold

    gold = tmp_path / "gold"
    _inline_gold(gold)
    assert inline_gold(gold)
    plain, failed = evaluate(gold, tmp_path / "plain", scorer=corpus / "score.py", figures="gold")
    assert failed == {} and plain["statements"]["recall"] == 1.0 and plain["statements"]["attribution_accuracy"] == 1.0
    record = json.loads((tmp_path / "plain" / "invented-ferry.json").read_text(encoding="utf-8"))
    assert record["title"] == "Ferry to run again" and record["paragraphs"][0].startswith("Foreign Minister")
    polnear, failed = evaluate(gold, tmp_path / "polnear", scorer=corpus / "score_polnear.py", figures="polnear")
    assert failed == {} and polnear["a_with_speakers"]["recall"] == 1.0 and polnear["gold_speech"] == 2
