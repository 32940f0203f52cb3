"""Turn what a user types into a safe FTS5 query.

FTS5 has its own syntax (quotes, AND/OR/NOT, NEAR, ``*``, ``^``, column filters);
typed by a person, most of it is an error waiting to happen. By default every
chunk the user typed becomes a quoted phrase of its word characters, chunks are
ANDed together, and a trailing ``*`` keeps its meaning (prefix search).
Balanced double quotes keep their meaning too (an exact phrase). ``--raw``
skips all of this.
"""

from __future__ import annotations

import re

from clipper.cjk import has_cjk, query_terms

_WORD = re.compile(r"\w+", re.UNICODE)
_CHUNK = re.compile(r'"([^"]*)"|(\S+)')


def _phrase(words: list[str], prefix: bool = False) -> str:
    return '"' + " ".join(words) + '"' + ("*" if prefix else "")


def to_fts_query(user_query: str) -> str | None:
    """Quote every term so no input can be an FTS5 syntax error.

    Returns None when the input holds no word at all (``"``, ``*``, spaces):
    there is nothing to search for, which is not an error.

    >>> to_fts_query('U.S.-Japan talks')
    '"U S Japan" "talks"'
    >>> to_fts_query('negotiat*')
    '"negotiat"*'
    """
    text = user_query
    if text.count('"') % 2:  # a lone quote is just punctuation
        text = text.replace('"', " ")
    parts: list[str] = []
    for match in _CHUNK.finditer(text):
        quoted, bare = match.groups()
        chunk = quoted if quoted is not None else bare
        words = _WORD.findall(chunk)
        if not words:
            continue
        prefix = quoted is None and chunk.endswith("*")
        if any(has_cjk(w) for w in words):
            parts.extend(_cjk_parts(words))
        else:
            parts.append(_phrase(words, prefix))
    return " ".join(parts) or None


def _cjk_parts(words: list[str]) -> list[str]:
    """CJK words become phrases of the bigrams the index holds; other words stay words."""
    from clipper.cjk import CJK_RUN

    parts: list[str] = []
    for word in words:
        for piece in CJK_RUN.split(word):
            if piece:
                parts.append(_phrase([piece]))
        for run in CJK_RUN.findall(word):
            terms, prefix = query_terms(run)
            parts.append(_phrase(terms, prefix))
    return parts


def cjk_words(user_query: str) -> list[str]:
    """The CJK runs in a query, for highlighting them in snippets."""
    if user_query.isascii():
        return []
    from clipper.cjk import cjk_run

    return cjk_run().findall(user_query)
