"""The article's own author over a box at its end: the byline's name again.

A blog or a magazine closes its posts with a box about the author: the name
on a line of its own, then a paragraph about them. That paragraph need not
open with the name ("Als Redakteurin betreue ich ...", "Hi, ich bin Tobi",
"Senior editor since 2019"), so ``endings.py`` can't always tell it from a
last section under a person's name; the byline above the article can. The
name the byline gave, alone on its line (a count or a role beside it), over
a paragraph that is no note ("(1) ...", "* ...", nor the article's own "P.S."
or "Correction:", ``notes.py``), heads the author's box.
"""

from __future__ import annotations

from collections.abc import Sequence

from clipper.extract.text import rules as rules
from clipper.extract.text.blocks import neighbours
from clipper.extract.text.lines import BLANK, CHROME, META, PROSE, Line
from clipper.extract.text.notes import is_article_note


def byline_names(lines: Sequence[Line], start: int) -> frozenset[str]:
    """The names (case-folded) that bylines above line ``start`` gave: "By Jane
    Roe", or a name alone on the line next to the date ("25 July 2019 / Jane Roe")."""
    names: set[str] = set()
    for i, line in enumerate(lines[:start]):
        if line.kind == META and line.meta is not None:
            names.update(name.casefold() for name in line.meta.authors)
        elif line.name_like and not line.headline_like and _beside_date(lines, i):
            names.add(line.text.casefold())
    return frozenset(names)


def _beside_date(lines: Sequence[Line], i: int) -> bool:
    return any(
        (meta := lines[k].meta) is not None and meta.published is not None
        for k in neighbours(lines, i, skip=(BLANK, CHROME))
    )


def heads_own_box(line: Line, paragraph: Line, names: frozenset[str]) -> bool:
    """Whether ``line`` is one of the byline's ``names`` (a count or a role may
    follow it) over ``paragraph``, a paragraph of prose that is no note (a
    footnote's "(1)", a postscript, a correction: the signed article's own)."""
    if (
        not names
        or paragraph.kind != PROSE
        or rules.NOTE_OPENING.match(paragraph.text)
        or is_article_note(paragraph)
    ):
        return False
    # The line without what may follow the name ("312 posts", ", Editor"): one
    # look-up each, however many bylines stand above.
    text = line.text.casefold()
    return any(
        head.strip() in names
        for head in (
            text,
            rules.BOX_NAME_TAIL.sub("", text),
            *rules.BOX_NAME_SPLIT.split(text, 1)[:1],
        )
    )
