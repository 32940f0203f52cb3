"""Overlays laid over the page (a consent wall, a sign-in or newsletter modal), dropped
before trafilatura reads it.

A consent manager's wall is a dialog at the end of ``<body>``, outside the article: its
one paragraph ("We and our partners store and/or access information on a device…",
"Usamos cookies…") reads as prose, and trafilatura's extractor, walking the whole page,
keeps it after the article's last paragraph. readability's block never holds it, and
:func:`~.clean.clean_body` drops a dialog by its role when a block does
(:data:`rules.BOILERPLATE_ROLES`); trafilatura's rebuilt HTML keeps no roles, so the
overlays go from the page first, as :func:`~.readable.drop_named_furniture` drops the
blocks named as furniture. Never one holding the headline, the article or half the
page's prose: a page may set its whole story in a modal.
"""

from __future__ import annotations

from lxml import etree
from lxml.html import HtmlElement

from clipper.extract.html import rules as rules
from clipper.extract.html.prose import Prose

_OVERLAYS = etree.XPath(rules.OVERLAY_XPATH)
_ARTICLE_INSIDE = etree.XPath(rules.ARTICLE_INSIDE)


def drop_overlays(root: HtmlElement) -> None:
    """Drop the page's dialogs and modals (:data:`rules.OVERLAY_XPATH`) that aren't the article."""
    body = root.find("body")
    if body is None:
        return
    found: list[HtmlElement] = _OVERLAYS(body)  # type: ignore[assignment]
    if not found:
        return
    prose: Prose | None = None  # measured only for a dialog its headline or article can't keep
    dropped: set[HtmlElement] = set()
    for el in found:
        if any(a in dropped for a in el.iterancestors()):
            continue
        if el.find(".//h1") is not None or _ARTICLE_INSIDE(el):
            continue
        if prose is None:
            prose = Prose(root)
        mine = prose.inside(el)
        if mine > rules.OVERLAY_MAX_PROSE or mine >= rules.SIDE_ARTICLE_PROSE_SHARE * prose.page():
            continue
        dropped.add(el)
        el.drop_tree()
