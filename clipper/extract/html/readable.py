"""clipper's only adapter for readability-lxml: the page's article block as HTML."""

from __future__ import annotations

import copy
import functools
import re
from typing import Any, cast

from lxml import etree
from lxml import html as lxml_html
from lxml.html import HtmlElement
from readability import Document
from readability.readability import REGEXES, Unparseable

from clipper.extract.html import rules as rules
from clipper.extract.html.chrome import mail_form_box
from clipper.extract.html.clean import id_name, names_whole_furniture
from clipper.extract.html.kept import article_note, heading_button, summary_box
from clipper.extract.html.layout import drop_layout_cells
from clipper.extract.html.links import section_heading
from clipper.extract.html.prose import Prose, text_length
from clipper.extract.html.readhelpers import clean_length as _clean_length
from clipper.extract.html.readhelpers import install
from clipper.extract.html.stories import run_holder
from clipper.extract.html.tree import new_element, parse_fragment
from clipper.untrusted import MAX_HTML_ELEMENTS, xml_safe


def readability_summary(root: HtmlElement, sites: frozenset[str] = frozenset()) -> str:
    """readability's article block as HTML. One ``Document`` per page.

    ``sites`` are the page's own sites (:func:`~.links.page_sites`): a heading
    that is a link to one of them is a teaser, and goes as readability has it go.

    The ``Document`` gets our parsed tree (saving a second parse); it drops
    hidden elements from it and works on its own cleaned copy. It gets no
    URL: links are made absolute later, only in the block we keep, which
    saves rewriting every link of the page. ``<base>`` is removed first so
    that readability doesn't resolve links against it half-way.
    """
    for base in root.findall(".//base"):
        base.drop_tree()
    _open_templates(root)
    # what is never article text goes before readability copies and scores
    # the tree: less work for it, and nothing there to mislead its scoring
    _drop_unread(root)
    # ...and of a page laid out in a table, the cells beside the article's
    drop_layout_cells(root)
    try:
        return _Document(root, sites).summary(html_partial=True)
    except Unparseable:
        return ""


def _drop_unread(root: HtmlElement) -> None:
    """Drop the elements neither extractor reads (:data:`rules.PRE_READABILITY_DROP`).

    Outermost first: what is inside a dropped element is not looked at again, so
    a page nesting sidebars 256 deep costs no more than one.
    """
    prose = Prose(root)
    gone: set[HtmlElement] = set()  # the ones a dropped element took with it
    for el in list(root.iter(*rules.PRE_READABILITY_DROP)):
        if el in gone or el.getparent() is None:
            continue
        if el.tag == "button" and heading_button(el):
            el.drop_tag()  # its words are the heading's: an accordion's question
            continue
        if el.tag == "aside" and (article_note(el) or summary_box(el)):
            el.drop_tag()  # "Correction: …", "Key points" set in an <aside> in the article
            continue
        if not _holds_article(el, prose):
            if el.tag == "form":
                el = mail_form_box(el, prose)  # a sign-up form's prompt goes with it
            gone.update(el.iter(*rules.PRE_READABILITY_DROP))
            el.drop_tree()


def drop_named_furniture(root: HtmlElement) -> None:
    """Drop the page's blocks named as furniture (share bars, related posts, author
    boxes, comments…: :data:`rules.BOILERPLATE_TOKENS`) before trafilatura reads it.

    readability's block keeps its class names, and :func:`~.clean.clean_body`
    drops such blocks from it; trafilatura's rebuilt HTML has no names left, so
    its candidate is cleaned here, on the page. Only containers shaped as furniture
    too (:data:`rules.NAMED_FURNITURE_TAGS`, :func:`_furniture_shape`), never one
    around the headline or the article, nor a listicle's item, nor half the page's prose.
    """
    body = root.find("body")
    if body is None:
        return
    named = [el for el in body.iter(*rules.NAMED_FURNITURE_TAGS) if _named_furniture(el)]
    if not named:
        return
    prose = Prose(root)
    dropped: set[HtmlElement] = set()
    for el in named:
        if any(a in dropped for a in el.iterancestors()):
            continue
        # the prose first: a block holding the article is passed over with one look
        if prose.inside(el) >= rules.SIDE_ARTICLE_PROSE_SHARE * prose.page():
            continue
        if el.find(".//h1") is not None or el.xpath(rules.ARTICLE_INSIDE):
            continue
        if not _furniture_shape(el, prose) or _listicle_item(el):  # prose, not furniture
            continue
        dropped.add(el)
        el.drop_tree()


