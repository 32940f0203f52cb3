"""`clipper feed` as a user runs it: the installed command in subprocesses, a loopback site."""

from __future__ import annotations

import json
import os
import signal
import subprocess
from pathlib import Path

from feedsite import FeedSite, atom, home_page, json_feed, rss, sitemap
from test_e2e import clipper_command


def run(*args: str, db: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "CLIPPER_DB": str(db), "NO_COLOR": "1", "COLUMNS": "120"}
    return subprocess.run(
        [*clipper_command(), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


def start(*args: str, db: Path) -> subprocess.Popen[str]:
    env = {**os.environ, "CLIPPER_DB": str(db), "NO_COLOR": "1"}
    return subprocess.Popen(
        [*clipper_command(), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        # Ctrl-C must reach it even when the tests run as a background job, which
        # starts its processes with SIGINT ignored.
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )


def test_follow_three_feeds_and_a_sitemap_update_twice_and_search(tmp_path: Path) -> None:
    db = tmp_path / "archive.db"
    with FeedSite() as site:
        gazette = site.items(1, 4)
        site.put("/feed.xml", rss("The Gazette", gazette), content_type="application/rss+xml")
        site.put("/", home_page("The Gazette", "/feed.xml"))
        site.put("/port/atom", atom("Port Weekly", site.items(100, 3, prefix="/port")))
        site.put("/river.json", json_feed("River Daily", site.items(200, 2, prefix="/river")))
        site.put("/news.xml", sitemap(site.items(300, 2, prefix="/tide"), news="Tide Times"))
        opml = tmp_path / "reader.opml"
        site.put("/extra.xml", rss("Extra", site.items(400, 2, prefix="/extra")))
        opml.write_text(
            '<opml version="2.0"><body><outline text="Energy">'
            f'<outline text="Extra" type="rss" xmlUrl="{site.url("/extra.xml")}"/>'
            "</outline></body></opml>"
        )

        added = run("feed", "add", site.url("/"), "--tag", "harbour", db=db)
        assert added.returncode == 0, added.stderr
        assert "Following the-gazette" in added.stdout
        more = run(
            "feed", "add", site.url("/port/atom"), site.url("/river.json"), site.url("/news.xml"),
            db=db,
        )  # fmt: skip
        assert more.returncode == 0, more.stderr
        assert run("feed", "import", str(opml), db=db).returncode == 0

        first = run("feed", "update", "--delay", "0", db=db)
        assert first.returncode == 0, first.stderr
        assert first.stdout.count("Clipped #") == 13
        assert "Checked 5 feeds: 13 new entries in 5" in first.stderr

        second = run("feed", "update", "--delay", "0", db=db)
        assert second.returncode == 0, second.stderr
        assert "Clipped" not in second.stdout
        assert "5 unchanged" in second.stderr

        newest = site.items(5, 1)
        site.put("/feed.xml", rss("The Gazette", newest + gazette))
        third = run("feed", "update", "--delay", "0", "--json", db=db)
        assert third.returncode == 0, third.stderr
        added_now = [
            json.loads(line) for line in third.stdout.splitlines() if '"status": "added"' in line
        ]
        assert [a["source"] for a in added_now] == [newest[0].link]
        assert added_now[0]["clipping"]["tags"] == ["harbour"]

    listed = json.loads(run("feed", "list", "--json", db=db).stdout)
    assert {s["name"]: s["clipped"] for s in listed} == {
        "the-gazette": 5, "port-weekly": 3, "river-daily": 2, "tide-times": 2, "extra": 2,
    }  # fmt: skip
    assert {s["state"] for s in listed} == {"ok"}
    hits = json.loads(run("search", "harbour", "--tag", "harbour", "--json", db=db).stdout)
    assert hits and all("/articles/" in h["url"] for h in hits)
    energy = json.loads(run("list", "--tag", "Energy", "--json", db=db).stdout)
    assert len(energy) == 2


def test_two_updates_started_together_clip_nothing_twice(tmp_path: Path) -> None:
    db = tmp_path / "archive.db"
    with FeedSite() as site:
        for n in range(4):
            path = f"/f{n}.xml"
            site.put(path, rss(f"Feed {n}", site.items(n * 100, 5, prefix=f"/s{n}")))
            assert run("feed", "add", site.url(path), db=db).returncode == 0
        both = [start("feed", "update", "--delay", "0", "--json", db=db) for _ in range(2)]
        # communicate, not wait: each prints more than a pipe holds
        outputs = [p.communicate(timeout=120) for p in both]
        results = [(p.returncode, out, err) for p, (out, err) in zip(both, outputs, strict=True)]
    codes = sorted(code for code, _, _ in results)
    stderr = " ".join(err for _, _, err in results)
    # Nearly always they overlap and the second stops at the lock; should the first
    # finish before the second starts, the second finds every entry seen already.
    assert codes in ([0, 6], [0, 0]), stderr
    assert (codes == [0, 6]) == ("Another feed update is running" in stderr)
    clipped = [
        json.loads(line)["source"]
        for _, out, _ in results
        for line in out.splitlines()
        if '"status": "added"' in line
    ]
    assert len(clipped) == 20 and len(set(clipped)) == 20


def test_ctrl_c_mid_update_then_running_again_clips_the_rest_once(tmp_path: Path) -> None:
    import time
    from http.server import BaseHTTPRequestHandler

    from feedsite import article_html

    db = tmp_path / "archive.db"

    def slow(n: int) -> object:
        def handler(h: BaseHTTPRequestHandler) -> None:
            time.sleep(0.3)  # slow pages, so that the interrupt lands mid-batch
            body = article_html(n)
            h.send_response(200)
            h.send_header("Content-Type", "text/html; charset=utf-8")
            h.send_header("Content-Length", str(len(body)))
            h.end_headers()
            h.wfile.write(body)

        return handler

    with FeedSite() as site:
        items = site.items(1, 12)
        for item in items:
            site.put(f"/articles/{item.n}.html", handler=slow(item.n))
        site.put("/f.xml", rss("Slow", items))
        assert run("feed", "add", site.url("/f.xml"), db=db).returncode == 0
        first = start("feed", "update", "--delay", "0", "--jobs", "1", "--json", db=db)
        assert first.stdout is not None
        for line in first.stdout:
            if '"status": "added"' in line:
                break
        first.send_signal(signal.SIGINT)
        rest, err = first.communicate(timeout=60)
        assert first.returncode == 130, err
        assert "Run clipper feed update again to finish" in err
        again = run("feed", "update", "--delay", "0", "--json", db=db)
        assert again.returncode == 0, again.stderr
        hits = dict(site.hits)
    listed = json.loads(run("feed", "list", "--json", db=db).stdout)
    assert listed[0]["clipped"] == 12 and listed[0]["pending"] == 0
    clippings = json.loads(run("list", "--limit", "100", "--json", db=db).stdout)
    assert sorted(c["url"] for c in clippings) == sorted(i.link for i in items)
    assert all(hits[f"/articles/{i.n}.html"] <= 2 for i in items)
