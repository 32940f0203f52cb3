"""The desk's words set among or under an article's paragraphs, as a copy gives them: a
newsletter pitch between paragraphs ("Sign up to get every new post by email"), a
newsletter box's name and blurb over its "Sign up" button, the note under an interview
("This interview has been edited for length and clarity.", "Das Gespräch führte ..."),
a magazine's print-issue note, a share row glued together ("Condividi su
FacebookCondividi su WhatsAppInvia per email").

Every fixture is written for the test.
"""

from __future__ import annotations

import pytest

from clipper.extract.text.dump import parse_text_dump
from clipper.extract.text.lines import CHROME, classify
from helpers import paragraphs, text_dump


def test_a_pitch_between_paragraphs_goes_and_the_article_stays() -> None:
    pitch = "Like these notes? Sign up to get every new post by email. It is free."
    dump = text_dump(
        "The return of the otters", paragraphs(2, "lead"), pitch, paragraphs(3, "rest")
    )
    article = parse_text_dump(dump)

    assert "Sign up to get every new post" not in article.text
    assert "lead1word1" in article.text and "rest2word1" in article.text


def test_a_newsletter_boxs_name_and_blurb_over_its_button_go() -> None:
    dump = text_dump(
        "The return of the otters",
        paragraphs(4, "body"),
        "The Riverbank, every Monday",
        "The week's best river stories in your inbox.",
        "Sign up",
    )
    article = parse_text_dump(dump)

    assert "every Monday" not in article.text and "in your inbox" not in article.text
    assert "body3word1" in article.text


def test_the_last_paragraph_over_a_pitch_stays() -> None:
    last = "An inquiry into the cause of the flood will begin in the spring."
    dump = text_dump(
        "The return of the otters",
        paragraphs(4, "body"),
        last,
        ["Get the latest river news sent to your inbox", "Subscribe"],
    )
    article = parse_text_dump(dump)

    assert last in article.text
    assert "sent to your inbox" not in article.text


@pytest.mark.parametrize(
    "line",
    [
        "This interview has been edited for length and clarity.",
        "This conversation has been lightly edited and condensed.",
        "Das Gespräch führte Anna Weber.",
        "Das Interview wurde für die Veröffentlichung gekürzt und redigiert.",
        "Cet entretien a été édité pour plus de clarté.",
        "Esta entrevista ha sido editada por motivos de espacio.",
        "This article appears in the May 2026 issue of Harbour with the headline “Salt”.",
        "Condividi su FacebookCondividi su WhatsAppInvia per email",
    ],
)
def test_the_desks_notes_and_a_glued_share_row_are_chrome(line: str) -> None:
    assert classify(line).kind == CHROME


@pytest.mark.parametrize(
    "line",
    [
        "The interview was edited by hand, she said, before it was broadcast.",
        "Invia per email i documenti entro venerdì, ha chiesto il sindaco ai residenti.",
    ],
)
def test_sentences_about_editing_or_email_stay(line: str) -> None:
    assert classify(line).kind != CHROME
