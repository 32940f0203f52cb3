"""The plain-text page-dump stage: a copied or text-only page -> ``Article``.

A dump is a page's visible text with its furniture still in it: menus and
"Loading" above, share buttons and "Category:" lines around the headline, image
file names and photo credits inside, comments and headline lists below. This
stage is pure (``str`` in, frozen ``Article`` out) and decides mostly from
structure:

* *prose* lines (several words ending a sentence, or long lines; for CJK,
  enough characters with 。！？) form blocks, split where many short lines or
  an end marker stand between them; the heaviest block is the article, unless
  a comments marker introduces it or it reads as a list of teasers
  (headline, blurb, headline, blurb); weighty blocks beyond a table of
  contents or a "Most Read" box join it;
* short lines at the edges of that block are chrome; a headline-like line just
  above it is the title; metadata lines outside it (above it, or below it
  before the comments) give authors, dates, section and tags;
* an end marker ("Comments", "Most Popular", "コメント", ...) after the body
  ends the article: everything after it is stripped.

Each line is first read on its own in ``textlines.py`` (its kind, and what a
metadata line says); this module decides from where the lines stand. The
names of things (chrome words, markers, month names) are data in
``textrules.py``. Every line removed is reported in ``Article.stripped`` with
the rule that removed it.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import islice, pairwise

from clipper.cjk import CJK_RUN
from clipper.errors import NotAnArticle
from clipper.extract.text import rules as rules
from clipper.extract.text.lines import (
    BLANK,
    CHROME,
    CREDIT,
    FILE,
    HARD_MARKER,
    META,
    PROSE,
    REPEATED_CHROME,
    SENTENCE,
    SHORT,
    SOFT_MARKER,
    WORD,
    Line,
    Meta,
    When,
    cjk_count,
    classify,
    is_cjk,
    is_headline_like,
    is_question,
    join_split_bylines,
    line_key,
    read_names,
    unwrap,
    word_count,
)
from clipper.models import Article, Stripped
from clipper.untrusted import xml_safe

# What other modules take from this stage. REPEATED_CHROME, defined with the
# line rules in ``textlines.py``, is a reason ``Article.stripped`` can give.
__all__ = ["REPEATED_CHROME", "parse_text_dump", "repeated_lines"]


@dataclass(frozen=True, slots=True)
class _Figure:
    """An image's caption and credit, and the lines they came from."""

    lines: tuple[int, ...]
    caption: str | None
    credit: str | None

    @property
    def text(self) -> str:
        return " — ".join(part for part in (self.caption, self.credit) if part)


def parse_text_dump(text: str, *, site_lines: frozenset[str] = frozenset()) -> Article:
    """Turn a plain-text dump of a web page into a clean ``Article``.

    ``site_lines`` are lines (as ``textlines.line_key`` gives them) found on several
    other pages of the same site: furniture, whatever they say.
    Raises ``NotAnArticle`` when the dump holds no prose at all.
    """
    # 1. Normalise controls, whitespace, bullets and hard wrapping; classify each line alone.
    # NUL and stray control characters are never article text (and lxml, which
    # reads ``html`` later, can't hold them).
    raw_lines = join_split_bylines(unwrap(xml_safe(text).splitlines()))
    lines = tuple(classify(raw, site_lines) for raw in raw_lines)
    if not any(line.kind != BLANK for line in lines):
        raise NotAnArticle(
            "The text dump is empty: there is nothing to clip. "
            "Copy the article's text (select the page, copy, paste) and try again."
        )
    # 2. Group image file names, captions and credits into figures.
    figures = _find_figures(lines)
    in_figure = {i: fig for fig in figures for i in fig.lines}
    # 3. Find the body: the heaviest block of prose that is neither comments nor teasers.
    start, end = _find_body(lines, in_figure)
    start, standfirst = _split_standfirst(lines, start, end)
    # 4. Headline, standfirst and name-only bylines from just above the body.
    head = _read_head(lines, start, in_figure, standfirst)
    # 5. Walk every line once: body blocks, metadata, and what was stripped.
    return _assemble(lines, in_figure, start, end, head)


def repeated_lines(
    pages: Sequence[str], *, min_pages: int = 2, max_words: int = 40
) -> frozenset[str]:
    """Lines found on at least ``min_pages`` of ``pages`` (other dumps of one site).

    A line that several different articles share is the site's furniture:
    a menu, a slogan, a newsletter plug. Long lines are left out: a paragraph
    two articles share is rarer, and losing one would cost more.
    """
    from collections import Counter

    seen: Counter[str] = Counter()
    for page in pages:
        seen.update(
            {
                key
                for raw in page.splitlines()
                if (key := line_key(raw)) and len(key.split()) <= max_words
            }
        )
    return frozenset(key for key, count in seen.items() if count >= min_pages)


# --- 2. Figures ------------------------------------------------------------------------


