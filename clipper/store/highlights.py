"""Highlights: passages of a clipping the user kept, checked against its text.

A highlight is anchored by character offsets into the clipping's ``text``.
Whenever the text is replaced (re-extraction, clipping the page again) the
passages are looked for in the new text and re-anchored; one no longer there
is kept with no offsets (detached) and reported, never dropped.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from clipper.cjk import index_terms
from clipper.errors import (
    HighlightExists,
    HighlightNotFound,
    PassageNotFound,
    QueryError,
    UsageError,
)
from clipper.store.connection import utc_now, writing

if TYPE_CHECKING:
    from sqlite_utils import Database

    from clipper.models import Highlight, HighlightHit
    from clipper.store.connection import Archive

# Finding and anchoring passages (clipper.highlights) and the models are
# imported where they are used: list and show read highlights_for alone.


_COLUMNS = "h.id, h.clipping_id, h.passage, h.note, h.created_at, h.start_offset, h.end_offset"
# Anchored ones in reading order, then detached ones in the order they were made.
_ORDER = "h.start_offset IS NULL, h.start_offset, h.id"


def _to_highlight(row: Sequence[Any]) -> Highlight:
    from clipper.models import Highlight

    return Highlight(*row)


def _clean_note(note: str | None) -> str | None:
    from clipper.highlights import MAX_NOTE_CHARS
    from clipper.untrusted import printable

    if note is None:
        return None
    value = printable(note).strip()
    if len(value) > MAX_NOTE_CHARS:
        raise UsageError(f"A highlight's note can be at most {MAX_NOTE_CHARS:,} characters.")
    return value or None


def _terms(passage: str, note: str | None) -> str:
    return index_terms(f"{passage}\n{note or ''}")


def add_highlight(
    db: Database, clipping_id: int, passage: str, note: str | None = None
) -> Highlight:
    """Keep a passage of the clipping; it must be in the clipping's text.

    Whitespace, case, typographic quotes and dashes don't have to match (see
    :mod:`clipper.highlights`); the article's own wording is what is stored.
    Raises PassageNotFound when the text doesn't hold it, UsageError when the
    same passage is highlighted already.
    """
    from clipper.highlights import MAX_PASSAGE_CHARS, find_passage
    from clipper.store.clippings import get_clipping
    from clipper.untrusted import printable

    if not passage.strip():
        raise UsageError("Give the passage to highlight: some words of the clipping's text.")
    if len(passage) > MAX_PASSAGE_CHARS:
        raise UsageError(f"A highlight can be at most {MAX_PASSAGE_CHARS:,} characters.")
    cleaned_note = _clean_note(note)
    with writing(db):
        clipping = get_clipping(db, clipping_id)
        found = find_passage(clipping.text, passage)
        if found is None:
            shown = " ".join(printable(passage, single_line=True).split()[:12])
            raise PassageNotFound(
                f"Clipping #{clipping_id} doesn't contain {shown!r}; copy the passage from "
                f"'clipper show {clipping_id}' (line breaks and spacing may differ)."
            )
        start, end = found
        same = db.execute(
            "SELECT id FROM highlights WHERE clipping_id = ? AND start_offset = ? "
            "AND end_offset = ?",
            [clipping_id, start, end],
        ).fetchone()
        if same is not None:
            raise HighlightExists(
                f"Clipping #{clipping_id} has this passage highlighted already "
                f"(highlight {same[0]})."
            )
        kept = clipping.text[start:end]
        cursor = db.execute(
            "INSERT INTO highlights (clipping_id, passage, note, created_at, start_offset, "
            "end_offset, terms_cjk) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [clipping_id, kept, cleaned_note, utc_now(), start, end, _terms(kept, cleaned_note)],
        )
        highlight_id = cursor.lastrowid
    return get_highlight(db, int(highlight_id or 0))


def get_highlight(db: Database, highlight_id: int) -> Highlight:
    row = db.execute(
        f"SELECT {_COLUMNS} FROM highlights h WHERE h.id = ?", [highlight_id]
    ).fetchone()
    if row is None:
        raise HighlightNotFound(f"No highlight with id {highlight_id}.")
    return _to_highlight(row)


def list_highlights(db: Database, clipping_id: int) -> list[Highlight]:
    """The clipping's highlights in reading order; detached ones last."""
    from clipper.store.clippings import get_clipping

    get_clipping(db, clipping_id)  # an unknown id is an error, not an empty list
    return highlights_for(db, [clipping_id])[clipping_id]


