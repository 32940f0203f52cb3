"""The plain-text page-dump stage: golden dumps, the seed page, and single rules.

Golden files live in ``tests/fixtures/dumps/``: ``NAME.txt`` is a dump as a
browser copy or a text-only saver leaves it, ``NAME.expected.json`` says what
must come out. Only the keys present in the JSON are checked.
"""

from __future__ import annotations

import html
import json
import sys
from pathlib import Path
from typing import Any

import pytest

from clipper.errors import NotAnArticle
from clipper.extract.text.dump import parse_text_dump
from clipper.models import Article
from helpers import FIXTURES, ROOT, SEEDS, needs_shared

sys.path.insert(0, str(ROOT / "bench"))
import scaling

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
        assert f"<h2>{html.escape(heading)}</h2>" in article.html
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


# --- Single rules, through the public function ---------------------------------------

BODY = (
    "The council voted on Monday to keep the old harbour bridge open to cyclists for another year.\n"
    "Engineers had warned that the deck needs repairs, but said it remains safe for light traffic.\n"
    "A decision on a replacement is expected in the spring, the council said in a statement.\n"
)


def clip(*head: str, tail: str = "") -> Article:
    """A dump with ``head`` lines above a three-paragraph body and ``tail`` below."""
    return parse_text_dump("\n".join([*head, BODY, tail]))


def reason_for(article: Article, line: str) -> str:
    return next(s.reason for s in article.stripped if s.text == line)


@pytest.mark.parametrize(
    ("line", "published"),
    [
        ("Published 2024-11-18", "2024-11-18"),
        ("2024/11/18", "2024-11-18"),
        ("2024年11月18日", "2024-11-18"),
        ("2024年11月18日 21時47分", "2024-11-18T21:47:00"),
        ("18 ноября 2024", "2024-11-18"),
        ("18 ноября 2024, 14:05 МСК", "2024-11-18T14:05:00+03:00"),
        ("18. November 2024", "2024-11-18"),
        ("18.11.2024 um 14:05 Uhr", "2024-11-18T14:05:00"),
        ("Publié le 18 novembre 2024 à 10h30", "2024-11-18T10:30:00"),
        ("18 de noviembre de 2024", "2024-11-18"),
        ("Monday, November 18, 2024", "2024-11-18"),
        ("Nov. 18, 2024 at 9:12 a.m. EST", "2024-11-18T09:12:00-05:00"),
        ("March 3, 2025 5:04 pm ET", "2025-03-03T17:04:00-05:00"),
        ("July 3, 2025 5:04 pm ET", "2025-07-03T17:04:00-04:00"),
        ("2024-11-18T21:47:00+09:00", "2024-11-18T21:47:00+09:00"),
        ("18 Nov 2024 06:00 GMT", "2024-11-18T06:00:00+00:00"),
        ("11/18/2024", "2024-11-18"),
        ("2024년 11월 18일", "2024-11-18"),
        ("April 5, 2018 | 6:00 PM", "2018-04-05T18:00:00"),
        ("18 нояб. 2024", "2024-11-18"),
    ],
)
def test_date_lines(line: str, published: str) -> None:
    article = clip("Harbour Bridge Stays Open to Cyclists", line)

    assert article.published == published
    assert article.date_source == "text"
    assert line not in article.text


def test_updated_date_is_modified_and_stands_in_for_published() -> None:
    article = clip("Harbour Bridge Stays Open", "Updated March 3, 2025 5:04 pm ET")

    assert article.modified == "2025-03-03T17:04:00-05:00"
    assert article.published == article.modified


def test_published_wins_over_updated() -> None:
    article = clip("Harbour Bridge Stays Open", "Published 2025-03-01", "Updated 2025-03-03")

    assert (article.published, article.modified) == ("2025-03-01", "2025-03-03")


def test_an_impossible_date_is_not_a_date() -> None:
    article = clip("Harbour Bridge Stays Open", "2024-13-45")

    assert article.published is None


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("By Marta Lindqvist and Daniel Okafor", ("Marta Lindqvist", "Daniel Okafor")),
        ("By Jane Doe, Reuters", ("Jane Doe",)),
        ("By JANE DOE", ("Jane Doe",)),
        ("By Jane Doe | Email the author", ("Jane Doe",)),
        ("By Ann Lee, Bo Chen and Cy Diaz", ("Ann Lee", "Bo Chen", "Cy Diaz")),
        ("Von Anna Schmidt und Jonas Weber", ("Anna Schmidt", "Jonas Weber")),
        ("Автор: Иван Петров", ("Иван Петров",)),
        ("文：山田太郎", ("山田太郎",)),
        ("Posted by Taro at 21:47 | Comments (3) | Trackback (0)", ("Taro",)),
        ("Posted by jsmith at 9:12 PM", ("jsmith",)),
        ("投稿者 港町子 21:47 | コメント (2)", ("港町子",)),
        ("Marta Lindqvist and Daniel Okafor", ("Marta Lindqvist", "Daniel Okafor")),
        ("Marta Lindqvist, Staff Writer", ("Marta Lindqvist",)),
    ],
)
def test_bylines(line: str, authors: tuple[str, ...]) -> None:
    article = clip("Harbour Bridge Stays Open to Cyclists", line)

    assert article.authors == authors
    assert article.byline is not None
    assert line not in article.text


def test_by_staff_names_no_one() -> None:
    article = clip("Harbour Bridge Stays Open to Cyclists", "By Staff")

    assert article.authors == ()


def test_a_sentence_starting_with_by_is_not_a_byline() -> None:
    article = clip("Harbour Bridge Stays Open", tail="By Friday, Smith and Jones had resigned.")

    assert article.authors == ()
    assert article.text.endswith("By Friday, Smith and Jones had resigned.")


def test_posted_by_time_completes_a_date_header() -> None:
    article = clip(
        "Monday, November 18, 2024", "Harbour Bridge Stays Open", tail="Posted by Taro at 21:47"
    )

    assert article.published == "2024-11-18T21:47:00"
    assert article.authors == ("Taro",)


@pytest.mark.parametrize(
    ("line", "section", "tags"),
    [
        ("Category:Event", "Event", ("Event",)),
        ("Categories: News, World", "News", ("News", "World")),
        ("Tags: food, city life", None, ("food", "city life")),
        ("カテゴリ: 日記", "日記", ("日記",)),
        ("タグ：東京、グルメ", None, ("東京", "グルメ")),
        ("Рубрика: Политика", "Политика", ("Политика",)),
        ("Schlagwörter: Hamburg, Hafen", None, ("Hamburg", "Hafen")),
    ],
)
def test_section_and_tag_lines(line: str, section: str | None, tags: tuple[str, ...]) -> None:
    article = clip("Harbour Bridge Stays Open", line)

    assert (article.section, article.tags) == (section, tags)
    assert reason_for(article, line).startswith("metadata: ")


