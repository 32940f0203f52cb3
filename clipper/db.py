"""The one door to the database: open, migrate, store, read, search.

Nothing else in clipper constructs ``sqlite_utils.Database``. The schema only
changes through the append-only migrations below; a migration, once released,
is never edited.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import zlib
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from .errors import ClippingNotFound, DatabaseError
from .models import Article, Clipping, Page, SaveResult, SearchHit

BUSY_TIMEOUT_MS = 10_000
# bm25 weights per FTS column, in the order the FTS table declares them:
# a word in the title counts ten times one in the body.
FTS_COLUMNS = ("title", "byline", "text")
FTS_WEIGHTS = (10.0, 3.0, 1.0)

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
        list(FTS_COLUMNS),
        create_triggers=True,
        tokenize="porter unicode61 remove_diacritics 2",
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
        db.execute("PRAGMA foreign_keys = ON")
        _check_schema(db, path)
        if db.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
            db.execute("PRAGMA journal_mode = wal")
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
def writing(db: Database, path: str | Path = "the database") -> Iterator[Database]:
    """A write transaction whose SQLite failures become one-line DatabaseErrors."""
    try:
        with db.atomic():
            yield db
    except sqlite3.DatabaseError as exc:
        raise DatabaseError(_explain(exc, Path(str(path)))) from None


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
) -> SaveResult:
    """Insert the clipping, or update the one with the same key; all or nothing."""
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
        "encoding": encoding,
        "encoding_source": encoding_source,
        "content_hash": content_hash(article.text),
        "updated_at": now,
    }
    raw = {
        "body": zlib.compress(page.body, 6),
        "content_type": page.content_type,
        "charset": page.charset,
        "final_url": page.url,
        "size": len(page.body),
    }
    all_tags = sorted({t.strip() for t in (*tags, *article.tags) if t and t.strip()})
    with writing(db):
        existing = db.execute("SELECT id FROM clippings WHERE source_key = ?", [key]).fetchone()
        if existing:
            clipping_id = existing[0]
            db["clippings"].update(clipping_id, row)  # type: ignore[union-attr]
        else:
            row["clipped_at"] = now
            clipping_id = db["clippings"].insert(row).last_pk  # type: ignore[union-attr]
        db["raw_sources"].upsert({"clipping_id": clipping_id, **raw}, pk="clipping_id")  # type: ignore[union-attr]
        for tag in all_tags:
            db.execute(
                "INSERT OR IGNORE INTO clipping_tags (clipping_id, tag) VALUES (?, ?)",
                [clipping_id, tag],
            )
    return SaveResult(get_clipping(db, clipping_id), created=not existing)


# --- reading ---------------------------------------------------------------

_CLIPPING_COLUMNS = (
    "id, url, source, title, authors, byline, published, site_name, lang, excerpt, "
    "text, word_count, clipped_at, modified, section, image, canonical_url, captions, "
    "kind, encoding, html"
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
     encoding, html) = row  # fmt: skip
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
    )


def get_clipping(db: Database, clipping_id: int) -> Clipping:
    row = db.execute(
        f"SELECT {_CLIPPING_COLUMNS} FROM clippings WHERE id = ?", [clipping_id]
    ).fetchone()
    if row is None:
        raise ClippingNotFound(
            f"No clipping with id {clipping_id}. Run 'clipper list' to see the ids."
        )
    return _to_clipping(row, _tags_for(db, [clipping_id])[clipping_id])


def list_clippings(db: Database, *, limit: int | None = 20) -> list[Clipping]:
    """Clippings, newest first."""
    sql = f"SELECT {_CLIPPING_COLUMNS} FROM clippings ORDER BY clipped_at DESC, id DESC"
    params: list[Any] = []
    if limit is not None:
        sql += " LIMIT ?"
        params.append(limit)
    rows = db.execute(sql, params).fetchall()
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

HIGHLIGHT_START = "\x02"
HIGHLIGHT_END = "\x03"


def search(db: Database, fts_query: str, *, limit: int = 20) -> list[SearchHit]:
    """Clippings matching an FTS5 query, best first (bm25, title weighted highest)."""
    weights = ", ".join(str(w) for w in FTS_WEIGHTS)
    sql = f"""
        SELECT c.id, c.title, c.url, c.source, c.site_name, c.published, c.clipped_at,
               snippet(clippings_fts, -1, '{HIGHLIGHT_START}', '{HIGHLIGHT_END}', '…', 16),
               bm25(clippings_fts, {weights}) AS score
        FROM clippings_fts JOIN clippings c ON c.id = clippings_fts.rowid
        WHERE clippings_fts MATCH ?
        ORDER BY score
        LIMIT ?
    """
    from .errors import QueryError

    try:
        rows = db.execute(sql, [fts_query, limit]).fetchall()
    except sqlite3.OperationalError as exc:
        raise QueryError(
            f"Can't search for {fts_query!r}: {exc}. Without --raw any text is accepted."
        ) from None
    return [SearchHit(*row[:8], score=row[8]) for row in rows]
