"""The one door to the database: open, migrate, store, read, search.

Nothing else in clipper constructs ``sqlite_utils.Database``. The schema only
changes through the append-only migrations below; a migration, once released,
is never edited.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import re
import sqlite3
import time
import zlib
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from .cjk import index_terms
from .errors import ClippingNotFound, DatabaseError, QueryError, UsageError
from .models import (
    HIGHLIGHT,
    Article,
    Clipping,
    Filters,
    Page,
    SaveResult,
    SearchHit,
    Stats,
    StoredPage,
)
from .similar import NEAR_DUPLICATE, SKETCH_SIZE, similarity, sketch

BUSY_TIMEOUT_MS = 10_000
BUSY_RETRIES = 4  # each after busy_timeout gave up: bounded, with backoff
# bm25 weights per FTS column, in the order the FTS table declares them:
# a word in the title counts ten times one in the body. The *_cjk columns hold
# the bigrams of Chinese, Japanese and Korean text (see clipper.cjk).
FTS_COLUMNS = ("title", "byline", "text", "title_cjk", "text_cjk")
FTS_WEIGHTS = (10.0, 3.0, 1.0, 10.0, 1.0)
FTS_TOKENIZER = "porter unicode61 remove_diacritics 2"

migrations = Migrations("clipper")


@migrations(name="m001_clippings")
def m001_clippings(db: Database) -> None:
    db["clippings"].create(  # type: ignore[union-attr]
        {
            "id": int,
            "source_key": str,  # what makes two clips "the same page"
            "url": str,
            "source": str,
            "title": str,
            "authors": str,  # JSON list
            "byline": str,
            "published": str,
            "modified": str,
            "date_source": str,
            "site_name": str,
            "lang": str,
            "excerpt": str,
            "image": str,
            "canonical_url": str,
            "section": str,
            "captions": str,  # JSON list
            "text": str,
            "html": str,
            "word_count": int,
            "kind": str,
            "encoding": str,
            "encoding_source": str,
            "content_hash": str,
            "clipped_at": str,
            "updated_at": str,
        },
        pk="id",
        not_null={"source_key", "source", "text", "html", "word_count", "clipped_at"},
    )
    db["clippings"].create_index(["source_key"], unique=True)  # type: ignore[union-attr]
    db["clippings"].create_index(["clipped_at"])  # type: ignore[union-attr]
    db["clipping_tags"].create(  # type: ignore[union-attr]
        {"clipping_id": int, "tag": str},
        pk=("clipping_id", "tag"),
        foreign_keys=[("clipping_id", "clippings", "id")],
    )
    db["clipping_tags"].create_index(["tag"])  # type: ignore[union-attr]
    db["raw_sources"].create(  # type: ignore[union-attr]
        {
            "clipping_id": int,
            "body": bytes,  # zlib-compressed bytes exactly as read or fetched
            "content_type": str,
            "charset": str,
            "final_url": str,
            "size": int,
        },
        pk="clipping_id",
        foreign_keys=[("clipping_id", "clippings", "id")],
    )


@migrations(name="m002_fts")
def m002_fts(db: Database) -> None:
    db["clippings"].enable_fts(  # type: ignore[union-attr]
        ["title", "byline", "text"],
        create_triggers=True,
        tokenize="porter unicode61 remove_diacritics 2",
    )


@migrations(name="m003_cjk_search")
def m003_cjk_search(db: Database) -> None:
    table = db["clippings"]
    table.add_column("title_cjk", str)  # type: ignore[union-attr]
    table.add_column("text_cjk", str)  # type: ignore[union-attr]
    for cid, title, text in db.execute("SELECT id, title, text FROM clippings").fetchall():
        db.execute(
            "UPDATE clippings SET title_cjk = ?, text_cjk = ? WHERE id = ?",
            [index_terms(title), index_terms(text), cid],
        )
    table.disable_fts()  # type: ignore[union-attr]
    table.enable_fts(list(FTS_COLUMNS), create_triggers=True, tokenize=FTS_TOKENIZER)  # type: ignore[union-attr]
    db.execute("INSERT INTO clippings_fts (clippings_fts) VALUES ('rebuild')")


@migrations(name="m004_filter_indexes")
def m004_filter_indexes(db: Database) -> None:
    db["clippings"].create_index(["site_name"])  # type: ignore[union-attr]
    db["clippings"].create_index(["published"])  # type: ignore[union-attr]


@migrations(name="m201_curation")
def m201_curation(db: Database) -> None:
    # The user's own words and fixes live beside the extraction, so
    # re-extracting or re-clipping a page never loses them.
    table = db["clippings"]
    table.add_column("note", str)  # type: ignore[union-attr]
    table.add_column("corrections", str)  # type: ignore[union-attr]  # JSON object


@migrations(name="m101_batch_duplicates")
def m101_batch_duplicates(db: Database) -> None:
    # Batches skip what is already archived (by source, key or identical text)
    # and flag near-duplicates through each text's MinHash sketch (clipper.similar).
    table = db["clippings"]
    table.add_column("near_duplicate_of", int)  # type: ignore[union-attr]
    table.create_index(["content_hash"])  # type: ignore[union-attr]
    table.create_index(["source"])  # type: ignore[union-attr]
    db["clipping_sketches"].create(  # type: ignore[union-attr]
        {"clipping_id": int, "hash": int}, pk=("clipping_id", "hash")
    )
    db["clipping_sketches"].create_index(["hash"])  # type: ignore[union-attr]
    # No foreign keys, so that deleting a clipping needs to know nothing of
    # sketches: the trigger tidies up after it.
    db.execute(
        "CREATE TRIGGER clippings_sketches_ad AFTER DELETE ON clippings BEGIN "
        "DELETE FROM clipping_sketches WHERE clipping_id = old.id; "
        "UPDATE clippings SET near_duplicate_of = NULL WHERE near_duplicate_of = old.id; "
        "END"
    )
    for cid, text in db.execute("SELECT id, text FROM clippings").fetchall():
        _store_sketch(db, cid, sketch(text or ""))


@migrations(name="m301_title_index")
def m301_title_index(db: Database) -> None:
    # A second, small full-text index of titles alone. Ranking the title
    # matches of a very common word through the main index would walk every
    # body that holds the word; this one only holds the titles.
    db.execute(
        "CREATE VIRTUAL TABLE clippings_titles_fts USING fts5("
        "title, title_cjk, content='clippings', content_rowid='id', "
        f"tokenize='{FTS_TOKENIZER}')"
    )
    db.execute(
        "CREATE TRIGGER clippings_titles_ai AFTER INSERT ON clippings BEGIN "
        "INSERT INTO clippings_titles_fts (rowid, title, title_cjk) "
        "VALUES (new.id, new.title, new.title_cjk); END"
    )
    db.execute(
        "CREATE TRIGGER clippings_titles_ad AFTER DELETE ON clippings BEGIN "
        "INSERT INTO clippings_titles_fts (clippings_titles_fts, rowid, title, title_cjk) "
        "VALUES ('delete', old.id, old.title, old.title_cjk); END"
    )
    db.execute(
        "CREATE TRIGGER clippings_titles_au AFTER UPDATE OF title, title_cjk ON clippings BEGIN "
        "INSERT INTO clippings_titles_fts (clippings_titles_fts, rowid, title, title_cjk) "
        "VALUES ('delete', old.id, old.title, old.title_cjk); "
        "INSERT INTO clippings_titles_fts (rowid, title, title_cjk) "
        "VALUES (new.id, new.title, new.title_cjk); END"
    )
    db.execute("INSERT INTO clippings_titles_fts (clippings_titles_fts) VALUES ('rebuild')")


@migrations(name="m401_page_type")
def m401_page_type(db: Database) -> None:
    # What a page stored with --force turned out to be ("bot-check", "paywall"…).
    db["clippings"].add_column("page_type", str)  # type: ignore[union-attr]


@migrations(name="m501_seen_pages")
def m501_seen_pages(db: Database) -> None:
    # What each page a batch extracted became: its key and its text's hash, by
    # a fingerprint of the page (pipeline.page_fingerprint). A batch run again
    # recognises a page it has extracted before, a duplicate above all (whose
    # text is stored under another clipping's name), without extracting it.
    db["seen_pages"].create(  # type: ignore[union-attr]
        {"fingerprint": str, "source_key": str, "content_hash": str, "seen_at": str},
        pk="fingerprint",
        not_null={"source_key", "content_hash", "seen_at"},
    )
    db["seen_pages"].create_index(["source_key"])  # type: ignore[union-attr]
    db["seen_pages"].create_index(["content_hash"])  # type: ignore[union-attr]
    # A deleted clipping leaves no trace of its page, nor of pages that were its duplicates.
    db.execute(
        "CREATE TRIGGER clippings_seen_pages_ad AFTER DELETE ON clippings BEGIN "
        "DELETE FROM seen_pages WHERE source_key = old.source_key "
        "OR content_hash = old.content_hash; END"
    )


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def open_db(path: str | Path) -> Database:
    """Open (creating if need be) the archive at ``path`` and bring its schema up to date."""
    path = Path(path)
    if path.is_dir():
        raise DatabaseError(f"{path} is a folder, not a database file. Give a file path with --db.")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DatabaseError(
            f"Can't create the folder for the database {path}: {exc.strerror}. "
            "Choose another place with --db or CLIPPER_DB."
        ) from None
    try:
        db = Database(path, execute_plugins=False)
        db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        # Reads of a large archive hop between the index and the rows: map the
        # file into memory and keep a bigger page cache (both cost nothing when
        # the archive is small).
        db.execute("PRAGMA mmap_size = 268435456")
        db.execute("PRAGMA cache_size = -32000")
        _register_functions(db)
        db.execute("PRAGMA foreign_keys = ON")
        _check_schema(db, path)
        _retry_if_busy(lambda: _use_wal(db))
        if migrations.pending(db):
            # Under the write lock, so that of several clippers opening a new
            # archive at once one migrates and the others find nothing to do.
            with writing(db, path):
                if migrations.pending(db):
                    migrations.apply(db)
    except sqlite3.DatabaseError as exc:
        raise DatabaseError(_explain(exc, path)) from None
    return db


def _check_schema(db: Database, path: Path) -> None:
    """Refuse files that aren't SQLite, aren't clipper's, or are ahead of this version."""
    tables = set(db.table_names())  # raises "file is not a database" for garbage
    if tables and "clippings" not in tables:
        raise DatabaseError(
            f"{path} is a SQLite database but not a clipper archive. Choose another file with --db."
        )
    if "_sqlite_migrations" in tables:
        known = {m.name for m in migrations._migrations}
        applied = {m.name for m in migrations.applied(db)}
        unknown = sorted(applied - known)
        if unknown:
            raise DatabaseError(
                f"{path} was written by a newer clipper (schema {unknown[-1]}). "
                "Upgrade clipper to use it; nothing was changed."
            )


