"""Dates and times in a dump's metadata lines ("March 3, 2025 at 9:41 am ET")."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo

from clipper.extract.text import rules as rules


@dataclass(frozen=True, slots=True)
class When:
    """A date read from the page, with a time and zone when they were given."""

    year: int
    month: int
    day: int
    hour: int | None = None
    minute: int | None = None
    tz: tzinfo | None = None

    def iso(self) -> str:
        if self.hour is None or self.minute is None:
            return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        moment = datetime(self.year, self.month, self.day, self.hour, self.minute, tzinfo=self.tz)
        return moment.isoformat()


def find_date(text: str) -> When | None:
    """The first full date (with a year) in ``text``, with its time if given."""
    for pattern in rules.DATE_PATTERNS:
        for match in pattern.finditer(text):
            ymd = _match_ymd(match)
            if ymd is None:
                continue
            rest = text[: match.start()] + " " + text[match.end() :]
            clock = find_time(rest)
            if clock is None:
                return When(*ymd)
            hour, minute, zone_text = clock
            zone = _zone(zone_text) or _zone(rest)
            return When(*ymd, hour, minute, zone)
    return None


def _match_ymd(match: re.Match[str]) -> tuple[int, int, int] | None:
    groups = match.groupdict()
    year = int(groups["y"])
    if groups.get("mon"):
        month = rules.MONTHS.get(groups["mon"].lower().rstrip("."))
        day = int(groups["d"])
    elif groups.get("a"):
        first, second = int(groups["a"]), int(groups["b"])
        month, day = (second, first) if first > 12 else (first, second)
    else:
        month, day = int(groups["m"]), int(groups["d"])
    if month is None:
        return None
    try:
        datetime(year, month, day)
    except ValueError:
        return None
    return year, month, day


def find_time(text: str) -> tuple[int, int, str] | None:
    """Hour, minute and the text after the time (where a zone would be)."""
    match = rules.TIME.search(text)
    if match is None:
        return None
    hour, minute = int(match["h"]), int(match["mi"])
    ampm = (match["ampm"] or "").lower().replace(".", "").replace(" ", "")
    if ampm == "pm" and hour < 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    if hour > 23 or minute > 59:
        return None
    return hour, minute, text[match.end() :]


def _zone(text: str) -> tzinfo | None:
    named = rules.TIME_ZONE_WORD.search(text)
    if named:
        value = rules.TIME_ZONES[named["tz"]]
        if isinstance(value, int):
            return timezone(timedelta(minutes=value))
        # A named zone's offset depends on the date (EST or EDT for "ET").
        return ZoneInfo(value)
    offset = rules.UTC_OFFSET.search(text)
    if offset is None:
        return None
    if offset["sign"] is None:
        return timezone.utc
    minutes = int(offset["oh"]) * 60 + int(offset["om"] or 0)
    return timezone(timedelta(minutes=minutes if offset["sign"] == "+" else -minutes))
