"""The extract stage: an HTML page in, an :class:`~clipper.models.Article` out.

This is clipper's only adapter for readability-lxml. readability finds the
block of the page that holds the article; this module then removes the site
furniture readability lets through (share bars, newsletter boxes, related
links, author boxes, captions' credits…) using the rules in
:mod:`clipper.htmlrules`, rebuilds a small clean HTML fragment, renders its
plain text, and joins it with the metadata read by :mod:`clipper.metadata`.
What the rules removed is reported in ``Article.stripped`` with the reason.

When readability comes back with a scrap, an ``<article>``/``<main>``-like
container or the page's JSON-LD ``articleBody`` is used instead; when a
"read more" split or an ad slot cut the lead off its block, the paragraphs
before it are taken back.

Pure: no network, no disk; inputs are never changed.
"""

from __future__ import annotations

import bisect
import copy
import itertools
import re
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import urljoin

from lxml import etree
from lxml import html as lxml_html
from readability import Document
from readability.readability import REGEXES, Unparseable

from clipper.errors import NotAnArticle
from clipper.extract.html import rules as rules
from clipper.extract.html.metadata import Metadata, base_url, is_byline_line, read_metadata
from clipper.models import Article, Stripped
from clipper.untrusted import MAX_HTML_ELEMENTS, tame_tags, xml_safe

HtmlElement = lxml_html.HtmlElement

_LOCAL = threading.local()  # lxml parsers must not be shared between threads
_NOT_CONTENT = frozenset(
    {"script", "style", "noscript", "template", "head", "title", "meta", "link"}
)
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_WORD = re.compile(r"\w+")
_LINK_ATTRIBUTES = frozenset({"href", "src"})
_SPACE = re.compile(r"\s+")
# Elements judged by their whole text against the boilerplate phrases.
_PHRASE_TAGS = frozenset(
    {"p", "div", "span", "li", "h2", "h3", "h4", "h5", "h6", "section", "strong", "em", "a"}
)
_INLINE = frozenset({"span", "strong", "em", "a", "b", "i"})
# Elements judged by link density.
_LIST_TAGS = frozenset({"ul", "ol", "div", "section", "table", "dl"})


@dataclass(frozen=True, slots=True)
class Body:
    """The article body in both forms, plus the captions taken out of the text."""

    html: str
    text: str
    captions: tuple[str, ...]
    lead: str | None = None  # the first paragraph, the excerpt when the page gives none
    stripped: tuple[Stripped, ...] = ()  # what the furniture rules removed, and why


def extract(html: str | bytes, url: str | None = None) -> Article:
    """Extract the article text, clean HTML and metadata from one HTML page.

    ``bytes`` are decoded with :func:`clipper.decode.decode`; ``url`` (the
    page's address) makes links absolute and can supply a date. Raises
    :class:`~clipper.errors.NotAnArticle` when the page holds no article text.
    """
    # 1. decode and parse once; the tree stays inside this function
    text = _as_text(html)
    root = _parse(text, url)
    # 2. metadata, read before readability changes the tree
    meta = read_metadata(root, url)
    base = base_url(root, url)
    # 3. readability picks the article block; what it skipped between two
    #    parts it kept comes back
    block = _parse_fragment(_readability_summary(root))
    if block is not None:
        _fill_gaps(root, block)
    # 4. strip the furniture readability let through; rebuild clean HTML and text
    body = clean_body(block, meta, base)
    # 5. a semantic container when readability came back with much less
    body = _prefer_container(root, body, meta, base)
    # 6. paragraphs just before readability's block (a lead cut off by "read more")
    body = _recover_lead(root, body, meta, base)
    # 7. cross-check with JSON-LD articleBody when readability came back short
    body = _prefer_article_body(body, meta)
    if not body.text.strip():
        where = f" {url}" if url else " this page"
        raise NotAnArticle(
            f"No article text found in{where}; it may be empty, a script-only page or an index. "
            "Try the article's own URL, or save the page from a browser and clip the file."
        )
    excerpt = meta.excerpt or body.lead or _first_paragraph(body.text)
    return Article(
        text=body.text,
        html=body.html,
        title=meta.title,
        authors=meta.authors,
        byline=meta.byline,
        published=meta.published,
        modified=meta.modified,
        date_source=meta.date_source,
        site_name=meta.site_name,
        lang=meta.lang,
        excerpt=excerpt,
        image=meta.image,
        canonical_url=meta.canonical_url,
        section=meta.section,
        tags=meta.tags,
        captions=body.captions,
        kind="html",
        stripped=body.stripped,
    )


