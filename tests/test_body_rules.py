"""Body rules on small pages written for them: what comes back, what goes (issue #14)."""

from __future__ import annotations

from clipper.extract import extract

BODY = "".join(
    f"<p>{s} The committee met again on Thursday and heard from engineers, residents and the"
    " two companies bidding for the contract, each given ten minutes to speak.</p>"
    for s in (
        "The first hearing opened with the mayor's statement.",
        "Residents of the old quarter asked for the work to be done at night.",
        "The engineers' report put the cost at twice the first estimate.",
        "A decision is now expected before the end of the month.",
    )
)


def page(header: str, body: str = BODY, after: str = "") -> str:
    return (
        "<html><head><title>Harbour bridge repairs to start in spring</title></head><body>"
        f"<header><h1>Harbour bridge repairs to start in spring</h1>{header}</header>"
        f"<div class='story'>{body}</div>{after}</body></html>"
    )


STANDFIRST = "The city will close the harbour bridge for six months from March while its cables are replaced."


def test_a_standfirst_in_the_header_comes_back_in_front_of_the_body() -> None:
    art = extract(page(f"<div class='article-intro'><p>{STANDFIRST}</p></div>"))
    assert art.text.startswith(STANDFIRST)
    assert art.text.count(STANDFIRST) == 1
    assert "engineers' report" in art.text


def test_a_standfirst_comes_back_whatever_the_page_body_is_named() -> None:
    # blog engines name <body> after the post's categories and tags
    html = page(f"<p class='entry-excerpt'>{STANDFIRST}</p>").replace(
        "<body>", "<body class='single category-related tag-comments'>"
    )
    assert extract(html).text.startswith(STANDFIRST)


def test_a_standfirst_named_otherwise_or_in_a_menu_stays_out() -> None:
    plain = extract(page(f"<div class='box'><p>{STANDFIRST}</p></div>"))
    assert STANDFIRST not in plain.text  # not named as a lead: the header is the page's
    menu = extract(page(f"<nav><p class='teaser'>{STANDFIRST}</p></nav>"))
    assert STANDFIRST not in menu.text
    teaser_list = extract(page(f"<ul><li class='teaser'>{STANDFIRST}</li></ul>"))
    assert STANDFIRST not in teaser_list.text


def test_a_deck_right_under_the_headline_comes_back() -> None:
    # a sentence set as the headline's subheading (<hgroup>) or as the paragraph under it
    for deck in (f"<h2>{STANDFIRST}</h2>", f"<p>{STANDFIRST}</p>"):
        html = page("").replace("</h1>", f"</h1>{deck}")
        art = extract(html)
        assert art.text.startswith(STANDFIRST)
        assert art.text.count(STANDFIRST) == 1
    # a short kicker or a dateline under the headline is not a deck
    for other in (
        "Updated on Tuesday.",
        "From the city desk and the harbour team in the old quarter",
        "Harbour Post | 04.05.2021 at 13:36 | By the city desk and its harbour team (with agencies)",
    ):
        html = page("").replace("</h1>", f"</h1><p>{other}</p>")
        assert other not in extract(html).text


def test_a_standfirst_marked_by_microdata_comes_back() -> None:
    html = page(f"<div class='box'><p itemprop='description'>{STANDFIRST}</p></div>")
    assert extract(html).text.startswith(STANDFIRST)


def test_a_standfirst_comes_back_when_the_body_is_a_bare_block_of_text() -> None:
    # the body's first block is text straight in a <div>, not a paragraph
    body = (
        "<div>The committee met again on Thursday and heard from engineers, residents and the two"
        " companies bidding for the contract.<br><br>Residents of the old quarter asked for the"
        " work to be done at night, and the engineers' report put the cost at twice the first"
        " estimate. A decision is now expected before the end of the month.</div>"
    ) * 3
    html = page(f"<p class='lead'>{STANDFIRST}</p>", body=body)
    assert extract(html).text.startswith(STANDFIRST)


def test_a_lead_after_the_body_stays_out() -> None:
    art = extract(page("", after=f"<div class='teaser'><p>{STANDFIRST}</p></div>"))
    assert STANDFIRST not in art.text


