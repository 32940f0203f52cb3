"""`clipper serve` without a browser: a real server process, real HTTP on loopback, real SQLite."""

from __future__ import annotations

import base64
import http.client
import json
import os
import subprocess
import sys
import threading
from pathlib import Path
from urllib.parse import urlencode

import pytest
from media import article, png

from clipper import store
from clipper.models import Article, Page
from clipper.web.guard import CSP
from helpers import FIXTURES, LocalServer, ServeProcess

HOSTILE_TITLE = "<script>alert(1)</script>"
HOSTILE_HTML = (
    '<p onclick="alert(2)">Hostile body text with enough words to read.</p>'
    "<script>alert(3)</script><iframe src='https://evil.example/'></iframe>"
    '<form action="https://evil.example/"><input name="q"></form>'
    '<a href="javascript:alert(4)">a link</a><img src="https://evil.example/t.png" onerror="alert(5)">'
    '<svg onload="alert(6)"><script>alert(7)</script></svg>'
)


def seed(db_path: Path) -> None:
    """Two clippings through the store: a plain one and a hostile one."""
    db = store.open_db(db_path)
    plain = Article(
        text="The harbour bridge reopened on Monday after repairs.\n\nCyclists get a new lane.",
        html="<p>The harbour bridge reopened on Monday after repairs.</p><p>Cyclists get a new lane.</p>",
        title="Harbour Bridge Reopens",
        site_name="The Daily Example",
        authors=("Marta Lindqvist",),
        published="2025-03-03",
        lang="en",
    )
    store.save_clipping(
        db,
        plain,
        Page(b"<p>x</p>", "https://example.com/bridge"),
        key="a",
        url="https://example.com/bridge",
    )
    hostile = Article(
        text="Hostile body text with enough words to read.",
        html=HOSTILE_HTML,
        title=HOSTILE_TITLE,
        site_name="<b>Evil</b>",
        published="2025-02-01",
    )
    store.save_clipping(db, hostile, Page(b"<p>y</p>", "https://evil.example/x"), key="b", url=None)
    db.close()


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> ServeProcess:
    db_path = tmp_path_factory.mktemp("serve") / "archive.db"
    seed(db_path)
    with ServeProcess(db_path, "--max-bytes", "200000") as server:
        server.db_path = db_path  # type: ignore[attr-defined]
        yield server  # type: ignore[misc]


def call(
    server: ServeProcess,
    method: str,
    path: str,
    form: dict[str, str] | None = None,
    *,
    host: str | None = None,
    headers: dict[str, str] | None = None,
    body: bytes | None = None,
) -> tuple[int, dict[str, str], str]:
    address = server.base_url.split("//")[1].rsplit(":", 1)[0]  # 127.0.0.1 or [::1]
    conn = http.client.HTTPConnection(address.strip("[]"), server.port, timeout=30)
    sent = {"Host": host or f"{address}:{server.port}", **(headers or {})}
    if form is not None:
        body = urlencode(form).encode()
        sent["Content-Type"] = "application/x-www-form-urlencoded"
    try:
        conn.request(method, path, body=body, headers=sent)
        response = conn.getresponse()
        text = response.read().decode("utf-8", "replace")
        return response.status, {k.lower(): v for k, v in response.getheaders()}, text
    finally:
        conn.close()


def token_of(server: ServeProcess) -> str:
    db = store.open_db(server.db_path)  # type: ignore[attr-defined]
    try:
        return store.serve_token(db)
    finally:
        db.close()


def tags_of(server: ServeProcess, clipping_id: int) -> list[str]:
    db = store.open_db(server.db_path)  # type: ignore[attr-defined]
    try:
        return store.get_clipping(db, clipping_id).tags
    finally:
        db.close()


@pytest.mark.parametrize(
    "path", ["/", "/search?q=bridge", "/clip/1", "/clip/2", "/stats", "/bookmarklet", "/nope"]
)
def test_every_page_carries_the_strict_policy(served: ServeProcess, path: str) -> None:
    status, headers, _ = call(served, "GET", path)
    assert status == (404 if path == "/nope" else 200)
    assert headers["content-security-policy"] == CSP
    assert "default-src 'none'" in CSP and "frame-ancestors 'none'" in CSP
    assert headers["x-content-type-options"] == "nosniff"


