"""`clipper db backup` and `clipper db check` on real database files."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
from pathlib import Path

from test_concurrency import HANG_TIMEOUT, clipper_command, write_pages

from helpers import invoke


def archive_with(count: int, tmp_path: Path) -> None:
    pages = write_pages(tmp_path / "pages", "p", count)
    code, _, err = invoke("clip", "--tag", "t", *map(str, pages))
    assert code == 0, err


def check(*args: str) -> tuple[int, dict]:
    code, out, err = invoke("db", "check", "--json", *args)
    return code, json.loads(out)


def failed_checks(report: dict) -> set[str]:
    return {c["name"] for c in report["checks"] if not c["ok"]}


def test_backup_is_a_complete_standalone_copy(tmp_path: Path, clipper_db: Path) -> None:
    archive_with(3, tmp_path)
    target = tmp_path / "backups" / "copy.db"
    target.parent.mkdir()
    code, _, err = invoke("db", "backup", str(target))
    assert code == 0, err
    assert "Backed up 3 clippings" in err
    assert not Path(f"{target}-wal").exists()
    assert [p.name for p in target.parent.iterdir()] == ["copy.db"]  # no temp file left
    con = sqlite3.connect(target)
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert con.execute("SELECT count(*) FROM clippings").fetchone()[0] == 3
    con.close()
    code, report = check("--db", str(target))
    assert code == 0 and report["ok"], report
    code, out, _ = invoke("search", "harbour", "--db", str(target), "--json")
    assert code == 0 and len(json.loads(out)) == 3


def test_backup_refuses_to_overwrite_without_force(tmp_path: Path) -> None:
    archive_with(1, tmp_path)
    target = tmp_path / "precious.txt"
    target.write_bytes(b"not yours to overwrite")
    code, _, err = invoke("db", "backup", str(target))
    assert code == 2 and "--force" in err
    assert target.read_bytes() == b"not yours to overwrite"
    code, _, err = invoke("db", "backup", "--force", str(target))
    assert code == 0, err
    assert target.read_bytes().startswith(b"SQLite format 3\x00")


def test_backup_never_overwrites_the_archive_itself(clipper_db: Path, tmp_path: Path) -> None:
    archive_with(1, tmp_path)
    before = clipper_db.read_bytes()
    code, _, err = invoke("db", "backup", "--force", str(clipper_db))
    assert code == 2 and "the archive itself" in err
    assert clipper_db.read_bytes() == before


def test_backup_into_a_missing_folder_is_a_one_line_error(tmp_path: Path) -> None:
    archive_with(1, tmp_path)
    code, _, err = invoke("db", "backup", str(tmp_path / "nowhere" / "copy.db"))
    assert code == 6
    assert len(err.strip().splitlines()) == 1 and "folder doesn't exist" in err


def test_backup_of_a_live_database_while_writers_clip(tmp_path: Path, clipper_db: Path) -> None:
    """A snapshot taken mid-batch is consistent; it holds some prefix of the batch."""
    archive_with(1, tmp_path)
    pages = write_pages(tmp_path / "live", "live", 30)
    env = {**os.environ, "CLIPPER_DB": str(clipper_db)}
    writer = subprocess.Popen(
        [*clipper_command(), "clip", *map(str, pages)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    copies = []
    for n in range(4):
        target = tmp_path / f"copy{n}.db"
        run = subprocess.run(
            [*clipper_command(), "db", "backup", str(target)],
            env=env,
            capture_output=True,
            timeout=HANG_TIMEOUT,
        )
        assert run.returncode == 0, run.stderr.decode()
        copies.append(target)
    _, err = writer.communicate(timeout=HANG_TIMEOUT)
    assert writer.returncode == 0, err.decode()
    for target in copies:
        code, report = check("--db", str(target))
        assert code == 0 and report["ok"], report


def test_check_passes_on_a_healthy_archive(tmp_path: Path) -> None:
    archive_with(2, tmp_path)
    code, out, _ = invoke("db", "check")
    assert code == 0
    assert "no problems found" in out
    assert [line.split()[0] for line in out.splitlines()[:4]] == ["ok"] * 4


def break_archive(path: Path, sql: str) -> None:
    """Damage the archive behind clipper's back, as a bug or a foreign tool might."""
    con = sqlite3.connect(path)
    con.execute("PRAGMA foreign_keys = OFF")
    con.executescript(sql)
    con.commit()
    con.close()


def test_check_finds_a_clipping_missing_from_the_search_index(
    tmp_path: Path, clipper_db: Path
) -> None:
    archive_with(2, tmp_path)
    break_archive(
        clipper_db,
        "INSERT INTO clippings_fts (clippings_fts, rowid, title, byline, text, title_cjk, "
        "text_cjk) SELECT 'delete', id, title, byline, text, title_cjk, text_cjk "
        "FROM clippings WHERE id = 1;",
    )
    code, report = check()
    assert code == 6
    assert failed_checks(report) == {"search index"}
    code, out, _ = invoke("db", "check")
    assert code == 6 and "FAILED search index" in " ".join(out.split())


def test_check_finds_missing_raw_sources_and_orphaned_tags(
    tmp_path: Path, clipper_db: Path
) -> None:
    archive_with(2, tmp_path)
    break_archive(
        clipper_db,
        "DELETE FROM raw_sources WHERE clipping_id = 1;"
        "INSERT INTO clipping_tags (clipping_id, tag) VALUES (999, 'orphan');",
    )
    code, report = check()
    assert code == 6
    assert failed_checks(report) == {"raw sources", "foreign keys"}


def test_check_of_a_damaged_file_is_a_one_line_error(tmp_path: Path, clipper_db: Path) -> None:
    archive_with(5, tmp_path)
    con = sqlite3.connect(clipper_db)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    data = bytearray(clipper_db.read_bytes())
    page = 4096
    garble = bytes(range(256)) * (page // 256)
    for start in range(page, len(data), page):  # every page but the header's
        data[start : start + page] = garble
    clipper_db.write_bytes(bytes(data))
    code, out, err = invoke("db", "check")
    assert code == 6
    assert "Traceback" not in err
    assert len(err.strip().splitlines()) <= 1


def test_backup_and_check_of_a_missing_archive_create_nothing(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.db"
    for command in (["db", "backup", str(tmp_path / "copy.db")], ["db", "check"]):
        code, _, err = invoke(*command, "--db", str(missing))
        assert code == 6 and "There is no archive" in err, err
    assert list(tmp_path.iterdir()) == []
