"""Which story of a page is its article, when the page holds several; a live blog's posts.

A news page that appends the next stories below the article (infinite scroll)
sets each in its own ``<article>`` with its own ``<h1>``, byline and date; the
longest of them is as often the next story as the article, so neither candidate
may choose by length. The story whose headline the page's title names is the
article: the others leave the page before either candidate reads it.

A live blog sets each post in an ``<article>`` of its own, its heading and time in
the post's ``<header>``; readability drops every element named as a header before
it reads the page, and the posts lost their headings. A post's header is opened
(its heading stays where it stood) when the post is one of a run of such posts.
And readability keeps one block: of a live blog's posts, or a page's like sections,
it kept one (readability-lxml even prefers an ``<article>`` nested in its choice);
the element holding the whole run is the article (:func:`run_holder`).
"""

from __future__ import annotations

import itertools

from lxml import etree
from lxml.html import HtmlElement

from clipper.extract.html import rules as rules
from clipper.extract.html.prose import text_length
from clipper.extract.html.tree import norm


def drop_other_stories(root: HtmlElement, title: str | None) -> None:
    """Drop the page's other stories when one story's headline is the page's title.

    The stories are the page's outermost ``<article>`` elements; a story's headline
    is its first ``<h1>``, else its first ``<h2>``, else an ``<h1>`` standing just above
    it (:data:`rules.STORY_HEADLINES`). After the story the title names go the stories
    appended below it (:func:`_appended`; unless they are :data:`rules.STORY_POST_RUN`
    or more: posts, replies) and the teaser cards (:func:`_card`)."""
    wanted = norm(title or "").casefold()
    if not wanted:
        return
    tops = [
        el
        for el in root.iter(rules.STORY_TAGS)
        if not any(a.tag == rules.STORY_TAGS for a in el.iterancestors())
    ]
    if len(tops) < 2:
        _drop_sibling_stories(root, wanted)
        return
    named = [s for s in tops if _names(s, wanted)]
    if len(named) != 1:
        return  # no story the title names, or several: an index of stories
    article = named[0]
    if _paragraphs(article) < rules.STORY_MIN_PARAGRAPHS:
        return  # a live blog's header over its posts, a briefing's first item
    later = tops[tops.index(article) + 1 :]
    appended = [s for s in later if _appended(s, wanted)]
    if len(appended) >= rules.STORY_POST_RUN:
        appended = []  # a live blog's posts or a thread's replies, not appended stories
    for story in later:
        if story in appended or _card(story):
            story.drop_tree()


def _drop_sibling_stories(root: HtmlElement, title: str) -> None:
    """Drop the stories appended after the named one when the page sets its stories in
    elements other than ``<article>`` (``<section>``, ``<div>``: any tag).

    The story is found from its headline: the page's one ``h1``/``h2`` that names the
    title (:func:`names_heading`); climbing from it, the first element holding an
    article's prose (:data:`rules.STORY_MIN_PARAGRAPHS` paragraphs), at most
    :data:`rules.STORY_CLIMB` levels up, is the story. Its later siblings of the same
    tag that are stories of their own (:func:`_appended_sibling`: a headline of the
    named one's rank, not the title's, prose, signed at its head) go, unless they are
    :data:`rules.STORY_POST_RUN` or more (posts).
    """
    head = named_headline(root, title)
    if head is None:
        return  # no headline the title names, or several: an index, a repeated title
    node = head
    for _ in range(rules.STORY_CLIMB):
        parent = node.getparent()
        if parent is None or parent.tag in ("body", "html"):
            return
        node = parent
        if _paragraphs(node) >= rules.STORY_MIN_PARAGRAPHS:
            break
    else:
        return
    parent = node.getparent()
    if parent is None or parent.tag == "html":
        return
    named_shape = _head_shape(node, head)  # once: a page may append thousands
    appended = []
    for sibling in node.itersiblings(node.tag):
        if _appended_sibling(sibling, title, head, named_shape):
            appended.append(sibling)
            if len(appended) >= rules.STORY_POST_RUN:
                return  # posts, not appended stories: the rest need not be read
    if not appended:
        return
    for story in appended:
        story.drop_tree()


def _headline(story: HtmlElement) -> HtmlElement | None:
    """The story's headline (see :func:`drop_other_stories`), or None."""
    for tag in rules.STORY_HEADLINES:
        found = story.find(f".//{tag}")
        if found is not None:
            return found
    above = story.getprevious()
    while above is not None and not isinstance(above.tag, str):
        above = above.getprevious()
    if above is not None and above.tag == "h1":
        return above
    return None


def _appended(story: HtmlElement, title: str) -> bool:
    """Whether a story after the named one is a story of its own appended below it: an
    article's prose (:data:`rules.STORY_MIN_PARAGRAPHS` paragraphs), a headline of
    :data:`rules.STORY_HEADLINE_WORDS` words that is not the title's ("Re: …"), signed."""
    head = _headline(story)
    if head is None or head.getparent() is story.getparent():
        return False
    if not _story_shaped(story, head, title):
        return False
    if head.tag == "h1":
        return _signed(story)
    return any(byline_named(el) for el in story.iter())


