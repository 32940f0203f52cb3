"""What a page contains is shown literally and never drives the terminal or the file system.

Titles, sites, authors, tags and text carry ANSI colour and screen-clearing
sequences, OSC window-title and hyperlink sequences, BEL, backspaces and rich
markup; every command that shows them must print them inert: no control
character out, ``[bold red]`` shown as typed.
"""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest
from test_concurrency import HANG_TIMEOUT, clipper_command

from helpers import invoke

# Everything that can change a terminal: C0 controls but tab and newline, DEL, C1.
CONTROLS = tuple(chr(c) for c in (*range(0x00, 0x09), *range(0x0B, 0x20), *range(0x7F, 0xA0)))
MARKUP = "[bold red]alarm[/bold red]"
EVIL = (
    f"Evil \x1b[31mred\x1b[0m \x1b]0;pwned\x07 \x1b]8;;http://x/\x1b\\link\x1b]8;;\x1b\\ "
    f"bell\x07 back\x08\x08 csi\x9b2J {MARKUP}"
)
PROSE = "A paragraph long enough to be the body of a news article for the extractor. " * 6


def evil_page() -> str:
    return (
        f"<html><head><title>{EVIL}</title>"
        f'<meta property="og:site_name" content="Site {EVIL}">'
        f'<meta name="author" content="Ann {EVIL}">'
        f'<meta property="article:section" content="Sec {EVIL}">'
        "</head><body><article>"
        f"<p>{PROSE} {EVIL} harbour</p><p>{PROSE}\x1b[2J\x1b[H</p>"
        "</article></body></html>"
    )


def assert_inert(output: str, *, markup: bool = True) -> None:
    leaked = sorted({repr(c) for c in CONTROLS if c in output})
    assert not leaked, f"control characters printed: {leaked}"
    if markup:  # rich would have eaten "[bold red]" as markup; tables may wrap it
        assert "[bold" in output and "alarm" in output, output[:500]


@pytest.fixture
def evil_clipping(tmp_path: Path) -> Path:
    path = tmp_path / "evil.html"
    path.write_text(evil_page(), encoding="utf-8")
    code, out, err = invoke("clip", "--tag", f"tag {EVIL}", str(path))
    assert code == 0, err
    assert_inert(out + err)
    return path


def test_clip_summary(tmp_path: Path) -> None:
    path = tmp_path / "evil.html"
    path.write_text(evil_page(), encoding="utf-8")
    code, out, err = invoke("clip", str(path))
    assert code == 0, err
    assert_inert(out)
    assert "Evil [31mred[0m" in out  # the escape's text is kept, only ESC is gone


@pytest.mark.usefixtures("evil_clipping")
@pytest.mark.parametrize(
    "command",
    [["list"], ["show", "1"], ["search", "harbour"], ["search", "alarm"], ["stats"]],
    ids=["list", "show", "search-body", "search-title", "stats"],
)
def test_every_view_prints_page_text_inert(command: list[str]) -> None:
    code, out, err = invoke(*command)
    assert code == 0, err
    assert_inert(out + err, markup=command[0] != "stats")  # stats cuts long site names


@pytest.mark.usefixtures("evil_clipping")
def test_json_output_escapes_control_characters() -> None:
    for command in (["list", "--json"], ["show", "1", "--json"], ["search", "harbour", "--json"]):
        code, out, err = invoke(*command)
        assert code == 0, err
        assert_inert(out, markup=False)
        json.loads(out)  # still valid JSON, the controls as \u escapes or removed


def test_dry_run_of_an_html_page(tmp_path: Path) -> None:
    path = tmp_path / "evil.html"
    path.write_text(evil_page(), encoding="utf-8")
    code, out, err = invoke("clip", "--dry-run", str(path))
    assert code == 0, err
    assert_inert(out)


