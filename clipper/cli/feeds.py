"""`clipper feed`: follow RSS, Atom and JSON feeds and sitemaps, and clip what they publish."""

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from clipper.cli.common import (
    ClipperGroup,
    DbOption,
    JsonOption,
    app,
    console,
    json_text,
    open_archive,
    print_json,
)
from clipper.errors import ClipperError, ExitStatus, UsageError
from clipper.limits import DEFAULT_TIMEOUT

if TYPE_CHECKING:
    from rich.text import Text

    from clipper.batch import BatchSummary
    from clipper.feeds.update import Check
    from clipper.models import FeedSource

feed_app = typer.Typer(
    cls=ClipperGroup,
    help="Follow feeds and sitemaps: add, list, update (clip what is new), import, export.",
    no_args_is_help=True,
    rich_markup_mode=None,
)
app.add_typer(feed_app, name="feed")

NameArgument = Annotated[
    str,
    typer.Argument(
        metavar="NAME|ID", help="The feed's name or id (see clipper feed list).", show_default=False
    ),
]
TimeoutOption = Annotated[
    float,
    typer.Option(min=0.1, metavar="SECONDS", help="Seconds to wait for a server before giving up."),
]
UserAgentOption = Annotated[
    str | None,
    typer.Option(
        "--user-agent",
        metavar="TEXT",
        envvar="CLIPPER_USER_AGENT",
        help="User-Agent header for fetching. Default: clipper/VERSION; also $CLIPPER_USER_AGENT.",
        show_default=False,
    ),
]


@feed_app.command("add")
def add(
    urls: Annotated[
        list[str],
        typer.Argument(
            metavar="URL",
            help="A feed (RSS, Atom, JSON Feed), a sitemap or sitemap index, or a site's page "
            "whose feed is to be found.",
            show_default=False,
        ),
    ],
    tag: Annotated[
        list[str] | None,
        typer.Option(
            "--tag", "-t", metavar="TAG", help="Tag every clipping from this feed (repeatable)."
        ),
    ] = None,
    name: Annotated[
        str | None,
        typer.Option(
            metavar="NAME",
            help="Call the feed NAME (default: from its title or site).",
            show_default=False,
        ),
    ] = None,
    timeout: TimeoutOption = DEFAULT_TIMEOUT,
    user_agent: UserAgentOption = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print each feed added as JSON.")] = False,
    db_path: DbOption = None,
) -> None:
    """Follow feeds: each URL is a feed, a sitemap, or a page whose feed is found.

    From a page, the feed is the one it links to (<link rel="alternate">), else
    one at a usual address (/feed, /rss, /atom.xml...). Nothing is clipped
    until clipper feed update.

    Example: clipper feed add https://example.com/ --tag energy
    """
    from clipper.curate import clean_tags
    from clipper.feeds.discover import FetchSettings
    from clipper.feeds.follow import follow
    from clipper.untrusted import printable

    if name is not None and len(urls) > 1:
        raise UsageError("--name names one feed: give one URL with it.")
    tags = tuple(clean_tags(tag or ()))
    settings = FetchSettings(timeout=timeout, user_agent=user_agent)
    db = open_archive(db_path)
    failures: list[ClipperError] = []
    try:
        for url in urls:
            try:
                added = follow(db, url, settings, name=name, tags=tags)
            except ClipperError as exc:
                if len(urls) == 1:
                    raise
                failures.append(exc)
                typer.echo(f"clipper: {printable(str(exc), single_line=True)}", err=True)
                continue
            if as_json:
                sys.stdout.write(json_text({**added.source.to_json(), "found": added.how}) + "\n")
            else:
                console().print(_added_line(added), soft_wrap=True)
    finally:
        db.close()
    if failures:
        raise typer.Exit(int(ExitStatus.PARTIAL))


@feed_app.command("list")
def list_(as_json: JsonOption = False, db_path: DbOption = None) -> None:
    """List the feeds followed: title, address, kind, tags, when checked, entries, state.

    Example: clipper feed list --json
    """
    from clipper.store import list_sources

    db = open_archive(db_path, reading=True)
    sources = list_sources(db)
    if as_json:
        print_json([s.to_json() for s in sources])
        return
    if not sources:
        typer.echo("No feeds followed yet. Add one with: clipper feed add URL", err=True)
        return
    console().print(_source_table(sources))


