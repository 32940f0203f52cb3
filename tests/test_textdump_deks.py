"""A dek right over a copied article's body: two headline-like lines stacked over
the first paragraph, the lower one longer, is headline and dek, and the dek opens
the article's text. A dek with a byline under it, a single headline, or a lower
line shorter than the one above it is left as it was. All text is invented.
"""

from __future__ import annotations

from clipper.extract.text.dump import parse_text_dump
from tests.helpers import paragraphs, text_dump

STORY = paragraphs(5, "ferry")
HEADLINE = "Ferry Port Turns Two Hundred"
DEK = "From a fishing hamlet with one jetty to the busiest crossing on the coast"


def test_a_longer_line_under_the_headline_right_over_the_body_is_its_dek() -> None:
    article = parse_text_dump(text_dump("Home News Port", HEADLINE, "12.03.2024", DEK, STORY))
    assert article.title == HEADLINE
    assert article.text.startswith(DEK)
    assert "Paragraph 4 about the ferry" in article.text


def test_a_dek_with_a_byline_under_it_stays_out_of_the_text() -> None:
    article = parse_text_dump(text_dump(HEADLINE, DEK, "By Mira Olsen", STORY))
    assert article.title == HEADLINE
    assert DEK not in article.text


def test_a_headline_under_a_longer_line_or_alone_is_not_a_dek() -> None:
    for head in ([HEADLINE], [DEK, HEADLINE]):
        article = parse_text_dump(text_dump("Home News Port", *head, STORY))
        assert article.text.startswith("Paragraph 0 about the ferry"), head