def _as_text(html: str | bytes) -> str:
    """The page as text lxml accepts (no NUL or stray C0 controls)."""
    if isinstance(html, bytes):
        from clipper.sources.decode import (
            decode,  # the decode stage: BOM, <meta charset>, detection
        )

        return xml_safe(decode(html).text)
    return xml_safe(html)


def _parse(text: str, url: str | None) -> HtmlElement:
    """Parse the page; an empty or unparseable page is not an article."""
    where = f" {url}" if url else " this page"
    if not text.strip():
        raise NotAnArticle(f"No article text found in{where}; the page is empty. Check the source.")
    # lxml refuses str with an XML encoding declaration; such pages are rare
    text = re.sub(r"^\s*<\?xml[^>]*\?>", "", text)
    try:
        root = lxml_html.document_fromstring(tame_tags(text), parser=_parser())
    except (etree.ParserError, ValueError) as exc:
        raise NotAnArticle(
            f"No article text found in{where}; the HTML can't be parsed ({exc}). "
            "Check that the source is a web page."
        ) from None
    # Extraction time grows with the element count; no article has this many.
    if (elements := sum(1 for _ in root.iter())) > MAX_HTML_ELEMENTS:
        raise NotAnArticle(
            f"Too many HTML elements in{where} ({elements:,}; clipper reads pages of up to "
            f"{MAX_HTML_ELEMENTS:,}). Check that the source is one article."
        )
    # libxml2 stops reading at 256 levels of nesting; say so when that left nothing.
    if any(e.type_name == "ERR_RESOURCE_LIMIT" for e in _parser().error_log):
        body = root.find("body")
        if body is None or not "".join(body.itertext()).strip():
            raise NotAnArticle(
                f"The HTML of{where} is nested more than 256 levels deep, deeper than clipper "
                "reads, and holds no text above that. Check that the source is a web page."
            )
    return root


def _parser() -> lxml_html.HTMLParser:
    """This thread's HTML parser (comments and processing instructions dropped)."""
    parser = getattr(_LOCAL, "parser", None)
    if parser is None:
        parser = _LOCAL.parser = lxml_html.HTMLParser(remove_comments=True, remove_pis=True)
    return parser


def _readability_summary(root: HtmlElement) -> str:
    """readability's article block as HTML. One ``Document`` per page.

    The ``Document`` gets our parsed tree (saving a second parse); it drops
    hidden elements from it and works on its own cleaned copy. It gets no
    URL: links are made absolute later, only in the block we keep, which
    saves rewriting every link of the page. ``<base>`` is removed first so
    that readability doesn't resolve links against it half-way.
    """
    for base in root.findall(".//base"):
        base.drop_tree()
    # what is never article text goes before readability copies and scores
    # the tree: less work for it, and nothing there to mislead its scoring
    for el in list(root.iter(*rules.PRE_READABILITY_DROP)):
        if el.getparent() is not None:
            el.drop_tree()
    try:
        return _Document(root).summary(html_partial=True)
    except Unparseable:
        return ""


