"""Article heads in a text dump: which block of prose opens under a headline, byline and date.

A page that appends the next story below the first (infinite scroll) shows
each story under a head of its own: headline, byline, date. The first such
block is the page's article, though a longer one follows; a block under
another head is never joined to it. A box of teasers inside an article
(headline, name, date, headline, name, date) looks like a head too: its last
item is not one. The article's own head (a headline on its topic over a byline
or a date, read or not) parts it from the page above.
"""

from __future__ import annotations

from collections.abc import Sequence

from clipper.extract.text import rules as rules
from clipper.extract.text.blocks import block_weight, is_teaser_list, lines_above
from clipper.extract.text.figures import Figure
from clipper.extract.text.headline import headline_over_byline, lead_keys, speaks_of, topic_keys
from clipper.extract.text.lines import (
    BLANK,
    CHROME,
    CREDIT,
    FILE,
    HARD_MARKER,
    META,
    PROSE,
    SENTENCE,
    SHORT,
    Line,
    is_cjk,
)


def headed(lines: Sequence[Line], cluster: Sequence[int], in_figure: dict[int, Figure]) -> bool:
    """Whether a block stands right under a headline and its byline or date line.

    The block may open with its standfirst, the byline under it ("Headline /
    standfirst / By ... / date / body"). Under one head: a box of teasers
    (headline, name, date, headline, name, date...) standing inside an article
    is not the head of a new one; the block's head is then the box's last item.
    """
    head = headline_over_byline(lines, cluster[0], in_figure, rules.HEADED_REACH)
    if head is None and len(cluster) > 1 and lines[cluster[0]].words <= rules.STANDFIRST_MAX_WORDS:
        head = headline_over_byline(lines, cluster[1], in_figure, rules.HEADED_REACH)
    return head is not None and not _teasers_above(lines, head[0], in_figure)


def _teasers_above(lines: Sequence[Line], title: int, in_figure: dict[int, Figure]) -> bool:
    """Whether the lines above a head's headline read as a box or list of teasers.

    Only what stands above the head counts: its own byline and date are the
    head's, and a dated kicker over the headline is no teaser. A box inside an
    article: another headline over its byline or date (``HEADED_BOX_ITEMS``;
    the name may stand alone, "Headline / Ann Lee / Mar 9") with the article's
    prose above it, or ``HEADED_LONG_BOX_ITEMS`` of them whatever stands
    above; one "Latest" teaser under the page's menu or cookie notice is the
    page's furniture over its first story. A list: ``HEADED_LIST_ITEMS`` other
    headlines. Prose above ends the walk.
    """
    items = headlines = 0
    dated = False  # a byline or date under the lines walked since the last other line
    inside = False  # the walk ended at a paragraph of an article
    for _, line in lines_above(lines, title, in_figure, 2 * rules.HEADED_REACH):
        if line.kind == PROSE:
            inside = not rules.CONSENT_WORDS.search(line.text)
            break
        meta = line.meta
        if line.kind == META:
            dated = dated or (meta is not None and bool(meta.authors or meta.published))
            continue
        if line.name_like:
            continue
        headline = line.kind in (SHORT, SENTENCE) and line.headline_like
        items += dated and headline
        headlines += headline and line.words >= 4
        dated = False
    return (
        items >= (rules.HEADED_BOX_ITEMS if inside else rules.HEADED_LONG_BOX_ITEMS)
        or headlines >= rules.HEADED_LIST_ITEMS
    )


def first_headed(
    lines: Sequence[Line],
    eligible: Sequence[list[int]],
    best: list[int],
    in_figure: dict[int, Figure],
) -> list[int]:
    """The first block under a headline, byline and date, when one stands above the heaviest.

    A page that appends the next story below the first (infinite scroll), or a
    cookie notice longer than a short article, outweighs the article the page
    is for; the article opens under the page's first headline and byline.
    """
    # Below its own head, the heavier block is another article however long it
    # is; otherwise the first must have a share of its weight.
    share = 0.0 if headed(lines, best, in_figure) else rules.HEADED_MIN_SHARE
    enough = max(block_weight(lines, best) * share, rules.HEADED_MIN_WEIGHT)
    for cluster in eligible:
        if cluster[0] >= best[0]:
            break
        if (
            block_weight(lines, cluster) >= enough
            and len(cluster) >= rules.HEADED_MIN_PARAGRAPHS
            and not is_teaser_list(lines, cluster)
            and headed(lines, cluster, in_figure)
        ):
            return cluster
    return best


