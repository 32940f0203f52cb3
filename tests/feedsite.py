"""A real HTTP server on 127.0.0.1 for feeds: articles, feeds that change, validators, 304s.

Used by the feed tests and by bench/feeds.py. Every feed answers conditional
GETs as a real server does: its ETag and Last-Modified go out with each 200,
and a request repeating the ETag gets a bodyless 304.
"""

from __future__ import annotations

import hashlib
import random
import threading
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from xml.sax.saxutils import escape

_WORD_TEXT = (
    "harbour council budget bridge rail freight port ferry tide storm grid solar wind "
    "turbine coal gas price market trade tariff export import wheat rice steel copper "
    "nickel lithium battery plant factory strike union wage vote mayor minister court "
    "judge ruling appeal river flood drought harvest school hospital nurse doctor clinic "
    "museum library festival orchestra stadium league season transfer coach referee "
    "airport runway cargo airline route fare ticket station tram bus lane cycle road"
)
WORDS = tuple(_WORD_TEXT.split())


def article_html(n: int, *, title: str | None = None, dated: bool = True) -> bytes:
    """A news article page with its own text: n decides every word."""
    rng = random.Random(n)
    title = title or f"Story {n}: the {rng.choice(WORDS)} {rng.choice(WORDS)} report"
    paragraphs = []
    for _ in range(6):
        sentences = []
        for _ in range(4):
            words = [rng.choice(WORDS) for _ in range(rng.randint(9, 16))]
            sentences.append(" ".join(words).capitalize() + ".")
        paragraphs.append(f"<p>{' '.join(sentences)} Item {n}-{len(paragraphs)}.</p>")
    date_meta = (
        '<meta property="article:published_time" content="2026-11-20T08:00:00Z">' if dated else ""
    )
    page = (
        f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{escape(title)}"
        f"</title>{date_meta}</head><body><nav><a href='/'>Home</a></nav><article>"
        f"<h1>{escape(title)}</h1>{''.join(paragraphs)}</article>"
        "<footer>Copyright The Harbour Gazette</footer></body></html>"
    )
    return page.encode("utf-8")


@dataclass
class Resource:
    """What one path serves."""

    body: bytes = b""
    status: int = 200
    content_type: str = "text/html; charset=utf-8"
    location: str | None = None  # for redirects
    validators: bool = True  # send ETag/Last-Modified and honour If-None-Match
    # For what a static answer can't express (an endless body).
    handler: Callable[[BaseHTTPRequestHandler], None] | None = None


@dataclass(frozen=True, slots=True)
class Item:
    """One entry of a generated feed."""

    n: int
    link: str
    title: str
    published: datetime | None
    guid: str | None = None
    author: str | None = None
    categories: tuple[str, ...] = ()


class FeedSite:
    """A loopback server of articles and feeds, changed between updates by the test."""

    def __init__(self) -> None:
        self.resources: dict[str, Resource] = {}
        self.hits: Counter[str] = Counter()
        self.not_modified: Counter[str] = Counter()
        self.lock = threading.Lock()
        site = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: object) -> None:
                pass

            def do_GET(self) -> None:
                path = self.path
                with site.lock:
                    site.hits[path] += 1
                    resource = site.resources.get(path)
                if resource is None:
                    self._send(404, b"not found", "text/plain")
                    return
                if resource.handler is not None:
                    resource.handler(self)
                    return
                if resource.location is not None:
                    self.send_response(resource.status)
                    self.send_header("Location", resource.location)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                etag = '"' + hashlib.sha1(resource.body).hexdigest()[:16] + '"'
                if resource.validators and self.headers.get("If-None-Match") == etag:
                    with site.lock:
                        site.not_modified[path] += 1
                    self.send_response(304)
                    self.send_header("ETag", etag)
                    self.end_headers()
                    return
                extra = {"ETag": etag} if resource.validators else {}
                self._send(resource.status, resource.body, resource.content_type, extra)

            def _send(
                self, status: int, body: bytes, kind: str, extra: dict[str, str] | None = None
            ) -> None:
                self.send_response(status)
                self.send_header("Content-Type", kind)
                for name, value in (extra or {}).items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        class QuietServer(ThreadingHTTPServer):
            daemon_threads = True
            request_queue_size = 128

            def handle_error(self, request: object, client_address: object) -> None:
                pass

        self.httpd = QuietServer(("127.0.0.1", 0), Handler)
        self.port = self.httpd.server_address[1]
        self.thread = threading.Thread(
            target=self.httpd.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )

    def __enter__(self) -> FeedSite:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def put(self, path: str, body: bytes | str = b"", **kwargs: object) -> str:
        data = body.encode("utf-8") if isinstance(body, str) else body
        with self.lock:
            self.resources[path] = Resource(data, **kwargs)  # type: ignore[arg-type]
        return self.url(path)

    def article(self, n: int, path: str | None = None, **kwargs: object) -> str:
        return self.put(path or f"/articles/{n}.html", article_html(n, **kwargs))  # type: ignore[arg-type]

    def items(
        self, start: int, count: int, *, prefix: str = "/articles", hours: int = 1
    ) -> list[Item]:
        """``count`` entries with fresh article pages, newest first, an hour apart."""
        now = datetime.now(timezone.utc).replace(microsecond=0)
        found = []
        for n in range(start + count - 1, start - 1, -1):
            link = self.article(n, f"{prefix}/{n}.html")
            published = now - timedelta(hours=hours * (start + count - n))
            found.append(Item(n, link, f"Story {n}", published, guid=f"urn:story:{n}"))
        return found


