"""Which images the clean article shows, and getting their bytes (the I/O of images).

Images are taken from the article's HTML as the extractor left it, in page
order: its furniture is gone already, and :mod:`clipper.assets.rules` drops
what still looks like a tracker, an icon or an ad. Each one is then read from
wherever it is: a ``data:`` URI in the page, a file beside a saved page, or
the web through :func:`clipper.sources.fetch.fetch_resource` (the same
timeouts, retries and limits as pages, at most two requests at a time to one
host, a polite delay apart). Its bytes decide what it is
(:func:`clipper.assets.images.check_image`). An image that fails is reported
in one line and never fails the clipping.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urljoin, urlsplit

from clipper.assets.embedded import STAND_IN, BadDataUri, data_images, decode_data_uri
from clipper.assets.images import ImageRefused, TooSmall, check_image
from clipper.assets.rules import ACCEPT, MAX_IMAGE_BYTES, MAX_IMAGES, is_furniture
from clipper.errors import ClipperError
from clipper.limits import DEFAULT_TIMEOUT
from clipper.models import ImageFile, Page

# Images are fetched this many at a time (and never more than the host limit allows).
WORKERS = 4
# The longest one page's images may take altogether; the rest are reported not fetched.
MIN_BUDGET = 60.0

Slot = Callable[[str], AbstractContextManager[None]]


@dataclass(frozen=True, slots=True)
class ImageOptions:
    """How to get a page's images."""

    timeout: float = DEFAULT_TIMEOUT
    user_agent: str | None = None
    max_images: int = MAX_IMAGES
    max_bytes: int = MAX_IMAGE_BYTES
    retries: int = 2


@dataclass(frozen=True, slots=True)
class Collected:
    """A page's images: those kept, in page order, and one line for each that failed."""

    images: tuple[ImageFile, ...] = ()
    failures: tuple[str, ...] = ()
    skipped: int = 0  # trackers, icons and ads, by address or by size


def article_images(html: str) -> list[tuple[str, str | None]]:
    """The ``(src, alt)`` of each image the article shows, in order, each once."""
    if "<img" not in html.lower():
        return []
    from lxml import etree
    from lxml import html as lxml_html

    try:
        root = lxml_html.fragment_fromstring(html, create_parent="div")
    except (etree.ParserError, ValueError):
        return []
    found: dict[str, str | None] = {}
    for img in root.iter("img"):
        src = (img.get("src") or "").strip()
        if src and src not in found:
            found[src] = (img.get("alt") or "").strip() or None
    return list(found.items())


def collect(
    html: str,
    page: Page,
    page_text: str,
    options: ImageOptions,
    slot: Slot | None = None,
) -> Collected:
    """Read, check and keep the images the article's HTML shows; never raises for one image.

    ``page_text`` is the page as decoded (its ``data:`` images are found
    there); ``slot`` is the batch's per-host limiter, if any.
    """
    wanted = article_images(html)
    embedded = data_images(page_text) if any(s.startswith(STAND_IN) for s, _ in wanted) else {}
    candidates: list[tuple[str, str | None]] = []
    skipped = 0
    for src, alt in wanted:
        if is_furniture(src):
            skipped += 1
        else:
            candidates.append((src, alt))
    failures: list[str] = []
    if len(candidates) > options.max_images:
        failures.append(
            f"kept the first {options.max_images} of {len(candidates)} images "
            f"(clipper keeps at most {options.max_images} a clipping)"
        )
        candidates = candidates[: options.max_images]
    deadline = time.monotonic() + max(MIN_BUDGET, 3 * options.timeout)
    limiter = slot or _no_limit

    def one(src: str, alt: str | None) -> ImageFile | str | None:
        name = _short(src)
        if time.monotonic() > deadline:
            return f"{name}: not fetched, the page's images took too long altogether"
        try:
            body = _read(src, page, embedded, options, limiter)
            checked = check_image(body, name)
        except TooSmall:
            return None
        except (ImageRefused, ClipperError) as exc:
            return str(exc) if str(exc).startswith(name) else f"{name}: {exc}"
        return ImageFile(src, checked.kind, checked.body, checked.width, checked.height, alt)

    images: list[ImageFile] = []
    if candidates:
        with ThreadPoolExecutor(min(WORKERS, len(candidates))) as pool:
            results = list(pool.map(lambda c: one(*c), candidates))
        for result in results:
            if isinstance(result, ImageFile):
                images.append(result)
            elif result is None:
                skipped += 1
            else:
                failures.append(result)
    return Collected(tuple(images), tuple(failures), skipped)


@contextmanager
def _no_limit(_: str) -> Iterator[None]:
    yield


class _NotAvailable(ClipperError):
    pass


def _read(
    src: str, page: Page, embedded: dict[str, str], options: ImageOptions, slot: Slot
) -> bytes:
    lowered = src.lower()
    if lowered.startswith(STAND_IN):
        uri = embedded.get(src)
        if uri is None:
            raise _NotAvailable("not found in the page")
        return _decode(uri, options)
    if lowered.startswith("data:"):
        return _decode(src, options)
    address = urljoin(page.url, src) if page.url else src
    scheme = urlsplit(address).scheme.lower()
    if scheme in ("http", "https"):
        if page.archived_from and "#warc-record=" in page.source:
            # A page from a WARC file: the crawl may have captured its images too.
            from clipper.sources.warc import captured_image

            captured = captured_image(page.archived_from, address, options.max_bytes)
            if captured is not None:
                return captured
        if page.archived_from and page.archived_from.lower().startswith(("http://", "https://")):
            # A page clipped from a web archive: its images are there too, if anywhere.
            from clipper.assets.archive import image_address

            address = image_address(page.archived_from, address) or address
        return _fetch(address, options, slot)
    if not scheme and not page.url and page.source not in ("-", ""):
        return _beside(src, Path(page.source), options)
    raise _NotAvailable(f"clipper can't read images from {scheme or 'relative'} addresses here")


def _fetch(address: str, options: ImageOptions, slot: Slot) -> bytes:
    from clipper.sources.fetch import fetch_resource

    with slot(address):
        fetched = fetch_resource(
            address,
            accept=ACCEPT,
            timeout=options.timeout,
            max_bytes=options.max_bytes,
            user_agent=options.user_agent,
            retries=options.retries,
        )
    return fetched.body


def _decode(uri: str, options: ImageOptions) -> bytes:
    from html import unescape

    try:
        # as an attribute's value it may hold character references ("&amp;", "&quot;")
        return decode_data_uri(unescape(uri), options.max_bytes)
    except BadDataUri as exc:
        raise _NotAvailable(f"its data: URI {exc}") from None


def _beside(src: str, page_path: Path, options: ImageOptions) -> bytes:
    """An image a saved page keeps beside it ("page_files/photo.jpg"); nothing outside its folder."""
    from urllib.parse import unquote

    folder = page_path.parent.resolve()
    target = (folder / unquote(src.split("?")[0].split("#")[0])).resolve()
    if not target.is_relative_to(folder):
        raise _NotAvailable("it is outside the saved page's folder")
    try:
        if target.stat().st_size > options.max_bytes:
            raise _NotAvailable(f"it is over the {options.max_bytes // 1_000_000} MB limit")
        return target.read_bytes()
    except OSError:
        raise _NotAvailable("no such file beside the saved page") from None


def _short(src: str) -> str:
    if src.lower().startswith("data:") or src.startswith(STAND_IN):
        return "an embedded image"
    from clipper.untrusted import printable

    text = printable(src, single_line=True)
    return text if len(text) <= 100 else text[:99] + "…"
