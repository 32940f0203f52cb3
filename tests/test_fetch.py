"""The fetch stage against real HTTP(S) servers on 127.0.0.1: no mocks, no outside traffic."""

from __future__ import annotations

import contextlib
import gzip
import socket
import ssl
import threading
import time
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest
import trustme

from clipper import __version__
from clipper.errors import FetchError, UsageError
from clipper.sources.fetch import _media_type, _retry_after, fetch
from conftest import LocalServer, Route

HTML = "<!doctype html><html><head><title>T</title></head><body><p>Hello</p></body></html>"
FAST = 0.01  # backoff for tests: retries shouldn't cost seconds
Handler = Callable[[BaseHTTPRequestHandler], None]


@pytest.fixture(autouse=True)
def no_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep loopback requests direct even if the environment configures a proxy."""
    for name in (
        "HTTP_PROXY",
        "HTTPS_PROXY",
        "ALL_PROXY",
        "http_proxy",
        "https_proxy",
        "all_proxy",
    ):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.delenv("REQUESTS_CA_BUNDLE", raising=False)
    monkeypatch.delenv("CURL_CA_BUNDLE", raising=False)


def handled(server: LocalServer, path: str, handler: Handler) -> str:
    server.routes[path] = Route(handler=handler)
    return server.url(path)


def hits(server: LocalServer, path: str) -> int:
    return sum(1 for seen, _ in server.requests if seen.split("?")[0] == path)


def start(h: BaseHTTPRequestHandler, status: int = 200, **headers: str) -> None:
    h.send_response(status)
    for name, value in headers.items():
        h.send_header(name.replace("_", "-"), value)
    h.end_headers()


def write_until_closed(
    h: BaseHTTPRequestHandler, data: bytes, *, pause: float = 0.0, times: int = 1_000_000
) -> None:
    """Send data over and over until the client hangs up (or a minute passes)."""
    end = time.monotonic() + 60
    try:
        for _ in range(times):
            if time.monotonic() > end:
                break
            h.wfile.write(data)
            h.wfile.flush()
            if pause:
                time.sleep(pause)
    except OSError:
        pass
    h.close_connection = True


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def raises(url: str, **kwargs: object) -> str:
    """Fetch a URL that must fail, returning the one-line message."""
    kwargs.setdefault("backoff", FAST)
    with pytest.raises(FetchError) as info:
        fetch(url, **kwargs)  # type: ignore[arg-type]
    message = str(info.value)
    assert "\n" not in message
    return message


# --- success ---------------------------------------------------------------


def test_fetch_returns_the_page_and_its_headers(server: LocalServer) -> None:
    url = server.add("/page", HTML, headers={"Content-Type": "text/html; charset=ISO-8859-1"})
    page = fetch(url)
    assert page.body == HTML.encode()
    assert (page.source, page.url) == (url, url)
    assert page.content_type == "text/html"
    assert page.charset == "iso-8859-1"


def test_charset_is_none_when_undeclared_and_quotes_are_stripped(server: LocalServer) -> None:
    plain = server.add("/plain", HTML, headers={"Content-Type": "TEXT/HTML"})
    quoted = server.add("/quoted", HTML, headers={"Content-Type": 'text/html; charset="UTF-8"'})
    assert (fetch(plain).content_type, fetch(plain).charset) == ("text/html", None)
    assert fetch(quoted).charset == "utf-8"


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("text/html", ("text/html", None)),
        ("Text/HTML; Charset=Shift_JIS", ("text/html", "shift_jis")),
        ("text/html;charset='utf-8'; foo=bar", ("text/html", "utf-8")),
        ("text/html; charset=", ("text/html", None)),
        ("text/html, text/html; charset=windows-1251", ("text/html", "windows-1251")),
        ("text/html; charset=koi8-r, text/html", ("text/html", "koi8-r")),
        ("text/plain; charset=utf-8, text/html", ("text/html", None)),
        ("text/html; charset=\x01utf-8", ("text/html", None)),
        ("text/html; charset=\u00e9", ("text/html", None)),
        ("", ("", None)),
        ("html", ("", None)),
    ],
)
def test_content_type_header_parsing(header: str, expected: tuple[str, str | None]) -> None:
    assert _media_type(header) == expected


def test_source_keeps_what_the_user_typed(server: LocalServer) -> None:
    url = server.add("/page", HTML)
    page = fetch(f"  {url}  ")
    assert page.source == f"  {url}  "
    assert page.url == url


def test_sends_an_honest_user_agent_that_can_be_overridden(server: LocalServer) -> None:
    url = server.add("/ua", HTML)
    fetch(url)
    fetch(url, user_agent="Mozilla/5.0 (test)")
    agents = [headers.get("User-Agent") for _, headers in server.requests]
    assert agents[0] is not None and agents[0].startswith(f"clipper/{__version__}")
    assert agents[1] == "Mozilla/5.0 (test)"


def test_gzip_encoded_page_is_decompressed(server: LocalServer) -> None:
    url = server.add("/gz", gzip.compress(HTML.encode()), headers={"Content-Encoding": "gzip"})
    assert fetch(url).body == HTML.encode()


def test_plain_text_is_accepted(server: LocalServer) -> None:
    url = server.add("/t.txt", "just text", headers={"Content-Type": "text/plain; charset=utf-8"})
    assert fetch(url).content_type == "text/plain"


# --- redirects -------------------------------------------------------------


def test_follows_redirects_and_reports_the_final_url(server: LocalServer) -> None:
    final = server.add("/final", HTML)
    server.add("/two", status=302, headers={"Location": final})  # absolute
    start_url = server.add("/one", status=301, headers={"Location": "/two"})  # relative
    page = fetch(start_url)
    assert page.url == final
    assert page.source == start_url
    assert page.body == HTML.encode()


def test_redirect_loop_is_detected(server: LocalServer) -> None:
    server.add("/a", status=302, headers={"Location": "/b"})
    server.add("/b", status=302, headers={"Location": "/a"})
    message = raises(server.url("/a"))
    assert message.startswith("Redirect loop at " + server.url("/a"))
    assert hits(server, "/a") == 1 and hits(server, "/b") == 1


def test_too_many_redirects(server: LocalServer) -> None:
    def onwards(h: BaseHTTPRequestHandler) -> None:
        n = int(h.path.partition("n=")[2] or 0)
        start(h, 302, Location=f"/many?n={n + 1}", Content_Length="0")

    url = handled(server, "/many", onwards)
    message = raises(url)
    assert message.startswith("Too many redirects (more than 10) from " + url)
    assert hits(server, "/many") == 11


def test_redirect_to_the_same_url_with_a_new_cookie_is_not_a_loop(server: LocalServer) -> None:
    def cookie_check(h: BaseHTTPRequestHandler) -> None:
        if "seen=1" in h.headers.get("Cookie", ""):
            body = HTML.encode()
            start(h, 200, Content_Type="text/html", Content_Length=str(len(body)))
            h.wfile.write(body)
        else:
            start(h, 302, Location="/gate", Set_Cookie="seen=1; Path=/", Content_Length="0")

    assert fetch(handled(server, "/gate", cookie_check)).body == HTML.encode()


def test_redirect_to_another_scheme_is_refused(server: LocalServer) -> None:
    url = server.add("/ftp", status=301, headers={"Location": "ftp://example.com/file.html"})
    message = raises(url)
    assert "redirects to ftp://example.com/file.html" in message
    assert "only http and https" in message


@pytest.mark.parametrize(
    "location", ["http://[::1/", "http://exa mple.com/", "http://127.0.0.1:99999/"]
)
def test_redirect_to_a_malformed_address(server: LocalServer, location: str) -> None:
    url = server.add("/bad-redirect", status=302, headers={"Location": location})
    assert raises(url) == (
        f"{url} redirects to a malformed address ({location}). The site is misconfigured; "
        "open it in a browser and save the page instead."
    )


# --- HTTP errors and retries -----------------------------------------------


def test_404_names_status_reason_and_url(server: LocalServer) -> None:
    url = server.add("/gone", "no", status=404)
    message = raises(url)
    assert message.startswith(f"HTTP 404 Not Found from {url}")
    assert "check the URL" in message
    assert hits(server, "/gone") == 1  # client errors aren't retried


@pytest.mark.parametrize("status", [401, 403])
def test_refusals_suggest_saving_from_the_browser(server: LocalServer, status: int) -> None:
    url = server.add("/private", "no", status=status)
    message = raises(url)
    assert message.startswith(f"HTTP {status} ")
    assert "the site refuses clipper: save the page from your browser and clip the file" in message


def test_500_is_retried_then_reported(server: LocalServer) -> None:
    url = server.add("/broken", "oops", status=500)
    message = raises(url, retries=2)
    assert message.startswith(f"HTTP 500 Internal Server Error from {url}")
    assert "Try again later" in message
    assert hits(server, "/broken") == 3


def test_503_then_success(server: LocalServer) -> None:
    answers = iter([503, 503, 200])

    def flaky(h: BaseHTTPRequestHandler) -> None:
        status = next(answers)
        body = HTML.encode() if status == 200 else b"busy"
        start(h, status, Content_Type="text/html", Content_Length=str(len(body)))
        h.wfile.write(body)

    url = handled(server, "/flaky", flaky)
    assert fetch(url, retries=2, backoff=FAST).body == HTML.encode()
    assert hits(server, "/flaky") == 3


def test_no_retries_means_one_request(server: LocalServer) -> None:
    url = server.add("/down", "down", status=503)
    raises(url, retries=0)
    assert hits(server, "/down") == 1


def test_429_honours_retry_after_then_succeeds(server: LocalServer) -> None:
    answers = iter([429, 200])

    def limited(h: BaseHTTPRequestHandler) -> None:
        if next(answers) == 429:
            start(h, 429, Retry_After="1", Content_Length="0")
        else:
            body = HTML.encode()
            start(h, 200, Content_Type="text/html", Content_Length=str(len(body)))
            h.wfile.write(body)

    url = handled(server, "/limited", limited)
    began = time.monotonic()
    page = fetch(url, backoff=FAST)
    assert page.body == HTML.encode()
    assert hits(server, "/limited") == 2
    assert time.monotonic() - began >= 0.9  # waited as asked, not the tiny backoff


def test_429_asking_for_too_long_a_wait_fails_at_once(server: LocalServer) -> None:
    url = server.add("/slow-down", "", status=429, headers={"Retry-After": "3600"})
    began = time.monotonic()
    message = raises(url)
    assert time.monotonic() - began < 2
    assert message.startswith(f"HTTP 429 Too Many Requests from {url}")
    assert "Wait a while and try again" in message
    assert hits(server, "/slow-down") == 1


def test_retry_after_accepts_seconds_and_http_dates() -> None:
    now = 1_445_412_480.0  # Wed, 21 Oct 2015 07:28:00 GMT
    assert _retry_after("7") == 7.0
    assert _retry_after("Wed, 21 Oct 2015 07:28:05 GMT", now=now) == pytest.approx(5.0)
    assert _retry_after("Wed, 21 Oct 2015 07:27:00 GMT", now=now) == 0.0  # in the past
    assert _retry_after("soon") is None
    assert _retry_after(None) is None


# --- connection failures and timeouts --------------------------------------


def test_connection_refused() -> None:
    port = free_port()
    url = f"http://127.0.0.1:{port}/"
    began = time.monotonic()
    message = raises(url, timeout=1)
    assert message.startswith(f"Connection refused by 127.0.0.1:{port} ({url})")
    assert time.monotonic() - began < 2


@pytest.fixture
def full_backlog() -> Iterator[int]:
    """A port whose listen queue is full, so new connections hang in SYN-SENT like a dead host."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(0)
    port = listener.getsockname()[1]
    fillers = []
    for _ in range(8):
        filler = socket.socket()
        filler.setblocking(False)
        with contextlib.suppress(BlockingIOError):
            filler.connect(("127.0.0.1", port))
        fillers.append(filler)
    time.sleep(0.05)
    try:
        yield port
    finally:
        for filler in fillers:
            filler.close()
        listener.close()


