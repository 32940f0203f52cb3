"""Netscape bookmark files: what every browser, Pocket and Pinboard export.

Pure: text in, bookmarks out. The format is loose HTML from the 1990s::

    <!DOCTYPE NETSCAPE-Bookmark-file-1>
    <DL><p>
        <DT><H3>News</H3>
        <DL><p>
            <DT><A HREF="https://example.com/a" TAGS="japan,trade">A story</A>
        </DL><p>
    </DL><p>

Folders (``H3`` headings followed by a ``DL`` list) nest; each bookmark's
folder names and ``TAGS`` become its tags. The browsers' own top-level
folders ("Bookmarks bar", "Other bookmarks"…) are furniture, not tags.
"""

from __future__ import annotations

from dataclasses import dataclass
from html.parser import HTMLParser

MARKER = b"<!doctype netscape-bookmark-file-1>"
# How much of a file is read to recognise a bookmark file by its content.
SNIFF_BYTES = 1024

# Attributes browsers put on their own top-level folders, and those folders' names.
BROWSER_FOLDER_ATTRIBUTES = frozenset({"personal_toolbar_folder", "unfiled_bookmarks_folder"})
BROWSER_FOLDER_NAMES = frozenset(
    {
        "bookmarks",
        "bookmarks bar",
        "bookmarks toolbar",
        "bookmarks menu",
        "favorites bar",
        "favourites bar",
        "other bookmarks",
        "other favorites",
        "mobile bookmarks",
        "unsorted bookmarks",
    }
)


@dataclass(frozen=True, slots=True)
class Bookmark:
    """One link in a bookmark file with the tags it carries."""

    url: str
    title: str | None
    tags: tuple[str, ...]


def is_bookmark_file(head: bytes) -> bool:
    """Whether the first bytes of a file are a Netscape bookmark file's doctype."""
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return start.startswith(MARKER)


def parse_bookmarks(text: str) -> list[Bookmark]:
    """Every bookmark in the file, in order; a URL bookmarked twice appears once, tags merged."""
    parser = _Parser()
    parser.feed(text)
    parser.close()
    merged: dict[str, Bookmark] = {}
    for mark in parser.bookmarks:
        seen = merged.get(mark.url)
        if seen is None:
            merged[mark.url] = mark
        else:
            tags = tuple(dict.fromkeys((*seen.tags, *mark.tags)))
            merged[mark.url] = Bookmark(seen.url, seen.title or mark.title, tags)
    return list(merged.values())


def split_tags(value: str | None) -> tuple[str, ...]:
    """``TAGS="a, b,c"`` as a tuple of tags (Pinboard and Firefox use commas)."""
    return tuple(t.strip() for t in (value or "").split(",") if t.strip())


class _Parser(HTMLParser):
    """Walks the DL/DT/H3/A structure, tracking the folder each link is in."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.bookmarks: list[Bookmark] = []
        self._folders: list[str | None] = []  # None: a folder whose name is no tag
        self._pending: str | None = None  # the last H3's name, until its DL opens
        self._pending_is_browser = False
        self._in: str | None = None  # "h3" or "a" while reading its text
        self._text: list[str] = []
        self._link: dict[str, str | None] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self._in == "a" and tag in ("a", "dt", "dl", "h3"):
            self._end_link()  # exports in the wild leave <A> unclosed
        if tag == "h3":
            self._in, self._text = "h3", []
            names = {name for name, _ in attrs}
            self._pending_is_browser = bool(names & BROWSER_FOLDER_ATTRIBUTES)
        elif tag == "a":
            self._in, self._text = "a", []
            self._link = dict(attrs)
        elif tag == "dl":
            name = self._pending
            self._folders.append(None if name is None or self._pending_is_browser else name)
            self._pending = None

    def handle_endtag(self, tag: str) -> None:
        if tag == "h3" and self._in == "h3":
            name = " ".join("".join(self._text).split())
            self._pending = name if name.casefold() not in BROWSER_FOLDER_NAMES else None
            self._in = None
        elif tag == "a" and self._in == "a":
            self._end_link()
        elif tag == "dl":
            if self._in == "a":
                self._end_link()
            if self._folders:
                self._folders.pop()

    def close(self) -> None:
        super().close()
        if self._in == "a":
            self._end_link()

    def _end_link(self) -> None:
        self._in = None
        href = (self._link.get("href") or "").strip()
        if href:
            folders = tuple(f for f in self._folders if f)
            title = " ".join("".join(self._text).split()) or None
            tags = tuple(dict.fromkeys((*folders, *split_tags(self._link.get("tags")))))
            self.bookmarks.append(Bookmark(href, title, tags))

    def handle_data(self, data: str) -> None:
        if self._in:
            self._text.append(data)
