"""Rules of the text-dump stage for browser copies of news pages (issue #14), each on a small dump.

Every fixture is written for the test; none comes from a corpus page.
"""

from __future__ import annotations

from clipper.extract.text.dump import parse_text_dump
from clipper.extract.text.lines import classify
from clipper.extract.text.mojibake import repair_mojibake
from helpers import paragraphs, text_dump

# --- The story under the page's first head, with a dated menu above it ------------------


def test_a_row_of_tab_separated_cells_is_no_headline() -> None:
    # A menu or table row as a browser copies it: its cells set apart by tabs.
    assert not classify("Weekly issue\tGardening\tRecipes\tContact the Desk").headline_like
    assert classify("Gardening Club Opens a Second Allotment").headline_like
    assert classify("Gardening Club\tOpens a Second Allotment").headline_like  # two cells: a label


def test_the_first_story_wins_under_a_dated_kicker_and_a_box_of_bare_titles() -> None:
    # A weekly issue page: a "Recent issues" box (dates and bare titles), a menu
    # row, the dated kicker over the first story's head, then two longer
    # stories each under a head of their own. The first is the page's article.
    dump = text_dump(
        ["Sign in", "Front", "Gardening", "Recipes"],
        "Recent Issues",
        ["Garden Weekly for May 4, 2024", "Slug season", "Garden Weekly for April 27, 2024"],
        ["Raised beds for small yards", "Notes from the seed swap"],
        "Weekly issue\tGardening\tRecipes\tContact the Desk",
        "Garden Weekly for April 20, 2024",
        "The Allotment Committee Splits Over Water Rights",
        "By Ida Marsh",
        "April 19, 2024",
        paragraphs(4, "allotment"),
        "Comments (3 posted)",
        "Composting at Scale With Municipal Green Waste",
        "By Ida Marsh",
        "April 19, 2024",
        paragraphs(7, "compost"),
    )
    article = parse_text_dump(dump)

    assert article.title == "The Allotment Committee Splits Over Water Rights"
    assert "allotment0word1" in article.text and "allotment3word1" in article.text
    assert "compost" not in article.text


def test_a_box_of_teasers_with_bylines_and_dates_inside_an_article_does_not_split_it() -> None:
    # "By" lines and dates under each teaser: the article goes on below the box.
    dump = text_dump(
        "Ferry Timetable Changes for the Winter Months",
        "By Rosa Lind",
        "October 2, 2024",
        paragraphs(3, "ferry"),
        "Related",
        ["New Pier Opens to Foot Passengers", "By Tom Aske", "September 9, 2024"],
        ["Harbour Dredging Delayed Again", "By Rosa Lind", "August 30, 2024"],
        paragraphs(5, "winter"),
    )
    article = parse_text_dump(dump)

    assert article.title == "Ferry Timetable Changes for the Winter Months"
    assert "ferry0word1" in article.text and "winter4word1" in article.text


def test_an_embedded_post_under_a_list_of_questions_does_not_end_the_article() -> None:
    # A social post's caption and "shared by ... on date" line under a list
    # of questions inside the article: no new article's head.
    dump = text_dump(
        "How to Find Your Own Morning Routine",
        "By Jana Holm",
        "March 1, 2024",
        paragraphs(3, "routine"),
        ["What do you enjoy first?", "What wakes you up best?", "What must be done early?"],
        [
            "Morning light over the fjord today #sunrise #calm",
            "A post shared by Nordlys (@nordlys) on Feb 2, 2024",
        ],
        paragraphs(3, "habit"),
    )
    article = parse_text_dump(dump)

    assert "routine0word1" in article.text and "habit2word1" in article.text


def _story(headline: str, author: str, date: str, sentences: list[str]) -> list[str]:
    return [headline, f"By {author}", date, *sentences]


_FERRY = [
    "The harbour board has agreed to run the evening ferry until midnight from next month, after a "
    "petition signed by more than two thousand residents asked for later sailings on weekdays.",
    "The board said the extra crossings would cost about forty thousand pounds a year, which it hopes "
    "to recover from higher fares on the last two boats of the night and from a council grant.",
    "Shift workers at the hospital across the water welcomed the change, saying the last boat at nine "
    "had forced many of them to pay for taxis over the bridge or to stay with friends in town.",
]
_MARKET = [
    "The covered market will close for six months next year while its roof is replaced, the council "
    "said on Friday, and its forty traders will move to a temporary hall on the old bus station site.",
    "Traders said they had been told little about the move and worried that shoppers would not follow "
    "them to a hall on the edge of the town centre, far from the main car parks and the railway station.",
    "The council said it would run a free shuttle bus from the high street and cut the traders' rents by "
    "half while the work goes on, and that the market would reopen in time for the Christmas season.",
    "A petition calling for the work to be done in stages, so that half the market could stay open, has "
    "gathered nine hundred names, and traders plan to hand it in at next week's council meeting.",
    "The roof, built in 1894, has leaked for years; last winter buckets stood under a dozen stalls.",
]


