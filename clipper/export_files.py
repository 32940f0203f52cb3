"""Writing exports to disk: atomic files, one per clipping in a folder (the I/O shell)."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path

from .errors import UsageError
from .export_formats import (
    EXTENSIONS,
    ExportFormat,
    exported_identity,
    identity,
    render_one,
    to_jsonl,
)
from .filenames import DEFAULT_TEMPLATE, NameAllocator, check_template, file_stem
from .models import Clipping

JSONL_FILE_STEM = "clippings"
# An earlier export bigger than this is left alone rather than read to compare.
MAX_REREAD_BYTES = 50_000_000


def write_atomic(path: Path, content: str) -> None:
    """Write via a temporary file in the same folder and rename, so no half-written file is left."""
    tmp_name: str | None = None
    try:
        fd, tmp_name = tempfile.mkstemp(dir=path.parent, prefix=".", suffix=".clipper-tmp")
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as out:
            out.write(content)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp_name, path)
    except OSError as exc:
        if tmp_name is not None:
            Path(tmp_name).unlink(missing_ok=True)
        raise UsageError(f"Can't write {path}: {exc.strerror or exc}.") from None


def ensure_folder(folder: Path) -> None:
    if folder.exists() and not folder.is_dir():
        raise UsageError(f"{folder} is a file; give a folder to export several clippings into.")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UsageError(f"Can't create the folder {folder}: {exc.strerror or exc}.") from None


def export_to_folder(
    clippings: Iterable[Clipping],
    folder: Path,
    fmt: ExportFormat,
    template: str = DEFAULT_TEMPLATE,
) -> Iterator[Path]:
    """Write one file per clipping (one file in all for JSON Lines); yield each path written."""
    check_template(template)
    ensure_folder(folder)
    names = NameAllocator(folder)
    extension = EXTENSIONS[fmt]
    if fmt is ExportFormat.jsonl:
        path = names.allocate(JSONL_FILE_STEM, extension)
        write_atomic(path, to_jsonl(list(clippings)))
        yield path
        return
    for clipping in clippings:
        path = names.allocate(
            file_stem(clipping, template), extension, lambda p, c=clipping: _holds(p, c, fmt)
        )
        write_atomic(path, render_one(clipping, fmt))
        yield path


def _holds(path: Path, clipping: Clipping, fmt: ExportFormat) -> bool:
    """Whether the file at ``path`` is an earlier export of this clipping in this format."""
    try:
        if not path.is_file() or path.stat().st_size > MAX_REREAD_BYTES:
            return False
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return False
    found = exported_identity(text, fmt)
    return found is not None and found == identity(clipping)
