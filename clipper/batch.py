"""Clipping many sources at once: fetch concurrently, extract in parallel, store in order.

The shape of a batch::

    items --(already archived? skip)--> fetch threads (URLs; bounded per host,
    a polite delay between requests to one site) --(a page extracted before?
    skip or duplicate)--> extraction processes (``jobs`` of them; in this
    process when jobs is 1) --> the main process saves each result, several
    per transaction, then reports it.

Only the main process touches the database. Every clipping is saved whole
inside a transaction, so a batch interrupted by Ctrl-C or killed outright
leaves complete clippings or nothing of an item, and running it again skips
what is stored and does the rest. Results are reported only once committed.

What each extracted page became (its key and its text's hash) is stored by
the page's fingerprint in the same transaction, so that running the batch
again recognises those bytes without extracting them: a duplicate, whose text
is stored under another clipping, is reported as one again at the cost of a
hash. The fingerprint only stands for what the archive holds now: a page whose
key and text are no longer in the archive is extracted again.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import sys
import threading
import time
import traceback
from collections.abc import Callable
from concurrent.futures import (
    FIRST_COMPLETED,
    Executor,
    Future,
    ProcessPoolExecutor,
    ThreadPoolExecutor,
    wait,
)
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO, Literal

from sqlite_utils import Database

from clipper.errors import ClipperError, ExitStatus
from clipper.models import Article, Clipping, Page
from clipper.pipeline import ClipOptions
from clipper.sources.expand import Item
from clipper.sources.hosts import HostLimiter
from clipper.store.derived import Derived

if TYPE_CHECKING:
    from clipper.assets.collect import Collected

# Saves per transaction, and the longest a finished item waits to be committed.
COMMIT_EVERY = 25
COMMIT_AFTER_SECONDS = 1.0
# At most this many concurrent requests to one host.
PER_HOST = 2
DEFAULT_DELAY = 0.5


def default_jobs() -> int:
    """The number of cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


@dataclass(frozen=True, slots=True)
class BatchOptions:
    """How to run a batch."""

    clip: ClipOptions = field(default_factory=ClipOptions)
    jobs: int = 1
    refresh: bool = False  # clip again what is archived already
    tags: tuple[str, ...] = ()  # for every item, besides its own
    delay: float = DEFAULT_DELAY  # seconds between requests to one host


# What became of one item of a batch (see ItemResult); also its JSON "status".
ItemStatus = Literal["added", "updated", "skipped", "duplicate", "failed"]


@dataclass(frozen=True, slots=True)
class ItemResult:
    """What became of one item.

    ``status`` is ``added``, ``updated``, ``skipped`` (already archived: see
    ``clipping_id``), ``duplicate`` (the same text as ``clipping_id``) or
    ``failed`` (see ``error`` and ``exit_status``).
    """

    source: str
    status: ItemStatus
    clipping: Clipping | None = None
    clipping_id: int | None = None
    error: str | None = None
    exit_status: int | None = None
    # The failure's error class name (or BUG), so a front end can add its own hint.
    error_type: str | None = None
    image_failures: tuple[str, ...] = ()  # images --images couldn't keep; the clipping stands

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"status": self.status, "source": self.source}
        if self.clipping is not None:
            data["clipping"] = self.clipping.to_json()
        elif self.status == "duplicate":
            data["duplicate_of"] = self.clipping_id
        elif self.clipping_id is not None:
            data["clipping_id"] = self.clipping_id
        if self.error is not None:
            data["error"] = self.error
            data["exit_status"] = self.exit_status
        if self.image_failures:
            data["image_failures"] = list(self.image_failures)
        return data


@dataclass(frozen=True, slots=True)
class BatchSummary:
    """Counts of a finished batch, and every failure with its reason."""

    total: int
    added: int
    updated: int
    skipped: int
    duplicates: int
    near_duplicates: int
    failures: tuple[ItemResult, ...]

    @property
    def failed(self) -> int:
        return len(self.failures)


@dataclass(frozen=True, slots=True)
class _Ready:
    """An extracted item, what the main process needs to store it."""

    article: Article
    page: Page
    key: str
    url: str | None
    encoding: str
    encoding_source: str
    derived: Derived
    compressed_body: bytes
    body_size: int  # the page's bytes, which stay behind in the worker (see _prepare)
    fingerprint: str  # of the page as extracted, see pipeline.page_fingerprint
    images: Collected | None = None  # with --images, fetched after extraction


# The error_type of an item that failed on a bug in clipper rather than a ClipperError.
BUG = "bug"


@dataclass(frozen=True, slots=True)
class _Failed:
    message: str
    exit_status: int
    error_type: str  # the ClipperError's class name (or BUG): a front end's key for hints

    @classmethod
    def of(cls, exc: ClipperError) -> _Failed:
        return cls(str(exc), int(exc.exit_status), type(exc).__name__)