def test_one_dated_teaser_under_the_menu_does_not_hide_the_first_story() -> None:
    # A "Latest" teaser with its byline and date between the cookie notice and
    # the page's story: the page's furniture, not a box inside an article.
    dump = text_dump(
        ["Skip to content", "Home", "News", "Sport"],
        "We use cookies to personalise content and ads and to analyse our traffic. You can change "
        "your cookie preferences at any time in the privacy settings.",
        "Latest",
        ["Council Tax to Rise by Five Per Cent in April", "By Sam Ellery", "2 March 2026"],
        _story("Evening Ferry to Run Until Midnight", "Kiran Bhatt", "3 March 2026", _FERRY),
        ["Share", "Comments"],
        _story("Covered Market to Close for Six Months", "Ola Brandt", "3 March 2026", _MARKET),
    )
    article = parse_text_dump(dump)

    assert _FERRY[0] in article.text and _FERRY[2] in article.text
    assert _MARKET[0] not in article.text
    assert "cookies" not in article.text


def test_two_teasers_with_dates_inside_an_article_do_not_split_it() -> None:
    # Teasers with the article's own paragraphs above them: a box inside the article.
    dump = text_dump(
        ["Home", "News"],
        _story("Evening Ferry to Run Until Midnight", "Kiran Bhatt", "3 March 2026", _FERRY),
        ["Harbour Dredging Delayed Again", "By Rosa Lind", "August 30, 2025"],
        ["Bridge Tolls Frozen for Another Year", "By Tom Aske", "August 2, 2025"],
        _MARKET,
    )
    article = parse_text_dump(dump)

    assert _FERRY[0] in article.text and _MARKET[4] in article.text


# --- A document's numbered sections go on past code examples ---------------------------


def _wire_example(n: int) -> list[str]:
    """A request and its answer as a protocol document lists them: header lines, no prose."""
    headers = ["Host", "Accept", "Origin", "Referer", "Content-Type", "Content-Length"]
    request = [f"{name}: value-{n}-{k}" for k, name in enumerate(headers)]
    return [f"PUT /notes/{n} HTTP/1.1", *request, "HTTP/1.1 200 OK", *request[:4]]


def test_the_section_numbered_on_past_code_examples_joins_the_article() -> None:
    # "4. Examples" holds request listings with a sentence or two between them;
    # "5. Security" below goes on with the document's prose.
    dump = text_dump(
        "A Small Protocol for Storing Notes",
        paragraphs(6, "intro", words=60),
        "4. Examples",
        "The following exchanges are examples only, not part of the protocol.",
        "4.1. Storing an item",
        _wire_example(1),
        "After a store the client may wish to confirm the item, which it does like this, with a plain request.",
        "4.2. Reading an item",
        _wire_example(2),
        "A missing item gives a plain not-found answer from the server, with no body at all in the response.",
        "4.3. Deleting an item",
        _wire_example(3),
        "5. Security Considerations",
        paragraphs(3, "security", words=60),
    )
    article = parse_text_dump(dump)

    assert "intro5word1" in article.text
    assert "security0word1" in article.text and "security2word1" in article.text


def test_a_block_under_a_heading_that_does_not_number_on_is_not_joined() -> None:
    # The same shape, but the prose below is a list of other articles' blurbs
    # under headings of their own numbering: the article ends at its examples.
    dump = text_dump(
        "A Small Protocol for Storing Notes",
        paragraphs(6, "intro", words=60),
        "4. Examples",
        "The following exchanges are examples only, not part of the protocol.",
        _wire_example(1),
        "After a store the client may wish to confirm the item, which it does like this, with a plain request.",
        _wire_example(2),
        "A missing item gives a plain not-found answer from the server, with no body at all in the response.",
        _wire_example(3),
        "1. Other Drafts From This Author",
        paragraphs(3, "elsewhere", words=60),
    )
    article = parse_text_dump(dump)

    assert "intro5word1" in article.text
    assert "elsewhere" not in article.text


# --- A box of links inside the article, the article going on under it ------------------


def test_the_article_goes_on_under_a_box_of_links_inside_it() -> None:
    closing = [
        "Market traders said the shuttle bus would help, but asked the council to keep the temporary "
        "hall open on Sundays, when the covered market has always done most of its trade.",
        "The council will decide on the Sunday opening of the temporary hall at its meeting next month, "
        "after the traders have handed in their petition about the market roof.",
    ]
    dump = text_dump(
        ["Menu", "News", "Local"],
        _story("Covered Market to Close for Six Months", "Ola Brandt", "3 March 2026", _MARKET),
        _MARKET[:4],  # a long story: its last paragraphs are few beside it
        "More on this story",
        ["Council budget gap widens to two million", "Traders vote on new opening hours"],
        closing,
        "Most read",
        ["1 Ferry fares to rise", "2 Bridge tolls frozen"],
    )
    article = parse_text_dump(dump)

    assert _MARKET[4] in article.text
    assert closing[0] in article.text and closing[1] in article.text
    assert "Ferry fares" not in article.text


