"""`clipper clip`: sources in, clippings out."""

from __future__ import annotations

from typing import Annotated, Any

import typer

from .cli_common import (
    DbOption,
    JsonOption,
    app,
    console,
    open_archive,
    print_json,
)
from .errors import ClipperError, ExitStatus


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
    db = open_archive(db_path)
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
            print_json(result.clipping.to_json())
        else:
            from .render import summary

            console().print(summary(result.clipping, created=result.created))
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
            print_json(data)
            continue
        from .render import dry_run_view

        console().print(dry_run_view(source, prepared.decoded.text, article))
