"""Publication dates: the page's own declarations, the URL, the text, then htmldate.

The page's own statements come first, in order of trust (JSON-LD, ``<meta>``,
microdata, ``<time>``), then a date in the URL, then one in a date-like element's
text; htmldate (the library made for this) decides when none of those is there.
``Article.date_source`` keeps which one did.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable
from datetime import date, datetime, timedelta, timezone
from email.utils import parsedate_to_datetime
from typing import Any

from lxml.html import HtmlElement

from clipper.extract.html import rules as rules
from clipper.extract.html.datelib import htmldate_date
from clipper.extract.html.pagefields import (
    clean_text,
    ld_strings,
)

UTC = timezone.utc  # datetime.UTC is 3.11+; the project supports 3.10
JsonObject = dict[str, Any]


def read_published(
    root: HtmlElement,
    metas: dict[str, list[str]],
    ld: JsonObject | None,
    url: str | None,
    now: datetime,
    modified: str | None = None,
    beside: Beside | None = None,
    lang: str | None = None,
    byline: str | None = None,
) -> tuple[str | None, str | None]:
    """The publication date and where it came from, never later than ``now``.

    htmldate's answer is not taken when it is only the page's declared
    ``modified`` date: an update is not a publication. ``beside`` holds the
    lines beside the article's headline on the page, where a date may be
    written out; ``lang`` reads 03/04/2022 as day first or month first.
    ``byline`` is the page's byline line, which may carry the date ("von Ann am
    20.09.2020"), read before htmldate.
    """
    limit = now + timedelta(days=1)
    url_day = _url_day(url, limit)
    found, source = _declared_or_found(
        root,
        metas,
        ld,
        url,
        limit,
        url_day,
        modified,
        lambda: headline_date(beside, limit, lang) if beside else None,
        lang,
        byline,
    )
    if found and url_day and found[:10] != url_day and _day_apart(found, url_day):
        # a time stored in UTC can fall on the next or the previous day; the
        # day in the address is the one the publisher's own calendar showed
        return url_day, "url"
    if found and not url_day and source != "headline" and beside and _utc_time(found):
        # the same for the day the page writes under its headline ("3 de mayo
        # de 2022" over a declared "2022-05-04T00:25Z"): the reader's calendar
        shown = headline_date(beside, limit, lang)
        if shown and _late_or_early(found, shown):
            return shown, "headline"
    return found, source


def _late_or_early(found: str, day: str) -> bool:
    """Whether a UTC date-time is late on the day before ``day`` or early on the day
    after it: an hour that some offset a publisher uses turns into ``day``."""
    try:
        delta = (date.fromisoformat(day) - date.fromisoformat(found[:10])).days
        hour = int(found[11:13])
    except ValueError:
        return False
    if delta == 1:
        return hour >= rules.UTC_NEXT_DAY_FROM_HOUR
    return delta == -1 and hour < rules.UTC_PREVIOUS_DAY_BEFORE_HOUR


def _url_day(url: str | None, limit: datetime) -> str | None:
    """The date an address holds (/2024/11/18/), if it is a real day not past ``limit``."""
    if not url or not (m := rules.URL_DATE.search(url)):
        return None
    y, mo, d = (int(g) for g in (m.group(1, 2, 3) if m.group(1) else m.group(4, 5, 6)))
    try:
        day = date(y, mo, d)
    except ValueError:
        return None
    return day.isoformat() if day <= limit.date() else None


def _utc_time(found: str) -> bool:
    """Whether a date has a time in UTC (or in no zone): one that may sit on another
    calendar day than the publisher's. A time in the publisher's own offset is
    already on its calendar day."""
    return "T" in found and not re.search(r"[+-](?!00:00)\d{2}:\d{2}$", found)


def _day_apart(found: str, day: str) -> bool:
    """Whether a date-time and a day are one calendar day apart (and it has a time)."""
    if not _utc_time(found):
        return False
    try:
        delta = date.fromisoformat(found[:10]) - date.fromisoformat(day)
    except ValueError:
        return False
    return abs(delta.days) == 1


def _declared_or_found(
    root: HtmlElement,
    metas: dict[str, list[str]],
    ld: JsonObject | None,
    url: str | None,
    limit: datetime,
    url_day: str | None,
    modified: str | None,
    beside_headline: Callable[[], str | None],
    lang: str | None = None,
    byline: str | None = None,
) -> tuple[str | None, str | None]:
    """The first date the page declares, else the address's day, the text's, htmldate's."""
    for value in ld_strings(ld, "datePublished") + ld_strings(ld, "dateCreated"):
        if found := parse_date(value, limit):
            return found, "json-ld"
    for key in rules.META_PUBLISHED:
        for value in metas.get(key, ()):
            if found := parse_date(value, limit):
                if key in rules.META_GENERIC_DATES:
                    # any day of the page's life: the one the page shows by its
                    # headline or in its article's <time> is the publication's
                    if (shown := beside_headline()) and shown != found[:10]:
                        return shown, "headline"
                    stamps = [el for el in _page_times(root)[0] if _stamps_the_page(el)]
                    timed = _first_time(stamps, limit)
                    if timed and timed[:10] != found[:10]:
                        return timed, "time"
                return found, f"meta:{key}"
    for el in root.xpath("//*[@itemprop='datePublished']"):
        value = el.get("content") or el.get("datetime") or el.text_content()
        if value and (found := parse_date(value, limit)):
            return found, "microdata"
    inside, outside = _page_times(root)
    if found := _first_time(inside, limit):
        return found, "time"
    if outside_time := _first_time(outside, limit):
        # a date under the headline that is another day beats it; the same day,
        # the <time> has the hour too
        found = beside_headline()
        return (
            (found, "headline") if found and found != outside_time[:10] else (outside_time, "time")
        )
    if url_day:
        return url_day, "url"
    if found := beside_headline():
        return found, "headline"
    found, source = _text_date(root, limit)
    if found:
        return found, source
    if found := _labelled_date(root, limit, lang):
        return found, "text"
    if found := _dateline_date(root, limit, lang):
        return found, "text"
    if byline and (found := written_date(byline, limit, lang)):
        return found, "byline"
    # htmldate (the library made for this) weighs the page's markup and text
    raw = htmldate_date(root, url, limit.date().isoformat(), lang)
    found = parse_date(raw, limit) if raw else None
    if not found or (modified and found[:10] == modified[:10]):
        return None, None
    return found, "htmldate"


