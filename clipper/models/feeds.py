"""Followed feeds and sitemaps."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class FeedSource:
    """A followed feed or sitemap, with what its updates found.

    ``state`` is ``ok``, ``paused``, ``new`` (never checked) or the last
    error in one line; ``clipped`` counts its entries stored as clippings.
    """

    id: int
    name: str
    url: str
    kind: str | None
    title: str | None
    site_url: str | None
    tags: list[str]
    paused: bool
    added_at: str
    checked_at: str | None
    last_new_at: str | None
    error: str | None
    entries: int = 0
    clipped: int = 0
    pending: int = 0

    @property
    def state(self) -> str:
        if self.error:
            return self.error
        if self.paused:
            return "paused"
        return "ok" if self.checked_at else "new"

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["state"] = self.state
        return data
