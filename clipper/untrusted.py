"""Make untrusted text safe to show in a terminal and to hand to lxml."""

from __future__ import annotations

import re
from functools import cache

# C0 controls except tab and newline, DEL, and C1 controls: these can move the
# cursor, retitle the window, ring the bell or start escape sequences.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")

# What XML 1.0 forbids and lxml refuses with "All strings must be XML
# compatible": C0 controls but tab, newline and carriage return, lone
# surrogates (from surrogateescape decoding) and the two non-characters.
_NOT_XML = "[\x00-\x08\x0e-\x1f\ud800-\udfff\ufffe\uffff]"
# Vertical tab and form feed break lines for str.splitlines(); as newlines
# they keep doing so for text dumps and are plain whitespace in HTML.
_LINE_BREAKS = "[\x0b\x0c]"
# Either of the two: one pass over a clean page (nearly all of them) instead of two.
_XML_TROUBLE = "[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]"
# The patterns above and below are compiled when first used (see _compiled): the
# commands that only show text never need them, and compiling costs them a
# millisecond at every start.


@cache
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


def printable(text: str | None, *, single_line: bool = False) -> str:
    """Drop terminal control characters; optionally fold to one line."""
    if not text:
        return ""
    cleaned = _CONTROL.sub("", text)
    if single_line:
        # a zero-width joiner at the end joins nothing on the line; rich measures it
        # with whatever is printed next, so it would tell a line's width two ways
        cleaned = " ".join(cleaned.split()).rstrip(_JOINERS)
    return cleaned


_JOINERS = "\u200c\u200d"  # zero-width non-joiner and joiner
# A joiner beside a space or at an end joins nothing: markup's leftovers. Inside a
# word it is spelling (Persian "می‌خواهم", Devanagari conjuncts, emoji sequences).
_LOOSE_JOINERS = f"(?<!\\S)[{_JOINERS}]+|[{_JOINERS}]+(?!\\S)"


def without_loose_joiners(text: str) -> str:
    """``text`` without the zero-width joiners and non-joiners that join nothing."""
    if "\u200c" not in text and "\u200d" not in text:
        return text
    return _compiled(_LOOSE_JOINERS).sub("", text)


def styled_piece(text: str) -> str:
    """``printable(text)`` for one run of a line printed in styles of its own (a
    search snippet's match): a joiner at its end joins nothing across the change
    of style, and rich measures each run alone, so it is dropped."""
    return printable(text).rstrip(_JOINERS)


def xml_safe(text: str) -> str:
    """``text`` without the characters lxml can't hold; VT and FF become newlines.

    Pages carry NUL bytes, ESC sequences and stray controls; none of them is
    article text, and every parser stage after this one builds lxml trees.
    """
    if not _xml_trouble(text):
        return text
    return _compiled(_NOT_XML).sub("", _compiled(_LINE_BREAKS).sub("\n", text))


# The C0 controls of _XML_TROUBLE, as bytes: what bytes.translate deletes.
_C0_TROUBLE = bytes(c for c in range(0x20) if chr(c) not in "\t\n\r")


def _xml_trouble(text: str) -> bool:
    """Whether ``text`` holds a character of ``_XML_TROUBLE``, asked of its UTF-8 bytes.

    Deleting bytes is quicker than the regex over the characters. The rest of the
    class is only in UTF-8 starting ED (surrogates, and Hangul) or EF BF (U+FFFE,
    U+FFFF); such a page is asked the regex.
    """
    data = text.encode("utf-8", "surrogatepass")
    if len(data.translate(None, _C0_TROUBLE)) != len(data):
        return True
    if b"\xed" in data or b"\xef\xbf" in data:
        return _compiled(_XML_TROUBLE).search(text) is not None
    return False


# --- keeping the parsers bounded ------------------------------------------------
#
# Pages are capped at 10 MB when read, but some shapes of page cost far more
# than their size: libxml2 checks each attribute of an element against all the
# earlier ones (a tag with 200,000 attributes takes minutes), and extraction
# spends tens of microseconds on every element or line. Real articles stay
# far below these limits: a long read has a few thousand elements or lines.

MAX_HTML_ELEMENTS = 100_000
MAX_TEXT_LINES = 50_000
# Every line break str.splitlines() knows: "\r" alone, form feeds, NEL, U+2028...
_LINE_BREAK = r"\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]"


def count_lines(text: str) -> int:
    """How many lines the text-dump stage will see (what ``str.splitlines`` splits on)."""
    return len(_compiled(_LINE_BREAK).findall(text))


MAX_TAG_ATTRIBUTES = 1_000
# A start tag over 64 kB: only such a tag can hold more attributes than that.
# Each part is captured inside a lookahead and matched again by reference: an
# atomic group that Python 3.10 understands (possessive `*+` needs 3.11), so a
# huge tag that never closes can't make the pattern backtrack.
_LONG_TAG = r"<(?=([a-zA-Z][\w:.-]*))\1(?=([^<>]{65536,}))\2>"


def tame_tags(html: str) -> str:
    """``html`` with every start tag of over 1,000 attributes reduced to its bare name."""
    if len(html) < 65536:
        return html

    def bare(match: re.Match[str]) -> str:
        if len(match.group(2).split()) <= MAX_TAG_ATTRIBUTES:
            return match.group(0)  # a long data: URI or JSON attribute: harmless
        return f"<{match.group(1)}>"

    return _compiled(_LONG_TAG).sub(bare, html)
