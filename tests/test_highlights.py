"""Highlights on a real archive: checked against the text, listed, searched, kept across
re-extraction, exported and read back."""

from __future__ import annotations

import json
import sqlite3
import zlib
from pathlib import Path

import pytest

from clipper.highlights import find_passage
from clipper.store import open_db
from clipper.store.highlights import add_highlight, delete_highlight, list_highlights
from helpers import FIXTURES, invoke

ARTICLE = FIXTURES / "article.html"
PASSAGE = "added a protected cycle lane"


def ok(*args: str) -> str:
    code, out, err = invoke(*args)
    assert code == 0, err
    return out


def clip(path: Path = ARTICLE) -> int:
    return json.loads(ok("clip", "--json", str(path)))["id"]


def page(paragraphs: list[str], title: str = "Ferry Timetable Changes") -> bytes:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f"<!DOCTYPE html><html lang='en'><head><title>{title}</title></head>"
        f"<body><article><h1>{title}</h1>{body}</article></body></html>"
    ).encode()


PARAGRAPHS = [
    "The harbour ferry will run every twenty minutes from May, the operator said on Monday, "
    "after a winter of complaints about crowded boats and missed connections.",
    "Commuters on the northern route have waited up to forty minutes at peak times, and the "
    "council had asked for a plan to double the service before the summer season.",
    "A spokesperson said two new boats would join the fleet, and that fares would stay the "
    "same for holders of a monthly pass until the end of the year at least.",
]


def swap_raw(db_path: Path, clipping_id: int, body: bytes) -> None:
    with sqlite3.connect(db_path) as conn:
        conn.execute(
            "UPDATE raw_sources SET body = ?, size = ? WHERE clipping_id = ?",
            [zlib.compress(body), len(body), clipping_id],
        )


# --- matching ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "typed",
    [
        "added a protected cycle lane",
        "added a  protected\ncycle lane",
        "ADDED A PROTECTED CYCLE LANE",
        "  added a protected cycle lane  ",
    ],
)
def test_a_passage_is_found_whatever_its_spacing_and_case(typed: str) -> None:
    text = "Engineers added a protected\n\ncycle   lane on the eastern side."
    found = find_passage(text, typed)
    assert found is not None
    assert " ".join(text[found[0] : found[1]].split()) == "added a protected cycle lane"


def test_curly_quotes_dashes_and_soft_hyphens_match_what_a_keyboard_types() -> None:
    text = "The mayor said \u201cit\u2019s done\u201d \u2014 finally, after re\u00adpairs."
    found = find_passage(text, '"it\'s done" - finally, after repairs')
    assert found is not None
    assert text[found[0] : found[1]].startswith("\u201cit\u2019s")
    assert find_passage(text, "it is done") is None
    assert find_passage(text, "   ") is None


# --- the command --------------------------------------------------------------------------


def test_highlight_list_show_and_remove() -> None:
    cid = clip()
    out = ok("highlight", str(cid), "Added a protected\n cycle lane", "--note", "Finally.")
    assert PASSAGE in out and "Finally." in out
    listed = json.loads(ok("highlight", str(cid), "--list", "--json"))
    assert [h["passage"] for h in listed] == [PASSAGE]  # the article's own wording
    assert listed[0]["note"] == "Finally." and listed[0]["detached"] is False
    shown = json.loads(ok("show", str(cid), "--json"))
    assert shown["text"][listed[0]["start"] : listed[0]["end"]] == PASSAGE
    assert "Highlights" in ok("show", str(cid)) and PASSAGE in ok("show", str(cid))
    code, _, err = invoke("highlight", str(cid), PASSAGE)
    assert code == 2 and "already" in err
    code, _, err = invoke("highlight", str(cid), "--remove", str(listed[0]["id"]))
    assert code == 0 and "Removed" in err
    assert json.loads(ok("highlight", str(cid), "--list", "--json")) == []


def test_a_passage_not_in_the_text_is_an_error_and_nothing_is_saved(clipper_db: Path) -> None:
    cid = clip()
    code, out, err = invoke("highlight", str(cid), "a passage the article never had")
    assert code == 3
    assert err.count("\n") == 1 and "doesn't contain" in err and "Traceback" not in err
    assert json.loads(ok("highlight", str(cid), "--list", "--json")) == []
    for args, status in (
        (("highlight", "99", PASSAGE), 3),
        (("highlight", str(cid)), 2),
        (("highlight", str(cid), PASSAGE, "--list"), 2),
        (("highlight", str(cid), "--remove", "42"), 3),
        (("highlight", str(cid), "--list", "--note", "x"), 2),
    ):
        code, _, err = invoke(*args)
        assert code == status, (args, err)
        assert err.startswith("clipper: ") or "Usage" in err


def test_the_store_api(clipper_db: Path) -> None:
    cid = clip()
    db = open_db(clipper_db)
    made = add_highlight(db, cid, "THE EASTERN SIDE", note="east")
    first = add_highlight(db, cid, "Engineers replaced the steel deck")
    assert made.passage == "the eastern side" and made.note == "east"
    assert [h.id for h in list_highlights(db, cid)] == [first.id, made.id]  # reading order
    delete_highlight(db, made.id)
    assert list_highlights(db, cid) == [first]


