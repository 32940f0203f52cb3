"""The update loop: check every source, record its new entries, clip them as a batch.

The shape of an update::

    sources --(conditional GET in a few threads, at most 2 per site: an
    unchanged feed costs one 304)--> parse --(main thread: one transaction per
    source records its new entries by GUID or link)--> pending entries (new
    ones, and those that failed before) --> the same Batch as ``clipper clip``
    --(each result, once committed)--> the entry is marked clipped or failed.

An entry is recorded before it is clipped, so it is never taken for new
again; it is marked clipped once its clipping is committed. An update
interrupted in between leaves the entry pending: the next update clips it,
or finds its page archived already (by the entry's own link) and marks it.
On a source's first update only entries since ``--since`` (default: 7 days)
are clipped, at most ``--limit`` (default: FIRST_UPDATE_LIMIT) of them; the
others are recorded as seen ("passed") and never clipped.
"""

from __future__ import annotations

import os
import threading
import traceback
from collections.abc import Callable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta, timezone
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from clipper.errors import ClipperError, FeedError
from clipper.feeds.discover import FetchSettings
from clipper.feeds.parse import Entry, Feed, NotAFeed, parse
from clipper.models import Fallbacks
from clipper.sources.expand import Item

if TYPE_CHECKING:
    from sqlite_utils import Database

    from clipper.batch import Batch, BatchSummary, ItemResult
    from clipper.store import PendingEntry, SourceState

DEFAULT_SINCE_DAYS = 7
FIRST_UPDATE_LIMIT = 100  # entries clipped on a source's first update, unless --limit
MAX_PER_UPDATE = 1_000  # entries clipped from one source in one update; the rest wait
MAX_CHILD_SITEMAPS = 20  # of a sitemap index, the most recently changed, per update
CHECKERS = 8  # sources checked at once
PER_HOST = 2  # of them at most this many on one site
MARK_EVERY = 25  # entries marked per transaction as their results come in


@dataclass(frozen=True, slots=True)
class UpdateOptions:
    """What ``feed update`` was asked."""

    fetch: FetchSettings = field(default_factory=FetchSettings)
    since: str | None = None  # ISO day; None: DEFAULT_SINCE_DAYS ago, for first updates only
    limit: int | None = None  # entries clipped per source in this update


@dataclass(frozen=True, slots=True)
class Check:
    """What checking one source found.

    ``status`` is ``new`` (entries to clip), ``unchanged`` (304 Not Modified),
    ``nothing-new`` or ``failed`` (see ``error``); ``passed`` counts new
    entries recorded as seen without being clipped (older than --since, or
    past --limit on a first update).
    """

    source: str
    url: str
    status: str
    new: int = 0
    passed: int = 0
    dropped: int = 0  # entries without a usable link, or repeating a GUID
    moved_to: str | None = None
    error: str | None = None

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"feed": self.source, "url": self.url, "status": self.status}
        data.update(new=self.new, passed=self.passed, dropped=self.dropped)
        if self.moved_to:
            data["moved_to"] = self.moved_to
        if self.error:
            data["error"] = self.error
        return data


@dataclass(frozen=True, slots=True)
class _Fetched:
    """A source's check, done in a thread: the feed read, or nothing new, or the error."""

    state: SourceState
    feed: Feed | None = None
    etag: str | None = None
    last_modified: str | None = None
    moved_to: str | None = None
    error: str | None = None