def _story_shaped(story: HtmlElement, head: HtmlElement, title: str) -> bool:
    heading = norm(head.text_content()).casefold()
    if len(heading.split()) < rules.STORY_HEADLINE_WORDS or title in heading:
        return False
    return _paragraphs(story) >= rules.STORY_MIN_PARAGRAPHS  # not a post, a reply


def _appended_sibling(
    story: HtmlElement,
    title: str,
    named_head: HtmlElement,
    named_shape: list[tuple[str, str]],
) -> bool:
    """Whether a later sibling of the named story (not an ``<article>``) is a story of its
    own: a headline of the named headline's rank (an article's part after an ad is
    headed a rank lower), story-shaped (:func:`_appended`), and signed at its head: a
    ``<time>`` or a byline before its first paragraph (an author box at the end of the
    article's body signs nothing; a byline is named so, or says a name and a date:
    :func:`dated_byline`), or a head of the named story's shape (one template
    rendered both: :func:`_head_shape`, whatever language its class names are in)."""
    head = _headline(story)
    if head is None or not _story_shaped(story, head, title):
        return False
    if head.tag != named_head.tag:
        return _signed_twice(story)
    shape = _head_shape(story, head)
    if any(cls for _, cls in shape) and shape == named_shape:
        return True
    for el in story.iter(etree.Element):
        if el.tag == "p" and text_length(el) >= rules.STORY_PARAGRAPH_CHARS:
            return False
        if el.tag == "time" or byline_named(el) or dated_byline(el):
            return True
    return False


def _signed_twice(story: HtmlElement) -> bool:
    """Whether a story headed a rank lower than the named one is yet a story of its own:
    before its first paragraph, both a byline (named so, or in words) and a date (a
    ``<time>``, or one written in a short line). An article's own section, headed a rank
    lower, carries neither."""
    byline = dated = False
    for el in story.iter(etree.Element):
        if el.tag == "p" and text_length(el) >= rules.STORY_PARAGRAPH_CHARS:
            break
        byline = byline or byline_named(el) or dated_byline(el)
        dated = dated or el.tag == "time" or dated_line(el)
        if byline and dated:
            return True
    return False


def dated_line(el: HtmlElement) -> bool:
    """A short line of its own holding a date ("1 March 2026", "Updated 2 March 2026")."""
    text = signature_text(el)
    return text is not None and rules.HEADLINE_DATE.search(text) is not None


def dated_byline(el: HtmlElement) -> bool:
    """A short line with no class to say so that reads as a byline and a date ("By Bob
    Ray, 1 March 2026"): a story's signature at its head, in words."""
    text = signature_text(el)
    return (
        text is not None
        and rules.BYLINE_PREFIX.match(text) is not None
        and rules.HEADLINE_DATE.search(text) is not None
    )


def signature_text(el: HtmlElement) -> str | None:
    """The text of a short line with no child element (:data:`rules.STORY_SIGNATURE_TAGS`,
    at most :data:`rules.STORY_SIGNATURE_MAX_CHARS`), else ``None``."""
    if el.tag not in rules.STORY_SIGNATURE_TAGS or len(el):
        return None
    text = norm(el.text_content())
    return text if 0 < len(text) <= rules.STORY_SIGNATURE_MAX_CHARS else None


def _head_shape(story: HtmlElement, head: HtmlElement) -> list[tuple[str, str]]:
    """The tags and classes around a story's headline: the headline's block up to the
    story, and the headline's siblings."""
    shape = [(head.tag, head.get("class") or "")]
    parent = head.getparent()
    if parent is not None:
        shape += [(s.tag, s.get("class") or "") for s in parent if isinstance(s.tag, str)]
    for el in head.iterancestors():
        if el is story:
            break
        shape.append((el.tag, el.get("class") or ""))
    return shape


def _card(story: HtmlElement) -> bool:
    """Whether an ``<article>`` is a teaser card: each heading wholly a link's text, and
    no more prose than a line of summary (:data:`rules.STORY_CARD_CHARS`)."""
    headings = list(story.iter("h2", *rules.POST_HEADINGS))
    if not headings or not all(wholly_linked(h) for h in headings):
        return False
    prose = [p for p in story.iter("p") if text_length(p)]
    return len(prose) <= rules.STORY_CARD_PARAGRAPHS and (
        sum(text_length(p) for p in prose) <= rules.STORY_CARD_CHARS
    )


def wholly_linked(heading: HtmlElement) -> bool:
    own = text_length(heading)
    if not own:
        return False
    if any(a.tag == "a" and a.get("href") for a in heading.iterancestors()):
        return True
    return sum(text_length(a) for a in heading.iter("a") if a.get("href")) >= own


def _paragraphs(story: HtmlElement) -> int:
    return sum(1 for p in story.iter("p") if text_length(p) >= rules.STORY_PARAGRAPH_CHARS)


