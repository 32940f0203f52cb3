"""Bylines led by the words for "by" and "author" in more languages (``lexicon.BY_WORDS``,
and ``lexicon.BY_LABELS`` with their colon), with names in scripts without capitals
("بقلم أحمد يوسف", "लेखक: राहुल शर्मा") and a Korean reporter's name before "기자"; in a
copy and stripped from an HTML byline's text. A sentence opening with the same word stays.

Every fixture is written for the test; none comes from a corpus page.
"""

from __future__ import annotations

import pytest

from clipper.extract.html import rules as htmlrules
from clipper.extract.text.lines import classify

_BYLINES = [
    ("Oleh Budi Santoso", ("Budi Santoso",)),
    ("Yazar: Ali Demir", ("Ali Demir",)),
    ("Tác giả: Nguyễn Văn An", ("Nguyễn Văn An",)),
    ("Szerző: Kovács Anna", ("Kovács Anna",)),
    ("Door Jan de Vries", ("Jan de Vries",)),
    ("Συντάκτης: Μαρία Παπαδοπούλου", ("Μαρία Παπαδοπούλου",)),
    ("بقلم أحمد يوسف", ("أحمد يوسف",)),
    ("מאת דנה כהן", ("דנה כהן",)),
    ("लेखक: राहुल शर्मा", ("राहुल शर्मा",)),
    ("द्वारा: राहुल शर्मा", ("राहुल शर्मा",)),
    ("எழுதியவர்: சுரேஷ் குமார்", ("சுரேஷ் குமார்",)),
    ("โดย สมชาย ใจดี", ("สมชาย ใจดี",)),
    ("김민수 기자", ("김민수",)),
    ("김민수 기자 minsu@example.com", ("김민수",)),
]


@pytest.mark.parametrize(("text", "authors"), _BYLINES)
def test_a_byline_in_another_language_gives_its_authors(
    text: str, authors: tuple[str, ...]
) -> None:
    line = classify(text)
    assert line.meta is not None and line.meta.authors == authors


@pytest.mark.parametrize(
    "text",
    [
        "Door de regen viel de wedstrijd uit",
        "Oleh karena itu pemerintah menunda",
        "राहुल शर्मा द्वारा",  # "by" after the name: read by no rule, left alone
        "Mwandishi Wetu",
    ],
)
def test_a_line_opening_with_a_by_word_but_no_names_is_no_byline(text: str) -> None:
    line = classify(text)
    assert line.meta is None or not line.meta.authors


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Oleh Budi Santoso", "Budi Santoso"),
        ("Yazar: Ali Demir", "Ali Demir"),
        ("بقلم أحمد يوسف", "أحمد يوسف"),
        ("Penulis: Rina Marlina", "Rina Marlina"),
        ("Muhabir: Ali Demir", "Ali Demir"),
    ],
)
def test_an_html_bylines_by_word_is_stripped(text: str, name: str) -> None:
    assert htmlrules.BYLINE_PREFIX.sub("", text) == name
