"""Every command closes the archive it opened, whether it succeeds or fails.

Each SQLite connection made while a command runs is remembered: those the door
opens through sqlite-utils (``clipper.store.open_db``) and the plain sqlite3
ones of the light reading path (``clipper.store.open_light``) alike. That also
keeps them from being closed by the garbage collector, so a command that forgot
to close its archive leaves one open here.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from clipper.store import connection
from helpers import FIXTURES, invoke

ARTICLE = FIXTURES / "article.html"


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[sqlite3.Connection]:
    """The connections opened from now on, in order, however they were opened."""
    made: list[sqlite3.Connection] = []
    connect = sqlite3.connect

    def remembered(*args: object, **kwargs: object) -> sqlite3.Connection:
        conn = connect(*args, **kwargs)
        made.append(conn)
        return conn

    # sqlite-utils and clipper.store.connection both call sqlite3.connect at run time.
    monkeypatch.setattr(sqlite3, "connect", remembered)
    return made


@pytest.fixture
def light(monkeypatch: pytest.MonkeyPatch) -> list[sqlite3.Connection]:
    """The plain connections open_light handed out (not falling back to open_db)."""
    handed: list[sqlite3.Connection] = []
    current = connection._connect_current

    def remembered(path: Path) -> sqlite3.Connection | None:
        conn = current(path)
        if conn is not None:
            handed.append(conn)
        return conn

    monkeypatch.setattr(connection, "_connect_current", remembered)
    return handed


def is_open(conn: sqlite3.Connection) -> bool:
    try:
        conn.execute("SELECT 1")
    except sqlite3.ProgrammingError:  # "Cannot operate on a closed database."
        return False
    return True


def commands(tmp_path: Path) -> list[tuple[str, ...]]:
    """Every command, most of them twice: once as it should go, once failing."""
    other = tmp_path / "other.html"
    other.write_text(ARTICLE.read_text(encoding="utf-8").replace("<title>", "<title>Other "))
    opml = tmp_path / "feeds.opml"
    opml.write_text(
        '<opml version="2.0"><body><outline text="Harbour" type="rss" '
        'xmlUrl="http://127.0.0.1:9/feed.xml"/></body></opml>',
        encoding="utf-8",
    )
    return [
        ("clip", str(ARTICLE)),
        ("clip", str(tmp_path / "missing.html")),
        ("clip", "--dry-run", str(ARTICLE)),
        ("clip", "--jobs", "1", str(ARTICLE), str(other), str(tmp_path / "missing.html")),
        ("list",),
        ("list", "--since", "not a date"),
        ("show", "1"),
        ("show", "99"),
        ("search", "harbour"),
        ("search", "--raw", '"unbalanced'),
        ("search", "--json", "the"),
        ("stats",),
        ("tag", "1", "kept"),
        ("tag", "99", "kept"),
        ("note", "1", "A note."),
        ("note", "99"),
        ("edit", "1", "--title", "Corrected"),
        ("edit", "1", "--title", " "),
        ("reextract", "1"),
        ("reextract", "1", "99"),
        ("export", "1"),
        ("export", "--all", "-o", str(tmp_path / "out") + "/"),
        ("export", "1", "-o", str(ARTICLE / "x.md")),
        ("highlight", "1", "The"),
        ("highlight", "1", "--list"),
        ("highlight", "1", "no such passage anywhere in it"),
        ("search", "--highlights", "the"),
        ("serve", "--bookmarklet"),
        ("serve", "--host", "0.0.0.0"),
        ("config", "path"),
        ("config", "show"),
        ("feed", "add", "--timeout", "1", "http://127.0.0.1:9/"),
        ("feed", "import", str(opml)),
        ("feed", "import", str(tmp_path / "missing.opml")),
        ("feed", "list"),
        ("feed", "edit", "no-such-feed", "--pause"),
        ("feed", "update", "--timeout", "1"),
        ("feed", "export"),
        ("feed", "rm", "no-such-feed"),
        ("db", "path"),
        ("db", "backup", str(tmp_path / "backup.db")),
        ("db", "backup", str(tmp_path / "backup.db")),
        ("db", "check"),
        ("rm", "1", "--yes"),
        ("rm", "99", "--yes"),
    ]


def test_every_command_closes_the_archive_it_opened(
    tmp_path: Path, opened: list[sqlite3.Connection]
) -> None:
    ran: set[str] = set()
    failed = 0
    for args in commands(tmp_path):
        before = len(opened)
        code, _, err = invoke(*args)
        assert "Traceback" not in err and "unexpected error" not in err, (args, err)
        failed += code != 0
        left_open = [c for c in opened[before:] if is_open(c)]
        assert not left_open, f"clipper {' '.join(args)} left {len(left_open)} open"
        ran.add(" ".join(args[:2]) if args[0] in ("db", "config", "feed") else args[0])
    assert failed >= 10  # the failing half did fail, inside their commands
    assert len(opened) > len(ran)  # the archive was really opened, through the door
    assert ran == all_commands()


def all_commands() -> set[str]:
    import typer.main

    from clipper.cli import app

    group = typer.main.get_command(app)
    names: set[str] = set()
    for name, command in group.commands.items():
        sub = getattr(command, "commands", None)
        names |= {f"{name} {s}" for s in sub} if sub else {name}
    return names


def test_an_archive_that_fails_to_open_is_not_left_open(
    tmp_path: Path, opened: list[sqlite3.Connection]
) -> None:
    garbage = tmp_path / "garbage.db"
    garbage.write_bytes(b"not a database at all, " * 100)
    code, _, err = invoke("list", "--db", str(garbage))
    assert code == 6, err
    assert opened and not any(is_open(c) for c in opened)


def test_the_light_reading_path_closes_its_plain_connection(
    tmp_path: Path, opened: list[sqlite3.Connection], light: list[sqlite3.Connection]
) -> None:
    db = str(tmp_path / "archive.db")
    code, _, err = invoke("clip", "--db", db, str(ARTICLE))
    assert code == 0, err
    for args in (("list",), ("show", "1"), ("search", "harbour"), ("stats",), ("tag", "1", "x")):
        before = len(light)
        code, _, err = invoke(*args, "--db", db)
        assert code == 0, (args, err)
        assert len(light) == before + 1, f"clipper {args[0]} didn't take the light path"
        assert not is_open(light[-1]), f"clipper {' '.join(args)} left its connection open"
    assert not any(is_open(c) for c in opened)