def next_article(lines: Sequence[Line], first: int, last: int) -> int | None:
    """The first line from ``first`` up to ``last`` that opens another article: a
    headline with a byline and a date right under it, or a line announcing the next
    story right over it ("Next article": :data:`rules.NEXT_STORY_LINE`).

    A page that appends the next story below the first (infinite scroll) shows
    it so, a share bar maybe between; the article ends there. (An author box under
    the article, "By Name" and a bio, has no date.)
    """
    announced = False  # the last line shown was "Next article"
    for i in range(first, min(last, len(lines))):
        if lines[i].kind == BLANK:
            continue
        if not _story_headline(lines[i]):
            announced = rules.NEXT_STORY_LINE.fullmatch(lines[i].text) is not None
            continue
        if announced:
            return i
        authors = dated = False
        seen = 0
        for k in range(i + 1, len(lines)):
            below = lines[k]
            if _passed_under_head(below):
                continue
            seen += 1
            meta = below.meta
            if seen > rules.NEXT_ARTICLE_BYLINE_LINES or below.kind != META or meta is None:
                break
            authors = authors or bool(meta.authors)
            dated = dated or bool(meta.published or meta.modified)
        if authors and dated:
            return i
    return None


def next_wire_story(lines: Sequence[Line], first: int, last: int, article: int) -> bool:
    """Whether a headline with its date or time alone (under it or over it) between
    lines ``first`` and ``last`` heads another wire story: the story opens with a
    dateline ("САМАРА, 2 дек — Agency.", "LYON (AFX) –", in its first paragraph or
    on a line of its own), as the block's story did (at line ``article``).

    An agency's feed appends its next story so, with no byline. A story filed
    from several places has its datelines in its paragraphs, none under a headline
    and a date; a related card's headline is followed by the article going on.
    """
    if not _opens_with_dateline(lines, article):
        return False
    shown = [k for k in range(first, min(last, len(lines))) if lines[k].kind != BLANK]
    for n, i in enumerate(shown):
        if not _story_headline(lines[i]):
            continue
        after = shown[n + 1 :]
        over = n > 0 and _dates_a_story(lines[shown[n - 1]])
        if after and _dates_a_story(lines[after[0]]):
            over, after = True, after[1:]
        opening = after[0] if after else last
        if over and len(after) <= 1 and rules.DATELINE_OPENING.match(lines[opening].text):
            return True
    return False


def first_of_feed(
    lines: Sequence[Line], clusters: Sequence[list[int]], best: list[int], feed: set[int]
) -> list[int]:
    """The feed's first story when the heaviest block is one that an agency's feed
    appended (its first paragraph in ``feed``, see ``next_wire_story``), as long
    as the first has ``HEADED_MIN_SHARE`` of its weight: the page is the first's."""
    k = start = clusters.index(best)
    while k > 0 and clusters[k][0] in feed:
        k -= 1
    first = clusters[k]
    if (
        k < start
        and block_weight(lines, first) >= block_weight(lines, best) * rules.HEADED_MIN_SHARE
    ):
        return first
    return best


def _opens_with_dateline(lines: Sequence[Line], paragraph: int) -> bool:
    """Whether a paragraph, or the line just above it, opens with a dateline."""
    above = next((k for k in range(paragraph - 1, -1, -1) if lines[k].kind != BLANK), None)
    return any(
        k is not None and rules.DATELINE_OPENING.match(lines[k].text) is not None
        for k in (paragraph, above)
    )


def _dates_a_story(line: Line) -> bool:
    """A date line, or a time alone ("10:45"), as a feed heads each story."""
    meta = line.meta
    return (line.kind == META and meta is not None and bool(meta.published or meta.modified)) or (
        rules.TIME_OR_DATE_LINE.fullmatch(line.text) is not None
    )


def next_story_by_name(lines: Sequence[Line], first: int, last: int, article: int) -> bool:
    """Whether a headline over a bare name and a date between lines ``first`` and
    ``last`` (the next paragraph) opens another story than the one from ``article``.

    An infinite-scroll page heads its next story as it headed the first
    ("Headline / Ana Pires / 11 mar 2026"), and so may a related card inside
    an article. The story's own paragraph under it speaks of its headline; the
    card's headline is followed by the article going on, or speaks of it.
    """
    for i in range(first, min(last, len(lines))):
        if name_head_at(lines, i, last):
            return speaks_of(lines[i], lead_keys(lines, last)) and not speaks_of(
                lines[i], lead_keys(lines, article, first)
            )
    return False


