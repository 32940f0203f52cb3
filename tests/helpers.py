"""What the tests (and bench/robustness.py) share: where things are, the CLI, real servers.

Plain functions and classes, no fixtures (those are in ``conftest.py``), so a
benchmark can import this module without pytest.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
# ../shared beside the checkout: the seed page and the corpora (see its README).
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "seeds"
CORPORA = SHARED / "corpora"
CORPUS = CORPORA / "readability-test-pages"
COPIES = CORPORA / "readability-browser-copies"  # what Chromium copies from each of them
WEB_EVAL = CORPORA / "web-eval-dev"


def needs_shared(path: Path) -> None:
    """Skip the calling test cleanly when ../shared is not beside the checkout."""
    import pytest

    if not path.exists():
        pytest.skip(f"{path} is not available")


def invoke(*args: str, input: str | bytes | None = None) -> tuple[int, str, str]:
    """Run ``clipper ARGS`` in this process: its exit code, stdout and stderr."""
    from typer.testing import CliRunner

    from clipper.cli import app

    result = CliRunner().invoke(app, list(args), input=input)
    return result.exit_code, result.stdout, result.stderr


@dataclass
class Route:
    """What the test server answers for one path."""

    body: bytes = b""
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    # For behaviour a static answer can't express (slow, endless, counting).
    handler: Callable[[BaseHTTPRequestHandler], None] | None = None


class LocalServer:
    """A real HTTP server on 127.0.0.1 that answers from a table of routes.

    ``content_type`` is what a route that names none is sent as. Use it as a
    context manager, or ``start()`` and ``close()``.
    """

    def __init__(self, content_type: str = "text/html; charset=utf-8") -> None:
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
                headers = {"Content-Type": content_type, **route.headers}
                for name, value in headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(route.body)))
                self.end_headers()
                self.wfile.write(route.body)

        class QuietServer(ThreadingHTTPServer):
            def handle_error(self, request: object, client_address: object) -> None:
                pass  # clients that hang up early (caps, timeouts, bombs) are part of the tests

        self.httpd = QuietServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.port = self.httpd.server_address[1]
        self.thread = threading.Thread(
            target=self.httpd.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def add(
        self,
        path: str,
        body: bytes | str = b"",
        *,
        status: int = 200,
        headers: dict[str, str] | None = None,
        handler: Callable[[BaseHTTPRequestHandler], None] | None = None,
    ) -> str:
        """Answer ``path`` with this body (or ``handler``); returns its URL."""
        data = body.encode("utf-8") if isinstance(body, str) else body
        self.routes[path] = Route(data, status, dict(headers or {}), handler)
        return self.url(path)

    def start(self) -> LocalServer:
        self.thread.start()
        return self

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    def __enter__(self) -> LocalServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.close()


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


# --- text dumps made up for the text-dump tests --------------------------------------


def paragraphs(n: int, topic: str, words: int = 40) -> list[str]:
    """``n`` distinct paragraphs of about ``words`` words on ``topic``."""
    out = []
    for k in range(n):
        body = " ".join(f"{topic}{k}word{j}" for j in range(words - 6))
        out.append(f"Paragraph {k} about the {topic} says {body} here.")
    return out


def text_dump(*parts: str | list[str]) -> str:
    """A copied page: each part a line or a list of lines, a blank line after each."""
    lines: list[str] = []
    for part in parts:
        lines.extend(part if isinstance(part, list) else [part])
        lines.append("")
    return "\n".join(lines)
