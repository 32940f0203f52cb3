"""A live blog's post stamps and share rows, read as the chrome they are (after step 1 of
``dump.py``).

Each post of a live blog copies under its time ("14:55", "15:30 Uhr", "10:42 p.m.Sara
Lind": the time and its author run together) and over its share buttons ("ShareCopy
link"). Alone, a bare time deep in the body is kept (a timeline's "1947" is text);
several of them, each a line of its own and most over a post of prose (a programme's
times head a short line each), are the posts' stamps, and a short line
repeated under each post is its buttons. The post headings and posts stay. The names
of the units are data in ``rules.py``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from clipper.extract.text import rules as rules
from clipper.extract.text.lines import BLANK, CHROME, PROSE, SENTENCE, SHORT, Line


def mark_post_stamps(lines: Sequence[Line]) -> tuple[Line, ...]:
    """``lines`` with a live blog's post stamps and repeated share rows read as chrome.

    One pass to find the stamps, one over the lines from the first stamp on."""
    found: dict[int, str] = {}
    for i, line in enumerate(lines):
        if line.kind == BLANK or line.words > rules.STAMP_MAX_WORDS:
            continue
        match = rules.POST_STAMP.fullmatch(line.text.strip())
        if match and all(not word[0].islower() for word in match["name"].split()):
            found[i] = match["name"].strip().casefold()  # "In the Museum": not a name
    names = Counter(found.values())
    # once one writer signs two stamps, the stamps carry names: each one's is its writer's
    authored = any(name and count >= 2 for name, count in names.items())
    stamps = [i for i, name in found.items() if not name or authored]
    if len(stamps) < rules.STAMPS_MIN or not _over_posts(lines, stamps):
        return tuple(lines)
    marked = list(lines)
    for i in stamps:
        marked[i] = replace(lines[i], kind=CHROME, reason=rules.STAMP_REASON)
    # a share row stands right under a stamp or right over the next one
    shown = [i for i in range(stamps[0], len(lines)) if lines[i].kind != BLANK]
    is_stamp = set(stamps)
    rows: Counter[str] = Counter()
    for n, i in enumerate(shown):
        line = lines[i]
        if line.kind != SHORT or not 0 < line.words <= rules.STAMP_ROW_MAX_WORDS:
            continue
        if (n > 0 and shown[n - 1] in is_stamp) or (
            n + 1 < len(shown) and shown[n + 1] in is_stamp
        ):
            rows[line.text.strip()] += 1
    for i in shown:
        line = lines[i]
        if line.kind == SHORT and rows.get(line.text.strip(), 0) >= rules.STAMPS_MIN - 1:
            marked[i] = replace(line, kind=CHROME, reason=rules.STAMP_ROW_REASON)
    return tuple(marked)


def _over_posts(lines: Sequence[Line], stamps: list[int]) -> bool:
    """Whether most stamps stand over a post of prose before the next stamp: a live
    blog's do; a programme's times ("10:00 / Opening by the mayor") head a short line."""
    ends = [*stamps[1:], len(lines)]
    posts = sum(
        any(lines[k].kind in (PROSE, SENTENCE) for k in range(i + 1, end))
        for i, end in zip(stamps, ends, strict=True)
    )
    return 2 * posts > len(stamps)
