"""Curating end to end on a real database: tag, note, edit, rm, reextract, export."""

from __future__ import annotations

import json
import os
import sqlite3
import stat
import zlib
from pathlib import Path

import pytest

from clipper.cli import curate as cli_curate
from clipper.store import fulltext as store_fulltext
from helpers import FIXTURES, invoke

ARTICLE = FIXTURES / "article.html"
TITLE = "Harbour Bridge Reopens After Repairs"


def ok(*args: str, input: str | None = None) -> str:
    code, out, err = invoke(*args, input=input)
    assert code == 0, err
    return out


def clip(path: Path = ARTICLE, *tags: str) -> dict:
    args = ["clip", "--json", str(path)]
    for t in tags:
        args += ["--tag", t]
    return json.loads(ok(*args))


def shown(clipping_id: int) -> dict:
    return json.loads(ok("show", str(clipping_id), "--json"))


def page_html(title: str, paragraphs: int, word: str = "bridge") -> str:
    body = "".join(
        f"<p>Paragraph {i} about the {word}, long enough to be kept as part of the article "
        "by the extractor, with several more words to make it count.</p>"
        for i in range(paragraphs)
    )
    return (
        f"<!DOCTYPE html><html lang='en'><head><title>{title}</title>"
        f"<meta property='og:title' content='{title}'></head>"
        f"<body><article><h1>{title}</h1>{body}</article></body></html>"
    )


def swap_raw(db_path: Path, clipping_id: int, body: bytes) -> None:
    """Replace the stored page, as a newer extractor would see different bytes."""
    with sqlite3.connect(db_path) as conn:
        conn.execute(
            "UPDATE raw_sources SET body = ?, size = ? WHERE clipping_id = ?",
            [zlib.compress(body), len(body), clipping_id],
        )


# --- tag -----------------------------------------------------------------------------


def test_tag_add_and_remove() -> None:
    cid = clip(ARTICLE, "city")["id"]
    assert ok("tag", str(cid), "japan", "  two   words ", "CITY", "Japan").strip() == (
        f"#{cid} tags: city, japan, two words"
    )
    code, out, err = invoke("tag", str(cid), "--remove", "CITY", "absent")
    assert code == 0
    assert out.strip() == f"#{cid} tags: japan, two words"
    assert "no tag 'absent'" in err
    assert shown(cid)["tags"] == ["japan", "two words"]
    listed = json.loads(ok("list", "--json", "--tag", "two words"))
    assert [c["id"] for c in listed] == [cid]
    assert json.loads(ok("tag", str(cid), "x", "--json")) == {
        "id": cid,
        "tags": ["japan", "two words", "x"],
    }


def test_tag_errors() -> None:
    code, _, err = invoke("tag", "99", "x")
    assert code == 3 and "No clipping with id 99" in err
    cid = clip()["id"]
    code, _, err = invoke("tag", str(cid), "  ")
    assert code == 2 and "not a tag" in err


# --- note ----------------------------------------------------------------------------


def test_note_set_print_show_clear() -> None:
    cid = clip()["id"]
    code, out, err = invoke("note", str(cid))
    assert code == 0 and out == "" and "has no note" in err
    ok("note", str(cid), "Compare with the 2016 coverage.\nSecond line: [bold]x[/]")
    assert ok("note", str(cid)) == "Compare with the 2016 coverage.\nSecond line: [bold]x[/]\n"
    assert shown(cid)["note"].startswith("Compare with")
    out = ok("show", str(cid))
    assert "note" in out and "Compare with the 2016 coverage." in out and "[bold]x[/]" in out
    ok("note", str(cid), "-", input="From a pipe.\n")
    assert shown(cid)["note"] == "From a pipe."
    ok("note", str(cid), "--clear")
    assert shown(cid)["note"] is None
    code, _, err = invoke("note", str(cid), "text", "--clear")
    assert code == 2