def test_paragraphs_about_the_site_under_a_box_of_links_stay_out() -> None:
    # The box ends the article: what follows speaks of the site, not of the story.
    dump = text_dump(
        "Evening Ferry to Run Until Midnight",
        "By Kiran Bhatt",
        "3 March 2026",
        _FERRY + _MARKET[:3],
        "More on this story",
        ["Harbour board elects a new chair", "Bridge tolls frozen for another year"],
        "The Harbour Gazette has been owned by a charitable trust since 1950, which means every penny "
        "we make goes back into local journalism rather than to shareholders or owners.",
        "If you value what we do, please consider becoming a supporter from as little as two pounds "
        "a month, and tell your friends and neighbours about the Gazette.",
    )
    article = parse_text_dump(dump)

    assert _MARKET[2] in article.text
    assert "charitable trust" not in article.text and "supporter" not in article.text


def test_teasers_under_a_soft_marker_at_the_article_end_stay_out() -> None:
    # Each blurb under its own headline: a list of other stories, not the article going on.
    dump = text_dump(
        "Library Hours Cut at Four Branches From April",
        "By Noor Haddad",
        "3 March 2026",
        paragraphs(6, "library"),
        "Read more",
        "Council Budget Gap Widens to Two Million",
        paragraphs(1, "budget", words=30),
        "Volunteers Offer to Staff the Reading Rooms",
        paragraphs(1, "volunteer", words=30),
    )
    article = parse_text_dump(dump)

    assert "library5word1" in article.text
    assert "budget" not in article.text and "volunteer" not in article.text


# --- Mojibake: UTF-8 text a browser read with a page's stale charset --------------------

_ZH_HEADLINE = "新图书馆在河边开放，市民排队参观"
_ZH_BODY = [
    "本市第一座河边图书馆今天上午正式开放。数百名市民一早就在门口排队，等待参观新的阅览室和儿童区，"
    "不少人还带来了自己多年前借过的旧书，想看看新馆里有没有同样的版本。",
    "图书馆馆长表示，新馆藏书超过十万册。馆内还设有自习室、展览厅和一个可以看到河景的咖啡角，"
    "周末还会举办讲座和亲子阅读活动，欢迎所有年龄的读者报名参加。",
    "不少家长带着孩子前来办理借书证。工作人员说第一天就发出了八百多张新证，比预计多出一倍，"
    "为此图书馆临时增加了两个服务窗口，让排队的读者不用等太久。",
    "市政府计划明年在城市东部再建一座分馆。所有分馆在周末的开放时间也将延长，方便上班族使用，"
    "新的分馆还将设立一个专门收藏本地历史资料的阅览室。",
]
_FR_BODY = [
    "La médiathèque rénovée a rouvert ses portes samedi matin, après dix-huit mois de travaux élégants.",
    "Les lecteurs découvrent une salle d’étude agrandie, un café et un espace réservé aux élèves du quartier.",
    "« C’est très réussi », déclare une habituée, ravie de retrouver ses étagères préférées près des fenêtres.",
]


def _read_as(text: str, charset: str) -> str:
    """What a browser shows of UTF-8 ``text`` decoded with ``charset``, line by line."""
    return "\n".join(
        line.encode("utf-8").decode(charset, errors="replace") for line in text.split("\n")
    )


def test_a_copy_of_utf8_read_as_gbk_is_read_back_as_utf8() -> None:
    copy = _read_as(
        text_dump(["首页", "新闻", "体育"], _ZH_HEADLINE, _ZH_BODY, ["关于我们"]), "gb18030"
    )
    assert _ZH_BODY[0] not in copy  # the copy is mojibake

    article = parse_text_dump(copy)

    assert "河边图书馆" in article.text and "历史资料" in article.text


def test_a_copy_of_utf8_read_as_windows_1252_is_read_back_as_utf8() -> None:
    copy = _read_as(text_dump("La médiathèque rouvre", _FR_BODY), "cp1252")
    assert "mÃ©diathÃ¨que" in copy

    article = parse_text_dump(copy)

    assert _FR_BODY[0] in article.text and _FR_BODY[2] in article.text


