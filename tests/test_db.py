"""The database door: migrations, storing, updating, reading, searching."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from clipper import store as dbmod
from clipper.errors import ClippingNotFound, DatabaseError, QueryError
from clipper.models import Article, Page


def article(
    title: str = "Kuril talks", text: str = "Putin met Abe in Moscow.", **kw: object
) -> Article:
    return Article(text=text, html=f"<p>{text}</p>", title=title, **kw)  # type: ignore[arg-type]


def page(body: bytes = b"<p>x</p>", source: str = "page.html") -> Page:
    return Page(body=body, source=source)


def test_migrations_create_tables_columns_and_fts_triggers(tmp_path: Path) -> None:
    db = dbmod.open_db(tmp_path / "a.db")
    assert {"clippings", "clipping_tags", "raw_sources", "clippings_fts"} <= set(db.table_names())
    columns = {c.name for c in db["clippings"].columns}
    assert {"id", "url", "source", "title", "authors", "byline", "published", "site_name",
            "lang", "excerpt", "text", "html", "word_count", "clipped_at"} <= columns  # fmt: skip
    assert {"page_type", "title_cjk", "text_cjk"} <= columns
    triggers = {t.name for t in db.triggers}
    assert {"clippings_ai", "clippings_ad", "clippings_au"} <= triggers
    assert {"clippings_titles_ai", "clippings_titles_ad", "clippings_titles_au"} <= triggers
    assert [c.name for c in db["clippings_titles_fts"].columns] == ["title", "title_cjk"]
    fts_sql = db.execute("SELECT sql FROM sqlite_master WHERE name = 'clippings_fts'").fetchone()[0]
    assert "porter" in fts_sql and "remove_diacritics" in fts_sql
    applied = [m.name for m in dbmod.MIGRATIONS.applied(db)]
    assert applied[:4] == ["m001_clippings", "m002_fts", "m003_cjk_search", "m004_filter_indexes"]
    assert applied == [m.name for m in dbmod.MIGRATIONS._migrations]
    fts_columns = [c.name for c in db["clippings_fts"].columns]
    assert fts_columns == ["title", "byline", "text", "title_cjk", "text_cjk"]
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_open_twice_applies_migrations_once(tmp_path: Path) -> None:
    dbmod.open_db(tmp_path / "a.db").close()
    db = dbmod.open_db(tmp_path / "a.db")
    assert len(dbmod.MIGRATIONS.applied(db)) == len(dbmod.MIGRATIONS._migrations)


def test_save_then_get_round_trips_every_field(tmp_path: Path) -> None:
    db = dbmod.open_db(tmp_path / "a.db")
    art = article(authors=("Ann Lee", "Bo Kim"), byline="Ann Lee and Bo Kim",
                  published="2019-01-22", site_name="WSJ", lang="en", section="World",
                  tags=("Event",), captions=("A caption",))  # fmt: skip
    result = dbmod.save_clipping(db, art, page(), key="k1", url=None, tags=("japan",))
    assert result.created
    c = dbmod.get_clipping(db, result.clipping.id)
    assert c.title == "Kuril talks"
    assert c.authors == ["Ann Lee", "Bo Kim"]
    assert c.tags == ["Event", "japan"]
    assert c.captions == ["A caption"]
    assert c.word_count == 5
    assert c.source == "page.html"
    assert dbmod.get_raw(db, c.id) == b"<p>x</p>"


def test_same_key_updates_instead_of_duplicating(tmp_path: Path) -> None:
    db = dbmod.open_db(tmp_path / "a.db")
    first = dbmod.save_clipping(db, article(), page(), key="k", url="https://e.com/a")
    second = dbmod.save_clipping(
        db, article(title="New title"), page(), key="k", url="https://e.com/a"
    )
    assert not second.created
    assert second.clipping.id == first.clipping.id
    assert second.clipping.clipped_at == first.clipping.clipped_at
    assert dbmod.count_clippings(db) == 1
    assert dbmod.get_clipping(db, first.clipping.id).title == "New title"


def test_failed_write_leaves_nothing_half_written(tmp_path: Path) -> None:
    db = dbmod.open_db(tmp_path / "a.db")
    db.execute(
        "CREATE TRIGGER boom AFTER INSERT ON clipping_tags BEGIN SELECT RAISE(ABORT, 'boom'); END"
    )
    with pytest.raises(DatabaseError):
        dbmod.save_clipping(db, article(), page(), key="k", url=None, tags=("x",))
    assert dbmod.count_clippings(db) == 0
    assert db.execute("SELECT count(*) FROM raw_sources").fetchone()[0] == 0


def test_list_is_newest_first(tmp_path: Path) -> None:
    db = dbmod.open_db(tmp_path / "a.db")
    for i in range(3):
        dbmod.save_clipping(db, article(title=f"T{i}"), page(), key=f"k{i}", url=None)
    assert [c.title for c in dbmod.list_clippings(db)] == ["T2", "T1", "T0"]
    assert len(dbmod.list_clippings(db, limit=2)) == 2


def test_unknown_id(tmp_path: Path) -> None:
    db = dbmod.open_db(tmp_path / "a.db")
    with pytest.raises(ClippingNotFound, match="No clipping with id 42"):
        dbmod.get_clipping(db, 42)


def test_search_ranks_title_match_above_body_match(tmp_path: Path) -> None:
    db = dbmod.open_db(tmp_path / "a.db")
    dbmod.save_clipping(
        db,
        article(title="Markets", text="The islands came up once. " * 5),
        page(),
        key="a",
        url=None,
    )
    dbmod.save_clipping(
        db, article(title="Islands dispute", text="Talks went on."), page(), key="b", url=None
    )
    hits = dbmod.search(db, '"islands"')
    assert [h.title for h in hits] == ["Islands dispute", "Markets"]
    assert dbmod.HIGHLIGHT_START in hits[1].snippet


def test_search_stems_and_folds_accents(tmp_path: Path) -> None:
    db = dbmod.open_db(tmp_path / "a.db")
    dbmod.save_clipping(
        db, article(title="Café talks", text="Negotiations resumed."), page(), key="a", url=None
    )
    assert len(dbmod.search(db, '"negotiate"')) == 1
    assert len(dbmod.search(db, '"cafe"')) == 1


def test_index_follows_updates(tmp_path: Path) -> None:
    db = dbmod.open_db(tmp_path / "a.db")
    dbmod.save_clipping(db, article(text="alpha"), page(), key="a", url=None)
    dbmod.save_clipping(db, article(text="beta"), page(), key="a", url=None)
    assert dbmod.search(db, "alpha") == []
    assert len(dbmod.search(db, "beta")) == 1


def test_raw_query_error_is_a_query_error(tmp_path: Path) -> None:
    db = dbmod.open_db(tmp_path / "a.db")
    with pytest.raises(QueryError):
        dbmod.search(db, '"unbalanced')


def test_not_a_database(tmp_path: Path) -> None:
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(DatabaseError, match="not a SQLite database"):
        dbmod.open_db(bad)
    assert bad.read_bytes() == b"this is not sqlite" * 100


def test_someone_elses_database_is_refused(tmp_path: Path) -> None:
    other = tmp_path / "other.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    with pytest.raises(DatabaseError, match="not a clipper archive"):
        dbmod.open_db(other)


def test_schema_from_a_newer_clipper_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "a.db"
    db = dbmod.open_db(path)
    db["_sqlite_migrations"].insert(
        {"migration_set": "clipper", "name": "m999_future", "applied_at": "2030"}
    )
    db.close()
    with pytest.raises(DatabaseError, match="newer clipper"):
        dbmod.open_db(path)


def test_folder_as_database(tmp_path: Path) -> None:
    with pytest.raises(DatabaseError, match="is a folder"):
        dbmod.open_db(tmp_path)


def test_missing_parent_folders_are_created(tmp_path: Path) -> None:
    path = tmp_path / "deep" / "er" / "c.db"
    dbmod.open_db(path).close()
    assert path.exists()
