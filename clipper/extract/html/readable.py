"""clipper's only adapter for readability-lxml: the page's article block as HTML."""

from __future__ import annotations

import copy

from lxml import etree
from lxml import html as lxml_html
from lxml.html import HtmlElement
from readability import Document
from readability.readability import REGEXES, Unparseable

from clipper.extract.html import rules as rules
from clipper.extract.html.tree import parse_fragment
from clipper.untrusted import MAX_HTML_ELEMENTS, xml_safe


def readability_summary(root: HtmlElement) -> str:
    """readability's article block as HTML. One ``Document`` per page.

    The ``Document`` gets our parsed tree (saving a second parse); it drops
    hidden elements from it and works on its own cleaned copy. It gets no
    URL: links are made absolute later, only in the block we keep, which
    saves rewriting every link of the page. ``<base>`` is removed first so
    that readability doesn't resolve links against it half-way.
    """
    for base in root.findall(".//base"):
        base.drop_tree()
    _open_templates(root)
    # what is never article text goes before readability copies and scores
    # the tree: less work for it, and nothing there to mislead its scoring
    for el in list(root.iter(*rules.PRE_READABILITY_DROP)):
        if el.getparent() is not None and not _holds_article(el):
            el.drop_tree()
    try:
        return _Document(root).summary(html_partial=True)
    except Unparseable:
        return ""


def _holds_article(el: HtmlElement) -> bool:
    """A menu the parser wrapped around the article (an unclosed ``<li>`` above it), or a
    ``<noscript>`` holding the page itself (what a browser without JavaScript shows)."""
    if el.tag in rules.DROP_UNLESS_ARTICLE_INSIDE and el.xpath(rules.ARTICLE_INSIDE):
        return True
    if el.tag != "noscript":
        return False
    prose = 0
    for p in el.iter("p"):
        prose += len(" ".join(p.text_content().split()))
        if prose >= rules.NOSCRIPT_PAGE_MIN_CHARS:
            return True
    return False


def _open_templates(root: HtmlElement) -> None:
    """Put the HTML held in template scripts (``type="text/template"``) in the page.

    Some blog engines ship the post's body as a template that a script writes
    into the page: a browser shows it, and readers see it as the article.
    Only templates inside the page's body, and only as many elements as a page
    may hold in all, so a hostile page can't grow without bound.
    """
    budget = MAX_HTML_ELEMENTS
    for script in list(root.iter("script")):
        kind = (script.get("type") or "").strip().lower()
        if kind not in rules.TEMPLATE_SCRIPT_TYPES or not (script.text or "").strip():
            continue
        if script.getparent() is None or next(script.iterancestors("body"), None) is None:
            continue
        frag = parse_fragment(f"<div>{xml_safe(script.text or '')}</div>")
        holder = frag[0] if frag is not None and len(frag) else None
        if holder is None:
            continue
        budget -= sum(1 for _ in holder.iter())
        if budget < 0:
            return
        holder.tail = script.tail
        script.getparent().replace(script, holder)


class _Document(Document):
    """readability's ``Document`` with a leaner clean of the page before scoring.

    readability runs lxml_html_clean's ``Cleaner`` over the whole page, and
    most of that time goes on rewriting every link on the page to blank out
    ``javascript:`` URLs: a sixth of readability's time on a typical page.
    Links don't change what readability scores, and clipper rebuilds the kept
    block with its own allow-list of tags, attributes and URL schemes (see
    ``_copy_clean``), so here the page loses only what the Cleaner would have
    removed that readability can see: scripts, styles, stylesheet links,
    comments, processing instructions, event handlers and inline styles.
    """

    def _parse(self, input: HtmlElement) -> HtmlElement:
        self.encoding = "utf-8"
        # what readability itself drops first, from the page: hidden elements
        for el in input.xpath("//*[@hidden]"):
            el.drop_tree()
        for el in input.xpath("//*[@style]"):
            if REGEXES["displayNoneRe"].search(el.get("style")):
                el.drop_tree()
        # Then it works on a copy, as the Cleaner made one: a second attempt
        # (summary() retries less ruthlessly) starts again from the page.
        doc = copy.deepcopy(input)
        lxml_html.xhtml_to_html(doc)
        for el in doc.iter("image"):
            el.tag = "img"
        doomed = [
            el
            for el in doc.iter(
                "script", "style", "link", etree.Comment, etree.ProcessingInstruction
            )
            if el is not doc
        ]
        for el in reversed(doomed):
            el.drop_tree()
        for el in doc.iter(etree.Element):
            attrib = el.attrib
            for name in [n for n in attrib if n.startswith("on") or n == "style"]:
                del attrib[name]
            _tidy_link_attributes(attrib)
        return doc


def tidy_links(root: HtmlElement) -> None:
    """Link addresses as browsers read them, without the spaces around them.

    lxml would write those spaces %-encoded into the address. An address it
    refuses to hold once tidied (a control character given as an entity) goes.
    """
    for el in root.iter(etree.Element):
        _tidy_link_attributes(el.attrib)


def _tidy_link_attributes(attrib: etree._Attrib) -> None:
    for name in rules.LINK_ATTRIBUTES.intersection(attrib):
        value = attrib[name]
        tidy = value.strip()
        if tidy != value:
            try:
                attrib[name] = tidy
            except ValueError:
                del attrib[name]
