"""Assembling the article of a text dump: every line walked once, kept, moved to
the metadata or stripped with the rule that stripped it."""

from __future__ import annotations

import html
import itertools
from collections.abc import Iterable, Sequence

from clipper.errors import NotAnArticle
from clipper.extract.language import detect_language
from clipper.extract.text import rules as rules
from clipper.extract.text.blocks import neighbours
from clipper.extract.text.charts import is_chart_label
from clipper.extract.text.code import is_code
from clipper.extract.text.dates import opening_date
from clipper.extract.text.endings import is_pitch, opens_with_call
from clipper.extract.text.figures import Figure
from clipper.extract.text.headline import Head, page_title_split
from clipper.extract.text.heads import next_article
from clipper.extract.text.lines import (
    BLANK,
    CHROME,
    CREDIT,
    FILE,
    HARD_MARKER,
    META,
    NAME_AND_DATE,
    PROSE,
    SENTENCE,
    SHORT,
    SOFT_MARKER,
    WORD,
    Line,
    Meta,
    When,
    cjk_count,
    is_cjk,
    name_dates_listed,
    read_names,
)
from clipper.extract.text.tables import is_table_line
from clipper.models import Article, Stripped


def assemble(
    lines: Sequence[Line],
    in_figure: dict[int, Figure],
    start: int,
    end: int,
    head: Head,
) -> Article:
    stripped: list[Stripped] = []
    blocks: list[_Block] = []
    metas: list[tuple[int, Meta]] = []  # with the line they came from
    captions: list[str] = []
    title_text = head.title_text
    ended: str | None = None  # the end marker's kind, once the article is over
    teaser_run = False  # inside a "Related" box standing in the body
    tail_figures_open = True  # a figure right after the last paragraph still belongs

    # A bare date among the first lines of the body is the article's date; a
    # date further in is text ("On November 25, 1947" in a timeline).
    body_lines = [i for i in range(start, end + 1) if lines[i].kind != BLANK]
    deep_in_body = set(body_lines[rules.BODY_HEAD_LINES :])
    listed = name_dates_listed(lines)

    def strip(i: int, reason: str) -> None:
        stripped.append(Stripped(lines[i].text, reason))

    def add_figure(fig: Figure) -> None:
        captions.append(fig.text)
        blocks.append(("figure", (fig.text,)))

    # The next article's headline and byline below the body end this one.
    next_head = next_article(lines, end + 1, len(lines))
    for i, line in enumerate(lines):
        if line.kind == BLANK:
            continue
        fig = in_figure.get(i)
        if i == next_head:
            ended = "next article"
            strip(i, f"after article end: {ended}")
        elif i > end and line.kind in (HARD_MARKER, SOFT_MARKER):
            ended = line.reason
            strip(i, f"after article end: {ended}")
        elif ended is not None and line.meta is not None and _only_labels(line.meta):
            # "コメント(2)" in a post's footer comes before its "カテゴリ: 旅行";
            # commenters' names and dates are not the article's, labels are.
            metas.append((i, line.meta))
            strip(i, line.reason)
        elif ended is not None:
            strip(i, line.reason if line.kind == CHROME else f"after article end: {ended}")
        elif fig is not None:
            keep = i <= end or tail_figures_open
            if keep and fig.lines[-1] == i and fig.text:
                add_figure(fig)
            if line.kind == FILE:
                strip(i, "image file name")
            elif not keep:
                strip(i, "after article end")
            elif line.kind == CREDIT or (fig.credit == line.text and fig.caption is None):
                strip(i, "photo credit")
            else:
                strip(i, "caption")
        elif i == head.title:
            strip(i, "title")
        elif title_text and title_text in (line.text, page_title_split(line.text)[0]):
            strip(i, "duplicate of title")
        elif i == head.standfirst:
            if line.kind in (PROSE, SENTENCE):
                # A standfirst in sentences is the article's first paragraph (and its excerpt).
                _add_block(blocks, line)
            else:
                strip(i, "standfirst")
        elif i in head.name_lines:
            match = rules.NAME_ONLY.fullmatch(line.text)
            authors, byline = read_names(match["names"] if match else line.text)
            if authors:
                metas.append((i, Meta("metadata: byline", authors=authors, byline=byline)))
            strip(i, "metadata: byline")
        elif line.reason == NAME_AND_DATE and (listed or i > start):
            strip(i, line.reason)  # an item's head, or inside the body: not the byline
        elif (
            line.kind == META
            and line.meta is not None
            and not (i in deep_in_body and _only_a_date(line.meta))
        ):
            metas.append((i, line.meta))
            strip(i, line.reason)
        elif line.text.lower() == head.site_name_lower:
            strip(i, "site name")
        elif i < start:
            strip(i, _reason_outside(line, "chrome: before article"))
        elif i > end:
            tail_figures_open = tail_figures_open and line.kind == CHROME
            in_list = line.headline_like and _near_headline(lines, i)
            strip(
                i,
                _reason_outside(line, "after article end" + (": related links" if in_list else "")),
            )
        elif line.reason == rules.BARE_LINK_REASON and _under_lead_in(lines, i):
            _add_block(blocks, line)  # "Sign the petition here:" / the link it names
        elif line.kind == CHROME or is_chart_label(line):
            strip(i, line.reason)
            # "Weiterlesen:" over a few headlines labels links, as a "Related" marker does;
            # a live blog's post stamp ends a box of links: its post follows
            teaser_run = (teaser_run and line.reason != rules.STAMP_REASON) or (
                line.reason == rules.CONTINUE_READING
                and rules.LABEL_COLON.search(line.text) is not None
            )
        elif line.kind in (SOFT_MARKER, HARD_MARKER):
            teaser_run = True
            strip(i, f"chrome: {line.reason}")
        elif line.kind == SHORT and _over_subscribe_prompt(lines, i):
            strip(i, "chrome: site promotion")  # "Our newsletter" over its "Sign up" button
        elif _in_sign_up_box(lines, i):
            strip(i, "chrome: site promotion")  # "The Tide, every Friday / ... in your inbox."
        elif teaser_run and line.kind == SHORT and not _heads_table(lines, i):
            strip(i, "chrome: related links")
        elif line.kind == SHORT and rules.MEDIA_TEASER.fullmatch(line.text):
            strip(i, rules.MEDIA_TEASER_REASON)  # "WATCH Moment ...": a video's link
        elif (
            line.kind == SHORT
            and (rules.PROMO_WORDS.search(line.text) or rules.BY_EMAIL.search(line.text))
            and rules.PROMO_CALL.search(line.text)
        ):
            # "Get our daily edition by email and never miss a story" between two paragraphs
            strip(i, "chrome: site promotion")
        elif (
            line.kind == PROSE
            and line.words <= rules.PROMO_MAX_WORDS
            and _under_subscribe_prompt(lines, i)
            and opens_with_call(line.text)
        ):
            # "Our Newsletter" / "Sign up to get the best of the week": the box's own words
            strip(i, "chrome: site promotion")
        elif is_pitch(line):
            strip(i, "chrome: site promotion")  # "Enjoying this? Sign up to get ... by email."
        else:
            teaser_run = False
            _add_block(blocks, line)
    if not any(kind != "figure" for kind, _ in blocks):
        raise NotAnArticle(
            "No article text in this text dump: the prose found was all captions. Copy the article's body too."
        )
    # Labels keep the page's order ("Category:Economy" before "Category:Europe").
    labels = [m for _, m in sorted(metas, key=lambda item: item[0])]
    # The date nearest above the body is the article's; a masthead's "today"
    # stands further up. Dates below the body (blog footers) come after.
    metas.sort(key=lambda item: (item[0] > start, abs(start - item[0])))
    bio = _author_bio(blocks, [a for _, m in metas for a in m.authors])
    if bio is not None:
        # A heading set over the bio ("Over de auteur", "L'autrice") goes with it.
        at = blocks.index(bio)
        first = at - 1 if at > 1 and _bio_heading(blocks[at - 1]) else at
        stripped.extend(Stripped(block[1][0], "author bio") for block in blocks[first:])
        del blocks[first:]
    return _article(
        lines,
        blocks,
        [m for _, m in metas],
        labels,
        captions,
        stripped,
        title_text,
        head,
        _dateline(lines, start),
    )


