"""readability's helpers clipper replaces: debug messages worked out only when shown (then
readability's own), and text_length counted without building the cleaned text."""

from __future__ import annotations

import logging

import pytest
import readability.readability as readability_module
from lxml import html

from clipper.extract.html import readable  # installs the quiet helpers
from clipper.extract.html.readhelpers import _describe, _text_content, _text_length

PAGE = (
    "<html><body><div id='main' class='story body'>"
    + "<p>A paragraph of the story, long enough for readability to score it, with commas, here, and there.</p>"
    * 4
    + "</div><div class='side'><a href='/a'>A link</a></div></body></html>"
)


def test_helpers_give_nothing_while_debug_logging_is_off() -> None:
    assert not logging.getLogger("readability.readability").isEnabledFor(logging.DEBUG)
    div = html.fromstring(PAGE).find(".//div")
    assert _describe(div) == ""
    assert _text_content(div) == ""
    assert readability_module.describe is _describe


def test_messages_are_readabilitys_own_when_shown(caplog: pytest.LogCaptureFixture) -> None:
    div = html.fromstring(PAGE).find(".//div")
    with caplog.at_level(logging.DEBUG, logger="readability.readability"):
        assert _describe(div) == "body>#main.story.body"
        assert _text_content(div).startswith("A paragraph of the story")
        readable._Document(html.fromstring(PAGE)).summary(html_partial=True)
    assert any("#main.story.body" in m for m in caplog.messages)


def test_text_length_is_readabilitys() -> None:
    page = html.fromstring(
        "<div><p>Some  text,\n\t  with\xa0\xa0runs</p>\n\n  <p>and" + " " * 300 + "more</p></div>"
    )
    for el in page.iter():
        assert _text_length(el) == len(readability_module.clean(el.text_content() or ""))
    assert readability_module.text_length is _text_length
