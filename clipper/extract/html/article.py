"""The extract stage: an HTML page in, an :class:`~clipper.models.Article` out.

This module only orchestrates; each step has its module beside it:

- :mod:`.readable` — the adapter for readability-lxml, which finds the article block;
- :mod:`.gaps` — parts of the article readability skipped between two it kept;
- :mod:`.clean` — the site furniture readability lets through (share bars, newsletter
  boxes, related links, author boxes, captions' credits…) removed by the rules in
  :mod:`.rules`, and a small clean HTML fragment rebuilt;
- :mod:`.render` — the fragment's plain text;
- :mod:`.fallbacks` — an ``<article>``/``<main>``-like container, the lead cut off by a
  "read more" split, or JSON-LD ``articleBody`` when readability came back short;
- :mod:`.metadata` — title, authors, dates, site, language.

What the rules removed is reported in ``Article.stripped`` with the reason.
Pure: no network, no disk; inputs are never changed.
"""

from __future__ import annotations

import re
import unicodedata

from lxml import etree
from lxml import html as lxml_html
from lxml.html import HtmlElement

from clipper.errors import NotAnArticle
from clipper.extract.html import rules as rules
from clipper.extract.html.appended import drop_appended_stories
from clipper.extract.html.candidates import choose, trafilatura_body
from clipper.extract.html.chrome import drop_player_controls, unwrap_article_times
from clipper.extract.html.clean import clean_body
from clipper.extract.html.fallbacks import (
    prefer_article_body,
    prefer_container,
    recover_lead,
    recover_standfirst,
)
from clipper.extract.html.gaps import fill_gaps
from clipper.extract.html.links import page_sites
from clipper.extract.html.metadata import base_url, read_metadata
from clipper.extract.html.modules import (
    drop_fact_sheets,
    drop_named_datelines,
    drop_named_widgets,
    drop_slideshows,
)
from clipper.extract.html.overlays import drop_overlays
from clipper.extract.html.readable import drop_named_furniture, readability_summary
from clipper.extract.html.stories import drop_other_stories, open_post_headers
from clipper.extract.html.tree import html_parser, parse_fragment
from clipper.extract.language import detect_language
from clipper.extract.nogc import nogc
from clipper.models import Article
from clipper.untrusted import MAX_HTML_ELEMENTS, tame_tags, xml_safe


@nogc  # a few % of its time went on collections of what it doesn't leave behind
def extract(html: str | bytes, url: str | None = None) -> Article:
    """Extract the article text, clean HTML and metadata from one HTML page.

    ``bytes`` are decoded with :func:`clipper.decode.decode`; ``url`` (the
    page's address) makes links absolute and can supply a date. Raises
    :class:`~clipper.errors.NotAnArticle` when the page holds no article text.
    """
    # 1. decode and parse once; the tree stays inside this function
    text = _as_text(html)
    root = _parse(text, url)
    # 2. metadata, read before readability changes the tree
    meta = read_metadata(root, url)
    base = base_url(root, url)
    # 3. readability picks the article block (of several stories, the one the
    #    title names); what it skipped between two parts it kept comes back
    drop_other_stories(root, meta.title)
    drop_appended_stories(root, meta.title)  # ...and those in its own container
    drop_slideshows(root)  # a counted slideshow beside the story, however long
    drop_named_widgets(root)  # a score board, a league table, a paid-content badge
    open_post_headers(root)
    block = parse_fragment(readability_summary(root, page_sites(url, meta.canonical_url)))
    if block is not None:
        fill_gaps(root, block)
    # 4. strip the furniture readability let through; rebuild clean HTML and text
    body = clean_body(block, meta, base)
    # 5. a semantic container when readability came back with much less
    body = prefer_container(root, body, meta, base)
    # 6. paragraphs just before readability's block (a lead cut off by "read more")
    body = recover_lead(root, body, meta, base)
    # 7. cross-check with JSON-LD articleBody when readability came back short
    body = prefer_article_body(body, meta)
    # 8. a second candidate from trafilatura's extractor, chosen by evidence; it
    #    reads the page without the blocks named as furniture (its own HTML
    #    loses the names step 4 reads)
    drop_named_furniture(root)
    drop_overlays(root)  # a consent wall's paragraph reads as prose to trafilatura
    drop_named_datelines(root)
    drop_player_controls(root)  # a player's buttons and clock
    drop_fact_sheets(root)
    unwrap_article_times(root)  # trafilatura drops every <time>, a table's cells too
    body = choose(body, trafilatura_body(root, meta, base), meta)
    # 9. the standfirst the page set apart in its header, between headline and body
    body = recover_standfirst(root, body, meta, base)
    if not body.text.strip():
        where = f" {url}" if url else " this page"
        raise NotAnArticle(
            f"No article text found in{where}; it may be empty, a script-only page or an index. "
            "Try the article's own URL, or save the page from a browser and clip the file."
        )
    excerpt = meta.excerpt or body.lead or _first_paragraph(body.text)
    found = {
        **meta.article_fields(),
        "lang": meta.lang or detect_language(body.text),
        "excerpt": excerpt,
    }
    return Article(
        text=body.text,
        html=body.html,
        captions=body.captions,
        kind="html",
        stripped=body.stripped,
        **found,
    )


def _as_text(html: str | bytes) -> str:
    """The page as text lxml accepts (no NUL or stray C0 controls), in Unicode's
    composed form (NFC): a page may spell "é" as "e" and a combining accent, and
    Article.html, .text and the metadata then hold the same letters."""
    if isinstance(html, bytes):
        from clipper.sources.decode import (
            decode,  # the decode stage: BOM, <meta charset>, detection
        )

        return _composed(xml_safe(decode(html).text))
    return _composed(xml_safe(html))


def _composed(text: str) -> str:
    return text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)


def _parse(text: str, url: str | None) -> HtmlElement:
    """Parse the page; an empty or unparseable page is not an article."""
    where = f" {url}" if url else " this page"
    if not text.strip():
        raise NotAnArticle(f"No article text found in{where}; the page is empty. Check the source.")
    # lxml refuses str with an XML encoding declaration; such pages are rare
    text = re.sub(r"^\s*<\?xml[^>]*\?>", "", text)
    try:
        root = lxml_html.document_fromstring(tame_tags(text), parser=html_parser())
    except (etree.ParserError, ValueError) as exc:
        raise NotAnArticle(
            f"No article text found in{where}; the HTML can't be parsed ({exc}). "
            "Check that the source is a web page."
        ) from None
    # Extraction time grows with the element count; no article has this many.
    if (elements := sum(1 for _ in root.iter())) > MAX_HTML_ELEMENTS:
        raise NotAnArticle(
            f"Too many HTML elements in{where} ({elements:,}; clipper reads pages of up to "
            f"{MAX_HTML_ELEMENTS:,}). Check that the source is one article."
        )
    # libxml2 stops reading at 256 levels of nesting; say so when that left nothing.
    if any(e.type_name == "ERR_RESOURCE_LIMIT" for e in html_parser().error_log):
        body = root.find("body")
        if body is None or not any(text.strip() for text in body.itertext()):
            raise NotAnArticle(
                f"The HTML of{where} is nested more than 256 levels deep, deeper than clipper "
                "reads, and holds no text above that. Check that the source is a web page."
            )
    return root


def _first_paragraph(text: str) -> str | None:
    for block in text.split("\n\n"):
        if len(block) > 40:
            return block if len(block) <= 300 else block[:297].rsplit(" ", 1)[0] + "…"
    return None
