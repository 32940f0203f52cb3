"""The article's title: JSON-LD, ``og:title``, the ``<h1>`` and ``<title>``, the site part set aside."""

from __future__ import annotations

import copy
import itertools
import re
import unicodedata
from dataclasses import dataclass
from datetime import timezone
from typing import Any
from urllib.parse import unquote, urlsplit

from lxml.html import HtmlElement

from clipper.extract.html import rules as rules
from clipper.extract.html.pagefields import (
    clean_text,
    first_of,
    ld_strings,
    ld_types,
    meta_first_all,
    text_of,
    word_count,
)
from clipper.extract.html.titlewords import ends_words_of as _ends_words_of
from clipper.extract.html.titlewords import kept_in_order as _kept_in_order
from clipper.extract.html.titlewords import similarity as _similarity
from clipper.untrusted import without_loose_joiners

UTC = timezone.utc  # datetime.UTC is 3.11+; the project supports 3.10
JsonObject = dict[str, Any]

# --- title -------------------------------------------------------------------


def read_title(
    root: HtmlElement,
    metas: dict[str, list[str]],
    ld: JsonObject | None,
    site: str | None,
    url: str | None = None,
) -> str | None:
    """The headline: JSON-LD, then meta titles, then ``<title>``, cross-checked with ``<h1>``.

    ``url``, the page's address: an ``<h1>`` its last part spells is the headline.
    """
    headings = page_h1s(root)
    title = _read_title(root, headings, metas, ld, site)
    if title and url:
        title = _without_host(title, urlsplit(url).hostname or "")
    slugged = _slug_headline(headings, url)
    if slugged and (not title or _fold(title) not in _fold(slugged)):
        return slugged
    return title


def _without_host(title: str, host: str) -> str:
    """A title less a part that is the site's address ("Headline - Vegolosi.it")."""
    host = host.casefold().removeprefix("www.")
    if "." not in host:
        return title
    for sep in rules.TITLE_SEPARATORS:
        head, found, tail = title.rpartition(sep)
        if found and head.strip() and tail.strip().casefold().removeprefix("www.") == host:
            return head.strip()
        head, found, tail = title.partition(sep)
        if found and tail.strip() and head.strip().casefold().removeprefix("www.") == host:
            return tail.strip()
    return title


def _slug_headline(headings: list[PageHeading], url: str | None) -> str | None:
    """The ``<h1>`` whose words the address's last part spells ("/eignet-sich-eine-…-im-altbau").

    Sites make that part from the headline when they publish it; an ``<h1>`` with
    the same letters (accents, case and punctuation aside) is the headline as
    shown, where the metadata may carry a title written for search engines. A
    one-word ``<h1>`` ("Autokredit") is a section's name as often as a headline.
    """
    if not url:
        return None
    path = unquote(urlsplit(url).path).rstrip("/")
    slug = _ascii_fold(rules.URL_PAGE_SUFFIX.sub("", path.rpartition("/")[2]))
    if not slug:
        return None
    for heading in headings:
        text = heading.text
        if not heading.home and len(re.split(r"[\s-]+", text)) >= 2 and _ascii_fold(text) == slug:
            return text
    return None


def _ascii_fold(text: str) -> str:
    """Letters and digits only, accents off and German's umlauts spelt out ("ä" as "ae")."""
    text = text.casefold().translate(_UMLAUTS)
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[\W_]+", "", plain)


_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})


