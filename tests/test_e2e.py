"""The installed ``clipper`` command in a real subprocess, as a user runs it."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from helpers import FIXTURES, LocalServer


def clipper_command() -> list[str]:
    exe = shutil.which("clipper", path=str(Path(sys.executable).parent)) or shutil.which("clipper")
    return [exe] if exe else [sys.executable, "-m", "clipper"]


def run(*args: str, db: Path, stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "CLIPPER_DB": str(db), "NO_COLOR": "1", "COLUMNS": "100"}
    return subprocess.run(
        [*clipper_command(), *args],
        input=stdin.decode("utf-8") if stdin is not None else None,
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )


def test_installed_command_clips_fetches_searches_and_exports(
    tmp_path: Path, server: LocalServer
) -> None:
    db = tmp_path / "archive.db"
    url = server.add("/story", (FIXTURES / "article.html").read_bytes())

    done = run("clip", url, "--tag", "bridges", db=db)
    assert done.returncode == 0, done.stderr
    assert "Clipped #1" in done.stdout

    listed = json.loads(run("list", "--json", db=db).stdout)
    assert [c["title"] for c in listed] == ["Harbour Bridge Reopens After Repairs"]

    hits = json.loads(run("search", "cycle lane", "--json", db=db).stdout)
    assert hits and hits[0]["id"] == 1

    markdown = run("export", "1", db=db).stdout
    assert markdown.startswith("---\n") and 'tags:\n  - "bridges"' in markdown

    assert run("db", "path", db=db).stdout.strip() == str(db)


def test_python_dash_m_and_a_clean_error(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "clipper", "show", "7"],
        capture_output=True,
        text=True,
        env={**os.environ, "CLIPPER_DB": str(tmp_path / "a.db")},
        timeout=60,
        check=False,
    )
    assert done.returncode == 3
    assert (
        done.stderr.strip() == "clipper: No clipping with id 7. Run 'clipper list' to see the ids."
    )


@pytest.mark.parametrize("args", [["--version"], ["--help"], ["clip", "--help"]])
def test_fast_paths_work(tmp_path: Path, args: list[str]) -> None:
    done = run(*args, db=tmp_path / "a.db")
    assert done.returncode == 0
    assert not (tmp_path / "a.db").exists()  # help and version never create a database


# clipper's own heavy dependencies.
HEAVY = (
    "sqlite_utils", "requests", "lxml", "readability", "rich", "markdownify", "pydantic",
    "starlette", "jinja2", "uvicorn", "playwright",
)  # fmt: skip
# What a command that only reads the archive never needs.
FETCH_AND_EXTRACT = ("requests", "lxml", "readability", "markdownify", "pydantic")


@pytest.mark.parametrize(
    "args", [["--help"], ["--version"], ["search", "--help"], ["serve", "--help"]]
)
def test_help_and_version_load_nothing_heavy(args: list[str]) -> None:
    """Start-up stays fast: heavy libraries load only in the commands that use them."""
    assert _modules_loaded_by(args, HEAVY, {}) == "[]"


def _modules_loaded_by(args: list[str], names: tuple[str, ...], env: dict[str, str]) -> str:
    probe = (
        "import sys, io, contextlib\n"
        "from clipper.entry import run\n"
        f"sys.argv = ['clipper', *{args!r}]\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    try:\n"
        "        run()\n"
        "    except SystemExit:\n"
        "        pass\n"
        f"print(sorted(m for m in {names!r} if m in sys.modules))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
        env={**os.environ, **env},
    )
    return done.stdout.strip()


@pytest.mark.parametrize(
    "args", [["search", "harbour"], ["list"], ["show", "1"], ["stats"], ["search", "x", "--json"]]
)
def test_reading_commands_load_no_fetching_or_extraction(tmp_path: Path, args: list[str]) -> None:
    """Searching and listing, run dozens of times a day, skip the fetch and extract stack."""
    archive = tmp_path / "a.db"
    page = tmp_path / "p.txt"
    page.write_text("Harbour talks resume\n\n" + "The harbour talks resumed on Monday. " * 30)
    assert run("clip", str(page), db=archive).returncode == 0
    loaded = _modules_loaded_by(args, FETCH_AND_EXTRACT, {"CLIPPER_DB": str(archive)})
    assert loaded == "[]"


# What the reading commands don't load when the archive's schema is current and
# stdout is not a terminal: sqlite-utils (store.open_light), rich's console (clipper.cli.plain),
# rich's cell tables for text of one-cell characters (clipper.cli.cells), the models of
# pages and articles (clipper.models' submodules), and with no settings file where one
# could be, the settings module and platformdirs (clipper.cli.paths).
READING_HEAVY = (
    "sqlite_utils", "rich.console", "rich.table", "click", "hashlib", "rich.cells", "rich._wrap",
    "clipper.models.extracted", "clipper.config", "platformdirs",
)  # fmt: skip


@pytest.mark.parametrize(
    "args",
    [
        ["search", "harbour"],
        ["search", "harbour", "--json"],
        ["list"],
        ["list", "--json"],
        ["show", "1"],
        ["show", "1", "--json"],
        ["stats"],
        ["tag", "1", "port"],
    ],
)
def test_reading_commands_skip_sqlite_utils_and_rich(tmp_path: Path, args: list[str]) -> None:
    archive = tmp_path / "a.db"
    page = tmp_path / "p.txt"
    page.write_text("Harbour talks resume\n\n" + "The harbour talks resumed on Monday. " * 30)
    assert run("clip", str(page), db=archive).returncode == 0
    no_settings = {
        "HOME": str(tmp_path / "home"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "CLIPPER_CONFIG": "",
    }
    loaded = _modules_loaded_by(args, READING_HEAVY, {"CLIPPER_DB": str(archive), **no_settings})
    assert loaded == "[]"
