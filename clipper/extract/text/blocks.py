"""Blocks of prose in a text dump and the lines around them: weights, neighbours, teaser lists."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence

from clipper.extract.text import rules as rules
from clipper.extract.text.figures import Figure
from clipper.extract.text.lines import (
    BLANK,
    CHROME,
    FILE,
    PROSE,
    SHORT,
    Line,
    cjk_count,
)


def block_weight(lines: Sequence[Line], cluster: Sequence[int]) -> int:
    return sum(text_weight(lines[i].text) for i in cluster)


def text_weight(text: str) -> int:
    return len(text) + cjk_count(text)  # CJK says more per character


def prose_above(
    lines: Sequence[Line], best: Sequence[int], positions: Iterable[int]
) -> Iterator[tuple[int, int, int, int]]:
    """For each line index of ``positions`` (ascending, inside the block ``best``):
    the index, how many of ``best``'s paragraphs stand above it, their weight,
    and the weight of all of ``best``.

    One pass with running sums: the stages that end a body where little prose
    follows a marker ask this of every line at the cost of one.
    """
    weights = [text_weight(lines[k].text) for k in best]
    total = sum(weights)
    before = n = 0
    for i in positions:
        while best[n] < i:
            before += weights[n]
            n += 1
        yield i, n, before, total


def lines_above(
    lines: Sequence[Line], start: int, in_figure: dict[int, Figure], reach: int
) -> Iterator[tuple[int, Line]]:
    """The ``reach`` nearest lines above ``start``, nearest first, blanks and photos aside."""
    seen = 0
    for i in range(start - 1, -1, -1):
        line = lines[i]
        if line.kind == BLANK or i in in_figure:
            continue
        seen += 1
        if seen > reach:
            return
        yield i, line


def neighbours(lines: Sequence[Line], i: int, skip: Iterable[str] = (BLANK,)) -> list[int]:
    """The nearest lines before and after ``i`` whose kind is not in ``skip``."""
    skipped = frozenset(skip)
    found = []
    for step in (-1, 1):
        k = i + step
        while 0 <= k < len(lines) and lines[k].kind in skipped:
            k += step
        if 0 <= k < len(lines):
            found.append(k)
    return found


def is_teaser_list(lines: Sequence[Line], cluster: Sequence[int]) -> bool:
    """Headline, one short blurb, headline, blurb...: other articles, not this one.

    An article has a subheading every few paragraphs; a list of teasers has a
    headline over nearly every (short) paragraph.
    """
    if len(cluster) < rules.TEASER_MIN_ITEMS:
        return False
    headed = 0
    for i in cluster:
        k = i - 1
        while k >= 0 and lines[k].kind in (BLANK, FILE):  # a thumbnail between
            k -= 1
        if k >= 0 and lines[k].headline_like and lines[k].kind == SHORT:
            headed += 1
    blurbs = sorted(text_weight(lines[i].text) for i in cluster)
    return (
        headed >= len(cluster) * rules.TEASER_HEADED_SHARE
        and blurbs[len(blurbs) // 2] <= rules.TEASER_MAX_BLURB
    )


def is_ticker(lines: Sequence[Line], cluster: Sequence[int]) -> bool:
    """A news ticker: more headlines led by their time ("14:32 Storm closes the
    harbour") than paragraphs of its own, so most of its items are other stories'
    headlines. A live blog tells what happened under each time; a ticker lists.
    """
    timed = paragraphs = 0
    for i in range(cluster[0], cluster[-1] + 1):
        line = lines[i]
        if line.kind == BLANK:
            continue
        if rules.TIMED_HEADLINE.match(line.text) and not line.text.endswith("."):
            timed += 1
        elif line.kind == PROSE:
            paragraphs += 1
    return timed >= rules.TICKER_MIN_ITEMS and timed > paragraphs


def is_consent_notice(lines: Sequence[Line], cluster: Sequence[int]) -> bool:
    """A cookie or privacy dialog: most of the block's paragraphs speak of cookies,
    consent or data protection (a copy keeps the dialog the page hid)."""
    speaking = sum(1 for i in cluster if rules.CONSENT_WORDS.search(lines[i].text))
    return speaking * 2 > len(cluster)


def is_consent_dialog(lines: Sequence[Line], paragraph: int, following: int) -> bool:
    """Whether the paragraph at ``paragraph`` is a cookie dialog over the page.

    The dialog speaks of cookies or consent and has its buttons on the line
    under it ("Accept Reject", "Oké Voorkeuren": a few words, no sentence);
    more short lines (a section, a headline, a byline) follow before the next
    paragraph at ``following``. An article that speaks of cookies goes on
    under a subheading at most: one short line, then prose.
    """
    if not rules.CONSENT_WORDS.search(lines[paragraph].text):
        return False
    shown = [line for line in lines[paragraph + 1 : following] if line.kind != BLANK]
    if len(shown) < rules.CONSENT_DIALOG_MIN_LINES_UNDER:
        return False
    buttons = shown[0]
    return (
        buttons.kind in (SHORT, CHROME)
        and buttons.words <= rules.CONSENT_BUTTONS_MAX_WORDS
        and not rules.SENTENCE_END.search(buttons.text)
    )


def is_comment_thread(lines: Sequence[Line], cluster: Sequence[int]) -> bool:
    """A thread of comments: most of the block's paragraphs have "Name says:" a
    few lines above them or "Reply" just below them (no marker needed)."""
    framed = 0
    for i in cluster:
        above = [k for k in range(i - 1, max(i - 4, -1), -1) if lines[k].kind != BLANK][:2]
        below = next(
            (k for k in range(i + 1, min(i + 3, len(lines))) if lines[k].kind != BLANK), None
        )
        if any(rules.COMMENT_AUTHOR_LINE.fullmatch(lines[k].text) for k in above) or (
            below is not None and rules.REPLY_LINK.fullmatch(lines[below].text)
        ):
            framed += 1
    return (
        framed >= rules.COMMENT_THREAD_MIN_ITEMS
        and framed >= len(cluster) * rules.COMMENT_THREAD_SHARE
    )
