"""The article's own notes under its end: a postscript, a correction, an editor's note.

A column signed with its author's name may go on under the signature with a
"P.S. ..."; a report may carry "Correction, 3 December: ..." or "Update: ..."
under its last paragraph, even under its tags line. Such a paragraph speaks
of the article, in the article's voice: it is no author's box under the name
(``authorbox.py``), and what a tags line or a "Read more" label closes does
not begin with it (``body.py``). ``rules.ARTICLE_NOTE_OPENING`` says how such
notes open, in the lexicon's languages.
"""

from __future__ import annotations

from collections.abc import Sequence

from clipper.extract.text import rules as rules
from clipper.extract.text.lines import BLANK, PROSE, Line, is_links_label


def is_article_note(line: Line) -> bool:
    """Whether ``line`` is a paragraph opening as an article's own note ("P.S.", "Correction:")."""
    return line.kind == PROSE and rules.ARTICLE_NOTE_OPENING.match(line.text) is not None


def closes_article(lines: Sequence[Line], i: int) -> bool:
    """Whether line ``i`` labels links that close the article (``is_links_label``):
    not when the next line shown is the article's own note, which goes on under it."""
    if not is_links_label(lines[i]):
        return False
    k = i + 1
    while k < len(lines) and lines[k].kind == BLANK:
        k += 1
    return k == len(lines) or not is_article_note(lines[k])
