"""Rules of the text-dump stage found on real browser copies (issue #14), each on a small dump.

Chromium's Select All + Copy of a page keeps what the HTML hid from a reader's eye
but not from the clipboard: cookie dialogs, comment forms, the next story of an
infinite-scroll page, a comment thread longer than the article. Every fixture here
is written for the test; none comes from a corpus page.
"""

from __future__ import annotations

import pytest

from clipper.errors import NotAnArticle
from clipper.extract.text.blocks import is_comment_thread
from clipper.extract.text.dump import parse_text_dump
from clipper.extract.text.lines import CHROME, CREDIT, HARD_MARKER, SOFT_MARKER, classify
from clipper.extract.text.rules import COMMENT_AUTHOR_LINE
from clipper.extract.text.wrapping import unwrap
from helpers import paragraphs, text_dump

# --- The article under the page's headline, byline and date ---------------------------


def test_the_first_story_beats_a_longer_story_appended_below_it() -> None:
    dump = text_dump(
        ["Menu", "News", "Sport"],
        "Bridge Reopens After Two Years of Repairs",
        "By Marta Lindqvist",
        "March 3, 2025",
        paragraphs(3, "bridge"),
        ["Share", "Facebook"],
        "Harbour Festival Draws Record Crowds This Weekend",
        "By Lukas Brenner",
        "March 2, 2025",
        paragraphs(8, "festival"),
    )
    article = parse_text_dump(dump)

    assert article.title == "Bridge Reopens After Two Years of Repairs"
    assert article.authors == ("Marta Lindqvist",)
    assert article.published == "2025-03-03"
    assert "bridge0word1" in article.text and "bridge2word1" in article.text
    assert "festival" not in article.text
    assert "Harbour Festival Draws Record Crowds This Weekend" in {
        s.text for s in article.stripped if s.reason == "after article end: next article"
    }


def test_a_cookie_notice_longer_than_the_article_does_not_win() -> None:
    dump = text_dump(
        "Storage Plant Doubles Its Output in Tennessee",
        "Autor: Die Redaktion",
        "Veröffentlicht am 06.12.2022",
        paragraphs(2, "plant", words=60),
        ["Kategorien", "Batterien", "Recycling"],
        "Wie wir Cookies verwenden",
        paragraphs(6, "cookie"),
    )
    article = parse_text_dump(dump)

    assert "plant0word1" in article.text and "plant1word1" in article.text
    assert "cookie" not in article.text


def test_an_author_box_under_the_article_is_not_the_next_story() -> None:
    # "By Name" and a bio, with no date: the article's own author, kept as its byline.
    dump = text_dump(
        "Console Review: Fast, Quiet and Expensive",
        paragraphs(4, "console"),
        "In this article: consoles, gaming, reviews",
        "By Devi Hardawar",
        "Devi has written about games for ten years and lives with three cats and a dog.",
    )
    article = parse_text_dump(dump)

    assert "console3word1" in article.text
    assert "Devi Hardawar" in article.authors


def test_a_standfirst_with_a_headline_and_byline_under_it_still_opens_the_body() -> None:
    # One paragraph above a caption and a byline is the standfirst, not an article of its own.
    dump = text_dump(
        "As Debt Rises, Interest Will Soon Cost More Than the Military",
        "Tax cuts, spending increases and higher rates could make the next recession harder to fight.",
        "Interest payments on the federal debt could surpass the defence budget",
        "By Nelson Schwartz",
        "Sept. 25, 2018",
        paragraphs(3, "debt"),
    )
    article = parse_text_dump(dump)

    assert article.title == "As Debt Rises, Interest Will Soon Cost More Than the Military"
    assert "debt2word1" in article.text


def test_a_box_of_teasers_inside_an_article_does_not_split_it() -> None:
    # Headline, name, date three times: a "Recommended" box, not the next article's head.
    dump = text_dump(
        "Why Neon Became the Symbol of a Century",
        paragraphs(3, "neon"),
        "Recommended",
        ["Remembering the City's Most Mesmerising Sign", "Mark Byrnes", "Jul 17, 2014"],
        ["Ode To The Dead Shopping Mall Downtown", "Tanvi Misra", "Mar 9, 2018"],
        ["The Twists and Turns of Making a Sign", "Linda Poon", "Aug 23, 2017"],
        paragraphs(4, "glow"),
    )
    article = parse_text_dump(dump)

    assert "neon0word1" in article.text and "glow3word1" in article.text


