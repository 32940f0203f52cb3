"""Rich renderables for the terminal (pure: build objects, the CLI prints them).

Untrusted text (titles, bodies, URLs) always goes in as ``Text`` built from
plain strings, never as markup, and passes through :func:`printable` first.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.console import Group, RenderableType
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from clipper.cli.plain import plain_snippet as plain_snippet  # its home now; still found here
from clipper.models import (
    HIGHLIGHT,
    Article,
    Clipping,
    HighlightHit,
    ImageInfo,
    SearchHit,
    Stats,
    Stripped,
)
from clipper.untrusted import printable, styled_piece

HIGHLIGHT_START, HIGHLIGHT_END = HIGHLIGHT

if TYPE_CHECKING:
    from rich.console import Console
    from rich.progress import Progress

    from clipper.batch import BatchSummary, ItemResult


def _t(value: str | None, style: str = "") -> Text:
    return Text(printable(value, single_line=True), style=style)


def _date(value: str | None) -> str:
    return (value or "")[:10]


def _where(c: Clipping | SearchHit) -> str:
    return c.url or c.source


def summary(clipping: Clipping, *, created: bool) -> RenderableType:
    """The few lines printed after clipping: what was stored and where."""
    verb = "Clipped" if created else "Updated"
    head = Text.assemble((f"{verb} #{clipping.id} ", "bold green" if created else "bold yellow"))
    head.append_text(_t(clipping.title or "(untitled)", "bold"))
    grid = Table.grid(padding=(0, 1))
    grid.add_column(style="dim", no_wrap=True)
    grid.add_column()
    for label, value in _meta_rows(clipping):
        grid.add_row(label, value)
    return Group(head, grid)


def _meta_rows(c: Clipping) -> list[tuple[str, Text]]:
    from clipper.cli.plain import meta_rows

    return [(label, Text(value, style)) for label, value, style in meta_rows(c)]


def clipping_table(clippings: list[Clipping]) -> Table:
    table = Table(show_edge=False, header_style="bold", pad_edge=False)
    table.add_column("id", justify="right", style="dim", no_wrap=True)
    table.add_column("clipped", no_wrap=True)
    table.add_column("title", ratio=3)
    table.add_column("site", ratio=1)
    table.add_column("words", justify="right", no_wrap=True)
    for c in clippings:
        table.add_row(
            str(c.id),
            _date(c.clipped_at),
            _t(c.title or "(untitled)"),
            _t(c.site_name or ""),
            f"{c.word_count:,}",
        )
    return table


def clipping_detail(c: Clipping) -> RenderableType:
    """Metadata on top, then the clean text."""
    grid = Table.grid(padding=(0, 1))
    grid.add_column(style="dim", no_wrap=True)
    grid.add_column()
    grid.add_row("id", Text(str(c.id)))
    for label, value in _meta_rows(c):
        grid.add_row(label, value)
    grid.add_row("clipped", _t(c.clipped_at))
    if c.corrections:
        corrected = ", ".join(sorted(c.corrections))
        grid.add_row("corrected", _t(f"{corrected} (see clipper edit)", "yellow"))
    if c.note:
        grid.add_row("note", Text(printable(c.note), style="italic"))
    if c.near_duplicate_of is not None:
        grid.add_row("resembles", Text(f"#{c.near_duplicate_of} (a near-duplicate of it)"))
    header = Panel(grid, title=_t(c.title or "(untitled)", "bold"), title_align="left")
    body = Text(printable(c.text))
    parts: list[RenderableType] = [header, body]
    if c.captions:
        parts.append(Text("\nCaptions", style="bold dim"))
        parts.extend(
            Text("• " + printable(cap, single_line=True), style="italic") for cap in c.captions
        )
    if c.images:
        parts.append(Text(f"\nImages ({len(c.images)})", style="bold dim"))
        parts.extend(_image_line(image) for image in c.images)
    if c.highlights:
        parts.append(Text("\nHighlights", style="bold"))
        for h in c.highlights:
            line = Text(f"{h.id:>4} ", style="dim")
            line.append(f"“{printable(h.passage, single_line=True)}”", style="yellow")
            if h.detached:
                line.append("  (detached: no longer in the text)", style="red")
            parts.append(line)
            if h.note:
                parts.append(Text("     " + printable(h.note, single_line=True), style="italic"))
    return Group(*parts)


def _image_line(image: ImageInfo) -> Text:
    from clipper.cli.plain import image_parts

    size, src = image_parts(image)
    line = Text(size, style="dim")
    line.append_text(_t(src, "blue"))
    return line


SNIPPET_MAX_CHARS = 600


def _snippet(snippet: str) -> Text:
    """Highlight the FTS5 match markers; everything else is plain, safe text."""
    text = Text()
    # A snippet is 24 words, but a "word" can be megabytes long on a hostile page.
    raw = " ".join(snippet.split())[:SNIPPET_MAX_CHARS]
    pos = 0
    while pos < len(raw):
        start = raw.find(HIGHLIGHT_START, pos)
        if start < 0:
            text.append(styled_piece(raw[pos:]))
            break
        end = raw.find(HIGHLIGHT_END, start)
        if end < 0:
            end = len(raw)
        text.append(styled_piece(raw[pos:start]))
        text.append(styled_piece(raw[start + 1 : end]), style="bold black on yellow")
        pos = end + 1
    return text


def search_results(hits: list[SearchHit]) -> RenderableType:
    parts: list[RenderableType] = []
    for hit in hits:
        head = Text.assemble((f"#{hit.id} ", "dim"))
        head.append_text(_t(hit.title or "(untitled)", "bold"))
        meta = " · ".join(x for x in (hit.site_name, _date(hit.published)) if x)
        if meta:
            head.append("  ")
            head.append_text(_t(meta, "dim"))
        parts.extend([head, _snippet(hit.snippet), _t(_where(hit), "blue"), Text("")])
    return Group(*parts)


def highlight_results(hits: list[HighlightHit]) -> RenderableType:
    """Highlights found by ``search --highlights``: clipping, passage, note."""
    parts: list[RenderableType] = []
    for hit in hits:
        h = hit.highlight
        head = Text.assemble((f"#{h.clipping_id} ", "dim"))
        head.append_text(_t(hit.title or "(untitled)", "bold"))
        head.append(f"  highlight {h.id}", style="dim")
        parts.extend([head, _snippet(hit.snippet)])
        if h.note:
            parts.append(Text("note: " + printable(h.note, single_line=True), style="italic"))
        parts.append(Text(""))
    return Group(*parts)


def stripped_lines(stripped: tuple[Stripped, ...]) -> RenderableType:
    table = Table(show_edge=False, header_style="bold", pad_edge=False)
    table.add_column("removed", style="red", ratio=3)
    table.add_column("why", style="dim", ratio=1)
    for item in stripped:
        table.add_row(_t(item.text), _t(item.reason))
    return table


def _bars(rows: list[tuple[str, int]], title: str) -> Table:
    table = Table(title=title, title_justify="left", show_header=False, show_edge=False, box=None)
    table.add_column(no_wrap=True)
    table.add_column(justify="right", no_wrap=True)
    table.add_column(no_wrap=True, style="cyan")
    top = max((n for _, n in rows), default=0) or 1
    for label, count in rows:
        table.add_row(_t(label), f"{count:,}", "█" * max(1, round(30 * count / top)))
    return table


def stats_view(stats: Stats, path: object) -> RenderableType:
    head = Text.assemble(
        (f"{stats.clippings:,}", "bold"),
        " clippings, ",
        (f"{stats.words:,}", "bold"),
        f" words, {stats.db_bytes / 1_000_000:,.1f} MB in ",
    )
    head.append_text(_t(str(path), "blue"))
    parts: list[RenderableType] = [head]
    if stats.images:
        from clipper.cli.plain import images_line

        parts.append(Text(images_line(stats)))
    if stats.by_site:
        parts += [Text(""), _bars(stats.by_site, "By site")]
    if stats.by_month:
        parts += [Text(""), _bars(stats.by_month, "By month (published, else clipped)")]
    return Group(*parts)


def dry_run_view(source: str, original: str, article: Article) -> RenderableType:
    """What clipping would store, and each line of the page marked kept or removed."""
    grid = Table.grid(padding=(0, 1))
    grid.add_column(style="dim", no_wrap=True)
    grid.add_column()
    rows = [
        ("title", article.title),
        ("by", article.byline or ", ".join(article.authors)),
        ("published", article.published),
        ("site", article.site_name),
        ("section", article.section),
        ("tags", ", ".join(article.tags)),
        ("language", article.lang),
        ("words", f"{article.word_count:,}"),
        ("from", source),
    ]
    for label, value in rows:
        if value:
            grid.add_row(label, _t(value))
    header = Panel(
        grid, title=Text("dry run: nothing stored", style="bold yellow"), title_align="left"
    )
    legend = Text.assemble(
        ("+ kept", "green"),
        "   ",
        ("= moved to metadata", "cyan"),
        "   ",
        ("- removed (why)", "red"),
    )
    return Group(header, legend, _marked_lines(original, article))


def _marked_lines(original: str, article: Article) -> RenderableType:
    """Interleave the page's lines as kept or removed; fall back to a table for HTML pages."""
    reasons: dict[str, list[str]] = {}
    for item in article.stripped:
        reasons.setdefault(_line_key(item.text), []).append(item.reason)
    if article.kind != "text":
        parts: list[RenderableType] = [Text(printable(article.text), style="green")]
        if article.stripped:
            parts += [Text(""), stripped_lines(article.stripped)]
        return Group(*parts)
    out = Text()
    for line in original.splitlines():
        shown = " ".join(line.split())
        key = _line_key(line)
        if not key:
            continue
        if reasons.get(key):
            reason = reasons[key].pop(0)
            # Lines that became metadata (title, date, tags) were moved, not lost.
            moved = reason.split(":")[0] in MOVED_REASONS
            out.append(
                ("= " if moved else "- ") + printable(shown), style="cyan" if moved else "red"
            )
            out.append(f"  ({printable(reason)})\n", style="dim")
        else:
            out.append("+ " + printable(shown) + "\n", style="green")
    return out


