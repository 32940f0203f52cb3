"""Overlays (consent walls, modals) leave the page before trafilatura reads it
(extract/html/overlays.py)."""

from __future__ import annotations

from lxml import html as lxml_html

from clipper.extract.html.article import extract
from clipper.extract.html.overlays import drop_overlays

SENTENCE = "The council agreed on Tuesday to keep the harbour open through the winter months."
CONSENT = (
    "We and our 180 partners store and/or access information on your device to show "
    "personalised ads and content, to measure them and to learn about audiences. By clicking "
    "Accept all you agree; you can withdraw your consent at any time."
)


def _page(overlay: str) -> str:
    story = "".join(f"<p>{SENTENCE} Paragraph {i} of the report.</p>" for i in range(3))
    return (
        "<html><body><div class='wrap'><div class='art'><h1>Harbour stays open</h1>"
        f"<div class='art-txt'>{story}</div></div></div>{overlay}</body></html>"
    )


def test_a_consent_wall_after_the_page_stays_out_of_the_text() -> None:
    # its one paragraph reads as prose: trafilatura's candidate kept it after the story
    overlay = (
        f"<div class='cmp-wrapper' role='dialog'><h2>Your privacy</h2><p>{CONSENT}</p>"
        "<button>Accept all</button></div>"
    )
    text = extract(_page(overlay)).text
    assert "Paragraph 2 of the report" in text
    assert "partners store" not in text


def test_dialogs_by_role_aria_modal_or_tag_leave_the_page() -> None:
    for overlay in (
        f"<div class='cmp' role='alertdialog'><p>{CONSENT}</p></div>",
        f"<div class='layer' aria-modal='true'><p>{CONSENT}</p></div>",
        f"<dialog open><p>{CONSENT}</p></dialog>",
    ):
        root = lxml_html.document_fromstring(_page(overlay))
        drop_overlays(root)
        text = root.text_content()
        assert "Paragraph 2 of the report" in text
        assert "partners store" not in text, overlay[:30]


def test_a_story_set_in_a_modal_stays() -> None:
    # a page that opens its article in a dialog: the headline and the prose are inside it
    story = "".join(f"<p>{SENTENCE} Paragraph {i} of the report.</p>" for i in range(3))
    root = lxml_html.document_fromstring(
        f"<html><body><div role='dialog'><h1>Harbour stays open</h1>{story}</div></body></html>"
    )
    drop_overlays(root)
    assert "Paragraph 2 of the report" in root.text_content()
    # ...and one without a headline, holding all of the page's prose
    root = lxml_html.document_fromstring(
        f"<html><body><div role='dialog'>{story}</div></body></html>"
    )
    drop_overlays(root)
    assert "Paragraph 2 of the report" in root.text_content()
