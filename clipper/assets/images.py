"""What an image's bytes are, how big it is in pixels, and making an SVG safe (pure).

Nothing here decodes pixels. The kind comes from the bytes' magic, never from
a Content-Type header or a file name; the size in pixels from the format's
own header (PNG's IHDR, GIF's screen descriptor, JPEG's frame header, WebP's
VP8/VP8L/VP8X chunk, AVIF's ``ispe`` property), read within the first bytes
with bounds checked at every step. Reading headers this way needs no imaging
library (Pillow's decoders have had their share of security fixes) and costs
the same for a 10 MB photo as for a thumbnail; an image too large to decode
safely (a pixel flood) is refused on its header alone.
"""

from __future__ import annotations

import re
import struct
from dataclasses import dataclass

from clipper.assets.rules import MAX_IMAGE_BYTES, MAX_PIXELS, MIN_SIDE
from clipper.errors import ClipperError


class ImageRefused(ClipperError):
    """An image that isn't kept: not an image, not a kind clipper keeps, too large, unsafe."""


class TooSmall(ImageRefused):
    """An image too small to be the article's (a tracking pixel, a spacer, an icon)."""


@dataclass(frozen=True, slots=True)
class Checked:
    """An image's bytes as they will be stored, what they are, and their size in pixels."""

    kind: str
    body: bytes
    width: int | None
    height: int | None


# How far into the file a header is looked for.
HEADER_BYTES = 256 * 1024


def check_image(body: bytes, what: str) -> Checked:
    """The image these bytes are, within every limit; raises ImageRefused saying why.

    ``what`` names the image in messages (its address, shortened).
    """
    if len(body) > MAX_IMAGE_BYTES:
        raise ImageRefused(f"{what} is over the {MAX_IMAGE_BYTES // 1_000_000} MB limit per image.")
    if not body:
        raise ImageRefused(f"{what} is empty.")
    kind = sniff(body)
    if kind is None:
        raise ImageRefused(f"{what} is {_what_else(body)}, not an image clipper keeps.")
    if kind == "svg":
        return Checked("svg", sanitize_svg(body, what), None, None)
    size = dimensions(kind, body)
    if size is None:
        raise ImageRefused(f"{what} looks like {kind.upper()} but its header can't be read.")
    width, height = size
    if width <= 0 or height <= 0:
        raise ImageRefused(f"{what} claims to be {width}×{height} pixels.")
    if width * height > MAX_PIXELS:
        raise ImageRefused(
            f"{what} claims to be {width:,}×{height:,} pixels, too large to open safely "
            f"(the limit is {MAX_PIXELS:,} pixels)."
        )
    if width < MIN_SIDE and height < MIN_SIDE:
        raise TooSmall(f"{what} is {width}×{height} pixels: a tracker or an icon.")
    return Checked(kind, body, width, height)


def sniff(body: bytes) -> str | None:
    """The kind of image the bytes are, by their magic; None when they are no kept kind."""
    if body.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if body.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if body.startswith((b"GIF87a", b"GIF89a")):
        return "gif"
    if body[:4] == b"RIFF" and body[8:12] == b"WEBP":
        return "webp"
    if body[4:8] == b"ftyp" and _is_avif(body):
        return "avif"
    if _looks_like_svg(body):
        return "svg"
    return None


def _is_avif(body: bytes) -> bool:
    size = struct.unpack(">I", body[:4])[0]
    if size < 16 or size > 4096 or size > len(body):
        return False
    brands = [body[8:12]] + [body[i : i + 4] for i in range(16, size, 4)]
    return any(b in (b"avif", b"avis") for b in brands)


_SVG_START = re.compile(
    rb"^(?:\xef\xbb\xbf)?\s*(?:<\?xml[^>]{0,200}\?>\s*)?(?:<!--.{0,2000}?-->\s*)*"
    rb"(?:<!DOCTYPE[^>]{0,500}>\s*)?(?:<!--.{0,2000}?-->\s*)*<svg[\s>:]",
    re.S | re.I,
)


def _looks_like_svg(body: bytes) -> bool:
    return _SVG_START.match(body[:8192]) is not None


def _what_else(body: bytes) -> str:
    head = body[:512].lstrip().lower()
    if head.startswith((b"<!doctype html", b"<html", b"<head", b"<body")) or b"<html" in head:
        return "an HTML page"
    if head.startswith((b"{", b"[")):
        return "JSON data"
    if body.startswith(b"%PDF-"):
        return "a PDF"
    if body.startswith((b"BM", b"II*\x00", b"MM\x00*")):
        return "a BMP or TIFF image"
    if body.startswith(b"\x1f\x8b"):
        return "gzip data"
    return "something else"


def dimensions(kind: str, body: bytes) -> tuple[int, int] | None:
    """Width and height in pixels from the image's header, or None if it can't be read."""
    head = body[:HEADER_BYTES]
    try:
        if kind == "png":
            if head[12:16] != b"IHDR":
                return None
            return struct.unpack(">II", head[16:24])
        if kind == "gif":
            return struct.unpack("<HH", head[6:10])
        if kind == "jpeg":
            return _jpeg_size(body)
        if kind == "webp":
            return _webp_size(head)
        if kind == "avif":
            return _avif_size(head)
    except struct.error:
        return None
    return None


# Start-of-frame markers: every SOFn but DHT (C4), JPG (C8) and DAC (CC).
_SOF = frozenset(range(0xC0, 0xD0)) - {0xC4, 0xC8, 0xCC}