class Update:
    """One ``feed update``: :meth:`check` the sources, then :meth:`clip` what is pending."""

    def __init__(self, db: Database, options: UpdateOptions) -> None:
        self.db = db
        self.options = options
        self._checked: list[int] = []
        self._entries: dict[str, list[int]] = {}  # an item's URL -> the entries it clips

    def check(self, names: list[str], report: Callable[[Check], None]) -> list[Check]:
        """Check the named sources (or all not paused) and record their new entries."""
        from clipper.store import sources_to_update

        states = sources_to_update(self.db, names)
        checks: list[Check] = []
        if not states:
            return checks
        hosts = _HostSlots(PER_HOST)
        with ThreadPoolExecutor(min(CHECKERS, len(states)), "clipper-feed") as pool:
            futures: dict[Future[_Fetched], SourceState] = {}
            queue = iter(states)
            try:
                while True:
                    while len(futures) < 2 * CHECKERS:
                        state = next(queue, None)
                        if state is None:
                            break
                        futures[pool.submit(self._fetch, state, hosts)] = state
                    if not futures:
                        break
                    done, _ = wait(futures, return_when=FIRST_COMPLETED)
                    for future in [f for f in futures if f in done]:
                        futures.pop(future)
                        check = self._record(future.result())
                        checks.append(check)
                        report(check)
            except BaseException:
                pool.shutdown(wait=False, cancel_futures=True)
                raise
        return checks

    def items(self) -> tuple[Item, ...]:
        """The entries to clip from the sources checked: one item per article address."""
        from clipper.store import pending_entries

        by_source: dict[int, list[PendingEntry]] = {}
        for entry in pending_entries(self.db, self._checked):
            by_source.setdefault(entry.source_id, []).append(entry)
        cap = min(self.options.limit or MAX_PER_UPDATE, MAX_PER_UPDATE)
        items: list[Item] = []
        self._entries.clear()
        for entries in by_source.values():
            for entry in _newest_first(entries)[:cap]:
                if entry.link in self._entries:
                    self._entries[entry.link].append(entry.id)
                    continue
                self._entries[entry.link] = [entry.id]
                fallbacks = Fallbacks(
                    title=entry.title,
                    authors=entry.authors,
                    published=entry.published,
                    tags=entry.categories,
                )
                items.append(Item(entry.link, tags=entry.tags, fallbacks=fallbacks))
        return tuple(items)

    def clip(
        self, batch: Batch, items: tuple[Item, ...], report: Callable[[ItemResult], None]
    ) -> BatchSummary:
        """Run the items through the batch, marking each entry once its result is committed."""
        with self._marking() as mark:

            def on_result(result: ItemResult) -> None:
                mark(result)
                report(result)

            return batch.run(items, on_result)

    # --- checking ------------------------------------------------------------

    def _fetch(self, state: SourceState, hosts: _HostSlots) -> _Fetched:
        """Fetch and parse one source (in a checker thread); never raises a ClipperError."""
        from clipper.sources.fetch import fetch_conditional

        settings = self.options.fetch
        try:
            with hosts.slot(state.url):
                got = fetch_conditional(
                    state.url,
                    etag=state.etag,
                    last_modified=state.last_modified,
                    timeout=settings.timeout,
                    user_agent=settings.user_agent,
                )
            if got.page is None:
                return _Fetched(
                    state, etag=got.etag, last_modified=got.last_modified, moved_to=got.moved_to
                )
            feed = parse(got.page.body, got.page.url or state.url)
            if feed.kind == "sitemap-index":
                feed = self._read_index(state, feed, hosts)
            return _Fetched(state, feed, got.etag, got.last_modified, got.moved_to)
        except NotAFeed:
            return _Fetched(
                state,
                error=f"{state.url} now serves a web page, not a feed; the feed may have "
                "moved: find it with clipper feed add PAGE-URL, then remove this one.",
            )
        except ClipperError as exc:
            return _Fetched(state, error=str(exc))
        except Exception as exc:  # noqa: BLE001 - one source's bug must not stop the others
            if os.environ.get("CLIPPER_TRACEBACK"):
                traceback.print_exc()
            return _Fetched(
                state,
                error=f"unexpected error: {type(exc).__name__}: {exc}. This is a bug in "
                "clipper; run again with --traceback and report what it prints.",
            )

    def _read_index(self, state: SourceState, index: Feed, hosts: _HostSlots) -> Feed:
        """The entries of a sitemap index's children changed lately (the newest first)."""
        from clipper.sources.fetch import fetch_conditional

        floor = _since(self.options, state)
        if state.synced_at and floor is None:
            floor = (datetime.fromisoformat(state.synced_at) - timedelta(days=1)).isoformat()
        children = [c for c in index.sitemaps if not floor or not c.lastmod or c.lastmod >= floor]
        children.sort(key=lambda c: c.lastmod or "", reverse=True)
        entries: list[Entry] = []
        dropped = 0
        for child in children[:MAX_CHILD_SITEMAPS]:
            with hosts.slot(child.url):
                got = fetch_conditional(
                    child.url,
                    timeout=self.options.fetch.timeout,
                    user_agent=self.options.fetch.user_agent,
                )
            assert got.page is not None  # no validators were sent
            feed = parse(got.page.body, got.page.url or child.url)
            if feed.kind == "sitemap-index":
                raise FeedError(f"{child.url} is a sitemap index inside a sitemap index.")
            entries.extend(feed.entries)
            dropped += feed.dropped
        seen: set[str] = set()
        unique = []
        for entry in entries:  # the first of each key: the newest sitemap's
            if entry.key not in seen:
                seen.add(entry.key)
                unique.append(entry)
        return replace(index, entries=tuple(unique), dropped=dropped + len(entries) - len(unique))

    def _record(self, fetched: _Fetched) -> Check:
        """Store one source's check and its new entries (main thread, one transaction)."""
        from clipper.store import known_keys, record_check

        state = fetched.state
        self._checked.append(state.id)
        if fetched.error is not None:
            record_check(self.db, state.id, error=fetched.error)
            return Check(state.name, state.url, "failed", error=fetched.error)
        feed = fetched.feed
        if feed is None:  # 304 Not Modified
            record_check(
                self.db,
                state.id,
                url=fetched.moved_to,
                read=True,
                etag=fetched.etag,
                last_modified=fetched.last_modified,
            )
            return Check(state.name, state.url, "unchanged", moved_to=fetched.moved_to)
        known = known_keys(self.db, state.id, (e.key for e in feed.entries))
        fresh = [e for e in feed.entries if e.key not in known]
        new = self._triage(state, fresh)
        added = record_check(
            self.db,
            state.id,
            url=fetched.moved_to,
            kind=feed.kind,
            title=feed.title,
            site_url=feed.site_url,
            read=True,
            etag=fetched.etag,
            last_modified=fetched.last_modified,
            entries=new,
        )
        to_clip = sum(1 for e in new if e.state == "pending")
        return Check(
            state.name,
            state.url,
            "new" if to_clip else "nothing-new",
            new=min(to_clip, added),
            passed=len(new) - to_clip,
            dropped=feed.dropped,
            moved_to=fetched.moved_to,
        )

    def _triage(self, state: SourceState, fresh: list[Entry]) -> list[Any]:
        """Which new entries to clip, and which to record as seen only."""
        from clipper.store import NewEntry

        floor = _since(self.options, state)
        first = state.synced_at is None
        limit = self.options.limit or (FIRST_UPDATE_LIMIT if first else None)
        wanted = [e for e in fresh if not (floor and e.published and e.published < floor)]
        if first and limit is not None:
            wanted = _newest_first(wanted)[:limit]
        chosen = {e.key for e in wanted}
        return [
            NewEntry(
                key=e.key,
                link=e.link,
                title=e.title,
                published=e.published,
                authors=e.authors,
                categories=e.categories,
                state="pending" if e.key in chosen else "passed",
            )
            for e in fresh
        ]

    # --- marking ------------------------------------------------------------

    @contextmanager
    def _marking(self) -> Iterator[Callable[[ItemResult], None]]:
        """Mark entries as their results come in, a few per transaction, and the rest at the end."""
        from clipper.store import mark_entries

        buffer: list[tuple[int, int | None, str | None]] = []

        def mark(result: ItemResult) -> None:
            if result.status == "failed":
                outcome: tuple[int | None, str | None] = (None, result.error or "failed")
            elif result.clipping is not None:
                outcome = (result.clipping.id, None)
            else:
                outcome = (result.clipping_id, None)
            for entry_id in self._entries.get(result.source, ()):
                buffer.append((entry_id, *outcome))
            if len(buffer) >= MARK_EVERY:
                mark_entries(self.db, buffer)
                buffer.clear()

        try:
            yield mark
        finally:
            if buffer:
                mark_entries(self.db, buffer)


def _since(options: UpdateOptions, state: SourceState) -> str | None:
    """The date before which new entries are not clipped, if any."""
    if options.since:
        return options.since
    if state.synced_at is None:
        day = datetime.now(timezone.utc) - timedelta(days=DEFAULT_SINCE_DAYS)
        return day.date().isoformat()
    return None


def _newest_first(entries: list[Any]) -> list[Any]:
    """Dated entries newest first, then the undated ones in the feed's order."""
    dated = sorted((e for e in entries if e.published), key=lambda e: e.published, reverse=True)
    return dated + [e for e in entries if not e.published]


class _HostSlots:
    """At most ``per_host`` checks at once on one site."""

    def __init__(self, per_host: int) -> None:
        self._per_host = per_host
        self._lock = threading.Lock()
        self._slots: dict[str, threading.Semaphore] = {}

    @contextmanager
    def slot(self, url: str) -> Iterator[None]:
        host = (urlsplit(url).hostname or "").lower()
        with self._lock:
            semaphore = self._slots.setdefault(host, threading.Semaphore(self._per_host))
        with semaphore:
            yield
