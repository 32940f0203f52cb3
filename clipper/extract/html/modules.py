"""Page modules set inside the article block, known by name and confirmed by shape.

A photo gallery, a reader poll, a caption set as a block of its own, a wire
story's dateline, a fact sheet beside the text (a match's score and scorers): sites
name them plainly (:data:`rules.GALLERY_TOKENS`, :data:`rules.POLL_TOKENS`,
:data:`rules.CAPTION_TOKENS`, :data:`rules.FACT_SHEET_TOKENS`), in any language, and
each has a shape of its own that an article's part named the same does not have.
Each function returns the elements found and why; :mod:`.clean` drops them, or sets
a caption apart. Three work on the whole page: :func:`drop_slideshows` (before either
candidate), a gallery whose slides count themselves, set beside the article;
:func:`drop_named_widgets` (before either candidate), a match's score board, a league
table and a paid-content badge (:data:`rules.SCOREBOARD_TOKENS`,
:data:`rules.STANDINGS_TOKENS`, :data:`rules.PREMIUM_TOKENS`); and
:func:`drop_fact_sheets` (before trafilatura reads the page).
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Callable

from lxml.html import HtmlElement

from clipper.extract.html import rules as rules
from clipper.extract.html.prose import Prose
from clipper.extract.html.tree import NAME_WORDS, NAMED, name_parts, new_element, norm


def page_modules(frag: HtmlElement) -> tuple[list[tuple[HtmlElement, str]], list[HtmlElement]]:
    """The galleries, polls, datelines and fact sheets to drop (with the reason), and
    the captions to set apart.

    One walk, outermost first: what is inside a module found is not looked at.
    """
    drops: list[tuple[HtmlElement, str]] = []
    captions: list[HtmlElement] = []
    # the block's text size, measured when first asked (a gallery's or a poll's name):
    # the walk changes nothing, and most blocks name neither
    total = functools.cache(lambda: len(norm(frag.text_content())))
    stack = list(reversed(frag))
    while stack:
        el = stack.pop()
        if not isinstance(el.tag, str):
            continue
        found = _module(el, total)
        if found == "caption":
            captions.append(el)
        elif found == "steps":
            continue  # a carousel of steps is text: its slides are not galleries either
        elif found:
            drops.append((el, found))
        else:
            stack.extend(reversed(el))
    return drops, captions


def _module(el: HtmlElement, total: Callable[[], int]) -> str | None:
    cls, ident = el.get("class"), el.get("id")
    if not cls and not ident:
        return None  # most elements: no name
    names = f"{cls or ''} {ident or ''}".lower()
    if not names.strip() or len(names) > rules.CACHED_NAME_MAX_CHARS:
        return None
    gallery, poll, caption, dateline, facts = _named_kinds(names)
    if gallery and (kind := _gallery(el, total())):
        return kind
    if poll and _poll(el, total()):
        return "furniture: reader poll"
    if facts and _fact_sheet(el, total()):
        return rules.FACT_SHEET_REASON
    if caption and _caption(el):
        return "caption"
    if dateline and _dateline(el):
        return "dateline"
    return None


@functools.lru_cache(maxsize=4096)
def _named_kinds(names: str) -> tuple[bool, bool, bool, bool, bool]:
    """Whether a class-and-id name (lower-cased, short) names a gallery, a poll, a caption,
    a dateline or a fact sheet (none when it names content); a page repeats its names."""
    words = set(NAME_WORDS.split(names))
    if not words.isdisjoint(rules.CONTENT_TOKENS):
        return False, False, False, False, False
    return (
        not words.isdisjoint(rules.GALLERY_TOKENS),
        not words.isdisjoint(rules.POLL_TOKENS),
        not words.isdisjoint(rules.CAPTION_TOKENS),
        not words.isdisjoint(rules.DATELINE_TOKENS),
        not words.isdisjoint(rules.FACT_SHEET_TOKENS),
    )


def drop_named_datelines(root: HtmlElement) -> None:
    """Drop the page's inline datelines (:data:`rules.DATELINE_INLINE_TAGS` named as one)
    before trafilatura reads it: its rebuilt HTML has no names left to find them by."""
    for el in list(root.iter(*rules.DATELINE_INLINE_TAGS)):
        names = f"{el.get('class') or ''} {el.get('id') or ''}".lower()
        if not names.strip() or len(names) > rules.CACHED_NAME_MAX_CHARS:
            continue
        if not set(NAME_WORDS.split(names)).isdisjoint(rules.DATELINE_TOKENS) and _dateline(el):
            el.drop_tree()  # its tail, the story's first words, stays


def drop_fact_sheets(root: HtmlElement) -> None:
    """Drop the page's fact sheets (:func:`_fact_sheet`) before trafilatura reads it:
    its rebuilt HTML has no names left to find them by, and a sheet's table and lines
    would read to it as more of the report."""
    body = root.find("body")
    if body is None:
        return
    total = functools.cache(lambda: len(norm(body.text_content())))
    gone: list[HtmlElement] = []
    for el in body.iter(*rules.NAMED_FURNITURE_TAGS):
        names = f"{el.get('class') or ''} {el.get('id') or ''}".lower()
        if not names.strip() or len(names) > rules.CACHED_NAME_MAX_CHARS:
            continue
        if _named_kinds(names)[4] and _fact_sheet(el, total()):
            gone.append(el)
    for el in gone:
        if not any(g in el.iterancestors() for g in gone):
            el.drop_tree()


def _dateline(el: HtmlElement) -> bool:
    """A dateline: a few words, no sentence of the story's (a named lead paragraph)."""
    words = norm(el.text_content()).split()
    return 0 < len(words) <= rules.DATELINE_MAX_WORDS


