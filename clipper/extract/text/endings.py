"""Where a text dump's article ends inside the block of prose found for it.

Furniture can run on right under the article with nothing long enough between
the two to part them into blocks: a comment thread, a few teasers for other
stories, the links to the previous and next posts, the site's pitch for its
newsletter or app, a box about the author or the site. Each is known by its
shape (a commenter's "Name says:" head, a headline under a label, a name over
a paragraph opening with it) and, except for comments, by standing near the
block's end: little prose follows it. ``trim_closing`` cuts the block there.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from clipper.extract.text import rules as rules
from clipper.extract.text.authorbox import byline_names, heads_own_box
from clipper.extract.text.blocks import block_weight, prose_above, text_weight
from clipper.extract.text.lines import (
    BLANK,
    CHROME,
    FILE,
    HARD_MARKER,
    META,
    PROSE,
    SENTENCE,
    SHORT,
    Line,
)


def trim_closing(lines: Sequence[Line], best: list[int]) -> tuple[list[int], int | None]:
    """The block's paragraphs without the furniture that closes it, and the first
    line of a cut comment thread or teaser box when nothing else was cut after
    it (the lines between the last paragraph and it are the body's end)."""
    thread = _thread_start(lines, best)
    if thread is not None:
        best = [i for i in best if i < thread]
    unteased, teasers = _before_tail_teasers(lines, best)
    closing = _before_post_navigation(lines, unteased)
    boxed = _before_author_box(lines, _before_tail_promos(lines, closing))
    cut = teasers if teasers is not None else thread
    return boxed, (cut if boxed is unteased else None)


def _thread_start(lines: Sequence[Line], best: list[int]) -> int | None:
    """Where the comment thread that runs on in the body's block begins, if one does.

    Comments can follow the article with nothing long enough between them to
    part two blocks; each comment's head ("Rafael says:" over its date, a
    name and a date on one line, a "Reply" link under it) shows where the
    thread begins. From the first
    comment author's line, with ``COMMENT_THREAD_MIN_ITEMS`` such heads or
    links in the rest of the block, the block is comments, as long as an
    article's worth of prose stands above it; a comment count or a "12 replies
    to ..." line right above the first comment goes with the thread.
    """
    frames = [
        i
        for i in range(best[0], best[-1] + 1)
        if lines[i].kind != PROSE
        and (_comment_head(lines[i]) or rules.REPLY_LINK.fullmatch(lines[i].text))
    ]
    # A name and a date over an entry is a live blog's head as much as a
    # commenter's: it counts only where the thread has its Reply links.
    replies = any(rules.REPLY_LINK.fullmatch(lines[i].text) for i in frames)
    frames = [i for i in frames if replies or not _dated_name(lines[i])]
    first = next((i for i in frames if _comment_head(lines[i])), None)
    if first is None or sum(1 for i in frames if i >= first) < rules.COMMENT_THREAD_MIN_ITEMS:
        return None
    above = [i for i in range(best[0], first) if lines[i].kind != BLANK]
    if above and _comments_count_line(lines[above[-1]].text):
        first = above.pop()
    article = [i for i in best if i < first]
    if block_weight(lines, article) < rules.THREAD_ARTICLE_MIN_WEIGHT:
        return None
    return first


def _before_post_navigation(lines: Sequence[Line], best: list[int]) -> list[int]:
    """The body above the links to the previous and next entries inside its block.

    A blog's or a news site's "« Previous post / Next post »" links stand
    after the article it closes, never inside it; what follows them in the
    same block (an "About me" box, a sidebar's prose) is the body only when it
    outweighs all that came before (``POST_NAVIGATION_TAIL_RATIO``). A link
    that the block repeats is the article's own ("Back to the overview").
    """
    links = [
        i
        for i in range(best[0], best[-1] + 1)
        if lines[i].kind in (CHROME, SHORT, SENTENCE)
        and rules.POST_NAVIGATION.fullmatch(lines[i].text)
    ]
    if not links:
        return best
    # The same link again and again ("Back to the overview" under each section)
    # is the article's own navigation.
    seen = Counter(lines[i].text.casefold() for i in links)
    for i, n, before, total in prose_above(lines, best, links):
        if (
            seen[lines[i].text.casefold()] == 1
            and total - before < before * rules.POST_NAVIGATION_TAIL_RATIO
        ):
            return best[:n]
    return best


def _before_tail_promos(lines: Sequence[Line], best: list[int]) -> list[int]:
    """The body above the pitch for the site's newsletter, app or social
    accounts that closes it ("Get the latest news straight to your inbox ...").

    Such a paragraph follows the article and speaks to the reader from its
    first sentence (an article's last paragraph that ends with "Follow the
    author on Twitter" stays), or a sign-up line ("Get our newsletter") heads
    it; with what follows it in the block (the form's notes, the site's own
    prose) it is the body's tail, so it ends the body when less prose than
    ``SOFT_MARKER_TAIL_RATIO`` of what came before follows it, like a "Read
    more" marker.
    """
    for i, n, before, total in prose_above(lines, best, range(best[0], best[-1] + 1)):
        line = lines[i]
        pitch = (line.kind == CHROME and line.reason == rules.SUBSCRIBE_PROMPT) or (
            best[n] == i and line.words <= rules.PROMO_MAX_WORDS and _pitches(_opening(line.text))
        )
        if pitch and n and total - before < before * rules.SOFT_MARKER_TAIL_RATIO:
            return best[:n]
    return best


def _pitches(sentence: str) -> bool:
    """A sentence that speaks to the reader ("Follow us ...", "Get ...", "Download
    ...") of the site's newsletter, app or social accounts. A sentence that only
    names a newsletter ("Our newsletter turns six in May") is the article's."""
    if sentence.lstrip().startswith(rules.QUOTE_MARKS):
        return False  # someone's words: "“Get the app,” she said."
    # "Sign up to get every new post by email": what the site sends, by its channel
    return (
        bool(rules.PROMO_START.match(sentence))
        and (rules.PROMO_WORDS.search(sentence) or rules.BY_EMAIL.search(sentence)) is not None
    )


def is_pitch(line: Line) -> bool:
    """Whether a paragraph is the site's pitch to the reader, set among the article's
    paragraphs ("Enjoying these notes? Sign up to get every new post by email. ..."):
    its first sentence, after a short hook, asks the reader to follow, get or sign up
    for what the site sends (``_pitches``), and it is no longer than a box's text."""
    return (
        line.kind == PROSE and line.words <= rules.PROMO_MAX_WORDS and _pitches(_opening(line.text))
    )


def _opening(text: str) -> str:
    """A paragraph's first sentence, or the one after it when the first is a
    short question ("Want more? Get ...")."""
    hook = rules.PITCH_HOOK.match(text)
    return _first_sentence(text[hook.end() :] if hook else text)


def opens_with_call(text: str) -> bool:
    """Whether a paragraph's first sentence asks the reader to sign up or join
    ("Sign up to get ...", "Join the hundreds of readers who get our newsletter ...").

    The call must name signing up or what is sent (a newsletter, an inbox), and
    a quotation is someone's words: "“Get out of the water now,” the lifeguard
    shouted" and "Follow-up tests showed ..." are the article's.
    """
    sentence = _first_sentence(text)
    return (
        not sentence.lstrip().startswith(rules.QUOTE_MARKS)
        and rules.PROMO_START.match(sentence) is not None
        and (rules.PROMO_CALL.search(sentence) or rules.PROMO_WORDS.search(sentence)) is not None
    )


def _first_sentence(text: str) -> str:
    match = rules.FIRST_SENTENCE.match(text)
    return match.group() if match else text


def _before_tail_teasers(lines: Sequence[Line], best: list[int]) -> tuple[list[int], int | None]:
    """The body without the teasers for other articles that close its block, and
    the first line of the first teaser (None when there are none).

    A box of two or three teasers under the article (a section label or a
    like count, a headline, one short blurb; again) is too short a list to be
    a block of its own. An article's own closing sections have their heading
    right under the paragraph before (or a list's item); a teaser's headline
    stands under a short label, a date, a like count or a photo credit, or
    over its date.
    """
    run = chained = 0
    head: int | None = None
    for n in range(len(best) - 1, 0, -1):
        k = best[n]
        found = _teaser_head(lines, k)
        if found is None and _chained_teaser(lines, best[n - 1], k):
            # Under the blurb of the teaser above it: a teaser only if the
            # run's first stands under a label.
            chained += 1
            continue
        if found is None:
            break
        run, head, chained = run + chained + 1, found, 0
        if run > rules.TAIL_TEASERS_MAX_ITEMS:
            # As many entries as that are a live blog's or a listicle's.
            return best, None
    # The box may run on past the block's end (a blurb short enough to be no
    # paragraph of prose ends the block).
    if run and run + _teasers_after(lines, best[-1]) < rules.TAIL_TEASERS_MIN_ITEMS:
        return best, None
    if not run:
        return best, None
    rest = best[1 : len(best) - run]
    if any(_teaser_head(lines, k) is not None for k in rest):
        # The body above has the same shape: the run is the article's own.
        return best, None
    return best[: len(best) - run], head


def _teaser_head(lines: Sequence[Line], i: int) -> int | None:
    """The first line of the teaser whose blurb is paragraph ``i``, if it is one: a
    short blurb under a headline under something not prose (the label is the
    teaser's), or under a headline and its date ("Headline / Monday | 22 July /
    blurb")."""
    above = [k for k in range(i - 1, max(i - 8, -1), -1) if lines[k].kind not in (BLANK, FILE)][:3]
    dated = bool(above) and _dates_a_teaser(lines[above[0]])
    if dated:
        above = above[1:]
    limit = rules.DATED_TEASER_MAX_BLURB if dated else rules.TEASER_MAX_BLURB
    if text_weight(lines[i].text) > limit or len(above) < 2:
        return None
    head, over = lines[above[0]], lines[above[1]]
    if head.kind != SHORT or not head.headline_like or head.words < 4:
        return None
    if dated:
        return above[0]
    if _time_or_date(over.text):
        return None
    if over.kind == CHROME or (
        over.kind == SHORT
        and over.words <= rules.NAV_ITEM_MAX_WORDS
        and (not over.headline_like or over.words <= rules.BOX_LABEL_MAX_WORDS < head.words)
    ):
        # A label ("Sport", "Trending in Local"): shorter than the headline under it.
        return above[1]
    return None


def _teasers_after(lines: Sequence[Line], last: int) -> int:
    """How many teasers (a headline, a blurb of one short sentence) follow line ``last``."""
    shown = (k for k in range(last + 1, len(lines)) if lines[k].kind not in (BLANK, FILE))
    found = 0
    for head in shown:
        blurb = next(shown, None)
        if (
            blurb is None
            or lines[head].kind != SHORT
            or not lines[head].headline_like
            or lines[head].words < 4
            or lines[blurb].kind not in (PROSE, SENTENCE)
            or text_weight(lines[blurb].text) > rules.CHAINED_TEASER_MAX_BLURB
        ):
            break
        found += 1
        if found >= rules.TAIL_TEASERS_MIN_ITEMS:
            break
    return found


def _chained_teaser(lines: Sequence[Line], above: int, i: int) -> bool:
    """Whether paragraph ``i`` is a one-line blurb under a headline right under
    paragraph ``above``, itself as short: the next teaser of a box ("Money
    latest / Headline / blurb / Headline / blurb"). An article's section under
    its subheading runs longer than ``CHAINED_TEASER_MAX_BLURB``."""
    shown = [k for k in range(above + 1, i) if lines[k].kind not in (BLANK, FILE)]
    if len(shown) != 1:
        return False
    head = lines[shown[0]]
    return (
        head.kind == SHORT
        and head.headline_like
        and head.words >= 4
        and text_weight(lines[i].text) <= rules.CHAINED_TEASER_MAX_BLURB
        and text_weight(lines[above].text) <= rules.CHAINED_TEASER_MAX_BLURB
    )


def _time_or_date(text: str) -> bool:
    """A line that only gives a time or a date ("10:40", "12.03.2024"): a live
    blog's entry head, no teaser box's label."""
    return bool(rules.TIME_OR_DATE_LINE.fullmatch(text))


def _dates_a_teaser(line: Line) -> bool:
    """A date line between a headline and its blurb: an article's subheading has none."""
    meta = line.meta
    return (line.kind == META and meta is not None and meta.published is not None) or (
        line.kind == CHROME
        and line.reason in rules.TEASER_DATE_REASONS
        and _find_date_in(line.text)
    )


def _find_date_in(text: str) -> bool:
    return any(pattern.search(text) for pattern in rules.DATE_PATTERNS)


def _before_author_box(lines: Sequence[Line], best: list[int]) -> list[int]:
    """The body without the author box that closes it.

    Under many articles stands a box about its author: the name on a line of
    its own (maybe with a post count), and a paragraph that opens with that
    name ("Jane Roe / Jane Roe covers ..."). The article ends above the name
    when little prose follows the box (``SOFT_MARKER_TAIL_RATIO``) and no
    paragraph above it stood under a name of its own: a piece about several
    people, each under their name, has the last of them at its end.
    """
    boxes = 0  # paragraphs under a name of their own so far
    names = byline_names(lines, best[0])
    for k, n, before, total in prose_above(lines, best, best):
        if n and _name_over(lines, best[n - 1], k, names) is not None:
            if not boxes and total - before < before * rules.SOFT_MARKER_TAIL_RATIO:
                return best[:n]
            boxes += 1
    return best


def _name_over(
    lines: Sequence[Line], above: int, paragraph: int, names: frozenset[str]
) -> int | None:
    """The line just above ``paragraph`` (after line ``above``) that heads an author
    or site box: the name the paragraph opens with ("Jane Roe" or "Jane Roe 120
    posts" over "Jane Roe covers ..."), the byline's name (``names``) over any
    paragraph but a note, or "About Jane" / "Über uns" over any paragraph."""
    text = lines[paragraph].text
    opening = rules.NAME_OPENING.match(text[: rules.NAME_OPENING_PREFIX])
    shown = [i for i in range(above + 1, paragraph) if lines[i].kind != BLANK]
    for i in shown[-rules.AUTHOR_BOX_NAME_REACH :]:
        line = lines[i]
        if line.kind not in (SHORT, HARD_MARKER) or line.words > rules.AUTHOR_BOX_NAME_WORDS:
            continue
        if rules.ABOUT_US_HEADING.fullmatch(line.text) or heads_own_box(
            line, lines[paragraph], names
        ):
            return i
        about = rules.ABOUT_NAME_HEADING.fullmatch(line.text)
        if about is not None and (
            _opens_with(text, about["name"])
            or _opens_with(_after_self_introduction(text), about["name"])
        ):
            return i  # "Jane Roe covers ...", or "I'm Jane, ..." under "About Jane"
        head = rules.NAME_OPENING.match(line.text[: rules.NAME_OPENING_PREFIX])
        if (
            head is not None
            and rules.AFTER_BOX_NAME.fullmatch(line.text, head.end()) is not None
            and _opens_with(_after_self_introduction(text), head["name"].split()[0])
        ):
            return i  # "Jane Roe" over "I'm Jane, ..."
        if opening is None or head is None or head["name"] != opening["name"]:
            continue
        after = rules.AFTER_BOX_NAME.fullmatch(line.text, head.end())
        # Besides the name, a box shows a count or a role on its line, or its
        # paragraph says what the person writes.
        if after is not None and (
            after.group().strip()
            or rules.AUTHOR_BIO.search(text[: rules.AUTHOR_BIO_PREFIX]) is not None
        ):
            return i
    return None


def _after_self_introduction(text: str) -> str:
    """A bio's text after its opening "I'm" or "Ich bin" ("" without one)."""
    match = rules.SELF_INTRODUCTION.match(text)
    return text[match.end() :] if match else ""


def _opens_with(text: str, name: str) -> bool:
    """Whether ``text`` opens with ``name`` as whole words ("Jane Roe covers ...")."""
    return text.startswith(name) and (len(text) == len(name) or not text[len(name)].isalnum())


def _comment_head(line: Line) -> bool:
    """ "Rafael says:", or a name and a date on one line ("Jane Roe / 22.04.2020")
    inside the body: a commenter's, since the article's byline stands above it."""
    return bool(rules.COMMENT_AUTHOR_LINE.fullmatch(line.text)) or _dated_name(line)


def _dated_name(line: Line) -> bool:
    """A name and a date on one line, not "Name says:"."""
    meta = line.meta
    return (
        line.kind == META
        and meta is not None
        and bool(meta.authors)
        and meta.published is not None
        and not rules.COMMENT_AUTHOR_LINE.fullmatch(line.text)
    )


def _comments_count_line(text: str) -> bool:
    """Whether a line says a comments marker's words, though it reads as prose
    ("12 replies to “The article's own title”")."""
    return any(
        kind in rules.COMMENT_MARKERS and pattern.fullmatch(text)
        for kind, pattern in rules.HARD_END_MARKERS
    )