@feed_app.command("rm")
def rm(
    names: Annotated[
        list[str],
        typer.Argument(
            metavar="NAME|ID", help="Feeds to stop following (names or ids).", show_default=False
        ),
    ],
    db_path: DbOption = None,
) -> None:
    """Stop following feeds; the clippings made from them stay in the archive.

    Example: clipper feed rm harbour-gazette
    """
    from clipper.store import get_source, remove_source
    from clipper.untrusted import printable

    # reading=True: with no archive there is no feed to find, and no file is created.
    db = open_archive(db_path, reading=True)
    try:
        sources = [get_source(db, n) for n in names]  # all known, or nothing is removed
        for source in dict((s.id, s) for s in sources).values():
            remove_source(db, source.id)
            typer.echo(
                f"Stopped following {printable(source.name, single_line=True)}; its "
                f"{source.clipped:,} clipping{'s' * (source.clipped != 1)} stay in the archive.",
                err=True,
            )
    finally:
        db.close()


@feed_app.command("edit")
def edit(
    feed: NameArgument,
    name: Annotated[
        str | None, typer.Option(metavar="NAME", help="Rename the feed.", show_default=False)
    ] = None,
    tag: Annotated[
        list[str] | None,
        typer.Option(
            "--tag", "-t", metavar="TAG", help="Add a tag for its future clippings (repeatable)."
        ),
    ] = None,
    untag: Annotated[
        list[str] | None,
        typer.Option("--untag", metavar="TAG", help="Remove a tag (repeatable)."),
    ] = None,
    pause: Annotated[
        bool | None,
        typer.Option(
            "--pause/--resume",
            help="Pause the feed (feed update skips it unless named) or resume it.",
            show_default=False,
        ),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the feed as JSON.")] = False,
    db_path: DbOption = None,
) -> None:
    """Rename a feed, change its tags, pause or resume it.

    Example: clipper feed edit harbour-gazette --tag ports --untag misc --pause
    """
    from clipper.curate import clean_tags
    from clipper.store import check_name, edit_source, get_source

    add_tags = tuple(clean_tags(tag or ()))
    db = open_archive(db_path, reading=True)  # no archive: no such feed, and no file made
    try:
        source = get_source(db, feed)
        edited = edit_source(
            db,
            source.id,
            name=check_name(name) if name is not None else None,
            add_tags=add_tags,
            remove_tags=tuple(untag or ()),
            paused=pause,
        )
    finally:
        db.close()
    if as_json:
        print_json(edited.to_json())
        return
    console().print(_source_table([edited]))


@feed_app.command("update")
def update(
    names: Annotated[
        list[str] | None,
        typer.Argument(
            metavar="[NAME|ID]...",
            help="Update only these feeds (default: every feed not paused).",
            show_default=False,
        ),
    ] = None,
    jobs: Annotated[
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
    ] = None,
    since: Annotated[
        str | None,
        typer.Option(
            metavar="DATE",
            help="Don't clip entries dated before DATE (2025-03-01, 2025-03, or 7d/2w/3m ago). "
            "Default: 7 days ago, on a feed's first update only.",
            show_default=False,
        ),
    ] = None,
    limit: Annotated[
        int | None,
        typer.Option(
            "--limit",
            "-n",
            min=1,
            metavar="N",
            help="Clip at most N entries per feed, newest first (on a first update, default "
            "100, the rest are marked seen; later, the rest wait for the next update).",
            show_default=False,
        ),
    ] = None,
    delay: Annotated[
        float,
        typer.Option(min=0.0, metavar="SECONDS", help="Wait between requests to the same site."),
    ] = 0.5,
    timeout: TimeoutOption = DEFAULT_TIMEOUT,
    user_agent: UserAgentOption = None,
    wait_for_other: Annotated[
        bool,
        typer.Option(
            "--wait",
            help="If another feed update is running on this archive, wait for it to finish "
            "(default: say so and do nothing).",
        ),
    ] = False,
    as_json: Annotated[
        bool,
        typer.Option(
            "--json", help="Print one JSON object per line: each feed checked, then each entry."
        ),
    ] = False,
    db_path: DbOption = None,
) -> None:
    """Check feeds and clip every entry not seen before.

    Each feed costs one request, a 304 when unchanged. New entries are clipped
    as a batch, like clipper clip (progress bar, politeness per site, failures
    retried next time, safe to interrupt and run again), tagged with the
    feed's tags; an entry is clipped once, ever. A feed's first update clips
    at most 100 entries of the last 7 days (see --since, --limit). Exits with 7
    if a feed or an entry failed. Two updates never run at once on one
    archive: the second says so and stops (or waits, with --wait).

    Example: clipper feed update --since 2d
    """
    from clipper.cli.dates import parse_bound
    from clipper.cli.paths import resolve_db_path
    from clipper.feeds.discover import FetchSettings
    from clipper.feeds.lock import update_lock
    from clipper.feeds.update import Update, UpdateOptions

    options = UpdateOptions(
        fetch=FetchSettings(timeout=timeout, user_agent=user_agent),
        since=parse_bound(since, end=False) if since else None,
        limit=limit,
    )
    path, _ = resolve_db_path(db_path)
    if not path.exists():  # no archive yet, so no feeds: create nothing
        typer.echo("No feeds to update. Add one with: clipper feed add URL", err=True)
        return
    with update_lock(path, wait=wait_for_other):
        db = open_archive(db_path)
        try:
            run = Update(db, options)
            checks = run.check(list(names or ()), lambda c: _report_check(c, as_json))
            if not checks:
                typer.echo("No feeds to update. Add one with: clipper feed add URL", err=True)
                return
            items = run.items()
            summary = None
            if items:  # the batch's stages load only when there is something to clip
                from clipper import config
                from clipper.batch import BatchOptions, default_jobs
                from clipper.pipeline import ClipOptions

                jobs = config.get("jobs", jobs)  # --jobs, else $CLIPPER_JOBS, else the file

                batch_options = BatchOptions(
                    clip=ClipOptions(timeout=timeout, user_agent=user_agent),
                    jobs=min(jobs or default_jobs(), len(items)),
                    delay=delay,
                )
                summary = _clip_entries(run, items, batch_options, as_json=as_json)
        finally:
            db.close()
    failed_feeds = sum(c.status == "failed" for c in checks)
    if not as_json:
        console(stderr=True).print(_update_summary(checks, summary), soft_wrap=True)
    if failed_feeds or (summary is not None and summary.failed):
        raise typer.Exit(int(ExitStatus.PARTIAL))


@feed_app.command("import")
def import_(
    file: Annotated[
        Path,
        typer.Argument(
            metavar="FILE.opml",
            help="An OPML file exported from a feed reader (- for stdin).",
            show_default=False,
            allow_dash=True,
        ),
    ],
    tag: Annotated[
        list[str] | None,
        typer.Option("--tag", "-t", metavar="TAG", help="Tag every feed imported (repeatable)."),
    ] = None,
    db_path: DbOption = None,
) -> None:
    """Follow every feed an OPML file lists; its folders become tags.

    Feeds already followed are left as they are. Nothing is fetched until
    clipper feed update.

    Example: clipper feed import subscriptions.opml --tag reader
    """
    from clipper.curate import clean_tags
    from clipper.feeds.follow import import_opml

    tags = tuple(clean_tags(tag or ()))
    body = _read_opml(file)
    db = open_archive(db_path)
    try:
        result = import_opml(db, body, str(file), tags=tags)
    finally:
        db.close()
    typer.echo(
        f"Imported {result.added:,} feed{'s' * (result.added != 1)} from {file}"
        + (f" ({result.known:,} followed already)" if result.known else "")
        + ". Clip their new entries with: clipper feed update",
        err=True,
    )


@feed_app.command("export")
def export(
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            metavar="FILE",
            dir_okay=False,
            help="Write to FILE instead of stdout.",
        ),
    ] = None,
    db_path: DbOption = None,
) -> None:
    """Write the feeds followed as OPML 2.0, for a feed reader (tags as categories).

    Example: clipper feed export -o feeds.opml
    """
    from clipper.feeds.opml import write_opml
    from clipper.store import list_sources

    text = write_opml(list_sources(open_archive(db_path, reading=True)))
    if output is None:
        sys.stdout.write(text)
        return
    try:
        output.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise UsageError(f"Can't write {output}: {exc.strerror}.") from None
    typer.echo(f"Wrote {output}.", err=True)


