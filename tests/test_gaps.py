"""Taking back what readability skipped between two parts of the article it kept."""

from __future__ import annotations

from lxml import html as lxml_html

from clipper.extract.html.gaps import fill_gaps as _fill_gaps
from clipper.extract.html.tree import parse_fragment as _parse_fragment

OPENINGS = (
    "The council voted on Tuesday to rebuild the harbour bridge",
    "Engineers had warned for years that the main span was failing",
    "Traffic on the coast road doubled while the bridge stayed shut",
    "The state will pay for two thirds of the work under the deal",
)


def para(n: int) -> str:
    return f"<p>{OPENINGS[n - 1]}, officials said in a statement on the project.</p>"


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
MIDDLE = "Inspectors found the old cables had rusted through in several places."


def fill(tree: lxml_html.HtmlElement, summary: str) -> str:
    """readability's block after the gap stage, as HTML (``summary`` itself if unchanged)."""
    frag = _parse_fragment(summary)
    assert frag is not None
    return lxml_html.tostring(frag, encoding="unicode") if _fill_gaps(tree, frag) else summary


def texts(summary: str) -> list[str]:
    frag = lxml_html.fragment_fromstring(summary, create_parent="div")
    return [" ".join(el.text_content().split()) for el in frag.iter("p", "h2", "blockquote", "li")]


def test_a_section_between_two_kept_parts_comes_back_in_place() -> None:
    got = texts(fill(page(f"<p>{MIDDLE}</p>"), SUMMARY))
    assert got.index(MIDDLE) == 2
    assert len(got) == 5


def test_a_quote_and_a_list_of_sentences_come_back() -> None:
    middle = (
        "<blockquote><p>We have waited long enough for this bridge to be fixed properly.</p>"
        "</blockquote><ul><li>The deck will be replaced in full over the summer months.</li>"
        "<li>Traffic will move to the ferry while the main span is closed.</li></ul>"
    )
    got = " ".join(texts(fill(page(middle), SUMMARY)))
    assert "waited long enough" in got
    assert "ferry while the main span" in got


def test_a_heading_comes_back_only_leading_prose() -> None:
    led = "<h2>What happens next</h2><p>Work starts in March and should take two years.</p>"
    assert "What happens next" in texts(fill(page(led), SUMMARY))
    alone = "<h2>Related coverage</h2>"
    assert fill(page(alone), SUMMARY) == SUMMARY


def test_readers_comments_bios_and_widgets_between_parts_stay_out() -> None:
    for box in ("comments", "author-bio", "related-stories", "widget", "contact"):
        middle = f"<div class='{box}'><p>{MIDDLE}</p></div>"
        assert fill(page(middle), SUMMARY) == SUMMARY, box


def test_link_lists_and_short_labels_stay_out() -> None:
    links = "".join(
        f"<li><a href='/s{i}'>Another story about bridges number {i}</a></li>" for i in range(5)
    )
    assert fill(page(f"<ul>{links}</ul>"), SUMMARY) == SUMMARY
    assert fill(page("<p>Advertisement</p><p>Photo</p>"), SUMMARY) == SUMMARY


def test_nothing_comes_back_from_before_or_after_the_kept_parts() -> None:
    outside = "<p>Sign up for our newsletter to get the morning briefing in your inbox.</p>"
    tree = page("", before=outside, after=outside)
    assert fill(tree, SUMMARY) == SUMMARY


def test_a_pull_quote_of_a_kept_paragraph_is_not_repeated_or_misplaced() -> None:
    # the dropped pull quote repeats paragraph 4; the real gap text must stay after paragraph 2
    quote = f"<blockquote class='pull'>{para(4)}</blockquote>"
    got = texts(fill(page(f"{quote}<p>{MIDDLE}</p>"), SUMMARY))
    assert got.index(MIDDLE) == 2
    assert sum(1 for t in got if t.startswith(OPENINGS[3])) == 1


def test_a_block_readability_kept_but_edited_is_not_taken_back_again() -> None:
    # readability dropped the quote's small heading, so its copy opens differently
    quoted = "Nobody should have to wait three years for a bridge, the mayor said at the meeting."
    tree = page(f"<blockquote><h4>Quote</h4><p>{quoted}</p></blockquote>")
    summary = (
        f"<div>{para(1)}{para(2)}<blockquote><p>{quoted}</p></blockquote>{para(3)}{para(4)}</div>"
    )
    got = texts(fill(tree, summary))
    assert sum(1 for t in got if quoted in t) == 2  # the <blockquote> and its <p>: one quote


def test_the_same_block_twice_in_a_gap_comes_back_once() -> None:
    twice = f"<div class='desktop'><p>{MIDDLE}</p></div><div class='mobile'><p>{MIDDLE}</p></div>"
    got = texts(fill(page(twice), SUMMARY))
    assert got.count(MIDDLE) == 1


def test_links_in_blocks_taken_back_are_tidied() -> None:
    middle = f"<p>{MIDDLE} <a href='  /report.pdf \n '>The report</a> explains why.</p>"
    assert 'href="/report.pdf"' in fill(page(middle), SUMMARY)


def test_text_readability_already_has_is_not_repeated() -> None:
    assert fill(page(para(1)), SUMMARY) == SUMMARY


def test_an_empty_or_unmatched_summary_is_returned_as_it_is() -> None:
    assert _parse_fragment("") is None
    other = "<div><p>Nothing on this page reads like this paragraph at all, anywhere.</p></div>"
    assert fill(page(f"<p>{MIDDLE}</p>"), other) == other


def test_a_gap_the_size_of_another_page_is_left_alone() -> None:
    # Small enough next to what readability kept that only the block cap stops it.
    middle = "".join(f"<p>Note {i}: the crossing is shut for now.</p>" for i in range(501))
    summary = SUMMARY.replace("</div>", "<p>" + "Long report text. " * 2000 + "</p></div>")
    assert fill(page(middle), summary) == summary
