"""Near-duplicate sketches stored beside each clipping (see clipper.similar)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database


def store_sketch(db: Database, clipping_id: int, signature: tuple[int, ...]) -> None:
    db.execute("DELETE FROM clipping_sketches WHERE clipping_id = ?", [clipping_id])
    db.conn.executemany(
        "INSERT OR IGNORE INTO clipping_sketches (clipping_id, hash) VALUES (?, ?)",
        [(clipping_id, h) for h in signature],
    )
