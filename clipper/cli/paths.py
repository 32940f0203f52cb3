"""Where the archive lives: ``--db`` beats ``CLIPPER_DB`` beats the settings file's
``database`` beats the per-user data folder."""

from __future__ import annotations

import os
import sys
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
    settings = _settings_file_may_exist()
    if settings:
        from clipper.config import check_file

        # Every command opens the archive: a broken settings file is reported by
        # each of them, even when --db or CLIPPER_DB makes its database moot.
        check_file()
    if option:
        return Path(option).expanduser(), "--db"
    env = os.environ.get(ENV_VAR)
    if env:
        return Path(env).expanduser(), ENV_VAR
    if settings:
        from clipper.config import resolve

        found = resolve("database")
        if found.value is not None:
            return Path(found.value), found.origin
    return default_db_path(), "default"


def _settings_file_may_exist() -> bool:
    """False only when no settings file is where clipper.config.config_path could point.

    Finding that path takes platformdirs, whose import is a twentieth of a
    reading command's time. On Linux (not Android) its answer is one of a few
    places, whichever platformdirs version is installed: $XDG_CONFIG_HOME's
    clipper folder, or ~/.config/clipper (home from $HOME or, where $HOME
    isn't usable, the user database). When none of those holds a config.toml,
    there are no settings to read; anywhere else clipper.config decides.
    """
    if (
        os.environ.get("CLIPPER_CONFIG")
        or not sys.platform.startswith("linux")
        or hasattr(sys, "getandroidapilevel")
        or os.environ.get("ANDROID_DATA")
    ):
        return True
    folders = [os.path.expanduser("~/.config")]
    try:
        import pwd

        folders.append(os.path.join(pwd.getpwuid(os.getuid()).pw_dir, ".config"))
    except (ImportError, KeyError, OSError):
        pass
    xdg = os.environ.get("XDG_CONFIG_HOME", "")
    if xdg.strip():
        folders.append(xdg)
    return any(os.path.lexists(os.path.join(f, "clipper", "config.toml")) for f in folders)
