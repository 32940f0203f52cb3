"""Article metadata from a parsed HTML page: title, authors, dates, site, language.

Part of the extract stage: :func:`read_metadata` takes the lxml tree that
``extract.py`` parsed (and does not change it) and returns a frozen
:class:`Metadata`. Sources are tried in a fixed order of trust: JSON-LD
(schema.org) first, then ``<meta>`` tags, then the page's own elements
(``<h1>``, ``<time>``, byline elements), then the URL and the visible text.
Which keys are read, and in what order, is data in :mod:`clipper.htmlrules`.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import urljoin

from lxml import html as lxml_html

from clipper.extract.html import rules as rules

UTC = timezone.utc  # datetime.UTC is 3.11+; the project supports 3.10
HtmlElement = lxml_html.HtmlElement
JsonObject = dict[str, Any]


@dataclass(frozen=True, slots=True)
class Metadata:
    """Everything :func:`read_metadata` found; ``None`` or empty when absent."""

    title: str | None = None
    authors: tuple[str, ...] = ()
    byline: str | None = None
    published: str | None = None
    modified: str | None = None
    date_source: str | None = None
    site_name: str | None = None
    lang: str | None = None
    excerpt: str | None = None
    image: str | None = None
    canonical_url: str | None = None
    section: str | None = None
    tags: tuple[str, ...] = ()
    article_body: str | None = None  # JSON-LD articleBody, a cross-check for the body


def read_metadata(
    root: HtmlElement, url: str | None = None, *, now: datetime | None = None
) -> Metadata:
    """Read the metadata of the page whose parsed tree is ``root``.

    ``url`` makes relative links absolute and is a last source of a date;
    ``now`` (default: the current time) is the limit past which a date is
    taken to be wrong.
    """
    metas = meta_values(root)
    ld = article_object(jsonld_objects(root))
    base = base_url(root, url)
    site_name = _site_name(metas, ld)
    title = _title(root, metas, ld, site_name)
    site_name = site_name or _site_from_title(_clean(_text_of(root.find(".//title"))), title)
    authors, byline = _authors(root, metas, ld)
    published, date_source = _published(root, metas, ld, url, now or datetime.now(UTC))
    modified = _first_date(_ld_strings(ld, "dateModified")) or _first_date(
        _meta_first_all(metas, rules.META_MODIFIED)
    )
    canonical = _canonical(root, metas, base)
    return Metadata(
        title=title,
        authors=authors,
        byline=byline,
        published=published,
        modified=modified,
        date_source=date_source,
        site_name=site_name,
        lang=_lang(root, metas, ld),
        excerpt=_excerpt(metas, ld),
        image=_image(metas, ld, base),
        canonical_url=canonical,
        section=_first(_ld_strings(ld, "articleSection")) or _meta_first(metas, rules.META_SECTION),
        tags=_tags(metas, ld),
        article_body=_article_body(ld),
    )


# --- <meta> ------------------------------------------------------------------


def meta_values(root: HtmlElement) -> dict[str, list[str]]:
    """Map each normalised meta key to its non-empty values, in page order."""
    values: dict[str, list[str]] = {}
    found: list[tuple[int, int, str, str]] = []
    order = 0
    for meta in root.iter("meta"):
        content = meta.get("content")
        if content is None or not content.strip():
            continue
        for rank, attr in enumerate(("property", "name", "itemprop", "http-equiv")):
            for key in (meta.get(attr) or "").split():
                norm = key.strip().lower().replace(".", ":")
                found.append((rank, order, norm, _clean(html.unescape(content)) or ""))
                order += 1
    # RDFa ``property`` values are the deliberate ones; ``name`` duplicates come second
    ranks: dict[str, int] = {}
    for rank, _, key, value in sorted(found):
        # a key given by ``property`` ignores same-named ``name`` metas (a duplicate)
        if ranks.setdefault(key, rank) == rank:
            values.setdefault(key, []).append(value)
    return values


def _meta_first(metas: dict[str, list[str]], keys: Iterable[str]) -> str | None:
    for key in keys:
        for value in metas.get(key, ()):
            if value:
                return value
    return None


def _meta_first_all(metas: dict[str, list[str]], keys: Iterable[str]) -> list[str]:
    return [v for key in keys for v in metas.get(key, ()) if v]


# --- JSON-LD -----------------------------------------------------------------


def jsonld_objects(root: HtmlElement) -> list[JsonObject]:
    """Every JSON object in the page's JSON-LD scripts, ``@graph`` and lists flattened."""
    found: list[JsonObject] = []
    for script in root.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            continue
        raw = (script.text or "").strip()
        raw = re.sub(r"^\s*(?://\s*)?<!\[CDATA\[|//\s*\]\]>\s*$|\]\]>\s*$", "", raw).strip()
        if not raw:
            continue
        try:
            data = json.loads(raw, strict=False)
            found.extend(_walk_jsonld(data))
        except (ValueError, RecursionError):  # malformed, or nested deeper than anyone writes
            continue
    return found


