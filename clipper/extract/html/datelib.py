"""The adapter for htmldate (and the dateparser it calls): a page's date when it declares none.

htmldate weighs the dates in a page's markup and text against each other. For a
date written out in words it asks dateparser, which by default tries every one
of its 200 languages: the first string that none of them can read ("Copyright ©
2001 - 2020") costs about a second while dateparser builds each language's
patterns. clipper knows the page's declared language, so while it asks htmldate
about that page, dateparser reads that language and English only, with the very
settings htmldate gives it. Anywhere else (trafilatura's own metadata reading,
say) htmldate's parser is the one htmldate made.
"""

from __future__ import annotations

import contextlib
import functools
import logging
from collections.abc import Callable, Iterator
from contextvars import ContextVar
from typing import Any

from lxml.html import HtmlElement

# htmldate logs what it could not parse at WARNING; a page without a date is normal
logging.getLogger("htmldate").setLevel(logging.CRITICAL)

# the declared language of the page htmldate is reading (None: not reading one, or undeclared)
_PAGE_LANG: ContextVar[str | None] = ContextVar("clipper_page_lang", default=None)


def htmldate_date(
    root: HtmlElement, url: str | None, max_date: str, lang: str | None = None
) -> str | None:
    """htmldate's date for the page (not after ``max_date``), as it wrote it, or None.

    ``lang`` is the page's declared language ("de", "pt-BR"); dateparser then
    reads that language and English only. htmldate copies the tree before it
    prunes it, so ``root`` stays as it is.
    """
    from htmldate import find_date

    with _dateparser_reads(lang):
        try:
            found: str | None = find_date(root, url=url, original_date=True, max_date=max_date)
        except (ValueError, TypeError):
            return None
    return found


@functools.lru_cache(maxsize=64)
def _languages(lang: str | None) -> tuple[str, ...] | None:
    """The page's language and English, as dateparser names them; None: all of them."""
    if not lang:
        return None
    primary = lang.split("-")[0].strip().lower()
    known = _known_languages()
    if primary not in known:
        return None
    return (primary,) if primary == "en" else (primary, "en")


@functools.cache
def _known_languages() -> frozenset[str]:
    from dateparser.languages.loader import default_loader  # type: ignore[import-untyped]

    return frozenset(default_loader.get_locale_map())


@contextlib.contextmanager
def _dateparser_reads(lang: str | None) -> Iterator[None]:
    """While inside, htmldate's dateparser reads ``lang`` and English only (None: all).

    dateparser is imported only if htmldate asks it something.
    """
    _install()
    token = _PAGE_LANG.set(lang)
    try:
        yield
    finally:
        _PAGE_LANG.reset(token)


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
    languages = _languages(_PAGE_LANG.get())
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