def test_prose_lighter_than_the_article_below_a_related_list_is_not_joined() -> None:
    # A box in the middle of an article has as much article below it; three
    # paragraphs below a list at the article's end are the list's blurbs.
    dump = text_dump(
        "Harbour Festival Draws Record Crowds",
        paragraphs(4, "festival"),
        "Most Read",
        [f"Headline number {n} about something else entirely" for n in range(8)],
        paragraphs(3, "blurb"),
    )
    article = parse_text_dump(dump)

    assert "festival3word1" in article.text
    assert "blurb" not in article.text


def test_headlines_each_over_a_date_part_the_article_from_what_follows() -> None:
    # Three other stories, headline and date, then the site's plug: not the article's.
    dump = text_dump(
        "Digital Identity Plans Advance at the United Nations",
        "November 6, 2023",
        paragraphs(5, "identity"),
        ["How Online Adverts Help the Surveillance of Citizens", "03/11/2023"],
        ["Fingerprints and Face Scans for Visitors to Europe", "31/10/2023"],
        ["A New Digital Card Lets Governments Watch Spending", "26/10/2023"],
        "Prev",
        "Independent and Free Media",
        "We are not funded by associations, parties or any other lobby groups; we show "
        "no advertising and bother no one with pop-ups.",
    )
    article = parse_text_dump(dump)

    assert "identity4word1" in article.text
    assert "lobby groups" not in article.text


# --- Comments ------------------------------------------------------------------------------


def test_a_comment_thread_heavier_than_the_article_stays_out() -> None:
    # The marker stands more than a few lines above the thread's first long comment.
    dump = text_dump(
        "Das wird man ja wohl noch sagen dürfen",
        paragraphs(4, "artikel"),
        ["Teilen:", "Twitter", "Facebook"],
        "Dieser Eintrag wurde veröffentlicht in Politik und getaggt mit Piraten am 11. Dezember 2012.",
        "45 Gedanken zu „Das wird man ja wohl noch sagen dürfen“",
        "photobix 11. Dezember 2012 um 11:07",
        "Danke!",
        "Antwort",
        "jeuys 11. Dezember 2012 um 12:57",
        paragraphs(12, "kommentar"),
    )
    article = parse_text_dump(dump)

    assert "artikel3word1" in article.text
    assert "kommentar" not in article.text


def test_an_author_bio_between_the_article_and_the_comments_does_not_let_them_in() -> None:
    # The block just above the marker is a two-paragraph bio, not the article.
    dump = text_dump(
        "Lemon Curd Without Cornstarch",
        paragraphs(4, "curd"),
        ["Tags", "Lemons", "Curd", "Desserts", "Baking", "Spring", "Easy", "About the author"],
        "Tina here! I love to cook and try new things with my two kids in our small kitchen.",
        "If you are looking for a recipe and it is not here, write to me and I will try it.",
        "Leave a comment",
        ["Name *", "Email *", "Website", "Notify me of new posts"],
        ["Maria 12 October 2020 at 5:17 pm", "Thanks!", "Reply"],
        "Jon 13 October 2020 at 9:02 am",
        paragraphs(12, "kommentar"),
    )
    article = parse_text_dump(dump)

    assert "curd3word1" in article.text
    assert "kommentar" not in article.text


def test_a_comment_form_under_a_comment_count_headline_introduces_comments() -> None:
    # "This Post Has 80 Comments" is headline-like, but the form under it is the thread's.
    dump = text_dump(
        "Lemon Curd Without Cornstarch",
        paragraphs(4, "curd"),
        "This Post Has 80 Comments",
        "Leave A Comment",
        ["Name *", "Email *", "Website"],
        "Comment",
        "Kristine says:",
        "October 22, 2020 at 5:17 pm",
        paragraphs(12, "kommentar"),
    )
    article = parse_text_dump(dump)

    assert "curd3word1" in article.text
    assert "kommentar" not in article.text


def test_a_comment_count_under_a_comment_form_heads_the_comments() -> None:
    # "27 comments" under the form's labels, not under a byline: the thread follows.
    dump = text_dump(
        "Turpitude and Architecture",
        "By Didier Roy, 21 June 2018",
        paragraphs(4, "novel"),
        ["Share this article", "on Facebook", "on Twitter"],
        ["Your Message Text Here", "Who Are You Then?", "Your Email Address Please"],
        "27 comments",
        "(22 June 2018 @11h13)",
        "Not a Model of Democracy",
        paragraphs(12, "kommentar"),
    )
    article = parse_text_dump(dump)

    assert "novel3word1" in article.text
    assert "kommentar" not in article.text


