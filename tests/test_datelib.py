"""The htmldate adapter: dateparser reads the page's language (and English) only, nothing else changes."""

from __future__ import annotations

import functools
from typing import Any

import pytest
from htmldate import extractors
from lxml import html as lxml_html

from clipper.extract.html import datelib

_EMPTY = lxml_html.document_fromstring("<html><head><title></title></head><body></body></html>")


def _htmldates_own() -> object:
    fn = extractors.get_external_parser
    original = fn.args[0] if isinstance(fn, functools.partial) else fn
    return original()


def test_the_settings_are_the_ones_htmldate_gives_dateparser() -> None:
    own = _htmldates_own()
    for key, value in datelib.HTMLDATE_SETTINGS.items():
        assert getattr(own._settings, key) == value, key  # type: ignore[attr-defined]


def test_while_a_page_is_read_dateparser_reads_its_language_and_english() -> None:
    with datelib._dateparser_reads("de-AT", _EMPTY):
        assert extractors.get_external_parser().languages == ["de", "en"]
        assert extractors._external_date("3. Oktober 2021").date().isoformat() == "2021-10-03"
    with datelib._dateparser_reads("en-GB", _EMPTY):
        assert extractors.get_external_parser().languages == ["en"]


def test_outside_a_page_or_without_a_language_htmldate_keeps_its_parser() -> None:
    datelib._install()
    assert extractors.get_external_parser() is _htmldates_own()
    for lang in (None, "", "x-klingon", "zz"):
        with datelib._dateparser_reads(lang, _EMPTY):
            assert extractors.get_external_parser() is _htmldates_own()


def test_a_date_written_in_the_pages_language_is_found() -> None:
    page = lxml_html.document_fromstring(
        "<html lang='fr'><body><article><h1>La fête du village</h1>"
        "<p class='info'>Publié le 14 juillet 2021</p>"
        "<p>Le village a fêté son anniversaire avec un grand repas sur la place.</p>"
        "</article></body></html>"
    )
    assert datelib.htmldate_date(page, None, "2026-01-01", "fr") == "2021-07-14"
    assert datelib.htmldate_date(page, None, "2026-01-01", None) == "2021-07-14"


_POLISH = "Nowy most nad rzeką otwarty dla pieszych i rowerzystów w centrum miasta"
_ENGLISH = "A new bridge over the river opens to walkers and cyclists in the city centre"


def _dated(lang: str, title: str) -> lxml_html.HtmlElement:
    # "3 marca 2020" is written out in Polish: only dateparser reads it
    return lxml_html.document_fromstring(
        f"<html lang='{lang}'><head><title>{title}</title></head><body><article><h1>{title}</h1>"
        "<p class='date'>3 marca 2020</p><p>Tekst artykułu o tym, co się stało.</p>"
        "</article></body></html>"
    )


def test_a_date_in_words_is_read_in_the_pages_language_by_a_parser_for_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked: list[tuple[str, ...]] = []
    real = datelib._parser_for

    def recording(languages: tuple[str, ...], original: Any) -> Any:
        asked.append(languages)
        return real(languages, original)

    monkeypatch.setattr(datelib, "_parser_for", recording)
    assert datelib.htmldate_date(_dated("pl", _POLISH), None, "2026-12-01", "pl") == "2020-03-03"
    assert asked and all(languages == ("pl", "en") for languages in asked)


def test_a_page_declaring_its_themes_english_is_read_in_the_language_it_is_written_in() -> None:
    page = _dated("en", _POLISH)
    assert datelib.htmldate_date(page, None, "2026-12-01", "en") == "2020-03-03"


def test_one_pages_reading_never_answers_for_anothers() -> None:
    # htmldate caches what it made of a string; the cache must not carry one page's
    # languages over to the next page, in either order
    polish, english = _dated("pl", _POLISH), _dated("en", _ENGLISH)
    alone = datelib.htmldate_date(english, None, "2026-12-01", "en")
    first = datelib.htmldate_date(polish, None, "2026-12-01", "pl")
    after = datelib.htmldate_date(english, None, "2026-12-01", "en")
    again = datelib.htmldate_date(polish, None, "2026-12-01", "pl")
    assert first == again == "2020-03-03"
    assert after == alone


def test_a_page_with_no_date_gives_none() -> None:
    page = lxml_html.document_fromstring(
        "<html lang='en'><body><p>Nothing dated here.</p></body></html>"
    )
    assert datelib.htmldate_date(page, None, "2026-01-01", "en") is None
