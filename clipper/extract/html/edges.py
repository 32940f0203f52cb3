"""The body's edges: the headline, its kickers and the byline at its head, a release's
end mark and contacts at its end (the author's bio: :mod:`.bios`). They are the
article's metadata, or about it: not its text. Part of :func:`~.clean.clean_body`,
on the rebuilt clean block."""

from __future__ import annotations

import collections
import itertools
import re
from datetime import date, datetime

from lxml import etree
from lxml.html import HtmlElement

from clipper.extract.html import rules as rules
from clipper.extract.html.authors import is_byline_line
from clipper.extract.html.chrome import kicker, name_then_date
from clipper.extract.html.dates import written_date
from clipper.extract.html.links import leads_off_site
from clipper.extract.html.metadata import Metadata
from clipper.extract.html.tree import norm
from clipper.models import Stripped


def drop(el: HtmlElement, reason: str, stripped: list[Stripped]) -> None:
    """Remove an element (its tail text stays) and note what went, and why."""
    text = norm(" ".join(el.itertext()))
    if text:
        stripped.append(Stripped(text if len(text) <= 300 else text[:299] + "…", reason))
    el.drop_tree()


def drop_title_and_byline(root: HtmlElement, meta: Metadata, stripped: list[Stripped]) -> None:
    """The headline and the byline are metadata, not body text. The headline: a heading
    the title names, or another block that is the title word for word (bold type, a
    ``<div role="heading">``: :func:`_set_as_headline`); the kickers above it go with it
    (:func:`~.chrome.kicker`)."""
    title = norm(meta.title or "").casefold()
    names = [a.casefold() for a in meta.authors]
    blocks = list(root)
    first_heading = next((i for i, b in enumerate(blocks) if b.tag in rules.HEADING_TAGS), -1)
    for i, el in enumerate(blocks):
        if i > 4:
            break
        text = norm(el.text_content())
        folded = text.casefold()
        heading = el.tag in rules.HEADING_TAGS
        if title and (
            (heading and (folded == title or (folded in title and len(folded) > 20)))
            or (heading and i == first_heading and _extends(folded, title))
            or (heading and i == first_heading and _rewords(folded, title))
            or (folded == title and _set_as_headline(text, blocks[i + 1 :]))
        ):
            for above in (b for b in blocks[:i] if b.getparent() is not None and kicker(b)):
                drop(above, "kicker above the headline", stripped)
            drop(el, "headline (kept as the title)", stripped)
        elif names and len(text) < 100 and any(n in folded for n in names):
            short = len(text) < 2 * sum(len(n) for n in names) + 10
            if short or rules.BYLINE_PREFIX.match(text) or name_then_date(folded, names):
                drop(el, "byline (kept as the authors)", stripped)
        elif i < 3 and is_byline_line(text, meta.lang):
            drop(el, "byline", stripped)
        elif _date_line(text, meta):
            drop(el, "date line", stripped)
    if len(root):
        _drop_set_lines(root, title, names, meta, stripped)


def _date_line(text: str, meta: Metadata) -> bool:
    """The page's own date and a word or two (:data:`rules.DATE_LINE_MAX_CHARS`): the
    day it was published or changed, not another ("Termin: 21.02.2020, 19 Uhr"); or a
    date alone with its weekday and clock time ("March 9, 2026 at 6:00 a.m. EST", no
    other word: :data:`rules.DATE_LINE_CLOCK_WORDS`) within
    :data:`rules.DATE_LINE_NEAR_DAYS` of it (a time zone away, an update the
    metadata doesn't give)."""
    if not text or len(text) > rules.DATE_LINE_MAX_CHARS:
        return False
    rest, found = rules.HEADLINE_DATE.subn(" ", text)
    rest = rules.DATE_LINE_STAMPS.sub(" ", rest)  # "11h40", "Atualizado há 3 horas"
    words = [w for w in rest.split() if any(c.isalpha() for c in w)]
    if found != 1:
        return False
    alone = all(
        w.casefold().strip(",.") in rules.DATE_LINE_CLOCK_WORDS
        or w.casefold().strip(",.") in rules.WEEKDAY_WORDS
        for w in words
    )
    if len(words) > rules.DATE_LINE_OTHER_WORDS and not alone:
        return False
    pages = [d[:10] for d in (meta.published, meta.modified) if d]
    day = written_date(text, datetime.max, meta.lang)
    if day is None or day in pages:
        return day is not None
    return alone and any(
        abs((date.fromisoformat(day) - date.fromisoformat(p)).days) <= rules.DATE_LINE_NEAR_DAYS
        for p in pages
        if _iso_day(p)
    )