# --- furniture written as sentences: whole short blocks (rules.BOILERPLATE_PHRASES) ---

FURNITURE_SENTENCES = (
    # a paywall's prompt
    "Please subscribe to the Harbour Post to read the full story.",
    "To read the full article, choose a monthly or a yearly plan.",
    "Are you already a subscriber? Log in to keep reading this story.",
    # apps, channels, social accounts, letters, memberships
    "For breaking news on the go, download the Harbour Post app for iOS and Android.",
    "Get the latest news delivered to your phone with our app.",
    "Follow the Harbour Post on Instagram and on Facebook for more stories from the coast.",
    "Síguenos en Instagram y Facebook para recibir todas las novedades.",
    "Únete a nuestro canal de WhatsApp para recibir las últimas noticias.",
    "Send us your letters to the editor using this form.",
    "Support our journalism with a small monthly gift.",
    "Werden Sie Mitglied und lesen Sie alle Artikel ohne Werbung!",
    "Alle Termine als PDF? Einfach hier klicken und herunterladen!",
    "Tell us in the comments: what would you like the council to do?",
    "Verraten Sie gerne in den Kommentaren: Welche Brücke nutzen Sie am liebsten?",
    "Mit unserem Newsletter wissen Sie jeden Freitag, was in der Stadt los ist.",
    # advertising and affiliate disclosures
    "*Anzeige. Dieser Text entstand in Zusammenarbeit mit einem Reiseveranstalter.",
    "This post contains affiliate links: we may earn a commission when you buy.",
    # post footers, labels, navigation
    "This entry was posted in News and tagged harbour, bridge.",
    "Category: Local news",
    "Schlagwörter: Brücke, Hafen, Stadtrat",
    "Themen",
    "You are not logged in.",
    "Sie sind aktuell nicht eingeloggt.",
    "Um einen Kommentar zu hinterlassen, loggen Sie sich bitte ein.",
    "You must be logged in to post a comment.",
    "About the author",
    "Loading...",
    "12.03.2024",
    "Release Date:",
    "News date : 04/21/2022 Category : Press Releases",
    "Crédits photos : Jean Martin",
    "Zurück zur Übersicht",
    "Nächster Artikel",
    "Lesen Sie hier: Was der Umbau für Pendler bedeutet",
    "Ähnliche Beiträge",
    "Weitere Informationen:",
    "Artículos relacionados",
    "Veröffentlicht: 12. März 2024",
    "Mis à jour le 12 mars 2024 à 10:15",
    "Kommentare insgesamt: 3",
    "Want the week's best stories? Sign up here",
    "The new footbridge at dusk, seen from the harbour wall © Jan Novak | City Archive",
)

# news sentences and subheadings that read like furniture's words (review of the body rules)
NEWS_SENTENCES = (
    "Finland is already a member of the EU, and Sweden joined in 1995.",
    "More than 2 million voters have already registered, officials said.",
    "Residents who want to vote in the November election must register now.",
    "Like many other users on X, she complained about the change.",
    "Join thousands of protesters on Facebook, organisers urged.",
    "Schreibt ein Nutzer in den Kommentaren: 'Das ist ein Skandal.'",
)
NEWS_SUBHEADINGS = ("Weitere Tipps gegen Erkältung", "Aktuelle Nachrichten aus der Region")

ARTICLE_SENTENCES = (
    "Netflix added two million subscribers in the quarter, the company said.",
    "Users who download the new app from the store were exposed to malware for weeks.",
    "The channel on Telegram was shut down by the authorities after the protests.",
    "Get the most out of your phone's battery by turning off the brightest screen setting.",
    "Werbung: Wie Konzerne uns manipulieren, erklärt die Psychologin in ihrem neuen Buch.",
    "Weitere Informationen liefert der Bericht des Ministeriums, der am Montag erschien.",
    "Aktuelle Nachrichten zeigen, dass die Preise weiter steigen.",
    "Mehr dazu sagte der Minister am Montag nicht.",
    "Tag 1: Anreise nach Rom",
    "Date: a film about love, made in 1962 and restored this year.",
    "The old bridge was finished in 1928 © and rebuilt after the war.",
    "Harbour notes, or why the bridge matters. © 2003 Jane Doe",
    "Updated figures will come next week, the council said.",
    *NEWS_SENTENCES,
    *NEWS_SUBHEADINGS,
)