def test_archive_search_and_reading_view_show_the_archive(served: ServeProcess) -> None:
    _, _, archive = call(served, "GET", "/")
    assert archive.index("Harbour Bridge Reopens") > 0
    _, _, found = call(served, "GET", "/search?q=cyclists")
    assert "<mark>Cyclists</mark>" in found and "/clip/1" in found
    _, _, filtered = call(served, "GET", "/?site=example.com")
    assert "Harbour Bridge Reopens" in filtered and "alert" not in filtered
    _, _, reading = call(served, "GET", "/clip/1")
    assert "Marta Lindqvist" in reading and "https://example.com/bridge" in reading
    status, _, bad = call(served, "GET", "/?since=yesterday-ish")
    assert status == 400 and "yesterday-ish" in bad


def test_a_hostile_clipping_renders_as_text(served: ServeProcess) -> None:
    for path in ("/", "/clip/2", "/search?q=hostile"):
        _, _, page = call(served, "GET", path)
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
        assert "<script>alert" not in page
        for active in (
            "onclick",
            "onerror",
            "onload",
            "<iframe",
            "javascript:alert",
            "evil.example/t",
        ):
            assert active not in page, (path, active)
        assert '<form action="https://evil' not in page
    _, _, reading = call(served, "GET", "/clip/2")
    assert "Hostile body text" in reading


def test_a_change_without_the_token_is_refused_and_stores_nothing(served: ServeProcess) -> None:
    for form in ({"add": "sneaky"}, {"add": "sneaky", "token": "wrong"}):
        status, _, text = call(served, "POST", "/clip/1/tags", form)
        assert status == 403 and "token" in text
    status, _, _ = call(served, "POST", "/clip", {"url": "https://x.example/", "html": "<p>hi</p>"})
    assert status == 403
    assert "sneaky" not in tags_of(served, 1)
    status, headers, _ = call(
        served, "POST", "/clip/1/tags", {"add": "kept, bridges", "token": page_token_of(served)}
    )
    assert status == 303 and headers["location"].startswith("/clip/1")
    assert {"kept", "bridges"} <= set(tags_of(served, 1))


def test_a_foreign_host_is_refused(served: ServeProcess) -> None:
    for host in ("evil.example", f"evil.example:{served.port}", f"127.0.0.1:{served.port + 1}"):
        status, _, _ = call(served, "GET", "/", host=host)
        assert status == 421
        status, _, _ = call(
            served, "POST", "/clip/1/tags", {"add": "rebound", "token": token_of(served)}, host=host
        )
        assert status == 421
    assert "rebound" not in tags_of(served, 1)
    assert call(served, "GET", "/", host=f"localhost:{served.port}")[0] == 200


def test_an_oversized_body_gets_413_and_the_server_goes_on(served: ServeProcess) -> None:
    form = {"token": token_of(served), "url": "https://big.example/", "html": "x" * 300_000}
    status, _, text = call(served, "POST", "/clip", form)
    assert status == 413 and "200,000" in text
    db = store.open_db(served.db_path)  # type: ignore[attr-defined]
    try:
        assert not [
            c for c in store.list_clippings(db, limit=None) if "big.example" in (c.url or "")
        ]
    finally:
        db.close()
    assert call(served, "GET", "/")[0] == 200


