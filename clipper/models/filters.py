"""What ``list`` and ``search`` narrow their results by."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Filters:
    """What ``list`` and ``search`` narrow results by; every field is optional.

    ``since`` and ``until`` are ISO days (``until`` excluded) compared with the
    published date, or the clipped date when the page gave none.
    """

    site: str | None = None
    author: str | None = None
    tags: tuple[str, ...] = ()
    since: str | None = None
    until: str | None = None
    lang: str | None = None
