"""Feeds and sitemaps: bytes in, entries out (pure).

RSS 0.9x/1.0/2.0 and Atom are read by feedparser, JSON Feed by the json
module, XML sitemaps (plain, news, index; gzipped too) by lxml's iterparse.
Before either XML reader sees the document, its prolog is read by an lxml
parser that resolves nothing and loads nothing: a document declaring entities
(billion laughs, external entities) is refused as a whole. Every input is
already bounded in size by the fetch stage; the counts of entries are bounded
here, so time and memory stay in proportion to what real feeds carry.

Links are resolved against the feed's address and kept only if clipper can
fetch them (http, https); an entry without one is dropped. Each entry's key is
its GUID (or id), else its link; a key seen earlier in the same document is
dropped. Dates are kept only if plausible: not before 1990, not more than two
days ahead (a feed dated in the year 9999 has no date).
"""

from __future__ import annotations

import hashlib
import io
import json
import re
import time
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Any
from urllib.parse import urljoin, urlsplit

from clipper.errors import FeedError
from clipper.limits import DEFAULT_MAX_BYTES

# feedparser spends about 0.2 ms and 2 kB on every entry: a feed lists its
# latest entries (tens, a few hundred), not its whole archive.
MAX_FEED_ENTRIES = 10_000
# The sitemap protocol's own limits: 50,000 URLs and 50,000 sitemaps per file.
MAX_SITEMAP_URLS = 50_000
MAX_KEY_CHARS = 2_000  # a longer GUID is stored as its hash
MAX_TITLE_CHARS = 500
MAX_CATEGORIES = 20
MAX_CATEGORY_CHARS = 60
EARLIEST = datetime(1990, 1, 1, tzinfo=timezone.utc)
FUTURE_SLACK = timedelta(days=2)
READ_CHUNK = 64 * 1024

SITEMAP_ROOTS = frozenset({"urlset", "sitemapindex"})
FEED_ROOTS = frozenset({"rss", "RDF", "feed", "channel"})
JSON_FEED_VERSION = "https://jsonfeed.org/version/"
# feedparser's complaints that don't mean the document is broken.
HARMLESS_BOZO = ("CharacterEncodingOverride", "NonXMLContentType")
_ENTRY_TAG = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?(?:item|entry)[\s>/]")


class NotAFeed(FeedError):
    """The document is a web page (HTML), not a feed: discovery may find the feed it links to."""


@dataclass(frozen=True, slots=True)
class Entry:
    """One entry of a feed or URL of a sitemap: what is to be clipped, and what the feed says of it."""

    key: str  # the GUID or id, else the link
    link: str
    title: str | None = None
    published: str | None = None  # ISO 8601, UTC, only when plausible
    authors: tuple[str, ...] = ()
    categories: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Sitemap:
    """A sitemap listed in a sitemap index."""

    url: str
    lastmod: str | None = None


@dataclass(frozen=True, slots=True)
class Feed:
    """A parsed feed or sitemap.

    ``kind`` is ``rss``, ``atom``, ``json``, ``sitemap``, ``news-sitemap`` or
    ``sitemap-index`` (whose ``sitemaps`` hold its children and no entries).
    ``dropped`` counts entries left out: no usable link, or a repeated key.
    """

    kind: str
    title: str | None
    site_url: str | None
    entries: tuple[Entry, ...]
    sitemaps: tuple[Sitemap, ...] = ()
    dropped: int = 0


def parse(body: bytes, url: str, *, now: datetime | None = None) -> Feed:
    """Read a feed or sitemap fetched from ``url``; raise FeedError (NotAFeed for HTML)."""
    now = now or datetime.now(timezone.utc)
    body = _gunzip(body, url)
    start = body.lstrip(b"\xef\xbb\xbf \t\r\n")
    if not start:
        raise FeedError(f"{url} is empty: no feed there.")
    if start[:1] in (b"{", b"["):
        return _json_feed(start, url, now)
    root = root_element(body, url)
    if root in SITEMAP_ROOTS:
        return _sitemap(body, url, now)
    if root in FEED_ROOTS:
        return _xml_feed(body, url, now)
    if root.lower() == "html":
        raise NotAFeed(f"{url} is a web page (HTML), not a feed.")
    raise FeedError(
        f"{url} is an XML document (<{root[:40]}>), not a feed or sitemap. Check the address."
    )


# --- the XML prolog: refuse entities before any parser expands one -----------------


