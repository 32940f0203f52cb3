"""Ordinary articles the furniture rules must leave whole (review 3's probes, as invented pages)."""

from __future__ import annotations

from clipper.extract import extract

INTRO = (
    "Nothing beats a bowl of soup after a long walk in the hills, and these are the mountain"
    " huts our readers rated best this winter, from the valley floor to the high pass."
)


def _review(i: int) -> str:
    return (
        f"<h2>Hut number {i}</h2><p>The warden of hut {i} serves barley soup until nine, keeps a"
        " stove lit in the drying room and will phone down to the valley when the snow comes in"
        f" early; the beds in the loft cost twelve euros and booking ahead is wise in March.</p>"
    )


def _listicle(item_class: str) -> str:
    items = "".join(f"<div class='{item_class}'>{_review(i)}</div>" for i in range(1, 7))
    return (
        "<html><head><title>Six mountain huts worth the climb</title></head><body>"
        "<div class='masthead'><a href='/'>Home</a> <a href='/walks'>Walks</a></div>"
        f"<h1>Six mountain huts worth the climb</h1><p class='intro'>{INTRO}</p>{items}"
        "<div class='footer'><a href='/about'>About us</a></div></body></html>"
    )


def test_a_listicles_items_named_with_a_furniture_word_stay() -> None:
    # each item in <div class="pub">: a run of same-named siblings holding paragraphs
    text = extract(_listicle("pub")).text
    for i in range(1, 7):
        assert f"warden of hut {i} serves" in text


def test_a_furniture_word_as_part_of_a_content_name_is_no_furniture() -> None:
    from lxml import html

    from clipper.extract.html.readable import _named_furniture

    for name in ("pub-review", "comment-piece", "bio-rezept", "credit-union"):
        assert not _named_furniture(html.fromstring(f"<div class='{name}'>x</div>"))
    assert _named_furniture(html.fromstring("<div class='related'>x</div>"))


def test_a_named_block_of_links_still_leaves_trafilaturas_view() -> None:
    from lxml import html

    from clipper.extract.html.readable import drop_named_furniture

    links = "".join(
        f"<li><a href='/s/{i}'>Another story about the valley {i}</a></li>" for i in range(5)
    )
    prose = f"<p>{INTRO} {INTRO}</p>"
    root = html.fromstring(
        f"<html><body><div class='story'>{prose}{prose}{prose}</div>"
        f"<div class='related'><ul>{links}</ul></div>"
        f"<div class='comment'><p>{INTRO} {INTRO}</p></div></body></html>"
    )
    drop_named_furniture(root)
    assert "Another story" not in root.text_content()
    # a named block holding prose that is not links is no furniture by its shape
    assert root.text_content().count("Nothing beats") == 8


STEPS = (
    "Cream the soft butter with the brown sugar until the mixture is pale and light.",
    "Beat in one egg and a spoon of vanilla, then sift the flour and salt over the bowl.",
    "Fold in the chopped chocolate and rest the dough in the fridge for half an hour.",
    "Roll the dough into balls the size of a walnut and set them well apart on the tray.",
    "Bake for eleven minutes, until the edges are golden and the middles still soft.",
    "Leave them on the tray for five minutes before moving them to a rack to cool.",
)


def test_a_named_list_of_prose_items_that_is_the_article_stays() -> None:
    # recipe steps in <ol class="cookie-steps">, a listicle in <ul class="recommended-books">
    from clipper.extract.html.clean import clean_body
    from clipper.extract.html.metadata import Metadata

    intro = "<p>These are the soft biscuits the cafe by the quay sells out of by noon.</p>"
    for name in ("cookie-steps", "recommended-books", "steps bio-rezept"):
        items = "".join(f"<li>{s}</li>" for s in STEPS)
        body = clean_body(f"<div>{intro}<ol class='{name}'>{items}</ol></div>", Metadata(), None)
        assert all(s in body.text for s in STEPS), name


