"""A dek right over the body: the article's first paragraph, not its headline.

Two headline-like lines stacked over the body ("Harbour history" / "From a
fishing hamlet to a ferry port in two hundred years" / body): the upper is the
headline, and the longer line under it, with nothing but blank lines between it
and the body's first paragraph, is the dek that opens the article. A dek with a
byline or a date under it (headline / dek / byline / body) is left as it is: the
article begins under the byline.
"""

from __future__ import annotations

from collections.abc import Sequence

from clipper.extract.text import rules as rules
from clipper.extract.text.figures import Figure
from clipper.extract.text.lines import BLANK, CHROME, CREDIT, FILE, META, SHORT, Line


def dek_over_body(lines: Sequence[Line], start: int, in_figure: dict[int, Figure]) -> int:
    """The body's first line, moved up to a dek right over it (see the module)."""
    dek = start - 1
    while dek >= 0 and lines[dek].kind == BLANK:
        dek -= 1
    if dek < 0 or dek in in_figure:
        return start
    line = lines[dek]
    if (
        line.kind != SHORT
        or not line.headline_like
        or line.name_like
        or line.words < rules.DEK_MIN_WORDS
    ):
        return start
    above = _headline_above(lines, dek, in_figure)
    if above is None or lines[above].words >= line.words:
        return start
    return dek


def _headline_above(lines: Sequence[Line], dek: int, in_figure: dict[int, Figure]) -> int | None:
    """The nearest headline-like line over the dek, across dates, credits and chrome."""
    for k in range(dek - 1, max(dek - 1 - rules.DEK_HEADLINE_REACH, -1), -1):
        line = lines[k]
        if line.kind in (BLANK, META, CREDIT, FILE, CHROME) or k in in_figure:
            continue
        return k if line.headline_like else None
    return None
