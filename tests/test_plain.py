"""The plain output path writes exactly what rich writes to a pipe, and steps aside otherwise."""

from __future__ import annotations

import io

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rich.console import Console

from clipper.cli import plain, render
from clipper.models import HIGHLIGHT, SearchHit

START, END = HIGHLIGHT


def rich_text(renderable: object, width: int) -> str:
    """What the CLI's console prints to a file that is not a terminal."""
    out = io.StringIO()
    Console(
        file=out, width=width, highlight=False, emoji=False, markup=False, color_system=None
    ).print(renderable)
    return out.getvalue()


# Text as pages bring it: words of every script, wide and zero-width characters,
# combining marks, emoji, controls, long unbroken runs, spaces of every kind.
piece = st.one_of(
    st.text(min_size=0, max_size=12),
    st.sampled_from(
        [
            " ",
            "  ",
            "\u3000",
            "\t",
            "\n",
            "大統領は会談した",
            "e\u0301",
            "👍🏽",
            "\u200b",
            "\u200d",
            "x" * 130,
            "\x1b[31m",
            "[bold]",
            "·",
            START,
            END,
        ]
    ),
)
texts = st.lists(piece, max_size=30).map("".join)
maybe = st.one_of(st.none(), texts)


@st.composite
def hits(draw: st.DrawFn) -> SearchHit:
    return SearchHit(
        id=draw(st.integers(min_value=1, max_value=10**9)),
        title=draw(maybe),
        url=draw(maybe),
        source=draw(texts),
        site_name=draw(maybe),
        published=draw(maybe),
        clipped_at="2025-01-01T00:00:00+00:00",
        snippet=draw(texts),
        score=-1.0,
    )


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(hits(), max_size=4), st.integers(min_value=20, max_value=200))
def test_search_results_are_rich_s_to_the_character(found: list[SearchHit], width: int) -> None:
    assert plain.search_results(found, width) == rich_text(render.search_results(found), width)


@settings(max_examples=300, deadline=None)
@given(texts, st.integers(min_value=20, max_value=120))
def test_wrap_is_rich_s_for_one_line_texts(text: str, width: int) -> None:
    from clipper.untrusted import printable

    line = printable(text, single_line=True)
    assert "".join(f"{x}\n" for x in plain.wrap(line, width)) == rich_text(render.Text(line), width)


class Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_rich_renders_on_a_terminal_and_where_the_environment_asks_for_one(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("FORCE_COLOR", raising=False)
    monkeypatch.delenv("TTY_COMPATIBLE", raising=False)
    monkeypatch.setenv("COLUMNS", "100")
    assert plain.plain_width(io.StringIO()) == 100
    assert plain.plain_width(Tty()) is None
    monkeypatch.setenv("FORCE_COLOR", "1")
    assert plain.plain_width(io.StringIO()) is None
    monkeypatch.delenv("FORCE_COLOR")
    monkeypatch.setenv("TTY_COMPATIBLE", "1")
    assert plain.plain_width(io.StringIO()) is None
    monkeypatch.delenv("TTY_COMPATIBLE")
    monkeypatch.setenv("COLUMNS", "5")  # too narrow to promise rich's layout
    assert plain.plain_width(io.StringIO()) is None


@settings(max_examples=200, deadline=None)
@given(maybe, texts, st.sampled_from(["added", "updated", "duplicate", "skipped"]), st.booleans())
def test_batch_lines_are_rich_s(title: str | None, source: str, status: str, near: bool) -> None:
    from clipper.batch import ItemResult
    from clipper.models import Clipping

    clipping = Clipping(
        id=3,
        url=None,
        source=source,
        title=title,
        authors=[],
        byline=None,
        published=None,
        site_name=None,
        lang=None,
        excerpt=None,
        text="",
        word_count=1,
        clipped_at="",
        tags=[],
        near_duplicate_of=7 if near else None,
    )
    result = ItemResult(
        source,
        status,
        clipping=clipping if status in ("added", "updated") else None,
        clipping_id=4 if status != "added" else None,
    )
    line = render.batch_line(result)
    if line is None:
        assert plain.batch_line(result) is None
        return
    out = io.StringIO()
    Console(file=out, width=80, highlight=False, emoji=False, markup=False).print(
        line, soft_wrap=True
    )
    assert plain.batch_line(result) == out.getvalue()
