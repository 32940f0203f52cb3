"""Finding the body of a text dump: the block of prose that is the article.

Prose lines form blocks, split where many short lines or an end marker stand
between them. The heaviest block is the article, unless a comments marker
introduces it (``comments.py``), it reads as a list of teasers, or a block
under the page's first headline and byline stands above it (the next story of
an infinite-scroll page follows the first). Weighty blocks beyond a table of
contents or a "Most Read" box join it, never across another article's head.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from itertools import pairwise

from clipper.errors import NotAnArticle
from clipper.extract.text import rules as rules
from clipper.extract.text.blocks import (
    block_weight,
    is_comment_thread,
    is_consent_dialog,
    is_consent_notice,
    is_teaser_list,
    is_ticker,
    lines_above,
    prose_above,
)
from clipper.extract.text.charts import is_chart_label
from clipper.extract.text.code import is_code
from clipper.extract.text.comments import (
    below_comments,
    comment_count_over,
    introduced_by_comments,
)
from clipper.extract.text.endings import trim_closing
from clipper.extract.text.figures import Figure
from clipper.extract.text.headline import lead_keys, topic_keys
from clipper.extract.text.heads import (
    first_headed,
    first_of_feed,
    headed,
    headline_over,
    name_heads,
    next_article,
    next_story_by_name,
    next_wire_story,
    under_own_head,
)
from clipper.extract.text.leadins import is_lead_in, list_after_lead_in, own_lead_in
from clipper.extract.text.lines import (
    BLANK,
    CHROME,
    HARD_MARKER,
    META,
    PROSE,
    SENTENCE,
    SHORT,
    SOFT_MARKER,
    Line,
)
from clipper.extract.text.notes import closes_article
from clipper.extract.text.tables import is_cell


def find_body(lines: Sequence[Line], in_figure: dict[int, Figure]) -> tuple[int, int]:
    """First and last line of the article body."""
    prose = [i for i, line in enumerate(lines) if line.kind == PROSE and i not in in_figure]
    if not prose:
        # A short note ("Meeting moved to Friday. Bring the minutes.") has no
        # long line; its sentences stand in for paragraphs when there are enough.
        prose = [
            i
            for i, line in enumerate(lines)
            if line.kind == SENTENCE and line.words >= 4 and i not in in_figure
        ]
        if sum(lines[i].words for i in prose) < rules.SHORT_NOTE_MIN_WORDS:
            prose = []
    if not prose:
        prose = _whole_short_dump(lines, in_figure)
    if not prose:
        shown = sum(1 for line in lines if line.kind != BLANK)
        raise NotAnArticle(
            f"No article text in this text dump: its {shown} lines hold no paragraph of prose "
            "(only navigation, headings or metadata). Copy the whole article, or clip the page's URL or HTML instead."
        )
    clusters: list[list[int]] = [[prose[0]]]
    posts = name_heads(lines) >= rules.NAME_HEAD_POSTS  # a live blog's, not next stories
    feed: set[int] = set()  # first paragraphs of stories an agency's feed appended
    for a, b in pairwise(prose):
        appended = next_wire_story(lines, a + 1, b, clusters[-1][0])
        if appended:
            feed.add(b)
        # Another article's head ends a block, though not a standfirst's (one
        # paragraph, unless it speaks of cookies: the page's consent notice).
        # A cookie dialog over the page (its paragraph, its buttons, the article's
        # head) is a block of its own.
        if (
            _breaks_cluster(lines[a + 1 : b])
            or (
                (len(clusters[-1]) > 1 or rules.CONSENT_WORDS.search(lines[a].text))
                and next_article(lines, a + 1, b) is not None
            )
            or (len(clusters[-1]) == 1 and is_consent_dialog(lines, a, b))
            or (
                not posts
                and len(clusters[-1]) > 1
                and next_story_by_name(lines, a + 1, b, clusters[-1][0])
            )
            or appended
        ):
            clusters.append([b])
        else:
            clusters[-1].append(b)

    # A comment thread can outweigh the article, but a comment count ("941
    # comments") can also stand just above the article: a block introduced
    # by a comments marker wins only when no other block has some weight.
    # Nor does a block below a comments marker that an article's worth of
    # prose stands above: comments follow the article they are about.
    heaviest = max(block_weight(lines, c) for c in clusters)
    below = below_comments(lines, clusters, heaviest)
    eligible = [
        c
        for k, c in enumerate(clusters)
        if (k not in below or comment_count_over(lines, c[0]))
        and (k == 0 or not introduced_by_comments(lines, c[0]))
        and (k == 0 or not _introduced_by_list(lines, c[0]))
        and block_weight(lines, c) >= heaviest * rules.MIN_SHARE_OVER_COMMENTS
    ] or clusters
    best = first_of_feed(lines, clusters, max(eligible, key=lambda c: _score(lines, c)), feed)
    best = first_headed(lines, eligible, best, in_figure)
    best = _grow(lines, clusters, best, in_figure)
    best = _back_to_headline(lines, clusters, best, in_figure)
    # Furniture that runs on in the block (comments, teasers, an author box) is cut off.
    boxed, cut = trim_closing(lines, best)
    end = _end_before_soft_marker(lines, boxed)
    if end != boxed[-1]:
        # A marker moved the end up: what closes the article now (a pitch, an
        # author box) is read again, as at the end of the block it stands in.
        end = trim_closing(lines, [i for i in boxed if i <= end])[0][-1]
    elif cut is not None:
        # The lines between the last paragraph and the first comment or teaser (a
        # list, a code line, tags) are read as at any body's end.
        end = max(i for i in range(end, cut) if lines[i].kind != BLANK)
    # Short sentences around the prose belong to it ("He declined to comment.").
    first = _extend(lines, boxed[0], in_figure, -1)
    last = own_lead_in(
        lines, list_after_lead_in(lines, _extend(lines, end, in_figure, 1), in_figure), in_figure
    )
    return _ingredients_above(lines, first, in_figure), last


def _ingredients_above(lines: Sequence[Line], start: int, in_figure: dict[int, Figure]) -> int:
    """The body's first line, moved up to a recipe's list of ingredients above it.

    A recipe's steps are its prose; the list above them ("Ingredients", then
    "250 g / flour / 2 / eggs") is short lines only, so the body was found to
    begin under it. When such a heading stands over nothing but short lines
    up to the body, and they read as quantities (a share of them hold a
    digit: a food blog's menu "Ingredients / Seasonal / Baking" holds none),
    the article begins at the heading.
    """
    seen = counted = 0
    for i in range(start - 1, -1, -1):
        line = lines[i]
        if line.kind == BLANK:
            continue
        seen += 1
        if seen > rules.INGREDIENTS_MAX_LINES or i in in_figure:
            return start
        if line.kind == SHORT and rules.INGREDIENTS_HEADING.fullmatch(line.text):
            quantities = counted >= (seen - 1) * rules.INGREDIENTS_MIN_QUANTITY_SHARE
            return i if seen > 1 and quantities else start
        if line.kind not in (SHORT, SENTENCE) and any(c.isalpha() for c in line.text):
            return start  # a quantity ("1/4", "250") may read as anything
        counted += any(c.isdigit() for c in line.text)
    return start


def _introduced_by_list(lines: Sequence[Line], start: int) -> bool:
    """Whether a list marker ("Latest articles", "Related posts") stands among the
    few lines above ``start``, prose aside: the block is that list's teasers."""
    seen = 0
    for i in range(start - 1, -1, -1):
        line = lines[i]
        if line.kind == BLANK:
            continue
        seen += 1
        if seen > rules.COMMENTS_MARKER_REACH or line.kind == PROSE:
            return False
        if line.kind == HARD_MARKER and line.reason in rules.LIST_MARKERS:
            return True
    return False


def _whole_short_dump(lines: Sequence[Line], in_figure: dict[int, Figure]) -> list[int]:
    """Every line of a dump of a few plain lines and nothing else: the whole text.

    "abc / def / ghi" or one unfinished sentence is what the page said (its
    HTML gives the same); without a menu, a marker, metadata or a photo
    around them, there is no furniture to strip and nothing else to keep.
    An error page's lines ("Page not found / Go back home") are no article.
    """
    shown = [i for i, line in enumerate(lines) if line.kind != BLANK]
    if len(shown) > rules.SHORT_DUMP_MAX_LINES or any(
        lines[i].kind not in (SHORT, SENTENCE)
        or i in in_figure
        or rules.ERROR_PAGE_WORDS.search(lines[i].text)
        for i in shown
    ):
        return []
    return shown


def _end_before_soft_marker(lines: Sequence[Line], best: Sequence[int]) -> int:
    """The body's last paragraph: the one before the first soft marker ("Read
    more", a "Weiterlesen:" label, the tags: ``closes_article``) inside it that less
    than ``SOFT_MARKER_TAIL_RATIO`` of the prose before it follows; the
    block's last one when no such marker stands in it.

    One pass with running sums: a dump with thousands of markers in its body
    takes no longer than one with a few (the article's lead, for
    ``_links_then_paragraphs``, is read once).
    """
    lead: set[str] | None = None
    for i, n, before, total in prose_above(lines, best, range(best[0], best[-1] + 1)):
        # A marker is never prose, so never one of ``best``'s own lines.
        if not closes_article(lines, i) or total - before >= before * rules.SOFT_MARKER_TAIL_RATIO:
            continue
        after = _links_then_paragraphs(lines, i)
        if after is not None and not _one_label(after):
            if lead is None:  # the article's lead, from above the first such box
                lead = lead_keys(lines, best[0], i)
            if _speaks_of_lead(after, lead):
                continue
        return best[n - 1]
    return best[-1]


def _one_label(paragraphs: Sequence[str]) -> bool:
    """Whether every paragraph opens with the same short label ("Your views: ...").

    Such paragraphs are a list's items (readers' letters, quotes from a
    survey), not the article going on; its own paragraphs open differently.
    """
    labels = {
        found[1].casefold() if (found := rules.ITEM_LABEL.match(text)) else None
        for text in paragraphs
    }
    return len(labels) == 1 and None not in labels


def _speaks_of_lead(paragraphs: Sequence[str], lead: set[str]) -> bool:
    """Whether ``BOX_TOPIC_SHARE`` of the paragraphs' content words come back in the article's lead."""
    keys = topic_keys(" ".join(paragraphs))
    return bool(keys) and len(keys & lead) >= len(keys) * rules.BOX_TOPIC_SHARE


def _links_then_paragraphs(lines: Sequence[Line], marker: int) -> list[str] | None:
    """The paragraphs in a row under a few link lines under a soft marker, if so.

    "More on this story" over three headlines, then two paragraphs one after
    the other: a box of links inside the article, which goes on under it when
    those paragraphs speak of what it says (``BOX_TOPIC_SHARE``; a site's
    "about us" or a comments policy does not). A list of teasers has each
    blurb under its own headline; the article's own paragraphs follow each
    other with nothing between.
    """
    links = 0
    paragraphs: list[str] = []
    for line in lines[marker + 1 :]:
        if line.kind == BLANK:
            continue
        if line.kind == PROSE:
            paragraphs.append(line.text)
            if len(paragraphs) >= rules.BOX_PARAGRAPHS_AFTER:
                return paragraphs if 0 < links <= rules.BOX_MAX_LINKS else None
        elif paragraphs or line.kind != SHORT or links >= rules.BOX_MAX_LINKS:
            return None
        else:
            links += 1
    return None


def _extend(lines: Sequence[Line], edge: int, in_figure: dict[int, Figure], step: int) -> int:
    """Move an edge of the body (``step`` -1 up, 1 down) over the sentences
    next to it that belong to it, across blank lines, each line looked at once."""
    k = edge + step
    while 0 <= k < len(lines):
        if lines[k].kind != BLANK:
            if not _extends_body(lines, k, in_figure, backwards=step < 0):
                break
            edge = k
        k += step
    return edge


def _score(lines: Sequence[Line], cluster: Sequence[int]) -> float:
    """A block's weight, damped when it reads as a list of teasers or a consent notice."""
    weight = block_weight(lines, cluster)
    damped = (
        is_teaser_list(lines, cluster)
        or is_ticker(lines, cluster)
        or is_consent_notice(lines, cluster)
        or is_comment_thread(lines, cluster)
    )
    return weight * rules.TEASER_DAMPING if damped else weight


def _grow(
    lines: Sequence[Line], clusters: list[list[int]], best: list[int], in_figure: dict[int, Figure]
) -> list[int]:
    """Join neighbouring blocks of prose that are substantial, across a long gap.

    A table of contents, a chart's labels or a long list can separate two parts
    of one article by more short lines than ``CLUSTER_GAP_LINES``; a block
    with several paragraphs and a fair share of the article's weight on the
    other side of such a gap is more likely article than furniture. Never
    across a comments marker, nor down across the page's footer links; across
    a list marker ("Most Read") only for a block with half the article's weight.
    """
    weight = block_weight(lines, best)
    low = high = clusters.index(best)

    def joins(near: list[int], far: list[int]) -> bool:
        gap = lines[min(near[-1], far[-1]) + 1 : max(near[0], far[0])]
        markers = {line.reason for line in gap if line.kind == HARD_MARKER}
        later = far if far[0] > near[0] else near
        if (
            markers & rules.COMMENT_MARKERS
            or introduced_by_comments(lines, far[0])
            or is_teaser_list(lines, far)
            or is_ticker(lines, far)
            or is_consent_notice(lines, far)
            or is_comment_thread(lines, far)
            or headed(lines, later, in_figure)  # another article's headline and byline
            or next_wire_story(lines, min(near[-1], far[-1]) + 1, later[0], best[0])
        ):
            return False
        if later is far and _footer_links(gap) >= rules.FOOTER_GAP_LINKS:
            return False  # "Impressum", "Datenschutz": the page's footer, not the article
        if not markers and _plain_gap(gap):
            # Only list items, subheadings or code between: one article.
            return True
        # A "Most Read" box can stand in the middle of an article; only a
        # weighty block on the other side of it is taken as the article going on.
        share = rules.JOIN_ACROSS_MARKER_SHARE if markers else rules.JOIN_MIN_SHARE
        least = rules.JOIN_MIN_PARAGRAPHS
        if markers & rules.LIST_MARKERS and far[0] > near[0]:
            # Below a list of other articles, only as much prose again as the
            # article has is the article going on; less is the list's. A box
            # of two or three links set in the article has the rest below it.
            small = _small_box(gap)
            share = rules.INLINE_BOX_BELOW_SHARE if small else rules.JOIN_BELOW_LIST_SHARE
            if small:
                least = rules.INLINE_BOX_BELOW_PARAGRAPHS
        enough = weight * share
        if not markers and far[0] < near[0]:
            # An introduction above a contents box; below the article, a few
            # unmarked comments must not ride in on a long article's weight.
            enough = min(enough, rules.JOIN_ENOUGH_WEIGHT)
        return len(far) >= least and block_weight(lines, far) >= enough

    # Numbered section headings ("12. Examples"), by line, for ``reach``.
    numbered = [(i, n) for i, line in enumerate(lines) if (n := _section_number(line)) is not None]

    def reach(edge: int) -> int:
        # A sentence or two of prose between code listings stands in the gap: a
        # block under the heading that numbers on from the article's last one
        # ("12. Examples" in it, "13. Security" over the block) joins as a
        # neighbour would, past up to JOIN_SKIP_BLOCKS smaller blocks between.
        if joins(clusters[edge], clusters[edge + 1]):
            return edge + 1
        k = bisect_right(numbered, clusters[edge][-1], key=lambda item: item[0]) - 1
        if k < 0 or numbered[k][0] < best[0]:
            return edge
        for far in range(edge + 2, min(edge + rules.JOIN_SKIP_BLOCKS + 2, len(clusters))):
            if len(clusters[far - 1]) >= rules.JOIN_MIN_PARAGRAPHS:
                break
            heading = _section_number_over(lines, clusters[far][0], in_figure)
            if heading == numbered[k][1] + 1 and joins(clusters[edge], clusters[far]):
                return far
        return edge

    while high + 1 < len(clusters) and (far := reach(high)) != high:
        high = far
    headed_here = under_own_head(lines, best, in_figure)
    while (
        low > 0
        # One paragraph over the article's head (a dialog's, a teaser's) is the
        # page's, unless a headline of its own stands over it (the article's
        # opening, over a card for another story).
        and not (
            headed_here
            and len(clusters[low - 1]) == 1
            and headline_over(lines, clusters[low - 1][0], in_figure, clusters[low - 1]) is None
        )
        and joins(clusters[low], clusters[low - 1])
    ):
        low -= 1
    return [i for cluster in clusters[low : high + 1] for i in cluster]


def _section_number_over(
    lines: Sequence[Line], start: int, in_figure: dict[int, Figure]
) -> int | None:
    """The number of a numbered section heading among the few lines above ``start``."""
    for _, line in lines_above(lines, start, in_figure, rules.HEADLINE_OVER_BYLINE_LINES):
        if (number := _section_number(line)) is not None:
            return number
    return None


def _section_number(line: Line) -> int | None:
    """The number of a numbered section heading ("12. Examples"), or None."""
    found = rules.SECTION_NUMBER.fullmatch(line.text) if line.kind == SHORT else None
    return int(found[1]) if found else None


def _footer_links(gap: Sequence[Line]) -> int:
    return sum(1 for line in gap if line.reason in rules.FOOTER_LINK_REASONS)


def _small_box(gap: Sequence[Line]) -> bool:
    """One list marker over one to ``INLINE_BOX_MAX_LINKS`` short lines and nothing
    else: a box of links set inside the article ("Read also" over two headlines)."""
    shown = [line for line in gap if line.kind != BLANK]
    return (
        len(shown) >= 2
        and shown[0].kind == HARD_MARKER
        and len(shown) - 1 <= rules.INLINE_BOX_MAX_LINKS
        and all(line.kind == SHORT for line in shown[1:])
    )


def _plain_gap(gap: Sequence[Line]) -> bool:
    """Only list items, subheadings, code or photos between two blocks of prose.

    No chrome, marker or metadata line, a short run, and not a list of
    headlines (most of its lines headline-like: other articles' titles).
    """
    short = [line for line in gap if line.kind == SHORT]
    headlines = sum(1 for line in short if line.headline_like and line.words >= 4)
    return (
        not any(_furniture(line) for line in gap)
        and sum(_gap_weight(line) for line in short) <= rules.PLAIN_GAP_MAX_WEIGHT
        and headlines * 2 <= len(short)
    )


def _furniture(line: Line) -> bool:
    """Whether a line between two blocks says the page's furniture stands there.

    A photo (its file name, caption and credit) stands inside articles too.
    """
    return (
        line.kind in (CHROME, SOFT_MARKER, HARD_MARKER, META)
        and line.reason not in rules.IN_ARTICLE_CHROME
    )


def _back_to_headline(
    lines: Sequence[Line], clusters: list[list[int]], best: list[int], in_figure: dict[int, Figure]
) -> list[int]:
    """Start the article under its headline when a list or code split its first paragraphs off.

    "What You'll Need" with ten short items, or a code listing, can stand
    between an article's opening paragraphs and the rest. When no headline
    stands over the block found, but a block a little further up sits right
    under a headline that speaks of what the article says, the article began
    there.
    """
    first = next(k for k, cluster in enumerate(clusters) if cluster[0] == best[0])
    if first == 0 or headline_over(lines, best[0], in_figure, best) is not None:
        return best
    for k in range(first - 1, max(first - rules.HEADLINE_BLOCKS_BACK, 0) - 1, -1):
        gap = lines[clusters[k][-1] + 1 : clusters[k + 1][0]]
        if (
            any(line.kind == HARD_MARKER for line in gap)
            or introduced_by_comments(lines, clusters[k][0])
            or is_teaser_list(lines, clusters[k])
            or is_consent_notice(lines, clusters[k])  # a dialog under the page's "Welcome"
        ):
            return best
        if headline_over(lines, clusters[k][0], in_figure, clusters[k] + best) is not None:
            return [i for cluster in clusters[k:first] for i in cluster] + best
    return best


def _breaks_cluster(gap: Sequence[Line]) -> bool:
    """Whether the lines between two paragraphs part two blocks: an end marker,
    enough short lines, or a list of other articles' headlines each over its
    date and nothing else ("Headline / 03/11/2023 / Headline / 31/10/2023")."""
    if any(line.kind == HARD_MARKER for line in gap):
        return True
    dated_headlines = 0
    above: Line | None = None
    for line in gap:
        if line.kind == BLANK:
            continue
        meta = line.meta
        if (
            above is not None
            and above.kind == SHORT
            and above.headline_like
            and above.words >= 4
            and meta is not None
            and bool(meta.published or meta.modified)
            and line.words <= rules.DATE_ALONE_MAX_WORDS
        ):
            dated_headlines += 1
        above = line
    if dated_headlines >= rules.DATED_HEADLINES_BREAK:
        return True
    short = 0.0
    in_soft_run = False
    for line in gap:
        if line.kind == SOFT_MARKER:
            in_soft_run = True
        elif line.kind == SHORT and not line.bullet and not in_soft_run:
            short += _gap_weight(line)
        elif line.kind == CHROME and line.reason not in rules.GAP_FREE_CHROME:
            short += rules.CHROME_GAP_WEIGHT
        elif line.kind not in (SHORT, BLANK):
            in_soft_run = False
    return short >= rules.CLUSTER_GAP_LINES


def _gap_weight(line: Line) -> float:
    """How much a short line between paragraphs suggests two separate blocks.

    Link-like labels ("World", "Sign in") count fully; longer lines (list
    items, subheadings) half; chart numbers, code lines and numbered list
    items ("3. Australia": menus aren't numbered) not at all.
    """
    if (
        not any(c.isalpha() for c in line.text)
        or is_code(line)
        or is_cell(line)
        or is_chart_label(line)
        or rules.CODE_LINE.search(line.text)
        or rules.NUMBERED_ITEM.match(line.text)
        or is_lead_in(line)
    ):
        return 0.0
    return 1.0 if line.words <= rules.NAV_ITEM_MAX_WORDS else 0.5


def _extends_body(
    lines: Sequence[Line], i: int, in_figure: dict[int, Figure], *, backwards: bool
) -> bool:
    """Whether the non-blank line ``i`` next to the body belongs to it."""
    line = lines[i]
    if i in in_figure:
        return False
    if line.kind == SENTENCE and not (backwards and line.headline_like):
        return True
    if line.bullet and line.kind == SHORT and any(c.isalpha() for c in line.text):
        return True  # "+ Added Banners": a list the author wrote, its marks in the text
    return (
        not backwards
        and line.kind in (SHORT, SENTENCE)
        and rules.WIRE_TAIL.fullmatch(line.text) is not None
    )
