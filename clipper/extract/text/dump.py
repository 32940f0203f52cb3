"""The plain-text page-dump stage: a copied or text-only page -> ``Article``.

A dump is a page's visible text with its furniture still in it: menus and
"Loading" above, share buttons and "Category:" lines around the headline, image
file names and photo credits inside, comments and headline lists below. This
stage is pure (``str`` in, frozen ``Article`` out) and decides mostly from
structure:

* *prose* lines (several words ending a sentence, or long lines; for CJK,
  enough characters with 。！？) form blocks, split where many short lines or
  an end marker stand between them; the heaviest block is the article, unless
  comments markers say it is comments, it reads as a list of teasers
  (headline, blurb, headline, blurb), or a block under the page's first
  headline and byline stands above it; weighty blocks beyond a table of
  contents or a "Most Read" box join it (``body.py``, ``heads.py``, ``comments.py``); what
  runs on under the article in the same block (a comment thread, a few
  teasers, an author box, the previous/next links, a newsletter pitch) is cut
  off (``endings.py``);
* short lines at the edges of that block are chrome; a headline-like line just
  above it is the title (``headline.py``); metadata lines outside it (above it,
  or below it before the comments) give authors, dates, section and tags;
* an end marker ("Comments", "Most Popular", "コメント", ...) after the body
  ends the article: everything after it is stripped (``assembly.py``).

Each line is first read on its own in ``lines.py`` (its kind, and what a
metadata line says); photos are grouped in ``figures.py``; the other modules
decide from where the lines stand. The names of things (chrome words, markers,
month names) are data in ``rules.py``. Every line removed is reported in
``Article.stripped`` with the rule that removed it. This module puts the
stages in order.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

from clipper.errors import NotAnArticle
from clipper.extract.text import rules as rules
from clipper.extract.text.assembly import assemble
from clipper.extract.text.body import find_body
from clipper.extract.text.cards import mark_link_cards
from clipper.extract.text.charts import mark_chart_labels
from clipper.extract.text.code import mark_code
from clipper.extract.text.comments import mark_comment_buttons
from clipper.extract.text.deks import dek_over_body
from clipper.extract.text.figures import find_figures
from clipper.extract.text.formulas import join_formulas
from clipper.extract.text.headline import read_head
from clipper.extract.text.lines import (
    BLANK,
    REPEATED_CHROME,
    classify,
    join_split_bylines,
    line_key,
)
from clipper.extract.text.mojibake import repair_mojibake
from clipper.extract.text.polls import mark_polls
from clipper.extract.text.sections import mark_section_headings
from clipper.extract.text.slides import mark_slideshows
from clipper.extract.text.stamps import mark_post_stamps
from clipper.extract.text.standfirst import split_standfirst
from clipper.extract.text.tables import mark_cells
from clipper.extract.text.teasers import mark_cut_teasers
from clipper.extract.text.wrapping import unwrap
from clipper.models import Article
from clipper.untrusted import xml_safe

# What other modules take from this stage. REPEATED_CHROME, defined with the
# line rules in ``lines.py``, is a reason ``Article.stripped`` can give.
__all__ = ["REPEATED_CHROME", "parse_text_dump", "repeated_lines"]


def parse_text_dump(text: str, *, site_lines: frozenset[str] = frozenset()) -> Article:
    """Turn a plain-text dump of a web page into a clean ``Article``.

    ``site_lines`` are lines (as ``lines.line_key`` gives them) found on several
    other pages of the same site: furniture, whatever they say.
    Raises ``NotAnArticle`` when the dump holds no prose at all.
    """
    # 1. Undo mojibake; normalise controls, whitespace, bullets and hard wrapping;
    # classify each line alone.
    # NUL and stray control characters are never article text (and lxml, which
    # reads ``html`` later, can't hold them).
    raw_lines = join_split_bylines(
        join_formulas(unwrap(xml_safe(_composed(repair_mojibake(text))).splitlines()))
    )
    lines = mark_code(raw_lines, [classify(raw, site_lines) for raw in raw_lines])
    lines = mark_polls(mark_chart_labels(mark_cut_teasers(mark_cells(raw_lines, lines))))
    lines = mark_post_stamps(mark_link_cards(mark_slideshows(mark_comment_buttons(lines))))
    lines = mark_section_headings(lines)
    if not any(line.kind != BLANK for line in lines):
        raise NotAnArticle(
            "The text dump is empty: there is nothing to clip. "
            "Copy the article's text (select the page, copy, paste) and try again."
        )
    # 2. Group image file names, captions and credits into figures.
    figures = find_figures(lines)
    in_figure = {i: fig for fig in figures for i in fig.lines}
    # 3. Find the body: the heaviest block of prose that is neither comments nor teasers.
    start, end = find_body(lines, in_figure)
    start, standfirst = split_standfirst(lines, start, end)
    if standfirst is None:
        start = dek_over_body(lines, start, in_figure)
    # 4. Headline, standfirst and name-only bylines from just above the body.
    head = read_head(lines, start, in_figure, standfirst)
    # 5. Walk every line once: body blocks, metadata, and what was stripped.
    return assemble(lines, in_figure, start, end, head)


def _composed(text: str) -> str:
    """``text`` in the Unicode form the HTML reader gives (``rules.UNICODE_FORM``).

    A copy may spell "য়" or "é" as a letter and a combining mark where the
    page's HTML (and what a reader searches for) has the one composed
    character; both readers should give the same text.
    """
    if unicodedata.is_normalized(rules.UNICODE_FORM, text):
        return text
    return unicodedata.normalize(rules.UNICODE_FORM, text)


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
