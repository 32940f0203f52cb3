"""A page laid out in a table: the article's cell, and the menus and ads in the cells beside it.

Sites built before CSS layouts set the whole page in one ``<table>``: a row for the
logo, one for the menu, then a row of three cells (sections on the left, the article
in the middle, ads and "most read" on the right), then the footer's row. readability
scores each ``<td>``'s text for the row holding it, and the row holding the middle
cell holds the side cells too; trafilatura keeps every cell's lines. Neither reads a
class name here: there are none. What tells the cells apart is their text: the
article's cell holds most of the page's unlinked text, the others a few lines of it
or mostly links (:func:`drop_layout_cells`).
"""

from __future__ import annotations

from typing import cast

from lxml import etree
from lxml.html import HtmlElement

from clipper.extract.html import rules as rules

_CELLS = ("td", "th")
_ROWS = ("tr",)
# the text of the links in an element, in one call
_LINK_TEXT = etree.XPath("descendant::a//text()", smart_strings=False)
_OUTERMOST_TABLES = etree.XPath("descendant::table[not(ancestor::table)]", smart_strings=False)
# a table's own cells, not those of the tables nested in them
_OWN_CELLS = etree.XPath("(tr | tbody/tr | thead/tr | tfoot/tr)/td")


def drop_layout_cells(root: HtmlElement) -> None:
    """Drop the furniture cells and rows around a table-layout page's article cell.

    Called once the page's scripts and styles are gone (their text is no reader's).

    The article's cell is the innermost ``<td>`` holding at least
    :data:`rules.LAYOUT_CELL_SHARE` of the page's unlinked text (and
    :data:`rules.LAYOUT_MIN_CHARS` characters of it). From it up to the outermost
    table around it, the cells beside each cell on the way and the rows beside each
    row go when they are furniture-shaped: less than :data:`rules.LAYOUT_SIDE_MAX_CHARS`
    characters of unlinked text, or at least :data:`rules.LAYOUT_SIDE_LINKED` of their
    text linked (a menu, a list of headlines). A cell or row holding prose of its own
    (the article's second half) stays.

    The cell is found from the outside in: of a table holding that much text, the one
    cell of its own rows that does, then of the tables in that cell the one that
    does, and so on (:data:`rules.LAYOUT_MAX_NESTING` tables deep at most); each
    table's own cells are read once, and a page whose tables hold less (a data table
    in an article) has only its outermost tables read.
    """
    body = root.find("body")
    if body is None or next(body.iter("td"), None) is None:
        return  # most pages: no table cell at all
    total = _unlinked(body, _solid(body.text_content()))
    if total < rules.LAYOUT_MIN_CHARS:
        return
    least = rules.LAYOUT_CELL_SHARE * total
    cell: HtmlElement | None = None
    tables = _elements(_OUTERMOST_TABLES(body))
    for _ in range(rules.LAYOUT_MAX_NESTING):
        table = next((t for t in tables if _solid(t.text_content()) >= least), None)
        if table is None:
            break
        cells = _elements(_OWN_CELLS(table))
        found = next((c for c in cells if _solid(c.text_content()) >= least), None)
        if found is None:
            break
        cell = found
        tables = [t for t in found.iter("table") if next(t.iterancestors("table")) is table]
    if cell is None or _unlinked(cell, _solid(cell.text_content())) < least:
        return
    doomed: list[HtmlElement] = []
    for node in (cell, *cell.iterancestors()):
        if node is body:
            break
        if node.tag in _CELLS or node.tag in _ROWS:
            kin = _CELLS if node.tag in _CELLS else _ROWS
            parent = node.getparent()
            doomed.extend(s for s in parent if s is not node and s.tag in kin and _side(s))
    for el in doomed:
        el.drop_tree()


def _elements(found: object) -> list[HtmlElement]:
    """An XPath's answer that is a node-set of elements, typed as such."""
    return cast(list[HtmlElement], found)


def _side(el: HtmlElement) -> bool:
    """Whether a cell or row beside the article's is furniture-shaped (short, or links)."""
    size = _solid(el.text_content())
    linked = _linked(el)
    if size - linked < rules.LAYOUT_SIDE_MAX_CHARS:
        return True
    return linked >= rules.LAYOUT_SIDE_LINKED * size


def _unlinked(el: HtmlElement, size: int) -> int:
    """``el``'s text characters (``size`` of them) outside links."""
    return size - _linked(el)


def _linked(el: HtmlElement) -> int:
    return _solid("".join(cast(list[str], _LINK_TEXT(el))))


def _solid(text: str | None) -> int:
    if not text:
        return 0
    return len(text) - text.count(" ") - text.count("\n") - text.count("\t") - text.count("\r")
