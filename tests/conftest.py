"""Shared fixtures: a real database file per test, a real HTTP server on loopback.

What tests share besides fixtures (paths, ``invoke``, ``LocalServer``) is in ``helpers.py``.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from helpers import LocalServer


@pytest.fixture(autouse=True)
def clipper_db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point CLIPPER_DB at a fresh file so no test touches the user's archive."""
    path = tmp_path / "clippings.db"
    monkeypatch.setenv("CLIPPER_DB", str(path))
    return path


@pytest.fixture
def server() -> Iterator[LocalServer]:
    with LocalServer() as srv:
        yield srv