def _signed(story: HtmlElement) -> bool:
    """Whether a story carries a date or a byline of its own (an appended story does)."""
    if story.find(".//time") is not None:
        return True
    return any(byline_named(el) for el in story.iter())


def byline_named(el: HtmlElement) -> bool:
    names = (el.get("class") or "").lower()
    return bool(names) and any(n in names for n in rules.STORY_BYLINE_NAMES)


def _names(story: HtmlElement, title: str) -> bool:
    """Whether the story's first headline is the title (or the title holds it, or it the title)."""
    head = _headline(story)
    return head is not None and names_heading(head, title)


def names_heading(head: HtmlElement, title: str) -> bool:
    """Whether a headline is the title (or the title holds it, or it the title)."""
    heading = norm(head.text_content()).casefold()
    if head.tag != "h1" and len(heading.split()) < 3:
        return heading == title  # a short <h2> ("News") is in many a title
    return bool(heading) and (heading == title or heading in title or title in heading)


def named_headline(root: HtmlElement, title: str) -> HtmlElement | None:
    """The one headline (:data:`rules.STORY_HEADLINES`, among the page's first
    :data:`rules.STORY_MAX_HEADINGS`) that ``title`` (case-folded) names; ``None`` when
    none does or several do (an index, a repeated title)."""
    heads = [
        h
        for h in itertools.islice(root.iter(*rules.STORY_HEADLINES), rules.STORY_MAX_HEADINGS)
        if names_heading(h, title)
    ]
    return heads[0] if len(heads) == 1 else None


def open_post_headers(root: HtmlElement) -> None:
    """Unwrap the ``<header>`` of each post in a run of sibling posts (a live blog's):
    ``<article>`` elements, at least :data:`rules.POST_RUN_MIN` side by side, each with
    a heading in its header and a paragraph of its own."""
    seen: set[HtmlElement] = set()
    for post in list(root.iter(rules.STORY_TAGS)):
        parent = post.getparent()
        if parent is None or parent in seen:
            continue
        seen.add(parent)
        posts = [(p, _post_header(p)) for p in parent.iterchildren(rules.STORY_TAGS)]
        headed = [(p, h) for p, h in posts if h is not None]
        if len(headed) < rules.POST_RUN_MIN:
            continue
        for _, header in headed:
            header.drop_tag()


def _post_header(post: HtmlElement) -> HtmlElement | None:
    """The post's own header when it holds a heading and the post a paragraph outside it."""
    header = next(post.iterchildren("header"), None)
    if header is None or next(header.iter(*rules.POST_HEADINGS), None) is None:
        return None
    inside = set(header.iter("p"))
    if not any(p not in inside for p in post.iter("p")):
        return None
    return header


def run_holder(elem: HtmlElement) -> HtmlElement | None:
    """The element holding a run of like posts when ``elem`` is, or is in, one of them.

    Up to :data:`rules.POST_RUN_CLIMB` levels above ``elem``: a post's siblings of
    the same tag and kind (a class in common, or none), at least
    :data:`rules.POST_RUN_MIN` of them, each with paragraph text of at least
    :data:`rules.POST_RUN_SHARE` of the post's own and little of it linked: a
    live blog's posts, not teaser cards beside an article; none a story of its own
    (an ``<h1>``, or a heading and a byline: stories appended below the article).
    """
    node = elem
    for _ in range(rules.POST_RUN_CLIMB + 1):
        parent = node.getparent()
        if parent is None or parent.tag in ("body", "html"):
            return None
        kind = _classes(node)
        alike = [
            c
            for c in parent
            if c.tag == node.tag and (kind & _classes(c) if kind else not _classes(c))
        ]
        if node.tag == rules.STORY_TAGS and len(alike) >= rules.POST_RUN_MIN:
            own = _paragraph_text(node)
            posts = [c for c in alike if _post_like(c, own)]
            if len(posts) >= rules.POST_RUN_MIN and not any(_a_story(c) for c in alike):
                return parent
            return None
        node = parent
    return None


def _a_story(el: HtmlElement) -> bool:
    """Whether a sibling is a story of its own: its own <h1>, or a headline and a byline."""
    if el.find(".//h1") is not None:
        return True
    headed = next(el.iter(*rules.POST_HEADINGS), None) is not None
    return headed and any(byline_named(d) for d in el.iter())


def _classes(el: HtmlElement) -> set[str]:
    return set((el.get("class") or "").split())


def _paragraph_text(el: HtmlElement) -> int:
    return sum(text_length(p) for p in el.iter("p"))


def _post_like(el: HtmlElement, own: int) -> bool:
    """Whether a sibling holds prose of its own, about as much as the post (not a teaser card)."""
    prose = _paragraph_text(el)
    if prose < rules.POST_RUN_SHARE * own or prose == 0:
        return False
    linked = sum(text_length(a) for p in el.iter("p") for a in p.iter("a"))
    return linked <= rules.POST_RUN_LINKED * prose
