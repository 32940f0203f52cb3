"""Saving clippings and reading them back."""

from __future__ import annotations

import sqlite3
import zlib
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from clipper.errors import ClippingNotFound
from clipper.store.assets import images_for
from clipper.store.connection import host_of, utc_now, writing
from clipper.store.highlights import highlights_for

if TYPE_CHECKING:
    from sqlite_utils import Database

    from clipper.models import Article, Clipping, Filters, Highlight, ImageInfo, Page, SaveResult
    from clipper.store.connection import Archive
    from clipper.store.derived import Derived

# What only storing needs (batches, curation, highlights' anchoring, the
# models of a page and an article) is imported where it is used: reading
# commands import this module and never store.

# --- storing ---------------------------------------------------------------


def content_hash(text: str) -> str:
    # Imported here: OpenSSL's hashlib costs reading commands, which never hash, 2 ms a start.
    from hashlib import sha256

    return sha256(" ".join(text.split()).encode("utf-8")).hexdigest()


def source_key(page: Page, canonical: str | None) -> str:
    """What identifies a page: its canonical URL, or for files and stdin, its bytes."""
    if canonical:
        return canonical
    from hashlib import sha256

    return "sha256:" + sha256(page.body).hexdigest()


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
    derived: Derived | None = None,
    body_size: int | None = None,
) -> SaveResult:
    """Insert the clipping, or update the one with the same key; all or nothing.

    A clipping whose text resembles another's is stored flagged with that one's
    id. ``text_sketch`` (the text's sketch), ``compressed_body`` (the page's
    body as :func:`compress_body` makes it) and ``derived`` (:func:`derive`
    of the article) are for callers that made them already, in another
    process; such a caller may pass the page without its body, giving
    ``body_size``, the body's length, with ``compressed_body``.
    """
    if compressed_body is None and body_size is not None and len(page.body) != body_size:
        raise ValueError("a page without its body needs its compressed_body")
    import json

    from clipper.models import SaveResult
    from clipper.store.batches import compress_body, near_duplicate
    from clipper.store.corrections import keep_curation
    from clipper.store.highlights import reanchor_highlights, restore_highlights
    from clipper.store.sketches import store_sketch

    if derived is None:
        from clipper.store.derived import derive

        derived = derive(article)
    signature = derived.text_sketch if text_sketch is None else text_sketch
    now = utc_now()
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
        "word_count": derived.word_count,
        "kind": article.kind,
        "page_type": article.page_type,
        "encoding": encoding,
        "encoding_source": encoding_source,
        "content_hash": derived.text_hash,
        "title_cjk": derived.title_cjk,
        "text_cjk": derived.text_cjk,
        "updated_at": now,
    }
    raw = {
        "body": compress_body(page.body) if compressed_body is None else compressed_body,
        "content_type": page.content_type,
        "charset": page.charset,
        "final_url": page.url,
        "size": len(page.body) if body_size is None else body_size,
    }
    all_tags = sorted({t.strip() for t in (*tags, *article.tags) if t and t.strip()})
    with writing(db):
        existing = db.execute("SELECT id FROM clippings WHERE source_key = ?", [key]).fetchone()
        keep_page = keep_curation(db, existing[0] if existing else None, row, article)
        row["near_duplicate_of"] = near_duplicate(db, signature, existing[0] if existing else None)
        if existing or page.archived_from or page.archived_at:
            # Clipped live again, a clipping is no longer an archive's copy.
            row.update(archived_from=page.archived_from, archived_at=page.archived_at)
        # Plain statements: sqlite-utils' insert() and upsert() read the table's
        # columns again on every call, a third of a batch's storing time.
        if existing:
            clipping_id = existing[0]
            assignments = ", ".join(f"{column} = ?" for column in row)
            db.execute(
                f"UPDATE clippings SET {assignments} WHERE id = ?", [*row.values(), clipping_id]
            )
        else:
            row.setdefault("clipped_at", now)
            marks = ", ".join("?" * len(row))
            clipping_id = db.execute(
                f"INSERT INTO clippings ({', '.join(row)}) VALUES ({marks})", list(row.values())
            ).lastrowid
        if not keep_page:
            columns = ["clipping_id", *raw]
            db.execute(
                f"INSERT INTO raw_sources ({', '.join(columns)}) "
                f"VALUES ({', '.join('?' * len(columns))}) ON CONFLICT (clipping_id) DO UPDATE SET "
                + ", ".join(f"{column} = excluded.{column}" for column in raw),
                [clipping_id, *raw.values()],
            )
        store_sketch(db, clipping_id, signature)
        for tag in all_tags:
            db.execute(
                "INSERT OR IGNORE INTO clipping_tags (clipping_id, tag) VALUES (?, ?)",
                [clipping_id, tag],
            )
        stored_text = db.execute(
            "SELECT text FROM clippings WHERE id = ?", [clipping_id]
        ).fetchone()[0]
        detached = reanchor_highlights(db, clipping_id, stored_text) if existing else []
        if article.highlights:
            restore_highlights(db, clipping_id, stored_text, article.highlights)
    return SaveResult(get_clipping(db, clipping_id), created=not existing, detached=detached)


