"""Rules of the text-dump stage found on the web-eval pages' browser copies (issue #14).

Each rule has a fixture of its own and ordinary article shapes (a news story, a
live blog, a listicle) it must leave whole. Every fixture is written for the
test; none comes from a corpus page.
"""

from __future__ import annotations

from clipper.extract.text import rules
from clipper.extract.text.dump import parse_text_dump
from clipper.extract.text.lines import CHROME, HARD_MARKER, SOFT_MARKER, classify
from helpers import paragraphs, text_dump

# --- A caption with its credit glued on or named by a domain is a figure -------------------


def test_a_copyright_holder_glued_to_the_caption_is_its_credit() -> None:
    match = rules.INLINE_CREDIT.fullmatch("Snow on the harbour steps in January© Jane Roe/Example")
    assert match is not None
    assert match["caption"] == "Snow on the harbour steps in January"
    assert match["credit"] == "© Jane Roe/Example"


def test_a_copyright_holder_named_by_a_domain_is_the_credit() -> None:
    match = rules.INLINE_CREDIT.fullmatch(
        "Bricks stacked on a pallet at the yard. - © jane_roe - stock.example.com"
    )
    assert match is not None
    assert match["credit"] == "© jane_roe - stock.example.com"


def test_a_picture_source_in_brackets_is_the_credit() -> None:
    match = rules.INLINE_CREDIT.fullmatch(
        "Young farmers met the minister on Tuesday. (Bildquelle: Example Verband)"
    )
    assert match is not None
    assert match["credit"] == "(Bildquelle: Example Verband)"


def test_sentences_that_mention_copyright_are_no_captions() -> None:
    for sentence in (
        "The © sign was added to the law in 1909.",
        "Harbour Gazette © 2024",
        "Prices rose by 3.5% in March, the office said.",
        "The brand name Example© was registered by the founder in 1921 and is still used.",
    ):
        assert rules.INLINE_CREDIT.fullmatch(sentence) is None, sentence


def test_a_glued_credit_takes_the_caption_out_of_the_body() -> None:
    dump = text_dump(
        "Snow closes the harbour steps",
        "By Jane Roe",
        "12 January 2024",
        paragraphs(2, "snow"),
        "Snow on the harbour steps in January, seen from the old pier© Jane Roe/Example",
        paragraphs(3, "ice"),
    )
    article = parse_text_dump(dump)

    assert "seen from the old pier" not in article.text
    assert any("seen from the old pier" in caption for caption in article.captions)
    assert "snow1word1" in article.text
    assert "ice2word1" in article.text


def test_a_live_blog_and_a_listicle_stay_whole() -> None:
    entries = [
        f"{9 + k}:{10 * k:02d} The ferry service update number {k} says crossings resume "
        f"at the north pier with timetable{k} changes for commuters this morning."
        for k in range(6)
    ]
    items = [
        f"{k}. Pack item{k} for the beach, because the sand there gets warmer than you "
        f"think by noon and item{k} helps with that."
        for k in range(1, 8)
    ]
    for body in (entries, items):
        dump = text_dump("Ferry strike: live updates", "By Jane Roe", "4 June 2024", body)
        text = parse_text_dump(dump).text
        for line in body:
            assert line in text


# --- Code and the author's lead-ins between paragraphs don't part an article --------------


def test_python_block_openers_are_code_lines() -> None:
    for line in ("if i == 1:", "try:", "except KeyError as e:", "for item in items:", "else:"):
        assert rules.CODE_LINE.search(line), line
    for line in ("For example:", "If you go:", "What we liked:", "Try it at home"):
        assert not rules.CODE_LINE.search(line), line


def test_a_tutorial_with_code_and_its_output_between_paragraphs_is_one_article() -> None:
    code = [
        "Consider the following file called harbour.py:",
        "import sys",
        "def tide(level):",
        "if level == 1:",
        "raise KeyError(1)",
        "try:",
        "tide(int(sys.argv[1]))",
        "except KeyError as e:",
        "...",
        "print('low tide')",
        "On the old version this prints:",
        "low tide",
        "high tide",
        "But on the new one you get this instead:",
        "low tide",
        "Traceback (most recent call last):",
        'File "harbour.py", line 9, in <module>',
        "NameError: name 'e' is not defined",
    ]
    dump = text_dump(
        "Ten mistakes with exceptions",
        "By Jane Roe",
        "4 June 2024",
        paragraphs(4, "intro"),
        code,
        paragraphs(2, "fix"),
    )
    text = parse_text_dump(dump).text

    assert "intro0word1" in text
    assert "Consider the following file called harbour.py:" in text
    assert "But on the new one you get this instead:" in text
    assert "fix1word1" in text


