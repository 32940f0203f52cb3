"""The plain-text page-dump stage: golden dumps, the seed page, and single rules.

Golden files live in ``tests/fixtures/dumps/``: ``NAME.txt`` is a dump as a
browser copy or a text-only saver leaves it, ``NAME.expected.json`` says what
must come out. Only the keys present in the JSON are checked.
"""

from __future__ import annotations

import html
import json
from pathlib import Path
from typing import Any

import pytest

from clipper.errors import NotAnArticle
from clipper.models import Article
from clipper.textdump import parse_text_dump
from conftest import FIXTURES, SEEDS, needs_shared

SEED = SEEDS / "000_ef46999ce7b4fbc2.txt"
DUMPS = FIXTURES / "dumps"
GOLDEN = sorted(DUMPS.glob("*.txt"))


def parse_file(path: Path) -> Article:
    return parse_text_dump(path.read_text(encoding="utf-8"))


def paragraphs(article: Article) -> list[str]:
    return article.text.split("\n\n")


# --- The seed page -----------------------------------------------------------------


def test_seed_page_comes_out_clean() -> None:
    needs_shared(SEED)
    article = parse_file(SEED)

    assert article.kind == "text"
    assert article.title == "Putin Looks to Play on U.S.-Japan Jitters"
    assert paragraphs(article)[0].startswith("MOSCOW—Russia’s diplomatic outreach")
    assert paragraphs(article)[-1] == (
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
    assert ":" not in paragraphs(article)
    assert article.section == "Event"
    assert "Event" in article.tags
    assert len(article.captions) == 1
    assert article.captions[0].startswith("Kunashiri island, part of the Kuril Islands")
    assert article.captions[0].endswith("Photo: kazuhiro nogi/Agence France-Presse/Getty Images")
    assert f"<figcaption>{article.captions[0]}</figcaption>" in article.html
    assert article.lang == "en"


def test_seed_page_reports_every_removed_line() -> None:
    needs_shared(SEED)
    article = parse_file(SEED)

    reasons = {s.text: s.reason for s in article.stripped}
    assert reasons == {
        "Loading": "chrome: loading indicator",
        "Search": "chrome: search box",
        ":": "chrome: stray punctuation",
        "Putin Looks to Play on U.S.-Japan Jitters": "title",
        "Category:Event": "metadata: category",
        "io3ssogw9xfcu8jebrv3_320_320-0997301a.jpg": "image file name",
        "Kunashiri island, part of the Kuril Islands under Russian control, as seen from Hokkaido, Japan.": "caption",
        "Photo: kazuhiro nogi/Agence France-Presse/Getty Images": "photo credit",
        "Comment(s) Write comment": "after article end: comments",
        "Trackback (You need to login.)": "after article end: trackback",
    }


def test_seed_page_keeps_single_newline_paragraphs_apart() -> None:
    needs_shared(SEED)
    text = parse_file(SEED).text

    assert "complaints over trade.\n\nWashington is in the process" in text


# --- Golden dumps ---------------------------------------------------------------------


@pytest.mark.parametrize("path", GOLDEN, ids=[p.stem for p in GOLDEN])
def test_golden_dump(path: Path) -> None:
    expected: dict[str, Any] = json.loads(path.with_suffix(".expected.json").read_text("utf-8"))
    article = parse_file(path)

    assert article.kind == "text"
    for field in ("title", "byline", "published", "section", "lang", "excerpt", "site_name"):
        if field in expected:
            assert getattr(article, field) == expected[field], field
    for field in ("authors", "tags", "captions"):
        if field in expected:
            assert list(getattr(article, field)) == expected[field], field
    assert paragraphs(article)[0] == expected["first_paragraph"]
    assert paragraphs(article)[-1] == expected["last_paragraph"]
    for heading in expected.get("headings", []):
        assert f"<h2>{heading}</h2>" in article.html
    if "list_items" in expected:
        items = "".join(f"<li>{html.escape(item)}</li>" for item in expected["list_items"])
        assert f"<ul>{items}</ul>" in article.html
    for line in expected["absent"]:
        assert line not in article.text, line
    for caption in article.captions:
        assert caption not in article.text


def test_golden_fixtures_all_have_expectations() -> None:
    assert len(GOLDEN) >= 6
    for path in GOLDEN:
        assert path.with_suffix(".expected.json").exists(), path.name


@pytest.mark.parametrize("path", GOLDEN, ids=[p.stem for p in GOLDEN])
def test_every_input_line_is_kept_or_reported(path: Path) -> None:
    """Nothing disappears silently: each line is in the body, a caption, or ``stripped``."""
    article = parse_file(path)
    accounted = f"{article.text}\n{' '.join(article.captions)}"
    reported = {s.text for s in article.stripped}
    for raw in path.read_text("utf-8").splitlines():
        line = " ".join(raw.replace("\u3000", " ").split()).lstrip("•- ").strip()
        if line:
            assert line in reported or line in accounted, line


# --- Not an article ---------------------------------------------------------------------


def test_empty_dump_is_not_an_article() -> None:
    with pytest.raises(NotAnArticle, match="empty"):
        parse_text_dump("  \n\u00a0\n\t\n")


def test_only_navigation_is_not_an_article() -> None:
    with pytest.raises(NotAnArticle, match="no paragraph of prose"):
        parse_text_dump("Home\nWorld\nBusiness\nSearch\nSign in\nHome | Archives | Profile | RSS\n")


def test_headlines_without_prose_are_not_an_article() -> None:
    dump = "Most Popular\nStocks Slide as Bond Yields Climb\nThe Best Ramen Shops in Sapporo\n"
    with pytest.raises(NotAnArticle) as caught:
        parse_text_dump(dump)
    assert "Copy the whole article" in caught.value.message
