"""A database in trouble: each case gives one clear line, exit 6, and destroys nothing.

Read-only files and folders are made read-only for real. Permissions don't
stop root, so as root the immutable attribute (``chattr +i``) is used instead,
and the test is skipped, saying so, where that isn't possible. The full disk
is a real tiny tmpfs mounted in a private mount namespace (``unshare``); where
namespaces aren't allowed that test is skipped and the unit test of the same
translation, with SQLite's own page limit, still runs.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from test_concurrency import HANG_TIMEOUT, clipper_command

from clipper import store as dbmod
from clipper.errors import DatabaseError, ExitStatus
from clipper.models import Article, Page
from helpers import FIXTURES, invoke

ARTICLE = FIXTURES / "article.html"


def assert_one_line_database_error(code: int, err: str, *words: str) -> None:
    assert code == ExitStatus.DATABASE, err
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("clipper: "), err
    assert "Traceback" not in err and "unexpected error" not in err
    for word in words:
        assert word in err, err


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file in the folder and its bytes: what must not change."""
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def settled_archive(path: Path, clippings: int = 1) -> None:
    """A WAL archive with clippings, closed, so its bytes are all in the one file."""
    db = dbmod.open_db(path)
    for n in range(clippings):
        art = Article(text=f"Story {n} text.", html=f"<p>Story {n} text.</p>", title=f"S{n}")
        dbmod.save_clipping(
            db, art, Page(body=f"<p>{n}</p>".encode(), source="p"), key=f"k{n}", url=None
        )
    db.close()  # the last connection out folds the WAL into the file and removes it


@contextmanager
def read_only(path: Path) -> Iterator[None]:
    """``path`` (file or folder) read-only for this process, even as root."""
    if os.geteuid() != 0:
        mode = path.stat().st_mode
        path.chmod(0o555 if path.is_dir() else 0o444)
        try:
            yield
        finally:
            path.chmod(mode)
        return
    chattr = shutil.which("chattr")
    if chattr is None or subprocess.run([chattr, "+i", str(path)], capture_output=True).returncode:
        pytest.skip(
            "running as root, which file permissions don't stop, and chattr +i "
            "(the immutable attribute) isn't available on this file system"
        )
    try:
        yield
    finally:
        subprocess.run([chattr, "-i", str(path)], check=True)


# --- read-only -------------------------------------------------------------------


def test_clip_into_a_read_only_file(tmp_path: Path) -> None:
    path = tmp_path / "ro.db"
    settled_archive(path)
    before = path.read_bytes()
    with read_only(path):
        code, _, err = invoke("clip", "--db", str(path), str(ARTICLE))
        assert_one_line_database_error(code, err, "read-only", str(path))
        code, out, err = invoke("list", "--db", str(path), "--json")
        assert code == 0, err  # reading still works
    assert path.read_bytes() == before


