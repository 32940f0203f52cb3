"""Metadata rules for the general web (#14): each rule on a small page of its own."""

from __future__ import annotations

from datetime import datetime, timezone

from lxml import etree
from lxml import html as lxml_html

from clipper.extract.html.metadata import Metadata, read_metadata

NOW = datetime(2025, 6, 1, 12, 0, tzinfo=timezone.utc)


def meta_of(head: str, body: str) -> Metadata:
    page = f"<html><head>{head}</head><body>{body}<p>Some text of the article.</p></body></html>"
    return read_metadata(lxml_html.document_fromstring(page), None, now=NOW)


# --- titles: the page's one <h1> against the metadata's title ---------------


def test_h1_with_the_headlines_dash_wins_over_the_metadatas_hyphen() -> None:
    meta = meta_of(
        '<meta property="og:title" content="Harbour walks - the long way round">',
        "<h1>Harbour walks – the long way round</h1>",
    )
    assert meta.title == "Harbour walks – the long way round"


def test_title_that_is_the_h1_plus_a_description_gives_the_h1() -> None:
    meta = meta_of(
        "<title>Cottage Rosehip - Holiday cottage by the lake</title>",
        "<h1>Cottage Rosehip</h1><h2>Rooms</h2>",
    )
    assert meta.title == "Cottage Rosehip"


def test_title_that_is_a_kicker_and_the_h1_gives_the_h1() -> None:
    meta = meta_of(
        '<meta property="og:title" content="Energy: The wind rebel">',
        "<h1>The wind rebel</h1>",
    )
    assert meta.title == "The wind rebel"


def test_title_that_is_only_the_site_name_gives_the_h1() -> None:
    meta = meta_of(
        '<meta property="og:site_name" content="Valley Power">'
        '<meta property="og:title" content="Valley Power">',
        "<h1>Residents invest in the new wind farm</h1>",
    )
    assert meta.title == "Residents invest in the new wind farm"


def test_h1_with_a_kicker_around_the_title_keeps_the_title() -> None:
    meta = meta_of(
        '<meta property="og:title" content="Harbour bridge reopens after repairs">',
        "<h1>Transport Harbour bridge reopens after repairs</h1>",
    )
    assert meta.title == "Harbour bridge reopens after repairs"


def test_h1_worded_differently_leaves_the_declared_title() -> None:
    meta = meta_of(
        '<meta property="og:title" content="Harbour bridge reopens after repairs">',
        "<h1>Why the harbour bridge matters</h1>",
    )
    assert meta.title == "Harbour bridge reopens after repairs"


def test_one_word_h1_does_not_replace_a_site_name_title() -> None:
    meta = meta_of(
        '<meta property="og:site_name" content="Valley Power">'
        '<meta property="og:title" content="Valley Power">',
        "<h1>News</h1>",
    )
    assert meta.title == "Valley Power"


def test_h1_that_links_home_is_the_site_and_the_title_gives_the_headline() -> None:
    meta = meta_of(
        "<title>Harbour Notes » Blog Archive » Why the ferry runs late</title>",
        '<h1><a href="https://harbour.example/">Harbour Notes</a></h1><h2>Why the ferry runs late</h2>',
    )
    assert meta.title == "Why the ferry runs late"
    meta = meta_of(
        "<title>Why the ferry runs late : Harbour Notes | Since 2005</title>",
        '<h1 class="vcard"><a href="/" class="fn">Harbour Notes</a></h1>',
    )
    assert meta.title == "Why the ferry runs late"


def test_h1_that_opens_with_a_kicker_element_gives_the_headline_after_it() -> None:
    meta = meta_of(
        '<meta property="og:title" content="Pandemie - Es kommt darauf an, wie wir leben">',
        '<h1><span class="kicker">Pandemie</span><span class="hidden"> - </span>'
        "<span>Es kommt darauf an, wie wir leben</span></h1>",
    )
    assert meta.title == "Es kommt darauf an, wie wir leben"


def test_kicker_that_ends_with_a_colon_is_part_of_the_headline() -> None:
    meta = meta_of(
        '<meta property="og:title" content="Editor\'s Letter: bye summer">',
        "<h1><b>Editor’s Letter:</b><i> bye summer</i></h1>",
    )
    assert meta.title == "Editor's Letter: bye summer"


