"""The command line: parse arguments, call one function, render, map errors.

Heavy modules (readability, lxml, requests, rich renderables) are imported
inside the commands that need them so that ``--help`` and ``--version`` start
fast.
"""

from __future__ import annotations

import json
import os
import sys
import traceback
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, NoReturn

import typer
from typer.core import TyperGroup
from typer.exceptions import TyperException

from . import __version__
from .errors import ClipperError, ExitStatus

if TYPE_CHECKING:
    from sqlite_utils import Database


class ClipperGroup(TyperGroup):
    """Translates clipper's errors into one line on stderr and an exit code."""

    def invoke(self, ctx: typer.Context) -> Any:  # type: ignore[override]
        try:
            return super().invoke(ctx)
        except ClipperError as exc:
            _fail(str(exc), exc.exit_status)
        except KeyboardInterrupt:
            _fail("Interrupted; nothing half-written was stored.", ExitStatus.INTERRUPTED)
        except (typer.Exit, typer.Abort, TyperException):
            raise  # click's own usage errors and exits print and exit by themselves
        except Exception as exc:  # noqa: BLE001 - the last resort for bugs, shown once
            if os.environ.get("CLIPPER_TRACEBACK"):
                traceback.print_exc()
            _fail(
                f"unexpected error: {type(exc).__name__}: {exc}. This is a bug in clipper; "
                "run again with --traceback and report what it prints.",
                ExitStatus.ERROR,
            )


def _fail(message: str, status: ExitStatus) -> NoReturn:
    from .textsafe import printable

    typer.echo(f"clipper: {printable(message, single_line=True)}", err=True)
    raise typer.Exit(int(status))


app = typer.Typer(
    cls=ClipperGroup,
    help="Clip news articles into a searchable archive: clip, list, show, search, export.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)
db_app = typer.Typer(
    cls=ClipperGroup,
    help="The archive itself: where it is.",
    no_args_is_help=True,
    rich_markup_mode=None,
)
app.add_typer(db_app, name="db")

# --- options shared by several commands --------------------------------------

DbOption = Annotated[
    Path | None,
    typer.Option(
        "--db",
        metavar="PATH",
        help="Database file to use. Default: $CLIPPER_DB, else clippings.db in your data folder.",
        dir_okay=False,
        show_default=False,
    ),
]


class SortOrder(str, Enum):
    relevance = "relevance"
    newest = "newest"
    oldest = "oldest"


JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")]
LimitOption = Annotated[
    int, typer.Option("--limit", "-n", min=1, metavar="N", help="Show at most this many.")
]
OffsetOption = Annotated[
    int, typer.Option("--offset", min=0, metavar="N", help="Skip this many first (for paging).")
]
SiteOption = Annotated[
    str | None,
    typer.Option(metavar="SITE", help="Only this site: its name or web address (nytimes.com)."),
]
AuthorOption = Annotated[
    str | None, typer.Option(metavar="NAME", help="Only clippings whose authors include NAME.")
]
TagFilterOption = Annotated[
    list[str] | None,
    typer.Option(
        "--tag", "-t", metavar="TAG", help="Only clippings with this tag (repeat: all of them)."
    ),
]
SinceOption = Annotated[
    str | None,
    typer.Option(
        metavar="DATE",
        help="Only from this date on: 2025-03-01, 2025-03, 2025, or 7d/2w/3m/1y ago. "
        "Uses the published date, or the clipped date when the page gave none.",
    ),
]
UntilOption = Annotated[
    str | None,
    typer.Option(metavar="DATE", help="Only up to this date, included (same forms as --since)."),
]
LangOption = Annotated[
    str | None, typer.Option(metavar="LANG", help="Only this language (en, fr, ja, …).")
]


def _filters(
    site: str | None,
    author: str | None,
    tags: list[str] | None,
    since: str | None,
    until: str | None,
    lang: str | None,
) -> Any:
    from .dates import parse_bound
    from .models import Filters

    return Filters(
        site=site,
        author=author,
        tags=tuple(tags or ()),
        since=parse_bound(since, end=False) if since else None,
        until=parse_bound(until, end=True) if until else None,
        lang=lang,
    )


def _version(value: bool) -> None:
    if value:
        typer.echo(f"clipper {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, help="Show the version and exit."
        ),
    ] = False,
    show_traceback: Annotated[
        bool,
        typer.Option("--traceback", help="Show a full traceback for unexpected errors."),
    ] = False,
) -> None:
    """Clip news articles into a searchable archive.

    Example: clipper clip https://example.com/news/story.html
    """
    if show_traceback:
        os.environ["CLIPPER_TRACEBACK"] = "1"


def _open(db_path: Path | None) -> Database:
    from .db import open_db
    from .paths import resolve_db_path

    path, _ = resolve_db_path(db_path)
    return open_db(path)


def _print_json(data: Any) -> None:
    typer.echo(json.dumps(data, ensure_ascii=False, indent=2))


def _console(stderr: bool = False) -> Any:
    from rich.console import Console

    return Console(stderr=stderr, highlight=False, emoji=False, markup=False)


# --- commands ----------------------------------------------------------------


