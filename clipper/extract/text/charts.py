"""A chart's labels in a text dump, read as the chart they are (after step 1 of ``dump.py``).

A chart drawn in HTML or SVG is copied as its labels, one to a line: the
values ("$915", "600", "13.0%"), the axis ("’17", "’18", ...) and a word or
two ("billion", "PROJECTED"). They say nothing without the chart, and a
page that draws one chart for phones and one for wider screens copies them
twice. ``rules.CHART_MIN_LABELS`` or more short lines in a row (blank lines
aside), nearly all of them numbers (``rules.CHART_VALUE``) and the rest a
word or two, are a chart's labels: stripped from the body, and weighing
nothing between two paragraphs. A data table's cells (``tables.py``) are
no chart.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from clipper.extract.text import rules as rules
from clipper.extract.text.lines import BLANK, SHORT, Line


def mark_chart_labels(lines: Sequence[Line]) -> tuple[Line, ...]:
    """``lines`` with each run of a chart's labels marked. One pass."""
    marked = list(lines)
    run: list[int] = []
    values = 0
    for i in range(len(lines) + 1):
        line = lines[i] if i < len(lines) else None
        if line is not None and line.kind == BLANK:
            continue
        if line is not None and _label(line):
            run.append(i)
            values += rules.CHART_VALUE.fullmatch(line.text) is not None
            continue
        if len(run) >= rules.CHART_MIN_LABELS and values >= len(run) * rules.CHART_VALUE_SHARE:
            for k in run:
                marked[k] = replace(lines[k], reason=rules.CHART_REASON, headline_like=False)
        run, values = [], 0
    return tuple(marked)


def _label(line: Line) -> bool:
    return (
        line.kind == SHORT
        and not line.reason  # a table's cell, code, a menu item are not a chart's
        and (
            rules.CHART_VALUE.fullmatch(line.text) is not None
            or line.words <= rules.CHART_WORD_MAX_WORDS
        )
    )


def is_chart_label(line: Line) -> bool:
    """Whether ``line`` is a label of a chart (``mark_chart_labels``)."""
    return line.kind == SHORT and line.reason == rules.CHART_REASON
