"""Render a clipping as Markdown with YAML front matter (pure)."""

from __future__ import annotations

import json
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


def _yaml_scalar(value: Any) -> str:
    # A JSON string is a valid YAML double-quoted scalar, so any title is
    # quoted safely: colons, quotes, leading dashes, "yes"/"no", newlines.
    if isinstance(value, bool) or value is None:
        return json.dumps(value)
    if isinstance(value, int | float):
        return str(value)
    return json.dumps(str(value), ensure_ascii=False)


def front_matter(clipping: Clipping) -> str:
    """The YAML block: readable by Obsidian, Jekyll and Hugo."""
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
    lines = ["---"]
    for name in FRONT_MATTER_FIELDS:
        value = values[name]
        if value is None:
            continue
        if isinstance(value, list):
            if not value and name in _OMIT_EMPTY:
                continue
            if not value:
                lines.append(f"{name}: []")
                continue
            lines.append(f"{name}:")
            lines.extend(f"  - {_yaml_scalar(item)}" for item in value)
        else:
            lines.append(f"{name}: {_yaml_scalar(value)}")
    lines.append("---")
    return "\n".join(lines) + "\n"


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


def to_markdown(clipping: Clipping, images: dict[str, str] | None = None) -> str:
    """The whole export: front matter, a heading with the title, the body.

    ``images`` maps the stored images' ``src`` to the note's links to them.
    """
    from clipper.untrusted import printable

    parts = [front_matter(clipping)]
    if clipping.title:
        parts.append(f"\n# {printable(clipping.title, single_line=True)}\n")
    body = (
        html_to_markdown(clipping.html, images) if clipping.html.strip() else clipping.text + "\n"
    )
    # Control characters have no place in Markdown, and the export may go to a terminal.
    parts.append("\n" + printable(body))
    return "".join(parts)
