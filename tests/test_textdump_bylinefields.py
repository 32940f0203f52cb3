"""What a copy's byline line holds beside the names (web-eval copies, half 0): a
labelled field after them ("Datum: 03.03.19", "/ Kategorien: Event", "Foto: © dpa"),
the post's comment count ("Ein Kommentar"), a "By" glued to the name by the
page's link. None of these is a name; an initial's dot is.

Every fixture is written for the test; none comes from a corpus page.
"""

from __future__ import annotations

import pytest

from clipper.extract.text.lines import META, classify


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("Author: Jana Novak, Datum: 03.Mär.26", ("Jana Novak",)),
        ("12. März 2026 by Jana Novak / Kategorien: Reisen, Essen", ("Jana Novak",)),
        ("von Peter Holm  Foto: © Stadtarchiv", ("Peter Holm",)),
        ("Autor Peter Holm:", ("Peter Holm",)),
        ("3. März 2026 von Gartenzwerg Ein Kommentar", ("Gartenzwerg",)),
        ("March 3, 2026 by Ann Lee 5 Comments", ("Ann Lee",)),
        ("ByAnn Lee", ("Ann Lee",)),
        ("Von K. L. am 07.03.2026 um 09:07 Uhr", ("K. L.",)),
        ("By J. R. Miller and Ann Lee", ("J. R. Miller", "Ann Lee")),
        ("By Ann Lee.", ("Ann Lee",)),
    ],
)
def test_byline_fields_are_not_names(line: str, authors: tuple[str, ...]) -> None:
    got = classify(line)
    assert got.kind == META
    assert got.meta is not None and got.meta.authors == authors


@pytest.mark.parametrize("line", ["Byron Bay", "ByteDance"])
def test_words_starting_with_by_are_no_bylines(line: str) -> None:
    got = classify(line)
    assert got.meta is None or not got.meta.authors