def test_connect_timeout(full_backlog: int) -> None:
    began = time.monotonic()
    message = raises(f"http://127.0.0.1:{full_backlog}/", timeout=0.3, retries=0)
    assert time.monotonic() - began < 1.5
    if message.startswith("Connection refused"):
        pytest.skip("this kernel refuses rather than drops connections to a full backlog")
    assert message == (
        "Timed out connecting to 127.0.0.1 after 0.3 s. The site may be down or unreachable "
        "from here; check the URL or try again later."
    )


def test_unresolvable_host() -> None:
    message = raises("http://nonexistent.invalid/", timeout=1, retries=0)
    # With no resolver at all this surfaces as a connection failure instead.
    assert message.startswith(
        ("Couldn't resolve host nonexistent.invalid.", "Couldn't connect to nonexistent.invalid")
    )


def test_server_that_never_answers_times_out(server: LocalServer) -> None:
    url = handled(server, "/asleep", lambda h: time.sleep(3))
    began = time.monotonic()
    message = raises(url, timeout=0.5)
    assert time.monotonic() - began < 2  # timeouts aren't retried
    assert message == (
        f"127.0.0.1 didn't answer within 0.5 s ({url}). The site may be overloaded; "
        "try again later."
    )


def test_server_that_trickles_its_headers_times_out(server: LocalServer) -> None:
    # A tarpit: every byte comes within the read timeout, the headers never end.
    def tarpit(h: BaseHTTPRequestHandler) -> None:
        h.wfile.write(b"HTTP/1.1 200 OK\r\n")
        write_until_closed(h, b"X-Wait: a\r\n", pause=0.05)

    url = handled(server, "/tarpit", tarpit)
    began = time.monotonic()
    message = raises(url, timeout=0.3)
    assert time.monotonic() - began < 1.2
    assert message == (
        f"127.0.0.1 didn't answer within 0.6 s ({url}). The site may be overloaded; "
        "try again later."
    )


