"""The body's edges: the headline, its kickers and the byline at its head, the
author's bio at its end. They are the article's metadata, or about its author:
not its text. Part of :func:`~.clean.clean_body`, on the rebuilt clean block."""

from __future__ import annotations

import itertools
import re

from lxml.html import HtmlElement

from clipper.extract.html import rules as rules
from clipper.extract.html.authors import is_byline_line
from clipper.extract.html.chrome import kicker, name_then_date
from clipper.extract.html.metadata import Metadata
from clipper.extract.html.tree import norm
from clipper.models import Stripped


def drop(el: HtmlElement, reason: str, stripped: list[Stripped]) -> None:
    """Remove an element (its tail text stays) and note what went, and why."""
    text = norm(" ".join(el.itertext()))
    if text:
        stripped.append(Stripped(text if len(text) <= 300 else text[:299] + "…", reason))
    el.drop_tree()


def drop_title_and_byline(root: HtmlElement, meta: Metadata, stripped: list[Stripped]) -> None:
    """The headline and the byline are metadata, not body text. The headline: a heading
    the title names, or another block that is the title word for word (bold type, a
    ``<div role="heading">``: :func:`_set_as_headline`); the kickers above it go with it
    (:func:`~.chrome.kicker`)."""
    title = norm(meta.title or "").casefold()
    names = [a.casefold() for a in meta.authors]
    blocks = list(root)
    for i, el in enumerate(blocks):
        if i > 4:
            break
        text = norm(el.text_content())
        folded = text.casefold()
        heading = el.tag in rules.HEADING_TAGS
        if title and (
            (heading and (folded == title or (folded in title and len(folded) > 20)))
            or (folded == title and _set_as_headline(text, blocks[i + 1 :]))
        ):
            for above in (b for b in blocks[:i] if b.getparent() is not None and kicker(b)):
                drop(above, "kicker above the headline", stripped)
            drop(el, "headline (kept as the title)", stripped)
        elif names and len(text) < 100 and any(n in folded for n in names):
            short = len(text) < 2 * sum(len(n) for n in names) + 10
            if short or rules.BYLINE_PREFIX.match(text) or name_then_date(folded, names):
                drop(el, "byline (kept as the authors)", stripped)
        elif i < 3 and is_byline_line(text):
            drop(el, "byline", stripped)


def _set_as_headline(text: str, after: list[HtmlElement]) -> bool:
    """Whether a block other than a heading that is the title is the headline: not a
    sentence (a note or a post the page titles by its words is its text), and with
    text after it (never the whole body)."""
    if rules.SENTENCE_END.search(text):
        return False
    return any(norm(el.text_content()) for el in after)


def drop_author_bio(root: HtmlElement, meta: Metadata, stripped: list[Stripped]) -> None:
    """An author's bio at the end: a short paragraph among the last
    :data:`rules.BIO_LAST_BLOCKS` blocks opening with the byline's name and a verb
    :data:`rules.AUTHOR_BIO` knows ("Jane Doe is a reporter…"); or, in any language,
    with the full name and a word, when it is set apart: a short heading just above
    it ("Over de auteur") or lines wholly links after it ("Alle columns van…"), which
    go with it."""
    if not meta.authors:
        return
    blocks = list(root)
    for el in blocks[-rules.BIO_LAST_BLOCKS :]:
        text = norm(el.text_content())
        if el.tag != "p" or len(text) > rules.BIO_MAX_CHARS or el.getparent() is None:
            continue
        known = any(_opens_with(text, name, rules.AUTHOR_BIO) for name in meta.authors)
        if not known and not any(_opens_with(text, name) for name in meta.authors):
            continue
        at = blocks.index(el)
        above = blocks[at - 1] if at and _bio_heading(blocks[at - 1]) else None
        links = list(itertools.takewhile(_wholly_linked, blocks[at + 1 :]))
        if not known and above is None and not links:
            continue  # not set apart: a credit line ("Ann Lee reported from Oslo.")
        for part in ([above] if above is not None else []) + [el] + links:
            if part.getparent() is not None:
                drop(part, "author bio", stripped)


def _opens_with(text: str, name: str, verb: re.Pattern[str] | None = None) -> bool:
    """Whether a paragraph opens with the author's full name (two words or more) and a
    word (what they do, in any language: not a colon or a comma, as a quote's name
    has); with ``verb``, with any name and a verb that pattern knows."""
    if not text.casefold().startswith(name.casefold()):
        return False
    rest = text[len(name) :]
    if verb is not None:
        return verb.match(rest) is not None
    return len(name.split()) >= 2 and rest[:1] == " " and rest[1:2].isalpha()


def _bio_heading(el: HtmlElement) -> bool:
    text = norm(el.text_content())
    return el.tag in rules.HEADING_TAGS and 0 < len(text.split()) <= rules.BIO_HEADING_WORDS


def _wholly_linked(el: HtmlElement) -> bool:
    text = norm(el.text_content())
    linked = sum(len(norm(a.text_content())) for a in el.iter("a"))
    return bool(text) and linked >= len(text)
