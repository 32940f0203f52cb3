"""Headlines cut to fit a box, read as the list they are (after step 1 of ``dump.py``).

A box of other articles ("23 things every reader of the 2000s…", "New bridge
plans shown to the…") cuts each headline or excerpt to its width and ends it
with an ellipsis, and an ellipsis ends a sentence: alone, each reads as a
short paragraph, and together they made a block of prose that could win over
the article or join it. ``rules.CUT_TEASERS_MIN`` or more such lines in a row
(blank lines aside) are a list: short lines, as a menu's are.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from clipper.extract.text import rules as rules
from clipper.extract.text.lines import BLANK, PROSE, SENTENCE, SHORT, Line


def mark_cut_teasers(lines: Sequence[Line]) -> tuple[Line, ...]:
    """``lines`` with each run of cut-off headlines read as short lines. One pass."""
    marked = list(lines)
    run: list[int] = []
    for i in range(len(lines) + 1):
        line = lines[i] if i < len(lines) else None
        if line is not None and line.kind == BLANK:
            continue
        if line is not None and line.kind in (PROSE, SENTENCE) and rules.CUT_OFF.search(line.text):
            run.append(i)
            continue
        if len(run) >= rules.CUT_TEASERS_MIN:
            for k in run:
                marked[k] = replace(lines[k], kind=SHORT)
        run = []
    return tuple(marked)