def test_of_several_h1s_the_one_the_title_holds_with_a_site_part() -> None:
    meta = meta_of(
        '<meta name="title" content="Press releases 2022 - Messengers are no lawless space">',
        '<h1 class="aural">Federal Agency</h1><h1>Mes\u00adsen\u00adgers are no lawless space</h1>',
    )
    assert meta.title == "Messengers are no lawless space"


def test_title_cut_short_with_dots_gives_the_whole_headline() -> None:
    meta = meta_of(
        '<script type="application/ld+json">{"@type": "NewsArticle", '
        '"headline": "The mayor should read the ferry report before the vote..."}</script>',
        "<h1>The mayor should read the ferry report before the vote on Monday</h1>",
    )
    assert meta.title == "The mayor should read the ferry report before the vote on Monday"


def test_the_posts_entry_title_wins_over_an_seo_title() -> None:
    meta = meta_of(
        '<meta property="og:title" content="Best ferry apps 2024 - compared">',
        '<article class="hentry"><h1 class="post-title entry-title">Ferry apps: which one gets '
        "you there</h1></article><aside><h3>More</h3></aside>",
    )
    assert meta.title == "Ferry apps: which one gets you there"


def test_entry_titles_of_several_posts_decide_nothing() -> None:
    meta = meta_of(
        '<meta property="og:title" content="Harbour blog">',
        '<h2 class="entry-title">First post here</h2><h2 class="entry-title">Second post here</h2>',
    )
    assert meta.title == "Harbour blog"


def test_of_json_lds_headline_and_name_the_one_the_page_shows() -> None:
    meta = meta_of(
        '<title>Column: Lost, but still here | Ferry Blog</title><script type="application/ld+json">'
        '{"@type": "BlogPosting", "headline": "Sunday thoughts: lost, but still here",'
        ' "name": "Column: Lost, but still here | Ferry Blog"}</script>',
        "<h1>Sunday thoughts: lost, but still here</h1>",
    )
    assert meta.title == "Sunday thoughts: lost, but still here"


def test_a_blank_site_part_at_the_end_of_a_title_goes() -> None:
    meta = meta_of('<meta property="og:title" content="Riders cheer the Olympic decision -">', "")
    assert meta.title == "Riders cheer the Olympic decision"


def test_ruby_readings_are_no_part_of_a_headline_and_a_tight_bar_separates() -> None:
    meta = meta_of(
        '<meta property="og:title" content="NEWS EASY|子どもの法律ができる">',
        "<h1><img src='/logo.png' alt='NEWS EASY'></h1><h1 class='title'><ruby>子<rt>こ</rt></ruby>どもの"
        "<ruby>法律<rt>ほうりつ</rt></ruby>ができる</h1>",
    )
    assert meta.title == "子どもの法律ができる"


def test_a_style_inside_the_h1_is_no_part_of_it() -> None:
    meta = meta_of(
        '<meta property="og:title" content="Press">',
        "<h1><style>.k{color:red}</style>Vaccination stays open until the end of February</h1>",
    )
    assert meta.title == "Vaccination stays open until the end of February"


def test_a_label_as_title_gives_the_headline_the_page_shows() -> None:
    meta = meta_of(
        '<meta property="og:title" content="About Us - Harbour Lab">'
        '<meta property="og:site_name" content="Harbour Lab">',
        "<h1>The strategic think and do tank</h1>",
    )
    assert meta.title == "The strategic think and do tank"
    # a headline of three words is too short to tell from a label
    meta = meta_of(
        '<meta name="dc:title" content="Preferred title">', "<h1>Test document title</h1>"
    )
    assert meta.title == "Preferred title"


def test_h1_that_goes_on_after_the_title_gives_the_whole_sentence() -> None:
    meta = meta_of(
        '<meta property="og:title" content="Cell maker raises factory capacity">',
        "<h1>Cell maker raises factory capacity in Tennessee</h1>",
    )
    assert meta.title == "Cell maker raises factory capacity in Tennessee"
    meta = meta_of(
        '<meta property="og:title" content="Fans return to the arenas">',
        "<h1>Fans return to the arenas 02.02.2022</h1>",
    )
    assert meta.title == "Fans return to the arenas"


def test_title_with_a_code_in_brackets_before_the_site_part_gives_the_h1() -> None:
    meta = meta_of(
        '<meta property="og:title" content="Cottage Rosehip (40222) - Lakeside Cottages">',
        "<h1>Cottage Rosehip</h1>",
    )
    assert meta.title == "Cottage Rosehip"


