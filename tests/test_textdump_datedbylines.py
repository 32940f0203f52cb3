"""A byline and its publication date on one long line of a copy (issue #14's news
copies): "Par Jeanne Roux (Lyon) Publié le 3 mars 2026 à 07h00, modifié à 09h12
Temps de lecture 3 min." reads as prose (long, a final dot), so it stayed as the
body's first paragraph and its author went unread. A publication label before a
date, after a byline whose names read, makes it metadata.

Every fixture is written for the test; none comes from a corpus page.
"""

from __future__ import annotations

import pytest

from clipper.extract.text.dump import parse_text_dump
from clipper.extract.text.lines import META, classify
from helpers import text_dump

_FRENCH = [
    "Dans la Creuse, le camion-boulangerie de Marc Dufour passe chaque matin dans onze"
    " villages qui n'ont plus de boulangerie depuis des années.",
    "Le boulanger a commencé sa tournée il y a trois ans, après la fermeture de la dernière"
    " boutique du canton, et compte aujourd'hui près de quatre cents clients réguliers.",
    "La région a promis une aide pour remplacer le camion, qui a dépassé les trois cent"
    " mille kilomètres et tombe en panne de plus en plus souvent.",
]


@pytest.mark.parametrize(
    ("line", "author", "day"),
    [
        (
            "Par Jeanne Roux (Guéret, envoyée spéciale) Publié le 3 mars 2026 à 07h00, modifié"
            " à 09h12 Temps de lecture 3 min.",
            "Jeanne Roux",
            "2026-03-03",
        ),
        (
            "By Ann Lee | ann.lee@example.com PUBLISHED: March 3, 2026 at 9:00 a.m. | UPDATED:"
            " March 3, 2026 at 4:30 p.m.",
            "Ann Lee",
            "2026-03-03",
        ),
    ],
)
def test_a_long_byline_with_its_publication_date_is_metadata(
    line: str, author: str, day: str
) -> None:
    dump = text_dump(
        ["Actualités", "Société", "Sport"],
        "Dans la Creuse, le camion qui sauve les villages",
        "La fermeture des commerces ruraux laisse des villages entiers sans pain. Un boulanger"
        " itinérant a décidé d'y remédier.",
        line,
        "Offrir l'article Lire plus tard Partager",
        *_FRENCH,
    )
    article = parse_text_dump(dump)

    assert article.authors == (author,)
    assert article.published is not None and article.published.startswith(day)
    assert line not in article.text and _FRENCH[0] in article.text


@pytest.mark.parametrize(
    "line",
    [
        "The report was published on 3 March 2026 and revised after the vote, the ministry said.",
        "Originally published at www.example.com on November 18, 2011. Sadly it changed nothing.",
    ],
)
def test_a_sentence_that_names_a_publication_date_is_prose(line: str) -> None:
    # The ordinary article's sentences: no byline before the label, or two sentences.
    assert classify(line).kind != META


def test_a_paragraph_naming_a_publication_date_stays_in_the_body() -> None:
    sentence = (
        "Le rapport publié le 3 mars 2026 par la préfecture recense onze villages sans aucun"
        " commerce, contre six il y a dix ans."
    )
    dump = text_dump(
        ["Actualités", "Société", "Sport"],
        "Dans la Creuse, le camion qui sauve les villages",
        "Par Jeanne Roux",
        _FRENCH[0],
        sentence,
        *_FRENCH[1:],
    )
    article = parse_text_dump(dump)

    assert sentence in article.text


_ITALIAN = [
    "Ogni estate, quando i treni regionali si fermano per i lavori sulla linea, migliaia di"
    " pendolari scoprono che l'alternativa è un autobus lento e affollato.",
    "Nessuno mette in dubbio che la rete vada rinnovata. Il problema è il modo: chiudere una"
    " linea intera per due mesi significa lasciare a piedi chi non ha un'auto.",
    "La Regione ha promesso un tavolo con i comitati dei pendolari. È un buon inizio, purché"
    " non diventi l'ennesimo rinvio.",
]


def test_a_date_row_with_a_reading_time_is_metadata() -> None:
    dump = text_dump(
        ["Cronaca", "Politica", "Opinioni"],
        "Se il treno d'estate diventa un lusso",
        "12 marzo 2026 · Tempo di lettura: 3 minuti",
        *_ITALIAN,
    )
    article = parse_text_dump(dump)

    assert article.published == "2026-03-12"
    assert "Tempo di lettura" not in article.text


def test_a_sentence_about_reading_time_stays() -> None:
    # The ordinary article: a sentence that speaks of reading time is prose.
    sentence = "Secondo lo studio, il tempo di lettura medio di un articolo è di 3 minuti."
    dump = text_dump(
        ["Cronaca", "Politica", "Opinioni"],
        "Se il treno d'estate diventa un lusso",
        *_ITALIAN[:2],
        sentence,
        _ITALIAN[2],
    )
    article = parse_text_dump(dump)

    assert sentence in article.text
