"""A reader poll set in a copied article (issue #14's news copies): its question,
its answers run together on one line, a vote count or a vote button, maybe a
label over it. The question reads as the article's sentence; with its answers
under it, it is the page's widget (``polls.py``).

Every fixture is written for the test; none comes from a corpus page.
"""

from __future__ import annotations

import pytest

from clipper.extract.text.dump import parse_text_dump
from helpers import text_dump

_SPANISH = [
    "El Ayuntamiento aprobó ayer la nueva tarifa del agua, que subirá un nueve por ciento de"
    " media a partir de abril para pagar la renovación de las tuberías más antiguas.",
    "La factura media de un hogar pasará de 486 a unos 530 euros al año, según los cálculos"
    " de la empresa municipal, que recuerda que la tarifa no subía desde 2019.",
    "Los hogares con menos ingresos podrán pedir una tarifa social que reduce la factura"
    " hasta la mitad, y el plazo para solicitarla se abre el próximo lunes.",
]


@pytest.mark.parametrize(
    "poll",
    [
        ["Encuesta", "¿Está de acuerdo con la nueva tarifa?", "SíNoNo lo sé", "873 votos"],
        ["¿Instalará un contador de agua?", "Sí NoVotar"],
    ],
)
def test_a_poll_in_the_article_is_chrome(poll: list[str]) -> None:
    dump = text_dump(
        ["Noticias", "Economía", "Deportes"],
        "El agua subirá un nueve por ciento en abril",
        *_SPANISH[:2],
        poll,
        _SPANISH[2],
    )
    article = parse_text_dump(dump)

    assert all(paragraph in article.text for paragraph in _SPANISH)
    assert all(line not in article.text for line in poll)


def test_a_question_over_a_subheading_stays() -> None:
    # The ordinary article: a question it asks, then its own subheading (even one
    # with a name run together, "iPhone"), and no vote.
    question = "¿Quién pagará la renovación de las tuberías?"
    heading = "La opinión de los usuarios de iPhone"
    dump = text_dump(
        ["Noticias", "Economía", "Deportes"],
        "El agua subirá un nueve por ciento en abril",
        *_SPANISH[:2],
        question,
        heading,
        _SPANISH[2],
    )
    article = parse_text_dump(dump)

    assert question in article.text and heading in article.text


@pytest.mark.parametrize(
    "score", [["42 votes"], ["Asked by Maria 12 votes"], ["12 votes", "3 answers"]]
)
def test_a_question_with_a_bare_vote_count_stays(score: list[str]) -> None:
    # A Q&A or a forum: the question and its score ("42 votes"), no answers run
    # together under it. The question is the page's text, not a poll.
    posts = [
        "I bought the camera last spring and the battery now lasts barely an hour, even after"
        " a full charge overnight and with the screen dimmed.",
        "The shop says the warranty does not cover the battery, so I would like to know"
        " whether anyone managed to replace it at home.",
        "Thanks to everyone who answered, the replacement cell from the maker fitted fine and"
        " it now lasts the whole day again.",
    ]
    question = "Has anyone replaced the battery of this camera themselves?"
    dump = text_dump(
        ["Forum", "Cameras", "Help"],
        "Camera battery lasts an hour",
        *posts[:2],
        question,
        score,
        posts[2],
    )
    article = parse_text_dump(dump)

    assert question in article.text
    assert all(post in article.text for post in posts)