class Beside:
    """The short lines just after and just before the article's headline on the page.

    Found once (when first asked) for the date and the byline readers see there.
    The headline is the ``<h1>`` (else an ``<h2>`` or ``<h3>``) that reads as the title.
    """

    def __init__(self, root: HtmlElement, headline: str | None) -> None:
        self._root, self._headline = root, headline
        self._lines: tuple[list[str], list[str]] | None = None
        self._headings: frozenset[str] = frozenset()
        self._looked = False

    def lines(self) -> tuple[list[str], list[str]] | None:
        """(after, before), each in page order, or ``None`` without a headline on the page."""
        if not self._looked:
            self._looked = True
            heading = headline_element(self._root, self._headline)
            if heading is not None:
                self._lines, self._headings = _headline_pieces(heading)
        return self._lines

    def in_heading(self, line: str) -> bool:
        """Whether one of the lines is the text of a subheading (``<h2>``…``<h6>``)."""
        self.lines()
        return line in self._headings


def headline_date(beside: Beside, limit: datetime, lang: str | None = None) -> str | None:
    """A date written out just below the article's headline (or just above it).

    Pages without a machine-readable date still show one where readers look:
    under the headline, beside the byline ("von Ann Lee 09.03.2022"), or in a
    dateline above it.
    """
    lines = beside.lines()
    if lines is None:
        return None
    after, before = " ".join(lines[0]), " ".join(lines[1])
    best: tuple[int, date] | None = None
    for text, from_end in ((after, False), (before, True)):
        for m in rules.HEADLINE_DATE.finditer(text):
            day = _written_day(m, lang)
            if day is None or day > limit.date():
                continue
            distance = len(text) - m.end() if from_end else m.start()
            if best is None or distance < best[0]:
                best = (distance, day)
    return best[1].isoformat() if best else None


