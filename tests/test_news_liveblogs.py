"""A live blog's parts that were lost: of readability's block and trafilatura's, a shorter
trafilatura candidate that lost readability's subheadings (the post headings, the key
points) for a paragraph more of prose does not win; key points set in an ``<aside>``
inside the article stay. Each with the ordinary page it must leave as it was."""

from __future__ import annotations

from clipper.extract import extract

URL = "https://www.northern-echo.example/news/live/2026/03/storm-live"
_PROSE = (
    "Crews from the power company were out overnight and said most homes in the valley"
    " would have electricity again by the afternoon, though some farms could wait longer."
)
_KEY_POINTS = (
    "<div class='key-points'><h2>Key points</h2><ul>"
    "<li>About 12,000 homes lost power overnight, mostly in the valley</li>"
    "<li>The A66 is closed between Bowes and Brough</li>"
    "<li>Schools in three districts are shut for the day</li></ul></div>"
)


def _page(posts: str) -> str:
    return (
        "<html><head><title>Storm Ellen live: power cuts and road closures | Northern Echo"
        "</title></head><body><main><div class='live-header'>"
        "<h1>Storm Ellen live: power cuts and road closures</h1>"
        "<p class='live-intro'>Thousands of homes are without power after Storm Ellen brought"
        " gusts of 80mph to the north overnight. Follow the latest here.</p></div>"
        f"{_KEY_POINTS}<div class='live-feed'>{posts}</div></main></body></html>"
    )


def test_a_live_blog_in_divs_keeps_its_key_points_and_its_post_headings() -> None:
    posts = "".join(
        f"<div class='post' id='post-{h}'><span class='post-time'>1{h}:05</span>"
        f"<h3>Update {h}: roads reopen in the north</h3><p>{_PROSE} Road {h} is open.</p></div>"
        for h in range(8)
    )
    text = extract(_page(posts), url=URL).text
    assert "Thousands of homes are without power" in text
    assert "About 12,000 homes lost power overnight" in text
    assert all(f"Update {h}: roads reopen in the north" in text for h in range(8))


def test_an_article_with_its_sections_is_read_as_before() -> None:
    # an ordinary article with two subheadings: the same text, whichever candidate wins
    body = (
        f"<p>{_PROSE}</p><h2>The roads</h2><p>{_PROSE} The A66 will reopen at noon.</p>"
        f"<h2>The schools</h2><p>{_PROSE} Schools open again on Monday.</p>"
    )
    page = (
        "<html><head><title>Power back for most homes | Northern Echo</title></head><body>"
        f"<main><article><h1>Power back for most homes</h1>{body}</article></main></body></html>"
    )
    text = extract(page, url=URL).text
    assert "The roads" in text and "The schools" in text and "Schools open again" in text


def _aside_page(aside: str, sidebar: str = "") -> str:
    posts = "".join(
        f"<div class='post'><h3>Update {h}: roads reopen in the north</h3><p>{_PROSE}</p></div>"
        for h in range(6)
    )
    return (
        "<html><head><title>Storm Ellen live | Northern Echo</title></head><body><main>"
        f"<h1>Storm Ellen live</h1><p>{_PROSE} Follow the latest here.</p>{aside}"
        f"<div class='live-feed'>{posts}</div></main>{sidebar}</body></html>"
    )


def test_key_points_in_an_aside_inside_the_article_stay() -> None:
    points = _KEY_POINTS.replace("<div class='key-points'>", "<aside>").replace(
        "</div>", "</aside>"
    )
    text = extract(_aside_page(points), url=URL).text
    assert "The A66 is closed between Bowes and Brough" in text
    # in German, the label in bold
    points = (
        "<aside><p><b>Das Wichtigste in Kürze</b></p><ul><li>Rund 12.000 Haushalte sind"
        " ohne Strom</li><li>Die A66 ist zwischen Bowes und Brough gesperrt</li></ul></aside>"
    )
    text = extract(_aside_page(points), url=URL).text
    assert "Rund 12.000 Haushalte sind ohne Strom" in text


def test_a_sidebar_or_a_list_of_links_under_the_label_still_goes() -> None:
    links = (
        "<aside><h2>Key events</h2><ul><li><a href='/live#p1'>Power back in the valley</a></li>"
        "<li><a href='/live#p2'>A66 closed at Bowes</a></li></ul></aside>"
    )
    text = extract(_aside_page(links), url=URL).text
    assert "A66 closed at Bowes" not in text
    sidebar = (
        "<aside><h2>Summary</h2><ul><li>Our weekly newsletter sums up the north's news</li>"
        "<li>Delivered every Friday morning to your inbox</li></ul></aside>"
    )
    text = extract(_aside_page("", sidebar=sidebar), url=URL).text
    assert "Delivered every Friday morning" not in text


def test_an_in_brief_box_of_other_news_among_the_paragraphs_goes() -> None:
    # "In brief" over the paper's other short news, set between the story's paragraphs
    others = (
        "<aside class='briefs'><h3>In brief</h3><ul>"
        "<li>The library on Mill Lane will close early on Thursday for a staff meeting.</li>"
        "<li>A charity fun run raised 4,000 pounds for the children's hospice on Sunday.</li>"
        "<li>Bin collections move to Saturday in the week after the bank holiday.</li>"
        "</ul></aside>"
    )
    text = extract(_aside_page(others), url=URL).text
    assert "charity fun run" not in text and "electricity again" in text
    # ...and the story's own points under the same label stay
    own = (
        "<aside><h3>In brief</h3><ul><li>Crews from the power company worked overnight</li>"
        "<li>Most homes in the valley should have electricity by the afternoon</li>"
        "<li>Some farms could wait longer for power</li></ul></aside>"
    )
    text = extract(_aside_page(own), url=URL).text
    assert "Some farms could wait longer for power" in text