# --- helpers -----------------------------------------------------------------


def _read_opml(file: Path) -> bytes:
    from clipper.limits import DEFAULT_MAX_BYTES

    try:
        if str(file) == "-":
            body = sys.stdin.buffer.read(DEFAULT_MAX_BYTES + 1)
        else:
            with file.expanduser().open("rb") as handle:
                body = handle.read(DEFAULT_MAX_BYTES + 1)
    except FileNotFoundError:
        from clipper.errors import SourceNotFound

        raise SourceNotFound(f"{file} doesn't exist. Check the path.") from None
    except OSError as exc:
        from clipper.errors import SourceNotFound

        raise SourceNotFound(f"Can't read {file}: {exc.strerror}.") from None
    if len(body) > DEFAULT_MAX_BYTES:
        raise UsageError(f"{file} is over the {DEFAULT_MAX_BYTES:,}-byte limit for an OPML file.")
    return body


def _clip_entries(run: Any, items: Any, options: Any, *, as_json: bool) -> "BatchSummary":
    """The batch of new entries, shown as clip shows a batch: progress, a line per item."""
    from clipper.cli.clip import show_batch

    return show_batch(
        run.db,
        options,
        items,
        lambda batch, report: run.clip(batch, items, report),
        as_json=as_json,
        interrupted=lambda done: (
            f"interrupted after {done:,} of {len(items):,} entries; "
            "everything stored is complete. Run clipper feed update again to finish."
        ),
    )