def _read_title(
    root: HtmlElement,
    headings: list[PageHeading],
    metas: dict[str, list[str]],
    ld: JsonObject | None,
    site: str | None,
) -> str | None:
    """The headline from the page's sources, its ``<h1>`` elements (``headings``) among them."""
    doc_title = clean_text(text_of(root.find(".//title")))
    h1s = [h.text for h in headings if not h.home]
    home = [h.text for h in headings if h.home]
    candidates: list[str] = []
    headline = first_of(ld_strings(ld, "headline"))
    name = first_of(ld_strings(ld, "name"))
    if headline and name and headline != name and (doc_title or h1s):
        # Some sites put the SEO title in one and the headline in the other:
        # take the one the page shows as its <h1>, else the one its <title> agrees with.
        shown = [t for t in (headline, name) if any(_fold(t) == _fold(h) for h in h1s)]
        if len(shown) == 1:
            headline = shown[0]
        elif doc_title:
            headline = max((headline, name), key=lambda t: _similarity(t, doc_title))
    if ld is not None and not (ld_types(ld) <= rules.JSONLD_WEAK_TYPES):
        candidates.extend(t for t in (headline, name) if t)
    candidates.extend(meta_first_all(metas, rules.META_TITLE))
    if not candidates and doc_title in home:
        candidates.append(doc_title)  # the home page: its title is the site's name
    if not candidates and doc_title:
        candidates.append(_title_from_document(_cut_site(doc_title, home), h1s, site))
    if not candidates:
        return h1s[0] if h1s else (home[0] if home else None)
    best = next((c for c in candidates if len(c) > 1), candidates[0])
    best = _untruncated(best, [*h1s, *candidates, doc_title or ""])
    # cross-check: a shorter source that is the same headline without a
    # " - Site" / " | Section" tail wins ("Headline - Author - Medium" vs "Headline")
    others = [*candidates, *h1s]
    for other in others:
        # (the headline is the longer part: "Section - Headline" keeps its headline)
        if (
            other != best
            and len(other) >= 3
            and is_head_of(other, best)
            and len(other) >= len(best) - len(other)
        ):
            best = other
    title = _article_headline(root, _strip_site(best, site))
    title = rules.TITLE_EMPTY_TAIL.sub("", title) or title  # "Headline -": a blank site part
    on_page = [h for h in headings if not h.home]
    if on_page:
        return _entry_title(root) or visible_headline(on_page, title, site)
    part = _shown_part(root, best, title) or (
        _shown_part(root, doc_title, title) if doc_title else None
    )
    return (
        _entry_title(root)
        or part
        or _cut_short_headline(root, title)
        or _subheading_headline(root, title)
    )


def _cut_short_headline(root: HtmlElement, title: str) -> str | None:
    """On a page with no ``<h1>``, the bold or heading headline the title is cut short of.

    The title is the headline's first words ("Township board agrees to hire a
    part-time code", or the same with "…"), and the headline goes on in lower case
    ("… code enforcement officer") or after the title's ellipsis: one sentence the
    ``<title>`` truncated, not a headline with a part after a separator, which
    :func:`_shown_part` reads. At most ``TITLE_CUT_SHORT_MAX_WORDS`` words: no paragraph;
    without an ellipsis, a title of ``TITLE_CUT_MIN_CHARS`` at least (what search results cut).
    """
    stem = title.removesuffix("...").removesuffix("…").rstrip()
    cut = stem != title
    if word_count(stem) < rules.TITLE_H1_MIN_WORDS:
        return None
    if not cut and len(stem) < rules.TITLE_CUT_MIN_CHARS:
        return None  # a short title was not cut: "Apple releases new iPhone" is one
    plain = stem.translate(_TYPOGRAPHY).casefold()
    els = root.iter(*rules.TITLE_SHOWN_TAGS, "h2", "h3")
    for el in itertools.islice(els, rules.TITLE_SHOWN_ELEMENTS):
        text = _heading_text(el)
        if not text or word_count(text) > rules.TITLE_CUT_SHORT_MAX_WORDS:
            continue
        if not text.translate(_TYPOGRAPHY).casefold().startswith(plain + " "):
            continue
        rest = " ".join(text.split()[len(stem.split()) :])  # as written, whatever case folds to
        if rest and (cut or rest[0].islower()):
            return text
    return None


