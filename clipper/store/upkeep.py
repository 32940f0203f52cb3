"""Keeping the archive safe: integrity checks and consistent backups."""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from clipper.errors import AlreadyExists, DatabaseError, UsageError
from clipper.store.assets import check_images
from clipper.store.clippings import count_clippings
from clipper.store.connection import explain_error

if TYPE_CHECKING:
    from sqlite_utils import Database


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
    images_ok, images_detail = check_images(db)
    checks.append(Check("images", images_ok, images_detail))
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
            raise AlreadyExists(f"{target} already exists.")
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
        raise DatabaseError(explain_error(exc, target)) from None
    except OSError as exc:
        raise DatabaseError(f"Can't write the backup to {target}: {exc.strerror}.") from None
    finally:
        temp.unlink(missing_ok=True)
    return target
