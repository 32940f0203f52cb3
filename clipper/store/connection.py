"""Opening the archive: the one place that constructs ``sqlite_utils.Database``.

Opening migrates; writes go through ``writing`` (BEGIN IMMEDIATE, retried while busy).
Commands that read (and make plain-SQL edits such as tags) use :func:`open_light`:
the standard library's sqlite3 alone when the schema is current, so they don't
pay for importing sqlite-utils, and :func:`open_db` whenever anything is pending.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, TypeAlias

from clipper.errors import ArchiveUnusable, DatabaseError
from clipper.store.migrations import MIGRATIONS

if TYPE_CHECKING:
    from sqlite_utils import Database

    # What the store's functions take: an archive opened by open_db or open_light.
    Archive: TypeAlias = Database | sqlite3.Connection

BUSY_TIMEOUT_MS = 10_000
BUSY_RETRIES = 4  # each after busy_timeout gave up: bounded, with backoff


def utc_now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


@contextmanager
def archive(path: str | Path) -> Iterator[Database]:
    """The archive at ``path`` (see :func:`open_db`), closed when the block ends, however it ends.

    Every command opens the archive this way, so that its file is complete and
    unlocked when the command returns, not whenever the connection is collected.
    """
    db = open_db(path)
    try:
        yield db
    finally:
        db.close()


@contextmanager
def light_archive(path: str | Path) -> Iterator[Archive]:
    """The archive at ``path`` through :func:`open_light`, closed when the block ends.

    For commands whose every read and edit is plain SQL; like :func:`archive`,
    whichever connection :func:`open_light` made is closed however the block ends.
    """
    db = open_light(path)
    try:
        yield db
    finally:
        db.close()


def open_db(path: str | Path) -> Database:
    """Open (creating if need be) the archive at ``path`` and bring its schema up to date.

    The caller closes it (or uses :func:`archive`); if opening fails, nothing is left open.
    """
    path = Path(path)
    if path.is_dir():
        raise ArchiveUnusable(f"{path} is a folder, not a database file.")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ArchiveUnusable(
            f"Can't create the folder for the database {path}: {exc.strerror}."
        ) from None
    from sqlite_utils import Database

    db = None
    try:
        db = Database(path, execute_plugins=False)
        db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        _tune(db.conn)
        _check_schema(db, path)
        _retry_if_busy(lambda: _use_wal(db))
        if MIGRATIONS.pending(db):
            # Under the write lock, so that of several clippers opening a new
            # archive at once one migrates and the others find nothing to do.
            with writing(db, path):
                if MIGRATIONS.pending(db):
                    MIGRATIONS.apply(db)
    except BaseException as exc:
        if db is not None:
            db.close()
        if isinstance(exc, sqlite3.DatabaseError):
            raise DatabaseError(explain_error(exc, path)) from None
        raise
    return db


def _tune(conn: sqlite3.Connection) -> None:
    """What every connection to the archive sets, however it was opened."""
    # Reads of a large archive hop between the index and the rows: map the
    # file into memory and keep a bigger page cache (both cost nothing when
    # the archive is small).
    conn.execute("PRAGMA mmap_size = 268435456")
    conn.execute("PRAGMA cache_size = -32000")
    register_functions(conn)
    conn.execute("PRAGMA foreign_keys = ON")


def open_light(path: str | Path) -> Archive:
    """The archive at ``path`` through the standard library's sqlite3 when its schema is current.

    The same connection settings and SQL functions as :func:`open_db`, and
    writes still go through :func:`writing`; only the sqlite-utils wrapper
    (and its import, a third of a reading command's time) is left out. A file
    that is missing, not a clipper archive, not in WAL mode or with any
    migration pending or unknown goes to :func:`open_db`, which creates,
    migrates or explains.
    """
    path = Path(path)
    conn = _connect_current(path) if path.is_file() else None
    return conn if conn is not None else open_db(path)


def _connect_current(path: Path) -> sqlite3.Connection | None:
    """A plain connection to ``path`` if its migrations are exactly clipper's; else None."""
    try:
        # isolation_level=None: no implicit transactions; a statement outside
        # writing() commits at once, as it does through sqlite-utils.
        conn = sqlite3.connect(path, isolation_level=None)
    except sqlite3.Error:
        return None
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        applied = {
            name
            for (name,) in conn.execute(
                "SELECT name FROM _sqlite_migrations WHERE migration_set = ?", [MIGRATIONS.name]
            )
        }
        current = applied == set(MIGRATIONS.names())
        if current and conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal":
            _tune(conn)
            return conn
    except sqlite3.Error:
        pass  # not an archive, or damaged: open_db says which
    conn.close()
    return None


def _check_schema(db: Database, path: Path) -> None:
    """Refuse files that aren't SQLite, aren't clipper's, or are ahead of this version."""
    tables = set(db.table_names())  # raises "file is not a database" for garbage
    if tables and "clippings" not in tables:
        raise ArchiveUnusable(f"{path} is a SQLite database but not a clipper archive.")
    if "_sqlite_migrations" in tables:
        known = {m.name for m in MIGRATIONS._migrations}
        applied = {m.name for m in MIGRATIONS.applied(db)}
        unknown = sorted(applied - known)
        if unknown:
            raise DatabaseError(
                f"{path} was written by a newer clipper (schema {unknown[-1]}). "
                "Upgrade clipper to use it; nothing was changed."
            )


def explain_error(exc: sqlite3.DatabaseError, path: Path) -> str:
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
def writing(db: Archive, path: str | Path | None = None) -> Iterator[Archive]:
    """A write transaction, all or nothing, whose SQLite failures become one-line DatabaseErrors.

    The write lock is taken at BEGIN (IMMEDIATE). A transaction that read
    first and wrote later would fail at once with SQLITE_BUSY whenever another
    process committed in between: busy_timeout can't refresh a stale snapshot.
    Inside an open transaction this is a savepoint of it.
    """
    conn = connection_of(db)
    try:
        if conn.in_transaction:
            with _savepoint(conn):
                yield db
            return
        _begin_immediate(conn)
        try:
            yield db
            conn.execute("COMMIT")
        except BaseException:
            conn.rollback()
            raise
    except sqlite3.DatabaseError as exc:
        raise DatabaseError(explain_error(exc, Path(path or _file_of(db)))) from None


def connection_of(db: Archive) -> sqlite3.Connection:
    """The sqlite3 connection under an archive from open_db or open_light."""
    return db if isinstance(db, sqlite3.Connection) else db.conn


@contextmanager
def _savepoint(conn: sqlite3.Connection) -> Iterator[None]:
    """A part of the open transaction that is undone alone if it fails (as sqlite-utils' atomic)."""
    conn.execute("SAVEPOINT clipper_part")
    try:
        yield
    except BaseException:
        # A failure that destroyed the whole transaction took the savepoint with it.
        if conn.in_transaction:
            conn.execute("ROLLBACK TO SAVEPOINT clipper_part")
            conn.execute("RELEASE SAVEPOINT clipper_part")
        raise
    conn.execute("RELEASE SAVEPOINT clipper_part")


def _file_of(db: Archive) -> str:
    """The archive's file name, for messages."""
    for _, name, file, *_ in connection_of(db).execute("PRAGMA database_list"):
        if name == "main" and file:
            return str(file)
    return "the database"


def _use_wal(db: Database) -> None:
    """Put the archive in WAL mode (readers and a writer at once), unless it is already.

    Switching rewrites the file's header: SQLite reads it, then asks for the
    exclusive lock with the read lock still held, and so answers busy at once,
    without waiting out busy_timeout, when another connection holds a lock
    meanwhile, as when several clippers open a new archive together. Asked
    again once the other is done, the archive is found in WAL mode already.
    """
    if db.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
        db.execute("PRAGMA journal_mode = wal")


def _begin_immediate(conn: sqlite3.Connection) -> None:
    """BEGIN IMMEDIATE, retried a few times with growing pauses if SQLite stays busy.

    busy_timeout already waits for the lock; the retries cover the cases where
    SQLite reports busy without waiting (another process recovering the WAL).
    """
    _retry_if_busy(lambda: conn.execute("BEGIN IMMEDIATE"))


def _retry_if_busy(action: Callable[[], object]) -> None:
    """Run ``action``, again after growing pauses while SQLite answers busy, a few times."""
    for attempt in range(BUSY_RETRIES):
        try:
            action()
            return
        except sqlite3.OperationalError as exc:
            busy = "locked" in str(exc) or "busy" in str(exc)
            if not busy or attempt == BUSY_RETRIES - 1:
                raise
            import random  # only now: it imports hashlib, a millisecond at every start

            time.sleep(0.05 * 2**attempt * (1 + random.random()))


def host_of(value: str) -> str:
    """The host a --site value names ("www.Example.com", "https://example.com/x" -> example.com)."""
    from urllib.parse import urlsplit

    text = value.strip()
    host = urlsplit(text if "//" in text else f"//{text}").hostname or text
    return host.casefold().removeprefix("www.")


def on_site(site_name: object, url: object, folded: str, host: str) -> int:
    """Whether a clipping is on the site --site names: by its site's name, case folded, or its
    address's host, that host or a subdomain of it.

    One SQL function for the three tests (they were three calls a row, the host's
    parsed twice): a filtered search evaluates it on every match it walks.
    """
    if isinstance(site_name, str) and site_name.casefold() == folded:
        return 1
    # The host, case folded, is part of the address case folded (lowercasing
    # then folding is folding, for every character): where it isn't, no need
    # to take the address apart.
    if not isinstance(url, str) or host not in url.casefold():
        return 0
    try:
        found = host_of(url)
    except ValueError:  # not an address urlsplit can read ("http://[x"): no host to match
        return 0
    return int(found == host or found.endswith(f".{host}"))


def register_functions(conn: sqlite3.Connection) -> None:
    """SQL functions the filters use: Unicode case folding, a URL's host, the --site test."""
    conn.create_function(
        "clipper_fold", 1, lambda s: s.casefold() if isinstance(s, str) else s, deterministic=True
    )
    conn.create_function(
        "clipper_host", 1, lambda u: host_of(u) if isinstance(u, str) else None, deterministic=True
    )
    conn.create_function("clipper_on_site", 4, on_site, deterministic=True)
