"""A row holding a date and a few words beside it ("Redazione · 12 marzo 2026") is the
article's metadata in any language, not a navigation row (issue #14).

Every fixture is written for the test; none comes from a corpus page.
"""

from __future__ import annotations

from clipper.extract.text.dump import parse_text_dump
from clipper.extract.text.lines import META, classify
from helpers import paragraphs, text_dump


def test_a_desks_name_or_an_update_note_beside_a_date_is_metadata() -> None:
    for row, day in (
        ("Redazione · 12 marzo 2026", (2026, 3, 12)),
        ("Redaktion · 3. März 2026", (2026, 3, 3)),
        ("14 de marzo de 2026 · Actualizado hace 2 horas", (2026, 3, 14)),
    ):
        line = classify(row)
        assert line.kind == META, row
        assert line.meta is not None and line.meta.published is not None
        published = line.meta.published
        assert (published.year, published.month, published.day) == day


def test_menus_file_links_and_references_with_a_date_stay_what_they_were() -> None:
    assert classify("Home | Notizie | Contatti").kind != META  # no date: a menu
    # a file's link: a date in its name, two more parts (its size, a note)
    assert classify("Jahresbericht 12.03.2026 PDF | 62 KB | nicht barrierefrei").kind != META
    assert classify("26 abril 2022 | 11").kind != META  # a teaser's date and comment count
    # a reference ends a sentence
    assert classify('^ "openbus · GitHub". github.com. Retrieved 2014-04-05.').kind != META


def test_the_articles_date_row_gives_its_date_and_heads_its_body() -> None:
    for desk, row, iso in (
        ("Redazione", "Redazione · 12 marzo 2026", "2026-03-12"),
        ("Redaktion", "Redaktion · 3. März 2026", "2026-03-03"),
    ):
        dump = text_dump(
            ["Home", "Cronaca", "Sport"],
            "Il nuovo ponte sul fiume apre a fine mese",
            row,
            paragraphs(4, "ponte"),
        )
        article = parse_text_dump(dump)
        assert article.published is not None and article.published.startswith(iso)
        assert desk not in article.text
        assert article.title == "Il nuovo ponte sul fiume apre a fine mese"


def test_comment_headers_of_a_name_and_a_date_are_still_a_list() -> None:
    # Several rows of one word and a date under the article: comments, not its byline.
    comments = [
        [f"{name} · April {day}, 2026", f"Comment by {name}: I agree with the plan, {day} times."]
        for name, day in (("Tobsen", 19), ("Markus", 21), ("Beat", 22))
    ]
    dump = text_dump(
        "Harbour Bridge Will Close to Cars Next Spring",
        "By Ann Lee",
        "April 18, 2026",
        paragraphs(5, "bridge"),
        "Comments",
        *comments,
    )
    article = parse_text_dump(dump)
    assert article.published is not None and article.published.startswith("2026-04-18")
    assert "Tobsen" not in article.text and "Markus" not in article.text


# --- A bare name closing a date row ------------------------------------------------


def test_a_bare_name_closing_a_date_row_is_the_byline() -> None:
    dump = text_dump(
        "Fähre fährt wieder über den Winter",
        "04.02.2022 | 13:10 Uhr | Uta Berg",
        paragraphs(4, "faehre", words=60),
    )
    article = parse_text_dump(dump)

    assert article.authors == ("Uta Berg",)


def test_a_section_closing_a_date_row_or_a_name_in_a_menu_is_no_byline() -> None:
    section = text_dump(
        "Fähre fährt wieder über den Winter",
        "04.02.2022 | Politik",
        paragraphs(4, "faehre", words=60),
    )
    menu = classify("Home | About | Uta Berg")

    assert parse_text_dump(section).authors == ()
    assert menu.kind != META
