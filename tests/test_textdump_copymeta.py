"""Bylines and dates of copied pages that the text-dump stage read wrong or not at all
(the web-eval copies' metadata): dotted dates with a two-digit year ("19.10.19"), blog
footers' "posted by" in the other languages of Europe ("Eingestellt von NAME um 10:52"),
German credit lead-ins ("Text: NAME", "Eine Kolumne von NAME") and a date's lead word
after the names ("Von NAME Vom 3. Mai 2022", "By NAME Updated May 2"), a byline's label
alone on its line with the name on the next ("Autor:" / NAME), and a job title glued
after the name ("Ann Lee Senior Reporter"); a dateline opening a line at the body's start
("29.11.2022 – Die Stadt hat ...") dates an article no metadata line dates; a bare name
over a date line under the standfirst is the byline; a name before a date line's date is
its author whatever follows the date; a slashed date beside a day-first language's words
("Por NAME | 03/05/2022") reads day first; the post's category after the names ("von NAME
in Gefühle, Popkultur") is cut; "von" glued to the name on a date line ("vonChris Jung")
leads it.

Every fixture is written for the test; none comes from a corpus page.
"""

from __future__ import annotations

import pytest

from clipper.extract.text.dates import find_date, opening_date
from clipper.extract.text.dump import parse_text_dump
from clipper.extract.text.lines import META, classify, join_split_bylines
from helpers import text_dump

_GERMAN = [
    "Die Stadtbibliothek am Marktplatz bleibt ab dem kommenden Montag für sechs Wochen"
    " geschlossen, weil das Dach des alten Gebäudes undicht geworden ist.",
    "Die Handwerker sollen das Dach bis Ende des Monats abdichten und danach die Leseräume"
    " im ersten Stock neu streichen, wie die Stadtverwaltung am Freitag mitteilte.",
    "Ausgeliehene Bücher können in dieser Zeit im Rathaus zurückgegeben werden, wo auch eine"
    " kleine Auswahl an Zeitschriften und Kinderbüchern bereitsteht.",
]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("19.10.19, 11:29 Uhr", "2019-10-19"),
        ("1.11.23 20:19 von Jana Beispiel", "2023-11-01"),
        ("Veröffentlicht am 03.05.21 um 14:34 Uhr", "2021-05-03"),
        ("03.05.98", "1998-05-03"),  # before the pivot: the 1900s
    ],
)
def test_two_digit_year_dotted_dates_read_day_first(text: str, day: str) -> None:
    when = find_date(text)
    assert when is not None
    assert when.iso()[:10] == day


@pytest.mark.parametrize("text", ["Version v2.10.19", "1.2.3", "192.168.10.12", "Build 3.10.12a"])
def test_version_numbers_are_no_two_digit_year_dates(text: str) -> None:
    assert find_date(text) is None


def test_a_two_digit_year_date_under_the_headline_dates_the_article() -> None:
    article = parse_text_dump(
        text_dump("Stadtbibliothek schließt wegen Dachschaden", "Jana Beispiel | 06.11.23", _GERMAN)
    )
    assert article.published is not None
    assert article.published[:10] == "2023-11-06"


@pytest.mark.parametrize(
    ("line", "author", "day"),
    [
        ("Eingestellt von Lena Beispiel um 10:52", "Lena Beispiel", None),
        ("Veröffentlicht am 12. Juni 2017 von bastelfuchs", "bastelfuchs", "2017-06-12"),
        ("Gespeichert von bastelfuchs am 24. Juli 2017 - 18:55", "bastelfuchs", "2017-07-24"),
        ("Publié par Anne Roy à 08:00", "Anne Roy", None),
        ("Publicado por Marta Gil", "Marta Gil", None),
        ("Geplaatst door Jan de Vries op 3 mei 2021", "Jan de Vries", "2021-05-03"),
        ("Posted by Ann Lee 21.10.2019", "Ann Lee", "2019-10-21"),  # the date glued on
    ],
)
def test_posted_by_footers_in_other_languages(line: str, author: str, day: str | None) -> None:
    read = classify(line)
    assert read.kind == META and read.meta is not None
    assert read.meta.authors == (author,)
    assert (read.meta.published.iso()[:10] if read.meta.published else None) == day


def test_a_footer_naming_no_user_is_no_author() -> None:
    """Several lower-case words after "von" are words, not a user's handle."""
    read = classify("Veröffentlicht von der Stadt Wien")
    assert read.meta is None or not read.meta.authors


