"""Small pieces of page chrome set inside the article block, found by their shape.

Each function returns the elements to drop and why; :mod:`.clean` drops them
(and notes them in ``Article.stripped``) before it rebuilds the body.
"""

from __future__ import annotations

import functools
import itertools
from urllib.parse import urlsplit

from lxml import etree
from lxml.html import HtmlElement

from clipper.extract.html import rules as rules
from clipper.extract.html.links import site
from clipper.extract.html.prose import Prose
from clipper.extract.html.tree import NAME_WORDS, NAMED, name_parts, norm


def timestamp_lines(frag: HtmlElement) -> list[tuple[HtmlElement, str]]:
    """A ``<time>`` standing alone on its line and saying a bare clock time or an age: a
    live blog's post stamp ("16:52", "41m ago"), metadata, not prose. A time inside a
    sentence or a byline ("Updated <time>16:52</time>") stays, and so do a heading and a
    date (an event's "Fri 13 March, 20:00", a timeline's "1881"). See
    :data:`rules.TIMESTAMP_CLOCK` and :data:`rules.TIMESTAMP_AGO`.
    """
    found: list[tuple[HtmlElement, str]] = []
    covered: set[HtmlElement] = set()  # each line found and its ancestors
    for el in itertools.chain(frag.iter("time"), _untagged_stamps(frag)):
        text = norm(el.text_content())
        if len(text) > rules.TIMESTAMP_LINE_MAX_CHARS or not _stamp(text):
            continue
        line = el
        # climb the wrappers holding nothing but the time
        while (parent := line.getparent()) is not None and parent is not frag:
            if parent.tag not in rules.TIMESTAMP_WRAPPERS or norm(parent.text_content()) != text:
                break
            line = parent
        up = line.getparent()
        if line.tag in rules.HEADING_TAGS or (up is not None and up.tag in rules.HEADING_TAGS):
            continue
        if not _alone(line):
            continue
        if line in covered:
            continue  # the line, or a line inside it, is already found
        found.append((line, "timestamp line"))
        for anc in itertools.chain((line,), line.iterancestors()):
            if anc in covered:
                break  # its ancestors are in already
            covered.add(anc)
    return found + [(line, "post stamp and author") for line in _named_stamps(frag, covered)]


def _named_stamps(frag: HtmlElement, covered: set[HtmlElement]) -> list[HtmlElement]:
    """A live blog's post header line: a stamp element (a ``<time>`` or a clock time or
    age with no child) opening a ``<div>`` or ``<p>`` of inline elements, and after it a
    name of at most :data:`rules.STAMP_NAME_MAX_WORDS` words, no digit, no sentence's stop
    ("<time>13:58</time> <span>Nadia Holm</span>"); metadata, when the block holds
    :data:`rules.TIMESTAMP_UNTAGGED_MIN` of them or more."""
    lines = []
    for el in frag.iter("div", "p"):
        if el in covered or len(el) < 2 or (el.text and el.text.strip()):
            continue
        first = el[0]
        if len(first) or not first.text or not _stamp(norm(first.text)):
            continue
        if any(child.tag not in rules.STAMP_LINE_INLINE for child in el):
            continue
        rest = norm(el.text_content())[len(norm(first.text)) :].strip()
        if (
            0 < len(rest.split()) <= rules.STAMP_NAME_MAX_WORDS
            and not any(c.isdigit() for c in rest)
            and not rules.SENTENCE_END.search(rest)
        ):
            lines.append(el)
    return lines if len(lines) >= rules.TIMESTAMP_UNTAGGED_MIN else []


def _stamp(text: str) -> bool:
    """A post's stamp: a bare clock time, or its age (:data:`rules.TIMESTAMP_AGO`)."""
    return bool(rules.TIMESTAMP_CLOCK.match(text) or rules.TIMESTAMP_AGO.match(text))


def _untagged_stamps(frag: HtmlElement) -> list[HtmlElement]:
    """Post stamps set without ``<time>`` (``<span class="hora">11:42 hrs</span>``): an
    element of :data:`rules.TIMESTAMP_WRAPPERS` with no child and a bare clock time for
    its text, when the block holds :data:`rules.TIMESTAMP_UNTAGGED_MIN` of them or more
    (a live blog's posts each open with one; one clock time alone may be a
    programme's)."""
    stamps = [
        el
        for el in frag.iter(*rules.TIMESTAMP_WRAPPERS)
        if not len(el)
        and el.text
        and len(el.text) <= rules.TIMESTAMP_LINE_MAX_CHARS
        and rules.TIMESTAMP_CLOCK.match(norm(el.text))
    ]
    return stamps if len(stamps) >= rules.TIMESTAMP_UNTAGGED_MIN else []