def rss(title: str, items: list[Item], *, link: str = "http://127.0.0.1/") -> str:
    """An RSS 2.0 feed of these items."""
    parts = []
    for it in items:
        bits = [f"<title>{escape(it.title)}</title>", f"<link>{escape(it.link)}</link>"]
        if it.guid:
            bits.append(f'<guid isPermaLink="false">{escape(it.guid)}</guid>')
        if it.published:
            bits.append(f"<pubDate>{format_datetime(it.published, usegmt=True)}</pubDate>")
        if it.author:
            bits.append(f"<dc:creator>{escape(it.author)}</dc:creator>")
        bits.extend(f"<category>{escape(c)}</category>" for c in it.categories)
        parts.append("<item>" + "".join(bits) + "</item>")
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>'
        f"<title>{escape(title)}</title><link>{escape(link)}</link>"
        f"<description>{escape(title)}</description>{''.join(parts)}</channel></rss>"
    )


def atom(title: str, items: list[Item]) -> str:
    """An Atom 1.0 feed of these items."""
    parts = []
    for it in items:
        when = (it.published or datetime(2026, 1, 1, tzinfo=timezone.utc)).isoformat()
        author = f"<author><name>{escape(it.author)}</name></author>" if it.author else ""
        cats = "".join(f'<category term="{escape(c)}"/>' for c in it.categories)
        parts.append(
            f"<entry><title>{escape(it.title)}</title><id>{escape(it.guid or it.link)}</id>"
            f'<link rel="alternate" href="{escape(it.link)}"/><updated>{when}</updated>'
            f"{author}{cats}</entry>"
        )
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">'
        f"<title>{escape(title)}</title><id>urn:feed:{escape(title)}</id>"
        f"<updated>2026-11-20T00:00:00Z</updated>{''.join(parts)}</feed>"
    )


def json_feed(title: str, items: list[Item]) -> str:
    """A JSON Feed 1.1 of these items."""
    import json

    return json.dumps(
        {
            "version": "https://jsonfeed.org/version/1.1",
            "title": title,
            "items": [
                {
                    "id": it.guid or it.link,
                    "url": it.link,
                    "title": it.title,
                    **({"date_published": it.published.isoformat()} if it.published else {}),
                    **({"authors": [{"name": it.author}]} if it.author else {}),
                    **({"tags": list(it.categories)} if it.categories else {}),
                }
                for it in items
            ],
        }
    )


def sitemap(items: list[Item], *, news: str | None = None) -> str:
    """A sitemap of these items; a Google News sitemap when ``news`` names the publication."""
    parts = []
    for it in items:
        when = it.published.isoformat() if it.published else None
        if news:
            inner = (
                f"<news:news><news:publication><news:name>{escape(news)}</news:name>"
                "<news:language>en</news:language></news:publication>"
                + (f"<news:publication_date>{when}</news:publication_date>" if when else "")
                + f"<news:title>{escape(it.title)}</news:title></news:news>"
            )
        else:
            inner = f"<lastmod>{when}</lastmod>" if when else ""
        parts.append(f"<url><loc>{escape(it.link)}</loc>{inner}</url>")
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
        'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">'
        f"{''.join(parts)}</urlset>"
    )


def home_page(title: str, feed_path: str | None) -> str:
    """A site's front page, linking to its feed (or not)."""
    link = (
        f'<link rel="alternate" type="application/rss+xml" title="{escape(title)}" '
        f'href="{escape(feed_path)}">'
        if feed_path
        else ""
    )
    return (
        f"<!DOCTYPE html><html><head><title>{escape(title)}</title>{link}</head>"
        f"<body><h1>{escape(title)}</h1><p>Latest news.</p></body></html>"
    )
