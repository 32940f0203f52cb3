"""Data tables in a text dump: the cells of a page's ``<table>`` read as cells (after step 1 of ``dump.py``).

A browser copies a table row by row with a tab between its cells; where a cell
holds paragraphs or lists of its own, the tab stands alone on its line between
them. Alone, the cells look like anything: a column headed "Comment" like the
comments marker, a date like the article's, "Size" or "Status" like a menu's
items, and an article with a table in its middle ended at it or was parted in
two. A stretch of at least ``rules.TABLE_MIN_TABS`` such tabs, each within
``rules.TABLE_GAP_LINES`` lines of the last, with text in its cells, is a data
table: its short lines are cells (``rules.CELL_REASON``), which weigh nothing
between two paragraphs and stay in the body. A page laid out in a table (its
menu in one cell, its article in the next) has a tab or two: it is left alone.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from clipper.extract.text import rules as rules
from clipper.extract.text.lines import BLANK, PROSE, SENTENCE, SHORT, Line, is_row


def mark_cells(raw_lines: Sequence[str], lines: Sequence[Line]) -> tuple[Line, ...]:
    """``lines`` with each short line of a data table read as a cell.

    ``raw_lines`` are the lines as copied (their tabs kept), one for each of
    ``lines``. One pass over the lines for the tabs alone on a line, one for
    the rows.
    """
    if not any("\t" in raw for raw in raw_lines):
        return tuple(lines)
    marked = list(lines)
    _mark_rows(raw_lines, lines, marked)
    tabs: list[int] = []  # the tabs of the stretch being read
    since = 0  # lines with text since its last tab
    for i, raw in enumerate(raw_lines):
        if "\t" in raw and not raw.strip():
            tabs.append(i)
            since = 0
        elif lines[i].kind != BLANK and tabs:
            since += 1
            if since > rules.TABLE_GAP_LINES:
                _mark(lines, marked, tabs)
                tabs = []
    if tabs:
        _mark(lines, marked, tabs)
    return tuple(marked)


def _mark_rows(raw_lines: Sequence[str], lines: Sequence[Line], marked: list[Line]) -> None:
    """Mark the rows of a table copied one row a line (its cells set apart by tabs,
    ``is_row``): ``rules.TABLE_MIN_ROWS`` or more such lines one under another, each
    with as many cells (``rules.ROW_REASON``). A box of links over the table
    ("Related" and a headline) then ends at it. They keep their weight between
    paragraphs: a site's opening hours under the article are a table too."""
    run: list[int] = []
    for i in range(len(raw_lines) + 1):
        raw = raw_lines[i] if i < len(raw_lines) else ""
        if is_row(raw) and (not run or _cells(raw) == _cells(raw_lines[run[0]])):
            run.append(i)
            continue
        if len(run) >= rules.TABLE_MIN_ROWS:
            for k in run:
                if lines[k].kind == SHORT and not lines[k].reason:
                    marked[k] = replace(lines[k], reason=rules.ROW_REASON)
        run = [i] if is_row(raw) else []


def _cells(raw: str) -> int:
    return sum(1 for cell in raw.split("\t") if cell.strip())


def _as_cell(line: Line) -> Line:
    return replace(
        line, kind=SHORT, reason=rules.CELL_REASON, headline_like=False, name_like=False, meta=None
    )


def _mark(lines: Sequence[Line], marked: list[Line], tabs: Sequence[int]) -> None:
    """Mark the cells between ``tabs`` (and the first and last row's outer cells)
    when they make a data table."""
    inner = [i for i in range(tabs[0], tabs[-1]) if lines[i].kind != BLANK]
    if len(tabs) < rules.TABLE_MIN_TABS or len(inner) < len(tabs):
        return  # a page's layout, or a row of empty cells
    cells = [*_edge(lines, tabs[0], -1), *inner, *_edge(lines, tabs[-1], 1)]
    for i in cells:
        if lines[i].kind not in (PROSE, SENTENCE):
            marked[i] = _as_cell(lines[i])


def _edge(lines: Sequence[Line], tab: int, step: int) -> list[int]:
    """The lines of the cell before the first tab (``step`` -1) or after the last (1)."""
    found: list[int] = []
    k = tab + step
    while 0 <= k < len(lines) and len(found) < rules.TABLE_EDGE_LINES:
        if lines[k].kind != BLANK:
            found.append(k)
        elif found:
            break  # the cell's lines stand together
        k += step
    return found


def is_cell(line: Line) -> bool:
    """Whether ``line`` is a short cell of a data table (``mark_cells``)."""
    return line.kind == SHORT and line.reason == rules.CELL_REASON


def is_table_line(line: Line) -> bool:
    """Whether ``line`` is a data table's cell or row (``mark_cells``)."""
    return line.kind == SHORT and line.reason in (rules.CELL_REASON, rules.ROW_REASON)
