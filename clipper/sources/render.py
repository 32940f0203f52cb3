"""Pages that need JavaScript: load a URL in a headless Chromium and take the rendered DOM.

The only module that imports Playwright (the optional extra
``clipper[browser]``). It drives a Chromium or Chrome already installed (the
user's own, or Playwright's where the user installed one); it never downloads
a browser.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import threading
import time
from pathlib import Path
from typing import Any

from clipper.errors import BrowserNotFound, FetchError, NotRenderable, RenderTimeout, UsageError
from clipper.models import Page

# Where a browser is looked for, in order, when --browser-path isn't given.
BROWSER_NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome")
# Quiet, private, headless: no sandbox (it needs privileges containers lack),
# no GPU, no traffic of the browser's own (updates, sync, safe-browsing lists).
CHROMIUM_FLAGS = (
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
)
# How long the page must go without network traffic to count as settled;
# Playwright's "networkidle" is 500 ms of none.
SETTLE = "networkidle"
# A batch renders at most this many pages at once (each is a browser process).
MAX_BROWSERS = 2
_SLOTS = threading.BoundedSemaphore(MAX_BROWSERS)

INSTALL_PLAYWRIGHT = (
    "Rendering pages needs Playwright: install it with pip install 'clipper[browser]' "
    "(or pip install playwright)."
)
INSTALL_BROWSER = (
    "Rendering pages needs Chromium or Chrome and found none: install one "
    "(apt-get install chromium, or Google Chrome)."
)


def find_browser(browser_path: str | None = None) -> str:
    """The browser to drive: the one given, else the first installed; a UsageError if none."""
    if browser_path:
        path = Path(browser_path).expanduser()
        if not path.is_file() or not os.access(path, os.X_OK):
            raise UsageError(f"{browser_path}: no such browser (not an executable file).")
        return str(path)
    for name in BROWSER_NAMES:
        if found := shutil.which(name):
            return found
    own = _playwright_browser()
    if own is not None:
        return own
    raise BrowserNotFound(INSTALL_BROWSER)


def _playwright() -> Any:
    try:
        from playwright import sync_api
    except ImportError:
        raise UsageError(INSTALL_PLAYWRIGHT) from None
    return sync_api


def _playwright_browser() -> str | None:
    """Playwright's own Chromium, when the user has installed it (``playwright install``)."""
    sync_api = _playwright()
    try:
        with sync_api.sync_playwright() as p:
            path = p.chromium.executable_path
    except sync_api.Error:
        return None
    return path if path and Path(path).is_file() else None


def render(
    url: str,
    *,
    timeout: float,
    max_bytes: int,
    browser_path: str | None = None,
    user_agent: str | None = None,
) -> Page:
    """Load the page, wait for it to settle (within ``timeout`` seconds), return its DOM."""
    executable = find_browser(browser_path)
    sync_api = _playwright()
    deadline = time.monotonic() + timeout
    with _SLOTS:
        try:
            with sync_api.sync_playwright() as p:
                browser = p.chromium.launch(
                    executable_path=executable,
                    headless=True,
                    args=list(CHROMIUM_FLAGS),
                    timeout=timeout * 1000,
                )
                try:
                    return _load(sync_api, browser, url, deadline, max_bytes, user_agent)
                finally:
                    browser.close()
        except sync_api.TimeoutError:
            raise RenderTimeout(f"Timed out after {timeout:g} s rendering {url}.") from None
        except sync_api.Error as exc:
            raise FetchError(f"Couldn't render {url}: {_first_line(exc)}") from None


def _load(
    sync_api: Any,
    browser: Any,
    url: str,
    deadline: float,
    max_bytes: int,
    user_agent: str | None,
) -> Page:
    context = browser.new_context(user_agent=user_agent, accept_downloads=False)
    page = context.new_page()
    response = page.goto(url, wait_until="load", timeout=_left(deadline))
    if response is not None and response.status >= 400:
        raise FetchError(f"HTTP {response.status} from {url}; nothing was clipped.")
    media = (response.headers.get("content-type", "") if response else "").split(";")[0].strip()
    if media and media.lower() not in ("text/html", "application/xhtml+xml"):
        raise NotRenderable(f"{url} is {media}, not a web page to render.")
    # Settled: no network traffic for a moment; a page that never settles
    # (polling, a live ticker) is taken as it is when the time is up.
    with contextlib.suppress(sync_api.TimeoutError):
        page.wait_for_load_state(SETTLE, timeout=_left(deadline))
    html = page.content()
    size = len(html.encode("utf-8"))
    if size > max_bytes:
        raise FetchError(f"{url} rendered to {size:,} bytes, more than the limit of {max_bytes:,}.")
    return Page(
        body=html.encode("utf-8"),
        source=url,
        url=page.url,
        content_type="text/html",
        charset="utf-8",
    )


def _left(deadline: float) -> float:
    """Milliseconds until the deadline (at least one: Playwright reads 0 as no limit)."""
    return max(1.0, (deadline - time.monotonic()) * 1000)


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return text[0] if text else type(exc).__name__
