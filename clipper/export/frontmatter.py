"""Read a Markdown file with YAML front matter back into an Article (pure).

This is how an exported clipping comes back: ``clipper clip note.md`` finds
the front matter by content (a ``---`` line, ``key: value`` lines, a closing
``---``), takes the metadata, tags and note from it, and turns the Markdown
body back into clean HTML and plain text.

The YAML reader understands what clipper writes (JSON-quoted scalars and
``- item`` lists) and the common hand-written forms (plain and single-quoted
scalars, ``[a, b]`` lists, ``|`` and ``>`` blocks), which is what Obsidian,
Jekyll and Hugo front matter holds. Anything else means "not front matter",
and the file is read as a page like any other.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from html import unescape
from typing import Any

from clipper.models import Article

MAX_FRONT_MATTER_LINES = 400

_KEY = re.compile(r"^([A-Za-z_][\w.-]*)\s*:(?:\s+(.*?))?\s*$")
_ITEM = re.compile(r"^\s*-\s+(.*?)\s*$|^\s*-\s*$")
_INT = re.compile(r"^-?\d+$")


class _NotFrontMatter(Exception):
    pass


# --- the YAML subset -----------------------------------------------------------------


def _scalar(raw: str) -> Any:
    value = raw.strip()
    if value.startswith('"'):
        try:
            return json.loads(value)
        except json.JSONDecodeError:
            if value.endswith('"') and len(value) > 1:
                return value[1:-1]
            raise _NotFrontMatter from None
    if value.startswith("'"):
        if not value.endswith("'") or len(value) < 2:
            raise _NotFrontMatter
        return value[1:-1].replace("''", "'")
    if value.startswith("[") and value.endswith("]"):
        return [_scalar(item) for item in _split_flow(value[1:-1])]
    if value.startswith("{"):
        raise _NotFrontMatter  # flow maps are not something clipper reads
    if " #" in value:
        value = value.split(" #", 1)[0].rstrip()
    if value in ("", "~", "null", "Null", "NULL"):
        return None
    if value in ("true", "True", "TRUE"):
        return True
    if value in ("false", "False", "FALSE"):
        return False
    if _INT.match(value):
        return int(value)
    return value


def _split_flow(inner: str) -> Iterator[str]:
    """The items of a ``[a, "b, c", 'd']`` list."""
    item, quote = "", ""
    for ch in inner:
        if quote:
            item += ch
            if ch == quote:
                quote = ""
        elif ch in "\"'":
            quote = ch
            item += ch
        elif ch == ",":
            if item.strip():
                yield item
            item = ""
        else:
            item += ch
    if item.strip():
        yield item


def parse_block(lines: list[str]) -> dict[str, Any]:
    """Parse the lines between the ``---`` fences; raises _NotFrontMatter on anything else."""
    data: dict[str, Any] = {}
    key: str | None = None
    i = 0
    while i < len(lines):
        line = lines[i]
        i += 1
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        item = _ITEM.match(line)
        if item and key is not None and (data[key] is None or isinstance(data[key], list)):
            data[key] = [*(data[key] or []), _scalar(item.group(1) or "")]
            continue
        found = _KEY.match(line.lstrip())
        if found and line[0].isspace() and key is not None and not data[key]:
            # A nested map (Obsidian and Hugo allow them): nothing clipper reads.
            data[key] = {}
            continue
        if not found or line[0].isspace():
            raise _NotFrontMatter
        key, value = found.group(1), found.group(2) or ""
        if value[:1] in ("|", ">"):
            block: list[str] = []
            while i < len(lines) and (not lines[i].strip() or lines[i][:1].isspace()):
                block.append(lines[i].strip())
                i += 1
            sep = "\n" if value[0] == "|" else " "
            data[key] = sep.join(block).strip("\n ") + ("\n" if value == "|" else "")
            continue
        data[key] = _scalar(value)
    return data


def split(text: str) -> tuple[dict[str, Any], str] | None:
    """The front matter as a dict and the body after it, or None if there is none."""
    lines = text.lstrip("\ufeff").split("\n")
    if not lines or lines[0].rstrip() != "---":
        return None
    for end in range(1, min(len(lines), MAX_FRONT_MATTER_LINES)):
        if lines[end].rstrip() in ("---", "..."):
            break
    else:
        return None
    try:
        data = parse_block([line.rstrip("\r") for line in lines[1:end]])
    except _NotFrontMatter:
        return None
    if not data:
        return None
    return data, "\n".join(lines[end + 1 :])


# --- the Markdown body ----------------------------------------------------------------


def _text_list(value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, list):
        return tuple(str(v).strip() for v in value if v is not None and str(v).strip())
    return tuple(t.strip() for t in str(value).split(",") if t.strip())


def _text(value: Any) -> str | None:
    if value is None:
        return None
    return str(value)


def _drop_title_heading(body: str, title: str | None) -> str:
    """Remove the ``# Title`` line the export puts above the body."""
    stripped = body.lstrip("\n")
    first, _, rest = stripped.partition("\n")
    if title and first.startswith("# ") and " ".join(first[2:].split()) == " ".join(title.split()):
        return rest
    return body


