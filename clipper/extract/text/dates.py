"""Dates and times in a text dump's lines: the first full date a line gives, its
time and zone (read for ``lines.py``'s metadata). Month names and patterns are
data in ``rules.py``."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone, tzinfo
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


# The decimal digits of other scripts (Arabic-Indic, Persian, Devanagari, Bengali, the
# other Indic scripts, Thai, Lao, Myanmar, Khmer, full-width) -> ASCII, one for one.
_DIGIT_ZEROS: tuple[int, ...] = (0x660, 0x6F0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66)
_DIGIT_ZEROS += (0xCE6, 0xD66, 0xE50, 0xED0, 0x1040, 0x17E0, 0xFF10)
_DIGITS = str.maketrans(
    {chr(zero + value): str(value) for zero in _DIGIT_ZEROS for value in range(10)}
)


def ascii_digits(text: str) -> str:
    """``text`` with other scripts' digits written as ASCII ones (same length)."""
    return text.translate(_DIGITS) if not text.isascii() else text


def find_date(text: str, *, day_first: bool | None = None) -> When | None:
    """The first full date (with a year) in ``text``, with its time if given.

    A slashed "03/05/2022" reads day first when ``day_first``, or when it is None and
    ``text`` holds a word of a language that writes the day first (``rules.DAY_FIRST_WORDS``).
    """
    text = ascii_digits(text)
    if day_first is None:
        day_first = rules.DAY_FIRST_WORDS.search(text) is not None
    for pattern in rules.DATE_PATTERNS:
        for match in pattern.finditer(text):
            ymd = _match_ymd(match, day_first=day_first)
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


def opening_date(text: str) -> When | None:
    """The full date a line opens with, when a separator or a space follows it
    ("29.11.2022 – Die Stadt hat ...", "8. November 2021 | Fachtag"): a dateline's."""
    text = ascii_digits(text.lstrip())
    for pattern in rules.DATE_PATTERNS:
        match = pattern.match(text)
        if match is None or not rules.DATELINE_SEPARATOR.match(text, match.end()):
            continue
        ymd = _match_ymd(match)
        if ymd is not None:
            return When(*ymd)
    return None


def dates_an_update(text: str) -> bool:
    """Whether a date line's date is its last update's: an "updated" label stands before
    its first date, and no "published" one ("Updated: 3 March 2026"; not "Ann Lee 2 March
    2026 · Updated: 3 March 2026", whose first date is the publication's)."""
    updated = rules.UPDATED_PREFIX.search(text)
    if updated is None or rules.PUBLISHED_PREFIX.search(text):
        return False
    digits = ascii_digits(text)
    dated = (m.start() for p in rules.DATE_PATTERNS if (m := p.search(digits)) is not None)
    return updated.start() < min(dated, default=len(text))


def update_after(text: str) -> When | None:
    """The date after an "updated" label that follows a date line's first date, or None;
    a time alone there is the first date's ("4 de mayo de 2022 Actualizado a las 09:36")."""
    updated = rules.UPDATED_PREFIX.search(text)
    if updated is None:
        return None
    later = find_date(text[updated.end() :])
    clock = find_time(text[updated.end() :]) if later is None else None
    first = find_date(text[: updated.start()]) if clock is not None else None
    if clock is None or first is None:
        return later
    return When(first.year, first.month, first.day, clock[0], clock[1], first.tz)


def drop_leftovers(piece: str) -> str:
    """A date line's piece without its "Published" or "Updated" lead-in, a "Follow
    @handle" button, or the "at"/"on" before the date ("By Jane Holm on ...")."""
    for pattern in (rules.PUBLISHED_PREFIX, rules.UPDATED_PREFIX, *rules.DATE_LINE_LEFTOVERS):
        piece = pattern.sub(" ", piece)
    return piece


def _match_ymd(match: re.Match[str], *, day_first: bool = False) -> tuple[int, int, int] | None:
    """The year, month and day a date pattern matched; a slashed "03/05/2022" is month
    first unless the first number can't be a month, or ``day_first`` (the line's words
    are of a language that writes the day first: ``rules.DAY_FIRST_WORDS``)."""
    groups = match.groupdict()
    year = int(groups["y"])
    if len(groups["y"]) == 2:
        year += 2000 if year < rules.TWO_DIGIT_YEAR_PIVOT else 1900
    if groups.get("sol"):
        return _solar_date(year, rules.SOLAR_MONTHS[groups["sol"]], int(groups["d"]))
    if year > 2400:  # a Thai year of the Buddhist era
        year -= rules.BUDDHIST_ERA_OFFSET
    if groups.get("mon"):
        month = rules.MONTHS.get(groups["mon"].lower().rstrip("."))
        day = int(groups["d"])
    elif groups.get("a"):
        first, second = int(groups["a"]), int(groups["b"])
        month, day = (second, first) if first > 12 or day_first else (first, second)
        if month > 12:  # "03/25/2022" beside "Por": the month is first after all
            month, day = day, month
    else:
        month, day = int(groups["m"]), int(groups["d"])
    if month is None:
        return None
    try:
        datetime(year, month, day)
    except ValueError:
        return None
    return year, month, day


# The years in which the solar Hijri calendar's 33-year cycle of leap years breaks
# (the Jalaali algorithm, good for the years 1 to 3177 of that calendar).
_SOLAR_BREAKS: tuple[int, ...] = (-61, 9, 38, 199, 426, 686, 756, 818, 1111, 1181, 1210, 1635)
_SOLAR_BREAKS += (2060, 2097, 2192, 2262, 2324, 2394, 2456, 3178)


def _nowruz(year: int) -> date:
    """The Gregorian date of 1 Farvardin of the solar Hijri ``year`` (20 or 21 March)."""
    leap_solar, start, jump = -14, _SOLAR_BREAKS[0], 0
    for end in _SOLAR_BREAKS[1:]:
        jump = end - start
        if year < end:
            break
        leap_solar += jump // 33 * 8 + jump % 33 // 4
        start = end
    n = year - start
    leap_solar += n // 33 * 8 + (n % 33 + 3) // 4
    if jump % 33 == 4 and jump - n == 4:
        leap_solar += 1
    gregorian = year + 621
    leap_gregorian = gregorian // 4 - (gregorian // 100 + 1) * 3 // 4 - 150
    return date(gregorian, 3, 20 + leap_solar - leap_gregorian)


def _solar_date(year: int, month: int, day: int) -> tuple[int, int, int] | None:
    """A solar Hijri date as a Gregorian (year, month, day); None for a day the month lacks."""
    if not 1 <= day <= (31 if month <= 6 else 30):
        return None
    found = _nowruz(year) + timedelta(days=(month - 1) * 31 - month // 7 * (month - 7) + day - 1)
    if found >= _nowruz(year + 1):  # 30 Esfand of a common year
        return None
    return found.year, found.month, found.day


def find_time(text: str) -> tuple[int, int, str] | None:
    """Hour, minute and the text after the time (where a zone would be)."""
    text = ascii_digits(text)
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
