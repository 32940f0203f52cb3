"""Article metadata from a parsed HTML page: title, authors, dates, site, language.

Part of the extract stage: :func:`read_metadata` takes the lxml tree that
``article.py`` parsed (and does not change it) and returns a frozen
:class:`Metadata`. Sources are tried in a fixed order of trust: JSON-LD
(schema.org) first, then ``<meta>`` tags, then the page's own elements
(``<h1>``, ``<time>``, byline elements), then the URL and the visible text.
Which keys are read, and in what order, is data in :mod:`.rules`; the title, authors
and dates each have their module (:mod:`.titles`, :mod:`.authors`, :mod:`.dates`), reading
from the sources in :mod:`.pagefields`.
"""

from __future__ import annotations

import html
import itertools
import re
import unicodedata
from dataclasses import dataclass, fields
from datetime import datetime, timezone
from typing import Any

from lxml.html import HtmlElement

from clipper.extract.html import rules as rules
from clipper.extract.html.authors import PageLanguages, read_authors
from clipper.extract.html.dates import Beside, first_date, read_published
from clipper.extract.html.pagefields import (
    NO_VALUE,
    absolute,
    article_object,
    base_url,
    clean_text,
    dedupe,
    first_of,
    jsonld_objects,
    ld_article_body,
    ld_resolve,
    ld_strings,
    meta_first,
    meta_first_all,
    meta_values,
    text_of,
    word_count,
)
from clipper.extract.html.titles import is_head_of, read_title

UTC = timezone.utc  # datetime.UTC is 3.11+; the project supports 3.10
JsonObject = dict[str, Any]


@dataclass(frozen=True, slots=True)
class Metadata:
    """Everything :func:`read_metadata` found; ``None`` or empty when absent."""

    title: str | None = None
    authors: tuple[str, ...] = ()
    byline: str | None = None
    published: str | None = None
    modified: str | None = None
    date_source: str | None = None
    site_name: str | None = None
    lang: str | None = None
    excerpt: str | None = None
    image: str | None = None
    canonical_url: str | None = None
    section: str | None = None
    tags: tuple[str, ...] = ()
    article_body: str | None = None  # JSON-LD articleBody, a cross-check for the body

    def article_fields(self) -> dict[str, Any]:
        """The values an ``Article`` takes over as they are: every field but article_body."""
        return {name: getattr(self, name) for name in ARTICLE_FIELDS}


# Metadata's fields are Article's, by the same names (tests/test_metadata.py holds
# them together), apart from the cross-check that stays in the extract stage.
ARTICLE_FIELDS = tuple(f.name for f in fields(Metadata) if f.name != "article_body")


def read_metadata(
    root: HtmlElement, url: str | None = None, *, now: datetime | None = None
) -> Metadata:
    """Read the metadata of the page whose parsed tree is ``root``.

    ``url`` makes relative links absolute and is a last source of a date;
    ``now`` (default: the current time) is the limit past which a date is
    taken to be wrong.
    """
    metas = meta_values(root)
    ld = article_object(jsonld_objects(root))
    base = base_url(root, url)
    site_name = _site_name(metas, ld)
    title = read_title(root, metas, ld, site_name, url)
    site_name = site_name or _site_from_title(clean_text(text_of(root.find(".//title"))), title)
    beside = Beside(root, title)
    lang = _lang(root, metas, ld)
    authors, byline, byline_line = read_authors(
        root,
        metas,
        ld,
        beside,
        site_name,
        PageLanguages(lang, lambda: _written_lang(root, title, metas)),
    )
    modified = first_date(ld_strings(ld, "dateModified")) or first_date(
        meta_first_all(metas, rules.META_MODIFIED)
    )
    published, date_source = read_published(
        root,
        metas,
        ld,
        url,
        now or datetime.now(UTC),
        modified=modified,
        beside=beside,
        lang=lang,
        byline=byline_line,
    )
    title = _without_dateline(title, published)
    canonical = _canonical(root, metas, base)
    return Metadata(
        title=_composed(title),
        authors=tuple(n for name in authors if (n := _composed(name))),
        byline=_composed(byline),
        published=published,
        modified=modified,
        date_source=date_source,
        site_name=site_name,
        lang=lang,
        excerpt=_excerpt(metas, ld),
        image=_image(metas, ld, base),
        canonical_url=canonical,
        section=first_of(ld_strings(ld, "articleSection")) or meta_first(metas, rules.META_SECTION),
        tags=_tags(metas, ld),
        article_body=ld_article_body(ld),
    )