def test_text_that_was_decoded_right_is_left_as_it_is() -> None:
    for text in (
        "\n\n".join(_ZH_BODY),
        "\n\n".join(_FR_BODY),
        "Größe, Maße und Öffnungszeiten: “Schön”, sagt sie — 3 m² für 5 €.",
        "日本語の記事です。東京は今日、一日中よく晴れました。",
        "Новая библиотека открылась у реки: сотни читателей пришли в первый день.",
        "강변에 새 도서관이 문을 열었습니다. 첫날 수백 명이 찾았습니다.",
        "Ein Text mit Â und Ã, aber keiner Mojibake: Ã la carte.",
    ):
        assert repair_mojibake(text) == text


# --- The headline over the story's own byline --------------------------------------


def test_a_cookie_dialogs_buttons_copied_onto_one_line_are_furniture() -> None:
    assert classify("Accept all Manage preferences").kind == "chrome"
    assert classify("Reject all | Accept all | Manage options").kind == "chrome"
    assert classify("Accept the Award With Grace").kind != "chrome"


def test_the_headline_is_the_one_over_the_storys_byline_not_a_teaser_above_it() -> None:
    # A ticker line with its own time stands between the menu and the story's
    # head: the title is the headline right above the story's byline.
    dump = text_dump(
        ["Skip to content", "Home", "News", "Sport"],
        ["Breaking: Harbour Road Closed After Lorry Sheds Its Load", "12 minutes ago"],
        _story("Evening Ferry to Run Until Midnight", "Kiran Bhatt", "3 March 2026", _FERRY),
    )
    article = parse_text_dump(dump)

    assert article.title == "Evening Ferry to Run Until Midnight"
    assert _FERRY[0] in article.text


def test_a_consent_frameworks_notice_is_furniture_not_the_bodys_start() -> None:
    notice = (
        "We and our partners use cookies to store and access information on your device, to "
        "measure how the site is used and to show you ads. You can change your choice at any time."
    )
    dump = text_dump(
        ["Skip to content", "Home", "News"],
        notice,
        "Accept all",
        _story("Evening Ferry to Run Until Midnight", "Kiran Bhatt", "3 March 2026", _FERRY),
    )
    article = parse_text_dump(dump)

    assert article.text.startswith(_FERRY[0])
    assert (
        classify(
            "We and our 842 partners store and/or access information on a device, such as cookies."
        ).kind
        == "chrome"
    )
    # A story about the rules is no notice.
    assert (
        classify(
            "Regulators said that we and our neighbours use cookies far more than the law intended, "
            "according to the report."
        ).kind
        != "chrome"
    )


def test_a_dutch_story_under_a_cookie_notice_wins_over_the_next_story() -> None:
    # Dutch dates ("4 april 2026", "3 maart 2026") mark each story's head as
    # English ones do, so the story under the page's first headline wins.
    first = [
        "De veerpont over het kanaal vaart vanaf volgende maand tot middernacht, heeft de "
        "provincie woensdag laten weten na klachten van forenzen uit de nieuwe wijk.",
        "Tot nu toe ging de laatste boot om tien uur. Wie later werkte, moest een omweg van "
        "twintig minuten fietsen over de brug bij de sluis.",
        "De proef duurt een half jaar. Daarna besluit de provincie of de late afvaarten blijven.",
        "Een kaartje blijft gratis, ook na negen uur. Fietsers en voetgangers gaan voor; auto's "
        "mogen alleen mee als er plaats over is.",
    ]
    second = [
        "De overdekte markt in het centrum gaat een half jaar dicht, omdat het dak uit 1894 "
        "vervangen moet worden. Dat heeft de gemeente maandag besloten.",
        "De marktkooplui krijgen een tijdelijke plek op het plein voor het station. Daar is "
        "ruimte voor ongeveer zestig kramen, tien minder dan nu.",
        "Vorige winter stonden onder een tiental kramen emmers om het lekkende water op te "
        "vangen. Een deel van de handelaren dreigde toen te vertrekken.",
        "Het nieuwe dak krijgt zonnepanelen en ramen die meer licht binnenlaten. De werkzaamheden "
        "beginnen in september en kosten ruim vier miljoen euro.",
    ]
    dump = text_dump(
        ["Dagblad", "Nieuws", "Sport"],
        "Dagblad gebruikt cookies en vergelijkbare technieken om bezoek te meten en advertenties "
        "te tonen die bij je passen.",
        "Accepteren Weigeren",
        ["Regio", "Veerpont vaart voortaan tot middernacht"],
        "Anna de Vries · 4 april 2026, 09:15",
        "Delen WhatsApp",
        *first,
        ["verkeer", "Volgend artikel", "Regio", "Markt sluit voor nieuw dak"],
        "Pieter Bakker · 3 maart 2026, 11:40",
        "Delen WhatsApp",
        *second,
    )
    article = parse_text_dump(dump)

    assert first[0] in article.text and first[2] in article.text
    assert second[0] not in article.text
    assert "cookies" not in article.text
    assert article.title == "Veerpont vaart voortaan tot middernacht"
