"""store.open_light: the stdlib's sqlite3 for a current archive, open_db for anything else."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from clipper import store
from clipper.errors import DatabaseError
from clipper.models import Article, Filters, Page
from clipper.store import migrations


def archive(path: Path) -> Path:
    db = store.open_db(path)
    text = "The harbour talks resumed on Monday. " * 20
    article = Article(text=text, html=f"<p>{text}</p>", title="Harbour talks", site_name="Ex")
    store.save_clipping(db, article, Page(body=b"x", source="s"), key="k", url="https://ex.com/a")
    db.close()
    return path


def test_a_current_archive_opens_plain_with_the_same_answers(tmp_path: Path) -> None:
    path = archive(tmp_path / "a.db")
    light, full = store.open_light(path), store.open_db(path)
    assert isinstance(light, sqlite3.Connection)
    filters = Filters(site="ex.com")  # the SQL functions are registered
    assert store.list_clippings(light, filters=filters) == store.list_clippings(
        full, filters=filters
    )
    assert store.search(light, "harbour") == store.search(full, "harbour")
    assert store.change_tags(light, 1, add=["port"]).tags == ["port"]
    assert store.get_clipping(full, 1).tags == ["port"]  # committed


def test_a_failed_edit_on_a_light_connection_leaves_nothing(tmp_path: Path) -> None:
    light = store.open_light(archive(tmp_path / "a.db"))
    with pytest.raises(RuntimeError), store.writing(light):
        light.execute("UPDATE clippings SET note = 'half' WHERE id = 1")
        raise RuntimeError
    assert store.get_clipping(light, 1).note is None
    assert not light.in_transaction


def test_a_pending_migration_goes_through_open_db(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = archive(tmp_path / "a.db")
    names = migrations.MIGRATIONS.names()
    monkeypatch.setattr(migrations.MIGRATIONS, "names", lambda: (*names, "m9999_later"))
    assert not isinstance(store.open_light(path), sqlite3.Connection)


def test_a_new_file_and_a_stranger_go_through_open_db(tmp_path: Path) -> None:
    new = store.open_light(tmp_path / "new.db")
    assert not isinstance(new, sqlite3.Connection)
    assert store.count_clippings(new) == 0
    other = tmp_path / "other.db"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE t (x)")
    conn.close()
    with pytest.raises(DatabaseError, match="not a clipper archive"):
        store.open_light(other)
    garbage = tmp_path / "garbage.db"
    garbage.write_bytes(b"not sqlite at all" * 100)
    with pytest.raises(DatabaseError, match="not a SQLite database"):
        store.open_light(garbage)
