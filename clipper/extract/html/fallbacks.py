"""Fallbacks when readability came back short: a semantic container, the lead, JSON-LD."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from lxml import etree
from lxml import html as lxml_html
from lxml.html import HtmlElement

from clipper.extract.html import rules as rules
from clipper.extract.html.clean import (
    Body,
    clean_body,
    id_name,
    is_boilerplate,
    link_density,
    names_furniture,
)
from clipper.extract.html.kept import summary_list
from clipper.extract.html.metadata import Metadata
from clipper.extract.html.tree import NAME_WORDS, WORD, norm, norm_prefix


def _names_standfirst(names: str) -> bool:
    """Whether a class or id (or several, space-separated) names a standfirst."""
    return not rules.STANDFIRST_NAMES.isdisjoint(NAME_WORDS.split(names.lower()))


# in document order: the elements before one (its ancestors aside) with a name or
# a microdata property, and the <h1> before it or around it
_BEFORE = etree.XPath("preceding::*[@class or @id or @itemprop] | preceding::h1 | ancestor::h1")

# --- fallbacks -------------------------------------------------------------------


def prefer_container(root: HtmlElement, body: Body, meta: Metadata, url: str | None) -> Body:
    """Use an ``<article>``/``<main>``-like container that holds much more prose."""
    have = len(body.text)
    if have >= rules.FALLBACK_SHORT_BODY:
        return body
    best: Body | None = None
    for el in root.xpath(rules.ARTICLE_CONTAINERS):
        prose = _prose_length(el)
        if prose < rules.FALLBACK_MIN_CHARS or prose < rules.FALLBACK_PROSE_RATIO * have:
            continue
        html = lxml_html.tostring(el, encoding="unicode", method="html")
        candidate = clean_body(html, meta, url)
        if (
            len(candidate.text) >= rules.FALLBACK_CLEAN_RATIO * max(have, 1)
            and _covers(candidate.text, body.text) >= rules.FALLBACK_COVER
            and (best is None or len(candidate.text) < len(best.text))
        ):
            best = candidate  # the smallest container that is clearly better
    return best or body


def recover_lead(root: HtmlElement, body: Body, meta: Metadata, url: str | None) -> Body:
    """Take back prose paragraphs that stand just before readability's block."""
    first = body.text.split("\n\n", 1)[0]
    if len(first) < rules.LEAD_MIN_CHARS:
        return body
    anchor = next((p for p in root.iter("p") if norm(p.text_content()) == first), None)
    if anchor is None:
        return body
    found: list[HtmlElement] = []  # nearest first
    size = 0
    node: HtmlElement | None = anchor
    for _ in range(rules.LEAD_CLIMB):
        if node is None or node.tag in ("body", "html"):
            break
        stop = False
        for sib in node.itersiblings(preceding=True):
            kind = _lead_kind(sib, body.text, meta.authors)
            if kind == "stop":
                stop = True
                break
            if kind == "prose":
                size += len(norm(sib.text_content()))
                if size > rules.LEAD_MAX_CHARS:
                    return body
                found.append(sib)
        if stop:
            break
        node = node.getparent()
    lead = _cleaned(reversed(found), meta, url)
    return _in_front(lead, body) if lead is not None and lead.text else body


def _cleaned(elements: Iterable[HtmlElement], meta: Metadata, url: str | None) -> Body | None:
    """Page elements taken back, through the same furniture cleaning as the body (None: none)."""
    html = "".join(lxml_html.tostring(el, encoding="unicode") for el in elements)
    return clean_body(f"<div>{html}</div>", meta, url) if html else None


def _in_front(lead: Body, body: Body) -> Body:
    """``lead`` (paragraphs taken back from the page) in front of ``body``."""
    return Body(
        lead.html + "\n" + body.html,
        lead.text + "\n\n" + body.text,
        lead.captions + body.captions,
        lead.lead or body.lead,
        lead.stripped + body.stripped,
    )