def markdown_to_html(body: str, captions: tuple[str, ...] = ()) -> str:
    """Render the body; italic lines that hold a known caption become figure captions again.

    The export writes a figure's caption (with its credit, which the stored
    caption may leave out) as an italic paragraph where the figure stood.
    """
    from markdown_it import MarkdownIt

    html = MarkdownIt("commonmark", {"html": False}).render(body)
    if not captions:
        return html.strip()

    def figure(m: re.Match[str]) -> str:
        inner = unescape(m.group(1))
        if any(inner.startswith(c) for c in captions):
            return f"<figure><figcaption>{m.group(1)}</figcaption></figure>"
        return m.group(0)

    return _ITALIC_PARAGRAPH.sub(figure, html).strip()


_ITALIC_PARAGRAPH = re.compile(r"<p><em>([^<]*)</em></p>")


def html_to_text(html: str) -> str:
    """Plain text of clean HTML: one block per paragraph, heading or list item; no captions."""
    import lxml.html

    from clipper.extract.html.rules import TEXT_BLOCK_TAGS

    if not html.strip():
        return ""
    root = lxml.html.fragment_fromstring(html, create_parent="div")
    blocks: list[str] = []
    buf: list[str] = []

    def flush() -> None:
        joined = " ".join("".join(buf).split())
        buf.clear()
        if joined:
            blocks.append(joined)

    def walk(el: Any) -> None:
        if not isinstance(el.tag, str):
            if el.tail:
                buf.append(el.tail)
            return
        if el.tag in ("figcaption", "caption"):
            if el.tail:
                buf.append(el.tail)
            return
        block = el.tag in TEXT_BLOCK_TAGS
        if block:
            flush()
        if el.tag == "br":
            buf.append(" ")
        if el.text:
            buf.append(el.text)
        for child in el:
            walk(child)
        if block:
            flush()
        if el.tail:
            buf.append(el.tail)

    for child in root:
        walk(child)
    flush()
    return "\n\n".join(blocks)


def _is_html(body: str) -> bool:
    from clipper.sources.decode import looks_like_html

    return bool(body.strip()) and looks_like_html(body.lstrip())


def to_article(text: str) -> Article | None:
    """An Article from an exported Markdown file, or None if the text has no front matter."""
    found = split(text)
    if found is None:
        return None
    meta, body = found
    title = _text(meta.get("title"))
    captions = _text_list(meta.get("captions"))
    if _is_html(body):
        # Jekyll and Hugo posts may be written in HTML under their front matter.
        from clipper.export.sanitize import safe_html

        html = safe_html(body)
    else:
        html = markdown_to_html(_drop_title_heading(body, title), captions)
    authors = _text_list(meta.get("authors", meta.get("author")))
    date = meta["published"] if "published" in meta else meta.get("date")
    return Article(
        text=html_to_text(html),
        html=html,
        title=title,
        authors=authors,
        byline=_text(meta.get("byline")) or (", ".join(authors) or None),
        published=_text(date),
        modified=_text(meta.get("modified")),
        date_source="front matter" if date else None,
        site_name=_text(meta.get("site", meta.get("site_name"))),
        lang=_text(meta.get("lang")),
        excerpt=_text(meta.get("excerpt", meta.get("description"))),
        image=_text(meta.get("image")),
        canonical_url=_text(meta.get("url")),
        section=_text(meta.get("section")),
        tags=_text_list(meta.get("tags")),
        captions=captions,
        kind="markdown",
        note=_text(meta.get("note")),
        corrected=_text_list(meta.get("corrected")),
        clipped_at=_text(meta.get("clipped_at")),
    )