# Reasons (before any ":") for lines that became metadata rather than being dropped.
MOVED_REASONS = frozenset(
    {"title", "metadata", "caption", "byline", "date", "standfirst", "site name"}
)


def _line_key(line: str) -> str:
    """A line without bullets and spacing, so stripped lines match the page's lines."""
    return " ".join(line.split()).lstrip("•·*-–—▪►> ").strip()


# --- batches -----------------------------------------------------------------


def batch_line(result: ItemResult) -> Text | None:
    """One line on stdout for an item of a batch; None for items skipped as archived."""
    from clipper.cli.plain import batch_line_parts

    line = batch_line_parts(result)
    if line is None:
        return None
    style, parts = line
    text = Text(style=style)
    for piece, piece_style in parts:
        text.append(piece, style=piece_style or None)
    return text


def batch_summary(summary: BatchSummary) -> RenderableType:
    """What a batch did, in one line, then every failure with its reason."""
    counts = [
        f"added {summary.added:,}",
        f"updated {summary.updated:,}",
        f"skipped {summary.skipped:,} already clipped",
    ]
    if summary.duplicates:
        counts.append(f"{summary.duplicates:,} duplicate{'s' * (summary.duplicates != 1)}")
    counts.append(f"failed {summary.failed:,}")
    head = Text(f"{summary.total:,} sources: " + ", ".join(counts) + ".", style="bold")
    return Group(head, *batch_details(summary))


