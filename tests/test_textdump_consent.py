"""A cookie dialog over a browser's copy of a page (issue #14): its paragraph and
buttons are a block of their own, not the article's first paragraph.

Every fixture is written for the test; none comes from a corpus page.
"""

from __future__ import annotations

from clipper.extract.text.dump import parse_text_dump
from helpers import text_dump

_ITALIAN = [
    "Il consiglio comunale ha approvato ieri sera il nuovo piano per le piste ciclabili,"
    " che collegheranno la stazione al quartiere universitario entro la fine del prossimo anno.",
    "Il progetto costerà quattro milioni di euro, in gran parte coperti da fondi regionali,"
    " e prevede anche trecento nuovi posti per le biciclette davanti alle scuole della città.",
    "I commercianti di via Manzoni temono di perdere i parcheggi davanti ai negozi e hanno"
    " chiesto un incontro con l'assessore prima che comincino i lavori in primavera.",
]
_JAPANESE = [
    "市は来月から、駅前の駐輪場を二十四時間利用できるようにすると発表した。"
    "夜間に働く人や学生から要望が多く、管理員を増やして対応するという。",
    "駐輪場の料金は変わらず、一日百円のままとなる。市によると、利用者は昨年より二割増えており、"
    "新たに三百台分の区画を整備する計画もある。",
    "近くの商店街の会長は「夜遅くまで自転車を置けるようになれば、客足も戻るはずだ」と話している。",
]


def test_an_italian_cookie_dialog_over_the_head_is_not_the_articles_start() -> None:
    dump = text_dump(
        ["La Gazzetta del Borgo", "Home", "Cronaca", "Sport"],
        "Questo sito utilizza cookie tecnici e, previo tuo consenso, cookie di profilazione"
        " di terze parti per mostrarti pubblicità in linea con le tue preferenze.",
        "Accetta Rifiuta",
        "Mobilità",
        "Piste ciclabili, via libera al piano da quattro milioni",
        "Redazione · 9 aprile 2026",
        *_ITALIAN,
    )
    article = parse_text_dump(dump)

    assert article.text.startswith("Il consiglio comunale")
    assert "cookie" not in article.text and "Accetta" not in article.text
    assert "I commercianti di via Manzoni" in article.text


def test_a_japanese_cookie_dialog_over_the_head_is_not_the_articles_start() -> None:
    dump = text_dump(
        "地方日報",
        "当サイトではクッキーを使用しています。閲覧を続けることで、クッキーの使用に同意したものとみなします。",
        "同意する 詳細",
        "駅前の駐輪場、来月から二十四時間利用可能に",
        "2026年4月9日 10時30分",
        *_JAPANESE,
    )
    article = parse_text_dump(dump)

    assert article.text.startswith("市は来月から")
    assert "クッキー" not in article.text and "同意する" not in article.text
    assert "商店街の会長" in article.text


def test_an_article_about_cookies_keeps_its_first_paragraph_over_a_subheading() -> None:
    # The first paragraph speaks of cookies; one subheading, then prose: the article.
    for first, heading, rest in (
        (
            "Il garante della privacy ha multato tre siti di notizie perché i loro banner sui"
            " cookie non permettevano di rifiutare il tracciamento con un solo clic.",
            "Cosa cambia",
            _ITALIAN,
        ),
        (
            "個人情報保護委員会は、クッキーの利用について利用者の同意を得ていなかったとして、"
            "三つのニュースサイトに改善を求めた。",
            "何が変わるのか",
            _JAPANESE,
        ),
    ):
        article = parse_text_dump(text_dump("Title of the story", first, heading, *rest))
        assert article.text.startswith(first[:12]), article.text[:80]
        assert rest[-1][:12] in article.text
