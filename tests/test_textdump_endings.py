"""Where a text dump's article ends: what runs on in the article's block after it.

Each rule has a fixture of invented text: a comment thread with no marker in
front of it, an author or site box, a few teasers, the links to the previous
and next posts, the site's pitch for its newsletter or app, and photos with
their credits. A case that must stay the article's sits beside each one.
"""

from __future__ import annotations

from clipper.extract.text import rules
from clipper.extract.text.dump import parse_text_dump

HEADLINE = "Council Votes to Close Harbour Bridge to Cars"
ARTICLE = "\n\n".join(
    f"Paragraph {n}: the council voted on Tuesday to close the harbour bridge to cars from "
    "next spring, after engineers found that the old steel deck can no longer carry the load."
    for n in range(1, 9)
)


def clip(*parts: str) -> str:
    return parse_text_dump("\n\n".join((HEADLINE, ARTICLE, *parts)) + "\n").text


# --- A comment thread in the article's block -----------------------------------------


def test_a_comment_thread_right_under_the_article_stays_out() -> None:
    thread = "\n\n".join(
        f"Reader{n} says:\n\n12 March 2024 at 10:{n}5\n\n"
        f"I cross that bridge every single day, and reader {n} thinks the council is wrong about it.\n\nReply"
        for n in range(1, 5)
    )
    text = clip(thread)
    assert "Paragraph 8" in text
    assert "reader 1 thinks" not in text
    assert "says:" not in text


def test_a_comment_count_that_reads_as_prose_goes_with_the_thread() -> None:
    thread = "\n\n".join(
        f"Reader{n} sagt:\n\nI cross that bridge every single day and reader {n} disagrees.\n\nAntworten"
        for n in range(1, 4)
    )
    text = clip(f"4 Antworten zu “{HEADLINE}, and what the town thinks of it”", thread)
    assert "Paragraph 8" in text
    assert "Antworten zu" not in text
    assert "disagrees" not in text


def test_one_quoted_speaker_is_no_thread() -> None:
    quote = (
        "The mayor says:\n\nWe will build a new bridge for the cyclists and the buses before 2030."
    )
    text = clip(quote, "Paragraph 9: the works start in March and should take two years in all.")
    assert "Paragraph 9" in text


# --- An author box, an "About" box ---------------------------------------------------


def test_an_author_box_under_the_article_stays_out() -> None:
    box = (
        "Marta Lindqvist 312 posts\n\n"
        "Marta Lindqvist studied engineering before she joined the paper, and she writes about "
        "the city's roads, bridges and trains."
    )
    text = clip(box)
    assert "Paragraph 8" in text
    assert "studied engineering" not in text


def test_an_about_us_box_under_the_article_stays_out() -> None:
    box = "Über uns\n\nWir sind ein kleines Team aus Kiel und schreiben seit zehn Jahren über die Stadt und das Meer."
    text = clip(box)
    assert "Paragraph 8" in text
    assert "kleines Team" not in text


def test_people_each_under_their_name_in_a_long_piece_stay() -> None:
    people = "\n\n".join(
        f"Jane Roe{n}\n\nJane Roe{n} has run the ferry across the harbour for {n} years and says "
        "the bridge closure will bring her more passengers than she can carry on the old boat."
        for n in range(1, 9)
    )
    text = parse_text_dump(
        f"{HEADLINE}\n\nThe people who keep the harbour moving.\n\n{people}\n"
    ).text
    assert "Jane Roe1 has run" in text
    assert "Jane Roe8 has run" in text


def test_a_subheading_that_opens_its_paragraph_is_no_author_box() -> None:
    assert rules.AFTER_BOX_NAME.fullmatch("The Unbound Collection by Hyatt", 21) is None


# --- Teasers closing the block ------------------------------------------------------


def test_two_teasers_under_labels_after_the_article_stay_out() -> None:
    teasers = (
        "Transport\n\nFerry Company Orders Two New Boats for the Harbour\n\n"
        "The company wants to carry more people once the bridge closes.\n\n"
        "Transport\n\nBus Lanes Planned Along the Waterfront Road\n\n"
        "The city will paint new lanes on the road by the end of the year."
    )
    text = clip(teasers)
    assert "Paragraph 8" in text
    assert "more people once" not in text
    assert "paint new lanes" not in text


def test_dated_teasers_after_the_article_stay_out_and_the_list_above_them_stays() -> None:
    teasers = "\n\n".join(
        f"Ferry Company Orders New Boat Number {n} for the Harbour\n\nMonday | {n} July 2024\n\n"
        + "The company wants to carry more people once the bridge closes to cars next spring. " * 3
        for n in range(1, 4)
    )
    text = clip("What the works will cost:\nSteel: 4 million\nLabour: 2 million", teasers)
    assert "Labour: 2 million" in text
    assert "carry more people" not in text


