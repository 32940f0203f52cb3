"""Make Chinese, Japanese and Korean text searchable with FTS5.

FTS5's unicode61 tokenizer splits on spaces and punctuation, so a CJK sentence,
written without spaces, becomes one long token and no word inside it can be
found. clipper indexes every run of CJK characters a second time as
overlapping two-character pieces (bigrams): "大統領は" -> "大統 統領 領は". A
query word becomes the phrase of its bigrams ("大統領" -> "大統 統領"), which
matches wherever the word stands; a two-character word is one bigram; a single
character is a prefix query on the bigrams.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

# Han (CJK unified ideographs and extension A, compatibility ideographs),
# Hiragana, Katakana (full and half width), Hangul syllables and Jamo.
CJK_RUN_PATTERN = (
    r"[\u1100-\u11ff\u3040-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff"
    r"\uac00-\ud7af\uf900-\ufaff\uff66-\uff9f]+"
)


@cache
def cjk_run() -> re.Pattern[str]:
    """CJK_RUN_PATTERN compiled, the first time it is needed.

    Compiling its ranges takes about a millisecond, which commands that never
    meet CJK text (listing, showing) needn't pay at every start.
    """
    return re.compile(CJK_RUN_PATTERN)


def __getattr__(name: str) -> Any:
    # ``from clipper.cjk import CJK_RUN`` still works, and compiles it then.
    if name == "CJK_RUN":
        return cjk_run()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def has_cjk(text: str) -> bool:
    # Every CJK character is outside ASCII: most queries never need the pattern.
    return not text.isascii() and cjk_run().search(text) is not None


def bigrams(run: str) -> list[str]:
    """Overlapping two-character pieces of one CJK run; a lone character stays whole."""
    if len(run) < 2:
        return [run]
    return [run[i : i + 2] for i in range(len(run) - 1)]


def index_terms(text: str | None) -> str:
    """The bigrams of every CJK run in ``text``, space-separated ("" when there are none)."""
    if not text:
        return ""
    return " ".join(" ".join(bigrams(run)) for run in cjk_run().findall(text))


def query_terms(word: str) -> tuple[list[str], bool]:
    """A query word's CJK bigrams, and whether it needs a prefix match (one character)."""
    runs = cjk_run().findall(word)
    terms = [gram for run in runs for gram in bigrams(run)]
    return terms, len(terms) == 1 and len(terms[0]) == 1


def snippet(text: str, words: list[str], *, width: int = 60, mark: tuple[str, str]) -> str:
    """A window of ``text`` around the first of ``words``, each occurrence marked."""
    hits = [i for i in (text.find(w) for w in words) if i >= 0]
    if not hits:
        return text[: 2 * width] + ("…" if len(text) > 2 * width else "")
    first = min(hits)
    start, end = max(0, first - width), min(len(text), first + width)
    window = text[start:end]
    for word in sorted(set(words), key=len, reverse=True):
        window = window.replace(word, f"{mark[0]}{word}{mark[1]}")
    return ("…" if start else "") + window + ("…" if end < len(text) else "")