def _deck_page(under: str, description: str = "") -> str:
    meta = f"<meta name='description' content='{description}'>" if description else ""
    body = "".join(
        f"<p>Paragraph {i}: the museum's new wing will hold the maritime collection, with two"
        " galleries of models and charts and a workshop where visitors can watch restorers.</p>"
        for i in range(6)
    )
    return (
        f"<html><head><title>Museum wing opens in May | Courier</title>{meta}</head><body>"
        f"<div class='top'><h1>Museum wing opens in May</h1>{under}</div>"
        f"<div class='content'>{body}</div></body></html>"
    )


NOTICES = (
    "Listen to this article. The narration is made by a synthetic voice and may mispronounce names.",
    "This article is more than three years old and some of its facts may be out of date.",
    "Photo: the museum's glass front at dusk, seen from the far side of the river bank.",
    "We may earn a commission when you buy something through the links in this article.",
    "This story was first published in our weekend print edition and has been updated since.",
    "Von unserem Korrespondenten. Der Text ist zuerst in der Samstagsausgabe erschienen.",
    "Cet article a été publié initialement dans notre supplément du dimanche, en avril.",
)


def test_a_notice_under_the_headline_is_no_deck() -> None:
    for notice in NOTICES:
        assert notice[:30] not in extract(_deck_page(f"<p>{notice}</p>")).text, notice


def test_a_deck_under_the_headline_still_comes_back() -> None:
    deck = "The long-awaited wing doubles the space for ship models and opens with free entry."
    assert extract(_deck_page(f"<p>{deck}</p>")).text.startswith(deck)
    # the page's description saying the same is evidence enough
    said = "Picture the wing: ship models, charts and free entry from the first day in May."
    page = _deck_page(f"<p>{said}</p>", description=said)
    assert extract(page).text.startswith(said)


def test_an_images_or_a_videos_microdata_description_is_no_standfirst() -> None:
    caption = "Boats tied up along the museum quay on a bright morning before the opening day."
    for kind in ("ImageObject", "VideoObject", "Person"):
        marked = (
            f"<div itemscope itemtype='https://schema.org/{kind}'>"
            f"<p itemprop='description'>{caption}</p></div>"
        )
        assert caption not in extract(_deck_page(f"<span>{marked}</span>")).text, kind
    own = (
        "<div itemscope itemtype='https://schema.org/NewsArticle'>"
        f"<p itemprop='description'>{caption}</p></div>"
    )
    assert extract(_deck_page(f"<span>{own}</span>")).text.startswith(caption)


def test_furniture_named_by_a_bem_modifier_or_a_script_hook_is_furniture() -> None:
    from clipper.extract.html.clean import names_furniture

    for name in (
        "teaser teaser--related",
        "box box--newsletter",
        "card card--sponsored",
        "js-related-posts",
        "js-ad-slot",
        "js-comments",
    ):
        assert names_furniture(name), name


def test_only_names_of_a_usual_length_are_remembered_across_pages() -> None:
    from clipper.extract.html import furniture, readable

    long_name = "box " + "x" * 5000 + " related"
    cached = furniture._names_furniture_cached
    before = (cached.cache_info(), readable._name_weight_cached.cache_info())
    assert furniture.names_furniture(long_name) is True
    assert readable._name_weight("comment " + "y" * 5000) == -25
    after = (cached.cache_info(), readable._name_weight_cached.cache_info())
    assert [a.currsize for a in after] == [b.currsize for b in before]
    assert furniture.names_furniture("related") is True  # a short name is looked up as before


def test_the_html_and_the_text_hold_the_same_composed_letters() -> None:
    decomposed = "Cafe\u0301 owners by the quay said the re\u0301sume\u0301 of the works was clear."
    art = extract(_deck_page("").replace("<p>Paragraph 0:", f"<p>{decomposed} Paragraph 0:"))
    assert "Caf\u00e9 owners" in art.text and "Caf\u00e9 owners" in art.html
    assert "\u0301" not in art.text and "\u0301" not in art.html