class _Document(Document):
    """readability's ``Document`` with a leaner clean of the page before scoring.

    readability runs lxml_html_clean's ``Cleaner`` over the whole page, and
    most of that time goes on rewriting every link on the page to blank out
    ``javascript:`` URLs: a sixth of readability's time on a typical page.
    Links don't change what readability scores, and clipper rebuilds the kept
    block with its own allow-list of tags, attributes and URL schemes (see
    ``_copy_clean``), so here the page loses only what the Cleaner would have
    removed that readability can see: scripts, styles, stylesheet links,
    comments, processing instructions, event handlers and inline styles.
    """

    def _parse(self, input: HtmlElement) -> HtmlElement:  # type: ignore[override]
        self.encoding = "utf-8"
        # what readability itself drops first, from the page: hidden elements
        for el in input.xpath("//*[@hidden]"):
            el.drop_tree()
        for el in input.xpath("//*[@style]"):
            if REGEXES["displayNoneRe"].search(el.get("style")):
                el.drop_tree()
        # Then it works on a copy, as the Cleaner made one: a second attempt
        # (summary() retries less ruthlessly) starts again from the page.
        doc = copy.deepcopy(input)
        lxml_html.xhtml_to_html(doc)
        for el in doc.iter("image"):
            el.tag = "img"
        doomed = [
            el
            for el in doc.iter(
                "script", "style", "link", etree.Comment, etree.ProcessingInstruction
            )
            if el is not doc
        ]
        for el in reversed(doomed):
            el.drop_tree()
        for el in doc.iter(etree.Element):
            attrib = el.attrib
            for name in [n for n in attrib if n.startswith("on") or n == "style"]:
                del attrib[name]
            _tidy_link_attributes(attrib)
        return doc


def _tidy_links(root: HtmlElement) -> None:
    """Link addresses as browsers read them, without the spaces around them.

    lxml would write those spaces %-encoded into the address. An address it
    refuses to hold once tidied (a control character given as an entity) goes.
    """
    for el in root.iter(etree.Element):
        _tidy_link_attributes(el.attrib)


def _tidy_link_attributes(attrib: etree._Attrib) -> None:
    for name in _LINK_ATTRIBUTES.intersection(attrib):
        value = attrib[name]
        tidy = value.strip()
        if tidy != value:
            try:
                attrib[name] = tidy
            except ValueError:
                del attrib[name]


# --- taking back what readability skipped between two parts it kept -------------

_SENTENCE_END = re.compile(r"[.!?:;…。！？」”\"')]$")
_NAME_PARTS = re.compile(r"[\s_-]+")  # "author-bio_box" -> author, bio, box


def _fill_gaps(page: HtmlElement, frag: HtmlElement) -> bool:
    """Put back into readability's block the prose it dropped between two of its parts.

    An article split into several containers (sections between ad slots, a
    quote box, a list) loses the containers readability didn't pick. Blocks
    of the page that stand between two blocks readability kept, inside the
    element that holds all it kept, come back when they read as prose and no
    element around them is named as furniture. They then go through the same
    furniture cleaning as the rest. Says whether anything came back.
    """
    # The page's blocks that readability kept, each with readability's copy:
    # matched by their opening words (readability edits some inline markup),
    # and in the same order in both, the longest such chain (a dropped pull
    # quote repeating a later paragraph must not pair with that paragraph).
    copies: dict[str, list[tuple[int, HtmlElement]]] = {}
    for position, unit in enumerate(_gap_units(frag)):
        if key := _gap_key(unit):
            copies.setdefault(key, []).append((position, unit))
    units = _gap_units(page)
    pairs = [
        (i, position, copied)
        for i, unit in enumerate(units)
        # the same block's candidates last to first: a chain takes one of them
        for position, copied in reversed(copies.get(_gap_key(unit), []))
    ]
    matched = [(i, copied) for i, _, copied in _longest_chain(pairs)]
    gaps = [(a, b) for a, b in itertools.pairwise(matched) if b[0] - a[0] > 1]
    if not gaps:
        return False  # readability kept a run of blocks without holes: most pages
    if sum(b[0] - a[0] - 1 for a, b in gaps) > rules.GAP_MAX_BLOCKS:
        return False  # holes that big are another page's worth, not a gap
    holder = _common_ancestor([units[i] for i, _ in matched])
    if holder is None or holder.tag in ("body", "html"):
        return False
    have = _norm(frag.text_content())
    taken: dict[str, tuple[HtmlElement, HtmlElement]] = {}  # text: (block, what it follows)
    for (before, anchor), (after, _) in gaps:
        for unit in _prose_between(units[before + 1 : after], holder, have):
            # the same block twice in a gap (desktop and mobile copies) comes back once
            taken.setdefault(_norm(unit.text_content()), (unit, anchor))
    # More coming back than readability kept: not gaps but another block.
    if not taken or sum(map(len, taken)) > len(have):
        return False
    last: dict[int, HtmlElement] = {}  # where the next block of each gap goes
    for unit, anchor in taken.values():
        copied = copy.deepcopy(unit)
        copied.tail = None
        _tidy_links(copied)
        last.get(id(anchor), anchor).addnext(copied)
        last[id(anchor)] = copied
    return True