def root_element(body: bytes, url: str, *, kind: str = "a feed") -> str:
    """The root element's local name, once the prolog (and its DTD) is read safely.

    ``kind`` is what the document should have been, for the errors ("an OPML file").
    """
    from lxml import etree

    parser = etree.XMLPullParser(
        events=("start",),
        resolve_entities=False,
        load_dtd=False,
        no_network=True,
        huge_tree=False,
        remove_comments=True,
        remove_pis=True,
    )
    try:
        for offset in range(0, len(body), READ_CHUNK):
            parser.feed(body[offset : offset + READ_CHUNK])
            if (root := _first_start(parser, url)) is not None:
                return root
        parser.close()
    except etree.XMLSyntaxError as error:
        # An error further on in the chunk that held the root: the feed's reader reports it.
        if (root := _first_start(parser, url)) is not None:
            return root
        head = body[:2048].decode("utf-8", errors="replace")
        from clipper.sources.decode import looks_like_html

        if looks_like_html(head):
            raise NotAFeed(f"{url} is a web page (HTML), not {kind}.") from None
        raise FeedError(f"{url} isn't {kind}: not well-formed XML ({_syntax(error)}).") from None
    raise FeedError(f"{url} isn't {kind}: no XML element in it.")


def _first_start(parser: Any, url: str) -> str | None:
    """The root element's local name once the parser has reached it; refuse declared entities."""
    from lxml import etree

    for _, element in parser.read_events():
        dtd = element.getroottree().docinfo.internalDTD
        if dtd is not None and any(True for _ in dtd.iterentities()):
            raise FeedError(
                f"{url} declares XML entities in its DOCTYPE (a way to blow up or "
                "spy through an XML reader), so clipper refused all of it."
            )
        return str(etree.QName(element).localname)
    return None


def _syntax(error: Exception) -> str:
    return " ".join(str(error).split())[:160]


def _gunzip(body: bytes, url: str) -> bytes:
    """A gzipped sitemap (sitemap.xml.gz) inflated, within the size bound of a page."""
    if not body.startswith(b"\x1f\x8b"):
        return body
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        out = inflater.decompress(body, DEFAULT_MAX_BYTES + 1)
    except zlib.error:
        raise FeedError(f"{url} is a damaged gzip file.") from None
    if len(out) > DEFAULT_MAX_BYTES or inflater.unconsumed_tail:
        raise FeedError(
            f"{url} inflates to more than {DEFAULT_MAX_BYTES // 1_000_000} MB, so clipper "
            "stopped reading it."
        )
    return out


# --- RSS and Atom through feedparser ------------------------------------------------


def _xml_feed(body: bytes, url: str, now: datetime) -> Feed:
    import feedparser

    entries = sum(1 for _ in _take(_ENTRY_TAG.finditer(body), MAX_FEED_ENTRIES + 1))
    if entries > MAX_FEED_ENTRIES:
        raise FeedError(
            f"{url} lists more than {MAX_FEED_ENTRIES:,} entries; a feed lists its latest "
            "entries, not a whole archive, so clipper refused it."
        )
    # A stream, never bytes or a str: feedparser would open those as a file name or URL.
    parsed = feedparser.parse(
        io.BytesIO(body),
        response_headers={"content-location": url},
        resolve_relative_uris=False,
        sanitize_html=False,
    )
    problem = parsed.get("bozo_exception")
    if parsed.get("bozo") and not _harmless(problem):
        raise FeedError(f"{url} is a broken feed: not well-formed XML ({_syntax(problem)}).")
    version = str(parsed.get("version") or "")
    if not version:
        raise FeedError(f"{url} isn't a feed clipper knows (RSS, Atom or JSON Feed).")
    channel = parsed.get("feed", {})
    feed_authors = _names(channel.get("authors") or [channel.get("author_detail") or {}])
    found: list[Entry | None] = []
    for item in parsed.get("entries", []):
        link = item.get("link") or ""
        if not link and item.get("guidislink"):
            link = item.get("id") or ""
        found.append(
            _entry(
                key=item.get("id"),
                link=link,
                base=url,
                title=item.get("title"),
                # dict.get: feedparser's own get() warns when updated_parsed is absent
                published=_struct_date(dict.get(item, "published_parsed"), now)
                or _struct_date(dict.get(item, "updated_parsed"), now),
                authors=_names(item.get("authors") or [item.get("author_detail") or {}])
                or feed_authors,
                categories=[tag.get("term") or tag.get("label") for tag in item.get("tags", [])],
            )
        )
    kept, dropped = _unique(found)
    return Feed(
        kind="atom" if version.startswith("atom") else "rss",
        title=one_line(channel.get("title")),
        site_url=absolute_link(channel.get("link"), url),
        entries=kept,
        dropped=dropped,
    )


