"""The headline of a text dump, and what stands with it above the body.

The headline is a headline-like line just above the body, the line above the
byline, or the line the body's lead speaks of; with it come the standfirst,
name-only bylines and the site's name (from a copyright line or "Headline | Site").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import islice

from clipper.extract.text import rules as rules
from clipper.extract.text.blocks import lines_above, neighbours
from clipper.extract.text.figures import Figure
from clipper.extract.text.kickers import headline_under
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
    SOFT_MARKER,
    WORD,
    Line,
    is_cjk,
    is_headline_like,
    is_question,
    read_names,
    word_count,
)
from clipper.extract.topics import topic_keys as topic_keys


@dataclass(frozen=True, slots=True)
class Head:
    """What stands above the body: indexes of the headline and its companions."""

    title: int | None
    title_text: str | None  # the headline; without the site when read from "X | Site"
    standfirst: int | None
    name_lines: tuple[int, ...]
    site_name: str | None

    @property
    def site_name_lower(self) -> str | None:
        return self.site_name.lower() if self.site_name else None


def read_head(
    lines: Sequence[Line], start: int, in_figure: dict[int, Figure], standfirst: int | None
) -> Head:
    """Pick the headline among the headline-like lines just above the body."""
    given = standfirst
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
    over_byline = headline_over_byline(lines, start, in_figure)
    lead = lead_keys(lines, start)
    topical = _topical_headline(lines, start, in_figure, lead)
    if over_byline is not None and (
        title is None
        or title > over_byline[1]
        or any(line.kind != BLANK for line in lines[title + 1 : over_byline[0]])
    ):
        # Share bars, a lead photo's credit or a sign-in box can stand between
        # byline and body, and a ticker or a "Latest" teaser above the head:
        # what stands just above the byline nearest the body is the headline.
        # Not a deck set on the line right under it ("Headline / deck / By").
        title = over_byline[0]
    elif topical is not None and (
        title is None or (topical < title and not topic_keys(lines[title].text) & lead)
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
        title_text = _after_breadcrumb(title_text)
        page_site = page_site or _site_from_page_title(lines, title_text)
    after = [i for i in block if title is None or i > title]

    def beside_title_or_date(i: int) -> bool:
        near = neighbours(lines, i, skip=(BLANK, FILE, CREDIT, CHROME))
        listed = any(
            lines[k].name_like and not rules.NOT_A_NAME.fullmatch(lines[k].text) for k in near
        )  # "Staff Writer" under a name is a job title, not another name
        return not listed and any(
            k in (title, start) or bool((meta := lines[k].meta) and meta.published) for k in near
        )

    # "Marta Lindqvist" alone is a byline only next to the headline, the date
    # or the body; "Added Banners" in a list of changes is not.
    names = tuple(
        i
        for i in after
        if (_is_name_line(lines[i]) or (lines[i].name_like and not lines[i].headline_like))
        and beside_title_or_date(i)
        and not _opens_heading(lines[i].text)
    )
    if standfirst is None:
        standfirst = next(
            (i for i in after if i not in names and lines[i].headline_like and lines[i].words >= 5),
            None,
        )
    if standfirst is not None and standfirst != given and headline_under(lines, title, standfirst):
        # "Home News Headline" over "Headline" (``kickers.py``).
        title, title_text, standfirst = standfirst, lines[standfirst].text, None
    if site_name in {lines[i].text for i in names}:
        site_name = None  # "© 2024 Tom Reyes" under Tom Reyes's byline names the author
    if title_text is not None:
        # Whichever way the headline was found, a trail copied onto its line is no part of it.
        title_text = _after_breadcrumb(title_text)
    return Head(title, title_text, standfirst, names, page_site or site_name)


def headline_over_byline(
    lines: Sequence[Line],
    start: int,
    in_figure: dict[int, Figure],
    reach: int = rules.BYLINE_REACH,
    *,
    topmost: bool = False,
) -> tuple[int, int] | None:
    """The headline standing just above the byline or date line nearest the body.

    Nearly every article page reads headline, (standfirst), byline and date,
    body. Returns the headline's index and the metadata line's, or ``None``
    when no metadata line stands within ``BYLINE_REACH`` lines above the body
    or no headline-like line stands just above it. Of lines that read equally
    as a headline the nearest the byline is taken, or with ``topmost`` the
    highest: a headline stands above its deck ("Headline / deck / By ...").
    """
    for i, line in lines_above(lines, start, in_figure, reach):
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
            if head.kind == CHROME and head.reason == rules.SHARE_WIDGET:
                continue  # a share bar between the headline and its byline
            above += 1
            if above > rules.HEADLINE_OVER_BYLINE_LINES or head.kind in (
                CHROME,
                HARD_MARKER,
                SOFT_MARKER,
            ):
                break  # a menu above a blog's date line: its headline is below
            if head.headline_like and (head.words >= 4 or is_cjk(head.text)):
                candidates.append(k)
        title = _best_headline(lines, candidates[::-1] if topmost else candidates)
        return None if title is None else (title, i)
    return None


def lead_keys(lines: Sequence[Line], start: int, end: int | None = None) -> set[str]:
    """The topic keys of the prose from line ``start`` (up to ``end``), its first
    ``TOPIC_LEAD_CHARS`` characters."""
    lead: list[str] = []
    size = 0
    for k in range(start, len(lines) if end is None else min(end, len(lines))):
        line = lines[k]
        if line.kind in (PROSE, SENTENCE):
            lead.append(line.text)
            size += len(line.text)
            if size >= rules.TOPIC_LEAD_CHARS:
                break
    return topic_keys(" ".join(lead))


def speaks_of(line: Line, lead: set[str]) -> bool:
    """Whether most of a headline's content words come back in the body's lead."""
    keys = topic_keys(line.text)
    shared = keys & lead
    return len(shared) >= rules.TOPIC_MIN_SHARED and len(shared) >= len(keys) * rules.TOPIC_SHARE


def _topical_headline(
    lines: Sequence[Line], start: int, in_figure: dict[int, Figure], lead: set[str]
) -> int | None:
    """The nearest headline-like line above the body that speaks of what the body says.

    For when the line just above the body is a widget's label or a teaser:
    the headline is the line whose words the lead paragraphs (``lead``) repeat.
    """
    for i, line in lines_above(lines, start, in_figure, rules.TOPICAL_HEADLINE_REACH):
        if line.headline_like and (line.words >= 4 or is_cjk(line.text)) and speaks_of(line, lead):
            return i
    return None


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
        head = page_title_split(line.text)[0]
        if head in texts:  # never the line itself: a head is shorter than its line
            again.add(head)
    return again


_PAGE_TITLE = re.compile(r"(?P<title>.+?)\s+(?P<sep>[|–—-])\s+(?P<site>[^|–—-]{2,40})")


def page_title_split(text: str) -> tuple[str | None, str | None]:
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
    head, site = page_title_split(text)
    first = _first_line(lines)
    if match is None or head is None or (match["sep"] != "|" and title != first):
        return text, None
    return head, site


def _after_breadcrumb(text: str) -> str:
    """A headline without the breadcrumb trail copied onto its line.

    "Home » News » Harbour bridge to close" or "You are here: > Harbour bridge
    to close": every step before the last separator is a short link
    (``BREADCRUMB_STEP_WORDS``), the headline is the last. "»" counts only
    when no "«" pairs it as a quotation mark.
    """
    separator = rules.TITLE_TRAIL_SEPARATOR if "«" not in text else rules.TITLE_TRAIL_PLAIN
    *steps, last = separator.split(text)
    if not steps or len(last.split()) < 2:
        return text
    # Two steps or more, or one that is a label ("You are here:") or a mark ("[").
    trail = len(steps) >= 2 or steps[0].rstrip().endswith(":") or not _has_letters(steps[0])
    if trail and all(len(step.split()) <= rules.BREADCRUMB_STEP_WORDS for step in steps):
        return last.strip()
    return text


def _site_from_page_title(lines: Sequence[Line], title: str) -> str | None:
    for line in lines:
        head, site = page_title_split(line.text)
        if head == title:
            return site
    return None


def _title_from_page_title(
    lines: Sequence[Line], start: int
) -> tuple[int | None, str | None, str | None]:
    """The line, headline and site of a "Headline | Site" line above the body."""
    for i in range(start):
        head, site = page_title_split(lines[i].text)
        if head and is_headline_like(head, word_count(head)):
            return i, head, site
    return None, None, None


def _opens_heading(text: str) -> bool:
    """Whether a capitalised line opens with a word no name opens with.

    "Der Verlag", "Mehr Eishockey" or "Our Team" over the body is a heading:
    an article or a determiner (``rules.HEADING_OPENERS``) never opens a
    person's name, where a surname may be any word ("Sarah Green").
    """
    first = text.split(maxsplit=1)[0].casefold() if text.strip() else ""
    return first in rules.HEADING_OPENERS