def _explain(exc: sqlite3.DatabaseError, path: Path) -> str:
    message = str(exc)
    if "not a database" in message or "malformed" in message:
        return f"{path} is not a SQLite database (or it is damaged): {message}."
    if "readonly" in message or "read-only" in message:
        return f"Can't write to {path}: the file or its folder is read-only."
    if "unable to open" in message:
        return f"Can't open {path}: check that its folder exists and is writable."
    if "locked" in message or "busy" in message:
        return f"{path} is busy (another clipper is writing); try again in a moment."
    if "disk is full" in message or "full" in message:
        return f"Can't write to {path}: the disk is full. Free some space and try again."
    return f"Database error in {path}: {message}."


@contextmanager
def writing(db: Database, path: str | Path | None = None) -> Iterator[Database]:
    """A write transaction, all or nothing, whose SQLite failures become one-line DatabaseErrors.

    The write lock is taken at BEGIN (IMMEDIATE). A transaction that read
    first and wrote later would fail at once with SQLITE_BUSY whenever another
    process committed in between: busy_timeout can't refresh a stale snapshot.
    Inside an open transaction this is a savepoint of it.
    """
    try:
        if db.conn.in_transaction:
            with db.atomic():
                yield db
            return
        _begin_immediate(db)
        try:
            yield db
            db.conn.execute("COMMIT")
        except BaseException:
            db.conn.rollback()
            raise
    except sqlite3.DatabaseError as exc:
        raise DatabaseError(_explain(exc, Path(path or _file_of(db)))) from None


