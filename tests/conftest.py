"""Shared fixtures: a real database file per test, a real HTTP server on loopback.

What tests share besides fixtures (paths, ``invoke``, ``LocalServer``, ``ServeProcess``)
is in ``helpers.py``.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from helpers import LocalServer


@pytest.fixture(autouse=True)
def clipper_db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point CLIPPER_DB at a fresh file so no test touches the user's archive, and
    CLIPPER_CONFIG at a settings file that isn't there, so the user's settings don't count."""
    from clipper.config import SETTINGS

    for setting in SETTINGS:
        monkeypatch.delenv(setting.env, raising=False)
    monkeypatch.setenv("CLIPPER_CONFIG", str(tmp_path / "no-settings" / "config.toml"))
    path = tmp_path / "clippings.db"
    monkeypatch.setenv("CLIPPER_DB", str(path))
    return path


@pytest.fixture
def server() -> Iterator[LocalServer]:
    with LocalServer() as srv:
        yield srv
