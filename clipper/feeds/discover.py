"""Finding a site's feed: the URL given, the feeds its page links to, then the usual paths."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import urljoin, urlsplit

from clipper.errors import ClipperError, FeedError
from clipper.feeds.parse import Feed, NotAFeed, parse
from clipper.limits import DEFAULT_TIMEOUT
from clipper.models import Page

if TYPE_CHECKING:
    from clipper.sources.fetch import Conditional

# <link rel="alternate" type=...> values that announce a feed.
FEED_TYPES = frozenset(
    {
        "application/rss+xml",
        "application/atom+xml",
        "application/rdf+xml",
        "application/feed+json",
        "application/json",
        "application/xml",
        "text/xml",
    }
)
# Where sites without a <link> usually keep their feed, tried in this order.
USUAL_PATHS = (
    "/feed",
    "/rss",
    "/feed.xml",
    "/rss.xml",
    "/atom.xml",
    "/index.xml",
    "/feed.json",
    "/feeds/posts/default",
)
MAX_CANDIDATES = 8  # a page may link to dozens of feeds (one per tag): the first few


@dataclass(frozen=True, slots=True)
class Found:
    """A feed found from what the user gave: where it is, what it is, and how it was found."""

    url: str  # the feed's own address (after permanent redirects)
    feed: Feed
    how: str  # "given", "linked from PAGE" or "usual path on PAGE"
    etag: str | None = None
    last_modified: str | None = None


@dataclass(frozen=True, slots=True)
class FetchSettings:
    """How feeds are fetched."""

    timeout: float = DEFAULT_TIMEOUT
    user_agent: str | None = None


def discover(url: str, settings: FetchSettings) -> Found:
    """The feed or sitemap at ``url``, or the one its page leads to; FeedError if none."""
    page, conditional = _get(url, settings, retries=2)
    try:
        return Found(
            conditional.moved_to or url,
            parse(page.body, page.url or url),
            "given",
            conditional.etag,
            conditional.last_modified,
        )
    except NotAFeed:
        pass
    text = _page_text(page)
    tried: set[str] = {url, page.url or url}
    for link in feed_links(text, page.url or url)[:MAX_CANDIDATES]:
        found = _try(link, settings, f"linked from {url}", tried)
        if found is not None:
            return found
    for link in usual_paths(page.url or url):
        found = _try(link, settings, f"at a usual path of {url}", tried)
        if found is not None:
            return found
    raise FeedError(
        f"{url} is a web page with no feed: it links to none, and none is at the usual "
        "places (/feed, /rss, /atom.xml...). Give the feed's own address, or clip the page "
        "with clipper clip."
    )


def feed_links(html: str, base: str) -> list[str]:
    """The feeds a page announces with ``<link rel="alternate" type=...>``, in page order."""
    from lxml import etree
    from lxml import html as lxml_html

    from clipper.untrusted import tame_tags, xml_safe

    try:
        document = lxml_html.document_fromstring(tame_tags(xml_safe(html)))
    except (etree.ParserError, ValueError):
        return []
    links: list[str] = []
    for element in document.iter("link"):
        rel = (element.get("rel") or "").lower().split()
        kind = (element.get("type") or "").split(";")[0].strip().lower()
        href = (element.get("href") or "").strip()
        if "alternate" in rel and kind in FEED_TYPES and href:
            absolute = urljoin(base, href)
            if urlsplit(absolute).scheme in ("http", "https") and absolute not in links:
                links.append(absolute)
    return links


def usual_paths(url: str) -> list[str]:
    """The usual feed addresses on the site of ``url``."""
    parts = urlsplit(url)
    root = f"{parts.scheme}://{parts.netloc}"
    return [root + path for path in USUAL_PATHS]


def _try(url: str, settings: FetchSettings, how: str, tried: set[str]) -> Found | None:
    if url in tried:
        return None
    tried.add(url)
    try:
        page, conditional = _get(url, settings, retries=0)
        feed = parse(page.body, page.url or url)
    except ClipperError:
        return None  # not there, or not a feed: the next candidate
    return Found(
        conditional.moved_to or url, feed, how, conditional.etag, conditional.last_modified
    )


def _get(url: str, settings: FetchSettings, *, retries: int) -> tuple[Page, Conditional]:
    from clipper.sources.fetch import fetch_conditional

    conditional = fetch_conditional(
        url, timeout=settings.timeout, user_agent=settings.user_agent, retries=retries
    )
    assert conditional.page is not None  # no validators were sent
    return conditional.page, conditional


def _page_text(page: Page) -> str:
    from clipper.sources.decode import decode

    return decode(page.body, declared=page.charset).text
