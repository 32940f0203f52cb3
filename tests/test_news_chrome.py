"""News-page chrome and lost parts found by shape (issue #14's news work): a live blog's
bare post stamps, video modules, sign-up and shopping boxes, reading times; a labelled list
readability skipped, the times trafilatura drops, summary lines, bylines, reference lines;
each with the ordinary page it must leave as it was."""

from __future__ import annotations

from lxml import html
from test_news_shapes import _summary_page

from clipper.extract import extract
from clipper.extract.html.chrome import (
    signup_boxes,
    unwrap_article_times,
    video_modules,
)
from clipper.extract.html.clean import is_boilerplate
from clipper.extract.html.gaps import fill_gaps
from clipper.extract.html.overlays import drop_overlays
from clipper.extract.html.readable import readability_summary
from clipper.extract.html.tree import norm, parse_fragment

URL = "https://www.harbourgazette.example/news/2026/03/story"

_PROSE = (
    "The ferry operator said the new timetable would start on the first Monday of"
    " April, with two extra crossings on weekday mornings and one late sailing on"
    " Fridays for people coming home from the city."
)


def _live(stamp: str) -> str:
    posts = "".join(
        f"<article class='post'>{stamp.format(h=h)}<h2>Update number {h} from the quay</h2>"
        f"<div class='post-body'><p>{_PROSE} Crossing {h} was on time.</p>"
        f"<p>Harbour staff counted {h * 40} passengers and said the queue was short.</p>"
        "</div></article>"
        for h in range(10, 16)
    )
    return (
        "<html><head><title>Ferry strike live | Harbour Gazette</title></head><body><main>"
        f"<h1>Ferry strike live</h1><div class='feed'>{posts}</div></main></body></html>"
    )


def test_a_live_blogs_bare_post_stamps_go_and_a_time_in_a_sentence_stays() -> None:
    text = extract(_live("<time datetime='2026-03-04T{h}:05'>{h}:05</time>"), url=URL).text
    assert "Update number 12 from the quay" in text
    assert "12:05" not in text
    # wrapped in a paragraph of its own, the same
    text = extract(_live("<p class='stamp'><time>{h}:05</time></p>"), url=URL).text
    assert "12:05" not in text and "Crossing 12 was on time." in text
    # a time inside a line of words stays: it is part of what the line says
    text = extract(_live("<p>Posted at <time>{h}:05</time> by the desk</p>"), url=URL).text
    assert "Posted at 12:05 by the desk" in text
    # a date alone on its line is the article's: an event's, a timeline's year
    text = extract(_live("<p><time>Fri {h} March, 20:00</time></p>"), url=URL).text
    assert "Fri 12 March, 20:00" in text
    text = extract(_live("<p><time>18{h}</time></p>"), url=URL).text
    assert "1812" in text
    # a heading that is a date (a day over its posts) stays
    text = extract(_live("<h3><time>{h} March</time></h3>"), url=URL).text
    assert "12 March" in text


def test_post_stamps_set_without_a_time_element_go_and_one_clock_time_alone_stays() -> None:
    text = extract(_live("<span class='hora'>{h}:05 hrs</span>"), url=URL).text
    assert "Update number 12 from the quay" in text and "Crossing 12 was on time." in text
    assert "12:05" not in text
    text = extract(_live("<div class='stamp'>{h}.05</div>"), url=URL).text
    assert "12.05" not in text and "Crossing 12 was on time." in text
    # a single clock time on its own line may be a programme's: it stays
    one = _live("<p>Posted at the quay</p>").replace(
        "<h2>Update number 10 from the quay</h2>",
        "<p>20:00</p><h2>Update number 10 from the quay</h2>",
    )
    assert "20:00" in extract(one, url=URL).text


def test_a_posts_header_of_its_stamp_and_a_name_goes_and_a_stamped_sentence_stays() -> None:
    meta = "<div class='post-meta'><time>{h}:05</time> <span class='author'>Ann Lee</span></div>"
    text = extract(_live(meta), url=URL).text
    assert "Ann Lee" not in text and "12:05" not in text
    assert "Crossing 12 was on time." in text
    # the stamp opening a line that says something is the line's
    said = "<p><time>{h}:05</time> <span>The ferry is back on time.</span></p>"
    assert "12:05 The ferry is back on time." in extract(_live(said), url=URL).text


