"""readability-lxml's module-level helpers that clipper replaces: the same answers, less work.

readability looks each of them up in its module on every call, so replacing them there
changes them for its methods (and for any other ``Document`` in the process):

- ``describe`` and ``text_content`` (of ``readability.debug``) build the debug messages for
  each element its last clean keeps or drops and for its five best candidates, whether or
  not its logger shows them: each names the element and its parent, and a kept element's
  message quotes its opening words (the white space of its whole text collapsed first).
  While readability's logger doesn't show debug messages they give ""; when it does, each
  message is readability's own. They cost about 2% of clipper's extraction time.
- ``text_length`` (its last clean measures each block, and the blocks beside it, with it) is
  counted by :func:`clean_length`, without building the cleaned text: 1.4%.
"""

from __future__ import annotations

import logging
import re
from typing import Any

import readability.readability as _readability
from lxml.html import HtmlElement
from readability import debug as _debug

_LOG = logging.getLogger("readability.readability")

# readability's clean() (three substitutions of white space, then strip) changes
# only the runs of white space inside a text; its lengths are counted run by run
_WHITE_RUN = re.compile(r"\s{2,}")
_TAB_OR_SPACES = re.compile(r"\t|[ \t]{2,}")  # its third substitution, as it is


def clean_length(text: str) -> int:
    """``len(clean(text))`` with readability's ``clean()``, without building the cleaned text.

    Each run of white space inside the text becomes one line break when it
    holds one (or one space when it is 255 long), else loses its tab and
    double-space runs; a run of one character keeps its length.
    """
    text = text.strip()
    length = len(text)
    for found in _WHITE_RUN.finditer(text):
        run = found.group()
        if len(run) >= 255 or "\n" in run:
            length -= len(run) - 1
        elif "\t" in run or "  " in run:
            length -= len(run) - len(_TAB_OR_SPACES.sub(" ", run))
    return length


def _text_length(el: HtmlElement) -> int:
    """readability's ``text_length``: ``len(clean(el.text_content() or ""))``."""
    return clean_length(el.text_content() or "")


def _describe(node: Any, depth: int = 1) -> str:
    return str(_debug.describe(node, depth)) if _LOG.isEnabledFor(logging.DEBUG) else ""


def _text_content(elem: Any, length: int = 40) -> str:
    return str(_debug.text_content(elem, length)) if _LOG.isEnabledFor(logging.DEBUG) else ""


def install() -> None:
    """readability's helpers, as above."""
    _readability.describe = _describe
    _readability.text_content = _text_content
    _readability.text_length = _text_length
