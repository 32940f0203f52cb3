"""Widgets named and shaped so leave the page before either candidate reads it
(clipper.extract.html.modules.drop_named_widgets): a match's score board and a league
table in the report's column, a paid-content badge over the visible lead; and on a page
so small that readability takes all of it, the site's name, a "recommendations" box and
a messaging channel's promo (rules.BOILERPLATE_TOKENS, SENTENCE_FURNITURE). Each with the
ordinary page it must leave as it was."""

from __future__ import annotations

from clipper.extract import extract

URL = "https://www.lakeside-post.example/sport/2026/04/harbour-derby"

_PARAS = (
    "<p>Harbour United won the derby 2-1 on Saturday afternoon, a late header from the"
    " captain settling a game that had looked like ending level for most of the second half.</p>"
    "<p>The visitors had led at the break through a penalty, and the home side needed"
    " almost an hour to find the equaliser in front of a crowd of eleven thousand.</p>"
    "<p>United move up to third place with the win and travel to the league leaders next"
    " weekend, while the visitors stay in the bottom half of the table.</p>"
)


def _page(module: str, after: str = "") -> str:
    paras = _PARAS.split("</p>")
    return (
        "<html><head><title>United win the derby | Lakeside Post</title></head><body><main>"
        f"<h1>United win the derby</h1><div class='story-text'>{module}"
        f"{paras[0]}</p>{paras[1]}</p>{paras[2]}</p>{after}"
        "</div></main></body></html>"
    )


SCOREBOARD = (
    "<div class='scoreboard'><div class='team'>Harbour United</div><div class='score'>2:1</div>"
    "<div class='team'>Quay Rovers</div><div class='scorers'>Reed (88.), Hale (58.) – Moss (41., pen.)"
    "</div><div class='status'>Full time</div></div>"
)
STANDINGS = (
    "<div class='tabelle'><h3>Table</h3><table><tr><th>Pos.</th><th>Club</th><th>Pts</th></tr>"
    "<tr><td>1</td><td>North End</td><td>34</td></tr>"
    "<tr><td>2</td><td>South Park</td><td>31</td></tr>"
    "<tr><td>3</td><td>Harbour United</td><td>29</td></tr></table></div>"
)


def test_a_score_board_and_a_league_table_in_the_report_go() -> None:
    text = extract(_page(SCOREBOARD, STANDINGS), url=URL).text
    assert "Harbour United won the derby" in text and "bottom half of the table" in text
    assert "Full time" not in text and "Moss (41., pen.)" not in text
    assert "North End" not in text and "Pts" not in text


def test_a_table_of_the_article_named_so_stays() -> None:
    # a data table the report sets out (no points column), and a board with no score
    rents = (
        "<div class='tabelle'><table><tr><th>Town</th><th>Rent per month</th></tr>"
        "<tr><td>Quayside</td><td>950 euros</td></tr>"
        "<tr><td>Old Harbour</td><td>1,120 euros</td></tr></table></div>"
    )
    board = "<div class='scoreboard'><div>Harbour United</div><div>Quay Rovers</div></div>"
    text = extract(_page(board, rents), url=URL).text
    assert "Old Harbour | 1,120 euros" in text
    assert "Quay Rovers" in text


def test_a_paid_content_badge_over_the_lead_goes() -> None:
    for badge in (
        "<span class='plus-badge'>LP+</span>",
        "<span class='badge-premium'>Abonnés</span>",
        "<div class='label label--paid'>Subscribers only</div>",
    ):
        text = extract(_page(badge), url=URL).text
        assert text.startswith("Harbour United won the derby"), badge


def test_a_word_named_premium_inside_a_sentence_stays() -> None:
    # the badge stands alone: a name on a word of the report's sentence is no badge
    lead = (
        "<p>The club's <span class='premium'>season tickets</span> went on sale on Monday,"
        " and the first thousand had been sold by the evening, the club said.</p>"
    )
    text = extract(_page(lead), url=URL).text
    assert "The club's season tickets went on sale" in text


# --- a page so small readability takes all of it: the site's name, promos -----------

_ES = (
    "<p>Un sismo de magnitud 6,1 sacudió la mañana de este miércoles el occidente del país,"
    " y las autoridades revisan escuelas, puentes y edificios públicos en la región.</p>"
    "<p>La Secretaría de Educación anunció que no habrá clases este jueves en tres municipios"
    " mientras Protección Civil revisa los planteles.</p>"
)


def _es(head: str, inside: str, after: str) -> str:
    return (
        "<html lang='es'><head><title>Sismo en la costa | El Diario</title></head><body>"
        f"<header class='main-header'>{head}</header><section class='nota'>"
        f"<h1>Sismo en la costa</h1>{_ES}{inside}</section>{after}</body></html>"
    )


def test_the_sites_name_a_recommendations_box_and_a_channel_promo_go() -> None:
    page = _es(
        "<div class='brand'>El Diario del Pacífico</div>",
        "<div class='recomendaciones'><h3>¿Qué hacer en caso de sismo?</h3>"
        "<p>Consulta nuestra guía</p></div>",
        "<div class='cintillo-whatsapp'>Recibe las noticias en tu WhatsApp "
        "<a href='#'>Únete al canal</a></div>",
    )
    text = extract(page, url=URL).text
    assert text.startswith("Un sismo de magnitud") and "revisa los planteles." in text
    assert "Pacífico" not in text and "Consulta nuestra guía" not in text
    assert "WhatsApp" not in text


def test_a_sentence_naming_a_messaging_app_stays() -> None:
    said = "<p>El gobernador informó por WhatsApp que no hay reportes de personas lesionadas.</p>"
    text = extract(_es("", said, ""), url=URL).text
    assert "informó por WhatsApp que no hay reportes" in text
