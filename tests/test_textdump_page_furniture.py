"""Furniture news pages set in and around the article, as a browser copies it: a live
blog's "6m agoBy Jane Roe" stamps, its "Key events" box and "Show 2 new posts" button;
a paywall's "Lesen Sie jetzt weiter mit LB+" and its "LB+" badge; a tabloid's
"WATCH ..." video links and "READ MORE ON ..." box, its plea for readers' stories; an
embed's placeholder while its cookies are refused.

Every fixture is written for the test; none comes from a corpus page.
"""

from __future__ import annotations

import pytest
from test_textdump_stamps import _MORE, _POSTS  # the same live blog's posts

from clipper.extract.text.dump import parse_text_dump
from clipper.extract.text.lines import HARD_MARKER, SOFT_MARKER, classify
from helpers import paragraphs, text_dump

MENU = ["News", "Weather", "Sport", "Business"]


# --- A live blog -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "stamps",
    [
        ["6m agoBy Liam Tran", "24m agoBy Liam Tran", "41m agoBy Liam Tran", "1h agoBy Liam Tran"],
        ["5 mins ago", "20 mins ago", "1h ago", "2h ago"],
        ["vor 5 Min.", "vor 20 Min.", "vor 40 Min.", "vor 55 Min."],
    ],
)
def test_a_live_blogs_relative_stamps_are_chrome(stamps: list[str]) -> None:
    parts: list[str | list[str]] = [MENU, "Storm live: ferries resume as the wind drops"]
    for stamp, (heading, post) in zip(stamps, _POSTS, strict=True):
        parts += [stamp, heading, post, _MORE, "Share this postCopy link"]
    article = parse_text_dump(text_dump(*parts, ["About us", "Contact"]))

    assert all(post in article.text for _, post in _POSTS)
    assert all(stamp not in article.text for stamp in stamps)


def test_a_live_blogs_key_events_box_and_new_posts_button_are_chrome() -> None:
    intro = (
        "Firefighters are battling more than forty blazes across the state as temperatures"
        " climb above forty degrees. Follow our live coverage for the latest."
    )
    events = [heading for heading, _ in _POSTS[:3]]
    parts: list[str | list[str]] = [
        MENU,
        "Bushfires live: crews battle blazes across the state",
        intro,
        ["Key events", *events, "Show 2 new posts"],
    ]
    for stamp, (heading, post) in zip(["14:05", "13:40", "13:10", "12:55"], _POSTS, strict=True):
        parts += [stamp, heading, post, _MORE]
    parts.append("Load more posts")
    article = parse_text_dump(text_dump(*parts, ["About us", "Contact"]))

    assert intro in article.text and all(post in article.text for _, post in _POSTS)
    for chrome in ("Key events", "Show 2 new posts", "Load more posts"):
        assert chrome not in article.text
    assert article.text.count("Ferry services resume") == 1  # the post's heading, not the box's


def test_a_key_points_box_is_the_articles_summary() -> None:
    assert classify("Key events").kind == SOFT_MARKER
    assert classify("Key points").kind != SOFT_MARKER


# --- A paywall -------------------------------------------------------------------------


def test_a_paywall_and_its_badge_are_no_part_of_the_article() -> None:
    lead = paragraphs(2, "teaser")
    dump = text_dump(
        MENU,
        "Aus dem Kaufhaus wird eine Markthalle",
        "Von Stefanie Haug",
        "Foto: dpa",
        "LB+",
        lead,
        "Lesen Sie jetzt weiter mit LB+",
        "Alle Artikel, die App und das ePaper – 1 Monat für 0,99 €. Jederzeit kündbar.",
        "Jetzt testen",
    )
    article = parse_text_dump(dump)

    assert all(paragraph in article.text for paragraph in lead)
    assert "LB+" not in article.text and "0,99" not in article.text


@pytest.mark.parametrize("line", ["C++", "A+", "Plus"])
def test_a_plus_that_is_no_papers_badge_stays(line: str) -> None:
    assert classify(line).reason != "chrome: premium badge"


def test_lesen_sie_weiter_mit_is_a_paywall() -> None:
    read = classify("Lesen Sie jetzt weiter mit SZ Plus")
    assert (read.kind, read.reason) == (HARD_MARKER, "paywall")


# --- A tabloid's links and pleas -------------------------------------------------------


def test_video_links_and_a_read_more_box_inside_the_article_are_stripped() -> None:
    dump = text_dump(
        MENU,
        "Pensioner finds lottery ticket in garden shed",
        "By Kerry Blake",
        paragraphs(2, "lead"),
        "READ MORE ON LOTTERY",
        ["CASH SPLASH Mum who won on scratchcard reveals what she bought first"],
        paragraphs(2, "middle"),
        "WATCH Moment lottery winner tells wife they are millionaires",
        paragraphs(2, "end"),
        "We pay for your stories! Do you have a story for the news team? Email us at tips@example.org.",
        ["About us", "Contact"],
    )
    article = parse_text_dump(dump)

    assert "lead0word1" in article.text and "end1word1" in article.text
    assert "middle1word1" in article.text
    for chrome in ("READ MORE", "CASH SPLASH", "WATCH Moment", "We pay for your stories"):
        assert chrome not in article.text


def test_a_gallery_pages_own_headline_stays_its_title() -> None:
    dump = text_dump(
        MENU,
        "IN PICTURES: Minstrels bring colour to the old quarter",
        "By Lindiwe Dube",
        paragraphs(3, "story"),
    )
    assert parse_text_dump(dump).title == "IN PICTURES: Minstrels bring colour to the old quarter"


# --- An embed refused its cookies ------------------------------------------------------


@pytest.mark.parametrize(
    "notice",
    [
        "Ce contenu est bloqué car vous n'avez pas accepté les cookies et autres traceurs. Gérer mes choix",
        "This content is blocked because you have not accepted cookies. Manage my choices",
    ],
)
def test_an_embeds_cookie_placeholder_is_chrome(notice: str) -> None:
    assert classify(notice).reason == "chrome: cookie notice"
