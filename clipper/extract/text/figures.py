"""Photos in a text dump: image file names, the captions beside them and photo credits."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from clipper.extract.text import rules as rules
from clipper.extract.text.lines import (
    BLANK,
    CREDIT,
    FILE,
    PROSE,
    SENTENCE,
    SHORT,
    Line,
)


@dataclass(frozen=True, slots=True)
class Figure:
    """An image's caption and credit, and the lines they came from."""

    lines: tuple[int, ...]
    caption: str | None
    credit: str | None

    @property
    def text(self) -> str:
        return " — ".join(part for part in (self.caption, self.credit) if part)


def find_figures(lines: Sequence[Line]) -> tuple[Figure, ...]:
    """Image file names, the captions next to them, and photo credits."""
    figures: list[Figure] = []
    used: set[int] = set()
    textual = (PROSE, SENTENCE, SHORT)

    def blank_or_edge(i: int) -> bool:
        # Another photo's credit right above: photos one under the other.
        return i < 0 or i >= len(lines) or lines[i].kind in (BLANK, FILE, CREDIT)

    for i, line in enumerate(lines):
        if i in used:
            continue
        members, caption, credit = [i], None, None
        if line.kind == FILE:
            j = i + 1
            if j < len(lines) and lines[j].kind in textual and len(lines[j].text) <= 300:
                after = j + 1
                credited = after < len(lines) and lines[after].kind == CREDIT
                # Without a credit, only a short line is a caption: a long one
                # is the paragraph after an uncaptioned image.
                if credited or (blank_or_edge(after) and lines[j].words <= rules.CAPTION_MAX_WORDS):
                    caption, j = j, j + 1
            if j < len(lines) and lines[j].kind == CREDIT:
                credit = j
        elif line.kind == CREDIT:
            credit = i
            before, after = i - 1, i + 1
            if after < len(lines) and rules.CAPTION_LEAD.fullmatch(lines[after].text):
                caption = after  # "Image source, Reuters" / "Image caption, ..."
            elif (
                before >= 0
                and before not in used
                and lines[before].kind in textual
                and blank_or_edge(before - 1)
            ):
                caption = before
        elif line.kind in textual and len(line.text) <= 400:
            inline = rules.INLINE_CREDIT.fullmatch(line.text)
            if inline is not None and not _credits_a_caption(inline):
                inline = None
            lead = rules.CAPTION_LEAD.fullmatch(line.text)
            if inline is not None:
                figures.append(Figure((i,), inline["caption"], inline["credit"]))
            elif lead is not None:
                figures.append(Figure((i,), lead["caption"], None))
            else:
                continue
            used.add(i)
            continue
        else:
            continue
        members += [k for k in (caption, credit) if k is not None]
        used.update(members)
        caption_text = lines[caption].text if caption is not None else None
        lead = rules.CAPTION_LEAD.fullmatch(caption_text or "")
        figures.append(
            Figure(
                tuple(sorted(members)),
                lead["caption"] if lead else caption_text,
                lines[credit].text if credit is not None else None,
            )
        )
    return tuple(figures)


def _credits_a_caption(found: re.Match[str]) -> bool:
    """Whether a "©" glued to the last word credits a caption, not a trademark.

    "… ausgerichtet.© Name" and "… muss man wissen© Name/agency" close a caption;
    "3. LEGO© Star Wars Millennium Falcon" is a product's name in a list item: a
    glued holder counts after a sentence, or after a caption of
    ``rules.GLUED_CREDIT_MIN_WORDS`` words.
    """
    caption, credit = found["caption"], found["credit"]
    if credit.isupper() and not credit.startswith("©"):
        # A name in capitals after a sentence ("... la inauguración. JAVIER ROS") credits
        # a caption of some words whose sentence ends on a word, not on an initial or a
        # number: "LOGAN C. RITCHIE" and "Die 2. HBL LIVE" are a name and a heading.
        return (
            len(caption.split()) >= rules.GLUED_CREDIT_MIN_WORDS
            and rules.CAPTION_SENTENCE_END.search(caption) is not None
        )
    if (
        found.end("caption") == found.start("credit")
        and caption[-1:].islower()
        and rules.GLUED_NAME.fullmatch(credit)
    ):  # a name glued to the last word: a caption of no sentences
        return (
            rules.STOP_MARK.search(caption) is None
            and len(caption.split()) >= rules.GLUED_CREDIT_MIN_WORDS
        )
    if not credit.startswith("©") or found.end("caption") < found.start("credit"):
        return True
    return bool(rules.SENTENCE_END.search(caption)) or (
        len(caption.split()) >= rules.GLUED_CREDIT_MIN_WORDS
    )