def test_a_teaser_between_a_block_and_a_comments_marker_does_not_close_the_page() -> None:
    # A paragraph under a headline of its own is another story's teaser: the
    # block above it is not the article those comments are about.
    dump = text_dump(
        paragraphs(4, "teaser", words=30),
        ["World", "Politics", "Sport", "Science", "Style", "Video", "Associated Press"],
        "Man Charged With Assault After Toddler Is Found",
        paragraphs(1, "other", words=40),
        "What people are saying...",
        paragraphs(2, "saying", words=25),
        ["Help", "Privacy", "Suggestions", "Terms", "About our Ads", "Sitemap", "Jobs"],
        "Space Ship Malfunctions and Breaks Up Over Siberia",
        paragraphs(9, "space"),
    )
    article = parse_text_dump(dump)

    assert "space8word1" in article.text


def test_the_teasers_under_a_latest_articles_marker_do_not_outweigh_the_article() -> None:
    dump = text_dump(
        "Number of Parties on the Ballot",
        "After an election the news speaks mostly of the winners and losers, and of little else.",
        "By Tim Ehlers",
        "Published on 26 October 2023",
        ["Download graphic", "Share article"],
        paragraphs(1, "party", words=25),
        "Latest articles",
        "Podcast",
        paragraphs(6, "teaser", words=45),
    )
    article = parse_text_dump(dump)

    assert "party0word1" in article.text
    assert "teaser" not in article.text


def test_comments_under_a_one_paragraph_post_stay_out() -> None:
    # A short post under its headline and byline is the article the comments are about.
    dump = text_dump(
        "Episode 82: Eighty-Two Reasons to Keep Listening",
        "Posted on 21 July 2019 by Realiberry",
        paragraphs(1, "episode", words=60),
        ["Greetings, Heiko", "Link: The Orchestra Plays Everyday Noises"],
        ["← Episode 81", "Episode 83 →"],
        "3 Responses to Episode 82: Eighty-Two Reasons to Keep Listening",
        ["Baschurr says:", "22 July 2019 at 16:25", "Nice episode. I enjoyed it.", "Regards"],
        ["Reply", "Anonymous says:", "23 July 2019 at 05:00", "Even though I am no Berliner:"],
        paragraphs(2, "kommentar", words=34),
    )
    article = parse_text_dump(dump)

    assert "episode0word1" in article.text
    assert "kommentar" not in article.text


def test_a_comment_thread_without_a_marker_is_told_by_its_says_and_reply_lines() -> None:
    thread: list[str] = []
    for n, paragraph in enumerate(paragraphs(6, "kommentar", words=45)):
        thread += [f"Reader{n} says:", "October 22, 2020 at 5:17 pm", paragraph, "Reply"]
    dump = text_dump(
        "Lemon Curd Without Cornstarch",
        paragraphs(3, "curd"),
        ["Tags", "Lemons", "Curd", "Desserts", "Baking", "Spring", "Easy"],
        thread,
    )
    article = parse_text_dump(dump)

    assert "curd2word1" in article.text
    assert "kommentar" not in article.text


def test_a_comment_link_in_a_menu_does_not_close_the_page() -> None:
    # "Comments" among menu items is navigation, not the start of comments.
    dump = text_dump(
        paragraphs(3, "sidebar", words=12),
        ["Album", "Blog", "Comments", "Contact", "Photos"],
        "A Weekend Among the Maples in the Mountains",
        paragraphs(6, "maple"),
    )
    article = parse_text_dump(dump)

    assert "maple5word1" in article.text


def test_a_react_link_under_the_standfirst_does_not_make_the_article_comments() -> None:
    dump = text_dump(
        "Covid-19 et infox : comment une rumeur devient réalité",
        "Par Nicolas Gutierrez le 14.09.2020 à 11h46",
        "Les informations non vérifiées ont envahi les réseaux sociaux pendant la pandémie, et voici ce que l'on en sait.",
        "Réagir",
        paragraphs(5, "rumeur"),
        ["À lire aussi", "Un autre sujet qui n'a rien à voir"],
        paragraphs(1, "autre", words=20),
    )
    article = parse_text_dump(dump)

    assert "rumeur4word1" in article.text


# --- Names of things: markers, chrome and credits of other languages ----------------------


