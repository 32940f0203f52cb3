"""Taking clippings elsewhere and looking after them: `export`."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Annotated

import typer

from .cli_common import (
    DbOption,
    app,
    open_archive,
)


@app.command()
def export(
    clipping_id: Annotated[
        int,
        typer.Argument(
            metavar="ID", help="The clipping's id (see clipper list).", show_default=False
        ),
    ],
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            metavar="PATH",
            help="Write to this file instead of stdout.",
            dir_okay=False,
        ),
    ] = None,
    db_path: DbOption = None,
) -> None:
    """Export a clipping as Markdown with YAML front matter.

    Example: clipper export 3 -o putin-japan.md
    """
    from .db import get_clipping
    from .export import to_markdown

    markdown = to_markdown(get_clipping(open_archive(db_path), clipping_id))
    if output is None:
        sys.stdout.write(markdown)
        return
    _write_file(output, markdown)
    typer.echo(f"Wrote {output}", err=True)


def _write_file(path: Path, content: str) -> None:
    """Write via a temporary file and rename, so a failure leaves no half-written file."""
    from .errors import UsageError

    tmp = path.with_name(f".{path.name}.clipper-tmp")
    try:
        tmp.write_text(content, encoding="utf-8")
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise UsageError(f"Can't write {path}: {exc.strerror}.") from None
