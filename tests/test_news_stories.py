"""Pages holding several stories (issue #14's news work): stories appended below the
article whose headlines are <h2>s or stand above their <article>, and walls of teaser
cards under a short story; each with the ordinary page it must leave as it was."""

from __future__ import annotations

from lxml import html
from test_news_shapes import URL, _review, _stories

from clipper.extract import extract
from clipper.extract.html.stories import drop_other_stories


def test_teaser_cards_after_the_named_story_go_and_an_index_keeps_them() -> None:
    cards = "".join(
        f"<article class='card'><h3><a href='/s/{i}'>Another story {i}</a></h3></article>"
        for i in range(3)
    )
    page = _stories("Ferry fares to rise in April").replace("</main>", f"{cards}</main>")
    root = html.fromstring(page)
    drop_other_stories(root, "Ferry fares to rise in April")
    assert len(root.findall(".//article")) == 1  # the named story; the cards went
    root = html.fromstring(page)
    drop_other_stories(root, "The Courier: latest news")  # an index: no story is named
    assert len(root.findall(".//article")) == 5
    root = html.fromstring(_stories("Ferry fares to rise in April"))
    drop_other_stories(root, None)
    assert len(root.findall(".//article")) == 2


def _brief(cards: str) -> str:
    # a short story: readability's block is small, the container holding the cards wins
    paragraphs = "".join(
        f"<p>{line}</p>"
        for line in (
            "The harbour road will shut for three nights from Tuesday while the sea wall is"
            " checked.",
            "A diversion through the upper town adds ten minutes to most journeys, the county"
            " said.",
            "Buses keep their timetable and the fish market opens as usual on Friday morning.",
        )
    )
    return (
        "<html><head><title>Harbour road to shut for sea wall checks | Bay News</title>"
        "</head><body><main><article class='brief'><h1>Harbour road to shut for sea wall"
        f" checks</h1><div class='text'>{paragraphs}</div></article>"
        f"<section class='wall'><h2>Latest</h2>{cards}</section></main></body></html>"
    )


def test_a_wall_of_teaser_cards_under_a_short_story_goes() -> None:
    cards = "".join(
        f"<article class='tile'><a href='/news/{i}'><h3>Lifeboat crew {i} rescues two"
        " walkers</h3></a><p>Every story from the coast and the hills, with the latest updates"
        " as they come in.</p><span>{i} hours ago"
        "</span></article>"
        for i in range(1, 7)
    )
    text = extract(_brief(cards), url=URL).text
    assert text.startswith("The harbour road will shut")
    assert "Buses keep their timetable" in text
    assert "Lifeboat crew" not in text
    assert "hours ago" not in text


def test_items_with_prose_of_their_own_after_a_story_are_no_cards() -> None:
    # a roundup of reviews, each its own <article> whose heading links to the review
    items = "".join(
        f"<article class='pick'><h3><a href='/reviews/{i}'>Walking boot {i}</a></h3>{_review(i)}"
        f"{_review(i + 10)}</article>"
        for i in range(1, 4)
    )
    page = _brief(items)
    root = html.fromstring(page)
    drop_other_stories(root, "Harbour road to shut for sea wall checks | Bay News")
    assert len(root.findall(".//article")) == 4


def _scroll_story(headline: str, topic: str, n: int) -> str:
    body = "".join(
        f"<p>Part {i} on the {topic}: residents packed the hall and the chair promised"
        f" a full answer on the {topic} before the summer recess began.</p>"
        for i in range(1, n + 1)
    )
    return (
        f"<article class='story'>{headline}<div class='story__byline'>By Lou Perrin"
        f" <time datetime='2026-03-03'>3 March</time></div><div>{body}</div></article>"
    )


def _scroll(first_above: bool) -> str:
    headline = "Cycle lanes planned for the old tram route"
    if first_above:  # the first story's <h1> stands above its <article>
        first = f"<h1>{headline}</h1>" + _scroll_story("", "cycle lanes", 4)
    else:  # every story's headline an <h2>, the site's name the page's <h1>
        first = _scroll_story(f"<h2>{headline}</h2>", "cycle lanes", 4)
    second = _scroll_story("<h2>Swimming pool reopens after repairs</h2>", "swimming pool", 9)
    return (
        f"<html><head><title>{headline} - The Gazette</title></head><body>"
        "<div class='logo'><h1>The Gazette</h1></div><main>"
        f"{first}<div class='divider'>Next story</div>{second}</main></body></html>"
    )