def _find_figures(lines: Sequence[Line]) -> tuple[_Figure, ...]:
    """Image file names, the captions next to them, and photo credits."""
    figures: list[_Figure] = []
    used: set[int] = set()
    textual = (PROSE, SENTENCE, SHORT)

    def blank_or_edge(i: int) -> bool:
        return i < 0 or i >= len(lines) or lines[i].kind in (BLANK, FILE)

    for i, line in enumerate(lines):
        if i in used:
            continue
        members, caption, credit = [i], None, None
        if line.kind == FILE:
            j = i + 1
            if j < len(lines) and lines[j].kind in textual and len(lines[j].text) <= 300:
                after = j + 1
                credited = after < len(lines) and lines[after].kind == CREDIT
                # Without a credit, only a short line is a caption: a long one
                # is the paragraph after an uncaptioned image.
                if credited or (blank_or_edge(after) and lines[j].words <= rules.CAPTION_MAX_WORDS):
                    caption, j = j, j + 1
            if j < len(lines) and lines[j].kind == CREDIT:
                credit = j
        elif line.kind == CREDIT:
            credit = i
            before, after = i - 1, i + 1
            if after < len(lines) and rules.CAPTION_LEAD.fullmatch(lines[after].text):
                caption = after  # "Image source, Reuters" / "Image caption, ..."
            elif (
                before >= 0
                and before not in used
                and lines[before].kind in textual
                and blank_or_edge(before - 1)
            ):
                caption = before
        elif line.kind in textual and len(line.text) <= 400:
            inline = rules.INLINE_CREDIT.fullmatch(line.text)
            lead = rules.CAPTION_LEAD.fullmatch(line.text)
            if inline is not None:
                figures.append(_Figure((i,), inline["caption"], inline["credit"]))
            elif lead is not None:
                figures.append(_Figure((i,), lead["caption"], None))
            else:
                continue
            used.add(i)
            continue
        else:
            continue
        members += [k for k in (caption, credit) if k is not None]
        used.update(members)
        caption_text = lines[caption].text if caption is not None else None
        lead = rules.CAPTION_LEAD.fullmatch(caption_text or "")
        figures.append(
            _Figure(
                tuple(sorted(members)),
                lead["caption"] if lead else caption_text,
                lines[credit].text if credit is not None else None,
            )
        )
    return tuple(figures)


# --- 3. The body --------------------------------------------------------------------------


def _find_body(lines: Sequence[Line], in_figure: dict[int, _Figure]) -> tuple[int, int]:
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
        shown = sum(1 for line in lines if line.kind != BLANK)
        raise NotAnArticle(
            f"No article text in this text dump: its {shown} lines hold no paragraph of prose "
            "(only navigation, headings or metadata). Copy the whole article, or clip the page's URL or HTML instead."
        )
    clusters: list[list[int]] = [[prose[0]]]
    for a, b in pairwise(prose):
        if _breaks_cluster(lines[a + 1 : b]):
            clusters.append([b])
        else:
            clusters[-1].append(b)

    # A comment thread can outweigh the article, but a comment count ("941
    # comments") can also stand just above the article: a block introduced
    # by a comments marker wins only when no other block has some weight.
    heaviest = max(_cluster_weight(lines, c) for c in clusters)
    eligible = [
        c
        for c in clusters
        if not _introduced_by_comments(lines, c[0])
        and _cluster_weight(lines, c) >= heaviest * rules.MIN_SHARE_OVER_COMMENTS
    ] or clusters
    best = _grow(lines, clusters, max(eligible, key=lambda c: _score(lines, c)))
    best = _back_to_headline(lines, clusters, best, in_figure)
    end = _end_before_soft_marker(lines, best)
    # Short sentences around the prose belong to it ("He declined to comment.").
    return _extend(lines, best[0], in_figure, -1), _extend(lines, end, in_figure, 1)


def _end_before_soft_marker(lines: Sequence[Line], best: Sequence[int]) -> int:
    """The body's last paragraph: the one before the first soft marker ("Read
    more") inside it that less than ``SOFT_MARKER_TAIL_RATIO`` of the prose
    before it follows; the block's last one when no such marker stands in it.

    One pass with running sums: a dump with thousands of markers in its body
    takes no longer than one with a few.
    """
    weights = [_weight(lines[k].text) for k in best]
    total = sum(weights)
    before = 0
    n = 0  # paragraphs of ``best`` above line i
    for i in range(best[0], best[-1] + 1):
        while best[n] < i:
            before += weights[n]
            n += 1
        # A marker is never prose, so never one of ``best``'s own lines.
        if lines[i].kind == SOFT_MARKER and total - before < before * rules.SOFT_MARKER_TAIL_RATIO:
            return best[n - 1]
    return best[-1]


def _extend(lines: Sequence[Line], edge: int, in_figure: dict[int, _Figure], step: int) -> int:
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


def _cluster_weight(lines: Sequence[Line], cluster: Sequence[int]) -> int:
    return sum(_weight(lines[i].text) for i in cluster)


def _score(lines: Sequence[Line], cluster: Sequence[int]) -> float:
    """A block's weight, damped when it reads as a list of teasers."""
    weight = _cluster_weight(lines, cluster)
    return weight * rules.TEASER_DAMPING if _is_teaser_list(lines, cluster) else weight