def test_meta_title_cut_at_a_quotation_mark_gives_the_document_title() -> None:
    meta = meta_of(
        '<title>Senator calls the plan "reckless"</title>'
        '<meta property="og:title" content="Senator calls the plan ">',
        "",
    )
    assert meta.title == 'Senator calls the plan "reckless"'


def test_section_and_headline_both_shown_as_h1s_give_the_headline() -> None:
    meta = meta_of(
        '<meta name="title" content="Notices - Customs tariff act announced">',
        '<h1 class="aural">Customs</h1><h1>Notices</h1><h1>Customs tariff act announced</h1>'
        "<p>Datum: 18.10.2021</p>",
    )
    assert meta.title == "Customs tariff act announced"
    assert meta.published == "2021-10-18"


# --- authors ------------------------------------------------------------------


def test_author_from_a_labelled_twitter_data_tag() -> None:
    meta = meta_of(
        '<meta name="twitter:label1" content="Verfasst von">'
        '<meta name="twitter:data1" content="Karla Berg">',
        "<h1>A headline</h1>",
    )
    assert meta.authors == ("Karla Berg",)


def test_labelled_twitter_data_that_is_no_author_is_ignored() -> None:
    meta = meta_of(
        '<meta name="twitter:label1" content="Reading time">'
        '<meta name="twitter:data1" content="4 minutes">',
        "<h1>A headline</h1>",
    )
    assert meta.authors == ()


def test_user_name_with_digits_is_a_name() -> None:
    meta = meta_of(
        "", '<span class="author vcard"><a rel="author" href="/u/">ferryman1984</a></span>'
    )
    assert meta.authors == ("ferryman1984",)


def test_template_label_is_no_name_and_german_prefix_is_dropped() -> None:
    assert meta_of('<meta name="author" content="admin">', "").authors == ()
    for label in ("publisher", "Autor", "Unbenannt", "Quelle"):
        assert meta_of(f'<meta name="author" content="{label}">', "").authors == ()
    meta = meta_of("", '<p class="byline">Eingestellt von Jo Kern</p>')
    assert meta.authors == ("Jo Kern",)


def test_byline_line_under_the_headline_without_markup() -> None:
    meta = meta_of(
        "<title>Salon fined</title>",
        "<h1>Salon fined</h1><div><span>By </span>"
        "<a href='/team/ann'>Ann Lee</a> Thursday, November 9, 2023</div>",
    )
    assert meta.authors == ("Ann Lee",)
    meta = meta_of(
        "<title>Salon fined</title>",
        "<h1>Salon fined</h1><div>Posted by Harbourwatcher under <a href='/c/'>News</a>, "
        "<a href='/f/'>Ferries</a> | Tags: harbour, ferry, timetable, winter | 5 Comments</div>",
    )
    assert meta.authors == ("Harbourwatcher",)


def test_author_label_alone_gives_the_name_after_it() -> None:
    meta = meta_of(
        "<title>Rod test</title>",
        "<h1>Rod test</h1><dl><dt>Autor</dt><dd><a href='/m/1'>Catch more fish</a></dd></dl>",
    )
    assert meta.authors == ("Catch more fish",)


def test_the_sites_name_after_an_authors_name_is_dropped() -> None:
    meta = meta_of(
        '<meta property="og:site_name" content="CNN"><meta name="author" content="Rob Lee, CNN">',
        "",
    )
    assert meta.authors == ("Rob Lee",)


def test_author_that_is_only_the_site_gives_way_to_the_pages_byline() -> None:
    meta = meta_of(
        '<meta property="og:site_name" content="Harbour Weekly">'
        '<meta name="author" content="Harbour Weekly">',
        '<h1>Ferry late</h1><p class="byline">By Ann Lee</p>',
    )
    assert meta.authors == ("Ann Lee",)


def test_user_name_as_author_gives_the_name_the_page_shows() -> None:
    meta = meta_of(
        '<meta name="author" content="ann.lee_mar">',
        "<h1>Ferry late</h1><a href='/autor/ann'>Ann Lee Mar</a>",
    )
    assert meta.authors == ("Ann Lee Mar",)
    meta = meta_of(
        '<meta name="author" content="harbourweekly">',
        "<h1>Ferry late</h1><footer>© Harbour Weekly</footer>",
    )
    assert meta.authors == ("harbourweekly",)


