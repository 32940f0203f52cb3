"""The second body candidate (trafilatura's extractor), the choice between the two,
and the page preparation both candidates share (extract/html/candidates.py, readable.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import html as lxml_html

from clipper.errors import NotAnArticle
from clipper.extract.html import readable, rules
from clipper.extract.html.article import extract
from clipper.extract.html.candidates import choose
from clipper.extract.html.clean import Body
from clipper.extract.html.metadata import Metadata

HTML = Path(__file__).resolve().parent / "fixtures" / "html"

SENTENCE = "The council agreed on Tuesday to keep the harbour open through the winter months."


def page(name: str) -> str:
    return (HTML / name).read_text(encoding="utf-8")


def body(*paragraphs: str) -> Body:
    return Body(html="", text="\n\n".join(paragraphs), captions=(), lead=paragraphs[0])


def test_an_introduction_apart_from_the_steps_is_kept() -> None:
    # readability keeps the steps' block only; trafilatura's candidate has both parts
    text = extract(page("two_part_guide.html")).text
    assert "A starter is a living culture of flour and water" in text
    assert "Most starters that fail are simply underfed" in text
    assert "Discard all but a tablespoon of the starter" in text
    assert "feed it once more, close the jar" in text
    assert "Shop our jars" not in text and "Bakehouse Notes" not in text


def test_json_ld_article_body_decides_between_the_candidates() -> None:
    ld = " ".join([SENTENCE] * 3 + ["Ferries will run four times a day instead of six."] * 3)
    ours = body(SENTENCE, SENTENCE, SENTENCE)
    theirs = body(SENTENCE, "Ferries will run four times a day instead of six.")
    assert choose(ours, theirs, Metadata(article_body=ld)).text == theirs.text
    # without it, readability's longer body stands
    assert choose(ours, theirs, Metadata()) is ours


def test_a_much_longer_candidate_wins_and_a_much_shorter_one_loses() -> None:
    short = body(SENTENCE)
    long = body(
        SENTENCE, SENTENCE.replace("harbour", "ferry"), SENTENCE.replace("winter", "spring")
    )
    assert len(long.text) >= rules.CANDIDATE_LONGER * len(short.text)
    assert choose(short, long, Metadata()).text == long.text
    assert choose(long, short, Metadata()) is long


def test_of_two_as_long_the_one_with_more_prose_wins() -> None:
    prose = body(SENTENCE, SENTENCE.replace("harbour", "swimming pool"))
    furniture = body(
        SENTENCE, "Share this", "Read more", "Newsletter", "Follow us", "Comments (3)", "Print"
    )
    ratio = len(prose.text) / len(furniture.text)
    assert rules.CANDIDATE_SHORTER <= ratio < rules.CANDIDATE_LONGER
    assert choose(furniture, prose, Metadata()).text == prose.text
    assert choose(prose, furniture, Metadata()) is prose


def test_a_candidate_that_ran_the_paragraphs_together_loses() -> None:
    ours = body(SENTENCE, SENTENCE, SENTENCE, SENTENCE)
    theirs = body(" ".join([SENTENCE] * 4) + " And more.")
    assert choose(ours, theirs, Metadata()) is ours


def test_choosing_trafilatura_keeps_readabilitys_lead() -> None:
    lead = SENTENCE.replace("harbour", "lido")
    ours = body(lead)
    theirs = body(
        "An introduction readability missed, long enough to be prose here.", lead, SENTENCE
    )
    chosen = choose(ours, theirs, Metadata())
    assert chosen.text == theirs.text and chosen.lead == lead


def test_an_index_of_links_is_no_candidate() -> None:
    links = "".join(
        f'<li><a href="/s/{i}">Headline number {i} of the day</a></li>' for i in range(60)
    )
    with pytest.raises(NotAnArticle):
        extract(f"<html><body><ul>{links}</ul></body></html>")


def test_a_lone_heading_is_no_candidate() -> None:
    with pytest.raises(NotAnArticle):
        extract("<html><body><h1>Sign in to continue</h1><form><input></form></body></html>")


def test_an_article_the_parser_nested_in_the_menu_is_kept() -> None:
    # an unclosed <li> makes lxml put <main> inside <nav>, which is dropped as furniture
    art = extract(page("article_inside_menu.html"))
    assert art.text.startswith("The island ferry will run four crossings a day")
    assert "review the timetable in February" in art.text
    assert "\n\n" in art.text  # its paragraphs, not one run-together line


def test_a_post_written_in_a_template_script_is_read() -> None:
    text = extract(page("post_in_template.html")).text
    assert "Version 3.2 of the command-line tools is out today" in text
    assert "one JSON object per line" in text
    assert "Archive" not in text


def test_template_scripts_stop_at_the_element_budget(monkeypatch: pytest.MonkeyPatch) -> None:
    from clipper.extract.html import readable

    monkeypatch.setattr(readable, "MAX_HTML_ELEMENTS", 2)
    html = page("post_in_template.html")
    root = readable.lxml_html.document_fromstring(html)
    readable._open_templates(root)
    # the template holds more elements than the budget: it stays a script
    assert root.find(".//script") is not None


def test_a_page_a_browser_shows_without_javascript_is_read() -> None:
    # the whole page sits in <noscript>: what the reader sees with scripts off
    text = extract(page("page_in_noscript.html")).text
    assert "Il censimento degli orsi nel Parco si è concluso a ottobre" in text
    assert "la tutela dei corridoi tra le aree protette" in text


def test_a_short_noscript_notice_stays_out() -> None:
    notice = "<noscript><p>Please enable JavaScript to use the comment form.</p></noscript>"
    html = page("two_part_guide.html").replace("<footer>", notice + "<footer>")
    assert "enable JavaScript" not in extract(html).text


def test_a_post_that_is_mostly_links_with_notes_is_an_article() -> None:
    items = "".join(
        f'<li><p><a href="https://example.org/{i}">Story number {i} worth reading today</a></p>'
        f"<p>via Example News, with a short note on why story {i} matters here.</p></li>"
        for i in range(8)
    )
    html = (
        f"<html><body><article><h1>Links of the week</h1><ul>{items}</ul></article></body></html>"
    )
    text = extract(html).text
    assert "Story number 0 worth reading today" in text and "via Example News" in text


def test_a_page_of_more_elements_than_any_article_gets_readability_alone(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from clipper.extract.html import candidates

    called: list[bool] = []
    monkeypatch.setattr(candidates, "trafilatura_html", lambda *a: called.append(True))
    monkeypatch.setattr(rules, "CANDIDATE_MAX_ELEMENTS", 10)
    extract(page("two_part_guide.html"))
    assert called == []
    monkeypatch.setattr(rules, "CANDIDATE_MAX_ELEMENTS", 5000)
    extract(page("two_part_guide.html"))
    assert called == [True]


def test_trafilaturas_links_resolve_against_the_page_not_the_site() -> None:
    from lxml import html as lxml_html

    from clipper.extract.html.candidates import trafilatura_body

    paragraph = (
        f"<p>{SENTENCE} See <a href='#note-1'>the first note</a> and "
        f"<a href='minutes.html'>the minutes of the meeting</a>.</p>"
    )
    root = lxml_html.document_fromstring(
        f"<html><body><article>{paragraph * 4}</article></body></html>"
    )
    found = trafilatura_body(root, Metadata(), "https://news.example/town/harbour.html")
    assert found is not None
    assert 'href="https://news.example/town/harbour.html#note-1"' in found.html
    assert 'href="https://news.example/town/minutes.html"' in found.html


def test_a_template_script_holding_data_stays_out() -> None:
    # a component's data (JSON with its caption as escaped HTML), not markup for the reader
    data = (
        '<script type="text/template"><![CDATA[ {"type":"Image","data":{"caption":'
        '"<p>The pier at dawn.<\\/p>\\n","width":480}} ]]></script>'
    )
    html = page("two_part_guide.html").replace("<footer>", data + "<footer>")
    text = extract(html).text
    assert '"type"' not in text and "width" not in text
    assert "The pier at dawn" not in text


def test_a_template_wrapped_in_cdata_is_still_read() -> None:
    html = page("post_in_template.html").replace(
        '<script type="text/template">', '<script type="text/template"><![CDATA['
    )
    assert "<![CDATA[" in html
    assert "Version 3.2 of the command-line tools is out today" in extract(html).text


def test_which_template_scripts_are_opened() -> None:
    from clipper.extract.html.readable import _is_markup

    assert _is_markup("<p>The post.</p>")
    assert _is_markup("<!--<![CDATA[ <p>The post.</p> ]]>-->")
    assert _is_markup("{{#each posts}}<article>{{title}}</article>{{/each}}")
    assert not _is_markup("document.querySelector('html').addEventListener('ready', go);")
    assert not _is_markup('<![CDATA[ {"type": "Image", "data": {}} ]]>')
    assert not _is_markup('[{"id": 1}]')
    assert not _is_markup("  <![CDATA[ ]]> ")


def test_trafilaturas_settings_are_made_once_and_no_page_changes_them() -> None:
    from lxml import html as lxml_html

    from clipper.extract.html.candidates import _trafilatura_options, trafilatura_html

    def settings() -> dict[str, object]:
        return {name: getattr(options, name) for name in type(options).__slots__}

    options = _trafilatura_options()
    before = settings()
    # a page short enough for trafilatura to retry it in recall mode, then a long one
    links = "".join(f"<li><a href='/{i}'>Link {i}</a></li>" for i in range(40))
    short = (
        f"<html><body><div><p>One short line of text here.</p></div><ul>{links}</ul></body></html>"
    )
    prose = "<p>A sentence of the article, long enough to count as one. </p>" * 40
    long = f"<html><body><article>{prose}</article></body></html>"
    for markup in (short, long):
        trafilatura_html(lxml_html.document_fromstring(markup))
    assert _trafilatura_options() is options
    assert settings() == before


_STORY = (
    "<p>The harbour board voted on Tuesday to close the old ferry slip for the winter, "
    "after engineers found the pilings had settled by half a metre since spring.</p>"
    "<p>Repairs will start in January and the crossings move to the north pier until "
    "then, the board's chair said, adding that timetables stay as they are.</p>"
    "<p>Residents who use the slip daily asked for a shuttle bus between the two piers; "
    "the board will answer at its next meeting, on the first Monday of December.</p>"
)


def test_sidebars_footers_and_forms_never_reach_the_text() -> None:
    sidebar = "<aside><h3>Most read</h3><p>Ten recipes for a rainy weekend at home.</p></aside>"
    sidebar += "<form><p>Get the morning briefing in your inbox.</p><input name='email'></form>"
    footer = "<footer><p>Harbour News, 1 Quay Street. All rights reserved.</p></footer>"
    html = (
        f"<html><body><div>{sidebar}<div class='story'>{_STORY}</div>{footer}</div></body></html>"
    )
    text = extract(html).text
    assert "pilings had settled" in text and "first Monday of December" in text
    assert "Ten recipes" not in text and "All rights reserved" not in text
    assert "morning briefing" not in text


def test_an_article_a_page_put_in_a_sidebar_footer_or_form_is_kept() -> None:
    # markup that wraps the story in <aside> or <footer> (a theme's choice, or an
    # unclosed tag that makes the parser nest the page inside), or the whole page
    # in a <form> (as ASP.NET pages do): the text is kept
    for wrapper in ("aside", "footer", "form"):
        for inner in (f"<div>{_STORY}</div>", f"<article>{_STORY[:200]}</p></article>"):
            html = f"<html><body><{wrapper}><h1>Ferry slip to close</h1>{inner}</{wrapper}></body></html>"
            assert "pilings had settled" in extract(html).text, (wrapper, inner[:20])


def _named_page(blocks: str) -> lxml_html.HtmlElement:
    article = "".join(f"<p>{SENTENCE} Paragraph {i} of the report.</p>" for i in range(6))
    return lxml_html.document_fromstring(
        f"<html><body><div class='story'><h1>Harbour stays open</h1>{article}</div>"
        f"{blocks}</body></html>"
    )


def test_blocks_named_as_furniture_leave_the_page_before_trafilatura_reads_it() -> None:
    root = _named_page(
        "<div class='share-bar'><p>Share this story with your friends</p></div>"
        "<div class='author-box'><p>Jo Reed writes about ships and the sea.</p></div>"
        "<ul class='related_posts'><li>Ferry fares rise again in spring</li></ul>"
    )
    readable.drop_named_furniture(root)
    text = root.text_content()
    assert "Share this story" not in text and "Jo Reed" not in text
    assert "Ferry fares" not in text
    assert "Paragraph 5 of the report" in text


def test_a_block_named_for_its_state_stays() -> None:
    # a state class says what a block has ("has-sharing": share buttons in it)
    root = _named_page(
        "<section class='report__section has-sharing'><p>The pier reopens.</p></section>"
    )
    readable.drop_named_furniture(root)
    assert "The pier reopens." in root.text_content()


def test_a_furniture_name_around_the_article_or_its_headline_is_kept() -> None:
    # blog engines name the post's wrapper after its tags ("tag-comments")
    root = _named_page("")
    root.find(".//div").set("class", "post tag-comments")
    readable.drop_named_furniture(root)
    assert "Paragraph 5 of the report" in root.text_content()


def test_hardly_more_prose_does_not_outweigh_readabilitys_block() -> None:
    # the same article; trafilatura's has one reader's notice more and lost a list
    paragraphs = [f"{SENTENCE} This is paragraph {i} of the long report." for i in range(60)]
    ours = body(*paragraphs, "Opening hours", "Monday to Friday", "Saturday mornings")
    notice = "Letters to the editor are published on the day the article appears, fifty at most."
    theirs = body(*paragraphs, notice)
    assert choose(ours, theirs, Metadata()) is ours
    # ...but a few paragraphs more are evidence
    more = body(*paragraphs, *(f"{SENTENCE} An extra paragraph {i} of it." for i in range(4)))
    assert choose(ours, more, Metadata()).text == more.text
