"""Title and date rules that must hold on pages no one has seen (#14): each on a small page."""

from __future__ import annotations

import unicodedata
from datetime import datetime, timezone

from lxml import html as lxml_html

from clipper.extract.html.metadata import Metadata, read_metadata

NOW = datetime(2025, 6, 1, 12, 0, tzinfo=timezone.utc)
PROSE = (
    "<p>" + "The ferry board met on Tuesday to talk about the new quay and its costs. " * 3 + "</p>"
)


def meta_of(head: str, body: str) -> Metadata:
    page = f"<html><head>{head}</head><body>{body}{PROSE}</body></html>"
    return read_metadata(lxml_html.document_fromstring(page), None, now=NOW)


def test_the_title_and_the_names_are_given_in_composed_form() -> None:
    decomposed = unicodedata.normalize("NFD", "Café am Hafen öffnet wieder")
    meta = meta_of(
        f'<meta property="og:title" content="{decomposed}">'
        f'<meta name="author" content="{unicodedata.normalize("NFD", "Zoë Brandão")}">',
        f"<h1>{decomposed}</h1>",
    )
    assert meta.title == "Café am Hafen öffnet wieder"
    assert meta.authors == ("Zoë Brandão",)


def test_the_publication_day_before_the_headline_is_set_aside() -> None:
    meta = meta_of(
        '<meta property="og:title" content="03.05.2025 - Ferry returns to the island">'
        '<meta property="article:published_time" content="2025-05-03T08:00:00+02:00">',
        "<h1>03.05.2025 - Ferry returns to the island</h1>",
    )
    assert meta.title == "Ferry returns to the island"


def test_another_date_before_the_headline_is_the_headlines_own() -> None:
    meta = meta_of(
        '<meta property="og:title" content="09.11.1989 – The night the wall opened">'
        '<meta property="article:published_time" content="2025-05-03T08:00:00+02:00">',
        "<h1>09.11.1989 – The night the wall opened</h1>",
    )
    assert meta.title == "09.11.1989 – The night the wall opened"


def meta_at(url: str, head: str, body: str) -> Metadata:
    page = f"<html><head>{head}</head><body>{body}{PROSE}</body></html>"
    return read_metadata(lxml_html.document_fromstring(page), url, now=NOW)


def test_the_h1_the_address_spells_is_the_headline() -> None:
    meta = meta_at(
        "https://harbour.example/wissen/lohnt-sich-eine-faehre-im-winter/",
        '<meta property="og:title" content="Fähre im Winter - Wann es sich lohnt | Hafenblatt">',
        "<h1>Lohnt sich eine Fähre im Winter?</h1>",
    )
    assert meta.title == "Lohnt sich eine Fähre im Winter?"
    meta = meta_at(
        "https://harbour.example/orte/essen-westviertel.htm",
        "<title>Ausflüge am Niederrhein</title>",
        "<h1>Essen-Westviertel</h1>",
    )
    assert meta.title == "Essen-Westviertel"


def test_a_one_word_h1_or_one_holding_the_title_leaves_the_title() -> None:
    meta = meta_at(
        "https://harbour.example/kredit/autokredit",
        '<meta property="og:title" content="Günstiger Autokredit im Mai">',
        "<h1>Autokredit</h1>",
    )
    assert meta.title == "Günstiger Autokredit im Mai"
    meta = meta_at(
        "https://harbour.example/hafen/neue-faehre-es-kommt-darauf-an",
        '<meta property="og:title" content="Es kommt darauf an">',
        "<h1>Neue Fähre - Es kommt darauf an</h1>",
    )
    assert meta.title == "Es kommt darauf an"


def test_without_an_h1_the_h2_gives_the_titles_typography_and_drops_a_code() -> None:
    logo = '<h1><a href="https://harbour.example/">Hafenblatt</a></h1>'
    meta = meta_of(
        '<meta property="og:title" content="Fähren Januar - Mai 2025 Kiel und Sylt">',
        f"{logo}<h2>Fähren Januar – Mai 2025 Kiel und Sylt</h2>",
    )
    assert meta.title == "Fähren Januar – Mai 2025 Kiel und Sylt"
    meta = meta_of(
        '<meta property="og:title" content="Der lange Kai (2025/3)">', "<h2>Der lange Kai</h2>"
    )
    assert meta.title == "Der lange Kai"


def test_without_an_h1_an_h2_worded_otherwise_or_shorter_leaves_the_title() -> None:
    meta = meta_of(
        '<meta property="og:title" content="Ferry Facts #12 - winter timetable | Harbour">',
        "<h2>Ferry Facts #12 - winter timetable</h2><h2>Comments</h2>",
    )
    assert meta.title == "Ferry Facts #12 - winter timetable | Harbour"


def test_a_logo_h1_names_the_site_and_its_part_of_the_title_goes() -> None:
    meta = meta_of(
        "<title>harbourworks.example // » Mara Quist</title>",
        '<h1><a href="https://harbourworks.example"><img src="/logo.gif" alt="harbourworks.example"></a>'
        "</h1><h2>[&gt; Mara Quist</h2>",
    )
    assert meta.title == "Mara Quist"


