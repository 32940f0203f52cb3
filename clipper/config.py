"""Settings people set once: a TOML file in the user's config folder, and environment variables.

Each setting comes, first found, from its command-line option, its environment
variable, the settings file, or its built-in default; :func:`resolve` says which
(``clipper config show`` prints it). The file is ``config.toml`` in the config
folder (``~/.config/clipper/`` on Linux, ``~/Library/Application
Support/clipper/`` on macOS, ``%LOCALAPPDATA%\\clipper\\`` on Windows), or the
file ``$CLIPPER_CONFIG`` names. A file that isn't TOML, has a key clipper
doesn't know (a typo would otherwise be silently ignored) or a value of the
wrong kind is a one-line error naming the line.

Rules as data: :data:`SETTINGS` lists every setting with its environment
variable, kind, default and help.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from clipper.errors import UsageError

CONFIG_ENV = "CLIPPER_CONFIG"
CONFIG_FILENAME = "config.toml"
MAX_CONFIG_BYTES = 1_000_000


class ConfigError(UsageError):
    """The settings file or a settings variable can't be used as it is."""


@dataclass(frozen=True, slots=True)
class Setting:
    """One setting: its key in the file, its variable, its kind and default."""

    key: str
    env: str
    kind: str  # "str", "path", "bool", "int", "tags"
    default: Any
    help: str


SETTINGS: tuple[Setting, ...] = (
    Setting("database", "CLIPPER_DB", "path", None,
            "The archive (default: clippings.db in your data folder)."),
    Setting("template", "CLIPPER_TEMPLATE", "str", "clipper",
            "The export template: clipper, obsidian, jekyll, hugo or a template file."),
    Setting("export_folder", "CLIPPER_EXPORT_FOLDER", "path", None,
            "Where `clipper export` writes when no -o is given (default: stdout)."),
    Setting("assets_folder", "CLIPPER_ASSETS_FOLDER", "path", None,
            "Where `clipper export` puts Markdown notes' images (as --assets; default: assets/ next to the notes)."),
    Setting("tags", "CLIPPER_TAGS", "tags", (),
            "Tags for new clippings when no --tag is given (in the variable: comma-separated)."),
    Setting("images", "CLIPPER_IMAGES", "bool", False,
            "Keep a clipping's images (as --images does)."),
    Setting("jobs", "CLIPPER_JOBS", "int", None,
            "Pages extracted at once in a batch (default: the number of cores)."),
)  # fmt: skip
BY_KEY = {s.key: s for s in SETTINGS}
_TRUE = ("1", "true", "yes", "on")
_FALSE = ("0", "false", "no", "off")


@dataclass(frozen=True, slots=True)
class Value:
    """A setting's value and what decided it: an option, a variable, the file's line, the default."""

    key: str
    value: Any
    origin: str


def config_path() -> Path:
    """The settings file: $CLIPPER_CONFIG, else config.toml in the user's config folder."""
    env = os.environ.get(CONFIG_ENV)
    if env:
        return Path(env).expanduser()
    from platformdirs import user_config_path

    return user_config_path("clipper", appauthor=False) / CONFIG_FILENAME


def _line_of(text: str, key: str) -> int | None:
    pattern = re.compile(rf"^\s*(?:{re.escape(key)}|\"{re.escape(key)}\"|'{re.escape(key)}')\s*=")
    for number, line in enumerate(text.splitlines(), start=1):
        if pattern.match(line):
            return number
    return None


def _check(setting: Setting, value: Any, where: str) -> Any:
    """The file's value in the setting's kind, or a ConfigError saying what is wanted."""
    kind = setting.kind
    if kind in ("str", "path") and isinstance(value, str) and value.strip():
        return Path(value).expanduser() if kind == "path" else value.strip()
    if kind == "bool" and isinstance(value, bool):
        return value
    if kind == "int" and isinstance(value, int) and not isinstance(value, bool) and value >= 1:
        return value
    if kind == "tags" and isinstance(value, list) and all(isinstance(t, str) for t in value):
        return _tags(value, where)
    wanted = {
        "str": "a string in quotes",
        "path": "a path in quotes",
        "bool": "true or false",
        "int": "a whole number of at least 1",
        "tags": 'a list of strings, like ["news", "to-read"]',
    }[kind]
    raise ConfigError(f"{where}: {setting.key} must be {wanted}, not {value!r}.")


def _tags(values: list[str], where: str) -> tuple[str, ...]:
    from clipper.curate import clean_tags

    try:
        return tuple(clean_tags(values))
    except UsageError as exc:
        raise ConfigError(f"{where}: tags: {exc}") from None


