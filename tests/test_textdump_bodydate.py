"""A copied article dated only by a date line a little way into the body (the
body was found to begin at its deck or a rating above the date): that date is
the article's when no other line dates it, and the line stays in the text.

Every fixture is written for the test; none comes from a corpus page.
"""

from __future__ import annotations

from clipper.extract.text.dump import parse_text_dump
from helpers import text_dump

_BODY = [
    "The harbour board approved a plan on Monday to dredge the northern channel,"
    " which has silted up so badly that the larger ferries can no longer use it at low tide.",
    "Work is due to begin in the spring and should take about eleven weeks, the board said,"
    " with the channel closed to all traffic at night while the dredger is working.",
    "The cost, put at 4.2 million, will be shared between the board and the regional"
    " government, which has long argued that the ferry link is vital for the islands.",
]
_DECK = [
    "Ferries will keep to the southern channel while the work goes on at night, the board says.",
    "Rated 4.5 by 12 readers",
    "Harbour correspondent",
    "Date:",
]


def test_a_date_a_few_lines_into_the_body_dates_the_article() -> None:
    dump = text_dump(
        ["Home", "News", "Sport"], "Harbour channel to be dredged", *_DECK, "03.11.2025", *_BODY
    )
    article = parse_text_dump(dump)

    assert article.published is not None and article.published.startswith("2025-11-03")
    assert all(paragraph in article.text for paragraph in _BODY)


def test_a_date_line_above_the_body_still_wins() -> None:
    dump = text_dump(
        ["Home", "News", "Sport"],
        "Harbour channel to be dredged",
        "12 March 2026",
        *_DECK,
        "03.11.2025",
        *_BODY,
    )
    article = parse_text_dump(dump)

    assert article.published is not None and article.published.startswith("2026-03-12")