def test_the_bookmarklet_endpoint_clips_the_page_under_its_url(served: ServeProcess) -> None:
    html = (FIXTURES / "article.html").read_text(encoding="utf-8")
    form = {
        "token": token_of(served),
        "url": "https://news.example/2025/bridge.html?utm_source=feed",
        "title": "ignored when the page has one",
        "html": html,
        "selection": "",
    }
    status, _, page = call(served, "POST", "/clip", form)
    assert status == 200, page
    assert "Harbour Bridge Reopens After Repairs" in page and "Read it" in page
    status, _, again = call(served, "POST", "/clip", form)
    assert status == 200 and "Updated" in again
    db = store.open_db(served.db_path)  # type: ignore[attr-defined]
    try:
        mine = [c for c in store.list_clippings(db, limit=None) if "news.example" in (c.url or "")]
    finally:
        db.close()
    assert len(mine) == 1  # the same page twice is one clipping
    assert "utm_source" not in (mine[0].url or "")
    assert "cycle lane" in mine[0].text


def test_a_selection_stores_only_the_selection_with_the_pages_metadata(
    served: ServeProcess,
) -> None:
    html = (FIXTURES / "article.html").read_text(encoding="utf-8")
    chosen = "<p>Engineers replaced the steel deck, and that is all this clipping keeps.</p>"
    form = {
        "token": token_of(served),
        "url": "https://news.example/2025/selected.html",
        "title": "t",
        "html": html,
        "selection": chosen,
    }
    status, _, page = call(served, "POST", "/clip", form)
    assert status == 200, page
    assert "Selection clipped" in page
    db = store.open_db(served.db_path)  # type: ignore[attr-defined]
    try:
        [clip] = [
            c
            for c in store.list_clippings(db, limit=None)
            if (c.url or "").endswith("selected.html")
        ]
    finally:
        db.close()
    assert clip.text == "Engineers replaced the steel deck, and that is all this clipping keeps."
    assert clip.title == "Harbour Bridge Reopens After Repairs"
    assert clip.authors == ["Marta Lindqvist"]


def test_a_page_that_is_not_an_article_answers_with_one_line(served: ServeProcess) -> None:
    form = {"token": token_of(served), "url": "https://news.example/empty", "html": "<html></html>"}
    status, _, page = call(served, "POST", "/clip", form)
    assert status == 422
    assert "Not clipped" in page and 'id="error"' in page
    form = {"token": token_of(served), "url": "file:///etc/passwd", "html": "<p>x</p>"}
    assert call(served, "POST", "/clip", form)[0] == 400


def test_exports_download_in_three_formats(served: ServeProcess) -> None:
    status, headers, text = call(served, "GET", "/clip/1/export/markdown")
    assert (
        status == 200 and text.startswith("---") and "attachment" in headers["content-disposition"]
    )
    assert (
        json.loads(call(served, "GET", "/clip/1/export/json")[2])["title"]
        == "Harbour Bridge Reopens"
    )
    assert "<h1>Harbour Bridge Reopens</h1>" in call(served, "GET", "/clip/1/export/html")[2]
    assert call(served, "GET", "/clip/1/export/exe")[0] == 404


def test_note_highlight_and_delete_through_forms(served: ServeProcess) -> None:
    token = page_token_of(served)
    assert call(served, "POST", "/clip/1/note", {"token": token, "note": "Compare 2016."})[0] == 303
    form = {"token": token, "passage": "reopened on   Monday", "note": "when"}
    status, headers, _ = call(served, "POST", "/clip/1/highlights", form)
    assert status == 303 and "#h" in headers["location"]
    _, _, reading = call(served, "GET", "/clip/1")
    assert "Compare 2016." in reading
    assert 'class="highlight">reopened on Monday</mark>' in reading
    hid = headers["location"].split("#h")[1]
    assert call(served, "POST", f"/clip/2/highlights/{hid}/delete", {"token": token})[0] == 400
    assert call(served, "POST", f"/clip/1/highlights/{hid}/delete", {"token": token})[0] == 303
    assert "<mark" not in call(served, "GET", "/clip/1")[2]