@pytest.mark.parametrize(
    "name",
    ["photo.jpg", "IMG_4471.JPG", "hero-1200x800.webp", "a.png?w=640", "pic.jpeg (800×600)"],
)
def test_image_file_names_are_stripped(name: str) -> None:
    article = clip("Harbour Bridge Stays Open", name)

    assert reason_for(article, name) == "image file name"
    assert name not in article.text


@pytest.mark.parametrize(
    "credit",
    [
        "Photo: Sam Fielding/Getty Images",
        "Credit: Sam Fielding for Coastal Weekly",
        "(AP Photo/Eugene Hoshiko)",
        "写真: 共同",
        "Фото: Иван Петров / ТАСС",
        "Foto: dpa",
        "kazuhiro nogi/Agence France-Presse/Getty Images",
    ],
)
def test_caption_and_credit_become_a_figure(credit: str) -> None:
    dump = (
        BODY
        + "\nbridge.jpg\nThe bridge at dawn, before the morning traffic.\n"
        + credit
        + "\n\n"
        + BODY
    )
    article = parse_text_dump(dump)

    figure = f"The bridge at dawn, before the morning traffic. — {credit}"
    assert article.captions == (figure,)
    assert f"<figure><figcaption>{figure}</figcaption></figure>" in html.unescape(article.html)
    assert "bridge at dawn" not in article.text
    assert credit not in article.text


def test_a_caption_with_its_credit_inline() -> None:
    caption = "Crowds on the bridge on Sunday. (AP Photo/Sam Fielding)"
    article = parse_text_dump(BODY + "\n" + caption + "\n\n" + BODY)

    assert article.captions == ("Crowds on the bridge on Sunday. — (AP Photo/Sam Fielding)",)
    assert "Crowds" not in article.text


def test_figure_stands_where_the_image_was() -> None:
    dump = (
        BODY
        + "\nbridge.jpg\nThe bridge at dawn.\nPhoto: Sam Fielding\n\nLast one is here, said the mayor on Monday evening.\n"
    )
    article = parse_text_dump(dump)

    parts = article.html.split("\n")
    assert parts[3].startswith("<figure>")
    assert parts[4] == "<p>Last one is here, said the mayor on Monday evening.</p>"


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Loading...", "chrome: loading indicator"),
        ("Skip to content", "chrome: skip link"),
        ("Home | Archives | Profile | RSS", "chrome: navigation row"),
        ("Home > World > Asia", "chrome: breadcrumb"),
        ("Sign in", "chrome: sign-in or subscribe prompt"),
        ("Tweet", "chrome: share widget"),
        ("A A A", "chrome: text size or listen widget"),
        ("Listen to this article", "chrome: text size or listen widget"),
        ("Advertisement", "chrome: advertisement"),
        ("Реклама", "chrome: advertisement"),
        ("Anzeige", "chrome: advertisement"),
        ("このエントリーをはてなブックマークに追加", "chrome: share widget"),
        ("Поделиться", "chrome: share widget"),
        ("« Previous entry", "chrome: previous/next entry link"),
        ("Permalink", "chrome: permalink"),
        ("Print this page", "chrome: share widget"),
        ("Page 1 of 2", "chrome: text size or listen widget"),
        ("Your browser does not support the video tag.", "chrome: player or script notice"),
    ],
)
def test_chrome_above_the_article(line: str, reason: str) -> None:
    article = clip(line, "Harbour Bridge Stays Open to Cyclists")

    assert article.title == "Harbour Bridge Stays Open to Cyclists"
    assert reason_for(article, line) == reason


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Powered by TypePad", "chrome: powered by"),
        ("© 2024 The Harbour Ledger", "chrome: copyright"),
        ("Copyright 2024 Harbour Media. All rights reserved.", "chrome: copyright"),
        (
            "A version of this article appears in print on Nov. 19, 2024, Section A, Page 6.",
            "chrome: print-edition note",
        ),
    ],
)
def test_chrome_below_the_article(line: str, reason: str) -> None:
    article = clip("Harbour Bridge Stays Open", tail=line)

    assert reason_for(article, line) == reason
    assert line not in article.text


@pytest.mark.parametrize(
    ("marker", "kind"),
    [
        ("Comments", "comments"),
        ("3 Comments", "comments"),
        ("Leave a Reply", "comments"),
        ("コメント", "comments"),
        ("Комментарии", "comments"),
        ("Kommentare", "comments"),
        ("Most Popular", "popular and recent lists"),
        ("Recent Entries", "popular and recent lists"),
        ("Recommended", "recommendations"),
        ("Читайте также", "related links"),
        ("Weitere Artikel", "recommendations"),
    ],
)
def test_end_marker_ends_the_article(marker: str, kind: str) -> None:
    comment = "I walk over that bridge every day and it has never felt unsafe to me at all."
    article = clip("Harbour Bridge Stays Open", tail=f"{marker}\n{comment}\n")

    assert comment not in article.text
    assert reason_for(article, marker) == f"after article end: {kind}"
    assert reason_for(article, comment) == f"after article end: {kind}"


def test_related_box_inside_the_body_is_removed_and_the_body_goes_on() -> None:
    related = "Related\nCity Plans New Cycle Lanes\nFerry Fares Rise in January\n"
    article = parse_text_dump(BODY + related + BODY)

    assert len(article.text.split("\n\n")) == 6
    assert "Cycle Lanes" not in article.text
    assert reason_for(article, "Ferry Fares Rise in January") == "chrome: related links"


def test_headline_list_after_the_body_is_not_article() -> None:
    article = clip(
        "Harbour Bridge Stays Open", tail="City Plans New Cycle Lanes\nFerry Fares Rise in January"
    )

    assert "Cycle Lanes" not in article.text
    assert reason_for(article, "Ferry Fares Rise in January") == "after article end: related links"


def test_subheading_between_paragraphs_is_kept_as_h2() -> None:
    article = parse_text_dump(BODY + "What Happens Next\n" + BODY)

    assert "<h2>What Happens Next</h2>" in article.html
    assert "\n\nWhat Happens Next\n\n" in article.text