def _named_furniture(el: HtmlElement) -> bool:
    """Whether a whole class or id token, or a name of several parts
    (:data:`rules.BOILERPLATE_SUBSTRINGS`), names furniture; never one ``-``/``_``
    part of a token (``pub-review``, ``comment-piece``)."""
    name, ident = el.get("class"), el.get("id")
    if not name and not ident:
        return False  # most elements: no name to read
    return names_whole_furniture(f"{name or ''} {id_name(ident)}".lower())


def _furniture_shape(el: HtmlElement, prose: Prose) -> bool:
    """Whether a named block is shaped like furniture too: little prose or mostly links."""
    if prose.inside(el) < rules.NAMED_FURNITURE_MAX_PROSE:
        return True
    linked = sum(text_length(a) for a in el.iter("a"))
    return linked >= rules.NAMED_FURNITURE_LINK_DENSITY * max(1, text_length(el))


def _listicle_item(el: HtmlElement) -> bool:
    """Whether ``el`` is one of a run of same-named siblings with paragraphs (a listicle)."""
    parent, name = el.getparent(), el.get("class")  # never None: <body> is above
    alike = [s for s in parent if s.tag == el.tag and s.get("class") == name]
    return sum(next(s.iter("p"), None) is not None for s in alike) >= rules.LISTICLE_MIN_ITEMS


_ARTICLE_INSIDE = etree.XPath(rules.ARTICLE_INSIDE)  # compiled once, not per element


def _holds_article(el: HtmlElement, prose: Prose) -> bool:
    """Whether an element readability never needs holds the article after all.

    A menu, sidebar or footer the parser wrapped around the article (an unclosed
    ``<li>`` or ``<aside>`` above it) holds its ``<article>`` or ``<main>``; a
    ``<noscript>`` holding the page itself (what a browser without JavaScript
    shows) holds paragraphs; a sidebar, footer or form a page put its text in
    holds half or more of the page's paragraph text.
    """
    if el.tag in rules.DROP_UNLESS_ARTICLE_INSIDE and _ARTICLE_INSIDE(el):
        return True
    if el.tag == "noscript":
        return prose.inside(el) >= rules.NOSCRIPT_PAGE_MIN_CHARS
    if el.tag in rules.DROP_UNLESS_MOST_PROSE_INSIDE:
        mine = prose.inside(el)
        return mine > 0 and mine >= rules.SIDE_ARTICLE_PROSE_SHARE * prose.page()
    return False


def _open_templates(root: HtmlElement) -> None:
    """Put the HTML held in template scripts (``type="text/template"``) in the page.

    Some blog engines ship the post's body as a template that a script writes
    into the page: a browser shows it, and readers see it as the article.
    Only templates inside the page's body, and only as many elements as a page
    may hold in all, so a hostile page can't grow without bound.
    """
    budget = MAX_HTML_ELEMENTS
    for script in list(root.iter("script")):
        kind = (script.get("type") or "").strip().lower()
        if kind not in rules.TEMPLATE_SCRIPT_TYPES or not _is_markup(script.text or ""):
            continue
        if script.getparent() is None or next(script.iterancestors("body"), None) is None:
            continue
        frag = parse_fragment(f"<div>{xml_safe(script.text or '')}</div>")
        holder = frag[0] if frag is not None and len(frag) else None
        if holder is None:
            continue
        budget -= sum(1 for _ in holder.iter())
        if budget < 0:
            return
        holder.tail = script.tail
        script.getparent().replace(script, holder)