def test_byline_after_a_date_and_a_dash_above_the_headline() -> None:
    meta = meta_of(
        "<title>Fair supply chains</title>",
        "<p><span>05.02.2020</span> - Redaktion: Eberhard Fuhr (press officer)</p>"
        "<h1>Fair supply chains</h1>",
    )
    assert meta.authors == ("Eberhard Fuhr",)


def test_a_first_name_alone_is_given_in_full_by_the_byline() -> None:
    meta = meta_of(
        '<meta name="author" content="Nils">',
        "<h1>Patriarchy as a cultural technique</h1><p>25 October 2023</p>"
        "<p>Eine Kolumne von Nils Pickert</p>",
    )
    assert meta.authors == ("Nils Pickert",)


def test_the_sites_first_word_or_a_newsroom_as_author_gives_way_to_the_byline() -> None:
    meta = meta_of(
        '<meta property="og:site_name" content="FOCUS Online"><meta name="author" content="FOCUS">',
        '<h1>Lease or buy?</h1><p class="byline">By Robin Tschope</p>',
    )
    assert meta.authors == ("Robin Tschope",)
    meta = meta_of(
        '<meta name="author" content="Redaktion">',
        '<h1>Lease or buy?</h1><p class="byline">Von Robin Tschope</p>',
    )
    assert meta.authors == ("Robin Tschope",)


def test_a_dateline_that_names_its_author() -> None:
    meta = meta_of(
        "<title>Statement on the pilot year</title>",
        "<p>News | Breeding</p><p>04.02.2022 | 13:10 Uhr | Uta Helkenberg</p>"
        "<h1>Statement on the pilot year</h1>",
    )
    assert meta.authors == ("Uta Helkenberg",)
    meta = meta_of(
        "<title>Fur-free fashion</title>",
        "<h1>Fur-free fashion</h1><p>Tuesday, 01. Februar 2022 12:10, <a href='/a'>Jil Schuller</a>"
        "</p><p>More and more fashion labels are going fur-free, and here is how you can tell real "
        "fur from fake in the shop.</p>",
    )
    assert meta.authors == ("Jil Schuller",)


def test_a_declared_name_the_page_never_shows_gives_way_to_the_byline_it_shows() -> None:
    meta = meta_of(
        '<meta name="author" content="Auto Magazine">',
        "<p>Text & Fotos:</p><p>Ivan Valetny</p><h1>Winter pike on the lake</h1>",
    )
    assert meta.authors == ("Ivan Valetny",)
    shown = meta_of('<meta name="author" content="Ann Lee">', "<h1>Ferry late</h1><p>ANN LEE</p>")
    assert shown.authors == ("Ann Lee",)


# --- dates --------------------------------------------------------------------


def test_utc_time_a_day_off_the_addresss_day_gives_the_addresss_day() -> None:
    page = (
        '<html><head><meta property="article:published_time" content="2023-11-09T05:30:59+00:00">'
        "</head><body><p>Some text.</p></body></html>"
    )
    root = lxml_html.document_fromstring(page)
    meta = read_metadata(root, "https://news.example/2023/11/08/council-votes/", now=NOW)
    assert (meta.published, meta.date_source) == ("2023-11-08", "url")


def test_declared_date_far_from_the_addresss_day_is_kept() -> None:
    page = (
        '<html><head><meta property="article:published_time" content="2023-11-20T05:30:59+00:00">'
        "</head><body><p>Some text.</p></body></html>"
    )
    root = lxml_html.document_fromstring(page)
    meta = read_metadata(root, "https://news.example/2023/11/08/council-votes/", now=NOW)
    assert meta.published == "2023-11-20T05:30:59+00:00"


def test_date_written_under_the_headline_when_the_page_declares_none() -> None:
    meta = meta_of(
        "<title>Harbour bridge reopens - Port News</title>",
        "<nav>Home News</nav><h1>Harbour bridge reopens</h1>"
        "<div class='info'>Von Ann Lee 09.03.2022</div>"
        "<p>The bridge was closed for six weeks while the deck was renewed, the council said.</p>",
    )
    assert (meta.published, meta.date_source) == ("2022-03-09", "headline")