def test_short_sentences_in_the_body_stay_paragraphs() -> None:
    article = parse_text_dump(BODY + "He declined to comment.\n" + BODY + "Nobody objected.\n")

    assert "<p>He declined to comment.</p>" in article.html
    assert article.text.endswith("Nobody objected.")


def test_bulleted_lines_in_the_body_become_a_list() -> None:
    article = parse_text_dump(BODY + "• bolts\n• paint\n• new planks\n" + BODY)

    assert "<ul><li>bolts</li><li>paint</li><li>new planks</li></ul>" in article.html
    assert "- bolts\n- paint\n- new planks" in article.text


def test_dateline_stays_in_the_body() -> None:
    article = clip("Harbour Bridge Stays Open", "TOKYO (Reuters) - " + BODY)

    assert article.text.startswith("TOKYO (Reuters) - The council voted")


def test_text_is_escaped_in_html() -> None:
    article = parse_text_dump(
        'Fish & chips cost <b>more</b> this year, said the "owner" of the shop on Monday.\n'
    )

    assert "Fish &amp; chips cost &lt;b&gt;more&lt;/b&gt;" in article.html
    assert "&quot;owner&quot;" in article.html


def test_headline_is_not_a_breadcrumb_or_a_section_label() -> None:
    article = clip("World", "Home > World > Asia", "Harbour Bridge Stays Open to Cyclists", "Menu")

    assert article.title == "Harbour Bridge Stays Open to Cyclists"


def test_site_name_that_the_footer_repeats_is_not_the_headline() -> None:
    article = clip(
        "The Harbour Ledger",
        "Harbour Bridge",
        tail="© 2024 The Harbour Ledger. All rights reserved.",
    )

    assert article.site_name == "The Harbour Ledger"
    assert article.title != "The Harbour Ledger"


def test_page_title_line_gives_the_site_name() -> None:
    article = clip("Harbour Bridge Stays Open | The Ledger", "Menu", "Harbour Bridge Stays Open")

    assert (article.title, article.site_name) == ("Harbour Bridge Stays Open", "The Ledger")
    assert reason_for(article, "Harbour Bridge Stays Open | The Ledger") == "duplicate of title"


def test_odd_whitespace_and_bullets_are_normalised() -> None:
    dump = "\ufeff  \u2022\u00a0Category:Event\u200b\n\u00a0\n" + BODY.replace(" ", "\u00a0", 3)
    article = parse_text_dump(dump)

    assert article.section == "Event"
    assert article.text.startswith("The council voted on Monday")


@pytest.mark.parametrize(
    ("body", "lang"),
    [
        (BODY, "en"),
        (
            "札幌管区気象台は18日、札幌市で初雪を観測したと発表した。平年より12日遅い観測となった。",
            "ja",
        ),
        ("В Мурманске в понедельник открылся первый в регионе круглогодичный морской музей.", "ru"),
        (
            "上海市交通委员会18日宣布，首条无人驾驶公交线路在浦东新区正式开通运营，全程约五公里。",
            "zh",
        ),
        ("Short note with few words, nothing to vote on here at all.", None),
    ],
)
def test_language_guess(body: str, lang: str | None) -> None:
    assert parse_text_dump(body).lang == lang


def test_cjk_prose_is_judged_by_characters_and_punctuation() -> None:
    article = parse_text_dump(
        "ホーム\n初雪のお知らせ\n札幌で初雪を観測した。平年より十二日遅い。\n"
    )

    assert article.text == "札幌で初雪を観測した。平年より十二日遅い。"
    assert article.title == "初雪のお知らせ"


def test_comment_thread_larger_than_the_article_is_not_chosen() -> None:
    comment = "I have crossed that bridge every day for twenty years and I will keep doing it, repairs or not."
    article = clip("Harbour Bridge Stays Open", tail="Comments (9)\n" + "\n".join([comment] * 9))

    assert comment not in article.text
    assert article.text.startswith("The council voted")


def test_stripped_is_not_part_of_equality() -> None:
    first = parse_text_dump("Menu\n" + BODY)
    second = parse_text_dump("Search\n" + BODY)

    assert first == second
    assert first.stripped != second.stripped


def test_by_on_its_own_line_joins_the_name_below() -> None:
    article = clip(
        "Harbour Bridge Stays Open to Cyclists", "By", "Benjamin Romano", "City reporter"
    )

    assert article.authors == ("Benjamin Romano",)
    assert article.title == "Harbour Bridge Stays Open to Cyclists"


def test_long_paragraph_after_an_uncaptioned_image_stays_in_the_body() -> None:
    paragraph = (
        "The bridge, which opened in 1931, carries about four thousand cyclists on a dry weekday, "
        "according to counts the city has published every spring since the cycle lanes were painted, "
        "and about half as many on a wet one."
    )
    article = parse_text_dump(BODY + "\nbridge.jpg\n" + paragraph + "\n\n" + BODY)

    assert paragraph in article.text
    assert article.captions == ()


def test_article_continues_after_a_most_read_box_in_its_middle() -> None:
    box = "Most Read\n" + "\n".join(f"Headline number {n} about something" for n in range(8))
    article = parse_text_dump(f"{BODY}{BODY}\n{box}\n{BODY}{BODY}")

    assert len(article.text.split("\n\n")) == 12
    assert "Headline number" not in article.text


def test_comments_are_never_joined_to_the_article() -> None:
    comment = "I have crossed that bridge every day for twenty years and will keep doing it."
    article = parse_text_dump(f"{BODY}\nComments\n" + "\n".join([comment] * 20))

    assert comment not in article.text


def test_code_lines_in_the_body_are_kept_as_pre_not_headings() -> None:
    code = "def greet(name):\n    return f'hello {name}'\n"
    article = parse_text_dump(BODY + code + BODY)

    assert "<h2>" not in article.html
    assert "<pre><code>def greet(name):" in article.html


def test_capitalised_list_items_above_the_body_are_not_authors() -> None:
    article = clip(
        "What Changed in Version Two of the Bridge Plan",
        "Added Banners",
        "Added Mutton and Cooked Mutton",
        "Removed Benches",
        "",
        "Published 2024-11-18",
    )

    assert article.authors == ()


def test_the_date_next_to_the_headline_beats_the_mastheads_today() -> None:
    article = clip(
        "Tuesday, November 19, 2024",
        "Home",
        "World",
        "Business",
        "Harbour Bridge Stays Open to Cyclists",
        "November 12, 2024",
    )

    assert article.published == "2024-11-12"


