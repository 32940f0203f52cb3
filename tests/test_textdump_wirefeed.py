"""An agency's feed that appends its next story under the first (issue #14's
news copies): no byline, only a headline with its date or time and a dateline
opening the story ("САМАРА, 2 дек — Agency.", "LYON (AFX) –"). The story
under the page's first head is the article.

Every fixture is written for the test; none comes from a corpus page.
"""

from __future__ import annotations

from clipper.extract.text.dump import parse_text_dump
from helpers import text_dump

_MENU = ["Политика", "Экономика", "Общество", "Спорт"]
_FIRST = [
    "Власти Казани объявили, что три новые станции второй линии метро откроются для"
    " пассажиров до конца следующего года, сообщила пресс-служба мэрии.",
    "По словам представителей мэрии, строительство ведется с опережением графика, а общая"
    " стоимость проекта составит около сорока миллиардов рублей.",
    "Жители северных районов города давно ждут открытия линии: сейчас дорога до центра"
    " занимает у них больше часа в часы пик.",
]
_NEXT = [
    "Синоптики предупредили жителей Поволжья о сильных морозах, которые придут в регион на"
    " выходных и продержатся не меньше недели.",
    "В Самаре и Саратове ночью ожидается до минус тридцати градусов, днем будет не теплее"
    " минус двадцати, сообщили в региональном центре погоды.",
    "Власти рекомендовали водителям не оставлять машины на улице без присмотра и проверить"
    " аккумуляторы заранее, а школам — перейти на дистанционное обучение.",
    "Коммунальные службы города перевели котельные на усиленный режим работы и пообещали"
    " круглосуточно дежурить на случай аварий.",
]


def test_the_next_story_under_its_time_headline_and_dateline_is_not_the_articles() -> None:
    dump = text_dump(
        _MENU,
        "09:30 02.12.2026",
        "В Казани откроют три новые станции метро",
        "КАЗАНЬ, 2 дек — РИА Вести.",
        *_FIRST,
        ["Метро Казань Транспорт", "Подписывайтесь на нас в Telegram"],
        "10:45 02.12.2026",
        "Морозы до минус тридцати ожидаются в Поволжье",
        "САМАРА, 2 дек — РИА Вести.",
        *_NEXT,
    )
    article = parse_text_dump(dump)

    assert article.title == "В Казани откроют три новые станции метро"
    assert all(paragraph in article.text for paragraph in _FIRST)
    assert "Синоптики" not in article.text and "Морозы" not in article.text


def test_the_next_story_under_a_headline_and_a_bare_time_is_not_the_articles() -> None:
    first = [
        "LYON (AFX) – Le trafic du métro lyonnais était quasiment à l'arrêt lundi, au deuxième"
        " jour d'une grève des conducteurs qui protestent contre les nouveaux horaires.",
        "La direction a proposé une reprise des négociations mardi, mais les syndicats exigent"
        " d'abord le retrait du projet de réorganisation des équipes.",
        "Des bus de substitution ont été mis en place sur les deux lignes principales, avec"
        " des temps d'attente qui dépassaient souvent une demi-heure.",
    ]
    following = [
        "NANTES (AFX) – Le port de Nantes a battu son record de trafic de conteneurs en 2026,"
        " porté par la reprise des échanges avec l'Afrique de l'Ouest, a annoncé sa direction.",
        "Le port a traité près de quatre cent mille conteneurs, soit une hausse de douze pour"
        " cent sur un an, et prévoit d'agrandir son terminal dès l'an prochain.",
        "Les dockers, eux, réclament des embauches pour faire face à la hausse de l'activité"
        " et menacent de faire grève si la direction ne répond pas avant l'été.",
        "La région a promis de financer une partie des travaux, estimés à quatre-vingts millions"
        " d'euros, à condition que le port réduise ses émissions.",
    ]
    dump = text_dump(
        ["Actualités", "Économie", "Sport"],
        "Grève dans le métro lyonnais : le trafic quasi nul",
        "12:31",
        *first,
        "Record de trafic pour le port de Nantes",
        "14:05",
        *following,
    )
    article = parse_text_dump(dump)

    assert all(paragraph in article.text for paragraph in first)
    assert "Nantes" not in article.text


def test_a_story_filed_from_several_places_stays_whole() -> None:
    # The ordinary wire story: datelines inside it, under no headline and date.
    paragraphs = [
        "VELMAR, March 11 (Continental Press) - Flooding closed roads and railway lines across"
        " three provinces on Wednesday as a slow-moving storm dropped a month's rain in two days.",
        "The national weather service kept its highest warning in place for the coastal"
        " districts and said rain would continue until Friday morning.",
        "Rail services resume",
        "DORSA, March 11 (CP) - Inland, rail operator NorLink suspended services between Dorsa"
        " and Kettering Junction after a landslide covered the track near Brill.",
        "BRILL - Farmers' groups warned that winter crops on low ground had been under water for"
        " more than a day and could be lost before spring planting.",
    ]
    dump = text_dump(
        ["World", "Business", "Markets"],
        "Storm floods roads and rail lines across three provinces",
        "March 11, 2026 4:52 PM UTC",
        *paragraphs,
    )
    article = parse_text_dump(dump)

    assert all(paragraph in article.text for paragraph in paragraphs)