def _longest_chain(
    pairs: list[tuple[int, int, HtmlElement]],
) -> list[tuple[int, int, HtmlElement]]:
    """The longest run of ``pairs`` (in page order) whose second items increase too."""
    tails: list[int] = []  # the smallest last position of a chain of each length
    ends: list[int] = []  # which pair ends that chain
    before = [-1] * len(pairs)
    for n, (_, position, _) in enumerate(pairs):
        length = bisect.bisect_left(tails, position)
        if length == len(tails):
            tails.append(position)
            ends.append(n)
        else:
            tails[length] = position
            ends[length] = n
        before[n] = ends[length - 1] if length else -1
    chain: list[tuple[int, int, HtmlElement]] = []
    n = ends[-1] if ends else -1
    while n >= 0:
        chain.append(pairs[n])
        n = before[n]
    return chain[::-1]


def _gap_units(root: HtmlElement) -> list[HtmlElement]:
    """The text blocks under ``root`` in document order, none inside another."""
    units: list[HtmlElement] = []

    def walk(el: HtmlElement) -> None:
        for child in el:
            if not isinstance(child.tag, str):
                continue
            if child.tag in rules.GAP_UNITS:
                units.append(child)
            elif child.tag not in rules.GAP_SKIP_TAGS:
                walk(child)

    walk(root)
    return units


def _gap_key(el: HtmlElement) -> str:
    """What matches a block of the page with readability's copy of it ("" for short ones)."""
    text = _norm(el.text_content())
    return text[: rules.GAP_KEY_CHARS] if len(text) >= rules.GAP_MIN_KEY_CHARS else ""


def _common_ancestor(elements: list[HtmlElement]) -> HtmlElement | None:
    common = set(elements[0].iterancestors())
    for el in elements[1:]:
        common.intersection_update(el.iterancestors())
    return next((a for a in elements[0].iterancestors() if a in common), None)


def _prose_between(units: list[HtmlElement], holder: HtmlElement, have: str) -> list[HtmlElement]:
    """The blocks of one gap to take back: prose, and headings that lead prose.

    A heading must lead prose taken back from the same gap: one standing
    alone before readability's next part is as often a widget's label
    ("Contents", "Pros", "Cons") as a section's heading, so it stays out.
    """
    prose = [unit for unit in units if not _gap_furniture(unit, holder) and _gap_prose(unit, have)]
    return [
        unit
        for i, unit in enumerate(prose)
        if unit.tag not in _HEADINGS or (i + 1 < len(prose) and prose[i + 1].tag not in _HEADINGS)
    ]


def _gap_furniture(el: HtmlElement, holder: HtmlElement) -> bool:
    """Whether the block or an element around it, up to ``holder``, is furniture."""
    node: HtmlElement | None = el
    while node is not None and node is not holder:
        if node.tag in rules.GAP_SKIP_TAGS or node.get("aria-hidden") == "true":
            return True
        if (node.get("role") or "").lower() in rules.BOILERPLATE_ROLES:
            return True
        names = f"{node.get('class') or ''} {_id_name(node.get('id'))}".lower()
        if names.strip() and (
            _names_furniture(names)
            or any(part in rules.GAP_SKIP_NAMES for part in _NAME_PARTS.split(names))
            # what readability itself weighs down and drops inside its block
            or (REGEXES["negativeRe"].search(names) and not REGEXES["positiveRe"].search(names))
        ):
            return True
        node = node.getparent()
    return False