def test_the_sites_address_or_name_after_a_bullet_is_no_part_of_the_title() -> None:
    meta = meta_at(
        "https://www.hafenblatt.example/news/kai",
        '<meta property="og:title" content="Der lange Kai öffnet im Mai - Hafenblatt.example">',
        "<h1>Anderswo</h1><h1>Noch anderswo</h1>",
    )
    assert meta.title == "Der lange Kai öffnet im Mai"
    meta = meta_of(
        '<meta property="og:site_name" content="Hafenblatt">'
        '<meta property="og:title" content="Der lange Kai öffnet im Mai • Hafenblatt">',
        "",
    )
    assert meta.title == "Der lange Kai öffnet im Mai"


def test_dublin_cores_plain_date_gives_way_to_the_articles_time() -> None:
    body = (
        f"<article><h1>Der neue Kai</h1>{PROSE}"
        '<div class="meta"><time datetime="2025-04-25T08:00:00+02:00">25.04.2025</time></div>'
        "</article>"
    )
    meta = meta_of('<meta name="dcterms.date" content="2025-04-21">', body)
    assert (meta.published, meta.date_source) == ("2025-04-25T08:00:00+02:00", "time")
    meta = meta_of('<meta property="article:published_time" content="2025-04-21">', body)
    assert (meta.published, meta.date_source) == ("2025-04-21", "meta:article:published_time")


def test_an_events_time_in_the_prose_leaves_dublin_cores_date() -> None:
    body = (
        f"<article><h1>Der neue Kai</h1>{PROSE}"
        '<p>The quay closes on <time datetime="2025-06-01">1 June</time>, the board said.</p>'
        "</article>"
    )
    meta = meta_of('<meta name="DC.date" content="2025-01-10">', body)
    assert (meta.published, meta.date_source) == ("2025-01-10", "meta:dc:date")


def test_an_old_cms_headline_in_bold_type_picks_its_part_of_the_title() -> None:
    table = (
        "<table><tr><td><img src='/logo.gif' alt='Valley Gazette'></td></tr><tr><td>"
        "<font size='5'><b>Steam returns to the valley line</b></font><br>"
        "<font size='2'>By Ann Lee</font><br></td></tr></table>"
    )
    # the site's name first, then the headline the page shows in large bold type
    meta = meta_of("<title>Valley Gazette - Steam returns to the valley line</title>", table)
    assert meta.title == "Steam returns to the valley line"
    meta = meta_of(
        '<meta property="og:title" content="Valley Gazette - Steam returns to the valley line">',
        table,
    )
    assert meta.title == "Steam returns to the valley line"


def test_a_title_the_page_shows_as_a_subheading_stays_beside_a_bold_site_name() -> None:
    body = "<b>Friends Of The Valley</b><h2>Steam returns to the valley line</h2><p>By Ann Lee</p>"
    meta = meta_of("<title>Steam returns to the valley line - Friends Of The Valley</title>", body)
    assert meta.title == "Steam returns to the valley line"


def test_an_old_cms_bold_headline_gives_the_date_and_byline_under_it() -> None:
    body = (
        "<table><tr><td><font size='5'><b>Township to hire a code officer</b></font><br>"
        "<font size='2'>By ANN LEE, Valley Sentinel Staff Writer<br>Tuesday, March 4, 2025"
        "</font><br><br></td></tr></table>"
    )
    meta = meta_of("<title>Valley Sentinel - Township to hire a code officer</title>", body)
    assert meta.title == "Township to hire a code officer"
    assert meta.published is not None and meta.published.startswith("2025-03-04")
    assert meta.authors == ("ANN LEE",)


def test_a_utc_time_on_the_next_day_gives_way_to_the_day_under_the_headline() -> None:
    # declared at 00:25 UTC, written out under the headline on the publisher's evening
    head = '<script type="application/ld+json">{"@type": "NewsArticle", '
    head += '"headline": "La junta aprueba el muelle", '
    head += '"datePublished": "Wed, 04 May 2025 00:25:56 GMT"}</script>'
    body = "<h1>La junta aprueba el muelle</h1><p>3 de mayo de 2025</p><p>21:25</p>"
    meta = meta_of(head, body)
    assert (meta.published, meta.date_source) == ("2025-05-03", "headline")


def test_a_time_in_the_publishers_offset_keeps_its_day_beside_another() -> None:
    head = '<script type="application/ld+json">{"@type": "NewsArticle", '
    head += '"headline": "La junta aprueba el muelle", '
    head += '"datePublished": "2025-05-04T00:25:56-03:00"}</script>'
    body = "<h1>La junta aprueba el muelle</h1><p>3 de mayo de 2025</p>"
    assert meta_of(head, body).published == "2025-05-04T00:25:56-03:00"