def test_appended_stories_headed_by_h2_leave_the_named_one() -> None:
    for first_above in (False, True):
        text = extract(_scroll(first_above), url=URL).text
        assert "on the cycle lanes" in text, first_above
        assert "swimming pool" not in text, first_above


def test_a_live_blog_of_h2_posts_with_times_only_keeps_its_posts() -> None:
    # posts after a long summary: a heading and a time each, no byline: not stories
    posts = "".join(
        f"<article class='post'><time>10:0{i}</time><h2>Polls close in ward {i}</h2>"
        f"<p>Ward {i} has closed its polls and the count starts within the hour.</p></article>"
        for i in range(1, 5)
    )
    summary = "".join(_review(i) for i in range(3))
    page = (
        "<html><head><title>Count night as it happened</title></head><body><main>"
        f"<article class='head'><h1>Count night as it happened</h1>{summary}</article>"
        f"{posts}</main></body></html>"
    )
    root = html.fromstring(page)
    drop_other_stories(root, "Count night as it happened")
    assert len(root.findall(".//article")) == 5


def _blog(listed: str) -> str:
    prose = (
        "This fortnight the team closed more bugs than it opened, and the new settings page"
        " is now switched on for everyone who runs the nightly build on a laptop."
    )
    return (
        "<html><head><title>Notes from the build team, week 12</title></head><body>"
        "<div class='nav'><a href='/'>Home</a> <a href='/archive'>Archive</a></div>"
        f"<div class='post'><h1>Notes from the build team, week 12</h1><p>{prose}</p>"
        f"<h2>Fixed this week</h2>{listed}<p>{prose} Thanks to all who helped.</p>"
        f"<p>{prose}</p></div></body></html>"
    )


def test_a_list_of_credits_each_a_name_and_a_linked_change_stays() -> None:
    listed = (
        "<ul>"
        "<li>Ana Ruiz <a href='https://tracker.example.net/1101'>fixed the crash when a"
        " pinned tab closes</a></li>"
        "<li>Tomás Okafor <a href='https://tracker.example.net/1102'>made the download panel"
        " open faster</a></li>"
        "<li>Mira Holm <a href='https://tracker.example.net/1103'>removed an old warning"
        " from the console</a></li>"
        "</ul>"
    )
    text = extract(_blog(listed), url=URL).text
    assert "Ana Ruiz fixed the crash when a pinned tab closes" in text
    assert "Mira Holm removed an old warning" in text


def test_lists_of_bare_or_labelled_short_links_still_go() -> None:
    related = (
        "<ul class='x'>"
        "<li><a href='/2026/week-11'>Notes from the build team, week 11</a></li>"
        "<li><a href='/2026/week-10'>Notes from the build team, week 10</a></li>"
        "<li><a href='/2026/week-9'>Notes from the build team, week 9</a></li>"
        "</ul>"
    )
    labelled = (
        "<ul class='y'><li>Mail: <a href='mailto:team@example.net'>team@example.net</a></li>"
        "<li>Chat: <a href='https://chat.example.net/build'>#build</a></li></ul>"
    )
    dated = (
        "<ul class='z'><li>2026-02-01: <a href='/2026/a'>the archive moves to a new server"
        " tonight</a></li><li>2026-01-11: <a href='/2026/b'>the old forum closes for good"
        " this spring</a></li></ul>"
    )
    kickers = (
        "<ul class='k'><li><span>Opinion</span> <a href='/op/1'>Why the nightly build"
        " matters to everyone</a></li><li><span>Explainer</span> <a href='/ex/2'>How a"
        " release train leaves the station</a></li></ul>"
    )
    text = extract(_blog(related + labelled + dated + kickers), url=URL).text
    assert "week 11" not in text
    assert "#build" not in text
    assert "old forum closes" not in text
    assert "release train" not in text