def _gallery(el: HtmlElement, total: int) -> str | None:
    """A gallery's slides (:data:`rules.GALLERY_REASON`): pictures, their short captions
    and the controls, never a heading or a paragraph longer than a caption (a photo
    story's text), and never most of the block (the article is the gallery). A
    carousel of steps is ``"steps"``: it stays, and so do its slides."""
    text = norm(el.text_content())
    if not text or len(text) >= 0.5 * total or _has(el, rules.HEADING_TAGS):
        return None  # pictures alone stay pictures; a heading makes it a section
    if not _has(el, rules.GALLERY_PICTURE_TAGS):
        return None
    paragraphs = [norm(p.text_content()) for p in el.iter("p", "li", "blockquote")]
    if any(len(t) > rules.CAPTION_MAX_CHARS for t in paragraphs):
        return None
    return "steps" if _steps(el, [t for t in paragraphs if t]) else rules.GALLERY_REASON


def counted_slides(el: HtmlElement) -> bool:
    """Whether a gallery's slides count themselves ("1/50", "2 of 50"): at least
    :data:`rules.SLIDE_COUNTERS_MIN` counters under one total, stepping by one, each the
    whole text of an element. With headings and captions of sentences, such a gallery
    is still a slideshow (:func:`drop_slideshows` drops one set beside an article of
    its own)."""
    counts: list[tuple[int, int]] = []
    for inner in el.iter():
        if len(inner) or not isinstance(inner.tag, str) or not inner.text:
            continue
        m = rules.SLIDE_COUNTER.fullmatch(inner.text.strip())
        if m:
            counts.append((int(m["k"]), int(m["n"])))
    if len(counts) < rules.SLIDE_COUNTERS_MIN or len({n for _, n in counts}) != 1:
        return False
    steps = [b[0] - a[0] for a, b in itertools.pairwise(counts)]
    return all(step == 1 for step in steps) and counts[-1][0] <= counts[-1][1]


def _steps(el: HtmlElement, paragraphs: list[str]) -> bool:
    """Whether a carousel's paragraphs are prose, the steps of a recipe or a how-to
    (:data:`rules.GALLERY_PROSE_MIN_SLIDES`), not its pictures' captions."""
    alts = {norm(img.get("alt") or "") for img in el.iter("img")}
    prose = sum(
        1
        for t in paragraphs
        if len(t.split()) >= rules.GALLERY_PROSE_MIN_WORDS
        and t.endswith((".", "!", "?", "…"))
        and t not in alts
        and not rules.CAPTION_CREDIT.search(t)
    )
    return prose >= rules.GALLERY_PROSE_MIN_SLIDES and 2 * prose > len(paragraphs)


