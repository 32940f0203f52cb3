"""rich's cell measures and line breaking for the plain views, without importing rich for most text.

``rich.cells`` and ``rich._wrap`` (and the Unicode width tables they load)
cost a reading command a millisecond or two before it measures anything.
Most of what clipper prints, though, is made of characters whose width is
the same in every Unicode version rich knows: one cell for printable ASCII,
Latin, Greek and Cyrillic letters, general punctuation (dashes, curly
quotes, "…", "•") and box drawing; two for CJK ideographs, kana, hangul and
fullwidth forms. For text made of those alone, each function here answers
what its rich namesake answers, by the same steps with those widths; any
other text goes to rich itself. tests/test_cells.py holds the two equal.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from itertools import chain

# Characters one cell wide in every Unicode version rich ships, none of them
# whitespace but the space (so rich's word pattern splits them at spaces
# alone), none combining or of no width: rich's own single-cell ranges
# (rich.cells._SINGLE_CELL_UNICODE_RANGES) and general punctuation.
_ONE_CELL = (
    (0x20, 0x7E),  # ASCII, printable
    (0xA1, 0xAC),  # Latin-1 (no-break space and soft hyphen left out)
    (0xAE, 0x2FF),  # Latin, IPA, spacing modifiers
    (0x370, 0x482),  # Greek, Cyrillic
    (0x2010, 0x2027),  # dashes, quotes, bullets, "…"
    (0x2030, 0x205E),  # per mille, primes, angle quotes …
    (0x2500, 0x25FC),  # box drawing, blocks, geometric shapes
)
# Two cells wide in every one of those versions (none is whitespace).
_TWO_CELLS = (
    (0x3001, 0x3003),  # 、。〃
    (0x3008, 0x3011),  # CJK brackets
    (0x3041, 0x3096),  # hiragana
    (0x30A1, 0x30FA),  # katakana
    (0x30FC, 0x30FE),
    (0x4E00, 0x9FBB),  # CJK ideographs (those after were narrower in Unicode 4 and 5)
    (0xAC00, 0xD7A3),  # hangul syllables
    (0xFF01, 0xFF60),  # fullwidth forms
    (0xFFE0, 0xFFE6),
)


# The code points in those ranges left unassigned (not printable).
_HOLES = frozenset(map(chr, (0x378, 0x379, 0x380, 0x381, 0x382, 0x383, 0x38B, 0x38D, 0x3A2)))
_SINGLE = frozenset(map(chr, chain.from_iterable(range(a, b + 1) for a, b in _ONE_CELL))) - _HOLES
# Some 30,000 characters: looked up in their ranges, not a set (or a pattern,
# whose compiling alone would cost more than rich's import).
_TWO_BOUNDS = tuple(chain.from_iterable((a, b + 1) for a, b in _TWO_CELLS))
# rich._wrap.re_word; in text of those characters its \s is the space alone.
_WORD = re.compile(r"\s*\S+\s*")


def single_cells(text: str) -> bool:
    """Whether every character of ``text`` is one cell wide (as counted here)."""
    return _SINGLE.issuperset(text)


def _double(ch: str) -> bool:
    """Whether ``ch`` is in one of the _TWO_CELLS ranges."""
    return bisect_right(_TWO_BOUNDS, ord(ch)) % 2 == 1


def _known_len(text: str) -> int | None:
    """The cells of ``text`` if each of its characters is one or two cells wide here; else None."""
    wide = 0
    for ch in text:
        if ch not in _SINGLE:
            if not _double(ch):
                return None
            wide += 1
    return len(text) + wide


def _width(ch: str) -> int:
    """A character's cells, in text _known_len measures."""
    return 1 if ch in _SINGLE else 2


def cell_len(text: str) -> int:
    """rich.cells.cell_len."""
    if _SINGLE.issuperset(text):
        return len(text)
    if (known := _known_len(text)) is not None:
        return known
    from rich.cells import cell_len as rich_cell_len

    return rich_cell_len(text)


def set_cell_size(text: str, total: int) -> str:
    """rich.cells.set_cell_size: cropped or padded with spaces to ``total`` cells."""
    if _SINGLE.issuperset(text):
        size = len(text)
        if size < total:
            return text + " " * (total - size)
        if total < 0 and any("\u2010" <= ch <= "\u205e" for ch in text):
            return ""  # not one of rich's own one-cell characters: rich's general case
        return text[:total]
    known = _known_len(text)
    if known is None:
        from rich.cells import set_cell_size as rich_set_cell_size

        return rich_set_cell_size(text, total)
    size = known
    if total <= 0:
        return ""
    if size <= total:
        return text + " " * (total - size)
    # rich.cells._split_text: a wide character across the edge becomes a space.
    used = 0
    for index, ch in enumerate(text):
        width = _width(ch)
        if used + width > total:
            return text[:index] + " " if used < total else text[:index]
        used += width
    return text


def zero_width(ch: str) -> bool:
    """Whether rich gives the character no width at all (a joiner, a combining mark)."""
    if ch in _SINGLE or _double(ch):
        return False
    from rich.cells import get_character_cell_size

    return get_character_cell_size(ch) == 0


def _known_width(text: str) -> int:
    """The cells of a piece of text _known_len measured."""
    return len(text) + sum(ch not in _SINGLE for ch in text)


def _chop(word: str, width: int) -> list[str]:
    """rich.cells.chop_cells: the word in pieces of at most ``width`` cells."""
    if _SINGLE.issuperset(word):
        return [word[i : i + width] for i in range(0, len(word), width)]
    lines: list[str] = []
    size = start = 0
    for index, ch in enumerate(word):
        cells = _width(ch)
        if size + cells > width:
            lines.append(word[start:index])
            start, size = index, 0
        size += cells
    if size:
        lines.append(word[start:])
    return lines


def divide_line(text: str, width: int, fold: bool = True) -> list[int]:
    """rich._wrap.divide_line: the offsets to break ``text`` at to fit ``width`` cells."""
    measure: Callable[[str], int] = len
    if _SINGLE.issuperset(text):
        pass
    elif _known_len(text) is not None:
        measure = _known_width
    else:
        from rich._wrap import divide_line as rich_divide_line

        return rich_divide_line(text, width, fold=fold)
    breaks: list[int] = []
    offset = 0  # cells used on the current line
    # Each match starts where the last ended (it takes the spaces after its
    # word), as rich's repeated match() does; spaces alone at the end are no word.
    for match in _WORD.finditer(text):
        start = match.start()
        word = match.group()
        word_length = measure(word.rstrip())
        if width - offset >= word_length:
            offset += measure(word)
        elif word_length > width:
            if fold:
                pieces = _chop(word, width)
                for n, piece in enumerate(pieces):
                    if start:
                        breaks.append(start)
                    if n == len(pieces) - 1:
                        offset = measure(piece)
                    else:
                        start += len(piece)
            else:
                if start:
                    breaks.append(start)
                offset = measure(word)
        elif offset and start:
            breaks.append(start)
            offset = measure(word)
    return breaks
