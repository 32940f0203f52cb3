"""Inputs whose shape once cost time in the square of their length, timed at n and 4n.

Usage::

    python bench/scaling.py [--repeat 3]

Each shape is one that a loop of the text-dump stage used to walk again and
again ("Read more" after every paragraph took ten minutes at 50,000 lines).
For each, the stage reads a dump of n and of 4n lines (the median of
``--repeat`` runs) and the benchmark reports the ratio: linear gives about 4,
quadratic about 16. A ratio rather than a time, so that a slow machine doesn't
change the verdict; exits 1 if any ratio passes 8. The tests only check that
these dumps are read to the end (``tests/test_textdump.py``), never how fast.
``HTML_SHAPES`` are HTML pages of the same kind, read by ``extract()``
(``tests/test_extract_shapes.py``): a block of thousands of ``<br>`` lines once
took 46 s.
"""

from __future__ import annotations

import argparse
import contextlib
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

LEAD = (
    "The city council voted on Tuesday to close the harbour bridge to cars from next spring, "
    "ending a decade of argument over traffic on the old crossing.\n\n"
    "Cyclists and bus operators welcomed the decision, while shop owners on the waterfront "
    "warned that fewer drivers would mean fewer customers.\n\n"
    "The bridge will stay open to buses, bicycles and people on foot, the council said.\n"
)
HEADLINE = "Council Votes to Close Harbour Bridge to Cars"
MAX_RATIO = 8.0


