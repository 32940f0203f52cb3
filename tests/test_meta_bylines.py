"""Byline rules that must hold on pages no one has seen (#14): each on a small page of its own."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest
from lxml import html as lxml_html

from clipper.extract.html.metadata import Metadata, read_metadata

NOW = datetime(2025, 6, 1, 12, 0, tzinfo=timezone.utc)
PROSE = (
    "<p>" + "The ferry board met on Tuesday to talk about the new quay and its costs. " * 3 + "</p>"
)


def meta_of(body: str, *, lang: str = "", head: str = "") -> Metadata:
    lang_attr = f' lang="{lang}"' if lang else ""
    page = (
        f"<html{lang_attr}><head><title>The new quay opens</title>{head}</head>"
        f"<body><article><h1>The new quay opens</h1>{body}{PROSE}</article></body></html>"
    )
    return read_metadata(lxml_html.document_fromstring(page), None, now=NOW)


# --- what is no byline -----------------------------------------------------------


@pytest.mark.parametrize(
    "heading",
    [
        "<h2>By The Numbers</h2>",
        "<h3><span>By the Sea</span></h3>",
        "<h2>Von Anker bis Zollhaus</h2>",
        "<h4>Door Closing Times</h4>",
    ],
)
def test_a_subheading_by_the_headline_is_no_byline(heading: str) -> None:
    meta = meta_of(heading)
    assert meta.authors == ()


def test_a_byline_by_the_headline_is_still_read_beside_a_subheading() -> None:
    meta = meta_of("<h2>By The Numbers</h2><span>By</span> <a>Mara Quist</a>")
    assert meta.authors == ("Mara Quist",)


@pytest.mark.parametrize(
    "line", ["Von Kiel nach Lübeck", "von Mai bis Juli", "Von Anker bis Zollhaus"]
)
def test_von_and_nach_or_bis_is_a_span_not_a_byline(line: str) -> None:
    assert meta_of(f"<p>{line}</p>", lang="de").authors == ()
    assert meta_of(f"<span>{line}</span>", lang="de").authors == ()


def test_von_and_a_name_is_still_a_byline() -> None:
    assert meta_of("<p>Von Mara Quist</p>", lang="de").authors == ("Mara Quist",)


@pytest.mark.parametrize(
    ("line", "lang"),
    [("Door Closing Times", "en"), ("Par Avion", "en-GB"), ("Von Trapp Family Singers", "en")],
)
def test_a_by_word_of_another_language_than_the_pages_is_no_byline(line: str, lang: str) -> None:
    assert meta_of(f"<p>{line}</p>", lang=lang).authors == ()


@pytest.mark.parametrize(
    ("line", "lang", "name"),
    [
        ("Door Joost Verhagen", "nl", "Joost Verhagen"),
        ("Par Aline Rochet", "fr", "Aline Rochet"),
        ("Par Aline Rochet", "", "Aline Rochet"),  # no language declared: a by-word
        ("By Mara Quist", "de", "Mara Quist"),  # English "By" on any page
    ],
)
def test_a_by_word_of_the_pages_language_is_a_byline(line: str, lang: str, name: str) -> None:
    assert meta_of(f"<p>{line}</p>", lang=lang).authors == (name,)


@pytest.mark.parametrize(
    ("line", "prose", "name"),
    [
        (
            "Von Anna Berg",
            "Der neue Kai wird am Dienstag eröffnet, sagte die Hafenbehörde der Stadt am Montag.",
            "Anna Berg",
        ),
        (
            "Por Ana Souza",
            "O novo cais abre na terça-feira, disse a administração do porto da cidade.",
            "Ana Souza",
        ),
    ],
)
def test_a_by_word_of_the_language_the_page_is_written_in_is_a_byline(
    line: str, prose: str, name: str
) -> None:
    # the site kept an English template's lang; its text says otherwise
    page = (
        f"<html lang='en'><head><title>{prose[:30]}</title></head><body><article>"
        f"<h1>{prose[:30]}</h1><p>{line}</p><p>{prose * 3}</p></article></body></html>"
    )
    meta = read_metadata(lxml_html.document_fromstring(page), None, now=NOW)
    assert meta.authors == (name,)


def test_a_bold_label_after_the_text_is_no_byline() -> None:
    body = "<p><b>By Public Transport</b></p><p>The station is a short walk from the quay.</p>"
    assert meta_of(f"{PROSE}{PROSE}{body}").authors == ()


def test_an_italic_byline_over_the_text_is_one() -> None:
    assert meta_of("<h2>Intro</h2><p><i>von Anna Berg</i></p>", lang="de").authors == ("Anna Berg",)


# --- labelled bylines ------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "<p><strong>Autor:</strong> <a href='/p/7'>Mara Quist</a><br>Tags: quay</p>",
        "<div><span class='label'>Datum:</span> 03.05.2025<br>"
        "<span class='label'>Autor:</span> Mara Quist<br><span class='label'>Quelle:</span> Hafenblatt</div>",
        "<div><h5>Autor:</h5>Mara Quist</div>",
        "<div><b>Von:</b> <br> <br> Mara Quist</div>",
        "<div><h4>Autor</h4><p><a href='/p/7'>Mara Quist</a><b>, </b></p></div>",
        "<dl><dt>Author</dt><dd>Mara Quist</dd></dl>",
    ],
)
def test_a_label_element_gives_the_name_after_it(body: str) -> None:
    meta = meta_of(f"{PROSE}{body}")
    assert meta.authors == ("Mara Quist",)


@pytest.mark.parametrize(
    "body",
    [
        # a by-word alone is any word: here SQL in a code block
        "<pre><span>SELECT</span> * <span>ORDER</span> <span>BY</span> <span>period</span></pre>",
        "<div><span>Text</span> <span>Larger</span></div>",
    ],
)
def test_a_by_word_without_its_colon_is_no_label(body: str) -> None:
    assert meta_of(f"{PROSE}{body}").authors == ()


@pytest.mark.parametrize(
    ("body", "names"),
    [
        ("<p><i>von Mara Quist</i></p>", ("Mara Quist",)),
        ("<p><span><strong>Von Mara Quist</strong></span></p>", ("Mara Quist",)),
        ("<p>Autoren Mara Quist und Jon Vell</p>", ("Mara Quist", "Jon Vell")),
        ("<div>Von: <a href='/p/7'>Mara Quist</a></div>", ("Mara Quist",)),
        # another credit after the writer's is not part of the name
        ("<p><em>Text von Mara Quist \xa0 Illustration von Jon Vell</em></p>", ("Mara Quist",)),
        ("<p>Text und Fotos: Mara Quist</p>", ("Mara Quist",)),
    ],
)
def test_byline_lines_in_emphasis_with_labels_and_credits(
    body: str, names: tuple[str, ...]
) -> None:
    # over the article's text, where a byline stands (a bold "Von …" line after
    # paragraphs of text is a section's label: test_a_bold_label_after_the_text_is_no_byline)
    assert meta_of(body, lang="de").authors == names


def test_a_line_that_leads_into_what_follows_is_no_byline() -> None:
    # "killed by a mob:" opens a paragraph's topic; it names no author
    meta = meta_of(f"{PROSE}<p><b>Von Piraten entführt:</b> Zwei Boote wurden</p>", lang="de")
    assert meta.authors == ()


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        (
            "Von <a href='/p/7'>Mara Quist</a> am 07.08.2024 um 09:07 Uhr gespeichert unter "
            "<a href='/c/reisen'>Reisen</a>",
            ("Mara Quist",),
        ),
        (
            "Von M. Q. am 07.08.2024 um 09:07 Uhr gespeichert unter <a href='/c/reisen'>Reisen</a>",
            ("M. Q.",),
        ),
    ],
)
def test_a_link_after_the_bylines_date_is_a_section_not_an_author(
    byline: str, names: tuple[str, ...]
) -> None:
    meta = meta_of(f"{PROSE}<p class='byline'>{byline}</p>", lang="de")
    assert meta.authors == names


@pytest.mark.parametrize(
    "declared",
    ["Hafenblatt-Expertin Mara Quist", "Gastautorin Mara Quist", "Korrespondent Mara Quist"],
)
def test_a_job_title_before_a_declared_name_is_no_part_of_it(declared: str) -> None:
    meta = meta_of("", lang="de", head=f'<meta name="author" content="{declared}">')
    assert meta.authors == ("Mara Quist",)


def test_the_date_in_the_pages_byline_is_the_publications() -> None:
    far = "<div>" + "<p>Eine Zeile weiter unten.</p>" * 3 + "</div>"
    meta = meta_of(f"{PROSE}{far}<p>von Mara Quist am 20.09.2024</p>", lang="de")
    assert meta.authors == ("Mara Quist",)
    assert (meta.published, meta.date_source) == ("2024-09-20", "byline")


def test_a_label_alone_by_the_headline_gives_every_name_the_commas_join() -> None:
    meta = meta_of(
        "<div><span>Por:</span> <a href='/a/1'>Mara Quist</a><span>, </span>"
        "<a href='/a/2'>Jon Vell</a><span>, </span><a href='/a/3'>Eda Rusk</a></div>",
        lang="es",
    )
    assert meta.authors == ("Mara Quist", "Jon Vell", "Eda Rusk")
    meta = meta_of("<div><span>By</span> <a>Mara Quist</a> <span>12 Comments</span></div>")
    assert meta.authors == ("Mara Quist",)


def test_the_new_byline_patterns_fail_on_long_runs_in_one_pass() -> None:
    from clipper.extract.html import rules

    # a label and a long run of spaces: one run, read once (two overlapping
    # quantifiers around the colon once tried every split of it)
    assert rules.BYLINE_LINE.match("Autor" + " " * 20_000) is None
    assert rules.BYLINE_SPAN.match("von " + "Kai " * 20_000 + "nach") is None


@pytest.mark.parametrize(
    "body",
    [
        "<h2>Getting there</h2><p><b>By Train</b> The station is a short walk from the quay.</p>"
        "<p><b>By Car</b> Park at the ferry terminal.</p>",
        "<p><i>By Royal Appointment</i> is the name of the new show at the castle.</p>",
        "<p><strong>By Ferry</strong></p>",
    ],
)
def test_a_bold_or_italic_label_in_the_text_is_no_byline(body: str) -> None:
    assert meta_of(f"{PROSE}{body}").authors == ()


# --- co-authors ------------------------------------------------------------------

LD_ONE_AUTHOR = (
    '<script type="application/ld+json">{"@type": "NewsArticle", '
    '"author": {"@type": "Person", "name": "Ann Lee"}}</script>'
)


def test_the_author_tag_adds_the_co_authors_json_ld_left_out() -> None:
    meta = meta_of("", head=LD_ONE_AUTHOR + '<meta name="author" content="Ann Lee,Bo Berg">')
    assert meta.authors == ("Ann Lee", "Bo Berg")


def test_an_author_tag_naming_someone_else_leaves_json_lds_author() -> None:
    meta = meta_of("", head=LD_ONE_AUTHOR + '<meta name="author" content="Bo Berg, Cy Dahl">')
    assert meta.authors == ("Ann Lee",)


@pytest.mark.parametrize(
    ("raw", "names"),
    [
        ("Rasender Reporter", ["Rasender Reporter"]),  # a pen name ending in a job title
        ("Ann Lee, Reporter", ["Ann Lee"]),
        ("Staff Writer", []),
        ("Sven Updated", ["Sven"]),
    ],
)
def test_a_two_word_pen_name_ending_in_a_job_title_stays_whole(raw: str, names: list[str]) -> None:
    from clipper.extract.html.authors import split_authors

    assert split_authors(raw) == names


# --- a byline in lines -----------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "names", "byline"),
    [
        ('<p class="byline">BY ANN LEE<br>GAZETTE STAFF</p>', ("ANN LEE",), "ANN LEE"),
        ("<p>By Mara Quist<br/>Associated Press</p>", ("Mara Quist",), "Mara Quist"),
        (
            '<div class="byline">By <a rel="author">Mara Quist</a><br>Harbour Staff Writer</div>',
            ("Mara Quist",),
            "Mara Quist",
        ),
        (
            "<p><b>By ANN LEE</b><br>GAZETTE STAFF<br>June 3, 2025</p>",
            ("ANN LEE",),
            "ANN LEE",
        ),
    ],
)
def test_a_desk_line_after_the_break_is_no_part_of_the_name(
    body: str, names: tuple[str, ...], byline: str
) -> None:
    meta = meta_of(body)
    assert meta.authors == names
    assert meta.byline == byline


def test_a_line_after_the_break_that_goes_on_with_names_gives_them_all() -> None:
    meta = meta_of('<div class="byline">By Ann Lee<br>and Bob Smith</div>')
    assert meta.authors == ("Ann Lee", "Bob Smith")


def test_a_line_after_the_break_naming_no_desk_stays_in_the_byline() -> None:
    meta = meta_of('<div class="byline">By <a rel="author">Mara Quist</a><br>Quay News</div>')
    assert meta.authors == ("Mara Quist",)
    assert meta.byline == "Mara Quist Quay News"


@pytest.mark.parametrize(
    ("raw", "names"),
    [
        ("Mara Quist/SP-X", ["Mara Quist"]),
        ("Mara Quist / dpa", ["Mara Quist"]),
        ("Ann Lee und Bo Berg / AFP", ["Ann Lee", "Bo Berg"]),
        ("AFP/The Local", ["AFP/The Local"]),  # two sources, no name before the slash
    ],
)
def test_an_agencys_code_after_a_name_and_a_slash_is_no_part_of_it(
    raw: str, names: list[str]
) -> None:
    from clipper.extract.html.authors import split_authors

    assert split_authors(raw) == names


def test_a_labelled_author_with_the_agency_after_a_slash_names_the_person() -> None:
    meta = meta_of("<p><b>Autor:</b> Mara Quist/SP-X</p>", lang="de")
    assert meta.authors == ("Mara Quist",)


@pytest.mark.parametrize(
    ("body", "names"),
    [
        (
            '<div class="submitted">Gespeichert von <span class="username">mquist</span>'
            " am 24. Juli 2017 - 18:55</div>",
            ("mquist",),
        ),
        (
            '<div class="submitted">Submitted by <a class="username">kbaker</a>'
            " on Tue, 05/06/2025 - 10:12</div>",
            ("kbaker",),
        ),
        ("<p>Submitted by Mara Quist</p>", ("Mara Quist",)),
        ("<p>Submitted by admin on Tuesday</p>", ()),
    ],
)
def test_a_submitted_by_line_names_its_user_in_any_case(body: str, names: tuple[str, ...]) -> None:
    assert meta_of(body).authors == names


@pytest.mark.parametrize(
    "body",
    [
        '<p><span class="dateline">KOBE – </span>A total of 600 masks were lost.</p>',
        '<p><span class="dateline">WASHINGTON, D.C. —</span> The board met.</p>',
    ],
)
def test_a_datelines_place_is_no_author(body: str) -> None:
    assert meta_of(body).authors == ()


def test_a_byline_element_ending_in_a_dash_still_names_its_author() -> None:
    assert meta_of('<span class="byline">By Mara Quist -</span>').authors == ("Mara Quist",)


def test_soft_hyphens_in_a_name_are_no_part_of_it() -> None:
    meta = meta_of("<p><strong>Von Ma&shy;ra Quist&shy;bach</strong></p>", lang="de")
    assert meta.authors == ("Mara Quistbach",)
    assert meta.byline == "Mara Quistbach"
    meta = meta_of("", head='<meta name="author" content="Ma\u00adra Quist">')
    assert meta.authors == ("Mara Quist",)


@pytest.mark.parametrize("address", ["mquist[at]quay.example", "mara@quay.example"])
def test_an_email_address_is_no_name(address: str) -> None:
    meta = meta_of("", head=f'<meta name="author" content="{address}">')
    assert meta.authors == ()


def test_a_byline_with_the_authors_address_after_the_name_names_the_author() -> None:
    meta = meta_of(
        '<div class="byline"><div class="byline-name">Mara Quist</div>'
        "<div>mara.quist@quay.example</div></div>"
    )
    assert meta.authors == ("Mara Quist",)


@pytest.mark.parametrize(
    ("raw", "names"),
    [
        ("Landesanstalt für Wald und Forst", ["Landesanstalt für Wald und Forst"]),
        ("Office of Rail and Road", ["Office of Rail and Road"]),
        ("Ann Lee und Bo Berg", ["Ann Lee", "Bo Berg"]),
        ("Ludwig van Beethoven and Ann Lee", ["Ludwig van Beethoven", "Ann Lee"]),
    ],
)
def test_an_and_inside_an_organisations_name_does_not_split_it(raw: str, names: list[str]) -> None:
    from clipper.extract.html.authors import split_authors

    assert split_authors(raw) == names


@pytest.mark.parametrize(
    ("description", "names"),
    [
        (
            "Posted by Ann Lee, Bob Ray and Cy Dahl - Harbour Security team   Over the past…",
            ("Ann Lee", "Bob Ray", "Cy Dahl"),
        ),
        ("Written by Mara Quist (Harbour Blog, 21 June 2018)", ("Mara Quist",)),
        ("By Public Transport | Getting to the quay", ()),
        ("Posted by Train - how to reach the quay", ()),
        ("Posted by Mara Quist Herr Berg, in the harbour", ()),
    ],
)
def test_a_description_opening_with_a_byline_names_the_authors_when_nothing_else_does(
    description: str, names: tuple[str, ...]
) -> None:
    meta = meta_of("", head=f'<meta name="description" content="{description}">')
    assert meta.authors == names


def test_a_description_byline_gives_way_to_the_pages_own() -> None:
    head = '<meta name="description" content="Posted by Ann Lee - Security team">'
    assert meta_of("<p>By Mara Quist</p>", head=head).authors == ("Mara Quist",)


def test_a_desk_or_a_role_in_a_descriptions_posted_by_is_no_author() -> None:
    for who in ("Site Admin", "Guest Contributor", "The Editorial Team", "Google Security Team"):
        head = f'<meta name="description" content="Posted by {who} - the week in review">'
        assert meta_of("<p>Text.</p>", head=head).authors == (), who
    head = '<meta name="description" content="Posted by Ann Lee and Bob Ray - the week">'
    assert meta_of("<p>Text.</p>", head=head).authors == ("Ann Lee", "Bob Ray")


def test_a_content_systems_anonymous_visitor_is_no_author() -> None:
    body = '<p class="submitted">Submitted by Anonymous (not verified) on 3 May 2020</p>'
    assert meta_of(body).authors == ()


def test_a_name_with_a_dash_after_it_is_no_datelines_place() -> None:
    # a dateline's place is in capitals ("KOBE –"); "Ann Lee –" is the author
    assert meta_of('<span class="byline">Ann Lee –</span>').authors == ("Ann Lee",)
    assert meta_of('<div class="author">Ann Lee -</div>').authors == ("Ann Lee",)


def test_a_huge_author_field_is_read_in_bounded_time() -> None:
    # a run of letters no name has: refused by its length before any pattern reads it
    # (an e-mail pattern searched through it took seconds per 10,000 letters)
    head = f'<meta name="author" content="Q{"a" * 50_000}">'
    assert meta_of("<p>Text.</p>", head=head).authors == ()
