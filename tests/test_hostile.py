"""Hostile input at every parser: each input clips or fails with a ClipperError.

Property-based tests (hypothesis) drive each parser with arbitrary input; the
nasty corpus of ``bench/robustness.py`` (nesting 100,000 deep, megabyte
attributes, entity and compression bombs, a million tiny paragraphs…) runs
through the real pipeline, each input in its own process with a time and
memory limit.
"""

from __future__ import annotations

import io
import os
import re
import sqlite3
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree
from rich.console import Console

from clipper.cli import render as render
from clipper.errors import ClipperError, NotAnArticle
from clipper.export.markdown import front_matter, to_markdown
from clipper.extract.html.article import extract
from clipper.extract.text.dump import parse_text_dump
from clipper.models import Clipping, SearchHit
from clipper.sources.decode import decode, looks_like_html
from clipper.store.query import to_fts_query
from clipper.untrusted import MAX_TAG_ATTRIBUTES, printable, tame_tags, xml_safe

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import robustness  # noqa: E402  (bench/ is not a package)

CONTROLS = tuple(chr(c) for c in (*range(0x00, 0x09), *range(0x0B, 0x20), *range(0x7F, 0xA0)))
PROSE = "A sentence long enough to count as the prose of a news article. " * 4
# CI's budget; CLIPPER_HYPOTHESIS_EXAMPLES=2000 for a longer hunt.
FAST = settings(
    max_examples=int(os.environ.get("CLIPPER_HYPOTHESIS_EXAMPLES", "60")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)

# Text that leans towards what breaks parsers: markup, entities, controls, odd code points.
TAGS = ["<p>", "</p>", "<div>", "</div>", "<article>", "<b>", "<!--", "-->", "<script>",
        "</script>", "<![CDATA[", "]]>", "&amp;", "&#0;", "&#xD800;", "&lol;", "<?xml ?>",
        "<title>", "</title>", "<meta charset=x>", "\x00", "\x1b[31m", "\x07", "\x0c",
        "\ud800", "\ufffe", "\u202e", "---\n", "\n\n", "By ", "[bold]", "*", '"']  # fmt: skip
hostile_text = st.lists(
    st.one_of(st.sampled_from(TAGS), st.text(max_size=40), st.just(PROSE)), max_size=30
).map("".join)


# --- the parsers, one by one ---------------------------------------------------------


@FAST
@given(st.binary(max_size=4000), st.one_of(st.none(), st.text(max_size=30)))
def test_decode_any_bytes_with_any_declared_charset(body: bytes, declared: str | None) -> None:
    try:
        decoded = decode(body, declared=declared)
    except ClipperError:
        return
    assert isinstance(decoded.text, str)


@FAST
@given(hostile_text)
def test_looks_like_html_is_a_plain_answer(text: str) -> None:
    assert looks_like_html(text) in (True, False)


@FAST
@given(st.text())
def test_xml_safe_text_is_accepted_by_lxml_and_stable(text: str) -> None:
    safe = xml_safe(text)
    etree.Element("p").text = safe  # raises ValueError for anything lxml can't hold
    assert xml_safe(safe) == safe
    assert "\x0b" not in safe and "\x0c" not in safe  # became newlines


# Characters near the ones xml_safe looks for, as bytes too (Hangul starts ED in
# UTF-8, as surrogates do; U+FFxx starts EF BF, as U+FFFE does).
NEAR_TROUBLE = st.sampled_from(["\x00", "\x08", "\t", "\n", "\x0b", "\x0c", "\r", "\x1f", "\x7f",
                                 "한", "\ud7a3", "\ud800", "\udfff", "\ue000", "\uffc0", "\ufffd",
                                 "\ufffe", "\uffff", "é", "a"])  # fmt: skip


@FAST
@given(st.lists(st.one_of(NEAR_TROUBLE, st.text(max_size=5)), max_size=20).map("".join))
def test_xml_safe_drops_what_its_patterns_name_and_nothing_else(text: str) -> None:
    line_breaks = re.sub("[\x0b\x0c]", "\n", text)
    assert xml_safe(text) == re.sub(
        "[\x00-\x08\x0e-\x1f\ud800-\udfff\ufffe\uffff]", "", line_breaks
    )


@FAST
@given(st.text())
def test_printable_text_holds_no_control_character(text: str) -> None:
    for single_line in (False, True):
        shown = printable(text, single_line=single_line)
        assert not any(c in shown for c in CONTROLS)
        if single_line:
            assert "\n" not in shown


@FAST
@given(hostile_text, st.one_of(st.none(), st.just("https://example.com/a/b")))
def test_extract_clips_or_says_not_an_article(html: str, url: str | None) -> None:
    try:
        article = extract(html, url=url)
    except NotAnArticle:
        return
    assert article.text.strip()
    assert "\x00" not in article.text and "\x1b" not in (article.title or "")


@FAST
@given(hostile_text)
def test_parse_text_dump_clips_or_says_not_an_article(text: str) -> None:
    try:
        article = parse_text_dump(text)
    except NotAnArticle:
        return
    assert "\x00" not in article.text and "\x1b" not in article.text


@pytest.fixture(scope="module")
def fts() -> sqlite3.Connection:
    con = sqlite3.connect(":memory:")
    con.execute("CREATE VIRTUAL TABLE t USING fts5(body, tokenize='porter unicode61')")
    con.execute("INSERT INTO t VALUES ('the harbour bridge reopens')")
    return con


@FAST
@given(st.text())
def test_to_fts_query_is_always_valid_fts5(fts: sqlite3.Connection, query: str) -> None:
    fts_query = to_fts_query(query)
    if fts_query is not None:
        fts.execute("SELECT rowid FROM t WHERE t MATCH ?", [fts_query]).fetchall()


def clipping(title: str, text: str, tags: list[str], site: str) -> Clipping:
    return Clipping(
        id=1, url=None, source=f"{site}.html", title=title, authors=[site, title], byline=None,
        published="2025-01-01", site_name=site, lang="en", excerpt=text[:50], text=text,
        word_count=len(text.split()), clipped_at="2025-01-02T00:00:00+00:00", tags=tags,
        captions=[text[:20]], html=f"<p>{text}</p>",
    )  # fmt: skip


@FAST
@given(st.text(), hostile_text, st.lists(st.text(max_size=20), max_size=3), st.text(max_size=30))
def test_front_matter_stays_one_block(title: str, text: str, tags: list[str], site: str) -> None:
    block = front_matter(clipping(title, text, tags, site))
    lines = block.split("\n")
    assert lines[0] == "---" and lines[-2:] == ["---", ""]
    assert lines[1:-2].count("---") == 0, "a value broke out of the front matter"
    for line in lines[1:-2]:  # every line is a key or a list item: values are quoted
        assert re.match(r"^([a-z_]+:( .*)?|  - .*)$", line), line
    to_markdown(clipping(title, text, tags, site))


@FAST
@given(st.text(), hostile_text, st.lists(st.text(max_size=20), max_size=3), st.text(max_size=30))
def test_rendering_never_prints_a_control_character(
    title: str, text: str, tags: list[str], site: str
) -> None:
    c = clipping(title, text, tags, site)
    hit = SearchHit(1, title, None, "s", site, None, c.clipped_at, f"x\x02{text}\x03y", score=1.0)
    screen = io.StringIO()
    console = Console(file=screen, width=80, color_system=None, markup=False, emoji=False)
    for view in (
        render.summary(c, created=True),
        render.clipping_detail(c),
        render.clipping_table([c]),
        render.search_results([hit]),
    ):
        console.print(view)
    shown = screen.getvalue()
    assert not any(ch in shown for ch in CONTROLS)


@FAST
@given(st.integers(1, 3000), st.sampled_from(["a=x", "b", 'c="y y"']))
def test_tame_tags_keeps_ordinary_tags_and_bares_monsters(count: int, attribute: str) -> None:
    tag = "<p " + " ".join([attribute] * count) + (" " * 65536) + ">"
    tamed = tame_tags(tag + PROSE)
    words = len(attribute.split()) * count
    assert tamed == (tag + PROSE if words <= MAX_TAG_ATTRIBUTES else "<p>" + PROSE)


def test_nesting_deeper_than_lxml_reads_is_named_as_the_reason() -> None:
    page = "<html><body>" + "<div>" * 100_000 + PROSE + "</div>" * 100_000 + "</body></html>"
    with pytest.raises(NotAnArticle, match="nested more than 256 levels deep"):
        extract(page)


def test_a_page_of_a_million_elements_is_refused() -> None:
    with pytest.raises(NotAnArticle, match="Too many HTML elements"):
        extract("<html><body>" + "<p>x</p>" * 1_000_000 + "</body></html>")


def test_entities_are_never_expanded_from_a_doctype() -> None:
    laughs = "".join(f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">' for i in range(1, 9))
    page = (
        f'<!DOCTYPE html [<!ENTITY l0 "lol">{laughs}'
        '<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
        f"<html><body><article><p>&l8; &xxe;</p><p>{PROSE}</p></article></body></html>"
    )
    article = extract(page)
    assert len(article.text) < 2 * len(PROSE) and "root:" not in article.text


# --- the corpus, through the real pipeline -------------------------------------------


CORPUS = robustness.corpus(mutants_per_page=8)  # the benchmark runs 24 of each


@pytest.fixture(scope="module")
def outcomes() -> dict[str, robustness.Outcome]:
    """Every corpus input clipped in its own process, two at a time (CI has two cores)."""
    robustness.warm_up()
    server = robustness.LocalServer(content_type="text/html").start()
    try:
        with ThreadPoolExecutor(max_workers=2) as pool:
            done = pool.map(lambda case: robustness.run_case(case, server, full=False), CORPUS)
            return {outcome.name: outcome for outcome in done}
    finally:
        server.close()


@pytest.mark.parametrize("name", [c.name for c in CORPUS])
def test_corpus_input_is_handled(outcomes: dict[str, robustness.Outcome], name: str) -> None:
    outcome = outcomes[name]
    assert outcome.status in ("clipped", "refused"), f"{outcome.detail} ({outcome.seconds:.1f} s)"


@pytest.mark.parametrize("newline", ["\n", "\r", "\u2028"])
def test_a_text_dump_over_the_line_limit_is_refused_whatever_its_line_breaks(
    newline: str,
) -> None:
    from clipper.models import Page
    from clipper.pipeline import to_article
    from clipper.untrusted import MAX_TEXT_LINES

    body = newline.join(["A line of a very long dump."] * (MAX_TEXT_LINES + 2)).encode()
    page = Page(body=body, source="-")
    with pytest.raises(NotAnArticle, match="lines; clipper reads text dumps of up to"):
        to_article(page, decode(body))
