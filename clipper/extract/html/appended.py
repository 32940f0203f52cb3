"""The next story appended inside the article's own container: where it begins, and its cut.

:func:`clipper.extract.html.stories.drop_other_stories` parts stories that stand
side by side, each in an element of its own. A page may as well append the next
story inside the container the article stands in: nested in the article's own
``<article>``, in a block after the article's body (a plain ``<div>`` story above
an ``<article>`` for the next), or flat, the next headline, byline and paragraphs
siblings of the article's. Readability then keeps both, or the longer one.

Read in document order from the one headline the title names, after the article's
prose, the next story opens at a headline of its own (:data:`rules.STORY_HEADLINES`,
not the title's, not a link's text) with prose of its own under it, signed as a
story's head: a byline and a date before its first paragraph, an ``<article>`` of
its own, an address of its own on its block (``data-url``: infinite scroll tells the
browser each story's address as it comes into view), a "Next article" line above
it. A headline of the named one's rank needs one of those, a lower one two (an
article's own part after an ad, headed a rank lower, carries one at most). Where
:data:`rules.STORY_POST_RUN` or more such heads follow, they are a live blog's
posts or a thread's replies and all stay.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable

from lxml import etree
from lxml.html import HtmlElement

from clipper.extract import lexicon
from clipper.extract.html import rules as rules
from clipper.extract.html.prose import text_length
from clipper.extract.html.stories import (
    byline_named,
    dated_byline,
    dated_line,
    named_headline,
    signature_text,
    wholly_linked,
)
from clipper.extract.html.tree import norm

_LABEL = re.compile(rf"(?:{lexicon.NEXT_STORY_LABELS})\W{{0,3}}", re.I)  # "Next article:"


def drop_appended_stories(root: HtmlElement, title: str | None) -> None:
    """Drop the stories appended after the article inside its own container (see the
    module's docstring): each from its headline's outermost block not holding the
    article's headline; when that block holds no prose of its own (a flat page, a
    head in a block of its own), its later siblings too."""
    wanted = norm(title or "").casefold()
    if not wanted:
        return
    named = named_headline(root, wanted)
    if named is None:
        return  # no headline the title names, or several: an index, a repeated title
    after = _after(root, named)
    nexts = _next_heads(after, named, wanted)
    if not nexts or len(nexts) >= rules.STORY_POST_RUN:
        return  # none, or posts
    for head, last, labels in nexts:
        block = _block(head, last)
        for label in labels:
            label.drop_tree()
        if _paragraphs(block) < rules.STORY_MIN_PARAGRAPHS:
            for sibling in list(block.itersiblings()):
                sibling.drop_tree()
        block.drop_tree()


def _after(root: HtmlElement, named: HtmlElement) -> list[HtmlElement]:
    """The page's elements after the headline (and its own content), in document order."""
    elements = list(root.iter(etree.Element))
    start = elements.index(named) + sum(1 for _ in named.iter(etree.Element))
    return elements[start:]


def _next_heads(
    after: list[HtmlElement], named: HtmlElement, title: str
) -> list[tuple[HtmlElement, HtmlElement, list[HtmlElement]]]:
    """The next stories' headlines among ``after``, each with the last long paragraph
    before it and the "Next article" lines above it; at most
    :data:`rules.STORY_POST_RUN` of them (more are posts)."""
    line = set(named.iterancestors())
    addresses = {_address(a) for a in line} - {None}
    found: list[tuple[HtmlElement, HtmlElement, list[HtmlElement]]] = []
    prose = 0  # the long paragraphs since the last story's head
    last = named  # the last of them
    labels: list[HtmlElement] = []  # "Next article" lines since the last paragraph
    for i, el in enumerate(after):
        if el.tag == "p" and text_length(el) >= rules.STORY_PARAGRAPH_CHARS:
            prose += 1
            last, labels = el, []
            continue
        if el.tag not in rules.STORY_HEADLINES:
            text = signature_text(el)
            if text is not None and _LABEL.fullmatch(text):
                labels.append(el)
            continue
        if prose < rules.STORY_MIN_PARAGRAPHS or not _headline_shaped(el, title):
            continue
        rest = itertools.islice(after, i + 1, None)  # not a copy: a page may hold thousands
        if _own_prose(rest, el) < rules.STORY_MIN_PARAGRAPHS:
            continue
        signs = _signs(el, itertools.islice(after, i + 1, None), line, addresses) + bool(labels)
        if signs >= (1 if el.tag in (named.tag, "h1") else 2):
            found.append((el, last, labels))
            if len(found) >= rules.STORY_POST_RUN:
                break
            prose, labels = 0, []
    return found


def _headline_shaped(head: HtmlElement, title: str) -> bool:
    """A headline of a story's words, not the title's ("Re: …"), not a teaser's link."""
    heading = norm(head.text_content()).casefold()
    if len(heading.split()) < rules.STORY_HEADLINE_WORDS or title in heading:
        return False
    return not wholly_linked(head)


def _own_prose(rest: Iterable[HtmlElement], head: HtmlElement) -> int:
    """The long paragraphs under a headline, up to the next headline of its rank or higher."""
    count = 0
    for el in rest:
        if el.tag == head.tag or el.tag == "h1":
            break
        if el.tag == "p" and text_length(el) >= rules.STORY_PARAGRAPH_CHARS:
            count += 1
            if count >= rules.STORY_MIN_PARAGRAPHS:
                break
    return count


def _signs(
    head: HtmlElement,
    rest: Iterable[HtmlElement],
    line: set[HtmlElement],
    addresses: set[str | None],
) -> int:
    """How many marks of a story's own head a headline carries: a byline, a date (in the
    few elements before its first paragraph), an ``<article>`` of its own, an address of
    its own on its block (:data:`rules.STORY_ADDRESS_ATTRS`)."""
    byline = dated = False
    for el in itertools.islice(rest, rules.STORY_SIGN_REACH):
        if el.tag == "p" and text_length(el) >= rules.STORY_PARAGRAPH_CHARS:
            break
        if el.tag in rules.STORY_HEADLINES:
            break
        signed = dated_byline(el)
        byline = byline or signed or byline_named(el)
        dated = dated or signed or el.tag == "time" or dated_line(el)
    own = [a for a in head.iterancestors() if a not in line]
    article = any(a.tag == rules.STORY_TAGS for a in own)
    address = any(_address(a) not in addresses for a in own if _address(a) is not None)
    return byline + dated + article + address


def _address(el: HtmlElement) -> str | None:
    """The address a block says it is the story of (``data-url="/2026/03/other"``)."""
    for name in rules.STORY_ADDRESS_ATTRS:
        value = (el.get(name) or "").strip()
        if "/" in value:
            return value
    return None


def _block(head: HtmlElement, last: HtmlElement) -> HtmlElement:
    """The headline's outermost block not holding the paragraph ``last`` before it (the
    article's, or the story's before): nor the article's headline, then."""
    above = set(last.iterancestors())
    node = head
    parent = node.getparent()
    while parent is not None and parent not in above:
        node, parent = parent, parent.getparent()
    return node


def _paragraphs(el: HtmlElement) -> int:
    return sum(1 for p in el.iter("p") if text_length(p) >= rules.STORY_PARAGRAPH_CHARS)