def _is_teaser_list(lines: Sequence[Line], cluster: Sequence[int]) -> bool:
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
    blurbs = sorted(_weight(lines[i].text) for i in cluster)
    return (
        headed >= len(cluster) * rules.TEASER_HEADED_SHARE
        and blurbs[len(blurbs) // 2] <= rules.TEASER_MAX_BLURB
    )


def _grow(lines: Sequence[Line], clusters: list[list[int]], best: list[int]) -> list[int]:
    """Join neighbouring blocks of prose that are substantial, across a long gap.

    A table of contents, a chart's labels or a long list can separate two parts
    of one article by more short lines than ``CLUSTER_GAP_LINES``; a block
    with several paragraphs and a fair share of the article's weight on the
    other side of such a gap is more likely article than furniture. Never
    across a comments marker; across a list marker ("Most Read") only for a
    block with half the article's weight.
    """
    weight = _cluster_weight(lines, best)
    low = high = clusters.index(best)

    def joins(near: list[int], far: list[int]) -> bool:
        gap = lines[min(near[-1], far[-1]) + 1 : max(near[0], far[0])]
        markers = {line.reason for line in gap if line.kind == HARD_MARKER}
        if (
            markers & rules.COMMENT_MARKERS
            or _introduced_by_comments(lines, far[0])
            or _is_teaser_list(lines, far)
        ):
            return False
        if not markers and _plain_gap(gap):
            # Only list items, subheadings or code between: one article.
            return True
        # A "Most Read" box can stand in the middle of an article; only a
        # weighty block on the other side of it is taken as the article going on.
        share = rules.JOIN_ACROSS_MARKER_SHARE if markers else rules.JOIN_MIN_SHARE
        enough = weight * share
        if not markers and far[0] < near[0]:
            # An introduction above a contents box; below the article, a few
            # unmarked comments must not ride in on a long article's weight.
            enough = min(enough, rules.JOIN_ENOUGH_WEIGHT)
        return len(far) >= rules.JOIN_MIN_PARAGRAPHS and _cluster_weight(lines, far) >= enough

    while high + 1 < len(clusters) and joins(clusters[high], clusters[high + 1]):
        high += 1
    while low > 0 and joins(clusters[low], clusters[low - 1]):
        low -= 1
    return [i for cluster in clusters[low : high + 1] for i in cluster]


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
    lines: Sequence[Line], clusters: list[list[int]], best: list[int], in_figure: dict[int, _Figure]
) -> list[int]:
    """Start the article under its headline when a list or code split its first paragraphs off.

    "What You'll Need" with ten short items, or a code listing, can stand
    between an article's opening paragraphs and the rest. When no headline
    stands over the block found, but a block a little further up sits right
    under a headline that speaks of what the article says, the article began
    there.
    """
    first = next(k for k, cluster in enumerate(clusters) if cluster[0] == best[0])
    if first == 0 or _headline_over(lines, best[0], in_figure, best) is not None:
        return best
    for k in range(first - 1, max(first - rules.HEADLINE_BLOCKS_BACK, 0) - 1, -1):
        gap = lines[clusters[k][-1] + 1 : clusters[k + 1][0]]
        if (
            any(line.kind == HARD_MARKER for line in gap)
            or _introduced_by_comments(lines, clusters[k][0])
            or _is_teaser_list(lines, clusters[k])
        ):
            return best
        if _headline_over(lines, clusters[k][0], in_figure, clusters[k] + best) is not None:
            return [i for cluster in clusters[k:first] for i in cluster] + best
    return best


def _headline_over(
    lines: Sequence[Line], i: int, in_figure: dict[int, _Figure], body: Sequence[int]
) -> int | None:
    """A headline on the body's topic among the few lines above line ``i``."""
    lead = _topic_keys(" ".join(lines[k].text for k in body[: rules.HEADLINE_LEAD_LINES]))
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
        if line.headline_like and (line.words >= 4 or is_cjk(line.text)) and _speaks_of(line, lead):
            return k
    return None


def _weight(text: str) -> int:
    return len(text) + cjk_count(text)  # CJK says more per character


def _breaks_cluster(gap: Sequence[Line]) -> bool:
    if any(line.kind == HARD_MARKER for line in gap):
        return True
    short = 0.0
    in_soft_run = False
    for line in gap:
        if line.kind == SOFT_MARKER:
            in_soft_run = True
        elif line.kind == SHORT and not line.bullet and not in_soft_run:
            short += _gap_weight(line)
        elif line.kind == CHROME and line.reason != "chrome: advertisement":
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
        or rules.CODE_LINE.search(line.text)
        or rules.NUMBERED_ITEM.match(line.text)
    ):
        return 0.0
    return 1.0 if line.words <= rules.NAV_ITEM_MAX_WORDS else 0.5


def _introduced_by_comments(lines: Sequence[Line], start: int) -> bool:
    """Whether a comments marker stands among the few lines above ``start``.

    A comment count under a headline or a byline ("Title / By X / 12 Comments")
    links to the comments of the article that follows; it doesn't introduce them.
    """
    nearest = (i for i in range(start - 1, -1, -1) if lines[i].kind != BLANK)
    above = list(islice(nearest, 2 * rules.COMMENTS_MARKER_REACH))
    for n, i in enumerate(above[: rules.COMMENTS_MARKER_REACH]):
        line = lines[i]
        if line.kind == PROSE:
            return False
        if line.kind == HARD_MARKER and line.reason in rules.COMMENT_MARKERS:
            for k in above[n + 1 : n + 1 + rules.COMMENTS_MARKER_REACH]:
                if lines[k].kind == PROSE:
                    break  # the end of an article: what follows the marker is comments
                if (lines[k].kind == SHORT and lines[k].headline_like) or (
                    lines[k].meta is not None and lines[k].meta.authors
                ):
                    return False
            return True
    return False