def test_server_that_stalls_mid_body_times_out(server: LocalServer) -> None:
    def stall(h: BaseHTTPRequestHandler) -> None:
        start(h, 200, Content_Type="text/html", Content_Length="1000")
        h.wfile.write(b"<html>")
        h.wfile.flush()
        time.sleep(3)

    url = handled(server, "/stall", stall)
    began = time.monotonic()
    message = raises(url, timeout=0.5)
    assert time.monotonic() - began < 2
    assert url in message and "try again later" in message


@pytest.mark.parametrize("pause", [0.05, 0.3])
def test_trickling_server_hits_the_overall_deadline(server: LocalServer, pause: float) -> None:
    # Each byte arrives well within the read timeout; only the overall deadline stops it.
    def trickle(h: BaseHTTPRequestHandler) -> None:
        start(h, 200, Content_Type="text/html", Content_Length="100000")
        write_until_closed(h, b"x", pause=pause)

    url = handled(server, "/trickle", trickle)
    began = time.monotonic()
    message = raises(url, timeout=0.5)
    assert time.monotonic() - began < 1.2
    assert message == (
        f"{url} took longer than 0.5 s to download, so clipper gave up. "
        "The site may be overloaded; try again later."
    )


def test_connection_dropped_mid_body_is_retried_then_reported(server: LocalServer) -> None:
    def drop(h: BaseHTTPRequestHandler) -> None:
        start(h, 200, Content_Type="text/html", Content_Length="1000")
        h.wfile.write(b"<html><p>only part")
        h.close_connection = True

    url = handled(server, "/drop", drop)
    message = raises(url, retries=1)
    assert message.startswith("The connection to 127.0.0.1:")
    assert url in message
    assert hits(server, "/drop") == 2


