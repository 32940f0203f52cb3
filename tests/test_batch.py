"""Clipping many sources at once: real database file, real HTTP server, real processes."""

from __future__ import annotations

import contextlib
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest

from clipper import store as dbmod
from helpers import FIXTURES, LocalServer, invoke

BOOKMARKS = FIXTURES / "batch" / "bookmarks.html"
# fmt: off
VOCABULARY = [
    "harbour", "council", "budget", "bridge", "river", "tram", "ferry", "mayor", "vote",
    "school", "hospital", "road", "rail", "port", "trade", "talks", "island", "treaty",
    "minister", "summit", "market", "price", "wage", "strike", "storm", "flood", "farm",
    "harvest", "court", "judge", "appeal", "police", "report", "survey", "museum", "library",
    "park", "festival",
]
# fmt: on


def paragraphs(seed: int, count: int = 4) -> list[str]:
    """Sentences of random words: texts from different seeds share almost no 4-grams."""
    rng = random.Random(seed)
    return [
        " ".join(
            " ".join(rng.choice(VOCABULARY) for _ in range(12)).capitalize() + "." for _ in range(5)
        )
        for _ in range(count)
    ]


def page(title: str, paras: list[str]) -> str:
    body = "".join(f"<p>{p}</p>" for p in paras)
    return (
        f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>"
        f"{body}</article></body></html>"
    )


def story(n: int) -> str:
    return page(f"Story number {n}", paragraphs(n))


def json_lines(out: str) -> list[dict]:
    return [json.loads(line) for line in out.splitlines()]