def name_heads(lines: Sequence[Line]) -> int:
    """How many headlines over a bare name and a date the dump holds.

    A live blog heads each post so ("Roads closed / Nina Berg / 2 Dec 14:10");
    ``rules.NAME_HEAD_POSTS`` or more are posts of one page, not stories appended
    below it. Each line looks at most ``NEXT_ARTICLE_BYLINE_LINES`` below it.
    """
    return sum(name_head_at(lines, i, len(lines)) for i in range(len(lines)))


def name_head_at(lines: Sequence[Line], i: int, last: int) -> bool:
    """Whether line ``i`` is a headline over a bare name and a date (before ``last``), or
    over one of them alone: a byline read as one ("By Bob Ray") or a date line with little
    else (:func:`_date_alone`).

    An infinite-scroll page heads its next story as it headed the first, and many
    a page heads its stories with a date or a byline only; the topic checks of
    :func:`next_story_by_name` tell such a story from a subheading."""
    if not _story_headline(lines[i]):
        return False
    named = dated = alone = False
    seen = 0
    for k in range(i + 1, last):
        below = lines[k]
        if _passed_under_head(below):
            continue
        seen += 1
        meta = below.meta
        if seen > rules.NEXT_ARTICLE_BYLINE_LINES:
            break
        if below.name_like:
            named = True
        elif below.kind == META and meta is not None and (meta.published or meta.modified):
            dated = True
            named = named or bool(meta.authors)
            alone = alone or _date_alone(below)
        elif below.kind == META and meta is not None and meta.authors:
            named = alone = True
        else:
            break
    return (named and dated) or alone


def _passed_under_head(line: Line) -> bool:
    """A line read past between a headline and its byline or date: a blank, a share bar's
    button (a story's head may set its share bar between them)."""
    return line.kind == BLANK or (line.kind == CHROME and line.reason == rules.SHARE_WIDGET)


def _date_alone(line: Line) -> bool:
    """A line that is a date and little else ("1 March 2026", "02.12.2026 | 10:05"), not a
    quote's or an embedded post's attribution ("— Ann Lee (@annlee) March 1, 2026")."""
    meta = line.meta
    return (
        meta is not None
        and not meta.authors
        and line.words <= rules.HEAD_DATE_MAX_WORDS
        and line.text[:1] not in rules.ATTRIBUTION_OPENERS
        and "@" not in line.text
    )


def _story_headline(line: Line) -> bool:
    """A short line that reads as a story's headline (four words or more, or CJK)."""
    return line.kind == SHORT and line.headline_like and (line.words >= 4 or is_cjk(line.text))


def headline_over(
    lines: Sequence[Line], i: int, in_figure: dict[int, Figure], body: Sequence[int]
) -> int | None:
    """A headline on the body's topic among the few lines above line ``i``."""
    lead = topic_keys(" ".join(lines[k].text for k in body[: rules.HEADLINE_LEAD_LINES]))
    seen = 0
    for k in range(i - 1, -1, -1):
        line = lines[k]
        if line.kind in (BLANK, META, FILE, CREDIT) or k in in_figure:
            continue
        if line.kind == CHROME and line.reason not in rules.MENU_REASONS:
            continue  # share buttons under the headline
        seen += 1
        if seen > rules.HEADLINE_OVER_BYLINE_LINES or line.kind in (PROSE, HARD_MARKER):
            return None
        if line.headline_like and (line.words >= 4 or is_cjk(line.text)) and speaks_of(line, lead):
            return k
    return None


def under_own_head(lines: Sequence[Line], best: list[int], in_figure: dict[int, Figure]) -> bool:
    """Whether the article's head stands right over the block: a headline on its
    topic, and under it a byline's or a date's line, as a subheading or a table
    of contents' entry has not. A lone paragraph above it
    (a cookie dialog's, with the menu between) is the page's, even across a gap
    of plain short lines, though no date under the headline was read; the
    article's own opening paragraphs over a card for another story stay.
    """
    top = headline_over(lines, best[0], in_figure, best)
    return top is not None and any(_bylines(lines[k]) for k in range(top + 1, best[0]))


def _bylines(line: Line) -> bool:
    """A byline's or a dateline's line under a headline, read or not: metadata, a
    name alone, or a short line with a year or a clock time ("2 Xyz 2026 7:30")."""
    return (
        line.kind == META
        or (line.kind == SHORT and line.name_like)
        or (
            line.kind == SHORT
            and line.words <= rules.HEAD_DATE_MAX_WORDS
            and rules.YEAR_OR_TIME.search(line.text) is not None
        )
    )
