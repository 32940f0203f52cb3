"""`clipper serve` and `clip --render` driven by a real headless Chromium (Playwright).

Skipped when Playwright or a Chromium is missing; CI installs both (.ci/run).
One browser, one server and one test site serve the whole module.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import pytest

from clipper import store
from clipper.models import Article, Page
from helpers import LocalServer, ServeProcess

if os.environ.get("CI") == "true":
    # CI installs Playwright and Chromium (.ci/run): there these tests must run, not skip.
    from playwright import sync_api
else:
    sync_api = pytest.importorskip(
        "playwright.sync_api", reason="needs pip install 'clipper[browser]'"
    )
CHROMIUM = next(
    (
        p
        for p in ("/usr/bin/chromium", shutil.which("chromium"), shutil.which("google-chrome"))
        if p and Path(p).exists()
    ),
    None,
)
pytestmark = pytest.mark.skipif(
    CHROMIUM is None, reason="needs Chromium (apt-get install chromium)"
)

MARKER = "Quokkas crossed the harbour bridge at dawn"
# An article that is not in the HTML: a script writes it once the page has loaded.
SCRIPTED_PAGE = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Scripted Story - The Script Times</title>
<meta property="og:site_name" content="The Script Times">
<meta name="author" content="Ada Scriptwright"></head>
<body><header><nav>Home · World · Sport</nav></header>
<main><article id="story"><h1>Scripted Story</h1><p>Loading…</p></article></main>
<script>
setTimeout(function () {{
  var story = document.getElementById("story");
  story.innerHTML = "<h1>Scripted Story</h1>" + [
    "{MARKER}, witnesses said, and the council counted forty of them on the eastern lane.",
    "The animals had been seen near the ferry terminal for weeks before they made the crossing, "
      + "according to the harbour master, who keeps a log of every unusual visitor to the port.",
    "Engineers who reopened the bridge last month said the new protected lane was built for "
      + "cyclists, but they were pleased it served the quokkas just as well on their first morning."
  ].map(function (t) {{ return "<p>" + t + "</p>"; }}).join("");
}}, 150);
</script></body></html>"""


# A hostile page: it watches its own DOM, so it reads the bookmarklet's form
# (token and all) as the bookmarklet adds it, then tries what that token might open.
STEALING_SCRIPT = """<script>
window.stolen = null;
new MutationObserver(function (changes) {
  changes.forEach(function (c) { c.addedNodes.forEach(function (n) {
    var t = n.querySelector && n.querySelector('input[name=token]');
    if (t) window.stolen = {token: t.value, action: n.action};
  }); });
}).observe(document.documentElement, {childList: true, subtree: true});
</script>"""


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    from clipper.sources.render import CHROMIUM_FLAGS

    with sync_api.sync_playwright() as p:
        # evil.test resolves to this machine: a DNS-rebinding page, as far as the browser knows.
        launched = p.chromium.launch(
            executable_path=CHROMIUM,
            args=[*CHROMIUM_FLAGS, "--host-resolver-rules=MAP evil.test 127.0.0.1"],
        )
        yield launched
        launched.close()


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServeProcess]:
    db_path = tmp_path_factory.mktemp("browser") / "archive.db"
    db = store.open_db(db_path)
    plain = Article(
        text="The harbour bridge reopened on Monday after repairs.\n\nCyclists get a new lane.",
        html="<p>The harbour bridge reopened on Monday after repairs.</p><p>Cyclists get a new lane.</p>",
        title="Harbour Bridge Reopens",
        site_name="The Daily Example",
        published="2025-03-03",
    )
    store.save_clipping(db, plain, Page(b"<p>x</p>", "https://example.com/b"), key="a", url=None)
    hostile = Article(
        text="Hostile words.",
        html='<p onmouseover="alert(2)">Hostile words.</p><img src=x onerror="alert(3)">'
        '<script>alert(4)</script><iframe srcdoc="<script>alert(5)</script>"></iframe>',
        title="<script>alert(1)</script>",
        published="2025-03-01",
    )
    store.save_clipping(db, hostile, Page(b"<p>y</p>", "https://evil.example/"), key="b", url=None)
    db.close()
    with ServeProcess(db_path) as server:
        server.db_path = db_path  # type: ignore[attr-defined]
        yield server


@pytest.fixture(scope="module")
def site() -> Iterator[LocalServer]:
    srv = LocalServer()
    srv.add("/scripted", SCRIPTED_PAGE)
    srv.add("/stealing", SCRIPTED_PAGE.replace("<body>", "<body>" + STEALING_SCRIPT))
    srv.add(
        "/private",
        SCRIPTED_PAGE,
        headers={"Referrer-Policy": "no-referrer"},
    )
    srv.thread.start()
    yield srv
    srv.httpd.shutdown()
    srv.httpd.server_close()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context()
    tab = context.new_page()
    tab.set_default_timeout(20_000)
    tab.policy_errors = []  # type: ignore[attr-defined]
    tab.on(
        "console",
        lambda m: "Content Security Policy" in m.text and tab.policy_errors.append(m.text),  # type: ignore[attr-defined]
    )
    yield tab
    context.close()