@app.command()
def clip(
    sources: Annotated[
        list[str],
        typer.Argument(
            metavar="SOURCE",
            help="URLs (http/https), files (saved .html pages or text dumps), or - for stdin.",
            show_default=False,
        ),
    ],
    tag: Annotated[
        list[str] | None,
        typer.Option("--tag", "-t", metavar="TAG", help="Tag the clipping (repeat for more tags)."),
    ] = None,
    timeout: Annotated[
        float,
        typer.Option(
            min=0.1, metavar="SECONDS", help="Seconds to wait for a server before giving up."
        ),
    ] = 20.0,
    encoding: Annotated[
        str | None,
        typer.Option(
            metavar="CHARSET",
            help="Character set of a file or stdin when it is mis-detected, e.g. cp1252.",
        ),
    ] = None,
    dry_run: Annotated[
        bool,
        typer.Option(
            "--dry-run",
            help="Show what would be stored and every line that was stripped, and why; store nothing.",
        ),
    ] = False,
    as_json: JsonOption = False,
    db_path: DbOption = None,
) -> None:
    """Clip articles from URLs, saved pages, text dumps or stdin into the archive.

    Example: clipper clip https://example.com/news/story.html --tag japan
    """
    from .pipeline import ClipOptions
    from .pipeline import clip as clip_source

    options = ClipOptions(timeout=timeout, encoding=encoding)
    tags = tuple(tag or ())
    if dry_run:
        _dry_run(sources, options, tags, as_json=as_json)
        return
    db = _open(db_path)
    failures = 0
    for source in sources:
        try:
            result = clip_source(db, source, options, tags=tags)
        except ClipperError as exc:
            if len(sources) == 1:
                raise
            failures += 1
            typer.echo(f"clipper: {source}: {exc}", err=True)
            continue
        if as_json:
            _print_json(result.clipping.to_json())
        else:
            from .render import summary

            _console().print(summary(result.clipping, created=result.created))
    if failures:
        raise typer.Exit(int(ExitStatus.PARTIAL))


def _dry_run(sources: list[str], options: Any, tags: tuple[str, ...], *, as_json: bool) -> None:
    """Run every stage but storing, and show the result with what was removed."""
    from dataclasses import asdict

    from .pipeline import prepare

    for source in sources:
        prepared = prepare(source, options)
        article = prepared.article
        if as_json:
            data = asdict(article)
            data.pop("html")
            data.update(
                dry_run=True,
                source=source,
                url=prepared.url,
                tags=sorted({*tags, *article.tags}),
                word_count=article.word_count,
                encoding=prepared.decoded.encoding,
                encoding_source=prepared.decoded.encoding_source,
                stripped=[asdict(s) for s in article.stripped],
            )
            _print_json(data)
            continue
        from .render import dry_run_view

        _console().print(dry_run_view(source, prepared.decoded.text, article))


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
    from .db import list_clippings

    filters = _filters(site, author, tag, since, until, lang)
    clippings = list_clippings(_open(db_path), limit=limit, offset=offset, filters=filters)
    if as_json:
        _print_json([c.to_json() for c in clippings])
        return
    if not clippings:
        typer.echo("No clippings yet. Add one with: clipper clip URL-or-FILE", err=True)
        return
    from .render import clipping_table

    _console().print(clipping_table(clippings))


@app.command()
def show(
    clipping_id: Annotated[
        int,
        typer.Argument(
            metavar="ID", help="The clipping's id (see clipper list).", show_default=False
        ),
    ],
    as_json: JsonOption = False,
    db_path: DbOption = None,
) -> None:
    """Show one clipping: its metadata and clean text.

    Example: clipper show 3
    """
    from .db import get_clipping

    clipping = get_clipping(_open(db_path), clipping_id)
    if as_json:
        _print_json(clipping.to_json())
        return
    from .render import clipping_detail

    _console().print(clipping_detail(clipping))


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
    as_json: JsonOption = False,
    db_path: DbOption = None,
) -> None:
    """Full-text search, best match first (a title match counts most).

    Finds words in any language: English words are stemmed, case and accents
    are ignored, and Chinese, Japanese and Korean words are found inside
    sentences.

    Example: clipper search "kuril islands" --since 2019 --sort newest
    """
    from .db import search as run_search
    from .query import cjk_words, to_fts_query

    filters = _filters(site, author, tag, since, until, lang)
    fts_query = query if raw else to_fts_query(query)
    db = _open(db_path)
    if fts_query is None or not fts_query.strip():
        typer.echo(f"Nothing to search for in {query!r}: give at least one word.", err=True)
        hits = []
    else:
        hits = run_search(
            db, fts_query, limit=limit, offset=offset, sort=sort.value, filters=filters
        )
        if words := cjk_words(query):
            from .db import snippet_around

            hits = [snippet_around(db, hit, words) for hit in hits]
    if as_json:
        from .render import plain_snippet

        _print_json(
            [
                {
                    "id": h.id,
                    "title": h.title,
                    "url": h.url,
                    "source": h.source,
                    "site_name": h.site_name,
                    "published": h.published,
                    "clipped_at": h.clipped_at,
                    "snippet": plain_snippet(h.snippet),
                    "score": h.score,
                }
                for h in hits
            ]
        )
        return
    if not hits:
        if fts_query:
            typer.echo(f"No clippings match {query!r}.", err=True)
        return
    from .render import search_results

    _console().print(search_results(hits))


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

    markdown = to_markdown(get_clipping(_open(db_path), clipping_id))
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


@app.command()
def stats(db_path: DbOption = None) -> None:
    """Totals of the archive, clippings by site and by month, and its size on disk.

    Example: clipper stats
    """
    from .db import stats as read_stats
    from .paths import resolve_db_path

    path, _ = resolve_db_path(db_path)
    from .render import stats_view

    _console().print(stats_view(read_stats(_open(db_path), path), path))


@db_app.command("path")
def db_path_command(db_path: DbOption = None) -> None:
    """Print the database in use and what chose it (--db, CLIPPER_DB or the default).

    Example: clipper db path
    """
    from .paths import resolve_db_path

    path, why = resolve_db_path(db_path)
    typer.echo(str(path))
    typer.echo(f"(chosen by {why})", err=True)


def run() -> None:
    """Console-script entry point."""
    app(prog_name="clipper")


if __name__ == "__main__":
    run()
