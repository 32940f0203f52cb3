"""`clipper feed`: a real loopback site whose feeds change between updates, a real archive."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest
from feedsite import FeedSite, Item, atom, home_page, json_feed, rss, sitemap

from clipper.feeds.lock import update_lock
from clipper.store import open_db
from helpers import LocalServer, invoke

FAST = ("--jobs", "1", "--delay", "0")


def update(*args: str) -> tuple[int, list[dict], str]:
    code, out, err = invoke("feed", "update", "--json", *FAST, *args)
    return code, [json.loads(line) for line in out.splitlines() if line.strip()], err


def clipped(lines: list[dict]) -> list[str]:
    return [line["source"] for line in lines if line.get("status") == "added"]


def checks(lines: list[dict]) -> dict[str, dict]:
    return {line["feed"]: line for line in lines if "feed" in line}


def sources() -> dict[str, dict]:
    code, out, err = invoke("feed", "list", "--json")
    assert code == 0, err
    return {s["name"]: s for s in json.loads(out)}


def rows(sql: str, db: Path) -> list[tuple]:
    conn = open_db(db)
    try:
        return [tuple(r) for r in conn.execute(sql).fetchall()]
    finally:
        conn.close()


@pytest.fixture
def site() -> Iterator[FeedSite]:
    with FeedSite() as s:
        yield s


def test_add_finds_the_feed_from_a_page_and_says_what_it_found(site: FeedSite) -> None:
    site.put("/feed.xml", rss("The Gazette", site.items(1, 3)), content_type="application/rss+xml")
    site.put("/", home_page("The Gazette", "/feed.xml"))
    code, out, err = invoke("feed", "add", site.url("/"), "--tag", "harbour")
    assert code == 0, err
    assert "Following the-gazette: RSS feed, 3 entries now — The Gazette" in out
    assert site.url("/feed.xml") in out and "linked from" in out
    listed = sources()["the-gazette"]
    assert listed["url"] == site.url("/feed.xml") and listed["tags"] == ["harbour"]
    assert listed["kind"] == "rss" and listed["state"] == "new"
    # the same feed again is refused, by its own address or the page's
    code, _, err = invoke("feed", "add", site.url("/feed.xml"))
    assert code == 2 and "followed already" in err


def test_add_tries_the_usual_paths_and_a_page_without_feed_is_a_clear_error(
    site: FeedSite,
) -> None:
    site.put("/", home_page("Quiet", None))
    site.put("/atom.xml", atom("Quiet News", site.items(1, 2)), content_type="text/xml")
    code, out, err = invoke("feed", "add", site.url("/"), "--name", "quiet")
    assert code == 0, err
    assert "Following quiet: Atom feed" in out and "usual path" in out
    site.put("/about", home_page("About", None))
    del site.resources["/atom.xml"]
    code, out, err = invoke("feed", "add", site.url("/about"))
    assert code == 5
    assert err.count("\n") == 1 and "is a web page with no feed" in err
    assert "Traceback" not in err


def test_first_update_clips_the_last_week_then_304s_then_only_new_entries(
    site: FeedSite, clipper_db: Path
) -> None:
    now = datetime.now(timezone.utc)
    old = [
        Item(90 + i, site.article(90 + i), f"Old {i}", now - timedelta(days=30 + i), f"old-{i}")
        for i in range(3)
    ]
    fresh = site.items(1, 3)
    site.put("/feed.xml", rss("Gazette", fresh + old), content_type="application/rss+xml")
    assert invoke("feed", "add", site.url("/feed.xml"), "-t", "news")[0] == 0

    code, lines, err = update()
    assert code == 0, err
    assert sorted(clipped(lines)) == sorted(i.link for i in fresh)
    assert checks(lines)["gazette"] == {
        "feed": "gazette", "url": site.url("/feed.xml"), "status": "new",
        "new": 3, "passed": 3, "dropped": 0,
    }  # fmt: skip
    tags = rows("SELECT DISTINCT tag FROM clipping_tags", clipper_db)
    assert tags == [("news",)]

    code, lines, err = update()
    assert code == 0 and clipped(lines) == []
    assert checks(lines)["gazette"]["status"] == "unchanged"
    assert site.not_modified["/feed.xml"] == 1

    newer = site.items(10, 2)
    site.put("/feed.xml", rss("Gazette", newer + fresh + old), content_type="application/rss+xml")
    code, lines, err = update()
    assert code == 0, err
    assert sorted(clipped(lines)) == sorted(i.link for i in newer)
    listed = sources()["gazette"]
    assert listed["clipped"] == 5 and listed["entries"] == 8 and listed["state"] == "ok"
    assert listed["last_new_at"] is not None
    # every article page was fetched once, ever
    assert all(site.hits[f"/articles/{i.n}.html"] == 1 for i in fresh + newer)
    assert all(site.hits[f"/articles/{i.n}.html"] == 0 for i in old)


def test_since_and_limit_bound_a_first_update(site: FeedSite) -> None:
    site.put("/f", rss("Many", site.items(1, 12, hours=30)), content_type="application/rss+xml")
    assert invoke("feed", "add", site.url("/f"), "--name", "many")[0] == 0
    code, lines, err = update("--limit", "4")
    assert code == 0, err
    assert len(clipped(lines)) == 4
    assert checks(lines)["many"]["passed"] == 8  # never clipped later either
    site.put("/f", rss("Many", site.items(50, 1) + site.items(1, 12, hours=30)))
    code, lines, err = update()
    assert len(clipped(lines)) == 1


def test_entry_clipped_once_even_when_its_article_later_redirects(site: FeedSite) -> None:
    first = site.items(1, 1)
    site.put("/f", rss("R", first), content_type="application/rss+xml")
    invoke("feed", "add", site.url("/f"), "--name", "r")
    assert len(clipped(update()[1])) == 1
    # the article moves; the feed now links to its new address under the same GUID
    site.put("/articles/1.html", status=301, location=site.url("/moved/1.html"))
    site.article(1, "/moved/1.html")
    moved = Item(1, site.url("/moved/1.html"), "Story 1", first[0].published, first[0].guid)
    site.put("/f", rss("R", [moved]), content_type="application/rss+xml")
    code, lines, err = update()
    assert code == 0 and clipped(lines) == [] and site.hits["/moved/1.html"] == 0


def test_dead_sources_are_marked_and_do_not_stop_the_others(site: FeedSite, tmp_path: Path) -> None:
    site.put("/good", rss("Good", site.items(1, 2)), content_type="application/rss+xml")
    site.put("/gone", rss("Gone", site.items(20, 1, prefix="/g")))
    site.put("/broken", rss("Broken", site.items(30, 1, prefix="/b")))
    site.put("/html", rss("Now HTML", site.items(40, 1, prefix="/h")))
    site.put("/old", json_feed("Moving", site.items(50, 1, prefix="/m")))
    for path in ("/good", "/gone", "/broken", "/html", "/old"):
        assert invoke("feed", "add", site.url(path), "--name", path[1:])[0] == 0
    opml = tmp_path / "dns.opml"
    opml.write_text(
        '<opml><body><outline text="dns" xmlUrl="http://nonexistent.invalid/f"/></body></opml>'
    )
    assert invoke("feed", "import", str(opml))[0] == 0  # imports don't fetch
    assert update()[0] == 7

    site.put("/good", rss("Good", site.items(5, 1) + site.items(1, 2)))
    site.put("/gone", b"gone", status=410)
    site.put("/broken", b'<?xml version="1.0"?><rss><channel><item><title>cut')
    site.put("/html", "<!DOCTYPE html><html><body><p>We moved!</p></body></html>")
    site.put("/old", status=301, location=site.url("/new"))
    site.put(
        "/new", json_feed("Moving", site.items(60, 1, prefix="/m") + site.items(50, 1, prefix="/m"))
    )
    code, lines, err = update()
    assert code == 7
    found = checks(lines)
    assert found["good"]["status"] == "new"
    assert (
        "resolve host nonexistent.invalid" in found["dns"]["error"]
        or "connect" in found["dns"]["error"]
    )
    assert found["gone"]["status"] == "failed" and "HTTP 410" in found["gone"]["error"]
    assert "broken feed" in found["broken"]["error"]
    assert "now serves a web page" in found["html"]["error"]
    assert found["old"]["moved_to"] == site.url("/new")
    assert sorted(clipped(lines)) == sorted([site.url("/articles/5.html"), site.url("/m/60.html")])
    listed = sources()
    assert listed["old"]["url"] == site.url("/new")
    assert "HTTP 410" in listed["gone"]["state"] and "\n" not in listed["gone"]["state"]
    assert listed["good"]["state"] == "ok"
    # the plain listing shows the reason too, on the source's row
    code, out, _ = invoke("feed", "list")
    assert code == 0 and "HTTP 410" in out
    # and how many of each source's entries are clippings, as --json has them
    good = listed["good"]
    assert f"{good['clipped']} of {good['entries']}" in out


def test_failed_entries_are_reported_and_retried_next_time(site: FeedSite) -> None:
    items = site.items(1, 2)
    site.put("/articles/2.html", b"down", status=503)
    site.put("/f", rss("F", items), content_type="application/rss+xml")
    invoke("feed", "add", site.url("/f"), "--name", "f")
    code, lines, err = update()
    assert code == 7
    failed = [line for line in lines if line.get("status") == "failed"]
    assert [f["source"] for f in failed] == [site.url("/articles/2.html")]
    assert sources()["f"]["pending"] == 1
    site.article(2)
    code, lines, err = update()  # the feed itself is unchanged: a 304, and the retry
    assert code == 0, err
    assert clipped(lines) == [site.url("/articles/2.html")]
    assert checks(lines)["f"]["status"] == "unchanged"


def test_feed_metadata_fills_what_the_page_leaves_empty(site: FeedSite) -> None:
    now = datetime.now(timezone.utc).replace(microsecond=0)
    site.article(1, dated=False)  # the page has no date, author or keywords
    site.article(2)  # this one dates itself
    items = [
        Item(1, site.url("/articles/1.html"), "Feed title 1", now, "g1", "Jo Hart", ("ports",)),
        Item(2, site.url("/articles/2.html"), "Feed title 2", now, "g2", "Kim Lee", ("rail",)),
    ]
    site.put("/f", rss("F", items), content_type="application/rss+xml")
    invoke("feed", "add", site.url("/f"), "--name", "f", "--tag", "beat")
    code, lines, err = update()
    assert code == 0, err
    by_url = {line["source"]: line["clipping"] for line in lines if line.get("clipping")}
    one, two = by_url[items[0].link], by_url[items[1].link]
    assert one["authors"] == ["Jo Hart"] and one["published"] == now.isoformat()
    assert (
        one["title"] == "Story 1: the " + one["title"].split("the ", 1)[1]
    )  # the page's title wins
    assert one["tags"] == ["beat", "ports"]
    assert two["published"].startswith("2026-11-20")  # the page's own date wins


def test_pause_resume_rename_tags_and_rm(site: FeedSite, clipper_db: Path) -> None:
    site.put("/f", rss("F", site.items(1, 1)), content_type="application/rss+xml")
    invoke("feed", "add", site.url("/f"), "--name", "f")
    code, out, err = invoke("feed", "edit", "f", "--pause", "--name", "paper", "-t", "x", "--json")
    assert code == 0, err
    edited = json.loads(out)
    assert edited["name"] == "paper" and edited["paused"] and edited["tags"] == ["x"]
    code, lines, err = update()
    assert "No feeds to update" in err and lines == []
    code, lines, err = update("paper")  # a paused feed named is updated
    assert len(clipped(lines)) == 1
    assert invoke("feed", "edit", "paper", "--resume", "--untag", "x")[0] == 0
    assert sources()["paper"]["tags"] == [] and not sources()["paper"]["paused"]
    assert invoke("feed", "edit", "nope", "--pause")[0] == 3
    code, _, err = invoke("feed", "rm", "1")
    assert code == 0 and "1 clipping stay" in err
    assert sources() == {}
    assert rows("SELECT count(*) FROM clippings", clipper_db) == [(1,)]
    assert rows("SELECT count(*) FROM feed_entries", clipper_db) == [(0,)]


def test_opml_import_update_and_export(site: FeedSite, tmp_path: Path) -> None:
    site.put("/a.xml", rss("Alpha", site.items(1, 2)), content_type="application/rss+xml")
    site.put("/b.json", json_feed("Beta", site.items(10, 1, prefix="/b")))
    site.put("/sitemap.xml", sitemap(site.items(20, 2, prefix="/s")))
    opml = tmp_path / "subs.opml"
    opml.write_text(
        '<?xml version="1.0"?><opml version="1.0"><head/><body><outline text="Work">'
        f'<outline text="Alpha" type="rss" xmlUrl="{site.url("/a.xml")}"/>'
        f'<outline text="Beta" type="rss" xmlUrl="{site.url("/b.json")}"/></outline>'
        f'<outline text="Site map" xmlUrl="{site.url("/sitemap.xml")}"/></body></opml>'
    )
    code, _, err = invoke("feed", "import", str(opml), "--tag", "imported")
    assert code == 0 and "Imported 3 feeds" in err
    code, _, err = invoke("feed", "import", str(opml))
    assert "Imported 0 feeds" in err and "3 followed already" in err
    assert sources()["alpha"]["tags"] == ["Work", "imported"]
    code, lines, err = update()
    assert code == 0, err
    assert len(clipped(lines)) == 5
    assert sources()["site-map"]["kind"] == "sitemap"
    code, out, _ = invoke("feed", "export")
    assert code == 0 and out.startswith('<?xml version="1.0" encoding="UTF-8"?>')
    assert f'xmlUrl="{site.url("/b.json")}"' in out and 'category="Work,imported"' in out
    broken = tmp_path / "broken.opml"
    broken.write_text("<opml><body><outline")
    code, _, err = invoke("feed", "import", str(broken))
    assert code == 5 and err.startswith("clipper: ") and "Traceback" not in err


def test_a_second_update_while_one_runs_does_nothing_or_waits(
    site: FeedSite, clipper_db: Path
) -> None:
    site.put("/f", rss("F", site.items(1, 2)), content_type="application/rss+xml")
    invoke("feed", "add", site.url("/f"), "--name", "f")
    with update_lock(clipper_db):
        code, lines, err = update()
    assert code == 6 and "Another feed update is running" in err and lines == []
    assert rows("SELECT count(*) FROM clippings", clipper_db) == [(0,)]

    held = threading.Event()
    release = threading.Event()

    def hold() -> None:
        with update_lock(clipper_db):
            held.set()
            release.wait(30)

    holder = threading.Thread(target=hold)
    holder.start()
    held.wait(10)
    threading.Timer(0.3, release.set).start()
    code, lines, err = update("--wait")
    holder.join()
    assert code == 0, err
    assert len(clipped(lines)) == 2


def test_hostile_feeds_are_refused_or_bounded(site: FeedSite, clipper_db: Path) -> None:
    laughs = (
        '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa">'
        '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>'
        f'<rss version="2.0"><channel><title>&c;</title><item><title>&c;</title>'
        f"<link>{site.article(1)}</link></item></channel></rss>"
    )
    site.put("/laughs", laughs)
    site.put("/huge", handler=_endless_feed)  # type: ignore[call-arg]
    now = datetime.now(timezone.utc)
    junk = [
        Item(2, "javascript:alert(document.cookie)", "js", now, "j1"),
        Item(3, "/articles/3.html", "relative", now, "r1"),
        Item(4, site.url("/articles/3.html"), "same guid", now, "r1"),
        Item(5, "", "no link", now, "n1"),
        Item(6, site.article(6), "far future", datetime(9999, 12, 31, tzinfo=timezone.utc), "f1"),
    ]
    site.article(3)
    site.put("/junk", rss("Junk", junk), content_type="application/rss+xml")
    # added while harmless, turned hostile afterwards
    for path in ("/laughs", "/huge", "/junk"):
        body = site.resources[path]
        site.put(path, rss("probe", []))
        assert invoke("feed", "add", site.url(path), "--name", path[1:])[0] == 0
        site.resources[path] = body
    code, lines, err = update()
    assert code == 7
    found = checks(lines)
    assert "declares XML entities" in found["laughs"]["error"]
    assert "limit" in found["huge"]["error"]
    assert found["junk"]["new"] == 2 and found["junk"]["dropped"] == 3
    assert sorted(clipped(lines)) == [site.url("/articles/3.html"), site.url("/articles/6.html")]
    assert site.hits["/articles/1.html"] == 0  # nothing from the refused feed
    # the year-9999 entry stored no date of its own: the page's date is the clipping's
    published = rows("SELECT published FROM feed_entries WHERE key = 'f1'", clipper_db)
    assert published == [(None,)]


class _Stop(Exception):
    pass


def _endless_feed(handler: BaseHTTPRequestHandler) -> None:
    """A 200 MB feed, produced as it is read: the client must stop at its size limit."""
    handler.send_response(200)
    handler.send_header("Content-Type", "application/rss+xml")
    handler.end_headers()
    item = b"<item><title>x</title><link>http://127.0.0.1/x</link></item>" * 1000
    try:
        handler.wfile.write(b'<?xml version="1.0"?><rss version="2.0"><channel>')
        for _ in range(200_000_000 // len(item)):
            handler.wfile.write(item)
    except (BrokenPipeError, ConnectionResetError):
        pass


def test_migration_makes_the_feed_tables_and_keeps_entries_unique(tmp_path: Path) -> None:
    import sqlite3

    db = open_db(tmp_path / "m.db")
    try:
        sources_cols = {c.name for c in db["feed_sources"].columns}
        entries_cols = {c.name for c in db["feed_entries"].columns}
        assert {"name", "url", "kind", "tags", "paused", "etag", "last_modified", "error",
                "synced_at", "last_new_at"} <= sources_cols  # fmt: skip
        assert {"source_id", "key", "link", "state", "clipping_id", "attempts"} <= entries_cols
        db.execute(
            "INSERT INTO feed_sources (name, url, tags, paused, added_at) VALUES ('a', 'u', '[]', 0, 'now')"
        )
        row = "INSERT INTO feed_entries (source_id, key, link, seen_at, state, attempts) VALUES (1, 'k', 'l', 'now', 'pending', 0)"
        db.execute(row)
        with pytest.raises(sqlite3.IntegrityError):
            db.execute(row)
        assert "clippings_feed_entries_ad" in {t.name for t in db.triggers}
    finally:
        db.close()


def test_an_update_killed_between_recording_and_clipping_finishes_next_time(
    site: FeedSite, clipper_db: Path
) -> None:
    from clipper.feeds.update import Update, UpdateOptions

    items = site.items(1, 3)
    site.put("/f", rss("F", items), content_type="application/rss+xml")
    invoke("feed", "add", site.url("/f"), "--name", "f")
    # an update that recorded the new entries and died before clipping them...
    db = open_db(clipper_db)
    try:
        run = Update(db, UpdateOptions())
        assert [c.new for c in run.check([], lambda c: None)] == [3]
        assert len(run.items()) == 3
    finally:
        db.close()
    # ...and one entry whose page was committed before the mark was
    assert invoke("clip", items[0].link)[0] == 0
    code, lines, err = update()
    assert code == 0, err
    assert sorted(clipped(lines)) == sorted(i.link for i in items[1:])
    assert [line["source"] for line in lines if line.get("status") == "skipped"] == [items[0].link]
    assert sources()["f"]["clipped"] == 3 and sources()["f"]["pending"] == 0
    assert all(site.hits[f"/articles/{i.n}.html"] == 1 for i in items)


def test_update_without_an_archive_creates_nothing(tmp_path: Path) -> None:
    where = tmp_path / "not" / "yet" / "a.db"
    code, out, err = invoke("feed", "update", "--db", str(where))
    assert code == 0 and "No feeds to update" in err
    assert not (tmp_path / "not").exists()


def test_conditional_get_sends_last_modified_and_reads_a_304(server: LocalServer) -> None:
    from clipper.sources.fetch import fetch_conditional

    stamp = "Tue, 01 Dec 2026 10:00:00 GMT"

    def handler(h: BaseHTTPRequestHandler) -> None:
        if h.headers.get("If-Modified-Since") == stamp:
            h.send_response(304)
            h.end_headers()
            return
        body = rss("LM", []).encode()
        h.send_response(200)
        h.send_header("Last-Modified", stamp)
        h.send_header("Content-Type", "application/rss+xml")
        h.send_header("Content-Length", str(len(body)))
        h.end_headers()
        h.wfile.write(body)

    server.add("/lm", handler=handler)
    first = fetch_conditional(server.url("/lm"))
    assert first.page is not None and first.last_modified == stamp and first.etag is None
    again = fetch_conditional(server.url("/lm"), last_modified=stamp)
    assert again.page is None and again.last_modified == stamp and again.moved_to is None


@pytest.mark.parametrize(
    "args", [("feed", "rm", "nowhere"), ("feed", "edit", "nowhere", "--pause")]
)
def test_naming_a_feed_where_there_is_no_archive_creates_none(
    clipper_db: Path, args: tuple[str, ...]
) -> None:
    """As feed list and feed update: a mistyped --db leaves no stray archive behind."""
    code, _, err = invoke(*args)
    assert code == 3 and "No feed is called 'nowhere'" in err
    assert not clipper_db.exists()


def test_the_jobs_setting_reaches_feed_updates_batch(
    site: FeedSite, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`jobs` in the settings file is --jobs for every batch, feed update's too."""
    from clipper import batch

    seen: list[int] = []

    class Spy(batch.Batch):
        def __init__(self, db, options, *args, **kwargs):  # type: ignore[no-untyped-def]
            seen.append(options.jobs)
            super().__init__(db, options, *args, **kwargs)

    monkeypatch.setattr(batch, "Batch", Spy)
    settings = tmp_path / "settings.toml"
    settings.write_text("jobs = 1\n", encoding="utf-8")
    monkeypatch.setenv("CLIPPER_CONFIG", str(settings))
    site.put("/feed.xml", rss("Gazette", site.items(1, 3)), content_type="application/rss+xml")
    assert invoke("feed", "add", site.url("/feed.xml"))[0] == 0
    code, _, err = invoke("feed", "update", "--delay", "0")  # FAST's --jobs left out
    assert code == 0, err
    site.put("/feed.xml", rss("Gazette", site.items(1, 6)), content_type="application/rss+xml")
    assert invoke("feed", "update", "--delay", "0", "--jobs", "2")[0] == 0
    assert seen == [1, 2]


