"""readability's debug messages: worked out only when its logger shows them, then as readability wrote them."""

from __future__ import annotations

import logging

import pytest
import readability.readability as readability_module
from lxml import html

from clipper.extract.html import readable  # installs the quiet helpers
from clipper.extract.html.readlog import _describe, _text_content

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