def write_editor(tmp_path: Path, content: str) -> str:
    """A fake $EDITOR: a script that writes ``content`` into the file it is given."""
    script = tmp_path / "editor.py"
    script.write_text(
        f"import sys\nopen(sys.argv[1], 'w', encoding='utf-8').write({content!r})\n",
        encoding="utf-8",
    )
    runner_script = tmp_path / "editor.sh"
    import sys

    runner_script.write_text(f'#!/bin/sh\nexec "{sys.executable}" "{script}" "$@"\n')
    runner_script.chmod(runner_script.stat().st_mode | stat.S_IXUSR)
    return str(runner_script)


def test_note_edit_opens_the_editor(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cid = clip()["id"]
    ok("note", str(cid), "before")
    monkeypatch.setenv("EDITOR", write_editor(tmp_path, "Written in the editor.\n"))
    monkeypatch.delenv("VISUAL", raising=False)
    ok("note", str(cid), "--edit")
    assert shown(cid)["note"] == "Written in the editor."


def test_note_edit_left_empty_changes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cid = clip()["id"]
    ok("note", str(cid), "keep me")
    monkeypatch.setenv("EDITOR", write_editor(tmp_path, "  \n"))
    monkeypatch.delenv("VISUAL", raising=False)
    code, _, err = invoke("note", str(cid), "--edit")
    assert code == 0 and "unchanged" in err
    assert shown(cid)["note"] == "keep me"


# --- edit ----------------------------------------------------------------------------


def test_edit_corrects_and_survives_reclipping_and_reextraction() -> None:
    cid = clip()["id"]
    ok("edit", str(cid), "--title", "Bridge reopens", "--author", "A One", "--author", "B Two",
       "--published", "2025-03-04")  # fmt: skip
    data = shown(cid)
    assert data["title"] == "Bridge reopens"
    assert data["authors"] == ["A One", "B Two"]
    assert data["published"] == "2025-03-04"
    assert data["corrections"] == {
        "title": "Bridge reopens",
        "authors": ["A One", "B Two"],
        "published": "2025-03-04",
    }
    out = ok("show", str(cid))
    assert "corrected" in out and "A One, B Two" in out
    # The full-text index follows the corrected title.
    hits = json.loads(ok("search", "reopens", "--json"))
    assert hits[0]["title"] == "Bridge reopens"

    ok("note", str(cid), "my note")
    clip()  # the same file again updates the clipping: corrections and note stay
    assert shown(cid)["title"] == "Bridge reopens"
    assert shown(cid)["note"] == "my note"
    assert "unchanged" in ok("reextract", str(cid))
    again = shown(cid)
    assert (again["title"], again["authors"], again["published"]) == (
        "Bridge reopens",
        ["A One", "B Two"],
        "2025-03-04",
    )


def test_edit_reset_goes_back_to_the_page() -> None:
    cid = clip()["id"]
    ok("edit", str(cid), "--title", "Wrong", "--author", "Nobody")
    ok("edit", str(cid), "--reset", "title")
    data = shown(cid)
    assert data["title"] == TITLE and data["authors"] == ["Nobody"]
    assert data["corrections"] == {"authors": ["Nobody"]}
    ok("edit", str(cid), "--reset", "all")
    data = shown(cid)
    assert data["authors"] == ["Marta Lindqvist"] and data["corrections"] == {}


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        ((), "Nothing to change"),
        (("--published", "last tuesday"), "Can't read the date"),
        (("--title", "  "), "can't be empty"),
    ],
)
def test_edit_errors(args: tuple[str, ...], needle: str) -> None:
    cid = clip()["id"]
    code, _, err = invoke("edit", str(cid), *args)
    assert code == 2 and needle in err
    assert shown(cid)["corrections"] == {}


# --- rm ------------------------------------------------------------------------------


def counts(db_path: Path) -> tuple[int, int, int, int]:
    with sqlite3.connect(db_path) as conn:
        return tuple(  # type: ignore[return-value]
            conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("clippings", "clipping_tags", "raw_sources", "clippings_fts")
        )