def _file_of(db: Database) -> str:
    """The archive's file name, for messages."""
    for _, name, file, *_ in db.conn.execute("PRAGMA database_list"):
        if name == "main" and file:
            return str(file)
    return "the database"


def _use_wal(db: Database) -> None:
    """Put the archive in WAL mode (readers and a writer at once), unless it is already.

    Switching rewrites the file's header: SQLite reads it, then asks for the
    exclusive lock with the read lock still held, and so answers busy at once,
    without waiting out busy_timeout, when another connection holds a lock
    meanwhile, as when several clippers open a new archive together. Asked
    again once the other is done, the archive is found in WAL mode already.
    """
    if db.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
        db.execute("PRAGMA journal_mode = wal")


def _begin_immediate(db: Database) -> None:
    """BEGIN IMMEDIATE, retried a few times with growing pauses if SQLite stays busy.

    busy_timeout already waits for the lock; the retries cover the cases where
    SQLite reports busy without waiting (another process recovering the WAL).
    """
    _retry_if_busy(lambda: db.conn.execute("BEGIN IMMEDIATE"))


def _retry_if_busy(action: Callable[[], object]) -> None:
    """Run ``action``, again after growing pauses while SQLite answers busy, a few times."""
    for attempt in range(BUSY_RETRIES):
        try:
            action()
            return
        except sqlite3.OperationalError as exc:
            busy = "locked" in str(exc) or "busy" in str(exc)
            if not busy or attempt == BUSY_RETRIES - 1:
                raise
            time.sleep(0.05 * 2**attempt * (1 + random.random()))


# --- storing ---------------------------------------------------------------


def content_hash(text: str) -> str:
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()


def source_key(page: Page, canonical: str | None) -> str:
    """What identifies a page: its canonical URL, or for files and stdin, its bytes."""
    if canonical:
        return canonical
    return "sha256:" + hashlib.sha256(page.body).hexdigest()


def save_clipping(
    db: Database,
    article: Article,
    page: Page,
    *,
    key: str,
    url: str | None,
    tags: Iterable[str] = (),
    encoding: str | None = None,
    encoding_source: str | None = None,
    text_sketch: tuple[int, ...] | None = None,
    compressed_body: bytes | None = None,
) -> SaveResult:
    """Insert the clipping, or update the one with the same key; all or nothing.

    A clipping whose text resembles another's is stored flagged with that one's
    id. ``text_sketch`` (the text's sketch) and ``compressed_body`` (the page's
    body as :func:`compress_body` makes it) are for callers that made them
    already, in another process.
    """
    signature = sketch(article.text) if text_sketch is None else text_sketch
    now = _now()
    row: dict[str, Any] = {
        "source_key": key,
        "url": url,
        "source": page.source,
        "title": article.title,
        "authors": json.dumps(list(article.authors), ensure_ascii=False),
        "byline": article.byline,
        "published": article.published,
        "modified": article.modified,
        "date_source": article.date_source,
        "site_name": article.site_name,
        "lang": article.lang,
        "excerpt": article.excerpt,
        "image": article.image,
        "canonical_url": article.canonical_url,
        "section": article.section,
        "captions": json.dumps(list(article.captions), ensure_ascii=False),
        "text": article.text,
        "html": article.html,
        "word_count": article.word_count,
        "kind": article.kind,
        "page_type": article.page_type,
        "encoding": encoding,
        "encoding_source": encoding_source,
        "content_hash": content_hash(article.text),
        "title_cjk": index_terms(article.title),
        "text_cjk": index_terms(article.text),
        "updated_at": now,
    }
    raw = {
        "body": compress_body(page.body) if compressed_body is None else compressed_body,
        "content_type": page.content_type,
        "charset": page.charset,
        "final_url": page.url,
        "size": len(page.body),
    }
    all_tags = sorted({t.strip() for t in (*tags, *article.tags) if t and t.strip()})
    with writing(db):
        existing = db.execute("SELECT id FROM clippings WHERE source_key = ?", [key]).fetchone()
        keep_page = _keep_curation(db, existing[0] if existing else None, row, article)
        row["near_duplicate_of"] = near_duplicate(db, signature, existing[0] if existing else None)
        if existing:
            clipping_id = existing[0]
            db["clippings"].update(clipping_id, row)  # type: ignore[union-attr]
        else:
            row.setdefault("clipped_at", now)
            clipping_id = db["clippings"].insert(row).last_pk  # type: ignore[union-attr]
        if not keep_page:
            db["raw_sources"].upsert({"clipping_id": clipping_id, **raw}, pk="clipping_id")  # type: ignore[union-attr]
        _store_sketch(db, clipping_id, signature)
        for tag in all_tags:
            db.execute(
                "INSERT OR IGNORE INTO clipping_tags (clipping_id, tag) VALUES (?, ?)",
                [clipping_id, tag],
            )
    return SaveResult(get_clipping(db, clipping_id), created=not existing)


# --- reading ---------------------------------------------------------------

_CLIPPING_COLUMNS = (
    "c.id, c.url, c.source, c.title, c.authors, c.byline, c.published, c.site_name, c.lang, "
    "c.excerpt, c.text, c.word_count, c.clipped_at, c.modified, c.section, c.image, "
    "c.canonical_url, c.captions, c.kind, c.encoding, c.html, c.note, c.corrections, "
    "c.near_duplicate_of, c.page_type"
)


