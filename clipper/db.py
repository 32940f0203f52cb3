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

from .cjk import index_terms
from .errors import ClippingNotFound, DatabaseError, QueryError
from .models import (
    Article,
    Clipping,
    Filters,
    Page,
    SaveResult,
    SearchHit,
    Stats,
    StoredPage,
)

BUSY_TIMEOUT_MS = 10_000
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
        "title_cjk": index_terms(article.title),
        "text_cjk": index_terms(article.text),
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
        _keep_curation(db, existing[0] if existing else None, row, article)
        if existing:
            clipping_id = existing[0]
            db["clippings"].update(clipping_id, row)  # type: ignore[union-attr]
        else:
            row.setdefault("clipped_at", now)
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
    "c.id, c.url, c.source, c.title, c.authors, c.byline, c.published, c.site_name, c.lang, "
    "c.excerpt, c.text, c.word_count, c.clipped_at, c.modified, c.section, c.image, "
    "c.canonical_url, c.captions, c.kind, c.encoding, c.html, c.note, c.corrections"
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
     encoding, html, note, corrections) = row  # fmt: skip
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


def _where(filters: Filters | None) -> tuple[str, list[Any]]:
    """SQL conditions on clippings ``c`` for the filters, ANDed, and their parameters."""
    if filters is None:
        return "1", []
    clauses: list[str] = []
    params: list[Any] = []
    if filters.site:
        # The site's name as the page gives it, or its web address.
        host = filters.site.lower().removeprefix("www.")
        clauses.append(
            "(lower(c.site_name) = lower(?) OR c.url LIKE ? OR c.url LIKE ? OR c.url LIKE ?)"
        )
        params += [filters.site, f"%://{host}/%", f"%://www.{host}/%", f"%.{host}/%"]
    if filters.author:
        clauses.append("c.authors LIKE ?")
        params.append(f"%{filters.author}%")
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

HIGHLIGHT_START = "\x02"
HIGHLIGHT_END = "\x03"


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
    weights = ", ".join(str(w) for w in FTS_WEIGHTS)
    where, params = _where(filters)
    text_column = FTS_COLUMNS.index("text")
    sql = f"""
        SELECT c.id, c.title, c.url, c.source, c.site_name, c.published, c.clipped_at,
               snippet(clippings_fts, {text_column}, '{HIGHLIGHT_START}', '{HIGHLIGHT_END}',
                       '…', 24),
               bm25(clippings_fts, {weights}) AS score
        FROM clippings_fts JOIN clippings c ON c.id = clippings_fts.rowid
        WHERE clippings_fts MATCH ? AND {where}
        ORDER BY {SORTS[sort]}
        LIMIT ? OFFSET ?
    """
    try:
        rows = db.execute(sql, [fts_query, *params, limit, offset]).fetchall()
    except sqlite3.OperationalError as exc:
        raise QueryError(
            f"Can't search for {fts_query!r}: {exc}. Without --raw any text is accepted."
        ) from None
    return [SearchHit(*row[:8], score=row[8]) for row in rows]


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
) -> None:
    """Make a save keep the user's corrections; take note, date and corrections from an import."""
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
