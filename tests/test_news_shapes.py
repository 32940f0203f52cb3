"""News-page shapes the body rules of issue #14's news work handle, as invented pages:
each rule with the ordinary page it must leave as it was."""

from __future__ import annotations

from clipper.extract import extract
from clipper.extract.html.links import leads_off_site, page_sites, site

URL = "https://news.example.org/culture/2026/board-games-of-the-year"

PROSE = (
    "The tables at the winter fair were busier than ever, and the games that drew the longest"
    " queues were not the expensive boxes but small ones that a family can learn in a minute."
)


def _page(body: str) -> str:
    return (
        "<html><head><title>Five board games for long evenings</title></head><body>"
        "<div class='masthead'><a href='/'>Home</a> <a href='/culture'>Culture</a></div>"
        f"<div class='story'><h1>Five board games for long evenings</h1><p>{PROSE}</p>"
        f"<p>{PROSE} We played each of them with friends over a week.</p>{body}</div>"
        "<div class='footer'><a href='/about'>About us</a></div></body></html>"
    )


def _review(i: int) -> str:
    return (
        f"<p>Game number {i} takes twenty minutes, plays well with three or four, and the"
        f" rules fit on one card; the tiles of game {i} are thick enough for small hands and"
        " the box is small enough for a coat pocket on the train home.</p>"
    )


def test_a_listicles_headings_linking_to_another_site_stay() -> None:
    # readability-lxml drops a heading more than a third links; these name the games
    items = "".join(
        f"<h3><a href='https://games-maker{i}.example.com/shop'>Tile Game {i} ($25)</a></h3>"
        f"{_review(i)}"
        for i in range(1, 6)
    )
    text = extract(_page(items), url=URL).text
    for i in range(1, 6):
        assert f"Tile Game {i} ($25)" in text
        assert f"Game number {i} takes" in text


def test_a_heading_linking_to_its_own_section_stays() -> None:
    items = "".join(
        f"<h2 id='s{i}'><a href='#s{i}'>Round {i} of the tasting</a></h2>{_review(i)}"
        for i in range(1, 4)
    )
    text = extract(_page(items), url=URL).text
    assert "Round 2 of the tasting" in text


def test_a_heading_linking_to_another_story_of_the_site_still_goes() -> None:
    # an inline teaser for another story of the same site, relative or absolute
    teasers = (
        "<h3><a href='/culture/2026/chess-club-reopens'>Chess club reopens after ten years</a>"
        "</h3>" + _review(1) + "<h3><a href='https://www.example.org/sport/derby-report'>"
        "Derby ends in a draw</a></h3>" + _review(2)
    )
    text = extract(_page(teasers), url=URL).text
    assert "Game number 1 takes" in text and "Game number 2 takes" in text
    assert "Chess club reopens" not in text
    assert "Derby ends in a draw" not in text


def test_sites_are_told_by_their_last_labels() -> None:
    assert site("www.news.example.co.uk") == "example.co.uk"
    assert site("finance.example.com:8080") == "example.com"
    assert page_sites(URL, None, "not a url") == frozenset({"example.org"})
    from lxml import html

    heading = html.fromstring("<h2><a name='top'>Top</a> <a href='mailto:x@y.z'>mail</a></h2>")
    assert leads_off_site(heading, frozenset({"example.org"}))
    heading = html.fromstring("<h2><a href='//cdn.example.org/x'>x</a></h2>")
    assert not leads_off_site(heading, frozenset({"example.org"}))


def _teasers(href: str, label: str = "Other opinion columns") -> str:
    return f"<h2>{label}</h2>" + "".join(
        f"<h4><strong>Column</strong> <a href='{href}{i}'>Why the ferry timetable matters {i}</a>"
        f"</h4><p>Our columnist on the harbour's plans, part {i}.</p>"
        for i in range(1, 4)
    )


def test_teasers_for_the_sites_other_stories_ending_the_body_go() -> None:
    # as a candidate that kept the teasers' headings hands them to the cleaning
    from clipper.extract.html.clean import clean_body
    from clipper.extract.html.metadata import Metadata

    html = f"<div>{_review(1)}{_review(2)}{_review(3)}{_teasers('/opinion/ferry-')}</div>"
    text = clean_body(html, Metadata(), URL).text
    assert "Game number 3 takes" in text
    assert "Other opinion columns" not in text
    assert "ferry timetable" not in text and "harbour's plans" not in text


