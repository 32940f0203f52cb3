"""Galleries and link cards set in a copied article (issue #14's copies).

A slideshow copies as all of its slides, each caption opening with its counter
("2/12 ..."): the gallery's, not the article's (``slides.py``). A card for
another story copies its headline two or three times on one line, with a cut
excerpt under it (``cards.py``).

Every fixture is written for the test; none comes from a corpus page.
"""

from __future__ import annotations

from clipper.extract.text.cards import repeats_headline
from clipper.extract.text.dump import parse_text_dump
from helpers import text_dump

_ARTICLE = [
    "The harbour board approved a plan on Monday to dredge the northern channel,"
    " which has silted up so badly that the larger ferries can no longer use it at low tide.",
    "Work is due to begin in the spring and should take about eleven weeks, the board said,"
    " with the channel closed to all traffic at night while the dredger is working.",
    "The cost, put at 4.2 million, will be shared between the board and the regional"
    " government, which has long argued that the ferry link is vital for the islands.",
    "Ferry operators welcomed the decision but warned that timetables would change while the"
    " work goes on, and asked passengers to check crossing times before they travel.",
]

_SLIDES = [
    "1/4 Fishing boats tied up at the old quay",
    "The quay was built in 1910 and has been repaired twice since the great storm of 1953.",
    "Photo: Anna Berg",
    "2/4 The dredger that will clear the channel",
    "It can lift about 800 cubic metres of silt an hour from depths of up to twelve metres.",
    "Photo: Anna Berg",
    "3/4 A ferry waits for the tide",
    "At low water the larger ferries now have to wait outside the harbour for up to two hours.",
    "Photo: Anna Berg",
    "4/4 The harbour master's office",
    "The office will coordinate traffic while the channel is closed during the night.",
    "Photo: Anna Berg",
]


def test_a_slideshow_in_the_article_is_stripped_and_the_article_goes_on() -> None:
    dump = text_dump(
        ["Home", "News", "Sport"],
        "Harbour board backs plan to dredge the northern channel",
        *_ARTICLE[:2],
        "Harbour pictures",
        *_SLIDES,
        *_ARTICLE[2:],
        "© 2026 The Island Times",
    )
    article = parse_text_dump(dump)

    assert all(paragraph in article.text for paragraph in _ARTICLE)
    assert "dredger that will clear" not in article.text
    assert "cubic metres" not in article.text
    assert "office will coordinate" not in article.text


def test_fractions_and_dates_are_no_slideshow() -> None:
    ingredients = ["1/2 cup of flour sifted", "1/3 teaspoon of salt", "1/4 cup of milk"]
    dump = text_dump(
        "Harbour board backs plan to dredge the northern channel",
        *_ARTICLE[:2],
        *ingredients,
        *_ARTICLE[2:],
    )
    article = parse_text_dump(dump)

    assert all(paragraph in article.text for paragraph in _ARTICLE)
    assert all(line in article.text for line in ingredients)


def test_a_photo_story_keeps_its_captions() -> None:
    # All the page's prose is in its slides: they are the story.
    dump = text_dump("A day at the harbour", *_SLIDES)
    article = parse_text_dump(dump)

    assert "cubic metres of silt" in article.text


def test_a_headline_said_twice_is_a_card() -> None:
    assert repeats_headline("Why the ferry is late Why the ferry is late")
    assert repeats_headline("Tide tables for May Tide tables for May Tide tables for May")
    assert not repeats_headline("Why the ferry is late and why it matters")
    # A sentence said twice is an article's (a refrain, a test page), not a card.
    assert not repeats_headline("It was late. It was late.")
    assert not repeats_headline("Go go go go")
    assert not repeats_headline("22 Dec, 2026 22 Dec, 2026")


def test_a_link_card_in_the_article_is_stripped() -> None:
    card = "How the Tide Tables Are Made How the Tide Tables Are Made How the Tide Tables Are Made"
    excerpt = "Every spring the harbour office publishes a booklet of tides, and… Read more"
    dump = text_dump(
        ["Home", "News", "Sport"],
        "Harbour board backs plan to dredge the northern channel",
        *_ARTICLE[:2],
        card,
        excerpt,
        *_ARTICLE[2:],
    )
    article = parse_text_dump(dump)

    assert all(paragraph in article.text for paragraph in _ARTICLE)
    assert "Tide Tables Are Made" not in article.text
    assert "booklet of tides" not in article.text


def test_a_listicle_numbered_as_slides_keeps_its_items() -> None:
    # five items, each a heading and a paragraph: most of the article, and few
    items = [
        line
        for k in range(1, 6)
        for line in (
            f"{k}/5 Walk number {k} along the coast",
            f"Walk {k} follows the cliffs for about six miles, with a steep climb at the start"
            " and a cafe at the far end that opens every day in winter.",
        )
    ]
    dump = text_dump(["Home", "Travel"], "The five best winter walks", *_ARTICLE[:3], *items)
    text = parse_text_dump(dump).text
    assert "Walk 3 follows the cliffs" in text and _ARTICLE[0] in text
