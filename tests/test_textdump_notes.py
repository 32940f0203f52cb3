"""Text-dump rules for the article's own notes under its end (``notes.py``), and
a share row's comment button above the body (``comments.py``).

Every fixture is written for the test; none comes from a corpus page.
"""

from __future__ import annotations

import pytest

from clipper.extract.text.dump import parse_text_dump
from helpers import paragraphs, text_dump

# --- A signed column's postscript is no author box -----------------------------


@pytest.mark.parametrize(
    "note",
    [
        "P.S. Many of you asked where the night train stops in winter: every station "
        "north of the pass, on request.",
        "PS: The sleeper fares quoted above are for a shared cabin; a single costs a third more.",
        "Correction, 4 March 2025: An earlier version of this column gave the wrong "
        "departure time for the Sunday train.",
        "Editor's note: This column was written before the operator announced its new timetable.",
        "Nachtrag: Die Bahn hat den Fahrplan inzwischen um eine Verbindung am Sonntag ergänzt.",
        "Anm. d. Red.: Die Preise gelten für ein Abteil mit sechs Liegen, ein Einzelabteil "
        "kostet mehr.",
        "N.d.R. Le tariffe indicate valgono per una cuccetta in cabina condivisa.",
        "Rectificatif : une version précédente de cette chronique donnait un mauvais horaire.",
        "Fe de errores: una versión anterior de esta columna daba un horario equivocado.",
    ],
)
def test_a_signed_columns_postscript_or_correction_stays_under_the_signature(note: str) -> None:
    dump = text_dump(
        "Night Trains Return to the Alpine Line",
        "By Mara Lind",
        paragraphs(5, "train", words=60),
        "Mara Lind",
        note,
        "© 2025 Alpine Weekly",
    )
    article = parse_text_dump(dump)

    assert "train4word1" in article.text
    assert note in article.text


def test_the_bylines_name_over_a_bio_still_heads_the_authors_box() -> None:
    # The rule the notes leave alone: a paragraph about the author under the
    # name, even one that speaks of updates and corrections further in.
    dump = text_dump(
        "Night Trains Return to the Alpine Line",
        "By Mara Lind",
        paragraphs(5, "train", words=60),
        "Mara Lind",
        "As travel editor I look after the blog's pieces on rail journeys, and I post "
        "updates and corrections to timetables every Friday.",
        "Leave a comment",
    )
    article = parse_text_dump(dump)

    assert "train4word1" in article.text
    assert "As travel editor" not in article.text


# --- A correction under the tags is the article's ------------------------------


def test_a_correction_under_the_tags_line_stays_in_the_article() -> None:
    for note in (
        "Correction, 3 March 2025: An earlier version of this article said the ferry "
        "left at seven. It leaves at six.",
        "Update: The harbour office has since confirmed the winter timetable.",
        "Berichtigung: In einer früheren Fassung stand, die Fähre fahre ab sieben Uhr.",
    ):
        dump = text_dump(
            "Harbour Ferry Returns After Two Winters",
            "By Nora Pell",
            paragraphs(5, "ferry", words=60),
            "Tags: Ferry, Harbour, Islands",
            note,
            "Most read",
            "Island schools ask for a later crossing",
        )
        article = parse_text_dump(dump)

        assert "ferry4word1" in article.text
        assert note in article.text


def test_a_tags_line_still_ends_the_article_over_a_paragraph_about_updates() -> None:
    # Words that merely begin like a note ("Updates from ...") are the site's pitch.
    dump = text_dump(
        "Harbour Ferry Returns After Two Winters",
        "By Nora Pell",
        paragraphs(5, "ferry", words=60),
        "Tags: Ferry, Harbour, Islands",
        "Updates from the islands arrive in your inbox every Friday when you sign up "
        "to the blog, written on the kitchen table.",
        "A reader wrote back to say the old timetable was better and the coffee on board worse.",
    )
    article = parse_text_dump(dump)

    assert "ferry4word1" in article.text
    assert "written on the kitchen table" not in article.text


# --- A share row's comment button under the standfirst --------------------------


@pytest.mark.parametrize(
    ("share", "button"),
    [
        ("Bagikan", "Komentar"),
        ("Share", "Comments"),
        ("Teilen", "Kommentare"),
        ("Podijeli", "Komentari"),
    ],
)
def test_a_share_rows_comment_button_does_not_cut_the_standfirst(share: str, button: str) -> None:
    standfirst = "The city adds forty electric buses to its outer routes from next month."
    dump = text_dump(
        "News",
        "City",
        "Sport",
        "City adds forty electric buses for its outskirts",
        standfirst,
        "By Dewi Lestari · 2 December 2026",
        share,
        button,
        paragraphs(5, "bus", words=40),
        "© 2026 City Courier",
    )
    article = parse_text_dump(dump)

    assert "bus4word1" in article.text
    assert standfirst in article.text, button
    assert button not in article.text.splitlines()


def test_a_share_rows_comment_heading_under_the_article_still_starts_the_thread() -> None:
    dump = text_dump(
        "City adds forty electric buses for its outskirts",
        "By Dewi Lestari · 2 December 2026",
        paragraphs(5, "bus", words=60),
        "Bagikan",
        "Komentar",
        "Budi, 2 December 2026",
        "Finally some buses in our part of town, although the old stops still have no "
        "roof and the schedule is never kept.",
        "Sari, 2 December 2026",
        "Forty buses is not much for six routes, we will see how often they really come by.",
    )
    article = parse_text_dump(dump)

    assert "bus4word1" in article.text
    assert "Finally some buses" not in article.text
