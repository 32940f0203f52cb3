"""A second body candidate (trafilatura's main extractor) and the choice between the two.

readability keeps one block of the page: on news pages that is the article, on the
rest of the web it often is part of it (an introduction above a gallery, a recipe's
ingredients apart from its steps, sections around ads). trafilatura's extractor
walks the whole page and keeps every part that reads as prose, and so loses less —
but it keeps more furniture too. clipper takes both and chooses by evidence
(:func:`choose`), with the thresholds in :mod:`clipper.extract.html.rules`.

This module is clipper's only adapter for trafilatura. It gets the tree clipper
parsed (never a second parse of the page) and runs without trafilatura's own
fallbacks, metadata or language checks: clipper has those already.
"""

from __future__ import annotations

import functools
import itertools
import logging
from dataclasses import replace
from typing import TYPE_CHECKING

from lxml import etree
from lxml.html import HtmlElement

from clipper.extract.html import rules as rules
from clipper.extract.html.clean import Body, clean_body
from clipper.extract.html.metadata import Metadata
from clipper.extract.html.tree import WORD, parse_fragment

if TYPE_CHECKING:
    from trafilatura.settings import Extractor

# trafilatura logs every page it discards at WARNING; for clipper that is a normal
# outcome (the readability candidate stands alone), not something to print
logging.getLogger("trafilatura").setLevel(logging.CRITICAL)


def trafilatura_html(root: HtmlElement) -> str | None:
    """trafilatura's idea of the article as an HTML block, or None when it has none.

    Its links stay as the page wrote them: :func:`clean_body` makes them absolute,
    as it does readability's. (trafilatura resolves them with courlan, which takes
    time on every link and loses the path of some: ``#note-1`` and ``page.htm``
    become links to the site's root.)
    """
    from trafilatura import bare_extraction
    from trafilatura.htmlprocessing import convert_to_html

    try:
        doc = bare_extraction(root, options=_trafilatura_options())
    except (ValueError, TypeError, etree.LxmlError):
        return None
    body = getattr(doc, "body", None)
    if body is None or not any(text.strip() for text in body.itertext()):
        return None
    return etree.tostring(convert_to_html(body), encoding="unicode", method="html")


@functools.cache
def _trafilatura_options() -> Extractor:
    """trafilatura's settings for clipper's candidate, made once.

    trafilatura reads its configuration file's numbers anew for every settings
    object, which cost about 6% of its own time when ``bare_extraction``
    made one per page; it copies the object before changing any of it.
    """
    from trafilatura.settings import Extractor

    return Extractor(
        fast=True,  # no second and third extractor: readability is clipper's own
        comments=False,
        tables=True,
        links=True,  # for the link-density rules, and the links in the clipping
        formatting=True,  # headings, bold and italics, as readability keeps them
        with_metadata=False,
        # not "python": that format also renders the body as text, which
        # clipper doesn't read (it renders the HTML below); the body is the same
        output_format="xml",
    )


def trafilatura_body(root: HtmlElement, meta: Metadata, url: str | None) -> Body | None:
    """The trafilatura candidate, cleaned by clipper's own furniture rules.

    None when it has hardly any text (a lone heading: "Sign in to continue"), or
    when most of its text is the page's link text (an index of headlines, a
    menu): that is not an article, whatever its length.
    """
    if not small_enough(root):
        return None
    html = trafilatura_html(root)
    if html is None:
        return None
    body = clean_body(html, meta, url)
    if len(body.text.strip()) < rules.CANDIDATE_MIN_CHARS:
        return None
    if _linked_share(root, body.text) > rules.CANDIDATE_MAX_LINKED:
        return None
    return body


def small_enough(root: HtmlElement) -> bool:
    """Whether the page is small enough for trafilatura's second reading."""
    limit = rules.CANDIDATE_MAX_ELEMENTS
    return sum(1 for _ in itertools.islice(root.iter(), limit + 1)) <= limit


def _linked_share(root: HtmlElement, text: str) -> float:
    """The share of ``text`` made of the page's link texts (the longer ones)."""
    flat = " ".join(text.split())
    seen: set[str] = set()
    linked = 0
    for a in itertools.islice(root.iter("a"), rules.CANDIDATE_MAX_LINKS):
        label = a.text_content()
        if len(label) < rules.CANDIDATE_LINK_MIN_CHARS:
            continue  # shorter still once its spaces are normalised: most menu links
        label = " ".join(label.split())
        if len(label) >= rules.CANDIDATE_LINK_MIN_CHARS and label not in seen:
            seen.add(label)
            if label in flat:
                linked += len(label)
    return linked / max(1, len(flat))


def choose(ours: Body, theirs: Body | None, meta: Metadata) -> Body:
    """readability's body or trafilatura's, by evidence (see :func:`_choose`)."""
    return _with_lead(_choose(ours, theirs, meta), ours)


