"""A comment thread's count line ends the article in the lexicon's languages
(issue #14's news copies): "Réactions (34)", "5 comments:", "Kommentit (2)",
"3 comentarios en «The post's title»". A copy's thread is often one or two
comments long, too short for the thread's shape to show; its count line says it.

Every fixture is written for the test; none comes from a corpus page.
"""

from __future__ import annotations

import pytest

from clipper.extract.text.dump import parse_text_dump
from helpers import text_dump

_SWEDISH = [
    "Kommunen vill plantera tio tusen nya träd längs stadens gator fram till 2030, men"
    " ledningar och kablar under trottoarerna tar det mesta av utrymmet.",
    "Planen klubbades av kommunstyrelsen i måndags. De nya träden ska främst hamna i de"
    " tätaste stadsdelarna, där det enligt mätningar blir upp till fem grader varmare.",
    "Ledningsägarna är i princip positiva men vill att kommunen betalar eventuella"
    " flyttar av kablar. Förhandlingarna väntas börja i januari.",
]
_SPANISH = [
    "Hace unas semanas volvió a circular el tren nocturno entre Madrid y Lisboa, y no pude"
    " resistirme a probarlo en cuanto abrieron la venta de billetes para enero.",
    "El tren sale de Chamartín a las 21:40 y llega a Santa Apolónia a las 7:15, hora"
    " portuguesa, con tres clases distintas según lo que uno quiera gastar.",
    "Dormí mejor de lo que esperaba, aunque en la frontera hay una parada larga en la que"
    " el tren se queda quieto casi media hora sin que nadie explique por qué.",
]


@pytest.mark.parametrize(
    ("count", "head", "comment"),
    [
        (
            "Kommentit (2)",
            "Anna L. 2 december 2026 09:12",
            "Äntligen! På vår gata finns inte ett enda träd, på sommaren går det knappt att gå där.",
        ),
        (
            "Réactions (34)",
            "Maîtresse de CE2 · 3 mars 2026 10:05",
            "Notre cour a été refaite l'an dernier. Les disputes ont presque disparu depuis.",
        ),
        (
            "5 comments:",
            "Margaret H 16 February 2026 at 21:02",
            "What a lovely day it was. Well done all of you, and that bread is gorgeous.",
        ),
    ],
)
def test_a_comment_count_line_ends_the_article(count: str, head: str, comment: str) -> None:
    dump = text_dump(
        ["Nyheter", "Sport", "Kultur"],
        "Tio tusen nya träd ska planteras i staden",
        *_SWEDISH,
        count,
        head,
        comment,
    )
    article = parse_text_dump(dump)

    assert article.text.rstrip().endswith("börja i januari.")
    assert comment not in article.text and count not in article.text


def test_a_count_over_the_posts_quoted_title_ends_the_article() -> None:
    dump = text_dump(
        ["Destinos", "Trenes", "Consejos"],
        "Probamos el tren nocturno Madrid-Lisboa",
        *_SPANISH,
        "2 comentarios en «Probamos el tren nocturno Madrid-Lisboa»",
        "Paco dice: 23 enero, 2026 a las 9:12",
        "Lo cogí en diciembre y me encantó. La cafetería cierra pronto, así que conviene llevar cena.",
    )
    article = parse_text_dump(dump)

    assert article.text.rstrip().endswith("sin que nadie explique por qué.")
    assert "Paco" not in article.text and "cafetería" not in article.text


def test_a_subheading_that_counts_comments_is_the_articles() -> None:
    # The ordinary article: a count over no quoted title is its own heading.
    dump = text_dump(
        ["Nyheter", "Sport", "Kultur"],
        "Tio tusen nya träd ska planteras i staden",
        *_SWEDISH[:2],
        "12 comments on the plan, answered",
        _SWEDISH[2],
        "Kommunen räknar med att de första träden planteras redan i april, om vädret tillåter"
        " och ledningsägarna hinner flytta sina kablar i tid.",
    )
    article = parse_text_dump(dump)

    assert "12 comments on the plan, answered" in article.text
    assert "redan i april" in article.text
