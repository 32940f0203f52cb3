"""Telling a text dump's comments from its article.

A comment thread is prose too, and often outweighs the article; only the
markers around it ("Comments", "45 Gedanken zu ...", "Leave a reply") and where
they stand tell the two apart. A comment count under a headline or a byline
links to the comments of the article below it; it doesn't introduce them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from itertools import islice

from clipper.extract.text import rules as rules
from clipper.extract.text.blocks import block_weight, is_teaser_list
from clipper.extract.text.headline import headline_over_byline
from clipper.extract.text.lines import (
    BLANK,
    CHROME,
    HARD_MARKER,
    PROSE,
    SHORT,
    Line,
)


def mark_comment_buttons(lines: Sequence[Line]) -> tuple[Line, ...]:
    """``lines`` with a share row's comment button read as chrome. One pass.

    The bare noun ("Komentar", "Comments": no count) heads a thread under an
    article; above the article, next to a share button ("Bagikan / Komentar"),
    with no more than a standfirst above it (``COMMENT_BUTTON_MAX_PROSE_ABOVE``),
    it is the share row's button: it must not cut the standfirst off the body.
    """
    marked = list(lines)
    shown = [i for i, line in enumerate(lines) if line.kind != BLANK]
    prose = 0
    for n, i in enumerate(shown):
        line = lines[i]
        if prose > rules.COMMENT_BUTTON_MAX_PROSE_ABOVE:
            break
        prose += line.kind == PROSE
        if not (
            line.kind == HARD_MARKER
            and line.reason in rules.COMMENT_MARKERS
            and rules.COMMENT_NOUN_ALONE.fullmatch(line.text)
        ):
            continue
        beside = (shown[k] for k in (n - 1, n + 1) if 0 <= k < len(shown))
        if any(lines[k].reason == rules.SHARE_WIDGET for k in beside):
            marked[i] = replace(line, kind=CHROME, reason=rules.SHARE_WIDGET)
    return tuple(marked)


def below_comments(lines: Sequence[Line], clusters: list[list[int]], heaviest: int) -> set[int]:
    """The blocks (by index) below a comments marker that closes an article: a
    block above the marker has several paragraphs and some weight (see
    ``_article_like``), and is neither comments itself nor a list of teasers.

    Between that article and the marker may stand lighter blocks, as long as
    together they weigh less than the article (``rules.BETWEEN_ARTICLE_AND_COMMENTS_SHARE``):
    an author bio, a "Tried this recipe?" box, a line of tags in sentences,
    though not a paragraph under a headline of its own (a teaser).

    One pass over the blocks and the markers together.
    """
    markers = iter(
        i
        for i, line in enumerate(lines)
        if line.kind == HARD_MARKER
        and line.reason in rules.COMMENT_MARKERS
        and not in_menu(lines, i)
    )
    marker = next(markers, None)
    below: set[int] = set()
    closed = False
    article = 0  # the weight of the last article-like block above, 0 for none
    since = 0  # the weight of the blocks between it and here
    for k, cluster in enumerate(clusters):
        passed = False
        while marker is not None and marker < cluster[0]:
            passed = True
            marker = next(markers, None)
        if passed and article and since < article * rules.BETWEEN_ARTICLE_AND_COMMENTS_SHARE:
            closed = True
        if closed:
            below.add(k)
            continue
        weight = block_weight(lines, cluster)
        if _article_like(lines, cluster, heaviest):
            article, since = weight, 0
        elif _under_headline(lines, cluster[0]):
            article = 0  # a teaser between: what follows is not that article's
        else:
            since += weight
    return below


def _under_headline(lines: Sequence[Line], start: int) -> bool:
    """Whether the nearest line above ``start`` is a headline (of four words or more)."""
    for i in range(start - 1, -1, -1):
        line = lines[i]
        if line.kind != BLANK:
            return line.kind == SHORT and line.headline_like and line.words >= 4
    return False


def in_menu(lines: Sequence[Line], i: int) -> bool:
    """Whether line ``i`` stands inside a menu: the ``MENU_ITEMS_AROUND`` nearest lines on
    each side are menu items ("Album / Blog / Guestbook / Contact / About")."""
    reach = rules.MENU_ITEMS_AROUND
    for step in (-1, 1):
        items = 0
        k = i + step
        while 0 <= k < len(lines) and items < reach:
            line = lines[k]
            if line.kind != BLANK:
                if line.kind not in (SHORT, CHROME) or line.words > rules.MENU_ITEM_MAX_WORDS:
                    return False
                items += 1
            k += step
        if items < reach:
            return False
    return True


def _article_like(lines: Sequence[Line], cluster: list[int], heaviest: int) -> bool:
    """Whether a block reads as the article comments below it are about: several
    paragraphs with some weight, or a short post right under its headline and
    byline or date ("Title / Posted on 21 July by X / one paragraph")."""
    enough = min(heaviest * rules.ARTICLE_ABOVE_COMMENTS_SHARE, rules.JOIN_ENOUGH_WEIGHT)
    return (
        (
            len(cluster) >= rules.JOIN_MIN_PARAGRAPHS
            or headline_over_byline(lines, cluster[0], {}, rules.HEADED_REACH) is not None
        )
        and block_weight(lines, cluster) >= enough
        and _comments_marker_near(lines, cluster[0]) is None
        and not is_teaser_list(lines, cluster)
    )


def comment_count_over(lines: Sequence[Line], start: int) -> bool:
    """A comments marker among the few lines above ``start`` that links to the
    comments of the article below it ("Title / By X / 12 Comments").

    Such a count stands under a byline or a date; under a comment form's
    labels ("Your email", "27 comments") it heads the comments themselves.
    """
    marker = _comments_marker_near(lines, start)
    return (
        marker is not None
        and _byline_above(lines, marker)
        and not introduced_by_comments(lines, start)
    )


def _byline_above(lines: Sequence[Line], i: int) -> bool:
    """Whether a byline or a date line stands among the few lines above line ``i``."""
    nearest = (k for k in range(i - 1, -1, -1) if lines[k].kind != BLANK)
    for k in islice(nearest, rules.COMMENTS_MARKER_REACH):
        meta = lines[k].meta
        if lines[k].kind == PROSE:
            return False
        if meta is not None and bool(meta.authors or meta.published):
            return True
    return False


def _comments_marker_near(lines: Sequence[Line], start: int) -> int | None:
    """The comments marker among the few lines above ``start``, prose aside, if any."""
    nearest = (i for i in range(start - 1, -1, -1) if lines[i].kind != BLANK)
    for i in islice(nearest, rules.COMMENTS_MARKER_REACH):
        if lines[i].kind == PROSE:
            return None
        if lines[i].kind == HARD_MARKER and lines[i].reason in rules.COMMENT_MARKERS:
            return i
    return None


def _heads_article(line: Line) -> bool:
    """A headline, or a byline or date line: what stands over an article."""
    meta = line.meta
    return (line.kind == SHORT and line.headline_like) or (
        meta is not None and bool(meta.authors or meta.published)
    )


def introduced_by_comments(lines: Sequence[Line], start: int) -> bool:
    """Whether a comments marker stands among the few lines above ``start``.

    A comment count under a headline or a byline ("Title / By X / 12 Comments")
    links to the comments of the article that follows; it doesn't introduce them,
    nor does a "React" link under the standfirst (one short paragraph under the
    byline), nor a "Comments" item in a menu. Two comments markers this near
    each other ("Leave a comment", a form, "Comment") are a comment section's.
    """
    nearest = (i for i in range(start - 1, -1, -1) if lines[i].kind != BLANK)
    above = list(islice(nearest, 2 * rules.COMMENTS_MARKER_REACH))
    for n, i in enumerate(above[: rules.COMMENTS_MARKER_REACH]):
        line = lines[i]
        if line.kind == PROSE:
            return False
        if (
            line.kind == HARD_MARKER
            and line.reason in rules.COMMENT_MARKERS
            and not in_menu(lines, i)
        ):
            heads = above[n + 1 : n + 1 + rules.COMMENTS_MARKER_REACH]
            for m, k in enumerate(heads):
                if lines[k].kind == HARD_MARKER and lines[k].reason in rules.COMMENT_MARKERS:
                    # "Leave a comment / Name * / Email * / Comment": a comment form,
                    # whatever headline stands above it.
                    return True
                if lines[k].kind == PROSE:
                    # A standfirst right under its headline or byline is not an article's end.
                    standfirst = lines[k].words <= rules.STANDFIRST_MAX_WORDS and m + 1 < len(heads)
                    if not (standfirst and _heads_article(lines[heads[m + 1]])):
                        break  # the end of an article: what follows the marker is comments
                if _heads_article(lines[k]):
                    return False
            return True
    return False
