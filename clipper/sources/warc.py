"""Web archives (WARC, ``.warc`` and ``.warc.gz``) as a source: every HTML capture a page.

ArchiveBox, Browsertrix, Webrecorder, ``wget --warc-file`` and Common Crawl
all write WARC files. Expanding one lists its HTML captures (``response``
records with a 2xx HTTP status, and ``resource`` records) as batch items that
name the file and the record's offset, ``FILE#warc-record=OFFSET``; reading
an item seeks to its record and reads that one alone, so a batch of a
100,000-record WARC runs in bounded memory, reports each record on its own,
and, run again, skips what it has stored. The page keeps its original URL
(``WARC-Target-URI``) and its capture date (``WARC-Date``).

A WARC lives here, among the sources, rather than in :mod:`clipper.assets`:
it is a container of pages like a bookmark file or a folder, and what it
yields (items, then pages) is what the other sources yield. warcio, the
library the Webrecorder project maintains, is imported only here.
"""

from __future__ import annotations

import gzip
import re
import threading
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from clipper.errors import NotAnArticle, SourceNotFound
from clipper.limits import DEFAULT_MAX_BYTES
from clipper.models import Page

WARC_SUFFIXES = (".warc", ".warc.gz")
RECORD_REF = re.compile(r"^(?P<path>.+)#warc-record=(?P<offset>\d{1,15})$")
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
# Types that say nothing: the record's first bytes decide whether it is a page.
UNLABELLED = frozenset({"", "application/octet-stream", "binary/octet-stream", "unknown/unknown"})
SNIFF_BYTES = 1024
# What a compressed WARC may expand to, all records' declared lengths together:
# real ones are 3-10 times their file; a decompression bomb is thousands.
MAX_EXPANSION = 100
EXPANSION_ALLOWANCE = 100_000_000


# What warcio raises on damaged input: its own error, and, for headers it can't
# make sense of, whatever its parsing trips over (a missing header is None).
DAMAGE: tuple[type[BaseException], ...] = (
    EOFError,
    zlib.error,
    ValueError,
    IndexError,
    KeyError,
    AttributeError,
    TypeError,
)


@dataclass(frozen=True, slots=True)
class Listing:
    """The HTML captures of a WARC as item sources, and a note when it ended early."""

    sources: tuple[str, ...]
    note: str | None = None
    records: int = 0  # every record read, pages or not


def is_warc(path: Path) -> bool:
    """Whether a file is a WARC, by its name or its first bytes."""
    name = path.name.lower()
    if name.endswith(WARC_SUFFIXES):
        return True
    try:
        with path.open("rb") as f:
            head = f.read(64)
            if head.startswith(b"\x1f\x8b"):
                f.seek(0)
                with gzip.GzipFile(fileobj=f) as unzipped:
                    head = unzipped.read(16)
    except (OSError, EOFError, zlib.error):
        return False
    return head.startswith(b"WARC/")


def record_ref(source: str) -> tuple[Path, int] | None:
    """The WARC file and offset an item names, or None for anything else."""
    found = RECORD_REF.match(source)
    if found is None or Path(source).exists():
        return None
    return Path(found["path"]), int(found["offset"])


def list_pages(path: Path) -> Listing:
    """Every HTML capture in the WARC at ``path``, in file order.

    A damaged or cut-short file lists the captures before the damage, with a
    note saying where it stopped.
    """
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    sources: list[str] = []
    records = 0
    declared = 0
    try:
        size = path.stat().st_size
        budget = MAX_EXPANSION * size + EXPANSION_ALLOWANCE
        with path.open("rb") as f:
            iterator = ArchiveIterator(f)
            for record in iterator:
                records += 1
                declared += max(0, record.length or 0)
                if declared > budget:
                    return Listing(
                        tuple(sources),
                        f"{path}: stopped at record {records:,}: the archive expands to more "
                        f"than {MAX_EXPANSION} times its size, like a decompression bomb.",
                        records,
                    )
                is_page = _is_page(record)
                offset = iterator.get_record_offset()  # reads the rest of the record
                if _cut_short(record):
                    return Listing(
                        tuple(sources),
                        f"{path}: the archive is cut short in record {records:,} (at byte "
                        f"{offset:,}); the {len(sources):,} pages before it are clipped.",
                        records,
                    )
                if is_page:
                    sources.append(f"{path}#warc-record={offset}")
    except (ArchiveLoadFailed, *DAMAGE, OSError) as exc:
        what = "cut short" if isinstance(exc, EOFError) else "damaged"
        if not sources:
            return Listing((), f"{path}: the archive is {what} ({_reason(exc)}).", records)
        return Listing(
            tuple(sources),
            f"{path}: the archive is {what} after {records:,} records ({_reason(exc)}); "
            f"the {len(sources):,} pages before that are clipped.",
            records,
        )
    if not records:
        return Listing((), f"{path}: empty, or not a web archive clipper can read.", 0)
    if not sources:
        return Listing(
            (), f"{path}: a web archive with no HTML pages in its {records:,} records.", records
        )
    return Listing(tuple(sources), None, records)


def _is_page(record: Any) -> bool:  # warcio's ArcWarcRecord (warcio is untyped)
    rec_type = getattr(record, "rec_type", None)
    headers = getattr(record, "http_headers", None)
    if rec_type == "response":
        if headers is None:
            return False
        status = headers.get_statuscode() or ""
        if not status.startswith("2"):
            return False
        media = _media_type(headers.get_header("Content-Type"))
    elif rec_type == "resource":
        media = _media_type(record.rec_headers.get_header("Content-Type"))
    else:
        return False
    if media in HTML_TYPES:
        return True
    if media not in UNLABELLED:
        return False
    head = record.content_stream().read(SNIFF_BYTES)
    from clipper.sources.decode import looks_like_html

    return looks_like_html(head.decode("utf-8", errors="replace"))


