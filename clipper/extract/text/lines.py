"""Each line of a plain-text page dump, read on its own (step 1 of ``dump.py``).

Normalises a dump's lines (odd spaces, bullets, a "By" left alone on its
line; hard wrapping is undone before, in ``wrapping.py``) and classifies each line without looking at its
neighbours: prose, a short sentence, a short line, chrome, an end marker, an
image file name, a photo credit, or metadata, whose content it reads too
(authors, a date with its time and zone, categories, tags). What depends on
where a line stands (the body, the headline, which metadata is the
article's) is decided in ``body.py``, ``headline.py`` and ``assembly.py``.
The names of things (chrome words, markers, month names) are data in ``rules.py``.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from clipper.cjk import CJK_RUN
from clipper.extract.text import rules as rules
from clipper.extract.text.dates import (
    When,
    ascii_digits,
    dates_an_update,
    drop_leftovers,
    find_date,
    find_time,
    update_after,
)
from clipper.extract.text.names import read_names as read_names
from clipper.extract.text.scripts import cjk_count as cjk_count
from clipper.extract.text.scripts import is_cjk as is_cjk
from clipper.extract.text.unspaced import letter_count, spaced_words
from clipper.extract.topics import WORD as WORD
from clipper.untrusted import without_loose_joiners

# Line kinds, decided for each line on its own (``classify``).
BLANK = "blank"
FILE = "image file"
CREDIT = "credit"
META = "metadata"
HARD_MARKER = "hard marker"
SOFT_MARKER = "soft marker"
CHROME = "chrome"
PROSE = "prose"  # a paragraph on its own: defines the body
SENTENCE = "sentence"  # short, but ends a sentence: a paragraph inside the body
SHORT = "short"  # no sentence end: a heading, a nav item, a related headline

_SPACES = re.compile(r" {2,}")
SPACE_TABLE: dict[int, str | None] = (
    {ord(c): " " for c in rules.SPACE_CHARS}
    | {ord(c): None for c in rules.DROP_CHARS}
    | dict.fromkeys(rules.ICON_FONT_CHARS)
)


@dataclass(frozen=True, slots=True)
class Meta:
    """What one metadata line says."""

    reason: str
    authors: tuple[str, ...] = ()
    byline: str | None = None
    published: When | None = None
    modified: When | None = None
    time_only: tuple[int, int] | None = None  # "Posted by X at 21:47"
    categories: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Line:
    """One source line, normalised, with what it looks like on its own."""

    text: str
    kind: str
    reason: str = ""  # for CHROME, markers (the marker kind) and META
    bullet: bool = False
    words: int = 0  # words, or for CJK lines characters / 2
    headline_like: bool = False
    name_like: bool = False
    meta: Meta | None = None


# The reason given for a line that the site's other pages repeat (``site_lines``).
REPEATED_CHROME = "chrome: repeats on this site's other pages"
# The reason given for a bare name beside a date ("Marta Gil · 11 mar 2026"): a
# byline above the body, but several of them head a list's items (notices, comments).
NAME_AND_DATE = "metadata: name and date"


# --- Lines --------------------------------------------------------------------


def parts_between(separator: re.Pattern[str], text: str) -> list[str]:
    """``separator.split(text)``, without the regex when no separator can be there."""
    if any(mark in text for mark in rules.SEPARATOR_MARKS[separator]):
        return separator.split(text)
    return [text]


def _normalise(raw: str) -> tuple[str, bool]:
    """Plain spaces, no bullet; returns the text and whether it had a bullet."""
    text = _SPACES.sub(" ", without_loose_joiners(raw.translate(SPACE_TABLE))).strip()
    if any(c in text for c in "#*[_!"):
        for pattern, replacement in rules.MARKDOWN:
            text = pattern.sub(replacement, text)
    bulleted = rules.BULLET.sub("", text, count=1).strip()
    if not bulleted:
        return text, False  # a lone "·" is punctuation to report, not an empty item
    return bulleted, bulleted != text


def join_split_bylines(raw_lines: list[str]) -> list[str]:
    """ "By" alone on a line and the name on the next: one byline line again."""
    joined: list[str] = []
    by: int | None = None  # where the last lone "By" stands, blank lines after it
    for raw in raw_lines:
        text = _normalise(raw)[0]
        if by is not None and text:
            lead, by = by, None
            # (not another lead-in: "Auteur :" / "Auteur(s) :" / NAME is one label twice)
            if len(text.split()) <= rules.NAV_ITEM_MAX_WORDS + 2 and not (
                rules.BYLINE_LEAD_ALONE.fullmatch(text)
            ):
                # "By" / (blank) / "Jane Holm": one line, where "By" stood
                joined[lead] = f"{_normalise(joined[lead])[0]} {text}"
                del joined[lead + 1 :]
                continue
        joined.append(raw)
        if text and rules.BYLINE_LEAD_ALONE.fullmatch(text):
            by = len(joined) - 1
    return joined


def word_count(text: str) -> int:
    """Words for spaced scripts; for CJK, characters / 2 (a rough word count)."""
    if is_cjk(text):
        return max(
            1,
            cjk_count(text) // 2 + len(WORD.findall(CJK_RUN.sub(" ", text))),
        )
    return spaced_words(text)


def _is_prose(text: str) -> bool:
    if is_cjk(text):
        cjk = cjk_count(text)
        if cjk >= rules.PROSE_ANY_CJK:
            return True
        if cjk >= rules.PROSE_MIN_CJK and rules.CJK_SENTENCE_PUNCT.search(text):
            return True
        # Clauses set apart by spaces instead of 。 (common in Chinese blogs):
        # prose when they are long; a menu's items are a few characters each.
        clauses = [c for c in rules.CJK_CLAUSE_BREAK.split(text) if c]
        return (
            cjk >= rules.PROSE_SPACED_CJK
            and len(clauses) >= 2
            and cjk / len(clauses) >= rules.PROSE_CJK_CLAUSE
        )
    words = text.split()
    if spaced_words(text, words) >= rules.PROSE_ANY_WORDS:
        return True
    text = sentence_part(text)
    if len(words) < rules.PROSE_MIN_WORDS or not rules.SENTENCE_END.search(text):
        return False
    # "Can Putin Drive a Wedge Between Washington and Tokyo?" is a headline.
    stripped = text.rstrip("\"'”’»)]")
    return stripped.endswith(".") or _capitalised_share(words) < 0.6


def sentence_part(text: str) -> str:
    """``text`` without the hashtags and emoji a post sets after its last
    sentence ("... is the highlight. #vintage #plants"), when words stand before them."""
    last = text.rsplit(None, 1)[-1] if text else ""
    if last == text or not rules.TRAILING_TAG.fullmatch(last):
        return text
    return rules.TRAILING_TAGS.sub("", text) or text


def _capitalised_share(words: Sequence[str]) -> float:
    letters = [w for w in words if w[:1].isalpha()]
    return sum(1 for w in letters if w[0].isupper()) / max(1, len(letters))


def is_headline_like(text: str, size: int) -> bool:
    if is_cjk(text):
        low, high = rules.HEADLINE_CJK
        count = len(text)
        return low <= count <= high and not text.endswith(("。", "：", ":"))
    low, high = rules.HEADLINE_WORDS
    if not low <= size <= high or text.endswith((".", ":", ",", ";")):
        return False
    items = text.split(",")
    if len(items) >= rules.TAG_LIST_MIN_ITEMS and all(
        len(item.split()) <= rules.TAG_LIST_ITEM_WORDS and item.strip()[:1].isupper()
        for item in items
    ):
        return False  # "Politik, Ukraine, EU, Top-Thema": a post's categories
    return letter_count(text) >= len(text) / 2


def is_row(raw: str) -> bool:
    """Whether a line as copied holds a row of cells set apart by tabs (``ROW_MIN_CELLS``)."""
    return "\t" in raw and sum(1 for cell in raw.split("\t") if cell.strip()) >= rules.ROW_MIN_CELLS


def is_question(text: str) -> bool:
    """ "Where do relations go after the election?" (or "... STOLEN!"): such a
    line reads as prose, but on its own line it has a headline's shape too."""
    return text.rstrip("”\"'’»」").endswith(("?", "？", "!", "！"))