def _live(posts: str) -> str:
    summary = "".join(
        f"<p>{line} Roads in the valley stay closed until the water goes down.</p>"
        for line in (
            "The river burst its banks at dawn and about two hundred homes were evacuated.",
            "Rest centres are open in the school and the leisure centre for anyone in need.",
            "The county has asked people not to drive through flood water on any road.",
        )
    )
    return (
        "<html><head><title>Valley floods: what we know</title></head><body><main>"
        f"<article class='summary'><h1>Valley floods: what we know</h1>{summary}</article>"
        f"{posts}</main></body></html>"
    )


def test_a_live_blogs_posts_under_a_long_summary_stay() -> None:
    # posts with a time and an <h1> each; posts with an <h2> and an author each
    h1_posts = "".join(
        f"<article class='post'><time>1{i}:00</time><h1>Bridge {i} reopens to traffic</h1>"
        f"<p>Bridge {i} is open again after the council checked its piers this morning.</p>"
        "</article>"
        for i in range(1, 5)
    )
    h2_posts = "".join(
        f"<article class='post'><h2>School {i} closes for the day</h2><p class='post-author'>"
        f"Kit Moreau</p><time>0{i}:30</time><p>School {i} will stay shut while the"
        " playground drains and pupils are sent work to do at home.</p></article>"
        for i in range(1, 5)
    )
    for posts in (h1_posts, h2_posts):
        root = html.fromstring(_live(posts))
        drop_other_stories(root, "Valley floods: what we know")
        assert len(root.findall(".//article")) == 5


def test_a_threads_replies_after_its_first_post_stay() -> None:
    reply = "".join(
        f"<p>{line}</p>"
        for line in (
            "I had the same trouble with the pump on my boat last winter, and it was the seal.",
            "A new seal costs very little, but you need the right size; take the old one along.",
            "After that it ran all summer without a drop of water getting into the bilge.",
        )
    )
    replies = "".join(
        f"<article class='msg'><h2>{head}</h2><p class='msg-author'>member{i}</p>{reply}</article>"
        for i, head in enumerate(("Reply", "Re: Bilge pump keeps failing"))
    )
    root = html.fromstring(
        _live(replies).replace("Valley floods: what we know", "Bilge pump keeps failing")
    )
    drop_other_stories(root, "Bilge pump keeps failing")
    assert len(root.findall(".//article")) == 3


def _sectioned(heads: list[str], head_class: str = "titolo", subheads: bool = False) -> str:
    """Stories set in <section>s (no <article>), class names in no English word."""
    stories = ""
    for n, head in enumerate(heads):
        body = "".join(
            f"<p>Paragraph {i} of story {n}: the quarry trucks will use the ring road from"
            " Monday, and the old bridge closes to lorries over seven tonnes.</p>"
            for i in range(4)
        )
        sub = f"<h2 class='sub'>Part {n} of the plan, told here</h2>" if subheads else ""
        stories += (
            f"<section class='rakonto'><div class='kapo'><h2 class='{head_class}'>{head}</h2>"
            f"<p class='verkinto'>Writer {n}</p></div>{sub}<div class='teksto'>{body}</div>"
            "</section>"
        )
    return f"<html><body><div class='fluo'>{stories}</div></body></html>"


def test_stories_appended_in_sections_leave_the_named_one() -> None:
    page = _sectioned(["Quarry trucks move to the ring road", "Choir wins the county cup"])
    root = html.fromstring(page)
    drop_other_stories(root, "Quarry trucks move to the ring road")
    text = root.text_content()
    assert "Quarry trucks" in text and "Choir wins" not in text
    assert "story 1" not in text and "Paragraph 3 of story 0" in text