def _gap_prose(el: HtmlElement, have: str) -> bool:
    """Whether a block reads as article text readability doesn't already have."""
    text = _norm(el.text_content())
    if not text or text[: rules.GAP_KEY_CHARS] in have or text[-rules.GAP_KEY_CHARS :] in have:
        return False  # readability has it (edited), or a pull quote repeats it
    if _link_density(el, len(text)) > rules.GAP_MAX_LINK_DENSITY:
        return False
    words = len(text.split())
    if el.tag in _HEADINGS:
        return words <= rules.GAP_HEADING_MAX_WORDS
    if el.tag == "table":
        return False
    if el.tag in ("ul", "ol", "dl"):
        items = [_norm(item.text_content()) for item in el if isinstance(item.tag, str)]
        return bool(items) and words / len(items) >= rules.GAP_LIST_ITEM_WORDS
    return words >= rules.GAP_MIN_WORDS or (
        words >= rules.GAP_MIN_SENTENCE_WORDS and _SENTENCE_END.search(text) is not None
    )


# --- cleaning the body ---------------------------------------------------------


def _parse_fragment(html: str) -> HtmlElement | None:
    """A block of HTML as the ``<body>`` lxml puts it in (None when there is nothing)."""
    if not html.strip():
        return None
    try:
        # None for a frameset, or nothing at all
        return lxml_html.document_fromstring(html, parser=_parser()).find("body")
    except (etree.ParserError, ValueError):
        return None


def clean_body(summary: str | HtmlElement | None, meta: Metadata, url: str | None) -> Body:
    """Remove furniture from readability's block; rebuild clean HTML and text."""
    frag = _parse_fragment(summary) if isinstance(summary, str) else summary
    if frag is None:
        return Body("", "", ())
    stripped: list[Stripped] = []
    _drop_furniture(frag, stripped)
    clean = lxml_html.Element("div")
    _flatten_block(frag, clean, url)
    _drop_empty(clean)
    _trim_blocks(clean)
    _drop_title_and_byline(clean, meta, stripped)
    _drop_author_bio(clean, meta, stripped)
    captions = tuple(
        c
        for c in (
            rules.CAPTION_CREDIT.sub("", _norm(fc.text_content()))
            for fc in clean.iter("figcaption")
        )
        if c
    )
    text = "\n\n".join(_text_blocks(clean))
    inner = "".join(lxml_html.tostring(child, encoding="unicode", method="html") for child in clean)
    lead = next((t for t in (_norm(p.text_content()) for p in clean.iter("p")) if t), None)
    return Body(inner.strip(), text, captions, lead, tuple(stripped))


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
            el.tag not in _INLINE or parent_size <= size + 2 or parent_linked >= 0.9 * parent_size
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
    if tag in rules.FURNITURE_TAGS or tag in _NOT_CONTENT:
        return f"furniture: <{tag}>"
    role = (el.get("role") or "").lower()
    if role in rules.BOILERPLATE_ROLES:
        return f"furniture: role={role}"
    if el.get("aria-hidden") == "true" and tag not in ("img", "figure", "picture"):
        return "furniture: aria-hidden"
    names = f"{el.get('class') or ''} {_id_name(el.get('id'))}".lower()
    # a wrapper holding most of the article is never furniture, whatever its name
    if names.strip() and size < 0.5 * total and _names_furniture(names):
        return f"furniture: named {' '.join(names.split())[:60]!r}"
    if whole and tag in _PHRASE_TAGS and 0 < size <= rules.PHRASE_MAX_CHARS:
        text = _norm(el.text_content())
        if len(text) <= rules.PHRASE_MAX_CHARS and rules.BOILERPLATE_PHRASE.match(text):
            return "boilerplate phrase"
    density = linked / max(1, size)
    in_part = 0 < size < 0.5 * total
    if in_part and tag in _LIST_TAGS and density > rules.LINK_DENSITY_MAX and not _has_prose(el):
        return "furniture: mostly links"
    return None


def _id_name(value: str | None) -> str:
    """An element id worth matching: not a slug of a heading ("sharing-with-a-repo")."""
    if not value or len(re.split(r"[-_]", value)) > 3:
        return ""
    return value


