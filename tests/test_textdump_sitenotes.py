"""The site's own notes under an article, as web-eval copies (half 0) show them: a
messaging channel's pitch ("¿Ya sabías que ... tenemos canal de Telegram?"), a
paywall's note to readers who already pay, a reprint notice ("Materiał chroniony
prawem autorskim"), a question about the website ("Wie gefällt Ihnen unsere
Website?"). Each is a full sentence, so it stayed as the body's last paragraph.

Every fixture is written for the test; none comes from a corpus page.
"""

from __future__ import annotations

import pytest

from clipper.extract.text.dump import parse_text_dump
from clipper.extract.text.lines import CHROME, classify
from helpers import text_dump

_BODY = [
    "The county opened its third public library branch on Saturday, a converted grain store"
    " on the edge of the old market square that had stood empty for twelve years.",
    "Librarians said more than four hundred people signed up for cards on the first day, many"
    " of them families from the new housing estates to the north of the town.",
    "The branch will open six days a week and host homework clubs on weekday afternoons, the"
    " council said, with a mobile service for outlying villages due in the spring.",
]

_NOTES = [
    "¿Ya sabías que en Ejemplo.com tenemos canal de Telegram? Únete desde tu celular en este"
    " enlace de invitación.",
    "Folgen Sie unserem WhatsApp-Kanal, um keine Nachricht zu verpassen.",
    "If you’re seeing this message but you’re already a subscriber, you can log in for"
    " immediate access to this story.",
    "Materiał chroniony prawem autorskim - zasady przedruków określa regulamin.",
    "Wie gefällt Ihnen unsere Website www.example.de? Teilen Sie es uns mit!",
    "War dieser Artikel hilfreich? Ja Nein",
]


@pytest.mark.parametrize("note", _NOTES)
def test_a_site_note_is_chrome(note: str) -> None:
    assert classify(note).kind == CHROME


@pytest.mark.parametrize("note", _NOTES)
def test_a_site_note_under_the_article_is_not_its_text(note: str) -> None:
    dump = text_dump(
        ["Home", "News", "Sport"],
        "Old grain store becomes the county's third library",
        *_BODY,
        note,
        ["About us", "Contact"],
    )
    article = parse_text_dump(dump)
    assert note not in article.text and _BODY[-1] in article.text


@pytest.mark.parametrize(
    "line",
    [
        "“We moved our channel to Telegram last year,” said the spokesman of the party, who"
        " asked not to be named.",
        "The ministry said our channel on Telegram was closed after the leak in March.",
        "Wie gefällt Ihnen das neue Rathaus? Die Stadt hat die Bürger nach ihrer Meinung gefragt.",
    ],
)
def test_an_article_sentence_about_channels_or_liking_stays(line: str) -> None:
    assert classify(line).kind != CHROME


def test_readers_letters_under_the_article_end_it() -> None:
    # "Leserpost" heads the readers' letters, as "Reader comments" does in English.
    dump = text_dump(
        ["Home", "News", "Sport"],
        "Old grain store becomes the county's third library",
        *_BODY,
        "Leserpost",
        "Anna Berg / 22.04.2026",
        "Endlich eine Bibliothek in unserem Viertel, das hat lange gedauert und war überfällig."
        " Danke an alle, die sich dafür eingesetzt haben.",
        "Jens Holm / 22.04.2026",
        "Schade nur, dass sie sonntags geschlossen bleibt, gerade dann hätten Familien Zeit"
        " für einen Besuch mit den Kindern.",
    )
    article = parse_text_dump(dump)
    assert "Endlich" not in article.text and _BODY[-1] in article.text


@pytest.mark.parametrize(
    "caption",
    [
        "Das Netz der Firmen hinter den Abmahnungen. Zum Vergrößern auf das Bild klicken."
        " CC-BY-SA 2.0",
        "The network of firms behind the letters. Click to enlarge.",
    ],
)
def test_a_caption_with_an_enlarge_hint_is_not_the_article(caption: str) -> None:
    # A caption, which the HTML reader leaves out of the text too.
    assert classify(caption).kind == CHROME
    dump = text_dump(
        ["Home", "News", "Sport"],
        "Old grain store becomes the county's third library",
        _BODY[0],
        caption,
        *_BODY[1:],
    )
    article = parse_text_dump(dump)
    assert caption not in article.text and _BODY[-1] in article.text