def headline_element(root: HtmlElement, headline: str | None) -> HtmlElement | None:
    """The heading that shows ``headline``: an ``<h1>`` (or lesser heading) with its words,
    else a ``<b>``, ``<strong>``, ``<font>`` or ``<big>`` with the same words."""
    if not headline:
        return None
    key = _fold(headline)
    if not key:
        return None
    for tags in (("h1",), ("h2", "h3")):
        for el in root.iter(*tags):
            text = _fold(el.text_content())
            if text and (
                text == key or (len(text) >= len(key) // 2 and (text in key or key in text))
            ):
                return el
    # an old CMS sets its headline in large bold type, no heading: only the same words
    for el in itertools.islice(root.iter(*rules.TITLE_SHOWN_TAGS), rules.TITLE_SHOWN_ELEMENTS):
        if _fold(el.text_content()) == key:
            return el
    return None


def _fold(text: str) -> str:
    return re.sub(r"\W+", "", text.casefold())


def headline_lines(el: HtmlElement) -> tuple[list[str], list[str]]:
    """The page's pieces of text just after ``el`` and just before it, in page order.

    Each side stops at the first paragraph of prose (a date or a name in the
    article's own sentences is no dateline or byline) and at a bounded number
    of characters.
    """
    return _headline_pieces(el)[0]


def _headline_pieces(el: HtmlElement) -> tuple[tuple[list[str], list[str]], frozenset[str]]:
    """:func:`headline_lines`, and which of those lines are subheadings' texts."""
    sides = []
    headings: set[str] = set()
    for path, limit in (
        (_FOLLOWING_TEXT, rules.HEADLINE_DATE_AFTER_CHARS),
        (_PRECEDING_TEXT, rules.HEADLINE_DATE_BEFORE_CHARS),
    ):
        shown: dict[Any, bool] = {}  # by the element a text belongs to
        texts = [t for t in el.xpath(path) if _shown(t, shown)]
        if path is _PRECEDING_TEXT:
            texts.reverse()  # nearest first
        nodes = [" ".join(t.split()) for t in texts]
        kept: list[str] = []
        size = 0
        for node, text in zip(texts, nodes, strict=True):
            in_heading = _in_heading(node)
            if len(text) >= rules.HEADLINE_DATE_PROSE_CHARS and in_heading:
                continue  # a long subheadline is no prose: the article has not begun
            if len(text) >= rules.HEADLINE_DATE_PROSE_CHARS or size >= limit:
                break
            if text:
                kept.append(text)
                size += len(text) + 1
                if in_heading:
                    headings.add(text)
        if path is _PRECEDING_TEXT:
            kept.reverse()
        sides.append(kept)
    return (sides[0], sides[1]), frozenset(headings)


def _in_heading(text: Any) -> bool:
    """Whether a text node is a heading's (a link or a ``<span>`` in it counts)."""
    owner = text.getparent()
    if owner is not None and text.is_tail:
        owner = owner.getparent()
    for _ in range(3):
        if owner is None:
            return False
        if owner.tag in _HEADING_TAGS:
            return True
        owner = owner.getparent()
    return False


_HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})


def _shown(text: Any, seen: dict[Any, bool]) -> bool:
    """Whether a text node of the tree is page text (not a script's or a style's)."""
    owner = text.getparent()
    if owner is not None and text.is_tail:
        owner = owner.getparent()
    if owner is None:
        return False
    if owner not in seen:
        skip = rules.HEADLINE_DATE_SKIP_TAGS
        seen[owner] = owner.tag not in skip and not any(
            a.tag in skip for a in owner.iterancestors()
        )
    return seen[owner]


# text nodes, nearest first: enough of them for the characters looked at (a plain
# position limit lets libxml2 stop early; scripts and styles are left out after)
_FOLLOWING_TEXT = "following::text()[position() <= 40]"
_PRECEDING_TEXT = "preceding::text()[position() <= 15]"


def _written_day(match: re.Match[str], lang: str | None) -> date | None:
    """The day a HEADLINE_DATE match spells, or ``None`` when it is no real day."""
    g = match.groupdict()
    try:
        if g["y1"]:
            return date(int(g["y1"]), int(g["m1"]), int(g["d1"]))
        if g["y2"]:
            return date(int(g["y2"]), int(g["m2"]), int(g["d2"]))
        if g["y3"]:
            a, b = int(g["a"]), int(g["b"])
            month_first = b > 12 or (a <= 12 and (lang or "").lower().startswith("en-us"))
            return date(int(g["y3"]), a, b) if month_first else date(int(g["y3"]), b, a)
        if g["y4"]:
            month = rules.WRITTEN_MONTHS.get(g["mon4"].lower())
            return date(int(g["y4"]), month, int(g["d4"])) if month else None
        month = rules.WRITTEN_MONTHS.get(g["mon5"].lower())
        return date(int(g["y5"]), month, int(g["d5"])) if month else None
    except ValueError:
        return None