Report = Callable[[ItemResult], None]


class Batch:
    """Runs items through fetching, extraction and storing; a context manager.

    Enter it before starting threads of your own (a progress display): the
    extraction processes are started on entering.
    """

    def __init__(self, db: Database, options: BatchOptions, stdin: BinaryIO | None = None) -> None:
        self.db = db
        self.stdin = stdin
        self.options = options
        self._stop = threading.Event()
        self._hosts = HostLimiter(PER_HOST, options.delay, self._stop)
        self._extractors: Executor | None = None
        self._fetchers: ThreadPoolExecutor | None = None

    def __enter__(self) -> Batch:
        from clipper.pipeline import extractor_identity
        from clipper.store import tune_for_batch

        tune_for_batch(self.db)
        # Every page's fingerprint needs it: worked out once, before forking, for every worker.
        extractor_identity()
        if self.options.jobs > 1:
            self._extractors = ProcessPoolExecutor(
                self.options.jobs, mp_context=_context(), initializer=_worker_init
            )
            # Start the workers now, while this process has no other threads.
            list(self._extractors.map(_warm_up, range(self.options.jobs)))
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        interrupted = exc[0] is not None
        for pool in (self._fetchers, self._extractors):
            if pool is not None:
                pool.shutdown(wait=not interrupted, cancel_futures=True)

    def run(self, items: tuple[Item, ...] | list[Item], report: Report) -> BatchSummary:
        """Clip every item, calling ``report`` with each result once it is stored."""
        from clipper.store import count_clippings

        tally = _Tally(total=len(items))
        # Into an empty archive (a first import) nothing can be archived already.
        check_archive = not self.options.refresh and count_clippings(self.db) > 0
        window = max(8, 4 * self.options.jobs)
        in_flight: dict[Future[Any], tuple[str, Item]] = {}
        ready: list[tuple[Item, _Ready]] = []
        last_commit = time.monotonic()
        queue = iter(items)

        def record(result: ItemResult) -> None:
            tally.add(result)
            report(result)

        def extract(item: Item, what: str | Page) -> None:
            known = self._known(item, what) if check_archive and isinstance(what, Page) else None
            if known is not None:
                record(known)
            else:
                in_flight[self._extract(what)] = ("extract", item)

        while True:
            # 1. keep the pipeline full, skipping what is archived without fetching or extracting
            while len(in_flight) < window:
                item = next(queue, None)
                if item is None:
                    break
                if _is_url(item.source):
                    archived = self._archived(item) if check_archive else None
                    if archived is None:
                        fetching = self._fetch_pool().submit(self._fetch, item.source)
                        in_flight[fetching] = ("fetch", item)
                    else:
                        record(ItemResult(item.source, "skipped", clipping_id=archived))
                elif item.source == "-" or check_archive:
                    # Standard input is this process's to read; a file is read here
                    # when the archive may know it, to recognise it before extracting.
                    page = self._read(item.source)
                    if isinstance(page, _Failed):
                        # Over --max-bytes now, but clipped before with a higher limit?
                        known = self._clipped_file(item) if check_archive else None
                        record(known or _failure(item, page))
                    else:
                        extract(item, page)
                else:
                    extract(item, item.source)  # the extraction process reads it
            if not in_flight and not ready:
                break
            # 2. collect what finished: fetched pages go on to extraction
            if in_flight:
                done, _ = wait(in_flight, timeout=COMMIT_AFTER_SECONDS, return_when=FIRST_COMPLETED)
                # in the order they were started: which of two copies is the
                # original, and which its duplicate, must not be left to chance
                for future in [f for f in in_flight if f in done]:
                    stage, item = in_flight.pop(future)
                    outcome = _outcome(future)
                    if isinstance(outcome, _Failed):
                        record(_failure(item, outcome))
                    elif stage == "fetch":
                        extract(item, outcome)
                    elif stage == "extract" and self.options.clip.images:
                        images = self._fetch_pool().submit(self._images, outcome)
                        in_flight[images] = ("images", item)
                    else:
                        ready.append((item, outcome))
            # 3. store finished items, several per transaction
            due = time.monotonic() - last_commit >= COMMIT_AFTER_SECONDS
            if ready and (len(ready) >= COMMIT_EVERY or due or not in_flight):
                for result in self._store(ready):
                    record(result)
                ready.clear()
                last_commit = time.monotonic()
        return tally.summary()

    # --- stages ------------------------------------------------------------

    def _archived(self, item: Item) -> int | None:
        """The clipping this URL already is, if that shows without fetching it."""
        from clipper.sources.urls import canonical_url
        from clipper.store import find_clipping

        try:
            key = canonical_url(item.source)
        except ClipperError:
            return None  # fetching will report what is wrong with it
        return find_clipping(self.db, source=item.source, key=key)

    def _known(self, item: Item, page: Page) -> ItemResult | None:
        """What this read or fetched page is to the archive, if that shows without extracting it."""
        from clipper.pipeline import page_fingerprint
        from clipper.store import find_clipping, find_same_file, seen_page, source_key

        if not _is_url(item.source) and item.source != "-":
            # A file clipped before: its bytes are the key, or it was clipped from this path.
            found = find_clipping(self.db, key=source_key(page, None))
            if found is None:
                found = find_same_file(self.db, page.source, page.body)
            if found is not None:
                return ItemResult(item.source, "skipped", clipping_id=found)
        seen = seen_page(self.db, page_fingerprint(page, self.options.clip))
        return self._verdict(item, *seen) if seen is not None else None

    def _clipped_file(self, item: Item) -> ItemResult | None:
        """A file that can't be read as a page now (over the size limit) but is archived as is.

        Its bytes are read only when a clipping from this path has their size.
        """
        from clipper.store import clipped_file_sizes, find_same_file

        path = Path(item.source).expanduser()
        try:
            resolved, size = str(path.resolve()), path.stat().st_size
            if size not in clipped_file_sizes(self.db, resolved):
                return None
            found = find_same_file(self.db, resolved, path.read_bytes())
        except OSError:
            return None
        return ItemResult(item.source, "skipped", clipping_id=found) if found is not None else None

    def _verdict(self, item: Item, key: str, text_hash: str) -> ItemResult | None:
        """Skipped when this key is archived, a duplicate when this text is; None to store it."""
        from clipper.store import find_clipping

        existing = find_clipping(self.db, key=key)
        if existing is not None and not self.options.refresh:
            # e.g. a URL that redirects to a page clipped already
            return ItemResult(item.source, "skipped", clipping_id=existing)
        same_text = find_clipping(self.db, text_hash=text_hash)
        if same_text is not None and same_text != existing:
            return ItemResult(item.source, "duplicate", clipping_id=same_text)
        return None

    def _fetch_pool(self) -> ThreadPoolExecutor:
        if self._fetchers is None:
            workers = min(16, 4 * self.options.jobs)
            self._fetchers = ThreadPoolExecutor(workers, thread_name_prefix="clipper-fetch")
        return self._fetchers

    def _fetch(self, url: str) -> Page | _Failed:
        from clipper.pipeline import read_page

        try:
            with self._hosts.slot(url):
                return read_page(url, self.options.clip)
        except ClipperError as exc:
            return _Failed.of(exc)

    def _images(self, r: _Ready) -> _Ready:
        """The extracted item with the images its article shows (clipper.assets.collect)."""
        from clipper.assets.collect import ImageOptions, collect

        if "<img" not in r.article.html or r.page.content_type == "text/plain":
            return r
        from clipper.sources.decode import decode

        clip = self.options.clip
        # the page's text as extraction read it: its data: images are found there
        text = decode(r.page.body, declared=r.page.charset, override=r.encoding).text
        options = ImageOptions(timeout=clip.timeout, user_agent=clip.user_agent)
        return replace(r, images=collect(r.article.html, r.page, text, options, self._hosts.slot))

    def _read(self, source: str) -> Page | _Failed:
        """A file, or ``-`` for standard input, read in this process."""
        from clipper.pipeline import read_page

        try:
            return read_page(source, self.options.clip, self.stdin)
        except ClipperError as exc:
            return _Failed.of(exc)

    def _extract(self, what: str | Page) -> Future[Any]:
        if self._extractors is not None:
            return self._extractors.submit(_prepare, what, self.options.clip)
        future: Future[Any] = Future()
        future.set_result(_prepare(what, self.options.clip))
        return future

    def _recall_site(self, r: _Ready) -> _Ready:
        """A text dump read again knowing its site's repeated lines (see pipeline.recall_site)."""
        if r.article.kind != "text" or not r.article.site_name:
            return r
        from clipper.pipeline import recall_site
        from clipper.store import derive

        text = r.page.body.decode(r.encoding, errors="replace")
        article = recall_site(self.db, r.article, text, r.key)
        if article is r.article:
            return r
        article = replace(article, stripped=())
        return replace(r, article=article, derived=derive(article))

    def _store(self, ready: list[tuple[Item, _Ready]]) -> list[ItemResult]:
        """Save the items in one transaction; report nothing that wasn't committed."""
        from clipper.pipeline import with_images
        from clipper.store import batch_transaction, remember_page, save_clipping

        results = []
        with batch_transaction(self.db):
            for item, ready_item in ready:
                r = self._recall_site(ready_item)
                result = self._verdict(item, r.key, r.derived.text_hash)
                if result is None:
                    article = r.article
                    if item.fallbacks is not None:  # the page's own values win
                        article = item.fallbacks.fill(article)
                    saved = save_clipping(
                        self.db,
                        article,
                        r.page,
                        key=r.key,
                        url=r.url,
                        tags=(*self.options.tags, *item.tags),
                        encoding=r.encoding,
                        encoding_source=r.encoding_source,
                        compressed_body=r.compressed_body,
                        derived=r.derived,
                        body_size=r.body_size,
                    )
                    saved = with_images(self.db, saved, r.images)
                    status: ItemStatus = "added" if saved.created else "updated"
                    result = ItemResult(
                        item.source,
                        status,
                        clipping=saved.clipping,
                        image_failures=saved.image_failures,
                    )
                # In the same transaction: a run again knows these bytes (see _known).
                remember_page(self.db, r.fingerprint, key=r.key, text_hash=r.derived.text_hash)
                results.append(result)
        return results


