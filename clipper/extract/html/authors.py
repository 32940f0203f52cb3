"""The article's authors and byline: JSON-LD, ``<meta>``, byline elements, names split and checked."""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata
from collections.abc import Callable
from datetime import timezone
from typing import Any, NamedTuple, Union

from lxml import etree
from lxml.html import HtmlElement

from clipper.extract.html import rules as rules
from clipper.extract.html.bylinenames import INVISIBLE as _INVISIBLE
from clipper.extract.html.bylinenames import looks_like_name as _looks_like_name
from clipper.extract.html.bylinenames import names_a_desk, split_authors
from clipper.extract.html.dates import Beside
from clipper.extract.html.pagefields import (
    clean_text,
    dedupe,
    is_url,
    ld_resolve,
    meta_first,
)

UTC = timezone.utc  # datetime.UTC is 3.11+; the project supports 3.10
JsonObject = dict[str, Any]
# a page's declared language ("de-AT"), or its PageLanguages (declared and written)
Lang = Union[str, "PageLanguages", None]


class Bylined(NamedTuple):
    """The authors' names, the byline as displayed, and the page's byline line they came
    from (with its date, if it has one), when they came from one."""

    names: tuple[str, ...]
    byline: str | None
    line: str | None = None


# --- authors and byline ------------------------------------------------------


def read_authors(
    root: HtmlElement,
    metas: dict[str, list[str]],
    ld: JsonObject | None,
    beside: Beside | None = None,
    site: str | None = None,
    lang: Lang = None,
) -> Bylined:
    """Authors' names and a display byline, from the most trusted source that has any.

    ``beside`` holds the lines beside the headline on the page, where a byline
    may stand that no markup names; ``site`` (the site's name) is
    no author's name: "Ann Lee, CNN" names Ann Lee, and a page whose declared
    author is only the site (or its newsroom) looks for a person on the page first.
    ``lang`` (the page's declared language) tells a by-word from the same word in
    another language ("Door Closing Times" on an English page).
    """
    meta_names = _meta_authors(metas)
    for names in (_with_co_authors(_ld_authors(ld), meta_names), meta_names):
        cleaned = dedupe(n for raw in names for n in split_authors(raw))
        cleaned = dedupe(_without_site(n, site) for n in cleaned)
        if cleaned and all(_is_publisher(n, site) for n in cleaned):
            person = _page_authors(root, beside, lang)
            cleaned = person.names if person else cleaned
        elif cleaned and beside and not _any_shown(root, cleaned):
            # a name the page never shows (a template's default), where the
            # byline by the headline names someone: the byline readers see
            cleaned = _headline_byline(beside, lang) or cleaned
        if cleaned:
            cleaned = tuple(_full_name(_display_name(root, n), beside, lang) for n in cleaned)
            return Bylined(cleaned, _join_names(cleaned))
    return _page_authors(root, beside, lang) or _description_byline(metas) or Bylined((), None)


def _description_byline(metas: dict[str, list[str]]) -> Bylined | None:
    """Names the page's description opens with ("Posted by Ann Lee and Bob Ray - Team …").

    The last source: a blog engine whose byline the page writes with a script
    shows it nowhere else. Only "Posted by" and "Written by", the full names then a
    separator or a bracket: "By Train - …" or a name running into the text is none.
    """
    text = clean_text(meta_first(metas, rules.META_DESCRIPTION))
    found = rules.DESCRIPTION_BYLINE.match(text) if text else None
    if found is None:
        return None
    names = dedupe(split_authors(found.group("names")))
    if not names or not all(len(name.split()) >= 2 for name in names):
        return None  # "By Train - how to get there": full names only
    if any(names_a_desk(name) for name in names):
        return None  # "Posted by Site Admin", "Written by The Editorial Team"
    return Bylined(names, _join_names(names))


def _page_authors(root: HtmlElement, beside: Beside | None, lang: Lang = None) -> Bylined | None:
    """Names and a byline from the page's own byline elements, else a line by the headline."""
    # a byline on the page is shown as the page words it (a desk name or
    # "(avec …)" included), less the "By", job titles and dates
    for raw, linked in _element_authors(root, lang, beside):
        shown = rules.BYLINE_PREFIX.sub("", clean_text(raw.translate(_INVISIBLE)) or "")
        shown = rules.BYLINE_TRAILERS.sub("", rules.BYLINE_DATE_TAIL.sub("", shown))
        # a link after the names and the date is the section's ("… am 07.08.2013
        # gespeichert unter <a>Reisen</a>"), not an author's
        names_part = shown.casefold()
        linked = [name for name in linked if " ".join(name.casefold().split()) in names_part]
        cleaned = dedupe(n for name in linked for n in split_authors(name))
        cleaned = cleaned or dedupe(split_authors(raw)) or dedupe(split_authors(shown))
        if cleaned:
            return Bylined(cleaned, shown.strip(" ,;:|•·–—-") or _join_names(cleaned), raw)
    cleaned = _labelled_authors(root, lang)
    if not cleaned and beside:
        cleaned = _headline_byline(beside, lang)
    return Bylined(cleaned, _join_names(cleaned)) if cleaned else None


