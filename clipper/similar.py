"""Near-duplicate detection: a small sketch of a text, and how alike two sketches are.

Pure functions, no I/O. A text's sketch is the bottom-k MinHash of its word
4-gram shingles: the ``SKETCH_SIZE`` smallest 32-bit hashes of its shingles.
Two sketches estimate the Jaccard similarity of the texts' shingle sets
(Broder, 1997), which is what "the same wire story on another site" looks
like: most sentences shared, a dateline, a headline or a closing line
different. Texts about the same event written separately share almost no
4-grams, so their estimate stays near zero.
"""

from __future__ import annotations

import heapq
import re
import zlib

SKETCH_SIZE = 32
SHINGLE_WORDS = 4
# Below this many words a text has too few shingles for the estimate to mean much.
MIN_WORDS = 40
# Estimated Jaccard similarity from which two texts count as near-duplicates.
NEAR_DUPLICATE = 0.5

_WORD = re.compile(r"\w+")


def sketch(text: str) -> tuple[int, ...]:
    """The bottom-k MinHash sketch of ``text``, smallest first; () for short texts.

    Hashes are 32-bit unsigned integers, which SQLite stores as they are.
    """
    words = _WORD.findall(text.casefold())
    if len(words) < MIN_WORDS:
        return ()
    # Each run of SHINGLE_WORDS consecutive words, hashed with CRC-32: stable
    # across processes and runs (unlike hash()), and a C call per shingle; 32
    # bits leave collisions far too rare to move the estimate. Stored sketches
    # depend on these exact values: changing them breaks matching old clippings.
    runs = zip(*(words[i:] for i in range(SHINGLE_WORDS)), strict=False)  # shorter tails end it
    crc32 = zlib.crc32
    hashes = {crc32(" ".join(run).encode()) for run in runs}
    return tuple(heapq.nsmallest(SKETCH_SIZE, hashes))


def similarity(a: tuple[int, ...] | list[int], b: tuple[int, ...] | list[int]) -> float:
    """Estimated Jaccard similarity of the texts two sketches were made from (0 to 1)."""
    if not a or not b:
        return 0.0
    k = min(len(a), len(b))
    union = heapq.nsmallest(k, set(a) | set(b))
    both = set(a) & set(b)
    return sum(1 for h in union if h in both) / k