def test_a_menu_between_an_article_and_a_footer_still_parts_them() -> None:
    menu = ["World", "Politics", "Sport", "Culture", "Weather", "Podcasts", "Video", "Shop"]
    dump = text_dump(
        "Ferry strike ends after two weeks",
        "By Jane Roe",
        "4 June 2024",
        paragraphs(5, "ferry"),
        "Here is what the union and the operator agreed on:",
        menu,
        "Harbour Gazette is published by Example Media Ltd, registered in Example Town.",
    )
    text = parse_text_dump(dump).text

    assert "ferry4word1" in text
    assert "Politics" not in text
    assert "registered in Example Town" not in text


# --- A table's row or a numbered link is no breadcrumb ------------------------------------


def test_a_row_of_rates_or_a_numbered_link_is_no_breadcrumb() -> None:
    for text in (
        "harbour_logs 2.3 GB/s 0.098 GB/s",
        "[1] http://example.org/docs/free-software.html",
        "[2] www.example.org/a/b/c",
    ):
        assert classify(text).reason != "chrome: breadcrumb", text
    for text in ("Home / News / Asia", "Home > World > Asia", "News » Harbour"):
        assert classify(text).reason == "chrome: breadcrumb", text


def test_a_benchmark_table_and_numbered_sources_stay_in_the_body() -> None:
    rows = [f"file{k}.json {k}.1 GB/s 0.0{k} GB/s" for k in range(1, 5)]
    sources = [f"[{k}] http://example.org/source/{k}/report.html" for k in range(1, 4)]
    dump = text_dump(
        "Parsing logs faster",
        "By Jane Roe",
        "4 June 2024",
        paragraphs(3, "speed"),
        rows,
        paragraphs(2, "result"),
        sources,
        paragraphs(1, "outlook"),
        "Home / Blog / Archive",
    )
    text = parse_text_dump(dump).text

    for row in rows:
        assert row in text
    assert "result1word1" in text
    assert "[1] http://example.org/source/1/report.html" in text
    assert "Home / Blog / Archive" not in text


# --- An author box's heading for either gender ends the article ----------------------------


def test_an_author_box_heading_for_either_gender_ends_the_article() -> None:
    for heading in ("Über den Autor/ die Autorin", "Über die Autorin", "Über den Autor"):
        dump = text_dump(
            "Hafenbrücke wird saniert",
            "Von Jana Beispiel",
            "4. Juni 2024",
            paragraphs(4, "brücke"),
            heading,
            "Jana Beispiel schreibt seit zehn Jahren über den Hafen, die Fähren und die Stadt.",
        )
        text = parse_text_dump(dump).text
        assert "brücke3word1" in text, heading
        assert "seit zehn Jahren" not in text, heading
    story = text_dump(
        "Hafenbrücke wird saniert",
        "Von Jana Beispiel",
        paragraphs(2, "brücke"),
        "Über die Autorin des Gutachtens sagte der Bürgermeister nur, sie kenne die Brücke gut.",
        paragraphs(2, "gutachten"),
    )
    assert "gutachten1word1" in parse_text_dump(story).text


# --- A recipe's ingredients above its steps are part of it ---------------------------------


def test_a_recipes_ingredients_above_its_steps_open_the_body() -> None:
    ingredients = ["Ingredients", "1/4", "cup butter", "2", "eggs", "250 g", "plain flour"]
    steps = [
        "Heat the oven to 180°C and butter a round tin of about twenty centimetres across.",
        "Beat the butter with the sugar until pale, then add the eggs one at a time and fold in the flour.",
        "Bake for forty minutes, until a skewer comes out clean, and leave to cool in the tin.",
    ]
    dump = text_dump(
        "Home", "Recipes", "Harbour sponge cake", "Serves 8", ingredients, "Steps", steps
    )
    text = parse_text_dump(dump).text

    assert "cup butter" in text
    assert "plain flour" in text
    assert steps[-1] in text
    assert "Recipes" not in text


def test_a_menu_item_named_ingredients_above_a_byline_stays_out() -> None:
    dump = text_dump(
        "Home",
        "Ingredients",
        "Recipes",
        "Shop",
        "Flour prices climb for a third month",
        "By Jane Roe",
        "4 June 2024",
        paragraphs(4, "flour"),
    )
    text = parse_text_dump(dump).text

    assert text.startswith("Paragraph 0 about the flour")
    assert "Ingredients" not in text


# --- "Read more", "Related" and "Most viewed" in German and Spanish ------------------------


