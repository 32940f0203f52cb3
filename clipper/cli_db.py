"""The archive itself: `clipper db ...`."""

from __future__ import annotations

import typer

from .cli_common import (
    DbOption,
    db_app,
)


@db_app.command("path")
def db_path_command(db_path: DbOption = None) -> None:
    """Print the database in use and what chose it (--db, CLIPPER_DB or the default).

    Example: clipper db path
    """
    from .paths import resolve_db_path

    path, why = resolve_db_path(db_path)
    typer.echo(str(path))
    typer.echo(f"(chosen by {why})", err=True)
