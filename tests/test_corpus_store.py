"""The corpus store, its queries, flat exports and quotation clusters, on the shipped fixtures."""

from __future__ import annotations

import datetime as dt
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import FIXTURES, ROOT

import mideast_statements as ms
import mideast_statements.store as store_module
from mideast_statements.export import COLUMNS, statements_frame
from mideast_statements.quotes import QuoteIndex
from mideast_statements.store import Store, StoreError

QUOTES = FIXTURES / "corpus-quotes"


@pytest.fixture(scope="module")
def stored(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("store") / "corpus.db"
    with Store(db) as store:
        counts = store.add(ms.iter_articles([FIXTURES]))
    assert counts["failed"] == 0 and counts["added"] > 50
    return db


def test_a_second_ingest_adds_nothing(stored: Path) -> None:
    with Store(stored) as store:
        before = store.counts()
        again = store.add(ms.iter_articles([FIXTURES]))
        assert again["added"] == 0 and again["already"] == before["articles"]
        assert store.counts() == before


def test_an_interrupted_ingest_keeps_what_was_committed_and_a_rerun_completes_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(store_module, "BATCH", 10)
    results = list(ms.iter_articles([FIXTURES]))

    def killed_after(n: int):  # type: ignore[no-untyped-def]
        for i, item in enumerate(results):
            if i == n:
                raise KeyboardInterrupt  # what Ctrl-C does in the middle of a batch
            yield item

    db = tmp_path / "half.db"
    with Store(db) as store, pytest.raises(KeyboardInterrupt):
        store.add(killed_after(25))
    with Store(db) as store:
        assert store.counts()["articles"] == 20  # two batches committed, the third rolled back
        store.add(results)
        with Store(tmp_path / "whole.db") as whole:
            whole.add(results)
            assert store.counts() == whole.counts()


def test_a_killed_process_loses_only_its_batch_in_flight(tmp_path: Path) -> None:
    db = tmp_path / "killed.db"
    script = (
        "import os, sys, mideast_statements as ms\n"
        "from mideast_statements.store import Store\n"
        "import mideast_statements.store as st\n"
        "st.BATCH = 10\n"
        "def results():\n"
        "    for i, item in enumerate(ms.iter_articles([sys.argv[2]])):\n"
        "        if i == 35: os._exit(9)\n"
        "        yield item\n"
        "Store(sys.argv[1]).add(results())\n"
    )
    done = subprocess.run([sys.executable, "-c", script, str(db), str(FIXTURES)], cwd=ROOT, timeout=300)
    assert done.returncode == 9
    with Store(db) as store:
        assert store.counts()["articles"] == 30
    rerun = subprocess.run(
        [sys.executable, "-m", "mideast_statements", "store", str(db), str(FIXTURES), "-q"],
        cwd=ROOT,
        capture_output=True,
        timeout=300,
    )
    assert rerun.returncode == 0, rerun.stderr.decode()
    assert "added " in rerun.stderr.decode() and "already stored 30" in rerun.stderr.decode()


def test_each_filter_answers(stored: Path) -> None:
    with Store(stored, readonly=True) as store:
        everything = store.statements()
        assert len(everything) == store.counts()["statements"]
        person = next(s for s in everything if s.statement.speaker.kind == "person")
        surname = person.statement.speaker.name.split()[-1]
        by_name = store.statements(speaker=surname.lower())
        assert by_name and all(surname.lower() in s.statement.speaker.name.lower() for s in by_name)
        registered = next((s for s in everything if s.statement.speaker.id), None)
        if registered is not None:
            by_id = store.statements(speaker=registered.statement.speaker.id)
            assert by_id and all(s.statement.speaker.id == registered.statement.speaker.id for s in by_id)
        outlet = store.statements(outlet="aljazeera")
        assert outlet and all(s.outlet_id == "aljazeera" for s in outlet)
        window = store.statements(since="2024-05-01", until="2024-05-31")
        assert window and all("2024-05-01" <= _day(s) <= "2024-05-31" for s in window)
        topic = store.statements(topic="ceasefire")
        assert topic and all("ceasefire" in s.statement.topics for s in topic)
        for kind in ("direct", "indirect", "act"):
            found = store.statements(kind=kind)
            assert found and all(s.statement.kind == kind for s in found)
        unnamed = store.statements(source_kind="unnamed")
        assert unnamed and all(s.statement.speaker.kind == "unnamed" for s in unnamed)
        words = store.statements(text="humanitarian corridor")
        assert words and all("humanitarian corridor" in _words(s) for s in words)
        combined = store.statements(kind="direct", outlet="aljazeera", since="2024-01-01")
        assert set(map(id, combined)) <= set(map(id, combined)) and all(s.statement.kind == "direct" for s in combined)
        back = store.article(outlet[0].article_id)
        assert back is not None and outlet[0].statement in back.statements


def _day(found: store_module.StoredStatement) -> str:
    return found.statement.date.isoformat() if found.statement.date else (found.published or "")[:10]


def _words(found: store_module.StoredStatement) -> str:
    return " ".join(f"{found.statement.text} {found.statement.continuation or ''}".lower().split())


def test_one_quotation_reported_by_three_outlets_is_one_cluster(tmp_path: Path) -> None:
    with Store(tmp_path / "quotes.db") as store:
        store.add(ms.iter_articles([QUOTES]))
        reports = [s for s in store.statements(speaker="Talvane") if s.statement.kind in ("direct", "mixed")]
        ferries = [s for s in reports if "single day" in s.statement.text]
        fleet = [s for s in reports if "fishing fleet" in s.statement.text]
        assert len(ferries) == 3 and len({s.outlet_name for s in ferries}) == 3
        assert len({s.quote_id for s in ferries}) == 1 and ferries[0].quote_id
        assert len(fleet) == 1 and fleet[0].quote_id not in (None, ferries[0].quote_id)
        first, *later = store.quote_reports(ferries[0].quote_id)
        assert first.outlet_name == "The Harbour Ledger" and [s.outlet_name for s in later][-1] == "Amsel Post"
        done = subprocess.run(
            [sys.executable, "-m", "mideast_statements", "query", str(tmp_path / "quotes.db"), "--quote-id",
             str(ferries[0].quote_id)],
            cwd=ROOT, capture_output=True, timeout=300,
        )  # fmt: skip
        assert done.returncode == 0 and done.stdout.decode().count("Mira Talvane") == 3


def test_the_quote_index_joins_trimmed_reports_only() -> None:
    index = QuoteIndex()
    full = "We will not let the ferries stop for a single day while the quay is rebuilt"
    assert index.assign("name:talvane", full, "a") == "a"
    assert index.assign("name:talvane", "the ferries stop for a single day while the quay", "b") == "a"
    edited = "We will not let the trains stop for a single day while the quay is rebuilt"  # a word changed
    assert index.assign("name:talvane", edited, "c") == "a"
    assert index.assign("name:talvane", "The fishing fleet keeps its berths on the north side", "d") == "d"
    assert index.assign("name:lind", full, "e") == "e"  # the same words by someone else: another quotation
    assert index.assign("name:talvane", "We will not", "f") is None  # too short to tell


def test_exports_load_in_pandas_with_the_documented_types(stored: Path, tmp_path: Path) -> None:
    pd = pytest.importorskip("pandas")
    pytest.importorskip("pyarrow")
    with Store(stored, readonly=True) as store:
        total = store.counts()["statements"]
    for suffix in (".csv", ".parquet", ".jsonl"):
        target = tmp_path / f"statements{suffix}"
        done = subprocess.run(
            [sys.executable, "-m", "mideast_statements", "export", str(stored), "--to", str(target)],
            cwd=ROOT, capture_output=True, timeout=300,
        )  # fmt: skip
        assert done.returncode == 0, done.stderr.decode()
        frame = {".csv": pd.read_csv, ".parquet": pd.read_parquet, ".jsonl": lambda p: pd.read_json(p, lines=True)}[
            suffix
        ](target)
        assert len(frame) == total and list(frame.columns) == [name for name, _, _ in COLUMNS]
        assert (
            pd.to_datetime(frame["published"]).notna().any()
            and pd.to_datetime(frame["published_at"], utc=True).notna().any()
        )
    parquet = pd.read_parquet(tmp_path / "statements.parquet")
    assert str(parquet["paragraph"].dtype) == "int32" and str(parquet["published_at"].dtype).startswith("datetime64")
    assert isinstance(parquet["published"].dropna().iloc[0], dt.date)


def test_statements_frame_from_a_store_and_from_articles(stored: Path) -> None:
    pytest.importorskip("pandas")
    with Store(stored, readonly=True) as store:
        from_store = statements_frame(store)
        assert len(from_store) == store.counts()["statements"]
    from_articles = statements_frame(ms.iter_articles([FIXTURES]))
    assert len(from_articles) == len(from_store)
    assert str(from_store["published"].dtype).startswith("datetime64") and str(from_store["start"].dtype) == "Int32"
    assert set(from_store["kind"].dropna()) <= {"direct", "indirect", "mixed", "act"}


def test_a_store_from_a_newer_library_is_refused_clearly(tmp_path: Path) -> None:
    db = tmp_path / "future.db"
    Store(db).close()
    with sqlite3.connect(db) as raw:
        raw.execute("PRAGMA user_version=99")
    with pytest.raises(StoreError, match="newer"):
        Store(db)
    not_a_store = tmp_path / "notes.db"
    not_a_store.write_bytes(b"these are my notes, not a database" * 100)
    with pytest.raises(StoreError):
        Store(not_a_store)
