"""A byline's text cleaned into names: "By Ann Lee and Bob Ray, Staff Writers" ->
["Ann Lee", "Bob Ray"]. Pure string work; :mod:`.authors` finds the bylines."""

from __future__ import annotations

import re

from clipper.extract.html import rules as rules
from clipper.extract.html.pagefields import clean_text, is_url

# marks no reader sees (soft hyphens, zero-width spaces) left out of names
INVISIBLE = dict.fromkeys(map(ord, rules.TITLE_INVISIBLE_CHARS))


def _without_trailer(text: str) -> str:
    """A byline less its trailing job title or date ("Ann Lee, Reporter" -> "Ann Lee").

    A two-word pen name whose second word is a job title ("Rasender Reporter")
    is kept whole: its one word left would be no name. "Staff Writer" still goes.
    """
    trimmed = rules.BYLINE_TRAILERS.sub("", text)
    words = text.split()
    if (
        len(words) == 2
        and trimmed == words[0]
        and words[0][:1].isupper()
        and words[1][:1].isupper()  # a name's capitals: "Court reporter" is a desk's label
        and words[0].isalpha()
        and words[0].lower() not in rules.BYLINE_JUNK_WORDS
        and words[1].lower() in rules.BYLINE_JOB_WORDS
    ):
        return text
    return trimmed


def _without_agency(text: str) -> str:
    """A full name less the agency's code after a slash ("Peter Maahn/SP-X" -> "Peter Maahn")."""
    found = rules.NAME_AGENCY_TAIL.search(text)
    if found is None:
        return text
    head = text[: found.start()]
    words = head.split()
    if len(words) >= 2 and "/" not in head and all(w[:1].isupper() for w in words):
        return head
    return text


def _names_a_body(part: str) -> bool:
    """Whether a part of a byline holds a lower-case word no name has ("Landesanstalt
    für Wald"): an organisation's name, which an "und" inside does not split."""
    return any(w[:1].islower() and not rules.NAME_PARTICLE.fullmatch(w) for w in part.split()[1:])


def _bare(part: str) -> str:
    """One part of a byline less its by-word ("pictures by Tom Reed" -> "Tom Reed")."""
    return rules.BYLINE_PREFIX.sub("", part.strip(" ,:;|-–—"))


def split_authors(raw: str) -> list[str]:
    """Clean one raw byline into names: drop "By", titles, dates, split on "and".

    Text dumps have their own reader, ``textlines.read_names``, on purpose:
    there a line counts as a byline only if every part of it is a name, so it
    rejects a line that this function, given a field or element already known
    to hold a byline, cleans up part by part.
    """
    text = clean_text(raw.translate(INVISIBLE)) or ""
    if sum(1 for w in text.split() if w[:1].islower()) >= 4:
        return []  # a sentence ("By clicking Submit, you agree to…"), not a byline
    text = rules.BYLINE_PREFIX.sub("", text)
    text = rules.JOB_TITLE_BEFORE_NAME.sub("", text)
    text = _without_trailer(text)
    text = rules.NAME_SUFFIX_TAIL.sub("", text)  # "Brenda Goodman, MA" -> "Brenda Goodman"
    parts = rules.BYLINE_AND.split(text)
    # split only a list of full names: not "Mac & i", "Jong, Michiel de",
    # "Martin Untersinger (avec Damien Leloup et Morgane Tual)"
    if "(" in text or any(len(p.split()) < 2 or _names_a_body(_bare(p)) for p in parts):
        parts = [text]
    names: list[str] = []
    for part in parts:
        part = _without_agency(_bare(part))
        if part.endswith(".") and not re.search(r"\b\w\.$", part):
            part = part[:-1]  # a full stop, not an initial's dot ("Kooman, F.")
        if not part or part.lower() in rules.BYLINE_JUNK_WORDS or is_url(part):
            continue
        if part.split()[0] in rules.NAME_SUFFIXES:
            continue  # "Brenda Goodman, MA WebMD Health News": letters, then the desk
        if not looks_like_name(part):
            continue
        names.append(part)
    return names


def looks_like_name(text: str) -> bool:
    """A person's or desk's name: short, no sentence punctuation, digits only in a user name.

    A copyright line ("© Telebasel") is no byline.

    "freeman1984" is a user name; "Ann Lee 12 May" is a name and a date.
    """
    if len(text) > rules.NAME_MAX_CHARS:
        return False  # first: the patterns below take time on a long run of letters
    if rules.EMAIL_LIKE.search(text):
        return False
    if rules.USER_HANDLE.fullmatch(text):
        return True
    if any(ch.isdigit() for ch in text) or re.search(r"[\"<>?!=;{}©]", text):
        return False
    words = re.sub(r"\([^)]*\)", "", text).split()
    return 0 < len(words) <= 5


def names_a_desk(name: str) -> bool:
    """Whether a name is a desk's or a role's ("Site Admin", "Guest Contributor",
    "The Editorial Team"), not a person's."""
    words = name.casefold().split()
    return words[0] == "the" or not rules.DESK_WORDS.isdisjoint(words)