def feed_lines(n: int) -> str:
    """ "Read more" after every paragraph."""
    return "\n".join(x for _ in range(n // 2) for x in (LEAD.splitlines()[0], "Read more"))


def blank_run(n: int) -> str:
    """Blank lines between the body and a sentence."""
    return "Harbour Bridge Closes\n\nHe said so.\n" + "\n" * n + LEAD


def comment_threads(n: int) -> str:
    """Many blocks, each under a comments marker."""
    return "\n" * (n * 25) + "\n".join(
        x for _ in range(n // 2) for x in (LEAD.splitlines()[0], "Comments")
    )


def headlines_above(n: int) -> str:
    """Headline-like lines all the way up."""
    return "\n".join(f"{HEADLINE} Number {i}" for i in range(n)) + "\n\n" + LEAD


def copyright_lines(n: int) -> str:
    """Short lines above, copyright lines below."""
    notice = "© 2024 Harbour Gazette Limited, registered in England and Wales, all rights reserved"
    items = "\n".join(f"Item {i}" for i in range(n))
    return items + "\n\n" + LEAD + "\n" + "\n".join(f"{notice} {i}" for i in range(n * 3 // 2))


def unclosed_markdown(n: int) -> str:
    """Long lines of '[' and '**' that never close (n is a line's length in tokens)."""
    unclosed = ["[" * (4 * n), "**a " * n, "[a](" * n]
    return HEADLINE + "\n\n" + LEAD + "\n".join(unclosed)


def wrapped_run(n: int) -> str:
    """One paragraph hard-wrapped over n lines, on a page with a longer line. Each
    line used to be glued to a string that grew with every line (11.9 s of CPU for
    40,000 lines wrapped throughout, 0.5 s for 10,000)."""
    line = "the harbour bridge will stay open to buses and bicycles, and people"
    return HEADLINE + "\n\n" + LEAD + "\n" + "x " * 80 + "\n\n" + "\n".join([line] * n) + ".\n"


def wrapped_throughout(n: int) -> str:
    """A text wrapped at one width from top to bottom, n lines of one paragraph."""
    first = "The city council voted on Tuesday to close the harbour bridge to"
    line = "the harbour bridge will stay open to buses and bicycles, and people"
    return HEADLINE + "\n\n" + "\n".join([first] + [line] * n) + ".\n"


def capital_token(n: int) -> str:
    """A paragraph opening with one capitalised token of n letters: the author-box
    rule's name pattern once split it at every place (32,000 letters: 32 s)."""
    return HEADLINE + "\n\n" + LEAD + "\n" + "A" * n + "! " + LEAD.splitlines()[0] + "\n\n" + LEAD


def timed_entries(n: int) -> str:
    """n live-blog entries (a time, a headline, a short update) under the article."""
    entry = "10:40\nMayor says the vote on the bridge will go ahead\nThe crowd outside has grown, police say.\n"
    return HEADLINE + "\n\n" + LEAD + "\n" + entry * (n // 3)


def tagged_notes(n: int) -> str:
    """A tags line, blank lines and an article's note ("Update: ...") after every paragraph."""
    note = "Update: The council has since confirmed the date of the vote on the bridge."
    entry = (LEAD.splitlines()[0], "Tags: Harbour, Bridge", "", note)
    return HEADLINE + "\n\n" + "\n".join(x for _ in range(n // 4) for x in entry)


# Each shape and the n the tests read it at (then 4n here).
SHAPES: list[tuple[Callable[[int], str], int]] = [
    (feed_lines, 2_500),
    (blank_run, 25_000),
    (comment_threads, 1_000),
    (headlines_above, 2_500),
    (copyright_lines, 2_500),
    (unclosed_markdown, 25_000),
    (wrapped_run, 12_500),
    (wrapped_throughout, 12_500),
    (capital_token, 16_000),
    (timed_entries, 6_000),
    (tagged_notes, 2_500),
]


ARTICLE_HTML = (
    "<h1>" + HEADLINE + "</h1>" + "".join(f"<p>{p}</p>" for p in LEAD.split("\n\n") if p.strip())
)


def br_lines(n: int) -> str:
    """An article, then a block of n ``<br>``-separated "Published" lines."""
    return f"<html><body>{ARTICLE_HTML}<div>{'<br>Published' * n}</div></body></html>"


def published_labels(n: int) -> str:
    """An article, then n elements each a "Published" label with the date after it."""
    item = "<p><span>Published:</span> <b>3 March 2024</b></p>"
    return f"<html><body><article>{ARTICLE_HTML}</article><div>{item * n}</div></body></html>"


def bold_bylines(n: int) -> str:
    """An article, then a block of n bold "By …" names inside running text."""
    item = "<b>By Ann Lee</b> and more words here. "
    return f"<html><body><article>{ARTICLE_HTML}<div>{item * n}</div></article></body></html>"


def clock_stamps(n: int) -> str:
    """An article whose live-blog posts are n paragraphs each under a bare clock-time stamp."""
    post = "<p><time>16:52</time></p><p>The ferry left the harbour on time tonight.</p>"
    return f"<html><body><article>{ARTICLE_HTML}{post * n}</article></body></html>"


def layout_cells(n: int) -> str:
    """An article in a layout table's cell, beside n cells of links (and a table in each)."""
    side = "<td><table><tr><td><a href='/x'>Harbour news</a></td></tr></table></td>"
    row = f"<tr><td>{ARTICLE_HTML * 3}</td>{side * n}</tr>"
    return f"<html><body><table>{row}</table></body></html>"


def section_stories(n: int) -> str:
    """The named story in a <section>, then n stories appended in sections of their own."""
    story = (
        "<section class='s'><h2 class='t'>{}</h2><p class='author'>Ann Lee</p>"
        + "".join(f"<p>{p}</p>" for p in LEAD.split("\n\n") if p.strip()) * 2
        + "</section>"
    )
    later = "".join(story.format(f"Another story told here {i}") for i in range(n))
    return (
        f"<html><head><title>{HEADLINE}</title></head><body><div>"
        f"{story.format(HEADLINE)}{later}</div></body></html>"
    )


def headline_among_paragraphs(n: int) -> str:
    """The named story's headline among n paragraphs of its section, then n short
    sections headed alike, unsigned (the named story's head shape was once read per section)."""
    lead = "".join(f"<p>{p}</p>" for p in LEAD.split("\n\n") if p.strip())
    named = f"<section class='s'><h2 class='t'>{HEADLINE}</h2>{lead * n}</section>"
    later = "".join(
        f"<section class='s'><h2 class='t'>Another story told here {i}</h2>{lead}</section>"
        for i in range(n)
    )
    return (
        f"<html><head><title>{HEADLINE}</title></head><body><div>{named}{later}</div></body></html>"
    )


def cell_byline_lines(n: int) -> str:
    """An old CMS's cell: n ``<br>``-separated byline lines above the paragraphs (the
    lines at a cell's head are read and cut one by one)."""
    lines = "<i>By Ann Lee</i><br>" * n
    return f"<html><body><table><tr><td>{lines}{ARTICLE_HTML}</td></tr></table></body></html>"


def nested_quotes(n: int) -> str:
    """An article holding n blockquotes one inside the other, a link in each (an
    embedded social post is looked for in each outermost quote once)."""
    quotes = "<blockquote><p>Said here <a href='/q'>again</a>.</p>" * n + "</blockquote>" * n
    return f"<html><body><article>{ARTICLE_HTML}{quotes}</article></body></html>"


def nested_galleries(n: int) -> str:
    """An article inside n blocks named as galleries one inside the other (each holds
    most of the text, so none is a gallery and each is looked into once)."""
    opened = "<div class='gallery'><img src='/g.jpg' alt=''>" * n
    return f"<html><body><article>{opened}{ARTICLE_HTML}{'</div>' * n}</article></body></html>"


def about_labels(n: int) -> str:
    """An article, then n bold "About …" labels, each over a line that does not name
    the company (each looked at once, as a release's boilerplate)."""
    labels = "<p><b>About Acme</b></p><p>Short line.</p>" * n
    return f"<html><body><article>{ARTICLE_HTML}{labels}</article></body></html>"


def trailing_links(n: int) -> str:
    """An article ending on n paragraphs of links only (read from the last one up)."""
    links = "<p><a href='/print'>Print</a> | <a href='/mail'>E-mail</a></p>" * n
    return f"<html><body><article>{ARTICLE_HTML}{links}</article></body></html>"


HTML_SHAPES: list[tuple[Callable[[int], str], int]] = [
    (trailing_links, 2_000),
    (cell_byline_lines, 2_000),
    (nested_quotes, 200),
    (nested_galleries, 60),
    (about_labels, 1_000),
    (br_lines, 2_500),
    (layout_cells, 1_000),
    (section_stories, 300),
    (headline_among_paragraphs, 1_000),
    (clock_stamps, 1_500),
    (published_labels, 1_000),
    (bold_bylines, 2_000),
]


def median_seconds(read: Callable[[str], object], text: str, repeat: int) -> float:
    """The median time ``read`` takes over ``text`` in ``repeat`` runs."""
    from clipper.errors import NotAnArticle

    runs = []
    for _ in range(repeat):
        started = time.perf_counter()
        # Refusing is an answer too; the time to reach it is what counts.
        with contextlib.suppress(NotAnArticle):
            read(text)
        runs.append(time.perf_counter() - started)
    return statistics.median(runs)


def seconds_html(page: str, repeat: int) -> float:
    from clipper.extract import extract

    extract(br_lines(1))  # loads the language model and parsers first: not the shape's time
    return median_seconds(extract, page, repeat)


def seconds(dump: str, repeat: int) -> float:
    from clipper.textdump import parse_text_dump

    return median_seconds(parse_text_dump, dump, repeat)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="runs of each size (median)")
    args = parser.parse_args()
    print(f"{'shape':<20}{'n':>8}{'n s':>10}{'4n s':>10}{'ratio':>8}")
    worst = 0.0
    timed = [(make, n, seconds) for make, n in SHAPES]
    timed += [(make, n, seconds_html) for make, n in HTML_SHAPES]
    for make, n, time_it in timed:
        small, large = time_it(make(n), args.repeat), time_it(make(4 * n), args.repeat)
        ratio = large / small if small else float("inf")
        worst = max(worst, ratio)
        print(f"{make.__name__:<20}{n:>8,}{small:>10.3f}{large:>10.3f}{ratio:>7.1f}x")
    print(f"worst ratio {worst:.1f}x (linear about 4x; fails above {MAX_RATIO:g}x)")
    return 1 if worst > MAX_RATIO else 0


if __name__ == "__main__":
    raise SystemExit(main())
