"""The plain-text page-dump stage: golden dumps, the seed page, and single rules."""

from __future__ import annotations

import pytest

from clipper.errors import NotAnArticle
from clipper.textdump import parse_text_dump
from conftest import SEEDS, needs_shared

SEED = SEEDS / "000_ef46999ce7b4fbc2.txt"


def test_seed_page_comes_out_clean() -> None:
    needs_shared(SEED)
    article = parse_text_dump(SEED.read_text(encoding="utf-8"))

    assert article.kind == "text"
    assert article.title == "Putin Looks to Play on U.S.-Japan Jitters"
    paragraphs = article.text.split("\n\n")
    assert paragraphs[0].startswith("MOSCOW—Russia’s diplomatic outreach")
    assert paragraphs[-1] == (
        "A dozen protesters were detained on Tuesday after demonstrating outside the Japanese "
        "Embassy in Moscow against the possibility of handing over the islands."
    )
    for chrome in (
        "Loading",
        "Search",
        "Category",
        ".jpg",
        "Kunashiri",
        "Photo:",
        "Comment",
        "Trackback",
    ):
        assert chrome not in article.text
    assert "\n:\n" not in f"\n{article.text}\n"
    assert article.section == "Event"
    assert "Event" in article.tags
    assert len(article.captions) == 1
    assert article.captions[0].startswith("Kunashiri island, part of the Kuril Islands")
    assert "Getty Images" in article.captions[0]
    assert "<figcaption>Kunashiri island" in article.html
    reasons = {s.text: s.reason for s in article.stripped}
    assert reasons["io3ssogw9xfcu8jebrv3_320_320-0997301a.jpg"] == "image file name"
    assert reasons["Category:Event"] == "metadata: category"
    assert reasons["Comment(s) Write comment"].startswith("after article end")


def test_empty_dump_is_not_an_article() -> None:
    with pytest.raises(NotAnArticle, match="empty"):
        parse_text_dump("  \n\u00a0\n\t\n")


def test_only_navigation_is_not_an_article() -> None:
    with pytest.raises(NotAnArticle, match="no paragraph of prose"):
        parse_text_dump("Home\nWorld\nBusiness\nSearch\nSign in\nHome | Archives | Profile | RSS\n")