def _prepare(what: str | Page, options: ClipOptions) -> _Ready | _Failed:
    """Read (unless fetched), decode and extract one item; runs in a worker process.

    Failures come back as values. An unexpected exception (a bug) fails this
    item alone, saying it is a bug, rather than the whole batch.
    """
    from clipper.pipeline import page_fingerprint, prepare, prepare_page
    from clipper.store import compress_body, derive

    try:
        prepared = prepare(what, options) if isinstance(what, str) else prepare_page(what, options)
    except ClipperError as exc:
        return _Failed.of(exc)
    except Exception as exc:  # noqa: BLE001 - reported per item as a bug, see above
        if os.environ.get("CLIPPER_TRACEBACK"):
            traceback.print_exc()
        return _Failed(
            f"unexpected error: {type(exc).__name__}: {exc}. This is a bug in clipper.",
            int(ExitStatus.ERROR),
            BUG,
        )
    page = prepared.page
    # Only a text dump read again knowing its site (see Batch._recall_site) needs
    # its page's bytes in the main process; the others' go compressed alone,
    # instead of twice over, through the pipe and the unpickling.
    recall = prepared.article.kind == "text" and bool(prepared.article.site_name)
    # --images reads a page's data: images out of its bytes (see Batch._images).
    keep_body = recall or (options.images and "<img" in prepared.article.html)
    return _Ready(
        # The stripped lines are for --dry-run; they needn't cross to the main process.
        article=replace(prepared.article, stripped=()),
        page=page if keep_body else replace(page, body=b""),
        key=prepared.key,
        url=prepared.url,
        encoding=prepared.decoded.encoding,
        encoding_source=prepared.decoded.encoding_source,
        derived=derive(prepared.article),
        compressed_body=compress_body(page.body),
        body_size=len(page.body),
        fingerprint=page_fingerprint(page, options),
    )


