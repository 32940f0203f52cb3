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
    # the label in bold at the head of its paragraph, in German
    tail = (
        "<p><b>Über Brightwell:</b> Brightwell Systems ist ein Hersteller von Wärmepumpen"
        " für Häuser und kleine Betriebe mit 1.200 Beschäftigten.</p>"
    )
    text = extract(_page(tail), url=URL).text
    assert "Wärmepumpen" not in text and "Leeds has the engineers" in text


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