def test_an_articles_own_closing_sections_stay() -> None:
    sections = (
        "What the Engineers Found in the Old Deck\n\n"
        "The steel has rusted through in three places under the road.\n\n"
        "What Happens to the Cyclists Next Spring\n\n"
        "They may keep using the bridge while the new one is built."
    )
    text = clip(sections)
    assert "rusted through" in text
    assert "keep using the bridge" in text


# --- Links to the previous and next posts -------------------------------------------


def test_post_navigation_ends_the_article() -> None:
    after = (
        "« Previous post\n\nNext post »\n\n"
        "Harbour Notes is written by two friends who love the sea, the boats and the old town."
    )
    text = clip(after)
    assert "Paragraph 8" in text
    assert "two friends" not in text


def test_a_link_repeated_under_each_section_is_the_articles_own() -> None:
    parts = "\n\nNext post\n\n".join(
        f"Section {n}: the bridge has stood for a hundred years and the town loves it dearly, "
        "though nobody trusts the deck any more after the last inspection of the steel."
        for n in range(1, 6)
    )
    text = parse_text_dump(f"{HEADLINE}\n\n{parts}\n").text
    assert "Section 5" in text


def test_a_lone_next_button_or_code_with_brackets_is_no_post_navigation() -> None:
    for line in ("Next", "<head>", "Zurück"):
        assert rules.POST_NAVIGATION.fullmatch(line) is None
    for line in ("« Previous Next »", "Vorheriger Beitrag", "Article suivant : Le port"):
        assert rules.POST_NAVIGATION.fullmatch(line) is not None


# --- The site's pitch ---------------------------------------------------------------


def test_a_newsletter_pitch_closing_the_block_stays_out() -> None:
    text = clip(
        "Get the Harbour Gazette newsletter\n\n"
        "The latest news from the waterfront, straight to your inbox every morning.\n\n"
        "You may unsubscribe at any time and we will never share your address."
    )
    assert "Paragraph 8" in text
    assert "straight to your inbox" not in text


def test_an_app_pitch_as_the_last_paragraph_stays_out() -> None:
    text = clip("For the latest stories, download the Harbour Gazette app for iOS and Android.")
    assert "Paragraph 8" in text
    assert "download the" not in text


def test_a_last_paragraph_that_ends_with_follow_the_author_stays() -> None:
    last = (
        "Paragraph 9: the mayor said the decision was the hardest of her term. "
        "Follow Marta Lindqvist on Twitter for more from the harbour."
    )
    assert "Paragraph 9" in clip(last)


def test_a_sign_up_line_inside_the_body_is_stripped() -> None:
    middle = "\n\n".join(
        [
            ARTICLE,
            "Our daily edition by email, free every morning Sign Up",
            ARTICLE.replace("Paragraph", "Part"),
        ]
    )
    text = parse_text_dump(f"{HEADLINE}\n\n{middle}\n").text
    assert "Part 8" in text
    assert "daily edition" not in text


# --- Photos and their credits -------------------------------------------------------


def test_a_caption_over_a_copyright_credit_is_a_figure() -> None:
    photos = (
        "The old deck seen from the water at low tide.\nFoto © Jane Roe\n"
        "Engineers on the bridge in March.\nFoto © John Doe"
    )
    article = parse_text_dump(f"{HEADLINE}\n\n{ARTICLE}\n\n{photos}\n\n{ARTICLE}\n")
    assert "low tide" not in article.text
    assert "Engineers on the bridge" not in article.text
    assert any("low tide" in caption for caption in article.captions)


def test_a_caption_ending_with_the_photographer_and_agency_is_a_figure() -> None:
    match = rules.INLINE_CREDIT.fullmatch(
        "Cars queue on the bridge on Monday. Jane Roe/Reuters files"
    )
    assert match is not None
    assert match["credit"] == "Jane Roe/Reuters files"
    assert rules.INLINE_CREDIT.fullmatch("The vote was close. It passed by two.") is None


def test_comments_each_under_a_name_and_a_date_with_reply_links_stay_out() -> None:
    # A name and a date heads a comment only where the thread has Reply links
    # (without them it is a live blog's entry head: see the tests below).
    letters = "\n\n".join(
        f"By {name} | 22 April 2024\n\nI have crossed this bridge for {n} decades and I will miss it dearly."
        "\n\nReply"
        for n, name in enumerate(("Jane Roe", "John Doe", "Ada Byrne", "Ben Okafor"), start=2)
    )
    text = clip(letters)
    assert "Paragraph 8" in text
    assert "decades" not in text