@lru_cache(maxsize=4096)
def _names_furniture(names: str) -> bool:
    tokens = names.split()
    if any(t in rules.CONTENT_TOKENS for t in tokens):
        return False
    for token in tokens:
        if token in rules.BOILERPLATE_TOKENS:
            return True
        if any(part in rules.BOILERPLATE_TOKENS for part in re.split(r"[-_]", token) if part):
            return True
    return any(s in names for s in rules.BOILERPLATE_SUBSTRINGS)


def _link_density(el: HtmlElement, size: int) -> float:
    linked = sum(len(_norm(a.text_content())) for a in el.iter("a"))
    return linked / max(1, size)


def _has_prose(el: HtmlElement) -> bool:
    """Whether a block holds a real paragraph (a sentence outside links)."""
    for p in el.iter("p"):
        text = _norm(p.text_content())
        if len(text) > 150 and _link_density(p, len(text)) < 0.3:
            return True
    return False


def _drop(el: HtmlElement, reason: str, stripped: list[Stripped]) -> None:
    """Remove an element (its tail text stays) and note what went, and why."""
    text = _norm(" ".join(el.itertext()))
    if text:
        stripped.append(Stripped(text if len(text) <= 300 else text[:299] + "…", reason))
    el.drop_tree()


def _copy_clean(src: HtmlElement, dst: HtmlElement, url: str | None, pre: bool = False) -> None:
    """Append ``src``'s content to ``dst``, keeping only the allowed tags and attributes.

    Runs of whitespace collapse to one space, as a browser shows them,
    except inside ``<pre>``.
    """
    if src.text:
        _append_text(dst, src.text if pre else _SPACE.sub(" ", src.text))
    for child in src:
        if isinstance(child.tag, str):
            tag = child.tag.lower()
            if tag in _NOT_CONTENT:
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
                            value = urljoin(url, value)
                    new.set(attr, value)
                _copy_clean(child, new, url, pre or tag == "pre")
            elif tag in rules.TEXT_BLOCK_TAGS or tag in ("td", "th", "tr", "tbody", "thead"):
                _flatten_block(child, dst, url)
            else:
                _copy_clean(child, dst, url, pre)
        if child.tail:
            _append_text(dst, child.tail if pre else _SPACE.sub(" ", child.tail))


_BLOCK_OUT = frozenset(
    {
        "p",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "ul",
        "ol",
        "blockquote",
        "pre",
        "table",
        "figure",
        "dl",
        "hr",
    }
)


def _flatten_block(src: HtmlElement, dst: HtmlElement, url: str | None) -> None:
    """Unwrap a div-like block: its loose text becomes paragraphs, its blocks move up."""
    tmp = lxml_html.Element("div")
    _copy_clean(src, tmp, url)
    para: HtmlElement | None = None
    if tmp.text and tmp.text.strip():
        para = etree.SubElement(dst, "p")
        para.text = tmp.text
    for child in list(tmp):
        if child.tag in _BLOCK_OUT or (child.tag in ("li",) and dst.tag in ("ul", "ol")):
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


def _append_text(dst: HtmlElement, text: str) -> None:
    if len(dst):
        last = dst[-1]
        last.tail = (last.tail or "") + text
    else:
        dst.text = (dst.text or "") + text


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
    """Remove blocks with no text and no image (left over after cleaning)."""
    for el in list(root.iter()):
        if el is root or el.tag in ("br", "hr", "img", "td", "th"):
            continue
        if el.find(".//img") is None and not _norm(el.text_content()):
            el.drop_tree()


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


def _drop_title_and_byline(root: HtmlElement, meta: Metadata, stripped: list[Stripped]) -> None:
    """The headline and the byline are metadata, not body text."""
    title = _norm(meta.title or "").casefold()
    names = [a.casefold() for a in meta.authors]
    for i, el in enumerate(list(root)):
        if i > 4:
            break
        text = _norm(el.text_content())
        folded = text.casefold()
        if (
            el.tag in _HEADINGS
            and title
            and (folded == title or (folded in title and len(folded) > 20))
        ):
            _drop(el, "headline (kept as the title)", stripped)
        elif names and len(text) < 100 and any(n in folded for n in names):
            short = len(text) < 2 * sum(len(n) for n in names) + 10
            if short or rules.BYLINE_PREFIX.match(text):
                _drop(el, "byline (kept as the authors)", stripped)
        elif i < 3 and is_byline_line(text):
            _drop(el, "byline", stripped)