def test_caption_announced_as_such_after_its_credit() -> None:
    dump = "Image source, Getty Images\nImage caption, The bridge at dawn\n" + BODY
    article = parse_text_dump(dump)

    assert article.captions == ("The bridge at dawn — Image source, Getty Images",)
    assert "Image caption" not in article.text


def test_name_line_with_job_title_and_email_link_below_the_headline() -> None:
    article = clip(
        "Harbour Bridge Stays Open to Cyclists",
        "Marta Lindqvist",
        "Staff Writer",
        "Email the author",
        "March 3, 2025",
    )

    assert article.authors == ("Marta Lindqvist",)
    assert reason_for(article, "Email the author") == "chrome: author links"
    assert article.published == "2025-03-03"


@pytest.mark.parametrize("heading", ["Discussion", "Latest Developments", "Profile of a Bridge"])
def test_a_subheading_that_looks_like_a_marker_word_keeps_the_body_whole(heading: str) -> None:
    article = parse_text_dump(f"{BODY}{heading}\n{BODY}")

    assert len(article.text.split("\n\n")) >= 6


@pytest.mark.parametrize(
    "line",
    [
        "« Non », a-t-il dit.",
        "«Спасибо», — сказал он.",
        "Powered by a new battery, the ferry runs silently.",
    ],
)
def test_short_quotes_and_sentences_are_not_chrome(line: str) -> None:
    article = parse_text_dump(f"{BODY}{line}\n{BODY}")

    assert line in article.text


def test_a_heavier_list_of_teasers_loses_to_the_article() -> None:
    teasers = "\n".join(
        f"Ferry Timetable Changes Again\nthumb{n}.jpg\n"
        f"The operator says the winter timetable, number {n}, starts next month and will run "
        "until the spring, with fewer crossings on Sundays. More…"
        for n in range(6)  # three times the article's weight
    )
    nav = "\n".join(["World", "UK", "Business", "Politics", "Sport", "Weather", "Arts", "Travel"])
    article = parse_text_dump(f"Latest News\n{teasers}\n{nav}\n{BODY}")

    assert article.text.startswith("The council voted on Monday")
    assert "timetable" not in article.text


def test_a_short_note_of_short_sentences_is_an_article() -> None:
    article = parse_text_dump(
        "Menu\nMeeting moved to Friday.\nBring the minutes, please.\nRoom 4 is free.\n"
    )

    assert (
        article.text == "Meeting moved to Friday.\n\nBring the minutes, please.\n\nRoom 4 is free."
    )


def test_comment_count_between_headline_and_body() -> None:
    article = clip("Harbour Bridge Stays Open to Cyclists", "By Peter Quinn", "12 Comments")

    assert article.title == "Harbour Bridge Stays Open to Cyclists"
    assert article.authors == ("Peter Quinn",)
    assert article.text.startswith("The council voted")


def test_tag_list_between_headline_and_body_is_not_the_headline() -> None:
    article = clip(
        "Harbour Bridge Stays Open to Cyclists", "Tags", "Urban Cycling", "Bridges and Tunnels"
    )

    assert article.title == "Harbour Bridge Stays Open to Cyclists"


@pytest.mark.parametrize(
    ("line", "authors", "when"),
    [
        ("Mike Conley December 18, 2020", ("Mike Conley",), "2020-12-18"),
        ("Dan Goodin - Apr 16, 2015 8:02 pm UTC", ("Dan Goodin",), "2015-04-16T20:02:00+00:00"),
        (
            "By Alissa Wilkinson@alissamarie Updated Jul 24, 2018, 2:15pm EDT",
            ("Alissa Wilkinson",),
            "2018-07-24T14:15:00-04:00",
        ),
        ("Monday Morning Edition November 18, 2024", (), "2024-11-18"),
    ],
)
def test_name_and_date_on_one_line(line: str, authors: tuple[str, ...], when: str) -> None:
    article = clip("Harbour Bridge Stays Open to Cyclists", line)

    assert article.authors == authors
    assert article.published == when


def test_name_line_separated_from_the_headline_by_share_buttons() -> None:
    article = clip("Harbour Bridge Stays Open to Cyclists", "Share", "Tweet", "Hazel Sheffield")

    assert article.authors == ("Hazel Sheffield",)


def test_a_date_deep_in_the_body_is_text_not_the_published_date() -> None:
    article = parse_text_dump(f"{BODY}{BODY}November 25, 1947\n{BODY}")

    assert article.published is None
    assert "\n\nNovember 25, 1947\n\n" in article.text


def test_closing_author_bio_is_stripped() -> None:
    bio = "Peter Quinn is a reporter covering city hall and transport for the Ledger."
    article = clip("Harbour Bridge Stays Open to Cyclists", "By Peter Quinn", tail=bio)

    assert bio not in article.text
    assert reason_for(article, bio) == "author bio"


@pytest.mark.parametrize(
    "line",
    [
        "This article was originally published on The Conversation under a Creative Commons license.",
        "Follow Peter Quinn on Twitter for more updates from city hall and the council chamber.",
        "Have a tip? Send it to the newsroom at tips@example.com or call us on our tip line.",
    ],
)
def test_closing_prose_chrome_is_stripped(line: str) -> None:
    article = clip("Harbour Bridge Stays Open to Cyclists", tail=line)

    assert line not in article.text


@pytest.mark.parametrize(
    ("head", "title", "site"),
    [
        (
            "Putin Looks to Play on U.S.-Japan Jitters | WSJ",
            "Putin Looks to Play on U.S.-Japan Jitters",
            "WSJ",
        ),
        (
            "Menu\nXbox One X review - A console for 4K",
            "Xbox One X review - A console for 4K",
            None,
        ),
    ],
)
def test_site_suffix_on_the_headline(head: str, title: str, site: str | None) -> None:
    article = clip(head)

    assert (article.title, article.site_name) == (title, site)


def test_short_entry_title_under_the_blog_menu() -> None:
    dump = (
        "Jane's Kitchen Notes\nHome | Archives | Profile | RSS\n« Previous entry | Main | Next entry »\n"
        "Sourdough, finally\nPosted by Jane Holloway at 21:47 on March 3, 2025\n" + BODY
    )
    article = parse_text_dump(dump)

    assert article.title == "Sourdough, finally"
    assert article.site_name == "Jane's Kitchen Notes"
    assert article.published == "2025-03-03T21:47:00"


def test_kicker_between_headline_and_body_is_not_the_headline() -> None:
    article = clip("Harbour Bridge Stays Open to Cyclists", "Analysis")

    assert article.title == "Harbour Bridge Stays Open to Cyclists"


