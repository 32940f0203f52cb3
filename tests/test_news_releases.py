"""A press release's company boilerplate at its end ("About Brightwell" over
"Brightwell is a leading maker of…", forward-looking statements, the media contact),
and the ordinary articles with an "About …" section that must keep it."""

from __future__ import annotations

from clipper.extract import extract

URL = "https://newswire.example/news-releases/brightwell-opens-plant-301234.html"

_RELEASE = (
    "<p>Brightwell Systems, a maker of heat pumps, today announced that it will open a"
    " second plant in Leeds, creating 400 jobs by 2028.</p>"
    "<p>The plant will build the company's new compact heat pump for terraced houses, which"
    " went on sale in Germany last year and will reach British shops in the autumn.</p>"
    "<p>\u201cDemand has doubled in two years,\u201d said chief executive Priya Shah. \u201cWe"
    " need to build closer to our customers, and Leeds has the engineers we need.\u201d</p>"
    "<p>Building work will start in May. The company said it had agreed a loan of 60 million"
    " pounds with Northgate Capital to pay for the site and the first production line.</p>"
)


def _page(tail: str, body: str = _RELEASE) -> str:
    return (
        "<html><head><title>Brightwell Systems to open second plant in Leeds</title></head>"
        "<body><main><article><h1>Brightwell Systems to open second plant in Leeds</h1>"
        f"{body}{tail}</article></main></body></html>"
    )


def test_the_about_sections_and_the_contact_after_them_go() -> None:
    tail = (
        "<p><strong>About Brightwell Systems</strong></p>"
        "<p>Founded in 2004 and based in Halifax, Brightwell Systems makes heat pumps for"
        " homes and small businesses, with 1,200 employees in five countries.</p>"
        "<p><strong>About Northgate Capital</strong></p>"
        "<p>Northgate Capital is an independent lender to manufacturers in the north of"
        " England, founded in 1998 and based in Manchester.</p>"
        "<h3>Forward-looking statements</h3>"
        "<p>This release contains forward-looking statements that involve risks and"
        " uncertainties; actual results may differ.</p>"
        "<p><strong>Media contact:</strong><br>Jane Roe<br>press@brightwell.example</p>"
    )
    text = extract(_page(tail), url=URL).text
    assert "Northgate Capital to pay for the site" in text
    for gone in ("About Brightwell", "1,200 employees", "independent lender", "forward-looking"):
        assert gone not in text
    # the label in bold at the head of its paragraph, in German, naming no company,
    # on a release shown by its contact
    tail = (
        "<p><b>Über das Unternehmen:</b> Brightwell Systems ist ein Hersteller von Wärmepumpen"
        " für Häuser und kleine Betriebe mit 1.200 Beschäftigten.</p>"
        "<p><b>Pressekontakt:</b> Jana Roth, presse@brightwell.example</p>"
    )
    text = extract(_page(tail), url=URL).text
    assert "Wärmepumpen" not in text and "Leeds has the engineers" in text
    # ...or by a wire's dateline opening it, the tail only the "About"
    wired = _RELEASE.replace(
        "<p>Brightwell", "<p>LEEDS, England, Dec. 2, 2026 /Northwire/ -- Brightwell", 1
    )
    tail = (
        "<h3>About Brightwell Systems</h3>"
        "<p>Brightwell Systems makes heat pumps for homes and small businesses, with 1,200"
        " employees in five countries.</p>"
    )
    text = extract(_page(tail, body=wired), url=URL).text
    assert "1,200 employees" not in text and "Leeds has the engineers" in text


def test_an_articles_about_section_stays() -> None:
    # a story's section on a place or a thing, followed by more of the story
    tail = (
        "<h2>About Leeds</h2>"
        "<p>Leeds has grown faster than any other city in the north over the last ten years,"
        " and its universities train more engineers than those of any city but London.</p>"
        "<h2>What the unions say</h2>"
        "<p>The engineering union welcomed the jobs but said it would press for the plant's"
        " workers to be paid at the rate agreed at the company's first site.</p>"
        "<p>Talks with the company are due to start in the summer, a spokesman said.</p>"
    )
    text = extract(_page(tail, body=_RELEASE * 2), url=URL).text
    assert "About Leeds" in text and "Leeds has grown faster" in text
    # "About the author" / "About us": no name, and a section in the story's first part
    tail = (
        "<h2>About the plant</h2>"
        "<p>The plant will stand on the site of the old Kirkstall forge and will be built"
        " to run on electricity from the wind farm the company part-owns.</p>"
    )
    text = extract(_page(tail), url=URL).text
    assert "About the plant" in text and "Kirkstall forge" in text
    short = _RELEASE.split("</p>")[0] + "</p>"
    tail = (
        "<h2>About Brightwell</h2>"
        "<p>Brightwell Systems started in a garage in Halifax in 2004, when two engineers"
        " who had worked on ships' boilers built their first heat pump for a neighbour.</p>"
        "<p>Twenty years on, it sells heat pumps in five countries and employs 1,200 people,"
        " most of them in the north of England, and says it has never made a loss.</p>"
    )
    text = extract(_page(tail, body=short), url=URL).text
    assert "started in a garage in Halifax" in text


def test_a_storys_last_section_headed_by_a_preposition_stays() -> None:
    # "Über Weihnachten" / "Over Easter": a preposition, not "About"; and no release
    story = (
        "<p>The ferry company will run a reduced timetable to the islands from next month"
        " while its two largest ships are overhauled in dry dock at Birkenhead.</p>"
        "<p>Crossings to the north isles will fall from three a day to two, and freight will"
        " be given priority on the early sailings, the company said on Tuesday.</p>"
        "<p>Island councillors said the cuts came at the worst time for hotels and shops,"
        " and asked the government to charter a third ship for the busiest weeks.</p>"
    )
    for label, first in (("Over Easter", "Easter"), ("Über Ostern", "Ostern"),
                         ("About Easter", "Easter")):  # fmt: skip
        tail = (
            f"<h2>{label}</h2>"
            f"<p>{first} weekend sailings will be added on the Friday and the Monday, and"
            " bookings open next week on the company's site and at its offices.</p>"
        )
        text = extract(_page(tail, body=story), url=URL).text
        assert label in text and "bookings open next week" in text