def test_dateline_above_the_headline_nearer_than_an_update_below() -> None:
    meta = meta_of(
        "<title>Le pont rouvre</title>",
        "<p>Par Ann Lee | 30 septembre 2018</p><h2>Le pont rouvre</h2>"
        "<p>Partager</p><p>Article mis à jour le 7 janvier 2020.</p>",
    )
    assert (meta.published, meta.date_source) == ("2018-09-30", "headline")


def test_date_in_the_articles_prose_is_no_dateline() -> None:
    meta = meta_of(
        "<title>Fans return to the arenas</title>",
        "<h1>Fans return to the arenas</h1><p>The clubs may fill half their seats again under "
        "the rules that came into force on 28.01.2022, the association said on Monday.</p>",
    )
    assert meta.date_source != "headline"


def test_a_header_clock_outside_the_article_comes_after_the_headlines_date() -> None:
    meta = meta_of(
        "<title>Queer royal</title>",
        '<div class="top"><time datetime="2023-11-01T13:56:20+01:00">Wednesday</time></div>'
        "<h2>Queer royal</h2><p>In tow</p><p>31. Oktober 2023.</p>",
    )
    assert (meta.published, meta.date_source) == ("2023-10-31", "headline")


def test_a_readers_comments_time_is_no_date_of_the_article() -> None:
    meta = meta_of(
        "<title>Cutting tomatoes</title>",
        '<h1>Cutting tomatoes</h1><div class="comments"><time datetime="2020-09-23T18:19:06+02:00">'
        "23.09.20</time></div>",
    )
    assert meta.date_source != "time"


def test_a_date_labelled_as_the_publications_beats_htmldates_guess() -> None:
    meta = meta_of(
        "<title>Thinking from the ground</title>",
        "<h1>Thinking from the ground</h1><p>A long review of the book, which weaves the local "
        "into the global and back, chapter after chapter, with care.</p><p>More text.</p>"
        "<footer>Letzte Änderung: 31.10.2023 - 14:49:39<br>Erschienen am: 01.11.2023</footer>",
    )
    assert (meta.published, meta.date_source) == ("2023-11-01", "text")
    meta = meta_of(
        "<title>Rod test</title>",
        "<h1>Rod test</h1><p>Some words here that are long enough to count as the article's "
        "prose for the headline's neighbourhood.</p><dl><dt>Published</dt><dd>21 January 2022</dd></dl>",
    )
    assert (meta.published, meta.date_source) == ("2022-01-21", "text")


def _dated(published: str, url: str) -> Metadata:
    page = (
        f'<html><head><meta property="article:published_time" content="{published}"></head>'
        "<body><h1>Bridge opens</h1><p>Some text of the article.</p></body></html>"
    )
    return read_metadata(lxml_html.document_fromstring(page), url, now=NOW)


def test_a_time_in_the_publishers_own_offset_keeps_its_day_over_the_addresss() -> None:
    # 13:43 at -05:00 is that day in the publisher's calendar; the address's
    # day before it is when the story was filed, not a time zone's shift
    meta = _dated("2024-05-07T13:43:46-05:00", "https://news.example/2024/05/06/bridge")
    assert meta.published is not None and meta.published[:10] == "2024-05-07"


def test_a_time_in_utc_a_day_off_the_addresss_gives_the_addresss_day() -> None:
    meta = _dated("2024-05-06T23:30:00+00:00", "https://news.example/2024/05/07/bridge")
    assert (meta.published, meta.date_source) == ("2024-05-07", "url")


_DEK = (
    "<h2>The city's new bridge over the harbour opens to walkers and cyclists this weekend, "
    "after six years of planning and two of building</h2>"
)


def test_a_long_subheadline_is_no_prose_the_byline_under_it_is_read() -> None:
    meta = meta_of(
        "<title>Bridge opens</title>",
        f"<h1>Bridge opens</h1>{_DEK}<p>Von Ann Lee</p><p>12.03.2022</p>"
        "<p>The bridge that the city has talked about for six years opened on Saturday, and "
        "the first walkers crossed it at dawn.</p>",
    )
    assert meta.authors == ("Ann Lee",)
    assert (meta.published, meta.date_source) == ("2022-03-12", "headline")


