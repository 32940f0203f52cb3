"""Markdown export: front matter that any YAML reader parses back, and a faithful body."""

from __future__ import annotations

import json

import pytest

from clipper.export import front_matter, html_to_markdown, to_markdown
from clipper.models import Clipping
from clipper.textsafe import printable


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
    data = parse_front_matter(front_matter(clipping(tags=[], authors=["A", "B"])))
    assert data == {
        "title": "A title",
        "url": "https://e.com/a",
        "authors": ["A", "B"],
        "published": "2025-03-03",
        "site": "E",
        "clipped_at": "2026-11-27T10:00:00+00:00",
        "tags": [],
        "word_count": 1,
    }


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