def bookmarklet_code(page: Any, served: ServeProcess) -> str:
    page.goto(served.url("/bookmarklet"))
    href = page.get_attribute("a.bookmarklet", "href")
    assert href.startswith("javascript:")
    return unquote(href.removeprefix("javascript:"))


def test_read_search_tag_and_highlight(page: Any, served: ServeProcess) -> None:
    page.goto(served.url("/"))
    assert page.locator(".items .title").first.inner_text() in (
        "Harbour Bridge Reopens",
        "<script>alert(1)</script>",
    )
    page.keyboard.press("/")
    page.keyboard.type("cyclists")
    page.keyboard.press("Enter")
    page.wait_for_url("**/search?q=cyclists")
    assert page.locator(".snippet mark").first.inner_text() == "Cyclists"
    page.locator(".items .title").first.click()
    page.wait_for_url("**/clip/1")
    assert page.locator("h1").inner_text() == "Harbour Bridge Reopens"

    page.fill("#add-tag", "bridges, from-browser")
    page.press("#add-tag", "Enter")
    page.wait_for_url("**/clip/1#tags")
    assert page.locator(".tag-list .tag").all_inner_texts() == ["bridges", "from-browser"]

    # Select words in the article as a reader would, then keep them with the h key.
    page.evaluate(
        """() => {
          const p = document.querySelector('#article-body p');
          const text = p.firstChild, start = text.data.indexOf('reopened on Monday');
          const range = document.createRange();
          range.setStart(text, start); range.setEnd(text, start + 'reopened on Monday'.length);
          const s = getSelection(); s.removeAllRanges(); s.addRange(range);
        }"""
    )
    page.wait_for_function("document.getElementById('passage').value.length > 0")
    with page.expect_navigation():
        page.keyboard.press("h")
    assert page.locator("mark.highlight").inner_text() == "reopened on Monday"
    assert "reopened on Monday" in page.locator(".highlight-list").inner_text()
    assert page.policy_errors == []  # type: ignore[attr-defined]  # our own pages obey our policy


def test_bookmarklet_clips_the_page_its_script_wrote(
    page: Any, served: ServeProcess, site: LocalServer
) -> None:
    code = bookmarklet_code(page, served)
    page.goto(site.url("/scripted"))
    page.wait_for_selector(f"text={MARKER}")
    with page.expect_popup() as opened:
        page.evaluate(code)  # what clicking the bookmark runs
    popup = opened.value
    popup.wait_for_selector("#clipped-title")
    assert popup.locator("#clipped-title").inner_text() == "Scripted Story"
    popup.click("#read-it")
    popup.wait_for_selector("#article-body")
    assert MARKER in popup.locator("#article-body").inner_text()
    assert "Loading" not in popup.locator("#article-body").inner_text()

    # A selection of this page, now in the archive: kept as a highlight of it.
    page.evaluate(
        """() => {
          const p = document.querySelectorAll('#story p')[1];
          const range = document.createRange(); range.selectNodeContents(p);
          const s = getSelection(); s.removeAllRanges(); s.addRange(range);
        }"""
    )
    with page.expect_popup() as opened:
        page.evaluate(code)
    popup = opened.value
    popup.wait_for_selector("#clipped-title")
    assert "Highlight kept" in popup.text_content("body")
    popup.click("#read-it")
    popup.wait_for_selector("#article-body")
    assert MARKER in popup.locator("#article-body").inner_text()  # the article stays whole
    assert popup.locator("mark.highlight").inner_text().startswith("The animals had been seen")
    assert "Ada Scriptwright" in popup.inner_text("body")


