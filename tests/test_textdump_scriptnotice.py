"""A page's notice that the reader's browser runs no JavaScript, in several
languages (issue #14's copies are taken with JavaScript off): chrome, not the
article's first paragraph; an article that speaks of JavaScript keeps its
sentences (``lexicon.SCRIPT_SWITCH``).

Every fixture is written for the test; none comes from a corpus page.
"""

from __future__ import annotations

import pytest

from clipper.extract.text.dump import parse_text_dump
from helpers import text_dump

_GERMAN = [
    "Der Gemeinderat hat am Dienstag beschlossen, die alte Brücke über den Mühlbach im"
    " kommenden Frühjahr abzureißen und durch einen breiteren Neubau zu ersetzen.",
    "Die Kosten von rund 2,3 Millionen Euro teilen sich die Gemeinde und das Land, das den"
    " Neubau wegen des wachsenden Radverkehrs für dringend hält.",
    "Während der Bauzeit von etwa sechs Monaten wird eine Umleitung über die Lindenstraße"
    " eingerichtet, teilte die Verwaltung mit.",
]


@pytest.mark.parametrize(
    "notice",
    [
        "Achtung! In deinem Browser ist JavaScript deaktiviert. Unsere Seite ist ohne"
        " JavaScript nur eingeschränkt nutzbar.",
        "Bitte aktivieren Sie JavaScript in Ihrem Browser, damit alle Inhalte dieser Seite"
        " richtig angezeigt werden.",
        "Activez JavaScript pour profiter de toutes les fonctions de ce site.",
        "Tu navegador tiene deshabilitado el uso de JavaScript. Muchas funciones del sitio"
        " necesitan que lo habilites.",
    ],
)
def test_a_script_notice_over_the_article_is_chrome(notice: str) -> None:
    headline = "Alte Brücke über den Mühlbach wird abgerissen"
    dump = text_dump(["Startseite", "Lokales", "Sport"], notice, headline, "12.03.2026", *_GERMAN)
    article = parse_text_dump(dump)

    assert notice not in article.text
    assert all(paragraph in article.text for paragraph in _GERMAN)
    assert article.title == headline


def test_an_article_about_javascript_keeps_its_sentences() -> None:
    sentences = [
        "The new release lets you write a small JavaScript loader for the module, which can"
        " be very short depending on what the page needs.",
        "Browsers run JavaScript on a single thread, so a long loop blocks every click until"
        " it has finished its work.",
        "The engine compiles JavaScript to bytecode first and only optimises the functions"
        " that turn out to run often.",
    ]
    dump = text_dump("How browsers run scripts", *sentences)
    article = parse_text_dump(dump)

    assert all(sentence in article.text for sentence in sentences)


def test_a_storys_sentence_about_javascript_stays() -> None:
    said = (
        "The attack requires JavaScript to run in the page, so visitors who had turned off"
        " JavaScript were not affected, the researchers said."
    )
    dump = text_dump(
        ["Startseite", "Lokales", "Sport"],
        "Browser flaw fixed",
        "12.03.2026",
        *_GERMAN[:2],
        said,
        *_GERMAN[2:],
    )
    assert said in parse_text_dump(dump).text
