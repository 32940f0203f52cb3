"""Body rules on small pages written for them: what comes back, what goes (issue #14)."""

from __future__ import annotations

from clipper.extract import extract

BODY = "".join(
    f"<p>{s} The committee met again on Thursday and heard from engineers, residents and the"
    " two companies bidding for the contract, each given ten minutes to speak.</p>"
    for s in (
        "The first hearing opened with the mayor's statement.",
        "Residents of the old quarter asked for the work to be done at night.",
        "The engineers' report put the cost at twice the first estimate.",
        "A decision is now expected before the end of the month.",
    )
)


def page(header: str, body: str = BODY, after: str = "") -> str:
    return (
        "<html><head><title>Harbour bridge repairs to start in spring</title></head><body>"
        f"<header><h1>Harbour bridge repairs to start in spring</h1>{header}</header>"
        f"<div class='story'>{body}</div>{after}</body></html>"
    )


STANDFIRST = "The city will close the harbour bridge for six months from March while its cables are replaced."


def test_a_standfirst_in_the_header_comes_back_in_front_of_the_body() -> None:
    art = extract(page(f"<div class='article-intro'><p>{STANDFIRST}</p></div>"))
    assert art.text.startswith(STANDFIRST)
    assert art.text.count(STANDFIRST) == 1
    assert "engineers' report" in art.text


def test_a_standfirst_named_otherwise_or_in_a_menu_stays_out() -> None:
    plain = extract(page(f"<div class='box'><p>{STANDFIRST}</p></div>"))
    assert STANDFIRST not in plain.text  # not named as a lead: the header is the page's
    menu = extract(page(f"<nav><p class='teaser'>{STANDFIRST}</p></nav>"))
    assert STANDFIRST not in menu.text
    teaser_list = extract(page(f"<ul><li class='teaser'>{STANDFIRST}</li></ul>"))
    assert STANDFIRST not in teaser_list.text


def test_a_lead_after_the_body_stays_out() -> None:
    art = extract(page("", after=f"<div class='teaser'><p>{STANDFIRST}</p></div>"))
    assert STANDFIRST not in art.text