def test_the_server_and_the_cli_write_at_once(served: ServeProcess, tmp_path: Path) -> None:
    token = page_token_of(served)
    statuses: list[int] = []

    def tag_many() -> None:
        for i in range(15):
            statuses.append(
                call(served, "POST", "/clip/1/tags", {"token": token, "add": f"t{i}"})[0]
            )

    writer = threading.Thread(target=tag_many)
    writer.start()
    env = {**os.environ, "CLIPPER_DB": str(served.db_path)}  # type: ignore[attr-defined]
    clips = []
    for i in range(3):
        page = tmp_path / f"p{i}.txt"
        page.write_text(f"Concurrent story {i}\n\n" + f"Words of story {i} go on here. " * 30)
        clips.append(
            subprocess.run(
                [sys.executable, "-m", "clipper", "clip", str(page)],
                capture_output=True,
                text=True,
                env=env,
                timeout=120,
                check=False,
            )
        )
    writer.join()
    assert [c.returncode for c in clips] == [0, 0, 0], [c.stderr for c in clips]
    assert statuses == [303] * 15
    assert {f"t{i}" for i in range(15)} <= set(tags_of(served, 1))
    db = store.open_db(served.db_path)  # type: ignore[attr-defined]
    try:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        db.close()


def test_a_password_guards_every_page(tmp_path: Path) -> None:
    db_path = tmp_path / "a.db"
    seed(db_path)
    with ServeProcess(db_path, env={"CLIPPER_SERVE_PASSWORD": "s3cret"}) as server:
        status, headers, _ = call(server, "GET", "/")
        assert status == 401 and "basic" in headers["www-authenticate"].lower()
        wrong = base64.b64encode(b"me:nope").decode()
        assert call(server, "GET", "/", headers={"Authorization": f"Basic {wrong}"})[0] == 401
        right = base64.b64encode(b"me:s3cret").decode()
        assert call(server, "GET", "/stats", headers={"Authorization": f"Basic {right}"})[0] == 200