def _iso_day(text: str) -> bool:
    try:
        date.fromisoformat(text)
    except ValueError:
        return False
    return True


def _drop_set_lines(
    root: HtmlElement, title: str, names: list[str], meta: Metadata, stripped: list[Stripped]
) -> None:
    """Where an old CMS sets the headline, the byline and the print/mail links as lines
    (``<b>Headline</b><br><i>By Ann Lee</i><br><a>Print</a> | <a>E-mail</a><br>``) at
    the head of the cell holding the paragraphs, or those links as the cell's last line:
    those lines go, as their blocks would."""
    head = _cell(root[0])
    run = _run(head, first=True)
    lines = collections.deque(_lines(head, run))
    blocks_after = len(head) > len(run)
    while len(lines) > 1 or (lines and blocks_after):
        text = norm(" ".join(_line_text(head, lines[0])))
        folded = text.casefold()
        if title and (
            folded == title
            or _rewords(folded, title)
            or (_extends(folded, _title_head(title)) and not rules.SENTENCE_END.search(text))
        ):
            reason = "headline (kept as the title)"
        elif len(lines) > 1 and _kicker_line(text) and _headline_line(head, lines[1], title):
            reason = "kicker above the headline"  # "Aktualitet<br><b>Headline</b><br>"
        elif _date_line(text, meta):
            reason = "date line"
        elif is_byline_line(text, meta.lang) or (
            names and len(text) < 100 and any(n in folded for n in names)
        ):
            reason = "byline"
        elif _links_only(lines[0], text):
            reason = "links around the story"
        else:
            break
        stripped.append(Stripped(text, reason))
        _cut(head, lines.popleft())
    for holder in (root, _cell(root[-1])):
        children = list(holder)
        while len(children) > 1 and _ends_nothing(children[-1]):
            drop(children.pop(), "links or sign-off after the story", stripped)
    tail = _cell(root[-1])
    run = _run(tail, first=False)
    ends = _lines(tail, run)
    if ends and len(tail) > len(run):
        text = norm(" ".join(_line_text(tail, ends[-1])))
        before = norm(" ".join(t for line in ends[:-1] for t in _line_text(tail, line)))
        if not before and _links_only(ends[-1], text):
            stripped.append(Stripped(text, "links around the story"))
            for line in ends:
                _cut(tail, line)


def _kicker_line(text: str) -> bool:
    """A line that reads as a kicker (a section's name, as :func:`~.chrome.kicker`)."""
    return 0 < len(text.split()) <= rules.KICKER_MAX_WORDS and not rules.SENTENCE_END.search(text)


def _headline_line(head: HtmlElement, line: list[HtmlElement], title: str) -> bool:
    """Whether a line of ``head`` is the headline the title names."""
    folded = norm(" ".join(_line_text(head, line))).casefold()
    return bool(title) and (folded == title or _rewords(folded, title))


