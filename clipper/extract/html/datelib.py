"""The adapter for htmldate (and the dateparser it calls): a page's date when it declares none.

htmldate weighs the dates in a page's markup and text against each other. For a
date written out in words it asks dateparser, which by default tries every one
of its 200 languages: the first string that none of them can read ("Copyright ©
2001 - 2020") costs about a second while dateparser builds each language's
patterns. While clipper asks htmldate about a page, dateparser reads the page's
declared language, the language its title and description are written in (a
site may declare its theme's "en"), and English, with the very settings
htmldate gives it; htmldate's cache of what it made of each string is emptied
first, so one page's reading never answers for another's. Anywhere else
htmldate's parser is the one htmldate made.
"""

from __future__ import annotations

import contextlib
import functools
import logging
import threading
from collections.abc import Callable, Iterator
from contextvars import ContextVar
from typing import Any

from lxml.html import HtmlElement

# htmldate logs what it could not parse at WARNING; a page without a date is normal
logging.getLogger("htmldate").setLevel(logging.CRITICAL)

# the languages of the page htmldate is reading, told once when first asked; None
# outside a reading
_PAGE: ContextVar[Callable[[], tuple[str, ...] | None] | None] = ContextVar(
    "clipper_page", default=None
)
# htmldate caches what it made of each date string, whatever language read it: one
# page at a time, and its cache emptied first
_READING = threading.Lock()


def htmldate_date(
    root: HtmlElement, url: str | None, max_date: str, lang: str | None = None
) -> str | None:
    """htmldate's date for the page (not after ``max_date``), as it wrote it, or None.

    ``lang`` is the page's declared language ("de", "pt-BR"). dateparser reads
    that language, the one the page's title and description are written in (a
    site may declare its theme's "en") and English. htmldate copies the tree
    before it prunes it, so ``root`` stays as it is.
    """
    from htmldate import extractors, find_date

    with _READING, _dateparser_reads(lang, root):
        extractors.try_date_expr.cache_clear()
        try:
            found: str | None = find_date(root, url=url, original_date=True, max_date=max_date)
        except (ValueError, TypeError):
            return None
    return found


def _page_text(root: HtmlElement) -> str:
    """The page's title and description: a text to tell its language by."""
    title = root.find(".//title")
    parts = [title.text_content() if title is not None else ""]
    for meta in root.iterfind(".//meta[@content]"):
        if (meta.get("name") or meta.get("property") or "").lower() in _DESCRIPTIONS:
            parts.append(meta.get("content") or "")
    return " ".join(" ".join(parts).split())[:_TEXT_CHARS]


_DESCRIPTIONS = frozenset({"description", "og:description", "twitter:description"})
_TEXT_CHARS = 1000


@functools.lru_cache(maxsize=256)
def _languages(lang: str | None, text: str | None) -> tuple[str, ...] | None:
    """The page's languages and English, as dateparser names them; None: all of them.

    Called only when htmldate asks dateparser something (so dateparser and the
    language model load only then).
    """
    from clipper.extract.language import detect_language

    known = _known_languages()
    found: list[str] = []
    for code in ((lang or "").replace("_", "-"), detect_language(text or "") or ""):
        primary = code.split("-")[0].strip().lower()
        if primary in known and primary not in found:
            found.append(primary)
    if not found:
        return None
    return tuple(found) if "en" in found else (*found, "en")


@functools.cache
def _known_languages() -> frozenset[str]:
    from dateparser.languages.loader import default_loader  # type: ignore[import-untyped]

    return frozenset(default_loader.get_locale_map())


@contextlib.contextmanager
def _dateparser_reads(lang: str | None, root: HtmlElement) -> Iterator[None]:
    """While inside, htmldate's dateparser reads the page's languages (see :func:`_languages`)."""
    _install()
    token = _PAGE.set(functools.cache(lambda: _languages(lang, _page_text(root))))
    try:
        yield
    finally:
        _PAGE.reset(token)


@functools.cache
def _install() -> None:
    """Route htmldate's ``get_external_parser`` through :func:`_external_parser`, once.

    htmldate looks the function up by name on every parse; when a release
    renames it, nothing is routed and htmldate keeps its own (slower) parser.
    """
    from htmldate import extractors

    original = getattr(extractors, "get_external_parser", None)
    if callable(original):
        extractors.get_external_parser = functools.partial(_external_parser, original)  # type: ignore[assignment]


def _external_parser(original: Callable[[], Any]) -> Any:
    page = _PAGE.get()
    languages = None if page is None else page()
    return original() if languages is None else _parser_for(languages, original)


@functools.lru_cache(maxsize=16)
def _parser_for(languages: tuple[str, ...], original: Callable[[], Any]) -> Any:
    """A dateparser for ``languages`` with the settings htmldate gives its own."""
    from dateparser import DateDataParser  # type: ignore[import-untyped]

    return DateDataParser(languages=list(languages), settings=dict(HTMLDATE_SETTINGS))


# what htmldate.extractors.get_external_parser (1.9 to 1.11) passes to dateparser;
# tests/test_datelib.py compares them with the installed htmldate's
HTMLDATE_SETTINGS: dict[str, Any] = {
    "NORMALIZE": True,
    "PARSERS": ["custom-formats", "absolute-time"],
    "PREFER_DATES_FROM": "past",
    "PREFER_LOCALE_DATE_ORDER": True,
    "RETURN_AS_TIMEZONE_AWARE": False,
    "STRICT_PARSING": True,
}
