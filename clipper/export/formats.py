"""Every export format as text (pure): Markdown, JSON, JSON Lines and a standalone HTML page."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from html import escape
from typing import TYPE_CHECKING, Any

from clipper.export.options import ExportFormat
from clipper.export.sanitize import safe_html
from clipper.untrusted import printable

if TYPE_CHECKING:  # only for annotations: keeps `clipper --help` light
    from clipper.export.template import NoteTemplate
    from clipper.models import Clipping

_LANG = re.compile(r"^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$")


EXTENSIONS = {
    ExportFormat.markdown: ".md",
    ExportFormat.json: ".json",
    ExportFormat.jsonl: ".jsonl",
    ExportFormat.html: ".html",
    ExportFormat.epub: ".epub",
}


def identity(clipping: Clipping) -> list[str | None]:
    """What tells an exported file which clipping it holds, across archives and renames."""
    return [clipping.url or clipping.source, clipping.clipped_at]


def to_record(clipping: Clipping) -> dict[str, Any]:
    """Every field of the clipping, the article HTML, note and corrections included."""
    return clipping.to_json(include_html=True)


def to_json(clippings: Sequence[Clipping]) -> str:
    return json.dumps([to_record(c) for c in clippings], ensure_ascii=False, indent=2) + "\n"


def to_jsonl(clippings: Sequence[Clipping]) -> str:
    return "".join(json.dumps(to_record(c), ensure_ascii=False) + "\n" for c in clippings)


_STYLE = """
body { max-width: 42em; margin: 2em auto; padding: 0 1em; font: 18px/1.6 Georgia, serif;
       color: #222; background: #fdfdfb; }
h1 { line-height: 1.2; }
.meta { font: 14px/1.5 system-ui, sans-serif; color: #555; border-bottom: 1px solid #ddd;
        padding-bottom: 1em; margin-bottom: 2em; }
.meta dt { float: left; clear: left; width: 7em; color: #888; }
.meta dd { margin-left: 7em; }
.note { background: #fff8dc; padding: .5em 1em; border-left: 4px solid #e0c060; }
figcaption { font-style: italic; color: #555; font-size: .9em; }
img { max-width: 100%; height: auto; }
"""


def _e(text: str | None) -> str:
    """Escaped for HTML, without the control characters HTML doesn't allow."""
    return escape(printable(text))


def _safe_link(url: str) -> str | None:
    return url if url.lower().startswith(("http://", "https://")) else None


def _meta_rows(c: Clipping) -> list[tuple[str, str]]:
    """(label, HTML) pairs; every value is escaped here."""
    rows: list[tuple[str, str]] = []
    if c.authors or c.byline:
        rows.append(("by", _e(c.byline or ", ".join(c.authors))))
    if c.site_name:
        rows.append(("site", _e(c.site_name)))
    if c.published:
        rows.append(("published", _e(c.published)))
    if c.url:
        href = _safe_link(c.url)
        text = _e(c.url)
        rows.append(("from", f'<a href="{_e(href)}">{text}</a>' if href else text))
    else:
        rows.append(("from", _e(c.source)))
    if c.archived_from or c.archived_at:
        when = f"captured {c.archived_at}" if c.archived_at else "a copy"
        rows.append(("archived", _e(f"{when} in {c.archived_from or 'a web archive'}")))
    rows.append(("clipped", _e(c.clipped_at)))
    if c.tags:
        rows.append(("tags", _e(", ".join(c.tags))))
    rows.append(("words", f"{c.word_count:,}"))
    return rows


def to_html(clipping: Clipping, images: dict[str, str] | None = None) -> str:
    """A standalone reading page: the metadata on top, then the article; all text escaped.

    ``images`` maps stored images' ``src`` to what the page shows instead (data: URIs).
    """
    c = clipping
    title = _e(" ".join((c.title or "(untitled)").split()))
    if c.html.strip():
        body = safe_html(c.html)
        if images or "clipper-embedded:" in body:
            from clipper.assets.export import relink

            # With its images inside, the page is whole offline: it loads nothing else.
            body = relink(body, images or {}, keep_others=not images)
    else:
        body = "\n".join(f"<p>{_e(p)}</p>" for p in c.text.split("\n\n") if p.strip())
    meta = "\n".join(f"<dt>{label}</dt><dd>{value}</dd>" for label, value in _meta_rows(c))
    note = f'<p class="note">{_e(c.note)}</p>\n' if c.note else ""
    lang = f' lang="{c.lang}"' if c.lang and _LANG.match(c.lang) else ""
    return (
        f'<!DOCTYPE html>\n<html{lang}>\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f'<meta name="{IDENTITY_META}" content="{_e(json.dumps(identity(c)))}">\n'
        f"<title>{title}</title>\n<style>{_STYLE}</style>\n</head>\n<body>\n<article>\n"
        f'<header>\n<h1>{title}</h1>\n<dl class="meta">\n{meta}\n</dl>\n{note}</header>\n'
        f"{body}\n</article>\n</body>\n</html>\n"
    )


IDENTITY_META = "clipper-clipping"
_IDENTITY_TAG = re.compile(rf'<meta name="{IDENTITY_META}" content="([^"]*)">')


def holds_clipping(text: str, fmt: ExportFormat, clipping: Clipping) -> bool:
    """Whether an exported file's text is an earlier export of this clipping.

    Markdown from any template counts when its address (``url``, ``source``,
    ``canonical_url`` …) is the clipping's and its clipping date, where it
    gives one (``clipped_at``, or Obsidian's ``created`` day), agrees.
    """
    if fmt is not ExportFormat.markdown:
        found = exported_identity(text, fmt)
        return found is not None and found == identity(clipping)
    from clipper.export.frontmatter import UnsafeFrontMatter, split

    try:
        parsed = split(text)
    except UnsafeFrontMatter:
        return False
    if parsed is None:
        return False
    meta = parsed[0]
    addresses = {str(meta.get(k)) for k in ("url", "source", "canonical_url", "canonicalURL")}
    if (clipping.url or clipping.source) not in addresses:
        return False
    if "clipped_at" in meta:
        return str(meta["clipped_at"]) == clipping.clipped_at
    if "created" in meta:
        return str(meta["created"])[:10] == clipping.clipped_at[:10]
    return True


def exported_identity(text: str, fmt: ExportFormat) -> list[str | None] | None:
    """The identity of the clipping an exported file holds, or None if it isn't one."""
    from html import unescape

    from clipper.export.frontmatter import UnsafeFrontMatter

    try:
        if fmt is ExportFormat.markdown:
            from clipper.export.frontmatter import split

            found = split(text)
            meta = found[0] if found else {}
            return [meta.get("url") or meta.get("source"), meta.get("clipped_at")]
        if fmt is ExportFormat.json:
            data = json.loads(text)
            return [data.get("url") or data.get("source"), data.get("clipped_at")]
        if fmt is ExportFormat.html and (m := _IDENTITY_TAG.search(text[:4096])):
            return json.loads(unescape(m.group(1)))
    except (ValueError, AttributeError, UnsafeFrontMatter):
        return None
    return None


def render_one(
    clipping: Clipping,
    fmt: ExportFormat,
    note: NoteTemplate | None = None,
    images: dict[str, str] | None = None,
) -> str:
    """One clipping as one file's text in the given format (Markdown from ``note``'s template).

    ``images`` maps an HTML page's stored images to the data: URIs it shows
    (Markdown notes link theirs as :func:`clipper.assets.export.Assets.for_note` sets them).
    """
    if fmt is ExportFormat.markdown:
        if note is not None:
            return note.render(clipping)[0]
        from clipper.export.markdown import to_markdown

        return to_markdown(clipping)
    if fmt is ExportFormat.html:
        return to_html(clipping, images)
    if fmt is ExportFormat.json:
        return json.dumps(to_record(clipping), ensure_ascii=False, indent=2) + "\n"
    return to_jsonl([clipping])