def test_category_on_the_date_line_and_after_a_comment_count() -> None:
    article = clip(
        "京都の紅葉を見に行きました",
        "2024年11月18日 テーマ：旅行",
        tail="いいね！\nコメント(2)\nカテゴリ: 紅葉\nトラックバック\n",
    )

    assert article.published == "2024-11-18"
    assert article.section == "旅行"
    assert set(article.tags) == {"旅行", "紅葉"}


def test_a_commenters_name_and_date_are_not_the_articles() -> None:
    article = clip(
        "Harbour Bridge Stays Open", tail="Comments\nPosted by: Tom | November 19, 2024 at 08:12 AM"
    )

    assert (article.authors, article.published) == ((), None)


def test_comment_count_under_the_byline_does_not_disqualify_the_article() -> None:
    teasers = "\n".join(
        f"Teaser number {n} says the ferry timetable changes again next month, again."
        for n in range(3)
    )
    nav = "\n".join(["World", "UK", "Business", "Politics", "Sport", "Weather", "Arts", "Travel"])
    dump = f"{teasers}\n{nav}\nHarbour Bridge Stays Open\nBy Peter Quinn\n12 Comments\n{BODY}{BODY}"
    article = parse_text_dump(dump)

    assert article.text.startswith("The council voted")
    assert article.title == "Harbour Bridge Stays Open"


# --- The headline when something else stands just above the body ------------------


LEAD = (
    "The city council voted on Tuesday to close the harbour bridge to cars from next spring, "
    "ending a decade of argument over traffic on the old crossing.\n\n"
    "Cyclists and bus operators welcomed the decision, while shop owners on the waterfront "
    "warned that fewer drivers would mean fewer customers.\n\n"
    "The bridge will stay open to buses, bicycles and people on foot, the council said.\n"
)


def test_headline_above_the_byline_beats_a_photo_credit_above_the_body() -> None:
    dump = (
        "Harbour Gazette\n\nCouncil Votes to Close Harbour Bridge to Cars\n\n"
        "By Jane Holm | March 3, 2025\n\nShare\nTweet\nMore\n\n"
        "Credit Harry Campbell Photo Desk\n\n" + LEAD
    )
    assert parse_text_dump(dump).title == "Council Votes to Close Harbour Bridge to Cars"


def test_a_caption_naming_its_photographer_is_never_the_headline() -> None:
    dump = (
        "Harbour Gazette\n\nCouncil Votes to Close Harbour Bridge to Cars\n\nMore\n\n"
        "The old bridge at dusk. Photograph: Lena Berg for the Gazette\n\n" + LEAD
    )
    assert parse_text_dump(dump).title == "Council Votes to Close Harbour Bridge to Cars"


def test_a_widget_label_above_the_body_gives_way_to_the_headline_its_lead_repeats() -> None:
    dump = (
        "Harbour Gazette\n\nHarbour Bridge Closed to Cars After Council Vote\n\n"
        "Edit\nDelete\nPromote\n\nBlock for Gazette Blogs\n\n" + LEAD
    )
    assert parse_text_dump(dump).title == "Harbour Bridge Closed to Cars After Council Vote"


def test_a_date_line_over_a_blog_entry_does_not_reach_past_the_menu() -> None:
    dump = (
        "Notes from the Shore\nHome | Archives | About\n\nMonday, March 3, 2025\n"
        "Winter at the Harbour\n\n" + LEAD
    )
    assert parse_text_dump(dump).title == "Winter at the Harbour"


# --- News feeds and comment threads in more words -----------------------------------


def test_what_people_are_saying_introduces_comments() -> None:
    dump = (
        "Council Votes to Close Harbour Bridge to Cars\n\n"
        + LEAD
        + "\nWhat people are saying...\n\n"
        "J\n\nThis council has lost its mind, the bridge has been fine for a hundred years and "
        "now we are told to walk across it in the rain.\n\n48.5k reactions\n"
    )
    article = parse_text_dump(dump)
    assert "lost its mind" not in article.text
    assert article.text.rstrip().endswith("the council said.")


@pytest.mark.parametrize(
    "line", ["3 hours ago", "Updated 5 minutes ago", "před 3 minutami", "vor 2 Stunden", "5分前"]
)
def test_a_relative_time_alone_on_its_line_is_a_feed_stamp(line: str) -> None:
    article = parse_text_dump(
        "Council Votes to Close Harbour Bridge to Cars\n\n" + LEAD + f"\n{line}\n"
    )
    assert (line, "chrome: relative time") in {(s.text, s.reason) for s in article.stripped}


@pytest.mark.parametrize("marker", ["Související", "Leggi anche", "Leia também", "Lees ook"])
def test_related_markers_in_more_languages_end_the_article(marker: str) -> None:
    teaser = "The mayor of a nearby town said his own bridge would stay open to cars for years."
    article = parse_text_dump(
        "Council Votes to Close Harbour Bridge to Cars\n\n" + LEAD + f"\n{marker}\n\n{teaser}\n"
    )
    assert "nearby town" not in article.text


def test_icon_font_glyphs_leave_the_button_label_for_the_chrome_rules() -> None:
    article = parse_text_dump(
        "Council Votes to Close Harbour Bridge to Cars\n\n\ue096 Share\n\ue094 Tweet\n\n" + LEAD
    )
    assert ("Share", "chrome: share widget") in {(s.text, s.reason) for s in article.stripped}
    assert "\ue096" not in article.text


def test_a_list_between_the_opening_paragraphs_and_the_rest_does_not_cut_the_opening() -> None:
    opening = (
        "Building a terrarium takes an afternoon and a few things you probably have at home, "
        "and the little garden it gives you will live for years on a shelf.\n\n"
    )
    needs = "Glass cloche/Planter saucer/Potting soil/Pebbles/Moss/Small plants/Charcoal/Foam"
    items = "What You'll Need:\n" + "\n".join(needs.split("/"))
    steps = "\n\n".join(
        f"Step {n}. Lay the {part} in the saucer and press it down gently so the terrarium "
        f"stays level; water it lightly with the spray bottle before the next layer goes in."
        for n, part in enumerate(["pebbles", "charcoal", "soil", "moss", "plants"], start=1)
    )
    dump = (
        "Crafts\nHome Projects\n\nHow to Build a Terrarium\n\nBy Lucy Akins\n\n"
        + opening
        + items
        + "\n\n"
        + steps
        + "\n"
    )
    article = parse_text_dump(dump)
    assert article.text.startswith("Building a terrarium takes an afternoon")
    assert article.title == "How to Build a Terrarium"


