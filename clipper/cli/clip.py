"""`clipper clip`: sources in, clippings out."""

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from clipper.cli.common import (
    DbOption,
    JobsOption,
    JsonOption,
    app,
    console,
    json_text,
    open_archive,
    print_json,
)
from clipper.errors import ExitStatus, UsageError
from clipper.limits import DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from rich.progress import Progress, TaskID
    from sqlite_utils import Database

    from clipper.batch import Batch, BatchOptions, BatchSummary, ItemResult
    from clipper.sources.expand import Expansion, Item


@app.command()
def clip(
    sources: Annotated[
        list[str] | None,
        typer.Argument(
            metavar="SOURCE",
            help="URLs (http/https), files (saved .html pages or text dumps), folders of "
            "them, Netscape bookmark files, or - for stdin.",
            show_default=False,
        ),
    ] = None,
    from_files: Annotated[
        list[str] | None,
        typer.Option(
            "--from",
            metavar="FILE",
            help="Also clip the sources listed in FILE, one per line (# comments and blank "
            "lines are skipped; - reads the list from stdin). Repeatable.",
        ),
    ] = None,
    tag: Annotated[
        list[str] | None,
        typer.Option(
            "--tag",
            "-t",
            metavar="TAG",
            help="Tag the clipping (repeat for more tags). Default: the tags setting.",
        ),
    ] = None,
    timeout: Annotated[
        float,
        typer.Option(
            min=0.1, metavar="SECONDS", help="Seconds to wait for a server before giving up."
        ),
    ] = DEFAULT_TIMEOUT,
    max_bytes: Annotated[
        int,
        typer.Option(
            "--max-bytes",
            min=1,
            metavar="N",
            help="Refuse a page larger than N bytes (after decompression).",
        ),
    ] = DEFAULT_MAX_BYTES,
    user_agent: Annotated[
        str | None,
        typer.Option(
            "--user-agent",
            metavar="TEXT",
            envvar="CLIPPER_USER_AGENT",
            help="User-Agent header for fetching. Default: clipper/VERSION; also $CLIPPER_USER_AGENT.",
            show_default=False,
        ),
    ] = None,
    encoding: Annotated[
        str | None,
        typer.Option(
            metavar="CHARSET",
            help="Character set of a file or stdin when it is mis-detected, e.g. cp1252.",
        ),
    ] = None,
    jobs: JobsOption = None,
    delay: Annotated[
        float,
        typer.Option(
            min=0.0, metavar="SECONDS", help="Wait between requests to the same site, in a batch."
        ),
    ] = 0.5,
    refresh: Annotated[
        bool,
        typer.Option(
            "--refresh",
            help="In a batch, clip again sources already in the archive and update them "
            "(normally they are skipped).",
        ),
    ] = False,
    failed_to: Annotated[
        Path | None,
        typer.Option(
            "--failed-to",
            metavar="FILE",
            dir_okay=False,
            help="Write the sources that failed to FILE, to retry with --from FILE.",
        ),
    ] = None,
    force: Annotated[
        bool,
        typer.Option(
            "--force",
            help="Store pages that don't look like articles (a bot check, a sign-in, cookie "
            "or paywall page, an empty JavaScript shell, an index of headlines), marked as such.",
        ),
    ] = False,
    images: Annotated[
        bool | None,
        typer.Option(
            "--images/--no-images",
            help="Also keep the images the article shows, in the archive (at most 50, 10 MB "
            "each; JPEG, PNG, GIF, WebP, AVIF, sanitised SVG). Default: the images setting "
            "($CLIPPER_IMAGES), else off.",
            show_default=False,
        ),
    ] = None,
    archived: Annotated[
        bool,
        typer.Option(
            "--archived",
            help="When a URL is gone for good (no such host, 404, 410, no answer), clip its "
            "newest copy in the Internet Archive instead ($CLIPPER_ARCHIVE_URL sets the "
            "availability API).",
        ),
    ] = False,
    render: Annotated[
        bool,
        typer.Option(
            "--render",
            help="Load URLs in a headless Chromium and clip the page its scripts build "
            "(needs pip install 'clipper[browser]' and an installed Chromium or Chrome).",
        ),
    ] = False,
    browser_path: Annotated[
        str | None,
        typer.Option(
            "--browser-path",
            metavar="PATH",
            help="The Chromium or Chrome to render with (default: chromium, chromium-browser "
            "or google-chrome on the PATH, else Playwright's own).",
            show_default=False,
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

    Give many sources, a folder, a bookmark export or --from FILE to clip a
    batch: a progress bar on a terminal, then a summary (added, updated,
    skipped as already clipped, failed with the reason). Sources already in
    the archive (same URL or same text) are skipped unless --refresh;
    identical text under another URL is reported as a duplicate, and
    near-duplicates (the same story on another site) are stored flagged. With
    --json a batch prints one JSON object per line. A batch exits with 7 if
    any source failed; an interrupted batch finishes when run again.

    Example: clipper clip --from links.txt ~/saved-pages bookmarks.html --failed-to retry.txt

    A web archive (FILE.warc or FILE.warc.gz) clips each HTML page captured in
    it, with its original URL and capture date; single-file pages (SingleFile,
    MHTML) clip like any saved page, their embedded images kept with --images.

    Example: clipper clip crawl.warc.gz --images
    With --render, URLs are loaded in a headless browser, which waits (within
    --timeout) for the page to settle, and the page as its scripts left it is
    clipped.

    Example: clipper clip --render https://example.com/app-rendered-story
    """
    from dataclasses import replace

    from clipper.batch import BatchOptions, default_jobs
    from clipper.pipeline import ClipOptions
    from clipper.sources.expand import expand

    if not sources and not from_files:
        raise UsageError("Give at least one SOURCE to clip, or --from FILE.")
    options = ClipOptions(
        timeout=timeout,
        max_bytes=max_bytes,
        encoding=encoding,
        user_agent=user_agent,
        force=force,
        archived=archived,
        delay=delay,
        render=render,
        browser_path=browser_path,
    )
    if render:
        from clipper.sources.render import find_browser

        # Once, before any source: without Playwright or a browser, one line says what to install.
        options = replace(options, browser_path=find_browser(browser_path))
    from clipper import config

    # Settings: --tag and --jobs beat $CLIPPER_TAGS / $CLIPPER_JOBS beat the settings file.
    tags = tuple(config.get("tags", tuple(tag or ())))
    jobs = config.get("jobs", jobs)
    # --images / --no-images beat $CLIPPER_IMAGES beat the settings file's images.
    options = replace(options, images=bool(config.get("images", images)))
    expansion = expand(list(sources or ()), list(from_files or ()))
    if not expansion.items:
        _nothing_to_clip(expansion)
        return
    if dry_run:
        _dry_run(
            [item.source for item in expansion.items],
            options,
            tags,
            as_json=as_json,
            db_path=db_path,
        )
        return
    if not expansion.is_batch:
        _clip_one(expansion.items[0].source, options, tags, as_json=as_json, db_path=db_path)
        return
    batch_options = BatchOptions(
        clip=options,
        jobs=min(jobs or default_jobs(), len(expansion.items)),
        refresh=refresh,
        tags=tags,
        delay=delay,
    )
    _clip_batch(expansion, batch_options, as_json=as_json, db_path=db_path, failed_to=failed_to)


def _clip_one(
    source: str, options: Any, tags: tuple[str, ...], *, as_json: bool, db_path: Path | None
) -> None:
    """One plain source: the clipping it became, or the one-line error with its exit code."""
    from clipper.pipeline import clip as clip_source

    with open_archive(db_path) as db:
        result = clip_source(db, source, options, tags=tags)
    report_images(result.image_failures)
    if as_json:
        print_json(result.clipping.to_json())
        return
    from clipper.cli.render import summary

    console().print(summary(result.clipping, created=result.created))
    if options.images:
        n = len(result.clipping.images)
        typer.echo(f"Kept {n} image{'' if n == 1 else 's'}.", err=True)


def report_images(failures: "tuple[str, ...]", source: str | None = None) -> None:
    """One line on stderr for each image that couldn't be kept; the clipping stands."""
    from clipper.untrusted import printable

    where = f" ({printable(source, single_line=True)})" if source else ""
    for failure in failures:
        typer.echo(
            f"clipper: image not kept{where}: {printable(failure, single_line=True)}", err=True
        )


def _nothing_to_clip(expansion: "Expansion") -> None:
    """No items: a usage error when a SOURCE held none, else (an empty list) nothing to do."""
    if expansion.notes:
        raise UsageError(" ".join(expansion.notes))
    typer.echo("clipper: nothing to clip.", err=True)


def _clip_batch(
    expansion: "Expansion",
    options: "BatchOptions",
    *,
    as_json: bool,
    db_path: Path | None,
    failed_to: Path | None,
) -> None:
    """Many sources: progress on stderr, a line (or JSON object) per item, a summary."""
    from clipper.cli.render import batch_summary
    from clipper.untrusted import printable

    for note in expansion.notes:
        typer.echo(f"clipper: {printable(note, single_line=True)}", err=True)
    items = expansion.items
    with open_archive(db_path) as db:
        summary = show_batch(
            db,
            options,
            items,
            lambda batch, report: batch.run(items, report),
            as_json=as_json,
            interrupted=lambda done: (
                f"interrupted after {done:,} of {len(items):,} sources; "
                "everything stored is complete. Run the same command again to finish."
            ),
        )
    if failed_to is not None:
        _write_failed(failed_to, summary)
    if not as_json:
        console(stderr=True).print(batch_summary(summary), soft_wrap=True)
    if summary.failed or expansion.lost:
        raise typer.Exit(int(ExitStatus.PARTIAL))


def show_batch(
    db: "Database",
    options: "BatchOptions",
    items: "Sequence[Item]",
    run: "Callable[[Batch, Callable[[ItemResult], None]], BatchSummary]",
    *,
    as_json: bool,
    interrupted: "Callable[[int], str]",
) -> "BatchSummary":
    """Run a batch as clip shows one: progress on stderr, a line (or JSON object) per item.

    ``run`` gets the started batch and the per-result callback; on Ctrl-C the
    line ``interrupted(done)`` is said and the command exits 130. clip and
    feed update both show their batches through here.
    """
    import time
    from dataclasses import replace

    from clipper.batch import Batch
    from clipper.cli import plain
    from clipper.cli.render import batch_line, batch_progress, progress_fields

    err = console(stderr=True)
    out = console()
    # Each item's line without a rich render when stdout is not a terminal.
    plain_lines = plain.plain_width() is not None
    started = time.monotonic()
    done = failed = 0
    progress: Progress | None = None
    task: TaskID | None = None

    def report(result: "ItemResult") -> None:
        nonlocal done, failed
        done += 1
        failed += result.status == "failed"
        result = _with_hint(result)
        report_images(result.image_failures, result.source)
        if as_json:
            # Through sys.stdout as it is now: the progress display may be redirecting it.
            sys.stdout.write(json_text(result.to_json()) + "\n")
        elif plain_lines:
            if (text := plain.batch_line(result)) is not None:
                sys.stdout.write(text)
        elif (line := batch_line(result)) is not None:
            out.print(line, soft_wrap=True)
        if progress is not None and task is not None:
            fields = progress_fields(done, time.monotonic() - started, failed)
            progress.update(task, completed=done, rate=fields["rate"], failed=fields["failed"])

    try:
        # The batch starts its worker processes before the progress display starts its thread.
        with Batch(db, options) as batch:
            if err.is_terminal and len(items) > 1:
                progress = batch_progress(err, redirect_stdout=sys.stdout.isatty())
                fields = progress_fields(0, 0, 0)
                task = progress.add_task(
                    "clip", total=len(items), rate=fields["rate"], failed=fields["failed"]
                )
                progress.start()
            try:
                summary = run(batch, report)
            finally:
                if progress is not None:
                    progress.stop()
    except KeyboardInterrupt:
        typer.echo(f"clipper: {interrupted(done)}", err=True)
        raise typer.Exit(int(ExitStatus.INTERRUPTED)) from None
    return replace(summary, failures=tuple(_with_hint(f) for f in summary.failures))


def _write_failed(path: Path, summary: "BatchSummary") -> None:
    """The failed sources, one per line with its reason as a comment above it, for --from."""
    from clipper.export.files import write_atomic
    from clipper.untrusted import printable

    lines = [
        f"# clipper: {summary.failed} of {summary.total} sources failed; "
        f"retry with: clipper clip --from {path}"
    ]
    for failure in summary.failures:
        if failure.source == "-":
            continue  # standard input can't be read again from a list
        lines.append(f"# {printable(failure.error, single_line=True)}")
        source = failure.source
        lines.append(source if "://" in source else str(Path(source).expanduser().resolve()))
    write_atomic(path, "\n".join(lines) + "\n")  # whole or not at all; WriteError if it can't


def _with_hint(result: "ItemResult") -> "ItemResult":
    """The item's result, its error followed by what to do in the command line's terms."""
    from dataclasses import replace

    from clipper.cli.common import hint_for

    hint = hint_for(result.error_type)
    return replace(result, error=f"{result.error} {hint}") if hint else result


def _dry_run(
    sources: list[str],
    options: Any,
    tags: tuple[str, ...],
    *,
    as_json: bool,
    db_path: Path | None,
) -> None:
    """Run every stage but storing, and show the result with what was removed."""
    with open_archive(db_path, reading=True) as db:  # what the site's other pages repeat
        for source in sources:
            _dry_run_one(db, source, options, tags, as_json=as_json)


def _dry_run_one(
    db: "Database", source: str, options: Any, tags: tuple[str, ...], *, as_json: bool
) -> None:
    from dataclasses import asdict

    from clipper.pipeline import prepare, recall_site

    prepared = prepare(source, options)
    article = recall_site(db, prepared.article, prepared.decoded.text, prepared.key)
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
        print_json(data)
        return
    from clipper.cli.render import dry_run_view

    console().print(dry_run_view(source, prepared.decoded.text, article))