def test_one_articles_sections_stay_when_its_headline_is_above_them() -> None:
    # a long read: the headline in its own header, the sections under h2 subheadings
    # of another class and unsigned; and stories whose headlines differ in class
    for page in (
        "<html><body><div class='fluo'><div class='kapo'><h1>Quarry trucks move to the"
        " ring road</h1></div>"
        + _sectioned(["The first part", "The second part"], head_class="sub").split(
            "<div class='fluo'>"
        )[1],
        _sectioned(["Quarry trucks move to the ring road", "Second part"], subheads=True).replace(
            "class='titolo'>Second", "class='alia'>Second"
        ),
        # the article's second part after an ad, signed, under a subheading: a rank lower
        _sectioned(["Quarry trucks move to the ring road", "What the drivers said"])
        .replace(
            "<h2 class='titolo'>Quarry trucks move to the ring road</h2>",
            "<h1 class='titolo'>Quarry trucks move to the ring road</h1>",
            1,
        )
        .replace("verkinto", "author"),
    ):
        root = html.fromstring(page)
        drop_other_stories(root, "Quarry trucks move to the ring road")
        assert "story 1" in root.text_content()


def test_an_articles_body_after_a_long_header_stays_with_an_author_box_at_its_end() -> None:
    # the headline's block holds three long paragraphs (a standfirst, a summary); the
    # body beside it, under subheadings of the headline's rank, ends with an author box
    lines = "".join(
        f"<p>Summary line {i}: the quarry trucks will use the ring road from Monday, and the"
        " old bridge closes to lorries over seven tonnes for the whole of the spring.</p>"
        for i in range(3)
    )
    body = "".join(
        f"<h2>What changes in part {i} of the plan</h2><p>Body paragraph {i}: drivers will"
        " be sent round the north side of the town while the bridge deck is rebuilt.</p>"
        for i in range(3)
    )
    page = (
        "<html><body><div class='wrap'><div class='kapo'><h2 class='entry'>Quarry trucks move"
        f" to the ring road</h2>{lines}</div><div class='korpo'>{body}<div class='author-box'>"
        "Ann Lee writes about roads.</div></div></div></body></html>"
    )
    root = html.fromstring(page)
    drop_other_stories(root, "Quarry trucks move to the ring road")
    assert "Body paragraph 2" in root.text_content()


_HARBOUR = [
    "The council voted on Tuesday to close the old harbour bridge to all traffic until"
    " repairs are made, after engineers found corrosion in the main beams.",
    "Drivers will have to use the ring road, which adds about ten minutes to a trip into"
    " the centre at peak times, the council said in a statement.",
    "Repairs are expected to take at least eight months and will cost around four million"
    " pounds, most of it from the national roads fund.",
]
_CLUB = "".join(
    f"<p>Paragraph {i} of the next story says at length that the club signed a striker"
    " from a rival for a record fee this summer, and the fans are delighted.</p>"
    for i in range(6)
)


def _next_story(first_head: str, second: str) -> str:
    first = "".join(f"<p>{p}</p>" for p in _HARBOUR)
    return (
        "<html><head><title>Harbour bridge to close | The Courier</title></head><body>"
        f"<div class='wrap'><div class='story'>{first_head}{first}</div>"
        f"<div class='story'>{second}{_CLUB}</div></div></body></html>"
    )


def test_a_next_story_signed_in_words_or_headed_a_rank_lower_leaves_the_page() -> None:
    head = "<h1>Harbour bridge to close</h1><p>By Ann Lee, 2 March 2026</p>"
    for second in (
        # its byline and date in words, no class to say so
        "<h1>Club signs a record striker</h1><p>By Bob Ray, 1 March 2026</p>",
        # headed a rank lower, with a byline named so and a date
        "<header><h2>Club signs a record striker</h2><span class='author'>Bob Ray</span>"
        " <span class='date'>1 March 2026</span></header>",
    ):
        text = extract(_next_story(head, second)).text
        assert _HARBOUR[0][:40] in text and "next story" not in text


def test_a_second_part_headed_a_rank_lower_and_signed_once_stays() -> None:
    head = "<h1>Harbour bridge to close</h1><p>By Ann Lee, 2 March 2026</p>"
    for second in (
        "<h2>What the drivers said</h2><span class='author'>Ann Lee</span>",
        "<h2>What the drivers said</h2><p>Updated 2 March 2026</p>",
        "<h1>What the drivers said</h1><p>From the archive</p>",
    ):
        text = extract(_next_story(head, second)).text
        assert "Paragraph 3 of the next story" in text