def is_links_label(line: Line) -> bool:
    """A soft end marker ("Related", "Read more"), "Weiterlesen:" / "Continue
    reading:" with its label's colon (a bare "Weiterlesen" is a button), or the
    article's tags or categories ("Tags: ...", "Kategorien: ..."): links to
    other pages, which close an article as a marker does."""
    meta = line.meta
    return (
        line.kind == SOFT_MARKER
        or (
            line.kind == CHROME
            and line.reason == rules.CONTINUE_READING
            and rules.LABEL_COLON.search(line.text) is not None
        )
        or (line.kind == META and meta is not None and bool(meta.tags or meta.categories))
    )


def name_dates_listed(lines: Sequence[Line]) -> bool:
    """Whether several bare-name-and-date lines stand in the dump: a list's item
    heads (death notices, comments), none of them the article's byline."""
    return sum(1 for line in lines if line.reason == NAME_AND_DATE) >= 2


def line_key(raw: str) -> str:
    """A line as pages of one site are compared: spacing, bullets and case set aside."""
    return _normalise(raw)[0].casefold()


# A short line is asked as a whole (classify) and as a metadata line's one part: kept.
@functools.lru_cache(maxsize=64)
def _hard_marker(text: str) -> bool:
    return rules.ANY_HARD_END_MARKER.fullmatch(text) is not None