@dataclass(frozen=True, slots=True)
class FileSettings:
    """What the settings file says: values and the line each came from."""

    path: Path
    exists: bool
    values: dict[str, Value]


def read_file(path: Path | None = None) -> FileSettings:
    """Read and check the settings file; a missing file is no settings, a broken one an error."""
    path = path or config_path()
    try:
        if not path.is_file():
            if path.exists():
                raise ConfigError(f"{path} is not a file; the settings file must be a TOML file.")
            return FileSettings(path, False, {})
        if path.stat().st_size > MAX_CONFIG_BYTES:
            raise ConfigError(f"{path} is over {MAX_CONFIG_BYTES:,} bytes: not a settings file.")
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"Can't read the settings file {path}: {exc.strerror or exc}.") from None
    except UnicodeDecodeError:
        raise ConfigError(f"{path} is not UTF-8 text; save the settings file as UTF-8.") from None
    data = _parse_toml(text, path)
    values: dict[str, Value] = {}
    for key, raw in data.items():
        line = _line_of(text, key)
        where = f"{path}, line {line}" if line else str(path)
        setting = BY_KEY.get(key)
        if setting is None:
            import difflib

            close = difflib.get_close_matches(key, BY_KEY, n=1)
            hint = f" Did you mean {close[0]}?" if close else ""
            raise ConfigError(
                f"{where}: unknown setting {key!r}.{hint} Settings: {', '.join(BY_KEY)}."
            )
        values[key] = Value(key, _check(setting, raw, where), f"{path}, line {line or '?'}")
    return FileSettings(path, True, values)


def _parse_toml(text: str, path: Path) -> dict[str, Any]:
    import sys

    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover - Python 3.10
        import tomli as tomllib
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        # The message names the line and column: "Expected '=' ... (at line 3, column 7)".
        message = " ".join(str(exc).split())
        if message.endswith("(at end of document)"):
            lines = len(text.splitlines()) or 1
            message = message.replace("(at end of document)", f"(at line {lines}, column 1)")
        found = re.search(r"\(at line (\d+), column (\d+)\)", message)
        if found:
            message = message[: found.start()].rstrip()
            raise ConfigError(
                f"{path}, line {found.group(1)}: {message} (column {found.group(2)}); "
                "the settings file is TOML."
            ) from None
        raise ConfigError(f"{path}: {message}; the settings file is TOML.") from None


def _from_env(setting: Setting) -> Any:
    raw = os.environ.get(setting.env)
    if raw is None or not raw.strip():
        return None
    where = f"${setting.env}"
    kind = setting.kind
    if kind == "bool":
        if raw.strip().lower() in _TRUE:
            return True
        if raw.strip().lower() in _FALSE:
            return False
        raise ConfigError(f"{where} must be 1 or 0 (true or false), not {raw!r}.")
    if kind == "int":
        try:
            number = int(raw)
        except ValueError:
            number = 0
        if number < 1:
            raise ConfigError(f"{where} must be a whole number of at least 1, not {raw!r}.")
        return number
    if kind == "tags":
        return _tags([t for t in raw.split(",") if t.strip()], where)
    if kind == "path":
        return Path(raw).expanduser()
    return raw.strip()


_cache: dict[tuple[Path, int, int], FileSettings] = {}


def _file_settings() -> FileSettings:
    """The settings file, read once per process while it stays the same file."""
    path = config_path()
    try:
        stat = path.stat()
        key = (path, stat.st_mtime_ns, stat.st_size)
    except OSError:
        key = (path, -1, -1)
    if key not in _cache:
        _cache[key] = read_file(path)
    return _cache[key]


def check_file() -> None:
    """Read the settings file now, so that a broken one is an error whatever the command."""
    _file_settings()


def resolve(key: str, option: Any = None, option_name: str | None = None) -> Value:
    """The setting's value: the option if given, else the variable, the file, the default."""
    setting = BY_KEY[key]
    if option is not None and option != () and option != []:
        return Value(key, option, option_name or f"--{key.replace('_', '-')}")
    env = _from_env(setting)
    if env is not None:
        return Value(key, env, f"${setting.env}")
    found = _file_settings().values.get(key)
    if found is not None:
        return found
    return Value(key, setting.default, "default")


def get(key: str, option: Any = None) -> Any:
    """Just the value of :func:`resolve` (for callers that needn't say where it came from)."""
    return resolve(key, option).value


def show() -> list[Value]:
    """Every setting as it stands now, with where it came from (no options: the shell's view)."""
    return [resolve(s.key) for s in SETTINGS]