# soft hyphens and zero-width marks a page sets in a name ("Mat\u00adthi\u00adas"): unseen


def _labelled_authors(root: HtmlElement, lang: Lang = None) -> tuple[str, ...]:
    """Names a label element gives: "<b>Autor:</b> <a>Ann Lee</a>", "<dt>Author:</dt><dd>…".

    The label is an element's whole text; the name is the text inside it after
    the label, else the text after the element (its tail, then its next few
    siblings), up to the first piece of text there is.
    """
    for el in root.iter(*rules.AUTHOR_FIELD_TAGS):
        text = el.text
        if not text or len(text) > 40:
            continue  # a cheap test before the label's pattern
        label = rules.AUTHOR_FIELD_LABEL.fullmatch(text.strip())
        if label is None or _in_furniture(el):
            continue
        name = _text_after_label(el)
        if (
            not name
            or len(name) >= 80
            or not _is_by_word(label.group(), f"{label.group()} {name}", lang)
        ):
            continue
        if named := dedupe(split_authors(name)):
            return named
    return ()


def _text_after_label(el: HtmlElement) -> str | None:
    """The first piece of text after a label element's own text, near it."""
    if len(el):
        return clean_text(el[0].text_content()) or clean_text(el[0].tail)
    if found := clean_text(el.tail):
        return found
    for sib in itertools.islice(el.itersiblings(), rules.AUTHOR_FIELD_SIBLINGS):
        if found := clean_text(sib.text_content()) or clean_text(sib.tail):
            return found
    return None


def _fold(text: str) -> str:
    """Letters and digits only, accents off, case-folded: "Gàbor Muniér" ~ "gabor_munier"."""
    plain = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in plain if ch.isalnum())


def _any_shown(root: HtmlElement, names: tuple[str, ...]) -> bool:
    """Whether the page's body shows any of the names (its first word at least, in any case).

    The body's text is read once for all of them (a page may declare hundreds).
    """
    body = root.find("body")
    text = body.text_content() if body is not None else ""
    return any(_shown_in(text, name) for name in names)


def _shown_in(text: str, name: str) -> bool:
    first = name.split()[0]
    return first in text or first.upper() in text


def _is_publisher(name: str, site: str | None) -> bool:
    """Whether a declared author is the site itself or its newsroom, not a person.

    The site's name, or its first word ("FOCUS" of "FOCUS Online"), or a word
    for an editorial desk ("Redaktion").
    """
    key = _fold(name)
    if key in rules.NEWSROOM_WORDS:
        return True
    if not site or not key:
        return False
    site_key = _fold(site)
    return key == site_key or (" " not in name and len(key) >= 2 and _fold(site.split()[0]) == key)


def _without_site(name: str, site: str | None) -> str:
    """A name less the site's name set off after a comma or dash ("Ann Lee, CNN")."""
    if site:
        for sep in (", ", " - ", " | ", " / "):
            head, found, tail = name.rpartition(sep)
            if found and head and _fold(tail) == _fold(site):
                return head.strip()
            head, found, tail = name.partition(sep)
            if found and tail and sep != ", " and _fold(head) == _fold(site):
                return tail.strip()  # "Site - Ann Lee"; "Site, Frankfurt" is a place
    return name


def _display_name(root: HtmlElement, name: str) -> str:
    """The name as the page shows it where the metadata gives a user name ("ann.lee").

    A user name is one word of lower-case letters, perhaps with dots, dashes
    or underscores; the page's short piece of text that spells the same
    letters (accents aside) is the name readers see ("Ann Lée").
    """
    if not rules.USER_SLUG.fullmatch(name):
        return name
    key = _fold(name)
    for text in root.xpath(rules.USER_SLUG_TEXT):
        shown = " ".join(text.split())
        if " " in shown and _fold(shown) == key and _looks_like_name(shown):
            return shown
    return name


