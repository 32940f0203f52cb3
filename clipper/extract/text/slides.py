"""Slideshows copied in place, read as the gallery they are (after step 1 of ``dump.py``).

A gallery set in an article ("Business news in pictures") copies as all of
its slides, one after the other, each caption opening with its counter:
"1/50 Thousands more take a look", a paragraph, a credit; "2/50 ...". The
captions read as paragraphs and join the body. ``rules.SLIDE_RUN_MIN`` or
more counters in a row (blank lines aside, each slide at most
``rules.SLIDE_MAX_LINES`` lines) that step by one under one total are a
slideshow: each slide's lines, and as many after the last counter as the
other slides have, are chrome (unless they are most of the article's prose and fewer
than ``rules.SLIDE_MANY``: a listicle numbered "1/5"). A recipe's "1/2 cup" and "1/3 teaspoon" step
by nothing; dates ("01/19", "01/18") keep no total. A page whose prose is
all in its slides (a photo story) keeps them.
"""

from __future__ import annotations

import itertools
import statistics
from collections.abc import Sequence
from dataclasses import replace

from clipper.extract.text import rules as rules
from clipper.extract.text.lines import BLANK, CHROME, PROSE, Line


def mark_slideshows(lines: Sequence[Line]) -> tuple[Line, ...]:
    """``lines`` with each slideshow's slides read as chrome. One pass."""
    shown = [i for i, line in enumerate(lines) if line.kind != BLANK]
    slides: set[int] = set()
    totals: list[int] = []
    run: list[int] = []  # positions in ``shown`` of the run's counters
    total = -1
    for n, i in enumerate([*shown, -1]):
        counter = rules.SLIDE_COUNTER.match(lines[i].text) if i >= 0 else None
        if counter is not None:
            k, of = int(counter["k"]), int(counter["n"])
            if (
                run
                and of == total
                and k == _number(lines[shown[run[-1]]]) + 1
                and n - run[-1] <= rules.SLIDE_MAX_LINES
            ):
                run.append(n)
                continue
        elif i >= 0 and run and n - run[-1] < rules.SLIDE_MAX_LINES:
            continue  # a caption or a credit inside the slide
        if len(run) >= rules.SLIDE_RUN_MIN and total >= rules.SLIDE_TOTAL_MIN:
            slides.update(_slide_lines(shown, run))
            totals.append(total)
        run, total = [], -1
        if counter is not None and 0 < int(counter["k"]) <= int(counter["n"]):
            run, total = [n], int(counter["n"])
    outside = sum(1 for i in shown if lines[i].kind == PROSE and i not in slides)
    if not slides or outside < rules.SLIDE_PROSE_OUTSIDE_MIN:
        return tuple(lines)
    inside = sum(1 for i in slides if lines[i].kind == PROSE)
    if inside > outside and max(totals) < rules.SLIDE_MANY:
        return tuple(lines)  # a listicle numbered "1/5 ...": most of the article is its items
    return tuple(
        replace(line, kind=CHROME, reason=rules.SLIDE_REASON) if i in slides else line
        for i, line in enumerate(lines)
    )


def _number(line: Line) -> int:
    counter = rules.SLIDE_COUNTER.match(line.text)
    return int(counter["k"]) if counter else -1


def _slide_lines(shown: Sequence[int], run: Sequence[int]) -> list[int]:
    """The lines of the slides whose counters stand at ``run`` (positions in
    ``shown``): each counter to the next, and after the last counter as many
    lines as a slide has (the median of the others)."""
    size = int(statistics.median(b - a for a, b in itertools.pairwise(run)))
    last = min(run[-1] + size, len(shown))
    return [shown[n] for n in range(run[0], last)]
