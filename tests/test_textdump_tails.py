"""Text-dump rules for what closes a copied article inside its block (issue #14).

Every fixture is written for the test; none comes from a corpus page.
"""

from __future__ import annotations

from clipper.extract.text.dump import parse_text_dump
from helpers import paragraphs, text_dump

# --- "Weiterlesen:" with its colon labels links, as a "Related" marker does -----


def test_a_read_more_label_near_the_end_ends_the_article_before_its_links() -> None:
    # The label over another story's headline, then the site's pitch for its
    # print edition: all in the article's block, little prose after it.
    for label in ("Weiterlesen:", "Continue reading:"):
        dump = text_dump(
            "Harbour Ferry Returns After Two Winters",
            "By Nora Pell",
            paragraphs(5, "ferry", words=60),
            label,
            "Island schools ask for a later morning crossing",
            "The new issue of our magazine is out now at every station kiosk, by subscription "
            "and as an e-paper.",
        )
        article = parse_text_dump(dump)

        assert "ferry4word1" in article.text
        assert "The new issue of our magazine" not in article.text, label


def test_a_read_more_button_or_a_label_with_the_article_going_on_keeps_the_text() -> None:
    # A bare "Weiterlesen" is a button; with as much prose again under the
    # label, the article goes on there.
    button = text_dump(
        "Harbour Ferry Returns After Two Winters",
        "By Nora Pell",
        paragraphs(5, "ferry", words=60),
        "Weiterlesen",
        "The crossing takes twenty minutes, and the first boat leaves at six in the morning "
        "on weekdays.",
    )
    going_on = text_dump(
        "Harbour Ferry Returns After Two Winters",
        "By Nora Pell",
        paragraphs(3, "ferry", words=60),
        "Continue reading:",
        "Island schools ask for a later morning crossing",
        paragraphs(3, "crossing", words=60),
    )

    assert "first boat leaves at six" in parse_text_dump(button).text
    assert "crossing2word1" in parse_text_dump(going_on).text


# --- The article's tags close it, as a "Related" marker does --------------------


def test_a_tags_line_near_the_end_ends_the_article_before_what_follows_it() -> None:
    # Tags, then a short paragraph about the blog and a reader's letter, all in
    # the article's block.
    for tags in ("Tags: Ferry, Harbour, Islands", "Kategorien: Verkehr, Inseln"):
        dump = text_dump(
            "Harbour Ferry Returns After Two Winters",
            "By Nora Pell",
            paragraphs(5, "ferry", words=60),
            tags,
            "This blog has told the island's small stories since 2009, one post a week, "
            "written on the kitchen table.",
            "A reader wrote back to say the old timetable was better and the coffee on board worse.",
        )
        article = parse_text_dump(dump)

        assert "ferry4word1" in article.text
        assert "written on the kitchen table" not in article.text, tags


def test_tags_over_the_article_or_with_the_article_going_on_keep_the_text() -> None:
    # Tags under the headline; tags set after the first paragraphs of a long
    # article (much more prose under them than above).
    on_top = text_dump(
        "Harbour Ferry Returns After Two Winters",
        "Tags: Ferry, Harbour, Islands",
        "By Nora Pell",
        paragraphs(5, "ferry", words=60),
    )
    early = text_dump(
        "Harbour Ferry Returns After Two Winters",
        "By Nora Pell",
        paragraphs(2, "ferry", words=60),
        "Tags: Ferry, Harbour, Islands",
        paragraphs(4, "crossing", words=60),
    )

    assert "ferry0word1" in parse_text_dump(on_top).text
    assert "crossing3word1" in parse_text_dump(early).text


# --- What closes the article is read again once a marker moved its end ----------


def _teasers() -> list[str]:
    out: list[str] = []
    for k, topic in enumerate(("lighthouse", "pier", "quay")):
        out += [f"Keep reading: the {topic} story" if k == 0 else f"The {topic} story"]
        out += paragraphs(1, topic, words=40)
        out += ["Read More"]
    return out


def test_a_pitch_over_teasers_leaves_with_them() -> None:
    # The newsletter's pitch closes the article, but the teasers under it
    # outweighed what it closes until "Read More" ended the body above them.
    dump = text_dump(
        "Harbour Ferry Returns After Two Winters",
        "By Nora Pell",
        paragraphs(6, "ferry", words=60),
        "Subscribe to my newsletter",
        "Join the hundreds of readers who get new posts and harbour news delivered to their inbox every week.",
        *_teasers(),
    )
    article = parse_text_dump(dump)

    assert "ferry5word1" in article.text
    assert "Join the hundreds of readers" not in article.text
    assert "lighthouse0word1" not in article.text


def test_the_last_paragraph_over_teasers_stays_without_a_pitch() -> None:
    dump = text_dump(
        "Harbour Ferry Returns After Two Winters",
        "By Nora Pell",
        paragraphs(6, "ferry", words=60),
        "The first crossing of the season leaves on Monday at six, weather permitting.",
        *_teasers(),
    )
    article = parse_text_dump(dump)

    assert "first crossing of the season" in article.text


# --- Nothing below the page's footer joins the article --------------------------


def _newsletter_box() -> list[str]:
    return [
        "With our newsletter you get news about the islands every month, and a selection of trips.",
        "E-mail address",
        "By signing up you accept our terms of use and privacy notes. You can unsubscribe at any time.",
        "Thank you! You have just signed up for our newsletter and will get an e-mail shortly.",
        "Please confirm the link in that e-mail to finish signing up for the monthly newsletter.",
    ]


def test_a_box_below_the_pages_footer_links_stays_out_of_the_article() -> None:
    # A long list ends the article; the footer's links; then a newsletter box
    # that the copy keeps (its dialogs hidden on the page).
    stops = [f"Stop {k}: turn left at the {k}th corner of the old town" for k in range(14)]
    dump = text_dump(
        "Cycling Through the Old Town",
        "By Nora Pell",
        paragraphs(2, "bike", words=60),
        stops,
        ["Impressum", "Privacy policy", "Terms of use", "Jobs"],
        *_newsletter_box(),
    )
    article = parse_text_dump(dump)

    assert "bike1word1" in article.text
    assert "With our newsletter" not in article.text


def test_one_contact_heading_between_two_parts_keeps_them_together() -> None:
    dump = text_dump(
        "Our Cycling Club",
        "By Nora Pell",
        paragraphs(3, "club", words=60),
        "Kontakt",
        paragraphs(3, "rides", words=60),
    )

    assert "rides2word1" in parse_text_dump(dump).text
