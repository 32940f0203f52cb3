"""The body's edges: the headline, its kickers and the byline at its head, the
author's bio at its end. They are the article's metadata, or about its author:
not its text. Part of :func:`~.clean.clean_body`, on the rebuilt clean block."""

from __future__ import annotations

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
    the title names, or any block that is the title word for word (bold type, a ``<div
    role="heading">``); the kickers above it go with it (:func:`~.chrome.kicker`)."""
    title = norm(meta.title or "").casefold()
    names = [a.casefold() for a in meta.authors]
    blocks = list(root)
    for i, el in enumerate(blocks):
        if i > 4:
            break
        text = norm(el.text_content())
        folded = text.casefold()
        if title and (
            folded == title
            or (el.tag in rules.HEADING_TAGS and folded in title and len(folded) > 20)
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


def drop_author_bio(root: HtmlElement, meta: Metadata, stripped: list[Stripped]) -> None:
    """An unmarked bio at the end: "Jane Doe is a reporter covering…"."""
    if not meta.authors:
        return
    for el in list(root)[-rules.BIO_LAST_BLOCKS :]:
        text = norm(el.text_content())
        if el.tag != "p" or len(text) > rules.BIO_MAX_CHARS:
            continue
        for name in meta.authors:
            if text.casefold().startswith(name.casefold()) and rules.AUTHOR_BIO.match(
                text[len(name) :]
            ):
                drop(el, "author bio", stripped)
                break