def recover_standfirst(root: HtmlElement, body: Body, meta: Metadata, url: str | None) -> Body:
    """Put the article's standfirst (deck, intro, abstract) back in front of the body.

    Pages often set it in their header, between the headline and the body,
    where neither readability nor trafilatura looks. An element named as a lead
    (``rules.STANDFIRST_NAMES``), or a summary box (a label, "Key points", over a list
    of sentences: :func:`~.kept.summary_list`) comes back when it stands after the last
    ``<h1>`` before the body's first paragraph, outside furniture, reads as
    prose and is not in the body already.
    """
    if not body.text:
        return body
    first = next((b for b in body.text.split("\n\n") if len(b) >= rules.LEAD_MIN_CHARS), None)
    if first is None:
        return body
    anchor = _anchor(root, first[: rules.STANDFIRST_KEY_CHARS])
    if anchor is None:
        return body
    # the elements before the anchor (not around it), after the last <h1>, that
    # are named or marked as a lead, or stand right under that <h1>
    before: list[HtmlElement] = _BEFORE(anchor)  # type: ignore[assignment]
    start = max((i for i, el in enumerate(before) if el.tag == "h1"), default=-1)
    deck = _deck(before[start], anchor, meta) if start >= 0 else None
    named = [
        el
        for el in before[start + 1 :]
        if _names_standfirst(f"{el.get('class') or ''} {el.get('id') or ''}")
        or _marked_lead(el)
        or summary_list(el, brief=False) is not None  # "Key points" above a live blog's posts
    ]
    if deck is not None and deck not in named:
        named.insert(0, deck)
    have = norm(body.text)
    title = norm(meta.title or "")
    found: list[HtmlElement] = []
    size = 0
    for el in named:
        if any(f in el.iterancestors() for f in found):
            continue
        if _standfirst_furniture(el):
            continue
        text = norm(el.text_content())
        if not _standfirst_prose(el, text) or text[:80] in have or text in title:
            continue
        if norm(" ".join(el.itertext()))[:80] in have:
            continue  # a box's heading and list, apart in the body ("Key points Bills fall…")
        size += len(text)
        if size > rules.STANDFIRST_MAX_CHARS:
            break
        found.append(el)
    lead = _cleaned(found, meta, url)
    if lead is None or not lead.text or lead.text[:80] in have:
        return body
    return _in_front(lead, body)


def _marked_lead(el: HtmlElement) -> bool:
    """Whether microdata marks the element as a description of the article: outside
    any item, or in one of an article's kind (``rules.STANDFIRST_ITEM_TYPES``), not
    an image's, a video's or an author's."""
    if (el.get("itemprop") or "").lower() not in rules.STANDFIRST_ITEMPROPS:
        return False
    item = next((a for a in el.iterancestors() if a.get("itemscope") is not None), None)
    if item is None:
        return True
    kinds = (t.rstrip("/").rsplit("/", 1)[-1] for t in (item.get("itemtype") or "").split())
    return any(k.lower() in rules.STANDFIRST_ITEM_TYPES for k in kinds)


def _anchor(root: HtmlElement, key: str) -> HtmlElement | None:
    """The page element the body's first block starts, found by its first characters.

    A paragraph, a heading or a list item; else the first element whose own text
    (before any child) starts so: a block set as a bare ``<div>`` of text.
    """
    for el in root.iter(*rules.STANDFIRST_ANCHORS):
        if norm_prefix(el.text_content(), len(key)) == key:
            return el
    for el in root.iter(*rules.STANDFIRST_BARE_ANCHORS):
        if el.text and norm_prefix(el.text, len(key)) == key:
            return el
    return None