def test_end_markers_of_german_french_and_spanish_pages() -> None:
    for line in (
        "Ähnliche Beiträge",
        "Das könnte dich auch interessieren",
        "Schreibe einen Kommentar",
        "Hinterlasse eine Antwort",
        "12 Gedanken zu „Ein Titel“",
        "Meist gelesen",
        "Pour approfondir",
        "Laisser un commentaire",
        "Deja una respuesta",
    ):
        assert classify(line).kind == HARD_MARKER, line
    assert classify("Mehr zum Thema Energie").kind == SOFT_MARKER


def test_we_recommend_and_trending_articles_are_end_markers() -> None:
    for line in ("We Recommend", "Trending Articles", "Editors Recommend", "Trending Posts"):
        assert classify(line).kind == HARD_MARKER, line


def test_chrome_of_german_french_and_polish_pages() -> None:
    for line in (
        "Beitrag teilen",
        "Drucken",
        "Newsletter abonnieren",
        "Zurück zur Übersicht",
        "Diese Website verwendet Akismet, um Spam zu reduzieren.",
        "Diese Webseite verwendet Cookies. Indem Sie weiter die Seite besuchen, stimmen Sie zu.",
        "Bild anzeigen Bild schließen",
        "Reklama",
    ):
        assert classify(line).kind == CHROME, line
    # A sentence that mentions a newsletter is prose, not a prompt.
    assert classify("The newsletter was founded in 1998 by two students.").kind != CHROME


def test_captions_whose_credit_holds_a_dot_or_follows_a_comma_are_captions() -> None:
    captions = [
        "Oil pumps in the evening light. Bild: TebNad/Shutterstock.com",
        "Never idle, always at work in the fields. Foto: Timur | flickr| CC BY 2.0",
        "Roman Prymula, photo: Archives of the Czech Government",
        "The association calls for a swift inquiry. (Quelle: Fleischmann/Unsplash/DJV)",
    ]
    for caption in captions:
        article = parse_text_dump(
            text_dump(
                "How Oil Forms Underground", paragraphs(2, "oil"), caption, paragraphs(2, "rock")
            )
        )
        assert caption.split(".")[0].split(",")[0] not in article.text, caption
        assert "rock1word1" in article.text


def test_related_links_of_spanish_polish_portuguese_and_french_pages() -> None:
    for line in (
        "PUEDES VER: ¿Qué es la Sunedu, cómo está conformada y para qué sirve?",
        "Dowiedz się więcej: Kto jak głosował w sprawie unijnych funduszy? Jeden z polityków się wyłamał",
        "À lire aussi » Ballonnements, lourdeurs... Quel est votre profil digestif et comment y remédier ?",
        "Leia também: O que muda nas regras do imposto de renda a partir deste ano para quem trabalha",
    ):
        assert classify(line).kind == CHROME, line


def test_affiliate_and_advertising_notes_written_in_sentences_are_chrome() -> None:
    for line in (
        "This post contains references to products from one or more of our advertisers. "
        "We may receive compensation when you click on links to those products.",
        "Für Links auf dieser Seite erhält die Redaktion ggf. eine Provision vom Händler. Mehr Infos.",
        "*Werbung. Dieser Beitrag enthält Werbung für eine Sportmarke aus Wien.",
        "Letzte Aktualisierung am 2.02.2022 / Bei den Verlinkungen handelt es sich um Affiliate Links",
    ):
        assert classify(line).kind == CHROME, line
    # A sentence about advertising is not a note about the page's own links.
    assert (
        classify(
            "Die Werbung für Tabak ist in Deutschland seit dem Jahr 2021 stark eingeschränkt."
        ).kind
        != CHROME
    )


def test_a_blogs_post_footer_is_chrome() -> None:
    for line in (
        "This entry was posted in Hertha BSC and tagged Michael Preetz. Bookmark the permalink.",
        "Posted in Feelings and tagged baby, letters, holidays. Bookmark the permalink.",
        "Dieser Eintrag wurde veröffentlicht in Inland, Politik und getaggt mit Piraten am 11. Dezember 2012 von Mathias.",
        "Der Beitrag wurde am Mittwoch, den 27. November 2019 um 15:21 Uhr veröffentlicht und unter Allgemein abgelegt.",
    ):
        assert classify(line).kind == CHROME, line


def test_a_blogs_follow_by_email_box_and_a_one_page_link_are_chrome() -> None:
    for line in (
        "Enter your email address to follow this blog and receive notifications of new posts by email.",
        "Gib deine E-Mail-Adresse ein, um diesem Blog zu folgen und per E-Mail Benachrichtigungen zu erhalten.",
        "Um neue Beiträge per E-Mail zu erhalten, hier die E-Mail-Adresse eingeben.",
        "Auf einer Seite lesen",
        "View on one page",
    ):
        assert classify(line).kind == CHROME, line


