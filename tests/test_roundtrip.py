"""Export, delete, clip the exported Markdown: the clipping comes back whole."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from clipper.export import frontmatter as frontmatter
from helpers import FIXTURES, LocalServer, invoke

ARTICLE = FIXTURES / "article.html"

# Fields that say how the clipping was made rather than what it is: a new id,
# the exported file as its source, and Markdown as the kind of page read.
NOT_COMPARED = {"id", "source", "kind", "encoding", "html", "near_duplicate_of"}


def ok(*args: str) -> str:
    code, out, err = invoke(*args)
    assert code == 0, err
    return out


def shown(clipping_id: int) -> dict:
    return json.loads(ok("show", str(clipping_id), "--json"))


def record(clipping_id: int) -> dict:
    """Every field of the stored clipping, its HTML included."""
    return json.loads(ok("export", str(clipping_id), "--format", "json"))


def round_trip(clipping_id: int, folder: Path) -> tuple[dict, dict, Path]:
    before = record(clipping_id)
    ok("export", str(clipping_id), "-o", f"{folder}/")
    (exported,) = folder.iterdir()
    ok("rm", str(clipping_id), "--yes")
    after = json.loads(ok("clip", "--json", str(exported)))
    return before, record(after["id"]), exported


def html_text(html: str) -> str:
    return frontmatter.html_to_text(html)


def assert_same(before: dict, after: dict) -> None:
    assert set(before) == set(after)
    for name in sorted(set(before) - NOT_COMPARED - {"canonical_url"}):
        assert after[name] == before[name], name
    # The export names the clipping's URL; read back, that URL is its canonical one.
    assert after["canonical_url"] in (before["canonical_url"], before["url"])
    # The body comes back as HTML holding the same text (Markdown keeps structure, not markup).
    assert html_text(after["html"]) == html_text(before["html"])


def test_round_trip_of_a_curated_file_clipping(tmp_path: Path) -> None:
    cid = json.loads(ok("clip", "--json", str(ARTICLE), "--tag", "city", "--tag", "Two Words"))[
        "id"
    ]
    ok("note", str(cid), 'A note: with "quotes", # a hash\nand a second line')
    ok("edit", str(cid), "--title", "Bridge: reopened?", "--published", "2025-03-04")
    before, after, exported = round_trip(cid, tmp_path / "out")
    assert exported.name == "2025-03-04-bridge-reopened.md"
    assert_same(before, after)
    assert after["corrections"] == {"title": "Bridge: reopened?", "published": "2025-03-04"}
    assert after["note"].endswith("and a second line")
    assert after["source"] == str(exported.resolve())


def test_round_trip_of_a_fetched_page_restores_its_url(tmp_path: Path, server: LocalServer) -> None:
    url = server.add("/news/bridge.html", ARTICLE.read_bytes())
    cid = json.loads(ok("clip", "--json", url))["id"]
    before, after, _ = round_trip(cid, tmp_path / "out")
    assert after["url"] == url
    assert_same(before, after)
    # Clipping the export again is the same page: it updates, never duplicates.
    ok("export", str(after["id"]), "-o", str(tmp_path / "again.md"))
    ok("clip", str(tmp_path / "again.md"))
    assert len(json.loads(ok("list", "--json"))) == 1


def test_an_export_read_back_over_its_clipping_keeps_the_original_page(
    tmp_path: Path, server: LocalServer, clipper_db: Path
) -> None:
    import sqlite3
    import zlib

    url = server.add("/news/bridge.html", ARTICLE.read_bytes())
    cid = json.loads(ok("clip", "--json", url))["id"]
    ok("note", str(cid), "first thoughts")
    exported = tmp_path / "bridge.md"
    ok("export", str(cid), "-o", str(exported))
    text = exported.read_text(encoding="utf-8")
    exported.write_text(text.replace("first thoughts", "edited in Obsidian"), encoding="utf-8")
    data = json.loads(ok("clip", "--json", str(exported)))
    assert data["id"] == cid and data["note"] == "edited in Obsidian"
    assert len(json.loads(ok("list", "--json"))) == 1
    with sqlite3.connect(clipper_db) as conn:
        (body,) = conn.execute(
            "SELECT body FROM raw_sources WHERE clipping_id = ?", [cid]
        ).fetchone()
        (kind,) = conn.execute("SELECT kind FROM clippings WHERE id = ?", [cid]).fetchone()
    assert zlib.decompress(body) == ARTICLE.read_bytes() and kind == "html"
    ok("reextract", str(cid))
    again = record(cid)
    assert again["note"] == "edited in Obsidian" and again["kind"] == "html"


def test_round_trip_of_captions_and_hostile_metadata(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        "<!DOCTYPE html><html lang='fr'><head><title>«Yes»: no — 'x' #1 {a: b}</title>"
        "<meta name='author' content='Zoë O’Brien'></head><body><article>"
        + "<p>Un paragraphe assez long pour être gardé comme texte de l’article. </p>"
        * 4
        + "<figure><img src='a.jpg'><figcaption>Une légende — Photo: X</figcaption></figure>"
        "<p>Fin du texte avec *astérisques* et _soulignés_ et [crochets].</p>"
        "</article></body></html>",
        encoding="utf-8",
    )
    cid = json.loads(ok("clip", "--json", str(page)))["id"]
    before, after, _ = round_trip(cid, tmp_path / "out")
    assert before["captions"] and before["lang"] == "fr"
    assert_same(before, after)


def test_hand_written_front_matter_is_read_too(tmp_path: Path) -> None:
    note = tmp_path / "note.md"
    note.write_text(
        "---\ntitle: Notes on the bridge\nauthors: [Ann Lee, 'Bo, Kim']\ndate: 2024-05-06\n"
        "tags: [a, b]\nnote: |\n  first\n  second\n---\n\n# Notes on the bridge\n\n"
        "Some *text* here.\n\n- item one\n- item two\n",
        encoding="utf-8",
    )
    data = json.loads(ok("clip", "--json", str(note)))
    assert data["title"] == "Notes on the bridge"
    assert data["authors"] == ["Ann Lee", "Bo, Kim"]
    assert data["published"] == "2024-05-06"
    assert data["tags"] == ["a", "b"]
    assert data["note"] == "first\nsecond\n"
    assert data["text"] == "Some text here.\n\nitem one\n\nitem two"


def test_an_html_post_under_front_matter_is_read_as_html(tmp_path: Path) -> None:
    post = tmp_path / "2024-05-06-post.html"
    post.write_text(
        "---\nlayout: post\ntitle: An HTML post\ntags: [x]\n---\n"
        "<h2>Part one</h2>\n<p>First <em>paragraph</em> here.</p>\n"
        '<script>alert(1)</script><p onclick="x()">Second one.</p>\n',
        encoding="utf-8",
    )
    data = json.loads(ok("clip", "--json", str(post)))
    assert data["title"] == "An HTML post" and data["tags"] == ["x"]
    assert data["text"] == "Part one\n\nFirst paragraph here.\n\nSecond one."
    html = record(data["id"])["html"]
    assert "<em>paragraph</em>" in html and "script" not in html and "onclick" not in html


def test_nested_maps_in_front_matter_are_understood() -> None:
    found = frontmatter.split(
        "---\ntitle: T\ncover:\n  image: a.jpg\n  alt: x\ntags:\n  - a\n---\nBody\n"
    )
    assert found is not None
    assert found[0]["title"] == "T" and found[0]["tags"] == ["a"]
    assert found[0]["cover"] == {"image": "a.jpg", "alt": "x"}


@pytest.mark.parametrize(
    "text",
    [
        "--- not front matter\nJust a text dump.\n",
        "---\nThis is prose, not a key.\n---\nbody\n",
        "---\ntitle: never closed\nbody\n",
        "no dashes at all\n",
    ],
)
def test_text_that_only_looks_like_front_matter_is_not_read_as_it(text: str) -> None:
    assert frontmatter.split(text) is None
    assert frontmatter.to_article(text) is None


# --- the front matter reader against the writer -------------------------------------------

_text = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=80
).filter(lambda s: s.strip())


@settings(max_examples=150, deadline=None)
@given(
    title=_text, note=_text, tags=st.lists(_text, max_size=4), authors=st.lists(_text, max_size=3)
)
def test_any_metadata_survives_front_matter(
    title: str, note: str, tags: list[str], authors: list[str]
) -> None:
    from clipper.export.markdown import front_matter
    from clipper.models import Clipping

    c = Clipping(
        id=1, url=None, source="/x.html", title=title, authors=authors, byline=None,
        published="2025-03-03", site_name=title, lang="en", excerpt=note, text="Body.",
        word_count=1, clipped_at="2026-11-27T10:00:00+00:00", tags=tags, note=note,
    )  # fmt: skip
    found = frontmatter.split(front_matter(c) + "\n# heading\n\nBody.\n")
    assert found is not None
    meta, body = found
    assert meta["title"] == title and meta["note"] == note and meta["excerpt"] == note
    assert meta["tags"] == tags and meta["authors"] == authors and meta["site"] == title
    assert body.endswith("Body.\n")


def test_code_and_tables_come_back_as_the_extractor_wrote_them(tmp_path: Path) -> None:
    # One renderer turns HTML into text, at clipping and at reading an export back:
    # a <pre> keeps its lines and a table its rows of cells, both ways.
    words = ["engineers", "crews", "divers", "council", "tenders", "cranes", "barges", "inspectors"]
    paragraphs = "".join(
        f"<p>The {w} on the harbour works said on Monday that the {n} piers need repairs, "
        f"and that the budget for the {w} will be set out in the report, with the costs below.</p>"
        for n, w in enumerate(words)
    )
    costs = [("North", "4.2", "May"), ("South", "3.9", "June"), ("East", "1.1", "July")]
    rows = "".join(f"<tr><td>{p}</td><td>{c}</td><td>{m}</td></tr>" for p, c, m in costs)
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Harbour works report</title></head><body><article>"
        f"<h1>Harbour works report</h1>{paragraphs}"
        "<pre>for pier in piers:\n    inspect(pier)\n\n    log(pier)</pre>"
        f"<table><tr><th>Pier</th><th>Cost</th><th>Opens</th></tr>{rows}"
        "<tr><td>West</td><td>2.5</td><td>August</td></tr></table>"
        "<p>Afterwards the harbour master told reporters that the piers would reopen in May, "
        "once the divers had finished their checks.</p></article></body></html>",
        encoding="utf-8",
    )
    first = json.loads(ok("clip", "--json", str(page)))
    assert "    inspect(pier)\n\n    log(pier)" in first["text"]
    assert "North | 4.2 | May" in first["text"]
    before, after, _ = round_trip(first["id"], tmp_path / "out")
    assert after["text"] == before["text"]
