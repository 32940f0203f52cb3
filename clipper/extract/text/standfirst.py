"""A one-sentence standfirst between the headline and the byline: not the body's start.

"Headline / standfirst / byline / body": the standfirst reads as prose, but the byline
(or a bare name over a date line) after it shows that the article has not begun.
"""

from __future__ import annotations

from collections.abc import Sequence

from clipper.extract.text import rules as rules
from clipper.extract.text.lines import (
    BLANK,
    NAME_AND_DATE,
    PROSE,
    SENTENCE,
    Line,
    name_dates_listed,
)


def split_standfirst(lines: Sequence[Line], start: int, end: int) -> tuple[int, int | None]:
    """A one-sentence standfirst between headline and byline is not the body's start.

    "Gas storage is full, but ..." followed by "By Olga Brandt | Nov. 18, 2024"
    reads as prose, but the byline after it shows the article has not begun.
    Returns the body's new first line and the standfirst's index, if any.
    """
    dek: int | None = None
    listed = name_dates_listed(lines)
    for i in range(start, end + 1):
        line = lines[i]
        if line.kind == BLANK or (listed and line.reason == NAME_AND_DATE):
            continue
        if (
            line.kind in (PROSE, SENTENCE)
            and dek is None
            and line.words <= rules.STANDFIRST_MAX_WORDS
        ):
            dek = i
            continue
        meta = line.meta
        byline_or_date = (
            meta is not None
            and bool(meta.authors or meta.published or meta.modified or meta.time_only)
        ) or _name_over_date(lines, i, end)
        if dek is None or not byline_or_date:
            return start, None
        later = [k for k in range(i + 1, end + 1) if lines[k].kind == PROSE]
        return (later[0], dek) if later else (start, None)
    return start, None


def _name_over_date(lines: Sequence[Line], i: int, end: int) -> bool:
    """A bare name ("Bettina Kugler") with a date line right under it: the byline of
    "Headline / standfirst / name / date / body". Not when the date line names its own
    authors ("Tech Industry / by Steven Musil January 18, 2017": a section's label)."""
    line = lines[i]
    if not line.name_like or rules.NOT_A_NAME.fullmatch(line.text):
        return False
    below = next((k for k in range(i + 1, end + 1) if lines[k].kind != BLANK), None)
    meta = lines[below].meta if below is not None else None
    return meta is not None and bool(meta.published or meta.modified) and not meta.authors
