"""A one-word comments label ("Kommentar") over paragraphs that follow one another
with nothing between them heads the article's own analysis, and the article goes
on under it; over comments, each under its commenter's name and date, it still
closes the article. All text is invented.
"""

from __future__ import annotations

from clipper.extract.text.dump import parse_text_dump
from tests.helpers import paragraphs, text_dump

HEADLINE = "Harbour Authority Cuts the Ferry Timetable"
STORY = paragraphs(4, "ferry")
ANALYSIS = paragraphs(3, "analysis")


def test_a_one_word_comments_label_over_plain_paragraphs_heads_a_section() -> None:
    for label in ("Kommentar", "Comment"):
        text = parse_text_dump(text_dump(HEADLINE, STORY, label, ANALYSIS)).text
        assert "Paragraph 3 about the ferry" in text, label
        assert "Paragraph 2 about the analysis" in text, label


def test_comments_under_their_names_and_dates_still_close_the_article() -> None:
    comments = []
    for k, name in enumerate(("Mira Olsen", "Tom Reyes", "Ana Lind")):
        comments += [name, f"{k + 3}. März 2024 um 10:1{k}", ANALYSIS[k]]
    text = parse_text_dump(text_dump(HEADLINE, STORY, "Kommentare", *comments)).text
    assert "Paragraph 3 about the ferry" in text
    assert "about the analysis" not in text