def test_a_closing_section_of_linked_headings_without_a_teaser_label_stays() -> None:
    # an FAQ linking its questions to the site's help pages, picks linking to the
    # site's reviews: the label doesn't say "other stories", or the headings ask
    from clipper.extract.html.clean import clean_body
    from clipper.extract.html.metadata import Metadata

    def cleaned(tail: str) -> str:
        return clean_body(
            f"<div>{_review(1)}{_review(2)}{_review(3)}{tail}</div>", Metadata(), URL
        ).text

    faq = "<h2>Other questions</h2>" + "".join(
        f"<h3><a href='/help/q{i}'>Can I bring game {i} to the fair?</a></h3>"
        f"<p>Yes, as long as game {i} fits on one table.</p>"
        for i in range(1, 4)
    )
    assert "Yes, as long as game 3 fits" in cleaned(faq)
    picks = _teasers("/reviews/", label="What we played this winter")
    assert "harbour's plans, part 3." in cleaned(picks)


def test_headings_linking_elsewhere_at_the_end_are_no_teasers() -> None:
    # the same shape, linked to other sites: the article's own sources or picks
    art = extract(_page(_review(1) + _teasers("https://ferries.example.net/")), url=URL)
    assert "Why the ferry timetable matters 3" in art.text
    assert "part 3" in art.text


def test_a_roundup_of_the_sites_reviews_is_the_article_not_teasers() -> None:
    # most of the body is linked headings with a line each: the article itself
    # (cleaned as a candidate that kept its headings gives it)
    from clipper.extract.html.clean import clean_body
    from clipper.extract.html.metadata import Metadata

    picks = "".join(
        f"<h3><a href='/reviews/game-{i}'>Tile Game {i}</a></h3>"
        f"<p>Quick to learn, and game {i} plays well with three or four players.</p>"
        for i in range(1, 9)
    )
    body = clean_body(f"<div><p>{PROSE}</p>{picks}</div>", Metadata(), URL)
    assert "Tile Game 8" in body.text and "game 8 plays well" in body.text
    teasers = clean_body(f"<div>{f'<p>{PROSE}</p>' * 3}{_teasers('/op/')}</div>", Metadata(), URL)
    assert "ferry timetable" not in teasers.text


DECK = "The harbour board will spend a decade and most of its reserves on a new sea wall."
BODY = (
    "The vote came late on Tuesday after a long public hearing in the town hall, where"
    " residents of the lower quarter spoke for and against the plan for more than three hours."
)


def _headed(header: str) -> str:
    # class names that say nothing (CSS-in-JS); a photo with its caption between
    # the header and the body
    return (
        "<html><head><title>Harbour approves sea wall</title>"
        f"<meta name='description' content='{DECK}'></head><body><div class='c-top'>"
        f"<header class='c-hd'>{header}</header>"
        "<div class='c-ph'><img src='wall.jpg'><p>The old wall at dusk.</p></div>"
        f"<section class='c-bd'><div class='c-r'><p>{BODY}</p><p>{BODY} Work starts in"
        f" spring.</p><p>{BODY}</p></div></section></div></body></html>"
    )


def test_the_deck_after_a_headlines_own_wrapper_comes_back() -> None:
    page = _headed(
        f"<div class='c-hw'><h1><span>Harbour approves sea wall</span></h1></div><p>{DECK}</p>"
    )
    text = extract(page, url=URL).text
    assert text.startswith(DECK)
    assert text.count("The vote came late") == 3


def test_a_headline_wrapper_with_nothing_after_it_gives_no_deck() -> None:
    text = extract(
        _headed("<div class='c-hw'><h1>Harbour approves sea wall</h1></div>"), url=URL
    ).text
    assert text.startswith("The vote came late") and text.count("The vote came late") == 3


def test_a_wrapper_holding_more_than_the_headline_gives_no_deck() -> None:
    # the paragraph after a wrapper with the kicker in it is not the headline's deck
    page = _headed(
        "<div class='c-hw'><span>Opinion</span><h1>Harbour approves sea wall</h1></div>"
        "<p>A reader's view: the board has forgotten the fishermen who moor there.</p>"
    )
    text = extract(page, url=URL).text
    assert "A reader's view" not in text


