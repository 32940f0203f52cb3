"""Output without rich's console, for stdout that is not a terminal: the same text, sooner.

Importing rich's console and renderables costs a reading command about a
fifth of its time. Where rich would print no colours or styles at all
(stdout is a pipe or a file, and no FORCE_COLOR or TTY_COMPATIBLE says
otherwise), these functions write what rich would have written, character
for character: the same line breaks, from rich's own line-breaking and cell
measures (``rich._wrap``, ``rich.cells``: small modules, no console; for text
of one-cell characters, clipper.cli.cells repeats them without rich). On a
terminal, or wherever that can't be promised, :func:`plain_width` answers
None and the caller renders with rich as before. tests/test_plain.py holds
the two side by side.
"""

from __future__ import annotations

import itertools
import os
import sys
from typing import TYPE_CHECKING, TextIO

from clipper.cli.cells import cell_len, divide_line, set_cell_size, single_cells, zero_width
from clipper.models import HIGHLIGHT
from clipper.untrusted import printable, styled_piece

if TYPE_CHECKING:
    from clipper.batch import ItemResult
    from clipper.models import Clipping, ImageInfo, SearchHit, Stats

HIGHLIGHT_START, HIGHLIGHT_END = HIGHLIGHT
# The same bound as clipper.cli.render's snippet (a "word" can be megabytes long).
SNIPPET_MAX_CHARS = 600
# Below this width rich's layout has corner cases not worth copying.
_MIN_WIDTH = 20


def plain_width(stream: TextIO | None = None) -> int | None:
    """The width rich would lay out ``stream`` (stdout) at, when it would print plain text; else None.

    None on a terminal (colours, styles), when the environment asks rich for
    terminal output anyway, on Windows (legacy consoles) and for odd widths.
    """
    stream = sys.stdout if stream is None else stream
    if (
        sys.platform == "win32"
        or os.environ.get("TTY_COMPATIBLE")
        or (os.environ.get("FORCE_COLOR") is not None)
    ):
        return None
    isatty = getattr(stream, "isatty", None)
    try:
        if isatty is None or isatty():
            return None
    except ValueError:  # a closed stream: let rich say so
        return None
    width = _console_width()
    return width if width >= _MIN_WIDTH else None


def _console_width() -> int:
    """rich.console.Console.size's width: $COLUMNS, else a terminal on stdin/stdout/stderr, else 80."""
    columns = os.environ.get("COLUMNS")
    if columns is not None and columns.isdigit():
        return int(columns)
    for fd in (0, 1, 2):
        try:
            width = os.get_terminal_size(fd).columns
        except (AttributeError, ValueError, OSError):
            continue
        return width or 80
    return 80


def wrap(text: str, width: int) -> list[str]:
    """The lines rich prints for a plain ``Text(text)`` at ``width`` (fold overflow, no justify)."""
    lines: list[str] = []
    for line in text.split("\n"):
        if len(line) <= width and ((line.isascii() and "\t" not in line) or single_cells(line)):
            lines.append(line)  # one cell a character (controls are gone): it fits as it is
            continue
        offsets = divide_line(line, width, fold=True)
        bounds = [0, *offsets, len(line)]
        for start, end in itertools.pairwise(bounds):
            piece = line[start:end]
            if len(piece) > width:  # Text.rstrip_end: trailing spaces past the width go
                stripped = piece.rstrip()
                excess = len(piece) - width
                piece = piece[: len(piece) - min(len(piece) - len(stripped), excess)]
            if cell_len(piece) > width:  # Text.truncate
                piece = set_cell_size(piece, width)
            lines.append(piece)
    return lines


def _one_line(value: str | None) -> str:
    return printable(value, single_line=True)


def _snippet(snippet: str) -> str:
    """render._snippet's text without its styles."""
    raw = " ".join(snippet.split())[:SNIPPET_MAX_CHARS]
    out: list[str] = []
    pos = 0
    while pos < len(raw):
        start = raw.find(HIGHLIGHT_START, pos)
        if start < 0:
            out.append(styled_piece(raw[pos:]))
            break
        end = raw.find(HIGHLIGHT_END, start)
        if end < 0:
            end = len(raw)
        out.append(styled_piece(raw[pos:start]))
        out.append(styled_piece(raw[start + 1 : end]))
        pos = end + 1
    return "".join(out)


