"""Rendering a clean HTML fragment as plain text: one block a paragraph, tables as rows."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator

from lxml.html import HtmlElement

from clipper.extract.html import rules as rules
from clipper.extract.html.tree import collapse

# --- text rendering ------------------------------------------------------------


def text_blocks(root: HtmlElement) -> Iterator[str]:
    """The plain-text blocks of the clean fragment, without figure captions.

    Whitespace in the source collapses as a browser would; only ``<br>``
    breaks a line inside a block, and ``<pre>`` keeps its lines.
    """
    buf: list[str] = []

    def add(text: str | None) -> None:
        if text:
            buf.append(collapse(text))

    def flush() -> Iterator[str]:
        joined = "".join(buf)
        buf.clear()
        lines = [_cells(" ".join(line.split())) for line in joined.split("\n")]
        block = "\n".join(line for line in lines if line)
        if block:
            yield _composed(block)

    def walk(el: HtmlElement) -> Iterator[str]:
        tag = el.tag
        if tag == "figcaption":
            add(el.tail)
            return
        if tag == "pre":
            yield from flush()
            pre = el.text_content().strip("\n")
            if pre.strip():
                yield _composed(pre)
            add(el.tail)
            return
        # a table is one block, a row one line of it
        block = tag != "tr" and (tag in rules.TEXT_BLOCK_TAGS or tag == "caption")
        if block:
            yield from flush()
        if tag in ("br", "tr"):
            buf.append("\n")
        elif tag in ("td", "th"):
            buf.append(_CELL)
        add(el.text)
        for child in el:
            yield from walk(child)
        if block:
            yield from flush()
        add(el.tail)

    for child in root:
        yield from walk(child)
    yield from flush()


def _composed(text: str) -> str:
    """The text in Unicode's composed form (NFC): the same letters a page wrote as a
    base and a combining mark, or as one code point, read and searched alike."""
    return text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)


_CELL = "\ue000"  # marks a table cell's start while a row's text is gathered


def _cells(line: str) -> str:
    """A table row's cells joined with " | "; other lines unchanged."""
    if _CELL not in line:
        return line
    return " | ".join(c.strip() for c in line.split(_CELL) if c.strip())