@functools.lru_cache(maxsize=64)
def _chrome(text: str) -> bool:
    return rules.ANY_CHROME_RULE.fullmatch(text) is not None


def classify(raw: str, site_lines: frozenset[str] = frozenset()) -> Line:
    text, bullet = _normalise(raw)
    if not text:
        return Line("", BLANK)
    size = word_count(text)
    prose = _is_prose(text)

    def line(kind: str, reason: str = "", meta: Meta | None = None) -> Line:
        headline = (
            (kind in (SHORT, SENTENCE) or (kind == PROSE and is_question(text)))
            and is_headline_like(text, size)
            and not rules.CODE_LINE.search(text)
            and not rules.CREDIT_INSIDE.search(text)
            and not is_row(raw)
        )
        name = kind == SHORT and rules.NAME_ONLY.fullmatch(text) is not None
        return Line(text, kind, reason, bullet, size, headline, name, meta)

    if rules.IMAGE_FILE.fullmatch(text):
        return line(FILE, "image file name")
    if size <= 30 and rules.CREDIT.fullmatch(text):
        return line(CREDIT, "photo credit")
    meta = _read_meta(text, prose)
    if meta is not None:
        return line(META, meta.reason, meta)
    # A box's label may end with its colon ("LEIA TAMBÉM:" over its links): a soft marker still.
    label = rules.LABEL_COLON.sub("", text)
    if not prose and (_hard_marker(text) or rules.ANY_SOFT_END_MARKER.fullmatch(label)):
        for kind, pattern in rules.HARD_END_MARKERS:
            if pattern.fullmatch(text):
                return line(HARD_MARKER, kind)
        for kind, pattern in rules.SOFT_END_MARKERS:
            if pattern.fullmatch(label):
                return line(SOFT_MARKER, kind)
    if rules.ANY_PROSE_CHROME_RULE.fullmatch(text) if prose else _chrome(text):
        for reason, pattern in rules.CHROME_RULES:
            if (not prose or reason in rules.PROSE_CHROME_REASONS) and pattern.fullmatch(text):
                return line(CHROME, reason)
    if " " not in text and rules.BARE_LINK.fullmatch(text):
        return line(CHROME, rules.BARE_LINK_REASON)
    if not prose:
        nav = _navigation_reason(text)
        if nav:
            return line(CHROME, nav)
    sentence = rules.SENTENCE_END.search(sentence_part(text)) or rules.CJK_SENTENCE_PUNCT.search(
        text
    )
    if (prose or sentence) and text.casefold() in site_lines:
        # What reads like a sentence but stands on the site's other pages too
        # (a slogan, a membership plug). Short lines keep their own reading:
        # the headline and the site's name are found among them.
        return line(CHROME, REPEATED_CHROME)
    if prose:
        return line(PROSE)
    if sentence:
        return line(SENTENCE)
    return line(SHORT)


