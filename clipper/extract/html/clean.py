"""Cleaning a candidate block: furniture out, a small clean HTML fragment rebuilt.

The furniture rules are data in :mod:`clipper.extract.html.rules`; what they removed
is reported in ``Body.stripped`` with the reason.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import urljoin

from lxml import etree
from lxml import html as lxml_html
from lxml.html import HtmlElement

from clipper.extract.html import rules as rules
from clipper.extract.html.bios import drop_author_bio
from clipper.extract.html.chrome import (
    player_controls,
    signup_boxes,
    social_posts,
    timestamp_lines,
    video_modules,
)
from clipper.extract.html.edges import drop as _drop
from clipper.extract.html.edges import (
    drop_closing_pointer,
    drop_company_boilerplate,
    drop_end_mark,
    drop_orphan_headings,
    drop_title_and_byline,
)
from clipper.extract.html.furniture import id_name as id_name
from clipper.extract.html.furniture import is_boilerplate as is_boilerplate
from clipper.extract.html.furniture import names_furniture as names_furniture
from clipper.extract.html.furniture import names_whole_furniture as names_whole_furniture
from clipper.extract.html.links import leads_off_site, page_sites
from clipper.extract.html.metadata import Metadata
from clipper.extract.html.modules import gallery_captions, page_modules, set_apart
from clipper.extract.html.render import text_blocks
from clipper.extract.html.tree import camel_words, collapse, new_element, norm, parse_fragment
from clipper.models import Stripped


@dataclass(frozen=True, slots=True)
class Body:
    """The article body in both forms, plus the captions taken out of the text."""

    html: str
    text: str
    captions: tuple[str, ...]
    lead: str | None = None  # the first paragraph, the excerpt when the page gives none
    stripped: tuple[Stripped, ...] = ()  # what the furniture rules removed, and why


# --- cleaning the body ---------------------------------------------------------


def clean_body(summary: str | HtmlElement | None, meta: Metadata, url: str | None) -> Body:
    """Remove furniture from readability's block; rebuild clean HTML and text."""
    frag = parse_fragment(summary) if isinstance(summary, str) else summary
    if frag is None:
        return Body("", "", ())
    stripped: list[Stripped] = []
    sites = page_sites(url, meta.canonical_url)
    for el, reason in (
        timestamp_lines(frag)
        + player_controls(frag)
        + video_modules(frag)
        + signup_boxes(frag)
        + social_posts(frag, sites)
    ):
        _drop(el, reason, stripped)
    modules, captions_set = page_modules(frag)
    for el, reason in modules:
        if reason == rules.GALLERY_REASON and (figure := gallery_captions(el)) is not None:
            el.addprevious(figure)  # the slides' captions stay, apart from the text
        _drop(el, reason, stripped)
    for el in captions_set:
        set_apart(el)
    _drop_furniture(frag, stripped)
    clean = new_element("div")
    _flatten_block(frag, clean, url)
    _drop_empty(clean)
    _trim_blocks(clean)
    drop_title_and_byline(clean, meta, stripped)
    drop_author_bio(clean, meta, stripped)
    drop_end_mark(clean, stripped)
    drop_company_boilerplate(clean, stripped)
    _drop_inline_teasers(clean, sites, stripped)
    _drop_teaser_tail(clean, sites, stripped)
    drop_closing_pointer(clean, sites, stripped)
    drop_orphan_headings(clean, stripped)
    captions = tuple(
        c
        for c in (
            rules.CAPTION_CREDIT.sub("", norm(fc.text_content())) for fc in clean.iter("figcaption")
        )
        if c
    )
    text = "\n\n".join(text_blocks(clean))
    inner = _inner_html(clean)
    lead = next((t for t in (norm(p.text_content()) for p in clean.iter("p")) if t), None)
    return Body(inner.strip(), text, captions, lead, tuple(stripped))


def _inner_html(el: HtmlElement) -> str:
    """What ``el`` holds, as HTML: serialised at once, without its own tags
    (``el`` has no attributes, and no text of its own but white space)."""
    html = lxml_html.tostring(el, encoding="unicode", method="html")
    return html[len(f"<{el.tag}>") : -len(f"</{el.tag}>")]


