"""`clipper feed`: follow RSS, Atom and JSON feeds and sitemaps, and clip what they publish."""

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from clipper.cli.common import (
    ClipperGroup,
    DbOption,
    JobsOption,
    JsonOption,
    app,
    console,
    hinted,
    json_text,
    open_archive,
    print_json,
)
from clipper.cli.feed_views import added_line, source_table, update_summary
from clipper.errors import ClipperError, ExitStatus, UsageError
from clipper.limits import DEFAULT_TIMEOUT

if TYPE_CHECKING:
    from clipper.batch import BatchSummary
    from clipper.feeds.update import Check

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
    failures: list[ClipperError] = []
    with open_archive(db_path) as db:
        for url in urls:
            try:
                added = follow(db, url, settings, name=name, tags=tags)
            except ClipperError as exc:
                if len(urls) == 1:
                    raise
                failures.append(exc)
                typer.echo(f"clipper: {printable(hinted(exc), single_line=True)}", err=True)
                continue
            if as_json:
                sys.stdout.write(json_text({**added.source.to_json(), "found": added.how}) + "\n")
            else:
                console().print(added_line(added), soft_wrap=True)
    if failures:
        raise typer.Exit(int(ExitStatus.PARTIAL))


@feed_app.command("list")
def list_(as_json: JsonOption = False, db_path: DbOption = None) -> None:
    """List the feeds followed: title, address, kind, tags, when checked, entries, state.

    Example: clipper feed list --json
    """
    from clipper.store import list_sources

    with open_archive(db_path, reading=True) as db:
        sources = list_sources(db)
    if as_json:
        print_json([s.to_json() for s in sources])
        return
    if not sources:
        typer.echo("No feeds followed yet. Add one with: clipper feed add URL", err=True)
        return
    console().print(source_table(sources))


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
    with open_archive(db_path, reading=True) as db:
        sources = [get_source(db, n) for n in names]  # all known, or nothing is removed
        for source in dict((s.id, s) for s in sources).values():
            remove_source(db, source.id)
            typer.echo(
                f"Stopped following {printable(source.name, single_line=True)}; its "
                f"{source.clipped:,} clipping{'s' * (source.clipped != 1)} stay in the archive.",
                err=True,
            )


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
    # reading=True: no archive, no such feed, and no file made
    with open_archive(db_path, reading=True) as db:
        source = get_source(db, feed)
        edited = edit_source(
            db,
            source.id,
            name=check_name(name) if name is not None else None,
            add_tags=add_tags,
            remove_tags=tuple(untag or ()),
            paused=pause,
        )
    if as_json:
        print_json(edited.to_json())
        return
    console().print(source_table([edited]))


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
    jobs: JobsOption = None,
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
    with update_lock(path, wait=wait_for_other), open_archive(db_path) as db:
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
    failed_feeds = sum(c.status == "failed" for c in checks)
    if not as_json:
        console(stderr=True).print(update_summary(checks, summary), soft_wrap=True)
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
    with open_archive(db_path) as db:
        result = import_opml(db, body, str(file), tags=tags)
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

    with open_archive(db_path, reading=True) as db:
        text = write_opml(list_sources(db))
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