def _harmless(problem: Any) -> bool:
    """Whether feedparser's complaint leaves the feed whole: an encoding note, or an HTML
    entity (``&nbsp;``) that XML doesn't define, which its lenient parser reads as HTML does."""
    if type(problem).__name__ in HARMLESS_BOZO:
        return True
    message = problem.getMessage() if hasattr(problem, "getMessage") else str(problem)
    return str(message).strip() == "undefined entity"


def _take(items: Iterable[Any], n: int) -> Iterator[Any]:
    for i, item in enumerate(items):
        if i >= n:
            return
        yield item


def _struct_date(value: Any, now: datetime) -> str | None:
    if not isinstance(value, time.struct_time):
        return None
    try:
        when = datetime(*value[:6], tzinfo=timezone.utc)
    except (ValueError, OverflowError):
        return None
    return _plausible(when, now)


def _names(people: Iterable[Any]) -> tuple[str, ...]:
    names = []
    for person in people:
        name = one_line(person.get("name") if isinstance(person, dict) else None)
        if name and name not in names:
            names.append(name[:200])
    return tuple(names[:10])


# --- JSON Feed ---------------------------------------------------------------------


def _json_feed(body: bytes, url: str, now: datetime) -> Feed:
    try:
        data = json.loads(body.decode("utf-8", errors="replace"))
    except (ValueError, RecursionError):
        raise FeedError(f"{url} is broken JSON, not a feed.") from None
    version = data.get("version") if isinstance(data, dict) else None
    if not isinstance(version, str) or not version.startswith(JSON_FEED_VERSION):
        raise FeedError(f"{url} is JSON data but not a JSON Feed.")
    items = data.get("items")
    if not isinstance(items, list):
        raise FeedError(f"{url} is a JSON Feed without a list of items.")
    if len(items) > MAX_FEED_ENTRIES:
        raise FeedError(
            f"{url} lists more than {MAX_FEED_ENTRIES:,} entries; a feed lists its latest "
            "entries, not a whole archive, so clipper refused it."
        )
    feed_authors = _json_authors(data)
    found: list[Entry | None] = []
    for item in items:
        if not isinstance(item, dict):
            continue
        key = item.get("id")
        link = item.get("url") or item.get("external_url")
        tags = item.get("tags")
        found.append(
            _entry(
                key=str(key) if isinstance(key, (str, int)) and not isinstance(key, bool) else None,
                link=link if isinstance(link, str) else "",
                base=url,
                title=item.get("title") if isinstance(item.get("title"), str) else None,
                published=_iso_date(item.get("date_published"), now)
                or _iso_date(item.get("date_modified"), now),
                authors=_json_authors(item) or feed_authors,
                categories=[t for t in tags if isinstance(t, str)]
                if isinstance(tags, list)
                else [],
            )
        )
    kept, dropped = _unique(found)
    title = data.get("title")
    home = data.get("home_page_url")
    return Feed(
        kind="json",
        title=one_line(title) if isinstance(title, str) else None,
        site_url=absolute_link(home, url) if isinstance(home, str) else None,
        entries=kept,
        dropped=dropped,
    )


def _json_authors(data: dict[str, Any]) -> tuple[str, ...]:
    people = data.get("authors")
    if not isinstance(people, list):
        people = [data.get("author")]
    return _names(p for p in people if isinstance(p, dict))