def _drop_furniture(frag: HtmlElement, stripped: list[Stripped]) -> None:
    """Drop share bars, ads, newsletter boxes, related lists, comments, bios…

    Top-down, so a dropped box's insides are not looked at; text sizes are
    measured once, bottom-up, instead of asking every element for its text.
    """
    sizes: dict[HtmlElement, tuple[int, int]] = {}
    _measure(frag, sizes)
    total = max(1, sizes[frag][0])
    stack = list(reversed(frag))
    while stack:
        el = stack.pop()
        if not isinstance(el.tag, str):
            continue
        size, linked = sizes.get(el, (0, 0))
        # a phrase is judged as a whole block or a link in a bar of links,
        # not as a few words inside a sentence
        parent_size, parent_linked = sizes.get(el.getparent(), (0, 0))
        whole = (
            el.tag not in rules.INLINE_TAGS
            or parent_size <= size + 2
            or parent_linked >= 0.9 * parent_size
        )
        reason = _furniture_reason(el, size, linked, total, whole)
        if reason:
            _drop(el, reason, stripped)
        else:
            stack.extend(reversed(el))


def _measure(el: HtmlElement, sizes: dict[HtmlElement, tuple[int, int]]) -> tuple[int, int]:
    """Non-blank characters of ``el``'s text, and how many of them are link text."""
    size = _solid(el.text) if isinstance(el.tag, str) else 0
    linked = 0
    for child in el:
        child_size, child_linked = _measure(child, sizes)
        size += child_size + _solid(child.tail)
        linked += child_linked
    if el.tag == "a":
        linked = size
    sizes[el] = (size, linked)
    return size, linked


def _solid(text: str | None) -> int:
    if not text:
        return 0
    return len(text) - text.count(" ") - text.count("\n") - text.count("\t") - text.count("\r")


def _furniture_reason(
    el: HtmlElement, size: int, linked: int, total: int, whole: bool = True
) -> str | None:
    """Why one element is site furniture (by tag, role, name, phrase or links), or ``None``."""
    tag = el.tag.lower()
    if tag in rules.FURNITURE_TAGS or tag in rules.NOT_CONTENT_TAGS:
        return f"furniture: <{tag}>"
    if el.attrib and (reason := _attribute_reason(el, tag, size, linked, total)):
        return reason
    if (
        whole
        and (tag in rules.PHRASE_TAGS or (tag in rules.PHRASE_CELL_TAGS and _lone_cell(el)))
        and 0 < size <= rules.PHRASE_MAX_CHARS
    ):
        text = norm(el.text_content())
        if len(text) <= rules.PHRASE_MAX_CHARS and is_boilerplate(text):
            return "boilerplate phrase"
    if tag in rules.LABELLED_LINKS_TAGS and linked and _labelled_links(el, size, linked):
        return "furniture: links under a label"
    density = linked / max(1, size)
    in_part = 0 < size < 0.5 * total
    if (
        in_part
        and tag in rules.LIST_TAGS
        and density > rules.LINK_DENSITY_MAX
        and not _has_prose(el)
        and not _credited_items(el)
    ):
        return "furniture: mostly links"
    return None


def _attribute_reason(el: HtmlElement, tag: str, size: int, linked: int, total: int) -> str | None:
    """Why an element is furniture by its attributes (role, aria-hidden, class or id), or ``None``."""
    role = (el.get("role") or "").lower()
    if role in rules.BOILERPLATE_ROLES:
        return f"furniture: role={role}"
    if role in rules.CONTROL_ROLES and 0 < size <= rules.CONTROL_MAX_CHARS and not _heads(el):
        return f"furniture: role={role}"
    if el.get("aria-hidden") == "true" and tag not in ("img", "figure", "picture"):
        return "furniture: aria-hidden"
    name, ident = el.get("class"), el.get("id")
    if not name and not ident:
        return None  # no name to read (a link's or an image's attributes)
    names = camel_words(f"{name or ''} {id_name(ident)}").lower()
    # a wrapper holding most of the article is never furniture, whatever its name;
    # a list of links is never that wrapper (a list of prose items may be the article:
    # a recipe's steps, a listicle)
    not_wrapper = size < 0.5 * total or (
        tag in rules.NEVER_ARTICLE_WRAPPERS
        and linked >= rules.NAMED_LIST_LINK_DENSITY * max(1, size)
    )
    if names.strip() and not_wrapper and names_furniture(names):
        return f"furniture: named {' '.join(names.split())[:60]!r}"
    return None