def plain_snippet(snippet: str) -> str:
    """The snippet for JSON: matches wrapped in ** as in Markdown."""
    return printable(snippet.replace(HIGHLIGHT_START, "**").replace(HIGHLIGHT_END, "**"))


def search_results(hits: list[SearchHit], width: int) -> str:
    """What ``console.print(render.search_results(hits))`` writes when it writes plain text."""
    lines: list[str] = []
    for hit in hits:
        head = f"#{hit.id} " + _one_line(hit.title or "(untitled)")
        meta = " · ".join(x for x in (hit.site_name, (hit.published or "")[:10]) if x)
        if meta:
            head += "  " + _one_line(meta)
        for text in (head, _snippet(hit.snippet), _one_line(hit.url or hit.source), ""):
            lines.extend(wrap(text, width))
    return "".join(f"{line}\n" for line in lines)


def batch_line_parts(result: ItemResult) -> tuple[str, list[tuple[str, str]]] | None:
    """A batch item's line on stdout: its style and its pieces with theirs; None for items skipped.

    render.batch_line styles them; printed plain, the pieces are joined.
    """
    c = result.clipping
    if c is not None:
        created = result.status == "added"
        parts = [
            (f"{'Clipped' if created else 'Updated'} #{c.id} ", "green" if created else "yellow"),
            (_one_line(c.title or "(untitled)"), "bold"),
        ]
        if c.near_duplicate_of is not None:
            parts.append((f"  (near-duplicate of #{c.near_duplicate_of})", "magenta"))
        return "", parts
    if result.status == "duplicate":
        return "magenta", [
            ("Duplicate ", ""),
            (_one_line(result.source), ""),
            (f": the same text as #{result.clipping_id}, not stored again", ""),
        ]
    return None


def batch_line(result: ItemResult) -> str | None:
    """What ``console.print(render.batch_line(result), soft_wrap=True)`` writes plain."""
    line = batch_line_parts(result)
    return None if line is None else "".join(text for text, _ in line[1]) + "\n"


# --- tables: rich.table.Table's layout, for the few kinds clipper prints ---------
#
# What follows repeats rich's Table (expand=False, padding (0, 1), overflow
# "ellipsis", top alignment, headers aligned to the bottom) for two boxes:
# HEAVY_HEAD without its outer edge, and none at all. Ratios only matter to
# rich for expanding tables, so they don't here.


class Column:
    """A column's header and layout (a plain class: a dataclass costs half a millisecond to define)."""

    __slots__ = ("header", "justify", "no_wrap")

    def __init__(self, header: str = "", justify: str = "left", no_wrap: bool = False) -> None:
        self.header = header
        self.justify = justify  # or "right"
        self.no_wrap = no_wrap


def _measure(text: str) -> tuple[int, int]:
    """rich's Text measurement: the longest word and the longest line, in cells."""
    lines = text.splitlines()
    longest_line = max((cell_len(line) for line in lines), default=0)
    words = text.split()
    return (max(cell_len(word) for word in words) if words else longest_line), longest_line


def _cell_range(text: str, pad: int, max_width: int) -> tuple[int, int]:
    """Measurement.get of a padded cell (rich.padding.Padding around a Text)."""
    if max_width < 1:
        return 0, 0
    if max_width - pad < 1:
        return max_width, max_width
    low, high = _measure(text)
    inner = max_width - pad
    low = min(max(0, low), high)  # Measurement.normalize
    high = max(low, high)
    low, high = min(low, inner) + pad, min(high, inner) + pad
    return min(low, max_width), min(high, max_width)


def _ratio_reduce(
    total: int, ratios: list[int], maximums: list[int], values: list[int]
) -> list[int]:
    """rich._ratio.ratio_reduce."""
    ratios = [ratio if most else 0 for ratio, most in zip(ratios, maximums, strict=True)]
    total_ratio = sum(ratios)
    if not total_ratio:
        return values[:]
    remaining = total
    result = []
    for ratio, most, value in zip(ratios, maximums, values, strict=True):
        if ratio and total_ratio > 0:
            distributed = min(most, round(ratio * remaining / total_ratio))
            result.append(value - distributed)
            remaining -= distributed
            total_ratio -= ratio
        else:
            result.append(value)
    return result