def _drop_author_bio(root: HtmlElement, meta: Metadata, stripped: list[Stripped]) -> None:
    """An unmarked bio at the end: "Jane Doe is a reporter covering…"."""
    if not meta.authors:
        return
    for el in list(root)[-rules.BIO_LAST_BLOCKS :]:
        text = _norm(el.text_content())
        if el.tag != "p" or len(text) > rules.BIO_MAX_CHARS:
            continue
        for name in meta.authors:
            if text.casefold().startswith(name.casefold()) and rules.AUTHOR_BIO.match(
                text[len(name) :]
            ):
                _drop(el, "author bio", stripped)
                break


# --- text rendering ------------------------------------------------------------


def _text_blocks(root: HtmlElement) -> Iterator[str]:
    """The plain-text blocks of the clean fragment, without figure captions.

    Whitespace in the source collapses as a browser would; only ``<br>``
    breaks a line inside a block, and ``<pre>`` keeps its lines.
    """
    buf: list[str] = []

    def add(text: str | None) -> None:
        if text:
            buf.append(_SPACE.sub(" ", text))

    def flush() -> Iterator[str]:
        joined = "".join(buf)
        buf.clear()
        lines = [_cells(" ".join(line.split())) for line in joined.split("\n")]
        block = "\n".join(line for line in lines if line)
        if block:
            yield block

    def walk(el: HtmlElement) -> Iterator[str]:
        tag = el.tag
        if tag == "figcaption":
            add(el.tail)
            return
        if tag == "pre":
            yield from flush()
            pre = el.text_content().strip("\n")
            if pre.strip():
                yield pre
            add(el.tail)
            return
        # a table is one block, a row one line of it
        block = tag != "tr" and (tag in rules.TEXT_BLOCK_TAGS or tag == "caption")
        if block:
            yield from flush()
        if tag in ("br", "tr"):
            buf.append("\n")
        elif tag in ("td", "th"):
            buf.append(_CELL)
        add(el.text)
        for child in el:
            yield from walk(child)
        if block:
            yield from flush()
        add(el.tail)

    for child in root:
        yield from walk(child)
    yield from flush()


_CELL = "\ue000"  # marks a table cell's start while a row's text is gathered


def _cells(line: str) -> str:
    """A table row's cells joined with " | "; other lines unchanged."""
    if _CELL not in line:
        return line
    return " | ".join(c.strip() for c in line.split(_CELL) if c.strip())


# --- fallbacks -------------------------------------------------------------------


def _prefer_container(root: HtmlElement, body: Body, meta: Metadata, url: str | None) -> Body:
    """Use an ``<article>``/``<main>``-like container that holds much more prose."""
    have = len(body.text)
    if have >= rules.FALLBACK_SHORT_BODY:
        return body
    best: Body | None = None
    for el in root.xpath(rules.ARTICLE_CONTAINERS):
        prose = _prose_length(el)
        if prose < rules.FALLBACK_MIN_CHARS or prose < rules.FALLBACK_PROSE_RATIO * have:
            continue
        html = lxml_html.tostring(el, encoding="unicode", method="html")
        candidate = clean_body(html, meta, url)
        if (
            len(candidate.text) >= rules.FALLBACK_CLEAN_RATIO * max(have, 1)
            and _covers(candidate.text, body.text) >= rules.FALLBACK_COVER
            and (best is None or len(candidate.text) < len(best.text))
        ):
            best = candidate  # the smallest container that is clearly better
    return best or body