def _alone(el: HtmlElement) -> bool:
    """Whether ``el`` is a line of its own: a block, or text-less between blocks."""
    if el.tag in rules.TIMESTAMP_LINE_BLOCKS:
        return el.tag in ("p", "div")
    parent = el.getparent()
    if parent is None or parent.tag not in rules.TIMESTAMP_HOLDERS:
        return False  # a cell's or a list item's time is its value
    prev, nxt = el.getprevious(), el.getnext()
    before = prev.tail if prev is not None else parent.text
    if (before and before.strip()) or (el.tail and el.tail.strip()):
        return False
    return all(
        sib is None or (isinstance(sib.tag, str) and sib.tag in rules.TIMESTAMP_LINE_BLOCKS)
        for sib in (prev, nxt)
    )


def video_modules(frag: HtmlElement) -> list[tuple[HtmlElement, str]]:
    """A video module set among the paragraphs: an element named as a video or a player
    (:data:`rules.VIDEO_MODULE_NAMES`, and no name of content beside it:
    :data:`rules.VIDEO_CONTENT_NAMES`, "player-rating", "video-transcript") holding
    no more than a title and a credit line ("Watch: a night with the crews", "Video
    by …"), at most :data:`rules.VIDEO_MODULE_MAX_WORDS` words, and the player's own
    cue: a poster, a frame, a button, an empty player box, or a "Watch:" label
    (:data:`rules.VIDEO_LABEL`). The video is not in the text, and its title is a label
    for a player the reader can't see there. One of several like-named siblings is
    an item of the article's (a line, a rating), a heading makes it a section, and a
    figure keeps its caption (captions are kept apart).
    """
    found: list[tuple[HtmlElement, str]] = []
    for el in frag.iter(etree.Element):
        if el is frag or el.tag == "figure" or not (el.get("class") or el.get("id")):
            continue
        names = f"{el.get('class') or ''} {el.get('id') or ''}".lower()
        if len(names) > rules.CACHED_NAME_MAX_CHARS:
            continue
        words = set(NAME_WORDS.split(names))
        if words.isdisjoint(rules.VIDEO_MODULE_NAMES) or not words.isdisjoint(
            rules.VIDEO_CONTENT_NAMES
        ):
            continue
        if found and found[-1][0] in el.iterancestors():
            continue
        count = _words_upto(el, rules.VIDEO_MODULE_MAX_WORDS)
        if not count or count > rules.VIDEO_MODULE_MAX_WORDS:
            continue
        if el.find(".//figcaption") is not None or _has_heading(el) or _like_sibling(el):
            continue
        if _player_cue(el):
            found.append((el, "furniture: video module"))
    return found


def player_controls(frag: HtmlElement) -> list[tuple[HtmlElement, str]]:
    """An audio or video player's controls: an element named as a player
    (:data:`rules.AUDIO_PLAYER_NAMES`) whose every piece of text is a control or a
    listen label (:data:`rules.PLAYER_CONTROL`: "Play", "00:00 / 32:10", "1x",
    "Download"). A player holding a title or a line of its own is left to
    :func:`video_modules`; the controls are not the article's words."""
    found: list[tuple[HtmlElement, str]] = []
    named: list[HtmlElement] = NAMED(frag)  # type: ignore[assignment]
    for el in named:
        names = f"{el.get('class') or ''} {el.get('id') or ''}".lower()
        if _PLAYER_PARTS.search(names) is None:  # most names: no player's word in them
            continue
        if len(names) > rules.CACHED_NAME_MAX_CHARS or not _names_player(names):
            continue
        if found and found[-1][0] in el.iterancestors():
            continue
        if _controls_only(el):
            found.append((el, rules.PLAYER_REASON))
    return found


# a text every name holding a player's word holds (a quick test before the words)
_PLAYER_PARTS = name_parts(rules.AUDIO_PLAYER_NAMES)


@functools.lru_cache(maxsize=4096)
def _names_player(names: str) -> bool:
    """Whether a class-and-id name (lower-cased, short) holds a player's word."""
    return not set(NAME_WORDS.split(names)).isdisjoint(rules.AUDIO_PLAYER_NAMES)


def drop_player_controls(root: HtmlElement) -> None:
    """Drop the page's players' controls (:func:`player_controls`) before trafilatura
    reads it: its rebuilt HTML has no names left to find them by."""
    body = root.find("body")
    if body is None:
        return
    for el, _ in player_controls(body):
        el.drop_tree()


def _controls_only(el: HtmlElement) -> bool:
    pieces = [t for t in (norm(s) for s in el.itertext()) if t]
    if not pieces or len(pieces) > rules.PLAYER_CONTROLS_MAX_PIECES:
        return False
    return all(rules.PLAYER_CONTROL.fullmatch(t) for t in pieces)


