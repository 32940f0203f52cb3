"""Shared fixtures: a real database file per test, a real HTTP server on loopback."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"
SEEDS = SHARED / "seeds"
CORPUS = SHARED / "corpora" / "readability-test-pages"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(autouse=True)
def clipper_db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point CLIPPER_DB at a fresh file so no test touches the user's archive, and
    CLIPPER_CONFIG at a settings file that isn't there, so the user's settings don't count."""
    from clipper.config import SETTINGS

    for setting in SETTINGS:
        monkeypatch.delenv(setting.env, raising=False)
    monkeypatch.setenv("CLIPPER_CONFIG", str(tmp_path / "no-settings" / "config.toml"))
    path = tmp_path / "clippings.db"
    monkeypatch.setenv("CLIPPER_DB", str(path))
    return path


@dataclass
class Route:
    """What the test server answers for one path."""

    body: bytes = b""
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    # For behaviour a static answer can't express (slow, endless, counting).
    handler: Callable[[BaseHTTPRequestHandler], None] | None = None


class LocalServer:
    """A real HTTP server on 127.0.0.1 that answers from a table of routes."""

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.requests: list[tuple[str, dict[str, str]]] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: object) -> None:  # keep test output quiet
                pass

            def do_GET(self) -> None:
                server.requests.append((self.path, dict(self.headers)))
                route = server.routes.get(self.path.split("?")[0]) or server.routes.get(self.path)
                if route is None:
                    route = Route(b"not found", 404, {"Content-Type": "text/plain"})
                if route.handler is not None:
                    route.handler(self)
                    return
                self.send_response(route.status)
                headers = {"Content-Type": "text/html; charset=utf-8", **route.headers}
                for name, value in headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(route.body)))
                self.end_headers()
                self.wfile.write(route.body)

        class QuietServer(ThreadingHTTPServer):
            def handle_error(self, request: object, client_address: object) -> None:
                pass  # clients that hang up early (caps, timeouts) are part of the tests

        self.httpd = QuietServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.port = self.httpd.server_address[1]
        self.thread = threading.Thread(
            target=self.httpd.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def add(self, path: str, body: bytes | str = b"", **kwargs: object) -> str:
        data = body.encode("utf-8") if isinstance(body, str) else body
        self.routes[path] = Route(data, **kwargs)  # type: ignore[arg-type]
        return self.url(path)


@pytest.fixture
def server() -> Iterator[LocalServer]:
    srv = LocalServer()
    srv.thread.start()
    try:
        yield srv
    finally:
        srv.httpd.shutdown()
        srv.httpd.server_close()


def needs_shared(path: Path) -> None:
    """Skip the calling test cleanly when ../shared is not beside the checkout."""
    if not path.exists():
        pytest.skip(f"{path} is not available")


class ServeProcess:
    """A real `clipper serve` process on a free loopback port, stopped on exit."""

    def __init__(self, db: Path, *args: str, env: dict[str, str] | None = None) -> None:
        import os
        import queue
        import re
        import subprocess
        import sys

        self.proc = subprocess.Popen(
            [sys.executable, "-m", "clipper", "serve", "--port", "0", "--db", str(db), *args],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
            env={**os.environ, **(env or {})},
        )
        lines: queue.Queue[str] = queue.Queue()
        self.stderr: list[str] = []

        def read() -> None:
            assert self.proc.stderr is not None
            for line in self.proc.stderr:
                self.stderr.append(line)
                lines.put(line)
            lines.put("")

        threading.Thread(target=read, daemon=True).start()
        while True:
            try:
                line = lines.get(timeout=60)
            except queue.Empty:
                self.stop()
                raise RuntimeError("clipper serve did not start within 60 s") from None
            if not line:
                raise RuntimeError("clipper serve exited: " + "".join(self.stderr))
            if found := re.search(r"on (http://(?:127\.0\.0\.1|\[::1\]):(\d+))/", line):
                self.base_url, self.port = found.group(1), int(found.group(2))
                return

    def url(self, path: str) -> str:
        return self.base_url + path

    def stop(self) -> int:
        import subprocess

        self.proc.terminate()
        try:
            return self.proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            return self.proc.wait()

    def __enter__(self) -> ServeProcess:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()
