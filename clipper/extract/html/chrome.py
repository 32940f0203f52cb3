"""Small pieces of page chrome set inside the article block, found by their shape.

Each function returns the elements to drop and why; :mod:`.clean` drops them
(and notes them in ``Article.stripped``) before it rebuilds the body.
"""

from __future__ import annotations

from lxml.html import HtmlElement

from clipper.extract.html import rules as rules
from clipper.extract.html.tree import norm


def timestamp_lines(frag: HtmlElement) -> list[tuple[HtmlElement, str]]:
    """A ``<time>`` standing alone on its line: a live blog's post stamp ("16:52"), a
    date set over a post. The date is the article's metadata, never its prose; a time
    inside a sentence or a byline ("Updated <time>16:52</time>") stays, and so does a
    heading (a day's heading over its posts). See :data:`rules.TIMESTAMP_LINE_MAX_CHARS`.
    """
    found: list[tuple[HtmlElement, str]] = []
    for el in frag.iter("time"):
        text = norm(el.text_content())
        if not text or len(text) > rules.TIMESTAMP_LINE_MAX_CHARS:
            continue
        if not any(ch.isdigit() for ch in text):
            continue
        line = el
        # climb the wrappers holding nothing but the time
        while (parent := line.getparent()) is not None and parent is not frag:
            if parent.tag not in rules.TIMESTAMP_WRAPPERS or norm(parent.text_content()) != text:
                break
            line = parent
        up = line.getparent()
        if line.tag in rules.HEADING_TAGS or (up is not None and up.tag in rules.HEADING_TAGS):
            continue
        if not _alone(line):
            continue
        if any(line is kept or line in kept.iterancestors() for kept, _ in found):
            continue
        found.append((line, "timestamp line"))
    return found


def _alone(el: HtmlElement) -> bool:
    """Whether ``el`` is a line of its own: a block, or text-less between blocks."""
    if el.tag in rules.TIMESTAMP_LINE_BLOCKS:
        return True
    parent = el.getparent()
    if parent is None or parent.tag in rules.INLINE_TAGS or parent.tag == "p":
        return False
    prev, nxt = el.getprevious(), el.getnext()
    before = prev.tail if prev is not None else parent.text
    if (before and before.strip()) or (el.tail and el.tail.strip()):
        return False
    return all(
        sib is None or (isinstance(sib.tag, str) and sib.tag in rules.TIMESTAMP_LINE_BLOCKS)
        for sib in (prev, nxt)
    )