def drop_end_mark(root: HtmlElement, stripped: list[Stripped]) -> None:
    """A press release's end mark ("###") in the body's second half, what follows it,
    and a contact block just above it (:data:`rules.END_MARK`); with no mark, a contact
    block under its label among the last blocks, and the short lines after it."""
    blocks = list(root)
    at = next(
        (
            i
            for i, el in enumerate(blocks)
            if i >= rules.END_MARK_AFTER_SHARE * len(blocks)
            and rules.END_MARK.match(norm(el.text_content()))
        ),
        None,
    )
    if at is None:
        # no mark: a labelled contact block among the last blocks ends the release
        last = range(max(1, len(blocks) - rules.CONTACT_LAST_BLOCKS), len(blocks))
        at = next((i for i in last if _contact_block(blocks[i], labelled=True)), None)
        if at is None:
            # ...or its label alone on a line, the contact blocks under it
            last = range(max(1, len(blocks) - rules.CONTACT_LABEL_LAST_BLOCKS), len(blocks) - 1)
            at = next((i for i in last if _contact_label(blocks, i)), None)
        if at is None or any(
            len(norm(b.text_content())) > rules.PHRASE_MAX_CHARS for b in blocks[at:]
        ):
            return
        for el in blocks[at:]:
            drop(el, "the release's contact block", stripped)
        return
    sizes = [len(norm(b.text_content())) for b in blocks]
    if at == 0 or sum(sizes[at:]) > rules.END_MARK_TAIL_SHARE * sum(sizes[:at]):
        return  # a scene break ("###") with the story going on after it
    if not _release_tail(blocks[at + 1 :]):
        return  # a scene break before the story's last paragraph
    start = at - 1 if _contact_block(blocks[at - 1]) else at
    for el in blocks[start:]:
        drop(el, "after the release's end mark", stripped)


_END_MARK_REASONS = frozenset({"the release's contact block", "after the release's end mark"})


def drop_company_boilerplate(root: HtmlElement, stripped: list[Stripped]) -> None:
    """A release's company boilerplate and what follows it (:data:`rules.ABOUT_LABEL`):
    "About Brightwell" over "Brightwell is a leading maker of…", then only more
    "About" sections, short labels and their paragraphs, contacts; in the body's
    second part, on a page that shows itself a release (:func:`_release`). A story's
    section "About the plant", "Über Weihnachten", one followed by more of the story (a
    heading longer than a label) or one on a page with no release's mark stays."""
    blocks = list(root)
    # most bodies open no "About" section: the blocks are measured only when one does
    opening = {i for i in range(2, len(blocks)) if _about(blocks[i], blocks[i + 1 : i + 2])}
    if not opening:
        return
    sizes = [len(norm(b.text_content())) for b in blocks]
    after = sum(sizes)
    before = 0
    for i in range(len(blocks)):
        after -= sizes[i]
        if i in opening and before >= after + sizes[i]:
            if not _release(blocks, i, stripped):
                return  # "About Leeds" in a story, not a release
            if all(_release_label(b) for b in blocks[i + 1 :] if _label_text(b)):
                for b in blocks[i:]:
                    drop(b, "the release's company boilerplate", stripped)
            return
        before += sizes[i]


def _release(blocks: list[HtmlElement], at: int, stripped: list[Stripped]) -> bool:
    """Whether the page is a release: the body opens with a wire's dateline
    (:data:`rules.RELEASE_DATELINE`), or holds an end mark ("###", or had one:
    :func:`drop_end_mark` took it), or a release's tail label
    (:data:`rules.RELEASE_TAIL_LABEL`: "Media contact") follows ``at``."""
    if blocks and rules.RELEASE_DATELINE.match(norm(blocks[0].text_content())):
        return True
    if any(s.reason in _END_MARK_REASONS for s in stripped):
        return True
    if any(rules.END_MARK.match(norm(b.text_content())) for b in blocks):
        return True
    return any(rules.RELEASE_TAIL_LABEL.match(_lead_label(b)) for b in blocks[at + 1 :])


def _lead_label(el: HtmlElement) -> str:
    """A heading's text, or the bold words opening a line ("Media contact:"); else ""."""
    if el.tag in rules.HEADING_TAGS:
        return norm(el.text_content())
    lead = el[0] if len(el) and not (el.text or "").strip() else None
    return norm(lead.text_content()) if lead is not None and lead.tag in ("strong", "b") else ""


def _label_text(el: HtmlElement) -> str | None:
    """A heading's text, or a line's set wholly in bold; else ``None``."""
    text = norm(el.text_content())
    if el.tag in rules.HEADING_TAGS:
        return text
    lead = el[0] if len(el) and not (el.text or "").strip() else None
    if lead is not None and lead.tag in ("strong", "b") and norm(lead.text_content()) == text:
        return text
    return None