AFTER = (
    "The closure will cost the city less than repairing the deck for heavy traffic, "
    "according to the council's own figures, and the work on the approaches begins in May.\n\n"
    "Residents can comment on the plans at the library until the end of the month, "
    "and a second vote on the timetable is expected in the autumn.\n"
)


def test_a_numbered_list_inside_the_article_does_not_split_it() -> None:
    ranking = "\n".join(f"{n}. {city}" for n, city in enumerate("ABCDEFGHIJ", start=1))
    article = parse_text_dump(
        "Council Votes to Close Harbour Bridge to Cars\n\n" + LEAD + "\n" + ranking + "\n\n" + AFTER
    )
    assert "second vote on the timetable" in article.text


def test_a_short_list_with_no_furniture_between_two_blocks_is_part_of_one_article() -> None:
    items = "\n".join(
        ["You will need:", "Bicycle lights", "A helmet", "Panniers", "A bell", "Gloves"]
    )
    items += "\n" + "\n".join(["Rain cape", "Spare tube", "Pump"])
    article = parse_text_dump(
        "Council Votes to Close Harbour Bridge to Cars\n\n" + LEAD + "\n" + items + "\n\n" + AFTER
    )
    assert "Panniers" in article.text
    assert "second vote on the timetable" in article.text


def test_a_long_run_of_labels_between_two_blocks_still_splits_them() -> None:
    labels = "\n".join(f"Label {n}\nUndo" for n in range(20))
    article = parse_text_dump(
        "Council Votes to Close Harbour Bridge to Cars\n\n" + LEAD + "\n" + labels + "\n\n" + AFTER
    )
    assert "second vote on the timetable" not in article.text


@pytest.mark.parametrize("line", ["Sponsored Links Sponsored Links", "by Taboola by Taboola"])
def test_ad_widget_lines_are_advertisement(line: str) -> None:
    article = parse_text_dump("Council Votes to Close Harbour Bridge to Cars\n\n" + LEAD + line)
    assert (line, "chrome: advertisement") in {(s.text, s.reason) for s in article.stripped}


def test_around_the_web_ends_the_article() -> None:
    article = parse_text_dump(
        "Council Votes to Close Harbour Bridge to Cars\n\n"
        + LEAD
        + "\nAround the web\n\n"
        + "This one weird trick will change how you cross bridges forever, doctors say.\n"
    )
    assert "weird trick" not in article.text


def test_an_introduction_above_a_contents_box_joins_a_much_longer_article() -> None:
    intro = "\n\n".join(
        f"Introduction paragraph {n}: the harbour bridge has carried cars since 1931, and the "
        f"council has argued about its future for a decade, through four elections and two "
        f"engineering reports that said the deck was tired but sound enough for buses, "
        f"while the shops along the waterfront kept asking for more parking nearby."
        for n in range(1, 4)
    )
    contents = "Share\nTweet\nContents\n" + "\n".join(f"Part {n}" for n in range(1, 9))
    rest = "\n\n".join(
        f"Section paragraph {n}: the vote on Tuesday settled the matter for now, with the "
        f"closure to cars set for spring and the approaches rebuilt for bicycles and buses."
        for n in range(1, 40)
    )
    article = parse_text_dump(intro + "\n\n" + contents + "\n\n" + rest)
    assert "Introduction paragraph 1" in article.text
    assert "Section paragraph 39" in article.text


@pytest.mark.parametrize(
    "line", ["Current Time 0:00", "Loaded: 0%", "Playback Rate", "Text Edge Style", "Unmute"]
)
def test_video_player_controls_are_chrome(line: str) -> None:
    article = parse_text_dump(
        "Council Votes to Close Harbour Bridge to Cars\n\n" + line + "\n\n" + LEAD
    )
    assert (line, "chrome: video player") in {(s.text, s.reason) for s in article.stripped}


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("By Erin Holm March 18, 2015 at 3:57 PM Follow @erinholm", ("Erin Holm",)),
        ("By Steven Moss March 18 at 12:22 PM Follow @StevenMoss", ("Steven Moss",)),
        ("by Ahiza Grant @ahiza_grant February 1, 2016: 12:41 PM ET", ("Ahiza Grant",)),
        ("By GILLIAN MORE March 11, 2015 3:46 PM Good Morning America", ("Gillian More",)),
        ("作者︱春春", ("春春",)),
        ("By April Ryan", ("April Ryan",)),
        ("By Theresa May 5 hours ago", ("Theresa May",)),
    ],
)
def test_a_byline_keeps_the_name_and_drops_what_is_glued_to_it(
    line: str, authors: tuple[str, ...]
) -> None:
    article = parse_text_dump(
        "Council Votes to Close Harbour Bridge to Cars\n\n" + line + "\n\n" + LEAD
    )
    assert article.authors == authors
    assert article.byline == authors[0]


@pytest.mark.parametrize(
    "line", ["View Photos", "Buy Photo", "Skip Ad", "Wait 1 second to continue."]
)
def test_gallery_and_player_buttons_are_chrome(line: str) -> None:
    article = parse_text_dump(
        "Council Votes to Close Harbour Bridge to Cars\n\n" + line + "\n\n" + LEAD
    )
    assert (line, "chrome: gallery or player button") in {
        (s.text, s.reason) for s in article.stripped
    }
    assert article.authors == ()


QUESTION = (
    "Where do strained relations between the harbour towns go after the council’s bridge vote?"
)


def test_a_question_headline_is_found_across_share_buttons() -> None:
    dump = (
        "Harbour Gazette\n\n" + QUESTION + "\n\n"
        "Share on Facebook\nShare on Twitter\nMore Options\nShare via Email\n\n" + LEAD
    )
    assert parse_text_dump(dump).title == QUESTION


def test_a_capitalised_headline_that_reads_as_prose_is_the_title_not_the_first_paragraph() -> None:
    dump = (
        "Skip to content\nLog In\n\n"
        "Manhole Fires and Burst Pipes: How Winter Wreaks Havoc Under the Streets of N.Y.\n\n"
        + LEAD
    )
    article = parse_text_dump(dump)
    assert article.title.startswith("Manhole Fires and Burst Pipes")
    assert article.text.startswith("The city council voted")


