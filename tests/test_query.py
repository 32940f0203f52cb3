"""Safe query building: nothing a user types can be an FTS5 syntax error."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from clipper import store as dbmod
from clipper.models import Article, Page
from clipper.store.query import to_fts_query


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("islands", '"islands"'),
        ("U.S.-Japan", '"U S Japan"'),
        ('"kuril islands" talks', '"kuril islands" "talks"'),
        ('say "hi', '"say" "hi"'),
        ("putin AND abe", '"putin" "AND" "abe"'),
        ("negot*", '"negot"*'),
        ("C++", '"C"'),
        ("NEAR(a b)", '"NEAR a" "b"'),
    ],
)
def test_to_fts_query(typed: str, expected: str) -> None:
    assert to_fts_query(typed) == expected


@pytest.mark.parametrize("typed", ["", "   ", '"', "*", "++", "-"])
def test_no_words_means_nothing_to_search_for(typed: str) -> None:
    assert to_fts_query(typed) is None


@pytest.fixture(scope="module")
def small_db(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    path: Path = tmp_path_factory.mktemp("q") / "q.db"
    db = dbmod.open_db(path)
    dbmod.save_clipping(
        db,
        Article(text="U.S.-Japan ties and C++ code.", html="", title="Ties"),
        Page(body=b"x", source="x"),
        key="a",
        url=None,
    )
    return db


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=40))
def test_any_text_is_a_valid_query(small_db, typed: str) -> None:  # type: ignore[no-untyped-def]
    fts = to_fts_query(typed)
    if fts is not None:
        dbmod.search(small_db, fts)  # must not raise


def test_hyphenated_name_is_found(small_db) -> None:  # type: ignore[no-untyped-def]
    assert len(dbmod.search(small_db, to_fts_query("U.S.-Japan"))) == 1
