"""Highlights: `highlight ID "passage"`, `--list`, `--remove`."""

import sys
from typing import TYPE_CHECKING, Annotated

import typer

from clipper.cli.common import DbOption, IdArgument, JsonOption, app, open_archive, print_json
from clipper.errors import UsageError

if TYPE_CHECKING:
    from clipper.models import Highlight


def _line(h: "Highlight") -> str:
    from clipper.untrusted import printable

    passage = printable(h.passage, single_line=True)
    if len(passage) > 160:
        passage = passage[:159] + "…"
    line = f"{h.id:>4}  “{passage}”"
    if h.detached:
        line += "  (detached: no longer in the text)"
    if h.note:
        line += f"\n      note: {printable(h.note, single_line=True)}"
    return line


@app.command()
def highlight(
    clipping_id: IdArgument,
    passage: Annotated[
        str | None,
        typer.Argument(
            metavar="PASSAGE",
            help="Words of the clipping's text to keep (- reads them from stdin). Spacing, "
            "line breaks, case and curly quotes don't have to match.",
            show_default=False,
        ),
    ] = None,
    note: Annotated[
        str | None,
        typer.Option("--note", metavar="TEXT", help="A note of yours on this passage."),
    ] = None,
    list_: Annotated[
        bool, typer.Option("--list", "-l", help="List the clipping's highlights.")
    ] = False,
    remove: Annotated[
        int | None,
        typer.Option("--remove", metavar="HID", help="Remove the highlight with this id."),
    ] = None,
    as_json: JsonOption = False,
    db_path: DbOption = None,
) -> None:
    """Keep a passage of a clipping, checked against its text, with an optional note.

    Highlights show in 'clipper show', are found by 'clipper search
    --highlights', survive re-extraction and are exported (Markdown: a
    Highlights section of quotes; JSON: a list).

    Example: clipper highlight 3 "added a protected cycle lane" --note "Finally."
    """
    from clipper.store.highlights import add_highlight, delete_highlight, list_highlights

    modes = sum((passage is not None, list_, remove is not None))
    if modes != 1:
        raise UsageError("Give a PASSAGE to highlight, or --list, or --remove HID: one of them.")
    if note is not None and passage is None:
        raise UsageError("--note goes with a PASSAGE to highlight.")
    db = open_archive(db_path, reading=list_)
    if list_:
        found = list_highlights(db, clipping_id)
        if as_json:
            print_json([h.to_json() for h in found])
        elif not found:
            typer.echo(f"#{clipping_id} has no highlights.", err=True)
        for h in found if not as_json else ():
            typer.echo(_line(h))
        return
    if remove is not None:
        from clipper.store.highlights import get_highlight

        if get_highlight(db, remove).clipping_id != clipping_id:
            raise UsageError(f"Highlight {remove} belongs to another clipping, not #{clipping_id}.")
        delete_highlight(db, remove)
        typer.echo(f"Removed highlight {remove} of #{clipping_id}.", err=True)
        return
    text = sys.stdin.read() if passage == "-" else passage or ""
    made = add_highlight(db, clipping_id, text, note)
    if as_json:
        print_json(made.to_json())
        return
    typer.echo(f"Highlighted in #{clipping_id}:")
    typer.echo(_line(made))
