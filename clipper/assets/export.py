"""A clipping's images in an export: files beside a Markdown note, or data: URIs in HTML.

Markdown notes link their images relatively, as Obsidian, Jekyll and Hugo
expect: each image is written once into the assets folder (``assets/`` beside
the note unless ``--assets DIR``) under a name that is safe on every file
system (lower-case ASCII letters, digits and dashes, from the image's address,
with a piece of its hash so two images never share a name), and the note
links to it by its path relative to the note. An HTML export carries its images
inside itself as ``data:`` URIs: one file that opens anywhere, offline.
"""

from __future__ import annotations

import base64
import os
import re
import unicodedata
from collections.abc import Callable
from pathlib import Path, PurePosixPath
from urllib.parse import quote, unquote, urlsplit

from clipper.assets.embedded import STAND_IN
from clipper.assets.rules import EXTENSIONS, MEDIA_TYPES
from clipper.errors import UsageError
from clipper.models import Clipping, ImageInfo

DEFAULT_FOLDER = "assets"
MAX_STEM = 40
Load = Callable[[str], bytes]  # an image's bytes by their SHA-256


def asset_name(image: ImageInfo) -> str:
    """The image's file name: from its address's last part, its hash, its kind's extension."""
    stem = ""
    if not image.src.startswith(STAND_IN) and not image.src.lower().startswith("data:"):
        try:
            last = PurePosixPath(unquote(urlsplit(image.src).path)).name
        except ValueError:
            last = ""
        stem = PurePosixPath(last).stem
    folded = unicodedata.normalize("NFKD", stem).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", folded.lower()).strip("-")[:MAX_STEM].strip("-")
    return f"{slug or 'image'}-{image.sha256[:10]}{EXTENSIONS.get(image.kind, '.bin')}"


def write_assets(clipping: Clipping, folder: Path, note_folder: Path, load: Load) -> dict[str, str]:
    """Write the clipping's images into ``folder``; each ``src`` and the note's link to it.

    An image already there under its name (the same hash) is not written again.
    """
    if not clipping.images:
        return {}
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UsageError(
            f"Can't create the assets folder {folder}: {exc.strerror or exc}."
        ) from None
    links: dict[str, str] = {}
    by_hash: dict[str, str] = {}  # one file for one image shown under several addresses
    for image in clipping.images:
        if image.sha256 not in by_hash:
            path = folder / asset_name(image)
            if not (path.is_file() and path.stat().st_size == image.size):
                _write_bytes(path, load(image.sha256))
            relative = os.path.relpath(path, note_folder).replace(os.sep, "/")
            by_hash[image.sha256] = quote(relative, safe="/._-~")
        links[image.src] = by_hash[image.sha256]
    return links


def data_uris(clipping: Clipping, load: Load) -> dict[str, str]:
    """Each of the clipping's images as a data: URI, by its ``src``."""
    found: dict[str, str] = {}
    for image in clipping.images:
        media = MEDIA_TYPES.get(image.kind, "application/octet-stream")
        found[image.src] = (
            f"data:{media};base64,{base64.b64encode(load(image.sha256)).decode('ascii')}"
        )
    return found


def relink(html: str, links: dict[str, str], *, keep_others: bool) -> str:
    """The HTML with each stored image's ``src`` replaced by its link.

    Images with no link are dropped, unless ``keep_others`` keeps those with a
    web address (stand-ins of embedded images that weren't stored always go).
    """
    if "<img" not in html.lower():
        return html
    from lxml import etree
    from lxml import html as lxml_html

    try:
        root = lxml_html.fragment_fromstring(html, create_parent="div")
    except (etree.ParserError, ValueError):
        return html
    for img in list(root.iter("img")):
        src = (img.get("src") or "").strip()
        if src in links:
            img.set("src", links[src])
        elif not (keep_others and src.lower().startswith(("http://", "https://"))):
            img.drop_tree()
    inner = (root.text or "") + "".join(
        etree.tostring(child, encoding="unicode", method="html") for child in root
    )
    return inner


def _write_bytes(path: Path, body: bytes) -> None:
    tmp = path.with_name(f".{path.name}.clipper-tmp")
    try:
        tmp.write_bytes(body)
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise UsageError(f"Can't write {path}: {exc.strerror or exc}.") from None


class Assets:
    """Where an export's images come from (the archive) and go (``--assets DIR``)."""

    def __init__(self, load: Load, folder: Path | None = None) -> None:
        self.load = load
        self.folder = folder

    def for_note(self, clipping: Clipping, note_folder: Path | None) -> Clipping:
        """The clipping as a Markdown note in ``note_folder`` shows it: images written, relinked.

        Its images are written into the assets folder and its HTML and image
        list point at them by relative paths. A note on standard output
        (``note_folder`` None) gets images only when ``--assets`` says where
        (linked from the current folder); otherwise it shows none.
        """
        from dataclasses import replace

        if not clipping.images:
            return clipping
        if note_folder is None and self.folder is None:
            return replace(clipping, images=[])
        base = note_folder if note_folder is not None else Path.cwd()
        folder = self.folder if self.folder is not None else base / DEFAULT_FOLDER
        links = write_assets(clipping, folder, base, self.load)
        return replace(
            clipping,
            html=relink(clipping.html, links, keep_others=False),
            images=[replace(image, src=links[image.src]) for image in clipping.images],
        )

    def data_uris(self, clipping: Clipping) -> dict[str, str]:
        """Each stored image of the clipping as a data: URI, by its ``src`` (for HTML pages)."""
        return data_uris(clipping, self.load)

    def book_images(self, clipping: Clipping) -> list[tuple[str, str, bytes]]:
        """``(src, media type, bytes)`` of each stored image, for an EPUB's chapters."""
        return [
            (
                image.src,
                MEDIA_TYPES.get(image.kind, "application/octet-stream"),
                self.load(image.sha256),
            )
            for image in clipping.images
        ]