def test_search_highlights_finds_passages_and_notes() -> None:
    cid = clip()
    ok("highlight", str(cid), PASSAGE, "--note", "Compare with the tunnel plan")
    found = json.loads(ok("search", "--highlights", "tunnel", "--json"))
    assert [(h["clipping_id"], h["passage"]) for h in found] == [(cid, PASSAGE)]
    found = json.loads(ok("search", "--highlights", "cycle lanes", "--json"))
    assert found and "**cycle**" in found[0]["snippet"]
    assert json.loads(ok("search", "--highlights", "ferry", "--json")) == []
    code, _, err = invoke("search", "--highlights", "cycle", "--site", "x.com")
    assert code == 2 and "--highlights" in err


def test_deleting_a_clipping_takes_its_highlights(clipper_db: Path) -> None:
    cid = clip()
    ok("highlight", str(cid), PASSAGE)
    ok("rm", str(cid), "--yes")
    with sqlite3.connect(clipper_db) as conn:
        assert conn.execute("SELECT count(*) FROM highlights").fetchone() == (0,)
        assert conn.execute(
            "SELECT count(*) FROM highlights_fts WHERE highlights_fts MATCH 'cycle'"
        ).fetchone() == (0,)


def test_migration_makes_the_table_and_its_index(clipper_db: Path) -> None:
    db = open_db(clipper_db)
    columns = set(db["highlights"].columns_dict)
    assert {"id", "clipping_id", "passage", "note", "created_at", "start_offset",
            "end_offset"} <= columns  # fmt: skip
    triggers = {t.name for t in db.triggers}
    assert {"highlights_ai", "highlights_ad", "highlights_au"} <= triggers


# --- re-extraction --------------------------------------------------------------------------


def test_highlights_are_reanchored_or_reported_through_reextract(
    tmp_path: Path, clipper_db: Path
) -> None:
    source = tmp_path / "ferry.html"
    source.write_bytes(page(PARAGRAPHS))
    cid = clip(source)
    kept = "two new boats would join the fleet"
    lost = "waited up to forty minutes at peak times"
    ok("highlight", str(cid), kept, "--note", "fleet")
    ok("highlight", str(cid), lost)
    # The page now opens with a new paragraph (every offset moves) and drops one passage.
    changed = [
        "Update: the operator confirmed the plan at a board meeting on Tuesday evening, "
        "with the council's transport committee in attendance and agreeing to it.",
        PARAGRAPHS[0],
        PARAGRAPHS[1].replace("forty minutes", "half an hour"),
        PARAGRAPHS[2],
    ]
    swap_raw(clipper_db, cid, page(changed))
    out = ok("reextract", str(cid), "--dry-run")
    assert "would no longer be" in out
    out = ok("reextract", str(cid))
    after = {h["passage"]: h for h in json.loads(ok("highlight", str(cid), "--list", "--json"))}
    text = json.loads(ok("show", str(cid), "--json"))["text"]
    assert text.startswith("Update")
    assert text[after[kept]["start"] : after[kept]["end"]] == kept
    assert after[kept]["note"] == "fleet" and not after[kept]["detached"]
    assert after[lost]["detached"] and after[lost]["start"] is None  # kept, not dropped
    assert f"Highlight {after[lost]['id']}: the passage is no longer in the text" in out
    assert "detached" in ok("show", str(cid))
    # Said once: running again has nothing new to report.
    assert "no longer" not in ok("reextract", str(cid))
    # The passage coming back anchors it again.
    swap_raw(clipper_db, cid, page(PARAGRAPHS))
    ok("reextract", str(cid))
    again = {h["passage"]: h for h in json.loads(ok("highlight", str(cid), "--list", "--json"))}
    assert not again[lost]["detached"]


# --- export and back ------------------------------------------------------------------------


def test_markdown_and_json_exports_carry_highlights(tmp_path: Path) -> None:
    cid = clip()
    ok("highlight", str(cid), PASSAGE, "--note", "Finally *a* [lane].")
    ok("highlight", str(cid), "Engineers replaced the steel deck")
    markdown = ok("export", str(cid))
    section = markdown.split("\n## Highlights\n", 1)[1]
    assert section == (
        f"\n> Engineers replaced the steel deck\n\n> {PASSAGE}\n\nFinally \\*a\\* \\[lane\\].\n"
    )
    data = json.loads(ok("export", str(cid), "--format", "json"))
    assert [h["passage"] for h in data["highlights"]] == [
        "Engineers replaced the steel deck",
        PASSAGE,
    ]
    # Clipped back into a new archive: the body is the article alone, the highlights return.
    note = tmp_path / "note.md"
    note.write_text(markdown, encoding="utf-8")
    other = tmp_path / "other.db"
    back = json.loads(ok("clip", "--json", "--db", str(other), str(note)))
    assert "Highlights" not in back["text"] and back["text"].endswith("schedule.")
    listed = json.loads(ok("highlight", str(back["id"]), "--list", "--json", "--db", str(other)))
    assert [(h["passage"], h["note"]) for h in listed] == [
        ("Engineers replaced the steel deck", None),
        (PASSAGE, "Finally *a* [lane]."),
    ]


def test_an_articles_own_highlights_heading_stays_in_its_body(tmp_path: Path) -> None:
    note = tmp_path / "match.md"
    note.write_text(
        '---\ntitle: "Cup Final"\n---\n\nThe home side won the cup on Saturday afternoon.\n\n'
        "## Highlights\n\n> A goal in the ninetieth minute.\n\nWatch the replay online.\n",
        encoding="utf-8",
    )
    back = json.loads(ok("clip", "--json", str(note)))
    assert "ninetieth minute" in back["text"] and "replay" in back["text"]
    assert json.loads(ok("highlight", str(back["id"]), "--list", "--json")) == []
