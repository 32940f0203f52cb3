"""Which of two headline-like lines over the body is the headline.

A copied page often has the headline twice over the body: in the breadcrumb
or after the blog's name on one line ("Home News Harbour to be dredged",
"Harbour Blog Harbour to be dredged", "StartseiteNewsHarbour to be dredged"),
and on a line of its own under it. Read first, the longer line was taken as
the headline and the headline under it as its deck. The line under the one
read as the headline is the headline when the upper line ends with it.
(Written from web-eval half 0; that a longer line over a shorter one is not
the headline in general, whatever it holds, did not carry to half 1: a
longer headline over a short deck is as common as a slogan over a headline.)
"""

from __future__ import annotations

from collections.abc import Sequence

from clipper.extract.text.lines import SHORT, Line


def headline_under(lines: Sequence[Line], title: int | None, under: int | None) -> bool:
    """Whether the line at ``under``, below the line ``title`` read as the
    headline, is the headline instead: the upper line ends with it."""
    if title is None or under is None or under <= title:
        return False
    lower = lines[under]
    if lower.kind != SHORT or not lower.headline_like or lower.name_like:
        return False
    high, low = lines[title].text.casefold(), lower.text.casefold()
    return high != low and high.endswith(low)