def _tags_for(db: Database, ids: list[int]) -> dict[int, list[str]]:
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    found: dict[int, list[str]] = {i: [] for i in ids}
    for cid, tag in db.execute(
        f"SELECT clipping_id, tag FROM clipping_tags WHERE clipping_id IN ({marks}) ORDER BY tag",
        ids,
    ):
        found[cid].append(tag)
    return found


def _to_clipping(row: sqlite3.Row | tuple[Any, ...], tags: list[str]) -> Clipping:
    (cid, url, source, title, authors, byline, published, site_name, lang, excerpt, text,
     word_count, clipped_at, modified, section, image, canonical_url, captions, kind,
     encoding, html, note, corrections, near_duplicate_of, page_type) = row  # fmt: skip
    return Clipping(
        id=cid,
        url=url,
        source=source,
        title=title,
        authors=json.loads(authors or "[]"),
        byline=byline,
        published=published,
        site_name=site_name,
        lang=lang,
        excerpt=excerpt,
        text=text,
        word_count=word_count,
        clipped_at=clipped_at,
        tags=tags,
        modified=modified,
        section=section,
        image=image,
        canonical_url=canonical_url,
        captions=json.loads(captions or "[]"),
        kind=kind or "html",
        encoding=encoding,
        html=html or "",
        note=note,
        corrections=json.loads(corrections or "{}"),
        near_duplicate_of=near_duplicate_of,
        page_type=page_type,
    )


def get_clipping(db: Database, clipping_id: int) -> Clipping:
    row = db.execute(
        f"SELECT {_CLIPPING_COLUMNS} FROM clippings c WHERE c.id = ?", [clipping_id]
    ).fetchone()
    if row is None:
        raise ClippingNotFound(
            f"No clipping with id {clipping_id}. Run 'clipper list' to see the ids."
        )
    return _to_clipping(row, _tags_for(db, [clipping_id])[clipping_id])


_DATE = "substr(coalesce(c.published, c.clipped_at), 1, 10)"


def _host_of(value: str) -> str:
    """The host a --site value names ("www.Example.com", "https://example.com/x" -> example.com)."""
    from urllib.parse import urlsplit

    text = value.strip()
    host = urlsplit(text if "//" in text else f"//{text}").hostname or text
    return host.casefold().removeprefix("www.")


def _register_functions(db: Database) -> None:
    """SQL functions the filters use: Unicode case folding and a URL's host."""
    db.conn.create_function(
        "clipper_fold", 1, lambda s: s.casefold() if isinstance(s, str) else s, deterministic=True
    )
    db.conn.create_function(
        "clipper_host", 1, lambda u: _host_of(u) if isinstance(u, str) else None, deterministic=True
    )


def _where(filters: Filters | None) -> tuple[str, list[Any]]:
    """SQL conditions on clippings ``c`` for the filters, ANDed, and their parameters."""
    if filters is None:
        return "1", []
    clauses: list[str] = []
    params: list[Any] = []
    if filters.site:
        # The site's name as the page gives it, or its web address (a host,
        # with or without www., or any URL on it; subdomains count).
        host = _host_of(filters.site)
        clauses.append(
            "(clipper_fold(c.site_name) = ? OR clipper_host(c.url) = ? "
            "OR substr(clipper_host(c.url), -?) = ?)"
        )
        params += [filters.site.casefold(), host, len(host) + 1, f".{host}"]
    if filters.author:
        clauses.append("instr(clipper_fold(c.authors), ?) > 0")
        params.append(filters.author.casefold())
    for tag in filters.tags:
        clauses.append(
            "EXISTS (SELECT 1 FROM clipping_tags t WHERE t.clipping_id = c.id "
            "AND t.tag = ? COLLATE NOCASE)"
        )
        params.append(tag)
    if filters.since:
        clauses.append(f"{_DATE} >= ?")
        params.append(filters.since)
    if filters.until:
        clauses.append(f"{_DATE} < ?")
        params.append(filters.until)
    if filters.lang:
        clauses.append("(lower(c.lang) = lower(?) OR lower(c.lang) LIKE lower(?))")
        params += [filters.lang, f"{filters.lang}-%"]
    return " AND ".join(clauses) or "1", params


def list_clippings(
    db: Database,
    *,
    limit: int | None = 20,
    offset: int = 0,
    filters: Filters | None = None,
) -> list[Clipping]:
    """Clippings matching the filters, newest first."""
    where, params = _where(filters)
    sql = (
        f"SELECT {_CLIPPING_COLUMNS} FROM clippings c WHERE {where} "
        "ORDER BY c.clipped_at DESC, c.id DESC LIMIT ? OFFSET ?"
    )
    rows = db.execute(sql, [*params, -1 if limit is None else limit, offset]).fetchall()
    tags = _tags_for(db, [r[0] for r in rows])
    return [_to_clipping(r, tags[r[0]]) for r in rows]


def get_raw(db: Database, clipping_id: int) -> bytes:
    """The raw bytes a clipping was made from, decompressed."""
    row = db.execute("SELECT body FROM raw_sources WHERE clipping_id = ?", [clipping_id]).fetchone()
    if row is None:
        raise ClippingNotFound(f"No raw source stored for clipping {clipping_id}.")
    return zlib.decompress(row[0])


def count_clippings(db: Database) -> int:
    return db.execute("SELECT count(*) FROM clippings").fetchone()[0]


# --- searching -------------------------------------------------------------

# Where a snippet's matches start and end (see models; renderers turn them into styles).
HIGHLIGHT_START, HIGHLIGHT_END = HIGHLIGHT
# FTS5's snippet() takes time that grows with the square of the matches in a
# clipping: 2 s for 20,000 words that all match, minutes for 400,000. Longer
# clippings show their opening instead, so one giant page can't stall search.
SNIPPET_MAX_WORDS = 20_000


SORTS = {
    "relevance": "score, c.id DESC",
    "newest": f"{_DATE} DESC, c.id DESC",
    "oldest": f"{_DATE} ASC, c.id ASC",
}


