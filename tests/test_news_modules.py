"""Page modules known by name and confirmed by shape (clipper.extract.html.modules): a
photo gallery's slides and controls, a reader poll, a caption set as a block of its
own; each with the ordinary page it must leave as it was."""

from __future__ import annotations

from clipper.extract import extract

URL = "https://www.lakeside-post.example/local/2026/04/market-hall"

_PARAS = (
    "<p>The old market hall on Quay Street will reopen in June as a covered food market,"
    " the council said on Tuesday, after two years of repairs to its iron roof.</p>"
    "<p>Twenty stalls will be let to local traders at a lower rent for the first year,"
    " and the hall will stay open until ten on Fridays and Saturdays.</p>"
    "<p>Traders who want a stall can apply until the end of April; the council will"
    " choose them in May with the help of the market traders' association.</p>"
)


def _page(module: str, more: str = "") -> str:
    paras = _PARAS.split("</p>")
    return (
        "<html><head><title>Market hall to reopen | Lakeside Post</title></head><body><main>"
        "<h1>Market hall to reopen</h1><div class='story-text'>"
        f"{paras[0]}</p>{module}{paras[1]}</p>{paras[2]}</p>{more}"
        "</div></main></body></html>"
    )


def test_a_named_gallery_goes_from_the_text_its_captions_kept_apart() -> None:
    gallery = (
        "<div class='fotogalerie' data-slides='8'>"
        "<div class='fotogalerie__slide'><img src='/g/1.jpg' alt=''>"
        "<p class='fotogalerie__text'>The iron roof during the repairs last winter.</p></div>"
        "<div class='fotogalerie__slide'><img src='/g/2.jpg' alt=''>"
        "<p class='fotogalerie__text'>Stalls being fitted in the east aisle.</p></div>"
        "<div class='fotogalerie__nav'><span>1 / 8</span> <a href='#next'>Next</a></div></div>"
    )
    article = extract(_page(gallery), url=URL)
    assert "iron roof during the repairs" not in article.text
    assert "1 / 8" not in article.text
    assert "Twenty stalls will be let" in article.text
    assert "The iron roof during the repairs last winter." in article.captions


def test_a_gallery_that_tells_the_story_stays() -> None:
    # a photo story: the slides hold the article's paragraphs, longer than captions
    slide = (
        "<div class='slide'><img src='/g/{n}.jpg' alt=''><p>Photograph {n}: the hall's"
        " traders spent the spring carrying their stock in by hand because the loading bay"
        " was still closed, and several of them said the long weeks of work had been worth"
        " it once the first customers came through the doors on the opening morning.</p></div>"
    )
    gallery = "<div class='gallery'>" + "".join(slide.format(n=n) for n in range(3)) + "</div>"
    article = extract(_page(gallery), url=URL)
    assert "Photograph 1: the hall's traders" in article.text


def test_a_carousel_of_steps_stays() -> None:
    # a how-to's steps in a carousel: a picture and a sentence of prose per slide (the
    # gallery's short captions above still go)
    steps = (
        "Sand the old paint off the frame until the wood underneath feels smooth again.",
        "Fill the cracks with a flexible filler and leave it to dry for a full day.",
        "Paint two thin coats rather than one thick one, letting each dry overnight.",
    )
    slides = "".join(
        f"<div class='carousel-slide'><img src='/s/{n}.jpg' alt=''><p>{t}</p></div>"
        for n, t in enumerate(steps)
    )
    module = f"<div class='how-to carousel'><div class='carousel-track'>{slides}</div></div>"
    article = extract(_page(module, _PARAS), url=URL)
    for step in steps:
        assert step in article.text


def test_a_reader_poll_goes_and_an_article_about_a_poll_stays() -> None:
    poll = (
        "<div class='umfrage'><p class='umfrage__frage'>Will you shop at the new market?</p>"
        "<button>Yes</button><button>No</button><p class='umfrage__count'>1,204 votes</p></div>"
    )
    article = extract(_page(poll), url=URL)
    assert "Will you shop at the new market?" not in article.text
    assert "1,204 votes" not in article.text
    # the article's own poll figures, set in a block named for them, are its text
    figures = (
        "<div class='poll-results'><p>In the council's survey, 61 per cent of the 2,300"
        " people asked said they would shop at the market at least once a month.</p></div>"
    )
    article = extract(_page(figures), url=URL)
    assert "61 per cent of the 2,300" in article.text