def _dateline(lines: Sequence[Line], start: int) -> When | None:
    """The date a line opens with, nearest the body's start: the body's first line or
    one of the ``DATELINE_REACH`` lines above it ("29.11.2022 – Die Stadt hat ...").
    The article's date when no metadata line gives one."""
    near = [i for i in range(start, -1, -1) if lines[i].kind != BLANK]
    for i in near[: rules.DATELINE_REACH + 1]:
        when = opening_date(lines[i].text)
        if when is not None:
            return when
    return None


def _heads_table(lines: Sequence[Line], i: int) -> bool:
    """Whether line ``i`` is a data table's cell or the line just over its first
    row (its caption): the article's, where a box of links stood over it."""
    below = next((k for k in range(i + 1, len(lines)) if lines[k].kind != BLANK), None)
    return is_table_line(lines[i]) or (below is not None and is_table_line(lines[below]))


def _author_bio(blocks: Sequence[_Block], authors: Sequence[str]) -> _Block | None:
    """The closing paragraph when it introduces the author ("Marta Lindqvist is ...")."""
    last = next((block for block in reversed(blocks) if block[0] != "figure"), None)
    if last is None or last[0] != "p" or last is blocks[0]:
        return None
    text = last[1][0]
    for name in authors:
        for form in (name, name.split()[-1]):
            if text.startswith(form) and rules.AUTHOR_BIO_VERB.match(text, len(form)):
                return last
    # In any language: a short paragraph opening with the author's full name under a
    # heading of a few words ("Over de auteur / Marieke Hoogland schrijft ...").
    k = blocks.index(last)
    headed = k >= 2 and _bio_heading(blocks[k - 1])
    if headed and len(text.split()) <= rules.AUTHOR_BIO_MAX_WORDS:
        named = (name for name in authors if len(name.split()) >= 2)
        return last if any(_opens_with_name(text, name) for name in named) else None
    return None