# --- the rest ----------------------------------------------------------------


def _written_lang(root: HtmlElement, title: str | None, metas: dict[str, list[str]]) -> str | None:
    """The language the page is written in, by its title, description and first
    paragraphs (None when they don't say clearly): what tells a by-word ("Von Anna
    Berg") on a site that kept an English template's ``lang``.
    """
    from clipper.extract.language import detect_language

    parts = [title or "", meta_first(metas, rules.META_DESCRIPTION) or ""]
    for p in itertools.islice(root.iter("p"), rules.WRITTEN_LANG_PARAGRAPHS):
        parts.append(p.text_content())
    return detect_language(" ".join(parts))


def _without_dateline(title: str | None, published: str | None) -> str | None:
    """A title less the publication's day set before it ("23.01.2022 - Headline").

    Only that day: another date before a headline ("9. November 1989 – …") is
    the headline's own.
    """
    if not title or not published or not (m := rules.TITLE_LEADING_DATE.match(title)):
        return title
    day = f"{m['y']}-{int(m['m']):02d}-{int(m['d']):02d}" if m["y"] else m["iso"]
    return title[m.end() :] if day == published[:10] and title[m.end() :] else title


def _composed(text: str | None) -> str | None:
    """Text in Unicode's composed form (NFC), the web's normal form: a page may spell
    "ড়" or "é" as a letter and a combining mark, its readers see the one letter."""
    return unicodedata.normalize("NFC", text) if text else text


def _site_name(metas: dict[str, list[str]], ld: JsonObject | None) -> str | None:
    """The publisher's name from JSON-LD (the brand), else ``og:site_name``."""
    if ld is not None:
        publisher = ld_resolve(ld, ld.get("publisher"))
        if isinstance(publisher, list) and publisher:
            publisher = ld_resolve(ld, publisher[0])
        if isinstance(publisher, dict):
            publisher = publisher.get("name")
        if isinstance(publisher, str) and (name := clean_text(html.unescape(publisher))):
            return name
    return meta_first(metas, rules.META_SITE_NAME)


def _site_from_title(doc_title: str | None, headline: str | None) -> str | None:
    """The site's name as the page's ``<title>`` gives it after the headline, if no tag does.

    "Harbour bridge to close | The Daily Planet" with that headline gives
    "The Daily Planet"; of "Headline - Section - Site", the last part.
    """
    if not doc_title or not headline or not is_head_of(headline, doc_title):
        return None
    tail = doc_title[len(headline) :]
    for sep in rules.TITLE_SEPARATORS:
        tail = tail.rpartition(sep)[2]  # what follows the last separator
    tail = tail.strip()
    if not tail or word_count(tail) > rules.SITE_NAME_MAX_WORDS or any(c.isdigit() for c in tail):
        return None
    return tail


def _lang(root: HtmlElement, metas: dict[str, list[str]], ld: JsonObject | None) -> str | None:
    lang = root.get("lang") or root.get("{http://www.w3.org/XML/1998/namespace}lang")
    if not lang:
        body = root.find("body")
        lang = body.get("lang") if body is not None else None
    lang = lang or first_of(ld_strings(ld, "inLanguage")) or meta_first(metas, rules.META_LANG)
    if not lang:
        return None
    lang = lang.strip().split(",")[0].strip().replace("_", "-")
    return lang or None


def _excerpt(metas: dict[str, list[str]], ld: JsonObject | None) -> str | None:
    return first_of(ld_strings(ld, "description")) or meta_first(metas, rules.META_DESCRIPTION)


def _image(metas: dict[str, list[str]], ld: JsonObject | None, base: str | None) -> str | None:
    found = meta_first(metas, rules.META_IMAGE) or first_of(ld_strings(ld, "image"))
    return absolute(found, base)


def _canonical(root: HtmlElement, metas: dict[str, list[str]], base: str | None) -> str | None:
    for link in root.iter("link"):
        if "canonical" in (link.get("rel") or "").lower().split() and link.get("href"):
            return absolute(link.get("href", "").strip(), base)
    return absolute(meta_first(metas, rules.META_URL), base)


def _tags(metas: dict[str, list[str]], ld: JsonObject | None) -> tuple[str, ...]:
    raw = ld_strings(ld, "keywords")
    if not raw:
        raw = meta_first_all(metas, rules.META_TAGS)
    tags = [t.strip() for value in raw for t in re.split(r"[,;]", value)]
    # templates leak their empty values as words
    return dedupe(t for t in tags if t and len(t) < 80 and t.lower() not in NO_VALUE)
