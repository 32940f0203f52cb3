"""Article metadata: JSON-LD, meta tags, titles, bylines, dates."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

import pytest
from lxml import html as lxml_html

from clipper.extract.html.article import extract
from clipper.extract.html.authors import split_authors
from clipper.extract.html.dates import parse_date
from clipper.extract.html.metadata import Metadata, read_metadata

HTML = Path(__file__).resolve().parent / "fixtures" / "html"
NOW = datetime(2025, 6, 1, 12, 0, tzinfo=timezone.utc)
BODY = "<body><p>Some text of the article.</p></body>"


def meta_of(head: str, body: str = BODY, url: str | None = None) -> Metadata:
    page = f"<html><head>{head}</head>{body}</html>"
    return read_metadata(lxml_html.document_fromstring(page), url, now=NOW)


def ld(obj: str) -> str:
    return f'<script type="application/ld+json">{obj}</script>'


# --- JSON-LD ----------------------------------------------------------------


def test_graph_with_id_references() -> None:
    art = extract((HTML / "news_jsonld_graph.html").read_text(encoding="utf-8"))
    assert art.title == "Harbour bridge reopens after repairs"
    assert art.authors == ("Ana Lima", "Tom Berg")
    assert art.byline == "Ana Lima, Tom Berg"
    assert art.published == "2024-03-05T08:30:00+01:00"
    assert art.modified == "2024-03-06T10:00:00+01:00"
    assert art.date_source == "json-ld"
    assert art.site_name == "The Daily Example"
    assert art.section == "Local"
    assert art.tags == ("bridges", "transport", "harbour")
    assert art.lang == "en-GB"
    assert art.canonical_url == "https://news.example.com/2024/03/05/harbour-bridge-reopens"
    assert art.excerpt == "The old harbour bridge carries traffic again after two years of work."


def test_top_level_list_and_author_strings() -> None:
    meta = meta_of(
        ld(
            '[{"@type": "BreadcrumbList"}, {"@type": ["NewsArticle"], "headline": "A list page",'
            ' "author": ["Jo Bloggs", {"@type": "Person", "name": "Sam Doe"}, "https://x.org/jo"],'
            ' "datePublished": "2024-01-02"}]'
        )
    )
    assert meta.title == "A list page"
    assert meta.authors == ("Jo Bloggs", "Sam Doe")
    assert meta.published == "2024-01-02"


def test_nested_author_with_given_and_family_name() -> None:
    meta = meta_of(
        ld(
            '{"@type": "BlogPosting", "headline": "Nested",'
            ' "author": {"@type": "Person", "givenName": "Ada", "familyName": "Lovelace"}}'
        )
    )
    assert meta.authors == ("Ada Lovelace",)


def test_broken_json_ld_is_ignored() -> None:
    meta = meta_of(
        ld('{"@type": "NewsArticle", "headline": ') + '<meta property="og:title" content="OG">'
    )
    assert meta.title == "OG"


def test_article_body_is_kept_for_cross_checking() -> None:
    meta = meta_of(
        ld('{"@type": "NewsArticle", "headline": "H", "articleBody": "Full  text.\\n\\nMore."}')
    )
    assert meta.article_body == "Full text.\nMore."


def test_html_entities_in_metadata_are_decoded() -> None:
    meta = meta_of('<meta property="og:description" content="That&amp;#039;s it">')
    assert meta.excerpt == "That's it"


# --- <meta> fallbacks ---------------------------------------------------------


def test_meta_only_page() -> None:
    art = extract((HTML / "blog_meta_only.html").read_text(encoding="utf-8"))
    assert art.title == "Wie man Sauerteig ansetzt"
    assert art.authors == ("Greta Sommer",)  # article:author is a URL: skipped
    assert art.published == "2023-10-01T07:00:00+00:00"
    assert art.date_source == "meta:article:published_time"
    assert art.modified == "2023-10-02T09:15:00+00:00"
    assert art.site_name == "Backstube Blog"
    assert art.lang == "de"
    assert art.section == "Rezepte"
    assert art.tags == ("Brot", "Sauerteig")
    assert art.canonical_url == "https://backstube.example.de/sauerteig"


def test_property_meta_beats_a_name_duplicate() -> None:
    meta = meta_of(
        '<meta name="dc.title" content="Name title"><meta property="dc:title" content="Property title">'
    )
    assert meta.title == "Property title"


def test_space_separated_properties() -> None:
    meta = meta_of('<meta property="og:title twitter:title" content="Shared title">')
    assert meta.title == "Shared title"


def test_og_locale_is_a_language_tag() -> None:
    assert meta_of('<meta property="og:locale" content="pt_BR">').lang == "pt-BR"


def test_keywords_are_split() -> None:
    assert meta_of('<meta name="keywords" content="a, b; c, a, null">').tags == ("a", "b", "c")


def test_image_is_made_absolute() -> None:
    meta = meta_of('<meta property="og:image" content="/i.png">', url="https://ex.com/p/1")
    assert meta.image == "https://ex.com/i.png"


# --- titles -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (
            "Rain expected all week in the north | Example News",
            "Rain expected all week in the north",
        ),
        (
            "Rain expected all week in the north - Example News",
            "Rain expected all week in the north",
        ),
        (
            "Rain expected all week in the north : Example News",
            "Rain expected all week in the north",
        ),
        (
            "Rain expected all week in the north — Example News",
            "Rain expected all week in the north",
        ),
        (
            "Example News | Rain expected all week in the north",
            "Rain expected all week in the north",
        ),
    ],
)
def test_site_suffix_is_stripped_from_title(title: str, expected: str) -> None:
    meta = meta_of(f'<title>{title}</title><meta property="og:site_name" content="Example News">')
    assert meta.title == expected


def test_title_without_site_name_keeps_the_headline_part() -> None:
    meta = meta_of("<title>Rain expected all week in the north - Weather - Example</title>")
    assert meta.title == "Rain expected all week in the north"


@pytest.mark.parametrize(
    ("title", "site"),
    [
        ("Rain expected all week in the north | The Daily Planet", "The Daily Planet"),
        ("Rain expected all week in the north - Weather - Example", "Example"),
        ("Rain expected all week in the north", None),  # nothing after the headline
        ("Rain expected all week in the north - Page 2 of 3", None),  # not a name
    ],
)
def test_site_name_from_the_title_when_no_tag_gives_one(title: str, site: str | None) -> None:
    meta = meta_of(
        f"<title>{title}</title>",
        "<body><h1>Rain expected all week in the north</h1><p>Text.</p></body>",
    )
    assert meta.site_name == site


def test_a_declared_site_name_beats_the_titles() -> None:
    meta = meta_of(
        "<title>Rain expected all week in the north | Planet</title>"
        '<meta property="og:site_name" content="The Daily Planet">'
    )
    assert meta.site_name == "The Daily Planet"


def test_h1_cross_checks_og_title_with_suffix() -> None:
    meta = meta_of(
        '<meta property="og:title" content="A headline about trains - Jo Bloggs - Blogsite">',
        "<body><h1>A headline about trains</h1><p>Text.</p></body>",
    )
    assert meta.title == "A headline about trains"


def test_short_title_is_not_replaced_by_a_stray_h1() -> None:
    meta = meta_of("<title>Base URL test</title>", "<body><h1>Lorem</h1><p>Text.</p></body>")
    assert meta.title == "Base URL test"


def test_json_ld_headline_beats_og_title() -> None:
    meta = meta_of(
        ld('{"@type": "NewsArticle", "headline": "The real headline"}')
        + '<meta property="og:title" content="Click here for the headline">'
    )
    assert meta.title == "The real headline"


# --- bylines --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "names"),
    [
        ("By Jane Doe", ["Jane Doe"]),
        ("by Jane Doe, Staff Writer", ["Jane Doe"]),
        ("By JOHN SMITH and MARY JONES | Updated March 3, 2024", ["JOHN SMITH", "MARY JONES"]),
        ("Par Sébastien Farcis", ["Sébastien Farcis"]),
        ("Von Greta Sommer", ["Greta Sommer"]),
        ("Ben Silverman Games Editor", ["Ben Silverman"]),
        ("Jane Doe Email the author", ["Jane Doe"]),
        ("Staff", []),
        ("Mac & i", ["Mac & i"]),
        (
            "Martin Untersinger (avec Damien Leloup et Morgane Tual)",
            ["Martin Untersinger (avec Damien Leloup et Morgane Tual)"],
        ),
        ("By clicking Submit, you agree to the Privacy Policy.", []),
        ("https://www.facebook.com/someone", []),
        ("Brenda  Goodman, MA", ["Brenda Goodman"]),
        ("Jane Doe, PhD and John Roe, M.D.", ["Jane Doe", "John Roe"]),
        ("Jack Ma", ["Jack Ma"]),
        ("Sunday", []),
    ],
)
def test_split_authors(raw: str, names: list[str]) -> None:
    assert split_authors(raw) == names


def test_byline_element_and_dedupe() -> None:
    meta = meta_of(
        "",
        '<body><div class="byline">By <a rel="author" href="/jd">Jane Doe</a></div>'
        '<p class="author">Jane Doe</p><p>Text.</p></body>',
    )
    assert meta.authors == ("Jane Doe",)
    assert meta.byline == "Jane Doe"


def test_byline_element_shows_the_page_wording_and_names_the_linked_author() -> None:
    meta = meta_of(
        "",
        '<body><div class="author_fmt"> By <a rel="author" href="/km">Kelli  Miller</a>'
        "<br/>WebMD Health News</div><p>Text.</p></body>",
    )
    assert meta.authors == ("Kelli Miller",)
    assert meta.byline == "Kelli Miller WebMD Health News"


def test_byline_element_loses_its_date_and_job_title() -> None:
    meta = meta_of(
        "",
        '<body><p class="byline">By Nathan Willis, Senior Editor<br>March 25, 2015</p>'
        "<p>Text.</p></body>",
    )
    assert meta.authors == ("Nathan Willis",)
    assert meta.byline == "Nathan Willis"


def test_by_line_without_markup() -> None:
    meta = meta_of("", "<body><p>By Kim Park</p><p>The article text starts here.</p></body>")
    assert meta.authors == ("Kim Park",)


def test_by_line_with_a_linked_name() -> None:
    meta = meta_of(
        "", '<body><p>By <a href="/kp">Kim Park</a></p><p>The text starts here.</p></body>'
    )
    assert meta.authors == ("Kim Park",)


def test_a_sentence_starting_with_by_is_not_a_byline() -> None:
    meta = meta_of("", "<body><p>By the time we arrived it was over.</p></body>")
    assert meta.authors == ()


def test_citation_style_names_keep_their_initials() -> None:
    meta = meta_of(
        '<meta name="DC.Creator" content="Kooman, F."><meta name="DC.Creator" content="Jong, Michiel de">'
    )
    assert meta.authors == ("Kooman, F.", "Jong, Michiel de")
    assert meta.byline == "Kooman, F.; Jong, Michiel de"


def test_meta_author_url_is_not_a_name() -> None:
    meta = meta_of('<meta property="article:author" content="https://facebook.com/x">')
    assert meta.authors == ()
    assert meta.byline is None


# --- dates ----------------------------------------------------------------------


def test_date_precedence_json_ld_over_meta_over_time_over_url() -> None:
    time_el = '<body><time datetime="2024-03-03T10:00:00Z">3 March</time><p>Text.</p></body>'
    url = "https://ex.com/2024/03/01/story"
    full = meta_of(
        ld('{"@type": "NewsArticle", "datePublished": "2024-03-05T08:00:00Z"}')
        + '<meta property="article:published_time" content="2024-03-04T08:00:00Z">',
        time_el,
        url,
    )
    assert (full.published, full.date_source) == ("2024-03-05T08:00:00+00:00", "json-ld")
    meta = meta_of(
        '<meta property="article:published_time" content="2024-03-04T08:00:00Z">', time_el, url
    )
    assert meta.date_source == "meta:article:published_time"
    timed = meta_of("", time_el, url)
    assert (timed.published, timed.date_source) == ("2024-03-03T10:00:00+00:00", "time")
    from_url = meta_of("", BODY, url)
    assert (from_url.published, from_url.date_source) == ("2024-03-01", "url")


def test_time_inside_the_article_beats_a_header_clock() -> None:
    body = (
        '<body><header><time datetime="2025-05-31">Today</time></header>'
        '<article><time datetime="2024-02-02T09:00:00+01:00">2 Feb</time><p>Text.</p></article></body>'
    )
    assert meta_of("", body).published == "2024-02-02T09:00:00+01:00"


def test_date_from_visible_text() -> None:
    meta = meta_of("", '<body><span class="date">Posted March 25, 2015</span><p>Text.</p></body>')
    assert (meta.published, meta.date_source) == ("2015-03-25", "text")


def test_future_dates_are_rejected() -> None:
    meta = meta_of(
        ld('{"@type": "NewsArticle", "datePublished": "2031-01-01T00:00:00Z"}')
        + '<meta name="date" content="2024-02-02">'
    )
    assert (meta.published, meta.date_source) == ("2024-02-02", "meta:date")
    assert meta_of("", BODY, "https://ex.com/2030/01/01/x").published is None


def test_modified_is_kept_apart() -> None:
    meta = meta_of('<meta property="article:modified_time" content="2024-05-05T05:05:05+02:00">')
    assert meta.published is None
    assert meta.modified == "2024-05-05T05:05:05+02:00"


@pytest.mark.parametrize(
    ("raw", "iso"),
    [
        ("2021-11-01T10:52:50+0100", "2021-11-01T10:52:50+01:00"),
        ("2019-01-03T07:00:02.000Z", "2019-01-03T07:00:02+00:00"),
        ("2017-11-03 03:01:00.000000", "2017-11-03T03:01:00"),
        ("2015-03-27T13:07:55.096Z", "2015-03-27T13:07:55.096000+00:00"),
        ("2017-11-24T18:42:20.314667", "2017-11-24T18:42:20.314667"),
        ("2018-04-05T06:00", "2018-04-05T06:00:00"),
        ("2024-06-25", "2024-06-25"),
        ("2024/06/25", "2024-06-25"),
        ("Tue, 18 Nov 2024 10:00:00 GMT", "2024-11-18T10:00:00+00:00"),
        ("March 25, 2015", "2015-03-25"),
        ("25 March 2015", "2015-03-25"),
        ("not a date", None),
        ("1970-01-01", None),
        ("2099-01-01T00:00:00Z", None),
    ],
)
def test_parse_date(raw: str, iso: str | None) -> None:
    assert parse_date(raw, NOW) == iso


def test_sources_mix_field_by_field() -> None:
    meta = meta_of(
        ld('{"@type": "Article", "headline": "From JSON-LD"}')
        + '<meta property="og:site_name" content="OG Site">'
        + '<meta property="og:image" content="https://ex.com/og.png">'
        + '<meta name="author" content="Meta Author">'
        + '<meta property="article:published_time" content="2024-04-04T04:04:04Z">'
        + '<link rel="canonical" href="/canonical">',
        url="https://ex.com/story?utm_source=x",
    )
    assert meta.title == "From JSON-LD"
    assert meta.site_name == "OG Site"
    assert meta.image == "https://ex.com/og.png"
    assert meta.authors == ("Meta Author",)
    assert meta.date_source == "meta:article:published_time"
    assert meta.canonical_url == "https://ex.com/canonical"


def test_main_entity_article_inside_a_web_page() -> None:
    meta = meta_of(
        ld(
            '{"@type": "WebPage", "name": "Page", "mainEntity": {"@type": "NewsArticle",'
            ' "headline": "Inner headline", "author": {"@type": "Person", "name": "In Ner"}}}'
        )
    )
    assert meta.title == "Inner headline"
    assert meta.authors == ("In Ner",)


def test_no_metadata_at_all() -> None:
    meta = meta_of("", "<body><p>Just text.</p></body>")
    assert meta == Metadata(lang=None)


def test_json_ld_nested_deeper_than_python_recurses_is_ignored_not_fatal() -> None:
    from clipper.extract.html.article import extract

    deep = "[" * 100_000 + "]" * 100_000
    html = (
        "<html><head><title>Deep data</title>"
        f'<script type="application/ld+json">{deep}</script></head><body><article>'
        + "<p>A paragraph long enough to count as the article body for the extractor here.</p>" * 5
        + "</article></body></html>"
    )
    article = extract(html)
    assert "long enough to count" in article.text


def test_a_date_only_in_the_text_is_found_by_htmldate() -> None:
    from pathlib import Path

    html = (Path(__file__).parent / "fixtures" / "html" / "date_in_text_only.html").read_text(
        encoding="utf-8"
    )
    # the headline is not this page's only date: far from it, htmldate finds one
    far = html.replace('<p class="info">Posted on 14 March 2021 by the garden committee</p>', "")
    far = far.replace("</div>", "<footer>The garden committee, 14 March 2021</footer></div>")
    art = extract(far)
    assert art.published == "2021-03-14"
    assert art.date_source == "htmldate"


def test_a_date_under_the_headline_is_read_before_htmldate_is_asked() -> None:
    from pathlib import Path

    html = (Path(__file__).parent / "fixtures" / "html" / "date_in_text_only.html").read_text(
        encoding="utf-8"
    )
    art = extract(html)
    assert art.published == "2021-03-14"
    assert art.date_source == "headline"


def test_a_page_declaring_its_date_does_not_ask_htmldate() -> None:
    meta = meta_of(
        '<meta property="article:published_time" content="2020-02-02T10:00:00+00:00">',
        body="<body><p>Posted on 14 March 2021</p></body>",
    )
    assert meta.published == "2020-02-02T10:00:00+00:00"
    assert meta.date_source == "meta:article:published_time"


def test_the_articles_own_headline_wins_over_a_title_with_a_kicker() -> None:
    meta = meta_of(
        '<meta property="og:title" content="Chronik: Lotte Tobisch ist tot › Wien heute">',
        body="<body><article><h1>Lotte Tobisch ist tot</h1><p>Text.</p></article></body>",
    )
    assert meta.title == "Lotte Tobisch ist tot"


def test_a_short_headline_does_not_replace_the_title() -> None:
    meta = meta_of(
        '<meta property="og:title" content="Budget talks collapse after a night of argument">',
        body="<body><article><h1>Budget</h1><p>Text.</p></article></body>",
    )
    assert meta.title == "Budget talks collapse after a night of argument"


def test_a_name_only_a_class_attribute_marks_is_no_author() -> None:
    # A poster's handle or a commenter's name under a
    # "writer"/"author" class is no byline: no markup, meta or by-line names the
    # author, so clipper names no one rather than the wrong person.
    for markup in (
        '<article><p>Text.</p><span class="writer">Jane Holm</span></article>',
        '<div class="post"><span class="author">r23</span><p>Same problem here.</p></div>',
    ):
        assert meta_of("", body=f"<body>{markup}</body>").authors == ()


def test_metadata_fields_are_article_fields_of_the_same_type() -> None:
    # The extract stage hands Metadata's values to Article by name (article_fields).
    from dataclasses import fields

    from clipper.extract.html.metadata import ARTICLE_FIELDS
    from clipper.models import Article

    article = {f.name: f.type for f in fields(Article)}
    found = {f.name: f.type for f in fields(Metadata) if f.name in ARTICLE_FIELDS}
    assert set(ARTICLE_FIELDS) == set(found) and len(found) == 13
    for name, kind in found.items():
        assert article.get(name) == kind, name
