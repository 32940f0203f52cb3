"""Which story of a page is its article, when the page holds several.

A news page that appends the next stories below the article (infinite scroll)
sets each in its own ``<article>`` with its own ``<h1>``, byline and date; the
longest of them is as often the next story as the article, so neither candidate
may choose by length. The story whose headline the page's title names is the
article: the others leave the page before either candidate reads it.
"""

from __future__ import annotations

from lxml.html import HtmlElement

from clipper.extract.html import rules as rules
from clipper.extract.html.tree import norm


def drop_other_stories(root: HtmlElement, title: str | None) -> None:
    """Drop the page's other stories: ``<article>`` elements with a headline of their own
    (:data:`rules.STORY_TAGS`) when one other such story's headline is the page's title."""
    wanted = norm(title or "").casefold()
    if not wanted:
        return
    stories = [
        el
        for el in root.iter(rules.STORY_TAGS)
        if el.find(".//h1") is not None
        and not any(a.tag == rules.STORY_TAGS for a in el.iterancestors())
    ]
    if len(stories) < 2:
        return
    named = [s for s in stories if _names(s, wanted)]
    if len(named) != 1:
        return  # no story the title names, or several: an index of stories
    for story in stories:
        if story is not named[0]:
            story.drop_tree()


def _names(story: HtmlElement, title: str) -> bool:
    """Whether the story's first headline is the title (or the title holds it, or it the title)."""
    h1 = story.find(".//h1")
    heading = norm(h1.text_content()).casefold() if h1 is not None else ""
    return bool(heading) and (heading == title or heading in title or title in heading)
