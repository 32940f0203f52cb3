"""Rules of the text-dump stage for browser copies of news pages (issue #14), each on a small dump.

Every fixture is written for the test; none comes from a corpus page.
"""

from __future__ import annotations

from clipper.extract.text.dump import parse_text_dump
from clipper.extract.text.lines import classify
from helpers import paragraphs, text_dump

# --- The story under the page's first head, with a dated menu above it ------------------


def test_a_row_of_tab_separated_cells_is_no_headline() -> None:
    # A menu or table row as a browser copies it: its cells set apart by tabs.
    assert not classify("Weekly issue\tGardening\tRecipes\tContact the Desk").headline_like
    assert classify("Gardening Club Opens a Second Allotment").headline_like
    assert classify("Gardening Club\tOpens a Second Allotment").headline_like  # two cells: a label


def test_the_first_story_wins_under_a_dated_kicker_and_a_box_of_bare_titles() -> None:
    # A weekly issue page: a "Recent issues" box (dates and bare titles), a menu
    # row, the dated kicker over the first story's head, then two longer
    # stories each under a head of their own. The first is the page's article.
    dump = text_dump(
        ["Sign in", "Front", "Gardening", "Recipes"],
        "Recent Issues",
        ["Garden Weekly for May 4, 2024", "Slug season", "Garden Weekly for April 27, 2024"],
        ["Raised beds for small yards", "Notes from the seed swap"],
        "Weekly issue\tGardening\tRecipes\tContact the Desk",
        "Garden Weekly for April 20, 2024",
        "The Allotment Committee Splits Over Water Rights",
        "By Ida Marsh",
        "April 19, 2024",
        paragraphs(4, "allotment"),
        "Comments (3 posted)",
        "Composting at Scale With Municipal Green Waste",
        "By Ida Marsh",
        "April 19, 2024",
        paragraphs(7, "compost"),
    )
    article = parse_text_dump(dump)

    assert article.title == "The Allotment Committee Splits Over Water Rights"
    assert "allotment0word1" in article.text and "allotment3word1" in article.text
    assert "compost" not in article.text


def test_a_box_of_teasers_with_bylines_and_dates_inside_an_article_does_not_split_it() -> None:
    # "By" lines and dates under each teaser: the article goes on below the box.
    dump = text_dump(
        "Ferry Timetable Changes for the Winter Months",
        "By Rosa Lind",
        "October 2, 2024",
        paragraphs(3, "ferry"),
        "Related",
        ["New Pier Opens to Foot Passengers", "By Tom Aske", "September 9, 2024"],
        ["Harbour Dredging Delayed Again", "By Rosa Lind", "August 30, 2024"],
        paragraphs(5, "winter"),
    )
    article = parse_text_dump(dump)

    assert article.title == "Ferry Timetable Changes for the Winter Months"
    assert "ferry0word1" in article.text and "winter4word1" in article.text


def test_an_embedded_post_under_a_list_of_questions_does_not_end_the_article() -> None:
    # A social post's caption and "shared by ... on date" line under a list
    # of questions inside the article: no new article's head.
    dump = text_dump(
        "How to Find Your Own Morning Routine",
        "By Jana Holm",
        "March 1, 2024",
        paragraphs(3, "routine"),
        ["What do you enjoy first?", "What wakes you up best?", "What must be done early?"],
        [
            "Morning light over the fjord today #sunrise #calm",
            "A post shared by Nordlys (@nordlys) on Feb 2, 2024",
        ],
        paragraphs(3, "habit"),
    )
    article = parse_text_dump(dump)

    assert "routine0word1" in article.text and "habit2word1" in article.text


# --- A document's numbered sections go on past code examples ---------------------------


def _wire_example(n: int) -> list[str]:
    """A request and its answer as a protocol document lists them: header lines, no prose."""
    headers = ["Host", "Accept", "Origin", "Referer", "Content-Type", "Content-Length"]
    request = [f"{name}: value-{n}-{k}" for k, name in enumerate(headers)]
    return [f"PUT /notes/{n} HTTP/1.1", *request, "HTTP/1.1 200 OK", *request[:4]]


def test_the_section_numbered_on_past_code_examples_joins_the_article() -> None:
    # "4. Examples" holds request listings with a sentence or two between them;
    # "5. Security" below goes on with the document's prose.
    dump = text_dump(
        "A Small Protocol for Storing Notes",
        paragraphs(6, "intro", words=60),
        "4. Examples",
        "The following exchanges are examples only, not part of the protocol.",
        "4.1. Storing an item",
        _wire_example(1),
        "After a store the client may wish to confirm the item, which it does like this, with a plain request.",
        "4.2. Reading an item",
        _wire_example(2),
        "A missing item gives a plain not-found answer from the server, with no body at all in the response.",
        "4.3. Deleting an item",
        _wire_example(3),
        "5. Security Considerations",
        paragraphs(3, "security", words=60),
    )
    article = parse_text_dump(dump)

    assert "intro5word1" in article.text
    assert "security0word1" in article.text and "security2word1" in article.text


def test_a_block_under_a_heading_that_does_not_number_on_is_not_joined() -> None:
    # The same shape, but the prose below is a list of other articles' blurbs
    # under headings of their own numbering: the article ends at its examples.
    dump = text_dump(
        "A Small Protocol for Storing Notes",
        paragraphs(6, "intro", words=60),
        "4. Examples",
        "The following exchanges are examples only, not part of the protocol.",
        _wire_example(1),
        "After a store the client may wish to confirm the item, which it does like this, with a plain request.",
        _wire_example(2),
        "A missing item gives a plain not-found answer from the server, with no body at all in the response.",
        _wire_example(3),
        "1. Other Drafts From This Author",
        paragraphs(3, "elsewhere", words=60),
    )
    article = parse_text_dump(dump)

    assert "intro5word1" in article.text
    assert "elsewhere" not in article.text


# --- A box of links inside the article, the article going on under it ------------------


def test_the_article_goes_on_under_a_box_of_links_inside_it() -> None:
    dump = text_dump(
        ["Menu", "News", "Local"],
        "Library Hours Cut at Four Branches From April",
        "By Noor Haddad",
        "3 March 2026",
        paragraphs(8, "library"),
        "More on this story",
        ["Council budget gap widens to two million", "Volunteers offer to staff reading rooms"],
        paragraphs(2, "closing"),
        "Most read",
        ["1 Ferry fares to rise", "2 Market square to close"],
    )
    article = parse_text_dump(dump)

    assert "library7word1" in article.text
    assert "closing0word1" in article.text and "closing1word1" in article.text
    assert "Ferry fares" not in article.text


def test_teasers_under_a_soft_marker_at_the_article_end_stay_out() -> None:
    # Each blurb under its own headline: a list of other stories, not the article going on.
    dump = text_dump(
        "Library Hours Cut at Four Branches From April",
        "By Noor Haddad",
        "3 March 2026",
        paragraphs(6, "library"),
        "Read more",
        "Council Budget Gap Widens to Two Million",
        paragraphs(1, "budget", words=30),
        "Volunteers Offer to Staff the Reading Rooms",
        paragraphs(1, "volunteer", words=30),
    )
    article = parse_text_dump(dump)

    assert "library5word1" in article.text
    assert "budget" not in article.text and "volunteer" not in article.text