def _player_cue(el: HtmlElement) -> bool:
    """Whether a module shows its player: a poster or frame, a button, an empty box
    named as the player, or text opening with a video label ("Watch:", "VIDÉO.")."""
    if rules.VIDEO_LABEL.match(norm(el.text_content())):
        return True
    for inner in el.iterdescendants(etree.Element):
        if inner.tag in rules.VIDEO_CUE_TAGS:
            return True
        names = f"{inner.get('class') or ''} {inner.get('id') or ''}".lower()
        if (
            len(names) < rules.CACHED_NAME_MAX_CHARS
            and not set(NAME_WORDS.split(names)).isdisjoint(rules.VIDEO_MODULE_NAMES)
            and not inner.text_content().strip()
        ):
            return True
    return False


def _has_heading(el: HtmlElement) -> bool:
    return any(True for _ in el.iter(*rules.HEADING_TAGS))


def _like_sibling(el: HtmlElement) -> bool:
    """Whether an element has a sibling of its tag and class: one item of a run."""
    name = el.get("class")
    if not name:
        return False
    parent = el.getparent()
    if parent is None:
        return False
    return any(sib is not el and sib.tag == el.tag and sib.get("class") == name for sib in parent)


def social_posts(
    frag: HtmlElement, sites: frozenset[str] = frozenset()
) -> list[tuple[HtmlElement, str]]:
    """Embedded social posts: a ``<blockquote>`` signed by a handle, or whose post link
    (:data:`rules.SOCIAL_POST_PATH`) leads off the page's ``sites`` and is signed the
    way embeds sign it, with a date or a handle (:data:`rules.SOCIAL_POST_LINK_TEXT`);
    the page's embeds, not its text. A quote linking to a statement on a site's own
    news page ("published on the city website") stays."""
    found: list[tuple[HtmlElement, str]] = []
    for quote in frag.xpath(".//blockquote[not(ancestor::blockquote)]"):  # each node read once
        if any(_post_link(a, sites) for a in quote.iter("a")) or rules.SOCIAL_POST_SIGNATURE.search(
            norm(quote.text_content())
        ):
            found.append((quote, "embedded social post"))
    return found


def _post_link(a: HtmlElement, sites: frozenset[str]) -> bool:
    href = a.get("href") or ""
    if not href.startswith(("http:", "https:", "//")):
        return False
    try:
        parts = urlsplit(href)
    except ValueError:
        return False
    return (
        bool(parts.hostname)
        and site(parts.hostname or "") not in sites
        and bool(rules.SOCIAL_POST_PATH.search(parts.path))
        and bool(rules.SOCIAL_POST_LINK_TEXT.search(norm(a.text_content())))
    )


def signup_boxes(frag: HtmlElement) -> list[tuple[HtmlElement, str]]:
    """A box among the paragraphs asking the reader to sign up for mail (a callout card,
    "Enjoying these notes? Sign up to get every new post by email."): a ``<div>``,
    ``<aside>`` or ``<section>`` holding blocks, at most :data:`rules.SIGNUP_BOX_MAX_WORDS`
    words, with a call (:data:`rules.SIGNUP_CALL`) and a channel
    (:data:`rules.SIGNUP_CHANNEL`) in it. A paragraph saying the same stays: an
    article may tell its readers how to get a service's alerts; a box set apart for
    it is the site's pitch. A box under a heading (an answer under its question), one
    opening with a question, and one of a run of like boxes (an FAQ's items) stay.
    """
    found: list[tuple[HtmlElement, str]] = []
    total = _words_upto(frag, 2 * rules.SIGNUP_BOX_MAX_WORDS)
    for el in frag.iter(*rules.SIGNUP_BOX_TAGS):
        if el is frag or (found and found[-1][0] in el.iterancestors()):
            continue
        if not any(
            isinstance(child.tag, str) and child.tag in rules.TIMESTAMP_LINE_BLOCKS for child in el
        ):
            continue
        words = _words_upto(el, rules.SIGNUP_BOX_MAX_WORDS)
        if not words or words > rules.SIGNUP_BOX_MAX_WORDS or 2 * words > total:
            continue
        text = el.text_content()
        if not (rules.SIGNUP_CALL.search(text) and rules.SIGNUP_CHANNEL.search(text)):
            continue
        # an FAQ's item (a question over its answer), one of a run of like boxes
        first = next((child for child in el.iter(*rules.HEADING_TAGS)), None)
        if first is not None and norm(first.text_content()).endswith("?"):
            continue
        # ...and the text under a heading (an answer under its question) is the section's
        before = el.getprevious()
        if before is not None and before.tag in rules.HEADING_TAGS:
            continue
        if not _like_sibling(el):
            found.append((el, "furniture: sign-up box"))
    return found


