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


def _chars(ranges: tuple[tuple[int, int], ...]) -> frozenset[str]:
    return frozenset(
        ch
        for ch in map(chr, chain.from_iterable(range(a, b + 1) for a, b in ranges))
        if ch == " " or (ch.isprintable() and not ch.isspace())
    )


_SINGLE = _chars(_ONE_CELL)
_DOUBLE = _chars(_TWO_CELLS)
_KNOWN = _SINGLE | _DOUBLE
# rich._wrap.re_word; in text of those characters its \s is the space alone.
_WORD = re.compile(r"\s*\S+\s*")


def single_cells(text: str) -> bool:
    """Whether every character of ``text`` is one cell wide (as counted here)."""
    return _SINGLE.issuperset(text)


def _known_len(text: str) -> int:
    """The cells of text whose every character is in _KNOWN."""
    return len(text) + sum(ch in _DOUBLE for ch in text)


def cell_len(text: str) -> int:
    """rich.cells.cell_len."""
    if _SINGLE.issuperset(text):
        return len(text)
    if _KNOWN.issuperset(text):
        return _known_len(text)
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
    if not _KNOWN.issuperset(text):
        from rich.cells import set_cell_size as rich_set_cell_size

        return rich_set_cell_size(text, total)
    if total <= 0:
        return ""
    size = _known_len(text)
    if size <= total:
        return text + " " * (total - size)
    # rich.cells._split_text: a wide character across the edge becomes a space.
    used = 0
    for index, ch in enumerate(text):
        width = 2 if ch in _DOUBLE else 1
        if used + width > total:
            return text[:index] + " " if used < total else text[:index]
        used += width
    return text


def zero_width(ch: str) -> bool:
    """Whether rich gives the character no width at all (a joiner, a combining mark)."""
    if ch in _KNOWN:
        return False
    from rich.cells import get_character_cell_size

    return get_character_cell_size(ch) == 0


def _chop(word: str, width: int) -> list[str]:
    """rich.cells.chop_cells: the word in pieces of at most ``width`` cells."""
    if _SINGLE.issuperset(word):
        return [word[i : i + width] for i in range(0, len(word), width)]
    lines: list[str] = []
    size = start = 0
    for index, ch in enumerate(word):
        cells = 2 if ch in _DOUBLE else 1
        if size + cells > width:
            lines.append(word[start:index])
            start, size = index, 0
        size += cells
    if size:
        lines.append(word[start:])
    return lines


def divide_line(text: str, width: int, fold: bool = True) -> list[int]:
    """rich._wrap.divide_line: the offsets to break ``text`` at to fit ``width`` cells."""
    if not _KNOWN.issuperset(text):
        from rich._wrap import divide_line as rich_divide_line

        return rich_divide_line(text, width, fold=fold)
    measure = len if _SINGLE.issuperset(text) else _known_len
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