def _full_name(name: str, beside: Beside | None, lang: Lang = None) -> str:
    """A first name alone ("Nils") as the byline by the headline gives it in full."""
    if " " in name or beside is None or not name[:1].isupper():
        return name
    for full in _headline_byline(beside, lang):
        if full.split()[0] == name and " " in full:
            return full
    return name


def _headline_byline(beside: Beside, lang: Lang = None) -> tuple[str, ...]:
    """Names in a byline line just below (or above) the headline, no markup needed.

    A piece of text that opens with a by-word ("By", "Von", "Posted by") and
    the capitalised names after it; a label alone ("Autor") gives the piece of
    text that follows it whole; else a dateline whose date (and time) a name
    follows after a separator, at the end of it or before another separator.
    """
    sides = beside.lines()
    if sides is None:
        return ()
    for lines in sides:
        for i, line in enumerate(lines):
            if beside.in_heading(line):
                continue  # a section's title ("By the Numbers"), not a byline
            line = rules.BYLINE_LEADING_DATE.sub("", line)  # "05.02.2020 - Redaktion: …"
            word = rules.HEADLINE_BYLINE_WORD.match(line)
            if word is None:
                continue
            rest = line[word.end() :].strip()
            named_line = line if rest or i + 1 >= len(lines) else f"{line} {lines[i + 1]}"
            if not _is_by_word(word.group(), named_line, lang):
                continue
            if not rest:
                label_names = dedupe(_names_after_label(lines[i + 1 :]))
                if label_names:
                    return label_names
                continue
            names = rules.HEADLINE_BYLINE_NAMES.match(rest)
            if names and (named := dedupe(split_authors(names.group()))):
                return named
    for lines in sides:
        # "04.02.2022 | 13:10 Uhr | Uta Helkenberg": a dateline that names its author
        found = rules.DATELINE_NAMES.search(" ".join(lines))
        named = dedupe(split_authors(found.group("names"))) if found else ()
        if named and all(len(n.split()) >= 2 for n in named):
            return named
    return ()


def _names_after_label(lines: list[str]) -> list[str]:
    """The names in the lines after a label alone ("By"): the next line's, and those of
    the lines after it that a comma or an "and" line joins to it ("Ann Lee", ",", "Bob Ray")."""
    names: list[str] = []
    for k in range(0, min(len(lines), rules.BYLINE_LABEL_LINES), 2):
        found = split_authors(lines[k])
        if not found:
            break
        names.extend(found)
        joiner = lines[k + 1] if k + 1 < len(lines) else ""
        if not rules.BYLINE_AND.fullmatch(joiner):
            break
    return names


def _join_names(names: tuple[str, ...]) -> str:
    """Names for display: ", " between them, or "; " when a name is "Last, First"."""
    return ("; " if any("," in n for n in names) else ", ").join(names)


def _ld_authors(ld: JsonObject | None) -> list[str]:
    if ld is None:
        return []
    value = ld_resolve(ld, ld.get("author") or ld.get("creator"))
    items = value if isinstance(value, list) else [value]
    names: list[str] = []
    for item in items:
        item = ld_resolve(ld, item)
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
    return [n for n in names if not is_url(n)]


def _with_co_authors(ld_names: list[str], meta_names: list[str]) -> list[str]:
    """JSON-LD's authors, and the co-authors ``<meta name="author">`` adds to them.

    A CMS may fill JSON-LD with the first author only while the author tag lists
    all of them ("Ann Lee,Bo Berg"): when every JSON-LD name is among the tag's,
    the tag's names are the byline's.
    """
    if not ld_names or not meta_names:
        return ld_names
    ld_split = [n for raw in ld_names for n in split_authors(raw)]
    meta_split = dedupe(n for raw in meta_names for n in split_authors(raw))
    ld_keys = {_fold(n) for n in ld_split}
    meta_keys = {_fold(n) for n in meta_split}
    if ld_keys and ld_keys < meta_keys:
        return [*ld_split, *(n for n in meta_split if _fold(n) not in ld_keys)]
    return ld_names


def _meta_authors(metas: dict[str, list[str]]) -> list[str]:
    for key in rules.META_AUTHOR:
        values = [v for v in metas.get(key, ()) if v and not is_url(v) and not v.startswith("@")]
        if values:
            return values
    return _labelled_meta_authors(metas)


def _labelled_meta_authors(metas: dict[str, list[str]]) -> list[str]:
    """A name in a labelled ``twitter:dataN`` whose ``twitter:labelN`` says "Written by".

    SEO plugins write the author this way (``twitter:label1`` "Verfasst von",
    ``twitter:data1`` "Karoline Herr") when no author tag is set.
    """
    for n in range(1, 5):
        labels = metas.get(f"twitter:label{n}", ())
        if any(rules.AUTHOR_LABEL.match(label.strip()) for label in labels):
            values = [v for v in metas.get(f"twitter:data{n}", ()) if v and not is_url(v)]
            if values:
                return values
    return []


