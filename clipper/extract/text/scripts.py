"""Which writing system a text dump's line is in, where the readers need to know: a
line of Chinese, Japanese or Korean says more per character and has no spaces between
its words, so its length and its words are counted another way."""

from __future__ import annotations

from clipper.cjk import CJK_RUN


def cjk_count(text: str) -> int:
    """How many characters of ``text`` are Chinese, Japanese or Korean."""
    if text.isascii():  # most lines, and asked at once
        return 0
    return sum(len(run) for run in CJK_RUN.findall(text))


def is_cjk(text: str) -> bool:
    cjk = cjk_count(text)
    if cjk == 0:
        return False  # most lines: no need to count every letter
    letters = sum(map(str.isalpha, text))
    return letters > 0 and cjk * 3 >= letters  # a line of "・" alone has no letters