def _jpeg_size(body: bytes) -> tuple[int, int] | None:
    """Walk the JPEG's marker segments to its frame header; each step moves forward."""
    pos = 2
    end = len(body)
    for _ in range(10_000):  # segments before the frame header: a few dozen at most
        while pos < end and body[pos] == 0xFF:
            pos += 1  # fill bytes
        if pos >= end:
            return None
        marker = body[pos]
        pos += 1
        if marker in (0xD8, 0x01) or 0xD0 <= marker <= 0xD7:
            continue  # no length follows
        if pos + 2 > end:
            return None
        length = struct.unpack(">H", body[pos : pos + 2])[0]
        if length < 2:
            return None
        if marker in _SOF:
            height, width = struct.unpack(">HH", body[pos + 3 : pos + 7])
            return width, height
        if marker == 0xDA:  # start of scan with no frame header before it
            return None
        pos += length
    return None


def _webp_size(head: bytes) -> tuple[int, int] | None:
    chunk = head[12:16]
    if chunk == b"VP8 ":
        if head[23:26] != b"\x9d\x01\x2a":
            return None
        w, h = struct.unpack("<HH", head[26:30])
        return w & 0x3FFF, h & 0x3FFF
    if chunk == b"VP8L":
        if head[20] != 0x2F:
            return None
        bits = struct.unpack("<I", head[21:25])[0]
        return (bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1
    if chunk == b"VP8X":
        w = int.from_bytes(head[24:27], "little") + 1
        h = int.from_bytes(head[27:30], "little") + 1
        return w, h
    return None


def _avif_size(head: bytes) -> tuple[int, int] | None:
    """The largest image spatial extent (``ispe``) the header declares.

    An AVIF holds one per image item (the picture, a thumbnail, a grid's
    tiles); the largest is what decoding it costs.
    """
    best: tuple[int, int] | None = None
    start = 0
    for _ in range(64):
        at = head.find(b"ispe", start)
        if at < 0:
            break
        start = at + 4
        w, h = struct.unpack(">II", head[at + 8 : at + 16])
        if best is None or w * h > best[0] * best[1]:
            best = (w, h)
    return best


# --- SVG ---------------------------------------------------------------------

# Elements that run code, load other documents or embed HTML.
SVG_DROP = frozenset(
    {"script", "foreignobject", "iframe", "embed", "object", "handler", "listener", "audio",
     "video", "discard"}
)  # fmt: skip
_XLINK = "{http://www.w3.org/1999/xlink}href"
_EXTERNAL_URL = re.compile(r"url\(\s*['\"]?\s*(?!#)[^)]*\)|@import", re.I)
MAX_SVG_ELEMENTS = 50_000


def sanitize_svg(body: bytes, what: str) -> bytes:
    """The SVG without scripts, event handlers, external references or embedded HTML.

    Parsed without network, entity expansion or DTDs (no billion laughs, no
    XXE); every reference that isn't to a fragment of the image itself (``#id``)
    or a ``data:`` raster image goes, and so does a stylesheet that loads
    anything. Raises ImageRefused for what isn't well-formed SVG.
    """
    from lxml import etree

    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False, recover=False
    )
    try:
        root = etree.fromstring(body, parser)
    except etree.XMLSyntaxError as exc:
        raise ImageRefused(f"{what} is not well-formed SVG ({str(exc)[:80]}).") from None
    if not isinstance(root.tag, str) or etree.QName(root).localname.lower() != "svg":
        raise ImageRefused(f"{what} is XML but not SVG.")
    count = 0
    doomed = []
    for el in root.iter():
        count += 1
        if count > MAX_SVG_ELEMENTS:
            raise ImageRefused(f"{what} has more than {MAX_SVG_ELEMENTS:,} elements.")
        if not isinstance(el.tag, str):
            doomed.append(el)  # comments, processing instructions, entity references
            continue
        name = etree.QName(el).localname.lower()
        if name in SVG_DROP:
            doomed.append(el)
            continue
        if name in ("set", "animate") and "href" in (el.get("attributeName") or "").lower():
            doomed.append(el)
            continue
        # lxml yields str in Python 3; its stubs also allow bytes
        text = "".join(t for t in el.itertext() if isinstance(t, str))
        if name == "style" and _EXTERNAL_URL.search(text):
            doomed.append(el)
            continue
        for attr in list(el.attrib):
            local = etree.QName(attr).localname.lower()
            raw = el.attrib[attr]
            value = (raw if isinstance(raw, str) else raw.decode("utf-8", "replace")).strip()
            if local.startswith("on"):
                del el.attrib[attr]
            elif local == "href" or attr == _XLINK:
                if not (value.startswith("#") or _is_data_raster(value)):
                    del el.attrib[attr]
            elif _EXTERNAL_URL.search(value):
                del el.attrib[attr]
    for el in doomed:
        parent = el.getparent()
        if parent is not None:
            tail = el.tail
            parent.remove(el)
            if tail and tail.strip():
                pass  # text after a dropped element is not drawn in SVG
    return etree.tostring(root, encoding="utf-8", xml_declaration=True)


def _is_data_raster(value: str) -> bool:
    lowered = value.lower()
    return lowered.startswith(
        ("data:image/png", "data:image/jpeg", "data:image/gif", "data:image/webp")
    )