def _step(inner: str) -> str:
    return (
        f"<div class='mod step'><div class='box'><div class='content'>{inner}</div>"
        "<figure><img src='/k.jpg'></figure><figcaption>A kite (Ann Lee)</figcaption></div></div>"
    )


def _how_to(label: str, items: list[str]) -> str:
    # a how-to in boxes: readability keeps the intro's box and the steps' (which hold
    # paragraphs) and skips the box of the list between them
    steps = "".join(
        _step(f"<span class='head'>Step {n}</span><p>Tie the line to spar {n} and pull it.</p>")
        for n in range(1, 6)
    )
    needs = "".join(f"<li>{item}</li>" for item in items)
    return (
        "<html><head><title>How to build a kite | Makers</title></head><body><article>"
        "<header><h1>How to build a kite</h1></header><div class='mod step'><div class='box'>"
        f"<div class='content lead'><p>{_PROSE} A kite is cheap, quick, light and bright.</p>"
        f"</div></div></div>{_step(f'<span class=head>{label}</span><ul>{needs}</ul>')}"
        f"{steps}</article></body></html>"
    )


_NEEDS = ["Two thin canes", "Strong string", "Brown paper", "Glue", "Scissors"]


def _gaps_text(page: str) -> str:
    # readability's block with what it skipped between its parts taken back
    root = html.fromstring(page)
    block = parse_fragment(readability_summary(root))
    assert block is not None
    fill_gaps(root, block)
    return " ".join(block.itertext())


def test_a_labelled_list_of_short_items_between_the_article_parts_comes_back() -> None:
    text = extract(_how_to("You will need:", _NEEDS), url=URL).text
    assert "You will need:\n\nTwo thin canes\n\nStrong string" in text
    assert text.index("Scissors") < text.index("Step 1")


def test_an_unlabelled_or_linked_list_of_short_items_stays_out() -> None:
    assert "Strong string" in _gaps_text(_how_to("You will need:", _NEEDS))
    # no label ending in ":" before it: a box of words, not the article's list
    assert "Strong string" not in _gaps_text(_how_to("What you'll need", _NEEDS))
    assert "Strong string" not in _gaps_text(_how_to("Popular", _NEEDS))
    # a poll's options under its question
    assert "Strong string" not in _gaps_text(_how_to("Quick poll:", _NEEDS))
    # a list of links is a menu, whatever its label
    links = [f"<a href='/tag/{w}'>{w}</a>" for w in ("Canes", "String", "Paper", "Glue")]
    assert "Topics:" not in _gaps_text(_how_to("Topics:", links))
    # two items are too few to tell a list from a pair of labels
    assert "Strong string" not in _gaps_text(_how_to("You will need:", _NEEDS[:2]))


def _story_with(module: str) -> str:
    first, *rest = (
        f"<p>{_PROSE} Paragraph {n} of the story goes on with the harbour master's view.</p>"
        for n in range(1, 6)
    )
    return (
        "<html><head><title>Ferry timetable changes | Harbour Gazette</title></head><body>"
        f"<main><article><h1>Ferry timetable changes</h1>{first}{module}"
        f"{''.join(rest)}</article></main></body></html>"
    )


def test_a_video_modules_title_and_credit_go() -> None:
    module = (
        "<div class='story-video'><div class='story-video__player' data-id='77'>"
        "<img src='/poster.jpg' alt=''><span>3:05</span></div>"
        "<p class='story-video__title'>Watch: the first sailing under the new timetable</p>"
        "<p class='story-video__credit'>Video by Gazette Studio</p></div>"
    )
    text = extract(_story_with(module), url=URL).text
    assert "Watch: the first sailing" not in text and "Gazette Studio" not in text
    assert text.count("Paragraph 3 of the story") == 1


