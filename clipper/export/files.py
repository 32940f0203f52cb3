"""Exporting: which clippings, to stdout, a file or a folder, written atomically (the I/O shell)."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from clipper.errors import EpubNeedsFile, NeedsFolder, SelectionError, UsageError, WriteError
from clipper.export.filenames import (
    DEFAULT_TEMPLATE,
    NameAllocator,
    check_template,
    file_stem,
    safe_stem,
)
from clipper.export.formats import (
    EXTENSIONS,
    ExportFormat,
    holds_clipping,
    render_one,
    to_json,
    to_jsonl,
)
from clipper.models import Clipping

if TYPE_CHECKING:
    from sqlite_utils import Database

    from clipper.assets.export import Assets
    from clipper.export.epub import ImageSource
    from clipper.export.template import NoteTemplate

JSONL_FILE_STEM = "clippings"
# An earlier export bigger than this is left alone rather than read to compare.
MAX_REREAD_BYTES = 50_000_000


def write_atomic(path: Path, content: str | bytes) -> None:
    """Write via a temporary file in the same folder and rename, so no half-written file is left."""
    tmp_name: str | None = None
    data = content.encode("utf-8") if isinstance(content, str) else content
    try:
        fd, tmp_name = tempfile.mkstemp(dir=path.parent, prefix=".", suffix=".clipper-tmp")
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        # mkstemp makes the file private (0600); an export should be readable as
        # any new file would be, or keep the mode of the file it replaces.
        os.chmod(tmp_name, _mode_for(path))
        os.replace(tmp_name, path)
        tmp_name = None
    except OSError as exc:
        raise WriteError(f"Can't write {path}: {exc.strerror or exc}.") from None
    finally:
        # Also on Ctrl-C: the temporary file never outlives the write.
        if tmp_name is not None:
            Path(tmp_name).unlink(missing_ok=True)


def _mode_for(path: Path) -> int:
    try:
        return path.stat().st_mode & 0o7777
    except OSError:
        umask = os.umask(0o022)
        os.umask(umask)
        return 0o666 & ~umask


def ensure_folder(folder: Path) -> None:
    if folder.exists() and not folder.is_dir():
        raise UsageError(f"{folder} is a file; give a folder to export several clippings into.")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise WriteError(f"Can't create the folder {folder}: {exc.strerror or exc}.") from None


def export_to_folder(
    clippings: Iterable[Clipping],
    folder: Path,
    fmt: ExportFormat,
    template: str | None = None,
    note: NoteTemplate | None = None,
    assets: Assets | None = None,
) -> Iterator[Path]:
    """Write one file per clipping (one file in all for JSON Lines); yield each path written.

    Files are named from ``template`` (``--name``) if given, else by the note
    template's ``filename``, else by the default name template. A note template
    renders every clipping before the first file is written, so a template
    that fails on one clipping leaves the folder as it was. ``assets`` writes
    Markdown notes' images into their assets folder and puts HTML pages' inside them.
    """
    if template is not None:
        check_template(template)
    ensure_folder(folder)
    names = NameAllocator(folder)
    extension = EXTENSIONS[fmt]
    if fmt is ExportFormat.jsonl:
        path = names.allocate(JSONL_FILE_STEM, extension, _is_clipper_jsonl)
        write_atomic(path, to_jsonl(list(clippings)))
        yield path
        return
    rendered: list[tuple[Clipping, dict[str, str] | None, str | None, str | None]]
    shown = [_with_assets(c, fmt, folder, assets) for c in clippings]
    if note is not None and fmt is ExportFormat.markdown:
        rendered = [(c, images, *note.render(c)) for c, images in shown]
    else:
        rendered = [(c, images, None, None) for c, images in shown]
    for clipping, images, text, filename in rendered:
        if template is None and filename:
            stem = safe_stem(filename)
        else:
            stem = file_stem(clipping, template or DEFAULT_TEMPLATE)
        path = names.allocate(stem, extension, _reuse(clipping, fmt))
        write_atomic(path, text if text is not None else render_one(clipping, fmt, None, images))
        yield path


def _reuse(clipping: Clipping, fmt: ExportFormat) -> Callable[[Path], bool]:
    """Whether a file already in the folder is this clipping's earlier export (to refresh it)."""
    return lambda path: _holds(path, clipping, fmt)


def _with_assets(
    clipping: Clipping, fmt: ExportFormat, note_folder: Path | None, assets: Assets | None
) -> tuple[Clipping, dict[str, str] | None]:
    """The clipping with its images where this export shows them, and an HTML page's data: URIs."""
    if assets is None or not clipping.images:
        return clipping, None
    if fmt is ExportFormat.markdown:
        return assets.for_note(clipping, note_folder), None
    if fmt is ExportFormat.html:
        return clipping, assets.data_uris(clipping)
    return clipping, None


