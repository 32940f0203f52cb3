"""What the user named, expanded into the items of a batch.

A SOURCE can be a URL, a file, ``-`` for stdin, a folder (its saved pages and
text dumps, recursively) or a Netscape bookmark file (its links, with folders
and tags as clipping tags). ``--from FILE`` adds one SOURCE per line. The
result is a flat list of items, each clipped on its own; nothing is fetched
or extracted here, and a folder's files are only listed, not read, except for
the first bytes that tell a bookmark file apart.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from clipper.errors import SourceNotFound, UsageError
from clipper.models import Fallbacks
from clipper.sources.bookmarks import SNIFF_BYTES, is_bookmark_file, parse_bookmarks

# Files in a folder that can't be a saved page or a text dump, by extension.
NOT_PAGES = frozenset(
    {
        # images
        ".png", ".jpg", ".jpeg", ".gif", ".webp", ".svg", ".ico", ".bmp", ".tif", ".tiff",
        ".avif", ".heic",
        # documents clipper doesn't read
        ".pdf", ".doc", ".docx", ".odt", ".rtf", ".epub", ".xls", ".xlsx", ".ods", ".ppt",
        ".pptx", ".csv",
        # audio and video
        ".mp3", ".mp4", ".m4a", ".webm", ".ogg", ".wav", ".mov", ".avi", ".mkv", ".flac",
        # archives and binaries
        ".zip", ".gz", ".tgz", ".bz2", ".xz", ".7z", ".rar", ".tar", ".exe", ".dmg", ".iso",
        ".bin", ".so", ".dll", ".pyc", ".db", ".sqlite",
        # what a "Web page, complete" save puts beside the page
        ".css", ".js", ".mjs", ".map", ".json", ".woff", ".woff2", ".ttf", ".otf", ".eot",
    }
)  # fmt: skip
# Browsers save a page's assets in "<name>_files" (Chrome, Firefox) or "<name>-Dateien"…
ASSET_FOLDER_SUFFIXES = ("_files", "-Dateien", "_fichiers", "_archivos", "-bestanden")
PAGE_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml")


@dataclass(frozen=True, slots=True)
class Item:
    """One thing to clip: a URL, a file path or ``-``, with tags of its own.

    ``fallbacks`` (a feed entry's title, authors, date, categories) fill what
    the page itself leaves empty.
    """

    source: str
    tags: tuple[str, ...] = ()
    fallbacks: Fallbacks | None = None


@dataclass(frozen=True, slots=True)
class Expansion:
    """The items of a batch, whether it is one (not a single plain SOURCE), and notes."""

    items: tuple[Item, ...]
    is_batch: bool
    notes: tuple[str, ...] = ()
    # A source was read only in part (a damaged or cut-short web archive): the
    # pages after the damage are lost, so the batch can't end as a full success.
    lost: bool = False


def expand(
    sources: list[str], from_files: list[str] | None = None, stdin: BinaryIO | None = None
) -> Expansion:
    """Turn SOURCE arguments and ``--from`` lists into items, in order, each once.

    Raises UsageError or SourceNotFound for a ``--from`` list that can't be
    read; a SOURCE that can't be read becomes an item that will fail, so the
    rest of the batch still runs.
    """
    from_files = from_files or []
    if from_files.count("-") + sources.count("-") > 1:
        raise UsageError(
            "Standard input can be read only once: as a source or as a list of sources, not both."
        )
    names: list[str] = list(sources)
    for list_file in from_files:
        names.extend(read_list(list_file, stdin))
    expanded = False
    items: list[Item] = []
    notes: list[str] = []
    lost = False
    for name in names:
        found, note = _expand_one(name)
        expanded = expanded or found is not None
        if note:
            notes.append(note.text)
            lost = lost or note.lost
        items.extend(found if found is not None else [Item(name)])
    is_batch = bool(from_files) or len(sources) > 1 or expanded
    return Expansion(_unique(items), is_batch, tuple(notes), lost)


def read_list(list_file: str, stdin: BinaryIO | None = None) -> list[str]:
    """The sources listed in a file (or ``-``): one per line; blank lines and # comments skipped."""
    if list_file == "-":
        raw = (stdin or sys.stdin.buffer).read()
    else:
        path = Path(list_file).expanduser()
        if path.is_dir():
            raise UsageError(
                f"{list_file} is a folder, not a list of sources; clip the folder itself instead."
            )
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            raise SourceNotFound(f"No such list file: {list_file}.") from None
        except OSError as exc:
            raise SourceNotFound(f"Can't read the list {list_file}: {exc.strerror}.") from None
    text = raw.decode("utf-8", errors="replace").lstrip("\ufeff")
    lines = (line.strip() for line in text.splitlines())
    return [line for line in lines if line and not line.startswith("#")]


@dataclass(frozen=True, slots=True)
class _Note:
    """What expanding one source has to say; ``lost`` when pages in it can't be read."""

    text: str
    lost: bool = False


def _expand_one(name: str) -> tuple[list[Item] | None, _Note | None]:
    """A folder's pages or a bookmark file's links; None for anything clipped as it is."""
    if name == "-" or "://" in name:
        return None, None
    path = Path(name).expanduser()
    if path.is_dir():
        items = [Item(str(p)) for p in walk(path)]
        expanded: list[Item] = []
        for item in items:
            found, _ = _container_items(Path(item.source))
            expanded.extend(found if found is not None else [item])
        if not expanded:
            return [], _Note(f"{name}: no saved pages or text dumps in this folder.")
        return expanded, None
    if path.is_file():
        return _container_items(path)
    return None, None


def _container_items(path: Path) -> tuple[list[Item] | None, _Note | None]:
    """A web archive's pages or a bookmark file's links; None for a file clipped as it is."""
    from clipper.sources.warc import is_warc

    if is_warc(path):
        from clipper.sources.warc import list_pages

        listing = list_pages(path)
        note = _Note(listing.note, lost=True) if listing.note else None
        return [Item(source) for source in listing.sources], note
    return _bookmark_items(path)


def _bookmark_items(path: Path) -> tuple[list[Item] | None, _Note | None]:
    try:
        with path.open("rb") as f:
            if not is_bookmark_file(f.read(SNIFF_BYTES)):
                return None, None
        text = path.read_bytes().decode("utf-8", errors="replace")
    except OSError:
        return None, None  # clipping it will say what is wrong with it
    marks = parse_bookmarks(text)
    web = [m for m in marks if m.url.lower().startswith(("http://", "https://"))]
    note = None
    if len(web) < len(marks):
        note = (
            f"{path}: skipped {len(marks) - len(web)} bookmark(s) that aren't web pages "
            "(bookmarklets, browser pages)."
        )
    if not web:
        note = f"{path}: a bookmark file with no web links in it."
    return [Item(m.url, m.tags) for m in web], _Note(note) if note else None


def walk(folder: Path) -> list[Path]:
    """The files under ``folder`` that may be pages, sorted; hidden files and assets skipped."""
    found: list[Path] = []
    for root, dirs, files in os.walk(folder):
        pages = {Path(f).stem for f in files if f.lower().endswith(PAGE_SUFFIXES)}
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and not _assets_of(d, pages))
        for name in sorted(files):
            if name.lower().endswith(".warc.gz") and not name.startswith("."):
                found.append(Path(root) / name)  # a web archive: its pages are listed
                continue
            if name.startswith(".") or Path(name).suffix.lower() in NOT_PAGES:
                continue
            found.append(Path(root) / name)
    return found


def _assets_of(folder: str, pages: set[str]) -> bool:
    """Whether a folder holds the images and scripts of a page saved beside it."""
    return any(folder.endswith(s) and folder[: -len(s)] in pages for s in ASSET_FOLDER_SUFFIXES)


def _unique(items: list[Item]) -> tuple[Item, ...]:
    """Each source once, in first-seen order; tags of repeats are merged."""
    merged: dict[str, Item] = {}
    for item in items:
        key = item.source if "://" in item.source else _path_key(item.source)
        seen = merged.get(key)
        if seen is None:
            merged[key] = item
        elif item.tags:
            merged[key] = Item(seen.source, tuple(dict.fromkeys((*seen.tags, *item.tags))))
    return tuple(merged.values())


def _path_key(source: str) -> str:
    if source == "-":
        return source
    try:
        return str(Path(source).expanduser().resolve())
    except OSError:
        return source
