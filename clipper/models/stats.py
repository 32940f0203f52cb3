"""The archive's totals."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Stats:
    """What ``clipper stats`` reports."""

    clippings: int
    words: int
    by_site: list[tuple[str, int]]
    by_month: list[tuple[str, int]]
    db_bytes: int
    images: int = 0  # distinct images stored (clip --images)
    image_bytes: int = 0  # their size, as stored
