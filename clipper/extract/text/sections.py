"""A comments label over the article's own prose: a section heading, not comments.

"Kommentar" (a comments label in the singular) over paragraphs that follow one another with nothing
between them (no commenter's name, date or reply link, which every comment in a
copy carries) heads the article's analysis: the article goes on under it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from clipper.extract.text import rules as rules
from clipper.extract.text.lines import BLANK, HARD_MARKER, PROSE, SHORT, Line


def mark_section_headings(lines: Sequence[Line]) -> tuple[Line, ...]:
    """``lines``, with each singular comments label over unframed prose read as a heading."""
    out = list(lines)
    for i, line in enumerate(lines):
        if (
            line.kind == HARD_MARKER
            and line.reason in rules.COMMENT_MARKERS
            and rules.COMMENTARY_LABEL.fullmatch(line.text)
            and _unframed_prose_below(lines, i)
        ):
            out[i] = replace(line, kind=SHORT, reason="")
    return tuple(out)


def _unframed_prose_below(lines: Sequence[Line], i: int) -> bool:
    run = 0
    for line in lines[i + 1 :]:
        if line.kind == BLANK:
            continue
        if line.kind != PROSE:
            break
        run += 1
        if run >= rules.SECTION_PROSE_RUN:
            return True
    return False
