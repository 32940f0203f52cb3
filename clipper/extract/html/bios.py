"""The author's bio at the body's end ("Jane Doe is a reporter…", "Over de auteur"):
about the author, not the article's text. Part of :func:`~.clean.clean_body`."""

from __future__ import annotations

import itertools
import re

from lxml.html import HtmlElement

from clipper.extract.html import rules as rules
from clipper.extract.html.edges import drop
from clipper.extract.html.metadata import Metadata
from clipper.extract.html.tree import norm
from clipper.models import Stripped


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
