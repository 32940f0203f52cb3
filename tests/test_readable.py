"""The adapter for readability-lxml (extract/html/readable.py): its faster methods give
readability's own results."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from lxml import html as lxml_html
from readability import Document
from readability.readability import REGEXES, clean

from clipper.extract.html import readable
from clipper.extract.html.tree import SPACE, collapse, html_parser, norm, norm_prefix
from helpers import CORPUS

HERE = Path(__file__).resolve().parent
FIXTURES = sorted((HERE / "fixtures" / "html").glob("*.html"))


class _Reference(readable._Document):
    """clipper's Document with readability's own scoring methods back in place."""

    remove_unlikely_candidates = Document.remove_unlikely_candidates
    transform_misused_divs_into_paragraphs = Document.transform_misused_divs_into_paragraphs
    score_paragraphs = Document.score_paragraphs
    get_link_density = Document.get_link_density
    class_weight = Document.class_weight


def _summary(cls: type[readable._Document], html: str) -> str:
    root = lxml_html.document_fromstring(html, parser=html_parser())
    return cls(root).summary(html_partial=True)


def _pages() -> list[Path]:
    pages = list(FIXTURES)
    if CORPUS.is_dir():  # the shared corpus, when it is there: 130 more pages
        pages += sorted(CORPUS.glob("*/source.html"))
    return pages


@pytest.mark.parametrize(
    "path", _pages(), ids=lambda p: p.parent.name if p.name == "source.html" else p.stem
)
def test_the_faster_methods_give_readabilitys_summary(path: Path) -> None:
    html = path.read_text(encoding="utf-8")
    assert _summary(readable._Document, html) == _summary(_Reference, html)


def test_divs_holding_blocks_are_told_as_readability_tells_them() -> None:
    # blocks by any name that starts like one of readability's ("<p" also finds <picture>),
    # inline children holding them, and text that looks like markup
    html = (
        "<html><body>"
        "<div><span>a <b>b</b></span> loose text</div>"
        "<div><a href='x'>link</a><span><picture><img src='i.png'></picture></span> tail</div>"
        "<div><span title='&lt;p&gt;'>&lt;div&gt; is text</span></div>"
        "<div><em>one</em><br><i>two <u><table><tr><td>cell</td></tr></table></u></i></div>"
        "<div><div><span>nested</span></div>text</div>"
        f"<div><p>{'A sentence, with a comma, that is long enough. ' * 4}</p></div>"
        "</body></html>"
    )
    assert _summary(readable._Document, html) == _summary(_Reference, html)


@given(st.text(alphabet=" \t\n\r\x0b\xa0\u2028ab,", max_size=400))
def test_clean_length_is_the_length_of_readabilitys_clean(text: str) -> None:
    assert readable._clean_length(text) == len(clean(text))


def test_clean_length_on_long_runs() -> None:
    for run in (" " * 300, "\t " * 200, " " * 254 + "\n" + " " * 10, "\xa0" * 260):
        text = f"a{run}b{run}"
        assert readable._clean_length(text) == len(clean(text))


@given(st.text(alphabet=" \t\nab\u00e9\xa0,", max_size=30))
def test_unlikely_names_are_judged_as_readability_judges_them(words: str) -> None:
    name = re.sub(r"a", "comment", re.sub(r"b", "article", words))
    expected = bool(
        REGEXES["unlikelyCandidatesRe"].search(name)
        and not REGEXES["okMaybeItsACandidateRe"].search(name)
    )
    assert readable._unlikely_name(name) == expected
    assert readable._unlikely_name(name.upper()) == bool(
        REGEXES["unlikelyCandidatesRe"].search(name.upper())
        and not REGEXES["okMaybeItsACandidateRe"].search(name.upper())
    )


# every character \s matches in str patterns (and str.split splits on), and some it doesn't
_SPACES = " \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u200a\u2028\u2029\u202f\u205f\u3000"


@given(st.text(alphabet=_SPACES + "ab\u200b\xad\x00", max_size=20))
def test_collapse_is_the_whitespace_regex(text: str) -> None:
    assert collapse(text) == SPACE.sub(" ", text)


def test_the_patterns_the_fast_steps_read_are_found_in_readability() -> None:
    # readable.py reads readability's own patterns by their text: a release that
    # changes them must fail here, not quietly take the slow path.
    from clipper.extract.html import readable

    assert readable._BLOCK_WORDS is not None
    assert readable._UNLIKELY_WORDS is not None and readable._MAYBE_WORDS is not None


def test_parsed_elements_are_plain_html_elements() -> None:
    # tree.html_parser looks element classes up in C: no FormElement or
    # InputElement (.fields, .value) on trees clipper parses; nothing may use them
    from lxml.html import HtmlElement, document_fromstring

    from clipper.extract.html.tree import html_parser

    root = document_fromstring("<form><input name=q><label>x</label></form>", parser=html_parser())
    assert {type(el) for el in root.iter("form", "input", "label")} == {HtmlElement}


@given(st.text(alphabet=_SPACES[:6] + "ab", max_size=200), st.integers(min_value=0, max_value=60))
def test_norm_prefix_is_the_start_of_the_normalised_text(text: str, chars: int) -> None:
    assert norm_prefix(text, chars) == norm(text)[:chars]