def _story(headline: str, topic: str, paragraphs: int) -> str:
    body = "".join(
        f"<p>Paragraph {i} about the {topic}: the committee heard from residents, traders and"
        f" the fire service, and the {topic} will be discussed again at the next meeting.</p>"
        for i in range(1, paragraphs + 1)
    )
    return (
        f"<article class='story'><h1>{headline}</h1><div class='story-byline'>By Ann Lee"
        " <time datetime='2026-03-03'>3 March</time></div>"
        f"<div class='story-body'>{body}</div></article>"
    )


def _stories(title: str) -> str:
    return (
        f"<html><head><title>{title}</title></head><body><main>"
        + _story("Ferry fares to rise in April", "ferry fares", 4)
        + "<div class='next'>Next story</div>"
        + _story("Market hall gets a new roof", "market hall roof", 9)
        + "</main></body></html>"
    )


def test_of_stories_appended_below_the_one_the_title_names_wins() -> None:
    # the next story is longer: readability alone picks it
    text = extract(_stories("Ferry fares to rise in April | The Courier"), url=URL).text
    assert "about the ferry fares" in text
    assert "market hall" not in text


def test_a_page_of_stories_the_title_does_not_name_keeps_them() -> None:
    # an index (the title is the site's): no story is the page's article
    a = extract(_stories("The Courier: latest news"), url=URL).text
    assert "about the market hall roof" in a


def _post(i: int, with_paragraph: bool = True) -> str:
    body = (
        f"<div class='entry'><p>Update {i} from the count: the ballot boxes of ward {i} have"
        f" arrived at the hall and the tellers expect the ward's result within the hour.</p></div>"
        if with_paragraph
        else ""
    )
    return (
        f"<article class='entry-post'><header class='entry-header'><span>20:{10 + i}</span>"
        f"<h3>Ward {i} boxes arrive</h3></header>{body}</article>"
    )


def test_a_live_blogs_post_headings_stay() -> None:
    posts = "".join(_post(i) for i in range(5, 0, -1))
    page = (
        "<html><head><title>Election night live</title></head><body>"
        f"<h1>Election night live</h1><div class='feed'>{posts}</div></body></html>"
    )
    text = extract(page, url=URL).text
    for i in range(1, 6):
        assert f"Ward {i} boxes arrive\n\nUpdate {i} from the count" in text


def test_headers_of_cards_without_text_of_their_own_stay_closed() -> None:
    from lxml import html

    from clipper.extract.html.stories import open_post_headers

    cards = "".join(_post(i, with_paragraph=False) for i in range(3))
    root = html.fromstring(f"<html><body><div>{cards}</div>{_post(9)}</body></html>")
    open_post_headers(root)
    # the cards hold no paragraph, the one post has no posts beside it
    assert len(root.findall(".//header")) == 4


def _section(i: int) -> str:
    return (
        f"<article class='part'><h2>Stage {i}</h2><div class='text'><p>Stage {i} of the walk"
        f" climbs from the river to the ridge in about two hours, past the old quarry and the"
        f" chapel, and the path is marked with yellow posts all the way to the top.</p>"
        f"<p>Water is scarce on stage {i}, so carry two litres and set off early.</p></div>"
        "</article>"
    )


def test_an_article_in_sections_of_their_own_comes_whole() -> None:
    # readability-lxml prefers one <article> nested in its choice: it kept one section
    page = (
        "<html><head><title>The ridge walk in five stages</title></head><body>"
        "<h1>The ridge walk in five stages</h1>"
        f"<div class='walk'>{''.join(_section(i) for i in range(1, 6))}</div></body></html>"
    )
    text = extract(page, url=URL).text
    for i in range(1, 6):
        assert f"Stage {i}\n\nStage {i} of the walk" in text


def test_teaser_cards_beside_an_article_are_no_run_of_posts() -> None:
    cards = "".join(
        f"<article class='part'><h3>Other walk {i}</h3><p>A short walk by the lake, {i}.</p>"
        "</article>"
        for i in range(4)
    )
    story = "".join(f"<p>{PROSE} Paragraph {i}.</p>" for i in range(8))
    page = (
        "<html><head><title>The ridge walk</title></head><body><h1>The ridge walk</h1>"
        f"<div class='col'><article class='part'><div class='text'>{story}</div></article>"
        f"{cards}</div></body></html>"
    )
    text = extract(page, url=URL).text
    assert "Paragraph 7." in text
    assert "A short walk by the lake" not in text


