"""The names on a text dump's byline: "Marta Lindqvist and Daniel Okafor" read as two
authors, and whether a line's words are names at all (a line that holds anything but
names, job titles and agencies is no byline). Bylines read from HTML, already known
to be bylines, have their own, more lenient reader (``html.authors.split_authors``).
"""

from __future__ import annotations

from clipper.extract import lexicon
from clipper.extract.text import rules as rules
from clipper.extract.text.scripts import is_cjk
from clipper.extract.text.unspaced import name_word

# "M.D." and "MD" alike, as a part of a byline on its own.
_DEGREES = frozenset(suffix.replace(".", "") for suffix in lexicon.NAME_SUFFIXES)


def read_names(text: str) -> tuple[tuple[str, ...], str | None]:
    """Authors and a display byline from "Marta Lindqvist and Daniel Okafor".

    This also decides whether a line is a byline at all: one part that is
    neither a name nor a job title or agency rejects the whole line. Bylines
    from HTML, already known to be bylines, are cleaned more leniently by
    ``metadata.split_authors``.
    """
    display = rules.HANDLE_AT.sub("", rules.BYLINE_JUNK.sub("", text))
    display = " ".join(display.split()).strip(_NAME_EDGES)
    if display.isupper() and len(display) > 3:
        display = display.title()
    names: list[str] = []
    for part in rules.AUTHOR_SEPARATOR.split(display):
        part = _without_edge_dots(part)
        if not part:
            continue
        if not names:
            part = _without_job_title(part)
        if rules.NOT_A_NAME.fullmatch(part) or part.replace(".", "") in _DEGREES:
            continue
        if not _looks_like_name(part):
            return (), None
        names.append(part)
    if not names:
        return (), None
    return tuple(dict.fromkeys(names)), display


def _without_job_title(part: str) -> str:
    """The byline's first name without a job title glued after it ("Ann Lee Senior
    Reporter" -> "Ann Lee"). The name left has two words at least ("Jane Writer" may be
    a name), the last capitalised and no article or preposition ("Letters to the
    Editor" is a heading). Only the first part: after a comma, "Local Democracy
    Reporter" is a title of its own, which ``rules.NOT_A_NAME`` drops whole.
    """
    titled = rules.JOB_TITLE_TAIL.search(part)
    if titled is None:
        return part
    name = part[: titled.start()].split()
    if len(name) < 2 or not name[-1][:1].isupper() or name[-1].lower() in _TITLE_JOINERS:
        return part
    return part[: titled.start()]


# Words that join a title to what it is of, never a name's last word.
_TITLE_JOINERS = frozenset(
    {"the", "to", "for", "of", "and", "at", "der", "die", "des", "dem", "den"}
)


def _without_edge_dots(part: str) -> str:
    """A byline's part without the dots and spaces around it, but with an initial's
    dot: "R. R." is how the page spells the name; "Jane Doe." ends a sentence."""
    part = part.strip(" .")
    last = part.rsplit(" ", 1)[-1]
    initial = len(last) == 1 and last.isupper() and " " in part  # not a CJK character
    return part + "." if initial else part


# What never starts or ends a byline: separators and stray marks ("作者︱春春",
# "Ahiza Garcia :"). A closing bracket or an initial's dot may end one.
_NAME_EDGES = " ,|·•-—–:;/\\︱｜：、「」『』[]*#~=+"


def _looks_like_name(text: str) -> bool:
    if any(c.isdigit() for c in text) or rules.SENTENCE_END.search(text.rstrip(".")):
        return False
    if is_cjk(text):
        return 2 <= len(text.replace(" ", "")) <= 12
    tokens = text.split()
    if not 1 <= len(tokens) <= 5:
        return False
    first = tokens[0][0]  # (a script without capitals: "أحمد", "राहुल")
    return first.isalpha() and not first.islower() and all(map(name_word, tokens))
