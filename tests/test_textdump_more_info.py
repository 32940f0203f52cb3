"""A "More information" line closes the article only over a list of links: short
titles with no sentence mark or colon. Over fact lines ("Opening hours: ...") or
prose it is the article's own subheading and the article goes on under it. All
text is invented.
"""

from __future__ import annotations

from clipper.extract.text.dump import parse_text_dump
from tests.helpers import paragraphs, text_dump

HEADLINE = "Lighthouse Museum Opens a Second Hall"
STORY = paragraphs(5, "museum")
LINKS = (
    "Guide to the Coastal Walks",
    "Annual report of the lighthouse trust for the year before last PDF | 2 MB | not accessible",
    "Friends of the Lighthouse",
)


def test_more_information_over_link_titles_closes_the_article() -> None:
    for label in ("More information", "Weitere Informationen:", "Więcej informacji"):
        text = parse_text_dump(text_dump(HEADLINE, STORY, label, *LINKS)).text
        assert "Paragraph 4 about the museum" in text, label
        assert label not in text, label
        assert "Coastal Walks" not in text, label


def test_more_information_over_fact_lines_stays_in_the_article() -> None:
    facts = ("Opening hours: Tuesday to Sunday", "Admission: free for children")
    closing = paragraphs(1, "tours")
    text = parse_text_dump(text_dump(HEADLINE, STORY, "More information", *facts, closing)).text
    assert "More information" in text
    assert "Admission: free for children" in text
    assert "Paragraph 0 about the tours" in text


def test_more_information_over_prose_stays_in_the_article() -> None:
    closing = paragraphs(2, "visits")
    text = parse_text_dump(text_dump(HEADLINE, STORY, "Further information", *closing)).text
    assert "Further information" in text
    assert "Paragraph 1 about the visits" in text
