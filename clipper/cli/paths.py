"""Where the archive lives: ``--db`` beats ``CLIPPER_DB`` beats the per-user data folder."""

from __future__ import annotations

import os
from pathlib import Path

ENV_VAR = "CLIPPER_DB"
DB_FILENAME = "clippings.db"


def default_db_path() -> Path:
    """The per-user data folder's clippings.db (e.g. ~/.local/share/clipper on Linux)."""
    from platformdirs import user_data_path

    return user_data_path("clipper", appauthor=False) / DB_FILENAME


def resolve_db_path(option: str | Path | None = None) -> tuple[Path, str]:
    """Return the database path to use and what decided it ("--db", "CLIPPER_DB", "default")."""
    if option:
        return Path(option).expanduser(), "--db"
    env = os.environ.get(ENV_VAR)
    if env:
        return Path(env).expanduser(), ENV_VAR
    return default_db_path(), "default"
