"""Paragraph text on a page, measured once: how much of it an element holds."""

from __future__ import annotations

import itertools

from lxml import etree
from lxml.html import HtmlElement


class Prose:
    """Paragraph text on the page, and in any element of it, each paragraph measured once.

    Measured when first asked (a page without a sidebar, footer or form holding a
    paragraph never is): an element's paragraphs are a run of the page's in
    document order, so its count is the difference of two running sums.
    """

    def __init__(self, root: HtmlElement) -> None:
        self._root = root
        self._index: dict[HtmlElement, int] | None = None
        self._sums: list[int] = []

    def _measure(self) -> dict[HtmlElement, int]:
        if self._index is None:
            paragraphs = list(self._root.iter("p"))
            self._index = {p: i for i, p in enumerate(paragraphs)}
            self._sums = list(itertools.accumulate((text_length(p) for p in paragraphs), initial=0))
        return self._index

    def page(self) -> int:
        self._measure()
        return self._sums[-1]

    def inside(self, el: HtmlElement) -> int:
        first = next(el.iter("p"), None)
        if first is None:
            return 0
        index = self._measure()
        last: list[HtmlElement] = _LAST_PARAGRAPH(el)  # type: ignore[assignment]
        return self._sums[index[last[0]] + 1] - self._sums[index[first]]


_LAST_PARAGRAPH = etree.XPath("(descendant-or-self::p)[last()]")


def text_length(p: HtmlElement) -> int:
    return len(" ".join(p.text_content().split()))