def _with_paragraph(inner: str) -> str:
    return extract(_page(_review(1) + f"<p>{inner}</p>" + _review(2)), url=URL).text


def test_a_label_and_a_link_to_another_story_is_a_teaser() -> None:
    for inner in (
        "<strong>Related:</strong> <a href='/culture/2026/chess'>The chess club that outlived"
        " three landlords and a flood</a>",
        "<b>Lee también:</b> <a href='https://www.example.org/es/ajedrez'>El club de ajedrez"
        " que sobrevivió a tres caseros</a>",
        "Weiterlesen » <a href='/de/schach'>Der Schachklub, der drei Vermieter überlebte</a>",
    ):
        text = _with_paragraph(inner)
        assert "Game number 2 takes" in text
        assert "three landlords" not in text and "sobrevivió" not in text
        assert "Vermieter" not in text


def test_a_labelled_link_to_a_source_or_an_address_stays() -> None:
    # a link to another site, an address shown as the link (through the site's own
    # redirect), and a sentence with a link in it are the article's
    for inner, kept in (
        (
            "<strong>Full report:</strong> <a href='https://stats.example.net/games-2026'>"
            "Board game sales in the region, 2026</a>",
            "Board game sales",
        ),
        (
            "<strong>Infos:</strong> <a href='/out?u=https%3A%2F%2Ffair.example.com'>"
            "www.fair.example.com/tickets</a>",
            "www.fair.example.com/tickets",
        ),
        (
            "The fair's organisers have put <a href='/culture/2026/fair-list'>the full list of"
            " games</a> online, with prices and the age each suits.",
            "the full list of games",
        ),
    ):
        assert kept in _with_paragraph(inner)


LONG_DECK = "The harbour board will spend a decade and most of its reserves on a new sea wall"


def test_a_long_subheading_under_the_headline_is_the_deck_without_its_stop() -> None:
    page = _headed(f"<h1>Harbour approves sea wall</h1><h2 class='c-sub'>{LONG_DECK}</h2>")
    text = extract(page.replace(DECK, "A new wall"), url=URL).text
    assert text.startswith(LONG_DECK)


def test_a_line_without_a_stop_under_the_headline_is_no_deck() -> None:
    # a paragraph without a stop (a row of topic words), or a short subheading
    line = "Harbour Council Budget Sea wall Fishing Ferries Weather Tides Planning Roads Schools"
    for under in (
        f"<p>{line}</p>",
        "<h2>What the harbour board decided about the wall on Tuesday</h2>",
    ):
        page = _headed(f"<h1>Harbour approves sea wall</h1>{under}")
        text = extract(page.replace(DECK, "A new wall"), url=URL).text
        assert text.startswith("The vote came late")


def _summary_page(summary: str) -> str:
    return _headed(
        f"<h1>Harbour approves sea wall</h1>{summary}<p class='by'>By Ann Lee</p>"
    ).replace(DECK, "A new wall")


def test_summary_bullets_named_as_the_lead_come_back() -> None:
    bullets = (
        "<ul class='story-summary'><li>The board votes for a sea wall after a long hearing.</li>"
        "<li>Work on the wall starts in spring and lasts ten years.</li></ul>"
    )
    text = extract(_summary_page(bullets), url=URL).text
    assert text.startswith("The board votes for a sea wall after a long hearing.")
    assert "lasts ten years." in text


def test_a_named_list_of_links_or_labels_is_no_summary() -> None:
    for listed in (
        "<ul class='summary'><li><a href='/harbour'>Harbour</a></li><li>Sea wall</li></ul>",
        "<ol class='lead'><li>Introduction to the plan</li><li>What it costs the town</li></ol>",
    ):
        text = extract(_summary_page(listed), url=URL).text
        assert text.startswith("The vote came late")


def test_a_live_blog_whose_posts_have_their_own_h1_keeps_them() -> None:
    # the header is an <article> the title names, with one line; the posts follow
    posts = "".join(
        f"<article class='post'><time>21:0{i}</time><h1>Ward {i} declares</h1><p>Ward {i}"
        f" has declared its result after a recount, and turnout was up on last time.</p>"
        "</article>"
        for i in range(1, 5)
    )
    page = (
        "<html><head><title>Election night live</title></head><body><main>"
        "<article class='head'><h1>Election night live</h1><p>Results as they come.</p>"
        f"</article>{posts}</main></body></html>"
    )
    text = extract(page, url=URL).text
    for i in range(1, 5):
        assert f"Ward {i} has declared" in text