def _shown_part(root: HtmlElement, parted: str, title: str) -> str | None:
    """On a page with no ``<h1>``, the part of a title in parts ("Site - Headline") that the
    page shows whole in bold or large type (an old CMS's ``<font size=5><b>``): the
    headline, whichever side of the separator it is on, as the page spells it. Not when
    the page shows the ``title`` read so far that way, or as a subheading."""
    sep = next((sep for sep in rules.TITLE_SEPARATORS if sep in parted), None)
    if sep is None:
        return None
    parts = {_fold(p): p.strip() for p in parted.split(sep)}
    parts = {k: p for k, p in parts.items() if word_count(p) >= rules.TITLE_SHOWN_MIN_WORDS}
    if not parts:
        return None
    found: str | None = None
    els = root.iter(*rules.TITLE_SHOWN_TAGS, "h2", "h3")
    for el in itertools.islice(els, rules.TITLE_SHOWN_ELEMENTS):
        key = _fold(text := el.text_content())
        if key == _fold(title):
            return None
        if found is None and key in parts and el.tag in rules.TITLE_SHOWN_TAGS:
            found = clean_text(text) or parts[key]
    return found


def _subheading_headline(root: HtmlElement, title: str) -> str:
    """On a page whose ``<h1>`` is none or the site's logo, the ``<h2>`` that shows the title.

    Only as the title itself in the page's typography ("Januar – Mai" where the
    metadata has "Januar - Mai"), or the title less a code in brackets after it
    ("Headline (2021/5)" over "Headline"). (Not the title less a part after a
    separator, as for an ``<h1>``: an ``<h2>`` is as often a part of the page.)
    """
    key = _fold(title)
    plain = title.translate(_TYPOGRAPHY)
    for el in itertools.islice(root.iter("h2"), rules.TITLE_SUBHEADINGS):
        text = _heading_text(el)
        if not text or word_count(text) < rules.TITLE_H1_MIN_WORDS_ALONE:
            continue
        if _fold(text) == key and text.translate(_TYPOGRAPHY) == plain:
            return text
        if _with_code(text, title):
            return text
    return title


def _with_code(head: str, title: str) -> bool:
    """Whether ``title`` is ``head`` and a code in brackets after it ("Headline (2021/5)")."""
    rest = title[len(head) :] if title.startswith(head) else ""
    code = rules.TITLE_BRACKETED_CODE.fullmatch(rest)
    return bool(rest) and code is not None


def _entry_title(root: HtmlElement) -> str | None:
    """The text of the page's one hAtom ``entry-title``: the entry's own headline, as shown.

    Blog engines (WordPress above all) mark the post's title with the
    microformat's class; the page's metadata often carries an SEO title instead.
    """
    found = {
        text: el
        for el in root.iter(*rules.TITLE_ENTRY_TAGS)
        if rules.TITLE_ENTRY_CLASS in (el.get("class") or "").split()
        and (text := _heading_text(el))
        and word_count(text) >= rules.TITLE_H1_MIN_WORDS_ALONE
    }
    if len(found) != 1:
        return None
    text, el = found.popitem()
    return _without_kicker(el) or text


@dataclass(frozen=True, slots=True)
class PageHeading:
    """One ``<h1>`` of the page: its text, the text after a kicker, whether it links home."""

    text: str
    bare: str | None = None  # the headline after a kicker element ("<span>Kicker</span> Head")
    home: bool = False  # the whole heading is a link to the site's home page: a logo


def page_h1s(root: HtmlElement) -> list[PageHeading]:
    """The page's ``<h1>`` elements that hold text, in page order."""
    found: list[PageHeading] = []
    for h1 in root.iter("h1"):
        el = _as_shown(h1)
        text = _heading_text(el)
        if text:
            found.append(PageHeading(text, _without_kicker(el), _links_home(el, text)))
        elif (logo := _logo_name(el)) is not None:
            found.append(PageHeading(logo, home=True))
    return found


def _logo_name(el: HtmlElement) -> str | None:
    """The site's name a text-less ``<h1>`` gives as its logo: one image linked home, its alt."""
    images = el.findall(".//img")
    if len(images) != 1 or not (alt := clean_text(images[0].get("alt"))):
        return None
    return alt if _links_home(el, "") else None


def _heading_text(el: HtmlElement) -> str | None:
    """A heading's text, without the soft hyphens and zero-width marks of its markup."""
    return clean_text(without_loose_joiners(el.text_content().translate(_INVISIBLE)))