def test_a_posted_by_footer_under_the_article_names_its_author() -> None:
    article = parse_text_dump(
        text_dump(
            "Stadtbibliothek schließt wegen Dachschaden",
            _GERMAN,
            "Eingestellt von Lena Beispiel um 10:52",
            "Keine Kommentare:",
        )
    )
    assert article.authors == ("Lena Beispiel",)


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("Text: Max Muster", "Max Muster"),
        ("Text und Fotos: Max Muster", "Max Muster"),
        ("Text: Max Muster, Fotos: Erika Beispiel", "Max Muster"),
        ("Text von Max Muster Illustration von Erika Beispiel", "Max Muster"),
        ("Eine Kolumne von Nils Beispiel", "Nils Beispiel"),
        ("Ein Gastbeitrag von Nils Beispiel", "Nils Beispiel"),
        ("Von Max Muster Vom 3. Februar 2022", "Max Muster"),
        ("By Ann Lee Updated May 2", "Ann Lee"),
        ("Words by Ann Lee Photos by Tom Ray", "Ann Lee"),
    ],
)
def test_credit_lead_ins_and_date_words_around_the_names(line: str, author: str) -> None:
    read = classify(line)
    assert read.kind == META and read.meta is not None
    assert read.meta.authors == (author,)


@pytest.mark.parametrize(
    "line",
    [
        "Text: Mein Motto Sparen: Fazit und Pläne für 2020",  # a shared text, no credit
        "Kommentar von Max Muster",  # a reader's comment's head
        "Text: Lorem ipsum dolor",
    ],
)
def test_text_lead_ins_that_credit_no_one(line: str) -> None:
    read = classify(line)
    assert read.meta is None or not read.meta.authors


@pytest.mark.parametrize(
    ("lines", "author"),
    [
        (["Autor:", "Max Muster"], "Max Muster"),
        (["Auteur(s) :", "", "Anne Roy"], "Anne Roy"),
        (["Geschrieben von:", "Lena Beispiel"], "Lena Beispiel"),
        (["Published by", "Ann Lee"], "Ann Lee"),
        (["Auteur :", "Auteur(s) :", "Anne Roy"], "Anne Roy"),  # one label twice
    ],
)
def test_a_label_alone_and_the_name_under_it_are_one_byline(lines: list[str], author: str) -> None:
    joined = join_split_bylines(lines)
    read = classify(joined[-1])
    assert read.kind == META and read.meta is not None
    assert read.meta.authors == (author,)


@pytest.mark.parametrize("label", ["Autoren", "Autor", "Authors"])
def test_a_bare_label_is_a_menu_item_or_a_heading(label: str) -> None:
    """Without its colon, "Autoren" links to the authors' pages, "Autor" heads a box."""
    assert join_split_bylines([label, "Newsletter"]) == [label, "Newsletter"]


def test_a_published_by_box_under_the_article_names_its_author() -> None:
    article = parse_text_dump(
        text_dump("Stadtbibliothek schließt wegen Dachschaden", _GERMAN, "Published by", "Ann Lee")
    )
    assert article.authors == ("Ann Lee",)


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("By Ann Lee Senior Reporter", "Ann Lee"),
        ("By Ann Lee Chief Political Correspondent", "Ann Lee"),
        ("By Ann LeeStaff Writer", "Ann Lee"),  # the name's link and the title run together
        ("Von Max Muster Redakteur", "Max Muster"),
        ("By Ann Lee, Staff Writer", "Ann Lee"),
        ("By Ann Lee, Local Democracy Reporter", "Ann Lee"),  # a title of its own after the comma
    ],
)
def test_a_job_title_after_the_name_is_cut(line: str, author: str) -> None:
    read = classify(line)
    assert read.kind == META and read.meta is not None
    assert read.meta.authors == (author,)


@pytest.mark.parametrize("line", ["By LETTERS TO THE EDITOR", "By Staff Writer"])
def test_a_title_with_no_name_before_it_is_no_author(line: str) -> None:
    read = classify(line)
    assert read.meta is None or not read.meta.authors


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("29.11.2022 – Die Stadt hat beschlossen", "2022-11-29"),
        ("08.11.2021 | Fachtag zum Thema", "2021-11-08"),
        ("Feb. 23, 2015 -- Peanut allergies are on the rise", "2015-02-23"),
        ("3. Mai 2021", "2021-05-03"),
    ],
)
def test_a_line_opening_with_a_date_is_a_dateline(text: str, day: str) -> None:
    when = opening_date(text)
    assert when is not None and when.iso() == day


@pytest.mark.parametrize(
    "text",
    ["Am 29.11.2022 hat die Stadt beschlossen", "2022 war ein gutes Jahr", "29.11.2022abc"],
)
def test_a_date_inside_a_line_is_no_dateline(text: str) -> None:
    assert opening_date(text) is None


def test_a_dateline_opening_the_body_dates_an_undated_article() -> None:
    first, *rest = _GERMAN
    article = parse_text_dump(
        text_dump("Stadtbibliothek schließt wegen Dachschaden", [f"29.11.2022 – {first}", *rest])
    )
    assert article.published == "2022-11-29"
    assert article.text.startswith("29.11.2022 – Die Stadtbibliothek")  # kept as text


