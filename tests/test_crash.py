"""Killing clipper at any moment of a batch leaves only complete clippings.

A real ``clipper clip a b c …`` process is SIGKILLed after a random delay,
again and again; after every kill the database must pass SQLite's integrity
check and every clipping must be whole: its row, raw source, tag and search
index entry all present. Running the batch again then completes it.
"""

from __future__ import annotations

import contextlib
import os
import random
import signal
import sqlite3
import subprocess
import time
from pathlib import Path

from test_concurrency import HANG_TIMEOUT, clipper_command, write_pages

KILLS = 20
PAGES = 60  # clipper commits a batch every 25 clippings: kills land between commits too
TAG = "batch"


def assert_only_complete_clippings(db: Path) -> int:
    """The number of clippings, after checking each one is whole."""
    if not db.exists():
        return 0
    con = sqlite3.connect(db)
    try:
        assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert con.execute("PRAGMA foreign_key_check").fetchall() == []
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "clippings" not in tables:
            return 0
        count = con.execute("SELECT count(*) FROM clippings").fetchone()[0]
        if "clippings_fts" not in tables:  # killed between the first migrations
            assert count == 0
            return 0
        con.execute("INSERT INTO clippings_fts(clippings_fts) VALUES('integrity-check')")
        assert con.execute("SELECT count(*) FROM clippings_fts_docsize").fetchone()[0] == count
        incomplete = con.execute(
            """SELECT count(*) FROM clippings c
               WHERE NOT EXISTS (SELECT 1 FROM raw_sources r WHERE r.clipping_id = c.id)
                  OR NOT EXISTS (SELECT 1 FROM clipping_tags t
                                 WHERE t.clipping_id = c.id AND t.tag = ?)
                  OR c.word_count = 0 OR c.text = ''""",
            [TAG],
        ).fetchone()[0]
        assert incomplete == 0
        return count
    finally:
        con.close()


def run_batch(db: Path, pages: list[Path], *, refresh: bool = False) -> subprocess.Popen[bytes]:
    """``clipper clip`` of every page; with ``refresh``, stored ones are rewritten, not skipped."""
    again = ["--refresh"] if refresh else []
    return subprocess.Popen(
        [*clipper_command(), "clip", *again, "--tag", TAG, "--db", str(db), *map(str, pages)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,  # its own process group: extraction workers die with it
    )


def kill(proc: subprocess.Popen[bytes]) -> None:
    """SIGKILL clipper and any worker processes it started, as a power cut would."""
    with contextlib.suppress(ProcessLookupError):  # it had finished, workers too
        os.killpg(proc.pid, signal.SIGKILL)
    proc.communicate(timeout=HANG_TIMEOUT)


def test_sigkill_at_random_moments_never_leaves_a_partial_clipping(tmp_path: Path) -> None:
    pages = write_pages(tmp_path / "pages", "crash", PAGES)
    # How long an uninterrupted batch takes here, so the kills land all over it.
    started = time.monotonic()
    calibration = run_batch(tmp_path / "calibration.db", pages)
    assert calibration.wait(timeout=HANG_TIMEOUT) == 0
    full_run = time.monotonic() - started

    seed = int(os.environ.get("CLIPPER_CRASH_SEED", random.randrange(1 << 30)))
    rng = random.Random(seed)
    db = tmp_path / "archive.db"  # starts missing: early kills land in the migrations
    for n in range(KILLS):
        # Every other run rewrites what is stored, so kills also land in updates
        # (and their search-index triggers), not only in first inserts.
        proc = run_batch(db, pages, refresh=n % 2 == 1)
        time.sleep(rng.uniform(0, full_run * 1.1))
        kill(proc)
        assert_only_complete_clippings(db)
    # Some kills must have come after the archive was opened, or the test proves
    # little. (How many clippings each kill left depends on how many clipper
    # commits at once, so no finer claim is made.)
    assert db.exists(), f"seed {seed}: every kill came before the archive was opened"

    proc = run_batch(db, pages)
    _, err = proc.communicate(timeout=HANG_TIMEOUT)
    assert proc.returncode == 0, f"seed {seed}: {err.decode()}"
    assert assert_only_complete_clippings(db) == PAGES


def test_sigkill_while_another_process_writes(tmp_path: Path) -> None:
    """A writer killed mid-batch doesn't stop a second writer from finishing."""
    db = tmp_path / "archive.db"
    victim_pages = write_pages(tmp_path / "v", "victim", PAGES)
    survivor_pages = write_pages(tmp_path / "s", "survivor", PAGES)
    victim = run_batch(db, victim_pages)
    survivor = run_batch(db, survivor_pages)
    time.sleep(0.8)
    kill(victim)
    _, err = survivor.communicate(timeout=HANG_TIMEOUT)
    assert survivor.returncode == 0, err.decode()
    assert assert_only_complete_clippings(db) >= PAGES
