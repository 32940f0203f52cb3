"""Many clipper processes writing into one database at the same moment lose nothing.

Real processes of the installed ``clipper`` command, real files, one real
SQLite file; nothing is mocked.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from clipper.store import connection as store_connection

PROCESSES = 4
CLIPS_EACH = 25
# Only a safety net so a deadlock fails the test instead of blocking CI.
HANG_TIMEOUT = 120


def clipper_command() -> list[str]:
    """The installed console script beside this Python, else ``python -m clipper``."""
    script = Path(sys.executable).parent / "clipper"
    return [str(script)] if script.exists() else [sys.executable, "-m", "clipper"]


def write_pages(folder: Path, prefix: str, count: int) -> list[Path]:
    """``count`` small, distinct HTML articles (distinct bytes, so distinct clippings)."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(count):
        path = folder / f"{prefix}-{i:03d}.html"
        words = f"Story {prefix} number {i} about the harbour bridge and the council budget."
        path.write_text(
            f"<html><head><title>{prefix} story {i}</title></head><body><article>"
            + f"<p>{words} " * 4
            + "</p></article></body></html>",
            encoding="utf-8",
        )
        paths.append(path)
    return paths


def check_database(path: Path) -> tuple[int, int, int]:
    """integrity_check must say ok; returns (clippings, FTS rows, raw sources)."""
    con = sqlite3.connect(path)
    try:
        assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert con.execute("PRAGMA foreign_key_check").fetchall() == []
        clippings = con.execute("SELECT count(*) FROM clippings").fetchone()[0]
        fts = con.execute("SELECT count(*) FROM clippings_fts_docsize").fetchone()[0]
        raw = con.execute(
            "SELECT count(*) FROM raw_sources r JOIN clippings c ON c.id = r.clipping_id"
        ).fetchone()[0]
        return clippings, fts, raw
    finally:
        con.close()


def test_four_writers_into_a_new_database_lose_nothing(tmp_path: Path) -> None:
    db = tmp_path / "shared.db"  # not created yet: the writers race to migrate it too
    batches = [write_pages(tmp_path / "pages", f"w{n}", CLIPS_EACH) for n in range(PROCESSES)]
    env = {**os.environ, "CLIPPER_DB": str(db)}
    procs = [
        subprocess.Popen(
            [*clipper_command(), "clip", "--tag", f"writer{n}", *map(str, batch)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            env=env,
        )
        for n, batch in enumerate(batches)
    ]
    errors = []
    for proc in procs:
        _, err = proc.communicate(timeout=HANG_TIMEOUT)
        errors.append((proc.returncode, err.decode()))
    for code, err in errors:
        assert "locked" not in err and "busy" not in err, err
        assert code == 0, err
    assert check_database(db) == (100, 100, 100)
    con = sqlite3.connect(db)
    per_writer = dict(con.execute("SELECT tag, count(*) FROM clipping_tags GROUP BY tag"))
    con.close()
    assert per_writer == {f"writer{n}": CLIPS_EACH for n in range(PROCESSES)}


def test_readers_and_writers_together(tmp_path: Path) -> None:
    """A reader that holds the database open (list, search, stats) blocks no writer."""
    db = tmp_path / "shared.db"
    env = {**os.environ, "CLIPPER_DB": str(db)}
    first = write_pages(tmp_path / "pages", "seed", 5)
    subprocess.run([*clipper_command(), "clip", *map(str, first)], env=env, check=True)
    writers = [
        subprocess.Popen(
            [*clipper_command(), "clip", *map(str, write_pages(tmp_path / "p", f"r{n}", 15))],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            env=env,
        )
        for n in range(2)
    ]
    for command in (["list", "--json"], ["search", "harbour", "--json"], ["stats"]) * 3:
        run = subprocess.run(
            [*clipper_command(), *command], env=env, capture_output=True, timeout=HANG_TIMEOUT
        )
        assert run.returncode == 0, run.stderr.decode()
    for proc in writers:
        _, err = proc.communicate(timeout=HANG_TIMEOUT)
        assert proc.returncode == 0, err.decode()
    assert check_database(db) == (35, 35, 35)


def held_lock(path: Path) -> sqlite3.Connection:
    """Another connection holding the archive's write lock, as a long writer would."""
    con = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    con.execute("BEGIN IMMEDIATE")
    return con


def test_a_writer_waits_for_the_lock_and_then_writes(tmp_path: Path) -> None:
    from clipper import store as dbmod
    from clipper.models import Article, Page

    path = tmp_path / "a.db"
    db = dbmod.open_db(path)
    db.execute("PRAGMA busy_timeout = 50")  # so the retries after it are what waits
    other = held_lock(path)
    releaser = threading.Timer(0.1, other.commit)
    releaser.start()
    try:
        art = Article(text="Waited for the lock.", html="<p>Waited.</p>", title="Waiter")
        dbmod.save_clipping(db, art, Page(body=b"w", source="w"), key="w", url=None)
    finally:
        releaser.join()
        other.close()
    assert dbmod.count_clippings(db) == 1


def test_a_lock_held_too_long_is_a_one_line_database_error(tmp_path: Path) -> None:
    from clipper import store as dbmod
    from clipper.errors import DatabaseError
    from clipper.models import Article, Page

    path = tmp_path / "a.db"
    db = dbmod.open_db(path)
    db.execute("PRAGMA busy_timeout = 20")
    other = held_lock(path)
    try:
        art = Article(text="Never stored.", html="<p>Never.</p>", title="Blocked")
        with pytest.raises(DatabaseError) as caught:
            dbmod.save_clipping(db, art, Page(body=b"b", source="b"), key="b", url=None)
    finally:
        other.rollback()
        other.close()
    assert "busy" in str(caught.value) and str(path) in str(caught.value)
    assert "\n" not in str(caught.value)
    assert dbmod.count_clippings(db) == 0


def test_opening_a_new_archive_while_another_clipper_switches_it_to_wal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """SQLite refuses the switch to WAL at once, busy_timeout or not, while another
    connection holds a lock on the new file; the opener asks again once that one is done."""
    from types import SimpleNamespace

    from clipper import store as dbmod

    path = tmp_path / "new.db"
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # a new file is in rollback mode: this holds its lock
    refusals = []

    def pause(seconds: float) -> None:  # instead of sleeping: the other clipper finishes
        refusals.append(seconds)
        if other.in_transaction:
            other.execute("COMMIT")
            other.execute("PRAGMA journal_mode = wal")

    monkeypatch.setattr(store_connection, "time", SimpleNamespace(sleep=pause))
    try:
        db = dbmod.open_db(path)
    finally:
        other.close()
    assert len(refusals) == 1
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert not dbmod.MIGRATIONS.pending(db)
    db.close()
