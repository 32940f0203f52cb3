"""Titles compared word by word: how much of one a headline keeps, in order; whether a
short part of a title stands in a heading. Pure string work for :mod:`.titles`."""

from __future__ import annotations

import re

from clipper.extract.html import rules as rules


def kept_in_order(title: str, h1: str) -> float:
    """The share of the title's words of some length (not "the", "of", "in": words of
    ``TITLE_CONTENT_WORD_CHARS`` letters or more) that the ``<h1>`` has in the same order."""
    mine, theirs = content_words(title), content_words(h1)
    if len(mine) < rules.TITLE_FULLER_MIN_WORDS:
        return 0.0  # "My title" in "Test document title" says nothing
    # the longest common subsequence, row by row (a title has a few dozen words at most)
    row = [0] * (len(theirs) + 1)
    for word in mine:
        previous = 0
        for j, other in enumerate(theirs, 1):
            previous, row[j] = row[j], previous + 1 if word == other else max(row[j], row[j - 1])
    return row[-1] / len(mine)


def content_words(text: str) -> list[str]:
    return [
        w for w in re.findall(r"\w+", text.casefold()) if len(w) >= rules.TITLE_CONTENT_WORD_CHARS
    ]


def ends_words_of(head: str, h1: str) -> bool:
    """Whether ``head``'s words stand in ``h1`` in a row, the first of them whole or as the
    end of a compound ("Geschichte" in "Chorgeschichte"; not "Art" in "Party")."""
    mine = re.findall(r"\w+", head.casefold())
    theirs = re.findall(r"\w+", h1.casefold())
    n = len(mine)
    return bool(mine) and any(
        theirs[i].endswith(mine[0]) and theirs[i + 1 : i + n] == mine[1:]
        for i in range(len(theirs) - n + 1)
    )


def similarity(a: str, b: str) -> float:
    ta, tb = set(a.lower().split()), set(b.lower().split())
    return len(ta & tb) / max(1, len(ta | tb))
