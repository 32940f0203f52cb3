"""The plain output path writes exactly what rich writes to a pipe, and steps aside otherwise."""

from __future__ import annotations

import dataclasses
import io

import pytest
from hypothesis import HealthCheck, example, given, settings
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
            "“quoted” — and so on…",
            "Ελλάδα Россия",
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


def _hit(title: str | None = None, published: str | None = None) -> SearchHit:
    return SearchHit(
        id=1,
        title=title,
        url=None,
        source="",
        site_name=None,
        published=published,
        clipped_at="2025-01-01T00:00:00+00:00",
        snippet="",
        score=-1.0,
    )


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(hits(), max_size=4), st.integers(min_value=20, max_value=200))
# a title ending in a zero-width joiner, its date on the same line (found by Hypothesis)
@example([_hit("⺀" + "0" * 24 + "Ελλάδα Россия\u200d", "00")], 21)
# a joiner right before a match's marker, a wide character at the edge (found by Hypothesis)
@example([dataclasses.replace(_hit(), snippet="0" * 15 + "\u200d\x020000⼀")], 20)
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


cell_text = texts.map(
    lambda t: __import__("clipper.untrusted").untrusted.printable(t, single_line=True)
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(st.tuples(cell_text, cell_text, st.integers(0, 10**7)), max_size=6),
    st.integers(min_value=20, max_value=160),
)
def test_the_clippings_table_is_rich_s(rows: list[tuple[str, str, int]], width: int) -> None:
    from rich.table import Table

    table = Table(show_edge=False, header_style="bold", pad_edge=False)
    table.add_column("id", justify="right", style="dim", no_wrap=True)
    table.add_column("clipped", no_wrap=True)
    table.add_column("title", ratio=3)
    table.add_column("site", ratio=1)
    table.add_column("words", justify="right", no_wrap=True)
    plain_rows = []
    for n, (title, site, words) in enumerate(rows):
        cells = [str(n * 977), "2025-03-01", title, site, f"{words:,}"]
        table.add_row(cells[0], cells[1], render.Text(title), render.Text(site), cells[4])
        plain_rows.append(cells)
    columns = [
        plain.Column("id", "right", True),
        plain.Column("clipped", no_wrap=True),
        plain.Column("title"),
        plain.Column("site"),
        plain.Column("words", "right", True),
    ]
    shown = plain.table(columns, plain_rows, width)
    if shown is None:  # a character of no width: the commands print such rows with rich
        assert any(plain._zero_width(cell) for row in plain_rows for cell in row)
    else:
        assert shown == rich_text(table, width)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(st.tuples(cell_text, st.integers(1, 10**6)), min_size=1, max_size=6),
    cell_text,
    st.integers(min_value=20, max_value=160),
)
# a label too long for the width: the squeezed columns add up to a cell more than it
@example([("x" * 134, 131070)], "", 20)
def test_the_bar_tables_are_rich_s(rows: list[tuple[str, int]], title: str, width: int) -> None:
    from rich.table import Table

    table = Table(title=title, title_justify="left", show_header=False, show_edge=False, box=None)
    table.add_column(no_wrap=True)
    table.add_column(justify="right", no_wrap=True)
    table.add_column(no_wrap=True, style="cyan")
    plain_rows = []
    for label, count in rows:
        bar = "█" * (count % 30 + 1)
        table.add_row(render.Text(label), f"{count:,}", bar)
        plain_rows.append([label, f"{count:,}", bar])
    columns = [
        plain.Column(no_wrap=True),
        plain.Column("", "right", True),
        plain.Column(no_wrap=True),
    ]
    got = plain.table(
        columns, plain_rows, width, heavy_head=False, show_header=False, pad_edge=True, title=title
    )
    if got is None:  # a character of no width: the commands print such tables with rich
        assert plain._zero_width(title) or any(plain._zero_width(row[0]) for row in plain_rows)
    else:
        assert got == rich_text(table, width)


def test_the_commands_print_the_same_either_way(
    tmp_path: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    """list, stats and search through the plain path and through rich, on one archive."""
    from pathlib import Path

    from typer.testing import CliRunner

    from clipper import store
    from clipper.cli import app
    from clipper.models import Article, Page

    archive = Path(str(tmp_path)) / "a.db"
    db = store.open_db(archive)
    titles = [
        "Harbour talks resume after a long week of strikes at the ferry port and the docks",
        "大統領は会談した 東京で harbour",
        "A title with \x1b[31mcolour\x1b[0m and [bold]markup[/bold] harbour",
        "x" * 150 + " harbour",
        None,
    ]
    for i, title in enumerate(titles):
        text = f"The harbour story number {i} goes on and on. " * 30
        article = Article(text=text, html=f"<p>{text}</p>", title=title, site_name=f"Site {i % 2}")
        store.save_clipping(
            db, article, Page(body=text.encode(), source=f"s{i}"), key=f"k{i}", url=None
        )
    db.close()
    monkeypatch.setenv("CLIPPER_DB", str(archive))
    runner = CliRunner()
    for columns in ("40", "80", "132"):
        monkeypatch.setenv("COLUMNS", columns)
        for args in (["list"], ["stats"], ["search", "harbour"], ["show", "3"], ["show", "4"]):
            fast = runner.invoke(app, args)
            with monkeypatch.context() as m:
                m.setattr(plain, "plain_width", lambda stream=None: None)
                slow = runner.invoke(app, args)
            assert fast.exit_code == slow.exit_code == 0
            assert fast.stdout == slow.stdout, (columns, args)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    maybe,
    texts,
    maybe,
    st.lists(cell_text, max_size=3),
    st.lists(cell_text, max_size=2),
    st.integers(min_value=20, max_value=140),
)
def test_show_is_rich_s(
    title: str | None,
    text: str,
    note: str | None,
    tags: list[str],
    captions: list[str],
    width: int,
) -> None:
    from clipper.models import Clipping

    clipping = Clipping(
        id=12,
        url="https://example.com/a",
        source="https://example.com/a",
        title=title,
        authors=["Ann Lee"],
        byline=None,
        published="2025-03-01",
        site_name="Example",
        lang="en",
        excerpt=None,
        text=text,
        word_count=321,
        clipped_at="2025-03-02T10:00:00+00:00",
        tags=tags,
        captions=captions,
        note=note,
        near_duplicate_of=3,
        corrections={"title": "x"} if note else {},
    )
    shown = plain.clipping_detail(clipping, width)
    if shown is not None:
        assert shown == rich_text(render.clipping_detail(clipping), width)