def test_a_caption_ending_with_a_copyright_holder_is_a_figure() -> None:
    match = rules.INLINE_CREDIT.fullmatch("The harbour at dawn © Tourist Board / Jane Roe")
    assert match is not None
    assert match["credit"] == "© Tourist Board / Jane Roe"
    assert rules.INLINE_CREDIT.fullmatch("Harbour Gazette © 2024") is None


# --- Ordinary article shapes the ending rules must leave alone (review C-3 … C-7) -------


def test_live_blog_entries_under_times_stay() -> None:
    entries = []
    for time, head in [
        ("09:15", "Divers reach the wreck off the north pier"),
        ("09:50", "Harbour master says the channel stays open"),
        ("10:20", "Fishing boats wait outside the breakwater"),
        ("10:55", "First crates are lifted onto the quay"),
    ]:
        entries += [time, head, f"At {time} the divers sent up another crate, the coastguard says."]
    text = clip(*entries)
    assert "At 09:15 the divers" in text
    assert "At 10:55 the divers" in text


def test_two_live_blog_entries_under_times_stay() -> None:
    text = clip(
        "14:05",
        "Ferry crews walk out over the new rota",
        "At 14:05 the first crossings were cancelled, the operator says.",
        "14:40",
        "Union leader calls for talks this evening",
        "At 14:40 the union asked the operator to meet before the night shift.",
    )
    assert "At 14:05 the first" in text
    assert "At 14:40 the union" in text


def test_listicle_items_under_photo_credits_stay() -> None:
    items = []
    for n, head in enumerate(
        [
            "The Lighthouse Tea Room on the Cliff",
            "Marlow's Smokehouse by the Slipway",
            "The Old Rope Works Market Hall",
        ],
        1,
    ):
        items += [
            "Photo: Tom Example",
            head,
            f"Stop {n}: smoked fish, strong tea and a view of the bay.",
        ]
    text = clip(*items)
    assert "Stop 1:" in text
    assert "Stop 3:" in text


def test_live_blog_entries_under_author_and_date_heads_stay() -> None:
    entries = []
    for n, time in enumerate(["09:15", "09:50", "10:20", "10:55"], 1):
        entries += [
            f"Tom Example, 3 May 2024 {time}",
            f"Entry {n}: the divers sent up another crate from the wreck, the coastguard says.",
        ]
    text = clip(*entries)
    assert "Entry 1:" in text
    assert "Entry 4:" in text


def test_portuguese_and_german_subheadings_are_no_about_box() -> None:
    for heading in ("O Futuro", "Über Nacht", "Über Grenzen", "About Time"):
        text = clip(heading, "Paragraph 9: the new quay opens in spring, the harbour board said.")
        assert "Paragraph 9" in text, heading
    for heading in ("Über uns", "About me", "À propos"):
        assert rules.ABOUT_US_HEADING.fullmatch(heading) is not None
    assert rules.ABOUT_US_HEADING.fullmatch("O Futuro") is None


def test_a_last_section_under_a_persons_or_places_name_stays() -> None:
    for name, rest in [
        (
            "Lotte Example",
            "runs the boatyard that will build the new ferry; she hires six welders.",
        ),
        ("West Quay", "will get the first of the new moorings, the harbour board said."),
    ]:
        text = clip(name, f"{name} {rest}")
        assert f"{name} {rest}" in text, name


def test_a_closing_sentence_that_mentions_an_app_or_a_page_stays() -> None:
    for last in (
        "Sailors can follow the race on the club's Instagram page, the organisers said on Monday.",
        "The bank said it would retire its app for Android phones in the region next year.",
    ):
        assert last in clip(last), last


def test_subheadings_and_list_items_about_email_or_newsletters_stay() -> None:
    for line in ("Fired by email", "Why newsletters are back", "Send it by email or by post"):
        middle = "\n\n".join([ARTICLE, line, ARTICLE.replace("Paragraph", "Part")])
        text = parse_text_dump(f"{HEADLINE}\n\n{middle}\n").text
        assert line in text, line


def test_a_long_capitalised_token_is_no_name() -> None:
    # One bounded reading of each word: a long token does not match, at once.
    assert rules.NAME_OPENING.match("A" * 5000 + "!") is None
    assert rules.NAME_OPENING.match(("A" * 5000 + "!")[: rules.NAME_OPENING_PREFIX]) is None
    assert rules.NAME_OPENING.match("Jane Roe covers the port.")["name"] == "Jane Roe"  # type: ignore[index]


def test_a_pool_credit_is_capitalised_after_a_name() -> None:
    assert rules.INLINE_CREDIT.fullmatch("The minister arrives. Tom Example/Pool") is not None
    assert (
        rules.INLINE_CREDIT.fullmatch("Lessons are held. Swimming in the lake and/or pool") is None
    )
