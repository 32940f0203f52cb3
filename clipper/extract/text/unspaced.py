"""Words in scripts written without spaces between them: Thai, Lao, Khmer, Myanmar.

Their writers set a space between clauses or sentences, not between words, and end
a sentence with no full stop, so a whole paragraph splits into a handful of
"words" and reads as a short line: a copied Thai article came out as its byline.
A run of such letters counts as one word per ``rules.UNSPACED_WORD_CHARS``
characters (Thai words average four to five, with their vowel and tone marks).
"""

from __future__ import annotations

import re
import unicodedata
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


def letter_count(text: str) -> int:
    """The letters of ``text`` with their combining marks: the vowel signs of the Indic
    scripts and Thai are marks, not letters ("पार्किंग" has four letters and four marks),
    so a headline in Devanagari counted its letters as fewer than half its characters."""
    if text.isascii():
        return sum(map(str.isalpha, text))
    return sum(1 for c in text if c.isalpha() or unicodedata.category(c)[0] == "M")


def name_word(word: str) -> bool:
    """Whether ``word`` may be a word of a person's name: it opens with a capital, with a
    letter of a script without capitals ("أحمد", "राहुल") or with no letter, or it is a
    particle ("von", "de"). A word of a script without capitals is a name's only when
    short: a run of Thai longer than NAME_WORD_MAX_UNCASED letters is a clause."""
    first = word[0]
    if first.isalpha() and not first.isupper() and not first.islower():
        return len(word) <= rules.NAME_WORD_MAX_UNCASED
    return not first.islower() or word.lower() in rules.NAME_PARTICLES