def test_a_caption_block_joins_the_captions_and_a_paragraph_named_otherwise_stays() -> None:
    picture = (
        "<img src='/p/hall.jpg' alt='The hall'><div class='ArticleImage_caption__x1Yz'>"
        "The market hall from Quay Street. (Lakeside Post)</div>"
    )
    article = extract(_page(picture), url=URL)
    assert "The market hall from Quay Street" not in article.text
    assert any("The market hall from Quay Street" in c for c in article.captions)
    # a short paragraph of the story beside a picture, with no caption's name, stays
    plain = (
        "<img src='/p/hall.jpg' alt='The hall'>"
        "<p class='lead-in'>The market hall from Quay Street is the town's oldest.</p>"
    )
    article = extract(_page(plain), url=URL)
    assert "The market hall from Quay Street is the town's oldest." in article.text


def test_a_named_dateline_goes_and_a_lead_paragraph_named_so_stays() -> None:
    lead = (
        "<p><span class='dateline'>LAKESIDE, April 2 (Lake Press) -</span> The old market"
        " hall will reopen as a covered food market, the council said, and its clock tower"
        " will be lit again at night for the first time since the war.</p>"
    )
    text = extract(_page(lead), url=URL).text
    assert "The old market hall will reopen as a covered food market" in text
    assert "Lake Press" not in text and "LAKESIDE" not in text
    # a whole paragraph named as the dateline holds the lead: it stays
    lead = (
        "<p class='dateline'>LAKESIDE - The old market hall will reopen as a covered food"
        " market in June, the council said on Tuesday.</p>"
    )
    text = extract(_page(lead), url=URL).text
    assert "LAKESIDE - The old market hall will reopen" in text


_STORY = [
    "Hotel managers told an online forum this week that rooms are cleaned to a schedule"
    " rather than a standard, and that guests should not assume the glasses were washed.",
    "Several said the bedspread is the item changed least often, sometimes only once a"
    " month, while the sheets under it are changed for every new guest who checks in.",
    "One manager said the best advice was to ask for a room on a higher floor, where the"
    " housekeeping teams start their rounds in the morning before they are tired out.",
    "The industry body said standards vary widely between chains and independent hotels,"
    " and that it was working on a voluntary code that members could sign up to next year.",
    "Guests who find a room below standard should complain at the desk at once, it added,"
    " because most hotels will move them or refund the night if they are told in time.",
]


def _slides(n: int) -> str:
    return "".join(
        f"<li><h2><span class='counter'>{k}/{n}</span> Market story number {k}</h2>"
        f"<p>Shares in company {k} rose sharply on Tuesday after it reported record profits"
        " for the third quarter, beating the forecasts of every analyst.</p>"
        "<p class='credits'>Agency photo</p></li>"
        for k in range(1, n + 1)
    )


def test_a_counted_slideshow_beside_the_story_goes_however_long() -> None:
    page = (
        "<html><head><title>Hotel bosses spill the beans | The Daily</title></head><body>"
        "<article><h1>Hotel bosses spill the beans</h1>"
        + "".join(f"<p>{p}</p>" for p in _STORY)
        + f"<div class='full-gallery'><h3>Business in pictures</h3><ul>{_slides(30)}</ul></div>"
        "</article></body></html>"
    )
    text = extract(page).text
    assert all(p[:40] in text for p in _STORY)
    assert "Market story number" not in text and "record profits" not in text


def test_a_photo_story_of_counted_slides_stays() -> None:
    page = (
        "<html><head><title>The year in markets | The Daily</title></head><body>"
        "<article><h1>The year in markets</h1>"
        f"<div class='gallery'><ul>{_slides(8)}</ul></div></article></body></html>"
    )
    assert "Market story number 5" in extract(page).text
