"""Mojibake in a text dump: UTF-8 text a browser decoded with a legacy charset, undone.

A page saved as UTF-8 that still declares ``gb2312`` or ``windows-1252`` shows,
and copies, as mojibake ("鏃犻殰纰嶈" for "无障碍说", "Ã©" for "é"): every line
of it, so the dump holds no prose a reader would know. The decode stage
(``clipper.sources.decode``) overrules such a charset for HTML; a copy comes
already decoded, so the mistake is undone here: the text is encoded back with
the charset the browser used and read as UTF-8. A multi-byte character read
with the wrong charset became two or three, so the repaired text is shorter;
only a repair that shortens the text by ``MOJIBAKE_MIN_SHRINK`` characters and
leaves few undecodable bytes (no more than the browser's own replacement
characters, or ``MOJIBAKE_MAX_LOSS`` of what it shortened) is taken. Text that
was right fails to encode, or reads back as broken UTF-8 no shorter: it stays.
"""

from __future__ import annotations

from clipper.extract.text import rules as rules

_REPLACEMENT = "\ufffd"


def repair_mojibake(text: str) -> str:
    """``text`` read back as UTF-8 when it is UTF-8 decoded with a legacy charset; else ``text``."""
    if text.isascii():
        return text
    # What the browser could not decode it replaced; those bytes are lost.
    kept = text.replace(_REPLACEMENT, "")
    lost = len(text) - len(kept)
    for charset in rules.MOJIBAKE_CHARSETS:
        try:
            raw = kept.encode(charset)
        except UnicodeEncodeError:
            continue  # characters the charset has no bytes for: not its mojibake
        repaired = raw.decode("utf-8", errors="replace")
        shrink = len(text) - len(repaired)
        if shrink >= rules.MOJIBAKE_MIN_SHRINK and repaired.count(_REPLACEMENT) <= max(
            lost, shrink * rules.MOJIBAKE_MAX_LOSS
        ):
            return repaired
    return text
