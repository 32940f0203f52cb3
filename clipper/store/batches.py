"""What a batch needs to know: what is archived already, seen pages, near-duplicates."""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from clipper.similar import NEAR_DUPLICATE, SKETCH_SIZE, similarity
from clipper.store.connection import utc_now, writing

if TYPE_CHECKING:
    from sqlite_utils import Database


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
            [fingerprint, key, text_hash, utc_now()],
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