def _element_authors(
    root: HtmlElement, lang: Lang = None, beside: Beside | None = None
) -> list[tuple[str, list[str]]]:
    """The page's byline: its text, and the names linked in it (author links, itemprop=name).

    Found on rel=author links, itemprop=author, byline-classed elements or "By …" lines.

    One pass over the elements with cheap attribute checks: this runs on
    every page without author metadata, so it has to be quick.
    """
    hints: dict[str, bool] = {}  # each class name asked once (a page repeats them)
    for el in root.iter():
        attrs = el.attrib
        if not attrs:
            continue
        cls, hinted = attrs.get("class"), None
        if cls and (hinted := hints.get(cls)) is None:
            hinted = hints[cls] = rules.BYLINE_HINT.search(cls) is not None
        if hinted or (
            ((ident := attrs.get("id")) and rules.BYLINE_HINT.search(ident))
            or ((rel := attrs.get("rel")) and "author" in rel.lower().split())
            or ((prop := attrs.get("itemprop")) and "author" in prop.lower())
        ):
            if _in_furniture(el):
                continue
            name_el = el.find(".//*[@itemprop='name']")
            text = _byline_text(name_el if name_el is not None else el)
            if (
                text
                and 2 < len(text) < 100
                and not is_url(text)
                and not _is_place_dateline(text)
                and split_authors(text)
            ):
                return [(text, _linked_names(el))]
    shown = _ByHeadline(beside)
    inline = 0
    for el in root.iter(*rules.BY_WORD_TAGS):
        if el.text and rules.BY_WORD.match(el.text):
            if el.tag in rules.BY_WORD_INLINE_TAGS:
                inline += 1
                if inline > rules.INLINE_BYLINES_MAX:
                    continue  # a page of bold "By …" labels costs bounded time
            text = _byline_text(el)
            if len(text) < 80 and is_byline_line(text, lang) and _whole_line(el, text, shown):
                return [(text, _linked_names(el))]
    return []


def _is_place_dateline(text: str) -> bool:
    """Whether a byline-classed element's text is a dateline's place in capitals
    ("KOBE –"), no by-word: "Ann Lee –" is a name."""
    return (
        rules.PLACE_DATELINE.fullmatch(text) is not None
        and text.rstrip(" –—-").isupper()
        and not rules.BY_WORD.match(text)
    )


def _lines_by_headline(beside: Beside | None) -> frozenset[str]:
    lines = beside.lines() if beside is not None else None
    return frozenset(" ".join(line.split()) for side in lines or () for line in side)


class _ByHeadline:
    """The lines by the headline (:func:`_lines_by_headline`), found when first asked:
    most pages have no inline by-line to look up."""

    def __init__(self, beside: Beside | None) -> None:
        self._beside, self._lines = beside, frozenset[str]()
        self._looked = False

    def __contains__(self, text: str) -> bool:
        if not self._looked:
            self._looked, self._lines = True, _lines_by_headline(self._beside)
        return text in self._lines


def _whole_line(el: HtmlElement, text: str, by_headline: _ByHeadline | frozenset[str]) -> bool:
    """Whether a by-line set in italics or bold is a byline: a line of its own, by the
    headline or above the article's prose, naming full names.

    "<p><i>von Ann Lee</i></p>" over the article is a byline; "<p><b>By Train</b> The
    station is…</p>" labels a paragraph, "<i>By Royal Appointment</i> is the name of…"
    is a title, and "<p><b>By Public Transport</b></p>" after paragraphs of the text
    labels a section.
    """
    if el.tag not in rules.BY_WORD_INLINE_TAGS:
        return True
    if not all(len(name.split()) >= 2 for name in split_authors(text)):
        return False
    if text in by_headline:
        return True
    block = el.getparent()
    while block is not None and block.tag in rules.BY_WORD_INLINE_TAGS | {"span", "a"}:
        block = block.getparent()
    if block is None or _spaced_text(block) != text:
        return False
    prose = 0
    before: list[HtmlElement] = _PARAGRAPHS_BEFORE(el)  # type: ignore[assignment]
    for p in before:
        prose += len(" ".join(p.text_content().split()))
        if prose >= rules.INLINE_BYLINE_MAX_PROSE_BEFORE:
            return False
    return True


_PARAGRAPHS_BEFORE = etree.XPath("preceding::p")