def _extends_body(
    lines: Sequence[Line], i: int, in_figure: dict[int, _Figure], *, backwards: bool
) -> bool:
    """Whether the non-blank line ``i`` next to the body belongs to it."""
    line = lines[i]
    if i in in_figure:
        return False
    if line.kind == SENTENCE and not (backwards and line.headline_like):
        return True
    return (
        not backwards
        and line.kind in (SHORT, SENTENCE)
        and rules.WIRE_TAIL.fullmatch(line.text) is not None
    )


def _split_standfirst(lines: Sequence[Line], start: int, end: int) -> tuple[int, int | None]:
    """A one-sentence standfirst between headline and byline is not the body's start.

    "Gas storage is full, but ..." followed by "By Olga Brandt | Nov. 18, 2024"
    reads as prose, but the byline after it shows the article has not begun.
    Returns the body's new first line and the standfirst's index, if any.
    """
    dek: int | None = None
    for i in range(start, end + 1):
        line = lines[i]
        if line.kind == BLANK:
            continue
        if (
            line.kind in (PROSE, SENTENCE)
            and dek is None
            and line.words <= rules.STANDFIRST_MAX_WORDS
        ):
            dek = i
            continue
        meta = line.meta
        byline_or_date = meta is not None and bool(
            meta.authors or meta.published or meta.modified or meta.time_only
        )
        if dek is None or not byline_or_date:
            return start, None
        later = [k for k in range(i + 1, end + 1) if lines[k].kind == PROSE]
        return (later[0], dek) if later else (start, None)
    return start, None


# --- 4. Headline -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Head:
    """What stands above the body: indexes of the headline and its companions."""

    title: int | None
    title_text: str | None  # the headline; without the site when read from "X | Site"
    standfirst: int | None
    name_lines: tuple[int, ...]
    site_name: str | None

    @property
    def site_name_lower(self) -> str | None:
        return self.site_name.lower() if self.site_name else None


def _read_head(
    lines: Sequence[Line], start: int, in_figure: dict[int, _Figure], standfirst: int | None
) -> _Head:
    """Pick the headline among the headline-like lines just above the body."""
    block: list[int] = []
    unknown = 0  # short unrecognised lines ("Artikel anhören") crossed so far
    short_title: int | None = None  # the first of them: maybe a short headline
    for i in range(start - 1, -1, -1):
        line = lines[i]
        if line.kind in (BLANK, META, FILE, CREDIT) or i in in_figure or i == standfirst:
            continue
        if line.headline_like or line.name_like:
            block.append(i)
            continue
        if line.kind == CHROME and not (block and line.reason in rules.NAVIGATION_REASONS):
            continue
        if line.kind in (HARD_MARKER, SOFT_MARKER):
            # "12 Comments" between headline and body links to them; the lines
            # under "Tags" or "Related" are its items, not the headline.
            block.clear()
            continue
        if not block and line.kind == SHORT and line.words <= 3 and unknown < 3:
            short_title = i if unknown == 0 and _has_letters(line.text) else short_title
            unknown += 1
            continue
        break
    block.reverse()
    copyright_lines = (line.text for line in lines if line.reason == "chrome: copyright")
    # A page has a copyright line or two; a few are enough to name the site.
    footer = " ".join(islice(copyright_lines, rules.FOOTER_LINES)).lower()
    site_name = _site_from_footer(lines, start, footer)
    candidates = [
        i
        for i in block
        if lines[i].headline_like and lines[i].text.lower() != (site_name or "").lower()
    ]
    title = _best_headline(lines, candidates)
    over_byline = _headline_over_byline(lines, start, in_figure)
    lead = _lead_keys(lines, start)
    topical = _topical_headline(lines, start, in_figure, lead)
    if over_byline is not None and (title is None or title > over_byline[1]):
        # Share bars, a lead photo's credit or a sign-in box can stand between
        # byline and body; what stands just above the byline is the headline.
        title = over_byline[0]
    elif topical is not None and (
        title is None or (topical < title and not _topic_keys(lines[title].text) & lead)
    ):
        # "Block for Lifehacker" right above the body shares no word with it;
        # the headline further up does.
        title = topical
    elif (
        title is not None
        and short_title is not None
        and _navigation_between(lines, title, short_title)
    ):
        # "Jane's Kitchen Notes / Home | Archives / Sourdough, finally / Posted
        # by ...": the headline-like line is the blog's name above its menu.
        site_name = site_name or lines[title].text
        title = short_title
    if title is None:
        title, title_text, page_site = _title_from_page_title(lines, start)
        if title is None and _is_headline_shaped(lines, start):
            # A question or a capitalised headline ending "N.Y." reads as
            # prose, so the body was found to begin with it.
            title, title_text = start, lines[start].text
        elif (
            title is None
            and short_title is not None
            and (lines[short_title].words >= 2 or _first_line(lines) == short_title)
            and _only_chrome_between(lines, short_title, start)
        ):
            # "Hermitian matrix" / "From Wikipedia, the free encyclopedia" / body:
            # a short title with only furniture under it (one word only when it
            # opens the page: "Sport" above a body is a section label).
            title, title_text = short_title, lines[short_title].text
    else:
        title_text, page_site = _strip_site_suffix(lines, title)
        page_site = page_site or _site_from_page_title(lines, title_text)
    after = [i for i in block if title is None or i > title]

    def beside_title_or_date(i: int) -> bool:
        near = _neighbours(lines, i, skip=(BLANK, FILE, CREDIT, CHROME))
        listed = any(
            lines[k].name_like and not rules.NOT_A_NAME.fullmatch(lines[k].text) for k in near
        )  # "Staff Writer" under a name is a job title, not another name
        return not listed and any(
            k in (title, start) or bool(lines[k].meta and lines[k].meta.published) for k in near
        )

    # "Marta Lindqvist" alone is a byline only next to the headline, the date
    # or the body; "Added Banners" in a list of changes is not.
    names = tuple(
        i
        for i in after
        if (_is_name_line(lines[i]) or (lines[i].name_like and not lines[i].headline_like))
        and beside_title_or_date(i)
    )
    if standfirst is None:
        standfirst = next(
            (i for i in after if i not in names and lines[i].headline_like and lines[i].words >= 5),
            None,
        )
    if site_name in {lines[i].text for i in names}:
        site_name = None  # "© 2024 Tom Reyes" under Tom Reyes's byline names the author
    return _Head(title, title_text, standfirst, names, page_site or site_name)