def _iso_date(value: Any, now: datetime) -> str | None:
    if not isinstance(value, str) or len(value) > 64:
        return None
    from dateutil.parser import isoparse

    try:
        when = isoparse(value.strip())
    except (ValueError, OverflowError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return _plausible(when, now)


# --- sitemaps through lxml ----------------------------------------------------------


def _sitemap(body: bytes, url: str, now: datetime) -> Feed:
    from lxml import etree

    found: list[Entry | None] = []
    children: list[Sitemap] = []
    news = False
    publication: str | None = None
    events = etree.iterparse(
        io.BytesIO(body),
        events=("end",),
        resolve_entities=False,
        load_dtd=False,
        no_network=True,
        huge_tree=False,
        remove_comments=True,
        remove_pis=True,
    )
    try:
        for _, element in events:
            name = etree.QName(element).localname
            if name not in ("url", "sitemap"):
                continue
            fields = _fields(element)
            element.clear()
            parent = element.getparent()
            while parent is not None and element.getprevious() is not None:
                del parent[0]  # keep memory flat: what is read is dropped
            if len(found) + len(children) >= MAX_SITEMAP_URLS:
                raise FeedError(
                    f"{url} lists more than {MAX_SITEMAP_URLS:,} addresses, the sitemap "
                    "protocol's limit, so clipper refused it."
                )
            loc = absolute_link(fields.get("loc"), url)
            if name == "sitemap":
                if loc:
                    children.append(Sitemap(loc, _iso_date(fields.get("lastmod"), now)))
                continue
            news = news or "publication_date" in fields or "name" in fields
            publication = publication or one_line(fields.get("name"))
            found.append(
                _entry(
                    key=None,
                    link=loc,
                    base=None,
                    title=fields.get("title"),
                    published=_iso_date(fields.get("publication_date"), now)
                    or _iso_date(fields.get("lastmod"), now),
                    authors=(),
                    categories=(fields.get("keywords") or "").split(","),
                )
            )
    except etree.XMLSyntaxError as error:
        raise FeedError(
            f"{url} is a broken sitemap: not well-formed XML ({_syntax(error)})."
        ) from None
    if children:
        return Feed("sitemap-index", None, None, (), tuple(children))
    kept, dropped = _unique(found)
    site = urlsplit(url)
    return Feed(
        kind="news-sitemap" if news else "sitemap",
        title=publication,
        site_url=f"{site.scheme}://{site.netloc}/",
        entries=kept,
        dropped=dropped,
    )


def _fields(element: Any) -> dict[str, str]:
    """The text of an url/sitemap element's descendants, by local name (news:title -> title)."""
    from lxml import etree

    fields: dict[str, str] = {}
    # Its own children first: <loc> is the page's, <image:loc> below it an image's.
    for child in (*element, *element.iter()):
        if child is element or not isinstance(child.tag, str):
            continue
        text = (child.text or "").strip()
        if text:
            fields.setdefault(etree.QName(child).localname, text[:4000])
    return fields


# --- shared -----------------------------------------------------------------------


def _entry(
    *,
    key: Any,
    link: str | None,
    base: str | None,
    title: Any,
    published: str | None,
    authors: tuple[str, ...],
    categories: Iterable[Any],
) -> Entry | None:
    # base None: the link is resolved already
    resolved = link if base is None else absolute_link(link, base)
    if resolved is None:
        return None
    key_text = one_line(key if isinstance(key, str) else None) or resolved
    if len(key_text) > MAX_KEY_CHARS:
        key_text = "sha256:" + hashlib.sha256(key_text.encode("utf-8")).hexdigest()
    tags: list[str] = []
    for category in categories:
        text = one_line(category if isinstance(category, str) else None)
        if text and len(text) <= MAX_CATEGORY_CHARS and text not in tags:
            tags.append(text)
    return Entry(
        key=key_text,
        link=resolved,
        title=(one_line(title) or "")[:MAX_TITLE_CHARS] or None,
        published=published,
        authors=authors,
        categories=tuple(tags[:MAX_CATEGORIES]),
    )


def _unique(entries: list[Entry | None]) -> tuple[tuple[Entry, ...], int]:
    """Entries with a usable link, each key once (the first), and how many were dropped."""
    seen: set[str] = set()
    kept = []
    for entry in entries:
        if entry is None or entry.key in seen:
            continue
        seen.add(entry.key)
        kept.append(entry)
    return tuple(kept), len(entries) - len(kept)


def absolute_link(value: Any, base: str) -> str | None:
    """An absolute http(s) URL from a feed's link, or None (javascript:, mailto:, junk)."""
    if not isinstance(value, str) or not value.strip() or len(value) > 4000:
        return None
    from clipper.sources.urls import is_url

    link = value.strip()
    try:
        absolute = link if link.startswith(("http://", "https://")) else urljoin(base, link)
    except ValueError:
        return None
    return absolute if is_url(absolute) else None


def one_line(value: Any) -> str | None:
    """Untrusted text on one line, without control characters; None when empty."""
    if not isinstance(value, str):
        return None
    from clipper.untrusted import printable

    text = printable(value, single_line=True)
    return text or None


def _plausible(when: datetime, now: datetime) -> str | None:
    if when < EARLIEST or when > now + FUTURE_SLACK:
        return None
    return when.astimezone(timezone.utc).isoformat(timespec="seconds")
