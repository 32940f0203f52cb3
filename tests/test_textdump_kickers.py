"""The headline twice over a copied article: at the end of the breadcrumb or
after the blog's name on one line, and on its own line under it
(``kickers.py``). The line of its own is the headline.

Every fixture is written for the test; none comes from a corpus page.
"""

from __future__ import annotations

import pytest

from clipper.extract.text.dump import parse_text_dump
from helpers import text_dump

_HEADLINE = "Harbour board backs plan to dredge the northern channel"
_BODY = [
    "The harbour board approved a plan on Monday to dredge the northern channel,"
    " which has silted up so badly that the larger ferries can no longer use it at low tide.",
    "Work is due to begin in the spring and should take about eleven weeks, the board said,"
    " with the channel closed to all traffic at night while the dredger is working.",
    "The cost, put at 4.2 million, will be shared between the board and the regional"
    " government, which has long argued that the ferry link is vital for the islands.",
]


@pytest.mark.parametrize(
    "crumbs",
    [f"Home News {_HEADLINE}", f"Island Blog {_HEADLINE}", f"StartseiteNews{_HEADLINE}"],
)
def test_the_headline_under_a_breadcrumb_ending_with_it(crumbs: str) -> None:
    dump = text_dump(["Home", "News", "Sport"], crumbs, _HEADLINE, "12 March 2026", *_BODY)
    article = parse_text_dump(dump)

    assert article.title == _HEADLINE
    assert all(paragraph in article.text for paragraph in _BODY)


def test_a_deck_under_the_headline_stays_a_deck() -> None:
    deck = "Ferries will keep to the southern channel while the work goes on at night"
    dump = text_dump(["Home", "News", "Sport"], _HEADLINE, deck, "12 March 2026", *_BODY)
    article = parse_text_dump(dump)

    assert article.title == _HEADLINE