def _spaced_text(el: HtmlElement) -> str:
    """An element's text with its pieces spaced ("Kelli Miller<br>WebMD" keeps a space)."""
    text = " ".join(" ".join(el.itertext()).split())
    return re.sub(r"\s+([,.;:)])", r"\1", text)


def _byline_text(el: HtmlElement) -> str:
    """A byline element's text (:func:`_spaced_text`) up to a line after a ``<br>`` that
    gives the author's desk or job ("By ANN LEE<br>GAZETTE STAFF" reads "By ANN LEE").

    A line that goes on with the names ("<br>and Bob Ray") or pairs a name with its
    job after a comma ("<br>Bob Ray, Staff Writer") is no desk line; a line after the
    break that names no desk ("Kelli Miller<br>WebMD Health News") stays in the byline.
    """
    if el.find(".//br") is None:
        return _spaced_text(el)
    lines = _broken_lines(el)
    for k in range(1, len(lines)):
        line = " ".join(lines[k].split())
        if (
            line
            and len(line.split()) <= rules.BYLINE_DESK_LINE_MAX_WORDS
            and "," not in line
            and not rules.BYLINE_AND.match(line)
            and rules.BYLINE_DESK_LINE.search(line)
        ):
            head = " ".join(" ".join(lines[:k]).split())
            return re.sub(r"\s+([,.;:)])", r"\1", head) if head else _spaced_text(el)
    return _spaced_text(el)


def _broken_lines(el: HtmlElement) -> list[str]:
    """An element's text as the lines its ``<br>`` elements break it into, pieces spaced."""
    lines: list[list[str]] = [[]]

    def walk(node: HtmlElement) -> None:
        if node.tag == "br":
            lines.append([])
        elif isinstance(node.tag, str) and node.text:
            lines[-1].append(node.text)
        for child in node:
            walk(child)
            if child.tail:
                lines[-1].append(child.tail)

    walk(el)
    return [" ".join(parts) for parts in lines]


def _linked_names(el: HtmlElement) -> list[str]:
    """Names inside a byline element: author links and itemprop=name first, else any link."""
    marked = el.xpath(".//a[contains(@rel, 'author')] | .//*[@itemprop='name']")
    links = marked or list(el.iter("a"))
    return [t for t in (clean_text(a.text_content()) for a in links) if t]


def is_byline_line(text: str, lang: Lang = None) -> bool:
    """ "Posted by Ann Lee, Engineer": short, a By-word then a capitalised name, no full stop.

    ``lang``, the page's declared language, if known: "Par Avion" on an English page
    is no byline.
    """
    if len(text) >= rules.BYLINE_LINE_MAX_CHARS:
        return False
    head = rules.BYLINE_META_SPLIT.split(text, maxsplit=1)[0]  # "Par Ann Lee · Publié le …"
    if len(head.split()) <= rules.BYLINE_META_HEAD_WORDS:
        text = head
    if text.endswith((".", ":")):
        return False  # a sentence, or one that leads into what follows
    match = rules.BYLINE_LINE.match(text)
    return (
        match is not None
        and (text[match.end() - 1].isupper() or rules.SUBMITTED_BY.match(text) is not None)
        and _is_by_word(match.group()[:-1], text, lang)
    )


def _is_by_word(word: str, line: str, lang: Lang) -> bool:
    """Whether the by-word that opens ``line`` is one here.

    Not German "von" in a span from … to … ("Von Berlin nach Hamburg"), nor a
    by-word of another language than the page's ("Door Closing Times", "Par Avion"
    on an English page). ``lang`` is the page's declared language, or its
    :class:`PageLanguages`: then the one it is written in counts too.
    """
    languages = rules.BY_WORD_LANGUAGES.get(word.strip(" :").casefold())
    declared = lang.declared if isinstance(lang, PageLanguages) else lang
    if languages and declared and _primary(declared) not in languages:
        written = lang.written if isinstance(lang, PageLanguages) else None
        if written not in languages:
            return False
    return not rules.BYLINE_SPAN.match(line)


def _primary(lang: str) -> str:
    return lang.split("-")[0].strip().casefold()


class PageLanguages:
    """The language a page declares, and the one it is written in, asked only when needed.

    Many sites keep an English template's declaration: "Von Anna Berg" is a byline on
    a German page that says ``lang="en"``. Telling the written language costs a
    language model's reading, so it is done only for a by-word of another
    language than the declared one.
    """

    def __init__(self, declared: str | None, written: Callable[[], str | None]) -> None:
        self.declared, self._written = declared, written

    @functools.cached_property
    def written(self) -> str | None:
        return self._written()


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