def read_record(path: Path, offset: int, source: str, max_bytes: int = DEFAULT_MAX_BYTES) -> Page:
    """The page stored in the record at ``offset`` of the WARC at ``path``."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    try:
        with path.open("rb") as f:
            f.seek(offset)
            record = next(iter(ArchiveIterator(f)), None)
            if record is None:
                raise NotAnArticle(f"{source}: there is no record at this offset of {path}.")
            if record.rec_type not in ("response", "resource"):
                raise NotAnArticle(f"{source}: this record holds no page ({record.rec_type}).")
            body = record.content_stream().read(max_bytes + 1)
            if len(body) > max_bytes:
                raise NotAnArticle(
                    f"{source}: the page is over clipper's {max_bytes:,}-byte limit "
                    "(after decompression)."
                )
            if _cut_short(record):
                raise NotAnArticle(f"{source}: the record is cut short (the file is truncated).")
            headers = record.http_headers if record.rec_type == "response" else None
            content_type = (headers or record.rec_headers).get_header("Content-Type")
            uri = record.rec_headers.get_header("WARC-Target-URI")
            date = record.rec_headers.get_header("WARC-Date")
    except FileNotFoundError:
        raise SourceNotFound(f"No such web archive: {path}.") from None
    except (ArchiveLoadFailed, *DAMAGE) as exc:
        raise NotAnArticle(f"{source}: the record can't be read ({_reason(exc)}).") from None
    except OSError as exc:
        raise SourceNotFound(f"Can't read {path}: {exc.strerror or exc}.") from None
    if _is_binary(body):
        raise NotAnArticle(
            f"{source}: the record's body is an image or other binary data, not a web page "
            "(whatever its Content-Type says)."
        )
    media, charset = _split_type(content_type)
    url = uri.strip("<> ") if uri else None
    if url and not url.lower().startswith(("http://", "https://")):
        url = None
    return Page(
        body=body,
        source=source,
        url=url,
        content_type=media or None,
        charset=charset,
        archived_from=str(path.resolve()),
        archived_at=_iso(date),
    )


def _is_binary(body: bytes) -> bool:
    from clipper.assets.images import sniff

    head = body[:1024]
    if b"\x00" in head and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return True
    return sniff(head) not in (None, "svg") or head.startswith((b"%PDF-", b"PK\x03\x04"))


def _cut_short(record: object) -> bool:
    """Whether the file ended before the record's declared length (read to its end first)."""
    return getattr(getattr(record, "raw_stream", None), "limit", 0) > 0


def _media_type(header: str | None) -> str:
    return _split_type(header)[0]


def _split_type(header: str | None) -> tuple[str, str | None]:
    if not header:
        return "", None
    media, _, params = header.partition(";")
    charset = None
    for param in params.split(";"):
        name, _, value = param.partition("=")
        if name.strip().lower() == "charset":
            label = value.strip().strip("\"'").lower()
            charset = label if re.fullmatch(r"[a-z0-9][a-z0-9_.:()+-]{0,39}", label) else None
    return media.strip().lower(), charset


def _iso(date: str | None) -> str | None:
    if not date:
        return None
    text = date.strip()
    return text if re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z?", text) else None


def _reason(error: BaseException) -> str:
    text = " ".join(str(error).split()) or type(error).__name__
    return text[:120]


# --- the images a crawl captured beside its pages (clip FILE.warc --images) -----------

_INDEX_LOCK = threading.Lock()
_INDEXES: dict[tuple[str, int, int], dict[str, int]] = {}
MAX_INDEXES = 4  # WARC files whose image index a process keeps


def captured_image(warc: str, url: str, max_bytes: int) -> bytes | None:
    """The body of the image the WARC at ``warc`` captured at ``url``, or None if it has none.

    The file's image records are indexed once a process (one pass over the
    file); reading one then seeks straight to it.
    """
    path = Path(warc)
    try:
        stat = path.stat()
    except OSError:
        return None
    key = (str(path), stat.st_size, stat.st_mtime_ns)
    with _INDEX_LOCK:
        index = _INDEXES.get(key)
        if index is None:
            index = _image_index(path)
            if len(_INDEXES) >= MAX_INDEXES:
                _INDEXES.pop(next(iter(_INDEXES)))
            _INDEXES[key] = index
    offset = index.get(url)
    if offset is None:
        return None
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    try:
        with path.open("rb") as f:
            f.seek(offset)
            record = next(iter(ArchiveIterator(f)), None)
            if record is None:
                return None
            body = record.content_stream().read(max_bytes + 1)
    except (ArchiveLoadFailed, *DAMAGE, OSError):
        return None
    return body if len(body) <= max_bytes and not _cut_short(record) else None


def _image_index(path: Path) -> dict[str, int]:
    """Each captured image's URL and its record's offset (the first capture of each)."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    index: dict[str, int] = {}
    try:
        with path.open("rb") as f:
            iterator = ArchiveIterator(f)
            for record in iterator:
                if record.rec_type not in ("response", "resource"):
                    continue
                headers = record.http_headers if record.rec_type == "response" else None
                if headers is not None and not (headers.get_statuscode() or "").startswith("2"):
                    continue
                media = _media_type((headers or record.rec_headers).get_header("Content-Type"))
                uri = (record.rec_headers.get_header("WARC-Target-URI") or "").strip("<> ")
                if media.startswith("image/") and uri and uri not in index:
                    index[uri] = iterator.get_record_offset()
    except (ArchiveLoadFailed, *DAMAGE, OSError):
        pass  # the images before the damage are indexed
    return index
