"""clipper.cli.cells answers what rich.cells and rich._wrap answer, character for character."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from rich import cells as rich_cells
from rich._unicode_data._versions import VERSIONS
from rich._wrap import divide_line as rich_divide_line

from clipper.cli import cells

SINGLE = sorted(cells._SINGLE)
DOUBLE = [chr(c) for a, b in cells._TWO_CELLS for c in range(a, b + 1)]

# Text of one-cell characters (the fast path), and text with anything in it (rich's).
single_text = st.lists(
    st.one_of(st.sampled_from(SINGLE), st.sampled_from([" ", "  ", "x" * 45, "…", "—"])),
    max_size=40,
).map("".join)
known_text = st.lists(
    st.one_of(
        st.sampled_from(SINGLE),
        st.sampled_from(DOUBLE),
        st.sampled_from([" ", "  ", "大統領は会談した", "x" * 45, "…", "한국어"]),
    ),
    max_size=40,
).map("".join)
any_text = st.one_of(
    single_text,
    known_text,
    st.text(max_size=60),
    st.lists(
        st.sampled_from([*SINGLE[:50], "大統領", "e\u0301", "\u200d", "👍", "\u3000", "\t"])
    ).map("".join),
)


def test_every_character_s_width_is_rich_s_in_every_unicode_version() -> None:
    for version in VERSIONS:
        size = rich_cells.get_character_cell_size
        assert not [ch for ch in SINGLE if size(ch, version) != 1], version
        assert not [ch for ch in DOUBLE if size(ch, version) != 2], version
    assert not [ch for ch in SINGLE + DOUBLE if ch.isspace() and ch != " "]
    assert all(ch.isprintable() for ch in SINGLE + DOUBLE)


@given(any_text, st.integers(min_value=1, max_value=130), st.booleans())
def test_divide_line_is_rich_s(text: str, width: int, fold: bool) -> None:
    assert cells.divide_line(text, width, fold=fold) == rich_divide_line(text, width, fold=fold)


@given(any_text, st.integers(min_value=-3, max_value=130))
def test_cell_measures_are_rich_s(text: str, total: int) -> None:
    assert cells.cell_len(text) == rich_cells.cell_len(text)
    assert cells.set_cell_size(text, total) == rich_cells.set_cell_size(text, total)
    for ch in text:
        assert cells.zero_width(ch) == (rich_cells.get_character_cell_size(ch) == 0)


def test_words_longer_than_the_line_fold_as_rich_folds_them() -> None:
    for text in (
        "x" * 95,
        "ab " + "y" * 61 + " cd",
        "  lead " + "z" * 40,
        "tail   ",
        "大統領" * 9 + " ok",
        "a大b統c" * 7,
    ):
        for width in (1, 7, 20, 30, 60):
            for fold in (True, False):
                assert cells.divide_line(text, width, fold) == rich_divide_line(text, width, fold)
