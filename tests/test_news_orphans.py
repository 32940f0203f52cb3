"""A subheading left with no section under it at the body's end, once the furniture under
it went (a related list's label, "Cet article vous a plu ?"), and the last sections that
keep theirs."""

from __future__ import annotations

from test_news_releases import URL, _page

from clipper.extract import extract


def test_a_heading_left_with_nothing_under_it_at_the_end_goes() -> None:
    # its list of links went as furniture; a label in any language, so found by place
    tail = (
        "<h3>Lisez aussi</h3><ul class='links'><li><a href='/news/a'>Plant opens</a></li>"
        "<li><a href='/news/b'>Jobs fair</a></li><li><a href='/news/c'>Loan agreed</a></li></ul>"
    )
    text = extract(_page(tail), url=URL).text
    assert "Lisez aussi" not in text and "first production line" in text
    # a last section with its paragraph stays, and so does a heading over a picture
    tail = (
        "<h3>What happens next</h3><p>Building work will start in May and the first heat"
        " pumps should leave the plant before the end of next year.</p>"
    )
    text = extract(_page(tail), url=URL).text
    assert "What happens next" in text
    tail = "<h3>The site from the air</h3><p><img src='/site.jpg' alt='The site'></p>"
    article = extract(_page(tail), url=URL)
    assert "The site from the air" in article.text
