"""readability's debug messages, worked out only when debug logging shows them.

readability-lxml builds a debug message for each element its last clean keeps or
drops, and for each of its five best candidates, whether or not its logger shows
it: each message names the element and its parent (``describe``), and a kept
element's message quotes its opening words (``text_content`` collapses the white
space of the element's whole text first). That work cost about 1% of clipper's
extraction time, for messages no one saw. :func:`quiet` has both helpers give ""
while readability's logger doesn't show debug messages; when it does, each
message is readability's own.
"""

from __future__ import annotations

import logging
from typing import Any

import readability.readability as _readability
from readability import debug as _debug

_LOG = logging.getLogger("readability.readability")


def _describe(node: Any, depth: int = 1) -> str:
    return str(_debug.describe(node, depth)) if _LOG.isEnabledFor(logging.DEBUG) else ""


def _text_content(elem: Any, length: int = 40) -> str:
    return str(_debug.text_content(elem, length)) if _LOG.isEnabledFor(logging.DEBUG) else ""


def quiet() -> None:
    """readability's debug helpers, as above (readability looks them up on each call)."""
    _readability.describe = _describe
    _readability.text_content = _text_content