def search(
    db: Database,
    fts_query: str,
    *,
    limit: int = 20,
    offset: int = 0,
    sort: str = "relevance",
    filters: Filters | None = None,
) -> list[SearchHit]:
    """Clippings matching an FTS5 query and the filters, best first by default.

    Relevance is bm25 with the title weighted highest; the snippet is cut from
    the body around the best match, with matches between HIGHLIGHT_START and
    HIGHLIGHT_END.
    """
    where, params = _where(filters)
    # Two steps: rank the matches with nothing but their score, then build
    # titles and snippets for the page of results alone (a snippet per match
    # would cost tens of thousands of them for a common word).
    # CROSS JOIN keeps the full-text index as the outer loop: the planner would
    # otherwise walk a filter's index and run the MATCH once per clipping.
    joined = (
        "" if where == "1" and sort == "relevance" else "CROSS JOIN clippings c ON c.id = f.rowid"
    )
    try:
        ranked = _rank(db, fts_query, joined, where, params, sort, limit, offset)
    except sqlite3.OperationalError as exc:
        raise QueryError(
            f"Can't search for {fts_query!r}: {exc}. Without --raw any text is accepted."
        ) from None
    text_column = FTS_COLUMNS.index("text")
    details = f"""
        SELECT c.id, c.title, c.url, c.source, c.site_name, c.published, c.clipped_at,
               CASE WHEN c.word_count > {SNIPPET_MAX_WORDS} THEN substr(c.text, 1, 160) || '…'
               ELSE snippet(clippings_fts, {text_column}, '{HIGHLIGHT_START}', '{HIGHLIGHT_END}',
                            '…', 24) END
        FROM clippings_fts JOIN clippings c ON c.id = clippings_fts.rowid
        WHERE clippings_fts MATCH ? AND clippings_fts.rowid = ?
    """
    hits = []
    for rowid, score in ranked:
        row = db.execute(details, [fts_query, rowid]).fetchone()
        if row is not None:
            hits.append(SearchHit(*row, score=score))
    return hits


# Ranking every match by bm25 costs about a microsecond a match: nothing for
# most queries, but a word found in 80,000 clippings of a 100,000 archive
# would take 80 ms. Past this many matches, clipper ranks the title matches by
# bm25 and puts the other matches after them, newest first: for a word that
# common bm25 has almost nothing to go on, and the answer stays instant.
RANK_ALL_LIMIT = 5_000
# A phrase costs FTS5 several times as much a match (it reads where each
# word stands in every match: about 7 microseconds against 1 in a 100,000
# archive), so a query holding one gets that much less of the budget.
PHRASE_COST = 5
_QUOTED = re.compile(r'"((?:[^"]|"")*)"')  # an FTS5 string; "" is a quote inside it
# Where the index's tokenizer (unicode61) splits a string into several words.
_TOKEN = re.compile(r"[^\W_]+")
# FTS5 syntax that asks for word positions outside a quoted string (--raw).
_POSITIONAL = re.compile(r"\bNEAR\s*\(|\+")


def _rank_all_limit(fts_query: str) -> int:
    """How many matches of this query are ranked by bm25 before ranking goes by titles."""
    unquoted = _QUOTED.sub(" ", fts_query)
    phrase = _POSITIONAL.search(unquoted) is not None or any(
        len(_TOKEN.findall(s)) > 1 for s in _QUOTED.findall(fts_query)
    )
    return RANK_ALL_LIMIT // PHRASE_COST if phrase else RANK_ALL_LIMIT


def _rank(
    db: Database,
    fts_query: str,
    joined: str,
    where: str,
    params: list[Any],
    sort: str,
    limit: int,
    offset: int,
) -> list[tuple[int, float]]:
    weights = ", ".join(str(w) for w in FTS_WEIGHTS)
    base = f"FROM clippings_fts f {joined} WHERE clippings_fts MATCH ? AND {where}"
    order = SORTS[sort] if joined else "score, f.rowid DESC"
    if sort == "relevance":
        # Count the matches alone (no join, no filters: the index answers that
        # in milliseconds), stopping as soon as the count passes the limit.
        rank_all = _rank_all_limit(fts_query)
        (matches,) = db.execute(
            "SELECT count(*) FROM (SELECT 1 FROM clippings_fts WHERE clippings_fts MATCH ? LIMIT ?)",
            [fts_query, rank_all + 1],
        ).fetchone()
        if matches > rank_all:
            return _rank_common(db, fts_query, base, params, limit, offset, weights, rank_all)
    sql = f"SELECT f.rowid, bm25(clippings_fts, {weights}) AS score {base} ORDER BY {order} LIMIT ? OFFSET ?"
    return db.execute(sql, [fts_query, *params, limit, offset]).fetchall()


def _rank_common(
    db: Database,
    fts_query: str,
    base: str,
    params: list[Any],
    limit: int,
    offset: int,
    weights: str,
    rank_all: int,
) -> list[tuple[int, float]]:
    """Title matches by bm25, then the remaining matches newest first.

    Should the word be common even in titles, the title matches too come
    newest first: every step then stops as soon as it has a page of results.
    """
    wanted = limit + offset
    titles = base.replace("clippings_fts f", "clippings_titles_fts f").replace(
        "clippings_fts MATCH", "clippings_titles_fts MATCH"
    )
    try:
        (in_titles,) = db.execute(
            "SELECT count(*) FROM (SELECT 1 FROM clippings_titles_fts "
            "WHERE clippings_titles_fts MATCH ? LIMIT ?)",
            [fts_query, rank_all + 1],
        ).fetchone()
        ranked = in_titles <= rank_all
        top = db.execute(
            f"SELECT f.rowid, {'bm25(clippings_titles_fts)' if ranked else '0.0'} AS score "
            f"{titles} ORDER BY {'score, ' if ranked else ''}f.rowid DESC LIMIT ?",
            [fts_query, *params, wanted],
        ).fetchall()
    except sqlite3.OperationalError:  # a --raw query naming a column titles don't have
        top = []
    seen = {rowid for rowid, _ in top}
    if len(top) < wanted:
        rest = db.execute(
            f"SELECT f.rowid, 0.0 {base} ORDER BY f.rowid DESC LIMIT ?",
            [fts_query, *params, wanted + len(seen)],
        ).fetchall()
        top += [row for row in rest if row[0] not in seen][: wanted - len(top)]
    return top[offset:wanted]


