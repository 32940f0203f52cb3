"""Boxes a news page sets inside its article, as a browser copies them: a "Read also"
box whose label ends with a colon, a label run together with its link, a "Te puede
interesar" box over a data table, and a newsletter box under the last paragraph.

Each of them made the copy keep the box's links (or pitch) as article text, or end the
article at the box. Every fixture here is written for the test; none comes from a
corpus page.
"""

from __future__ import annotations

import pytest

from clipper.extract.text.dump import parse_text_dump
from clipper.extract.text.lines import HARD_MARKER, SOFT_MARKER, classify
from helpers import paragraphs, text_dump

MENU = ["Home", "News", "Sport", "Weather"]
HEAD = ["Harbour dredging to start in spring", "By Ana Ruiz"]


# --- A box's label with its colon ------------------------------------------------------


@pytest.mark.parametrize("label", ["LEIA TAMBÉM:", "Leia também:", "Lee también:", "Read also:"])
def test_a_links_label_with_its_colon_is_a_soft_marker(label: str) -> None:
    assert classify(label).kind == SOFT_MARKER


def test_the_links_under_a_colon_label_inside_the_article_are_no_part_of_it() -> None:
    dump = text_dump(
        MENU,
        HEAD,
        paragraphs(2, "lead"),
        "LEIA TAMBÉM:",
        ["Curitiba registra a tarde mais quente do ano", "Parque ganha nova ciclovia"],
        paragraphs(3, "rest"),
    )
    article = parse_text_dump(dump)

    assert "lead0word1" in article.text and "rest2word1" in article.text
    assert "ciclovia" not in article.text and "LEIA" not in article.text


# --- A label run together with its link ------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Mirá tambiénLa tabla de posiciones, fecha por fecha",  # the link glued to its label
        "Lesen Sie auchKlimawandel: Warum die Ostsee schneller warm wird",
        "À LIRE AUSSI. Refus d'obtempérer : les chiffres en hausse",  # capitals and a full stop
        "Lire aussi Centres-villes : le plan a-t-il tenu ses promesses ?",  # a capital after a space
    ],
)
def test_a_read_also_label_run_together_with_its_headline_is_a_related_link(line: str) -> None:
    read = classify(line)
    assert (read.kind, read.reason) == ("chrome", "chrome: related link")


@pytest.mark.parametrize(
    "line",
    [
        "Lire aussi les commentaires de nos lecteurs, nombreux cette semaine.",
        "lire aussi Centres-villes : ce que disait le rapport de la Cour des comptes.",
    ],
)
def test_a_sentence_that_opens_with_the_label_stays_prose(line: str) -> None:
    assert classify(line).reason != "chrome: related link"


# --- "Te puede interesar" inside the article, over a data table ------------------------


def test_te_puede_interesar_is_a_box_inside_the_article_not_its_end() -> None:
    assert classify("Te puede interesar").kind == SOFT_MARKER
    assert classify("Lo más leído").kind == HARD_MARKER  # a list under the article still ends it


def test_a_table_under_a_links_box_is_the_articles() -> None:
    dump = text_dump(
        MENU,
        HEAD,
        paragraphs(2, "lead"),
        [
            "Te puede interesar",
            "Cómo cambiar de tarifa de luz sin pagar penalización",
            "Así ha evolucionado el precio este año",
            "Mes\tPrecio medio\tVariación",
            "Septiembre\t72,4\t-5,1%",
            "Octubre\t76,8\t+6,1%",
            "Noviembre\t79,3\t+3,3%",
        ],
        paragraphs(2, "rest"),
        "Lo más leído",
        ["El Gobierno aprueba la subida del salario mínimo", "Detenido un hombre en la vía"],
    )
    article = parse_text_dump(dump)

    assert "lead1word1" in article.text and "rest1word1" in article.text
    assert "Así ha evolucionado el precio este año" in article.text  # the table's caption
    assert "Octubre 76,8 +6,1%" in article.text
    assert "penalización" not in article.text and "salario" not in article.text


# --- A newsletter box under the article ------------------------------------------------


@pytest.mark.parametrize(
    "heading, blurb",
    [
        (
            "Iratkozzon fel hírlevelünkre",
            "A nap legfontosabb hírei minden reggel az e-mail-fiókjában.",
        ),
        (
            "Recibe nuestro boletín",
            "Las noticias más importantes del día, cada mañana en tu correo.",
        ),
    ],
)
def test_a_newsletter_box_under_the_article_is_no_part_of_it(heading: str, blurb: str) -> None:
    dump = text_dump(MENU, HEAD, paragraphs(4, "story"), heading, blurb, "Impressum")
    article = parse_text_dump(dump)

    assert "story3word1" in article.text
    assert heading not in article.text and blurb not in article.text