def _choose(ours: Body, theirs: Body | None, meta: Metadata) -> Body:
    """readability's body or trafilatura's, by evidence.

    1. JSON-LD ``articleBody`` is the page's own statement of its text: when it is
       there, the candidate holding clearly more of its words wins.
    2. A candidate much longer than the other wins: readability kept one block
       of several, or trafilatura took a scrap; but not a longer trafilatura
       candidate with less prose than readability's (its extra is a menu, or
       a page run together into one block).
    3. Of two about as long (the same article), the one with more prose wins
       (trafilatura's by more than ``rules.CANDIDATE_PROSE_TIE``: a notice or a
       teaser more is no evidence): the other has swapped paragraphs for furniture (of two with the same
       prose, the shorter if it lost no subheading: it has less furniture around
       it); but not trafilatura's
       when it ran readability's paragraphs together into a few lines.
    """
    from clipper.extract.html.fallbacks import article_body_text  # the JSON-LD body as text

    if theirs is None:
        return ours
    if not ours.text.strip():
        return theirs
    ld = article_body_text(meta)
    if ld and len(ld) >= rules.CANDIDATE_LD_MIN_CHARS:
        mine, yours = _covers(ours.text, ld), _covers(theirs.text, ld)
        if abs(mine - yours) >= rules.CANDIDATE_LD_MARGIN:
            return ours if mine > yours else theirs
    ratio = len(theirs.text) / len(ours.text)
    if ratio >= rules.CANDIDATE_LONGER:
        # ...unless what makes it longer is not prose: a menu or a block run together
        if _prose(theirs.text) < _prose(ours.text):
            return ours
        return theirs
    if ratio < rules.CANDIDATE_SHORTER:
        return ours
    if _flattened(theirs.text, ours.text):
        return ours
    mine, yours = _prose(ours.text), _prose(theirs.text)
    if yours == mine:  # the same paragraphs: the one with less around them
        shorter = len(theirs.text) < len(ours.text)
        return theirs if shorter and _keeps_headings(theirs.text, ours.html) else ours
    # hardly more prose (a notice, a teaser) is no evidence against readability's block
    if yours <= mine * (1 + rules.CANDIDATE_PROSE_TIE):
        return ours
    # ...and a shorter one that lost readability's subheadings (a live blog's post
    # headings, a key-points box) swapped them for what little prose it has more
    if (
        len(theirs.text) < len(ours.text)
        and _lost_headings(theirs.text, ours.html) >= rules.CANDIDATE_LOST_HEADINGS
    ):
        return ours
    return theirs


def _flattened(text: str, other: str) -> bool:
    """``text`` is ``other`` with its paragraphs run together into a few long lines."""
    mine = [len(p) for p in text.split("\n\n") if p.strip()]
    theirs = [len(p) for p in other.split("\n\n") if p.strip()]
    return len(mine) * rules.CANDIDATE_FLATTENED < len(theirs) and max(
        mine
    ) >= rules.CANDIDATE_FLATTENED * max(theirs)


def _with_lead(chosen: Body, ours: Body) -> Body:
    """The chosen body, with readability's first paragraph as its lead when it has it."""
    if chosen is ours or not ours.lead or chosen.lead == ours.lead or ours.lead not in chosen.text:
        return chosen
    return replace(chosen, lead=ours.lead)


def _keeps_headings(text: str, html: str) -> bool:
    """Whether ``text`` has every subheading of the body whose clean HTML is ``html``."""
    return _lost_headings(text, html) == 0


def _lost_headings(text: str, html: str) -> int:
    """How many subheadings of the body whose clean HTML is ``html`` ``text`` lacks."""
    frag = parse_fragment(html)
    if frag is None:
        return 0
    flat = " ".join(text.split())
    return sum(
        " ".join(h.text_content().split()) not in flat
        for h in frag.iter(*sorted(rules.HEADING_TAGS))
    )


def _prose(text: str) -> int:
    """Characters in paragraphs that read as prose: long enough, ending a sentence.

    A "paragraph" longer than a paragraph gets is a block flattened into one line
    (list items or a whole page run together): it doesn't count.
    """
    return sum(
        len(p)
        for p in (p.strip() for p in text.split("\n\n"))
        if rules.CANDIDATE_PROSE_CHARS <= len(p) <= rules.CANDIDATE_PROSE_MAX_CHARS
        and rules.SENTENCE_END.search(p)
    )


def _covers(bigger: str, smaller: str) -> float:
    """The share of ``smaller``'s words that ``bigger`` also has."""
    words = WORD.findall(smaller.lower())
    if not words:
        return 1.0
    have = set(WORD.findall(bigger.lower()))
    return sum(w in have for w in words) / len(words)
