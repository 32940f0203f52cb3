"""Bookmark files and what a batch's sources expand to: folders, lists, bookmark exports."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from clipper.errors import SourceNotFound, UsageError
from clipper.sources.bookmarks import is_bookmark_file, parse_bookmarks, split_tags
from clipper.sources.expand import Item, expand, read_list, walk
from conftest import FIXTURES

BOOKMARKS = FIXTURES / "batch" / "bookmarks.html"


def test_a_bookmark_file_is_recognised_by_its_doctype() -> None:
    assert is_bookmark_file(BOOKMARKS.read_bytes()[:1024])
    assert is_bookmark_file(b"\xef\xbb\xbf\n  <!doctype netscape-bookmark-file-1>\n<dl>")
    assert not is_bookmark_file(b"<!DOCTYPE html><html><body><a href='x'>x</a>")
    assert not is_bookmark_file((FIXTURES / "article.html").read_bytes()[:1024])


def test_folders_and_tags_become_tags_and_browser_folders_do_not() -> None:
    marks = {m.url: m for m in parse_bookmarks(BOOKMARKS.read_text(encoding="utf-8"))}
    assert list(marks) == [
        "BASE/news/harbour.html",
        "BASE/news/kuril.html",
        "BASE/news/budget.html",
        "javascript:alert('bookmarklet')",
        "BASE/gone.html",
    ]
    assert marks["BASE/news/harbour.html"].tags == ("transport", "city")
    assert marks["BASE/news/harbour.html"].title == "Harbour bridge reopens"
    # Nested folders, entities decoded; bookmarked twice: one bookmark, tags merged.
    assert marks["BASE/news/kuril.html"].tags == ("News", "Japan & Russia", "diplomacy")
    assert marks["BASE/news/budget.html"].tags == ("News", "money")
    assert marks["BASE/gone.html"].tags == ()


def test_tags_attribute_is_comma_separated() -> None:
    assert split_tags(" a, b ,,c ") == ("a", "b", "c")
    assert split_tags(None) == ()


def test_unclosed_and_lowercase_markup_still_parses() -> None:
    text = (
        "<!doctype netscape-bookmark-file-1><dl><dt><h3>Reading</h3><dl>"
        '<dt><a href="https://e.com/1">One<dt><a href="https://e.com/2" tags="x">Two</a>'
    )
    marks = parse_bookmarks(text)
    assert [(m.url, m.tags) for m in marks] == [
        ("https://e.com/1", ("Reading",)),
        ("https://e.com/2", ("Reading", "x")),
    ]


def test_a_bookmark_source_expands_to_its_web_links(tmp_path: Path) -> None:
    path = tmp_path / "export.html"
    path.write_text(BOOKMARKS.read_text().replace("BASE", "https://news.example"))
    expansion = expand([str(path)])
    assert expansion.is_batch
    assert [i.source for i in expansion.items] == [
        "https://news.example/news/harbour.html",
        "https://news.example/news/kuril.html",
        "https://news.example/news/budget.html",
        "https://news.example/gone.html",
    ]
    assert "skipped 1 bookmark" in expansion.notes[0]


def pages_tree(root: Path) -> None:
    (root / "a" / "b").mkdir(parents=True)
    (root / ".git").mkdir()
    (root / "Story_files").mkdir()
    for name in ("Story.html", "notes.txt", "dump", "a/one.htm", "a/b/two.html"):
        (root / name).write_text("<p>page</p>")
    for name in ("photo.JPG", "paper.pdf", "style.css", ".DS_Store", ".git/config"):
        (root / name).write_text("x")
    (root / "Story_files" / "ad-frame.html").write_text("<p>an ad</p>")


def test_a_folder_walk_keeps_pages_and_skips_media_hidden_files_and_saved_assets(
    tmp_path: Path,
) -> None:
    pages_tree(tmp_path)
    found = [p.relative_to(tmp_path).as_posix() for p in walk(tmp_path)]
    assert found == ["Story.html", "dump", "notes.txt", "a/one.htm", "a/b/two.html"]


def test_an_empty_folder_says_so(tmp_path: Path) -> None:
    expansion = expand([str(tmp_path)])
    assert expansion.items == ()
    assert "folder" in expansion.notes[0]


def test_a_list_skips_comments_and_blank_lines(tmp_path: Path) -> None:
    listing = tmp_path / "links.txt"
    listing.write_text(
        "\ufeff# my reading list\n\nhttps://e.com/a\n   https://e.com/b  \n# https://e.com/c\n"
    )
    assert read_list(str(listing)) == ["https://e.com/a", "https://e.com/b"]
    assert read_list("-", io.BytesIO(b"https://e.com/x\n#c\n")) == ["https://e.com/x"]


def test_list_errors_are_usage_errors(tmp_path: Path) -> None:
    with pytest.raises(SourceNotFound, match="No such list file"):
        read_list(str(tmp_path / "missing.txt"))
    with pytest.raises(UsageError, match="folder"):
        read_list(str(tmp_path))
    with pytest.raises(UsageError, match="once"):
        expand(["-"], ["-"])


def test_sources_are_clipped_once_in_order(tmp_path: Path) -> None:
    page = tmp_path / "p.html"
    page.write_text("<p>x</p>")
    listing = tmp_path / "l.txt"
    listing.write_text(f"https://e.com/a\n{page}\n")
    expansion = expand(["https://e.com/a", str(page)], [str(listing)])
    assert expansion.items == (Item("https://e.com/a"), Item(str(page)))
    assert expansion.is_batch


def test_one_plain_source_is_not_a_batch(tmp_path: Path) -> None:
    page = tmp_path / "p.html"
    page.write_text("<p>x</p>")
    for source in (str(page), "https://e.com/a", "-", "missing.html"):
        assert not expand([source]).is_batch