def test_a_markdown_copy_reads_like_plain_text() -> None:
    dump = (
        "# Council Votes to Close Harbour Bridge to Cars\n\n*By Jane Holm* | March 3, 2025\n\n"
        "![Harbour bridge](https://example.com/img/bridge.jpg)\n\n"
        "The city council voted on Tuesday to close the harbour bridge to cars from next spring, "
        "ending a decade of argument over [traffic](https://example.com/traffic) on the crossing.\n\n"
        "## What happens next\n\n"
        "Cyclists welcomed the decision, while **shop owners** warned that fewer drivers would "
        "mean fewer customers; 5 * 3 is 15, and my_var_name in __init__.py keeps its underscores.\n"
    )
    article = parse_text_dump(dump)
    assert article.title == "Council Votes to Close Harbour Bridge to Cars"
    assert article.authors == ("Jane Holm",)
    assert ("bridge.jpg", "image file name") in {(s.text, s.reason) for s in article.stripped}
    assert "over traffic on the crossing" in article.text
    assert "<h2>What happens next</h2>" in article.html
    assert "while shop owners warned" in article.text
    assert "5 * 3 is 15, and my_var_name in __init__.py keeps" in article.text


def test_categories_and_tags_keep_the_pages_order() -> None:
    dump = (
        "Council Votes to Close Harbour Bridge to Cars\n\n• Category:Economy\n• Category:Europe\n\n"
        + LEAD
        + "\nTags: bridges, traffic\n"
    )
    article = parse_text_dump(dump)
    assert article.section == "Economy"
    assert article.tags == ("bridges", "traffic", "Economy", "Europe")


def test_chinese_clauses_set_apart_by_spaces_are_prose_and_a_menu_is_not() -> None:
    body = "\n\n".join(
        [
            "一波波接續性低溫寒流報到 已將新竹尖石鄉後山一帶層層山巒披上嫣紅的彩衣",
            "玉峰道路一路上雲氣山嵐滯留山頭 順路下切蜿蜒道路後不久即抵達來到玉峰國小",
            "美樹美如其名偌大楓香樹早已呈現金黃 泛紅色彩也是愛攝人仕所喜愛造訪之地",
            "第二次造訪美樹發現到營區變了 印象中以前生冷招牌換成了原木招牌可謂匠心獨運",
        ]
    )
    article = parse_text_dump(
        "首頁 新聞 體育 娛樂 財經 國際 科技 旅遊\n\n新竹尖石美樹營地賞楓\n\n" + body + "\n"
    )
    assert article.text.startswith("一波波接續性低溫寒流報到")
    assert "匠心獨運" in article.text
    assert "首頁" not in article.text


def test_a_bracketed_japanese_related_marker_ends_the_article() -> None:
    body = (
        "公衆無線LANを安全に使うためのアプリを、トレンドマイクロが三月九日から提供すると発表した。"
        * 3
    )
    article = parse_text_dump(
        "アプリ「フリーWi-Fiプロテクション」提供へ\n\n" + body + "\n\n【関連記事】\n\n"
        "NEXCO3社は、高速道路のSAやPAの公衆無線LANアカウントを共通化すると発表した。\n"
    )
    assert "NEXCO3社" not in article.text


def test_a_lone_by_and_the_name_a_blank_line_below_are_one_byline() -> None:
    article = parse_text_dump(
        "Council Votes to Close Harbour Bridge to Cars\n\npor\n\nCésar Salza\n\n" + LEAD
    )
    assert article.authors == ("César Salza",)
    assert ("por César Salza", "metadata: byline") in {(s.text, s.reason) for s in article.stripped}


def test_a_caption_ending_with_its_credit_is_a_caption() -> None:
    article = parse_text_dump(
        "Council Votes to Close Harbour Bridge to Cars\n\n"
        + LEAD
        + "\nA bus crosses the harbour bridge on Thursday Credit: Lena Berg/AFP\n\n"
        + AFTER
    )
    assert "Lena Berg" not in article.text
    assert article.captions == (
        "A bus crosses the harbour bridge on Thursday — Credit: Lena Berg/AFP",
    )


@pytest.mark.parametrize("marker", ["Artículos Relacionados", "Comparte tu opinión"])
def test_spanish_end_markers(marker: str) -> None:
    article = parse_text_dump(
        "Council Votes to Close Harbour Bridge to Cars\n\n"
        + LEAD
        + f"\n{marker}\n\nEl alcalde de un pueblo vecino dijo que su puente seguirá abierto.\n"
    )
    assert "alcalde" not in article.text


def test_a_spanish_next_article_link_is_chrome() -> None:
    line = "Siguiente artículo: Si quieres un iPhone X, ya no tendrás que esperar"
    article = parse_text_dump("Council Votes to Close Harbour Bridge to Cars\n\n" + LEAD + line)
    assert (line, "chrome: previous/next entry link") in {
        (s.text, s.reason) for s in article.stripped
    }


def test_a_photo_and_a_short_list_between_two_blocks_do_not_split_the_article() -> None:
    items = "\n".join(["You will need:", "Bicycle lights", "A helmet", "Panniers", "A bell"])
    items += "\n" + "\n".join(["Gloves", "Rain cape", "Spare tube", "Pump"])
    article = parse_text_dump(
        "Council Votes to Close Harbour Bridge to Cars\n\n"
        + LEAD
        + "\nbridge_cyclists_0412.jpg\nCyclists on the bridge on Sunday.\nPhoto: Lena Berg\n\n"
        + items
        + "\n\n"
        + AFTER
    )
    assert "second vote on the timetable" in article.text
    assert article.captions == ("Cyclists on the bridge on Sunday. — Photo: Lena Berg",)


def test_a_short_wiki_title_over_its_tagline_is_the_title() -> None:
    article = parse_text_dump(
        "Hermitian matrix\n\nFrom Wikipedia, the free encyclopedia\n\n"
        "Jump to navigation Jump to search\n\n" + LEAD
    )
    assert article.title == "Hermitian matrix"
    reasons = {s.text: s.reason for s in article.stripped}
    assert reasons["From Wikipedia, the free encyclopedia"] == "chrome: site tagline"


def test_a_one_word_section_label_over_the_body_is_not_the_title() -> None:
    # No headline-like line above: "Sport" is the only short title there is.
    article = parse_text_dump("Harbour Gazette\n\nSport\n\n" + LEAD)
    assert article.title is None


def test_markdown_bold_marks_are_not_taken_from_code_or_powers() -> None:
    article = parse_text_dump(
        "Council Votes to Close Harbour Bridge to Cars\n\n"
        + LEAD
        + "\nA 32-bit counter wraps after 2**32 steps and a 64-bit one after 2**64, so the "
        "new ticket machines call f(**old) + g(**new) and keep (**both**) totals.\n"
    )
    assert "after 2**32 steps and a 64-bit one after 2**64," in article.text
    assert "call f(**old) + g(**new) and keep (both) totals." in article.text


