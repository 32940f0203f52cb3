"""Curating and exporting: `tag`, `note`, `edit`, `rm`, `reextract`, `export`."""

import os
import sys
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from clipper.cli.common import (
    DbOption,
    IdArgument,
    JsonOption,
    app,
    open_archive,
    print_json,
)
from clipper.errors import ExitStatus, UsageError
from clipper.export.options import ExportFormat

if TYPE_CHECKING:
    from sqlite_utils import Database

    from clipper.curate import Reextraction
    from clipper.models import Clipping


def _safe(text: str | None) -> str:
    from clipper.untrusted import printable

    return printable(text, single_line=True)


def _tag_line(clipping: "Clipping") -> str:
    return f"#{clipping.id} tags: {_safe(', '.join(clipping.tags)) or '(none)'}"


# --- tag, note, edit ------------------------------------------------------------------


@app.command()
def tag(
    clipping_id: IdArgument,
    tags: Annotated[
        list[str],
        typer.Argument(metavar="TAG", help="Tags to add (or remove).", show_default=False),
    ],
    remove: Annotated[
        bool, typer.Option("--remove", "-r", help="Take these tags off instead of adding them.")
    ] = False,
    as_json: JsonOption = False,
    db_path: DbOption = None,
) -> None:
    """Add tags to a clipping, or take them off with --remove.

    Example: clipper tag 3 japan diplomacy
    """
    from clipper.curate import clean_tags
    from clipper.store import change_tags, get_clipping

    wanted = clean_tags(tags)
    with open_archive(db_path, light=True) as db:
        if remove:
            had = {t.casefold() for t in get_clipping(db, clipping_id).tags}
            for missing in (t for t in wanted if t.casefold() not in had):
                typer.echo(f"#{clipping_id} has no tag {_safe(missing)!r}.", err=True)
            clipping = change_tags(db, clipping_id, remove=wanted)
        else:
            clipping = change_tags(db, clipping_id, add=wanted)
    if as_json:
        print_json({"id": clipping.id, "tags": clipping.tags})
    else:
        typer.echo(_tag_line(clipping))


@app.command()
def note(
    clipping_id: IdArgument,
    text: Annotated[
        str | None,
        typer.Argument(
            metavar="TEXT",
            help="The note; - reads it from stdin. Without TEXT, --edit or --clear, prints the note.",
            show_default=False,
        ),
    ] = None,
    edit_: Annotated[
        bool, typer.Option("--edit", "-e", help="Write the note in $EDITOR (empty: no change).")
    ] = False,
    clear: Annotated[bool, typer.Option("--clear", help="Remove the note.")] = False,
    db_path: DbOption = None,
) -> None:
    """Set, edit, print or remove a clipping's note.

    Example: clipper note 3 "Compare with the 2016 summit coverage."
    """
    if sum((text is not None, edit_, clear)) > 1:
        raise UsageError("Give the note as TEXT, or --edit, or --clear: only one of them.")
    with open_archive(db_path) as db:
        _note(db, clipping_id, text, edit_=edit_, clear=clear)


def _note(db: "Database", clipping_id: int, text: str | None, *, edit_: bool, clear: bool) -> None:
    from clipper.store import get_clipping, set_note

    current = get_clipping(db, clipping_id).note
    if text is None and not edit_ and not clear:
        if current:
            from clipper.untrusted import printable

            typer.echo(printable(current))
        else:
            typer.echo(f"#{clipping_id} has no note.", err=True)
        return
    if clear:
        set_note(db, clipping_id, None)
        typer.echo(f"Removed the note of #{clipping_id}.", err=True)
        return
    if edit_:
        import click  # typer's own dependency; typer has no edit() of its own

        edited = click.edit(current or "", extension=".md", require_save=True)
        if edited is None or not edited.strip():
            typer.echo(f"Note of #{clipping_id} unchanged.", err=True)
            return
        text = edited
    if text == "-":
        text = sys.stdin.read()
    value = (text or "").strip()
    if not value:
        raise UsageError("The note is empty; use --clear to remove a note.")
    set_note(db, clipping_id, value)
    typer.echo(f"Saved the note of #{clipping_id}.", err=True)