def _is_markup(text: str) -> bool:
    """Whether a template's text is markup for the reader (HTML, or a Handlebars/Mustache
    template opening with a ``{{…}}`` block), not something for a script: JSON data
    (``{"type": …}``), or code a consent manager holds back until the reader agrees.

    CDATA sections and comments around it are only wrappers.
    """
    text = text.strip()
    for _ in range(2):  # "<!--<![CDATA[ … ]]>-->": each wrapper once (a page may nest no more)
        for opening, closing in rules.TEMPLATE_WRAPPERS:
            text = text.removeprefix(opening).removesuffix(closing).strip()
    return text.startswith(("<", "{{"))


def _block_words(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """The element names readability's "holds a block" pattern looks for (``<p``, ``<div``…).

    None when the pattern is not of that simple form (then readability's own
    test runs).
    """
    found = re.fullmatch(r"<\(([a-z|]+)\)", pattern.pattern)
    if found is None or pattern.flags & re.I == 0:
        return None
    return tuple(found[1].split("|"))


_BLOCK_WORDS = _block_words(REGEXES["divToPElementsRe"])
install()  # readability's debug messages only when shown; its text_length counted
# raw text in an HTML serialisation (scripts, styles): there the markup itself is asked
_RAW_TEXT = etree.XPath("boolean(descendant-or-self::script | descendant-or-self::style)")
# readability's tests of an unlikely candidate, compiled once (not on every call)
_IN_CODE = etree.XPath("boolean(ancestor-or-self::pre | ancestor-or-self::code)")
_HEADING_PARAGRAPHS = etree.XPath(
    "descendant-or-self::p[.//h1 or .//h2 or .//h3 or .//h4 or .//h5 or .//h6]"
)
_HOLDS_MAIN = etree.XPath(
    "boolean(descendant-or-self::main | descendant-or-self::article | descendant-or-self::math)"
)


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

    # each element's text length while score_paragraphs runs (None outside it,
    # where the tree changes between calls)
    _lengths: dict[HtmlElement, int] | None = None

    def __init__(self, root: HtmlElement, sites: frozenset[str] = frozenset()) -> None:
        super().__init__(root)
        self._sites = sites

    def tags(self, node: HtmlElement, *tag_names: str) -> Any:
        """readability's elements by tag; of the headings its last clean asks for (to drop
        those weighed down by name or more than a third links), not one whose links all
        lead off the site or within the page (:data:`rules.READABILITY_HEADINGS`)."""
        found = super().tags(node, *tag_names)
        if tag_names != rules.READABILITY_HEADINGS:
            return found
        return (h for h in found if self.class_weight(h) < 0 or not section_heading(h, self._sites))

    def get_clean_html(self) -> str:
        # readability made a <div> of inline children a <p>; one holding a heading
        # (<div class="related"><h4>Related</h4><a>…</a></div>) is a <div> again for
        # the block's HTML: a <p> can't hold a heading, and the block read back would
        # close the paragraph at it, leaving the box's words outside its name
        for p in cast(list[HtmlElement], _HEADING_PARAGRAPHS(self.html)):
            p.tag = "div"
        return cast(str, super().get_clean_html())

    def _parse(self, input: HtmlElement) -> HtmlElement:
        self.encoding = "utf-8"
        # what readability itself drops first, from the page: hidden elements,
        # found in one pass asking each element only for its attributes' names
        hidden: list[HtmlElement] = []
        styled: list[HtmlElement] = []
        for el in input.iter(etree.Element):
            if names := el.keys():
                if "hidden" in names:
                    hidden.append(el)
                if "style" in names:
                    styled.append(el)
        for el in hidden:
            el.drop_tree()
        for el in styled:
            # one inside a hidden element went with it: dropping it again from
            # there changes nothing on the page
            if el.getparent() is not None and REGEXES["displayNoneRe"].search(el.get("style")):
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
        # one pass over the elements, asking each only for its attributes' names
        # (quicker than an XPath per kind of attribute)
        for el in doc.iter(etree.Element):
            if (names := el.keys()) and not _PLAIN_NAMES.issuperset(names):
                _untangle(el, names)
        return doc

    def get_preserved_elements(self, node: HtmlElement) -> dict[HtmlElement, bool]:
        """readability's kept elements, and the wrappers of a code block.

        readability's last clean drops a ``<div>`` with less than 25 characters of
        text: a one-line command set in a ``<pre>`` inside a highlighter's or a
        copy button's wrapper went with it. A wrapper holding little more than
        its ``<pre>`` (:data:`rules.CODE_WRAPPER_EXTRA_CHARS`) stays.
        """
        allowed = cast(dict[HtmlElement, bool], super().get_preserved_elements(node))
        for pre in node.iter("pre"):
            size = len(pre.text_content().strip())
            for wrapper in pre.iterancestors():
                if wrapper is node or wrapper.tag not in rules.CODE_WRAPPER_TAGS:
                    break
                if len(wrapper.text_content().strip()) > size + rules.CODE_WRAPPER_EXTRA_CHARS:
                    break
                allowed[wrapper] = True
        return allowed

    # The methods below are readability's own (readability-lxml 0.9), with the
    # same result computed in less time: the comments say what changed.

    def remove_unlikely_candidates(self) -> None:
        # only elements with a class or an id can match: asked of lxml at once,
        # instead of building a name for every element of the page; and each
        # name is matched once a page (a page repeats its class names)
        unlikely: dict[str, bool] = {}
        for elem in _named(self.html):
            s = "{} {}".format(elem.get("class", ""), elem.get("id", ""))
            if len(s) < 2:
                continue
            named = unlikely.get(s)
            if named is None:
                named = unlikely[s] = _unlikely_name(s)
            if (
                named
                and elem.tag not in ["html", "body"]
                and not _IN_CODE(elem)
                and not _HOLDS_MAIN(elem)
            ):
                elem.drop_tree()

    def transform_misused_divs_into_paragraphs(self) -> None:
        # readability asks whether an element holds a block by serialising it and
        # searching the markup for "<p", "<div", "<table"…: on a page of nested
        # divs that serialises the page once per level. Asked of the elements
        # instead, once for the page, bottom-up (see _blocks).
        if _BLOCK_WORDS is None:
            return super().transform_misused_divs_into_paragraphs()
        blocks = _blocks(self.html, _BLOCK_WORDS)
        inline_tags = rules.READABILITY_INLINE_TAGS
        for elem in self.tags(self.html, "div"):
            if not any(_is_block(child, blocks) for child in elem):
                elem.tag = "p"

        for elem in self.tags(self.html, "div"):
            children = list(elem)
            paragraph = None
            if elem.text and elem.text.strip():
                p = new_element("p")
                p.text = elem.text
                elem.text = None
                elem.insert(0, p)
                paragraph = p

            for child in children:
                if child.tag == "br":
                    paragraph = None
                    continue
                if child.tag not in inline_tags or _is_block(child, blocks, html=True):
                    paragraph = None
                    continue
                if paragraph is None:
                    paragraph = new_element("p")
                    child.addprevious(paragraph)
                paragraph.append(child)

            for pos, child in reversed(list(enumerate(elem))):
                if child.tail and child.tail.strip():
                    p = new_element("p")
                    p.text = child.tail
                    child.tail = None
                    elem.insert(pos + 1, p)
                if child.tag == "br":
                    child.drop_tree()
        return None

    def score_paragraphs(self) -> dict[HtmlElement, dict[str, Any]]:
        # scoring doesn't change the tree: each element's text length is measured
        # once (readability measures a link again for each candidate around it),
        # and readability's clean() runs only the substitutions that can match
        min_len = self.min_text_length
        candidates: dict[HtmlElement, dict[str, Any]] = {}
        ordered = []
        self._lengths = {}
        try:
            for elem in self.tags(self._html(), "p", "pre", "td", "blockquote"):
                parent_node = elem.getparent()
                if parent_node is None:
                    continue
                grand_parent_node = parent_node.getparent()
                # clean() changes only white space: the commas are the text's own
                inner_text = elem.text_content() or ""
                inner_text_len = _clean_length(inner_text)
                if inner_text_len < min_len:
                    continue
                if parent_node not in candidates:
                    candidates[parent_node] = self.score_node(parent_node)
                    ordered.append(parent_node)
                if grand_parent_node is not None and grand_parent_node not in candidates:
                    candidates[grand_parent_node] = self.score_node(grand_parent_node)
                    ordered.append(grand_parent_node)
                content_score: float = 1
                content_score += inner_text.count(",") + 1
                content_score += min((inner_text_len / 100), 3)
                candidates[parent_node]["content_score"] += content_score
                if grand_parent_node is not None:
                    candidates[grand_parent_node]["content_score"] += content_score / 2.0
            for elem in ordered:
                candidates[elem]["content_score"] *= 1 - self.get_link_density(elem)
        finally:
            self._lengths = None
        return candidates

    def class_weight(self, e: HtmlElement) -> int:
        # each class or id name is weighed once (a page repeats its names), as
        # readability weighs it when no keywords of the caller's own are given
        if self.positive_keywords or self.negative_keywords:
            return int(super().class_weight(e))
        return sum(_name_weight(feature) for feature in (e.get("class"), e.get("id")) if feature)

    def select_best_candidate(self, candidates: dict[HtmlElement, Any]) -> Any:
        """readability's best candidate; when it is one of a run of like posts (a live
        blog's), the element holding the run (:func:`~.stories.run_holder`)."""
        best = super().select_best_candidate(candidates)
        holder = run_holder(best["elem"]) if best else None
        if holder is None:
            return best
        return candidates.get(holder) or {"elem": holder, "content_score": best["content_score"]}

    def get_link_density(self, elem: HtmlElement) -> float:
        lengths = self._lengths
        if lengths is None:
            lengths = {}  # outside scoring the tree changes between calls
        link_length = 0
        for i in elem.findall(".//a"):
            link_length += _length(i, lengths)
        if not link_length:
            # 0 / length is 0.0 whatever the length: a block without link text is
            # not measured (half the candidates; a big one's text is the costly part)
            return 0.0
        return float(link_length) / max(_length(elem, lengths), 1)


def _words(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """The words of a case-insensitive pattern that is only ``word|word|…`` (else None)."""
    if pattern.flags & re.I == 0 or not re.fullmatch(r"[a-z-]+(\|[a-z-]+)*", pattern.pattern):
        return None
    return tuple(pattern.pattern.split("|"))


_UNLIKELY_WORDS = _words(REGEXES["unlikelyCandidatesRe"])
_MAYBE_WORDS = _words(REGEXES["okMaybeItsACandidateRe"])
# the same words as one search each (a substring test, in C)
_UNLIKELY_IN = re.compile("|".join(map(re.escape, _UNLIKELY_WORDS or ("(?!)",))))
_MAYBE_IN = re.compile("|".join(map(re.escape, _MAYBE_WORDS or ("(?!)",))))


def _unlikely_name(name: str) -> bool:
    """readability's verdict on a class-and-id name: unlikely, and not maybe a candidate.

    For an ASCII name, its case-insensitive patterns are plain substring tests
    (outside ASCII, case folds such as "ſ" for "s" need the patterns themselves).
    """
    if _UNLIKELY_WORDS is None or _MAYBE_WORDS is None or not name.isascii():
        return bool(
            REGEXES["unlikelyCandidatesRe"].search(name)
            and not REGEXES["okMaybeItsACandidateRe"].search(name)
        )
    low = name.lower()
    return _UNLIKELY_IN.search(low) is not None and _MAYBE_IN.search(low) is None


def _name_weight(name: str) -> int:
    """readability's weight for one class or id name: -25 if it reads as furniture,
    +25 if as content (both, or neither: 0); remembered for short names only."""
    if len(name) < rules.CACHED_NAME_MAX_CHARS:
        return _name_weight_cached(name)
    return _weigh_name(name)


def _weigh_name(name: str) -> int:
    weight = 0
    if REGEXES["negativeRe"].search(name):
        weight -= 25
    if REGEXES["positiveRe"].search(name):
        weight += 25
    return weight


_name_weight_cached = functools.lru_cache(maxsize=4096)(_weigh_name)


def _named(root: HtmlElement) -> list[HtmlElement]:
    """The elements below ``root`` with a class or an id (the only ones readability weighs
    by name), in document order: ``descendant::*[@class or @id]``, found quicker."""
    return [
        e for e in root.iterdescendants(etree.Element) if "class" in (a := e.attrib) or "id" in a
    ]


def _length(el: HtmlElement, lengths: dict[HtmlElement, int]) -> int:
    """readability's ``text_length``, measured once per element in ``lengths``."""
    found = lengths.get(el)
    if found is None:
        found = lengths[el] = _clean_length(el.text_content() or "")
    return found


def _blocks(root: HtmlElement, words: tuple[str, ...]) -> dict[Any, bool]:
    """Whether each element's serialisation would show one of ``words`` as ``<word…``.

    lxml escapes ``<`` in text and attributes, so the markup shows ``<name``
    exactly for the elements in the subtree (and a comment or processing
    instruction, unescaped, for what its text holds). Changing a ``div`` into a
    ``p`` or wrapping inline children in a new ``p`` under a ``div`` (what
    readability does with the answers) leaves every answer as it was.
    """
    pattern = REGEXES["divToPElementsRe"]
    elements = list(root.iter())
    blocks: dict[Any, bool] = dict.fromkeys(elements, False)
    # an element's children before it: each tells its parent when it holds a block
    for el in reversed(elements):
        if not blocks[el]:
            tag = el.tag
            if isinstance(tag, str):
                own = tag.lower().startswith(words)
            else:
                markup = etree.tostring(el, encoding="unicode", with_tail=False)
                own = pattern.search(markup) is not None
            if not own:
                continue
            blocks[el] = True
        if el is not root:
            blocks[el.getparent()] = True
    return blocks


def _is_block(el: Any, blocks: dict[Any, bool], html: bool = False) -> bool:
    """Whether readability's pattern finds a block in ``el``'s serialisation."""
    found = blocks.get(el)
    if found is None or (html and _RAW_TEXT(el)):
        # scripts and styles are not escaped in HTML: ask the markup itself
        markup = etree.tounicode(el, method="html" if html else "xml")
        return REGEXES["divToPElementsRe"].search(markup) is not None
    return found


def tidy_links(root: HtmlElement) -> None:
    """Link addresses as browsers read them, without the spaces around them.

    lxml would write those spaces %-encoded into the address. An address it
    refuses to hold once tidied (a control character given as an entity) goes.
    """
    for el in root.iter(etree.Element):
        _tidy_link_attributes(el.attrib)


# Attribute names _untangle leaves as they are (no handler, no style, no link):
# most elements carry only these, and are passed over without the call
_PLAIN_NAMES = frozenset(
    name
    for name in ("class", "id", "type", "rel", "width", "height", "title", "alt", "name", "role")
    if not name.startswith("on") and name != "style" and name not in rules.LINK_ATTRIBUTES
)


def _untangle(el: HtmlElement, names: list[str]) -> None:
    """Take out an element's event handlers and inline style; tidy its link addresses."""
    attrib = el.attrib
    for name in names:
        if name.startswith("on") or name == "style":
            del attrib[name]
    if not rules.LINK_ATTRIBUTES.isdisjoint(names):
        _tidy_link_attributes(attrib)


def _tidy_link_attributes(attrib: etree._Attrib) -> None:
    for name in rules.LINK_ATTRIBUTES.intersection(attrib):
        value = attrib[name]
        tidy = value.strip()
        if tidy != value:
            try:
                attrib[name] = tidy
            except ValueError:
                del attrib[name]
