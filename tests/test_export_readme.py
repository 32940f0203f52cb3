"""The README's notes-and-highlights examples run as shown (settings, templates, highlights, EPUB)."""

from __future__ import annotations

import json
import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import yaml

from clipper.export.template import builtin_template
from export_cases import build

ROOT = Path(__file__).resolve().parent.parent
SECTION = (
    (ROOT / "README.md")
    .read_text(encoding="utf-8")
    .split("## Notes for your vault, highlights, e-books", 1)[1]
    .split("\n## ", 1)[0]
)


def block(kind: str, n: int = 0) -> str:
    return re.findall(rf"```{kind}\n(.*?)```", SECTION, re.S)[n]


def run(argv: list[str], env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(
        [sys.executable, "-m", "clipper", *argv[1:]],
        env=env, cwd=cwd, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, (argv, done.stderr)
    return done


def test_the_settings_example_is_a_valid_settings_file(tmp_path: Path) -> None:
    from clipper.config import read_file

    path = tmp_path / "config.toml"
    path.write_text(block("toml"), encoding="utf-8")
    found = read_file(path).values
    assert found["template"].value == "obsidian" and found["tags"].value == ("inbox",)


def test_the_obsidian_example_is_what_the_template_writes(tmp_path: Path) -> None:
    shown = yaml.safe_load(block("markdown").split("---\n")[1])
    written = builtin_template("obsidian").render(build(tmp_path / "a.db", "article"))[0]
    assert list(yaml.safe_load(written.split("---\n")[1])) == list(shown)


def test_the_highlight_and_epub_examples_print_what_the_readme_shows(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("CLIPPER_")}
    env |= {"CLIPPER_DB": str(tmp_path / "r.db"), "CLIPPER_CONFIG": str(tmp_path / "none.toml")}
    run(["clipper", "clip", str(ROOT / "tests" / "fixtures" / "article.html")], env, tmp_path)
    for i in range(10):
        page = tmp_path / f"p{i}.html"
        page.write_text(
            f"<html><head><title>Story {i}</title></head><body><article><h1>Story {i}</h1>"
            + "<p>A paragraph of the story, long enough for the extractor to keep.</p>" * 4
            + "</article></body></html>",
            encoding="utf-8",
        )
        run(["clipper", "clip", str(page), "--tag", "reading"], env, tmp_path)
    for text in (block("console", 1), block("console", 2)):
        lines = text.strip().splitlines()
        command, shown = lines[0].removeprefix("$ "), lines[1:]
        done = run(shlex.split(command), env, tmp_path)
        printed = " ".join((done.stdout + done.stderr).split())
        for line in shown:
            assert " ".join(line.split()) in printed, (command, line, printed)
    assert (tmp_path / "reading.epub").is_file()
    listed = json.loads(
        run(["clipper", "highlight", "1", "--list", "--json"], env, tmp_path).stdout
    )
    assert listed[0]["note"] == "Finally."


def test_the_template_file_example_works(tmp_path: Path) -> None:
    first = block("console", 0).splitlines()
    template = "\n".join(
        first[1 : first.index(next(line for line in first if line.startswith("$ clipper")))]
    )
    path = tmp_path / "clip.md.j2"
    path.write_text(template + "\n", encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith("CLIPPER_")}
    env |= {"CLIPPER_DB": str(tmp_path / "t.db"), "CLIPPER_CONFIG": str(tmp_path / "none.toml")}
    article = str(ROOT / "tests" / "fixtures" / "article.html")
    run(["clipper", "clip", article, "--tag", "japan"], env, tmp_path)
    run(
        ["clipper", "export", "--tag", "japan", "--template", str(path), "-o", "notes/"],
        env,
        tmp_path,
    )
    (note,) = (tmp_path / "notes").iterdir()
    assert note.name == "2025-03-03 Harbour Bridge Reopens After Repairs.md"
    assert note.read_text(encoding="utf-8").startswith(
        "# Harbour Bridge Reopens After Repairs\nMarta Lindqvist · []()\n"
    )