def _deck(h1: HtmlElement, anchor: HtmlElement, meta: Metadata) -> HtmlElement | None:
    """The element right after the headline when it is a deck: a sentence set as a
    subheading or a paragraph (``rules.STANDFIRST_DECK_TAGS``), before the body,
    and not a byline or a dateline. The ``<h1>`` must be the article's headline
    (the title holds it, or it the title): under a site's name stands its tagline.
    """
    heading, title = norm(h1.text_content()).casefold(), norm(meta.title or "").casefold()
    if not heading or not title or (heading not in title and title not in heading):
        return None
    nxt = _after_headline(h1)
    if nxt is None or nxt.tag not in rules.STANDFIRST_DECK_TAGS:
        return None
    if nxt is anchor or nxt in anchor.iterancestors():
        return None
    text = norm(nxt.text_content())
    words = len(text.split())
    sentence = rules.SENTENCE_END.search(text) is not None or (
        nxt.tag != "p" and words >= rules.DECK_HEADING_MIN_WORDS
    )
    if words < rules.STANDFIRST_MIN_WORDS or not sentence:
        return None
    if any(a in text for a in meta.authors) or rules.NUMERIC_DATE.search(text):
        return None
    if _told_by_description(text, meta.excerpt):
        return nxt
    if is_boilerplate(text) or rules.DECK_NOTICE.search(text):
        return None
    return nxt


def _after_headline(h1: HtmlElement) -> HtmlElement | None:
    """The element after the headline, or after the wrappers that hold only the headline
    (:data:`rules.DECK_HEADLINE_WRAPPERS`)."""
    node, headline = h1, None
    for _ in range(rules.DECK_HEADLINE_WRAPPERS + 1):
        nxt = node.getnext()
        while nxt is not None and not isinstance(nxt.tag, str):
            nxt = nxt.getnext()  # a comment between the two
        if nxt is not None:
            return nxt
        parent = node.getparent()
        if parent is None or parent.tag in ("body", "html"):
            return None
        headline = headline or norm(h1.text_content())
        if norm(parent.text_content()) != headline:
            return None  # the wrapper holds more: a byline, a date
        node = parent
    return None


def _told_by_description(text: str, description: str | None) -> bool:
    """Whether the page's description says much the same as ``text`` (it often is the deck)."""
    if not description:
        return False
    words = WORD.findall(text.casefold())
    said = set(WORD.findall(description.casefold()))
    return bool(words) and sum(w in said for w in words) >= rules.DECK_DESCRIPTION_OVERLAP * len(
        words
    )


def _standfirst_furniture(el: HtmlElement) -> bool:
    """Whether the element or one around it is furniture (or the headline)."""
    for node in (el, *el.iterancestors()):
        if node.tag in ("body", "html"):
            break  # a blog engine names the page's <body> after its categories and tags
        if node.tag in rules.STANDFIRST_SKIP_TAGS and not (node is el and _sentence_list(el)):
            return True
        if (
            node.get("aria-hidden") == "true"
            or (node.get("role") or "").lower() in rules.BOILERPLATE_ROLES
        ):
            return True
        names = f"{node.get('class') or ''} {id_name(node.get('id'))}".lower()
        if names.strip() and names_furniture(names):
            return True
    return False


def _sentence_list(el: HtmlElement) -> bool:
    """A list of sentences (a standfirst set as bullet points), not of links or labels:
    every item ends a sentence and has :data:`rules.STANDFIRST_LIST_ITEM_WORDS` words, or,
    without links, has :data:`rules.STANDFIRST_LIST_LINE_WORDS` (a wire's summary lines
    set without their stops: "Aviso naranja por nevadas en el Pirineo, con hasta…")."""
    if el.tag not in rules.STANDFIRST_LISTS:
        return False
    items = [norm(li.text_content()) for li in el.iterchildren("li")]
    if not items:
        return False
    if all(
        len(t.split()) >= rules.STANDFIRST_LIST_ITEM_WORDS and rules.SENTENCE_END.search(t)
        for t in items
    ):
        return True
    # a wire's summary lines, headline-like without their stops, long and unlinked
    return el.find(".//a") is None and all(
        len(t.split()) >= rules.STANDFIRST_LIST_LINE_WORDS for t in items
    )


