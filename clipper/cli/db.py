"""The archive itself: `clipper db path`, `db backup`, `db check`."""

from pathlib import Path
from typing import Annotated

import typer

from clipper.cli.common import DbOption, JsonOption, db_app, open_archive, print_json
from clipper.errors import DatabaseError, ExitStatus
from clipper.untrusted import printable


@db_app.command("path")
def db_path_command(db_path: DbOption = None) -> None:
    """Print the database in use and what chose it (--db, CLIPPER_DB or the default).

    Example: clipper db path
    """
    from clipper.cli.paths import resolve_db_path

    path, why = resolve_db_path(db_path)
    typer.echo(str(path))
    typer.echo(f"(chosen by {why})", err=True)


@db_app.command("backup")
def db_backup_command(
    target: Annotated[
        Path,
        typer.Argument(metavar="PATH", help="File to write the copy to.", show_default=False),
    ],
    force: Annotated[
        bool, typer.Option("--force", help="Replace PATH if it already exists.")
    ] = False,
    db_path: DbOption = None,
) -> None:
    """Copy the archive to PATH: one consistent snapshot, safe while clippers write.

    Example: clipper db backup ~/backups/clippings-2025-03-01.db
    """
    from clipper.cli.paths import resolve_db_path
    from clipper.store import backup_db, count_clippings

    source, _ = resolve_db_path(db_path)
    _must_exist(source, "back up")
    db = open_archive(db_path)
    written = backup_db(db, source, target, force=force)
    size = written.stat().st_size / 1_000_000
    typer.echo(
        printable(
            f"Backed up {count_clippings(db):,} clippings ({size:,.1f} MB) to {written}.",
            single_line=True,
        ),
        err=True,
    )


@db_app.command("check")
def db_check_command(as_json: JsonOption = False, db_path: DbOption = None) -> None:
    """Check the archive: SQLite integrity, links, search index, raw sources.

    Exits with status 6 when any check fails. Example: clipper db check
    """
    from clipper.cli.paths import resolve_db_path
    from clipper.store import check_db

    path, _ = resolve_db_path(db_path)
    _must_exist(path, "check")
    checks = check_db(open_archive(db_path))
    failed = [c for c in checks if not c.ok]
    if as_json:
        print_json(
            {
                "database": str(path),
                "ok": not failed,
                "checks": [{"name": c.name, "ok": c.ok, "detail": c.detail} for c in checks],
            }
        )
    else:
        for c in checks:
            status = "ok" if c.ok else "FAILED"
            typer.echo(f"{status:<7}{c.name:<14}{printable(c.detail, single_line=True)}")
        verdict = f"{len(failed)} checks failed" if failed else "no problems found"
        typer.echo(printable(f"{path}: {verdict}.", single_line=True))
    if failed:
        raise typer.Exit(int(ExitStatus.DATABASE))


def _must_exist(path: Path, doing: str) -> None:
    """Backing up or checking an archive that isn't there would only create an empty one."""
    if not path.exists():
        raise DatabaseError(
            f"There is no archive at {path}, so nothing to {doing}. "
            "'clipper db path' shows which file clipper uses."
        )