def test_rm_without_yes_and_without_a_terminal_refuses(clipper_db: Path) -> None:
    cid = clip(ARTICLE, "city")["id"]
    code, _, err = invoke("rm", str(cid))
    assert code == 2 and "--yes" in err and "Traceback" not in err
    assert counts(clipper_db) == (1, 1, 1, 1)


def test_rm_with_yes_deletes_everything_and_the_index_follows(clipper_db: Path) -> None:
    cid = clip(ARTICLE, "city")["id"]
    ok("note", str(cid), "a note")
    assert json.loads(ok("search", "bridge", "--json"))
    code, _, err = invoke("rm", str(cid), "--yes")
    assert code == 0 and "Deleted 1 clipping" in err
    assert counts(clipper_db) == (0, 0, 0, 0)
    assert json.loads(ok("search", "bridge", "--json")) == []
    code, _, _ = invoke("show", str(cid))
    assert code == 3


def test_rm_asks_at_a_terminal(clipper_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cli_curate, "_interactive", lambda: True)
    cid = clip()["id"]
    code, _, err = invoke("rm", str(cid), input="n\n")
    assert code == 0 and TITLE in err and "Nothing deleted" in err
    assert counts(clipper_db)[0] == 1
    code, _, err = invoke("rm", str(cid), input="y\n")
    assert code == 0 and "Deleted 1" in err
    assert counts(clipper_db)[0] == 0


def test_rm_with_an_unknown_id_deletes_nothing(clipper_db: Path) -> None:
    cid = clip()["id"]
    code, _, err = invoke("rm", str(cid), "99", "--yes")
    assert code == 3 and "99" in err
    assert counts(clipper_db)[0] == 1


# --- reextract -----------------------------------------------------------------------


def test_reextract_reports_changes_and_keeps_the_users_things(clipper_db: Path) -> None:
    cid = clip(ARTICLE, "city")["id"]
    ok("note", str(cid), "mine")
    ok("edit", str(cid), "--author", "Fixed Name")
    before = shown(cid)
    swap_raw(clipper_db, cid, page_html("A Better Headline", 6).encode())
    code, out, err = invoke("reextract", str(cid), "--dry-run")
    assert code == 0 and f"#{cid} would be updated" in out and "nothing was stored" in err
    assert shown(cid) == before
    code, out, err = invoke("reextract", str(cid))
    assert code == 0, err
    assert f"#{cid} updated" in out
    assert f"title {TITLE!r} → 'A Better Headline'" in out
    assert "word_count" in out and "1 updated" in err
    after = shown(cid)
    assert after["title"] == "A Better Headline"
    assert after["tags"] == ["city"]
    assert after["note"] == "mine"
    assert after["authors"] == ["Fixed Name"]
    assert after["clipped_at"] == before["clipped_at"]
    assert after["id"] == cid and json.loads(ok("list", "--json"))[0]["id"] == cid


def test_reextract_refuses_a_much_shorter_extraction_unless_forced(clipper_db: Path) -> None:
    cid = clip()["id"]
    before = shown(cid)
    swap_raw(clipper_db, cid, page_html("Short", 1).encode())
    code, out, err = invoke("reextract", str(cid))
    assert code == 0
    assert f"#{cid} kept" in out and "under half" in out and "--force" in out
    assert shown(cid)["text"] == before["text"]
    out = ok("reextract", str(cid), "--force")
    assert f"#{cid} updated" in out
    assert shown(cid)["title"] == "Short"


def test_reextract_never_stores_an_empty_extraction(clipper_db: Path) -> None:
    cid = clip()["id"]
    before = shown(cid)
    swap_raw(clipper_db, cid, b"<html><body><nav>Home</nav></body></html>")
    for args in ((), ("--force",)):
        code, out, _ = invoke("reextract", str(cid), *args)
        assert code in (0, 7)
        assert f"#{cid} kept" in out or f"#{cid} failed" in out
        assert "--force" not in out  # forcing can't store an empty text either
        assert shown(cid)["text"] == before["text"]


