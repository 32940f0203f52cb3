"""Render a clipping as Markdown with YAML front matter (pure)."""

from __future__ import annotations

import re
from typing import Any

from clipper.models import Clipping

# Front-matter fields, in the order they are written.
# Everything a clipping holds except its body goes here, so that clipping the
# exported file brings it back whole (see clipper.frontmatter).
FRONT_MATTER_FIELDS = (
    "title",
    "url",
    "source",
    "authors",
    "byline",
    "published",
    "date",
    "modified",
    "site",
    "lang",
    "section",
    "excerpt",
    "image",
    "captions",
    "clipped_at",
    "tags",
    "note",
    "corrected",
    "archived_from",
    "archived_at",
    "word_count",
)
# Lists left out when empty: an empty caption list says nothing.
_OMIT_EMPTY = ("captions", "corrected")


def clipper_properties(clipping: Clipping) -> dict[str, Any]:
    """clipper's front matter fields with their values, in order; None and empty extras left out."""
    values: dict[str, Any] = {
        "title": clipping.title,
        "url": clipping.url,
        "source": clipping.source if clipping.url is None else None,
        "authors": clipping.authors,
        # A byline that only lists the authors would say the same thing twice.
        "byline": None if clipping.byline == ", ".join(clipping.authors) else clipping.byline,
        "published": clipping.published,
        # What Hugo and Jekyll sort and date posts by; the same as published.
        "date": clipping.published,
        "modified": clipping.modified,
        "site": clipping.site_name,
        "lang": clipping.lang,
        "section": clipping.section,
        "excerpt": clipping.excerpt,
        "image": clipping.image,
        "captions": clipping.captions,
        "clipped_at": clipping.clipped_at,
        "tags": clipping.tags,
        "note": clipping.note,
        "corrected": sorted(clipping.corrections),
        "archived_from": clipping.archived_from,
        "archived_at": clipping.archived_at,
        "word_count": clipping.word_count,
    }
    return {
        name: values[name]
        for name in FRONT_MATTER_FIELDS
        if values[name] is not None and not (name in _OMIT_EMPTY and not values[name])
    }


def front_matter(clipping: Clipping) -> str:
    """The YAML block: readable by Obsidian, Jekyll and Hugo."""
    from clipper.export.template import front_matter_block

    return front_matter_block(clipper_properties(clipping))


_FIGCAPTION = re.compile(r"<figcaption[^>]*>(.*?)</figcaption>", re.S | re.I)


def html_to_markdown(html: str, images: dict[str, str] | None = None) -> str:
    """Article HTML to Markdown keeping headings, paragraphs, lists, links, emphasis.

    Images are left out, but for those ``images`` links (a stored image's
    ``src`` to its file beside the note).
    """
    from markdownify import markdownify

    if images:
        from clipper.assets.export import relink

        html = relink(html, images, keep_others=False)
    # Captions become an italic line where the figure stood.
    html = _FIGCAPTION.sub(lambda m: f"<p><em>{m.group(1).strip()}</em></p>", html)
    markdown = markdownify(
        html,
        heading_style="ATX",
        bullets="-",
        strip=["script", "style"] if images else ["img", "script", "style"],
        keep_inline_images_in=["a", "p", "li", "td", "th", "figure", "span", "em", "strong"],
        escape_underscores=True,
        escape_asterisks=True,
    )
    markdown = re.sub(r"[ \t]+\n", "\n", markdown)
    markdown = re.sub(r"\n{3,}", "\n\n", markdown)
    return markdown.strip() + "\n"


def body_markdown(clipping: Clipping) -> str:
    """The article as Markdown, without title or front matter; control characters gone."""
    from clipper.untrusted import printable

    # Images stay where the note can show them: those stored beside it (see
    # clipper.assets.export.Assets.for_note); the rest are left out.
    shown = (image.src for image in clipping.images)
    images = {src: src for src in shown if not src.startswith("clipper-embedded:")} or None
    html = clipping.html
    body = html_to_markdown(html, images) if html.strip() else clipping.text + "\n"
    # Control characters have no place in Markdown, and the export may go to a terminal.
    return printable(body)


HIGHLIGHTS_HEADING = "## Highlights"
# Backslash-escaped so that a passage reads back as the words it is: inline
# marks anywhere, block marks (headings, lists, quotes) at a line's start.
_INLINE_MARKS = re.compile(r"([\\`*_\[\]<>])")
_BLOCK_START = re.compile(r"^(\s*)([#+=|-]|\d+[.)])", re.M)


def escape_markdown(text: str) -> str:
    escaped = _INLINE_MARKS.sub(r"\\\1", text)

    def mark(m: re.Match[str]) -> str:
        lead, sign = m.group(1), m.group(2)
        if sign[0].isdigit():  # "1." is escaped as "1\."
            return f"{lead}{sign[:-1]}\\{sign[-1]}"
        return f"{lead}\\{sign}"

    return _BLOCK_START.sub(mark, escaped)


def to_markdown(clipping: Clipping) -> str:
    """The whole export: front matter, a heading with the title, the body, the highlights.

    This is the built-in ``clipper`` template (clipper/export/templates/).
    """
    from clipper.export.template import builtin_template

    return builtin_template("clipper").render(clipping)[0]