def _poll(el: HtmlElement, total: int) -> bool:
    """A poll: short, not most of the block, with its answers as buttons or inputs
    or a count of the votes cast ("1,204 votes"; the buttons may be gone already)."""
    text = norm(el.text_content())
    if len(text) >= 0.5 * total or len(text) > rules.CAPTION_MAX_CHARS:
        return False
    return _has(el, rules.POLL_ANSWER_TAGS) or any(
        rules.POLL_VOTES.match(norm(inner.text_content()))
        for inner in el.iterdescendants(*rules.POLL_COUNT_TAGS)
    )


def _fact_sheet(el: HtmlElement, total: int) -> bool:
    """A fact sheet (:data:`rules.FACT_SHEET_TOKENS`): short, not most of the block, no
    paragraph longer than a caption (a report's own section named so has prose)."""
    text = norm(el.text_content())
    if not text or len(text) >= 0.5 * total or len(text) > rules.FACT_SHEET_MAX_CHARS:
        return False
    return all(
        len(norm(p.text_content())) <= rules.CAPTION_MAX_CHARS
        for p in el.iter("p", "li", "blockquote")
    )


def _caption(el: HtmlElement) -> bool:
    """A caption's block: short text, no picture of its own (the wrapper of picture
    and caption is a figure, and keeps both), not a heading, not a figcaption already."""
    if el.tag not in rules.CAPTION_BLOCK_TAGS:
        return False  # a heading, a figure (picture and caption), a span in a sentence
    text = norm(el.text_content())
    if not text or len(text) > rules.CAPTION_MAX_CHARS:
        return False
    return not _has(el, rules.GALLERY_PICTURE_TAGS) and not _has(el, ("p", "ul", "ol", "table"))


def _has(el: HtmlElement, tags: tuple[str, ...] | frozenset[str]) -> bool:
    return any(True for _ in el.iterdescendants(*tags))


def set_apart(el: HtmlElement) -> None:
    """Make a caption's block a ``<figcaption>``: its words join the captions."""
    el.tag = "figcaption"
    for attr in list(el.attrib):
        del el.attrib[attr]


def gallery_captions(el: HtmlElement) -> HtmlElement | None:
    """A gallery's pictures and captions as a ``<figure>`` (its ``<img>``s and a
    ``<figcaption>`` for each caption), to stand where the gallery stood: its slides'
    words join the captions, its controls ("1 / 8", "View full screen": fewer than
    :data:`rules.GALLERY_CAPTION_MIN_WORDS` words) go."""
    texts: list[str] = []
    for inner in el.iter(*rules.GALLERY_CAPTION_TAGS):
        if any(True for _ in inner.iterdescendants(*rules.GALLERY_CAPTION_TAGS)):
            continue  # a slide's wrapper: its caption is inside it
        text = norm(inner.text_content())
        if len(text.split()) >= rules.GALLERY_CAPTION_MIN_WORDS and text not in texts:
            texts.append(text)
    pictures = [img for img in el.iter("img") if img.get("src")]
    if not texts and not pictures:
        return None
    figure = new_element("figure")
    for img in pictures:
        shown = new_element("img")
        for attr in ("src", "alt"):
            if (value := img.get(attr)) is not None:
                shown.set(attr, value)
        figure.append(shown)
    for text in texts:
        caption = new_element("figcaption")
        caption.text = text
        figure.append(caption)
    return figure


def drop_slideshows(root: HtmlElement) -> None:
    """Drop the galleries whose slides count themselves (:func:`counted_slides`)
    set beside an article of their own (:data:`rules.SLIDES_MIN_OUTSIDE_CHARS` of the
    page's prose outside), however long they are: a 50-slide "in pictures" box outweighs
    the story, and readability would take it for the article. Before either candidate
    reads the page."""
    body = root.find("body")
    if body is None:
        return
    galleries = [el for el in body.iter(*rules.NAMED_FURNITURE_TAGS) if _named_gallery(el)]
    if not galleries:
        return
    prose = Prose(root)
    gone: list[HtmlElement] = []
    for el in galleries:
        if any(g in el.iterancestors() for g in gone) or el.find(".//h1") is not None:
            continue
        outside = prose.page() - prose.inside(el)
        if outside >= rules.SLIDES_MIN_OUTSIDE_CHARS and counted_slides(el):
            gone.append(el)
    for el in gone:
        el.drop_tree()