def snippet_around(db: Database, hit: SearchHit, words: list[str]) -> SearchHit:
    """The hit with its snippet cut around CJK words, which FTS5 can't highlight."""
    from dataclasses import replace

    from .cjk import snippet

    row = db.execute("SELECT text FROM clippings WHERE id = ?", [hit.id]).fetchone()
    text = row[0] if row else ""
    return replace(hit, snippet=snippet(text, words, mark=(HIGHLIGHT_START, HIGHLIGHT_END)))


def stats(db: Database, path: str | Path) -> Stats:
    """Totals, clippings by site and by month (of the published, else clipped, date)."""
    count, words = db.execute(
        "SELECT count(*), coalesce(sum(word_count), 0) FROM clippings"
    ).fetchone()
    by_site = db.execute(
        "SELECT coalesce(site_name, '(unknown)') AS s, count(*) AS n FROM clippings "
        "GROUP BY s ORDER BY n DESC, s LIMIT 10"
    ).fetchall()
    by_month = db.execute(
        f"SELECT substr({_DATE}, 1, 7) AS m, count(*) FROM clippings c "
        "GROUP BY m ORDER BY m DESC LIMIT 12"
    ).fetchall()
    size = sum(p.stat().st_size for p in (Path(path), Path(f"{path}-wal")) if p.exists())
    return Stats(
        count, words, [tuple(r) for r in by_site], [tuple(r) for r in reversed(by_month)], size
    )


# --- curating: tags, notes, corrections, deleting ------------------------------

# What `clipper edit` can correct; a correction wins over every later extraction.
CORRECTABLE = ("title", "authors", "published")


def _apply_corrections(row: dict[str, Any], corrections: dict[str, Any]) -> None:
    """Overlay the user's corrections on a row of extracted values (in place)."""
    if "title" in corrections:
        row["title"] = corrections["title"]
        row["title_cjk"] = index_terms(corrections["title"])
    if "authors" in corrections:
        authors = list(corrections["authors"])
        row["authors"] = json.dumps(authors, ensure_ascii=False)
        row["byline"] = ", ".join(authors) or None
    if "published" in corrections:
        row["published"] = corrections["published"]
        row["date_source"] = "corrected"


def _keep_curation(
    db: Database, clipping_id: int | None, row: dict[str, Any], article: Article
) -> bool:
    """Make a save keep the user's corrections; take note, date and corrections from an import.

    Returns whether to keep the stored page: an export read back over the
    clipping of the page itself updates the clipping, but the page's own bytes
    stay, so that re-extraction still works from the original.
    """
    if article.corrected:
        # An exported clipping read back in says itself which values were corrected.
        values = {"title": article.title, "authors": list(article.authors),
                  "published": article.published}  # fmt: skip
        kept = {name: values[name] for name in article.corrected if name in values}
        row["corrections"] = json.dumps(kept, ensure_ascii=False)
    elif clipping_id is not None:
        found = db.execute(
            "SELECT corrections FROM clippings WHERE id = ?", [clipping_id]
        ).fetchone()
        _apply_corrections(row, json.loads(found[0] or "{}") if found else {})
    if clipping_id is None and article.clipped_at:
        row["clipped_at"] = article.clipped_at
    if article.note is not None:
        row["note"] = article.note
    if clipping_id is None or article.kind != "markdown":
        return False
    stored = db.execute("SELECT kind FROM clippings WHERE id = ?", [clipping_id]).fetchone()
    if stored is None or stored[0] == "markdown":
        return False
    # What the row says about the page (its kind, its encoding) stays true of the kept page.
    row["kind"] = stored[0]
    row.pop("encoding", None)
    row.pop("encoding_source", None)
    return True


def _require(db: Database, clipping_id: int) -> None:
    if db.execute("SELECT 1 FROM clippings WHERE id = ?", [clipping_id]).fetchone() is None:
        raise ClippingNotFound(
            f"No clipping with id {clipping_id}. Run 'clipper list' to see the ids."
        )


def change_tags(
    db: Database, clipping_id: int, *, add: Iterable[str] = (), remove: Iterable[str] = ()
) -> Clipping:
    """Add and remove tags, ignoring case as the --tag filter does; returns the clipping."""
    with writing(db):
        _require(db, clipping_id)
        for tag in remove:
            db.execute(
                "DELETE FROM clipping_tags WHERE clipping_id = ? AND tag = ? COLLATE NOCASE",
                [clipping_id, tag],
            )
        for tag in add:
            # "Japan" on a clipping tagged "japan" would be the same tag twice.
            db.execute(
                "INSERT INTO clipping_tags (clipping_id, tag) SELECT ?, ? WHERE NOT EXISTS "
                "(SELECT 1 FROM clipping_tags WHERE clipping_id = ? AND tag = ? COLLATE NOCASE)",
                [clipping_id, tag, clipping_id, tag],
            )
    return get_clipping(db, clipping_id)


def set_note(db: Database, clipping_id: int, note: str | None) -> Clipping:
    """Set (or with None, remove) the clipping's note."""
    with writing(db):
        _require(db, clipping_id)
        db.execute("UPDATE clippings SET note = ? WHERE id = ?", [note, clipping_id])
    return get_clipping(db, clipping_id)