def _page_times(root: HtmlElement) -> tuple[list[HtmlElement], list[HtmlElement]]:
    """The page's ``<time>`` elements: those marked as the publication's or inside the
    article (the marked first), and those outside it (a page header's "today" clock).
    A reader's comment's are in neither."""
    inside: list[HtmlElement] = []
    outside: list[HtmlElement] = []
    for el in root.iter("time"):
        if not _in_comment(el):
            marked = el.get("pubdate") is not None or not _outside_article(el)
            (inside if marked else outside).append(el)
    inside.sort(key=lambda el: el.get("pubdate") is None)
    return inside, outside


def _stamps_the_page(el: HtmlElement, depth: int = 3) -> bool:
    """Whether a ``<time>`` dates the page: marked ``pubdate``, or in a date-, byline- or
    meta-classed element ("<div class='article-meta'><time>…"), not one in the prose
    that dates an event ("The bridge closes on <time>1 June</time>")."""
    if el.get("pubdate") is not None:
        return True
    for node in itertools.islice(el.iterancestors(), depth):
        if node.tag == "p":
            return False
        if rules.DATE_HINT.search(f"{node.get('class') or ''} {node.get('id') or ''}"):
            return True
    return False


def _first_time(times: list[HtmlElement], limit: datetime) -> str | None:
    for el in times:
        for value in (el.get("datetime"), el.text_content()):
            if value and (found := parse_date(value, limit)):
                return found
    return None


def _in_comment(el: HtmlElement, depth: int = 8) -> bool:
    """Whether an element sits in a readers' comment (its class or id says so)."""
    for node in itertools.islice(el.iterancestors(), depth):
        names = f"{node.get('class') or ''} {node.get('id') or ''}"
        if rules.COMMENT_HINT.search(names):
            return True
    return False


def _outside_article(el: HtmlElement) -> bool:
    return not any(a.tag in ("article", "main") for a in el.iterancestors())


def _labelled_date(root: HtmlElement, limit: datetime, lang: str | None) -> str | None:
    """A date the page's text labels as the publication's ("Erschienen am: 01.11.2023")."""
    shown: dict[Any, bool] = {}
    for text in root.xpath(rules.PUBLISHED_LABEL_TEXT):
        if not _shown(text, shown):
            continue
        line = " ".join(str(text).split())
        label = rules.PUBLISHED_LABEL.search(line)
        if label is None:
            continue
        rest = line[label.end() :]
        if not rest.strip():  # the date in the next element: "<dt>Published</dt><dd>…"
            after = _texts_after(text.getparent(), 4)
            if text.is_tail and after and after[0] == str(text):
                after = after[1:]
            rest = " ".join(" ".join(after[:3]).split())
        m = rules.HEADLINE_DATE.match(rest.strip())
        day = _written_day(m, lang) if m else None
        if day and day <= limit.date():
            return day.isoformat()
    return None


def written_date(text: str, limit: datetime, lang: str | None = None) -> str | None:
    """The first real day written out in a short text ("von Ann am 20.09.2020"), if any."""
    for m in rules.HEADLINE_DATE.finditer(text):
        day = _written_day(m, lang)
        if day and day <= limit.date():
            return day.isoformat()
    return None


def _dateline_date(root: HtmlElement, limit: datetime, lang: str | None) -> str | None:
    """The date a paragraph opens with as a dateline ("29.11.2022 – The ministry said…")."""
    for p in itertools.islice(root.iter("p"), rules.DATELINE_PARAGRAPHS):
        text = " ".join((p.text_content() or "").split())
        m = rules.HEADLINE_DATE.match(text)
        dash = rules.DATELINE_DASH.match(text, m.end()) if m else None
        if m is None or dash is None or rules.HEADLINE_DATE.match(text, dash.end()):
            continue  # no dateline, or a span of days ("29.11.2022 – 02.12.2022")
        day = _written_day(m, lang)
        if day and day <= limit.date():
            return day.isoformat()
    return None


def _texts_after(el: HtmlElement, count: int) -> list[str]:
    """The first ``count`` text nodes after ``el`` in page order, its tail first (as XPath's
    ``following::text()``, which libxml2 reads to the page's end before it counts).

    From ``el`` up: each one's tail, then each following sibling's text and its tail.
    """
    found: list[str] = []
    node: HtmlElement | None = el
    while node is not None and len(found) < count:
        if node.tail:
            found.append(node.tail)
        for sibling in node.itersiblings():
            if len(found) >= count:
                break
            if isinstance(sibling.tag, str):  # a comment's text is no text node
                found.extend(t for t in itertools.islice(sibling.itertext(), count) if t)
            if sibling.tail:
                found.append(sibling.tail)
        node = node.getparent()
    return found[:count]


