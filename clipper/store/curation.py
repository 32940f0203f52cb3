"""Curating: tags, notes, corrections and deleting, kept apart from the extraction."""

from __future__ import annotations

import json
import zlib
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from clipper.errors import ClippingNotFound
from clipper.store.clippings import get_clipping
from clipper.store.connection import utc_now, writing
from clipper.store.corrections import CORRECTABLE, apply_corrections

if TYPE_CHECKING:
    from sqlite_utils import Database

    from clipper.models import Article, Clipping, StoredPage
    from clipper.store.connection import Archive


def _require(db: Archive, clipping_id: int) -> None:
    if db.execute("SELECT 1 FROM clippings WHERE id = ?", [clipping_id]).fetchone() is None:
        raise ClippingNotFound(f"No clipping with id {clipping_id}.")


def change_tags(
    db: Archive, clipping_id: int, *, add: Iterable[str] = (), remove: Iterable[str] = ()
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


def set_note(db: Archive, clipping_id: int, note: str | None) -> Clipping:
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
        apply_corrections(row, {name: extracted[name] for name in fields})
        if "authors" in fields:
            row["byline"] = restore.byline
        if "published" in fields:
            row["date_source"] = restore.date_source
    apply_corrections(row, corrections)
    row["corrections"] = json.dumps(corrections, ensure_ascii=False) if corrections else None
    row["updated_at"] = utc_now()
    with writing(db):
        _require(db, clipping_id)
        db.table("clippings").update(clipping_id, row)
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
    from clipper.models import Page, StoredPage

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