def test_a_metadata_date_beats_the_dateline() -> None:
    first, *rest = _GERMAN
    article = parse_text_dump(
        text_dump(
            "Stadtbibliothek schließt wegen Dachschaden",
            "Von Lena Beispiel, 1. Dezember 2022",
            [f"29.11.2022 – {first}", *rest],
        )
    )
    assert article.published == "2022-12-01"


def test_a_paragraph_further_in_opening_with_a_date_is_text() -> None:
    """Only the body's first line, or a line above it, is a dateline: further in, "3. Mai
    2021: ..." is a timeline's entry."""
    article = parse_text_dump(
        text_dump(
            "Stadtbibliothek schließt wegen Dachschaden",
            [*_GERMAN[:2], f"3. Mai 2021: {_GERMAN[2]}"],
        )
    )
    assert article.published is None


def test_a_bare_name_over_a_date_under_the_standfirst_is_the_byline() -> None:
    article = parse_text_dump(
        text_dump(
            "Stadtbibliothek schließt wegen Dachschaden",
            "Das Dach ist undicht, die Bücher müssen für sechs Wochen ins Rathaus umziehen.",
            ["Lena Beispiel", "19.10.2019, 05:00 Uhr"],
            _GERMAN,
        )
    )
    assert article.authors == ("Lena Beispiel",)
    assert article.published == "2019-10-19T05:00:00"
    assert "Lena Beispiel" not in article.text
    assert article.text.startswith("Das Dach ist undicht")  # the standfirst stays the lead


def test_a_label_over_a_byline_with_its_date_is_no_name() -> None:
    """ "Tech Industry" over "by Ann Lee March 3, 2026": the date line has its byline."""
    article = parse_text_dump(
        text_dump(
            "Stadtbibliothek schließt wegen Dachschaden",
            "Das Dach ist undicht, die Bücher müssen für sechs Wochen ins Rathaus umziehen.",
            ["Tech Industry", "by Ann Lee March 3, 2026"],
            _GERMAN,
        )
    )
    assert article.authors == ("Ann Lee",)


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("Ann Lee / 03.11.2021 / 06:00 / 150", "Ann Lee"),
        ("Ann Lee 11.08.2020 Feelings", "Ann Lee"),  # the post's category after the date
        ("Ann LeeMon 9 Mar 2026 16.45 GMT", "Ann Lee"),  # the day's name glued on
        ("Mike Conley December 18, 2020", "Mike Conley"),
    ],
)
def test_the_name_before_a_date_lines_date(line: str, author: str) -> None:
    read = classify(line)
    assert read.kind == META and read.meta is not None
    assert read.meta.authors == (author,)
    assert read.meta.published is not None


def test_a_day_and_part_of_day_before_the_date_are_no_name() -> None:
    read = classify("Monday Morning 3. Mai 2021")
    assert read.meta is not None and not read.meta.authors


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("Por Ana Lima | 03/05/2022 20:36", "2022-05-03"),  # the part alone has no "Por"
        ("postado em 04/05/2022 05:49", "2022-05-04"),
        ("Publié le 03/12/2026 à 08h47", "2026-12-03"),
        ("By Ann Lee | 03/05/2022", "2022-03-05"),  # English: month first
        ("Por Ana Lima | 03/25/2022", "2022-03-25"),  # no 25th month: month first after all
    ],
)
def test_slashed_dates_beside_day_first_words(line: str, day: str) -> None:
    read = classify(line)
    assert read.meta is not None and read.meta.published is not None
    assert read.meta.published.iso()[:10] == day


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("6. Dezember 2022 von Lena Beispiel in Gefühle, Popkultur", "Lena Beispiel"),
        ("Posted on March 3, 2021 by Ann Lee in Politics", "Ann Lee"),
        ("By Ann Lee in Berlin", "Ann Lee"),
    ],
)
def test_the_category_or_place_after_the_names_is_cut(line: str, author: str) -> None:
    read = classify(line)
    assert read.kind == META and read.meta is not None
    assert read.meta.authors == (author,)


def test_a_wire_credit_naming_several_reporters_and_places_stays_text() -> None:
    article = parse_text_dump(
        text_dump(
            "Stadtbibliothek schließt wegen Dachschaden",
            _GERMAN,
            "Reporting by Jonas Berg in Velmar and Maria Sol in Dorsa; Editing by Phil Rhee",
        )
    )
    assert "Reporting by Jonas Berg in Velmar" in article.text


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("Veröffentlicht vonLena Beispiel 28. Februar 2016", "Lena Beispiel"),
        ("28. Februar 2016 byAnn Lee", "Ann Lee"),
    ],
)
def test_a_by_word_glued_to_the_name_on_a_date_line(line: str, author: str) -> None:
    read = classify(line)
    assert read.kind == META and read.meta is not None
    assert read.meta.authors == (author,)
