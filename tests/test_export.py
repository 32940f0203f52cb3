"""Markdown export: front matter that any YAML reader parses back, and a faithful body."""

from __future__ import annotations

import json

import pytest

from clipper.export.formats import ExportFormat, render_one, to_html, to_json, to_jsonl, to_record
from clipper.export.markdown import front_matter, html_to_markdown, to_markdown
from clipper.models import Clipping
from clipper.untrusted import printable


def clipping(**kw: object) -> Clipping:
    base: dict[str, object] = dict(
        id=1, url="https://e.com/a", source="https://e.com/a?utm_source=x", title="A title",
        authors=["Ann Lee"], byline="Ann Lee", published="2025-03-03", site_name="E",
        lang="en", excerpt=None, text="Body.", word_count=1, clipped_at="2026-11-27T10:00:00+00:00",
        tags=["a"], html="<p>Body.</p>",
    )  # fmt: skip
    base.update(kw)
    return Clipping(**base)  # type: ignore[arg-type]


def parse_front_matter(text: str) -> dict[str, object]:
    """A tiny reader for the subset clipper writes: scalars are JSON, lists are '- ' items."""
    assert text.startswith("---\n")
    block = text.split("---\n")[1]
    data: dict[str, object] = {}
    key = ""
    for line in block.splitlines():
        if line.startswith("  - "):
            data.setdefault(key, [])
            data[key].append(json.loads(line[4:]))  # type: ignore[union-attr]
        else:
            key, _, value = line.partition(": ")
            key = key.rstrip(":")
            data[key] = json.loads(value) if value else []
    return data


@pytest.mark.parametrize(
    "title",
    [
        'He said: "no"',
        "- leading dash",
        "yes",
        "#hashtag and: colon",
        "Tab\there and back\\slash",
        "Ünïcödé — 日本語",
        "{not: a map}",
        "'single' quotes",
    ],
)
def test_hostile_titles_round_trip(title: str) -> None:
    data = parse_front_matter(front_matter(clipping(title=title)))
    assert data["title"] == title


def test_front_matter_fields() -> None:
    data = parse_front_matter(front_matter(clipping(tags=[], authors=["A", "B"], byline="A, B")))
    assert data == {
        "title": "A title",
        "url": "https://e.com/a",
        "authors": ["A", "B"],
        "published": "2025-03-03",
        "date": "2025-03-03",
        "site": "E",
        "lang": "en",
        "clipped_at": "2026-11-27T10:00:00+00:00",
        "tags": [],
        "word_count": 1,
    }


def test_front_matter_carries_everything_but_the_body() -> None:
    c = clipping(
        byline="By Ann Lee in Tokyo", modified="2025-03-04", section="World",
        excerpt='An "excerpt": yes', image="https://e.com/i.jpg", captions=["Cap: one"],
        note="Line one\nline two: 'quoted' — #not-a-comment",
        corrections={"title": "A title"},
    )  # fmt: skip
    data = parse_front_matter(front_matter(c))
    assert data["byline"] == "By Ann Lee in Tokyo"
    assert data["modified"] == "2025-03-04"
    assert data["section"] == "World"
    assert data["excerpt"] == 'An "excerpt": yes'
    assert data["image"] == "https://e.com/i.jpg"
    assert data["captions"] == ["Cap: one"]
    assert data["note"] == c.note
    assert data["corrected"] == ["title"]
    assert list(data) == [
        "title", "url", "authors", "byline", "published", "date", "modified", "site", "lang",
        "section", "excerpt", "image", "captions", "clipped_at", "tags", "note", "corrected",
        "word_count",
    ]  # fmt: skip


def test_source_path_when_there_is_no_url() -> None:
    data = parse_front_matter(front_matter(clipping(url=None, source="/tmp/page.txt")))
    assert data["source"] == "/tmp/page.txt" and "url" not in data


def test_body_keeps_structure() -> None:
    md = html_to_markdown(
        "<h2>Sub</h2><p>Para with <em>em</em>, <strong>strong</strong> and "
        '<a href="https://x.org/">a link</a>.</p><ul><li>one</li><li>two</li></ul>'
        "<ol><li>first</li></ol><blockquote><p>Quoted</p></blockquote>"
        "<figure><figcaption>A caption — Photo: X/Getty</figcaption></figure>"
    )
    assert "## Sub" in md
    assert "*em*" in md and "**strong**" in md
    assert "[a link](https://x.org/)" in md
    assert "- one\n- two" in md
    assert "1. first" in md
    assert "> Quoted" in md
    assert "*A caption — Photo: X/Getty*" in md


def test_whole_export_has_title_heading() -> None:
    md = to_markdown(clipping())
    assert "\n# A title\n" in md and md.endswith("Body.\n")


def test_printable_drops_terminal_controls() -> None:
    assert printable("a\x1b[31mb\x07c\x9bd\ne") == "a[31mbcd\ne"
    assert printable("a\n b\tc", single_line=True) == "a b c"


# --- the other formats -------------------------------------------------------------


def test_json_record_has_every_field_with_note_and_html() -> None:
    record = to_record(clipping(note="n", corrections={"title": "A title"}))
    for name in Clipping.__dataclass_fields__:
        assert name in record, name
    assert record["note"] == "n" and record["html"] == "<p>Body.</p>"
    assert record["corrections"] == {"title": "A title"}


def test_jsonl_is_one_object_a_line() -> None:
    text = to_jsonl([clipping(id=1, title="a\nb"), clipping(id=2)])
    lines = text.splitlines()
    assert len(lines) == 2
    assert [json.loads(line)["id"] for line in lines] == [1, 2]
    assert json.loads(to_json([clipping()]))[0]["title"] == "A title"


EVIL = '<script>alert(1)</script> & "quotes" \x1b[2J'


def test_html_page_escapes_everything_and_runs_nothing() -> None:
    page = to_html(
        clipping(
            title=EVIL, site_name=EVIL, byline=EVIL, note=EVIL, tags=[EVIL],
            url="javascript:alert(1)", lang='en" onload="x',
            html='<p onclick="x()">Body <script>alert(2)</script><a href="javascript:y()">l</a>'
            '<img src="i.jpg" onerror="z()"><iframe src="https://evil"></iframe></p>',
        )
    )  # fmt: skip
    assert page.startswith("<!DOCTYPE html>")
    assert "<script" not in page.lower()
    assert "onclick" not in page and "onerror" not in page and "onload" not in page
    assert 'href="javascript' not in page and 'src="javascript' not in page
    assert "<iframe" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;" in page
    assert "Body" in page


def test_html_page_shows_metadata_on_top() -> None:
    page = to_html(clipping(note="My note", tags=["city"]))
    head, _, body = page.partition("<p>Body.</p>")
    assert "<h1>A title</h1>" in head
    assert "Ann Lee" in head and "2025-03-03" in head and "city" in head and "My note" in head
    assert '<a href="https://e.com/a">' in head
    assert body.strip().endswith("</html>")


def test_markdown_format_is_the_classic_export() -> None:
    c = clipping()
    assert render_one(c, ExportFormat.markdown) == to_markdown(c)


def test_markdown_export_carries_no_terminal_control_characters() -> None:
    evil = clipping(
        title="Evil \x1b[31mred\x07", text="a\x1b]0;x\x07b", html="<p>a\x1b]0;x\x07b</p>"
    )
    md = to_markdown(evil)
    assert "\x1b" not in md and "\x07" not in md
    assert "# Evil [31mred" in md
