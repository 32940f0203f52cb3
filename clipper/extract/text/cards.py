"""Link cards set in an article, read as the links they are (after step 1 of ``dump.py``).

A card for another story, set between an article's paragraphs, layers its
link's text for each screen size or effect, and a copy takes every layer: the
headline comes out two or three times on one line ("How to Save More How to
Save More How to Save More"), and the excerpt under it is cut with an
ellipsis before its button ("When you walk into a store, you're… Read
more"). No sentence of an article is one phrase said twice in a row. Such a
headline of ``rules.CARD_HEADLINE_MIN_WORDS`` or more words (of letters: a
date said twice is the page's date) without a sentence end is chrome, and so is the excerpt under it when it is cut with at
most ``rules.CARD_TAIL_MAX_WORDS`` words after the cut.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from clipper.extract.text import rules as rules
from clipper.extract.text.lines import BLANK, CHROME, PROSE, SENTENCE, SHORT, Line

_SENTENCE_END = (".", "!", "?", "。", "！", "？")


def mark_link_cards(lines: Sequence[Line]) -> tuple[Line, ...]:
    """``lines`` with each link card's headline and cut excerpt read as chrome. One pass."""
    marked = list(lines)
    card = False  # the last line with text was a card's headline
    for i, line in enumerate(lines):
        if line.kind == BLANK:
            continue
        if line.kind in (PROSE, SENTENCE, SHORT) and repeats_headline(line.text):
            marked[i] = replace(line, kind=CHROME, reason=rules.CARD_REASON)
            card = True
            continue
        if card and _cut_excerpt(line.text):
            marked[i] = replace(line, kind=CHROME, reason=rules.CARD_REASON)
        card = False
    return tuple(marked)


def repeats_headline(text: str) -> bool:
    """Whether ``text`` is one phrase of a few words, without a sentence end,
    said two or more times in a row."""
    words = text.split()
    count = len(words)
    if count < 2 * rules.CARD_HEADLINE_MIN_WORDS:
        return False
    for size in range(rules.CARD_HEADLINE_MIN_WORDS, count // 2 + 1):
        if count % size:
            continue
        phrase = words[:size]
        if all(words[k : k + size] == phrase for k in range(size, count, size)):
            return (
                not phrase[-1].endswith(_SENTENCE_END)
                and sum(any(c.isalpha() for c in word) for word in phrase)
                >= rules.CARD_HEADLINE_MIN_WORDS
            )
    return False


def _cut_excerpt(text: str) -> bool:
    cut = rules.CARD_EXCERPT_CUT.search(text)
    return (
        cut is not None
        and cut.start() > 0
        and len(cut["tail"].split()) <= rules.CARD_TAIL_MAX_WORDS
    )