def test_clip_into_a_read_only_folder(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    settled_archive(folder / "a.db")
    before = snapshot(folder)
    with read_only(folder):
        code, _, err = invoke("clip", "--db", str(folder / "a.db"), str(ARTICLE))
        assert_one_line_database_error(code, err, str(folder / "a.db"))
        code, _, err = invoke("clip", "--db", str(folder / "new.db"), str(ARTICLE))
        assert_one_line_database_error(code, err, str(folder / "new.db"))
        code, _, err = invoke("clip", "--db", str(folder / "sub" / "new.db"), str(ARTICLE))
        assert_one_line_database_error(code, err, "Can't create the folder")
    assert snapshot(folder) == before


def test_a_folder_that_cant_be_created(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("I am a file, not a folder")
    code, _, err = invoke("clip", "--db", str(blocker / "sub" / "x.db"), str(ARTICLE))
    assert_one_line_database_error(code, err, "Can't create the folder")
    assert blocker.read_text() == "I am a file, not a folder"


# --- not ours, or not readable ------------------------------------------------------


@pytest.mark.parametrize(
    "content",
    [
        b"Dear diary, today I clipped nothing.\n" * 200,
        b"SQLite format 3\x00" + b"\xff" * 4000,  # the right magic, garbage after it
        bytes(range(256)) * 64,
    ],
    ids=["text", "bad-header", "binary"],
)
def test_a_file_that_is_not_sqlite(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "notes.db"
    path.write_bytes(content)
    for command in (["clip", str(ARTICLE)], ["list"], ["search", "x"], ["db", "check"]):
        code, _, err = invoke(*command, "--db", str(path))
        assert_one_line_database_error(code, err, str(path))
    assert snapshot(tmp_path) == {"notes.db": content}


def test_someone_elses_sqlite_database(tmp_path: Path) -> None:
    path = tmp_path / "theirs.db"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE recipes (name TEXT)")
    con.execute("INSERT INTO recipes VALUES ('soup')")
    con.commit()
    con.close()
    before = path.read_bytes()
    code, _, err = invoke("clip", "--db", str(path), str(ARTICLE))
    assert_one_line_database_error(code, err, "not a clipper archive")
    assert snapshot(tmp_path) == {"theirs.db": before}


def test_a_database_from_a_newer_clipper(tmp_path: Path) -> None:
    path = tmp_path / "future.db"
    settled_archive(path)
    con = sqlite3.connect(path)
    con.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
        "VALUES ('clipper', 'm999_from_the_future', '2030-01-01')"
    )
    con.commit()
    con.close()
    before = path.read_bytes()
    for command in (["clip", str(ARTICLE)], ["list"], ["db", "check"], ["db", "backup", "x.db"]):
        code, _, err = invoke(*command, "--db", str(path))
        assert_one_line_database_error(code, err, "newer clipper", "Upgrade")
    assert path.read_bytes() == before
    assert not (tmp_path / "x.db").exists()


# --- a full disk --------------------------------------------------------------------


def big_article(words: int) -> Article:
    text = " ".join(f"w{n:x}{(n * 7919) % 104729:x}" for n in range(words))
    return Article(text=text, html=f"<p>{text}</p>", title="Too big")


def test_full_disk_is_one_line_and_stores_nothing(tmp_path: Path) -> None:
    """SQLite's page limit stands in for the disk: the same error, SQLITE_FULL."""
    db = dbmod.open_db(tmp_path / "a.db")
    dbmod.save_clipping(db, big_article(50), Page(body=b"small", source="s"), key="s", url=None)
    pages = db.execute("PRAGMA page_count").fetchone()[0]
    db.execute(f"PRAGMA max_page_count = {pages + 8}")
    with pytest.raises(DatabaseError) as caught:
        dbmod.save_clipping(
            db, big_article(200_000), Page(body=b"big" * 1000, source="b"), key="b", url=None
        )
    message = str(caught.value)
    assert "disk is full" in message and "\n" not in message
    assert caught.value.exit_status == ExitStatus.DATABASE
    assert dbmod.count_clippings(db) == 1
    assert db.execute("SELECT count(*) FROM raw_sources").fetchone()[0] == 1
    assert all(c.ok for c in dbmod.check_db(db))
    # Once there is room again, the same clipping goes in.
    db.execute("PRAGMA max_page_count = 1000000000")
    dbmod.save_clipping(
        db, big_article(200_000), Page(body=b"big" * 1000, source="b"), key="b", url=None
    )
    assert dbmod.count_clippings(db) == 2


FULL_DISK_SCRIPT = """
set -u
mount -t tmpfs -o size=640k tmpfs "$MNT" || exit 97
"$@" clip --db "$MNT/a.db" "$SMALL" > /dev/null || exit 98
"$@" clip --db "$MNT/a.db" "$BIG" 2> "$OUT/err.txt"
echo $? > "$OUT/code.txt"
"$@" db check --db "$MNT/a.db" --json > "$OUT/check.json"
"$@" list --db "$MNT/a.db" --json > "$OUT/list.json"
"""


def test_a_real_full_disk(tmp_path: Path) -> None:
    """A 640 kB tmpfs in a private mount namespace, so nothing outside sees it."""
    unshare = shutil.which("unshare")
    if unshare is None:
        pytest.skip("unshare isn't installed, so no private tmpfs can be mounted")
    flags = "-m" if os.geteuid() == 0 else "-rm"
    big = tmp_path / "big.html"
    paragraphs = "".join(f"<p>{' '.join(f'w{n}x{k}' for k in range(150))}.</p>" for n in range(600))
    big.write_text(f"<html><title>Big</title><body><article>{paragraphs}</article></body></html>")
    (tmp_path / "mnt").mkdir()
    env = {
        **os.environ,
        "MNT": str(tmp_path / "mnt"),
        "SMALL": str(ARTICLE),
        "BIG": str(big),
        "OUT": str(tmp_path),
    }
    run = subprocess.run(
        [unshare, flags, "sh", "-c", FULL_DISK_SCRIPT, "sh", *clipper_command()],
        env=env,
        capture_output=True,
        timeout=HANG_TIMEOUT,
    )
    if run.returncode in (1, 97) and not (tmp_path / "code.txt").exists():
        pytest.skip(f"no private tmpfs can be mounted here: {run.stderr.decode().strip()}")
    assert run.returncode == 0, run.stderr.decode()
    err = (tmp_path / "err.txt").read_text()
    assert_one_line_database_error(int((tmp_path / "code.txt").read_text()), err, "disk is full")
    import json

    assert json.loads((tmp_path / "check.json").read_text())["ok"]
    assert [c["title"] for c in json.loads((tmp_path / "list.json").read_text())] == [
        "Harbour Bridge Reopens After Repairs"
    ]