# --- reading ---------------------------------------------------------------

_CLIPPING_COLUMNS = (
    "c.id, c.url, c.source, c.title, c.authors, c.byline, c.published, c.site_name, c.lang, "
    "c.excerpt, c.text, c.word_count, c.clipped_at, c.modified, c.section, c.image, "
    "c.canonical_url, c.captions, c.kind, c.encoding, c.html, c.note, c.corrections, "
    "c.near_duplicate_of, c.page_type, c.archived_from, c.archived_at"
)


def _tags_for(db: Archive, ids: list[int]) -> dict[int, list[str]]:
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


def _to_clipping(
    row: sqlite3.Row | tuple[Any, ...],
    tags: list[str],
    highlights: list[Highlight],
    images: list[ImageInfo] | None = None,
) -> Clipping:
    (cid, url, source, title, authors, byline, published, site_name, lang, excerpt, text,
     word_count, clipped_at, modified, section, image, canonical_url, captions, kind,
     encoding, html, note, corrections, near_duplicate_of, page_type, archived_from,
     archived_at) = row  # fmt: skip
    import json  # here: search, which never reads these columns, doesn't import it

    from clipper.models import Clipping

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
        highlights=highlights,
        archived_from=archived_from,
        archived_at=archived_at,
        images=images or [],
    )


def get_clipping(db: Archive, clipping_id: int) -> Clipping:
    row = db.execute(
        f"SELECT {_CLIPPING_COLUMNS} FROM clippings c WHERE c.id = ?", [clipping_id]
    ).fetchone()
    if row is None:
        raise ClippingNotFound(f"No clipping with id {clipping_id}.")
    return _to_clipping(
        row,
        _tags_for(db, [clipping_id])[clipping_id],
        highlights_for(db, [clipping_id])[clipping_id],
        images_for(db, [clipping_id])[clipping_id],
    )


DATE_SQL = "substr(coalesce(c.published, c.clipped_at), 1, 10)"


def where_clause(filters: Filters | None) -> tuple[str, list[Any]]:
    """SQL conditions on clippings ``c`` for the filters, ANDed, and their parameters."""
    if filters is None:
        return "1", []
    clauses: list[str] = []
    params: list[Any] = []
    if filters.site:
        # The site's name as the page gives it, or its web address (a host,
        # with or without www., or any URL on it; subdomains count).
        host = host_of(filters.site)
        # One call a row (see connection.on_site): a search checks every match.
        clauses.append("clipper_on_site(c.site_name, c.url, ?, ?)")
        params += [filters.site.casefold(), host]
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
        clauses.append(f"{DATE_SQL} >= ?")
        params.append(filters.since)
    if filters.until:
        clauses.append(f"{DATE_SQL} < ?")
        params.append(filters.until)
    if filters.lang:
        clauses.append("(lower(c.lang) = lower(?) OR lower(c.lang) LIKE lower(?))")
        params += [filters.lang, f"{filters.lang}-%"]
    return " AND ".join(clauses) or "1", params


def list_clippings(
    db: Archive,
    *,
    limit: int | None = 20,
    offset: int = 0,
    filters: Filters | None = None,
) -> list[Clipping]:
    """Clippings matching the filters, newest first."""
    where, params = where_clause(filters)
    sql = (
        f"SELECT {_CLIPPING_COLUMNS} FROM clippings c WHERE {where} "
        "ORDER BY c.clipped_at DESC, c.id DESC LIMIT ? OFFSET ?"
    )
    rows = db.execute(sql, [*params, -1 if limit is None else limit, offset]).fetchall()
    ids = [r[0] for r in rows]
    tags = _tags_for(db, ids)
    highlights = highlights_for(db, ids)
    images = images_for(db, ids)
    return [_to_clipping(r, tags[r[0]], highlights[r[0]], images[r[0]]) for r in rows]


def get_raw(db: Archive, clipping_id: int) -> bytes:
    """The raw bytes a clipping was made from, decompressed."""
    row = db.execute("SELECT body FROM raw_sources WHERE clipping_id = ?", [clipping_id]).fetchone()
    if row is None:
        raise ClippingNotFound(f"No raw source stored for clipping {clipping_id}.")
    return zlib.decompress(row[0])


def count_clippings(db: Archive) -> int:
    return db.execute("SELECT count(*) FROM clippings").fetchone()[0]
