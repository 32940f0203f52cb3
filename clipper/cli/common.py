"""What every command shares: the app, its error handling, shared options, helpers.

Command modules (``cli_clip``, ``cli_browse``, ``cli_curate``, ``cli_db``) register
their commands on :data:`app`; ``clipper.cli`` imports them all.
"""

import os
import re
from contextlib import AbstractContextManager
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Literal, NoReturn, overload

import typer
from typer.core import TyperGroup
from typer.exceptions import TyperException

from clipper import __version__, errors
from clipper.errors import ClipperError, ExitStatus

if TYPE_CHECKING:
    from sqlite_utils import Database

    from clipper.store.connection import Archive


class ClipperGroup(TyperGroup):
    """Translates clipper's errors into one line on stderr and an exit code."""

    # The context click hands a TyperGroup is always the typer.Context it made;
    # the base class names its own (vendored click's) Context, a supertype.
    def invoke(self, ctx: typer.Context) -> Any:  # type: ignore[override]
        try:
            return super().invoke(ctx)
        except ClipperError as exc:
            _fail(hinted(exc), exc.exit_status)
        except KeyboardInterrupt:
            _fail("Interrupted; nothing half-written was stored.", ExitStatus.INTERRUPTED)
        except (typer.Exit, typer.Abort, TyperException):
            raise  # click's own usage errors and exits print and exit by themselves
        except Exception as exc:  # noqa: BLE001 - the last resort for bugs, shown once
            if os.environ.get("CLIPPER_TRACEBACK"):
                import traceback

                traceback.print_exc()
            _fail(
                f"unexpected error: {type(exc).__name__}: {exc}. This is a bug in clipper; "
                "run again with --traceback and report what it prints.",
                ExitStatus.ERROR,
            )


# What to do next, in the command line's own terms, for errors whose message (the
# core's) can't name an option. Keyed by error class; a subclass takes its own
# hint, else its nearest base class's.
HINTS: dict[type[ClipperError], str] = {
    errors.ArchiveUnusable: "Choose another file with --db or CLIPPER_DB.",
    errors.BrowserNotFound: "Or give its path with --browser-path.",
    errors.AlreadyExists: "Use --force to replace it.",
    errors.ClippingNotFound: "Run 'clipper list' to see the ids.",
    errors.EmptyTitle: "Use --reset title to go back to the page's.",
    errors.EpubNeedsFile: "Give it with -o FILE.epub.",
    errors.FeedNameTaken: "Choose another --name.",
    errors.HighlightExists: "Remove it first with --remove HID to change its note.",
    errors.HighlightNotFound: "'clipper highlight ID --list' shows them.",
    errors.NeedsFolder: "Give a folder with -o DIR, or use --format json or jsonl.",
    errors.NotRenderable: "Clip it without --render.",
    errors.QueryError: "Without --raw any text is accepted.",
    errors.RefusedPage: "Use --force to store it anyway.",
    errors.RenderTimeout: "Try a longer --timeout.",
    errors.SelectionError: "Give IDs, or --search / --tag, or --all.",
    errors.UpdateRunning: "Or add --wait to wait for the other to finish.",
}
BUG_HINT = "Run again with --traceback and report what it prints."


def hinted(exc: ClipperError) -> str:
    """The error's message, with the option that helps when there is one."""
    hint = next((HINTS[c] for c in type(exc).__mro__ if c in HINTS), None)
    return f"{exc} {hint}" if hint else str(exc)


def hint_for(error_type: str | None) -> str | None:
    """The hint for an error known only by its class name (a batch item's), if any."""
    from clipper.batch import BUG

    if error_type == BUG:
        return BUG_HINT
    return next((hint for cls, hint in HINTS.items() if cls.__name__ == error_type), None)


def _fail(message: str, status: ExitStatus) -> NoReturn:
    from clipper.untrusted import printable

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
    help="The archive itself: where it is, a consistent backup, a health check.",
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


IdArgument = Annotated[
    int,
    typer.Argument(metavar="ID", help="The clipping's id (see clipper list).", show_default=False),
]
# Shared by every command that runs a batch (clip, feed update).
JobsOption = Annotated[
    int | None,
    typer.Option(
        "--jobs",
        "-j",
        min=1,
        metavar="N",
        help="Extract N pages at once in parallel processes (default: the jobs setting, "
        "else the number of cores); pages are fetched up to 4×N at a time, at most 2 per site.",
        show_default=False,
    ),
]
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


def filters_from(
    site: str | None,
    author: str | None,
    tags: list[str] | None,
    since: str | None,
    until: str | None,
    lang: str | None,
) -> Any:
    from clipper.models import Filters

    if since or until:
        from clipper.cli.dates import parse_bound
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


@overload
def open_archive(
    db_path: Path | None, *, reading: bool = ..., light: Literal[False] = ...
) -> AbstractContextManager["Database"]: ...
@overload
def open_archive(
    db_path: Path | None, *, reading: bool = ..., light: bool
) -> AbstractContextManager["Archive"]: ...
def open_archive(
    db_path: Path | None, *, reading: bool = False, light: bool = False
) -> AbstractContextManager["Archive"]:
    """The archive to use, for a with block that closes it, however the block ends.

    Commands that only read don't create one where none is: they see an empty
    archive (so a mistyped --db leaves no stray file behind). Commands whose
    every read and edit is plain SQL (``light``: list, show, search, stats,
    tag) get the archive through ``store.open_light`` (the standard library's
    sqlite3 while the schema is current, no sqlite-utils table API); the others
    through ``store.open_db``. Either way the connection is closed when the
    block ends.
    """
    from clipper.cli.paths import resolve_db_path

    path, _ = resolve_db_path(db_path)
    if reading and not path.exists():
        from clipper.store import archive

        return archive(":memory:")
    if light:
        from clipper.store import light_archive

        return light_archive(path)
    from clipper.store import archive

    return archive(path)


def print_json(data: Any) -> None:
    """Readable JSON on stdout; C1 control characters (which JSON leaves raw) escaped."""
    typer.echo(json_text(data, indent=2))


# C1 control characters: json.dumps escapes C0 controls itself, but with
# ensure_ascii=False these pass raw, and a terminal obeys some of them.
_C1 = "[\x80-\x9f]"


def json_text(data: Any, *, indent: int | None = None) -> str:
    """JSON with non-ASCII text as is but every control character escaped."""
    import json

    text = json.dumps(data, ensure_ascii=False, indent=indent)
    return re.sub(_C1, lambda m: f"\\u{ord(m.group()):04x}", text)


def console(stderr: bool = False) -> Any:
    from rich.console import Console

    return Console(stderr=stderr, highlight=False, emoji=False, markup=False)


# --- commands ----------------------------------------------------------------