def _collapse(widths: list[int], wrapable: list[bool], max_width: int) -> list[int]:
    """rich.table.Table._collapse_widths."""
    total = sum(widths)
    excess = total - max_width
    if any(wrapable):
        while total and excess > 0:
            largest = max(w for w, can in zip(widths, wrapable, strict=True) if can)
            second = max(
                w if can and w != largest else 0 for w, can in zip(widths, wrapable, strict=True)
            )
            difference = largest - second
            ratios = [
                1 if (w == largest and can) else 0 for w, can in zip(widths, wrapable, strict=True)
            ]
            if not any(ratios) or not difference:
                break
            widths = _ratio_reduce(excess, ratios, [min(excess, difference)] * len(widths), widths)
            total = sum(widths)
            excess = total - max_width
    return widths


def _cell_lines(text: str, width: int, column: Column) -> list[str]:
    """A cell's Text at ``width`` (padding aside): wrapped or not, cut with '…', justified, padded."""

    def truncate(line: str, pad: bool) -> str:
        length = cell_len(line)
        if length > width:
            line = set_cell_size(line, width - 1) + "…"
        if pad and length < width:
            line += " " * (width - length)
        return line

    out: list[str] = []
    for line in text.split("\n"):
        if column.no_wrap:
            pieces = [line]
        else:
            bounds = [0, *divide_line(line, width, fold=False), len(line)]
            pieces = []
            for start, end in itertools.pairwise(bounds):
                piece = line[start:end]
                if len(piece) > width:
                    stripped = piece.rstrip()
                    excess = len(piece) - width
                    piece = piece[: len(piece) - min(len(piece) - len(stripped), excess)]
                pieces.append(piece)
        for piece in pieces:
            if column.justify == "right":
                piece = truncate(piece.rstrip(), pad=False)
                piece = " " * max(0, width - cell_len(piece)) + piece
            else:
                piece = truncate(piece, pad=True)
            out.append(set_cell_size(truncate(piece, pad=False), width))
    return out


def _zero_width(text: str) -> bool:
    """Whether ``text`` holds a character of no width (a joiner, a combining mark).

    rich's table layout treats those in ways not worth copying; the callers hand
    such text to rich itself.
    """
    if text.isascii():
        return False
    return any(zero_width(ch) for ch in text)


