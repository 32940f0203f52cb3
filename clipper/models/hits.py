"""What a search of the clippings finds."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from clipper.models import plain_snippet


@dataclass(frozen=True, slots=True)
class SearchHit:
    """One search result: the clipping's summary and a highlighted snippet."""

    id: int
    title: str | None
    url: str | None
    source: str
    site_name: str | None
    published: str | None
    clipped_at: str
    snippet: str
    score: float

    def to_json(self) -> dict[str, Any]:
        """Its fields, the snippet's matches wrapped in ** as in Markdown."""
        return {**asdict(self), "snippet": plain_snippet(self.snippet)}
