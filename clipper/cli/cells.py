"""rich's cell measures and line breaking for the plain views, without importing rich for most text.

``rich.cells`` and ``rich._wrap`` (and the Unicode width tables they load)
cost a reading command a millisecond or two before it measures anything.
Most of what clipper prints, though, is made of characters one cell wide in
every Unicode version rich knows: printable ASCII, Latin, Greek and Cyrillic
letters, general punctuation (dashes, curly quotes, "…", "•"), box drawing.
For text made of those alone, each function here answers what its rich
namesake answers, by the same steps with a character counted as one cell;
any other text goes to rich itself. tests/test_plain.py holds the two equal.
"""

from __future__ import annotations

import re
from itertools import chain

# Characters one cell wide in every Unicode version rich ships, none of them
# whitespace but the space (so rich's word pattern splits them at spaces
# alone), none combining or of no width: rich's own single-cell ranges
# (rich.cells._SINGLE_CELL_UNICODE_RANGES) and general punctuation.
_RANGES = (
    (0x20, 0x7E),  # ASCII, printable
    (0xA1, 0xAC),  # Latin-1 (no-break space and soft hyphen left out)
    (0xAE, 0x2FF),  # Latin, IPA, spacing modifiers
    (0x370, 0x482),  # Greek, Cyrillic
    (0x2010, 0x2027),  # dashes, quotes, bullets, "…"
    (0x2030, 0x205E),  # per mille, primes, angle quotes …
    (0x2500, 0x25FC),  # box drawing, blocks, geometric shapes
)
_SINGLE = frozenset(
    ch
    for ch in map(chr, chain.from_iterable(range(a, b + 1) for a, b in _RANGES))
    if ch == " " or (ch.isprintable() and not ch.isspace())
)
# rich._wrap.re_word; in single-cell text its \s is the space alone.
_WORD = re.compile(r"\s*\S+\s*")


def single_cells(text: str) -> bool:
    """Whether every character of ``text`` is one of those counted here (one cell each)."""
    return _SINGLE.issuperset(text)


def cell_len(text: str) -> int:
    """rich.cells.cell_len."""
    if _SINGLE.issuperset(text):
        return len(text)
    from rich.cells import cell_len as rich_cell_len

    return rich_cell_len(text)


def set_cell_size(text: str, total: int) -> str:
    """rich.cells.set_cell_size: cropped or padded with spaces to ``total`` cells."""
    if _SINGLE.issuperset(text):
        size = len(text)
        return text + " " * (total - size) if size < total else text[:total]
    from rich.cells import set_cell_size as rich_set_cell_size

    return rich_set_cell_size(text, total)


def zero_width(ch: str) -> bool:
    """Whether rich gives the character no width at all (a joiner, a combining mark)."""
    if ch in _SINGLE:
        return False
    from rich.cells import get_character_cell_size

    return get_character_cell_size(ch) == 0


def divide_line(text: str, width: int, fold: bool = True) -> list[int]:
    """rich._wrap.divide_line: the offsets to break ``text`` at to fit ``width`` cells."""
    if not _SINGLE.issuperset(text):
        from rich._wrap import divide_line as rich_divide_line

        return rich_divide_line(text, width, fold=fold)
    breaks: list[int] = []
    offset = 0  # cells used on the current line
    # Each match starts where the last ended (it takes the spaces after its
    # word), as rich's repeated match() does; spaces alone at the end are no word.
    for match in _WORD.finditer(text):
        start = match.start()
        word = match.group()
        word_length = len(word.rstrip())
        if width - offset >= word_length:
            offset += len(word)
        elif word_length > width:
            if fold:
                # rich.cells.chop_cells, then the line of each piece.
                pieces = [word[i : i + width] for i in range(0, len(word), width)]
                for n, piece in enumerate(pieces):
                    if start:
                        breaks.append(start)
                    if n == len(pieces) - 1:
                        offset = len(piece)
                    else:
                        start += len(piece)
            else:
                if start:
                    breaks.append(start)
                offset = len(word)
        elif offset and start:
            breaks.append(start)
            offset = len(word)
    return breaks
