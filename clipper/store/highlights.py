"""Highlights: passages a reader kept from a clipping, each with an optional note."""

from __future__ import annotations

import re

from sqlite_utils import Database

from clipper.errors import UsageError
from clipper.models import Highlight
from clipper.store.connection import utc_now, writing
from clipper.store.curation import _require
from clipper.untrusted import printable

# A highlight is a passage, not a copy of the article: long enough for a few
# paragraphs, short enough that a runaway selection can't bloat the archive.
MAX_PASSAGE_CHARS = 10_000

_COLUMNS = 'id, clipping_id, passage, note, created_at, start, "end"'


def _place(text: str, passage: str) -> tuple[int | None, int | None]:
    """Where the passage stands in the text, its words matched across any white space."""
    words = passage.split()
    if not words:
        return None, None
    found = re.search(r"\s+".join(map(re.escape, words)), text)
    return (found.start(), found.end()) if found else (None, None)


def add_highlight(
    db: Database, clipping_id: int, passage: str, note: str | None = None
) -> Highlight:
    """Keep a passage of the clipping (and a note on it); returns the stored highlight."""
    clean = " ".join(printable(passage).split())
    if not clean:
        raise UsageError("A highlight needs a passage: select some of the article's text.")
    if len(clean) > MAX_PASSAGE_CHARS:
        raise UsageError(
            f"The passage has {len(clean):,} characters; a highlight keeps at most "
            f"{MAX_PASSAGE_CHARS:,}. Select less of the article."
        )
    note = printable(note).strip() or None if note else None
    with writing(db):
        _require(db, clipping_id)
        text = db.execute("SELECT text FROM clippings WHERE id = ?", [clipping_id]).fetchone()[0]
        start, end = _place(text or "", clean)
        cursor = db.execute(
            'INSERT INTO highlights (clipping_id, passage, note, created_at, start, "end") '
            "VALUES (?, ?, ?, ?, ?, ?)",
            [clipping_id, clean, note, utc_now(), start, end],
        )
        highlight_id = cursor.lastrowid
    row = db.execute(f"SELECT {_COLUMNS} FROM highlights WHERE id = ?", [highlight_id]).fetchone()
    return Highlight(*row)


def list_highlights(db: Database, clipping_id: int) -> list[Highlight]:
    """The clipping's highlights in the order they stand in its text (unplaced ones last)."""
    rows = db.execute(
        f"SELECT {_COLUMNS} FROM highlights WHERE clipping_id = ? "
        "ORDER BY start IS NULL, start, id",
        [clipping_id],
    ).fetchall()
    return [Highlight(*row) for row in rows]


def delete_highlight(db: Database, highlight_id: int) -> None:
    """Delete one highlight; an unknown id is an error."""
    with writing(db):
        gone = db.execute("DELETE FROM highlights WHERE id = ?", [highlight_id]).rowcount
    if not gone:
        raise UsageError(f"No highlight with id {highlight_id}.")