def test_a_paragraph_opening_with_a_date_and_a_dash_is_a_dateline() -> None:
    meta = meta_of(
        "<title>Bridge opens</title>",
        "<h1>Bridge opens</h1><p>The harbour's new bridge is open to walkers and cyclists, after "
        "six years of planning and two of building, the city says.</p>"
        "<p>29.11.2022 – The city opened the bridge on Saturday; the first walkers crossed it "
        "at dawn, and cyclists followed.</p><p>Next week: 02.12.2022 and more.</p>",
    )
    assert (meta.published, meta.date_source) == ("2022-11-29", "text")
    meta = meta_of(
        "<title>Harbour fair</title>",
        "<h1>Harbour fair</h1><p>29.11.2022 – 02.12.2022: the harbour fair, with stalls and "
        "music on the quay every day.</p>",
    )
    assert meta.date_source != "text"


def test_a_date_by_the_headline_beats_dublin_cores_plain_date() -> None:
    meta = meta_of(
        '<meta name="date" content="2020-02-12">',
        "<h1>Fair supply chains</h1><p>05.02.2020 - Redaktion</p>",
    )
    assert (meta.published, meta.date_source) == ("2020-02-05", "headline")
    meta = meta_of(  # a publication date declared as one keeps its place
        '<meta property="article:published_time" content="2020-02-12">',
        "<h1>Fair supply chains</h1><p>05.02.2020 - Redaktion</p>",
    )
    assert (meta.published, meta.date_source) == ("2020-02-12", "meta:article:published_time")


class _CountingElement(lxml_html.HtmlElement):
    """An element that counts how often it is compared with another (``==``, ``in`` a list)."""

    compared = 0

    def __eq__(self, other: object) -> bool:
        _CountingElement.compared += 1
        return self is other

    __hash__ = lxml_html.HtmlElement.__hash__


def test_times_inside_and_outside_the_article_are_told_apart_in_one_pass() -> None:
    # n <time>s in the article that hold no date, one outside that does: each
    # <time> is sorted once, not looked for in the list of the others (n² on a
    # hostile page)
    n = 2000
    parser = etree.HTMLParser()
    parser.set_element_class_lookup(etree.ElementDefaultClassLookup(element=_CountingElement))
    page = (
        "<html><body><time>2020-01-02</time><article><h1>A headline of the page</h1>"
        + "<time>soon</time>" * n
        + "<p>Some text of the article.</p></article></body></html>"
    )
    root = etree.fromstring(page, parser)
    _CountingElement.compared = 0
    meta = read_metadata(root, None, now=NOW)
    assert meta.published == "2020-01-02"
    assert _CountingElement.compared < n


def test_a_text_size_widget_by_the_headline_is_no_byline() -> None:
    # "Text" names an author only as a label ("Text: Ann Lee"), not a text-size widget
    for line in ("Text Size A A A", "Text Only Version"):
        meta = meta_of(
            "<title>Council approves the budget</title>",
            f"<h1>Council approves the budget</h1><div>{line}</div>",
        )
        assert meta.authors == (), line
    for line in ("Text: Ann Lee", "Text & Fotos: Ann Lee", "By Ann Lee"):
        meta = meta_of(
            "<title>Council approves the budget</title>",
            f"<h1>Council approves the budget</h1><div>{line}</div>",
        )
        assert meta.authors == ("Ann Lee",), line


class _ReadingElement(lxml_html.HtmlElement):
    """An element that counts how often its whole text is read."""

    read = 0

    def text_content(self) -> str:  # type: ignore[override]
        if self.tag == "body":
            _ReadingElement.read += 1
        return super().text_content()


def test_the_bodys_text_is_read_once_for_all_the_declared_names() -> None:
    # 300 declared authors the page never shows: the body is not read 300 times
    names = ", ".join(
        f'{{"name": "Zq{chr(97 + i % 26)}{chr(97 + i // 26)} Person"}}' for i in range(300)
    )
    page = (
        '<html><head><script type="application/ld+json">{"@type": "NewsArticle", '
        f'"headline": "A headline of the page", "author": [{names}]}}</script></head>'
        "<body><h1>A headline of the page</h1><p>By Ann Lee</p><p>Some text.</p></body></html>"
    )
    parser = etree.HTMLParser()
    parser.set_element_class_lookup(etree.ElementDefaultClassLookup(element=_ReadingElement))
    root = etree.fromstring(page, parser)
    _ReadingElement.read = 0
    meta = read_metadata(root, None, now=NOW)
    assert meta.authors == ("Ann Lee",)
    assert _ReadingElement.read <= 3
