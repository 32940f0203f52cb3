"""Highlights marked in a clipping's (already sanitised) HTML (pure)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from html import escape

from lxml import etree
from lxml import html as lxml_html


def mark_passages(html: str, passages: Iterable[tuple[int, str]]) -> str:
    """The HTML with each passage's first occurrence in a text node wrapped in <mark>.

    ``passages`` are (highlight id, passage); a passage that spans elements
    (two paragraphs, a link) stays listed beside the article but unmarked.
    """
    wanted = [(hid, re.compile(r"\s+".join(map(re.escape, p.split())))) for hid, p in passages]
    wanted = [(hid, rx) for hid, rx in wanted if rx.pattern]
    if not html.strip() or not wanted:
        return html
    try:
        root = lxml_html.fragment_fromstring(html, create_parent="div")
    except (etree.ParserError, ValueError):
        return html
    for hid, pattern in wanted:
        _mark_first(root, hid, pattern)
    return escape(root.text or "") + "".join(
        lxml_html.tostring(child, encoding="unicode", method="html") for child in root
    )


def _mark_first(root: lxml_html.HtmlElement, hid: int, pattern: re.Pattern[str]) -> bool:
    for el in list(root.iter()):
        if not isinstance(el.tag, str) or el.tag == "mark":
            continue
        if el.text and (found := pattern.search(el.text)):
            mark = _mark(hid, found.group())
            mark.tail = el.text[found.end() :]
            el.text = el.text[: found.start()]
            el.insert(0, mark)
            return True
        if el is not root and el.tail and (found := pattern.search(el.tail)):
            mark = _mark(hid, found.group())
            mark.tail = el.tail[found.end() :]
            el.tail = el.tail[: found.start()]
            el.addnext(mark)
            return True
    return False


def _mark(hid: int, text: str) -> lxml_html.HtmlElement:
    mark = lxml_html.Element("mark")
    mark.set("id", f"h{hid}")
    mark.set("class", "highlight")
    mark.text = text
    return mark