def test_a_longer_block_named_video_and_a_video_figures_caption_stay() -> None:
    # a video page's summary: more than a player's title and credit line
    summary = (
        "<div class='video-summary'><p>The operator filmed the first sailing from the"
        " bridge, where the captain explained how the extra crossings fit around the"
        " tides and why the late boat on Fridays leaves from the north quay.</p></div>"
    )
    assert "explained how the extra crossings" in extract(_story_with(summary), url=URL).text
    assert not video_modules(html.fromstring(f"<div>{summary}</div>"))
    figure = (
        "<figure class='video'><video src='/v.mp4'></video>"
        "<figcaption>The first sailing leaves the quay</figcaption></figure>"
    )
    article = extract(_story_with(figure), url=URL)
    assert "The first sailing leaves the quay" in " ".join((article.text, *article.captions))


def test_a_sign_up_box_among_the_paragraphs_goes_and_a_paragraph_saying_so_stays() -> None:
    box = (
        "<div class='callout'><div class='callout-icon'>✉</div><div class='callout-text'>"
        "Like these ferry notes? Sign up to get each new one by email. No spam.</div></div>"
    )
    block = html.fromstring(f"<div><p>{_PROSE}</p>{box}<p>{_PROSE}</p></div>")
    assert [el.get("class") for el, _ in signup_boxes(block)] == ["callout"]
    assert "Sign up to get each new one" not in extract(_story_with(box), url=URL).text
    # the same words as the article's own paragraph: how readers get the alerts
    alert = (
        "<p>Passengers can sign up to get the operator's delay alerts by email on its"
        " website, the harbour master said.</p>"
    )
    assert "sign up to get the operator's delay alerts" in extract(_story_with(alert), url=URL).text
    # a box with a call but no mail in it is no newsletter pitch
    run = (
        "<div class='callout'><div class='callout-icon'>★</div><div class='callout-text'>"
        "Sign up for the harbour fun run at the town hall before Friday.</div></div>"
    )
    assert not signup_boxes(html.fromstring(f"<div>{run}<p>{_PROSE * 3}</p></div>"))


def _fixtures(extra: str = "") -> str:
    rows = "".join(
        f"<tr><td>Sat {d} May</td><td><time>{t}</time></td><td>Quay Rovers v Side {d}</td></tr>"
        for d, t in ((2, "19:45"), (9, "15:00"), (16, "14:30"))
    )
    return (
        "<html><head><title>Quay Rovers name new coach | Harbour Gazette</title></head><body>"
        "<main><article><h1>Quay Rovers name new coach</h1>"
        "<p class='byline'>By Ann Lee <time datetime='2026-04-20'>20 April 2026</time></p>"
        f"<p>{_PROSE}</p><p>{_PROSE} The club said the coach starts on Monday.</p>"
        f"<h2>Next matches</h2><table><tr><th>Date</th><th>Kick-off</th><th>Match</th></tr>"
        f"{rows}</table>{extra}</article></main></body></html>"
    )


def test_a_tables_times_and_a_timelines_years_reach_trafilatura_and_a_bylines_date_not() -> None:
    timeline = (
        "<dl><dt><time>1901</time></dt><dd>The club is founded on the quay.</dd>"
        "<dt><time>1955</time></dt><dd>The stand is built.</dd></dl>"
        "<ul class='meta'><li><time>20 April 2026</time></li><li>Print</li></ul>"
        "<div class='post'><time>16:52</time><p>A stamped post.</p></div>"
    )
    root = html.fromstring(_fixtures(timeline))
    unwrap_article_times(root)
    # the cells' and the timeline's times are text now; the byline's date, a meta
    # list's own item and a post's clock stamp are left to go as trafilatura has them
    assert [norm(t.text_content()) for t in root.iter("time")] == [
        "20 April 2026",
        "20 April 2026",
        "16:52",
    ]
    assert "19:45" in extract(_fixtures(), url=URL).text


