"""Passages the user kept, and what searching them finds."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from clipper.models import plain_snippet


@dataclass(frozen=True, slots=True)
class Highlight:
    """A passage of a clipping the user kept, with an optional note.

    ``start`` and ``end`` are character offsets of the passage in the
    clipping's ``text``; both are None when the text changed (re-extraction,
    clipping the page again) and the passage is no longer in it: the
    highlight is kept, marked detached, never dropped.
    """

    id: int
    clipping_id: int
    passage: str
    note: str | None
    created_at: str
    start: int | None
    end: int | None

    @property
    def detached(self) -> bool:
        return self.start is None

    def to_json(self) -> dict[str, Any]:
        return {**asdict(self), "detached": self.detached}


@dataclass(frozen=True, slots=True)
class HighlightHit:
    """One highlight found by ``search --highlights``, with its clipping's title."""

    highlight: Highlight
    title: str | None
    snippet: str
    score: float

    def to_json(self) -> dict[str, Any]:
        """The highlight's fields, its clipping's title and the snippet (see SearchHit)."""
        return {
            **self.highlight.to_json(),
            "title": self.title,
            "snippet": plain_snippet(self.snippet),
        }