def test_server_that_hangs_up_without_answering(server: LocalServer) -> None:
    def hang_up(h: BaseHTTPRequestHandler) -> None:
        h.close_connection = True

    url = handled(server, "/hang-up", hang_up)
    message = raises(url, retries=1)
    assert message == (
        f"127.0.0.1 closed the connection without answering ({url}). The site may be down "
        "or refusing clipper; try again later."
    )
    assert hits(server, "/hang-up") == 2


def test_server_that_does_not_speak_http(server: LocalServer) -> None:
    def ssh(h: BaseHTTPRequestHandler) -> None:
        h.wfile.write(b"SSH-2.0-OpenSSH_9.6\r\n\r\n")
        h.close_connection = True

    url = handled(server, "/ssh", ssh)
    message = raises(url)
    assert message.startswith(f"127.0.0.1:{server.port} didn't answer in HTTP ('SSH-2.0")
    assert message.endswith("Check the URL and its port.")


def raw_answer(data: bytes) -> Handler:
    def answer(h: BaseHTTPRequestHandler) -> None:
        h.wfile.write(data)
        h.close_connection = True

    return answer


def test_malformed_http_answer(server: LocalServer) -> None:
    flood = b"HTTP/1.1 200 OK\r\n" + b"X-A: b\r\n" * 150 + b"Content-Length: 2\r\n\r\nhi"
    url = handled(server, "/flood", raw_answer(flood))
    assert raises(url) == (
        f"127.0.0.1:{server.port} sent a malformed HTTP answer (got more than 100 headers) "
        f"for {url}. Save the page from your browser and clip the file."
    )


