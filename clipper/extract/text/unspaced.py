"""Words in scripts written without spaces between them: Thai, Lao, Khmer, Myanmar.

Their writers set a space between clauses or sentences, not between words, and end
a sentence with no full stop, so a whole paragraph splits into a handful of
"words" and reads as a short line: a copied Thai article came out as its byline.
A run of such letters counts as one word per ``rules.UNSPACED_WORD_CHARS``
characters (Thai words average four to five, with their vowel and tone marks).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from clipper.extract.text import rules

UNSPACED_RUN = re.compile(r"[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]+")


def spaced_words(text: str, words: Sequence[str] | None = None) -> int:
    """How many words ``text`` holds: its space-separated words, with a run of an
    unspaced script counted by its length. ``words`` is ``text.split()`` if known."""
    count = len(text.split() if words is None else words)
    if text.isascii():
        return count
    runs = UNSPACED_RUN.findall(text)
    if not runs:
        return count
    others = len(UNSPACED_RUN.sub(" ", text).split())
    return others + sum(max(1, len(run) // rules.UNSPACED_WORD_CHARS) for run in runs)