def _heads(el: HtmlElement) -> bool:
    """Whether ``el`` is a heading's text or holds a heading: an accordion's question."""
    parent = el.getparent()
    if parent is not None and parent.tag in rules.HEADING_TAGS:
        return True
    return next(el.iter(*rules.HEADING_TAGS), None) is not None


def _labelled_links(el: HtmlElement, size: int, linked: int) -> bool:
    """A block of a label that is a boilerplate phrase ("Siehe auch") and links only."""
    label = norm(el.text or "")
    if not label or len(label) > rules.LABELLED_LINKS_LABEL_MAX_CHARS:
        return False
    rest = size - _solid(el.text)
    return rest - linked <= rules.LABELLED_LINKS_UNLINKED * rest and is_boilerplate(label)


def _lone_cell(cell: HtmlElement) -> bool:
    """Whether ``cell`` is the only cell of its table holding any text."""
    table = next(cell.iterancestors("table"), None)
    if table is None:
        return False
    return not any(
        other is not cell and other.text_content().strip()
        for other in table.iter(*rules.PHRASE_CELL_TAGS)
    )


def link_density(el: HtmlElement, size: int) -> float:
    linked = sum(len(norm(a.text_content())) for a in el.iter("a"))
    return linked / max(1, size)


def _has_prose(el: HtmlElement) -> bool:
    """Whether a block holds a real paragraph (a sentence outside links)."""
    for p in el.iter("p"):
        text = norm(p.text_content())
        if len(text) > 150 and link_density(p, len(text)) < 0.3:
            return True
    return False


def _credited_items(el: HtmlElement) -> bool:
    """Whether a list of links reads as sentences: each item (at least
    :data:`rules.CREDITED_LIST_MIN_ITEMS`) a word of its own (a name: not a date, not
    a label "Video:") and a link of at least :data:`rules.CREDITED_LIST_LINK_WORDS`
    words that carries the sentence on in lower case ("Ana Ruiz <a>fixed the crash when
    a tab closes</a>"), not a headline: a menu's or a related list's links go."""
    items = [li for li in el.iter("li") if norm(li.text_content())]
    if len(items) < rules.CREDITED_LIST_MIN_ITEMS:
        return False
    for li in items:
        links = [norm(a.text_content()) for a in li.iter("a")]
        if not any(
            len(t.split()) >= rules.CREDITED_LIST_LINK_WORDS and t[0].islower() for t in links
        ):
            return False
        own = norm(li.text_content())
        for t in links:
            own = own.replace(t, " ", 1)
        words = [w for w in own.split() if any(ch.isalpha() for ch in w)]
        if not words or words[-1].endswith(":"):
            return False
    return True


def _copy_clean(src: HtmlElement, dst: HtmlElement, url: str | None, pre: bool = False) -> None:
    """Append ``src``'s content to ``dst``, keeping only the allowed tags and attributes.

    Runs of whitespace collapse to one space, as a browser shows them,
    except inside ``<pre>``.
    """
    if src.text:
        _append_text(dst, src.text if pre else collapse(src.text))
    for child in src:
        if isinstance(child.tag, str):
            tag = child.tag.lower()
            if tag in rules.NOT_CONTENT_TAGS:
                pass
            elif tag == "table" and not _is_data_table(child):
                _flatten_block(child, dst, url)
            elif tag in rules.KEEP_BLOCK_TAGS or tag in rules.KEEP_INLINE_TAGS or tag == "h1":
                new = etree.SubElement(dst, "h2" if tag == "h1" else tag)
                for attr in rules.KEEP_ATTRIBUTES.get(tag, ()):
                    value = child.get(attr)
                    if value is None:
                        continue
                    if attr in ("href", "src"):
                        value = value.strip()
                        if value in ("", "#"):
                            continue  # would become a link to the page itself
                        if value.lower().startswith(("javascript:", "data:", "vbscript:")):
                            continue
                        if url:
                            value = _joined(url, value)
                    new.set(attr, value)
                _copy_clean(child, new, url, pre or tag == "pre")
            elif tag in rules.TEXT_BLOCK_TAGS or tag in ("td", "th", "tr", "tbody", "thead"):
                _flatten_block(child, dst, url)
            else:
                _copy_clean(child, dst, url, pre)
        if child.tail:
            _append_text(dst, child.tail if pre else collapse(child.tail))