def test_unsupported_content_encoding_is_refused(server: LocalServer) -> None:
    url = server.add("/br", b"\x0b\x01\x80x", headers={"Content-Encoding": "br"})
    assert raises(url) == (
        f"{url} was sent compressed as br, which clipper can't decompress. "
        "Save the page from your browser and clip the file."
    )


def test_identity_content_encoding_is_fine(server: LocalServer) -> None:
    url = server.add("/id", HTML, headers={"Content-Encoding": "identity"})
    assert fetch(url).body == HTML.encode()


def test_https_to_a_plain_http_port(server: LocalServer) -> None:
    url = server.add("/page", HTML).replace("http://", "https://")
    message = raises(url, retries=0)
    assert message.startswith(f"127.0.0.1:{server.port} doesn't speak HTTPS (")
    assert "perhaps it should start with http://" in message


# --- size limits -----------------------------------------------------------


def test_content_length_over_the_cap_is_rejected_before_downloading(server: LocalServer) -> None:
    def huge(h: BaseHTTPRequestHandler) -> None:
        start(h, 200, Content_Type="text/html", Content_Length=str(5_000_000_000))
        write_until_closed(h, b"x" * 65536)

    url = handled(server, "/huge", huge)
    message = raises(url, max_bytes=1_000_000)
    assert message.startswith(f"{url} is 5 GB, more than clipper's 1 MB limit.")


def test_endless_chunked_body_stops_at_the_cap(server: LocalServer) -> None:
    def endless(h: BaseHTTPRequestHandler) -> None:
        start(h, 200, Content_Type="text/html", Transfer_Encoding="chunked")
        chunk = b"<p>" + b"x" * 8000 + b"</p>"
        write_until_closed(h, b"%x\r\n%s\r\n" % (len(chunk), chunk))

    url = handled(server, "/endless", endless)
    began = time.monotonic()
    message = raises(url, max_bytes=200_000)
    assert time.monotonic() - began < 2
    assert message.startswith(f"{url} sent more than clipper's 200 kB limit")


def test_endless_body_until_close_stops_at_the_cap(server: LocalServer) -> None:
    def endless(h: BaseHTTPRequestHandler) -> None:
        start(h, 200, Content_Type="text/plain", Connection="close")
        write_until_closed(h, b"line of text\n" * 1000)

    url = handled(server, "/forever", endless)
    assert "sent more than clipper's 200 kB limit" in raises(url, max_bytes=200_000)


