"""Read a source that is not a URL: a file on disk, or ``-`` for standard input."""

from __future__ import annotations

import mimetypes
from pathlib import Path
from typing import BinaryIO

from clipper.errors import SourceNotFound, UsageError
from clipper.limits import DEFAULT_MAX_BYTES
from clipper.models import Page


def read_file(path_text: str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Page:
    """Read a saved page or text dump from disk, refusing what can't be one."""
    path = Path(path_text).expanduser()
    if not path.exists():
        raise SourceNotFound(
            f"No such file: {path_text}. Give a path to a saved page, a URL, or - for stdin."
        )
    if path.is_dir():
        raise UsageError(f"{path_text} is a folder; give the pages inside it one by one.")
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise UsageError(
                f"{path_text} is {size:,} bytes, over the {max_bytes:,}-byte limit for one page."
            )
        body = path.read_bytes()
    except PermissionError:
        raise SourceNotFound(f"Can't read {path_text}: permission denied.") from None
    except OSError as exc:
        raise SourceNotFound(f"Can't read {path_text}: {exc.strerror}.") from None
    from clipper.sources.mhtml import looks_like_mhtml

    if looks_like_mhtml(path.name, body):
        from clipper.sources.mhtml import to_html

        html, charset, _ = to_html(body, path_text)
        return Page(
            body=html, source=str(path.resolve()), content_type="text/html", charset=charset
        )
    guessed, _ = mimetypes.guess_type(path.name)
    return Page(body=body, source=str(path.resolve()), content_type=guessed)


def read_stdin(stream: BinaryIO, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Page:
    """Read a page piped to standard input."""
    body = stream.read(max_bytes + 1)
    if len(body) > max_bytes:
        raise UsageError(f"Standard input is over the {max_bytes:,}-byte limit for one page.")
    return Page(body=body, source="-")