class Field(Enum):
    title = "title"
    authors = "authors"
    published = "published"
    all = "all"


@app.command()
def edit(
    clipping_id: IdArgument,
    title: Annotated[
        str | None, typer.Option(metavar="TEXT", help="The right title.", show_default=False)
    ] = None,
    author: Annotated[
        list[str] | None,
        typer.Option(
            "--author",
            "-a",
            metavar="NAME",
            help="An author (repeat for several; --author '' for none). Replaces the list.",
        ),
    ] = None,
    published: Annotated[
        str | None,
        typer.Option(metavar="DATE", help="The published date: 2025-03-03 or ISO 8601 with time."),
    ] = None,
    reset: Annotated[
        list[Field] | None,
        typer.Option(
            metavar="FIELD",
            help="Drop a correction and go back to what the page says (title, authors, "
            "published or all; repeatable).",
            case_sensitive=False,
        ),
    ] = None,
    as_json: JsonOption = False,
    db_path: DbOption = None,
) -> None:
    """Correct a clipping's title, authors or published date.

    Corrections are kept apart from what the page says, so re-extracting or
    clipping the page again never undoes them.

    Example: clipper edit 3 --title "Putin eyes Japan" --author "Alan Cullison"
    """
    from clipper.curate import edit as run_edit

    fields = [f.value for f in reset or ()]
    if title is None and author is None and published is None and not fields:
        raise UsageError("Nothing to change: give --title, --author, --published or --reset.")
    with open_archive(db_path) as db:
        clipping = run_edit(
            db, clipping_id, title=title, authors=author, published=published, reset=fields
        )
    if as_json:
        print_json(clipping.to_json())
        return
    from clipper.cli.common import console
    from clipper.cli.render import summary

    console().print(summary(clipping, created=False))


# --- rm ------------------------------------------------------------------------------


def _interactive() -> bool:
    """Whether a person can answer a question (tests replace this)."""
    return sys.stdin.isatty()


@app.command()
def rm(
    clipping_ids: Annotated[
        list[int],
        typer.Argument(metavar="ID", help="The clippings to delete.", show_default=False),
    ],
    yes: Annotated[
        bool, typer.Option("--yes", "-y", help="Don't ask; for scripts.", show_default=False)
    ] = False,
    db_path: DbOption = None,
) -> None:
    """Delete clippings with their tags, notes and stored pages; asks first.

    Example: clipper rm 3 7 --yes
    """
    from clipper.store import delete_clippings, get_clipping

    with open_archive(db_path) as db:
        doomed = [get_clipping(db, i) for i in dict.fromkeys(clipping_ids)]
        if yes or _confirmed(doomed):
            count = delete_clippings(db, [c.id for c in doomed])
        else:
            typer.echo("Nothing deleted.", err=True)
            return
    typer.echo(f"Deleted {count} clipping{'s' if count != 1 else ''}.", err=True)


def _confirmed(doomed: "list[Clipping]") -> bool:
    """Whether the person at the terminal says yes to deleting these clippings."""
    if not _interactive():
        raise UsageError(
            "Not deleting without a yes: nobody is at a terminal to answer. "
            "Add --yes to delete from a script."
        )
    for c in doomed:
        typer.echo(f"#{c.id} {_safe(c.title) or '(untitled)'}", err=True)
    n = len(doomed)
    question = f"Delete {'this clipping' if n == 1 else f'these {n} clippings'}?"
    return typer.confirm(question, err=True)


# --- reextract -----------------------------------------------------------------------


def _describe(value: Any) -> str:
    if isinstance(value, list):
        return _safe(", ".join(value)) or "(none)"
    if isinstance(value, int):
        return f"{value:,}"
    return repr(_safe(value)) if value else "(none)"


def _report_line(r: "Reextraction", *, dry_run: bool = False) -> str:
    line = _status_line(r, dry_run=dry_run)
    if r.detached:
        ids = ", ".join(str(i) for i in r.detached)
        verb = "would no longer be" if dry_run else "is no longer"
        line += (
            f" Highlight{'s' if len(r.detached) > 1 else ''} {ids}: the passage {verb} in the "
            "text (kept, shown as detached; see clipper highlight --list)."
        )
    return line