def test_reextract_all_and_json() -> None:
    first = clip()["id"]
    data = json.loads(ok("reextract", "--all", "--json"))
    assert [(r["id"], r["status"]) for r in data] == [(first, "unchanged")]
    code, _, err = invoke("reextract")
    assert code == 2 and "--all" in err
    code, _, err = invoke("reextract", "5", "--all")
    assert code == 2
    code, _, err = invoke("reextract", "99")
    assert code == 3


# --- export --------------------------------------------------------------------------


def three_clippings(tmp_path: Path) -> list[int]:
    ids = [clip(ARTICLE, "city")["id"]]
    for title, tag in (("Ferry Fares Rise", "city"), ("../../CON", "odd")):
        path = tmp_path / f"{tag}-{len(ids)}.html"
        path.write_text(page_html(title, 4, word="ferry"), encoding="utf-8")
        ids.append(clip(path, tag)["id"])
    return ids


def no_temp_files(folder: Path) -> bool:
    return not [p for p in folder.rglob("*") if "clipper-tmp" in p.name]


def test_export_all_to_a_folder_one_markdown_file_each(tmp_path: Path) -> None:
    ids = three_clippings(tmp_path)
    out = tmp_path / "out"
    code, _, err = invoke("export", "--all", "-o", str(out))
    assert code == 0, err
    names = sorted(p.name for p in out.iterdir())
    assert len(names) == len(ids)
    assert "2025-03-03-harbour-bridge-reopens-after-repairs.md" in names
    assert all(n.endswith(".md") and not n.startswith(".") for n in names)
    assert any(n.endswith("-con.md") for n in names)
    for path in out.iterdir():
        assert path.read_text(encoding="utf-8").startswith("---\ntitle: ")
    assert no_temp_files(tmp_path)


@pytest.mark.parametrize("fmt", ["markdown", "json", "html"])
def test_exporting_again_refreshes_files_and_never_overwrites_others(
    tmp_path: Path, fmt: str
) -> None:
    ids = three_clippings(tmp_path)
    out = tmp_path / "out"
    ok("export", "--all", "-f", fmt, "-o", str(out))
    first = sorted(p.name for p in out.iterdir())
    ok("note", str(ids[0]), "added later")
    ok("export", "--all", "-f", fmt, "-o", str(out))
    assert sorted(p.name for p in out.iterdir()) == first
    bridge = next(p for p in out.iterdir() if "harbour" in p.name)
    assert "added later" in bridge.read_text(encoding="utf-8")
    # A file of the same name that isn't this clipping's is never overwritten.
    bridge.write_text("someone else's notes", encoding="utf-8")
    ok("export", str(ids[0]), "-f", fmt, "-o", f"{out}/")
    assert bridge.read_text(encoding="utf-8") == "someone else's notes"
    assert (out / bridge.name.replace(".", "-2.", 1)).exists()


def test_export_by_tag_and_search_with_a_template(tmp_path: Path) -> None:
    ids = three_clippings(tmp_path)
    out = tmp_path / "by-tag"
    ok("export", "--tag", "city", "-o", f"{out}/", "--name", "{id}-{site}-{slug}")
    assert sorted(p.name for p in out.iterdir()) == sorted(
        [f"{ids[0]}-the-daily-example-harbour-bridge-reopens-after-repairs.md",
         f"{ids[1]}-ferry-fares-rise.md"]
    )  # fmt: skip
    found = json.loads(ok("export", "--search", "ferry", "--format", "json"))
    assert sorted(c["id"] for c in found) == ids[1:]
    assert (
        json.loads(ok("export", "--search", "ferry", "--tag", "odd", "-f", "json"))[0]["id"]
        == (ids[2])
    )