def test_read_more_related_and_most_viewed_labels_are_markers() -> None:
    assert classify("Lo más visto de Example Noticias").kind == HARD_MARKER
    assert classify("Lo más leído").kind == HARD_MARKER
    assert classify("Relacionados").kind == SOFT_MARKER
    assert classify("Lesen Sie mehr").kind == SOFT_MARKER
    for sentence in (
        "Lesen Sie mehr über die Brücke in unserem Dossier zum Hafen.",
        "Lo más visto en la feria fue el barco de vapor restaurado por los vecinos.",
    ):
        assert classify(sentence).kind not in (HARD_MARKER, SOFT_MARKER), sentence


def test_a_read_more_link_inside_a_long_story_does_not_end_it() -> None:
    dump = text_dump(
        "Fährstreik: Die Lage am Morgen",
        "Von Jana Beispiel",
        "4. Juni 2024",
        paragraphs(2, "morgen"),
        "Lesen Sie mehr",
        paragraphs(5, "mittag"),
    )
    assert "mittag4word1" in parse_text_dump(dump).text


def test_a_read_more_link_under_a_story_ends_it() -> None:
    dump = text_dump(
        "Fährstreik beendet",
        "Von Jana Beispiel",
        "4. Juni 2024",
        paragraphs(5, "streik"),
        "Lesen Sie mehr",
        "Hafenbrücke wird ab Montag für drei Wochen gesperrt",
        "vor 2 Tagen",
    )
    text = parse_text_dump(dump).text
    assert "streik4word1" in text
    assert "Hafenbrücke wird" not in text


def test_a_teaser_after_lesen_sie_hier_and_french_related_articles_are_furniture() -> None:
    teaser = classify("Lesen Sie hier:\xa0Fährstreik in Kiel beendet, Schiffe fahren wieder")
    assert teaser.kind == CHROME
    assert teaser.reason == "chrome: related link"
    assert classify("Articles en relation").kind == SOFT_MARKER
    for sentence in (
        "Lesen Sie hier, was der Rat am Dienstag zur Brücke beschlossen hat.",
        "Les articles en relation avec le port ont été lus par des milliers de lecteurs.",
    ):
        assert classify(sentence).kind not in (CHROME, SOFT_MARKER), sentence


# --- A list that the last paragraph's lead-in opens ends the article, not before -----------

SUMMARY = [
    "ferries every hour from 6:00, every half hour at weekends",
    "tickets 20% cheaper at the machine than on board",
    "bikes free outside the rush hour (7 to 9 and 16 to 18)",
]


def test_a_list_under_the_last_paragraphs_lead_in_belongs_to_the_article() -> None:
    last = (
        "We took the ferry every day for a month and timed each crossing. "
        "To sum up, here is what we found on our trips:"
    )
    dump = text_dump(
        "Ten things to know about the harbour ferry",
        "By Jane Roe",
        "4 June 2024",
        paragraphs(4, "ferry"),
        last,
        SUMMARY,
        "Author: Jane Roe",
        "Share on Facebook",
    )
    text = parse_text_dump(dump).text

    assert last in text
    for item in SUMMARY:
        assert item in text
    assert "Share on Facebook" not in text


def test_the_sites_list_under_a_lead_in_stays_out() -> None:
    teasers = [
        "Harbour bridge to close for three weeks in March",
        "New ferry timetable starts on Monday morning",
        "Council approves the budget for the old market hall",
    ]
    for lead_in in (
        "These articles might interest you too:",
        "Diese Artikel könnten dich auch interessieren:",
        "More stories from the harbour for you:",
        # review 2, H3: labels of a box of other stories
        "More coverage from our team of reporters:",
        "Trending now on the site:",
        "Elsewhere on Example News today:",
        "Don't miss these from our newsroom:",
        "Popular right now on Example News:",
        "Recommended reading from our editors:",
        "The strike is over. Elsewhere on Example News today:",
    ):
        dump = text_dump(
            "Ferry strike ends after two weeks",
            "By Jane Roe",
            "4 June 2024",
            paragraphs(4, "strike"),
            lead_in,
            teasers,
        )
        text = parse_text_dump(dump).text
        assert "strike3word1" in text, lead_in
        assert "Harbour bridge to close" not in text, lead_in
        assert "New ferry timetable" not in text, lead_in


def test_a_long_run_of_short_lines_under_a_lead_in_is_not_taken() -> None:
    menu = [f"Harbour section number {k} of the site" for k in range(60)]
    dump = text_dump(
        "Ferry strike ends after two weeks",
        "By Jane Roe",
        "4 June 2024",
        paragraphs(4, "strike"),
        "Find everything on the harbour and the ferries here:",
        menu,
    )
    text = parse_text_dump(dump).text

    assert "strike3word1" in text
    assert "Harbour section number 1 " not in text


