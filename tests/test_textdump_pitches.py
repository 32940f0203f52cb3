"""The site's pitch closing a copied article, in the forms a first sentence
alone doesn't show: a short hook before it ("Want more? Get ...", "Never miss
a story" with a colon is the article's as often as not). Each case beside one that must stay the article's.
All text is invented.
"""

from __future__ import annotations

from clipper.extract.text import rules
from clipper.extract.text.dump import parse_text_dump
from tests.helpers import paragraphs, text_dump

HEADLINE = "Ferry Timetable Changes as Harbour Works Begin"
STORY = paragraphs(8, "ferry")


def clip(*tail: str) -> str:
    return parse_text_dump(text_dump(HEADLINE, STORY, *tail)).text


def test_a_pitch_behind_a_short_question_closes_the_article() -> None:
    text = clip("Want more? Get the best of the Harbour Gazette in your inbox every Friday.")
    assert "Paragraph 7" in text
    assert "Want more?" not in text


def test_a_lead_in_with_a_colon_or_a_newsletter_named_is_the_articles() -> None:
    for last in (
        "The verdict: get the app for iOS or Android if you cross the harbour every day.",
        "A: Our newsletter turns six in May, and we want to hire a second reporter.",
        "Mit unserem Newsletter erhalten die Mitglieder des Vereins jeden Monat die Termine.",
    ):
        assert last in clip(last), last


def test_a_last_paragraph_about_a_newsletter_in_the_news_stays() -> None:
    for last in (
        "The council said the ferry newsletter would list the new times from March, "
        "and that paper copies would be left at the terminal.",
        "“Our newsletter was the only way to reach the islanders,” the harbour master said. "
        "She expects the works to last until the autumn.",
        "Any questions? The harbour office answers them at the terminal from Monday, "
        "the council said in a statement.",
    ):
        assert last.split()[1] in clip(last), last


def test_the_hook_is_a_short_question() -> None:
    assert rules.PITCH_HOOK.match("Lust auf mehr? Lass dir ...") is not None
    assert rules.PITCH_HOOK.match("Never miss a story: subscribe ...") is None
    assert rules.PITCH_HOOK.match("The council met on Tuesday. Then ...") is None


# --- A "Weiterlesen:" label over links inside the article ----------------------------


def test_headlines_under_a_read_on_label_with_a_colon_are_links() -> None:
    more = paragraphs(4, "tides")
    text = parse_text_dump(
        text_dump(
            HEADLINE,
            STORY[:4],
            "Weiterlesen:",
            "Neue Fähre für die Inseln ab dem Sommer",
            "Hafenfest fällt wegen Bauarbeiten aus",
            more,
        )
    ).text
    assert "Paragraph 3 about the ferry" in text
    assert "Paragraph 3 about the tides" in text
    assert "Neue Fähre" not in text
    assert "Hafenfest" not in text


def test_a_subheading_under_a_bare_read_on_button_stays() -> None:
    more = paragraphs(4, "tides")
    text = parse_text_dump(
        text_dump(HEADLINE, STORY[:4], "Weiterlesen", "Was sich im Winter ändert", more)
    ).text
    assert "Was sich im Winter ändert" in text
    assert "Paragraph 3 about the tides" in text


def test_want_more_over_the_sites_other_stories_ends_the_article() -> None:
    text = clip("Want more?", "Ten Harbour Walks for a Rainy Day", "The Best Fish Stalls in Town")
    assert "Paragraph 7" in text
    assert "Harbour Walks" not in text
    assert "Want more?" not in text


def test_a_want_more_question_inside_a_long_story_leaves_the_rest() -> None:
    text = parse_text_dump(
        text_dump(HEADLINE, STORY[:2], "Want more?", paragraphs(8, "tides"))
    ).text
    assert "Paragraph 7 about the tides" in text
