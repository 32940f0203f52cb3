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


# --- A time with its "Uhr" ---------------------------------------------------------


def test_a_date_row_with_a_time_and_its_uhr_is_the_articles_date() -> None:
    dump = text_dump(
        "Fähre fährt wieder über den Winter",
        "04.02.2022 | 13:10 Uhr | Redaktion",
        paragraphs(4, "faehre", words=60),
    )
    article = parse_text_dump(dump)

    assert article.published is not None and article.published.startswith("2022-02-04T13:10")


def test_a_sentence_giving_a_time_in_uhr_stays_in_the_body() -> None:
    dump = text_dump(
        "Fähre fährt wieder über den Winter",
        "Von Nora Pell",
        paragraphs(3, "faehre", words=60),
        "Die erste Fähre legt am Montag um 13:10 Uhr ab.",
        paragraphs(1, "hafen", words=60),
    )

    assert "um 13:10 Uhr ab." in parse_text_dump(dump).text