def test_furniture_sentences_are_boilerplate() -> None:
    from clipper.extract.html.clean import is_boilerplate

    kept = [s for s in FURNITURE_SENTENCES if not is_boilerplate(s)]
    assert kept == []


def test_article_sentences_near_those_rules_are_not() -> None:
    from clipper.extract.html.clean import is_boilerplate

    dropped = [s for s in ARTICLE_SENTENCES if is_boilerplate(s)]
    assert dropped == []


def test_the_one_word_search_before_the_sentence_patterns_changes_no_verdict() -> None:
    """is_boilerplate tries the sentence patterns only on a block holding one of their
    words: the same verdicts as trying each pattern whose words the block holds."""
    from clipper.extract.html import rules
    from clipper.extract.html.clean import is_boilerplate

    def every_pattern(text: str) -> bool:
        low = text.lower()
        return rules.BOILERPLATE_PHRASES.match(text) or any(
            any(w in low for w in words) and pattern.match(text)
            for words, pattern in rules.SENTENCE_FURNITURE
        )

    texts = [*FURNITURE_SENTENCES, *ARTICLE_SENTENCES, "SIGN UP NOW!", "Cookie Policy", ""]
    assert [is_boilerplate(t) for t in texts] == [every_pattern(t) for t in texts]


def test_news_sentences_and_subheadings_like_furniture_stay_in_the_body() -> None:
    body = BODY + "".join(
        f"<h2>{h}</h2><p>{s}</p>" for h, s in zip(NEWS_SUBHEADINGS * 3, NEWS_SENTENCES, strict=True)
    )
    art = extract(page("", body=body))
    lost = [s for s in NEWS_SENTENCES + NEWS_SUBHEADINGS if s not in art.text]
    assert lost == []


def test_a_paywall_prompt_and_an_app_plug_leave_the_body() -> None:
    plug = "Follow the Harbour Post on Instagram and on Facebook for more stories from the coast."
    prompt = "Please subscribe to the Harbour Post to read the full story."
    art = extract(page("", body=BODY + f"<p>{prompt}</p><p>{plug}</p>"))
    assert prompt not in art.text and plug not in art.text
    assert "A decision is now expected" in art.text


# --- the choice between the candidates, and JSON-LD holding HTML ---------------------


def test_a_longer_candidate_with_less_prose_loses() -> None:
    from clipper.extract.html.candidates import choose
    from clipper.extract.html.clean import Body
    from clipper.extract.html.metadata import Metadata

    sentence = "The council agreed on Tuesday to keep the harbour open through the winter months."
    ours = Body(html="", text=f"{sentence}\n\n{sentence}", captions=(), lead=sentence)
    menu = " ".join(f"Section {n} Shop Events Magazine Newsletter" for n in range(60))
    theirs = Body(html="", text=f"{menu}\n\n{sentence}", captions=(), lead=sentence)
    assert choose(ours, theirs, Metadata()) is ours


def test_an_article_body_written_as_html_is_read_as_html() -> None:
    paragraphs = [
        f"Paragraph {n}: the ferry will run four times a day from March, and the harbour"
        " office will open longer hours while the bridge is closed for repairs."
        for n in range(1, 7)
    ]
    ld = "".join(f"<p class='texto'>{p}</p>" for p in paragraphs).replace('"', "&quot;")
    html = (
        "<html><head><title>Ferry timetable</title><script type='application/ld+json'>"
        f'{{"@type": "NewsArticle", "headline": "Ferry timetable", "articleBody": "{ld}"}}'
        "</script></head><body><h1>Ferry timetable</h1><p>Subscribers read on in the app."
        " A short teaser of the story stands here on its own.</p></body></html>"
    )
    text = extract(html).text
    assert "<p" not in text and "texto" not in text
    assert text.split("\n\n")[:2] == paragraphs[:2]


