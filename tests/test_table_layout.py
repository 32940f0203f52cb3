"""A page laid out in one table (issue #14): the article's cell is the article, the
menus, ads and notices in the cells and rows beside it are not; a data table stays."""

from __future__ import annotations

from lxml import html

from clipper.extract import extract
from clipper.extract.html.layout import drop_layout_cells

URL = "https://weekly.example/story.php?id=7"
LINES = [
    "The ferry between the two islands will sail twice a day again from May, after the"
    " harbour board agreed to pay for a second crew.",
    "Islanders had collected more than two thousand signatures since the winter timetable"
    " cut the evening crossing, which many used to get home from work.",
    "The board's treasurer said the extra crossing would cost about forty thousand a year,"
    " paid partly from the car deck fares.",
    "A survey of the boat's engine is planned for April, and the first evening sailing is"
    " expected on the second of May.",
]


def _layout(article: str, side: str) -> str:
    menu = " | ".join(f"<a href='/{w}.php'>{w.title()}</a>" for w in ("home", "isles", "boats"))
    return (
        "<html><head><title>Evening ferry returns in May</title></head><body>"
        "<table width='100%'>"
        f"<tr><td colspan='3'><font size='2'>{menu}</font></td></tr>"
        "<tr><td colspan='3'><font size='1'>Tide at noon: 2.1 m. Wind west, force 4.</font></td>"
        "</tr><tr>"
        "<td width='150'><b>Parts</b><br><a href='/a.php'>Harbour</a><br>"
        "<a href='/b.php'>Weather</a><br><a href='/c.php'>Letters</a></td>"
        f"<td><table cellpadding='6'><tr><td>{article}</td></tr></table></td>"
        f"<td width='150'>{side}</td></tr>"
        "<tr><td colspan='3'><font size='1'>(c) 1999-2026 Isles Weekly</font></td></tr>"
        "</table></body></html>"
    )


def _article() -> str:
    return "<font face='Georgia'>" + "<br><br>".join(LINES) + "</font>"


def _side() -> str:
    return "<b>Read most</b><br>" + "<br>".join(
        f"<a href='/story.php?id={i}'>Lighthouse keeper {i} retires at last</a>" for i in range(3)
    )


def test_the_cells_beside_a_layouts_article_cell_go() -> None:
    text = extract(_layout(_article(), _side()), url=URL).text
    assert text.startswith("The ferry between the two islands")
    assert text.rstrip().endswith("second of May.")
    for chrome in ("Harbour", "Lighthouse keeper", "Tide at noon", "Isles Weekly", "Boats"):
        assert chrome not in text


def test_a_side_cell_of_prose_and_a_data_table_stay() -> None:
    second = (
        "The harbour master added that the new crew would be trained on the older boat first,"
        " so that the spring crossings keep running while the survey is done, and that the"
        " board would look again at the winter timetable in the autumn."
    )
    root = html.fromstring(_layout(_article(), second))
    drop_layout_cells(root)
    assert "harbour master added" in root.text_content()
    assert "Lighthouse" not in root.text_content() and "Tide at noon" not in root.text_content()
    # a data table in an article: no cell holds most of the page's text; nothing goes
    rows = "".join(f"<tr><td>Crossing {i}</td><td>08:{i}0</td></tr>" for i in range(6))
    page = "<html><body>" + "".join(f"<p>{line}</p>" for line in LINES) + f"<table>{rows}</table>"
    root = html.fromstring(page + "</body></html>")
    drop_layout_cells(root)
    assert len(root.findall(".//td")) == 12
