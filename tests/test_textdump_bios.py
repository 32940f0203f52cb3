"""An author's bio closing a copied article, in any language (issue #14): a short
paragraph opening with the byline's full name under a heading of a few words.

Every fixture is written for the test; none comes from a corpus page.
"""

from __future__ import annotations

from clipper.extract.text.dump import parse_text_dump
from helpers import paragraphs, text_dump


def _column(author: str, heading: str, bio: str) -> str:
    return text_dump(
        ["Home", "Columns", "Contact"],
        "De laatste bakker van de wijk sluit zijn deur",
        f"By {author}",
        "6 March 2026",
        paragraphs(5, "bakker"),
        heading,
        bio,
    )


def test_a_bio_under_a_short_heading_goes_with_its_heading_in_any_language() -> None:
    for author, heading, bio in (
        (
            "Marieke Hoogland",
            "Over de auteur",
            "Marieke Hoogland schrijft elke week over het leven in de wijk. Eerder verscheen"
            " haar bundel Straatwerk.",
        ),
        (
            "Giulia Ferrante",
            "L'autrice",
            "Giulia Ferrante insegna pianificazione dei trasporti a Genova ed è autrice di"
            " saggi sulla mobilità nelle aree interne.",
        ),
    ):
        article = parse_text_dump(_column(author, heading, bio))
        assert article.authors == (author,)
        assert "bakker4word1" in article.text
        assert bio[:20] not in article.text and heading not in article.text


def test_a_last_section_on_someone_else_or_without_the_full_name_stays() -> None:
    for heading, last in (
        ("Anna Berg", "Anna Berg runs the ferry kiosk and has seen the queues grow every summer."),
        ("Hoogland", "Hoogland, the baker's old street, will lose its last shop in May."),
    ):
        article = parse_text_dump(_column("Marieke Hoogland", heading, last))
        assert last in article.text