def test_export_formats(tmp_path: Path) -> None:
    ids = three_clippings(tmp_path)
    ok("note", str(ids[0]), "my note")
    record = json.loads(ok("export", str(ids[0]), "--format", "json"))
    assert record["note"] == "my note" and record["tags"] == ["city"] and record["html"]
    lines = ok("export", "--all", "--format", "jsonl").splitlines()
    assert sorted(json.loads(line)["id"] for line in lines) == ids
    ok("export", "--all", "-f", "jsonl", "-o", str(tmp_path / "j"))
    ok("export", "--all", "-f", "jsonl", "-o", str(tmp_path / "j"))  # refreshed, not doubled
    assert [p.name for p in (tmp_path / "j").iterdir()] == ["clippings.jsonl"]
    ok("export", "--all", "-f", "html", "-o", str(tmp_path / "h"))
    pages = list((tmp_path / "h").iterdir())
    assert len(pages) == 3 and all(p.suffix == ".html" for p in pages)
    bridge = next(p for p in pages if "harbour" in p.name).read_text(encoding="utf-8")
    assert "<h1>Harbour Bridge Reopens After Repairs</h1>" in bridge and "my note" in bridge
    md = ok("export", str(ids[0]))
    assert 'note: "my note"' in md and 'tags:\n  - "city"' in md


def test_export_one_clipping_to_a_file(tmp_path: Path) -> None:
    cid = clip()["id"]
    target = tmp_path / "bridge.md"
    code, _, err = invoke("export", str(cid), "-o", str(target))
    assert code == 0 and "Wrote" in err
    umask = os.umask(0o022)
    os.umask(umask)
    assert target.stat().st_mode & 0o777 == 0o666 & ~umask  # not the temp file's 0600
    assert target.read_text(encoding="utf-8").startswith(f'---\ntitle: "{TITLE}"')
    assert no_temp_files(tmp_path)


def test_export_usage_errors(tmp_path: Path) -> None:
    ids = three_clippings(tmp_path)
    for args in ((), ("1", "--all"), ("--all", "--tag", "x"), ("--all", "--name", "{nope}")):
        code, _, err = invoke("export", *args)
        assert code == 2, args
        assert "Traceback" not in err
    code, _, err = invoke("export", *map(str, ids))
    assert code == 2 and "-o DIR" in err
    blocker = tmp_path / "file"
    blocker.write_text("x")
    code, _, err = invoke("export", "--all", "-o", f"{blocker}/")
    assert code == 2 and "clipper:" in err
    code, _, err = invoke("export", "--tag", "nothing-has-it")
    assert code == 0 and "No clippings" in err


def test_a_file_that_cant_be_written_is_a_write_error_not_a_usage_error(tmp_path: Path) -> None:
    from clipper.errors import ExitStatus

    ids = three_clippings(tmp_path)
    blocker = tmp_path / "file"
    blocker.write_text("x")
    code, _, err = invoke("export", str(ids[0]), "-o", str(blocker / "x.md"))
    assert code == ExitStatus.WRITE == 8
    assert err.startswith("clipper: Can't write") and "Traceback" not in err
    code, _, err = invoke("export", "--all", "-o", str(blocker / "sub") + "/")
    assert code == ExitStatus.WRITE and "Can't create the folder" in err
    assert no_temp_files(tmp_path)
    assert blocker.read_text() == "x"


def test_the_cli_adds_the_option_to_use_to_core_messages(tmp_path: Path) -> None:
    ids = three_clippings(tmp_path)
    code, _, err = invoke("export", *map(str, ids))
    assert code == 2 and err.strip().endswith("use --format json or jsonl.")
    code, _, err = invoke("export")
    assert code == 2 and "Give IDs, or --search / --tag, or --all." in err
    code, _, err = invoke("edit", str(ids[0]), "--title", "  ")
    assert code == 2 and err.strip() == (
        "clipper: A title can't be empty. Use --reset title to go back to the page's."
    )


# --- the SQLite ecosystem --------------------------------------------------------------