def _release_label(el: HtmlElement) -> bool:
    """A label of a release's tail: another company's "About", or one
    :data:`rules.RELEASE_TAIL_LABEL` knows ("Forward-looking statements", "Contact")."""
    text = _label_text(el) or ""
    if rules.ABOUT_COMPANY.match(text):
        return True
    found = rules.ABOUT_LABEL.match(text)
    name = (found.group("name") or found.group("name2")) if found else None
    return bool(name and not name[0].islower()) or bool(rules.RELEASE_TAIL_LABEL.match(text))


def _about(el: HtmlElement, following: list[HtmlElement]) -> bool:
    """Whether ``el`` opens a company's "About" section: its label alone (a heading or
    a bold line) over a paragraph that names it in its first words ("Brightwell is…",
    "Founded in 1998, Brightwell…"), or the label in bold at the head of that
    paragraph ("<b>About Brightwell:</b> Brightwell is…").

    Read in the order that rules a block out soonest: its shape, then its label, and
    only then the paragraph under it (most blocks are neither a heading nor bold).
    """
    lead = el[0] if len(el) and not (el.text or "").strip() else None
    in_bold = lead is not None and lead.tag in ("strong", "b")
    if el.tag not in rules.HEADING_TAGS and not in_bold:
        return False
    text = norm(el.text_content())
    bold = norm(lead.text_content()) if lead is not None and in_bold else ""
    alone = el.tag in rules.HEADING_TAGS or bool(bold and bold == text)  # over the next block
    if not alone and not bold:
        return False
    label = text if alone else bold

    def described() -> list[str]:
        """The words the label stands over: the next block's, or the rest of its own."""
        if alone:
            return norm(following[0].text_content()).split() if following else []
        return text[len(label) :].lstrip(" :–—-").split()

    if len(label.split()) > rules.ABOUT_LABEL_MAX_WORDS:
        return False
    if rules.ABOUT_COMPANY.match(label):  # "Über das Unternehmen": no name to look for
        return len(described()) >= rules.ABOUT_TEXT_MIN_WORDS
    found = rules.ABOUT_LABEL.match(label)
    name = (found.group("name") or found.group("name2")) if found else None
    if not name or name[0].islower():
        return False  # "About the author", "About the plant": not a name
    first = name.split()[0].rstrip(",.:")
    words = described()
    return len(words) >= rules.ABOUT_TEXT_MIN_WORDS and any(
        w.startswith(first) for w in words[: rules.ABOUT_NAME_WITHIN_WORDS]
    )


def drop_orphan_headings(root: HtmlElement, stripped: list[Stripped]) -> None:
    """Subheadings left with no section under them at the body's end, once the furniture
    went ("Related stories" over a list that went, "Sign up" over a form): the last
    blocks, when headings of at most :data:`rules.ORPHAN_HEADING_MAX_WORDS` words
    (longer: a deck or a pull quote set as a heading), never the body's first block.
    A heading followed by another is left alone: a section may hold only a picture
    or an embed that went. The body's last heading stays when punctuated as a sentence
    (:data:`rules.SIGN_OFF_HEADING`: "Happy reading!"): the writer's sign-off. One pass from the end, stopping at the first text."""
    blocks = list(root)
    last = True
    for el in reversed(blocks[1:]):  # the first: a deck set as a heading, or all there is
        if el.tag not in rules.ORPHAN_HEADING_TAGS:
            if norm(el.text_content()) or el.find(".//img") is not None:
                return
            continue
        text = norm(el.text_content())
        if len(text.split()) > rules.ORPHAN_HEADING_MAX_WORDS:
            return
        if last and rules.SIGN_OFF_HEADING.search(text) and not _under_heading(el):
            return  # the writer's sign-off ("Happy reading!"), the body's last line
        last = False
        drop(el, "heading with nothing under it", stripped)


def _under_heading(el: HtmlElement) -> bool:
    """Whether the block above ``el`` (empty blocks aside) is a heading: a run of
    teaser titles set as headings, not a sign-off under the story's text."""
    prev = el.getprevious()
    while prev is not None and not norm(prev.text_content()) and prev.find(".//img") is None:
        prev = prev.getprevious()
    return prev is not None and prev.tag in rules.ORPHAN_HEADING_TAGS


