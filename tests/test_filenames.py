"""Export file names: safe on every OS whatever the title, unique within the folder."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from clipper.errors import UsageError
from clipper.export.filenames import (
    MAX_STEM_BYTES,
    RESERVED_NAMES,
    NameAllocator,
    file_stem,
    safe_stem,
    slugify,
)
from clipper.models import Clipping

WINDOWS_FORBIDDEN = re.compile(r'[\x00-\x1f\x7f-\x9f<>:"/\\|?*]')


def clipping(title: str | None, **kw: object) -> Clipping:
    base: dict[str, object] = dict(
        id=7, url="https://www.example.com/a", source="https://www.example.com/a", title=title,
        authors=[], byline=None, published="2025-03-03T17:04:00-05:00", site_name="The Site",
        lang="en", excerpt=None, text="Body.", word_count=1,
        clipped_at="2026-11-27T10:00:00+00:00", tags=[],
    )  # fmt: skip
    base.update(kw)
    return Clipping(**base)  # type: ignore[arg-type]


def assert_safe(stem: str) -> None:
    """What every OS accepts: checked the way Windows, macOS and Linux would."""
    assert stem
    assert not WINDOWS_FORBIDDEN.search(stem), stem
    assert not stem.startswith((".", " ")) and not stem.endswith((".", " ")), stem
    assert stem.split(".")[0].strip().upper() not in RESERVED_NAMES, stem
    assert len(stem.encode("utf-8")) <= MAX_STEM_BYTES
    assert stem not in (".", "..")
    assert Path(stem).name == stem  # a single path component: no traversal


HOSTILE = [
    "../../x",
    "..",
    ".",
    "/etc/passwd",
    "a/b\\c",
    "C:\\Windows\\system32",
    "CON",
    "con",
    "NUL.txt",
    "com1",
    "LPT9",
    "Ctrl\x00chars\x1b[31m\x07here\x7f\x85",
    "x" * 500,
    "日本語のタイトル" * 40,
    "🔥🔥 Breaking 🔥 news 🚀",
    "🔥",
    "",
    "   ",
    'quotes "and" <angles> | pipes ? stars *',
    "trailing dots...",
    "\u202etxt.exe",  # right-to-left override
    "zero\u200bwidth",
]


@pytest.mark.parametrize("title", HOSTILE)
def test_hostile_titles_make_safe_names(title: str) -> None:
    assert_safe(safe_stem(title))
    assert_safe(file_stem(clipping(title)))
    assert_safe(file_stem(clipping(title), "{slug}"))


@pytest.mark.parametrize("name", ["CON", "con", "Nul", "COM1", "lpt1", "CON.md", "aux.tar.gz"])
def test_reserved_device_names_are_changed(name: str) -> None:
    stem = safe_stem(name)
    assert stem != name and stem.lstrip("_") == name


def test_traversal_stays_in_the_folder(tmp_path: Path) -> None:
    for title in ("../../x", "..", "/abs/path", "a/../../b"):
        path = NameAllocator(tmp_path).allocate(file_stem(clipping(title), "{slug}"), ".md")
        assert path.resolve().parent == tmp_path.resolve()
        path = NameAllocator(tmp_path).allocate(safe_stem(title), ".md")
        assert path.resolve().parent == tmp_path.resolve()


def test_default_name_is_published_day_and_slug() -> None:
    assert file_stem(clipping("Putin Looks to Play on U.S.-Japan Jitters")) == (
        "2025-03-03-putin-looks-to-play-on-u-s-japan-jitters"
    )


def test_clipped_day_when_no_published_date() -> None:
    assert file_stem(clipping("A", published=None)) == "2026-11-27-a"


def test_untitled_and_emoji_titles_fall_back_to_the_id() -> None:
    assert file_stem(clipping(None)) == "2025-03-03-clipping-7"
    assert file_stem(clipping("🔥🔥")) == "2025-03-03-clipping-7"


def test_slug_keeps_words_of_any_script() -> None:
    assert slugify("Ünïcödé Café — 日本語") == "ünïcödé-café-日本語"
    assert slugify("It’s the “end”!") == "its-the-end"
    assert slugify("x" * 500) == "x" * 80


def test_long_multibyte_titles_are_cut_on_a_character() -> None:
    stem = safe_stem("語" * 200)
    assert len(stem.encode("utf-8")) <= MAX_STEM_BYTES
    assert set(stem) == {"語"}


def test_template_fields() -> None:
    c = clipping("Hello World")
    assert file_stem(c, "{id}-{site}-{slug}") == "7-the-site-hello-world"
    assert file_stem(clipping("X", site_name=None), "{site}-{id}") == "example-com-7"
    # A folder in a template is not one: the name stays in the export folder.
    assert file_stem(c, "{published}/{slug}") == "2025-03-03-hello-world"


@pytest.mark.parametrize("template", ["{nope}", "{slug!r}", "{id:>5}", "{", "static-name"])
def test_bad_templates_are_usage_errors(template: str) -> None:
    with pytest.raises(UsageError):
        file_stem(clipping("A"), template)


def test_names_are_unique_in_the_folder_ignoring_case(tmp_path: Path) -> None:
    (tmp_path / "same.md").write_text("someone else's file")
    names = NameAllocator(tmp_path)
    assert names.allocate("same", ".md").name == "same-2.md"
    assert names.allocate("SAME", ".md").name == "SAME-3.md"
    assert names.allocate("same", ".html").name == "same.html"
    assert (tmp_path / "same.md").read_text() == "someone else's file"


@given(st.text(max_size=300))
def test_any_text_makes_a_safe_name(title: str) -> None:
    assert_safe(safe_stem(title))
    assert_safe(file_stem(clipping(title)))
