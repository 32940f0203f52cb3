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

The same decorator as Mercurial's ``util.nogc``. The collector is process-wide:
while one thread extracts a page, the others' cycles wait too; it is turned
back on by the call that turned it off, and never when the caller had it off.
"""

from __future__ import annotations

import functools
import gc
from collections.abc import Callable
from typing import ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")


def nogc(func: Callable[P, R]) -> Callable[P, R]:
    """``func`` with the cyclic garbage collector paused while it runs."""

    @functools.wraps(func)
    def paused(*args: P.args, **kwargs: P.kwargs) -> R:
        if not gc.isenabled():
            return func(*args, **kwargs)
        gc.disable()
        try:
            return func(*args, **kwargs)
        finally:
            gc.enable()

    return paused