def _text_date(root: HtmlElement, limit: datetime) -> tuple[str | None, str | None]:
    """A date written out in a byline, dateline or date element."""
    for el in root.iter():
        cls, ident = el.get("class"), el.get("id")
        if (cls and rules.DATE_HINT.search(cls)) or (ident and rules.DATE_HINT.search(ident)):
            text = clean_text(el.text_content()) or ""
            if len(text) < 120 and (found := _date_in_text(text, limit)):
                return found, "text"
    return None, None


_TEXT_DATE = re.compile(
    r"\b(?:(?P<mon1>[A-Za-z]{3,9})\.? (?P<day1>\d{1,2})(?:st|nd|rd|th)?,? (?P<year1>\d{4})"
    r"|(?P<day2>\d{1,2})(?:st|nd|rd|th)?\.? (?P<mon2>[A-Za-z]{3,9})\.?,? (?P<year2>\d{4})"
    r"|(?P<year3>\d{4})-(?P<mon3>\d{2})-(?P<day3>\d{2}))\b"
)


def _date_in_text(text: str, limit: datetime) -> str | None:
    for m in _TEXT_DATE.finditer(text):
        try:
            if m.group("year1"):
                month = rules.MONTHS.get(m.group("mon1").lower())
                day = date(int(m.group("year1")), month or 0, int(m.group("day1")))
            elif m.group("year2"):
                month = rules.MONTHS.get(m.group("mon2").lower())
                day = date(int(m.group("year2")), month or 0, int(m.group("day2")))
            else:
                day = date(int(m.group("year3")), int(m.group("mon3")), int(m.group("day3")))
        except ValueError:
            continue
        if day <= limit.date():
            return day.isoformat()
    return None


def parse_date(value: str, limit: datetime | None = None) -> str | None:
    """Normalise a machine-readable date to ISO 8601, or ``None``.

    Keeps the time zone when the value has one and the time when it has one;
    a date alone comes back as ``YYYY-MM-DD``. Dates after ``limit`` and
    before 1990 are rejected as wrong.
    """
    text = value.strip()
    if not text:
        return None
    parsed: datetime | date | None = None
    iso = re.sub(r"^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2})", r"\1T\2", text)
    iso = re.sub(r"([+-]\d{2})(\d{2})$", r"\1:\2", iso)  # +0100 -> +01:00
    iso = re.sub(r"\s*(?:UTC|GMT|[Zz])$", "+00:00", iso)
    # Python 3.10's fromisoformat wants 3 or 6 digits of fractions: give it 6
    iso = re.sub(r"\.(\d+)", lambda m: "." + (m.group(1) + "000000")[:6], iso, count=1)
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", iso):
            parsed = date.fromisoformat(iso)
        elif re.match(r"\d{4}-\d{2}-\d{2}T", iso):
            parsed = datetime.fromisoformat(iso)
        elif re.fullmatch(r"\d{4}/\d{2}/\d{2}", iso):
            parsed = date.fromisoformat(iso.replace("/", "-"))
        elif re.fullmatch(r"\d{8}", iso):
            parsed = date(int(iso[:4]), int(iso[4:6]), int(iso[6:]))
        elif re.fullmatch(r"\d{10}(\d{3})?", iso):
            parsed = datetime.fromtimestamp(int(iso[:10]), UTC)
    except ValueError:
        parsed = None
    if parsed is None and re.match(r"[A-Za-z]{3},? \d", text):
        try:
            parsed = parsedate_to_datetime(text)
        except (TypeError, ValueError):
            parsed = None
    if parsed is None:
        found = _date_in_text(text, limit or datetime.max.replace(tzinfo=UTC))
        return found if found and len(text) < 40 else None
    if not _plausible(parsed, limit):
        return None
    if isinstance(parsed, datetime):
        return parsed.isoformat()
    return parsed.isoformat()


def _plausible(parsed: datetime | date, limit: datetime | None) -> bool:
    day = parsed.date() if isinstance(parsed, datetime) else parsed
    if day.year < 1990:
        return False
    if limit is None:
        return True
    if isinstance(parsed, datetime) and parsed.tzinfo is not None:
        return parsed <= limit
    return day <= limit.date()


def first_date(values: Iterable[str]) -> str | None:
    for value in values:
        if found := parse_date(value):
            return found
    return None
