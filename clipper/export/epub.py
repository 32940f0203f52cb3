"""Clippings as one EPUB 3 book: a chapter per clipping, a table of contents (pure but for bytes).

ebooklib writes the container: the ``mimetype`` entry first and stored
uncompressed, ``META-INF/container.xml``, the package document with its
manifest and spine, the EPUB 3 navigation document and an NCX for older
readers. This module makes each chapter's XHTML: the title, a metadata line
(site, authors, date, words, the address), the note, the article, the
highlights; all text escaped, the article's HTML cleaned.

Images: EPUB readers show only images inside the book, so an ``<img>`` is kept
only when the ``images`` callable (the seam for clipper's image store) hands
over its bytes; every other image is left out, its caption stays.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from html import escape
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from clipper.models import Clipping

_LANG = re.compile(r"^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$")
_IMAGE_TYPES = {
    "image/jpeg": ".jpg",
    "image/png": ".png",
    "image/gif": ".gif",
    "image/svg+xml": ".svg",
    "image/webp": ".webp",
}
_STYLE = """
body { font-family: serif; line-height: 1.5; }
h1 { font-size: 1.4em; line-height: 1.2; }
p.meta { font-size: 0.85em; color: #555; }
p.note { font-style: italic; border-left: 3px solid #c90; padding-left: 0.6em; }
blockquote { margin: 0.8em 1.2em; font-style: italic; }
figcaption { font-size: 0.85em; font-style: italic; }
img { max-width: 100%; }
"""


@dataclass(frozen=True, slots=True)
class BookImage:
    """An image of a clipping for the book: the ``src`` its HTML uses, its type and bytes."""

    src: str
    media_type: str
    data: bytes


ImageSource = Callable[["Clipping"], Sequence[BookImage]]


def no_images(clipping: Clipping) -> Sequence[BookImage]:
    """The image source while the archive keeps no images: every ``<img>`` is left out."""
    return ()


def _e(text: str | None) -> str:
    from clipper.untrusted import printable, xml_safe

    return escape(xml_safe(printable(text)))


def meta_line(c: Clipping) -> str:
    """Site · authors · date · words · address, as escaped XHTML."""
    parts = []
    if c.site_name:
        parts.append(_e(c.site_name))
    if c.authors or c.byline:
        parts.append("by " + _e(c.byline or ", ".join(c.authors)))
    if c.published:
        parts.append(_e(c.published[:10]))
    parts.append(f"{c.word_count:,} words")
    if c.url and c.url.lower().startswith(("http://", "https://")):
        parts.append(f'<a href="{_e(c.url)}">{_e(c.url)}</a>')
    elif c.url or c.source:
        parts.append(_e(c.url or c.source))
    return " · ".join(parts)


def _article_html(c: Clipping, local: dict[str, str]) -> str:
    """The clipping's article, cleaned, with images pointing into the book or left out."""
    import lxml.html

    from clipper.export.sanitize import safe_html

    if not c.html.strip():
        return "\n".join(f"<p>{_e(p)}</p>" for p in c.text.split("\n\n") if p.strip())
    cleaned = safe_html(c.html)
    root = lxml.html.fragment_fromstring(cleaned, create_parent="div")
    for img in root.iter("img"):
        src = img.get("src") or ""
        if src in local:
            img.set("src", local[src])
            img.set("alt", img.get("alt") or "")
        else:
            img.drop_tree()
    for link in root.iter("a"):
        href = link.get("href") or ""
        if not href.lower().startswith(("http://", "https://", "mailto:")):
            link.attrib.pop("href", None)  # a relative link points nowhere in the book
    return "".join(lxml.html.tostring(child, encoding="unicode") for child in root) or (
        _e(root.text) if root.text else ""
    )


def chapter_body(c: Clipping, local: dict[str, str]) -> str:
    """A chapter's XHTML body: heading, metadata line, note, article, highlights."""
    from clipper.untrusted import printable

    parts = [
        f"<h1>{_e(printable(c.title or '(untitled)', single_line=True))}</h1>",
        f'<p class="meta">{meta_line(c)}</p>',
    ]
    if c.note:
        parts.append(f'<p class="note">{_e(c.note)}</p>')
    parts.append(_article_html(c, local))
    if c.highlights:
        parts.append("<h2>Highlights</h2>")
        for h in c.highlights:
            quoted = "".join(f"<p>{_e(p)}</p>" for p in h.passage.split("\n\n") if p.strip())
            parts.append(f"<blockquote>{quoted}</blockquote>")
            if h.note:
                parts.append(f"<p>{_e(h.note)}</p>")
    return "\n".join(parts)


def book_language(clippings: Sequence[Clipping]) -> str:
    """The clippings' most common language, else English."""
    langs = Counter(c.lang for c in clippings if c.lang and _LANG.match(c.lang))
    return langs.most_common(1)[0][0] if langs else "en"


def to_epub(
    clippings: Sequence[Clipping],
    *,
    title: str,
    images: ImageSource = no_images,
    identifier: str | None = None,
) -> bytes:
    """The EPUB file's bytes: one chapter per clipping in the order given."""
    import io
    import uuid

    from ebooklib import epub  # type: ignore[import-untyped,unused-ignore]

    from clipper import __version__

    book = epub.EpubBook()
    book.set_identifier(identifier or f"urn:uuid:{uuid.uuid4()}")
    book.set_title(title)
    book.set_language(book_language(clippings))
    book.add_author("clipper")
    book.add_metadata("DC", "publisher", f"clipper {__version__}")
    style = epub.EpubItem(
        uid="style", file_name="style.css", media_type="text/css", content=_STYLE.encode()
    )
    book.add_item(style)
    chapters = []
    for number, clipping in enumerate(clippings, start=1):
        local: dict[str, str] = {}
        for n, image in enumerate(images(clipping), start=1):
            extension = _IMAGE_TYPES.get(image.media_type)
            if extension is None or image.src in local:
                continue
            # By chapter, not by clipping id: ids repeat across archives, chapters don't.
            name = f"images/chapter-{number:04d}-{n}{extension}"
            book.add_item(
                epub.EpubImage(
                    uid=f"image-{number:04d}-{n}",
                    file_name=name,
                    media_type=image.media_type,
                    content=image.data,
                )
            )
            local[image.src] = name
        lang = clipping.lang if clipping.lang and _LANG.match(clipping.lang) else None
        chapter = epub.EpubHtml(
            title=_chapter_title(clipping),
            file_name=f"chapter-{number:04d}.xhtml",
            lang=lang or book_language(clippings),
            uid=f"chapter-{number:04d}",
        )
        chapter.content = chapter_body(clipping, local)
        chapter.add_item(style)
        book.add_item(chapter)
        chapters.append(chapter)
    book.toc = chapters
    book.add_item(epub.EpubNcx())
    book.add_item(epub.EpubNav())
    book.spine = ["nav", *chapters]
    out = io.BytesIO()
    epub.write_epub(out, book, {"epub3_pages": False})
    return out.getvalue()


def _chapter_title(c: Clipping) -> str:
    from clipper.untrusted import printable, xml_safe

    return xml_safe(printable(c.title or f"Clipping {c.id}", single_line=True))


def book_title(clippings: Sequence[Clipping], tags: Sequence[str], query: str | None) -> str:
    """A title that says what the book holds: one clipping's title, or what was chosen."""
    if len(clippings) == 1 and clippings[0].title:
        return _chapter_title(clippings[0])
    chosen = ", ".join([*(f"#{t}" for t in tags), *([f"“{query}”"] if query else [])])
    return f"Clippings: {chosen}" if chosen else f"Clippings ({len(clippings)})"