def _flatten_block(src: HtmlElement, dst: HtmlElement, url: str | None) -> None:
    """Unwrap a div-like block: its loose text becomes paragraphs, its blocks move up."""
    tmp = new_element("div")
    _copy_clean(src, tmp, url)
    para: HtmlElement | None = None
    if tmp.text and tmp.text.strip():
        para = etree.SubElement(dst, "p")
        para.text = tmp.text
    for child in list(tmp):
        if child.tag in rules.BLOCK_OUT_TAGS or (child.tag in ("li",) and dst.tag in ("ul", "ol")):
            tail = child.tail
            child.tail = None
            dst.append(child)
            para = None
            if tail and tail.strip():
                para = etree.SubElement(dst, "p")
                para.text = tail
        elif child.tag == "br" and para is None:
            continue
        else:
            if para is None:
                para = etree.SubElement(dst, "p")
            para.append(child)


def _joined(url: str, link: str) -> str:
    """``urljoin(url, link)``, remembered for links of a usual length: both candidates,
    and the page's menus, repeat the same links."""
    if len(url) + len(link) < rules.CACHED_LINK_MAX_CHARS:
        return _joined_cached(url, link)
    return urljoin(url, link)


_joined_cached = lru_cache(maxsize=4096)(urljoin)


def _append_text(dst: HtmlElement, text: str) -> None:
    # dst[-1], not len(dst): lxml counts children one by one, and a block of
    # thousands of <br>-separated lines made every append walk them all
    try:
        last = dst[-1]
    except IndexError:
        dst.text = (dst.text or "") + text
    else:
        last.tail = (last.tail or "") + text


def _is_data_table(table: HtmlElement) -> bool:
    """A table of data (kept as a table), not a layout table (unwrapped)."""
    if table.find(".//table") is not None:
        return False
    if any(el.tag in ("p", "ul", "ol", "blockquote", "h1", "h2", "h3") for el in table.iter()):
        return False  # cells holding paragraphs: a page laid out with a table
    rows = table.findall(".//tr")
    if not rows:
        return False
    widest = max(len([c for c in r if c.tag in ("td", "th")]) for r in rows)
    return widest >= 2 or table.find(".//th") is not None


def _drop_empty(root: HtmlElement) -> None:
    """Remove blocks with no text and no image (left over after cleaning).

    Whether each element holds any is found once, bottom-up; an element is
    judged on its own insides, which no earlier removal has changed.
    """
    filled: dict[HtmlElement, bool] = {}
    _filled(root, filled)
    for el in list(root.iter()):
        if el is root or el.tag in ("br", "hr", "img", "td", "th"):
            continue
        if not filled[el]:
            el.drop_tree()


def _filled(el: HtmlElement, filled: dict[HtmlElement, bool]) -> bool:
    """Whether ``el`` holds an image or text that isn't white space (its own tail aside)."""
    found = el.tag == "img" or bool(el.text and not el.text.isspace())
    for child in el:
        # every child is measured, so each has its answer
        found = _filled(child, filled) or found
        found = found or bool(child.tail and not child.tail.isspace())
    filled[el] = found
    return found


_STRUCTURAL = ("ul", "ol", "dl", "table", "thead", "tbody", "tfoot", "tr", "blockquote", "figure")
_TRIMMED = (
    "p",
    "li",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "figcaption",
    "td",
    "th",
    "dt",
    "dd",
    "caption",
)


