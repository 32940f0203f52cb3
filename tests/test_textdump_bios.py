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


# --- The byline's name over the box that closes the article --------------------


def test_the_bylines_name_over_a_closing_paragraph_heads_the_authors_box() -> None:
    # The box's paragraph opens neither with the name nor with "I'm": only the
    # byline above the article says the line under it is its author.
    for byline in (["By Mara Lind"], ["14 March 2025", "Mara Lind"]):
        dump = text_dump(
            "Night Trains Return to the Alpine Line",
            *byline,
            paragraphs(5, "train", words=60),
            "Mara Lind",
            "As travel editor I look after the blog's pieces on rail journeys and slow travel, "
            "and I answer your questions about tickets every Friday.",
            "Leave a comment",
        )
        article = parse_text_dump(dump)

        assert "train4word1" in article.text
        assert "As travel editor" not in article.text, byline


def test_a_last_section_under_another_name_or_a_signed_article_keeps_its_end() -> None:
    # A profile's last section is under a name the byline didn't give; a
    # column signed with its author's name has its notes under the signature.
    profile = text_dump(
        "Three Keepers of the Alpine Line",
        "By Mara Lind",
        paragraphs(5, "train", words=60),
        "Jonas Weber",
        "Signalman since 1998, he runs the last hand-worked box on the line and "
        "keeps a diary of every train that passed it.",
    )
    signed = text_dump(
        "Night Trains Return to the Alpine Line",
        "By Mara Lind",
        paragraphs(5, "train", words=60),
        "Mara Lind",
        "(1) The timetable for the winter season, published by the operator in October, "
        "lists four departures a week.",
    )

    assert "Signalman since 1998" in parse_text_dump(profile).text
    assert "The timetable for the winter season" in parse_text_dump(signed).text
