"""The README's commands are run, so they can't drift from what clipper does."""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def console_blocks() -> list[str]:
    return re.findall(r"```console\n(.*?)```", README, re.S)


def test_ci_runs_exactly_the_readme_test_command() -> None:
    test_block = README.split("Run the tests", 1)[1]
    command = console_blocks_after(test_block)[0].strip()
    assert command == "pip install -e '.[test]' && pytest"
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert command in ci


def test_ci_checks_lint_then_types_after_the_tests() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    steps = [ci.index("pip install -e '.[test]' && pytest")]
    steps += [ci.index("ruff check clipper tests bench"), ci.index("mypy")]
    assert steps == sorted(steps)
    assert "CI" in README and "mypy" in README.split("## Development", 1)[1]


def console_blocks_after(text: str) -> list[str]:
    return re.findall(r"```console\n(.*?)```", text, re.S)


def session() -> list[tuple[str, list[str]]]:
    """The example session: (command, lines it is shown printing)."""
    steps: list[tuple[str, list[str]]] = []
    for line in console_blocks()[0].splitlines():
        if line.startswith("$ "):
            steps.append((line[2:], []))
        elif steps and line.strip():
            steps[-1][1].append(line)
    return steps


def squash(text: str) -> str:
    return " ".join(text.split())


def test_the_example_session_runs_and_prints_what_the_readme_shows(tmp_path: Path) -> None:
    steps = session()
    assert [cmd.split()[1] for cmd, _ in steps] == ["clip", "search", "export"]
    env = {**os.environ, "CLIPPER_DB": str(tmp_path / "readme.db"), "COLUMNS": "100"}
    for command, shown in steps:
        argv = shlex.split(command)
        assert argv[0] == "clipper"
        argv = [sys.executable, "-m", "clipper", *argv[1:]]
        if "-o" in argv:  # write the export into the temporary folder
            i = argv.index("-o") + 1
            argv[i] = str(tmp_path / argv[i])
        done = subprocess.run(argv, cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)
        assert done.returncode == 0, (command, done.stderr)
        printed = squash(done.stdout + done.stderr)
        for line in shown:
            if "/home/you" in line or line.startswith("Wrote "):
                continue  # paths differ from machine to machine
            assert squash(line) in printed, (command, line, printed)
    assert (tmp_path / "bridge.md").read_text(encoding="utf-8").startswith("---\ntitle: ")


def test_every_command_in_the_table_exists() -> None:
    from typer.testing import CliRunner

    from clipper.cli import app

    for name in re.findall(r"^\| `clipper ([a-z]+(?: path)?)", README, re.M):
        result = CliRunner().invoke(app, [*name.split(), "--help"])
        assert result.exit_code == 0, name