def _status_line(r: "Reextraction", *, dry_run: bool = False) -> str:
    head = f"#{r.id} {'would be ' if dry_run and r.status == 'updated' else ''}{r.status}"
    if r.status == "kept":
        if r.empty:
            return f"{head}: {_safe(r.reason)}; the stored text stays (nothing replaces it)."
        return f"{head}: {_safe(r.reason)}; the stored text stays (--force to replace it)."
    if r.status == "failed":
        return f"{head}: {_safe(r.reason)}"
    changes = "; ".join(
        "text changed"
        if c.field == "text"
        else f"{c.field} {_describe(c.before)} → {_describe(c.after)}"
        for c in r.changes
    )
    return f"{head}: {changes}" if changes else head


@app.command()
def reextract(
    clipping_ids: Annotated[
        list[int] | None,
        typer.Argument(metavar="ID", help="The clippings to rebuild.", show_default=False),
    ] = None,
    all_: Annotated[bool, typer.Option("--all", help="Rebuild every clipping.")] = False,
    force: Annotated[
        bool,
        typer.Option(
            "--force", help="Store the new extraction even when it is much shorter than the old."
        ),
    ] = False,
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Report what would change; store nothing.")
    ] = False,
    as_json: JsonOption = False,
    db_path: DbOption = None,
) -> None:
    """Rebuild clippings from their stored pages with the current extractor; no network.

    Tags, notes, corrections and clipped dates are kept. A new extraction that
    is empty or less than half as long as the stored one is not used unless
    --force is given.

    Example: clipper reextract --all
    """
    from clipper.curate import reextract_many

    if bool(clipping_ids) == all_:
        raise UsageError("Give the ids of the clippings to rebuild, or --all.")
    results = []
    with open_archive(db_path) as db:
        for result in reextract_many(
            db, None if all_ else clipping_ids, force=force, dry_run=dry_run
        ):
            results.append(result)
            if not as_json:
                typer.echo(_report_line(result, dry_run=dry_run))
    if as_json:
        from dataclasses import asdict

        print_json([asdict(r) for r in results])
    counts = {s: sum(r.status == s for r in results) for s in ("updated", "unchanged", "kept")}
    failed = sum(r.status == "failed" for r in results)
    typer.echo(
        f"{counts['updated']} {'would be ' if dry_run else ''}updated, "
        f"{counts['unchanged']} unchanged, {counts['kept']} kept as they were, {failed} failed."
        + (" Dry run: nothing was stored." if dry_run else ""),
        err=True,
    )
    if failed:
        raise typer.Exit(int(ExitStatus.PARTIAL))


# --- export --------------------------------------------------------------------------