def test_a_german_newsletters_pitch_is_a_subscribe_prompt() -> None:
    for line in (
        "Aktuelle Stories und die wichtigsten News für Marketeers direkt in dein Postfach!",
        "Bleiben Sie auf dem Laufenden: Unser Newsletter informiert Sie jede Woche über neue Artikel.",
    ):
        assert classify(line).kind == CHROME, line
    # A sentence that says "Postfach" about something else stays prose.
    assert (
        classify("Die Briefe lagen wochenlang ungeöffnet im Postfach des Amtes in Bremen.").kind
        != CHROME
    )


def test_an_embedded_posts_consent_placeholder_is_chrome() -> None:
    for line in (
        "Empfohlener redaktioneller Inhalt",
        "An dieser Stelle findet Ihr einen externen Inhalt von Instagram, der den Artikel ergänzt.",
        "Ich bin damit einverstanden, dass mir externe Inhalte angezeigt werden. Damit können "
        "personenbezogene Daten an Drittplattformen übermittelt werden.",
        "Wir respektieren deine Privatsphäre und stellen deshalb ohne dein Einverständnis keine "
        "Verbindung zu Twitter her.",
    ):
        assert classify(line).kind == CHROME, line


def test_photo_credits_of_polish_and_german_pages() -> None:
    for line in ("Fot. Lukasz Nowaczyk / Agencja Gazeta", "Źródło: Pixabay", "PAP/ Rafał Guz"):
        assert classify(line).kind == CREDIT, line


def test_german_end_markers_end_an_article() -> None:
    dump = text_dump(
        "Fähre fährt jetzt elektrisch",
        paragraphs(3, "faehre"),
        "Ähnliche Beiträge",
        ["Ein anderer Beitrag über Busse", "Noch ein Beitrag über Bahnen"],
        paragraphs(1, "bus", words=30),
    )
    article = parse_text_dump(dump)

    assert "faehre2word1" in article.text
    assert "bus0word1" not in article.text


# --- Lists ---------------------------------------------------------------------------------


def test_a_list_written_with_its_own_bullets_around_the_body_is_kept() -> None:
    # Release notes: one item long enough to read as prose, the rest short;
    # the "+" and "*" are in the page's text, so the list is the author's.
    items = [f"+ Added item number {n} to the game" for n in range(12)]
    dump = text_dump(
        "Game News",
        "Version 1.8 - The Bountiful Update",
        items[:6],
        "+ Added a new player model with smaller arms, and a new player skin called Alex.",
        items[6:],
        "* Villager trading has been rebalanced",
        ["Newer", "Older", "Official links:", "Bug tracker"],
    )
    article = parse_text_dump(dump)

    assert "Added item number 0 to the game" in article.text
    assert "Added item number 11 to the game" in article.text
    assert "Villager trading has been rebalanced" in article.text
    assert "Bug tracker" not in article.text


# --- Hard wrapping -------------------------------------------------------------------------


def test_a_wrapped_paragraph_on_a_page_with_longer_lines_is_joined() -> None:
    # The blog's own description is one long line; the post was pasted wrapped.
    wrapped = [
        "This blog article about meta programming reminded me to write up",
        "the equivalent for another language, with examples from my own",
        "editor; decorators enable you to modify the behaviour of existing",
        "functions without changing the original function, and advice in",
        "old systems enables much the same, as the examples below show.",
    ]
    headlines = [
        "Ten Things We Learned From the City Council Meeting on Tuesday",
        "Why the Harbour Festival Drew Record Crowds for the Third Year",
        "The Best Ramen Shops in Sapporo According to Our Food Critics",
    ]
    dump = text_dump(
        "Here is where I plan to blog about the tricks of my trade and introduce the new "
        "features of my programs as I write them, one post at a time.",
        "Meta Programming With Advice",
        wrapped,
        [*wrapped[1:], "the second paragraph ends here."],
        "Related posts",
        headlines,
    )
    article = parse_text_dump(dump)

    assert "write up the equivalent for another language" in article.text
    assert all(h not in article.text for h in headlines)
    # Lines of one width that each start a capital are a list, not a wrapped paragraph.
    assert unwrap(["x" * 150, "", *headlines, "", *headlines, "", *headlines]) == [
        "x" * 150,
        "",
        *headlines,
        "",
        *headlines,
        "",
        *headlines,
    ]


