"""Followed feeds and their entries: what clipper.feeds reads and records."""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from clipper.errors import FeedNameTaken, FeedNotFound, UsageError
from clipper.models import FeedSource
from clipper.store.connection import utc_now, writing

# An entry that failed this many updates in a row is given up on (state "failed" stays).
MAX_ATTEMPTS = 5
MAX_NAME_CHARS = 60

_SOURCE_COLUMNS = (
    "s.id, s.name, s.url, s.kind, s.title, s.site_url, s.tags, s.paused, s.added_at, "
    "s.checked_at, s.last_new_at, s.error, "
    "(SELECT count(*) FROM feed_entries e WHERE e.source_id = s.id), "
    "(SELECT count(*) FROM feed_entries e WHERE e.source_id = s.id AND e.state = 'clipped'), "
    "(SELECT count(*) FROM feed_entries e WHERE e.source_id = s.id "
    f"AND (e.state = 'pending' OR (e.state = 'failed' AND e.attempts < {MAX_ATTEMPTS})))"
)


@dataclass(frozen=True, slots=True)
class SourceState:
    """What a conditional GET of a source needs: its address and validators, and whether it is new."""

    id: int
    name: str
    url: str
    kind: str | None
    tags: tuple[str, ...]
    etag: str | None
    last_modified: str | None
    synced_at: str | None


@dataclass(frozen=True, slots=True)
class NewEntry:
    """An entry to record: what the feed said of it, and whether it is to be clipped."""

    key: str
    link: str
    title: str | None
    published: str | None
    authors: tuple[str, ...]
    categories: tuple[str, ...]
    state: str  # "pending" or "passed"


@dataclass(frozen=True, slots=True)
class PendingEntry:
    """An entry waiting to be clipped (new, or failed before and retried)."""

    id: int
    source_id: int
    link: str
    title: str | None
    published: str | None
    authors: tuple[str, ...]
    categories: tuple[str, ...]
    tags: tuple[str, ...]  # its source's


def _source(row: tuple[Any, ...]) -> FeedSource:
    return FeedSource(
        id=row[0],
        name=row[1],
        url=row[2],
        kind=row[3],
        title=row[4],
        site_url=row[5],
        tags=json.loads(row[6] or "[]"),
        paused=bool(row[7]),
        added_at=row[8],
        checked_at=row[9],
        last_new_at=row[10],
        error=row[11],
        entries=row[12],
        clipped=row[13],
        pending=row[14],
    )


def list_sources(db: Database) -> list[FeedSource]:
    """Every followed source, in the order they were added."""
    if not db.table("feed_sources").exists():
        return []  # an archive opened read-only in memory
    rows = db.execute(f"SELECT {_SOURCE_COLUMNS} FROM feed_sources s ORDER BY s.id").fetchall()
    return [_source(row) for row in rows]


def get_source(db: Database, name_or_id: str) -> FeedSource:
    """The source with this name (any case) or id; FeedNotFound if none."""
    text = name_or_id.strip()
    row = db.execute(
        f"SELECT {_SOURCE_COLUMNS} FROM feed_sources s WHERE s.name = ? COLLATE NOCASE "
        "OR s.url = ? OR (? AND s.id = ?) ORDER BY s.name = ? COLLATE NOCASE DESC LIMIT 1",
        [text, text, text.isdigit(), int(text) if text.isdigit() else 0, text],
    ).fetchone()
    if row is None:
        raise FeedNotFound(
            f"No feed is called {text[:80]!r}. See the names with: clipper feed list."
        )
    return _source(row)


def find_source_url(db: Database, url: str) -> FeedSource | None:
    """The source followed at this address, if any."""
    row = db.execute(
        f"SELECT {_SOURCE_COLUMNS} FROM feed_sources s WHERE s.url = ?", [url]
    ).fetchone()
    return _source(row) if row else None


def unique_name(db: Database, wanted: str) -> str:
    """``wanted`` as a source name (a short slug), with -2, -3... if it is taken."""
    base = slug(wanted) or "feed"
    name, n = base, 1
    while db.execute("SELECT 1 FROM feed_sources WHERE name = ? COLLATE NOCASE", [name]).fetchone():
        n += 1
        name = f"{base}-{n}"
    return name


