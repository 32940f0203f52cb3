"""Topic keys: what a headline, a box or a list shares with the article it stands by.

Content words, compared by their first letters (so "strandings" meets "stranding"), and
CJK character pairs. The HTML stage and the text stage ask the same question with them
(does this box speak of the story?), so the words and the test live here, beside the
lexicon both stages share.
"""

from __future__ import annotations

import re

from clipper.cjk import CJK_RUN

# A word: letters and digits, joined by a hyphen, an apostrophe or a dot ("e.g.", "O'Neill").
WORD = re.compile(r"\w+(?:[-'’.]\w+)*")
# Content words have TOPIC_MIN_LETTERS letters or more and are compared by their
# first TOPIC_PREFIX; the commonest words of a few languages never count.
TOPIC_MIN_LETTERS = 4
TOPIC_PREFIX = 5
_TOPIC_COMMON = (
    "that this with from have were been they their there what when will would about after "
    "into more than them only also over says said your just like some could other which where "
    "while does dans pour avec sont plus sich nicht eine einer oder para como esta este pero"
)
TOPIC_COMMON_WORDS: frozenset[str] = frozenset(_TOPIC_COMMON.split())


def topic_keys(text: str) -> set[str]:
    """What a headline and its article's lead share: content words (by their
    first letters, so "strandings" meets "stranding") and CJK character pairs."""
    keys = {
        word[:TOPIC_PREFIX]
        for word in WORD.findall(text.lower())
        if len(word) >= TOPIC_MIN_LETTERS and not word.isdigit() and word not in TOPIC_COMMON_WORDS
    }
    for run in () if text.isascii() else CJK_RUN.findall(text):
        keys.update(run[k : k + 2] for k in range(len(run) - 1))
    return keys