def drop_closing_pointer(
    root: HtmlElement, sites: frozenset[str], stripped: list[Stripped]
) -> None:
    """The body's last paragraph when it points to the site's other pages: one short
    sentence (:data:`rules.POINTER_MAX_WORDS`) opening with a "more" word, speaking of
    "our" pages (:data:`rules.CLOSING_POINTER`: "Mehr Verkehrsmeldungen finden Sie in
    unserer Verkehrsübersicht.", "More election coverage on our live page"), with a
    link to this site. "More than 300 people came, our reporter found" has no link."""
    if len(root) < 2:
        return
    last = root[-1]
    text = norm(last.text_content())
    if last.tag != "p" or len(text.split()) > rules.POINTER_MAX_WORDS:
        return
    if not rules.CLOSING_POINTER.match(text) or rules.POINTER_NOT.match(text):
        return
    if last.find(".//a[@href]") is None or leads_off_site(last, sites):
        return
    drop(last, "pointer to the site's other pages", stripped)


def _release_tail(blocks: list[HtmlElement]) -> bool:
    """Whether the blocks after an end mark are a release's tail, not the story's
    prose: no paragraph of a sentence or more (:data:`rules.END_MARK_PROSE`) holding
    no link and no address or number, unless a label ("About Brightwell") heads it."""
    labelled = False
    for el in blocks:
        text = norm(el.text_content())
        prose = len(text.split()) >= rules.END_MARK_PROSE_WORDS and rules.END_MARK_PROSE.search(
            text
        )
        if prose and not labelled and not _cites(el, text):
            return False
        labelled = el.tag in rules.HEADING_TAGS or (
            0 < len(text.split()) <= rules.CONTACT_LINE_WORDS
            and not rules.END_MARK_PROSE.search(text)
        )
    return True


def _cites(el: HtmlElement, text: str) -> bool:
    """A block holding a link, an address or a number to call."""
    return (
        any(True for _ in el.iter("a"))
        or bool(rules.SHOWN_ADDRESS.search(text))
        or any(rules.CONTACT_LINE.search(norm(t)) for t in _br_lines(el))
    )


def _contact_block(el: HtmlElement, labelled: bool = False) -> bool:
    """A few short lines, one an address or a number; ``labelled``, the first a label
    ("Pressekontakt:", "Media contact:")."""
    lines = [norm(t) for t in _br_lines(el)]
    lines = [t for t in lines if t]
    if labelled and not (
        lines and lines[0].endswith(":") and len(lines[0].split()) <= rules.CONTACT_LABEL_WORDS
    ):
        return False
    return (
        1 < len(lines) <= rules.CONTACT_MAX_LINES
        and all(len(t.split()) <= rules.CONTACT_LINE_WORDS for t in lines)
        and any(rules.CONTACT_LINE.search(t) for t in lines)
    )


def _contact_label(blocks: list[HtmlElement], at: int) -> bool:
    """A contact's label set as a block of its own ("Kontakt:"), a contact block under it."""
    text = norm(blocks[at].text_content())
    return (
        text.endswith(":")
        and len(text.split()) <= rules.CONTACT_LABEL_WORDS
        and bool(rules.RELEASE_TAIL_LABEL.match(text))
        and _contact_block(blocks[at + 1])
    )


def _br_lines(el: HtmlElement) -> list[str]:
    """An element's text cut at its ``<br>``s (at any depth)."""
    parts = [""]
    for event, node in etree.iterwalk(el, events=("start", "end")):
        if event == "start":
            if node.tag == "br":
                parts.append("")
            elif node is not el:
                parts[-1] += node.text or ""
        elif node is el:
            parts[0] = (el.text or "") + parts[0]
        else:
            parts[-1] += node.tail or ""
    return parts


def _ends_nothing(el: HtmlElement) -> bool:
    """A paragraph at the body's end of links and separators only ("Print | Send |
    Back"), or a sign-off in brackets ("(kb)", :data:`rules.SIGN_OFF`). (A heading
    there stays: a page may end on one, and what it headed may be the next page's.)"""
    text = norm(el.text_content())
    if el.tag != "p" or not text:
        return False
    if rules.SIGN_OFF.match(text):
        return True
    shown = (norm(a.text_content()) for a in el.iter("a"))
    return _links_only(list(el), text) and not any(rules.SHOWN_ADDRESS.search(t) for t in shown)