def table(
    columns: list[Column],
    rows: list[list[str]],
    width: int,
    *,
    heavy_head: bool = True,
    show_header: bool = True,
    pad_edge: bool = False,
    title: str | None = None,
    grid: bool = False,
) -> str | None:
    """What rich prints for such a Table (show_edge=False) at console ``width``, plain.

    None when a cell holds a character of no width: print those with rich.
    """
    if any(_zero_width(cell) for row in rows for cell in row) or (title and _zero_width(title)):
        return None
    count = len(columns)
    pads = []
    for index in range(count):
        # Table.grid collapses the padding between two columns into one space.
        left, right = (0 if grid and index > 0 else 1), 1
        if not pad_edge:
            left = 0 if index == 0 else left
            right = 0 if index == count - 1 else right
        pads.append((left, right))
    extra = count - 1 if heavy_head else 0
    max_width = width - extra
    cells = [
        ([columns[i].header] if show_header else []) + [row[i] for row in rows]
        for i in range(count)
    ]

    def measure(i: int, limit: int) -> tuple[int, int]:
        if limit < 1:
            return 0, 0
        pad = sum(pads[i])
        ranges = [_cell_range(text, pad, limit) for text in cells[i]]
        low = max((r[0] for r in ranges), default=1)
        high = max((r[1] for r in ranges), default=limit)
        return min(low, limit), min(high, limit)

    widths = [measure(i, max_width)[1] or 1 for i in range(count)]
    if sum(widths) > max_width:
        widths = _collapse(widths, [not c.no_wrap for c in columns], max_width)
        if sum(widths) > max_width:
            widths = _ratio_reduce(sum(widths) - max_width, [1] * count, widths, widths)
        widths = [measure(i, w)[1] or 0 for i, w in enumerate(widths)]
    table_width = sum(widths) + extra

    out: list[str] = []
    if title:  # wrapped as any Text (folding), each line filled to the table's width
        out.extend(line + " " * (table_width - cell_len(line)) for line in wrap(title, table_width))
    lines_by_row = []
    for r in range(len(cells[0]) if cells else 0):
        row_cells = []
        for i, column in enumerate(columns):
            left, right = pads[i]
            inner = widths[i] - left - right
            lines = (
                [
                    " " * left + line + " " * right
                    for line in _cell_lines(cells[i][r], inner, column)
                ]
                if inner > 0
                else [" " * widths[i]]
            )
            row_cells.append(lines)
        lines_by_row.append(row_cells)
    for r, row_cells in enumerate(lines_by_row):
        header = show_header and r == 0
        height = max(len(lines) for lines in row_cells)
        shaped = []
        for i, lines in enumerate(row_cells):
            blank = [" " * widths[i]] * (height - len(lines))
            shaped.append(blank + lines if header else lines + blank)
        divider = ("┃" if header else "│") if heavy_head else ""
        for n in range(height):
            out.append(divider.join(lines[n] for lines in shaped))
        if header and heavy_head:
            out.append("╇".join("━" * w for w in widths))
    # the console crops what is wider than itself (columns squeezed below their
    # padding can add up to a cell more than the width)
    return "".join(f"{_crop(line, width)}\n" for line in out)


def _crop(line: str, width: int) -> str:
    return set_cell_size(line, width) if cell_len(line) > width else line


# --- the reading commands' views (see clipper.cli.render for their rich twins) ----

CLIPPING_COLUMNS = [
    Column("id", "right", no_wrap=True),
    Column("clipped", no_wrap=True),
    Column("title"),
    Column("site"),
    Column("words", "right", no_wrap=True),
]


def clipping_table(clippings: list[Clipping], width: int) -> str | None:
    """render.clipping_table, printed plain (None: print it with rich)."""
    rows = [
        [
            str(c.id),
            (c.clipped_at or "")[:10],
            _one_line(c.title or "(untitled)"),
            _one_line(c.site_name or ""),
            f"{c.word_count:,}",
        ]
        for c in clippings
    ]
    return table(CLIPPING_COLUMNS, rows, width)


_BAR_COLUMNS = [Column(no_wrap=True), Column(justify="right", no_wrap=True), Column(no_wrap=True)]


def _bars(rows: list[tuple[str, int]], title: str, width: int) -> str | None:
    top = max((n for _, n in rows), default=0) or 1
    cells = [
        [_one_line(label), f"{count:,}", "█" * max(1, round(30 * count / top))]
        for label, count in rows
    ]
    return table(
        _BAR_COLUMNS, cells, width, heavy_head=False, show_header=False, pad_edge=True, title=title
    )


def stats_view(stats: Stats, path: object, width: int) -> str | None:
    """render.stats_view, printed plain (None: print it with rich)."""
    head = (
        f"{stats.clippings:,} clippings, {stats.words:,} words, "
        f"{stats.db_bytes / 1_000_000:,.1f} MB in " + _one_line(str(path))
    )
    out = "".join(f"{line}\n" for line in wrap(head, width))
    if stats.images:
        out += "".join(f"{line}\n" for line in wrap(images_line(stats), width))
    for rows, title in (
        (stats.by_site, "By site"),
        (stats.by_month, "By month (published, else clipped)"),
    ):
        if rows:
            bars = _bars(rows, title, width)
            if bars is None:
                return None
            out += "\n" + bars
    return out


def kb_or_mb(n: int) -> str:
    return f"{n / 1_000_000:,.1f} MB" if n >= 1_000_000 else f"{n / 1000:,.1f} kB"