def slug(text: str) -> str:
    """A name one can type: lower-case words joined by '-', at most 60 characters."""
    words = re.findall(r"\w+(?:\.\w+)*", text.casefold())
    out = "-".join(words)[:MAX_NAME_CHARS].strip("-.")
    return out


def check_name(name: str) -> str:
    """A name the user chose, tidied; UsageError if it can't be one."""
    clean = " ".join(name.split())
    if not clean or len(clean) > MAX_NAME_CHARS or not clean.isprintable() or clean.isdigit():
        raise UsageError(
            f"A feed's name must be 1 to {MAX_NAME_CHARS} printable characters, not only "
            f"digits (ids are numbers): {name[:80]!r}."
        )
    return clean


def add_source(
    db: Database,
    url: str,
    *,
    name: str,
    kind: str | None,
    title: str | None,
    site_url: str | None,
    tags: Iterable[str] = (),
    etag: str | None = None,
    last_modified: str | None = None,
) -> FeedSource:
    """Follow a new source; UsageError if its address or name is followed already."""
    existing = find_source_url(db, url)
    if existing is not None:
        raise UsageError(f"{url} is followed already, as {existing.name!r}.")
    with writing(db):
        try:
            source_id = (
                db.table("feed_sources")
                .insert(
                    {
                        "name": name,
                        "url": url,
                        "kind": kind,
                        "title": title,
                        "site_url": site_url,
                        "tags": _tags_json(tags),
                        "paused": 0,
                        "added_at": utc_now(),
                        "etag": etag,
                        "last_modified": last_modified,
                    }
                )
                .last_pk
            )
        except sqlite3.IntegrityError:  # inside writing(), which makes any other a DatabaseError
            raise FeedNameTaken(f"A feed is called {name!r} already.") from None
    return get_source(db, str(source_id))


def _tags_json(tags: Iterable[str]) -> str:
    clean = sorted({" ".join(t.split()) for t in tags if t and t.strip()})
    return json.dumps(clean, ensure_ascii=False)


def edit_source(
    db: Database,
    source_id: int,
    *,
    name: str | None = None,
    add_tags: Iterable[str] = (),
    remove_tags: Iterable[str] = (),
    paused: bool | None = None,
) -> FeedSource:
    """Rename, retag, pause or resume a source."""
    with writing(db):
        row = db.execute("SELECT tags FROM feed_sources WHERE id = ?", [source_id]).fetchone()
        if row is None:
            raise FeedNotFound(f"No feed has id {source_id}.")
        tags = set(json.loads(row[0] or "[]")) | {t for t in add_tags if t.strip()}
        tags -= set(remove_tags)
        changes: dict[str, Any] = {"tags": _tags_json(tags)}
        if paused is not None:
            changes["paused"] = int(paused)
        if name is not None:
            changes["name"] = name
        try:
            db.table("feed_sources").update(source_id, changes)
        except sqlite3.IntegrityError:
            raise UsageError(f"A feed is called {name!r} already; choose another name.") from None
    return get_source(db, str(source_id))


def remove_source(db: Database, source_id: int) -> None:
    """Stop following a source and forget its entries; its clippings stay in the archive."""
    with writing(db):
        db.execute("DELETE FROM feed_entries WHERE source_id = ?", [source_id])
        db.execute("DELETE FROM feed_sources WHERE id = ?", [source_id])


def sources_to_update(db: Database, names: Iterable[str] = ()) -> list[SourceState]:
    """The sources to check: those named (paused or not), else every one not paused."""
    wanted = list(names)
    if wanted:
        ids = list(dict.fromkeys(get_source(db, n).id for n in wanted))
    else:
        ids = [r[0] for r in db.execute("SELECT id FROM feed_sources WHERE paused = 0 ORDER BY id")]
    states = []
    for source_id in ids:
        row = db.execute(
            "SELECT id, name, url, kind, tags, etag, last_modified, synced_at "
            "FROM feed_sources WHERE id = ?",
            [source_id],
        ).fetchone()
        states.append(
            SourceState(row[0], row[1], row[2], row[3], tuple(json.loads(row[4] or "[]")), *row[5:])
        )
    return states


