"""Read a Markdown file with YAML front matter back into an Article (pure).

This is how an exported clipping comes back: ``clipper clip note.md`` finds
the front matter by content (a ``---`` line, YAML, a closing ``---``), takes
the metadata, tags, note and highlights from it, and turns the Markdown body
back into clean HTML and plain text.

The YAML is read by PyYAML's safe loader (libyaml's when installed), so
anything valid that a vault holds is understood: what clipper's templates
write, Obsidian's properties, Jekyll and Hugo front matter. What is not YAML,
or not a mapping, means "not front matter", and the file is read as a page
like any other. What a note has no use for and a hostile file could abuse is
refused with :class:`UnsafeFrontMatter`, in time bounded by the block's size:
tags (``!!python/object``, ``!custom``), anchors and aliases (the "billion
laughs"), nesting deeper than :data:`MAX_DEPTH`, more than
:data:`MAX_FRONT_MATTER_BYTES`.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from html import unescape
from typing import Any

from clipper.errors import NotAnArticle
from clipper.models import Article

MAX_FRONT_MATTER_LINES = 1_000
MAX_FRONT_MATTER_BYTES = 256_000
MAX_DEPTH = 16
MAX_NODES = 20_000
# The tag Obsidian Web Clipper's default template gives every note: in an
# archive of clippings it says nothing, so a note in that template's shape
# (source and created, no clipped_at) comes back without it.
WEB_CLIPPER_TAGS = ("clippings",)
_WIKILINK = re.compile(r"^\[\[([^\]|#^]*)(?:[#^][^\]|]*)?(?:\|[^\]]*)?\]\]$")


class UnsafeFrontMatter(NotAnArticle):
    """Front matter that uses what YAML allows but no note needs (tags, aliases, depth, size)."""


# --- the YAML -------------------------------------------------------------------------


def _loader() -> Any:
    import yaml

    return getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _check_events(block: str) -> None:
    """Refuse tags, anchors, aliases, deep nesting and huge node counts before building anything."""
    import yaml

    depth = 0
    for nodes, event in enumerate(yaml.parse(block, Loader=_loader()), start=1):
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
            raise UnsafeFrontMatter(
                "The front matter uses YAML anchors or aliases (& and *), which clipper doesn't "
                "read in notes; write the values out and clip it again."
            )
        tag = getattr(event, "tag", None)
        if tag is not None:
            raise UnsafeFrontMatter(
                f"The front matter uses the YAML tag {tag[:40]!r}, which clipper doesn't read "
                "in notes; remove it and clip it again."
            )
        if isinstance(event, yaml.CollectionStartEvent):
            depth += 1
            if depth > MAX_DEPTH:
                raise UnsafeFrontMatter(
                    f"The front matter nests more than {MAX_DEPTH} levels deep; clipper reads "
                    "flatter notes."
                )
        elif isinstance(event, yaml.CollectionEndEvent):
            depth -= 1
        if nodes > MAX_NODES:
            raise UnsafeFrontMatter(
                f"The front matter holds more than {MAX_NODES:,} values; clipper reads smaller notes."
            )


def parse_block(block: str) -> dict[str, Any] | None:
    """The mapping a front matter block holds; None when it isn't YAML or isn't a mapping.

    Raises UnsafeFrontMatter for what is refused (see the module docstring).
    """
    import yaml

    if len(block.encode("utf-8", "surrogatepass")) > MAX_FRONT_MATTER_BYTES:
        raise UnsafeFrontMatter(
            f"The front matter is over {MAX_FRONT_MATTER_BYTES:,} bytes; clipper reads smaller notes."
        )
    try:
        _check_events(block)
        data = yaml.load(block, Loader=_loader())  # a safe loader, checked above
    except yaml.YAMLError:
        return None
    except RecursionError:  # deeper than Python recurses, though the events said otherwise
        raise UnsafeFrontMatter("The front matter nests too deeply to read.") from None
    if not isinstance(data, dict):
        return None
    return {str(k): v for k, v in data.items()}


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
    data = parse_block("".join(line.rstrip("\r") + "\n" for line in lines[1:end]))
    if not data:
        return None
    return data, "\n".join(lines[end + 1 :])


# --- the Markdown body ----------------------------------------------------------------


def _text(value: Any) -> str | None:
    """A value as text: dates in ISO 8601, lists and maps left out (they are no one value)."""
    if value is None or isinstance(value, dict | list):
        return None
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _text_list(value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    items = value if isinstance(value, list) else str(value).split(",")
    texts = (_text(v) for v in items)
    return tuple(t.strip() for t in texts if t is not None and t.strip())


def _names(value: Any) -> tuple[str, ...]:
    """Authors as names: Obsidian writes them as links, ``[[Name]]`` or ``[[Name|shown]]``."""
    names = []
    for item in _text_list(value):
        link = _WIKILINK.match(item)
        names.append(" ".join((link.group(1) if link else item).split()))
    return tuple(n for n in names if n)


def _date(value: Any) -> str | None:
    """A date as ISO 8601 where it is one in another form (Jekyll's ``2025-03-03 17:04:00 -0500``)."""
    text = _text(value)
    if text is None:
        return None
    for form in ("%Y-%m-%d %H:%M:%S %z", "%Y-%m-%d %H:%M %z", "%Y-%m-%d %H:%M:%S"):
        try:
            return datetime.strptime(text.strip(), form).isoformat()
        except ValueError:
            continue
    return text


def _first(meta: dict[str, Any], *names: str) -> Any:
    """The value of the first of these keys the front matter has (and isn't empty)."""
    for name in names:
        value = meta.get(name)
        if value is not None and value != "" and value != []:
            return value
    return None


def _web_url(value: Any) -> str | None:
    text = _text(value)
    return text if text and text.lower().startswith(("http://", "https://")) else None


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

    # Tables as the export writes them (GFM pipes), which plain CommonMark leaves as text.
    html = MarkdownIt("commonmark", {"html": False}).enable("table").render(body)
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
    """Plain text of clean HTML, rendered as the extractor renders an article's text.

    One renderer for both (clipper.extract.html.render), so a clipping read back
    from its Markdown gets the text it had when it was clipped: blocks apart,
    a table's rows as lines of cells, ``<pre>`` lines kept, no captions.
    """
    import lxml.html

    from clipper.extract.html.render import text_blocks

    if not html.strip():
        return ""
    root = lxml.html.fragment_fromstring(html, create_parent="div")
    for node in root.xpath("//comment() | //processing-instruction()"):
        node.drop_tree()
    return "\n\n".join(text_blocks(root))


_UNESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")  # CommonMark: a backslash before ASCII punctuation


def _unescape(text: str) -> str:
    return _UNESCAPE.sub(r"\1", text)


def split_highlights(body: str) -> tuple[str, tuple[tuple[str, str | None], ...]]:
    """The body without its trailing Highlights section, and the (passage, note) pairs in it.

    The section counts as highlights only when it holds nothing but quotes
    with notes under them and every quote is a passage of the body above, so
    an article that ends with a "Highlights" heading of its own keeps it.
    """
    from clipper.export.markdown import HIGHLIGHTS_HEADING
    from clipper.highlights import fold, locate

    at = body.rfind(f"\n{HIGHLIGHTS_HEADING}\n")
    if at < 0:
        return body, ()
    head, section = body[:at], body[at + len(HIGHLIGHTS_HEADING) + 2 :]
    found: list[tuple[list[str], list[str]]] = []
    for block in (b.strip("\n") for b in re.split(r"\n\s*\n", section)):
        if not block.strip():
            continue
        lines = block.split("\n")
        if all(line.startswith(">") for line in lines):
            paragraphs = " ".join(line[1:].strip() or "\n\n" for line in lines)
            found.append(([_unescape(p.strip()) for p in paragraphs.split("\n\n")], []))
        elif found and not any(line.startswith(">") for line in lines):
            found[-1][1].append(_unescape(" ".join(block.split())))
        else:
            return body, ()
    if not found:
        return body, ()
    text = fold(html_to_text(markdown_to_html(head)))
    pairs = tuple(
        ("\n\n".join(p for p in quote if p), "\n\n".join(note) or None) for quote, note in found
    )
    if any(locate(text, passage) is None for passage, _ in pairs):
        return body, ()
    return head.rstrip("\n") + "\n", pairs


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
        highlights: tuple[tuple[str, str | None], ...] = ()
    else:
        body, highlights = split_highlights(_drop_title_heading(body, title))
        html = markdown_to_html(body, captions)
    authors = _names(_first(meta, "authors", "author"))
    published = _date(_first(meta, "published", "date"))
    tags = _text_list(_first(meta, "tags"))
    web_clipper = "clipped_at" not in meta and "created" in meta and "source" in meta
    if web_clipper:
        tags = tuple(t for t in tags if t.casefold() not in WEB_CLIPPER_TAGS)
    categories = _text_list(meta.get("categories"))
    return Article(
        text=html_to_text(html),
        html=html,
        title=title,
        authors=authors,
        byline=_text(meta.get("byline")) or (", ".join(authors) or None),
        published=published,
        modified=_date(_first(meta, "modified", "lastmod")),
        date_source="front matter" if published else None,
        site_name=_text(_first(meta, "site", "site_name")),
        lang=_text(meta.get("lang")),
        excerpt=_text(_first(meta, "excerpt", "description")),
        image=_text(meta.get("image")),
        canonical_url=_web_url(_first(meta, "url", "canonical_url", "canonicalURL"))
        or _web_url(meta.get("source")),
        section=_text(meta.get("section")) or (categories[0] if categories else None),
        tags=tags,
        captions=captions,
        kind="markdown",
        note=_text(meta.get("note")),
        corrected=_text_list(meta.get("corrected")),
        clipped_at=_text(_first(meta, "clipped_at", "created")),
        highlights=highlights,
    )