@app.command()
def export(
    clipping_ids: Annotated[
        list[int] | None,
        typer.Argument(metavar="ID", help="The clippings to export.", show_default=False),
    ] = None,
    query: Annotated[
        str | None,
        typer.Option(
            "--search", "-s", metavar="QUERY", help="Export the clippings this search finds."
        ),
    ] = None,
    tag: Annotated[
        list[str] | None,
        typer.Option(
            "--tag",
            "-t",
            metavar="TAG",
            help="Export clippings with this tag (repeat: all of them).",
        ),
    ] = None,
    all_: Annotated[bool, typer.Option("--all", help="Export every clipping.")] = False,
    output: Annotated[
        str | None,
        typer.Option(
            "--output",
            "-o",
            metavar="PATH",
            help="A file for one clipping (or the book, with --format epub), or a folder for one "
            "file per clipping (several clippings, an existing folder, or a path ending in /); "
            "- for stdout. Default: the export_folder setting, else stdout.",
        ),
    ] = None,
    fmt: Annotated[
        ExportFormat,
        typer.Option(
            "--format",
            "-f",
            help="Markdown with front matter, JSON, JSON Lines, an HTML page, or one EPUB book "
            "of all of them.",
        ),
    ] = ExportFormat.markdown,
    template: Annotated[
        str | None,
        typer.Option(
            "--template",
            metavar="NAME|FILE",
            help="The Markdown note's template: clipper, obsidian, jekyll, hugo, or a Jinja2 "
            "file. Default: the template setting, else clipper.",
            show_default=False,
        ),
    ] = None,
    name: Annotated[
        str | None,
        typer.Option(
            "--name",
            metavar="TEMPLATE",
            help="File names in a folder, from {id} {slug} {published} {site} "
            "({published} is the clipped date when the page gave none). Default: the "
            "template's own name, else {published}-{slug}.",
            show_default=False,
        ),
    ] = None,
    title: Annotated[
        str | None,
        typer.Option("--title", metavar="TEXT", help="The EPUB book's title.", show_default=False),
    ] = None,
    assets_dir: Annotated[
        Path | None,
        typer.Option(
            "--assets",
            metavar="DIR",
            file_okay=False,
            help="Where Markdown notes' images go (clip --images keeps them), linked relatively "
            "from each note. Default: an assets/ folder next to the notes. HTML pages and EPUB "
            "books carry their images inside; JSON lists them.",
            show_default=False,
        ),
    ] = None,
    db_path: DbOption = None,
) -> None:
    """Export clippings as Markdown notes (from a template), JSON, JSON Lines, HTML or EPUB.

    Example: clipper export --tag japan --template obsidian -o ~/vault/Clippings/

    Example: clipper export --tag japan --format epub -o japan.epub

    Images kept with clip --images go beside Markdown notes, in an assets folder.

    Example: clipper export --all -o ~/vault/Clippings/ --assets ~/vault/Clippings/assets
    """
    from clipper import config
    from clipper.export.filenames import check_template
    from clipper.export.files import export_clippings, export_epub, select_clippings

    if name is not None:
        check_template(name)
    if template is not None and fmt is not ExportFormat.markdown:
        raise UsageError(f"--template is for Markdown notes, not --format {fmt.value}.")
    note = None
    if fmt is ExportFormat.markdown:
        from clipper.export.template import load_template

        # Checked before anything is read or written: a typo in a template is found at once.
        chosen = config.resolve("template", template, "--template")
        try:
            note = load_template(chosen.value)
        except UsageError as exc:
            if template is not None:
                raise
            # From the settings file or a variable: say which line to fix.
            raise UsageError(f"{chosen.origin}: {exc}") from None
    if output is None:
        folder = config.get("export_folder")
        output = None if folder is None or fmt is ExportFormat.epub else f"{folder}{os.sep}"
    elif output == "-":
        output = None
    ids = list(clipping_ids or ())
    with open_archive(db_path) as db:
        clippings = select_clippings(db, ids, query, list(tag or ()), all_)
        # Images are read from the archive as the files are written: inside the block.
        if not clippings:
            typer.echo("No clippings to export.", err=True)
            return
        from functools import partial

        from clipper.assets.export import Assets
        from clipper.store import get_image

        assets_folder = config.get("assets_folder", assets_dir)
        assets = Assets(
            partial(get_image, db), Path(assets_folder).expanduser() if assets_folder else None
        )
        if fmt is ExportFormat.epub:
            from clipper.export.epub import BookImage, book_title

            def book_images(clipping: "Clipping") -> list[BookImage]:
                return [BookImage(*image) for image in assets.book_images(clipping)]

            book = title or book_title(clippings, list(tag or ()), query)
            done = export_epub(clippings, output, title=book, images=book_images)
            n = len(clippings)
            typer.echo(f"Wrote {done.paths[0]} ({n:,} chapter{'s' * (n != 1)}).", err=True)
            return
        done = export_clippings(
            clippings, output, fmt, name, one_id=len(ids) == 1, note=note, assets=assets
        )
        if done.text is not None:
            sys.stdout.write(done.text)
        elif done.folder is None:
            typer.echo(f"Wrote {done.paths[0]}", err=True)
        else:
            files = "file" if len(done.paths) == 1 else "files"
            typer.echo(
                f"Exported {len(clippings)} to {done.folder} ({len(done.paths)} {files}).", err=True
            )
