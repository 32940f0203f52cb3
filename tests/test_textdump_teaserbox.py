"""A box of teasers under the article in a copy (issue #14's news copies): a
label, then headline and one-sentence blurb, again. The second teaser stands
under the first one's blurb, not under a label of its own, and the box may run
past the block of prose (a blurb too short to be a paragraph ends the block).

Every fixture is written for the test; none comes from a corpus page.
"""

from __future__ import annotations

from clipper.extract.text.dump import parse_text_dump
from helpers import text_dump

_ARTICLE = [
    "Household energy bills will fall from April after the regulator lowered its price cap for"
    " the second quarter running, cutting the typical annual bill by about a hundred pounds.",
    "The cut reflects lower wholesale gas prices over the winter, which the regulator said had"
    " been helped by mild weather and full storage sites across the continent.",
    "But the daily standing charge for electricity, which households pay regardless of how much"
    " they use, will rise slightly, and charities warned that many would barely notice the cut.",
    "Anyone struggling to pay should contact their supplier, which must offer a payment plan"
    " they can afford, the regulator said in its statement on Friday.",
]
_HEAD = [["News", "Money", "Property", "Sport"], "Energy price cap: bills to fall from April"]
_LAST = "a payment plan they can afford, the regulator said in its statement on Friday."


def test_two_teasers_under_one_label_end_the_article() -> None:
    dump = text_dump(
        *_HEAD,
        *_ARTICLE,
        "Money latest",
        "Mortgage rates fall for fourth week",
        "Lenders cut fixed deals as competition heats up.",
        "Savings deadline: what you need to know",
        "You have until April to use this year's allowance.",
        ["About us", "Contact", "Privacy policy"],
    )
    article = parse_text_dump(dump)

    assert article.text.rstrip().endswith(_LAST)
    assert "Lenders cut" not in article.text and "Money latest" not in article.text


def test_a_teaser_box_that_runs_past_the_block_ends_the_article() -> None:
    dump = text_dump(
        *_HEAD,
        *_ARTICLE,
        "Trending in Money",
        "Snowmobile trail network to expand",
        "The county approved forty new miles of trails.",
        "Mora Falls bakery wins state award",
        "Its cardamom buns took first prize.",
        ["Contact", "Follow us: Facebook Instagram"],
    )
    article = parse_text_dump(dump)

    assert article.text.rstrip().endswith(_LAST)
    assert "Snowmobile" not in article.text and "Trending in Money" not in article.text


def test_the_articles_closing_sections_under_subheadings_stay() -> None:
    # The ordinary article: its own last sections, a subheading over a paragraph.
    closing = [
        "What happens next",
        "Suppliers must write to customers",
        "Every supplier must tell its customers what the new cap means for their own tariff at"
        " least a month before it applies, and most will do so by e-mail.",
        "Fixed deals may change",
        "Some suppliers are expected to cut the price of their fixed deals too, though the"
        " regulator said it could not say when or by how much.",
    ]
    dump = text_dump(*_HEAD, *_ARTICLE, *closing, ["About us", "Contact", "Privacy policy"])
    article = parse_text_dump(dump)

    for line in closing[1:]:
        assert line in article.text
