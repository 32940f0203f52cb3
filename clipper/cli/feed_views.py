"""How `clipper feed` shows feeds in the terminal: the feeds table, a feed just followed,
the summary of an update. Untrusted text (titles, addresses, errors) is shown as plain text."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from rich.text import Text

    from clipper.batch import BatchSummary
    from clipper.feeds.update import Check
    from clipper.models import FeedSource


def update_summary(checks: list[Check], summary: BatchSummary | None) -> Any:
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


def _entries_summary(summary: BatchSummary) -> Any:
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


def added_line(added: Any) -> Text:
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


def source_table(sources: list[FeedSource]) -> Any:
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