def _walk_jsonld(data: Any) -> Iterator[JsonObject]:
    if isinstance(data, list):
        for item in data:
            yield from _walk_jsonld(item)
    elif isinstance(data, dict):
        yield data
        if "@graph" in data:
            yield from _walk_jsonld(data["@graph"])
        main = data.get("mainEntity") or data.get("mainEntityOfPage")
        if isinstance(main, dict) and "@type" in main:
            yield from _walk_jsonld(main)


def _types(obj: JsonObject) -> set[str]:
    kind = obj.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return {k.rsplit("/", 1)[-1].lower() for k in kinds if isinstance(k, str)}


def article_object(objects: list[JsonObject]) -> JsonObject | None:
    """The JSON-LD object that describes the article, preferring real article types."""
    best: JsonObject | None = None
    best_rank = 3
    for obj in objects:
        kinds = _types(obj)
        if not kinds & rules.JSONLD_ARTICLE_TYPES:
            continue
        rank = 2 if kinds <= rules.JSONLD_WEAK_TYPES else 0
        if rank == 0 and not (obj.get("headline") or obj.get("articleBody")):
            rank = 1
        if rank < best_rank:
            best, best_rank = obj, rank
    if best is not None:
        best = dict(best)
        best["__graph__"] = objects  # for resolving {"@id": ...} references
    return best


def _resolve(ld: JsonObject, value: Any) -> Any:
    """Follow a bare ``{"@id": ...}`` reference to its object in the same graph."""
    if isinstance(value, dict) and set(value) == {"@id"}:
        for obj in ld.get("__graph__", ()):
            if obj.get("@id") == value["@id"] and len(obj) > 1:
                return obj
    return value


def _ld_strings(ld: JsonObject | None, key: str) -> list[str]:
    """The string values of ``key``: a string, a list of them, or objects' names."""
    if ld is None:
        return []
    value = _resolve(ld, ld.get(key))
    items = value if isinstance(value, list) else [value]
    out: list[str] = []
    for item in items:
        item = _resolve(ld, item)
        if isinstance(item, str):
            out.append(item)
        elif isinstance(item, (int, float)) and not isinstance(item, bool):
            out.append(str(item))
        elif isinstance(item, dict):
            for sub in ("name", "@value", "url", "contentUrl"):
                if isinstance(item.get(sub), str):
                    out.append(item[sub])
                    break
    return [s for s in (_clean(html.unescape(s)) for s in out) if s]


def _article_body(ld: JsonObject | None) -> str | None:
    """JSON-LD ``articleBody`` with its line breaks (paragraphs) kept."""
    value = ld.get("articleBody") if ld is not None else None
    if isinstance(value, list):
        value = "\n\n".join(v for v in value if isinstance(v, str))
    if not isinstance(value, str):
        return None
    lines = (" ".join(line.split()) for line in html.unescape(value).splitlines())
    return "\n".join(line for line in lines if line) or None


# --- title -------------------------------------------------------------------


