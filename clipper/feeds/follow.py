"""Following sources: one found from a URL (``feed add``), or many from OPML (``feed import``)."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit

from sqlite_utils import Database

from clipper.errors import UsageError
from clipper.feeds.discover import FetchSettings, discover
from clipper.models import FeedSource


@dataclass(frozen=True, slots=True)
class Added:
    """A source now followed, how it was found, and how many entries it lists now."""

    source: FeedSource
    how: str
    entries: int


@dataclass(frozen=True, slots=True)
class Imported:
    """What an OPML import did."""

    added: int
    known: int  # followed already, left as they were


def follow(
    db: Database,
    url: str,
    settings: FetchSettings,
    *,
    name: str | None = None,
    tags: tuple[str, ...] = (),
) -> Added:
    """Find the feed at or behind ``url`` and follow it (its entries wait for an update)."""
    from clipper.sources.urls import check_url
    from clipper.store import add_source, check_name, find_source_url, unique_name

    url = check_url(url)
    if (known := find_source_url(db, url)) is not None:
        raise UsageError(f"{url} is followed already, as {known.name!r}.")
    found = discover(url, settings)
    feed = found.feed
    chosen = (
        check_name(name)
        if name is not None
        else unique_name(db, _default_name(feed.title, found.url))
    )
    source = add_source(
        db,
        found.url,
        name=chosen,
        kind=feed.kind,
        title=feed.title,
        site_url=feed.site_url,
        tags=tags,
    )
    count = len(feed.entries) if feed.kind != "sitemap-index" else len(feed.sitemaps)
    return Added(source, found.how, count)


def import_opml(
    db: Database, body: bytes, file_name: str, *, tags: tuple[str, ...] = ()
) -> Imported:
    """Follow every feed an OPML file lists, without fetching any (the next update does)."""
    from clipper.feeds.opml import read_opml
    from clipper.store import add_source, find_source_url, unique_name, writing

    subscriptions = read_opml(body, file_name)
    added = known = 0
    with writing(db):  # all of the file, or none of it
        for sub in subscriptions:
            if find_source_url(db, sub.url) is not None:
                known += 1
                continue
            add_source(
                db,
                sub.url,
                name=unique_name(db, _default_name(sub.title, sub.url)),
                kind=None,
                title=sub.title,
                site_url=sub.site_url,
                tags=(*tags, *sub.tags),
            )
            added += 1
    return Imported(added, known)


def _default_name(title: str | None, url: str) -> str:
    """A feed's name: its title as a slug, else its site's host."""
    from clipper.store.feeds import slug

    if title and slug(title):
        return title
    host = (urlsplit(url).hostname or "feed").removeprefix("www.")
    return host
