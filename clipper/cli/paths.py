"""Where the archive lives: ``--db`` beats ``CLIPPER_DB`` beats the settings file's
``database`` beats the per-user data folder."""

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
    """The database path to use and what decided it.

    "--db", "CLIPPER_DB", the settings file's line ("…/config.toml, line 2") or "default".
    """
    from clipper.config import check_file, resolve

    # Every command opens the archive: a broken settings file is reported by
    # each of them, even when --db or CLIPPER_DB makes its database moot.
    check_file()
    if option:
        return Path(option).expanduser(), "--db"
    env = os.environ.get(ENV_VAR)
    if env:
        return Path(env).expanduser(), ENV_VAR
    found = resolve("database")
    if found.value is not None:
        return Path(found.value), found.origin
    return default_db_path(), "default"