def by_status(lines: list[dict]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for line in lines:
        counts[line["status"]] = counts.get(line["status"], 0) + 1
    return counts


def stored(db_path: Path) -> list[tuple]:
    con = sqlite3.connect(db_path)
    try:
        return con.execute("SELECT id, source, title FROM clippings ORDER BY id").fetchall()
    finally:
        con.close()


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    root = tmp_path / "saved"
    (root / "older").mkdir(parents=True)
    for n in range(4):
        (root / f"story-{n}.html").write_text(story(n), encoding="utf-8")
    (root / "older" / "story-4.html").write_text(story(4), encoding="utf-8")
    (root / "older" / "photo.jpg").write_bytes(b"\xff\xd8\xff not a page")
    (root / ".hidden.html").write_text(story(99), encoding="utf-8")
    return root


# --- folders, runs again, refresh ------------------------------------------------


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_folder_is_clipped_once_and_a_second_run_only_reports(
    folder: Path, clipper_db: Path, jobs: str
) -> None:
    code, out, err = invoke("clip", str(folder), "--jobs", jobs, "--json")
    assert code == 0, err
    lines = json_lines(out)
    assert by_status(lines) == {"added": 5}
    assert {line["clipping"]["title"] for line in lines} == {f"Story number {n}" for n in range(5)}
    assert len(stored(clipper_db)) == 5

    code, out, err = invoke("clip", str(folder), "--jobs", jobs)
    assert code == 0, err
    assert out == ""  # nothing new: nothing on stdout
    assert "5 sources: added 0, updated 0, skipped 5 already clipped, failed 0." in err
    assert len(stored(clipper_db)) == 5


def test_refresh_updates_instead_of_skipping(folder: Path, clipper_db: Path) -> None:
    invoke("clip", str(folder), "--jobs", "1")
    code, out, err = invoke("clip", str(folder), "--refresh", "--json", "--tag", "again")
    assert code == 0, err
    lines = json_lines(out)
    assert by_status(lines) == {"updated": 5}
    assert all("again" in line["clipping"]["tags"] for line in lines)
    assert len(stored(clipper_db)) == 5


def test_text_output_is_a_line_per_clipping_and_a_summary(folder: Path) -> None:
    code, out, err = invoke("clip", str(folder))
    assert code == 0, err
    # In the order they finished: with two processes, not always the order given.
    lines = out.splitlines()
    assert sorted(line.split(" ", 2)[1] for line in lines) == ["#1", "#2", "#3", "#4", "#5"]
    assert sorted(line.split(" ", 2)[2] for line in lines) == [
        f"Story number {n}" for n in range(5)
    ]
    assert all(line.startswith("Clipped #") for line in lines)
    assert "5 sources: added 5, updated 0, skipped 0 already clipped, failed 0." in err
    assert "\x1b" not in out + err  # no progress bar or colour when not a terminal


# --- URL lists with failures, --failed-to, retry -----------------------------------


def slow(handler: BaseHTTPRequestHandler) -> None:
    time.sleep(3)
    handler.send_response(200)
    handler.end_headers()


def test_a_url_list_with_failures_reports_each_and_can_be_retried(
    server: LocalServer, tmp_path: Path, clipper_db: Path
) -> None:
    good = [server.add(f"/news/{n}.html", story(n)) for n in range(3)]
    missing = server.url("/news/missing.html")
    refused = "http://127.0.0.1:9/refused.html"
    timeout = server.add("/news/slow.html", handler=slow)
    listing = tmp_path / "links.txt"
    listing.write_text(
        "# my reading list\n\n"
        + "\n".join([good[0], missing, good[1], refused, timeout, good[2]])
        + "\n",
        encoding="utf-8",
    )
    retry = tmp_path / "retry.txt"
    args = ["clip", "--from", str(listing), "--timeout", "0.5", "--delay", "0"]
    code, out, err = invoke(*args, "--failed-to", str(retry))
    assert code == 7, err
    assert "6 sources: added 3, updated 0, skipped 0 already clipped, failed 3." in err
    assert "404" in err and "127.0.0.1:9" in err and "slow.html" in err
    assert "Traceback" not in err
    assert len(stored(clipper_db)) == 3
    listed = [line for line in retry.read_text().splitlines() if not line.startswith("#")]
    assert sorted(listed) == sorted([missing, refused, timeout])

    # The missing page appears; the retry clips it and still reports the rest.
    server.add("/news/missing.html", story(10))
    code, out, err = invoke("clip", "--from", str(retry), "--timeout", "0.5", "--json")
    assert code == 7
    lines = {line["source"]: line for line in json_lines(out)}
    assert lines[missing]["status"] == "added"
    assert lines[refused]["status"] == "failed"
    assert lines[refused]["exit_status"] == 4
    assert "127.0.0.1:9" in lines[refused]["error"]
    assert len(stored(clipper_db)) == 4


def test_a_failed_list_that_cant_be_written_is_a_write_error(
    folder: Path, tmp_path: Path, clipper_db: Path
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    missing = str(tmp_path / "missing.html")
    code, _, err = invoke("clip", str(folder), missing, "--failed-to", str(blocker / "retry.txt"))
    assert code == 8, err  # ExitStatus.WRITE: not a usage error, and not the batch's 7
    assert "Can't write" in err and "Traceback" not in err
    assert len(stored(clipper_db)) == 5  # what was clipped stays clipped
    assert blocker.read_text() == "x"


def test_a_batch_item_s_error_gets_the_cli_s_hint() -> None:
    from clipper.batch import BUG
    from clipper.cli.common import BUG_HINT, hint_for

    assert hint_for("RefusedPage") == "Use --force to store it anyway."
    assert hint_for(BUG) == BUG_HINT and "--traceback" in BUG_HINT
    assert hint_for("FetchError") is None and hint_for(None) is None


def test_at_most_two_requests_at_once_to_one_site(server: LocalServer) -> None:
    import threading

    lock = threading.Lock()
    state = {"now": 0, "most": 0}

    def counted(n: int) -> Callable[[BaseHTTPRequestHandler], None]:
        body = story(200 + n).encode()

        def handler(h: BaseHTTPRequestHandler) -> None:
            with lock:
                state["now"] += 1
                state["most"] = max(state["most"], state["now"])
            time.sleep(0.2)
            with lock:
                state["now"] -= 1
            h.send_response(200)
            h.send_header("Content-Type", "text/html; charset=utf-8")
            h.send_header("Content-Length", str(len(body)))
            h.end_headers()
            h.wfile.write(body)

        return handler

    urls = [server.add(f"/busy/{n}.html", handler=counted(n)) for n in range(6)]
    code, out, err = invoke("clip", *urls, "--jobs", "4", "--delay", "0", "--json")
    assert code == 0, err
    assert by_status(json_lines(out)) == {"added": 6}
    assert state["most"] == 2


def test_from_stdin_and_sources_together(server: LocalServer, folder: Path) -> None:
    urls = [server.add(f"/a/{n}.html", story(20 + n)) for n in range(2)]
    listing = f"# piped in\n{urls[0]}\n\n{urls[1]}\n"
    code, out, err = invoke(
        "clip", str(folder / "story-0.html"), "--from", "-", "--json", "--delay", "0", input=listing
    )
    assert code == 0, err
    assert by_status(json_lines(out)) == {"added": 3}


def test_already_clipped_urls_are_skipped_without_fetching(server: LocalServer) -> None:
    urls = [server.add(f"/b/{n}.html", story(30 + n)) for n in range(2)]
    invoke("clip", *urls, "--delay", "0")
    fetched = len(server.requests)
    code, out, err = invoke("clip", *urls, "--delay", "0", "--json")
    assert code == 0, err
    assert by_status(json_lines(out)) == {"skipped": 2}
    assert len(server.requests) == fetched


def test_a_missing_file_among_others_fails_alone(folder: Path) -> None:
    code, out, err = invoke("clip", "no/such.html", str(folder / "story-1.html"))
    assert code == 7
    assert "no/such.html" in err and "No such file" in err
    assert "Story number 1" in out


def test_an_empty_list_is_nothing_to_do(tmp_path: Path) -> None:
    listing = tmp_path / "empty.txt"
    listing.write_text("# nothing failed\n")
    code, out, err = invoke("clip", "--from", str(listing))
    assert code == 0 and out == "" and "nothing to clip" in err


def test_no_source_at_all_is_a_usage_error() -> None:
    code, _, err = invoke("clip")
    assert code == 2 and "SOURCE" in err


# --- bookmark files ------------------------------------------------------------------


def test_a_bookmark_export_clips_its_links_with_folder_and_tag_tags(
    server: LocalServer, tmp_path: Path
) -> None:
    server.add("/news/harbour.html", story(40))
    server.add("/news/kuril.html", story(41))
    server.add("/news/budget.html", story(42))
    export = tmp_path / "bookmarks.html"
    export.write_text(BOOKMARKS.read_text().replace("BASE", server.url("")), encoding="utf-8")
    code, out, err = invoke("clip", str(export), "--json", "--delay", "0", "--tag", "import")
    assert code == 7  # the gone page
    assert "skipped 1 bookmark(s) that aren't web pages" in err
    lines = {line["source"].rsplit("/", 1)[1]: line for line in json_lines(out)}
    assert lines["gone.html"]["status"] == "failed"
    tags = {name: lines[name]["clipping"]["tags"] for name in ("harbour.html", "kuril.html")}
    assert tags["harbour.html"] == ["city", "import", "transport"]
    assert tags["kuril.html"] == ["Japan & Russia", "News", "diplomacy", "import"]
    assert lines["budget.html"]["clipping"]["tags"] == ["News", "import", "money"]


# --- duplicates ----------------------------------------------------------------------


def test_identical_text_under_another_url_is_a_duplicate(server: LocalServer) -> None:
    first = server.add("/wire/one.html", story(50))
    second = server.add("/mirror/copy.html", story(50))
    code, out, err = invoke("clip", first, second, "--json", "--delay", "0", "--jobs", "1")
    assert code == 0, err
    lines = sorted(json_lines(out), key=lambda line: line["status"])
    assert [line["status"] for line in lines] == ["added", "duplicate"]
    assert lines[1]["duplicate_of"] == lines[0]["clipping"]["id"]
    code, out, _ = invoke("list", "--json")
    assert len(json.loads(out)) == 1


def test_a_near_duplicate_is_stored_and_flagged(server: LocalServer) -> None:
    wire = paragraphs(60, count=6)
    first = server.add("/site-a/story.html", page("Storm hits the coast", wire))
    second = server.add(
        "/site-b/story.html",
        page("Coast hit by storm", [*wire, "Our correspondent adds reporting from the port."]),
    )
    other = server.add("/site-c/other.html", story(61))
    code, out, err = invoke("clip", first, second, other, "--json", "--delay", "0", "--jobs", "1")
    assert code == 0, err
    clips = {line["source"]: line["clipping"] for line in json_lines(out)}
    assert clips[other]["near_duplicate_of"] is None
    # Fetched concurrently: whichever of the two was stored second is flagged.
    original, copy = sorted((clips[first], clips[second]), key=lambda c: c["id"])
    assert original["near_duplicate_of"] is None
    assert copy["near_duplicate_of"] == original["id"]
    assert "stored as near-duplicates" not in err  # --json: no summary

    code, out, _ = invoke("show", str(copy["id"]), "--json")
    assert json.loads(out)["near_duplicate_of"] == original["id"]
    code, out, _ = invoke("show", str(copy["id"]))
    assert f"#{original['id']} (a near-duplicate of it)" in out


def test_near_duplicates_are_counted_in_the_summary(server: LocalServer) -> None:
    wire = paragraphs(70, count=6)
    urls = [
        server.add(f"/s{n}/story.html", page(f"Headline {n}", [*wire, f"Closing line {n}."]))
        for n in range(3)
    ]
    code, out, err = invoke("clip", *urls, "--delay", "0")
    assert code == 0, err
    assert "2 stored as near-duplicates" in err
    assert out.count("(near-duplicate of #") == 2


# --- a batch run again: pages extracted before are known by their bytes -----------------


def mirror(n: int) -> str:
    """Story ``n`` as another site serves it: other bytes, the same text."""
    return story(n).replace("<html>", "<html><!-- saved from a mirror -->")


@pytest.fixture
def with_duplicates(tmp_path: Path) -> Path:
    root = tmp_path / "with-duplicates"
    root.mkdir()
    for n in range(3):
        (root / f"story-{n}.html").write_text(story(n), encoding="utf-8")
    for n in range(2):
        (root / f"story-{n}-mirror.html").write_text(mirror(n), encoding="utf-8")
    return root


@pytest.fixture
def extractions(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The sources extracted in this process (a batch with --jobs 1 extracts in it)."""
    from clipper import pipeline

    seen: list[str] = []
    real = pipeline.prepare_page

    def counted(page, options):  # type: ignore[no-untyped-def]
        seen.append(page.source)
        return real(page, options)

    monkeypatch.setattr(pipeline, "prepare_page", counted)
    return seen


def test_a_duplicate_is_not_extracted_again_when_the_batch_runs_again(
    with_duplicates: Path, extractions: list[str]
) -> None:
    args = ("clip", str(with_duplicates), "--jobs", "1")
    code, out, err = invoke(*args, "--json")
    assert code == 0, err
    first = {line["source"]: line for line in json_lines(out)}
    assert by_status(list(first.values())) == {"added": 3, "duplicate": 2}
    assert len(extractions) == 5

    extractions.clear()
    code, out, err = invoke(*args, "--json")
    assert code == 0, err
    again = {line["source"]: line for line in json_lines(out)}
    assert by_status(list(again.values())) == {"skipped": 3, "duplicate": 2}
    # The same answer as the first run, and nothing extracted to give it.
    for source, line in again.items():
        if line["status"] == "duplicate":
            assert line["duplicate_of"] == first[source]["duplicate_of"]
        else:
            assert line["clipping_id"] == first[source]["clipping"]["id"]
    assert extractions == []

    code, out, err = invoke(*args)
    assert code == 0, err
    assert (
        "5 sources: added 0, updated 0, skipped 3 already clipped, 2 duplicates, failed 0." in err
    )
    assert out.count("Duplicate ") == 2 and "not stored again" in out
    assert extractions == []

    # --refresh extracts everything again, as it always did.
    code, out, err = invoke(*args, "--refresh", "--json")
    assert code == 0, err
    assert by_status(json_lines(out)) == {"updated": 3, "duplicate": 2}
    assert len(extractions) == 5


def test_a_duplicate_url_is_fetched_again_but_not_extracted(
    server: LocalServer, extractions: list[str]
) -> None:
    urls = [server.add("/wire/one.html", story(50)), server.add("/mirror/copy.html", story(50))]
    args = ("clip", *urls, "--json", "--delay", "0", "--jobs", "1")
    code, out, err = invoke(*args)
    assert code == 0, err
    # Fetched concurrently: whichever was stored first is the original.
    first = {line["status"]: line for line in json_lines(out)}
    assert sorted(first) == ["added", "duplicate"]
    original, copy = first["added"]["source"], first["duplicate"]["source"]
    assert len(extractions) == 2

    extractions.clear()
    fetched = len(server.requests)
    code, out, err = invoke(*args)
    assert code == 0, err
    lines = {line["source"]: line for line in json_lines(out)}
    assert lines[original]["status"] == "skipped"  # archived: not even fetched
    assert lines[copy]["status"] == "duplicate"
    assert lines[copy]["duplicate_of"] == lines[original]["clipping_id"]
    # The copy may serve other bytes now: it is fetched, and its bytes are known.
    assert [path for path, _ in server.requests[fetched:]] == [copy.split(str(server.port))[1]]
    assert extractions == []


def test_a_known_page_whose_original_changed_is_extracted_and_stored(
    server: LocalServer, extractions: list[str]
) -> None:
    original = server.add("/wire/one.html", story(50))
    copy = server.add("/mirror/copy.html", story(50))
    args = ("clip", original, copy, "--json", "--delay", "0", "--jobs", "1")
    invoke("clip", original)
    code, out, err = invoke(*args)
    assert code == 0, err
    assert {line["source"]: line["status"] for line in json_lines(out)}[copy] == "duplicate"
    # The original is clipped again with new text: the copy's text is no longer archived.
    server.add("/wire/one.html", story(51))
    code, _, err = invoke("clip", original, "--json")
    assert code == 0, err

    extractions.clear()
    code, out, err = invoke(*args)
    assert code == 0, err
    lines = {line["source"]: line for line in json_lines(out)}
    assert lines[original]["status"] == "skipped"
    assert lines[copy]["status"] == "added"  # nothing lost: what the page was no longer holds
    assert extractions == [copy]


def test_a_page_served_with_new_bytes_each_time_is_remembered_once(
    server: LocalServer, clipper_db: Path
) -> None:
    from helpers import Route

    served = 0

    def with_a_token(handler: BaseHTTPRequestHandler) -> None:
        # As many sites do: the same article, with a new token (or ad id) in every answer.
        nonlocal served
        served += 1
        body = story(50).replace("<html>", f"<html><!-- token {served} -->").encode()
        handler.send_response(200)
        handler.send_header("Content-Type", "text/html; charset=utf-8")
        handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        handler.wfile.write(body)

    original = server.add("/wire/one.html", story(50))
    server.routes["/mirror/copy.html"] = Route(handler=with_a_token)
    copy = server.url("/mirror/copy.html")
    invoke("clip", original)
    for _ in range(4):
        code, out, err = invoke("clip", original, copy, "--json", "--delay", "0", "--jobs", "1")
        assert code == 0, err
        assert {line["source"]: line["status"] for line in json_lines(out)}[copy] == "duplicate"
    assert served == 4
    con = sqlite3.connect(clipper_db)
    try:
        # Not a row per run: the page's latest bytes replace what was remembered of it.
        assert con.execute("SELECT count(*) FROM seen_pages").fetchone()[0] == 1
    finally:
        con.close()


def test_deleting_the_original_forgets_its_duplicates(
    with_duplicates: Path, clipper_db: Path, extractions: list[str]
) -> None:
    args = ("clip", str(with_duplicates), "--jobs", "1", "--json")
    code, out, err = invoke(*args)
    assert code == 0, err
    duplicate = next(line for line in json_lines(out) if line["status"] == "duplicate")
    original = duplicate["duplicate_of"]
    con = sqlite3.connect(clipper_db)
    try:
        assert con.execute("SELECT count(*) FROM seen_pages").fetchone()[0] == 5
        key, text_hash = con.execute(
            "SELECT source_key, content_hash FROM clippings WHERE id = ?", [original]
        ).fetchone()
    finally:
        con.close()

    code, _, err = invoke("rm", str(original), "--yes")
    assert code == 0, err
    con = sqlite3.connect(clipper_db)
    try:
        left = con.execute(
            "SELECT count(*) FROM seen_pages WHERE source_key = ? OR content_hash = ?",
            [key, text_hash],
        ).fetchone()[0]
        assert left == 0  # neither the original's page nor its duplicate's
        assert con.execute("SELECT count(*) FROM seen_pages").fetchone()[0] == 3
    finally:
        con.close()

    extractions.clear()
    code, out, err = invoke(*args)
    assert code == 0, err
    # The deleted story's two pages are extracted: one is stored, the other is its duplicate.
    assert by_status(json_lines(out)) == {"added": 1, "skipped": 2, "duplicate": 2}
    assert len(extractions) == 2


def test_a_page_fingerprint_covers_all_that_extraction_reads() -> None:
    from dataclasses import replace

    from clipper.models import Page
    from clipper.pipeline import ClipOptions, page_fingerprint

    page = Page(b"<p>x</p>", "a.html", "https://a.example/x", "text/html", "utf-8")
    options = ClipOptions()
    print_ = page_fingerprint(page, options)
    assert print_.startswith("sha256:")
    # Where the bytes came from is only named in messages.
    assert page_fingerprint(replace(page, source="b.html"), options) == print_
    assert page_fingerprint(page, replace(options, timeout=1, max_bytes=10)) == print_
    others = [
        page_fingerprint(replace(page, body=b"<p>y</p>"), options),
        page_fingerprint(replace(page, url="https://b.example/x"), options),
        page_fingerprint(replace(page, url=None), options),
        page_fingerprint(replace(page, content_type="text/plain"), options),
        page_fingerprint(replace(page, charset="cp1252"), options),
        page_fingerprint(page, replace(options, encoding="cp1252")),
        page_fingerprint(page, replace(options, force=True)),
    ]
    assert len({print_, *others}) == 1 + len(others)


def test_a_duplicate_of_what_another_build_extracted_is_extracted_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from clipper import pipeline
    from clipper.models import Article

    root = tmp_path / "two-stories"
    root.mkdir()
    (root / "a.html").write_text(story(1), encoding="utf-8")
    (root / "b.html").write_text(story(2), encoding="utf-8")
    args = ("clip", str(root), "--jobs", "1", "--json")
    # An extractor with a bug: two different stories read as the same newsletter box.
    box = " ".join(["Sign up for our newsletter to get the best stories every morning."] * 12)
    real = pipeline.to_article
    monkeypatch.setattr(pipeline, "to_article", lambda page, decoded: Article(box, "<p>box</p>"))
    monkeypatch.setattr(pipeline, "extractor_identity", lambda: "a build with the bug")
    code, out, err = invoke(*args)
    assert code == 0, err
    assert by_status(json_lines(out)) == {"added": 1, "duplicate": 1}

    # The next build (clipper's version is the same between releases) reads them right:
    # b.html's story is in no clipping, so it must not be reported as a duplicate again.
    monkeypatch.setattr(pipeline, "to_article", real)
    monkeypatch.setattr(pipeline, "extractor_identity", lambda: "the build with the fix")
    code, out, err = invoke(*args)
    assert code == 0, err
    lines = {Path(line["source"]).name: line for line in json_lines(out)}
    assert lines["a.html"]["status"] == "skipped"  # its bytes are clipped: --refresh updates it
    assert lines["b.html"]["status"] == "added"
    assert lines["b.html"]["clipping"]["title"] == "Story number 2"


def test_the_extractor_identity_follows_clipper_code_and_libraries(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import importlib.metadata
    import shutil

    import clipper
    from clipper import pipeline

    package = Path(clipper.__file__).parent
    copy = tmp_path / "clipper"
    shutil.copytree(package, copy, ignore=shutil.ignore_patterns("__pycache__"))
    (copy / "extract" / "text" / ".#dump.py").symlink_to(copy / "gone")  # an editor's lock
    assert pipeline.code_digest(copy) == pipeline.code_digest(package)
    assert pipeline.code_digest(package) in pipeline.extractor_identity()
    # A help string changed in the command line: the same extractor.
    common = copy / "cli" / "common.py"
    common.write_text(common.read_text(encoding="utf-8") + "\n# another help string\n")
    assert pipeline.code_digest(copy) == pipeline.code_digest(package)
    # One rule changed anywhere in the extract stage, even a folder down, without a
    # new version number: another extractor.
    textrules = copy / "extract" / "text" / "rules.py"
    textrules.write_text(textrules.read_text(encoding="utf-8") + "\n# one more rule\n")
    assert pipeline.code_digest(copy) != pipeline.code_digest(package)

    identity = pipeline.extractor_identity()
    assert "readability-lxml==" in identity and "charset-normalizer==" in identity
    real_version = importlib.metadata.version
    monkeypatch.setattr(
        importlib.metadata,
        "version",
        lambda name: "99.0" if name == "readability-lxml" else real_version(name),
    )
    assert pipeline.extractor_identity.__wrapped__() != identity  # an upgraded library

    from clipper.models import Page
    from clipper.pipeline import ClipOptions, page_fingerprint

    page, options = Page(b"<p>x</p>", "a.html"), ClipOptions()
    before = page_fingerprint(page, options)
    monkeypatch.setattr(pipeline, "extractor_identity", lambda: "another build")
    assert page_fingerprint(page, options) != before


# --- the schema ------------------------------------------------------------------------


def test_the_migration_adds_the_duplicate_columns_indexes_and_cleanup(tmp_path: Path) -> None:
    db = dbmod.open_db(tmp_path / "m.db")
    assert "near_duplicate_of" in {c.name for c in db["clippings"].columns}
    assert {c.name for c in db["clipping_sketches"].columns} == {"clipping_id", "hash"}
    indexed = {tuple(i.columns) for i in db["clippings"].indexes}
    assert {("content_hash",), ("source",)} <= indexed
    assert "clippings_sketches_ad" in {t.name for t in db.triggers}
    # Deleting a clipping takes its sketch and the flags pointing at it along.
    from clipper.models import Article, Page

    text = " ".join(paragraphs(80, count=3))
    for n in range(2):
        art = Article(text=text + f" Line {n}.", html="<p>x</p>", title=f"T{n}")
        dbmod.save_clipping(db, art, Page(body=b"x%d" % n, source=f"s{n}"), key=f"k{n}", url=None)
    assert dbmod.get_clipping(db, 2).near_duplicate_of == 1
    db.execute("DELETE FROM clipping_tags WHERE clipping_id = 1")
    db.execute("DELETE FROM raw_sources WHERE clipping_id = 1")
    db.execute("DELETE FROM clippings WHERE id = 1")
    assert dbmod.get_clipping(db, 2).near_duplicate_of is None
    rows = db.execute("SELECT DISTINCT clipping_id FROM clipping_sketches").fetchall()
    assert rows == [(2,)]


def test_an_archive_from_before_seen_pages_is_upgraded_and_learns_them(
    tmp_path: Path, with_duplicates: Path, extractions: list[str]
) -> None:
    from sqlite_utils import Database

    from clipper.models import Article, Page

    path = tmp_path / "old.db"
    old = dbmod.open_db(path)
    art = Article(text=" ".join(paragraphs(90)), html="<p>old</p>", title="Old one")
    dbmod.save_clipping(old, art, Page(body=b"old page", source="old.html"), key="k", url=None)
    old.close()
    # Today's code saved it; now make the archive one from before seen_pages.
    old = Database(path)
    old.execute("DROP TRIGGER clippings_seen_pages_ad")
    old.execute("DROP TABLE seen_pages")
    old.execute("DELETE FROM _sqlite_migrations WHERE name = 'm501_seen_pages'")
    old.conn.commit()
    assert "seen_pages" not in old.table_names()
    old.close()

    args = ("clip", str(with_duplicates), "--jobs", "1", "--json", "--db", str(path))
    code, out, err = invoke(*args)
    assert code == 0, err
    assert by_status(json_lines(out)) == {"added": 3, "duplicate": 2}
    db = dbmod.open_db(path)
    try:
        assert "m501_seen_pages" in {m.name for m in dbmod.MIGRATIONS.applied(db)}
        columns = {c.name: c.type for c in db["seen_pages"].columns}
        assert columns == {
            "fingerprint": "TEXT",
            "source_key": "TEXT",
            "content_hash": "TEXT",
            "seen_at": "TEXT",
        }
        assert db["seen_pages"].pks == ["fingerprint"]
        indexed = {tuple(i.columns) for i in db["seen_pages"].indexes}
        assert {("source_key",), ("content_hash",)} <= indexed
        assert "clippings_seen_pages_ad" in {t.name for t in db.triggers}
        assert db["seen_pages"].count == 5
        assert dbmod.get_clipping(db, 1).title == "Old one"
    finally:
        db.close()
    extractions.clear()
    code, out, err = invoke(*args)
    assert code == 0, err
    assert by_status(json_lines(out)) == {"skipped": 3, "duplicate": 2}
    assert extractions == []


# --- real processes: a terminal, interrupted and killed batches ------------------------


def test_the_progress_bar_is_drawn_on_a_terminal_and_stdout_stays_clean(
    folder: Path, tmp_path: Path
) -> None:
    import pty

    primary, secondary = pty.openpty()
    env = {**os.environ, "CLIPPER_DB": str(tmp_path / "tty.db"), "COLUMNS": "120"}
    try:
        done = subprocess.run(
            [*clipper_command(), "clip", str(folder), "--jobs", "1"],
            env=env,
            stdout=subprocess.PIPE,
            stderr=secondary,
            timeout=60,
        )
        os.close(secondary)
        shown = b""
        with contextlib.suppress(OSError):  # EIO once everything written was read
            while chunk := os.read(primary, 65536):
                shown += chunk
    finally:
        os.close(primary)
    assert done.returncode == 0
    assert b"clipping" in shown and b"/5" in shown  # the bar: done/total
    assert b"added 5" in shown  # the summary, after it
    assert b"\x1b" not in done.stdout
    assert done.stdout.decode().count("Clipped #") == 5


def clipper_command() -> list[str]:
    script = Path(sys.executable).parent / "clipper"
    return [str(script)] if script.exists() else [sys.executable, "-m", "clipper"]


def many_pages(folder: Path, count: int) -> None:
    folder.mkdir()
    for n in range(count):
        (folder / f"p{n:03d}.html").write_text(
            page(f"Page {n}", paragraphs(1000 + n, count=40)), encoding="utf-8"
        )


def check_consistent(db_path: Path) -> int:
    """integrity_check is ok and every stored clipping is whole; returns how many there are."""
    con = sqlite3.connect(db_path)
    try:
        assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        count = con.execute("SELECT count(*) FROM clippings").fetchone()[0]
        whole = con.execute(
            "SELECT count(*) FROM clippings c JOIN raw_sources r ON r.clipping_id = c.id "
            "WHERE c.text != '' AND c.title IS NOT NULL "
            "AND EXISTS (SELECT 1 FROM clipping_sketches s WHERE s.clipping_id = c.id)"
        ).fetchone()[0]
        indexed = con.execute("SELECT count(*) FROM clippings_fts").fetchone()[0]
        assert whole == count == indexed
        return count
    finally:
        con.close()


def wait_for_clippings(db_path: Path, process: subprocess.Popen, at_least: int) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and process.poll() is None:
        if db_path.exists():
            try:
                con = sqlite3.connect(db_path, timeout=0.1)
                n = con.execute("SELECT count(*) FROM clippings").fetchone()[0]
                con.close()
                if n >= at_least:
                    return
            except sqlite3.OperationalError:
                pass  # not migrated yet, or busy
        time.sleep(0.01)


@pytest.mark.parametrize("how", ["kill", "interrupt"])
def test_a_stopped_batch_leaves_a_consistent_archive_and_a_rerun_finishes(
    tmp_path: Path, how: str
) -> None:
    pages = tmp_path / "pages"
    many_pages(pages, 60)
    db_path = tmp_path / "stop.db"
    env = {**os.environ, "CLIPPER_DB": str(db_path)}
    argv = [*clipper_command(), "clip", str(pages), "--jobs", "2"]
    process = subprocess.Popen(
        argv,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,
        # Ctrl-C reaches the clipper even when these tests run in a background
        # job, which starts its processes with SIGINT ignored.
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    try:
        wait_for_clippings(db_path, process, 3)
        if process.poll() is not None:
            _, err = process.communicate()
            pytest.fail(f"the batch finished before it could be stopped: {err.decode()[-1000:]}")
        process.send_signal(signal.SIGKILL if how == "kill" else signal.SIGINT)
        _, err = process.communicate(timeout=60)
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)  # the session we started: any workers left
    if how == "interrupt":
        assert process.returncode == 130
        assert b"Run the same command again to finish" in err
    else:
        assert process.returncode == -signal.SIGKILL
    partial = check_consistent(db_path)
    assert 0 < partial < 60

    done = subprocess.run(argv, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert f"skipped {partial} already clipped" in done.stderr
    assert check_consistent(db_path) == 60


# Loaded by every Python process of the command run below (its extraction
# processes too): each page extracted adds a line to the file it names.
EXTRACTION_PROBE = """
import os

from clipper import pipeline

_prepare_page = pipeline.prepare_page


def prepare_page(page, options):
    with open(os.environ["CLIPPER_TEST_EXTRACTED"], "a", encoding="utf-8") as log:
        log.write(page.source + "\\n")
    return _prepare_page(page, options)


pipeline.prepare_page = prepare_page
"""


def test_the_real_command_run_again_extracts_no_duplicate(
    with_duplicates: Path, tmp_path: Path
) -> None:
    probe = tmp_path / "probe"
    probe.mkdir()
    (probe / "sitecustomize.py").write_text(EXTRACTION_PROBE, encoding="utf-8")
    log = tmp_path / "extracted.txt"
    env = {
        **os.environ,
        "CLIPPER_DB": str(tmp_path / "real.db"),
        "CLIPPER_TEST_EXTRACTED": str(log),
        "PYTHONPATH": os.pathsep.join(filter(None, [str(probe), os.environ.get("PYTHONPATH")])),
    }
    argv = [*clipper_command(), "clip", str(with_duplicates), "--jobs", "2"]

    def run() -> tuple[subprocess.CompletedProcess[str], list[str]]:
        log.write_text("")
        done = subprocess.run(argv, env=env, capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stderr
        return done, log.read_text(encoding="utf-8").splitlines()

    done, extracted = run()
    assert "5 sources: added 3, updated 0, skipped 0 already clipped, 2 duplicates" in done.stderr
    assert len(extracted) == 5  # the probe is in place: every page was extracted once
    done, extracted = run()
    assert "5 sources: added 0, updated 0, skipped 3 already clipped, 2 duplicates" in done.stderr
    assert done.stdout.count("Duplicate ") == 2
    assert extracted == []


def test_a_file_clipped_with_a_raised_size_limit_is_skipped_when_run_again_without_it(
    folder: Path, clipper_db: Path
) -> None:
    sizes = [p.stat().st_size for p in folder.rglob("story-*.html")]
    code, out, _ = invoke("clip", str(folder), "--max-bytes", str(max(sizes)), "--json")
    assert code == 0
    # Again, under a limit every file is over: they are what the archive holds, not failures.
    code, out, err = invoke("clip", str(folder), "--max-bytes", str(min(sizes) - 1), "--json")
    lines = json_lines(out)
    assert code == 0, err
    assert by_status(lines) == {"skipped": 5}