def _navigation_reason(text: str) -> str | None:
    """A row of short links ("Home | Archives | RSS") or a breadcrumb."""
    # With slashes only, a breadcrumb needs three parts: "U.S./Japan" is not one.
    slashes_only = "/" in text and not re.search(r"[>»›→]|::", text)
    for separator, reason, minimum in (
        (rules.NAV_SEPARATOR, "chrome: navigation row", 2),
        (rules.BREADCRUMB_SEPARATOR, "chrome: breadcrumb", 3 if slashes_only else 2),
    ):
        parts = [p for p in parts_between(separator, text) if p]
        if separator is rules.BREADCRUMB_SEPARATOR and (
            "://" in text or any(len(p) < 2 for p in parts)
        ):
            # "[1] http://example.org/a/b" is a link, "3.3 GB/s 0.09 GB/s" a table's
            # row: a crumb is never one letter, and a link's slashes part no crumbs.
            continue
        if len(parts) >= minimum and all(
            word_count(p) <= rules.NAV_ITEM_MAX_WORDS and not rules.SENTENCE_END.search(p)
            for p in parts
        ):
            return reason
    return None


# --- Metadata --------------------------------------------------------------------


def _read_meta(text: str, prose: bool) -> Meta | None:
    """What a metadata line says, or None when the line is not metadata.

    A line may hold several fields ("By Jane Doe | March 3, 2025"): each part
    between separators must be metadata or chrome for the line to count.
    """
    category = rules.CATEGORY_LINE.fullmatch(text)
    if category and not prose and word_count(text) <= 30:
        return Meta("metadata: category", categories=_split_list(category["value"]))
    tags = rules.TAGS_LINE.fullmatch(text)
    if tags and word_count(text) <= 60:
        return Meta("metadata: tags", tags=_split_list(tags["value"]))
    fields = None if prose or word_count(text) > 20 else _read_meta_fields(text)
    if fields is None and word_count(text) <= rules.DATED_BYLINE_MAX_WORDS:
        return _dated_byline(text)
    return fields


def _read_meta_fields(text: str) -> Meta | None:
    """A short line's metadata, read part by part (see ``_read_meta``)."""
    found: list[Meta] = []
    named = False  # the line opens with a bare name ("Marta Gil · 11 mar 2026")
    labels = 0  # parts read as neither metadata nor chrome
    parts = [p.strip() for p in parts_between(rules.NAV_SEPARATOR, text) if p.strip()]
    day_first = rules.DAY_FIRST_WORDS.search(text) is not None
    for k, part in enumerate(parts):
        meta = _read_meta_part(part, day_first)
        if meta is not None:
            found.append(meta)
        elif (k == 0 or k == len(parts) - 1) and len(parts) > 1 and _is_plain_name(part):
            # A bare name opens or closes the row ("Marta Gil · 11 mar 2026",
            # "04.02.2022 | 13:10 Uhr | Marta Gil").
            named = True
            found.append(Meta(NAME_AND_DATE, *read_names(part)))
        elif not (_hard_marker(part) or _chrome(part)):  # nor chrome
            # A few words beside a date ("Redazione · 12 marzo 2026", "12/03/2026 · Atualizado
            # há 2 horas") make it metadata in any language; first, a name-and-date's.
            if not _row_label(part):
                return None
            labels += 1
            found += [Meta(NAME_AND_DATE)] if k == 0 else []
    dated = any(m.published or m.modified for m in found)
    if labels > (rules.DATE_ROW_MAX_LABELS if dated else 0) or (
        labels and rules.SENTENCE_END.search(text)
    ):
        return None  # a menu row ("Home | About | Contact")
    if named and not any(m.published or m.modified for m in found):
        return None  # a name beside no date: a menu's item ("Jane Doe | About | Contact")
    return _merge_meta(found) if found else None