def _headline_over_byline(
    lines: Sequence[Line], start: int, in_figure: dict[int, _Figure]
) -> tuple[int, int] | None:
    """The headline standing just above the byline or date line nearest the body.

    Nearly every article page reads headline, (standfirst), byline and date,
    body. Returns the headline's index and the metadata line's, or ``None``
    when no metadata line stands within ``BYLINE_REACH`` lines above the body
    or no headline-like line stands just above it.
    """
    for i, line in _lines_above(lines, start, in_figure, rules.BYLINE_REACH):
        if line.kind == PROSE and line.words > rules.STANDFIRST_MAX_WORDS:
            return None  # another block of prose
        meta = line.meta
        if line.kind != META or meta is None or not (meta.authors or meta.published):
            continue
        candidates: list[int] = []
        above = 0
        for k in range(i - 1, -1, -1):
            head = lines[k]
            if head.kind in (BLANK, META, FILE, CREDIT) or k in in_figure:
                continue
            above += 1
            if above > rules.HEADLINE_OVER_BYLINE_LINES or head.kind in (
                CHROME,
                HARD_MARKER,
                SOFT_MARKER,
            ):
                break  # a menu above a blog's date line: its headline is below
            if head.headline_like and (head.words >= 4 or is_cjk(head.text)):
                candidates.append(k)
        title = _best_headline(lines, candidates)
        return None if title is None else (title, i)
    return None


def _topic_keys(text: str) -> set[str]:
    """What a headline and its article's lead share: content words (by their
    first letters, so "strandings" meets "stranding") and CJK character pairs."""
    keys = {
        word[: rules.TOPIC_PREFIX]
        for word in WORD.findall(text.lower())
        if len(word) >= rules.TOPIC_MIN_LETTERS
        and not word.isdigit()
        and word not in rules.TOPIC_COMMON_WORDS
    }
    for run in CJK_RUN.findall(text):
        keys.update(run[k : k + 2] for k in range(len(run) - 1))
    return keys


def _lead_keys(lines: Sequence[Line], start: int) -> set[str]:
    lead: list[str] = []
    size = 0
    for line in lines[start:]:
        if line.kind in (PROSE, SENTENCE):
            lead.append(line.text)
            size += len(line.text)
            if size >= rules.TOPIC_LEAD_CHARS:
                break
    return _topic_keys(" ".join(lead))


def _speaks_of(line: Line, lead: set[str]) -> bool:
    """Whether most of a headline's content words come back in the body's lead."""
    keys = _topic_keys(line.text)
    shared = keys & lead
    return len(shared) >= rules.TOPIC_MIN_SHARED and len(shared) >= len(keys) * rules.TOPIC_SHARE


def _topical_headline(
    lines: Sequence[Line], start: int, in_figure: dict[int, _Figure], lead: set[str]
) -> int | None:
    """The nearest headline-like line above the body that speaks of what the body says.

    For when the line just above the body is a widget's label or a teaser:
    the headline is the line whose words the lead paragraphs (``lead``) repeat.
    """
    for i, line in _lines_above(lines, start, in_figure, rules.TOPICAL_HEADLINE_REACH):
        if line.headline_like and (line.words >= 4 or is_cjk(line.text)) and _speaks_of(line, lead):
            return i
    return None