def _standfirst_prose(el: HtmlElement, text: str) -> bool:
    if not text or len(text) > rules.STANDFIRST_MAX_CHARS:
        return False
    if link_density(el, len(text)) > rules.STANDFIRST_MAX_LINK_DENSITY:
        return False
    words = len(text.split())
    return words >= rules.STANDFIRST_MIN_WORDS or (
        words >= 4 and rules.SENTENCE_END.search(text) is not None
    )


def _lead_kind(el: HtmlElement, have: str, authors: tuple[str, ...]) -> str:
    """ "prose" to take back, "skip" to pass over, or "stop" to end the search."""
    if not isinstance(el.tag, str) or el.tag in ("script", "style", "noscript", "figure"):
        return "skip"
    if el.tag in rules.LEAD_STOP_TAGS or el.find(".//h1") is not None:
        return "stop"
    names = f"{el.get('class') or ''} {id_name(el.get('id'))}".lower()
    if "caption" in names or "media" in names or (names.strip() and names_furniture(names)):
        return "skip"
    text = norm(el.text_content())
    if not text:
        return "skip"
    if text in have:
        return "stop"  # readability already has it: we are inside its block
    if len(text) < 200 and (any(a in text for a in authors) or rules.NUMERIC_DATE.search(text)):
        return "skip"  # a byline or dateline
    paragraphs = [el] if el.tag == "p" else list(el.iter("p"))
    prose = [norm(p.text_content()) for p in paragraphs]
    if not paragraphs or any(len(t) < rules.LEAD_MIN_CHARS for t in prose if t):
        return "stop"
    if link_density(el, len(text)) > rules.LEAD_MAX_LINK_DENSITY:
        return "stop"
    return "prose"


def _covers(bigger: str, smaller: str) -> float:
    """The share of ``smaller``'s words that ``bigger`` also has."""
    words = WORD.findall(smaller.lower())
    if not words:
        return 1.0
    have = set(WORD.findall(bigger.lower()))
    return sum(w in have for w in words) / len(words)


def _prose_length(el: HtmlElement) -> int:
    """Characters of text outside links, scripts and styles."""
    texts = el.xpath(
        ".//text()[not(ancestor::script) and not(ancestor::style) and not(ancestor::a)]"
    )
    return sum(len(t.strip()) for t in texts)


# --- the JSON-LD cross-check ---------------------------------------------------


def article_body_text(meta: Metadata) -> str | None:
    """JSON-LD ``articleBody`` as text; some pages put the body's HTML in it."""
    ld = meta.article_body
    if not ld or not rules.LD_MARKUP.search(ld):
        return ld
    return clean_body(f"<div>{ld}</div>", meta, None).text


def prefer_article_body(body: Body, meta: Metadata) -> Body:
    """Use JSON-LD ``articleBody`` when readability found clearly less than it."""
    ld = meta.article_body
    if ld and rules.LD_MARKUP.search(ld):
        ld_body = clean_body(f"<div>{ld}</div>", meta, None)
        if len(ld_body.text) >= 500 and len(body.text) < 0.6 * len(ld_body.text):
            return replace(ld_body, captions=body.captions + ld_body.captions)
        return body
    if not ld or len(ld) < 500:
        return body
    if len(body.text) >= 0.6 * len(ld):
        return body
    ours = set(WORD.findall(body.text.lower()))
    theirs = WORD.findall(ld.lower())
    if ours and sum(w in ours for w in theirs) / len(theirs) > 0.9:
        return body
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n|\n", ld) if p.strip()] or [ld]
    clean = lxml_html.Element("div")
    for p in paragraphs:
        etree.SubElement(clean, "p").text = " ".join(p.split())
    html = "".join(lxml_html.tostring(c, encoding="unicode") for c in clean)
    text = "\n\n".join(" ".join(p.split()) for p in paragraphs)
    return Body(html, text, body.captions, text.split("\n\n")[0], body.stripped)
