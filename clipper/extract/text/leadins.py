"""Lead-ins under the body: a line of the author's that ends in a colon opens
what follows ("Here is what we found:", "The full report is here:"), and the
list it opens is the author's, unless it is the site's (a menu's labels, a
column of headlines, a lead-in that speaks of the site's articles or tags).
"""

from __future__ import annotations

from collections.abc import Sequence

from clipper.extract.text import rules as rules
from clipper.extract.text.figures import Figure
from clipper.extract.text.lines import BLANK, CHROME, SENTENCE, SHORT, Line


def list_after_lead_in(lines: Sequence[Line], end: int, in_figure: dict[int, Figure]) -> int:
    """The body's last line, moved down over a list its last paragraph's lead-in opens.

    A last paragraph that ends in a colon ("... here is what we found:"), then
    short lines (the list, code, the links it names): the author's own list,
    which the HTML reader keeps with the article. It ends at the first line of another
    kind (furniture, metadata, a marker, another block of prose), and a list
    longer than ``LEAD_IN_LIST_MAX_LINES`` lines is not taken, nor a menu's
    labels (as few words a line as a menu item has) or a column of headlines,
    nor one whose lead-in speaks of the site's articles, tags or galleries
    ("These articles might interest you too:"): that list is the site's.
    """
    listed = [i for i in range(end + 1, len(lines)) if lines[i].kind != BLANK]
    # Only the last paragraph's own colon ("... sign the petition here:"): a label
    # of its own line ("Trending now on the site:") heads the site's box.
    if not listed or not lines[end].text.endswith((":", "：")):
        return end
    if rules.SITE_LIST_LEAD_IN.search(lines[end].text):
        return end
    last = end
    taken: list[Line] = []
    for n, i in enumerate(listed):
        line = lines[i]
        if n >= rules.LEAD_IN_LIST_MAX_LINES:
            return end
        if i in in_figure or (
            line.kind not in (SHORT, SENTENCE)
            and line.reason != rules.BARE_LINK_REASON  # the sources it names
            and any(c.isalpha() for c in line.text)
        ):
            break
        last = i
        taken.append(line)
    items = [line for line in taken if line.kind != CHROME]
    if items and sum(line.words for line in items) <= rules.NAV_ITEM_MAX_WORDS * len(items):
        return end  # link labels ("World", "Sport"): a menu, not the author's list
    headlines = sum(
        1 for line in items if line.headline_like and line.words >= 4 and line.text[:1].isupper()
    )
    if headlines * 2 > len(items):
        return end  # a column of headlines: other stories, not the author's list
    return last


def is_lead_in(line: Line) -> bool:
    """A short line of the author's that ends in a colon: what follows is theirs."""
    return (
        line.kind in (SHORT, SENTENCE)
        and line.text.endswith((":", "："))
        and line.words >= rules.LEAD_IN_MIN_WORDS
    )


def own_lead_in(lines: Sequence[Line], end: int, in_figure: dict[int, Figure]) -> int:
    """The body's last line, moved down over a lead-in on a line of its own right
    under the last paragraph ("The full report can be read here:"), and over the
    list it opens when that list is the author's (``list_after_lead_in``).

    The lead-in is a sentence-like line of at least ``LEAD_IN_MIN_WORDS`` words, so a
    label ("Share:", "Tags:") is not one, and never one that speaks of the site's
    lists ("More articles on this topic:"): that heads the site's box.
    """
    below = next((i for i in range(end + 1, len(lines)) if lines[i].kind != BLANK), None)
    if (
        below is None
        or below in in_figure
        or not is_lead_in(lines[below])
        or rules.SITE_LIST_LEAD_IN.search(lines[below].text)
    ):
        return end
    return list_after_lead_in(lines, below, in_figure)