def _lines_above(
    lines: Sequence[Line], start: int, in_figure: dict[int, _Figure], reach: int
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


def _is_headline_shaped(lines: Sequence[Line], i: int) -> bool:
    """A prose line that is a headline: short, and a question or in title case,
    with more prose after it."""
    line = lines[i]
    if line.kind != PROSE or not rules.HEADLINE_WORDS[0] <= line.words <= rules.HEADLINE_WORDS[1]:
        return False
    words = [w for w in WORD.findall(line.text) if len(w) >= rules.TOPIC_MIN_LETTERS]
    title_case = len(words) >= 3 and sum(w[0].isupper() for w in words) >= len(words) * (
        rules.TITLE_CASE_SHARE
    )
    more = any(later.kind == PROSE for later in lines[i + 1 : i + rules.HEADLINE_BODY_REACH])
    return (title_case or is_question(line.text)) and more


def _first_line(lines: Sequence[Line]) -> int:
    return next(i for i, line in enumerate(lines) if line.kind != BLANK)


def _only_chrome_between(lines: Sequence[Line], first: int, last: int) -> bool:
    return all(line.kind in (BLANK, CHROME) for line in lines[first + 1 : last])


def _has_letters(text: str) -> bool:
    return any(c.isalpha() for c in text)


def _navigation_between(lines: Sequence[Line], first: int, last: int) -> bool:
    """Whether a menu, breadcrumb or entry link stands between two lines."""
    return any(
        line.kind == CHROME and line.reason in rules.MENU_REASONS
        for line in lines[first + 1 : last]
    )


def _site_from_footer(lines: Sequence[Line], start: int, footer: str) -> str | None:
    """A short line above the article that the copyright line repeats: the site's name."""
    if not footer:
        return None
    for line in lines[:start]:
        if line.kind == SHORT and 1 <= line.words <= 6 and line.text.lower() in footer:
            return line.text
    return None


def _is_name_line(line: Line) -> bool:
    """ "Marta Lindqvist, Staff Writer" or "A and B": a byline without "By"."""
    if rules.NAME_ONLY.fullmatch(line.text) is None:
        return False
    authors, _ = read_names(line.text)
    return bool(authors) and (len(authors) > 1 or authors[0] != line.text)


def _best_headline(lines: Sequence[Line], candidates: Sequence[int]) -> int | None:
    if not candidates:
        return None
    again = _appearing_again(lines, {lines[i].text for i in candidates})

    def score(i: int) -> float:
        line = lines[i]
        value = 1.0 if 4 <= line.words <= 20 else 0.4 if line.words == 3 else 0.3
        if line.text.isupper() and line.words <= 4:
            value -= 0.5  # "MIDDLE EAST CRISIS": a section label or kicker
        if line.text in again:
            value += 0.5
        return value

    return max(candidates, key=score)  # the first of the best


def _appearing_again(lines: Sequence[Line], texts: set[str]) -> set[str]:
    """Those of ``texts`` that stand on two lines, or in a "Headline | Site" line.

    One pass over the dump however many candidates there are: a list of a
    thousand headlines above the body must not cost a thousand passes.
    """
    seen: set[str] = set()
    again: set[str] = set()
    for line in lines:
        if line.text in texts:
            (again if line.text in seen else seen).add(line.text)
        head = _page_title_split(line.text)[0]
        if head in texts:  # never the line itself: a head is shorter than its line
            again.add(head)
    return again


_PAGE_TITLE = re.compile(r"(?P<title>.+?)\s+(?P<sep>[|–—-])\s+(?P<site>[^|–—-]{2,40})")


def _page_title_split(text: str) -> tuple[str | None, str | None]:
    """ "Headline | Site" -> ("Headline", "Site"): a browser's page title line."""
    match = _PAGE_TITLE.fullmatch(text)
    if match is None or len(match["site"].split()) > 4:
        return None, None
    return match["title"], match["site"]


def _strip_site_suffix(lines: Sequence[Line], title: int) -> tuple[str, str | None]:
    """ "Headline | Site" -> ("Headline", "Site"); a dash splits only the dump's first line.

    A browser's page title ends in the site's name; " | " in a headline is
    rare, but " - " is common ("Xbox One X review - A console ..."), so a dash
    counts only on the first line of the dump, where a copied page title stands.
    """
    text = lines[title].text
    match = _PAGE_TITLE.fullmatch(text)
    head, site = _page_title_split(text)
    first = _first_line(lines)
    if match is None or head is None or (match["sep"] != "|" and title != first):
        return text, None
    return head, site


def _site_from_page_title(lines: Sequence[Line], title: str) -> str | None:
    for line in lines:
        head, site = _page_title_split(line.text)
        if head == title:
            return site
    return None


def _title_from_page_title(
    lines: Sequence[Line], start: int
) -> tuple[int | None, str | None, str | None]:
    """The line, headline and site of a "Headline | Site" line above the body."""
    for i in range(start):
        head, site = _page_title_split(lines[i].text)
        if head and is_headline_like(head, word_count(head)):
            return i, head, site
    return None, None, None


# --- 5. Assembly ------------------------------------------------------------------------------


def _assemble(
    lines: Sequence[Line],
    in_figure: dict[int, _Figure],
    start: int,
    end: int,
    head: _Head,
) -> Article:
    stripped: list[Stripped] = []
    blocks: list[_Block] = []
    metas: list[tuple[int, Meta]] = []  # with the line they came from
    captions: list[str] = []
    title_text = head.title_text
    ended: str | None = None  # the end marker's kind, once the article is over
    teaser_run = False  # inside a "Related" box standing in the body
    tail_figures_open = True  # a figure right after the last paragraph still belongs

    # A bare date among the first lines of the body is the article's date; a
    # date further in is text ("On November 25, 1947" in a timeline).
    body_lines = [i for i in range(start, end + 1) if lines[i].kind != BLANK]
    deep_in_body = set(body_lines[rules.BODY_HEAD_LINES :])

    def strip(i: int, reason: str) -> None:
        stripped.append(Stripped(lines[i].text, reason))

    def add_figure(fig: _Figure) -> None:
        captions.append(fig.text)
        blocks.append(("figure", (fig.text,)))

    for i, line in enumerate(lines):
        if line.kind == BLANK:
            continue
        fig = in_figure.get(i)
        if i > end and line.kind in (HARD_MARKER, SOFT_MARKER):
            ended = line.reason
            strip(i, f"after article end: {ended}")
        elif ended is not None and line.meta is not None and _only_labels(line.meta):
            # "コメント(2)" in a post's footer comes before its "カテゴリ: 旅行";
            # commenters' names and dates are not the article's, labels are.
            metas.append((i, line.meta))
            strip(i, line.reason)
        elif ended is not None:
            strip(i, line.reason if line.kind == CHROME else f"after article end: {ended}")
        elif fig is not None:
            keep = i <= end or tail_figures_open
            if keep and fig.lines[-1] == i and fig.text:
                add_figure(fig)
            if line.kind == FILE:
                strip(i, "image file name")
            elif not keep:
                strip(i, "after article end")
            elif line.kind == CREDIT or (fig.credit == line.text and fig.caption is None):
                strip(i, "photo credit")
            else:
                strip(i, "caption")
        elif i == head.title:
            strip(i, "title")
        elif title_text and title_text in (line.text, _page_title_split(line.text)[0]):
            strip(i, "duplicate of title")
        elif i == head.standfirst:
            strip(i, "standfirst")
        elif i in head.name_lines:
            match = rules.NAME_ONLY.fullmatch(line.text)
            authors, byline = read_names(match["names"] if match else line.text)
            if authors:
                metas.append((i, Meta("metadata: byline", authors=authors, byline=byline)))
            strip(i, "metadata: byline")
        elif (
            line.kind == META
            and line.meta is not None
            and not (i in deep_in_body and _only_a_date(line.meta))
        ):
            metas.append((i, line.meta))
            strip(i, line.reason)
        elif line.text.lower() == head.site_name_lower:
            strip(i, "site name")
        elif i < start:
            strip(i, _reason_outside(line, "chrome: before article"))
        elif i > end:
            tail_figures_open = tail_figures_open and line.kind == CHROME
            in_list = line.headline_like and _near_headline(lines, i)
            strip(
                i,
                _reason_outside(line, "after article end" + (": related links" if in_list else "")),
            )
        elif line.kind == CHROME:
            strip(i, line.reason)
        elif line.kind in (SOFT_MARKER, HARD_MARKER):
            teaser_run = True
            strip(i, f"chrome: {line.reason}")
        elif teaser_run and line.kind == SHORT:
            strip(i, "chrome: related links")
        else:
            teaser_run = False
            _add_block(blocks, line)
    if not any(kind != "figure" for kind, _ in blocks):
        raise NotAnArticle(
            "No article text in this text dump: the prose found was all captions. Copy the article's body too."
        )
    # Labels keep the page's order ("Category:Economy" before "Category:Europe").
    labels = [m for _, m in sorted(metas, key=lambda item: item[0])]
    # The date nearest above the body is the article's; a masthead's "today"
    # stands further up. Dates below the body (blog footers) come after.
    metas.sort(key=lambda item: (item[0] > start, abs(start - item[0])))
    bio = _author_bio(blocks, [a for _, m in metas for a in m.authors])
    if bio is not None:
        blocks.remove(bio)
        stripped.append(Stripped(bio[1][0], "author bio"))
    return _article(
        lines, blocks, [m for _, m in metas], labels, captions, stripped, title_text, head
    )


def _author_bio(blocks: Sequence[_Block], authors: Sequence[str]) -> _Block | None:
    """The closing paragraph when it introduces the author ("Marta Lindqvist is ...")."""
    last = next((block for block in reversed(blocks) if block[0] != "figure"), None)
    if last is None or last[0] != "p" or last is blocks[0]:
        return None
    text = last[1][0]
    for name in authors:
        for form in (name, name.split()[-1]):
            if text.startswith(form) and rules.AUTHOR_BIO_VERB.match(text, len(form)):
                return last
    return None


def _only_labels(meta: Meta) -> bool:
    """A category or tag line, with no names or dates."""
    return bool(meta.categories or meta.tags) and not (
        meta.authors or meta.published or meta.modified
    )


def _only_a_date(meta: Meta) -> bool:
    """A date with nothing else: inside the body it is text ("November 25, 1947")."""
    return not (meta.authors or meta.categories or meta.tags)


def _neighbours(lines: Sequence[Line], i: int, skip: Iterable[str] = (BLANK,)) -> list[int]:
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


def _near_headline(lines: Sequence[Line], i: int) -> bool:
    """Whether a neighbouring line of ``i`` is headline-like too (a list of headlines)."""
    return any(lines[k].headline_like for k in _neighbours(lines, i))


def _reason_outside(line: Line, default: str) -> str:
    if line.kind in (CHROME,):
        return line.reason
    if line.kind == CREDIT:
        return "photo credit"
    if line.kind in (HARD_MARKER, SOFT_MARKER):
        return f"chrome: {line.reason}"
    return default


# A block of the body: its HTML element ("p", "h2", "ul", "pre", "figure") and
# its lines (one for "p", "h2" and "figure"; the items of a list; code lines).
_Block = tuple[str, tuple[str, ...]]


def _add_block(blocks: list[_Block], line: Line) -> None:
    """Append ``line`` to the body, extending the last list or code block."""
    if line.kind == SHORT and rules.CODE_LINE.search(line.text):
        kind = "pre"
    elif line.bullet:
        kind = "ul"
    else:
        limit = rules.SUBHEADING_MAX_CJK if is_cjk(line.text) else rules.SUBHEADING_MAX_WORDS
        heading = (
            line.kind == SHORT
            and line.words <= limit
            and not line.text.endswith((":", "：", ","))
            and not rules.WIRE_TAIL.fullmatch(line.text)
        )
        blocks.append(("h2" if heading else "p", (line.text,)))
        return
    if blocks and blocks[-1][0] == kind:
        blocks[-1] = (kind, (*blocks[-1][1], line.text))
    else:
        blocks.append((kind, (line.text,)))


def _article(
    lines: Sequence[Line],
    blocks: Sequence[_Block],
    metas: Sequence[Meta],
    labels: Sequence[Meta],
    captions: Sequence[str],
    stripped: Sequence[Stripped],
    title: str | None,
    head: _Head,
) -> Article:
    """The article from its blocks; ``metas`` nearest the body first, ``labels``
    (the same, for categories and tags) in the page's order."""
    texts: list[str] = []
    parts: list[str] = []
    for kind, content in blocks:
        if kind == "ul":
            texts.append("\n".join(f"- {item}" for item in content))
            items = "".join(f"<li>{html.escape(item)}</li>" for item in content)
            parts.append(f"<ul>{items}</ul>")
        elif kind == "figure":
            parts.append(f"<figure><figcaption>{html.escape(content[0])}</figcaption></figure>")
        elif kind == "pre":
            texts.append("\n".join(content))
            parts.append(f"<pre><code>{html.escape(texts[-1])}</code></pre>")
        else:
            texts.append(content[0])
            parts.append(f"<{kind}>{html.escape(content[0])}</{kind}>")
    body = "\n\n".join(texts)
    authors = tuple(dict.fromkeys(a for m in metas for a in m.authors))
    byline = next((m.byline for m in metas if m.byline), None)
    published = next((m.published for m in metas if m.published), None)
    modified = next((m.modified for m in metas if m.modified), None)
    clock = next((m.time_only for m in metas if m.time_only), None)
    if published is not None and published.hour is None and clock is not None:
        published = When(published.year, published.month, published.day, clock[0], clock[1])
    categories = tuple(dict.fromkeys(c for m in labels for c in m.categories))
    tags = tuple(dict.fromkeys((*(t for m in labels for t in m.tags), *categories)))
    standfirst = lines[head.standfirst].text if head.standfirst is not None else None
    shown = published or modified
    return Article(
        text=body,
        html="\n".join(parts),
        title=title,
        authors=authors,
        byline=byline,
        published=shown.iso() if shown else None,
        modified=modified.iso() if modified else None,
        date_source="text" if shown else None,
        site_name=head.site_name,
        lang=_guess_lang(texts),
        excerpt=standfirst,
        section=categories[0] if categories else None,
        tags=tags,
        captions=tuple(captions),
        kind="text",
        stripped=tuple(stripped),
    )


def _guess_lang(paragraphs: Iterable[str]) -> str | None:
    """A cheap language guess from script, then from common short words."""
    text = " ".join(paragraphs)
    letters = sum(1 for c in text if c.isalpha())
    if not letters:
        return None
    if len(rules.KANA.findall(text)) * 10 >= letters:
        return "ja"
    if len(rules.HANGUL.findall(text)) * 3 >= letters:
        return "ko"
    if cjk_count(text) * 2 >= letters:
        return "zh"
    if len(rules.CYRILLIC.findall(text)) * 2 >= letters:
        return "uk" if len(rules.UKRAINIAN_LETTERS.findall(text)) * 200 >= letters else "ru"
    words = [w.lower() for w in WORD.findall(text)]
    if len(words) < 20:
        return None
    votes = {lang: sum(1 for w in words if w in stop) for lang, stop in rules.STOPWORDS.items()}
    ranked = sorted(votes.items(), key=lambda kv: kv[1], reverse=True)
    (lang, top), (_, second) = ranked[0], ranked[1]
    return lang if top >= 0.08 * len(words) and top >= 1.5 * second else None
