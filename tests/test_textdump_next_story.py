"""A copy of a page that appends the next story below the article (infinite scroll),
each story headed by its headline over a date line alone or a byline alone: the
article under the first head is kept, though the next story is longer; an embedded
post's attribution is no story's head. Every fixture is written for the test."""

from __future__ import annotations

import pytest

from clipper.extract.text.dump import parse_text_dump
from helpers import text_dump

_FIRST = [
    "The council voted on Tuesday to close the old harbour bridge to all traffic until"
    " repairs are made, after engineers found corrosion in the main beams.",
    "Drivers will have to use the ring road, which adds about ten minutes to a trip into"
    " the centre at peak times, the council said in a statement.",
    "Repairs are expected to take at least eight months and will cost around four million"
    " pounds, most of it from the national roads fund.",
]
_NEXT = [
    f"The striker's move, paragraph {i}, was agreed on Sunday after weeks of talks, and"
    " the club's supporters packed the ground to see the record signing unveiled."
    for i in range(8)
]
_MENU = ["Home", "News", "Sport", "Business", "Opinion"]


@pytest.mark.parametrize(
    ("first_head", "next_head"),
    [
        (["2 March 2026"], ["1 March 2026"]),
        (["2 March 2026, 10:15"], ["1 March 2026, 09:00"]),
        (["By Ann Lee"], ["By Bob Ray"]),
        (["2 March 2026"], ["By Bob Ray", "1 March 2026"]),
    ],
)
def test_the_article_under_the_first_head_beats_a_longer_next_story(
    first_head: list[str], next_head: list[str]
) -> None:
    dump = text_dump(
        _MENU,
        "Harbour bridge to close for repairs",
        *first_head,
        *_FIRST,
        "Club signs record striker from rivals",
        *next_head,
        *_NEXT,
    )
    text = parse_text_dump(dump).text
    assert all(p in text for p in _FIRST)
    assert "record signing" not in text


def test_an_embedded_posts_attribution_heads_no_story() -> None:
    tweet = ["(3) If a library with that name exists - drink", "— Ann Lee (@annlee) March 1, 2026"]
    rest = [p.replace("striker", "library").replace("club", "library") for p in _NEXT[:4]]
    dump = text_dump(
        _MENU, "Harbour bridge to close for repairs", "By Ann Lee", *_FIRST, *tweet, *rest
    )
    text = parse_text_dump(dump).text
    assert all(p in text for p in _FIRST) and all(p in text for p in rest)


@pytest.mark.parametrize(
    ("between", "next_head"),
    [
        # a line announcing the next story, no byline under its headline
        (["Next article"], []),
        (["Nächster Artikel"], []),
        # a share bar between the next story's headline and its byline
        ([], ["Share", "Facebook", "X", "By Bob Ray", "1 March 2026"]),
    ],
)
def test_a_next_story_announced_or_with_its_share_bar_under_its_headline_goes(
    between: list[str], next_head: list[str]
) -> None:
    dump = text_dump(
        _MENU,
        "Harbour bridge to close for repairs",
        "By Ann Lee",
        "2 March 2026",
        *_FIRST,
        *between,
        "Club signs record striker from rivals",
        *next_head,
        *_NEXT,
    )
    text = parse_text_dump(dump).text
    assert all(p in text for p in _FIRST)
    assert "record signing" not in text and "Next article" not in text


def test_a_share_bar_under_the_articles_own_headline_keeps_its_byline() -> None:
    dump = text_dump(
        _MENU,
        "Harbour bridge to close for repairs",
        "Share",
        "Facebook",
        "By Ann Lee",
        "2 March 2026",
        *_FIRST,
    )
    article = parse_text_dump(dump)
    assert article.authors == ("Ann Lee",)
    assert all(p in article.text for p in _FIRST)