def test_widely_used_plugins_boxes_and_tag_lists_leave_the_body() -> None:
    extra = (
        "<div class='sharedaddy sd-like'><h3>Like this:</h3><span>Like Loading...</span></div>"
        "<div class='saboxplugin-wrap'><p>Ann Lee writes about harbours and the ships that"
        " call at them for the weekly paper.</p></div>"
        "<div class='tags'><a href='/t/bridge'>bridge</a> <a href='/t/harbour'>harbour works</a></div>"
    )
    from clipper.extract.html.clean import clean_body
    from clipper.extract.html.metadata import Metadata

    text = clean_body(f"<div>{BODY}{extra}</div>", Metadata(), None).text
    assert "Loading" not in text and "Ann Lee writes" not in text and "harbour works" not in text
    assert "A decision is now expected" in text


def test_ruby_readings_do_not_run_into_the_words_they_annotate() -> None:
    ruby = "<ruby>漢字<rp>(</rp><rt>かんじ</rt><rp>)</rp></ruby>"
    para = f"<p>この{ruby}の本は、とても古い町の図書館で、長い間大切に読まれてきました。</p>"
    art = extract(page("", body=para * 6))
    assert "この漢字の本は" in art.text
    assert "かんじ" not in art.text


def test_a_related_list_longer_than_the_article_leaves_the_body() -> None:
    # a named list of links is never the article, however much of the block it is
    from clipper.extract.html.clean import clean_body
    from clipper.extract.html.metadata import Metadata

    items = "".join(
        f"<li><a href='/p/{i}'>Older story {i}: {STANDFIRST} It was the talk of the"
        " quay for weeks, and the council heard about it again and again</a> 3 min</li>"
        for i in range(8)
    )
    first = BODY.split("</p>")[0] + "</p>"
    text = clean_body(f"<div>{first}<ul class='related_post'>{items}</ul></div>", Metadata(), None)
    assert "Older story" not in text.text
    assert "The first hearing opened" in text.text
    # a wrapper named so that holds the article stays (blog engines name it after its tags)
    wrapped = clean_body(f"<div class='post tag-related'>{BODY}</div>", Metadata(), None)
    assert "A decision is now expected" in wrapped.text


def test_a_name_is_read_without_its_state_classes() -> None:
    from clipper.extract.html.clean import names_furniture

    assert names_furniture("article-header has-sharing") is False  # a header with share buttons
    assert names_furniture("with-comments story-header") is False
    assert names_furniture("sharing-bar") is True and names_furniture("js-x related-posts") is True
    # a standfirst in a header whose class says it has share buttons comes back
    html = page(f"<div class='deck'><p>{STANDFIRST}</p></div>").replace(
        "<header>", "<header class='story-header has-sharing'>"
    )
    assert extract(html).text.startswith(STANDFIRST)


def test_the_text_is_in_composed_unicode_however_the_page_wrote_its_letters() -> None:
    decomposed = "Cafe\u0301 owners in Ko\u0308ln met on Tuesday."  # e + acute, o + diaeresis
    art = extract(page("", body=BODY + f"<p>{decomposed} They talked for hours.</p>"))
    assert "Café owners in Köln met on Tuesday." in art.text
    assert "\u0301" not in art.text and "\u0308" not in art.text


def test_a_one_line_command_in_a_code_blocks_wrapper_stays() -> None:
    steps = (
        "<p>Install the harbour tools from the package index before the survey starts, as"
        " the engineers asked every volunteer to do on Thursday.</p>"
        "<div class='snippet'><pre>pip install tide</pre><button>Copy</button></div>"
        "<p>Then run the survey once a day and send the results to the committee, which"
        " meets again next month to hear them.</p>"
    )
    art = extract(page("", body=BODY + steps))
    assert "pip install tide" in art.text
    assert "Then run the survey" in art.text


