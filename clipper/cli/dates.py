"""Parse the date bounds users give to --since and --until (pure)."""

from __future__ import annotations

import re
from datetime import date, timedelta

from clipper.errors import UsageError

_RELATIVE = re.compile(r"^(\d{1,6})\s*([dwmy])$", re.I)
_PERIOD = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
_UNIT_DAYS = {"d": 1, "w": 7, "m": 30, "y": 365}


def _period(value: str) -> tuple[date, date]:
    """The first day of the day, month or year ``value`` names, and the first day after it."""
    m = _PERIOD.match(value)
    if not m:
        raise ValueError(value)
    year, month, day = int(m[1]), m[2], m[3]
    if day is not None:
        first = date(year, int(month), int(day))  # validates month and day
        return first, first + timedelta(days=1)
    if month is not None:
        first = date(year, int(month), 1)  # validates the month
        return first, date(year + first.month // 12, first.month % 12 + 1, 1)
    return date(year, 1, 1), date(year + 1, 1, 1)


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
        first, after = _period(text)
        return (after if end else first).isoformat()
    except (ValueError, OverflowError):
        raise UsageError(
            f"Can't read the date {value!r}: use 2025-03-01, 2025-03, 2025, or 7d / 2w / 3m / 1y."
        ) from None
