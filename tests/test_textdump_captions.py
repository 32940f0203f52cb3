"""A photo's caption with its credit on the same line, as a copy gives a figure set among
the paragraphs: the photographer's name in capitals after the caption's sentence, "Photo
by ...", "(foto Name)", and the credit labels of other languages ("ছবি: ...").

Each is the figure's (``Article.captions``), not the article's text; a gallery's pager
("Anterior 1 / 8 Siguiente") is its chrome. Every fixture is written for the test.
"""

from __future__ import annotations

import pytest

from clipper.extract.text.dump import parse_text_dump
from clipper.extract.text.lines import CHROME, classify
from helpers import paragraphs, text_dump


@pytest.mark.parametrize(
    "caption",
    [
        "El puente nuevo, el día de su apertura. MARTA GIL",
        "The heron at the edge of the reed bed in March. Photo by the warden.",
        "Il ponte crollato sulla provinciale 12 (foto Protezione Civile)",
        "নদীর ধারে মাছ ধরছেন জেলেরা। ছবি: সুমন দাস",
    ],
)
def test_a_caption_with_its_credit_is_the_figures(caption: str) -> None:
    dump = text_dump(
        "A headline for the story", paragraphs(2, "lead"), caption, paragraphs(3, "rest")
    )
    article = parse_text_dump(dump)

    assert caption not in article.text
    assert any(caption.startswith(c.split(" — ")[0]) for c in article.captions)
    assert "lead0word1" in article.text and "rest2word1" in article.text


@pytest.mark.parametrize(
    "line",
    [
        # capitals after an initial, a number or a one-word caption: a name, a heading
        "LOGAN C. RITCHIE STAFF WRITER",
        "Die 2. HBL LIVE",
        "The final score was close. AP",
    ],
)
def test_capitals_after_no_captions_sentence_are_no_credit(line: str) -> None:
    dump = text_dump("A headline for the story", paragraphs(2, "lead"), line, paragraphs(3, "rest"))
    assert parse_text_dump(dump).captions == ()


@pytest.mark.parametrize(
    "line", ["Anterior 1 / 8 Siguiente", "‹ Previous 3 of 12 Next ›", "Précédent 2 / 5 Suivant"]
)
def test_a_gallerys_pager_is_chrome(line: str) -> None:
    assert classify(line).kind == CHROME