def _as_shown(el: HtmlElement) -> HtmlElement:
    """A heading without a ``<style>`` or ``<script>`` inside it, or ruby's reading
    aids (``<rt>``): a copy, when it has any (the page itself stays as it is)."""
    if el.tag in rules.TITLE_NOT_SHOWN_TAGS or not any(
        True for _ in el.iterdescendants(*rules.TITLE_NOT_SHOWN_TAGS)
    ):
        return el
    shown = copy.deepcopy(el)
    for hidden in list(shown.iterdescendants(*rules.TITLE_NOT_SHOWN_TAGS)):
        hidden.drop_tree()
    return shown


_INVISIBLE = dict.fromkeys(map(ord, rules.TITLE_INVISIBLE_CHARS))


def _without_kicker(el: HtmlElement) -> str | None:
    """The headline of a ``<h1>`` that opens with a kicker element, or ``None``.

    "<h1><span>Corona-Pandemie</span> Es kommt darauf an</h1>": the kicker is
    the heading's first child (inside a link wrapping the whole heading), a
    few words before any text of the heading's own, and the headline follows.
    """
    while len(el) == 1 and not (el.text or "").strip() and not (el[0].tail or "").strip():
        el = el[0]  # a link or span that wraps the whole heading
    if len(el) < 1 or (el.text or "").strip():
        return None
    kicker = _heading_text(el[0])
    rest = "".join([el[0].tail or "", *(_full_text(child) for child in el[1:])])
    headline = (clean_text(without_loose_joiners(rest.translate(_INVISIBLE))) or "").lstrip(
        rules.TITLE_KICKER_PUNCTUATION
    )
    if not kicker or not headline or word_count(kicker) > rules.TITLE_KICKER_MAX_WORDS:
        return None
    if kicker.endswith((":", ",")):
        return None  # "<b>Editor's Letter:</b> bye…": one headline, set in two styles
    return headline if len(headline) > len(kicker) else None


def _full_text(el: HtmlElement) -> str:
    return el.text_content() + (el.tail or "")


def _links_home(el: HtmlElement, text: str) -> bool:
    """Whether a heading is one link to the site's home page (the site's name as a logo)."""
    links = el.xpath(".//a[@href]")
    if len(links) != 1 or (clean_text(links[0].text_content()) or "") != text:
        return False
    href = links[0].get("href", "").strip()
    if "://" in href[8:]:  # an archive's copy of an address: the address it copies
        href = href[href.index("://", 8) - 5 :].lstrip("/:ps")
    path = urlsplit(href if "//" in href else "//host" + href).path
    return bool(href) and path in ("", "/") and not urlsplit(href).query


def _cut_site(doc_title: str, home: list[str]) -> str:
    """The document title without the site's name where a home-link ``<h1>`` names it.

    "Site » Blog Archive » Headline" gives "Blog Archive » Headline"; "Headline :
    Site | Tagline" gives "Headline": what stands before the name, else after it.
    """
    for name in home:
        for sep in rules.TITLE_SEPARATORS:
            before, found, _ = doc_title.partition(sep + name)
            if found and before.strip():
                return before.strip()
            if doc_title.startswith(name + sep):
                rest = doc_title[len(name + sep) :]
                return rest.lstrip(rules.TITLE_KICKER_PUNCTUATION + "»«›").strip() or rest.strip()
    return doc_title


def _untruncated(title: str, others: list[str]) -> str:
    """A title cut short with "..." is the longer one of the page that it begins."""
    stem = title.removesuffix("...").removesuffix("…").rstrip()
    if stem == title:
        # a meta value cut at an unescaped quotation mark: 'califica a Biden de'
        # where the page's <title> says 'califica a Biden de "incapacitado"'
        quoted = [o for o in others if o.startswith(title) and o[len(title) :][:2] in _QUOTED]
        return min(quoted, key=len) if quoted else title
    if word_count(stem) < rules.TITLE_H1_MIN_WORDS:
        return title
    longer = [o for o in others if o.startswith(stem) and len(o) > len(stem) and o != title]
    return min(longer, key=len) if longer else title


_QUOTED = {f" {q}" for q in "\"“„«'‘"}