def test_render_clips_the_same_page(tmp_path: Path, site: LocalServer) -> None:
    done = subprocess.run(
        [
            sys.executable, "-m", "clipper", "clip", "--render", "--browser-path", str(CHROMIUM),
            "--timeout", "30", "--json", site.url("/scripted"), "--db", str(tmp_path / "r.db"),
        ],
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    import json

    clipping = json.loads(done.stdout)
    assert MARKER in clipping["text"] and clipping["title"] == "Scripted Story"
    assert clipping["url"] == site.url("/scripted")


def test_a_hostile_clipping_fires_no_dialog_and_loads_nothing(
    page: Any, served: ServeProcess
) -> None:
    dialogs: list[str] = []
    requests: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.on("request", lambda r: requests.append(r.url))
    for path in ("/", "/clip/2", "/search?q=hostile"):
        page.goto(served.url(path))
        page.wait_for_load_state("networkidle")
    page.goto(served.url("/clip/2"))
    page.hover("#article-body p")  # where the stripped onmouseover was
    assert page.locator("h1").inner_text() == "<script>alert(1)</script>"
    assert dialogs == []
    assert all(u.startswith(served.base_url) or u.startswith("data:") for u in requests), requests


def test_a_post_without_the_token_and_a_foreign_host_are_refused(
    page: Any, served: ServeProcess, site: LocalServer
) -> None:
    page.goto(site.url("/scripted"))
    # Another page's form aimed at the archive, without the token.
    with page.expect_navigation() as navigated:
        page.evaluate(
            """(action) => {
              const f = document.createElement('form'); f.method = 'post'; f.action = action;
              const i = document.createElement('input'); i.name = 'add'; i.value = 'forged';
              f.appendChild(i); document.body.appendChild(f); f.submit();
            }""",
            served.url("/clip/1/tags"),
        )
    assert navigated.value.status == 403
    db = store.open_db(served.db_path)  # type: ignore[attr-defined]
    try:
        assert "forged" not in store.get_clipping(db, 1).tags
    finally:
        db.close()
    # The same server reached under another name (DNS rebinding) answers nothing useful.
    response = page.goto(f"http://evil.test:{served.port}/")
    assert response.status == 421
    assert "Harbour" not in page.content()


def forge(page: Any, action: str, fields: dict[str, str]) -> int:
    """Submit a form from the current page, as a hostile page would; the answer's status."""
    with page.expect_navigation() as navigated:
        page.evaluate(
            """([action, fields]) => {
              const f = document.createElement('form'); f.method = 'post'; f.action = action;
              for (const [k, v] of Object.entries(fields)) {
                const i = document.createElement('input'); i.name = k; i.value = v; f.appendChild(i);
              }
              document.body.appendChild(f); f.submit();
            }""",
            [action, fields],
        )
    return int(navigated.value.status)


def test_a_page_that_steals_the_bookmarklets_token_can_only_clip_itself(
    page: Any, served: ServeProcess, site: LocalServer
) -> None:
    code = bookmarklet_code(page, served)
    page.goto(site.url("/stealing"))
    page.wait_for_selector(f"text={MARKER}")
    with page.expect_popup() as opened:
        page.evaluate(code)
    opened.value.wait_for_selector("#clipped-title")  # the page itself is clipped, as asked
    stolen = page.evaluate("window.stolen")
    assert stolen and stolen["token"]
    assert forge(page, served.url("/clip/1/delete"), {"token": stolen["token"]}) == 403
    page.goto(site.url("/stealing"))
    forged = {
        "token": stolen["token"],
        "url": "https://example.com/b",
        "title": "Forged",
        "html": "<article>"
        + "<p>Forged words for another site's clipping.</p>" * 20
        + "</article>",
    }
    assert forge(page, served.url("/clip"), forged) == 403
    db = store.open_db(served.db_path)  # type: ignore[attr-defined]
    try:
        assert store.get_clipping(db, 1).title == "Harbour Bridge Reopens"
    finally:
        db.close()


def test_the_bookmarklet_clips_a_page_that_hides_its_address(
    page: Any, served: ServeProcess, site: LocalServer
) -> None:
    # Referrer-Policy: no-referrer makes a form's Origin "null"; the bookmarklet
    # lets this one form say where it comes from, so the server can check it.
    code = bookmarklet_code(page, served)
    page.goto(site.url("/private"))
    page.wait_for_selector(f"text={MARKER}")
    with page.expect_popup() as opened:
        page.evaluate(code)
    popup = opened.value
    popup.wait_for_selector("#clipped-title, .error")
    assert popup.locator("#clipped-title").inner_text() == "Scripted Story", popup.inner_text(
        "body"
    )


def test_search_results_are_walked_with_j_and_enter(page: Any, served: ServeProcess) -> None:
    # After a search the keys go to the results, not into the search box again.
    page.goto(served.url("/"))
    page.keyboard.press("/")
    page.keyboard.type("cyclists")
    page.keyboard.press("Enter")
    page.wait_for_url("**/search?q=cyclists")
    page.keyboard.press("j")
    assert page.evaluate("document.activeElement.className") == "title"
    page.keyboard.press("Enter")
    page.wait_for_url("**/clip/1")
    page.goto(served.url("/search"))  # an empty search page still takes typing at once
    # The browser applies `autofocus` when it next renders, which may come after the load
    # event that goto waits for: wait for it (bounded), then check.
    page.wait_for_function("document.activeElement && document.activeElement.id === 'q'")
    assert page.evaluate("document.activeElement.id") == "q"
