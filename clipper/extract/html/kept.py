"""Elements dropped before either extractor reads the page that the article keeps after all.

``readable._drop_unread`` drops buttons and asides whole; these tests say when one
is the article's: a button holding a heading's whole text over a fold that holds
an answer (an accordion's question), an aside that is the article's note on
itself ("Correction: …"), and one that is its summary ("Key points").
"""

from __future__ import annotations

from itertools import islice

from lxml.html import HtmlElement

from clipper.extract.html import rules as rules
from clipper.extract.html.clean import link_density
from clipper.extract.html.tree import norm
from clipper.extract.topics import topic_keys


def heading_button(button: HtmlElement) -> bool:
    """Whether a button holds a heading's whole text (an accordion's question, a section
    that folds open): the words are the heading's, not a control's label.

    The button must open a fold (``aria-expanded`` or ``aria-controls``) and the
    fold must hold prose, the answer: a "Contents" toggle over a list of links,
    or a "Listen to this article" player set as a heading, is a control.
    """
    parent = button.getparent()
    if parent is None or parent.tag not in rules.HEADING_TAGS:
        return False
    if len(parent) > rules.HEADING_BUTTON_MAX_CHILDREN:
        return False  # a heading of many elements is no question (and no cost to read twice)
    words = norm(button.text_content())
    if not words or words != norm(parent.text_content()):
        return False
    if button.get("aria-expanded") is None and button.get("aria-controls") is None:
        return False
    return _fold_holds_prose(parent)


def article_note(el: HtmlElement) -> bool:
    """Whether an ``<aside>`` is the article's note on itself (:data:`rules.ARTICLE_NOTE_LABEL`):
    short, opening with the label, among the article's paragraphs."""
    parent = el.getparent()
    if parent is None or parent.find("p") is None:
        return False
    pieces: list[str] = []
    size = 0
    for piece in el.itertext():  # no further than the limit: asides may nest deep
        size += len(piece)
        if size > 2 * rules.ARTICLE_NOTE_MAX_CHARS:
            return False
        pieces.append(piece)
    text = " ".join("".join(pieces).split())
    return len(text) <= rules.ARTICLE_NOTE_MAX_CHARS and bool(rules.ARTICLE_NOTE_LABEL.match(text))


def summary_box(el: HtmlElement) -> bool:
    """Whether an ``<aside>`` is the story's summary (:data:`rules.SUMMARY_BOX_LABEL`):
    inside the page's ``<main>`` or ``<article>``, opening with the label, then a list
    whose items are sentences, not links ("Key points", "Das Wichtigste in Kürze")."""
    listed = summary_list(el)
    if listed is None or not any(a.tag in ("main", "article") for a in el.iterancestors()):
        return False
    text = _text_upto(el, rules.SUMMARY_BOX_MAX_CHARS) or ""  # its heading's words apart
    return not rules.SUMMARY_BOX_BRIEF_LABEL.match(text) or _speaks_of_story(el, listed)


def summary_list(el: HtmlElement, brief: bool = True) -> HtmlElement | None:
    """The list of a box that is a story's summary, whatever holds it: the box opens with
    the label (:data:`rules.SUMMARY_BOX_LABEL`; with ``brief=False``, not one of
    :data:`rules.SUMMARY_BOX_BRIEF_LABEL`, which heads other short news too), then a list
    whose items are not links, all in :data:`rules.SUMMARY_BOX_MAX_CHARS`. Else None."""
    text = _text_upto(el, rules.SUMMARY_BOX_MAX_CHARS)
    if text is None or not rules.SUMMARY_BOX_LABEL.match(text):
        return None
    if not brief and rules.SUMMARY_BOX_BRIEF_LABEL.match(text):
        return None
    items = el.find(".//li")
    if items is None:
        return None
    listed = items.getparent()
    size = len(norm(listed.text_content()))
    if size == 0 or link_density(listed, size) > rules.SUMMARY_BOX_MAX_LINKED:
        return None
    return listed


def _speaks_of_story(el: HtmlElement, listed: HtmlElement) -> bool:
    """Whether a box's items speak of the story it stands in (:data:`rules.SUMMARY_BOX_TOPIC_SHARE`
    of their content words in its headline and first paragraphs), not of other news."""
    story = next(a for a in el.iterancestors() if a.tag in ("main", "article"))
    told: list[str] = []
    paragraphs = 0
    # the story's first elements only: a page of many such boxes costs no more each
    for inner in islice(story.iter(), rules.SUMMARY_BOX_LEAD_ELEMENTS):
        if paragraphs >= rules.SUMMARY_BOX_LEAD_PARAGRAPHS:
            break
        if inner.tag == "p" and not any(a is el for a in inner.iterancestors()):
            paragraphs += 1
        elif inner.tag != "h1":
            continue
        told.append(norm(inner.text_content()))
    keys = topic_keys(norm(listed.text_content()))
    return bool(keys) and len(keys & topic_keys(" ".join(told))) >= (
        len(keys) * rules.SUMMARY_BOX_TOPIC_SHARE
    )


def _text_upto(el: HtmlElement, limit: int) -> str | None:
    """An element's text, or ``None`` when it is longer than ``limit`` (read no further:
    asides may nest deep)."""
    pieces: list[str] = []
    size = 0
    for piece in el.itertext():
        size += len(piece)
        if size > 2 * limit:
            return None
        pieces.append(piece)
    text = " ".join(" ".join(pieces).split())  # a heading's words apart from the list's
    return text if len(text) <= limit else None


def _fold_holds_prose(heading: HtmlElement) -> bool:
    """Whether what the button opens (what follows its heading, where accordions set
    the panel its ``aria-controls`` names) reads as prose: enough words, not nearly
    all of them links. Only the next element is read, never the page searched for
    the panel's id: a page of a thousand toggles costs a thousand looks, no more."""
    fold = heading.getnext()
    if fold is None and heading.getparent() is not None:
        fold = heading.getparent().getnext()  # the heading set alone in a wrapper
    if fold is None:
        return False
    text = norm(fold.text_content())
    return (
        len(text.split()) >= rules.ACCORDION_ANSWER_MIN_WORDS
        and link_density(fold, len(text)) <= rules.ACCORDION_ANSWER_MAX_LINKED
    )
