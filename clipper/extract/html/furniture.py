"""Whether a block's text or an element's class and id names are site furniture: the
phrase and name tests the furniture rules share (the rules themselves are data in
:mod:`clipper.extract.html.rules`)."""

from __future__ import annotations

import re
from functools import lru_cache

from clipper.extract.html import rules as rules


@lru_cache(maxsize=4096)
def is_boilerplate(text: str) -> bool:
    """Whether a short block's whole text is furniture: a phrase, or a sentence of one.

    Remembered: both candidates' cleaning asks about the same paragraphs.
    """
    if rules.BOILERPLATE_PHRASES.match(text):
        return True
    low = text.lower()
    if _FURNITURE_WORD.search(low) is None:
        return False  # most blocks: no sentence pattern can match, none is tried
    return any(
        any(w in low for w in words) and pattern.match(text)
        for words, pattern in rules.SENTENCE_FURNITURE
    )


# any of the words some sentence pattern needs (one search instead of one per word)
_FURNITURE_WORD = re.compile(
    "|".join(map(re.escape, sorted({w for words, _ in rules.SENTENCE_FURNITURE for w in words})))
)


def id_name(value: str | None) -> str:
    """An element id worth matching: not a slug of a heading ("sharing-with-a-repo")."""
    # more than three parts split at "-" and "_"
    if not value or value.count("-") + value.count("_") > 2:
        return ""
    return value


def names_furniture(names: str) -> bool:
    """Whether class and id names (lower-cased, space-separated) name furniture.

    Remembered for names of a usual length only: the names are the page's, and a
    process-wide cache must not hold a hostile page's megabyte-long ones
    (:data:`rules.CACHED_NAME_MAX_CHARS`).
    """
    if len(names) < rules.CACHED_NAME_MAX_CHARS:
        return _names_furniture_cached(names)
    return _names_furniture(names)


def _names_furniture(names: str) -> bool:
    """:func:`names_furniture`, worked out.

    A name is read without the state classes (:data:`rules.STATE_PREFIXES`):
    ``has-sharing`` is a header with share buttons in it.
    """
    tokens = [t for t in names.split() if not t.startswith(rules.STATE_PREFIXES)]
    if any(t in rules.CONTENT_TOKENS for t in tokens):
        return False
    for token in tokens:
        if token in rules.BOILERPLATE_TOKENS:
            return True
        if any(part in rules.BOILERPLATE_TOKENS for part in re.split(r"[-_]", token) if part):
            return True
    read = " ".join(tokens)
    return any(s in read for s in rules.BOILERPLATE_SUBSTRINGS)


_names_furniture_cached = lru_cache(maxsize=4096)(_names_furniture)


def names_whole_furniture(names: str) -> bool:
    """Whether a whole class or id token in ``names`` (lower-cased), or a name of several
    parts, names furniture (never one ``-``/``_`` part of a token); remembered as
    :func:`names_furniture` is."""
    if len(names) < rules.CACHED_NAME_MAX_CHARS:
        return _whole_furniture_cached(names)
    return _whole_furniture(names)


def _whole_furniture(names: str) -> bool:
    tokens = names.split()
    if not tokens or not rules.CONTENT_TOKENS.isdisjoint(tokens):
        return False
    if not rules.BOILERPLATE_TOKENS.isdisjoint(tokens):
        return True
    return _BOILERPLATE_SUBSTRING.search(" ".join(tokens).replace("_", "-")) is not None


_whole_furniture_cached = lru_cache(maxsize=4096)(_whole_furniture)
# any of the several-part names (one search instead of one per name)
_BOILERPLATE_SUBSTRING = re.compile("|".join(map(re.escape, rules.BOILERPLATE_SUBSTRINGS)))
