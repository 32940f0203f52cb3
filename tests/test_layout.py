"""The house holds its shape: the library API where other programs find it, modules of a
readable size, and core messages that leave the command line's options to the CLI."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from helpers import ROOT

PACKAGE = ROOT / "clipper"
MAX_LINES = 600
# Rules as data: tables of patterns, words and selectors, longer than a module of
# code should be, and read a rule at a time.
RULES_AS_DATA = {
    "clipper/extract/lexicon.py",  # the languages' words, read by both stages
    "clipper/extract/html/rules.py",
    "clipper/extract/text/rules.py",
}


def test_the_library_api_is_importable_where_it_always_was() -> None:
    from clipper.errors import ClipperError, NotAnArticle
    from clipper.extract import extract
    from clipper.models import Article
    from clipper.textdump import parse_text_dump

    assert issubclass(NotAnArticle, ClipperError)
    page = "<html><head><title>Bridge to close</title></head><body><article>" + (
        "<p>The council voted to close the harbour bridge to cars from next spring.</p>" * 8
    )
    assert isinstance(extract(page + "</article></body></html>"), Article)
    dump = "Bridge to close\n\n" + "The council voted to close the harbour bridge. " * 12
    assert isinstance(parse_text_dump(dump), Article)


def modules() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def name(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


def test_no_module_is_over_600_lines_unless_it_is_rules_as_data() -> None:
    long = {
        name(p): n
        for p in modules()
        if (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_LINES
    }
    assert set(long) <= RULES_AS_DATA, long
    gone = RULES_AS_DATA - {name(p) for p in modules()}
    assert not gone, f"listed but no longer there: {gone}"


# An option as a message would name it: --db, -o DIR (not "x--y" or an en dash).
OPTION = re.compile(r"(?<![\w-])(--[a-z][a-z-]*\b|-[a-z] )")


def raised_messages(path: Path) -> list[tuple[int, str]]:
    """The string parts of every ``raise SomeError(...)`` in the module, also those of a
    module-level constant it raises (``raise UsageError(INSTALL_HINT)``)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    constants = {
        target.id: node.value
        for node in tree.body
        if isinstance(node, ast.Assign)
        for target in node.targets
        if isinstance(target, ast.Name)
    }
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call):
            for arg in node.exc.args:
                if isinstance(arg, ast.Name) and arg.id in constants:
                    arg = constants[arg.id]
                for part in ast.walk(arg):
                    if isinstance(part, ast.Constant) and isinstance(part.value, str):
                        found.append((node.lineno, part.value))
    return found


def test_core_messages_name_no_command_line_option() -> None:
    core = [p for p in modules() if "cli" not in p.relative_to(PACKAGE).parts]
    named = [
        f"{name(p)}:{line}: {text!r}"
        for p in core
        for line, text in raised_messages(p)
        if OPTION.search(text)
    ]
    assert not named, "core errors name options; give them a type and a hint in the CLI"
    assert len(core) > 40  # the walk found the package


def test_the_cli_has_a_hint_for_each_error_meant_to_have_one() -> None:
    from clipper import errors
    from clipper.cli.common import HINTS

    for cls in HINTS:
        assert issubclass(cls, errors.ClipperError) and cls.__module__ == "clipper.errors"
        assert OPTION.search(HINTS[cls]) or "clipper list" in HINTS[cls]


def test_tests_share_their_helpers() -> None:
    """One invoke(), one LocalServer, one corpus path: in helpers.py, imported from there."""
    for path in sorted((ROOT / "tests").glob("test_*.py")):
        if path.name == "test_layout.py":
            continue  # names what it looks for
        text = path.read_text(encoding="utf-8")
        assert "def invoke(" not in text, path.name
        assert "class LocalServer" not in text, path.name
        assert "from conftest import" not in text, path.name
        assert '"readability-test-pages"' not in text, path.name
        assert '"web-eval-dev"' not in text, path.name