def set_corrections(
    db: Database,
    clipping_id: int,
    corrections: dict[str, Any],
    *,
    restore: Article | None = None,
    fields: Iterable[str] = (),
) -> Clipping:
    """Store the clipping's corrections (replacing the old set) and apply them now.

    ``fields`` no longer corrected take their values from ``restore``, the page
    as extracted again.
    """
    unknown = set(corrections) - set(CORRECTABLE)
    if unknown:
        raise ValueError(f"not correctable: {sorted(unknown)}")
    row: dict[str, Any] = {}
    if restore is not None:
        fields = set(fields)
        extracted = {
            "title": restore.title,
            "authors": list(restore.authors),
            "published": restore.published,
        }
        _apply_corrections(row, {name: extracted[name] for name in fields})
        if "authors" in fields:
            row["byline"] = restore.byline
        if "published" in fields:
            row["date_source"] = restore.date_source
    _apply_corrections(row, corrections)
    row["corrections"] = json.dumps(corrections, ensure_ascii=False) if corrections else None
    row["updated_at"] = _now()
    with writing(db):
        _require(db, clipping_id)
        db["clippings"].update(clipping_id, row)  # type: ignore[union-attr]
    return get_clipping(db, clipping_id)


def delete_clippings(db: Database, ids: Iterable[int]) -> int:
    """Delete clippings with their tags and raw sources, all or none; the FTS triggers follow."""
    wanted = sorted(set(ids))
    with writing(db):
        for clipping_id in wanted:
            _require(db, clipping_id)
        for clipping_id in wanted:
            db.execute("DELETE FROM clipping_tags WHERE clipping_id = ?", [clipping_id])
            db.execute("DELETE FROM raw_sources WHERE clipping_id = ?", [clipping_id])
            db.execute("DELETE FROM clippings WHERE id = ?", [clipping_id])
    return len(wanted)


def get_stored_page(db: Database, clipping_id: int) -> StoredPage:
    """The page a clipping was made from, as stored, with what identifies the clipping."""
    _require(db, clipping_id)
    row = db.execute(
        "SELECT c.source, c.source_key, c.url, c.encoding, c.encoding_source, "
        "r.body, r.content_type, r.charset, r.final_url "
        "FROM clippings c LEFT JOIN raw_sources r ON r.clipping_id = c.id WHERE c.id = ?",
        [clipping_id],
    ).fetchone()
    source, key, url, encoding, encoding_source, body, content_type, charset, final_url = row
    if body is None:
        raise ClippingNotFound(f"No raw source stored for clipping {clipping_id}.")
    page = Page(
        body=zlib.decompress(body),
        source=source,
        url=final_url,
        content_type=content_type,
        charset=charset,
    )
    return StoredPage(page, key, url, encoding, encoding_source)


def all_ids(db: Database) -> list[int]:
    return [row[0] for row in db.execute("SELECT id FROM clippings ORDER BY id")]


# --- batches: what is archived already, near-duplicates ------------------------


def site_pages(db: Database, site_name: str, *, exclude_key: str, limit: int = 40) -> list[str]:
    """The text of the latest text dumps clipped from one site, this page's own aside."""
    rows = db.execute(
        "SELECT r.body, c.encoding FROM clippings c JOIN raw_sources r ON r.clipping_id = c.id "
        "WHERE c.kind = 'text' AND clipper_fold(c.site_name) = ? AND c.source_key != ? "
        "ORDER BY c.id DESC LIMIT ?",
        [site_name.casefold(), exclude_key, limit],
    ).fetchall()
    pages = []
    for body, encoding in rows:
        try:
            pages.append(zlib.decompress(body).decode(encoding or "utf-8", errors="replace"))
        except (zlib.error, LookupError):
            continue  # a damaged or oddly labelled page teaches nothing
    return pages


def compress_body(body: bytes) -> bytes:
    """A page's raw bytes as raw_sources stores them.

    Level 1: half the time of the default level for about a sixth more bytes;
    these bytes are read back only to re-extract.
    """
    return zlib.compress(body, 1)


def find_clipping(
    db: Database,
    *,
    key: str | None = None,
    source: str | None = None,
    text_hash: str | None = None,
) -> int | None:
    """The id of a clipping with this source key, typed source or content hash, if any."""
    for column, value in (("source_key", key), ("source", source), ("content_hash", text_hash)):
        if value is not None:
            row = db.execute(
                f"SELECT id FROM clippings WHERE {column} = ? ORDER BY id LIMIT 1", [value]
            ).fetchone()
            if row:
                return int(row[0])
    return None


def clipped_file_sizes(db: Database, source: str) -> set[int]:
    """The sizes of the raw pages clipped from this path."""
    rows = db.execute(
        "SELECT r.size FROM clippings c JOIN raw_sources r ON r.clipping_id = c.id "
        "WHERE c.source = ?",
        [source],
    ).fetchall()
    return {int(size) for (size,) in rows}


def find_same_file(db: Database, source: str, body: bytes) -> int | None:
    """The clipping made from exactly these bytes read from this same path, if any.

    A saved page's identity can be the address it declares, known only after
    extraction; this finds the file clipped before without extracting it again.
    """
    rows = db.execute(
        "SELECT c.id, r.body FROM clippings c JOIN raw_sources r ON r.clipping_id = c.id "
        "WHERE c.source = ? AND r.size = ? ORDER BY c.id",
        [source, len(body)],
    ).fetchall()
    for cid, stored in rows:
        if zlib.decompress(stored) == body:
            return int(cid)
    return None


def remember_page(db: Database, fingerprint: str, *, key: str, text_hash: str) -> None:
    """Note what the page with this fingerprint was extracted to: its key and text hash.

    One row per key: the page as last extracted replaces what was remembered
    of it before. A site that serves other bytes on every request (an ad's id,
    a token), or a new clipper, gives the same page a new fingerprint each
    run; keeping every one would grow the table without end, and only the
    latest can still match.
    """
    with writing(db):
        db.execute(
            "DELETE FROM seen_pages WHERE source_key = ? AND fingerprint != ?", [key, fingerprint]
        )
        db.execute(
            "INSERT OR REPLACE INTO seen_pages (fingerprint, source_key, content_hash, seen_at) "
            "VALUES (?, ?, ?, ?)",
            [fingerprint, key, text_hash, _now()],
        )