def _named_gallery(el: HtmlElement) -> bool:
    """Whether a class or id token, or one ``-``/``_`` part of one, names a gallery
    (:data:`rules.GALLERY_TOKENS`; as :func:`_module` reads names)."""
    name, ident = el.get("class"), el.get("id")
    if not name and not ident:
        return False
    names = f"{name or ''} {ident or ''}".lower()
    return len(names) <= rules.CACHED_NAME_MAX_CHARS and _named_kinds(names)[0]


def drop_named_widgets(root: HtmlElement) -> None:
    """Drop a sports page's score board and league table, and a paid-content badge,
    each named so and shaped so (:func:`_widget`), before either candidate reads the page:
    readability keeps them in the article's column, and trafilatura's rebuilt HTML
    has no names left to find them by."""
    body = root.find("body")
    if body is None:
        return
    gone: list[HtmlElement] = []
    named: list[HtmlElement] = NAMED(body)  # type: ignore[assignment]
    for el in named:
        names = f"{el.get('class') or ''} {el.get('id') or ''}".lower()
        if not _WIDGET_PARTS.search(names):  # most names: no word of a widget's in them
            continue
        if any(g in el.iterancestors() for g in gone):
            continue
        if _widget(el):
            gone.append(el)
    for el in gone:
        el.drop_tree()  # its tail stays


_WIDGET_PARTS = name_parts(rules.SCOREBOARD_TOKENS | rules.STANDINGS_TOKENS | rules.PREMIUM_TOKENS)


def _widget(el: HtmlElement) -> bool:
    names = f"{el.get('class') or ''} {el.get('id') or ''}".lower()
    if len(names) > rules.CACHED_NAME_MAX_CHARS:
        return False
    scoreboard, standings, premium = _widget_kinds(names)
    if not (scoreboard or standings or premium) or el.find(".//h1") is not None:
        return False
    return (
        (scoreboard and _scoreboard(el))
        or (standings and _standings(el))
        or (premium and _premium_badge(el))
    )


@functools.lru_cache(maxsize=4096)
def _widget_kinds(names: str) -> tuple[bool, bool, bool]:
    """Whether a class-and-id name (lower-cased, short) names a score board, a league
    table or a paid-content badge (none when it names content)."""
    words = set(NAME_WORDS.split(names))
    if not words.isdisjoint(rules.CONTENT_TOKENS):
        return False, False, False
    return (
        not words.isdisjoint(rules.SCOREBOARD_TOKENS),
        not words.isdisjoint(rules.STANDINGS_TOKENS),
        not words.isdisjoint(rules.PREMIUM_TOKENS),
    )


def _scoreboard(el: HtmlElement) -> bool:
    """A score board: short, no paragraph of prose, the score an element of its own ("2:1")."""
    if len(norm(el.text_content())) > rules.SCOREBOARD_MAX_CHARS or _prose_inside(el):
        return False
    return any(
        not len(inner) and rules.SCOREBOARD_SCORE.fullmatch(norm(inner.text or ""))
        for inner in el.iter()
        if isinstance(inner.tag, str)
    )


def _standings(el: HtmlElement) -> bool:
    """A league table: a table whose first row names a points column, no prose beside it."""
    table = el if el.tag == "table" else el.find(".//table")
    if table is None or _prose_inside(el):
        return False
    row = next(table.iter("tr"), None)
    return row is not None and any(
        rules.STANDINGS_POINTS.fullmatch(norm(cell.text_content())) for cell in row.iter("th", "td")
    )


def _premium_badge(el: HtmlElement) -> bool:
    """A paid-content badge: a few words standing alone (no text of a sentence around it)."""
    if el.tag not in rules.PREMIUM_TAGS:
        return False
    text = norm(el.text_content())
    if (
        not text
        or len(text) > rules.PREMIUM_MAX_CHARS
        or len(text.split()) > rules.PREMIUM_MAX_WORDS
    ):
        return False
    previous, parent = el.getprevious(), el.getparent()
    before = previous.tail if previous is not None else parent.text if parent is not None else ""
    return not (before or "").strip() and not (el.tail or "").strip()


def _prose_inside(el: HtmlElement) -> bool:
    """Whether an element holds a paragraph longer than a caption (a report's text)."""
    return any(len(norm(p.text_content())) > rules.CAPTION_MAX_CHARS for p in el.iter("p"))