def visible_headline(headings: list[PageHeading], title: str, site: str | None) -> str:
    """The page's own ``<h1>`` where it is the headline the metadata's title stands for.

    With one ``<h1>`` (logos that link home aside), :func:`_one_headline` decides;
    with several, the one that the title holds with a part split off at a
    separator (a site's or section's name, a kicker), the longest if more do.
    """
    distinct = list({h.text: h for h in headings}.values())
    if len(distinct) == 1:
        return _one_headline(distinct[0], title, site)
    parts = {v for h in distinct for v in (h.bare, h.text) if v and _is_part_of(v, title)}
    # of "Section - Headline" both shown as <h1>s, the headline: the longer
    return max(parts, key=len) if parts else title


def _one_headline(heading: PageHeading, title: str, site: str | None) -> str:
    """The page's one ``<h1>`` where it is the headline the metadata's title stands for.

    Three cases, each where the ``<h1>`` and the title are the same headline
    or the title is no headline at all:

    - the same words with the headline's dashes ("–" on the page, "-" in the
      metadata): the page's spelling;
    - the title is the ``<h1>`` plus a part split off at a separator ("Villa
      Galaxy - Ferienvilla in Florida", "Kicker: Headline", "Headline - Site"):
      the ``<h1>``;
    - the title is only the site's name: the ``<h1>``, unless it is a word
      (a logo, a section), a piece of the title or names the site itself.

    A ``<h1>`` that words the headline differently from the metadata is left
    aside (the page's declared title wins there), unless it words it out more
    fully (:func:`_fuller_wording`). A ``<h1>`` that opens with a kicker element
    is read without it first.
    """
    if heading.bare and _is_part_of(heading.bare, title):
        return heading.bare
    h1, key_h1, key_title = heading.text, _fold(heading.text), _fold(title)
    if not key_h1 or not key_title:
        return title
    if heading.bare and key_title == key_h1:
        return heading.bare
    if _continues(h1, title):
        return h1  # "Gigafactory capacity grows" on top, "... grows in Tennessee" shown
    if key_title in key_h1:
        # a kicker or a date around the title keeps the title
        return h1 if h1.translate(_DASHES) == title.translate(_DASHES) else title
    if _is_part_of(h1, title):
        return h1
    if (
        site
        and _fold(site) == key_title
        and key_h1 not in key_title
        and _fold(site) not in key_h1
        and word_count(h1) >= rules.TITLE_H1_MIN_WORDS_ALONE
    ):
        return h1
    if (
        word_count(title) <= rules.TITLE_LABEL_MAX_WORDS
        and word_count(h1) >= rules.TITLE_LABEL_H1_MIN_WORDS
        and key_title not in key_h1
    ):
        return h1  # a title that is a section's label ("About Us"), a headline shown
    if _fuller_wording(h1, title):
        return h1
    return title


def _fuller_wording(h1: str, title: str) -> bool:
    """Whether the ``<h1>`` words the title's headline out more fully: more words, most of
    the title's among them ("Michael Bloomberg is having to answer questions about his
    past" declared, "As his first debate nears, Bloomberg is having to answer about his
    past" shown). Sites shorten the headline for search results and sharing; the one
    above the article is the headline. Not when the two share a first part and go on
    differently after it ("Kicker: one subtitle" / "Kicker: another"): then nothing
    says which is the headline.
    """
    if not (word_count(title) < word_count(h1) <= rules.TITLE_CUT_SHORT_MAX_WORDS):
        return False
    if _kept_in_order(title, h1) < rules.TITLE_FULLER_MIN_SHARE:
        return False
    for sep in rules.TITLE_KICKER_SEPARATORS:
        head_h1, found_h1, _ = h1.partition(sep)
        head_title, found_title, _ = title.partition(sep)
        if found_h1 and found_title and _fold(head_h1) == _fold(head_title):
            return False
    return True


def _continues(head: str, title: str) -> bool:
    """Whether ``head`` is ``title`` and more words after it (no separator between)."""
    head, title = head.translate(_TYPOGRAPHY), title.translate(_TYPOGRAPHY)
    if not head.casefold().startswith(title.casefold() + " "):
        return False
    if word_count(title) < rules.TITLE_H1_MIN_WORDS:
        return False
    rest = head[len(title) :].lstrip()
    words = rest.split()
    # the sentence goes on ("... in Tennessee"), not a date or a greeting after it
    return 0 < len(words) <= rules.TITLE_CONTINUED_MAX_WORDS and rest[0].islower()


