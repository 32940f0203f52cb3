"""A lead-in on a line of its own under a copied article's last paragraph ("The
full report can be read here:") is the author's and stays with the article;
a label ("Share:") or a lead-in to the site's own lists ("More articles on this
topic:") does not. All text is invented.
"""

from __future__ import annotations

from clipper.extract.text.dump import parse_text_dump
from tests.helpers import paragraphs, text_dump

HEADLINE = "Harbour Council Publishes Its Flood Plan"
STORY = paragraphs(6, "harbour")


def clip(*tail: str | list[str]) -> str:
    return parse_text_dump(text_dump(HEADLINE, STORY, *tail)).text


def test_a_lead_in_of_its_own_under_the_last_paragraph_stays() -> None:
    for lead_in in (
        "The full flood plan can be read here:",
        "Den vollständigen Plan finden Sie hier:",
        "Further sources in English and Danish:",
    ):
        text = clip(lead_in, "Share on", "Home News Contact")
        assert "Paragraph 5 about the harbour" in text, lead_in
        assert lead_in in text, lead_in
        assert "Home News Contact" not in text, lead_in


def test_a_label_or_a_lead_in_to_the_sites_lists_stays_out() -> None:
    for lead_in in ("Share:", "More articles on this topic:", "Weitere Beiträge zum Thema:"):
        text = clip(lead_in, "Storm Season Starts Early in the North", "Pier Repairs Begin")
        assert "Paragraph 5 about the harbour" in text, lead_in
        assert lead_in not in text, lead_in
        assert "Pier Repairs Begin" not in text, lead_in
