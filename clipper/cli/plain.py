"""Output without rich's console, for stdout that is not a terminal: the same text, sooner.

Importing rich's console and renderables costs a reading command about a
fifth of its time. Where rich would print no colours or styles at all
(stdout is a pipe or a file, and no FORCE_COLOR or TTY_COMPATIBLE says
otherwise), these functions write what rich would have written, character
for character: the same line breaks, from rich's own line-breaking and cell
measures (``rich._wrap``, ``rich.cells``: small modules, no console). On a
terminal, or wherever that can't be promised, :func:`plain_width` answers
None and the caller renders with rich as before. tests/test_plain.py holds
the two side by side.
"""

from __future__ import annotations

import itertools
import os
import sys
from typing import TYPE_CHECKING, TextIO

from clipper.models import HIGHLIGHT
from clipper.untrusted import printable

if TYPE_CHECKING:
    from clipper.batch import ItemResult
    from clipper.models import SearchHit

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
    from rich._wrap import divide_line
    from rich.cells import cell_len, set_cell_size

    lines: list[str] = []
    for line in text.split("\n"):
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
            out.append(printable(raw[pos:]))
            break
        end = raw.find(HIGHLIGHT_END, start)
        if end < 0:
            end = len(raw)
        out.append(printable(raw[pos:start]))
        out.append(printable(raw[start + 1 : end]))
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
