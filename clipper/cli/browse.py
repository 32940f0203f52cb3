"""Reading the archive: `list`, `show`, `search`, `stats`."""

from typing import TYPE_CHECKING, Annotated

import typer

from clipper.cli.common import (
    AuthorOption,
    DbOption,
    IdArgument,
    JsonOption,
    LangOption,
    LimitOption,
    OffsetOption,
    SinceOption,
    SiteOption,
    SortOrder,
    TagFilterOption,
    UntilOption,
    app,
    console,
    filters_from,
    open_archive,
    print_json,
)

if TYPE_CHECKING:
    from clipper.store.connection import Archive


@app.command("list")
def list_(
    limit: LimitOption = 20,
    offset: OffsetOption = 0,
    site: SiteOption = None,
    author: AuthorOption = None,
    tag: TagFilterOption = None,
    since: SinceOption = None,
    until: UntilOption = None,
    lang: LangOption = None,
    as_json: JsonOption = False,
    db_path: DbOption = None,
) -> None:
    """List clippings, newest first, optionally filtered.

    Example: clipper list --limit 5 --tag japan --since 30d
    """
    from clipper.store import list_clippings

    filters = filters_from(site, author, tag, since, until, lang)
    with open_archive(db_path, reading=True, light=True) as db:
        clippings = list_clippings(db, limit=limit, offset=offset, filters=filters)
    if as_json:
        print_json([c.to_json() for c in clippings])
        return
    if not clippings:
        if offset or filters != type(filters)():
            typer.echo("No clippings match these filters.", err=True)
        else:
            typer.echo("No clippings yet. Add one with: clipper clip URL-or-FILE", err=True)
        return
    _print_view("clipping_table", clippings)


@app.command()
def show(
    clipping_id: IdArgument,
    as_json: JsonOption = False,
    db_path: DbOption = None,
) -> None:
    """Show one clipping: its metadata and clean text.

    Example: clipper show 3
    """
    from clipper.store import get_clipping

    with open_archive(db_path, reading=True, light=True) as db:
        clipping = get_clipping(db, clipping_id)
    if as_json:
        print_json(clipping.to_json())
        return
    _print_view("clipping_detail", clipping)


@app.command()
def search(
    query: Annotated[
        str,
        typer.Argument(
            metavar="QUERY",
            help="Words to look for. Any text is safe; see --raw.",
            show_default=False,
        ),
    ],
    limit: LimitOption = 20,
    offset: OffsetOption = 0,
    sort: Annotated[
        SortOrder, typer.Option(help="Order of the results.", case_sensitive=False)
    ] = SortOrder.relevance,
    site: SiteOption = None,
    author: AuthorOption = None,
    tag: TagFilterOption = None,
    since: SinceOption = None,
    until: UntilOption = None,
    lang: LangOption = None,
    raw: Annotated[
        bool,
        typer.Option(
            "--raw", help='Pass the query to SQLite FTS5 as is (AND, OR, NEAR, "phrases", prefix*).'
        ),
    ] = False,
    highlights: Annotated[
        bool,
        typer.Option(
            "--highlights",
            help="Search your highlights (their passages and notes) instead of the clippings.",
        ),
    ] = False,
    as_json: JsonOption = False,
    db_path: DbOption = None,
) -> None:
    """Full-text search, best match first (a title match counts most).

    Finds words in any language: English words are stemmed, case and accents
    are ignored, and Chinese, Japanese and Korean words are found inside
    sentences. With --highlights, finds the passages you highlighted and
    their notes.

    Example: clipper search "kuril islands" --since 2019 --sort newest
    """
    from clipper.errors import EmptyQuery
    from clipper.models import SearchHit
    from clipper.store import find

    filters = filters_from(site, author, tag, since, until, lang)
    hits: list[SearchHit] = []
    with open_archive(db_path, reading=True, light=True) as db:
        if highlights:
            if filters != type(filters)() or offset or sort is not SortOrder.relevance:
                from clipper.errors import UsageError

                raise UsageError("--highlights takes a query and --limit, not filters or sorting.")
            _search_highlights(db, query, raw, limit, as_json)
            return
        try:
            hits = find(
                db, query, raw=raw, limit=limit, offset=offset, sort=sort.value, filters=filters
            )
        except EmptyQuery as exc:  # not a failure: there is simply nothing to find
            typer.echo(str(exc), err=True)
            empty = True
        else:
            empty = False
    if as_json:
        print_json([h.to_json() for h in hits])
        return
    if not hits:
        if not empty:
            typer.echo(f"No clippings match {query!r}.", err=True)
        return
    _print_view("search_results", hits)


def _search_highlights(db: "Archive", query: str, raw: bool, limit: int, as_json: bool) -> None:
    from clipper.errors import EmptyQuery
    from clipper.models import HighlightHit
    from clipper.store.highlights import find_highlights

    found: list[HighlightHit] = []
    try:
        found = find_highlights(db, query, raw=raw, limit=limit)
    except EmptyQuery as exc:  # not a failure: there is simply nothing to find
        typer.echo(str(exc), err=True)
        empty = True
    else:
        empty = False
    if as_json:
        print_json([h.to_json() for h in found])
        return
    if not found:
        if not empty:
            typer.echo(f"No highlights match {query!r}.", err=True)
        return
    from clipper.cli.render import highlight_results

    console().print(highlight_results(found))


@app.command()
def stats(db_path: DbOption = None) -> None:
    """Totals of the archive, clippings by site and by month, and its size on disk.

    Example: clipper stats
    """
    from clipper.cli.paths import resolve_db_path
    from clipper.store import stats as read_stats

    path, _ = resolve_db_path(db_path)
    with open_archive(db_path, reading=True, light=True) as db:
        found = read_stats(db, path)
    _print_view("stats_view", found, path)


def _print_view(view: str, *args: object) -> None:
    """Print ``render.<view>(*args)``; when stdout is no terminal, ``plain.<view>(*args, width)``.

    The plain path prints the same characters without loading rich's console;
    it answers None (or nothing) for what it can't lay out as rich would.
    """
    from clipper.cli import plain

    if (width := plain.plain_width()) and (shown := getattr(plain, view)(*args, width)):
        typer.echo(shown, nl=False)
        return
    from clipper.cli import render

    console().print(getattr(render, view)(*args))