def _outcome(future: Future[Any]) -> Any:
    try:
        return future.result()
    except BrokenProcessPool:
        return _Failed(
            "the extraction process died (out of memory?); run again to retry this one.",
            int(ExitStatus.ERROR),
            "BrokenProcessPool",
        )


def _failure(item: Item, failed: _Failed) -> ItemResult:
    return ItemResult(
        item.source,
        "failed",
        error=failed.message,
        exit_status=failed.exit_status,
        error_type=failed.error_type,
    )


def _is_url(source: str) -> bool:
    from clipper.sources.urls import is_url

    return is_url(source)


def _context() -> Any:
    # fork starts workers fastest and is safe here: they start before any thread.
    method = "fork" if sys.platform.startswith("linux") else "spawn"
    return multiprocessing.get_context(method)


def _worker_init() -> None:
    # Ctrl-C is the main process's to handle: it stops handing out work.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # A main process killed outright can't tell its workers to stop: they notice.
    parent = os.getppid()
    threading.Thread(target=_exit_with, args=(parent,), daemon=True).start()


def _exit_with(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(0.5)
    os._exit(1)


def _warm_up(_: int) -> None:
    # Import the heavy stages once per worker, not once per page.
    import clipper.extract.html.article
    import clipper.extract.text.dump  # noqa: F401


@dataclass
class _Tally:
    total: int
    added: int = 0
    updated: int = 0
    skipped: int = 0
    duplicates: int = 0
    near_duplicates: int = 0
    failures: list[ItemResult] = field(default_factory=list)

    def add(self, result: ItemResult) -> None:
        if result.status == "failed":
            self.failures.append(result)
        elif result.status == "duplicate":
            self.duplicates += 1
        elif result.status == "skipped":
            self.skipped += 1
        else:
            if result.status == "added":
                self.added += 1
            else:
                self.updated += 1
            if result.clipping is not None and result.clipping.near_duplicate_of is not None:
                self.near_duplicates += 1

    def summary(self) -> BatchSummary:
        return BatchSummary(
            self.total,
            self.added,
            self.updated,
            self.skipped,
            self.duplicates,
            self.near_duplicates,
            tuple(self.failures),
        )