def test_a_utc_morning_time_keeps_its_day_beside_another() -> None:
    # 08:00 UTC is the same calendar day from -8 to +12: the other day is another date
    head = '<meta property="article:published_time" content="2025-05-04T08:00:00Z">'
    body = "<h1>La junta aprueba el muelle</h1><p>3 de mayo de 2025</p>"
    assert meta_of(head, body).published == "2025-05-04T08:00:00+00:00"
    body = "<h1>La junta aprueba el muelle</h1><p>5 de mayo de 2025</p>"
    assert meta_of(head, body).published == "2025-05-04T08:00:00+00:00"


def test_a_bold_or_heading_headline_the_title_cuts_short_is_the_title() -> None:
    full = "Township board agrees to hire a part-time code enforcement officer"
    for head, body in [
        ("<title>Township board agrees to hire a part-time code</title>", f"<b>{full}</b>"),
        (
            "<title>Township board agrees to hire a part-time code | Valley Gazette</title>",
            f"<h2>{full}</h2>",
        ),
        (
            '<meta property="og:title" content="Township board agrees to hire a part-time...">',
            f"<font size='5'><strong>{full}</strong></font>",
        ),
    ]:
        assert meta_of(head, body).title == full


def test_a_short_title_a_bold_sentence_goes_on_from_was_not_cut() -> None:
    # a title of a few words is the headline; a bold sentence opening with it is the body's
    for title, bold in [
        (
            "Apple releases new iPhone",
            "Apple releases new iPhone with a bigger battery, reports say",
        ),
        ("How to install Python", "How to install Python on Windows is easy if you follow these"),
    ]:
        assert meta_of(f"<title>{title}</title>", f"<b>{bold}</b>").title == title


def test_a_fuller_h1_must_keep_most_of_the_titles_words_in_order() -> None:
    from clipper.extract.html.titles import _fuller_wording

    assert _fuller_wording(
        "As his first debate nears, Bloomberg is having to answer about his past",
        "Michael Bloomberg is having to answer questions about his past",
    )
    for h1, title in [
        ("The worst of the year in the world of sports", "The best of the year in review"),
        ("How to make the most of your garden in the spring", "How to make the perfect cup of tea"),
        (
            "Police in the city centre appeal for calm after a week of violence",
            "Police arrest man after stabbing in the city centre",
        ),
        ("Test document title", "My title"),
    ]:
        assert not _fuller_wording(h1, title), h1


def test_a_short_part_of_the_title_names_a_heading_only_as_its_words() -> None:
    # "Geschichte" ends the compound "Chorgeschichte"; "Art" is no word of "Party"
    from clipper.extract.html.titles import _ends_words_of

    assert _ends_words_of("Geschichte", "Chorgeschichte")
    assert _ends_words_of("Our history", "A look at our history")
    assert not _ends_words_of("Art", "Party tonight at the harbour")
    assert not _ends_words_of("Art", "")


def test_a_heading_with_a_part_after_the_whole_title_leaves_the_title() -> None:
    # a section's heading after a separator, a headline in capitals going on
    for head, body in [
        (
            "<title>Steam returns to the valley line</title>",
            "<h2>Steam returns to the valley line - what riders need to know</h2>",
        ),
        (
            "<title>Steam Returns To The Valley</title>",
            "<h2>Steam Returns To The Valley Line Today</h2>",
        ),
    ]:
        assert meta_of(head, body).title == head.removeprefix("<title>").removesuffix("</title>")


def test_an_h1_spelling_out_the_short_first_part_of_the_title_is_the_headline() -> None:
    # "History - Site Name": the page's own heading for "History", not the site's name
    meta = meta_of("<title>History - Valley Brass Band Club</title>", "<h1>Our band history</h1>")
    assert meta.title == "Our band history"


def test_an_h1_that_is_the_short_first_part_leaves_the_headline_after_it() -> None:
    meta = meta_of("<title>News - Harbour bridge to close for repairs</title>", "<h1>News</h1>")
    assert meta.title == "Harbour bridge to close for repairs"


def test_an_h1_wording_the_headline_out_more_fully_is_the_title() -> None:
    meta = meta_of(
        '<meta property="og:title" content="Ferry board has to answer questions about costs">',
        "<h1>As the vote nears, the ferry board is having to answer about its costs</h1>",
    )
    assert meta.title == "As the vote nears, the ferry board is having to answer about its costs"


def test_an_h1_worded_otherwise_shorter_or_after_the_same_kicker_leaves_the_title() -> None:
    for declared, shown in [
        # fewer words: the declared title stays
        ("Steam returns to the valley line after forty years", "Steam is back in the valley"),
        # the same kicker, another subtitle after it: nothing says which is the headline
        (
            "Valley line: steam returns this spring",
            "Valley line: the old engines are back on the rails for the summer",
        ),
        # another headline altogether
        ("Steam returns to the valley line", "Council approves the new harbour budget for 2026"),
    ]:
        meta = meta_of(f'<meta property="og:title" content="{declared}">', f"<h1>{shown}</h1>")
        assert meta.title == declared