def _recover_lead(root: HtmlElement, body: Body, meta: Metadata, url: str | None) -> Body:
    """Take back prose paragraphs that stand just before readability's block."""
    first = body.text.split("\n\n", 1)[0]
    if len(first) < rules.LEAD_MIN_CHARS:
        return body
    anchor = next((p for p in root.iter("p") if _norm(p.text_content()) == first), None)
    if anchor is None:
        return body
    found: list[HtmlElement] = []  # nearest first
    size = 0
    node: HtmlElement | None = anchor
    for _ in range(rules.LEAD_CLIMB):
        if node is None or node.tag in ("body", "html"):
            break
        stop = False
        for sib in node.itersiblings(preceding=True):
            kind = _lead_kind(sib, body.text, meta.authors)
            if kind == "stop":
                stop = True
                break
            if kind == "prose":
                size += len(_norm(sib.text_content()))
                if size > rules.LEAD_MAX_CHARS:
                    return body
                found.append(sib)
        if stop:
            break
        node = node.getparent()
    if not found:
        return body
    html = "".join(lxml_html.tostring(el, encoding="unicode") for el in reversed(found))
    lead = clean_body(f"<div>{html}</div>", meta, url)
    if not lead.text:
        return body
    return Body(
        lead.html + "\n" + body.html,
        lead.text + "\n\n" + body.text,
        lead.captions + body.captions,
        lead.lead or body.lead,
        lead.stripped + body.stripped,
    )


def _lead_kind(el: HtmlElement, have: str, authors: tuple[str, ...]) -> str:
    """ "prose" to take back, "skip" to pass over, or "stop" to end the search."""
    if not isinstance(el.tag, str) or el.tag in ("script", "style", "noscript", "figure"):
        return "skip"
    if el.tag in rules.LEAD_STOP_TAGS or el.find(".//h1") is not None:
        return "stop"
    names = f"{el.get('class') or ''} {_id_name(el.get('id'))}".lower()
    if "caption" in names or "media" in names or (names.strip() and _names_furniture(names)):
        return "skip"
    text = _norm(el.text_content())
    if not text:
        return "skip"
    if text in have:
        return "stop"  # readability already has it: we are inside its block
    if len(text) < 200 and (
        any(a in text for a in authors) or re.search(r"\d{1,2}[./]\d{1,2}[./]\d{2,4}", text)
    ):
        return "skip"  # a byline or dateline
    paragraphs = [el] if el.tag == "p" else list(el.iter("p"))
    prose = [_norm(p.text_content()) for p in paragraphs]
    if not paragraphs or any(len(t) < rules.LEAD_MIN_CHARS for t in prose if t):
        return "stop"
    if _link_density(el, len(text)) > rules.LEAD_MAX_LINK_DENSITY:
        return "stop"
    return "prose"


def _covers(bigger: str, smaller: str) -> float:
    """The share of ``smaller``'s words that ``bigger`` also has."""
    words = _WORD.findall(smaller.lower())
    if not words:
        return 1.0
    have = set(_WORD.findall(bigger.lower()))
    return sum(w in have for w in words) / len(words)


def _prose_length(el: HtmlElement) -> int:
    """Characters of text outside links, scripts and styles."""
    texts = el.xpath(
        ".//text()[not(ancestor::script) and not(ancestor::style) and not(ancestor::a)]"
    )
    return sum(len(t.strip()) for t in texts)


# --- the JSON-LD cross-check ---------------------------------------------------


def _prefer_article_body(body: Body, meta: Metadata) -> Body:
    """Use JSON-LD ``articleBody`` when readability found clearly less than it."""
    ld = meta.article_body
    if not ld or len(ld) < 500:
        return body
    if len(body.text) >= 0.6 * len(ld):
        return body
    ours = set(_WORD.findall(body.text.lower()))
    theirs = _WORD.findall(ld.lower())
    if ours and sum(w in ours for w in theirs) / len(theirs) > 0.9:
        return body
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n|\n", ld) if p.strip()] or [ld]
    clean = lxml_html.Element("div")
    for p in paragraphs:
        etree.SubElement(clean, "p").text = " ".join(p.split())
    html = "".join(lxml_html.tostring(c, encoding="unicode") for c in clean)
    text = "\n\n".join(" ".join(p.split()) for p in paragraphs)
    return Body(html, text, body.captions, text.split("\n\n")[0], body.stripped)


def _first_paragraph(text: str) -> str | None:
    for block in text.split("\n\n"):
        if len(block) > 40:
            return block if len(block) <= 300 else block[:297].rsplit(" ", 1)[0] + "…"
    return None


def _norm(text: str) -> str:
    return " ".join(text.split())
