"""Finding a highlighted passage in a clipping's text (pure).

A passage is typed or pasted by a person, so it rarely matches the stored text
character for character: line breaks and runs of spaces differ, a terminal
turns curly quotes straight, a browser copy carries soft hyphens. Both sides
are folded the same way before looking (whitespace runs become one space,
case is ignored, typographic quotes and dashes become their ASCII forms,
invisible characters go) and the match is mapped back to offsets in the real
text, so what is stored is the article's own wording.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

# One character for one: quotes and dashes a keyboard or terminal changes.
_FOLD = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u00b4": "'",
        "`": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u2033": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u2015": "-",
        "\u2212": "-",
    }
)
# Characters that a copy from a page may hold or lose without the words changing.
_INVISIBLE = frozenset("\u00ad\u200b\u200c\u200d\u2060\ufeff")
# A passage longer than this is not a highlight but the article.
MAX_PASSAGE_CHARS = 20_000
MAX_NOTE_CHARS = 20_000


@dataclass(frozen=True, slots=True)
class Folded:
    """A text folded for matching, and where each of its characters came from."""

    text: str
    origin: tuple[int, ...]  # origin[i]: index in the original of folded text[i]


def fold(text: str) -> Folded:
    """Fold ``text`` for matching (see the module docstring), keeping the offsets."""
    out: list[str] = []
    origin: list[int] = []
    pending_space = False
    for i, ch in enumerate(text):
        if ch in _INVISIBLE:
            continue
        if ch.isspace():
            pending_space = bool(out)
            continue
        if pending_space:
            out.append(" ")
            origin.append(i - 1)
            pending_space = False
        low = ch.lower()
        out.append((low if len(low) == 1 else ch).translate(_FOLD))
        origin.append(i)
    return Folded("".join(out), tuple(origin))


def locate(folded: Folded, passage: str) -> tuple[int, int] | None:
    """Where the passage first stands in the folded text: (start, end) in the original."""
    needle = fold(passage).text
    if not needle:
        return None
    at = folded.text.find(needle)
    if at < 0:
        return None
    return folded.origin[at], folded.origin[at + len(needle) - 1] + 1


def find_passage(text: str, passage: str) -> tuple[int, int] | None:
    """Offsets of ``passage`` in ``text`` (folded as the module says), or None."""
    return locate(fold(text), passage)


def reanchor(text: str, passages: Iterable[str]) -> list[tuple[int, int] | None]:
    """Each passage's offsets in a new text, None for those it no longer holds."""
    folded = fold(text)
    return [locate(folded, p) for p in passages]
