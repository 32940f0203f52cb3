"""Text-dump rules for what a browser's copy runs together (issue #14).

Every fixture is written for the test; none comes from a corpus page.
"""

from __future__ import annotations

from clipper.extract.text.dates import find_date
from clipper.extract.text.dump import parse_text_dump
from helpers import paragraphs, text_dump

# --- Two <time> elements run together: published, then updated -----------------


def test_a_date_with_the_updated_date_glued_on_is_read() -> None:
    # A blog theme sets the post's date and its update in two <time> elements;
    # the copy runs them together.
    dump = text_dump(
        "Winter Crossings on the Old Ferry",
        "3. März 20245. März 2024 by Nora",
        paragraphs(4, "ferry", words=60),
    )
    article = parse_text_dump(dump)

    assert article.published is not None and article.published.startswith("2024-03-03")
    found = find_date("28 June 201914 January 2020")
    assert found is not None and (found.year, found.month, found.day) == (2019, 6, 28)


def test_a_year_run_into_a_number_that_starts_no_date_is_no_date() -> None:
    # "20161 Leute": a number, not a year with a date glued on.
    assert find_date("1. November 20161 Leute kamen") is None
    assert find_date("1. November 2016") is not None
