"""Taking back what readability skipped between two parts of the article it kept."""

from __future__ import annotations

import bisect
import copy
import itertools
import re
from typing import cast

from lxml.html import HtmlElement
from readability.readability import REGEXES

from clipper.extract.html import rules as rules
from clipper.extract.html.clean import id_name, link_density, names_furniture
from clipper.extract.html.readable import tidy_links
from clipper.extract.html.tree import NAME_WORDS, new_element, norm, norm_prefix

# --- taking back what readability skipped between two parts it kept -------------

_SENTENCE_END = re.compile(r"[.!?:;…。！？」”\"')]$")


def fill_gaps(page: HtmlElement, frag: HtmlElement) -> bool:
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
    # A block repeated more than a few times (the same paragraph, identical table
    # rows) can't tell one position from another: it anchors nothing, and pairing
    # every copy with every copy would take memory in the square of their number.
    copies = {k: v for k, v in copies.items() if len(v) <= rules.GAP_MAX_COPIES}
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
    have = norm(frag.text_content())
    taken: dict[str, tuple[HtmlElement, HtmlElement]] = {}  # text: (block, what it follows)
    for (before, anchor), (after, _) in gaps:
        for unit in _prose_between(units[before + 1 : after], holder, have):
            # the same block twice in a gap (desktop and mobile copies) comes back once
            taken.setdefault(norm(unit.text_content()), (unit, anchor))
    # More coming back than readability kept: not gaps but another block.
    if not taken or sum(map(len, taken)) > len(have):
        return False
    last: dict[int, HtmlElement] = {}  # where the next block of each gap goes
    for unit, anchor in taken.values():
        copied = copy.deepcopy(unit)
        copied.tail = None
        tidy_links(copied)
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
    # (the opening is at least GAP_MIN_KEY_CHARS long just when the whole text is)
    key = norm_prefix(el.text_content(), rules.GAP_KEY_CHARS)
    return key if len(key) >= rules.GAP_MIN_KEY_CHARS else ""


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
    prose: list[HtmlElement] = []
    for unit in units:
        if _gap_furniture(unit, holder):
            continue
        if _gap_prose(unit, have):
            prose.append(unit)
        elif (label := _list_label(unit, have)) is not None:
            # an introduced list ("What you'll need:" over its items) comes back
            # with its label; a label that is a block of the gap is taken once
            if label in units:
                if prose and prose[-1] is label:
                    prose.pop()
            else:
                said = norm(label.text_content())
                label = new_element("p")
                label.text = said
            prose.extend((label, unit))
    return [
        unit
        for i, unit in enumerate(prose)
        if unit.tag not in rules.HEADING_TAGS
        or (i + 1 < len(prose) and prose[i + 1].tag not in rules.HEADING_TAGS)
    ]


def _list_label(el: HtmlElement, have: str) -> HtmlElement | None:
    """The label introducing a list of short items, when the list reads as one.

    A list whose items are too short to read as prose (a how-to's materials, a
    recipe's ingredients) comes back when the element right before it is a short
    label ending in ":" ("What you'll need:", "Zutaten:") and the list is no list
    of links: GAP_LABELLED_LIST_MIN_ITEMS items or more, at most
    GAP_LABELLED_LIST_ITEM_WORDS words each, hardly any link text.
    """
    if el.tag not in ("ul", "ol"):
        return None
    label = el.getprevious()
    if label is None or not isinstance(label.tag, str) or label.tag in rules.GAP_SKIP_TAGS:
        return None
    said = norm(label.text_content())
    if not said.endswith(":") or len(said.split()) > rules.GAP_LABEL_MAX_WORDS:
        return None
    if rules.GAP_POLL_LABEL.search(said):
        return None  # a poll's options, not the article's list
    text = norm(el.text_content())
    if not text or text[: rules.GAP_KEY_CHARS] in have:
        return None
    items = [norm(item.text_content()) for item in el if isinstance(item.tag, str)]
    if len(items) < rules.GAP_LABELLED_LIST_MIN_ITEMS or not all(items):
        return None
    if any(len(item.split()) > rules.GAP_LABELLED_LIST_ITEM_WORDS for item in items):
        return None
    if link_density(el, len(text)) > rules.GAP_LABELLED_LIST_LINKED:
        return None
    return cast(HtmlElement, label)


def _gap_furniture(el: HtmlElement, holder: HtmlElement) -> bool:
    """Whether the block or an element around it, up to ``holder``, is furniture."""
    node: HtmlElement | None = el
    while node is not None and node is not holder:
        if node.tag in rules.GAP_SKIP_TAGS or node.get("aria-hidden") == "true":
            return True
        if (node.get("role") or "").lower() in rules.BOILERPLATE_ROLES:
            return True
        names = f"{node.get('class') or ''} {id_name(node.get('id'))}".lower()
        if names.strip() and (
            names_furniture(names)
            or any(part in rules.GAP_SKIP_NAMES for part in NAME_WORDS.split(names))
            # what readability itself weighs down and drops inside its block
            or (REGEXES["negativeRe"].search(names) and not REGEXES["positiveRe"].search(names))
        ):
            return True
        node = node.getparent()
    return False


def _gap_prose(el: HtmlElement, have: str) -> bool:
    """Whether a block reads as article text readability doesn't already have."""
    text = norm(el.text_content())
    if not text or text[: rules.GAP_KEY_CHARS] in have or text[-rules.GAP_KEY_CHARS :] in have:
        return False  # readability has it (edited), or a pull quote repeats it
    if link_density(el, len(text)) > rules.GAP_MAX_LINK_DENSITY:
        return False
    words = len(text.split())
    if el.tag in rules.HEADING_TAGS:
        return words <= rules.GAP_HEADING_MAX_WORDS
    if el.tag == "table":
        return False
    if el.tag in ("ul", "ol", "dl"):
        items = [norm(item.text_content()) for item in el if isinstance(item.tag, str)]
        return bool(items) and words / len(items) >= rules.GAP_LIST_ITEM_WORDS
    return words >= rules.GAP_MIN_WORDS or (
        words >= rules.GAP_MIN_SENTENCE_WORDS and _SENTENCE_END.search(text) is not None
    )
