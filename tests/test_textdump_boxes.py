"""Text-dump rules for boxes and short-line articles in browser copies (issue #14).

Every fixture is written for the test; none comes from a corpus page.
"""

from __future__ import annotations

from clipper.extract.text.dump import parse_text_dump
from helpers import paragraphs, text_dump

# --- A box of two or three links set inside the article ------------------------------


def test_the_article_goes_on_below_a_small_box_of_recommended_links() -> None:
    # "We recommend" over two headlines, three paragraphs in: the rest of the
    # story (nearly as long) stands below the box.
    dump = text_dump(
        "Tram Line Extension Opens to the Eastern Suburbs",
        "By Nora Pell",
        "May 3, 2025",
        paragraphs(3, "tram", words=70),
        "We recommend",
        ["Bus timetables change for the summer", "Cycle lanes planned along the river"],
        paragraphs(3, "depot", words=50),
        "Tags: Transport, City",
    )
    article = parse_text_dump(dump)

    assert "tram2word1" in article.text and "depot2word1" in article.text
    assert "Bus timetables change" not in article.text
    assert "We recommend" not in article.text


def test_a_long_list_or_a_light_block_below_recommended_links_stays_out() -> None:
    # Four headlines under the marker are the article's end list; two
    # paragraphs (a site's blurb) under a small box are too light.
    long_list = text_dump(
        "Tram Line Extension Opens to the Eastern Suburbs",
        "By Nora Pell",
        paragraphs(4, "tram", words=70),
        "We recommend",
        ["Bus timetables change", "Cycle lanes planned", "Ferry fares rise", "Night buses return"],
        paragraphs(3, "depot", words=70),
    )
    light = text_dump(
        "Tram Line Extension Opens to the Eastern Suburbs",
        "By Nora Pell",
        paragraphs(5, "tram", words=70),
        "We recommend",
        ["Bus timetables change for the summer", "Cycle lanes planned along the river"],
        paragraphs(3, "site", words=20),
    )

    assert "depot" not in parse_text_dump(long_list).text
    assert "site0word1" not in parse_text_dump(light).text


# --- One Unicode form --------------------------------------------------------------


def test_a_copy_spelled_with_combining_marks_comes_out_composed() -> None:
    # "Café" and "naïve" typed as letters plus combining accents, as some
    # copies carry them: the text is the composed form the HTML reader gives.
    decomposed = "Cafe\u0301 owners in the old town say the nai\u0308ve plan will fail."
    dump = text_dump(
        "Old Town Cafe\u0301 Owners Push Back", paragraphs(2, "plaza", words=60), decomposed
    )
    text = parse_text_dump(dump).text

    assert "Café owners in the old town say the naïve plan will fail." in text
    assert "\u0301" not in text and "\u0308" not in text


# --- A heading over the body is no name-only byline ----------------------------------


def _headed_by(line: str, lead: str) -> str:
    return text_dump(
        "Das Stadtfest kehrt zurück",
        line,
        lead + " " + " ".join(paragraphs(1, "fest", words=50)),
        paragraphs(2, "markt", words=60),
    )


def test_a_capitalised_heading_opening_with_an_article_is_no_byline() -> None:
    # "Die Termine" over the body opens with an article: a heading, not a name.
    dump = _headed_by("Die Termine", "Im Juni gibt es Konzerte am Hafen und zwei Märkte mehr.")

    assert parse_text_dump(dump).authors == ()


def test_a_name_whose_surname_is_a_common_word_stays_the_byline() -> None:
    # The body writes "green" in lower case; Sarah Green is still the author.
    dump = _headed_by(
        "Sarah Green", "The green spaces by the harbour will double, and green roofs follow."
    )

    assert parse_text_dump(dump).authors == ("Sarah Green",)


# --- Labelled items under a closing box ----------------------------------------------


def _box_page(after: list[str]) -> str:
    return text_dump(
        "Night Buses Return to the Harbour Route",
        "By Ola Brenn",
        "4 March 2026",
        "Night buses will run again on the harbour route from April, the transport board said on "
        "Tuesday, after two years in which the route closed at eleven in the evening.",
        "The board says the night buses will run every half hour on Fridays and Saturdays and "
        "every hour on other nights, with the first bus leaving the harbour at midnight.",
        "Drivers' representatives welcomed the night buses but asked for more staff at the "
        "harbour depot, where the route's buses are kept and cleaned before each shift.",
        paragraphs(6, "depot", words=60),
        "More on this story",
        ["Harbour depot to get new charging points", "Tram works close the quay for a week"],
        after,
    )


def test_labelled_readers_paragraphs_under_a_closing_box_stay_out() -> None:
    readers = [
        "Reader comment: the night buses on the harbour route were the only way home for my "
        "daughter after her shift, and the board should never have stopped them.",
        "Reader comment: two years without night buses on the harbour route cost the bars at "
        "the quay their late trade, and the board knew it would.",
    ]
    going_on = [
        "The night buses on the harbour route will cost the board about two million a year, "
        "which it says will come from the parking charges raised at the harbour last year.",
        "The board will review the night buses after six months and may add a route to the "
        "hospital if enough passengers use the harbour buses.",
    ]

    assert "Reader comment" not in parse_text_dump(_box_page(readers)).text
    assert "two million a year" in parse_text_dump(_box_page(going_on)).text


# --- Bylines set as "Name · date", credit bylines, labelled headlines ----------------


