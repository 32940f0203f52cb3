"""Hard-wrapped text joined again (before step 1 of ``dump.py`` reads each line).

A browser copy puts each paragraph on one line; a text saved wrapped at a fixed
width (a plain-text RFC, a post pasted from an editor, a mail) breaks every
paragraph into full-width lines that end mid-sentence. This module joins them,
for the whole dump when it is wrapped throughout, and run by run when only
some of its paragraphs are.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from clipper.extract.text import rules as rules
from clipper.extract.text.lines import SPACE_TABLE, is_cjk


def unwrap(raw_lines: Sequence[str]) -> list[str]:
    """Join hard-wrapped paragraphs ("...Budget airlines" / "undercut it on price...").

    Browser copies put each paragraph on one long line; a text file wrapped at
    a fixed width has no line longer than that width and many full-width lines
    that end mid-sentence. Only then are full-width lines joined to the next;
    on a page not wrapped throughout, only the runs ``_wrapped_paragraphs``
    finds wrapped are.
    """
    texts = [" ".join(raw.translate(SPACE_TABLE).split()) for raw in raw_lines]
    width = max((len(t) for t in texts), default=0)
    local = _wrapped_paragraphs(texts)
    if rules.WRAP_WIDTH[0] <= width <= rules.WRAP_WIDTH[1]:
        full = [len(t) >= width * rules.WRAP_FULL_SHARE for t in texts]
        mid_sentence = sum(
            1
            for k, (a, b) in enumerate(pairwise(texts))
            if full[k] and b and not rules.SENTENCE_END.search(a)
        )
        if mid_sentence >= rules.WRAP_MIN_BREAKS:
            # One line wider than the rest (a heading, a URL) leaves the
            # paragraphs' own width to the runs.
            return _join_full(texts, [a or b for a, b in zip(full, local or full, strict=True)])
    return _join_full(texts, local) if local else list(raw_lines)


def _join_full(texts: Sequence[str], full: Sequence[bool]) -> list[str]:
    """Each full-width line joined to the next non-blank one.

    The pieces of a line are gathered and joined once: a run of thousands of
    wrapped lines costs no more than its length.
    """
    joined: list[list[str]] = []
    previous_full = False
    for text, is_full in zip(texts, full, strict=True):
        if previous_full and text and joined and joined[-1][-1]:
            last = joined[-1][-1]
            joined[-1].append("" if is_cjk(last[-1:]) and is_cjk(text[:1]) else " ")
            joined[-1].append(text)
        else:
            joined.append([text])
        previous_full = is_full and bool(text)
    return ["".join(pieces) for pieces in joined]


def _wrapped_paragraphs(texts: Sequence[str]) -> list[bool] | None:
    """The full-width lines of the hard-wrapped paragraphs of a page not wrapped
    throughout (``None`` when it has none).

    A page can hold a wrapped text (a plain-text RFC, a blog post pasted from
    an editor) beside longer lines of its own. A run of lines with no blank
    between is wrapped when its widest line is within ``WRAP_WIDTH``, and most
    of its full-width lines end mid-sentence with the next line going on in
    lower case ("...reminded me to write up" / "the equivalent for Emacs"): a
    list of headlines has lines of one width too, but each starts a capital.
    One pass over the runs.
    """
    full = [False] * len(texts)
    breaks = 0
    start = 0
    for end in range(len(texts) + 1):
        if end < len(texts) and texts[end]:
            continue
        run = range(start, end)
        start = end + 1
        width = max((len(texts[k]) for k in run), default=0)
        if len(run) < 2 or not rules.WRAP_WIDTH[0] <= width <= rules.WRAP_WIDTH[1]:
            continue
        wide = [k for k in run[:-1] if len(texts[k]) >= width * rules.WRAP_FULL_SHARE]
        going_on = [
            k
            for k in wide
            if not rules.SENTENCE_END.search(texts[k]) and texts[k + 1][:1].islower()
        ]
        if wide and len(going_on) >= len(wide) * rules.WRAP_RUN_GOING_ON:
            for k in wide:
                full[k] = True
            breaks += len(going_on)
    return full if breaks >= rules.WRAP_MIN_BREAKS else None