@pytest.mark.parametrize(
    ("body", "needle"),
    [
        (b"", "isn't an OPML file: there is nothing in it"),
        (b"<!doctype html><html><body>Subscriptions</body></html>", "a web page (HTML)"),
        (b"<opml version='2.0'><body><outline", "is a broken OPML file"),
    ],
)
def test_importing_what_isnt_opml_says_so_and_what_to_give(body: bytes, needle: str) -> None:
    code, _, err = invoke("feed", "import", "-", input=body)
    assert code == 5 and needle in err and err.count("\n") == 1, err
    assert "not a feed" not in err and "isn't a feed" not in err


def test_a_name_taken_already_is_a_usage_error_not_a_database_error(site: FeedSite) -> None:
    site.put("/a.xml", rss("A", site.items(1, 1)), content_type="application/rss+xml")
    site.put("/b.xml", rss("B", site.items(2, 1)), content_type="application/rss+xml")
    assert invoke("feed", "add", site.url("/a.xml"), "--name", "mine")[0] == 0
    code, _, err = invoke("feed", "add", site.url("/b.xml"), "--name", "mine")
    assert code == 2 and "A feed is called 'mine' already" in err, err
    assert list(sources()) == ["mine"]


def test_feed_tags_are_cleaned_as_clips_are(site: FeedSite) -> None:
    """--tag on feed add/edit/import: no control characters stored, an empty tag is an error."""
    site.put("/a.xml", rss("A", site.items(1, 1)), content_type="application/rss+xml")
    code, _, err = invoke("feed", "add", site.url("/a.xml"), "--tag", "")
    assert code == 2 and "is not a tag" in err, err
    code, _, err = invoke("feed", "add", site.url("/a.xml"), "--tag", "red\x1b[31m  alert")
    assert code == 0, err
    code, _, err = invoke("feed", "edit", "a", "--tag", "\x07ding")
    assert code == 0, err
    assert sources()["a"]["tags"] == ["ding", "red[31m alert"]
    code, _, err = invoke("feed", "edit", "a", "--tag", " ")
    assert code == 2 and "is not a tag" in err, err


def test_the_update_summary_leaves_out_what_didnt_happen(site: FeedSite) -> None:
    site.put("/feed.xml", rss("Gazette", site.items(1, 2)), content_type="application/rss+xml")
    assert invoke("feed", "add", site.url("/feed.xml"))[0] == 0
    code, _, err = invoke("feed", "update", *FAST)
    assert code == 0 and "Checked 1 feed: 2 new entries in 1." in err, err
    assert "2 entries: 2 clipped.\n" in err, err
    code, _, err = invoke("feed", "update", *FAST)
    assert code == 0 and err.strip() == "Checked 1 feed: 1 unchanged.", err