def test_items_named_player_or_video_and_an_faqs_sign_up_answer_are_the_articles() -> None:
    # a squad's line-up: like-named boxes, each a player's name and a line
    squad = "".join(
        f"<div class='player-card'><img src='/p{n}.jpg'><p>Number {n}, a steady full-back.</p>"
        "</div>"
        for n in range(2, 6)
    )
    assert not video_modules(html.fromstring(f"<div><p>{_PROSE}</p>{squad}</div>"))
    # a video's words set out as text
    words = (
        "<div class='video-transcript'><button>Show</button>"
        "<p>Good morning from the quay, where the first boat is due.</p></div>"
    )
    assert not video_modules(html.fromstring(f"<div><p>{_PROSE}</p>{words}</div>"))
    # a question over its answer, which tells readers to sign up for the emails
    faq = "".join(
        f"<section class='qa'><h3>{q}</h3><div><p>{a}</p></div></section>"
        for q, a in (
            ("When do the new times start?", "Sign up for the operator's email updates."),
            ("Are fares going up?", "Not this year, the operator says."),
        )
    )
    assert not signup_boxes(html.fromstring(f"<div><p>{_PROSE * 2}</p>{faq}</div>"))
    lone = faq.replace("class='qa'", "class='qa-1'", 1)
    assert not signup_boxes(html.fromstring(f"<div><p>{_PROSE * 2}</p>{lone}</div>"))


def test_a_words_and_pictures_byline_names_its_author_and_leaves_the_body() -> None:
    for line, names in (
        ("Words and pictures by Ana Ruiz", ("Ana Ruiz",)),
        ("Words &amp; photos by Ana Ruiz", ("Ana Ruiz",)),
        ("Words by Ana Ruiz, pictures by Tom Reed", ("Ana Ruiz", "Tom Reed")),
    ):
        page = (
            "<html><head><title>Kites fill the dunes</title></head><body><article>"
            f"<h1>Kites fill the dunes</h1><p class='meta'>{line} · 22 February 2026</p>"
            f"{f'<p>{_PROSE}</p>' * 4}</article></body></html>"
        )
        article = extract(page, url=URL)
        assert article.authors == names
        assert article.text.startswith("The ferry operator said")


def test_a_reference_line_stays_and_an_inline_teaser_goes() -> None:
    lines = (
        "<p>Timetable: <a href='/ferries/spring-timetable'>All sailings from April to June</a></p>"
        "<p>Tickets: <a href='/whats-on/quay-festival'>Book a place at the quay festival</a></p>"
        "<p>Read more: <a href='/news/2026/ferry-fares'>Ferry fares rise for the third year</a></p>"
        "<p>Also: <a href='/news/2026/pier'>Pier café to open in the old ticket hall</a></p>"
    )
    text = extract(_story_with(lines), url=URL).text
    assert "Timetable: All sailings from April to June" in text
    assert "Tickets: Book a place at the quay festival" in text
    assert "Ferry fares rise for the third year" not in text
    assert "Pier café to open" not in text


def test_a_shopping_box_named_affiliate_goes() -> None:
    box = (
        "<div class='affiliate-card'><p class='affiliate-card__title'>Best buy: a tide clock</p>"
        "<p>The one on the harbour master's wall. <a href='https://shop.example/clock?ref=9'>"
        "£25 at Quay Shop</a></p><p>We may be paid when you buy through our links.</p></div>"
    )
    text = extract(_story_with(box), url=URL).text
    assert "tide clock" not in text and "Quay Shop" not in text
    assert "Paragraph 3 of the story" in text


def _signed(line: str) -> str:
    return (
        "<html><head><title>Ferry timetable changes</title>"
        "<meta name='author' content='Ann Lee'></head><body><article>"
        f"<h1>Ferry timetable changes</h1><p class='meta'>{line}</p>"
        f"{f'<p>{_PROSE}</p>' * 4}</article></body></html>"
    )


def test_a_meta_line_opening_with_the_authors_name_leaves_the_body() -> None:
    text = extract(_signed("Ann Lee · 3 March 2026 · Reading time: 4 min"), url=URL).text
    assert text.startswith("The ferry operator said")
    # the name going on as a sentence is the article's
    line = "Ann Lee, who skippered the first boat, called the change long overdue in 2026."
    assert line in extract(_signed(line), url=URL).text
    # an interview's first question, the author asking
    line = "Ann Lee – Tom, you ran the ferry in 2025. How many crossings were late?"
    assert line in extract(_signed(line), url=URL).text


