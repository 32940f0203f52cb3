"""Labels read from what follows them.

A comments label over the article's own prose is a section heading, not comments;
a "More information" line over a list of links is a soft end marker.

"Kommentar" (a comments label in the singular) over paragraphs that follow one another with nothing
between them (no commenter's name, date or reply link, which every comment in a
copy carries) heads the article's analysis: the article goes on under it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from clipper.extract.text import rules as rules
from clipper.extract.text.lines import BLANK, HARD_MARKER, PROSE, SHORT, SOFT_MARKER, Line


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
        elif (
            line.kind == SHORT
            and rules.MORE_INFO_LABEL.fullmatch(line.text)
            and _links_below(lines, i)
        ):
            out[i] = replace(line, kind=SOFT_MARKER, reason="more information")
    return tuple(out)


def _links_below(lines: Sequence[Line], i: int) -> bool:
    """Whether a run of link-like lines (short titles with no sentence mark or
    colon) follows line ``i``: a list of links, not fact lines or prose."""
    run = 0
    for line in lines[i + 1 :]:
        if line.kind == BLANK:
            continue
        if (
            line.kind != SHORT
            or line.words > rules.MORE_INFO_LINK_WORDS
            or rules.LINK_LIKE_BAD.search(line.text)
        ):
            break
        run += 1
        if run >= rules.MORE_INFO_LINK_RUN:
            return True
    return False


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
