"""A breadcrumb trail copied onto the headline's line ("Site > Artikel > Tipps >
Headline"), as a web-eval copy (half 0) shows it: the trail is taken off
whichever way the headline was found, not only when it was the line right
above the body.

Every fixture is written for the test; none comes from a corpus page.
"""

from __future__ import annotations

from clipper.extract.text.dump import parse_text_dump
from helpers import text_dump

_HEADLINE = (
    "Fahrradverleih am Bahnhof jetzt schon nutzen: Die Stadt senkt kurzfristig die Preise für"
    " den ganzen Winter!"
)
_BODY = [
    "Der Fahrradverleih am Hauptbahnhof wird im Winter günstiger. Die Stadt senkt den Preis"
    " für eine Tageskarte von acht auf fünf Euro, wie sie am Montag mitteilte.",
    "Das Angebot gilt bis Ende Februar. Danach will der Gemeinderat entscheiden, ob die"
    " niedrigeren Preise auch im Sommer bleiben sollen.",
    "Im vergangenen Jahr liehen Pendler und Besucher mehr als zwanzigtausend Räder aus, die"
    " meisten davon an Wochentagen zwischen sieben und neun Uhr morgens.",
]


def test_a_trail_on_the_headline_line_is_not_the_title() -> None:
    # The trail's line reads as prose (it ends the headline's "!"), so the body is
    # found to begin with it and it is taken as a headline-shaped first line.
    dump = text_dump(
        ["Startseite", "Artikel", "Tipps", "Kontakt"],
        f"Beispiel.info > Artikel > Tipps > {_HEADLINE}",
        [
            "Winter in der Stadt",
            "Bildquelle: Anna Berg",
            _HEADLINE,
            "1.11.26 20:19 von Anna Berg Lesezeit: 4 Min.",
        ],
        _BODY[0],
        "Inhalt",
        ["Günstiger fahren im Winter!", "Was kostet die Tageskarte?", "Wo stehen die Räder?"],
        *_BODY[1:],
    )
    article = parse_text_dump(dump)
    assert article.title == _HEADLINE
    assert _BODY[0] in article.text