def batch_details(summary: BatchSummary) -> list[RenderableType]:
    """Under a batch's summary line: the near-duplicates stored, then each failure."""
    parts: list[RenderableType] = []
    if summary.near_duplicates:
        parts.append(
            Text(
                f"{summary.near_duplicates:,} stored as near-duplicates of other clippings "
                "(clipper show ID says which)."
            )
        )
    for failure in summary.failures:
        line = Text("  ")
        error = failure.error or ""
        if failure.source not in error:  # most reasons name their source already
            line.append_text(_t(failure.source, "red"))
            line.append(": ")
        line.append_text(_t(error))
        parts.append(line)
    return parts


def batch_progress(console: Console, *, redirect_stdout: bool) -> Progress:
    """A progress bar for batches: done/total, rate, time left, failures so far.

    With ``redirect_stdout`` (stdout is the same terminal) lines printed to
    stdout appear above the bar instead of breaking it.
    """
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeRemainingColumn,
    )

    return Progress(
        TextColumn("clipping"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[rate]}"),
        TimeRemainingColumn(),
        TextColumn("{task.fields[failed]}", style="red"),
        console=console,
        transient=True,
        redirect_stdout=redirect_stdout,
        redirect_stderr=False,
    )


def progress_fields(done: int, elapsed: float, failed: int) -> dict[str, str]:
    """The text fields of :func:`batch_progress`'s task."""
    rate = f"{done / elapsed:,.1f}/s" if elapsed > 0.5 and done else ""
    return {"rate": rate, "failed": f"{failed:,} failed" if failed else ""}
