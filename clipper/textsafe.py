"""Make untrusted text safe to show in a terminal and to hand to lxml."""

from __future__ import annotations

import re

# C0 controls except tab and newline, DEL, and C1 controls: these can move the
# cursor, retitle the window, ring the bell or start escape sequences.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")

# What XML 1.0 forbids and lxml refuses with "All strings must be XML
# compatible": C0 controls but tab, newline and carriage return, lone
# surrogates (from surrogateescape decoding) and the two non-characters.
_NOT_XML = re.compile("[\x00-\x08\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
# Vertical tab and form feed break lines for str.splitlines(); as newlines
# they keep doing so for text dumps and are plain whitespace in HTML.
_LINE_BREAKS = re.compile("[\x0b\x0c]")


def printable(text: str | None, *, single_line: bool = False) -> str:
    """Drop terminal control characters; optionally fold to one line."""
    if not text:
        return ""
    cleaned = _CONTROL.sub("", text)
    if single_line:
        cleaned = " ".join(cleaned.split())
    return cleaned


def xml_safe(text: str) -> str:
    """``text`` without the characters lxml can't hold; VT and FF become newlines.

    Pages carry NUL bytes, ESC sequences and stray controls; none of them is
    article text, and every parser stage after this one builds lxml trees.
    """
    if _NOT_XML.search(text) is None and _LINE_BREAKS.search(text) is None:
        return text
    return _NOT_XML.sub("", _LINE_BREAKS.sub("\n", text))