_DASHES = str.maketrans({"–": "-", "—": "-"})
# dashes and quotes as a keyboard types them, to find a headline inside a title
_TYPOGRAPHY = str.maketrans({"–": "-", "—": "-", "’": "'", "‘": "'", "“": '"', "”": '"', "„": '"'})


def _fold(text: str) -> str:
    """Letters and digits only, case-folded: two spellings of one headline compare equal."""
    return re.sub(r"\W+", "", text.casefold())


def _is_part_of(head: str, title: str) -> bool:
    """Whether ``title`` is ``head`` with a part before or after it, split at a separator."""
    seps = (*rules.TITLE_SEPARATORS, *rules.TITLE_KICKER_SEPARATORS, *rules.TITLE_TIGHT_SEPARATORS)
    head, title = head.translate(_TYPOGRAPHY), title.translate(_TYPOGRAPHY)
    if any(title.startswith(head + sep) or title.endswith(sep + head) for sep in seps):
        return True
    # "Cottage Rosehip (40222) - Holiday cottages": a code in brackets, then the part
    rest = title[len(head) :] if title.startswith(head) else ""
    code = rules.TITLE_BRACKETED_CODE.match(rest)
    return code is not None and any(rest[code.end() :].startswith(sep) for sep in seps)


def _article_headline(root: HtmlElement, title: str) -> str:
    """The article's own ``<h1>`` when the title is it plus a kicker or a site part.

    "Chronik: Lotte Tobisch ist tot" or "Lockdown: … › evang.at" in the metadata,
    "Lotte Tobisch ist tot" as the headline readers see above the article.
    """
    for h1 in root.xpath(rules.TITLE_ARTICLE_H1)[:1]:
        headline = clean_text(h1.text_content())
        if (
            headline
            and headline != title
            and word_count(headline) >= rules.TITLE_H1_MIN_WORDS
            and len(headline) >= rules.TITLE_H1_MIN_SHARE * len(title)
            and headline.casefold() in title.casefold()
        ):
            return headline
    return title


def is_head_of(head: str, title: str) -> bool:
    """Whether ``title`` is ``head`` plus a separator and a short tail."""
    if not title.startswith(head):
        return False
    rest = title[len(head) :]
    return any(rest.startswith(sep) for sep in rules.TITLE_SEPARATORS) and word_count(rest) <= 8


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
        if word_count(h1) >= 2 and is_head_of(h1, doc_title):
            return h1
    title = _strip_site(doc_title, site)
    if title != doc_title:
        return title
    for sep in rules.TITLE_SEPARATORS:
        if sep in title:
            head, _, _ = title.rpartition(sep)
            _, _, rest = title.partition(sep)
            if word_count(head) >= 3 or (_has_cjk(head) and len(head) >= 6):
                # repeat in case of "Headline - Section - Site"
                first = title.partition(sep)[0]
                return first if word_count(first) >= 3 or _has_cjk(first) else head.strip()
            if word_count(rest) >= 3:
                return _named_by_head(head, rest, h1s) or rest.strip()
            break
    if len(title) < 15 and len(h1s) == 1 and word_count(h1s[0]) > word_count(title):
        return h1s[0]
    return title


def _named_by_head(head: str, rest: str, h1s: list[str]) -> str | None:
    """The ``<h1>`` that spells out a short first part of ``<title>`` ("Geschichte - Site
    Name" over the heading "Chorgeschichte"): the page's headline, the rest the site's name.

    Not an ``<h1>`` that is the short part itself (a section's label, "News - Headline"),
    nor one that holds the rest too.
    """
    key, rest_key = _fold(head), _fold(rest)
    for h1 in h1s:
        h1_key = _fold(h1)
        if (
            key
            and _ends_words_of(head, h1)
            and h1_key != key
            and rest_key not in h1_key
            and word_count(h1) <= rules.TITLE_CUT_SHORT_MAX_WORDS
        ):
            return h1
    return None


def _has_cjk(text: str) -> bool:
    return bool(re.search(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]", text))