def test_a_briefing_named_after_its_first_item_keeps_every_item() -> None:
    items = "".join(
        f"<article class='item'><h1>{h}</h1><p>{h} is the story of the day in the valley,"
        " and our reporters have the details of what happens next.</p></article>"
        for h in ("Ferry fares to rise", "Market hall gets a roof", "Town win the cup")
    )
    page = (
        "<html><head><title>Morning briefing: Ferry fares to rise</title></head><body>"
        f"<main>{items}</main></body></html>"
    )
    text = extract(page, url=URL).text
    assert "Town win the cup is the story" in text


def test_appended_stories_with_their_own_bylines_are_no_run_of_posts() -> None:
    from lxml import html

    from clipper.extract.html.stories import run_holder

    def story(i: int) -> str:
        body = "".join(f"<p>{PROSE} Story {i}, paragraph {n}.</p>" for n in range(4))
        return (
            f"<article class='article'><h2>Story {i}</h2><div class='article__byline'>By Ann"
            f" Lee</div><div class='body'>{body}</div></article>"
        )

    root = html.fromstring(f"<html><body><main>{story(1)}{story(2)}{story(3)}</main></body></html>")
    first_body = root.find(".//div[@class='body']")
    assert run_holder(first_body) is None


def test_a_heading_linking_to_the_pages_comments_still_goes() -> None:
    items = _review(1) + "<h2><a href='#comments'>Read 14 comments</a></h2>" + _review(2)
    text = extract(_page(items), url=URL).text
    assert "Game number 2 takes" in text and "Read 14 comments" not in text


def test_an_accordions_questions_set_in_buttons_stay() -> None:
    faq = "".join(
        f"<h3><button aria-expanded='false' aria-controls='a{i}'><span>Can game {i} be"
        f" played by two?</span></button></h3><div id='a{i}'><p>Yes: game {i} has a rule for"
        " two players on the back of the card.</p></div>"
        for i in range(1, 3)
    )
    text = extract(_page(_review(1) + faq), url=URL).text
    assert "Can game 2 be played by two?\n\nYes: game 2 has a rule" in text


def test_buttons_that_are_not_a_headings_words_still_go() -> None:
    items = (
        _review(1) + "<h3>Comments <button>Show all</button></h3>"
        "<p><button>Share</button> <button>Save for later</button></p>" + _review(2)
    )
    text = extract(_page(items), url=URL).text
    assert "Game number 2 takes" in text
    assert "Show all" not in text and "Save for later" not in text


def test_heading_toggles_that_open_no_answer_still_go() -> None:
    # A "Contents" disclosure over a list of links, and a player's label set as
    # a heading with no fold at all, are controls, not questions.
    toc = (
        "<div><h2><button aria-expanded='false'>Contents</button></h2>"
        "<ol hidden><li><a href='#one'>One</a></li><li><a href='#two'>Two</a></li></ol></div>"
    )
    player = "<h3><button class='listen'>Listen to this review</button></h3>"
    text = extract(_page(toc + player + _review(1) + _review(2)), url=URL).text
    assert "Game number 2 takes" in text
    assert "Contents" not in text and "Listen to this review" not in text


def test_a_correction_set_in_an_aside_among_the_paragraphs_stays() -> None:
    notes = (
        "<aside class='note'><p><strong>Correction:</strong> an earlier version of this review"
        " gave game 2 the wrong price.</p></aside>",
        "<aside><p>Anmerkung der Redaktion: In einer früheren Fassung stand ein falscher"
        " Preis.</p></aside>",
    )
    for note in notes:
        text = extract(_page(_review(1) + _review(2) + note), url=URL).text
        assert "Game number 2 takes" in text
        assert "earlier version of this review" in text or "früheren Fassung" in text, note


def test_other_asides_still_go() -> None:
    sidebar = (
        "<aside><p>Corrections policy: how we put mistakes right, and how to tell us about"
        " one.</p><p>Read our corrections policy</p></aside>"  # a label without its colon
        "<aside><h3>Most read</h3><p>Ten walks for a winter weekend</p></aside>"
    )
    text = extract(_page(_review(1) + _review(2) + sidebar), url=URL).text
    assert "Game number 2 takes" in text
    assert "Most read" not in text and "Ten walks" not in text
    assert "how we put mistakes right" not in text