def test_a_sites_tagline_under_its_name_is_no_deck() -> None:
    # the last <h1> before the body is the site's name, not the article's headline
    tagline = "Notes on cooking, travel and the small pleasures of a quiet life by the sea."
    for name in ("<h1><a href='/'>Sea Notes</a></h1>", "<h1>Sea Notes</h1>"):
        html = (
            "<html><head><title>Harbour bridge repairs to start in spring - Sea Notes</title>"
            f"</head><body><div class='site'>{name}<p>{tagline}</p></div><div class='post'>"
            f"<h2>Harbour bridge repairs to start in spring</h2>{BODY}</div></body></html>"
        )
        assert tagline not in extract(html).text


def test_an_authors_microdata_description_is_no_standfirst() -> None:
    bio = (
        "A keen sailor, she has written about harbours, ferries and ships for the paper since 2010."
    )
    person = (
        "<div itemprop='author' itemscope itemtype='https://schema.org/Person'>"
        f"<span itemprop='name'>Ann Lee</span><p itemprop='description'>{bio}</p></div>"
    )
    assert bio not in extract(page(person)).text


def test_a_table_cell_alone_in_its_table_is_judged_as_a_phrase() -> None:
    # a page laid out in tables sets its comment count in a table of its own
    from clipper.extract.html.clean import clean_body
    from clipper.extract.html.metadata import Metadata

    count = "<table><tr><td>Kommentare insgesamt: <b>0</b></td><td></td></tr></table>"
    text = clean_body(f"<div>{BODY}{count}</div>", Metadata(), None).text
    assert "Kommentare insgesamt" not in text
    assert "A decision is now expected" in text
    # ...but a data table's cells are not judged one by one: its dates stay
    dates = (
        "<table><tr><td>First hearing</td><td>19.05.2007</td></tr>"
        "<tr><td>Second hearing</td><td>02.06.2007</td></tr></table>"
    )
    assert "19.05.2007" in clean_body(f"<div>{BODY}{dates}</div>", Metadata(), None).text


def test_a_short_control_set_as_a_button_leaves_the_body() -> None:
    # a recipe's steps each with a toggle for its photo, written as a <div role=button>
    from clipper.extract.html.clean import clean_body
    from clipper.extract.html.metadata import Metadata

    toggle = "<div role='button'><span>Bild anzeigen</span> <span>Bild schließen</span></div>"
    text = clean_body(f"<div>{BODY.replace('</p>', '</p>' + toggle)}</div>", Metadata(), None).text
    assert "Bild anzeigen" not in text
    assert "A decision is now expected" in text
    # ...but an accordion's question (longer than a control's label) stays with its answer
    question = "<div role='button'>When will the harbour bridge close for the repairs?</div>"
    text = clean_body(f"<div>{question}{BODY}</div>", Metadata(), None).text
    assert "When will the harbour bridge close" in text
    # ...and so does a short one that is a heading's text or holds a heading
    for short in (
        "<h3><span role='button'>Costs</span></h3>",
        "<div role='button'><h3>Costs</h3></div>",
    ):
        assert "Costs" in clean_body(f"<div>{short}{BODY}</div>", Metadata(), None).text


def test_a_paragraph_of_links_under_a_see_also_label_leaves_the_body() -> None:
    # a blog's "Siehe auch" set as one paragraph of links, however long the list
    from clipper.extract.html.clean import clean_body
    from clipper.extract.html.metadata import Metadata

    links = "".join(
        f"<br><a href='/p/{i}'>Older story {i} about the harbour and its bridges</a>"
        for i in range(8)
    )
    text = clean_body(f"<div>{BODY}<p>Siehe auch{links}</p></div>", Metadata(), None).text
    assert "Older story" not in text and "Siehe auch" not in text
    assert "A decision is now expected" in text
    # ...but a paragraph of prose with a link in it stays, whatever its first words
    said = (
        "<p>Siehe auch <a href='/p/1'>the council's report</a>, which sets out the costs of the"
        " works, the months the bridge will be closed to cars and to walkers, and the ferry the"
        " city will run between the two quays while the cables are replaced, every"
        " twenty minutes from six in the morning until midnight.</p>"
    )
    assert "council's report" in clean_body(f"<div>{BODY}{said}</div>", Metadata(), None).text