def known_keys(db: Database, source_id: int, keys: Iterable[str]) -> set[str]:
    """Which of these entry keys the source has listed before."""
    found: set[str] = set()
    chunk: list[str] = []

    def flush() -> None:
        marks = ",".join("?" * len(chunk))
        found.update(
            r[0]
            for r in db.execute(
                f"SELECT key FROM feed_entries WHERE source_id = ? AND key IN ({marks})",
                [source_id, *chunk],
            )
        )
        chunk.clear()

    for key in keys:
        chunk.append(key)
        if len(chunk) >= 500:
            flush()
    if chunk:
        flush()
    return found


def record_check(
    db: Database,
    source_id: int,
    *,
    error: str | None = None,
    url: str | None = None,
    kind: str | None = None,
    title: str | None = None,
    site_url: str | None = None,
    etag: str | None = None,
    last_modified: str | None = None,
    read: bool = False,
    entries: Iterable[NewEntry] = (),
) -> int:
    """Record what a check of a source found, with its new entries, in one transaction.

    ``read`` says the feed was read (or answered 304): the source is synced,
    and its validators are kept. A failed check keeps everything else as it
    was. Entries whose key the source has listed already are left as they
    are. Returns how many entries were new.
    """
    now = utc_now()
    changes: dict[str, Any] = {"checked_at": now, "error": error}
    if read:
        changes.update(synced_at=now, etag=etag, last_modified=last_modified)
        for column, value in (("kind", kind), ("title", title), ("site_url", site_url)):
            if value:
                changes[column] = value
    added = 0
    with writing(db):
        if url:
            taken = db.execute(
                "SELECT 1 FROM feed_sources WHERE url = ? AND id != ?", [url, source_id]
            ).fetchone()
            if not taken:
                changes["url"] = url
        for entry in entries:
            cursor = db.execute(
                "INSERT OR IGNORE INTO feed_entries (source_id, key, link, title, published, "
                "authors, categories, seen_at, state, attempts) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
                [
                    source_id,
                    entry.key,
                    entry.link,
                    entry.title,
                    entry.published,
                    json.dumps(list(entry.authors), ensure_ascii=False),
                    json.dumps(list(entry.categories), ensure_ascii=False),
                    now,
                    entry.state,
                ],
            )
            added += cursor.rowcount
        if added:
            changes["last_new_at"] = now
        db.table("feed_sources").update(source_id, changes)
    return added


def pending_entries(db: Database, source_ids: Iterable[int]) -> list[PendingEntry]:
    """The entries of these sources still to clip: new ones, and failed ones to retry."""
    ids = list(source_ids)
    if not ids:
        return []
    marks = ",".join("?" * len(ids))
    rows = db.execute(
        "SELECT e.id, e.source_id, e.link, e.title, e.published, e.authors, e.categories, s.tags "
        "FROM feed_entries e JOIN feed_sources s ON s.id = e.source_id "
        f"WHERE e.source_id IN ({marks}) AND (e.state = 'pending' OR "
        f"(e.state = 'failed' AND e.attempts < {MAX_ATTEMPTS})) ORDER BY e.id",
        ids,
    ).fetchall()
    return [
        PendingEntry(
            row[0],
            row[1],
            row[2],
            row[3],
            row[4],
            tuple(json.loads(row[5] or "[]")),
            tuple(json.loads(row[6] or "[]")),
            tuple(json.loads(row[7] or "[]")),
        )
        for row in rows
    ]


def mark_entries(db: Database, outcomes: Iterable[tuple[int, int | None, str | None]]) -> None:
    """Record what became of entries: (entry id, clipping id, error); an error means it failed."""
    with writing(db):
        for entry_id, clipping_id, error in outcomes:
            if error is None:
                db.execute(
                    "UPDATE feed_entries SET state = 'clipped', clipping_id = ?, error = NULL "
                    "WHERE id = ?",
                    [clipping_id, entry_id],
                )
            else:
                db.execute(
                    "UPDATE feed_entries SET state = 'failed', attempts = attempts + 1, error = ? "
                    "WHERE id = ?",
                    [error, entry_id],
                )
