"""A chart's labels in a text dump, read as the chart they are (after step 1 of ``dump.py``).

A chart drawn in HTML or SVG is copied as its labels, one to a line: the
values ("$915", "600", "13.0%"), the axis ("’17", "’18", ...) and a word or
two ("billion", "PROJECTED"). They say nothing without the chart, and a
page that draws one chart for phones and one for wider screens copies them
twice. ``rules.CHART_MIN_LABELS`` or more short lines in a row (blank lines
aside), nearly all of them numbers (``rules.CHART_VALUE``) and the rest a
word or two, with an axis among them (``rules.CHART_AXIS_TICKS`` values in a
row stepping evenly), are a chart's labels: stripped from the body, and
weighing nothing between two paragraphs. A data table's cells (``tables.py``)
and a box of results or statistics (label, value, value…) are no chart.
"""

from __future__ import annotations

import math
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
        if (
            len(run) >= rules.CHART_MIN_LABELS
            and values >= len(run) * rules.CHART_VALUE_SHARE
            and _has_axis([lines[k].text for k in run])
        ):
            for k in run:
                marked[k] = replace(lines[k], reason=rules.CHART_REASON, headline_like=False)
        run, values = [], 0
    return tuple(marked)


def _has_axis(labels: Sequence[str]) -> bool:
    """Whether ``rules.CHART_AXIS_TICKS`` values in a row step by one same amount."""
    steps = 0  # values so far in the current evenly stepping run
    last: float | None = None
    step: float | None = None
    for text in labels:
        value = _number(text)
        if value is None:
            steps, last, step = 0, None, None
            continue
        if last is None:
            steps = 1
        elif step is None or not math.isclose(
            value - last, step, abs_tol=rules.CHART_STEP_TOLERANCE
        ):
            steps, step = 2, value - last
            if step == 0:
                steps, step = 1, None
        else:
            steps += 1
        last = value
        if steps >= rules.CHART_AXIS_TICKS:
            return True
    return False


def _number(text: str) -> float | None:
    """The number a value label shows ("’17" is 17, "$1,200" 1200), or None."""
    if rules.CHART_VALUE.fullmatch(text) is None:
        return None
    found = rules.CHART_NUMBER.search(text.replace(",", ""))
    if found is None:
        return None
    negative = text.lstrip("’'$€£¥~≈<>+")[:1] in ("-", "−")
    return -float(found[0]) if negative else float(found[0])


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