def images_line(stats: Stats) -> str:
    """The stats line about stored images."""
    plural = "" if stats.images == 1 else "s"
    return f"{stats.images:,} image{plural}, {kb_or_mb(stats.image_bytes)} of them"


def image_parts(image: ImageInfo) -> tuple[str, str]:
    """An image's line in show: its kind, pixels and size, then its address (cut at 200)."""
    size = f"{image.width}×{image.height} " if image.width and image.height else ""
    src = image.src if len(image.src) <= 200 else image.src[:199] + "…"
    return f"• {image.kind} {size}{kb_or_mb(image.size)}  ", src


def meta_rows(c: Clipping) -> list[tuple[str, str, str]]:
    """A clipping's metadata as (label, text, style) rows: what show and clip print."""
    rows: list[tuple[str, str, str]] = []
    if c.site_name:
        rows.append(("site", _one_line(c.site_name), ""))
    if c.authors:
        rows.append(("by", _one_line(c.byline or ", ".join(c.authors)), ""))
    if c.published:
        rows.append(("published", _one_line(c.published), ""))
    rows.append(("words", f"{c.word_count:,}", ""))
    if c.page_type:
        rows.append(("stored as", f"not an article ({c.page_type}), kept with --force", "yellow"))
    if c.section:
        rows.append(("section", _one_line(c.section), ""))
    if c.tags:
        rows.append(("tags", _one_line(", ".join(c.tags)), "cyan"))
    rows.append(("from", _one_line(c.url or c.source), "blue"))
    if c.archived_from or c.archived_at:
        when = f"captured {c.archived_at}" if c.archived_at else "an archived copy"
        where = f" in {c.archived_from}" if c.archived_from else ""
        rows.append(("archived", _one_line(f"{when}{where}"), "yellow"))
    return rows


_GRID_COLUMNS = [Column(no_wrap=True), Column()]


def clipping_detail(c: Clipping, width: int) -> str | None:
    """render.clipping_detail, printed plain; None for text with tabs (rich expands them)."""
    grid = [["id", str(c.id)], *([label, value] for label, value, _ in meta_rows(c))]
    grid.append(["clipped", _one_line(c.clipped_at)])
    if c.corrections:
        grid.append(
            ["corrected", _one_line(f"{', '.join(sorted(c.corrections))} (see clipper edit)")]
        )
    if c.note:
        grid.append(["note", printable(c.note)])
    if c.near_duplicate_of is not None:
        grid.append(["resembles", f"#{c.near_duplicate_of} (a near-duplicate of it)"])
    body = printable(c.text)
    if "\t" in body or any("\t" in value for _, value in grid):
        return None
    # The panel: a rounded box as wide as the console, the title in its top edge.
    inner = width - 4
    title = _one_line(c.title or "(untitled)")
    if title:
        title = set_cell_size(f" {title} ", inner) if cell_len(title) + 2 > inner else f" {title} "
        lines = [f"╭─{title}{'─' * (inner - cell_len(title))}─╮"]
    else:  # a title of spaces alone is no title to rich
        lines = ["╭" + "─" * (width - 2) + "╮"]
    rows = table(_GRID_COLUMNS, grid, inner, heavy_head=False, show_header=False, grid=True)
    if rows is None:
        return None
    for row in rows.split("\n")[:-1]:
        lines.append(f"│ {row}{' ' * (inner - cell_len(row))} │")
    lines.append("╰" + "─" * (width - 2) + "╯")
    lines += wrap(body, width)
    if c.captions:
        lines += wrap("\nCaptions", width)
        for caption in c.captions:
            lines += wrap("• " + _one_line(caption), width)
    if c.images:
        lines += wrap(f"\nImages ({len(c.images)})", width)
        for image in c.images:
            size, src = image_parts(image)
            lines += wrap(size + _one_line(src), width)
    if c.highlights:
        lines += wrap("\nHighlights", width)
        for h in c.highlights:
            line = f"{h.id:>4} “{_one_line(h.passage)}”"
            if h.detached:
                line += "  (detached: no longer in the text)"
            lines += wrap(line, width)
            if h.note:
                lines += wrap("     " + _one_line(h.note), width)
    return "".join(f"{line}\n" for line in lines)