def _report_check(check: "Check", as_json: bool) -> None:
    from clipper.untrusted import printable

    if as_json:
        sys.stdout.write(json_text(check.to_json()) + "\n")
        return
    name = printable(check.source, single_line=True)
    if check.status == "failed":
        typer.echo(f"clipper: feed {name}: {printable(check.error, single_line=True)}", err=True)
    if check.moved_to:
        typer.echo(
            f"clipper: feed {name} moved for good to "
            f"{printable(check.moved_to, single_line=True)}; its address is updated.",
            err=True,
        )


def _update_summary(checks: list["Check"], summary: "BatchSummary | None") -> Any:
    from rich.console import Group
    from rich.text import Text

    counts = {s: sum(c.status == s for c in checks) for s in ("new", "unchanged", "failed")}
    quiet = len(checks) - sum(counts.values())
    new = sum(c.new for c in checks)
    parts = []  # only what happened: "1 unchanged", not "0 new entries in 0, 1 unchanged..."
    if counts["new"]:
        parts.append(f"{new:,} new entr{'ies' if new != 1 else 'y'} in {counts['new']:,}")
    if counts["unchanged"]:
        parts.append(f"{counts['unchanged']:,} unchanged")
    if quiet:
        parts.append(f"{quiet:,} with nothing new")
    if counts["failed"]:
        parts.append(f"{counts['failed']:,} failed")
    passed = sum(c.passed for c in checks)
    head = f"Checked {len(checks):,} feed{'s' * (len(checks) != 1)}: " + ", ".join(parts) + "."
    if passed:
        head += f" {passed:,} older entr{'ies' if passed != 1 else 'y'} marked seen, not clipped."
    lines: list[Any] = [Text(head, style="bold")]
    if summary is not None:
        lines.append(_entries_summary(summary))
    return Group(*lines)


def _entries_summary(summary: "BatchSummary") -> Any:
    """What clipping the entries did: the batch's summary, counted in entries."""
    from rich.console import Group
    from rich.text import Text

    from clipper.cli.render import batch_details

    counts = [f"{summary.added:,} clipped"]
    if summary.updated:
        counts.append(f"{summary.updated:,} updated")
    if summary.skipped:
        counts.append(f"{summary.skipped:,} in the archive already")
    if summary.duplicates:
        counts.append(f"{summary.duplicates:,} duplicate{'s' * (summary.duplicates != 1)}")
    if summary.failed:
        counts.append(f"{summary.failed:,} failed (tried again next update)")
    noun = "entry" if summary.total == 1 else "entries"
    head = Text(f"{summary.total:,} {noun}: " + ", ".join(counts) + ".")
    return Group(head, *batch_details(summary))


def _added_line(added: Any) -> "Text":
    from rich.text import Text

    source = added.source
    line = Text("Following ", style="green")
    line.append(source.name, style="bold")
    kind = KIND_NAMES.get(source.kind or "", source.kind or "feed")
    entries = added.entries
    line.append(f": {kind}, {entries:,} entr{'ies' if entries != 1 else 'y'} now")
    if source.title:
        line.append(" — ")
        line.append(_plain(source.title))
    line.append(f"\n  {_plain(source.url)}", style="dim")
    if added.how != "given":
        line.append(f" ({_plain(added.how)})", style="dim")
    return line


KIND_NAMES = {
    "rss": "RSS feed",
    "atom": "Atom feed",
    "json": "JSON Feed",
    "sitemap": "sitemap",
    "news-sitemap": "news sitemap",
    "sitemap-index": "sitemap index",
}


def _plain(text: str | None) -> str:
    from clipper.untrusted import printable

    return printable(text, single_line=True)


def _source_table(sources: list["FeedSource"]) -> Any:
    from rich.table import Table
    from rich.text import Text

    table = Table(show_lines=False, pad_edge=False)
    for column in ("id", "name", "title / address", "kind", "tags", "checked", "last new"):
        table.add_column(column, overflow="fold")
    table.add_column("clipped of entries", justify="right")
    table.add_column("state", overflow="fold")
    for s in sources:
        where = Text(_plain(s.title) or "(untitled)")
        where.append("\n" + _plain(s.url), style="dim")
        state = Text(_plain(s.state)[:200], style="green" if s.state == "ok" else "red")
        if s.state in ("new", "paused"):
            state.stylize("yellow")
        table.add_row(
            str(s.id),
            Text(_plain(s.name)),
            where,
            s.kind or "?",
            Text(_plain(", ".join(s.tags))),
            _when(s.checked_at),
            _when(s.last_new_at),
            f"{s.clipped:,} of {s.entries:,}" + (f" (+{s.pending:,} to do)" if s.pending else ""),
            state,
        )
    return table


def _when(value: str | None) -> str:
    return value[:16].replace("T", " ") if value else "never"