def _words_upto(el: HtmlElement, limit: int) -> int:
    """The words of ``el``'s text, counted no further than one past ``limit`` (a big
    wrapper is not read whole to learn it is more than a box)."""
    words = 0
    for piece in el.itertext():
        words += len(piece.split())
        if words > limit:
            break
    return words


def unwrap_article_times(root: HtmlElement) -> None:
    """Unwrap the page's ``<time>`` elements that are the article's text, for trafilatura.

    trafilatura drops every ``<time>``: a fixtures table's kick-off cells come out
    empty, a timeline loses its years, a what's-on list its dates. A time (wrapped in
    inline tags at most) in a table cell or a definition list, labelling a list item's
    text, or alone making a paragraph after another block, and saying more than a clock time
    (rules.TIMESTAMP_CLOCK: a post's stamp) becomes plain text; a byline's date (a
    paragraph with more text), a meta list's date (an item of its own) and a post's
    stamp stay ``<time>`` and go as before.
    """
    keep: list[HtmlElement] = []
    for el in root.iter("time"):
        text = norm(el.text_content())
        if not text or len(text) > rules.TIMESTAMP_LINE_MAX_CHARS:
            continue
        line = el
        while (parent := line.getparent()) is not None and parent.tag in rules.INLINE_TAGS:
            if norm(parent.text_content()) != text:
                break
            line = parent
        parent = line.getparent()
        if parent is None:
            continue
        if parent.tag in rules.TIME_VALUE_HOLDERS:
            keep.append(el)
        elif parent.tag == "p" and parent.getprevious() is None:
            continue  # a date heading its post, a live blog's day stamp
        elif parent.tag in ("li", "p"):
            alone = norm(parent.text_content()) == text
            # a list item's time labels its text (a timeline's year); alone it is a
            # meta list's date. A paragraph's is a date or a year, not a clock stamp.
            if (parent.tag == "li") != alone and not rules.TIMESTAMP_CLOCK.match(text):
                keep.append(el)
    for el in keep:
        el.drop_tag()


def name_then_date(folded: str, names: list[str]) -> bool:
    """A meta line opening with the author's name: "Ann Lee · 3 March 2026 · 4 min read"."""
    return (
        any(
            folded.startswith(n)
            and folded[len(n) : len(n) + 3].strip()[:1] in rules.META_SEPARATORS
            for n in names
        )
        and any(ch.isdigit() for ch in folded)
        and not rules.META_LINE_SENTENCE.search(folded)
    )


def kicker(el: HtmlElement) -> bool:
    """Whether a block above the headline is a kicker (a section's name, "Column"): at
    most :data:`rules.KICKER_MAX_WORDS` words, no image, not a sentence."""
    text = norm(el.text_content())
    return (
        0 < len(text.split()) <= rules.KICKER_MAX_WORDS
        and el.find(".//img") is None
        and not rules.SENTENCE_END.search(text)
    )


def mail_form_box(form: HtmlElement, prose: Prose) -> HtmlElement:
    """The box to drop with a form: when the form asks for an e-mail address (a
    newsletter's sign-up, a comment form, a log-in: :func:`_asks_for_mail`), the
    outermost of its :data:`rules.SIGNUP_BOX_TAGS` ancestors (up to
    :data:`rules.SIGNUP_FORM_CLIMB` levels) holding at most
    :data:`rules.SIGNUP_BOX_MAX_WORDS` words, no ``<h1>``, no article and not half
    the page's paragraph text (a brief sharing its block with the form): the prompt
    set beside the form, in whatever language. Else the form alone."""
    box = form
    if not _asks_for_mail(form):
        return box
    for _ in range(rules.SIGNUP_FORM_CLIMB):
        parent = box.getparent()
        if parent is None or parent.tag not in rules.SIGNUP_BOX_TAGS:
            break
        if _words_upto(parent, rules.SIGNUP_BOX_MAX_WORDS) > rules.SIGNUP_BOX_MAX_WORDS:
            break
        if parent.find(".//h1") is not None or _ARTICLE_INSIDE(parent):
            break
        if prose.inside(parent) >= rules.SIDE_ARTICLE_PROSE_SHARE * prose.page():
            break
        box = parent
    return box


_ARTICLE_INSIDE = etree.XPath(rules.ARTICLE_INSIDE)


def _asks_for_mail(form: HtmlElement) -> bool:
    """Whether a form asks for an e-mail address: an ``<input type="email">``, or a
    field whose name or autocomplete hint says mail."""
    for field in form.iter("input"):
        if (field.get("type") or "").lower() == "email":
            return True
        names = f"{field.get('name') or ''} {field.get('autocomplete') or ''}".lower()
        if "mail" in names:
            return True
    return False