def run_clipper(*args: str, db: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "clipper", *args, "--db", str(db)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_listening_beyond_loopback_needs_a_password(tmp_path: Path) -> None:
    done = run_clipper("serve", "--host", "0.0.0.0", db=tmp_path / "a.db")
    assert done.returncode == 2
    assert done.stderr.startswith("clipper: Refusing to listen on 0.0.0.0")
    assert len(done.stderr.strip().splitlines()) == 1


def test_bookmarklet_flag_prints_the_set_up_pages_url(tmp_path: Path) -> None:
    db_path = tmp_path / "a.db"
    done = run_clipper("serve", "--bookmarklet", "--port", "9876", db=db_path)
    assert done.returncode == 0, done.stderr
    url = done.stdout.strip()
    assert url.startswith("javascript:") and "http://127.0.0.1:9876/clip" in url
    db = store.open_db(db_path)
    assert store.serve_token(db) in url  # the token made on first use, kept in the archive
    db.close()
    from html import unescape

    from clipper.web.bookmarklet import bookmarklet

    assert bookmarklet("http://127.0.0.1:9876", store.serve_token(store.open_db(db_path))) == url
    assert unescape(url) == url  # nothing in it needs escaping that a page could get wrong


def test_render_says_what_to_install(tmp_path: Path) -> None:
    done = run_clipper(
        "clip",
        "--render",
        "--browser-path",
        str(tmp_path / "no-browser"),
        "https://x.example/",
        db=tmp_path / "a.db",
    )
    assert done.returncode == 2 and "no such browser" in done.stderr
    probe = (
        "import sys; sys.modules['playwright'] = None\n"
        "from clipper.entry import run\n"
        f"sys.argv = ['clipper', 'clip', '--render', 'https://x.example/', '--db', {str(tmp_path / 'b.db')!r}]\n"
        "run()\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 2
    assert done.stderr.strip() == (
        "clipper: Rendering pages needs Playwright: install it with pip install 'clipper[browser]' "
        "(or pip install playwright)."
    )


# --- the pieces, without a server --------------------------------------------


def test_a_passage_not_in_the_text_is_refused_and_not_kept(served: ServeProcess) -> None:
    form = {"token": page_token_of(served), "passage": "words the article never had"}
    status, _, page = call(served, "POST", "/clip/1/highlights", form)
    assert status == 404 and 'id="error"' in page
    db = store.open_db(served.db_path)  # type: ignore[attr-defined]
    try:
        assert all(h.passage != form["passage"] for h in store.list_highlights(db, 1))
    finally:
        db.close()


def test_display_html_loads_nothing_from_elsewhere() -> None:
    from clipper.export.sanitize import display_html

    shown = display_html(
        HOSTILE_HTML + '<p><img src="data:image/png;base64,iVBORw0KGgo=" alt="ok">'
        '<video src="https://e.example/v.mp4" poster="https://e.example/p.png"></video>'
        '<a href="https://e.example/">fine</a><a href="data:text/html,x">data</a></p>'
    )
    for bad in (
        "script",
        "on",
        "iframe",
        "<form",
        "javascript:",
        "evil.example",
        "e.example/v",
        "data:text",
    ):
        assert bad not in shown.replace("noopener", "").replace("noreferrer", ""), bad
    assert 'src="data:image/png;base64,iVBORw0KGgo="' in shown
    assert '<a href="https://e.example/" rel="noopener noreferrer">fine</a>' in shown


def test_marks_wrap_a_passage_inside_one_text_node() -> None:
    from clipper.web.marks import mark_passages

    html = "<p>One <b>two</b> three four.</p><p>Five &amp; six.</p>"
    marked = mark_passages(html, [(1, "three  four"), (2, "Five & six"), (3, "two three")])
    assert '<mark id="h1" class="highlight">three four</mark>' in marked
    assert '<mark id="h2" class="highlight">Five &amp; six</mark>' in marked
    assert 'id="h3"' not in marked  # across an element: listed, not marked


def test_charts_draw_a_bar_per_month_and_site() -> None:
    from clipper.web.charts import month_chart, site_chart

    months = month_chart([("2025-01", 3), ("2025-02", 0), ("2025-03", 7)])
    assert months.count('class="bar"') == 3 and "<title>2025-03: 7</title>" in months
    sites = site_chart([("<Evil>", 2)])
    assert "&lt;Evil&gt;" in sites and "<Evil>" not in sites


def test_the_web_assets_refer_to_nothing_outside() -> None:
    web = Path(__file__).resolve().parent.parent / "clipper" / "web"
    for path in [*web.glob("templates/*.html"), *web.glob("static/*")]:
        text = path.read_text(encoding="utf-8")
        for outside in ('src="http', "src='http", 'href="http', "url(", "@import", "//fonts."):
            assert outside not in text, (path.name, outside)


def test_ctrl_c_stops_the_server_cleanly(tmp_path: Path) -> None:
    import signal

    with ServeProcess(tmp_path / "a.db") as server:
        assert call(server, "GET", "/")[0] == 200
        server.proc.send_signal(signal.SIGINT)
        assert server.proc.wait(timeout=30) == 0
        assert "Stopped." in "".join(server.stderr)


def test_out_of_range_numbers_are_no_clipping_not_an_error(served: ServeProcess) -> None:
    assert call(served, "GET", "/clip/" + "9" * 40)[0] == 404
    assert call(served, "GET", "/?offset=" + "9" * 40)[0] == 200
    form = {"token": page_token_of(served), "add": "x"}
    assert call(served, "POST", "/clip/" + "9" * 40 + "/tags", form)[0] == 404


# --- review: what an attacker tries ------------------------------------------


def page_token_of(server: ServeProcess) -> str:
    """The token the server's own forms carry (read from a page, as the browser does)."""
    import re

    _, _, page = call(server, "GET", "/clip/1")
    found = re.search(r'name="token" value="([^"]+)"', page)
    assert found is not None
    return found.group(1)


def test_the_bookmarklets_token_clips_but_changes_nothing_else(served: ServeProcess) -> None:
    # The bookmarklet runs inside the page it clips, and that page's scripts can
    # read everything it does, its token too: that token must not delete, tag or note.
    stolen = token_of(served)
    for path, form in (
        ("/clip/1/tags", {"add": "stolen"}),
        ("/clip/1/note", {"note": "stolen"}),
        ("/clip/1/delete", {}),
    ):
        status, _, text = call(served, "POST", path, {**form, "token": stolen})
        assert status == 403 and "token" in text, path
    assert "stolen" not in tags_of(served, 1)
    assert call(served, "GET", "/clip/1")[0] == 200
    assert page_token_of(served) != stolen
    status, _, _ = call(
        served, "POST", "/clip/1/tags", {"add": "mine", "token": page_token_of(served)}
    )
    assert status == 303 and "mine" in tags_of(served, 1)


def test_no_token_in_urls_or_referers(served: ServeProcess) -> None:
    import re

    secrets = (token_of(served), page_token_of(served))
    for path in ("/", "/clip/1", "/clip/1/delete", "/search?q=bridge", "/stats", "/bookmarklet"):
        status, headers, page = call(served, "GET", path)
        assert status == 200
        assert headers["referrer-policy"] == "no-referrer"
        for form in re.findall(r"<form[^>]*>.*?</form>", page, flags=re.S):
            if 'method="post"' not in form:
                assert not any(token in form for token in secrets), (path, form)
        for href in re.findall(r'(?:href|action|src)="([^"]*)"', page):
            if not href.startswith("javascript:"):  # the bookmarklet itself carries its token
                assert not any(token in href for token in secrets), (path, href)


@pytest.mark.parametrize(
    "path",
    [
        "/static/clipper.css",
        "/static/nope.css",
        "/static/../app.py",
        "/static/%2e%2e/app.py",
        "/static/..%2fapp.py",
        "/clip/1/export/markdown",
        "/clip/1/export/html",
        "/clip/99/export/json",
        "/clip/1/export/exe",
    ],
)
def test_static_files_exports_and_errors_carry_the_policy(served: ServeProcess, path: str) -> None:
    status, headers, body = call(served, "GET", path)
    assert headers["content-security-policy"] == CSP, path
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["x-frame-options"] == "DENY"
    assert "import " not in body  # no source file leaks out of static/
    if "export" in path and status == 200:
        assert headers["content-disposition"].startswith("attachment;")


def test_export_filename_cannot_inject_headers(tmp_path: Path) -> None:
    db_path = tmp_path / "a.db"
    db = store.open_db(db_path)
    store.save_clipping(
        db,
        Article(
            text="Words enough to keep here.",
            html="<p>Words enough to keep here.</p>",
            title='Evil"; filename="x.exe\r\nSet-Cookie: a=b',
        ),
        Page(b"<p>x</p>", "https://example.com/e"),
        key="e",
        url="https://example.com/e",
    )
    db.close()
    with ServeProcess(db_path) as server:
        status, headers, _ = call(server, "GET", "/clip/1/export/markdown")
    assert status == 200
    assert "set-cookie" not in headers
    disposition = headers["content-disposition"]
    assert disposition.startswith("attachment; filename*=UTF-8''")
    assert '"' not in disposition and "\r" not in disposition and ".exe" not in disposition


def test_lying_content_length_and_chunked_bodies_are_capped(served: ServeProcess) -> None:
    import socket

    def raw(request: bytes) -> bytes:
        with socket.create_connection(("127.0.0.1", served.port), timeout=30) as s:
            s.sendall(request)
            chunks = []
            while chunk := s.recv(65536):
                chunks.append(chunk)
                if b"\r\n\r\n" in b"".join(chunks):
                    break
            return b"".join(chunks)

    head = f"POST /clip HTTP/1.1\r\nHost: 127.0.0.1:{served.port}\r\n".encode()
    form = b"Content-Type: application/x-www-form-urlencoded\r\n"
    # Chunked, over the cap (200,000) in pieces that each look small.
    chunked = head + form + b"Transfer-Encoding: chunked\r\n\r\n"
    piece = b"a" * 50_000
    chunked += b"".join(b"%x\r\n%s\r\n" % (len(piece), piece) for _ in range(5)) + b"0\r\n\r\n"
    assert raw(chunked).startswith(b"HTTP/1.1 413")
    # Saying a huge length: refused before reading.
    assert raw(head + form + b"Content-Length: 999999999\r\n\r\nabc").startswith(b"HTTP/1.1 413")
    assert call(served, "GET", "/")[0] == 200


@pytest.mark.parametrize(
    "host",
    [
        "LOCALHOST:{port}",
        "127.0.0.1",
        "127.0.0.1:{port}.",
        "127.0.0.1:0{port}",
        "127.0.0.1.:{port}",
        "[::1]:{other}",
        "localhost.:{port}",
        "127.0.0.1:{port}@evil.example",
    ],
)
def test_host_spellings(served: ServeProcess, host: str) -> None:
    host = host.format(port=served.port, other=served.port + 1)
    status, headers, _ = call(served, "GET", "/", host=host)
    expected = 200 if host.lower() == f"localhost:{served.port}" else 421
    assert status == expected, host
    assert headers["content-security-policy"] == CSP


def test_no_open_redirects(served: ServeProcess) -> None:
    for path in ("//evil.example/", "//evil.example/%2f..", "/\\evil.example/", "/clip/1/"):
        status, headers, _ = call(served, "GET", path)
        location = headers.get("location", "")
        assert not location.startswith(("//", "/\\", "http://evil", "https://evil")), location
        if location.startswith("http"):
            assert location.startswith(served.base_url + "/"), location


def test_a_page_can_clip_only_its_own_address(served: ServeProcess) -> None:
    # A hostile page that read the bookmarklet's token must not rewrite the
    # clipping of another site's page: the browser's Origin header tells where
    # the form came from, and it must be the clipped address's origin.
    html = (
        "<html><head><title>Forged</title></head><body><article>"
        + ("<p>Forged words the attacker wants in your archive, long enough to keep.</p>" * 8)
        + "</article></body></html>"
    )
    form = {"token": token_of(served), "url": "https://example.com/bridge", "html": html}
    for origin in ("https://evil.example", "null", "https://example.com:8443"):
        status, _, text = call(served, "POST", "/clip", form, headers={"Origin": origin})
        assert status == 403, origin
        assert "nothing was stored" in text
    db = store.open_db(served.db_path)  # type: ignore[attr-defined]
    try:
        assert store.get_clipping(db, 1).title == "Harbour Bridge Reopens"
    finally:
        db.close()
    form["url"] = "https://forged.example/story"
    status, _, _ = call(served, "POST", "/clip", form, headers={"Origin": "https://forged.example"})
    assert status == 200


def run_serve(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "clipper", "serve", "--db", str(tmp_path / "a.db"), *args],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_listening_errors_say_what_is_wrong(tmp_path: Path) -> None:
    import socket

    unknown = run_serve(tmp_path, "--host", "nosuch.invalid", "--password", "pw")
    assert unknown.returncode == 2
    line = unknown.stderr.strip()
    assert "\n" not in line and "nosuch.invalid" in line and "--port" not in line, line
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = str(taken.getsockname()[1])
        busy = run_serve(tmp_path, "--port", port)
    assert busy.returncode == 2
    assert "in use" in busy.stderr and "--port" in busy.stderr and "Traceback" not in busy.stderr


def test_an_ipv6_address_in_brackets_is_the_address(tmp_path: Path) -> None:
    if not socket_has_ipv6_loopback():
        pytest.skip("no ::1 on this machine")
    printed = run_serve(tmp_path, "--host", "[::1]", "--port", "8765", "--bookmarklet")
    assert printed.returncode == 0, printed.stderr
    assert "http://[::1]:8765/clip" in unquote_all(printed.stdout)
    with ServeProcess(tmp_path / "six.db", "--host", "[::1]") as server:
        status, _, _ = call(server, "GET", "/", host=f"[::1]:{server.port}")
    assert status == 200


def socket_has_ipv6_loopback() -> bool:
    import socket

    try:
        with socket.socket(socket.AF_INET6) as s:
            s.bind(("::1", 0))
        return True
    except OSError:
        return False


def unquote_all(text: str) -> str:
    from urllib.parse import unquote

    return unquote(text)


def test_a_selection_of_a_page_clipped_whole_is_kept_as_its_highlight(
    served: ServeProcess,
) -> None:
    # Clipping a quote from an article already in the archive must not throw
    # the article away: the quote becomes a highlight of that clipping.
    html = (FIXTURES / "article.html").read_text(encoding="utf-8")
    url = "https://news.example/2025/whole-then-quote.html"
    form = {"token": token_of(served), "url": url, "title": "t", "html": html, "selection": ""}
    assert call(served, "POST", "/clip", form)[0] == 200
    quote = "<p>The city's oldest bridge reopened to traffic on Monday after eighteen months</p>"
    for _ in range(2):  # the second time it is there already: the same one highlight
        status, _, page = call(served, "POST", "/clip", {**form, "selection": quote})
        assert status == 200, page
        assert "Highlight kept" in page
    db = store.open_db(served.db_path)  # type: ignore[attr-defined]
    try:
        [clip] = [c for c in store.list_clippings(db, limit=None) if c.url == url]
        highlights = store.list_highlights(db, clip.id)
    finally:
        db.close()
    assert "audit committee" in clip.text  # the whole article is still there
    assert [h.passage for h in highlights] == [
        "The city's oldest bridge reopened to traffic on Monday after eighteen months"
    ]
    # A selection the clipping doesn't hold (the page changed) still clips it anew.
    other = "<p>Entirely new words that the earlier clipping never had in it.</p>"
    status, _, page = call(served, "POST", "/clip", {**form, "selection": other})
    assert status == 200 and "Selection clipped" in page


def test_a_chart_of_few_months_keeps_bars_slim_and_totals_read_well(served: ServeProcess) -> None:
    import re

    from clipper.web.charts import month_chart

    one = month_chart([("2026-12", 1)])
    widths = [float(w) for w in re.findall(r'<rect class="bar" [^>]*width="([\d.]+)"', one)]
    assert widths and max(widths) <= 48  # one month is not a 400-pixel slab
    _, _, page = call(served, "GET", "/stats")
    assert re.search(r"<strong>\d[\d,]*</strong> clippings? ·", page)
    assert "<strong>1</strong> clippings" not in page


def test_with_images_the_bookmarklet_keeps_the_pages_images(tmp_path: Path) -> None:
    with LocalServer() as site:
        site.add("/img/harbour.png", png(64, 48), headers={"Content-Type": "image/png"})
        site.add("/img/gone.png", b"", status=404)
        html = article(
            "Harbour Bridge Reopens",
            [("/img/harbour.png", "The harbour"), ("/img/gone.png", "Gone")],
        )
        db_path = tmp_path / "archive.db"
        seed(db_path)
        form = {"url": site.url("/news/bridge.html"), "title": "", "html": html, "selection": ""}
        with ServeProcess(db_path, "--images", "--timeout", "5") as server:
            server.db_path = db_path  # type: ignore[attr-defined]
            status, _, page = call(server, "POST", "/clip", {**form, "token": token_of(server)})
        assert status == 200, page
        assert "1 kept, 1 not kept" in page
        assert {path for path, _ in site.requests} == {"/img/harbour.png", "/img/gone.png"}
    db = store.open_db(db_path)
    try:
        mine = [c for c in store.list_clippings(db, limit=None) if "/news/bridge" in (c.url or "")]
        assert [i.alt for i in store.get_clipping(db, mine[0].id).images] == ["The harbour"]
    finally:
        db.close()


def test_without_images_the_bookmarklet_fetches_nothing(served: ServeProcess) -> None:
    with LocalServer() as site:
        site.add("/img/harbour.png", png(64, 48), headers={"Content-Type": "image/png"})
        html = article("Harbour Bridge Reopens Again", [("/img/harbour.png", "The harbour")])
        form = {
            "token": token_of(served),
            "url": site.url("/news/again.html"),
            "html": html,
            "selection": "",
        }
        status, _, page = call(served, "POST", "/clip", form)
        assert site.requests == []
    assert status == 200, page
    assert "clipped-images" not in page
