"""An infinite-scroll page's next story under a headline, a bare name and a date
(issue #14): it ends the article when its paragraphs speak of its own headline.

Every fixture is written for the test; none comes from a corpus page.
"""

from __future__ import annotations

from clipper.extract.text.dump import parse_text_dump
from helpers import text_dump

_MARKET = [
    "A câmara municipal vai reabrir em abril o antigo mercado do peixe, encerrado há quatro anos"
    " por falta de condições de higiene e segurança para quem lá trabalhava.",
    "O espaço terá doze bancas de peixe fresco e quatro de restauração, com prioridade para os"
    " vendedores que ali trabalhavam antes do encerramento do edifício.",
    "A presidente da junta disse que a reabertura do mercado é um pedido antigo dos moradores"
    " mais velhos do bairro, que deixaram de ter onde comprar peixe perto de casa.",
]
_FESTIVAL = [
    "O festival de música da vila vai mudar de data e passa a realizar-se em setembro, para"
    " fugir ao calor de julho que no ano passado obrigou a cancelar dois concertos.",
    "A organização do festival anunciou os primeiros nomes do cartaz de setembro, com bandas"
    " portuguesas e espanholas, e garante que os bilhetes terão o mesmo preço.",
]
_BRIDGE = [
    "Die Brücke über die Lahn wird ab Montag für drei Monate gesperrt, weil die Fahrbahn"
    " erneuert werden muss und die alten Geländer ersetzt werden.",
    "Die Umleitung für Autos führt über die Bundesstraße, Radfahrer und Fußgänger dürfen die"
    " Brücke während der Bauarbeiten auf einem schmalen Steg weiter überqueren.",
    "Die Stadt rechnet mit Staus im Berufsverkehr und bittet Pendler, auf den Bus umzusteigen,"
    " der während der Sperrung der Brücke alle zehn Minuten fährt.",
]
_CHOIR = [
    "Der Kinderchor der Musikschule feiert sein fünfzigjähriges Jubiläum mit einem Konzert in"
    " der Stadthalle, zu dem ehemalige Sängerinnen und Sänger eingeladen sind.",
    "Für das Jubiläumskonzert probt der Chor seit Januar jeden Samstag, die Karten für das"
    " Konzert gibt es ab sofort an der Kasse der Musikschule.",
]


def test_the_next_story_under_a_bare_name_and_a_date_is_not_the_article() -> None:
    for first, second in (
        (
            [
                "Mercado do peixe reabre em abril depois de quatro anos",
                "Rui Carvalho",
                "11 mar 2026, 09:15",
                *_MARKET,
            ],
            [
                "Festival de música muda para setembro por causa do calor",
                "Ana Pires",
                "11 mar 2026, 08:02",
                *_FESTIVAL,
            ],
        ),
        (
            [
                "Lahnbrücke wird ab Montag für drei Monate gesperrt",
                "Jonas Keller",
                "11. März 2026",
                *_BRIDGE,
            ],
            [
                "Kinderchor feiert fünfzig Jahre mit einem Konzert",
                "Lena Vogt",
                "10. März 2026",
                *_CHOIR,
            ],
        ),
    ):
        dump = text_dump(["Início", "Local", "Cultura"], *first, "Partilhar", "Cultura", *second)
        article = parse_text_dump(dump)
        assert article.text.startswith(first[3][:20])
        assert first[-1][:20] in article.text
        assert second[0] not in article.text and second[3][:20] not in article.text


def test_a_related_card_with_a_bare_name_and_a_date_inside_an_article_keeps_what_follows() -> None:
    # The card's headline speaks of its own story; the paragraphs under it go on
    # with the article's, so the article goes on too.
    for head, card, body, more in (
        (
            [
                "Mercado do peixe reabre em abril depois de quatro anos",
                "Rui Carvalho",
                "11 mar 2026",
            ],
            ["Festival de música muda para setembro por causa do calor", "Ana Pires", "2 mar 2026"],
            _MARKET[:2],
            _MARKET[2:],
        ),
        (
            ["Lahnbrücke wird ab Montag für drei Monate gesperrt", "Jonas Keller", "11. März 2026"],
            ["Kinderchor feiert fünfzig Jahre mit einem Konzert", "Lena Vogt", "1. März 2026"],
            _BRIDGE[:2],
            _BRIDGE[2:],
        ),
    ):
        article = parse_text_dump(text_dump(["Home", "Local"], *head, *body, *card, *more))
        assert body[0][:20] in article.text and more[-1][:20] in article.text


def test_a_live_blogs_posts_headed_by_headline_name_and_date_all_stay() -> None:
    # Three or more heads of that shape in one copy are a live blog's posts
    # (rules.NAME_HEAD_POSTS), not stories appended below the article.
    for intro, posts in (
        (
            "Acompanhe aqui a reabertura do mercado do peixe, com as reações dos vendedores e"
            " dos moradores ao longo da manhã desta quarta-feira.",
            [
                (
                    "Primeiros clientes fazem fila à porta do mercado",
                    "Rui Carvalho",
                    "11 mar 2026, 09:40",
                    _MARKET[0],
                ),
                (
                    "Vendedores antigos voltam às bancas de peixe",
                    "Ana Pires",
                    "11 mar 2026, 09:10",
                    _MARKET[1],
                ),
                (
                    "Junta de freguesia celebra pedido antigo dos moradores",
                    "Rui Carvalho",
                    "11 mar 2026, 08:45",
                    _MARKET[2],
                ),
                (
                    "Organização do festival aproveita para anunciar cartaz",
                    "Ana Pires",
                    "11 mar 2026, 08:20",
                    _FESTIVAL[1],
                ),
            ],
        ),
        (
            "Hier berichten wir fortlaufend über die Sperrung der Lahnbrücke und die Folgen"
            " für Pendler, Radfahrer und Anwohner in der Innenstadt.",
            [
                (
                    "Bauarbeiter beginnen mit dem Abbau der alten Geländer",
                    "Jonas Keller",
                    "11. März 2026, 10:05",
                    _BRIDGE[0],
                ),
                (
                    "Umleitung über die Bundesstraße ist ausgeschildert",
                    "Lena Vogt",
                    "11. März 2026, 09:30",
                    _BRIDGE[1],
                ),
                (
                    "Erste Staus im Berufsverkehr am Bahnhof gemeldet",
                    "Jonas Keller",
                    "11. März 2026, 08:55",
                    _BRIDGE[2],
                ),
            ],
        ),
    ):
        heads = ["Ao vivo: mercado do peixe reabre as portas", intro]
        lines = [*heads]
        for headline, name, when, text in posts:
            lines += [headline, name, when, text]
        article = parse_text_dump(text_dump(["Início", "Local"], *lines, "Partilhar"))
        assert intro[:30] in article.text
        for _headline, _name, _when, text in posts:
            assert text[:40] in article.text