def test_curation_migration_and_sqlite_utils_search(clipper_db: Path) -> None:
    import subprocess
    import sys

    cid = clip(ARTICLE, "city")["id"]
    ok("note", str(cid), "a note")
    ok("edit", str(cid), "--title", "Corrected headline")
    with sqlite3.connect(clipper_db) as conn:
        columns = {row[1] for row in conn.execute("PRAGMA table_info(clippings)")}
        assert {"note", "corrections"} <= columns
        applied = [r[0] for r in conn.execute("SELECT name FROM _sqlite_migrations")]
        assert "m201_curation" in applied
    # What the README shows: sqlite-utils finds clippings through clipper's FTS index.
    done = subprocess.run(
        [sys.executable, "-m", "sqlite_utils", "search", str(clipper_db), "clippings",
         "corrected", "-c", "id", "-c", "title", "-c", "note"],
        capture_output=True, text=True, timeout=60, check=True,
    )  # fmt: skip
    assert json.loads(done.stdout) == [{"id": cid, "title": "Corrected headline", "note": "a note"}]


def test_rm_in_a_real_process_without_a_terminal(clipper_db: Path) -> None:
    import subprocess
    import sys

    cid = clip()["id"]
    done = subprocess.run(
        [sys.executable, "-m", "clipper", "rm", str(cid)],
        stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert done.returncode == 2 and "--yes" in done.stderr
    assert counts(clipper_db)[0] == 1


def test_reextract_a_text_dump_from_its_stored_bytes() -> None:
    from helpers import SEEDS, needs_shared

    needs_shared(SEEDS)
    seed = next(SEEDS.glob("*.txt"))
    cid = clip(seed, "kept")["id"]
    before = shown(cid)
    out = ok("reextract", str(cid))
    assert out.startswith(f"#{cid} ")
    after = shown(cid)
    assert after["tags"] == before["tags"] and after["title"] == before["title"]


def test_an_archive_from_before_curation_is_upgraded_and_keeps_its_clippings(
    tmp_path: Path,
) -> None:
    from sqlite_utils import Database

    from clipper import store as dbmod

    path = tmp_path / "old.db"
    old = Database(path)
    dbmod.MIGRATIONS.apply(old, stop_before="m201_curation")
    old.execute(
        "INSERT INTO clippings (source_key, source, title, text, html, word_count, clipped_at) "
        "VALUES ('k', 'a.html', 'Old one', 'Old text.', '<p>Old text.</p>', 2, '2025-01-01')"
    )
    old.conn.commit()
    old.close()
    data = json.loads(ok("show", "1", "--json", "--db", str(path)))
    assert data["title"] == "Old one" and data["note"] is None and data["corrections"] == {}
    ok("note", "1", "now annotated", "--db", str(path))
    assert json.loads(ok("show", "1", "--json", "--db", str(path)))["note"] == "now annotated"


def test_an_interrupted_write_leaves_no_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from clipper.export import files as export_files

    def interrupted(src: str, dst: str) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(export_files.os, "replace", interrupted)
    with pytest.raises(KeyboardInterrupt):
        export_files.write_atomic(tmp_path / "a.md", "text")
    assert list(tmp_path.iterdir()) == []


def test_export_search_takes_every_match_even_past_the_ranking_limit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from clipper import store as dbmod
    from clipper.export.files import select_clippings
    from clipper.models import Article, Page

    db = dbmod.open_db(tmp_path / "many.db")
    monkeypatch.setattr(
        store_fulltext, "RANK_ALL_LIMIT", 3
    )  # take search's path for very common words
    for i in range(7):
        title = "Common" if i % 2 else f"T{i}"
        article = Article(text=f"common word {i}", html="<p>x</p>", title=title)
        dbmod.save_clipping(db, article, Page(body=b"%d" % i, source="s"), key=f"k{i}", url=None)
    found = select_clippings(db, [], "common", [], False)
    assert sorted(c.id for c in found) == list(range(1, 8))
