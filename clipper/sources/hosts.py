"""Polite fetching: at most a few requests at once to one host, started some time apart.

Batches (clipper.batch) fetch their pages through a :class:`HostLimiter`; the
other stages that fetch for a page (its images) share one.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from urllib.parse import urlsplit

from clipper.errors import ClipperError


class HostLimiter:
    """At most ``per_host`` requests at once to a host, starting ``delay`` seconds apart."""

    def __init__(self, per_host: int, delay: float, stop: threading.Event) -> None:
        self._per_host = per_host
        self._delay = delay
        self._stop = stop
        self._lock = threading.Lock()
        self._slots: dict[str, threading.BoundedSemaphore] = {}
        self._next_start: dict[str, float] = {}

    @contextmanager
    def slot(self, url: str) -> Iterator[None]:
        host = (urlsplit(url).hostname or "").lower()
        with self._lock:
            slots = self._slots.setdefault(host, threading.BoundedSemaphore(self._per_host))
        while not slots.acquire(timeout=0.2):
            if self._stop.is_set():
                raise Stopped()
        try:
            with self._lock:
                now = time.monotonic()
                start = max(now, self._next_start.get(host, now))
                self._next_start[host] = start + self._delay
            if self._stop.wait(start - now):
                raise Stopped()
            yield
        finally:
            slots.release()


class Stopped(ClipperError):
    """The batch is stopping; this fetch never started."""

    def __init__(self) -> None:
        super().__init__("Stopped before fetching: the batch was interrupted.")
