"""Dates written out in more languages (issue #14's news copies): a copy's head is
its headline, a name and a date, and a date that goes unread leaves the head unseen,
so the page's menus and dialogs stay in the body. The month names are data in
``lexicon.MONTH_NAMES``.

Every fixture is written for the test; none comes from a corpus page.
"""

from __future__ import annotations

import pytest

from clipper.extract.text.dates import find_date
from clipper.extract.text.dump import parse_text_dump
from helpers import text_dump

_POLISH = [
    "Rada miasta zgodziła się wczoraj na budowę nowej kładki dla pieszych nad rzeką,"
    " która ma połączyć stare miasto z osiedlem po drugiej stronie do końca przyszłego roku.",
    "Inwestycja będzie kosztować czterdzieści milionów złotych, z czego większość pokryją"
    " fundusze unijne, a prace mają się rozpocząć już na wiosnę.",
    "Mieszkańcy osiedla od lat skarżą się, że do centrum muszą jechać autobusem przez dwa"
    " zatłoczone mosty, choć w linii prostej mają tam niecały kilometr.",
]
_GREEK = [
    "Το δημοτικό συμβούλιο ενέκρινε χθες το σχέδιο για νέους ποδηλατόδρομους που θα"
    " συνδέσουν τον σταθμό με την πανεπιστημιούπολη μέχρι το τέλος του επόμενου έτους.",
    "Το έργο θα κοστίσει τέσσερα εκατομμύρια ευρώ, που θα καλυφθούν κυρίως από"
    " ευρωπαϊκά κονδύλια, και θα ξεκινήσει την άνοιξη.",
    "Οι καταστηματάρχες της κεντρικής οδού φοβούνται ότι θα χάσουν θέσεις στάθμευσης"
    " και ζήτησαν συνάντηση με τον δήμαρχο πριν αρχίσουν τα έργα.",
]


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("2. prosince 2026 7:30", "2026-12-02T07:30:00"),
        ("14 października 2026", "2026-10-14"),
        ("2026. március 4. 9:40", "2026-03-04T09:40:00"),
        ("3 d’abril de 2026", "2026-04-03"),
        ("5 Δεκεμβρίου 2026", "2026-12-05"),
        ("12 Aralık 2026", "2026-12-12"),
        ("7. joulukuuta 2026", "2026-12-07"),
        ("9 грудня 2026", "2026-12-09"),
    ],
)
def test_a_date_written_out_in_another_language_is_read(text: str, iso: str) -> None:
    found = find_date(text)
    assert found is not None and found.iso() == iso


def test_a_name_with_a_number_is_no_date() -> None:
    # "Maja" is a Polish month's genitive and a first name: no year, no date.
    assert find_date("Maja 12 odpowiedzi") is None


def test_a_polish_copy_with_its_date_under_the_headline_has_its_head_read() -> None:
    dump = text_dump(
        "Szanujemy Twoją prywatność. Zgodę na przetwarzanie danych możesz wycofać w każdej chwili.",
        "AkceptujęUstawienia",
        ["Kraj", "Świat", "Gospodarka", "Kraków", "Sport", "Kultura"],
        "Kraków",
        "Nowa kładka nad Wisłą. Miasto znalazło pieniądze",
        "Anna Kowalczyk",
        "14 października 2026, 08:15",
        *_POLISH,
    )
    article = parse_text_dump(dump)

    assert article.title == "Nowa kładka nad Wisłą. Miasto znalazło pieniądze"
    assert article.published == "2026-10-14T08:15:00"
    assert article.text.startswith("Rada miasta")
    assert "prywatność" not in article.text and "Gospodarka" not in article.text


def test_a_greek_copy_with_its_date_under_the_headline_has_its_head_read() -> None:
    dump = text_dump(
        ["Ειδήσεις", "Πολιτική", "Οικονομία", "Αθλητισμός"],
        "Ποδηλατόδρομοι σε όλη την πόλη μέχρι το 2027",
        "5 Δεκεμβρίου 2026 10:20",
        *_GREEK,
    )
    article = parse_text_dump(dump)

    assert article.title == "Ποδηλατόδρομοι σε όλη την πόλη μέχρι το 2027"
    assert article.published == "2026-12-05T10:20:00"
    assert article.text.startswith("Το δημοτικό συμβούλιο")
    assert "Οικονομία" not in article.text


def test_a_month_name_in_the_articles_prose_stays_prose() -> None:
    # The ordinary article: a paragraph that names a month is the article's.
    paragraphs = [
        *_POLISH[:2],
        "Prace mają się zakończyć 14 października 2027 roku, jeśli pogoda na to pozwoli,"
        " a pierwsi piesi przejdą kładką jeszcze przed zimą.",
        _POLISH[2],
    ]
    dump = text_dump(
        ["Kraj", "Świat", "Gospodarka"],
        "Nowa kładka nad Wisłą. Miasto znalazło pieniądze",
        "Anna Kowalczyk",
        "14 października 2026",
        *paragraphs,
    )
    article = parse_text_dump(dump)

    for paragraph in paragraphs:
        assert paragraph in article.text