def _is_clipper_jsonl(path: Path) -> bool:
    """Whether the file is an earlier JSON Lines export (its first line a clipper record)."""
    import json

    try:
        with path.open(encoding="utf-8") as lines:
            first = json.loads(lines.readline())
    except (OSError, UnicodeDecodeError, ValueError):
        return False
    return isinstance(first, dict) and {"id", "source", "clipped_at", "text"} <= set(first)


def _holds(path: Path, clipping: Clipping, fmt: ExportFormat) -> bool:
    """Whether the file at ``path`` is an earlier export of this clipping in this format."""
    try:
        if not path.is_file() or path.stat().st_size > MAX_REREAD_BYTES:
            return False
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return False
    return holds_clipping(text, fmt, clipping)


def select_clippings(
    db: Database,
    ids: list[int],
    query: str | None,
    tags: list[str],
    all_: bool,
) -> list[Clipping]:
    """The clippings an export is for: by id in the order given, else by id ascending.

    Exactly one way of choosing: ids, a search and/or tags (a search within the
    tags), or all.
    """
    from clipper.models import Filters
    from clipper.store import count_clippings, fts_query_for, get_clipping, list_clippings
    from clipper.store import search as run_search

    chosen = sum((bool(ids), all_, bool(query or tags)))
    if chosen != 1:
        raise SelectionError("Say which clippings to export, in one way only.")
    if ids:
        return [get_clipping(db, i) for i in dict.fromkeys(ids)]
    filters = Filters(tags=tuple(tags))
    if query is not None:
        fts_query = fts_query_for(query)
        # Every match: as many as there are clippings (search pages with a positive limit).
        hits = run_search(db, fts_query, limit=max(1, count_clippings(db)), filters=filters)
        found = [get_clipping(db, h.id) for h in hits]
    else:
        found = list_clippings(db, limit=None, filters=filters)
    return sorted(found, key=lambda c: c.id)


@dataclass(frozen=True, slots=True)
class Exported:
    """Where an export went: ``text`` for stdout, else the files written (in ``folder``)."""

    text: str | None = None
    paths: list[Path] = field(default_factory=list)
    folder: Path | None = None


def export_clippings(
    clippings: Sequence[Clipping],
    output: str | None,
    fmt: ExportFormat,
    template: str | None = None,
    *,
    one_id: bool = False,
    note: NoteTemplate | None = None,
    assets: Assets | None = None,
) -> Exported:
    """Export to stdout (``output`` None), one file, or a folder of one file per clipping.

    ``output`` is a folder when it is one, ends with a separator, or names
    several clippings' destination without an extension. ``one_id`` (the user
    asked for one id) makes JSON an object rather than a list.
    """
    if output is not None and _is_folder(output, plural=not one_id):
        folder = Path(output).expanduser()
        return Exported(
            paths=list(export_to_folder(clippings, folder, fmt, template, note, assets)),
            folder=folder,
        )
    if len(clippings) > 1 and fmt not in (ExportFormat.json, ExportFormat.jsonl):
        n = len(clippings)
        raise NeedsFolder(f"{n} clippings make {n} {fmt.value} files, not one.")
    if fmt is ExportFormat.json and not one_id:
        content = to_json(clippings)
    elif fmt is ExportFormat.jsonl:
        content = to_jsonl(clippings)
    else:
        where = Path(output).expanduser().parent if output is not None else None
        clipping, images = _with_assets(clippings[0], fmt, where, assets)
        content = render_one(clipping, fmt, note, images)
    if output is None:
        return Exported(text=content)
    target = Path(output).expanduser()
    write_atomic(target, content)
    return Exported(paths=[target])


def export_epub(
    clippings: Sequence[Clipping],
    output: str | None,
    *,
    title: str,
    images: ImageSource | None = None,
) -> Exported:
    """All the clippings as one EPUB book at ``output`` (a file; an e-book can't go to a terminal)."""
    from clipper.export.epub import no_images, to_epub

    if output is None or output == "-":
        raise EpubNeedsFile("An EPUB is one file; it can't go to the terminal.")
    target = Path(output).expanduser()
    if target.is_dir() or output.endswith(("/", os.sep)):
        raise UsageError(f"{output} is a folder; give the book's file name, like clippings.epub.")
    if target.suffix.lower() != ".epub":
        raise UsageError(f"Name the book with .epub at the end (not {target.name!r}).")
    if not target.parent.is_dir():
        raise UsageError(f"The folder {target.parent} doesn't exist.")
    write_atomic(target, to_epub(clippings, title=title, images=images or no_images))
    return Exported(paths=[target])


def _is_folder(output: str, *, plural: bool) -> bool:
    path = Path(output).expanduser()
    if path.is_dir() or output.endswith(("/", os.sep)):
        return True
    return plural and not path.suffix