def test_dry_run_of_a_text_dump(tmp_path: Path) -> None:
    path = tmp_path / "evil.txt"
    body = "\n\n".join([EVIL, f"By Ann {EVIL}", PROSE + EVIL, PROSE, f"Share {EVIL}"])
    path.write_text(body, encoding="utf-8")
    code, out, err = invoke("clip", "--dry-run", str(path))
    assert code == 0, err
    assert_inert(out)


def test_error_messages_carrying_page_or_file_names(tmp_path: Path) -> None:
    name = tmp_path / "missing \x1b]0;pwned\x07 [bold red]x[/].html"
    code, _, err = invoke("clip", str(name))
    assert code != 0
    assert_inert(err, markup=False)
    code, _, err = invoke("clip", str(name), str(tmp_path / "also\x1b[2J-missing.html"))
    assert code != 0
    assert_inert(err, markup=False)
    empty = tmp_path / "empty \x1b[31m.html"
    empty.write_bytes(b"")
    code, _, err = invoke("clip", str(empty))
    assert code != 0
    assert_inert(err, markup=False)


def test_a_real_terminal_session_gets_no_escape_from_the_page(tmp_path: Path) -> None:
    """The installed command, colours forced on: only rich's own styling escapes appear."""
    path = tmp_path / "evil.html"
    path.write_text(evil_page(), encoding="utf-8")
    env = {**os.environ, "CLIPPER_DB": str(tmp_path / "t.db"), "FORCE_COLOR": "1", "TERM": "xterm"}
    for command in (["clip", str(path)], ["show", "1"], ["list"], ["search", "harbour"]):
        run = subprocess.run(
            [*clipper_command(), *command], env=env, capture_output=True, timeout=HANG_TIMEOUT
        )
        assert run.returncode == 0, run.stderr.decode()
        out = run.stdout.decode()
        # rich styles with SGR sequences (ESC [ … m) only; anything else came from the page.
        import re

        stripped = re.sub(r"\x1b\[[0-9;]*m", "", out)
        assert_inert(stripped + run.stderr.decode(), markup=False)
        assert "pwned" not in out or "\x1b]0;pwned" not in out


def outside(root: Path, out_dir: Path) -> set[Path]:
    """Every path under root but the output folder and the archive (whose WAL comes and goes)."""
    return {
        p
        for p in root.rglob("*")
        if out_dir not in p.parents and p != out_dir and not p.name.startswith("clippings.db")
    }


def test_nothing_a_page_contains_chooses_where_files_are_written(tmp_path: Path) -> None:
    """Titles and sites that look like paths are file *names* inside the chosen folder."""
    hostile = [
        "../../../../tmp/escaped",
        "/etc/passwd",
        "..",
        ".",
        "~/.bashrc",
        'a/b\\c:d*e?f"g<h>i|j',
        "\x00nul\x1b[31m",
        "CON",
        "x" * 400,
        "   ",
        ".hidden",
    ]
    for n, title in enumerate(hostile):
        page = tmp_path / f"p{n}.html"
        page.write_text(
            f"<html><head><title>{title}</title>"
            f'<meta property="og:site_name" content="{title}"></head>'
            f"<body><article><p>{PROSE} number {n}</p></article></body></html>",
            encoding="utf-8",
        )
        code, _, err = invoke("clip", str(page))
        assert code == 0, err
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    before = outside(tmp_path, out_dir)
    for template in ("{published}-{slug}", "{site}/{slug}", "{slug}"):
        code, _, err = invoke("export", "--all", "-o", f"{out_dir}/", "--name", template)
        if code == 2:  # a template the command refuses is no danger
            continue
        assert code == 0, err
    after = outside(tmp_path, out_dir)
    assert after == before, f"written outside the output folder: {after - before}"
    for path in out_dir.rglob("*"):
        assert path.resolve().is_relative_to(out_dir.resolve())
        assert len(path.name.encode()) <= 255
        assert not any(c in path.name for c in CONTROLS)