@pytest.fixture(scope="module")
def gzip_bomb() -> bytes:
    return gzip.compress(b"\0" * 50_000_000, compresslevel=9)  # ~50 kB on the wire


def test_gzip_bomb_stops_at_the_decompressed_cap(server: LocalServer, gzip_bomb: bytes) -> None:
    assert len(gzip_bomb) < 100_000

    def bomb(h: BaseHTTPRequestHandler) -> None:
        start(
            h, Content_Type="text/html", Content_Encoding="gzip", Content_Length=str(len(gzip_bomb))
        )
        write_until_closed(h, gzip_bomb, times=1)  # clipper hangs up long before the end

    url = handled(server, "/bomb", bomb)
    message = raises(url, max_bytes=1_000_000)
    assert message.startswith(f"{url} sent more than clipper's 1 MB limit")


def test_corrupt_gzip_is_reported(server: LocalServer) -> None:
    url = server.add("/bad-gz", b"\x1f\x8b not really gzip", headers={"Content-Encoding": "gzip"})
    assert "couldn't decompress" in raises(url, retries=0)


def test_body_exactly_at_the_cap_is_fine(server: LocalServer) -> None:
    url = server.add("/exact", b"x" * 1000, headers={"Content-Type": "text/plain"})
    assert len(fetch(url, max_bytes=1000).body) == 1000


# --- content types ---------------------------------------------------------


@pytest.mark.parametrize(
    ("content_type", "named"),
    [
        ("application/pdf", "a PDF (application/pdf)"),
        ("image/png", "an image (image/png)"),
        ("application/json; charset=utf-8", "JSON data (application/json)"),
        ("application/x-shockwave-flash", "application/x-shockwave-flash"),
    ],
)
def test_other_types_are_rejected_by_name(
    server: LocalServer, content_type: str, named: str
) -> None:
    url = server.add("/thing", b"%PDF-1.4 ...", headers={"Content-Type": content_type})
    assert raises(url) == f"{url} is {named}, not a web page; clipper clips HTML and plain text."


def without_content_type(body: bytes) -> Handler:
    def answer(h: BaseHTTPRequestHandler) -> None:
        start(h, 200, Content_Length=str(len(body)))
        h.wfile.write(body)

    return answer


def test_missing_content_type_is_sniffed(server: LocalServer) -> None:
    html = handled(server, "/html", without_content_type(HTML.encode()))
    text = handled(server, "/text", without_content_type(b"Just some words.\nAnd more."))
    pdf = handled(server, "/pdf", without_content_type(b"%PDF-1.7\n..."))
    assert fetch(html).content_type == "text/html"
    assert fetch(text).content_type == "text/plain"
    assert "is a PDF (application/pdf)" in raises(pdf)


def test_octet_stream_is_judged_by_its_bytes(server: LocalServer) -> None:
    html = server.add("/o.html", HTML, headers={"Content-Type": "application/octet-stream"})
    binary = server.add(
        "/o.bin", b"\x00\x01\x02" * 100, headers={"Content-Type": "application/octet-stream"}
    )
    assert fetch(html).content_type == "text/html"
    assert "is binary data (application/octet-stream)" in raises(binary)


# --- bad URLs ----------------------------------------------------------------


@pytest.mark.parametrize(
    "url",
    [
        "ftp://example.com/a.html",
        "file:///etc/hosts",
        "javascript:alert(1)",
        "http://",
        "example.com",
    ],
)
def test_unsupported_or_malformed_urls_are_usage_errors(url: str) -> None:
    with pytest.raises(UsageError):
        fetch(url)


@pytest.mark.parametrize(
    "options",
    [
        {"timeout": 0},
        {"timeout": -1.0},
        {"timeout": float("nan")},
        {"max_bytes": 0},
        {"user_agent": "evil\r\nX-Injected: 1"},
        {"user_agent": "  "},
    ],
)
def test_bad_options_are_usage_errors(server: LocalServer, options: dict[str, object]) -> None:
    url = server.add("/page", HTML)
    with pytest.raises(UsageError):
        fetch(url, **options)  # type: ignore[arg-type]
    assert server.requests == []


