"""News pages of unusual kinds: a podcast's episode page (its player's controls, the
platforms' links), read from the HTML and from a browser's copy.

Every fixture is written for the test; none comes from a corpus page.
"""

from __future__ import annotations

import pytest

from clipper.extract import extract
from clipper.extract.text.dump import parse_text_dump
from helpers import paragraphs, text_dump

MENU = ["News", "Podcasts", "Sport", "Culture"]
URL = "https://radio.example/podcasts/river/episode-3"


def _page(*blocks: str) -> str:
    story = "".join(f"<p>{p}</p>" for p in paragraphs(6, "river"))
    return (
        "<html><head><title>Episode 3: The river</title></head><body><article>"
        f"<h1>Episode 3: The river</h1>{''.join(blocks)}{story}</article></body></html>"
    )


# --- A podcast's player -----------------------------------------------------------------


@pytest.mark.parametrize(
    "player",
    [
        '<div class="audio-player"><button>Play</button><span>00:00 / 48:12</span>'
        '<button>1x</button><a href="/ep3.mp3" download>Download</a></div>',
        '<div id="lecteur"><button>Écouter</button><div>00:00 / 42:07</div><button>-15 s</button>'
        '<button>+30 s</button><a href="#">Télécharger</a></div>',
    ],
)
def test_a_players_controls_are_not_the_episodes_text(player: str) -> None:
    article = extract(_page(player), url=URL)

    assert "Paragraph 0 about the river" in article.text
    for control in ("48:12", "42:07", "Download", "Télécharger", "1x"):
        assert control not in article.text


def test_a_player_with_a_line_of_its_own_is_not_only_controls() -> None:
    from lxml import html as lxml_html

    from clipper.extract.html.chrome import player_controls

    frag = lxml_html.fragment_fromstring(
        '<div><div class="audio-player"><p>The mayor speaks to the council about the river'
        " works</p><button>Play</button></div></div>"
    )
    assert player_controls(frag) == []


def test_a_copys_player_controls_and_platform_links_are_chrome() -> None:
    story = paragraphs(4, "river")
    article = parse_text_dump(
        text_dump(
            MENU,
            "Episode 3: The river",
            ["00:00 / 32:10", "1x", "Download"],
            "Listen on Apple Podcasts",
            "Subscribe: Apple Podcasts | Spotify | Pocket Casts | RSS",
            *story,
            ["About us", "Contact"],
        )
    )

    assert all(p in article.text for p in story)
    for chrome in ("32:10", "Download", "Apple Podcasts", "Spotify"):
        assert chrome not in article.text


def test_a_sentence_naming_the_platforms_is_text() -> None:
    line = (
        "The show is now the most popular in the country on Spotify and Apple Podcasts, "
        "its producers said on Monday."
    )
    story = paragraphs(3, "charts")
    article = parse_text_dump(text_dump(MENU, "A podcast tops the charts", line, *story))

    assert line in article.text


# --- A live blog's refresh notices ----------------------------------------------------


@pytest.mark.parametrize(
    "notice",
    [
        "Refresh to see the latest updates",
        "This page updates automatically. Refresh",
        "Auto-update: On / Off",
        "Auto-refresh On",
        "3 new posts",
        "New posts available",
        "Automatisch aktualisieren: an",
        "5 nouveaux messages",
        "Actualización automática: activada",
    ],
)
def test_a_live_blogs_refresh_notice_is_chrome(notice: str) -> None:
    posts = paragraphs(4, "storm")
    article = parse_text_dump(
        text_dump(MENU, "Storm live: ferries resume as the wind drops", notice, *posts)
    )

    assert all(p in article.text for p in posts)
    assert notice not in article.text


def test_a_sentence_about_refreshing_is_text() -> None:
    line = "Residents were told to refresh the council's flood map every hour as the river rose overnight."
    posts = paragraphs(3, "flood")
    article = parse_text_dump(text_dump(MENU, "Flood live: the river peaks", line, *posts))

    assert line in article.text


# --- A video's transcript toggle -------------------------------------------------------


@pytest.mark.parametrize(
    "toggle",
    [
        "Show transcript",
        "Read the full transcript",
        "Afficher la transcription",
        "Transkript anzeigen",
    ],
)
def test_a_transcript_toggle_is_chrome(toggle: str) -> None:
    lead = "Farmers in the valley are testing solar panels set above their orchards this summer."
    said = paragraphs(3, "orchard")
    article = parse_text_dump(
        text_dump(MENU, "Solar panels over the orchards", lead, toggle, "Transcript", *said)
    )

    assert lead in article.text and all(p in article.text for p in said)
    assert toggle not in article.text


def test_a_sentence_about_a_transcript_is_text() -> None:
    line = "Read the full transcript of the minister's interview, released by the court on Monday, below."
    said = paragraphs(3, "court")
    article = parse_text_dump(text_dump(MENU, "The minister's interview", line, *said))

    assert line in article.text


# --- camelCase names ------------------------------------------------------------------


def test_a_camel_case_name_is_read_by_its_words() -> None:
    from clipper.extract.html.tree import camel_words

    assert camel_words("podcastCredits audioPlayer") == "podcast-Credits audio-Player"
    assert camel_words("iOS HTMLBlock") == "iOS HTMLBlock"  # no lower-to-Word break
    credits = '<div class="podcastCredits"><p>Produced by Ann Lee. Music by Bo Chen.</p></div>'
    article = extract(_page(credits), url=URL)

    assert "Paragraph 0 about the river" in article.text
    assert "Produced by Ann Lee" not in article.text