def _cell(el: HtmlElement) -> HtmlElement:
    """The innermost of wrappers holding only one element and no text (``<p><tr><td>``)."""
    while len(el) == 1 and not (el.text or "").strip() and not (el[0].tail or "").strip():
        if el[0].tag not in ("tr", "td", "tbody", "table", "p", "div"):
            break
        el = el[0]
    return el


def _run(el: HtmlElement, first: bool) -> list[HtmlElement]:
    """The inline children before ``el``'s first block (or after its last)."""
    children = list(el) if first else list(reversed(el))
    run = list(itertools.takewhile(lambda c: c.tag not in rules.TEXT_BLOCK_TAGS, children))
    if len(run) == len(children) and not first:
        return []  # no block in it: a paragraph of its own, read from its head
    return run if first else list(reversed(run))


def _lines(el: HtmlElement, run: list[HtmlElement]) -> list[list[HtmlElement]]:
    """A run of inline children cut at each ``<br>``, the ``<br>`` ending its line."""
    lines: list[list[HtmlElement]] = [[]]
    for child in run:
        lines[-1].append(child)
        if child.tag == "br":
            lines.append([])
    return [line for line in lines if line]


def _line_text(el: HtmlElement, line: list[HtmlElement]) -> list[str]:
    """A line's text: what comes before its first element (the cell's own text, or the
    tail of the element before), its elements' text and tails (a ``<br>``'s tail is the
    next line's)."""
    before = line[0].getprevious()
    parts = [(el.text if before is None else before.tail) or ""]
    for child in line:
        if child.tag != "br":
            parts += [child.text_content(), child.tail or ""]
    return parts


def _links_only(line: list[HtmlElement], text: str) -> bool:
    """A short line of links and separators only ("Print | E-mail this story")."""
    links = [c for c in line if c.tag == "a"]
    if not links or len(text) > rules.PHRASE_MAX_CHARS:
        return False
    linked = sum(len(a.text_content().replace(" ", "")) for a in links)
    return linked >= len(rules.LINE_SEPARATORS.sub("", text).replace(" ", ""))


def _cut(el: HtmlElement, line: list[HtmlElement]) -> None:
    """Remove a line from ``el``: its elements, their tails and the text before it; the
    next line's text (its ``<br>``'s tail) stays where that was."""
    before = line[0].getprevious()
    keep = line[-1].tail if line[-1].tag == "br" else None
    for child in line:
        el.remove(child)
    if before is None:
        el.text = keep
    else:
        before.tail = keep


def _rewords(head: str, title: str) -> bool:
    """Whether a heading is the title's headline in other order or with a word
    more or less (see :data:`rules.HEADLINE_REWORDED_SHARE`)."""
    words, named = set(re.findall(r"\w+", head)), set(re.findall(r"\w+", title))
    if len(words) < rules.HEADLINE_REWORDED_MIN_WORDS or not named:
        return False
    shared = len(words & named)
    return shared >= rules.HEADLINE_REWORDED_SHARE * len(
        words
    ) and shared >= rules.HEADLINE_REWORDED_COVER * len(named)


def _extends(head: str, title: str) -> bool:
    """Whether a heading is the title with words added after it: the page's own headline,
    which its ``<title>`` or ``og:title`` shortened ("Storm hits coast" over "Storm hits
    coast: what we know")."""
    return len(title) >= rules.HEADLINE_EXTENDED_MIN_CHARS and head.startswith(title)


def _title_head(title: str) -> str:
    """The title before the site's name (its first part before a separator), or all of it."""
    cut = min((at for sep in rules.TITLE_SEPARATORS if (at := title.find(sep)) > 0), default=-1)
    return title[:cut] if cut > 0 else title


def _set_as_headline(text: str, after: list[HtmlElement]) -> bool:
    """Whether a block other than a heading that is the title is the headline: not a
    sentence (a note or a post the page titles by its words is its text), and with
    text after it (never the whole body)."""
    if rules.SENTENCE_END.search(text):
        return False
    return any(norm(el.text_content()) for el in after)