def _trim_blocks(root: HtmlElement) -> None:
    """No space at the start or end of a block, one line break between top-level blocks."""
    for el in root.iter(*_TRIMMED):
        if el.text:
            el.text = el.text.lstrip()
        if len(el):
            last = el[-1]
            last.tail = last.tail.rstrip() if last.tail else last.tail
        elif el.text:
            el.text = el.text.rstrip()
    for el in root.iter(*_STRUCTURAL):
        if el.text and not el.text.strip():
            el.text = None
        for child in el:
            if child.tail and not child.tail.strip():
                child.tail = None
    root.text = None
    for child in root:
        child.tail = "\n"


def _drop_teaser_tail(root: HtmlElement, sites: frozenset[str], stripped: list[Stripped]) -> None:
    """Teasers for the site's other stories ending the body (see :data:`rules.TEASER_MIN_ITEMS`).

    Read from the end: each teaser is a heading linking to another page of the
    site, with at most its one short standfirst under it; right above the run
    stands its label, a heading without a link that says it is other stories
    (:data:`rules.TEASER_LABEL`: "More opinion", "Other columns").
    """
    blocks = list(root)
    start, items = len(blocks), 0
    while start > 0:
        last = blocks[start - 1]
        if _teaser_heading(last, sites):
            start -= 1
        elif (
            start > 1
            and last.tag == "p"
            and len(norm(last.text_content())) <= rules.TEASER_MAX_CHARS
            and _teaser_heading(blocks[start - 2], sites)
        ):
            start -= 2
        else:
            break
        items += 1
    if items < rules.TEASER_MIN_ITEMS or not start:
        return
    label = blocks[start - 1]
    said = norm(label.text_content())
    if label.tag not in rules.HEADING_TAGS or label.find(".//a") is not None:
        return
    if not (rules.TEASER_LABEL.match(said) or is_boilerplate(said)):
        return
    if any(norm(el.text_content()).endswith("?") for el in blocks[start:] if el.tag != "p"):
        return
    start -= 1
    run = sum(len(norm(el.text_content())) for el in blocks[start:])
    if run > rules.TEASER_MAX_SHARE * len(norm(root.text_content())):
        return
    for el in blocks[start:]:
        _drop(el, "teasers for other stories", stripped)


def _teaser_heading(el: HtmlElement, sites: frozenset[str]) -> bool:
    """A heading that is mostly a link to another page of this site."""
    if el.tag not in rules.HEADING_TAGS or el.find(".//a[@href]") is None:
        return False
    density = link_density(el, len(norm(el.text_content())))
    return density >= rules.TEASER_HEADING_LINKED and not leads_off_site(el, sites)


def _drop_inline_teasers(
    root: HtmlElement, sites: frozenset[str], stripped: list[Stripped]
) -> None:
    """Paragraphs that are a label and a link to another story of the site ("Related: …"),
    see :data:`rules.INLINE_TEASER_LABEL_WORDS`."""
    for el in list(root.iterchildren("p")):
        links = el.findall(".//a[@href]")
        if len(links) != 1 or leads_off_site(el, sites):
            continue
        text = norm(el.text_content())
        link = norm(links[0].text_content())
        if (
            len(link.split()) < rules.INLINE_TEASER_HEADLINE_WORDS
            or len(text) > rules.PHRASE_MAX_CHARS
        ):
            continue
        if len(link) < rules.INLINE_TEASER_LINKED * len(text):
            continue
        label, _, after = text.partition(link)
        label = label.strip()
        if after.strip() or not label or not _teaser_label(label, link):
            continue
        if not rules.INLINE_REFERENCE_LABEL.search(label):
            _drop(el, "teaser for another story", stripped)


def _teaser_label(label: str, link: str) -> bool:
    """A teaser's label: a few words and a mark ("Related:"), or fewer and none before a
    headline ("Läs också Förskolekön växer"); not a sentence's opening words ("Relive
    <a>the live coverage of the vote.</a>")."""
    words = len(label.split())
    if label.endswith(rules.INLINE_TEASER_LABEL_ENDS):
        return words <= rules.INLINE_TEASER_LABEL_WORDS
    return (
        words <= rules.INLINE_TEASER_BARE_LABEL_WORDS
        and label[-1].isalpha()
        and (link[:1].isupper() or link[:1].isdigit())
    )