def _bio_heading(block: _Block) -> bool:
    return block[0] == "h2" and len(block[1][0].split()) <= rules.AUTHOR_BIO_HEADING_WORDS


def _opens_with_name(text: str, name: str) -> bool:
    return text.startswith(name) and not text[len(name) : len(name) + 1].isalnum()


def _only_labels(meta: Meta) -> bool:
    """A category or tag line, with no names or dates."""
    return bool(meta.categories or meta.tags) and not (
        meta.authors or meta.published or meta.modified
    )


def _only_a_date(meta: Meta) -> bool:
    """A date with nothing else: inside the body it is text ("November 25, 1947")."""
    return not (meta.authors or meta.categories or meta.tags)


def _near_headline(lines: Sequence[Line], i: int) -> bool:
    """Whether a neighbouring line of ``i`` is headline-like too (a list of headlines)."""
    return any(lines[k].headline_like for k in neighbours(lines, i))


def _reason_outside(line: Line, default: str) -> str:
    if line.kind in (CHROME,):
        return line.reason
    if line.kind == CREDIT:
        return "photo credit"
    if line.kind in (HARD_MARKER, SOFT_MARKER):
        return f"chrome: {line.reason}"
    return default


# A block of the body: its HTML element ("p", "h2", "ul", "pre", "figure") and
# its lines (one for "p", "h2" and "figure"; the items of a list; code lines).
_Block = tuple[str, tuple[str, ...]]


def _add_block(blocks: list[_Block], line: Line) -> None:
    """Append ``line`` to the body, extending the last list or code block."""
    if is_code(line) or (line.kind == SHORT and rules.CODE_LINE.search(line.text)):
        kind = "pre"
    elif line.bullet:
        kind = "ul"
    else:
        limit = rules.SUBHEADING_MAX_CJK if is_cjk(line.text) else rules.SUBHEADING_MAX_WORDS
        heading = (
            line.kind == SHORT
            and line.words <= limit
            and not line.text.endswith((":", "：", ","))
            and not rules.WIRE_TAIL.fullmatch(line.text)
        )
        blocks.append(("h2" if heading else "p", (line.text,)))
        return
    if blocks and blocks[-1][0] == kind:
        blocks[-1] = (kind, (*blocks[-1][1], line.text))
    else:
        blocks.append((kind, (line.text,)))


def _article(
    lines: Sequence[Line],
    blocks: Sequence[_Block],
    metas: Sequence[Meta],
    labels: Sequence[Meta],
    captions: Sequence[str],
    stripped: Sequence[Stripped],
    title: str | None,
    head: Head,
    dateline: When | None,
) -> Article:
    """The article from its blocks; ``metas`` nearest the body first, ``labels``
    (the same, for categories and tags) in the page's order; ``dateline`` dates it
    when no metadata line does."""
    texts: list[str] = []
    parts: list[str] = []
    for kind, content in blocks:
        if kind == "ul":
            texts.append("\n".join(f"- {item}" for item in content))
            items = "".join(f"<li>{html.escape(item)}</li>" for item in content)
            parts.append(f"<ul>{items}</ul>")
        elif kind == "figure":
            parts.append(f"<figure><figcaption>{html.escape(content[0])}</figcaption></figure>")
        elif kind == "pre":
            texts.append("\n".join(content))
            parts.append(f"<pre><code>{html.escape(texts[-1])}</code></pre>")
        else:
            texts.append(content[0])
            parts.append(f"<{kind}>{html.escape(content[0])}</{kind}>")
    body = "\n\n".join(texts)
    # The byline nearest the body names the article's authors; names further off
    # (an author box's links, a list of recent posts) are other people.
    authors = next((tuple(dict.fromkeys(m.authors)) for m in metas if m.authors), ())
    byline = next((m.byline for m in metas if m.byline), None)
    published = next((m.published for m in metas if m.published), None)
    modified = next((m.modified for m in metas if m.modified), None)
    clock = next((m.time_only for m in metas if m.time_only), None)
    if published is not None and published.hour is None and clock is not None:
        published = When(published.year, published.month, published.day, clock[0], clock[1])
    categories = tuple(dict.fromkeys(c for m in labels for c in m.categories))
    tags = tuple(dict.fromkeys((*(t for m in labels for t in m.tags), *categories)))
    standfirst = lines[head.standfirst].text if head.standfirst is not None else None
    shown = published or modified or dateline
    return Article(
        text=body,
        html="\n".join(parts),
        title=title,
        authors=authors,
        byline=byline,
        published=shown.iso() if shown else None,
        modified=modified.iso() if modified else None,
        date_source="text" if shown else None,
        site_name=head.site_name,
        lang=_guess_lang(texts),
        excerpt=standfirst,
        section=categories[0] if categories else None,
        tags=tags,
        captions=tuple(captions),
        kind="text",
        stripped=tuple(stripped),
    )


