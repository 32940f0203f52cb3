"""Parse the date bounds users give to --since and --until (pure)."""

from __future__ import annotations

import re
from datetime import date, timedelta

from .errors import UsageError

_RELATIVE = re.compile(r"^(\d+)\s*([dwmy])$", re.I)
_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_YEAR = re.compile(r"^(\d{4})$")
_UNIT_DAYS = {"d": 1, "w": 7, "m": 30, "y": 365}


def _first_day_after(value: str) -> date:
    """The day after the period ``value`` names (a day, a month or a year)."""
    if m := _DAY.match(value):
        return date(int(m[1]), int(m[2]), int(m[3])) + timedelta(days=1)
    if m := _MONTH.match(value):
        year, month = int(m[1]), int(m[2])
        return date(year + month // 12, month % 12 + 1, 1)
    if m := _YEAR.match(value):
        return date(int(m[1]) + 1, 1, 1)
    raise ValueError(value)


def _first_day_of(value: str) -> date:
    if m := _DAY.match(value):
        return date(int(m[1]), int(m[2]), int(m[3]))
    if m := _MONTH.match(value):
        return date(int(m[1]), int(m[2]), 1)
    if m := _YEAR.match(value):
        return date(int(m[1]), 1, 1)
    raise ValueError(value)


def parse_bound(value: str, *, end: bool, today: date | None = None) -> str:
    """Turn ``2025-03-01``, ``2025-03``, ``2025`` or ``7d``/``2w``/``3m``/``1y`` into a day.

    For ``--since`` (``end=False``) it is the first day included; for ``--until``
    (``end=True``) the first day *not* included, so ``--until 2025-03`` keeps
    all of March. Relative forms count back from today.
    """
    text = value.strip()
    try:
        if m := _RELATIVE.match(text):
            day = (today or date.today()) - timedelta(days=int(m[1]) * _UNIT_DAYS[m[2].lower()])
            return (day + timedelta(days=1) if end else day).isoformat()
        return (_first_day_after(text) if end else _first_day_of(text)).isoformat()
    except ValueError:
        raise UsageError(
            f"Can't read the date {value!r}: use 2025-03-01, 2025-03, 2025, or 7d / 2w / 3m / 1y."
        ) from None