def seen_page(db: Database, fingerprint: str) -> tuple[str, str] | None:
    """The key and text hash a page with this fingerprint was extracted to before, if it was.

    They say what the page was then; whether a clipping still has that key or
    that text is the archive's to say now (see :func:`find_clipping`).
    """
    row = db.execute(
        "SELECT source_key, content_hash FROM seen_pages WHERE fingerprint = ?", [fingerprint]
    ).fetchone()
    return (row[0], row[1]) if row else None


def near_duplicate(db: Database, signature: tuple[int, ...], exclude: int | None) -> int | None:
    """The clipping whose text ``signature`` resembles most, if any resembles it enough."""
    if not signature:
        return None
    marks = ",".join("?" * len(signature))
    # Two sketches can only reach NEAR_DUPLICATE if they share that share of hashes.
    needed = int(NEAR_DUPLICATE * min(len(signature), SKETCH_SIZE))
    candidates = db.execute(
        f"SELECT clipping_id, count(*) AS n FROM clipping_sketches WHERE hash IN ({marks}) "
        "AND clipping_id IS NOT ? GROUP BY clipping_id HAVING n >= ? "
        "ORDER BY n DESC, clipping_id LIMIT 10",
        [*signature, exclude, needed],
    ).fetchall()
    best: tuple[float, int] | None = None
    for cid, _ in candidates:
        other = [
            h
            for (h,) in db.execute(
                "SELECT hash FROM clipping_sketches WHERE clipping_id = ?", [cid]
            )
        ]
        score = similarity(signature, other)
        if score >= NEAR_DUPLICATE and (best is None or score > best[0]):
            best = (score, cid)
    return best[1] if best else None


def _store_sketch(db: Database, clipping_id: int, signature: tuple[int, ...]) -> None:
    db.execute("DELETE FROM clipping_sketches WHERE clipping_id = ?", [clipping_id])
    db.conn.executemany(
        "INSERT OR IGNORE INTO clipping_sketches (clipping_id, hash) VALUES (?, ?)",
        [(clipping_id, h) for h in signature],
    )


def tune_for_batch(db: Database) -> None:
    """Keep a long batch's memory flat: it writes, it doesn't roam the archive.

    No memory map and SQLite's default page cache: a batch's lookups are a few
    index probes per page, and a map or cache that fills as the archive grows
    would make the process grow with the batch.
    """
    db.execute("PRAGMA mmap_size = 0")
    db.execute("PRAGMA cache_size = -2000")


@contextmanager
def batch_transaction(db: Database) -> Iterator[Database]:
    """One write transaction for several saves; each save inside is its own savepoint."""
    with writing(db):
        yield db


# --- keeping the archive safe ----------------------------------------------


@dataclass(frozen=True, slots=True)
class Check:
    """One consistency check of the archive and what it found."""

    name: str
    ok: bool
    detail: str


def check_db(db: Database) -> list[Check]:
    """SQLite's integrity and foreign-key checks, the search index, and raw sources."""
    checks: list[Check] = []
    integrity = [r[0] for r in db.execute("PRAGMA integrity_check").fetchall()]
    checks.append(Check("integrity", integrity == ["ok"], "; ".join(integrity[:5]) or "no answer"))
    orphans = db.execute("PRAGMA foreign_key_check").fetchall()
    checks.append(
        Check(
            "foreign keys",
            not orphans,
            f"{len(orphans)} rows point to missing clippings"
            if orphans
            else "every tag and raw source belongs to a clipping",
        )
    )
    count = count_clippings(db)
    indexed = db.execute("SELECT count(*) FROM clippings_fts_docsize").fetchone()[0]
    try:
        db.execute("INSERT INTO clippings_fts (clippings_fts) VALUES ('integrity-check')")
        fts_ok, fts_detail = indexed == count, f"{indexed} entries for {count} clippings"
    except sqlite3.DatabaseError as exc:
        fts_ok, fts_detail = False, f"{exc}; {indexed} entries for {count} clippings"
    checks.append(Check("search index", fts_ok, fts_detail))
    missing = db.execute(
        "SELECT count(*) FROM clippings c "
        "WHERE NOT EXISTS (SELECT 1 FROM raw_sources r WHERE r.clipping_id = c.id)"
    ).fetchone()[0]
    checks.append(
        Check(
            "raw sources",
            not missing,
            f"{missing} clippings have no raw source"
            if missing
            else "every clipping keeps the bytes it was made from",
        )
    )
    return checks


def backup_db(db: Database, source: str | Path, target: str | Path, *, force: bool = False) -> Path:
    """Copy the live archive to ``target`` with SQLite's backup API; all or nothing.

    The copy is one consistent snapshot even while other clippers write. It is
    written beside ``target`` under a temporary name, checked, and renamed into
    place, so ``target`` is never half a database. An existing ``target`` is
    only replaced with ``force``.
    """
    target = Path(target)
    if target.is_dir():
        raise UsageError(
            f"{target} is a folder. Give the backup's file name, e.g. {target}/clippings.db."
        )
    if target.exists():
        if Path(source).resolve() == target.resolve():
            raise UsageError(f"{target} is the archive itself. Choose another file for the backup.")
        if not force:
            raise UsageError(f"{target} already exists. Use --force to replace it.")
    if not target.parent.is_dir():
        raise DatabaseError(f"Can't write the backup to {target}: its folder doesn't exist.")
    temp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        copy = sqlite3.connect(temp)
        try:
            db.conn.backup(copy)
            # A single self-contained file: no -wal beside it to lose in a copy.
            copy.execute("PRAGMA journal_mode = delete")
            if copy.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                raise DatabaseError(
                    f"The backup written to {temp} failed its check; nothing replaced."
                )
        finally:
            copy.close()
        with open(temp, "rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(temp, target)
    except sqlite3.DatabaseError as exc:
        raise DatabaseError(_explain(exc, target)) from None
    except OSError as exc:
        raise DatabaseError(f"Can't write the backup to {target}: {exc.strerror}.") from None
    finally:
        temp.unlink(missing_ok=True)
    return target