def _guess_lang(paragraphs: Iterable[str]) -> str | None:
    """The language: from the script where it decides, else py3langid on enough words."""
    text = " ".join(paragraphs)
    letters = sum(map(str.isalpha, text))
    if not letters:
        return None
    if not text.isascii():  # (an ASCII text is written in none of these scripts)
        if len(rules.KANA.findall(text)) * 10 >= letters:
            return "ja"
        if len(rules.HANGUL.findall(text)) * 3 >= letters:
            return "ko"
        if cjk_count(text) * 2 >= letters:
            return "zh"
        if len(rules.CYRILLIC.findall(text)) * 2 >= letters:
            return "uk" if len(rules.UKRAINIAN_LETTERS.findall(text)) * 200 >= letters else "ru"
    if sum(1 for _ in itertools.islice(WORD.finditer(text), 20)) < 20:
        return None  # too little to tell a language by
    return detect_language(text)


def _under_subscribe_prompt(lines: Sequence[Line], i: int) -> bool:
    """Whether the line above line ``i`` (blank lines aside) heads a sign-up box."""
    above = next((k for k in range(i - 1, -1, -1) if lines[k].kind != BLANK), None)
    return above is not None and lines[above].reason == rules.SUBSCRIBE_PROMPT


def _under_lead_in(lines: Sequence[Line], i: int) -> bool:
    """Whether the line above line ``i`` (blank lines aside) ends in a colon."""
    above = next((k for k in range(i - 1, -1, -1) if lines[k].kind != BLANK), None)
    return above is not None and lines[above].text.endswith((":", "："))


def _in_sign_up_box(lines: Sequence[Line], i: int) -> bool:
    """Whether line ``i`` is a newsletter box's name or blurb over its "Sign up" button.

    Up to ``rules.SIGN_UP_BOX_LINES`` short lines stand over the button, a
    sentence only right over it, and one of them names what the site sends ("... in your inbox",
    "... by email"): "The Tide, every Friday / The week's best stories in your
    inbox. / Sign up". A subheading over a sign-up line names no inbox.
    """
    box: list[int] = []
    for k in range(i, len(lines)):
        line = lines[k]
        if line.kind == BLANK:
            continue
        if box and line.reason == rules.SUBSCRIBE_PROMPT:
            return rules.SIGN_UP_CALL.search(line.text) is not None and any(
                rules.PROMO_WORDS.search(lines[b].text) or rules.BY_EMAIL.search(lines[b].text)
                for b in box
            )
        if box and lines[box[-1]].kind == PROSE:
            # Only the blurb right over the button is a sentence; a paragraph over the
            # box's name ("... once the site has cooled." / "Get the latest news
            # sent to your inbox" / "Subscribe") is the article's last.
            return False
        if (
            line.kind not in (SHORT, SENTENCE, PROSE)
            or line.words > rules.SIGN_UP_BOX_MAX_WORDS
            or len(box) == rules.SIGN_UP_BOX_LINES
        ):
            return False
        box.append(k)
    return False


def _over_subscribe_prompt(lines: Sequence[Line], i: int) -> bool:
    """Whether the line below line ``i`` (blank lines aside) is a sign-up prompt."""
    below = next((k for k in range(i + 1, len(lines)) if lines[k].kind != BLANK), None)
    return (
        below is not None
        and lines[below].reason == rules.SUBSCRIBE_PROMPT
        and rules.SIGN_UP_CALL.search(lines[below].text) is not None
    )