# --- A closing paragraph about following something stays ------------------------------------


def test_an_article_sentence_about_following_stays() -> None:
    for last in (
        "The mayor said residents could follow the works on the council's Facebook page.",
        "Follow the money, the auditor told the committee, and you find the harbour fund.",
        # review 2, H1
        "Follow the hearings on the inquiry's own YouTube channel, which will stream every "
        "session and publish the evidence the same evening.",
    ):
        dump = text_dump(
            "Harbour fund under review",
            "By Jane Roe",
            "4 June 2024",
            paragraphs(5, "fund"),
            last,
        )
        assert last in parse_text_dump(dump).text, last


def test_a_paywall_prompt_to_read_the_full_story_is_furniture() -> None:
    prompt = classify(
        "To view the full story, please subscribe to the Harbour Gazette. You can choose a yearly plan."
    )
    assert prompt.kind == CHROME
    for sentence in (
        "To read the full story of the harbour, the museum has opened its archive to visitors.",
        "To access the article's sources, the council published its files on Tuesday.",
    ):
        assert classify(sentence).kind != CHROME, sentence


# --- A sign-up box's own words under its heading leave the body ------------------------------


def test_a_sign_up_boxs_words_under_its_heading_leave_the_body() -> None:
    for call in (
        "Sign up to get the best stories of the week and offers, as picked by the editors.",
        "Join the hundreds of readers who get our harbour news delivered every Friday morning.",
    ):
        dump = text_dump(
            "Ferry strike ends after two weeks",
            "By Jane Roe",
            "4 June 2024",
            paragraphs(3, "strike"),
            "Harbour Gazette Newsletter",
            call,
            paragraphs(3, "talks"),
        )
        text = parse_text_dump(dump).text
        assert call not in text, call
        assert "strike2word1" in text
        assert "talks2word1" in text


def test_a_paragraph_that_opens_with_sign_up_elsewhere_stays() -> None:
    sentence = (
        "Sign up sheets for the night shifts were posted at the harbour office, the union said."
    )
    dump = text_dump(
        "Ferry strike ends after two weeks",
        "By Jane Roe",
        "4 June 2024",
        paragraphs(3, "strike"),
        "What the deal says",
        sentence,
        paragraphs(3, "talks"),
    )
    assert sentence in parse_text_dump(dump).text


# --- A licence footer and a metered paywall's count are furniture ----------------------------


def test_a_licence_footer_and_a_metered_paywall_count_are_furniture() -> None:
    for line in (
        "Unless stated otherwise, this work is licensed under a Creative Commons Attribution 4.0 License",
        "Dieses Werk ist unter einer Creative Commons-Lizenz lizenziert.",
        "You have read 2 of 4 free articles this month. Create an account to read more.",
        "Vous avez lu 1 des 4 articles gratuits ce mois-ci.",
    ):
        assert classify(line).kind == CHROME, line
    for sentence in (
        "The site is licensed under the 1990 Act to store fuel, the council said.",
        "You have read 3 of the 5 reports, the minister told the committee on Tuesday.",
        "Sie haben 3 von 4 Fähren verkauft, sagte der Sprecher am Dienstag.",
    ):
        assert classify(sentence).kind != CHROME, sentence


def test_the_link_a_last_paragraph_points_at_stays_with_it() -> None:
    last = (
        "The traders say the bridge must stay open, because half of their customers cross it on "
        "foot every morning and the detour would take them twenty minutes. If you agree with "
        "them, please sign their petition here:"
    )
    dump = text_dump(
        "Save the harbour bridge",
        "By Jane Roe",
        "4 June 2024",
        paragraphs(3, "bridge"),
        last,
        "http://petition.example.org/save-the-harbour-bridge",
        "← Previous post",
        "Contact",
    )
    text = parse_text_dump(dump).text

    assert last in text
    assert "http://petition.example.org/save-the-harbour-bridge" in text
    assert "Previous post" not in text


def test_a_bare_link_between_paragraphs_without_a_lead_in_stays_out() -> None:
    dump = text_dump(
        "Save the harbour bridge",
        "By Jane Roe",
        "4 June 2024",
        paragraphs(3, "bridge"),
        "www.example.org/images/bridge-photo-large.jpg?size=1200",
        paragraphs(2, "traders"),
    )
    text = parse_text_dump(dump).text

    assert "traders1word1" in text
    assert "example.org" not in text


# --- "About Jane" over a bio that introduces her ("I'm Jane, ...") is an author box ----------


