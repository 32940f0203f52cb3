"""The next story appended inside the article's own container (infinite scroll): nested in
its <article>, in a block after its body, or flat under a second headline; each with the
article's own parts it must leave as they were."""

from __future__ import annotations

from lxml import html

from clipper.extract import extract
from clipper.extract.html.appended import drop_appended_stories

_TITLE = "Harbour bridge to close"
_HEAD = f"<h1>{_TITLE}</h1><p>By Ann Lee, 2 March 2026</p>"
_FIRST = "".join(
    f"<p>{p}</p>"
    for p in (
        "The council voted on Tuesday to close the old harbour bridge to all traffic until"
        " repairs are made, after engineers found corrosion in the main beams.",
        "Drivers will have to use the ring road, which adds about ten minutes to a trip into"
        " the centre at peak times, the council said in a statement.",
        "Repairs are expected to take at least eight months and will cost around four million"
        " pounds, most of it from the national roads fund.",
    )
)
_NEXT = "".join(
    f"<p>Paragraph {i} of the next story says at length that the club signed a striker"
    " from a rival for a record fee this summer, and the fans are delighted.</p>"
    for i in range(6)
)
_OTHER = "Club signs a record striker"


def _page(body: str) -> str:
    return (
        f"<html><head><title>{_TITLE} | The Courier</title></head><body>"
        f"<div class='menu'><a href='/'>Home</a></div>{body}"
        "<div class='footer'><a href='/about'>About us</a></div></body></html>"
    )


def _kept(page: str) -> str:
    text = extract(page, url="https://courier.example/harbour").text
    assert "corrosion in the main beams" in text  # the article stays whole
    assert "Repairs are expected" in text
    return text


def test_a_story_appended_inside_the_articles_own_article_goes() -> None:
    nested = (
        f"<article class='post'><h1>{_OTHER}</h1><div class='meta'>By Bob Ray · 1 March"
        f" 2026</div><div class='entry'>{_NEXT}</div></article>"
    )
    for page in (
        # after the article's body, in its <article>
        _page(f"<article class='post'>{_HEAD}<div class='entry'>{_FIRST}</div>{nested}</article>"),
        # at the end of the body's own block
        _page(f"<article class='post'>{_HEAD}<div class='entry'>{_FIRST}{nested}</div></article>"),
    ):
        assert "next story" not in _kept(page)


def test_a_story_in_an_article_after_a_story_in_plain_blocks_goes() -> None:
    # the article in <div>s, the next story the page's one <article>: readability prefers
    # it; headed a rank lower, it is dated and an <article> of its own
    page = _page(
        f"<div class='main'><div class='art'>{_HEAD}<div class='txt'>{_FIRST}</div></div>"
        f"<div class='more'><article class='item'><h2>{_OTHER}</h2><div class='d'>01.03.2026"
        f"</div><div class='body'>{_NEXT}</div></article></div></div>"
    )
    assert "next story" not in _kept(page)


def test_a_flat_page_of_two_stories_under_two_headlines_keeps_the_first() -> None:
    for second in (
        f"<h1>{_OTHER}</h1><p>By Bob Ray, 1 March 2026</p>",  # signed in words
        f"<div class='sep'>Next article</div><h1>{_OTHER}</h1>",  # announced
    ):
        page = _page(f"<div class='content'>{_HEAD}{_FIRST}{second}{_NEXT}</div>")
        assert "next story" not in _kept(page), second
    h2 = _page(
        f"<div class='content'><h2>{_TITLE}</h2><p class='byline'>Ann Lee</p>{_FIRST}"
        f"<h2>{_OTHER}</h2><p class='byline'>Bob Ray</p><time>1 March 2026</time>{_NEXT}</div>"
    )
    assert "next story" not in _kept(h2)


def test_a_block_with_an_address_of_its_own_is_the_next_story() -> None:
    page = _page(
        f"<div class='feed'><div class='art' data-url='/news/harbour'>{_HEAD}{_FIRST}</div>"
        f"<div class='art' data-url='/sport/striker'><h2>{_OTHER}</h2><p>1 March 2026</p>"
        f"{_NEXT}</div></div>"
    )
    assert "next story" not in _kept(page)


def test_the_articles_own_parts_under_headlines_stay() -> None:
    for second in (
        # a subheading, a rank lower, signed once (a date, a byline) or not at all
        "<h2>What the drivers said next</h2><p>Updated 2 March 2026</p>",
        "<h2>What the drivers said next</h2><span class='author'>Ann Lee</span>",
        "<h1>What the drivers said next</h1><p>From the archive</p>",
        # the same address as the article's block: a part of it
        "<div data-url='/news/harbour'><h2>What the drivers said next</h2><p>2 March 2026</p>",
    ):
        closing = "</div>" if second.startswith("<div") else ""
        page = _page(
            f"<div class='content' data-url='/news/harbour'>{_HEAD}{_FIRST}{second}{_NEXT}"
            f"{closing}</div>"
        )
        root = html.fromstring(page)
        drop_appended_stories(root, _TITLE)
        assert "Paragraph 5 of the next story" in root.text_content(), second


def test_a_run_of_signed_posts_after_the_summary_stays() -> None:
    posts = "".join(
        f"<article class='post'><h2>Update {i} on the club's new signing</h2>"
        f"<time>1{i}:00</time>{_NEXT}</article>"
        for i in range(4)
    )
    root = html.fromstring(_page(f"<main>{_HEAD}{_FIRST}{posts}</main>"))
    drop_appended_stories(root, _TITLE)
    assert len(root.findall(".//article")) == 4