def test_markdown_left_open_on_long_lines_is_read_to_the_end() -> None:
    # Each pattern used to scan to the end of the line from every "[" or "**"
    # it couldn't close: minutes for these lines, days for an 8 MB one.
    unclosed = ["[" * 100_000, "**a " * 25_000, "[a](" * 25_000]
    dump = "Council Votes to Close Harbour Bridge to Cars\n\n" + LEAD + "\n".join(unclosed)
    article = parse_text_dump(dump)  # bench/scaling.py times it against lines 4 times longer
    assert article.text.startswith("The city council voted")


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("By Jane Holm on March 3, 2025", ("Jane Holm",)),
        ("By Jane Holm on March 3, 2025 at 3:57 PM", ("Jane Holm",)),
        ("par Anne Roy le 3 mars 2025", ("Anne Roy",)),
        ("von Anna Schmidt am 3. März 2025", ("Anna Schmidt",)),
    ],
)
def test_the_word_joining_a_byline_to_its_date_is_not_part_of_the_name(
    line: str, authors: tuple[str, ...]
) -> None:
    article = parse_text_dump(
        "Council Votes to Close Harbour Bridge to Cars\n\n" + line + "\n\n" + LEAD
    )
    assert article.authors == authors
    assert article.published is not None and article.published.startswith("2025-03-03")


def test_a_chinese_headline_with_a_comma_is_the_title_not_prose() -> None:
    body = "\n\n".join(
        [
            "一波波接續性低溫寒流報到，已將新竹尖石鄉後山一帶層層山巒披上嫣紅的彩衣。玉峰道路一路上雲氣山嵐滯留山頭。",
            "順路下切蜿蜒道路後不久即抵達來到玉峰國小，美樹美如其名偌大楓香樹早已呈現金黃。泛紅色彩也是愛攝人仕所喜愛造訪之地。",
        ]
    )
    headline = "台積電宣布在美國亞利桑那州設立第二座晶圓廠，預計二〇二六年開始量產"
    article = parse_text_dump(headline + "\n\n" + body + "\n")
    assert article.title == headline
    assert article.text.startswith("一波波接續性低溫寒流報到")


# Dumps whose shape once cost time in the square of their length (a 50,000-line
# feed of "Read more" took ten minutes). How the time grows is bench/scaling.py's
# to measure (n against 4n); here each is read to the end, with its article.
@pytest.mark.parametrize(("make", "n"), scaling.SHAPES, ids=[m.__name__ for m, _ in scaling.SHAPES])
def test_a_dump_of_a_once_quadratic_shape_is_read_to_the_end(make: Any, n: int) -> None:
    article = parse_text_dump(make(n))
    assert "The city council voted on Tuesday to close the harbour bridge" in article.text


LONG_LEAD = "\n\n".join(
    f"Paragraph {n} of the report: the council's engineers found the harbour bridge sound "
    f"for buses and bicycles, and the closure to cars will cost less than repairing the deck."
    for n in range(1, 40)
)


def test_a_few_unmarked_comments_after_a_share_bar_stay_out_of_a_long_article() -> None:
    comments = "\n\n".join(
        f"Reader {n} wrote that the council never listens to the people who actually use "
        f"the bridge every day, and that the closure will ruin the shops on the waterfront."
        for n in range(1, 7)
    )
    share = "\n".join(["Share", "Tweet", "Email", "Print", "Reddit", "WhatsApp", "Pinterest"])
    share += "\n" + "\n".join(["Flipboard", "Telegram", "LinkedIn", "Pocket", "Copy link"])
    article = parse_text_dump(
        "Council Votes to Close Harbour Bridge to Cars\n\n"
        + LONG_LEAD
        + "\n\n"
        + share
        + "\n\n"
        + comments
        + "\n"
    )
    assert "Paragraph 39" in article.text
    assert "Reader 1 wrote" not in article.text


def test_a_list_of_headlines_and_a_footer_paragraph_stay_out_of_the_article() -> None:
    headlines = "\n".join(
        f"Another Story About Something Else Entirely, Number {n}" for n in range(1, 13)
    )
    footer = (
        "The Harbour Gazette is an independent newspaper serving the coast since 1887, "
        "published every morning except Sundays by the Gazette Media Group."
    )
    article = parse_text_dump(
        "Council Votes to Close Harbour Bridge to Cars\n\n"
        + LEAD
        + "\n"
        + headlines
        + "\n\n"
        + footer
        + "\n"
    )
    assert "independent newspaper" not in article.text


# Zero-width joiners and non-joiners inside a word are its spelling: Persian writes
# "می‌خواهم" with a non-joiner, Devanagari conjuncts and emoji families use the
# joiner. Beside a space or at a line's end they join nothing and go.
_JOINED_WORDS = (
    "می\u200cخواهم",
    "کتاب\u200cها",
    "क्\u200dष",
    "\U0001f468\u200d\U0001f469\u200d\U0001f467",
)
_JOINED_PARAGRAPH = (
    "امروز صبح می\u200cخواهم کتاب\u200cها را به کتابخانه ببرم و با دوستانم دربارهٔ آن‌ها"
    " گفت‌وگو کنم، چون هفتهٔ گذشته همه چیز را خواندیم. The word क्\u200dष stays joined,"
    " and so does the family \U0001f468\u200d\U0001f469\u200d\U0001f467 in this sentence. \u200d"
)


def test_joiners_inside_words_are_kept_and_loose_ones_go() -> None:
    dump = "سرخط خبر می\u200cخواهم \u200c\n\n" + "\n\n".join([_JOINED_PARAGRAPH] * 4)
    article = parse_text_dump(dump)

    for word in _JOINED_WORDS:
        assert word in article.text, word
    assert article.title == "سرخط خبر می\u200cخواهم"
    assert " \u200d" not in article.text and not article.text.endswith("\u200d")


def test_a_headings_joiners_inside_words_are_kept() -> None:
    from clipper.extract import extract

    body = "".join(f"<p>{_JOINED_PARAGRAPH}</p>" for _ in range(4))
    page = (
        f"<html><body><article><h1>سرخط \u200dخبر می\u200cخواهم</h1>{body}</article></body></html>"
    )
    article = extract(page, url="https://example.org/news/joiners")

    assert article.title == "سرخط خبر می\u200cخواهم"
    for word in _JOINED_WORDS:
        assert word in article.text, word