def highlights_for(db: Archive, ids: list[int]) -> dict[int, list[Highlight]]:
    """Each clipping's highlights, for reading many clippings at once."""
    found: dict[int, list[Highlight]] = {i: [] for i in ids}
    if not ids:
        return found
    for chunk in range(0, len(ids), 500):
        part = ids[chunk : chunk + 500]
        marks = ",".join("?" * len(part))
        for row in db.execute(
            f"SELECT {_COLUMNS} FROM highlights h WHERE h.clipping_id IN ({marks}) "
            f"ORDER BY {_ORDER}",
            part,
        ):
            found[row[1]].append(_to_highlight(row))
    return found


def delete_highlight(db: Database, highlight_id: int) -> None:
    """Remove one highlight; an unknown id is an error."""
    with writing(db):
        get_highlight(db, highlight_id)
        db.execute("DELETE FROM highlights WHERE id = ?", [highlight_id])


def reanchor_highlights(db: Database, clipping_id: int, text: str) -> list[Highlight]:
    """Anchor the clipping's highlights in its new text; returns those it no longer holds.

    Called inside the transaction that replaces the text, so text and
    offsets never disagree.
    """
    from clipper.highlights import reanchor

    current = highlights_for(db, [clipping_id])[clipping_id]
    if not current:
        return []
    detached: list[Highlight] = []
    with writing(db):
        for highlight, where in zip(
            current, reanchor(text, [h.passage for h in current]), strict=True
        ):
            start, end = where if where is not None else (None, None)
            if where is None:
                detached.append(highlight)
            if (start, end) != (highlight.start, highlight.end):
                db.execute(
                    "UPDATE highlights SET start_offset = ?, end_offset = ? WHERE id = ?",
                    [start, end, highlight.id],
                )
    return detached


def restore_highlights(
    db: Database, clipping_id: int, text: str, kept: Iterable[tuple[str, str | None]]
) -> None:
    """Bring back highlights read from an exported note (passage, note), skipping ones it has.

    One whose passage is not in the text is kept detached rather than lost.
    """
    from clipper.highlights import reanchor

    have = {h.passage for h in highlights_for(db, [clipping_id])[clipping_id]}
    wanted = [(p, n) for p, n in kept if p.strip() and p not in have]
    with writing(db):
        for (passage, note), where in zip(
            wanted, reanchor(text, [p for p, _ in wanted]), strict=True
        ):
            start, end = where if where is not None else (None, None)
            cleaned = _clean_note(note)
            db.execute(
                "INSERT INTO highlights (clipping_id, passage, note, created_at, start_offset, "
                "end_offset, terms_cjk) VALUES (?, ?, ?, ?, ?, ?, ?)",
                [clipping_id, passage, cleaned, utc_now(), start, end, _terms(passage, cleaned)],
            )


def search_highlights(db: Archive, fts_query: str, *, limit: int = 20) -> list[HighlightHit]:
    """Highlights whose passage or note matches an FTS5 query, best first."""
    from clipper.models import HighlightHit
    from clipper.store.fulltext import HIGHLIGHT_END, HIGHLIGHT_START

    sql = f"""
        SELECT {_COLUMNS}, c.title,
               snippet(highlights_fts, 0, '{HIGHLIGHT_START}', '{HIGHLIGHT_END}', '…', 24),
               bm25(highlights_fts, 1.0, 1.0, 1.0) AS score
        FROM highlights_fts JOIN highlights h ON h.id = highlights_fts.rowid
        JOIN clippings c ON c.id = h.clipping_id
        WHERE highlights_fts MATCH ? ORDER BY score, h.id DESC LIMIT ?
    """
    try:
        rows = db.execute(sql, [fts_query, limit]).fetchall()
    except sqlite3.OperationalError as exc:
        raise QueryError(f"Can't search for {fts_query!r}: {exc}.") from None
    return [HighlightHit(_to_highlight(r[:7]), title=r[7], snippet=r[8], score=r[9]) for r in rows]


def find_highlights(
    db: Archive, query: str, *, raw: bool = False, limit: int = 20
) -> list[HighlightHit]:
    """Highlights matching what the user typed (see ``fulltext.fts_query_for``), best first."""
    from clipper.store.fulltext import fts_query_for

    return search_highlights(db, fts_query_for(query, raw=raw), limit=limit)
