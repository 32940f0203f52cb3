"""Language detection for pages and dumps that don't declare it (extract/language.py)."""

from __future__ import annotations

import pytest

from clipper.extract.html.article import extract
from clipper.extract.language import detect_language

GERMAN = (
    "Der Hafen bleibt wegen der Bauarbeiten bis Ende Mai geschlossen. Die Fähren fahren in "
    "dieser Zeit vom Nordkai ab, und die Stadt richtet dort einen kleinen Wartesaal ein."
)
FRENCH = (
    "Le port reste fermé jusqu'à la fin du mois de mai en raison des travaux. Les ferries "
    "partiront du quai nord, où la ville installera une petite salle d'attente."
)


@pytest.mark.parametrize(("text", "lang"), [(GERMAN, "de"), (FRENCH, "fr")])
def test_detects_the_language_of_prose(text: str, lang: str) -> None:
    assert detect_language(text) == lang


@pytest.mark.parametrize("text", ["", "OK", "Jane Holm", "12:45 • 3 min"])
def test_too_little_text_is_no_guess(text: str) -> None:
    assert detect_language(text) is None


def test_a_huge_text_is_read_from_a_bounded_sample() -> None:
    assert detect_language(GERMAN * 20_000) == "de"


def test_a_page_without_a_declared_language_gets_the_detected_one() -> None:
    paragraphs = "".join(f"<p>{GERMAN} {i}</p>" for i in range(4))
    art = extract(f"<html><body><article><h1>Hafen zu</h1>{paragraphs}</article></body></html>")
    assert art.lang == "de"


def test_a_declared_language_is_kept() -> None:
    paragraphs = "".join(f"<p>{GERMAN} {i}</p>" for i in range(4))
    html = f'<html lang="de-AT"><body><article>{paragraphs}</article></body></html>'
    assert extract(html).lang == "de-AT"
