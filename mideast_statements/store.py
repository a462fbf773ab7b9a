"""A corpus store: articles, statements and speakers in one SQLite file, queryable by speaker,
outlet, dates, topic, kind, source kind, quotation cluster and full text (FTS5).

Embedded and dependency-free (the standard library's sqlite3, WAL mode). Each article is stored
once, by the hash of its input (``provenance.content_hash``): a second ingest of the same input
adds nothing. Articles are committed in batches, so an interrupted ingest loses at most the batch
in flight, and running it again completes it. The full record of each article is kept (JSON), so
``Store.article`` gives back the same Article ``parse`` made. The schema is versioned
(``PRAGMA user_version``): a later library migrates an older store when the schema changes (1 is
the first), and a store written by a newer library is refused with a clear error. The schema is drawn in docs/corpus.md.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import attrs
import orjson

from .api import Failure
from .batch import Results, results_of
from .errors import MideastStatementsError
from .model import Article, Statement
from .quotes import STOCK_GRAM, best_match, statement_keys
from .serialize import converter, from_dict, to_dict

__all__ = ["STORE_VERSION", "Store", "StoreError", "StoredStatement"]

STORE_VERSION = 1
BATCH = 200  # articles per transaction: what an interrupted ingest can lose, and redo

_SCHEMA = """
CREATE TABLE IF NOT EXISTS articles (
    rowid INTEGER PRIMARY KEY,
    content_hash TEXT NOT NULL UNIQUE,
    article_id TEXT NOT NULL,
    outlet_id TEXT,
    outlet_name TEXT,
    url TEXT,
    title TEXT,
    published TEXT,
    language TEXT,
    source TEXT,
    crawled TEXT,
    record BLOB NOT NULL
);
CREATE INDEX IF NOT EXISTS articles_outlet ON articles(outlet_id);
CREATE INDEX IF NOT EXISTS articles_published ON articles(published);
CREATE INDEX IF NOT EXISTS articles_article_id ON articles(article_id);
CREATE TABLE IF NOT EXISTS speakers (
    rowid INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    registry_id TEXT,
    kind TEXT,
    role TEXT,
    organization TEXT,
    country TEXT
);
CREATE INDEX IF NOT EXISTS speakers_registry ON speakers(registry_id);
CREATE INDEX IF NOT EXISTS speakers_name ON speakers(name COLLATE NOCASE);
CREATE TABLE IF NOT EXISTS statements (
    rowid INTEGER PRIMARY KEY,
    article INTEGER NOT NULL REFERENCES articles(rowid) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    speaker INTEGER NOT NULL REFERENCES speakers(rowid),
    speaker_name TEXT NOT NULL,
    kind TEXT NOT NULL,
    cue TEXT,
    text TEXT NOT NULL,
    continuation TEXT,
    date TEXT,
    topics TEXT NOT NULL,
    paragraph INTEGER NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    confidence REAL,
    quote_id TEXT,
    grams INTEGER NOT NULL DEFAULT 0,
    record BLOB NOT NULL
);
CREATE INDEX IF NOT EXISTS statements_article ON statements(article);
CREATE INDEX IF NOT EXISTS statements_speaker ON statements(speaker);
CREATE INDEX IF NOT EXISTS statements_kind ON statements(kind);
CREATE INDEX IF NOT EXISTS statements_date ON statements(date);
CREATE INDEX IF NOT EXISTS statements_quote ON statements(quote_id);
CREATE TABLE IF NOT EXISTS statement_topics (
    statement INTEGER NOT NULL REFERENCES statements(rowid) ON DELETE CASCADE,
    topic TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS statement_topics_topic ON statement_topics(topic);
CREATE TABLE IF NOT EXISTS quote_grams (
    gram INTEGER NOT NULL,
    statement INTEGER NOT NULL REFERENCES statements(rowid) ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS quote_grams_gram ON quote_grams(gram);
CREATE TABLE IF NOT EXISTS failures (
    source TEXT PRIMARY KEY,
    error TEXT NOT NULL,
    message TEXT NOT NULL
);
CREATE VIRTUAL TABLE IF NOT EXISTS statements_fts USING fts5(
    text, continuation, content='statements', content_rowid='rowid'
);
"""


class StoreError(MideastStatementsError):
    """A store that cannot be opened or written: a newer schema, not a store, a read-only file."""


@attrs.frozen(slots=True)
class StoredStatement:
    """A statement of the store with the article it came from (query results)."""

    statement: Statement
    article_id: str
    outlet_id: str | None
    outlet_name: str | None
    url: str | None
    published: str | None
    position: int  # the statement's index in its article's statements
    quote_id: str | None


class Store:
    """``Store(path)`` opens (or creates) a store; use it as a context manager or call ``close``."""

    def __init__(self, path: str | Path, *, readonly: bool = False) -> None:
        self.path = Path(path)
        try:
            if readonly:
                self.db = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True)
            else:
                self.db = sqlite3.connect(self.path)
                self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA foreign_keys=ON")
            version = self.db.execute("PRAGMA user_version").fetchone()[0]
        except sqlite3.Error as exc:
            raise StoreError(f"{self.path}: cannot open the store: {exc}") from exc
        if version > STORE_VERSION:
            self.db.close()
            raise StoreError(
                f"{self.path}: store schema {version} was written by a newer mideast-statements "
                f"(this one reads up to {STORE_VERSION}); upgrade the library to read it"
            )
        if version == 0 and not readonly:
            try:
                with self.db:
                    self.db.executescript(_SCHEMA)
                    self.db.execute(f"PRAGMA user_version={STORE_VERSION}")
            except sqlite3.DatabaseError as exc:
                raise StoreError(f"{self.path}: not a mideast-statements store: {exc}") from exc

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.db.close()

    # --- writing -------------------------------------------------------------------------------------
    def add(self, results: Results) -> dict[str, int]:
        """Store articles (and failures), committing every BATCH articles. Returns counts: added,
        already (stored before: same input hash), failed."""
        counts = {"added": 0, "already": 0, "failed": 0}
        pending = 0
        cursor = self.db.cursor()
        cursor.execute("BEGIN")
        try:
            for result in results_of(results):
                if isinstance(result, Failure):
                    cursor.execute(
                        "INSERT OR REPLACE INTO failures(source, error, message) VALUES (?, ?, ?)",
                        (result.source, result.error, result.message),
                    )
                    counts["failed"] += 1
                elif self._add_article(cursor, result):
                    counts["added"] += 1
                else:
                    counts["already"] += 1
                pending += 1
                if pending >= BATCH:
                    cursor.execute("COMMIT")
                    cursor.execute("BEGIN")
                    pending = 0
            cursor.execute("COMMIT")
        except BaseException:
            self.db.rollback()  # the batch in flight is redone by the next ingest
            raise
        return counts

    def _add_article(self, cursor: sqlite3.Cursor, article: Article) -> bool:
        record = to_dict(article)
        published = _iso(article.published)
        row = (
            article.provenance.content_hash,
            article.id,
            article.outlet.id,
            article.outlet.name,
            article.url,
            article.title,
            published,
            article.language,
            article.provenance.source,
            article.provenance.crawled,
            orjson.dumps(record),
        )
        cursor.execute(
            "INSERT OR IGNORE INTO articles(content_hash, article_id, outlet_id, outlet_name, url, title, published,"
            " language, source, crawled, record) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            row,
        )
        if cursor.rowcount == 0:
            return False  # this input is stored already
        article_row = cursor.lastrowid
        for position, statement in enumerate(article.statements):
            self._add_statement(cursor, article_row, position, statement)
        if article.provenance.source:
            cursor.execute("DELETE FROM failures WHERE source = ?", (article.provenance.source,))
        return True

    def _add_statement(self, cursor: sqlite3.Cursor, article_row: int | None, position: int, s: Statement) -> None:
        speaker = s.speaker
        key = speaker.id or f"{speaker.kind or '-'}:{speaker.name}"
        cursor.execute(
            "INSERT OR IGNORE INTO speakers(key, name, registry_id, kind, role, organization, country)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (key, speaker.name, speaker.id, speaker.kind, speaker.role, speaker.organization, speaker.country),
        )
        speaker_row = cursor.execute("SELECT rowid FROM speakers WHERE key = ?", (key,)).fetchone()[0]
        cursor.execute(
            "INSERT INTO statements(article, position, speaker, speaker_name, kind, cue, text, continuation, date,"
            ' topics, paragraph, start, "end", confidence, record)'
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                article_row,
                position,
                speaker_row,
                speaker.name,
                s.kind,
                s.cue,
                s.text,
                s.continuation,
                _iso(s.date),
                " ".join(s.topics),
                s.paragraph,
                s.start,
                s.end,
                s.confidence,
                orjson.dumps(converter.unstructure(s)),
            ),
        )
        row = cursor.lastrowid
        assert row is not None
        cursor.execute(
            "INSERT INTO statements_fts(rowid, text, continuation) VALUES (?, ?, ?)", (row, s.text, s.continuation)
        )
        cursor.executemany("INSERT INTO statement_topics(statement, topic) VALUES (?, ?)", [(row, t) for t in s.topics])
        keys = statement_keys(s)
        if keys:
            self._cluster(cursor, row, keys)

    def _cluster(self, cursor: sqlite3.Cursor, row: int, keys: list[int]) -> None:
        """The statement's quote id: an earlier report's of the same words by the same speaker, else its own."""
        shared: dict[int, int] = {}
        for k in keys:
            refs = [
                r
                for (r,) in cursor.execute(
                    "SELECT statement FROM quote_grams WHERE gram = ? LIMIT ?", (k, STOCK_GRAM + 1)
                )
            ]
            if len(refs) > STOCK_GRAM:
                continue  # a stock phrase of this speaker: no evidence
            for ref in refs:
                shared[ref] = shared.get(ref, 0) + 1
        sizes = (
            dict(
                cursor.execute(
                    f"SELECT rowid, grams FROM statements WHERE rowid IN ({','.join('?' * len(shared))})", list(shared)
                )
            )
            if shared
            else {}
        )
        match = best_match(shared, len(keys), sizes.__getitem__)
        quote_id = f"q{row}"
        if match is not None:
            quote_id = cursor.execute("SELECT quote_id FROM statements WHERE rowid = ?", (match,)).fetchone()[0]
        cursor.execute("UPDATE statements SET quote_id = ?, grams = ? WHERE rowid = ?", (quote_id, len(keys), row))
        cursor.executemany("INSERT INTO quote_grams(gram, statement) VALUES (?, ?)", [(k, row) for k in keys])

    # --- reading -------------------------------------------------------------------------------------
    def counts(self) -> dict[str, int]:
        """How many articles, statements, speakers, quotation clusters and failures the store holds."""
        one = self.db.execute
        return {
            "articles": one("SELECT COUNT(*) FROM articles").fetchone()[0],
            "statements": one("SELECT COUNT(*) FROM statements").fetchone()[0],
            "speakers": one("SELECT COUNT(*) FROM speakers").fetchone()[0],
            "quotes": one("SELECT COUNT(DISTINCT quote_id) FROM statements WHERE quote_id IS NOT NULL").fetchone()[0],
            "failures": one("SELECT COUNT(*) FROM failures").fetchone()[0],
        }

    def article(self, article_id: str) -> Article | None:
        """The stored article with this id (the first stored, if several inputs share it)."""
        row = self.db.execute(
            "SELECT record FROM articles WHERE article_id = ? ORDER BY rowid", (article_id,)
        ).fetchone()
        return from_dict(orjson.loads(row[0])) if row else None

    def articles(self) -> Iterator[Article]:
        for (record,) in self.db.execute("SELECT record FROM articles ORDER BY rowid"):
            yield from_dict(orjson.loads(record))

    def failures(self) -> list[Failure]:
        return [Failure(*row) for row in self.db.execute("SELECT source, error, message FROM failures ORDER BY source")]

    def statements(
        self,
        *,
        speaker: str | None = None,
        outlet: str | None = None,
        since: str | dt.date | None = None,
        until: str | dt.date | None = None,
        topic: str | None = None,
        kind: str | None = None,
        source_kind: str | None = None,
        text: str | None = None,
        quote_id: str | None = None,
        limit: int | None = None,
    ) -> list[StoredStatement]:
        """Statements matching every filter given, in store order (article, then position).

        ``speaker``: a registry id or a name (whole name or any part of it, any case); ``outlet``:
        an outlet id or name; ``since``/``until``: ISO dates, inclusive, on the statement's date or,
        where it has none, its article's published date; ``kind``: direct, indirect, mixed, act;
        ``source_kind``: person, organization, unnamed; ``text``: an FTS5 query over the quoted and
        reported words ("humanitarian corridor", "ceasefire OR truce"); ``quote_id``: one
        quotation's reports."""
        where: list[str] = []
        args: list[object] = []
        if speaker:
            where.append("(sp.registry_id = ? OR sp.name LIKE ? OR s.speaker_name LIKE ?)")
            args += [speaker, f"%{speaker}%", f"%{speaker}%"]
        if outlet:
            where.append("(a.outlet_id = ? OR a.outlet_name LIKE ?)")
            args += [outlet.lower(), outlet]
        day = "COALESCE(s.date, substr(a.published, 1, 10))"
        if since:
            where.append(f"{day} >= ?")
            args.append(_iso(since))
        if until:
            where.append(f"{day} <= ?")
            args.append(_iso(until))
        if topic:
            where.append("s.rowid IN (SELECT statement FROM statement_topics WHERE topic = ?)")
            args.append(topic)
        if kind:
            where.append("s.kind = ?")
            args.append(kind)
        if source_kind:
            where.append("sp.kind = ?")
            args.append(source_kind)
        if text:
            where.append("s.rowid IN (SELECT rowid FROM statements_fts WHERE statements_fts MATCH ?)")
            args.append(_fts_query(text))
        if quote_id:
            where.append("s.quote_id = ?")
            args.append(quote_id)
        sql = (
            "SELECT s.record, s.position, s.quote_id, a.article_id, a.outlet_id, a.outlet_name, a.url, a.published"
            " FROM statements s JOIN articles a ON a.rowid = s.article JOIN speakers sp ON sp.rowid = s.speaker"
            + (" WHERE " + " AND ".join(where) if where else "")
            + " ORDER BY a.rowid, s.position"
            + (f" LIMIT {int(limit)}" if limit else "")
        )
        try:
            rows = self.db.execute(sql, args).fetchall()
        except sqlite3.OperationalError as exc:
            raise StoreError(f"the query cannot run: {exc}") from exc
        return [_stored(row) for row in rows]

    def quote_reports(self, quote_id: str) -> list[StoredStatement]:
        """Who reported a quotation, first first: its statements by publication date, then store order."""
        found = self.statements(quote_id=quote_id)  # in store order; a stable sort keeps it among equal dates
        return sorted(found, key=lambda s: s.published or "9999")


def _stored(row: Sequence[Any]) -> StoredStatement:
    record, position, quote_id, article_id, outlet_id, outlet_name, url, published = row
    statement = converter.structure(orjson.loads(record), Statement)
    return StoredStatement(statement, article_id, outlet_id, outlet_name, url, published, position, quote_id)


def _iso(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    return str(value)


def _fts_query(text: str) -> str:
    """A user's words as an FTS5 query: a plain phrase is matched as a phrase; FTS5 syntax (OR,
    NEAR, quotes, *) is passed through."""
    if any(mark in text for mark in ('"', " OR ", " AND ", " NOT ", "NEAR(", "*")):
        return text
    return '"' + text.replace('"', " ") + '"'