# --- HTTPS -------------------------------------------------------------------


class TLSServer:
    """The shared LocalServer behind a TLS certificate from a throwaway CA."""

    def __init__(self, server: LocalServer, ca: trustme.CA, hostname: str) -> None:
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        ca.issue_cert(hostname).configure_cert(context)
        server.httpd.socket = context.wrap_socket(server.httpd.socket, server_side=True)
        self.server = server

    def url(self, path: str) -> str:
        return self.server.url(path).replace("http://", "https://")


@pytest.fixture(scope="module")
def ca() -> trustme.CA:
    return trustme.CA()


@pytest.fixture
def ca_bundle(ca: trustme.CA, tmp_path: Path) -> str:
    path = tmp_path / "ca.pem"
    ca.cert_pem.write_to_path(str(path))
    return str(path)


def tls_server(ca: trustme.CA, hostname: str = "127.0.0.1") -> Iterator[TLSServer]:
    srv = LocalServer()
    tls = TLSServer(srv, ca, hostname)
    srv.thread = threading.Thread(
        target=srv.httpd.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
    )
    srv.thread.start()
    try:
        yield tls
    finally:
        srv.httpd.shutdown()
        srv.httpd.server_close()


@pytest.fixture
def https(ca: trustme.CA) -> Iterator[TLSServer]:
    yield from tls_server(ca)


@pytest.fixture
def https_wrong_host(ca: trustme.CA) -> Iterator[TLSServer]:
    yield from tls_server(ca, "news.example.org")


def test_untrusted_certificate_is_a_clear_tls_error(https: TLSServer) -> None:
    https.server.add("/secure", HTML)
    message = raises(https.url("/secure"), retries=0, timeout=2)
    assert message.startswith("The TLS certificate of 127.0.0.1 can't be trusted (")
    assert "clipper won't fetch it" in message


def test_trusted_certificate_via_ca_bundle(https: TLSServer, ca_bundle: str) -> None:
    https.server.add("/secure", HTML)
    page = fetch(https.url("/secure"), verify=ca_bundle, timeout=2)
    assert page.body == HTML.encode()
    assert page.url == https.url("/secure")


def test_trusted_certificate_via_requests_ca_bundle_env(
    https: TLSServer, ca_bundle: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", ca_bundle)
    https.server.add("/secure", HTML)
    assert fetch(https.url("/secure"), timeout=2).body == HTML.encode()


def test_certificate_for_another_host_is_a_clear_tls_error(
    https_wrong_host: TLSServer, ca_bundle: str
) -> None:
    https_wrong_host.server.add("/secure", HTML)
    message = raises(https_wrong_host.url("/secure"), verify=ca_bundle, retries=0, timeout=2)
    assert message.startswith("The TLS certificate of 127.0.0.1 can't be trusted (")
    assert "127.0.0.1" in message.partition("(")[2]  # the mismatch names the host


def test_tls_trickle_hits_the_deadline(https: TLSServer, ca_bundle: str) -> None:
    def trickle(h: BaseHTTPRequestHandler) -> None:
        start(h, 200, Content_Type="text/html", Content_Length="100000")
        write_until_closed(h, b"x", pause=0.05)

    handled(https.server, "/trickle", trickle)
    began = time.monotonic()
    message = raises(https.url("/trickle"), verify=ca_bundle, timeout=0.5)
    assert time.monotonic() - began < 1.2
    assert "took longer than 0.5 s to download" in message


def test_no_watchdog_threads_are_left_behind(server: LocalServer) -> None:
    url = server.add("/page", HTML)
    for _ in range(5):
        fetch(url)
    time.sleep(0.05)
    assert not [t for t in threading.enumerate() if isinstance(t, threading.Timer)]
