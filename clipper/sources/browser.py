"""A page as a browser sent it (the bookmarklet): the DOM it rendered, or only a selection.

The browser knows what a fetch can't: the page after its scripts ran, behind
the reader's log-in. It sends the DOM's HTML with the page's address and
title, and the selection when the reader made one. A selection becomes a page
of its own: the page's metadata (its ``<head>`` and JSON-LD, without the
article text JSON-LD may carry) around the selection alone, so that the normal
stages read it as the page's article and a re-extraction gives it back.
"""

from __future__ import annotations

import json
from html import escape
from typing import Any

from clipper.models import Page

# JSON-LD fields that hold the whole article's text: a selection keeps its
# page's metadata but not them, or the extractor would take them for the body.
_BODY_FIELDS = frozenset({"articleBody", "text", "description"})


def browser_page(html: str, url: str, title: str = "", selection: str = "") -> Page:
    """The page to clip: the DOM's HTML, or its metadata around the selection."""
    if selection.strip():
        html = _selection_page(html, title, selection)
    elif title.strip() and "<title" not in html[:65536].lower():
        html = f"<title>{escape(title)}</title>{html}"
    return Page(
        body=html.encode("utf-8", "replace"),
        source=url,
        url=url,
        content_type="text/html",
        charset="utf-8",
    )


def _selection_page(html: str, title: str, selection: str) -> str:
    """A small page: the original's head (metadata only) and the selection as its article."""
    from lxml import etree
    from lxml import html as lxml_html

    from clipper.untrusted import xml_safe

    head: list[str] = []
    lang = ""
    try:
        root = lxml_html.document_fromstring(xml_safe(html))
    except (etree.ParserError, ValueError):
        root = None
    if root is not None:
        lang = root.get("lang") or ""
        for el in root.iter("title", "meta", "link", "script"):
            if el.tag == "link" and (el.get("rel") or "").lower() not in ("canonical", "author"):
                continue
            if el.tag == "script":
                if (el.get("type") or "").lower() != "application/ld+json":
                    continue
                ld = _without_body(el.text or "")
                if ld is None:
                    continue
                head.append(f'<script type="application/ld+json">{ld}</script>')
                continue
            if el.tag == "title" and el.getparent() is not None and el.getparent().tag == "svg":
                continue
            head.append(lxml_html.tostring(el, encoding="unicode", with_tail=False))
    if title.strip() and not any(part.startswith("<title") for part in head):
        head.insert(0, f"<title>{escape(title)}</title>")
    lang_attr = f' lang="{escape(lang)}"' if lang else ""
    return (
        f"<!DOCTYPE html><html{lang_attr}><head>{''.join(head)}</head>"
        f"<body><article><div>{selection}</div></article></body></html>"
    )


def _without_body(text: str) -> str | None:
    """JSON-LD without the fields that carry the article's text (None if it isn't JSON)."""

    def strip(value: Any) -> Any:
        if isinstance(value, dict):
            return {k: strip(v) for k, v in value.items() if k not in _BODY_FIELDS}
        if isinstance(value, list):
            return [strip(v) for v in value]
        return value

    try:
        data = strip(json.loads(text))
    except (ValueError, RecursionError):  # not JSON, or nested deeper than Python recurses
        return None
    # "</" can't close the script when the JSON is put back into HTML.
    return json.dumps(data, ensure_ascii=False).replace("</", "<\\/")
