"""A "read also" label and the other story's headline on one line with no mark between,
as a copy runs a box's label into its link ("Lesen Sie auch Wärmepumpe: Was sie kostet").

The line is the box, not the article's text; a sentence that opens with the same words
("Lee también el informe ...", ending on a full stop) stays. Every fixture is written for
the test.
"""

from __future__ import annotations

import pytest

from clipper.extract.text.dump import parse_text_dump
from clipper.extract.text.lines import CHROME, classify
from helpers import paragraphs, text_dump


@pytest.mark.parametrize(
    "line",
    [
        "Lesen Sie auch Fernwärme: Wer jetzt umsteigen muss",
        "Lee también El mercado de la fruta cierra dos puestos",
        "Read also Ferry timetable changes from Monday",
        "Lees ook Zo kiest u een thuisbatterij",
        "Lire aussi Les pistes cyclables de la rive gauche ?",
        "อ่านเพิ่มเติม ราคาทองคำปรับขึ้นสามวันติด",
    ],
)
def test_a_read_also_label_over_a_headline_on_one_line_is_chrome(line: str) -> None:
    assert classify(line).kind == CHROME


@pytest.mark.parametrize(
    "line",
    [
        "Lee también el informe completo que publicó ayer el ayuntamiento.",
        "Lesen Sie auch, was die Stadtwerke dazu schreiben.",
        "Read also the council's own summary of the plan.",
    ],
)
def test_a_sentence_that_opens_with_the_label_is_no_box(line: str) -> None:
    assert classify(line).kind != CHROME


def test_the_box_goes_and_the_article_runs_on_past_it() -> None:
    dump = text_dump(
        "Die Fähre fährt ab Montag öfter",
        paragraphs(2, "vorher"),
        "Lesen Sie auch Hafen: Was der neue Kai kostet",
        paragraphs(3, "nachher"),
    )
    article = parse_text_dump(dump)

    assert "Was der neue Kai kostet" not in article.text
    assert "vorher0word1" in article.text and "nachher2word1" in article.text


def test_two_paragraphs_under_a_small_related_box_are_the_articles_end() -> None:
    # "Noticias relacionadas" over two headlines, four paragraphs in; the story's
    # last two paragraphs (a third of its length) stand below the box.
    dump = text_dump(
        "La plaza del mercado reabre con más sombra",
        paragraphs(4, "antes", words=45),
        "Noticias relacionadas",
        ["Las obras del mercado se retrasan otra vez", "Los comercios piden ayudas por las obras"],
        paragraphs(2, "despues", words=45),
        "Lo más visto",
        ["Un incendio calcina una nave", "El equipo asciende de categoría"],
    )
    article = parse_text_dump(dump)

    assert "antes3word1" in article.text and "despues1word1" in article.text
    assert "Los comercios piden ayudas" not in article.text
    assert "Un incendio" not in article.text