# --- Short dumps ---------------------------------------------------------------------------


def test_a_dump_of_a_few_plain_lines_is_kept_whole() -> None:
    # No prose, but no furniture either: what the page said (its HTML gives the same).
    assert parse_text_dump("abc\n\ndef\n\nghi\n").text == "abc\n\ndef\n\nghi"
    assert parse_text_dump("Test Case 1\nTest Case 2\n").text == "Test Case 1\n\nTest Case 2"


def test_a_short_dump_of_furniture_is_still_refused() -> None:
    for dump in ("Home\nLog in\nSearch\n", "Comments\nShare\n", "By Jane Holm\nMarch 3, 2025\n"):
        with pytest.raises(NotAnArticle):
            parse_text_dump(dump)


def test_short_error_pages_are_refused() -> None:
    # An error page is not an article, however few its lines.
    for dump in (
        "Access denied\n\nYou do not have permission to view this page\n\nReference 18.2c3e\n",
        "Page not found\n\nSorry, we could not find that page\n\nGo back home\n",
    ):
        with pytest.raises(NotAnArticle):
            parse_text_dump(dump)


# --- Review fixes ----------------------------------------------------------------------------


def test_news_sentences_that_speak_of_publishing_are_not_a_post_footer() -> None:
    for line in (
        "Der Beitrag wurde am Montag in der ARD veröffentlicht und sorgte bundesweit für Empörung"
        " bei Zuschauern und Politikern.",
        "Dieser Artikel wurde von der Stiftung in einer Studie veröffentlicht, die im Herbst"
        " auch in Buchform erscheinen soll.",
    ):
        assert classify(line).kind != CHROME, line


def test_the_german_post_footers_own_wording_is_still_chrome() -> None:
    for line in (
        "Dieser Beitrag wurde unter Allgemein veröffentlicht. Setze ein Lesezeichen auf den Permalink.",
        "Dieser Eintrag wurde in Politik, Inland veröffentlicht.",
        "Dieser Beitrag wurde unter Reisen abgelegt und mit Berlin, Kultur verschlagwortet.",
    ):
        assert classify(line).kind == CHROME, line


def test_a_statement_introduced_with_said_is_not_a_comment_author_line() -> None:
    assert not COMMENT_AUTHOR_LINE.fullmatch("In a statement, the company said:")
    assert not COMMENT_AUTHOR_LINE.fullmatch("The opposition leader said:")
    assert not COMMENT_AUTHOR_LINE.fullmatch("Der Sprecher der Stadt schreibt:")
    assert COMMENT_AUTHOR_LINE.fullmatch("Kristine says:")
    assert COMMENT_AUTHOR_LINE.fullmatch("Rafael sagt:")


def test_quotes_under_said_lines_do_not_make_a_news_block_a_comment_thread() -> None:
    paragraph = (
        "The council voted on Tuesday to approve the new budget, which raises spending on"
        " schools and roads by a tenth over the next two years."
    )
    lines = ["Council approves budget after long debate", "By Ann Lee", paragraph]
    for head in (
        "In a statement, the company said:",
        "The opposition leader said:",
        "A spokesperson for the union said:",
        "In a letter, the residents said:",
    ):
        lines += [head, f"“We welcome this, and we will keep watching it.” {paragraph}"]
    text = parse_text_dump("\n\n".join(lines)).text
    assert "In a statement, the company said:" in text
    assert "In a letter, the residents said:" in text


def test_a_block_of_quotes_under_said_lines_is_not_a_comment_thread() -> None:
    paragraph = (
        "The council voted on Tuesday to approve the new budget, which raises spending on"
        " schools and roads by a tenth over the next two years."
    )
    texts: list[str] = []
    for head in (
        "In a statement, the company said:",
        "The opposition leader said:",
        "A spokesperson for the union said:",
        "Der Sprecher der Stadt schreibt:",
    ):
        texts += [head, "", f"“We welcome this, and we will keep watching it.” {paragraph}", ""]
    lines = [classify(t) for t in texts]
    assert not is_comment_thread(lines, [i for i in range(len(lines)) if i % 4 == 2])
    named = [
        classify(t)
        for t in "\n".join(texts)
        .replace("In a statement, the company", "Ann Lee")
        .replace("The opposition leader", "Kristine")
        .replace("A spokesperson for the union", "Rafael")
        .replace("Der Sprecher der Stadt", "Max Muster")
        .split("\n")
    ]
    assert is_comment_thread(named, [i for i in range(len(named)) if i % 4 == 2])
