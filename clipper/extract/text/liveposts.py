"""Live-blog post headers in a text dump, read as the metadata they are (after step 1 of ``dump.py``).

A live blog copies each post under a line holding its clock time and its
writer's name ("13:58 Nadia Holm", "10.05 · Ann Lee", "14:10 Uhr, Max Muster").
One such line could be a short heading; two or more in one copy are the feed's
post headers, not text. Language-free: a time, at most one short word after it
(the "Uhr", "h", "p.m." of the clock), a separator, and a name of capitalised
words. A post paragraph opening with a time ("13:58 The ferry is back on time.")
has more words than a name and a sentence's end, and stays.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from clipper.extract.text import rules as rules
from clipper.extract.text.lines import BLANK, CHROME, Line


def _post_name(text: str) -> str | None:
    """The writer's name when ``text`` is a post header ("13:58 Nadia Holm"), else None."""
    found = rules.LIVE_POST_HEADER.fullmatch(text.strip())
    if not found:
        return None
    words = found.group("name").split()
    if words[-1].endswith(".") and len(words[-1]) > 2:
        return None  # "10:00 AM In the Museum.": a timetable's sentence, not a name
    if not 1 <= len(words) <= rules.LIVE_POST_NAME_MAX_WORDS:
        return None
    if not (words[0][0].isupper() and words[-1][0].isupper()):
        return None
    if not all(w[0].isupper() or (w.isalpha() and len(w) <= 3) for w in words):
        return None  # "van", "de" inside a name; any other lowercase word: a heading
    return " ".join(words)


def mark_live_post_headers(lines: Sequence[Line]) -> tuple[Line, ...]:
    """``lines`` with each live-blog post header read as chrome, when the copy holds
    at least :data:`rules.LIVE_POST_MIN_HEADERS` of them and a name repeats. One pass."""
    names = {i: _post_name(line.text) for i, line in enumerate(lines) if line.kind != BLANK}
    headers = [i for i, name in names.items() if name]
    seen = [names[i] for i in headers]
    if len(headers) < rules.LIVE_POST_MIN_HEADERS or len(set(seen)) == len(seen):
        return tuple(lines)
    marked = list(lines)
    for i in headers:
        marked[i] = replace(lines[i], kind=CHROME, reason=rules.LIVE_POST_REASON)
    return tuple(marked)
