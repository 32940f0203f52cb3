"""Extraction without Python's cyclic garbage collector stepping in half-way.

CPython runs a collection each time 700 more container objects are alive than
at the last one, and every element lxml hands to Python is such an object. An
extraction walks every element of the page several times and keeps thousands
of them in its tables, so the collector ran a few times on every page and a
full collection (every object of the process) every hundred-odd pages: about
6% of ``extract()``'s CPU time on the web-eval pages, counting the collection
of what is left once it has returned. Almost nothing an
extraction leaves behind needs the collector (its objects go when their last
reference does); what does (a few dozen objects a page) is collected once it
has returned.

The same idea as Mercurial's ``util.nogc``, made safe for threads and nesting.
The collector is process-wide, so the pause is counted, under a lock: the first
call to come in turns the collector off (when it was on), and the last to leave
turns it back on, so that one thread's page never turns it on under another's,
and a caller who had it off finds it off. While paused calls overlap without a
break (a server extracting on several threads at once), one full collection
runs every :data:`COLLECT_EVERY` calls that leave, about as often as the
collector's own full collections would, so cycles can't pile up for good.
"""

from __future__ import annotations

import functools
import gc
import threading
from collections.abc import Callable
from typing import ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")

# while paused calls overlap without a break, a full collection after this many leave
COLLECT_EVERY = 100

_LOCK = threading.Lock()
_inside = 0  # paused calls running now, in every thread
_restore = False  # whether the first of them found the collector on
_left = 0  # calls that have left since the collector last ran


def nogc(func: Callable[P, R]) -> Callable[P, R]:
    """``func`` with the cyclic garbage collector paused while it (and every other) runs."""

    @functools.wraps(func)
    def paused(*args: P.args, **kwargs: P.kwargs) -> R:
        _enter()
        try:
            return func(*args, **kwargs)
        finally:
            _leave()

    return paused


def _enter() -> None:
    global _inside, _restore, _left
    with _LOCK:
        if _inside == 0:
            _restore = gc.isenabled()
            _left = 0
            if _restore:
                gc.disable()
        _inside += 1


def _leave() -> None:
    global _inside, _left
    collect = False
    with _LOCK:
        _inside -= 1
        if _inside == 0:
            if _restore:
                gc.enable()
        elif _restore:
            _left += 1
            if _left >= COLLECT_EVERY:
                _left = 0
                collect = True
    if collect:
        gc.collect()  # outside the lock: the other threads come and go meanwhile
