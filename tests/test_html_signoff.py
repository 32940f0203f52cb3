"""A sign-off set as a heading at the body's end stays; furniture headings go (invented pages)."""

from __future__ import annotations

import pytest

from clipper.extract.html.article import extract

_P = (
    "<p>The harbour festival returns this weekend with boats, music and food stalls along "
    "the quay, the organisers said on Monday in a statement to the press.</p>"
    "<p>Tickets are free for children under twelve, and the parade starts at noon from the "
    "old lighthouse on the point, weather permitting.</p>"
)


def _page(tail: str) -> str:
    return (
        "<html><head><title>Harbour festival returns</title></head><body><nav><a href='/'>Home</a>"
        f"</nav><article><h1>Harbour festival returns</h1>{_P}{_P}{tail}</article>"
        "<footer>(c) Gazette</footer></body></html>"
    )


@pytest.mark.parametrize(
    "line", ["Enjoy the boats!", "Stay dry, and see you at the quay", "— The Festival Team"]
)
def test_sign_off_heading_stays(line: str) -> None:
    assert extract(_page(f"<h3>{line}</h3>")).text.endswith(line)


@pytest.mark.parametrize("label", ["Related", "More from us", "Read next"])
def test_furniture_heading_goes(label: str) -> None:
    assert label not in extract(_page(f"<h2>{label}</h2>")).text


def test_teaser_titles_as_headings_go() -> None:
    tail = "<h3>Boats of the north</h3><h3>Sun, sea and sails!</h3>"
    text = extract(_page(tail)).text
    assert "Sun, sea and sails!" not in text