def _title(
    root: HtmlElement, metas: dict[str, list[str]], ld: JsonObject | None, site: str | None
) -> str | None:
    """The headline: JSON-LD, then meta titles, then ``<title>``, cross-checked with ``<h1>``."""
    doc_title = _clean(_text_of(root.find(".//title")))
    h1s = [t for t in (_clean(h.text_content()) for h in root.iter("h1")) if t]
    candidates: list[str] = []
    headline = _first(_ld_strings(ld, "headline"))
    name = _first(_ld_strings(ld, "name"))
    if headline and name and headline != name and doc_title:
        # Some sites put the SEO title in one and the headline in the other:
        # take the one the page's <title> agrees with.
        headline = max((headline, name), key=lambda t: _similarity(t, doc_title))
    if ld is not None and not (_types(ld) <= rules.JSONLD_WEAK_TYPES):
        candidates.extend(t for t in (headline, name) if t)
    candidates.extend(_meta_first_all(metas, rules.META_TITLE))
    if not candidates and doc_title:
        candidates.append(_title_from_document(doc_title, h1s, site))
    if not candidates:
        return h1s[0] if h1s else None
    best = next((c for c in candidates if len(c) > 1), candidates[0])
    # cross-check: a shorter source that is the same headline without a
    # " - Site" / " | Section" tail wins ("Headline - Author - Medium" vs "Headline")
    others = [*candidates, *h1s]
    for other in others:
        if other != best and len(other) >= 3 and _is_head_of(other, best):
            best = other
    return _strip_site(best, site)


def _is_head_of(head: str, title: str) -> bool:
    """Whether ``title`` is ``head`` plus a separator and a short tail."""
    if not title.startswith(head):
        return False
    rest = title[len(head) :]
    return any(rest.startswith(sep) for sep in rules.TITLE_SEPARATORS) and _words(rest) <= 8


def _strip_site(title: str, site: str | None) -> str:
    """Remove a trailing (or leading) " | Site" when it names the site itself."""
    if not site:
        return title
    for sep in rules.TITLE_SEPARATORS:
        if title.endswith(sep + site):
            return title[: -len(sep + site)].strip()
        if title.startswith(site + sep):
            return title[len(site + sep) :].strip()
    return title


def _title_from_document(doc_title: str, h1s: list[str], site: str | None) -> str:
    """The headline inside ``<title>``: cross-checked with ``<h1>``, minus site parts."""
    for h1 in h1s:
        if h1 == doc_title:
            return doc_title
    for h1 in h1s:
        if _words(h1) >= 2 and _is_head_of(h1, doc_title):
            return h1
    title = _strip_site(doc_title, site)
    if title != doc_title:
        return title
    for sep in rules.TITLE_SEPARATORS:
        if sep in title:
            head, _, _ = title.rpartition(sep)
            _, _, rest = title.partition(sep)
            if _words(head) >= 3 or (_has_cjk(head) and len(head) >= 6):
                # repeat in case of "Headline - Section - Site"
                first = title.partition(sep)[0]
                return first if _words(first) >= 3 or _has_cjk(first) else head.strip()
            if _words(rest) >= 3:
                return rest.strip()
            break
    if len(title) < 15 and len(h1s) == 1 and _words(h1s[0]) > _words(title):
        return h1s[0]
    return title