def test_a_name_beside_a_date_is_a_byline_but_beside_menu_items_is_not() -> None:
    from clipper.extract.text.lines import classify

    line = classify("Ines Marlow · 12 marzo 2026")
    assert line.kind == "metadata" and line.meta is not None
    assert line.meta.authors == ("Ines Marlow",) and line.meta.published is not None
    assert classify("Ines Marlow | 12 April 2026").meta is not None
    # A name among menu items, or a section label beside a date, is no byline (the
    # label's row still gives the date: tests/test_textdump_daterows.py).
    assert classify("Ines Marlow | About | Contact").kind == "chrome"
    weather = classify("Weather · 12 marzo 2026").meta
    assert weather is None or not weather.authors


def test_a_words_and_pictures_credit_is_the_byline_and_in_pictures_heads_the_story() -> None:
    dump = text_dump(
        ["Home", "News", "Pictures"],
        "In pictures: Lantern parade lights up the old harbour",
        "Words and pictures by Tove Arnesen · Sat 7 Mar 2026 19.05 GMT",
        paragraphs(3, "lantern", words=60),
    )
    article = parse_text_dump(dump)

    assert article.authors == ("Tove Arnesen",)
    assert article.title == "In pictures: Lantern parade lights up the old harbour"
    assert article.published is not None and article.published.startswith("2026-03-07")


# --- A breadcrumb trail on the headline's line --------------------------------------


def test_a_breadcrumb_trail_before_the_headline_is_not_the_title() -> None:
    def title(line: str) -> str | None:
        return parse_text_dump(text_dump(line, paragraphs(3, "ferry", words=60))).title

    assert title("Home » Lokales » Fähre fährt wieder ab Mai") == "Fähre fährt wieder ab Mai"
    assert title("You are here: > Ferry returns to the island in May") == (
        "Ferry returns to the island in May"
    )
    # A quotation in guillemets, or a comparison, is the headline itself.
    assert title("»Wir fahren wieder« sagt die Reederei") == "»Wir fahren wieder« sagt die Reederei"
    assert title("Why 5 > 3 for island ferry timetables") == "Why 5 > 3 for island ferry timetables"


def test_a_line_of_categories_over_the_headline_is_not_the_title() -> None:
    dump = text_dump(
        "Lokales, Verkehr, Hafen, Top-Thema",
        "Die Fähre fährt wieder ab Mai",
        paragraphs(3, "ferry", words=60),
    )

    assert parse_text_dump(dump).title == "Die Fähre fährt wieder ab Mai"
    from clipper.extract.text.lines import classify

    # Three places and a verb read as a headline still.
    assert classify("Paris, Rome, Berlin, Madrid: Night Trains Return").headline_like


def test_names_beside_dates_over_a_list_of_items_are_not_the_byline() -> None:
    # Notices in a list, each under "Name · date": the reporter above is the author.
    dump = text_dump(
        "Weddings registered this month",
        "Carys Penhale",
        "9 March 2026",
        "These weddings were registered at the town hall this month; the couples asked us to "
        "share the news with readers of the paper and their friends in the valley.",
        "Anwen Treloar · 14 February 2026",
        "Married at the chapel by the harbour, with a reception at the rowing club afterwards.",
        "Jory Pascoe · 21 February 2026",
        "Married at the town hall, with a picnic for both families on the green after.",
    )
    article = parse_text_dump(dump)

    assert article.authors == ("Carys Penhale",)
    assert article.published is not None and article.published.startswith("2026-03-09")
    assert article.text.startswith("These weddings were registered")


def test_a_paywall_gate_ends_the_article_and_its_offer_stays_out() -> None:
    dump = text_dump(
        "Ferry Fares to Rise in the Spring",
        "By Ola Brenn",
        paragraphs(2, "fare", words=40),
        "Continue reading with Harbour Plus",
        "Try three months for the price of one, then four pounds a month. Cancel at any time.",
        "Start your trial",
    )
    text = parse_text_dump(dump).text

    assert "fare1word1" in text
    assert "Harbour Plus" not in text and "Try three months" not in text


def test_a_chinese_wire_storys_notice_share_row_editor_and_statement_are_chrome() -> None:
    dump = text_dump(
        "本网站使用Cookie改善服务，继续访问即表示您同意。",
        "港口渡轮下月恢复夜间班次",
        "微信 微博 QQ",
        "港口管理局昨天宣布，从下个月起渡轮将恢复夜间班次，每晚最后一班在十一点开出，方便在港口附近工作的市民回家。",
        "管理局表示，夜间班次将先试行三个月，如果乘客数量足够，将考虑在周末增加更多班次并延长服务时间。",
        "（责任编辑：王芳）",
        "声明：本文版权归港口日报所有，转载请注明出处。",
    )
    text = parse_text_dump(dump).text

    assert "港口管理局昨天宣布" in text and "管理局表示" in text
    for furniture in ("Cookie", "微博", "责任编辑", "版权"):
        assert furniture not in text


def test_a_story_quoting_a_copyright_notice_keeps_that_paragraph() -> None:
    dump = text_dump(
        "出版社起诉网站擅自转载",
        "出版社昨天起诉一家网站，称其未经许可转载了三本新书的全部章节，要求赔偿损失并公开道歉。",
        "书的封底印着“版权所有，翻印必究”，但网站在页面上写着“转载请注明出处”便全文照登。",
        "法院将在下个月开庭审理此案，网站负责人表示愿意协商解决。",
        "港口日报 版权所有",
    )
    text = parse_text_dump(dump).text

    assert "书的封底印着" in text and "港口日报" not in text
