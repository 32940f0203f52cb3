"""What every request must pass before a route sees it, and what every answer carries.

An ASGI middleware, so that no route can forget a check:

1. the ``Host`` header names this server (a page on another name that
   resolves to 127.0.0.1, DNS rebinding, is refused);
2. the password, when the server has one (HTTP Basic: the browser asks);
3. a request that changes state (anything but GET and HEAD) is read whole up
   to the size cap (413 beyond it, and the server goes on), must be a form,
   and must carry the archive's token (403 without it, and nothing runs): the
   token of the server's own forms, or, for the clip endpoint alone, the
   bookmarklet's (which the pages it runs on can read);
4. every answer carries a strict Content-Security-Policy and its friends,
   and how long the server took (``Server-Timing``).
"""

from __future__ import annotations

import base64
import hmac
import time
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any
from urllib.parse import parse_qs

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

CSP = (
    "default-src 'none'; style-src 'self'; img-src 'self' data:; script-src 'self'; "
    "form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
)
SECURITY_HEADERS = (
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"cache-control", b"no-store"),
)
SAFE_METHODS = frozenset({"GET", "HEAD"})
FORM = "application/x-www-form-urlencoded"
TOKEN_FIELD = "token"
TOKEN_HEADER = "x-clipper-token"
# The scope key under which a checked request's form reaches the routes.
FORM_KEY = "clipper.form"
# The one path the bookmarklet's token opens.
CLIP_PATH = "/clip"


class Guard:
    """The checks above around an ASGI app."""

    def __init__(
        self,
        app: ASGIApp,
        *,
        token: str,
        clip_token: str | None = None,
        max_bytes: int,
        allowed_hosts: frozenset[str] | None,
        password: str | None = None,
    ) -> None:
        self.app = app
        self.token = token
        self.clip_token = clip_token
        self.max_bytes = max_bytes
        self.allowed_hosts = allowed_hosts  # None: any (a password guards a wildcard address)
        self.password = password

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                took = (time.perf_counter() - started) * 1000
                message["headers"] = [
                    *message.get("headers", []),
                    *SECURITY_HEADERS,
                    (b"server-timing", f"app;dur={took:.2f}".encode()),
                ]
            await send(message)

        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        host = headers.get("host", "").lower()
        if self.allowed_hosts is not None and host not in self.allowed_hosts:
            await _answer(send_with_headers, 421, "This server answers only to its own address.")
            return
        if self.password is not None and not self._authorised(headers.get("authorization", "")):
            await _answer(
                send_with_headers,
                401,
                "This clipper asks for its password.",
                [(b"www-authenticate", b'Basic realm="clipper", charset="UTF-8"')],
            )
            return
        if scope["method"] not in SAFE_METHODS:
            body = await self._read_body(headers, receive)
            if body is None:
                await _answer(
                    send_with_headers,
                    413,
                    f"The request is larger than this server takes ({self.max_bytes:,} bytes, "
                    "--max-bytes); nothing was stored.",
                )
                return
            media = headers.get("content-type", "").split(";")[0].strip().lower()
            form = (
                parse_qs(body.decode("utf-8", "replace"), keep_blank_values=True)
                if media == FORM
                else {}
            )
            given = headers.get(TOKEN_HEADER) or (form.get(TOKEN_FIELD) or [""])[0]
            if not self._token_opens(given, scope["path"]):
                await _answer(
                    send_with_headers,
                    403,
                    "This request doesn't carry the archive's token; nothing was changed. "
                    "Reload the page, or drag the bookmarklet from the set-up page again.",
                )
                return
            scope[FORM_KEY] = form
            receive = _replay(body)
        await self.app(scope, receive, send_with_headers)

    def _token_opens(self, given: str, path: str) -> bool:
        """Whether ``given`` is a token that may change what ``path`` changes."""
        tokens = [self.token]
        if self.clip_token and path == CLIP_PATH:
            tokens.append(self.clip_token)
        sent = given.encode("utf-8", "replace")
        # Every token compared, in constant time: no early exit to time.
        return sum(hmac.compare_digest(sent, token.encode()) for token in tokens) > 0

    def _authorised(self, authorization: str) -> bool:
        scheme, _, value = authorization.partition(" ")
        if scheme.lower() != "basic":
            return False
        try:
            decoded = base64.b64decode(value.strip(), validate=True).decode("utf-8")
        except (ValueError, UnicodeDecodeError):
            return False
        _, _, given = decoded.partition(":")  # any user name: the password is what counts
        assert self.password is not None
        return hmac.compare_digest(given.encode(), self.password.encode())

    async def _read_body(self, headers: dict[str, str], receive: Receive) -> bytes | None:
        """The whole body, or None when it is (or says it is) over the cap."""
        declared = headers.get("content-length", "")
        if declared.isdigit() and int(declared) > self.max_bytes:
            return None
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                break
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_bytes:
                return None
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        return b"".join(chunks)


def _replay(body: bytes) -> Receive:
    """A receive() that hands the app the body already read."""
    sent = False

    async def receive() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return {"type": "http.disconnect"}

    return receive


async def _answer(
    send: Send, status: int, text: str, extra: list[tuple[bytes, bytes]] | None = None
) -> None:
    body = (text + "\n").encode("utf-8")
    headers = [
        (b"content-type", b"text/plain; charset=utf-8"),
        (b"content-length", str(len(body)).encode()),
        *(extra or []),
    ]
    if status == 413:
        headers.append((b"connection", b"close"))  # the rest of the body is never read
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


def allowed_hosts(host: str, port: int, *, loopback: bool) -> frozenset[str] | None:
    """The Host headers this server answers to: its loopback names, or any behind a password."""
    names = {f"127.0.0.1:{port}", f"localhost:{port}", f"[::1]:{port}"}
    if loopback:
        if host not in ("127.0.0.1", "localhost", "::1"):
            names.add(f"{host}:{port}" if ":" not in host else f"[{host}]:{port}")
        return _with_default_port(names, port)
    if host in ("0.0.0.0", "::", ""):
        return None  # every address of the machine: the password is the door
    names.add(f"{host}:{port}" if ":" not in host else f"[{host}]:{port}")
    return _with_default_port(names, port)


def _with_default_port(names: set[str], port: int) -> frozenset[str]:
    """Browsers leave port 80 out of the Host header."""
    if port == 80:
        names |= {name.rsplit(":", 1)[0] for name in names}
    return frozenset(names)