def _has_cjk(text: str) -> bool:
    return bool(re.search(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]", text))


def _similarity(a: str, b: str) -> float:
    ta, tb = set(a.lower().split()), set(b.lower().split())
    return len(ta & tb) / max(1, len(ta | tb))


# --- authors and byline ------------------------------------------------------


def _authors(
    root: HtmlElement, metas: dict[str, list[str]], ld: JsonObject | None
) -> tuple[tuple[str, ...], str | None]:
    """Authors' names and a display byline, from the most trusted source that has any."""
    for names in (_ld_authors(ld), _meta_authors(metas)):
        cleaned = _dedupe(n for raw in names for n in split_authors(raw))
        if cleaned:
            return cleaned, _join_names(cleaned)
    # a byline on the page is shown as the page words it (a desk name or
    # "(avec …)" included), less the "By", job titles and dates
    for raw, linked in _element_authors(root):
        cleaned = _dedupe(n for name in linked for n in split_authors(name))
        cleaned = cleaned or _dedupe(split_authors(raw))
        if cleaned:
            shown = rules.BYLINE_PREFIX.sub("", _clean(raw) or "")
            shown = rules.BYLINE_TRAILERS.sub("", rules.BYLINE_DATE_TAIL.sub("", shown))
            return cleaned, shown.strip(" ,;:|•·–—-") or _join_names(cleaned)
    return (), None


def _join_names(names: tuple[str, ...]) -> str:
    """Names for display: ", " between them, or "; " when a name is "Last, First"."""
    return ("; " if any("," in n for n in names) else ", ").join(names)


def _ld_authors(ld: JsonObject | None) -> list[str]:
    if ld is None:
        return []
    value = _resolve(ld, ld.get("author") or ld.get("creator"))
    items = value if isinstance(value, list) else [value]
    names: list[str] = []
    for item in items:
        item = _resolve(ld, item)
        if isinstance(item, str):
            names.append(item)
        elif isinstance(item, dict):
            name = item.get("name")
            if isinstance(name, list):
                name = " ".join(n for n in name if isinstance(n, str))
            if not isinstance(name, str):
                given, family = item.get("givenName"), item.get("familyName")
                name = " ".join(p for p in (given, family) if isinstance(p, str))
            if name:
                names.append(name)
    return [n for n in names if not _is_url(n)]


def _meta_authors(metas: dict[str, list[str]]) -> list[str]:
    for key in rules.META_AUTHOR:
        values = [v for v in metas.get(key, ()) if v and not _is_url(v) and not v.startswith("@")]
        if values:
            return values
    return []


def _element_authors(root: HtmlElement) -> list[tuple[str, list[str]]]:
    """The page's byline: its text, and the names linked in it (author links, itemprop=name).

    Found on rel=author links, itemprop=author, byline-classed elements or "By …" lines.

    One pass over the elements with cheap attribute checks: this runs on
    every page without author metadata, so it has to be quick.
    """
    for el in root.iter():
        attrs = el.attrib
        if not attrs:
            continue
        cls, ident = attrs.get("class"), attrs.get("id")
        if (
            (cls and rules.BYLINE_HINT.search(cls))
            or (ident and rules.BYLINE_HINT.search(ident))
            or "author" in (attrs.get("rel") or "").lower().split()
            or "author" in (attrs.get("itemprop") or "").lower()
        ):
            if _in_furniture(el):
                continue
            name_el = el.find(".//*[@itemprop='name']")
            text = _spaced_text(name_el if name_el is not None else el)
            if text and 2 < len(text) < 100 and not _is_url(text) and split_authors(text):
                return [(text, _linked_names(el))]
    for el in root.iter("p", "div", "span", "address"):
        if el.text and rules.BY_WORD.match(el.text):
            text = _spaced_text(el)
            if len(text) < 80 and is_byline_line(text):
                return [(text, _linked_names(el))]
    return []


def _spaced_text(el: HtmlElement) -> str:
    """An element's text with its pieces spaced ("Kelli Miller<br>WebMD" keeps a space)."""
    text = " ".join(" ".join(el.itertext()).split())
    return re.sub(r"\s+([,.;:)])", r"\1", text)


def _linked_names(el: HtmlElement) -> list[str]:
    """Names inside a byline element: author links and itemprop=name first, else any link."""
    marked = el.xpath(".//a[contains(@rel, 'author')] | .//*[@itemprop='name']")
    links = marked or list(el.iter("a"))
    return [t for t in (_clean(a.text_content()) for a in links) if t]


def is_byline_line(text: str) -> bool:
    """ "Posted by Ann Lee, Engineer": short, a By-word then a capitalised name, no full stop."""
    if len(text) >= rules.BYLINE_LINE_MAX_CHARS or text.endswith("."):
        return False
    match = rules.BYLINE_LINE.match(text)
    return bool(match) and text[match.end() - 1].isupper()


def _in_furniture(el: HtmlElement, depth: int = 6) -> bool:
    """Whether a byline-looking element sits in a widget, comment or teaser."""
    node: HtmlElement | None = el
    while node is not None and depth > 0:
        names = f"{node.get('class') or ''} {node.get('id') or ''}"
        if node.tag == "nav" or rules.NOT_BYLINE_HINT.search(names):
            return True
        node = node.getparent()
        depth -= 1
    return False


def split_authors(raw: str) -> list[str]:
    """Clean one raw byline into names: drop "By", titles, dates, split on "and".

    Text dumps have their own reader, ``textlines.read_names``, on purpose:
    there a line counts as a byline only if every part of it is a name, so it
    rejects a line that this function, given a field or element already known
    to hold a byline, cleans up part by part.
    """
    text = _clean(raw) or ""
    if sum(1 for w in text.split() if w[:1].islower()) >= 4:
        return []  # a sentence ("By clicking Submit, you agree to…"), not a byline
    text = rules.BYLINE_PREFIX.sub("", text)
    text = rules.BYLINE_TRAILERS.sub("", text)
    text = rules.NAME_SUFFIX_TAIL.sub("", text)  # "Brenda Goodman, MA" -> "Brenda Goodman"
    parts = rules.BYLINE_AND.split(text)
    # split only a list of full names: not "Mac & i", "Jong, Michiel de",
    # "Martin Untersinger (avec Damien Leloup et Morgane Tual)"
    if "(" in text or any(len(p.split()) < 2 for p in parts):
        parts = [text]
    names: list[str] = []
    for part in parts:
        part = rules.BYLINE_PREFIX.sub("", part.strip(" ,:;|-–—"))
        if part.endswith(".") and not re.search(r"\b\w\.$", part):
            part = part[:-1]  # a full stop, not an initial's dot ("Kooman, F.")
        if not part or part.lower() in rules.BYLINE_JUNK_WORDS or _is_url(part):
            continue
        if part.split()[0] in rules.NAME_SUFFIXES:
            continue  # "Brenda Goodman, MA WebMD Health News": letters, then the desk
        if not _looks_like_name(part):
            continue
        names.append(part)
    return names


def _looks_like_name(text: str) -> bool:
    """A person's or desk's name: short, no digits or sentence punctuation."""
    if len(text) > 60 or any(ch.isdigit() for ch in text) or re.search(r"[\"<>?!=;{}]", text):
        return False
    words = re.sub(r"\([^)]*\)", "", text).split()
    return 0 < len(words) <= 5


def _dedupe(names: Iterable[str]) -> tuple[str, ...]:
    seen: dict[str, str] = {}
    for name in names:
        seen.setdefault(name.casefold(), name)
    return tuple(seen.values())


# --- dates -------------------------------------------------------------------


def _published(
    root: HtmlElement,
    metas: dict[str, list[str]],
    ld: JsonObject | None,
    url: str | None,
    now: datetime,
) -> tuple[str | None, str | None]:
    """The publication date and where it came from, never later than ``now``."""
    limit = now + timedelta(days=1)
    for value in _ld_strings(ld, "datePublished") + _ld_strings(ld, "dateCreated"):
        if found := parse_date(value, limit):
            return found, "json-ld"
    for key in rules.META_PUBLISHED:
        for value in metas.get(key, ()):
            if found := parse_date(value, limit):
                return found, f"meta:{key}"
    for el in root.xpath("//*[@itemprop='datePublished']"):
        value = el.get("content") or el.get("datetime") or el.text_content()
        if value and (found := parse_date(value, limit)):
            return found, "microdata"
    # a <time> marked as the publication date, else one inside the article,
    # else the first (a page header's "today" clock comes last)
    times = list(root.iter("time"))
    times.sort(key=lambda el: (el.get("pubdate") is None, _outside_article(el)))
    for el in times:
        for value in (el.get("datetime"), el.text_content()):
            if value and (found := parse_date(value, limit)):
                return found, "time"
    if url and (m := rules.URL_DATE.search(url)):
        y, mo, d = (int(g) for g in (m.group(1, 2, 3) if m.group(1) else m.group(4, 5, 6)))
        try:
            day = date(y, mo, d)
        except ValueError:
            day = None
        if day and day <= limit.date():
            return day.isoformat(), "url"
    return _text_date(root, limit)


def _outside_article(el: HtmlElement) -> bool:
    return not any(a.tag in ("article", "main") for a in el.iterancestors())


def _text_date(root: HtmlElement, limit: datetime) -> tuple[str | None, str | None]:
    """A date written out in a byline, dateline or date element."""
    for el in root.iter():
        cls, ident = el.get("class"), el.get("id")
        if (cls and rules.DATE_HINT.search(cls)) or (ident and rules.DATE_HINT.search(ident)):
            text = _clean(el.text_content()) or ""
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


def _first_date(values: Iterable[str]) -> str | None:
    for value in values:
        if found := parse_date(value):
            return found
    return None


# --- the rest ----------------------------------------------------------------


def _site_name(metas: dict[str, list[str]], ld: JsonObject | None) -> str | None:
    """The publisher's name from JSON-LD (the brand), else ``og:site_name``."""
    if ld is not None:
        publisher = _resolve(ld, ld.get("publisher"))
        if isinstance(publisher, list) and publisher:
            publisher = _resolve(ld, publisher[0])
        if isinstance(publisher, dict):
            publisher = publisher.get("name")
        if isinstance(publisher, str) and (name := _clean(html.unescape(publisher))):
            return name
    return _meta_first(metas, rules.META_SITE_NAME)


def _site_from_title(doc_title: str | None, headline: str | None) -> str | None:
    """The site's name as the page's ``<title>`` gives it after the headline, if no tag does.

    "Harbour bridge to close | The Daily Planet" with that headline gives
    "The Daily Planet"; of "Headline - Section - Site", the last part.
    """
    if not doc_title or not headline or not _is_head_of(headline, doc_title):
        return None
    tail = doc_title[len(headline) :]
    for sep in rules.TITLE_SEPARATORS:
        tail = tail.rpartition(sep)[2]  # what follows the last separator
    tail = tail.strip()
    if not tail or _words(tail) > rules.SITE_NAME_MAX_WORDS or any(c.isdigit() for c in tail):
        return None
    return tail


def _lang(root: HtmlElement, metas: dict[str, list[str]], ld: JsonObject | None) -> str | None:
    lang = root.get("lang") or root.get("{http://www.w3.org/XML/1998/namespace}lang")
    if not lang:
        body = root.find("body")
        lang = body.get("lang") if body is not None else None
    lang = lang or _first(_ld_strings(ld, "inLanguage")) or _meta_first(metas, rules.META_LANG)
    if not lang:
        return None
    lang = lang.strip().split(",")[0].strip().replace("_", "-")
    return lang or None


def _excerpt(metas: dict[str, list[str]], ld: JsonObject | None) -> str | None:
    return _first(_ld_strings(ld, "description")) or _meta_first(metas, rules.META_DESCRIPTION)


def _image(metas: dict[str, list[str]], ld: JsonObject | None, base: str | None) -> str | None:
    found = _meta_first(metas, rules.META_IMAGE) or _first(_ld_strings(ld, "image"))
    return _absolute(found, base)


def _canonical(root: HtmlElement, metas: dict[str, list[str]], base: str | None) -> str | None:
    for link in root.iter("link"):
        if "canonical" in (link.get("rel") or "").lower().split() and link.get("href"):
            return _absolute(link.get("href", "").strip(), base)
    return _absolute(_meta_first(metas, rules.META_URL), base)


def _tags(metas: dict[str, list[str]], ld: JsonObject | None) -> tuple[str, ...]:
    raw = _ld_strings(ld, "keywords")
    if not raw:
        raw = _meta_first_all(metas, rules.META_TAGS)
    tags = [t.strip() for value in raw for t in re.split(r"[,;]", value)]
    # templates leak their empty values as words
    return _dedupe(t for t in tags if t and len(t) < 80 and t.lower() not in _NO_VALUE)


_NO_VALUE = frozenset({"null", "none", "undefined", "nan", "false"})


def base_url(root: HtmlElement, url: str | None) -> str | None:
    """The URL relative links are relative to: ``<base href>`` joined to the page's URL."""
    base = root.find(".//base[@href]")
    if base is not None:
        href = (base.get("href") or "").strip()
        return urljoin(url, href) if url else (href if "://" in href else None)
    return url


def _absolute(link: str | None, base: str | None) -> str | None:
    if not link:
        return None
    link = link.strip()
    if base and not link.startswith(("http://", "https://", "data:")):
        return urljoin(base, link)
    return link


def _is_url(text: str) -> bool:
    return bool(re.match(r"^(?:https?:)?//|^www\.", text.strip(), re.I))


def _text_of(el: HtmlElement | None) -> str:
    return el.text_content() if el is not None else ""


def _first(values: list[str]) -> str | None:
    return values[0] if values else None


def _clean(text: str | None) -> str | None:
    """Collapse whitespace; ``None`` for nothing."""
    if text is None:
        return None
    out = " ".join(text.split())
    return out or None


def _words(text: str) -> int:
    return len(text.split())