def test_a_players_label_a_reading_time_and_caption_labels_are_chrome() -> None:
    lines = [
        "Listen to this article 6 min",
        "4 min read",
        "Lesezeit: ca. 3 Minuten",
        "Leestijd: 3 minuten",
        "Écouter cet article",
        "Image caption",
        "Image source, Harbour Photos",
        "(HG Photo/Ann Lee)",
        "Loading comments…",
        "Have a news tip? Email the desk at desk@harbourgazette.example or call 0123 456.",
        "Do you have a story idea? Write to us at ideas@harbourgazette.example.",
    ]
    for line in lines:
        assert is_boilerplate(line), line
    for sentence in (
        "Listen to the story of the pier and you will see why it matters.",
        "The 5 min read that changed how the harbour board saw its budget.",
        "Asked if he had a tip? for the council, the skipper said to call the board.",
        "Have a tip? Call the harbour police on 101 quoting incident 12 of 4 March.",
    ):
        assert not is_boilerplate(sentence), sentence
    page = _story_with("".join(f"<p>{line}</p>" for line in lines))
    text = extract(page, url=URL).text
    assert not any(line in text for line in lines)


def test_summary_lines_without_their_stops_come_back_and_a_table_of_contents_not() -> None:
    lines = (
        "<ul class='story-summary'><li>Board votes for a sea wall after a long hearing on"
        " Tuesday</li><li>Work on the wall starts in spring and lasts ten years</li></ul>"
    )
    text = extract(_summary_page(lines), url=URL).text
    assert text.startswith("Board votes for a sea wall after a long hearing on Tuesday")
    # short lines are a contents list; linked ones a list of links
    for listed in (
        "<ol class='summary'><li>What the board decided</li><li>What it costs</li></ol>",
        "<ul class='summary'><li><a href='/wall'>Board votes for a sea wall after a long"
        " hearing on Tuesday</a></li><li><a href='/w2'>Work on the wall starts in spring and"
        " lasts ten years</a></li></ul>",
    ):
        assert extract(_summary_page(listed), url=URL).text.startswith("The vote came late")


def test_a_playlists_label_in_capitals_goes_and_a_sentence_about_videos_stays() -> None:
    # "VÍDEOS: …" over an empty playlist box; the label alone says "a player is here"
    module = (
        "<div class='video-box'><p>VÍDEOS: veja as notícias mais assistidas da região</p>"
        "<div class='playlist'></div></div>"
    )
    text = extract(_story_with(module), url=URL).text
    assert "VÍDEOS" not in text and text.count("Paragraph 3 of the story") == 1
    assert is_boilerplate("WATCH: Smoke rises over the yard as crews tackle the blaze")
    assert is_boilerplate("VIDÉO. Un incendie ravage un entrepôt du port")
    # the label in capitals only: a sentence may open with the word
    assert not is_boilerplate("Watch this space, the harbour master told the crews on Monday.")


def test_a_dialog_in_words_no_rule_knows_leaves_the_page_before_trafilatura() -> None:
    # a consent box whose language has no cookie words in the rules, set as a dialog
    notice = (
        "Ce site folosește fișiere mici pentru a vă oferi o experiență mai bună, iar dacă"
        " continuați navigarea sunteți de acord cu regulile noastre de utilizare."
    )
    article = "".join(f"<p>{_PROSE} Part {i}.</p>" for i in range(4))
    page = (
        "<html><head><title>Ferry timetable changes</title></head><body><main><h1>Ferry"
        f" timetable changes</h1>{article}</main><div class='cmp' role='dialog'><p>{notice}</p>"
        f"<button>OK</button></div><dialog><p>{notice}</p></dialog></body></html>"
    )
    root = html.fromstring(page)
    drop_overlays(root)
    assert "fișiere" not in root.text_content() and "Part 3" in root.text_content()
    # an article opened in an overlay, its headline in the dialog, stays
    overlay = page.replace("<main>", "<div role='dialog'>").replace("</main>", "</div>")
    root = html.fromstring(overlay)
    drop_overlays(root)
    assert "Part 3" in root.text_content()