def _dated_byline(text: str) -> Meta | None:
    """A byline and a publication label's date on one line, however long and though
    it ends with a dot: "Par Jeanne Roux (Lyon) Publié le 25 février 2026 à 07h00,
    modifié à 09h12 Temps de lecture 3 min.", "By Ann Lee | ann@example.com
    PUBLISHED: February 24, 2026", "Collectif · Publié le 30 janvier 2026".

    Before the label stands a byline whose names read, or a label of a few
    capitalised words ("Collectif", "Redazione"), never a sentence's subject.
    """
    label = rules.PUBLISHED_LABEL.search(text)
    if (
        label is None
        or rules.SENTENCE_BREAK.search(text)  # "Originally published at ... 2011. Sadly ..."
        or rules.AMBIGUOUS_SLASH_DATE.match(text, label.end())  # 09/03/2026: which month?
        or (when := find_date(text[label.end() :])) is None
    ):
        return None
    head = text[: label.start()].strip(" |·•,;:-–—")
    by = rules.BYLINE.fullmatch(head)
    if by is not None:
        names = rules.BYLINE_CONTACT.split(rules.NAMES_END.sub("", by["names"] or by["names2"]))[0]
        authors, byline = read_names(names.strip())
        if not authors:
            return None
        return Meta("metadata: byline", authors=authors, byline=byline, published=when)
    if head and not (_row_label(head) and all(word[:1].isupper() for word in head.split())):
        return None  # "The report was published on ...": a sentence's subject
    return Meta("metadata: date", published=when)


def _row_label(part: str) -> bool:
    words = word_count(part) <= rules.NAV_ITEM_MAX_WORDS and any(c.isalpha() for c in part)
    return words and not rules.SENTENCE_END.search(part)


_CALENDAR_WORDS = rules.WEEKDAYS | frozenset(rules.MONTHS)


# The groups of ``rules.POSTED_BY`` that hold the name, and the date or time.
_POSTED_NAMES = ("name", "name2", "name3", "name4", "name5", "name6")
_POSTED_WHENS = ("when", "when2", "when3", "when4", "when5")


def _read_meta_part(part: str, day_first: bool | None = None) -> Meta | None:
    """One part's metadata; ``day_first`` as ``dates.find_date`` takes it (the whole
    line's words decide it: "Por Ana Lima | 03/05/2022")."""
    posted = rules.POSTED_BY.fullmatch(part)
    if posted:
        name = next((posted[g] for g in _POSTED_NAMES if posted[g]), None)
        when_text = next((posted[g] for g in _POSTED_WHENS if posted[g]), "")
        glued = rules.NAMES_END.search(name) if name else None
        if name and glued is not None:  # "Posted by Jane Doe 21.10.2019"
            name, when_text = name[: glued.start()], when_text or glued.group()
        when = find_date(when_text, day_first=day_first) if when_text else None
        clock = find_time(when_text) if when_text and when is None else None
        authors, byline = read_names(name) if name else ((), None)
        # A user handle ("jsmith"); in the other languages' footers one word only, as
        # "Veröffentlicht von der Stadt Wien" names no user.
        handle = name.strip() if name and not authors else ""
        foreign = bool(posted["name5"] or posted["name6"])
        if rules.HANDLE.fullmatch(handle) and not (foreign and " " in handle):
            authors, byline = (handle,), handle
        if authors or when or clock:
            return Meta(
                "metadata: posted by",
                authors=authors,
                byline=byline,
                published=when,
                time_only=(clock[0], clock[1]) if clock else None,
            )
    date = _read_date_line(part, day_first)
    if date is not None:
        return date
    if rules.TIME.fullmatch(part) and (found := find_time(part)):
        return Meta("metadata: date", time_only=found[:2])  # "April 5, 2018 | 6:00 PM"
    by_line = rules.BYLINE.fullmatch(part)
    if by_line:
        names = rules.NAMES_END.sub("", by_line["names"] or by_line["names2"])
        authors, display = read_names(names)
        if authors:
            return Meta("metadata: byline", authors=authors, byline=display)
    return None