def test_an_about_box_whose_bio_introduces_the_author_ends_the_article() -> None:
    for heading, bio in (
        (
            "About Jane 120 articles",
            "I'm Jane, a reporter who has covered the harbour for ten years.",
        ),
        ("Über Jana 1009 Artikel", "Ich bin Jana, Hafenreporterin und Fährenfan seit zehn Jahren."),
    ):
        dump = text_dump(
            "Ferry strike ends after two weeks",
            "By Jane Roe",
            "4 June 2024",
            paragraphs(5, "strike"),
            heading,
            bio,
            "Previous post",
        )
        text = parse_text_dump(dump).text
        assert "strike4word1" in text, heading
        assert bio not in text, heading


def test_a_section_about_a_person_in_an_article_stays() -> None:
    quote = "I'm Jane, the skipper said, and I have run this ferry for thirty years."
    dump = text_dump(
        "Ferry strike ends after two weeks",
        "By Jane Roe",
        "4 June 2024",
        paragraphs(3, "strike"),
        "About Tom",
        "He said the strike had cost the island dearly and that he hoped it would never happen again.",
        paragraphs(3, "talks"),
        quote,
    )
    text = parse_text_dump(dump).text
    assert "talks2word1" in text
    assert quote in text


# --- Review 2's probes: ordinary article text these rules must leave alone ------------------


def test_paragraphs_under_an_inline_sign_up_line_that_are_the_articles_stay() -> None:
    for paragraph in (
        "Follow-up tests on Tuesday showed the water was safe, the utility said, and the boil "
        "notice was lifted for all three villages.",
        "“Get out of the water now,” the lifeguard shouted through a loudhailer, and within a "
        "minute the beach had emptied.",
    ):
        dump = text_dump(
            "Boil notice lifted",
            "By Jane Roe",
            "4 June 2024",
            paragraphs(3, "water"),
            "Sign up for our newsletter",
            paragraph,
            paragraphs(3, "villages"),
        )
        assert paragraph in parse_text_dump(dump).text, paragraph


def test_a_food_blogs_menu_item_ingredients_does_not_open_the_body() -> None:
    dump = text_dump(
        "Skip to content",
        "Recipes",
        "Ingredients",
        "Seasonal",
        "Baking",
        "Drinks",
        "Why I stopped buying sourdough",
        paragraphs(3, "sourdough"),
    )
    article = parse_text_dump(dump)

    assert article.title == "Why I stopped buying sourdough"
    assert "Seasonal" not in article.text
    assert article.text.startswith("Paragraph 0 about the sourdough")


def test_ordinary_sentences_like_the_new_furniture_rules_stay() -> None:
    for sentence in (
        "Sie haben 40 von 60 kostenlosen Parkplätzen gestrichen, kritisiert der Verband der "
        "Einzelhändler. Die Stadt weist den Vorwurf zurück.",
        "All the content is licensed under Creative Commons, the curator said, so schools and "
        "artists can copy the images without asking.",
    ):
        assert classify(sentence).kind != CHROME, sentence
    for item in ("1. Monopoly© classic edition", "2. Scrabble© deluxe with turntable"):
        assert rules.INLINE_CREDIT.fullmatch(item) is None, item


def test_most_read_in_spanish_without_its_accents_is_a_marker() -> None:
    for label in ("LO MÁS LEIDO", "Lo mas visto", "Las mas leidas"):
        assert classify(label).kind == HARD_MARKER, label
    sentence = (
        "Lo mas visto de la temporada, según los vecinos, fue el desfile de barcos del puerto."
    )
    assert classify(sentence).kind != HARD_MARKER


def test_a_trademark_glyph_in_a_title_case_list_item_is_no_credit() -> None:
    from clipper.extract.text.dump import parse_text_dump

    items = [
        "1. Monopoly© Classic Edition",
        "2. Scrabble© Deluxe With Turntable",
        "3. LEGO© Star Wars",
    ]
    prose = (
        "Board games have had a revival over the last decade, and the classics are still among "
        "the best sellers, our panel of parents found after a month of rainy Sundays."
    )
    dump = "\n\n".join(
        ["The Board Games Every Family Should Own", prose, *[f"{i}\n\n{prose}" for i in items]]
    )
    article = parse_text_dump(dump)
    assert all(item in article.text for item in items)
    assert not article.captions
    # a caption of a sentence, or of five words or more, keeps its glued credit
    glued = "Snow on the harbour steps in January© Jane Roe/Example"
    assert parse_text_dump(f"A Winter Story\n\n{prose}\n\n{glued}\n\n{prose}").captions
