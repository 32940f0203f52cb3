"""Make untrusted text safe to show in a terminal."""

from __future__ import annotations

import re

# C0 controls except tab and newline, DEL, and C1 controls: these can move the
# cursor, retitle the window, ring the bell or start escape sequences.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def printable(text: str | None, *, single_line: bool = False) -> str:
    """Drop terminal control characters; optionally fold to one line."""
    if not text:
        return ""
    cleaned = _CONTROL.sub("", text)
    if single_line:
        cleaned = " ".join(cleaned.split())
    return cleaned