def _read_date_line(part: str, day_first: bool | None = None) -> Meta | None:
    if word_count(part) > rules.DATE_LINE_MAX_WORDS or len(part) > rules.DATE_LINE_MAX_CHARS:
        return None
    when = find_date(part, day_first=day_first)
    if when is None:
        return None
    rest = ascii_digits(part)
    for pattern in (*rules.DATE_PATTERNS, rules.TIME, rules.TIME_ZONE_WORD, rules.UTC_OFFSET):
        rest = pattern.sub(_CUT, rest)
    # Each piece ends where a date or time was cut out (or the line ends), so
    # the "at" or "on" that joined it to the date ends its piece.
    pieces = [drop_leftovers(p) for p in rest.split(_CUT)]
    # A name stands before the date it was glued to; what follows the date
    # ("By Gillian Mohney March 11, 2015 Good Morning America") is not its part.
    head = next((p for p in pieces if p.strip(" -–—|•·,:")), "")
    rest = " ".join(pieces)
    authors: tuple[str, ...] = ()
    byline = None
    by = rules.DATE_LINE_BY.search(rest)
    by_head = rules.DATE_LINE_BY.search(head)
    if by_head and read_names(by_head["names"])[0]:  # "By Gillian Mohney March 11, 2015 GMA"
        authors, byline = read_names(by_head["names"])
        rest = rest[: rest.find(by_head["names"])]
    elif by:  # "November 18, 2024 by Sam Rivers"
        authors, byline = read_names(by["names"])
        rest = rest[: by.start()]
    elif _is_plain_name(named := _without_glued_weekday(head.strip(" -–—|•·,:/"))):
        # "Mike Conley December 18, 2020", "Ann Lee / 03.11.2021 / 06:00", "Ann Lee
        # 11.08.2020 Feelings": the name stands before the date, what follows is no part of it
        authors, byline = read_names(named)
        rest = rest.replace(named, "", 1)
    elif _is_plain_name(rest.strip(" -–—|•·,:")):
        authors, byline = read_names(rest.strip(" -–—|•·,:"))
        rest = ""
    categories: tuple[str, ...] = ()
    label = rules.CATEGORY_LINE.search(rest)
    if label:  # "2024年11月18日 テーマ：旅行"
        categories = _split_list(label["value"])
        rest = rest[: label.start()]
    if len(WORD.findall(rest)) > 4:
        return None
    if dates_an_update(part):
        return Meta("metadata: date updated", authors, byline, modified=when, categories=categories)
    modified = update_after(part)  # "2 March 2026 10:00 · Updated 3 March 2026 09:12"
    return Meta("metadata: date", authors, byline, when, modified, categories=categories)


# Marks where a date was taken out of a date line (a private-use character,
# which ``_normalise`` has removed from the text before).
_CUT = "\ue000"


_GLUED_WORD = re.compile(r"(?<=[^\W\d_])(?-i:[A-ZÀ-Þ][^\W\d_]+)\.?$")


def _without_glued_weekday(text: str) -> str:
    """A name without the day's name a copy glued to it ("Helen MarshMon" of
    "Helen MarshMon 9 Mar 2026"): the name's link and the date's line run together."""
    glued = _GLUED_WORD.search(text)
    if glued is None or glued.group().rstrip(".").lower() not in rules.WEEKDAYS:
        return text
    return text[: glued.start()]


def _is_plain_name(text: str) -> bool:
    """ "Mike Conley": a name and nothing else, not "Monday Morning Edition"."""
    words = {w.lower().rstrip(".,") for w in text.split()}
    return (
        rules.NAME_ONLY.fullmatch(text) is not None
        and not rules.NOT_A_NAME.fullmatch(text)
        and not words & _CALENDAR_WORDS
    )


def _merge_meta(parts: Sequence[Meta]) -> Meta:
    if len(parts) == 1:
        return parts[0]
    first = parts[0]
    published = next((m.published for m in parts if m.published), None)
    clock = next((m.time_only for m in parts if m.time_only), None)
    if published is not None and published.hour is None and clock is not None:
        published = When(published.year, published.month, published.day, *clock)
    return Meta(
        first.reason,
        authors=next((m.authors for m in parts if m.authors), ()),
        byline=next((m.byline for m in parts if m.byline), None),
        published=published,
        modified=next((m.modified for m in parts if m.modified), None),
        time_only=next((m.time_only for m in parts if m.time_only), None),
        categories=tuple(c for m in parts for c in m.categories),
        tags=tuple(t for m in parts for t in m.tags),
    )


def _split_list(value: str) -> tuple[str, ...]:
    items = (item.strip(" #.") for item in rules.LIST_SEPARATOR.split(value))
    return tuple(dict.fromkeys(item for item in items if item))
