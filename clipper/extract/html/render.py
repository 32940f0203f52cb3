"""Rendering a clean HTML fragment as plain text: one block a paragraph, tables as rows."""

from __future__ import annotations

import unicodedata

from lxml.html import HtmlElement

from clipper.extract.html import rules as rules
from clipper.extract.html.tree import collapse

# --- text rendering ------------------------------------------------------------


def text_blocks(root: HtmlElement) -> list[str]:
    """The plain-text blocks of the clean fragment, without figure captions.

    Whitespace in the source collapses as a browser would; only ``<br>``
    breaks a line inside a block, and ``<pre>`` keeps its lines.
    """
    buf: list[str] = []
    blocks: list[str] = []  # gathered in a list: nested generators cost a step per level

    def add(text: str | None) -> None:
        if text:
            buf.append(collapse(text))

    def flush() -> None:
        joined = "".join(buf)
        buf.clear()
        lines = [" ".join(line.split()) for line in joined.split("\n")]
        if _CELL in joined:
            lines = [_cells(line) for line in lines]
        block = "\n".join(line for line in lines if line)
        if block:
            blocks.append(_composed(block))

    def walk(el: HtmlElement) -> None:
        tag = el.tag
        if tag == "figcaption":
            add(el.tail)
            return
        if tag == "pre":
            flush()
            pre = el.text_content().strip("\n")
            if pre.strip():
                blocks.append(_composed(pre))
            add(el.tail)
            return
        # a table is one block, a row one line of it
        block = tag != "tr" and (tag in rules.TEXT_BLOCK_TAGS or tag == "caption")
        if block:
            flush()
        if tag in ("br", "tr"):
            buf.append("\n")
        elif tag in ("td", "th"):
            buf.append(_CELL)
        add(el.text)
        for child in el:
            walk(child)
        if block:
            flush()
        add(el.tail)

    for child in root:
        walk(child)
    flush()
    return blocks


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
