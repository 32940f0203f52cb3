"""Taking back what readability skipped between two parts of the article it kept."""

from __future__ import annotations

from lxml import html as lxml_html

from clipper.extract import _fill_gaps

PARA = "The council voted on Tuesday to rebuild the harbour bridge before next winter, {}."


def para(n: int) -> str:
    return f"<p>{PARA.format(f'said official number {n}')}</p>"


def page(middle: str, *, before: str = "", after: str = "") -> lxml_html.HtmlElement:
    return lxml_html.document_fromstring(
        f"<html><body>{before}<article><div class='story'>"
        f"<section><div>{para(1)}{para(2)}</div></section>"
        f"<section><div>{middle}</div></section>"
        f"<section><div>{para(3)}{para(4)}</div></section>"
        f"</div></article>{after}</body></html>"
    )


# What readability kept of the page: the first and last sections.
SUMMARY = f"<div>{para(1)}{para(2)}{para(3)}{para(4)}</div>"


def texts(summary: str) -> list[str]:
    frag = lxml_html.fragment_fromstring(summary, create_parent="div")
    return [" ".join(el.text_content().split()) for el in frag.iter("p", "h2", "blockquote", "li")]


def test_a_section_between_two_kept_parts_comes_back_in_place() -> None:
    middle = "<p>Engineers said the old cables had rusted through in several places.</p>"
    got = texts(_fill_gaps(page(middle), SUMMARY))
    assert got.index("Engineers said the old cables had rusted through in several places.") == 2
    assert len(got) == 5


def test_a_quote_and_a_list_of_sentences_come_back() -> None:
    middle = (
        "<blockquote><p>We have waited long enough for this bridge to be fixed properly.</p>"
        "</blockquote><ul><li>The deck will be replaced in full over the summer months.</li>"
        "<li>Traffic will move to the ferry while the main span is closed.</li></ul>"
    )
    got = " ".join(texts(_fill_gaps(page(middle), SUMMARY)))
    assert "waited long enough" in got
    assert "ferry while the main span" in got


def test_a_heading_comes_back_only_leading_prose() -> None:
    led = "<h2>What happens next</h2><p>Work starts in March and should take two years.</p>"
    assert "What happens next" in texts(_fill_gaps(page(led), SUMMARY))
    alone = "<h2>Related coverage</h2>"
    assert _fill_gaps(page(alone), SUMMARY) == SUMMARY


def test_readers_comments_and_bios_between_parts_stay_out() -> None:
    for box in ("comments", "author-bio", "related-stories"):
        middle = f"<div class='{box}'><p>I have crossed this bridge every day for twenty years.</p></div>"
        assert _fill_gaps(page(middle), SUMMARY) == SUMMARY, box


def test_link_lists_and_short_labels_stay_out() -> None:
    links = "".join(
        f"<li><a href='/s{i}'>Another story about bridges number {i}</a></li>" for i in range(5)
    )
    assert _fill_gaps(page(f"<ul>{links}</ul>"), SUMMARY) == SUMMARY
    assert _fill_gaps(page("<p>Advertisement</p><p>Photo</p>"), SUMMARY) == SUMMARY


def test_nothing_comes_back_from_before_or_after_the_kept_parts() -> None:
    outside = "<p>Sign up for our newsletter to get the morning briefing in your inbox.</p>"
    tree = page("", before=outside, after=outside)
    assert _fill_gaps(tree, SUMMARY) == SUMMARY


def test_text_readability_already_has_is_not_repeated() -> None:
    # a pull quote repeating a kept sentence
    middle = f"<p>{PARA.format('said official number 1')}</p>"
    assert _fill_gaps(page(middle), SUMMARY) == SUMMARY


def test_an_empty_or_unmatched_summary_is_returned_as_it_is() -> None:
    assert _fill_gaps(page("<p>x</p>"), "") == ""
    other = "<div><p>Nothing on this page reads like this paragraph at all, anywhere.</p></div>"
    assert _fill_gaps(page("<p>Engineers said the cables had rusted.</p>"), other) == other


def test_a_gap_the_size_of_another_page_is_left_alone() -> None:
    middle = "".join(
        f"<p>Paragraph {i} of something else entirely, long enough to read as prose.</p>"
        for i in range(600)
    )
    assert _fill_gaps(page(middle), SUMMARY) == SUMMARY
