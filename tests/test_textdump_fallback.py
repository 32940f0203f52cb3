"""A copy whose date under the headline goes unread (a language the lexicon
lacks): the article's head (a headline on its topic over a name or a line with a
year or a clock time) still parts the page's cookie dialog and menu above from
the article (issue #14's news copies).

Every fixture is written for the test; none comes from a corpus page.
"""

from __future__ import annotations

from clipper.extract.text.dump import parse_text_dump
from helpers import text_dump

_LITHUANIAN = [
    "Vilnius iki 2030 metų nori gatvėse pasodinti dešimt tūkstančių naujų medžių. Tačiau"
    " savivaldybė susiduria su požeminiais tinklais, kurie užima vietą po šaligatviais.",
    "Planą pirmadienį patvirtino miesto taryba. Nauji medžiai turėtų atsirasti tankiai"
    " užstatytuose rajonuose, kur vasarą būna iki penkių laipsnių šilčiau nei pakraščiuose.",
    "„Medis gatvėje šiandien yra pigiausias kondicionierius, kurį galime pasiūlyti žmonėms“,"
    " – sakė vicemeras. Pasak jo, kiekvienas naujas medis kainuos apie tris tūkstančius eurų.",
]
_MENU = ["Lietuva", "Pasaulis", "Ekonomika", "Vilnius", "Sportas", "Kultūra"]
_HEADLINE = "Vilnius pasodins dešimt tūkstančių medžių. Bėda ta, kas po šaligatviais"


def test_a_consent_dialog_over_an_unread_date_is_not_the_articles_start() -> None:
    dump = text_dump(
        "Mes vertiname jūsų privatumą. Sutikimą tvarkyti asmens duomenis galite bet kada atšaukti.",
        "SutinkuNustatymai",
        _MENU,
        "Vilnius",
        _HEADLINE,
        "Rūta Petraitienė",
        "2026 m. gruodžio 2 d. 07:30",
        "Nauji medžiai Gedimino prospekte. Foto: Jonas Jonaitis",
        *_LITHUANIAN,
    )
    article = parse_text_dump(dump)

    assert article.title == _HEADLINE
    assert article.text.startswith("Vilnius iki 2030")
    assert "privatumą" not in article.text and "Pasaulis" not in article.text


def test_the_articles_opening_over_a_card_for_another_story_stays() -> None:
    # The ordinary article: its first paragraph under its own headline, then a
    # card for another story (headline, name, date), then the rest.
    opening = (
        "Miesto taryba pirmadienį pritarė didžiausiam per dešimtmetį želdinimo planui,"
        " kurio tikslas – kad kiekvienoje gatvėje augtų bent keli medžiai."
    )
    dump = text_dump(
        _MENU,
        _HEADLINE,
        "Rūta Petraitienė",
        opening,
        "Dešimt tūkstančių medžių: kaip Vilnius juos pasodins",
        "Jonas Jonaitis",
        "2025 m. birželio 4 d.",
        *_LITHUANIAN,
    )
    article = parse_text_dump(dump)

    assert opening in article.text
    assert all(paragraph in article.text for paragraph in _LITHUANIAN)
