"""The fetch stage: a URL to page bytes, surviving what the real web does.

Every way fetching can fail becomes a one-line :class:`FetchError` naming the
URL and what the user can do: unresolvable hosts, refused connections, bad
TLS certificates, timeouts (including servers that trickle bytes forever),
HTTP errors, redirect loops, oversized or endless bodies, gzip bombs and
things that aren't web pages. 429 and 5xx answers and dropped connections are
retried a bounded number of times within a bounded time.

This is the only module that imports requests (and urllib3, its transport).
"""

from __future__ import annotations

import http
import http.client
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from typing import TypeVar
from urllib.parse import urljoin, urlsplit

import requests
import urllib3.exceptions

from clipper import __version__
from clipper.errors import FetchError, PageGone, UsageError
from clipper.limits import DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT
from clipper.models import Page
from clipper.sources import answers
from clipper.sources.urls import SCHEMES, check_url

DEFAULT_USER_AGENT = f"clipper/{__version__}"  # honest: sites can tell what is asking
MAX_REDIRECTS = 10
BACKOFF = 0.2  # first retry waits this long, then doubles
RETRY_AFTER_CAP = 10.0  # a site asking us to wait longer than this is not retried
RETRY_BUDGET = 30.0  # total seconds a fetch may spend waiting between attempts
CHUNK = 64 * 1024

ACCEPT = "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1"
# What a feed reader asks for: feeds and sitemaps first, then the page they may be found on.
FEED_ACCEPT = (
    "application/rss+xml,application/atom+xml,application/feed+json,application/xml;q=0.9,"
    "text/xml;q=0.9,application/json;q=0.8,text/html;q=0.5,*/*;q=0.1"
)
PERMANENT = frozenset({301, 308})
CLIPPABLE = frozenset({"text/html", "application/xhtml+xml", "text/plain"})
# Types servers put on anything; the bytes decide what the page really is.
SNIFFED = frozenset({"", "application/octet-stream", "binary/octet-stream", "unknown/unknown"})
REDIRECTS = frozenset({301, 302, 303, 307, 308})
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
_T = TypeVar("_T")


def fetch(
    url: str,
    *,
    timeout: float = DEFAULT_TIMEOUT,
    max_bytes: int = DEFAULT_MAX_BYTES,
    user_agent: str | None = None,
    retries: int = 2,
    backoff: float = BACKOFF,
    verify: bool | str = True,
) -> Page:
    """Fetch a web page's bytes, following redirects; raise FetchError on any failure.

    ``timeout`` bounds connecting, each wait for data, and the whole body
    download; ``max_bytes`` bounds the decompressed body. ``retries`` more
    attempts are made after a dropped connection, a 429 or a 5xx, waiting
    ``backoff`` seconds and doubling, or what the site's Retry-After asks if
    that is reasonable. ``verify`` is False, True or a CA bundle path, as for
    requests (which also honours REQUESTS_CA_BUNDLE).
    """
    target = check_url(url)
    _check_options(timeout, max_bytes, user_agent)
    started = time.monotonic()
    with _session(user_agent or DEFAULT_USER_AGENT, verify) as session:
        return _retrying(
            lambda: _fetch_once(session, target, url, timeout, max_bytes), retries, backoff, started
        )


def _retrying(attempt: Callable[[], _T], retries: int, backoff: float, started: float) -> _T:
    """``attempt()``, again after a retryable failure: at most ``retries`` more times, waiting
    ``backoff`` seconds and doubling (or what Retry-After asks), within RETRY_BUDGET overall."""
    tries = 0
    while True:
        try:
            return attempt()
        except _Retryable as retry:
            wait = retry.wait if retry.wait is not None else backoff * 2**tries
            elapsed = time.monotonic() - started
            if tries >= retries or wait > RETRY_AFTER_CAP or elapsed + wait > RETRY_BUDGET:
                raise retry.error from None
            time.sleep(wait)
            tries += 1


def fetch_resource(
    url: str,
    *,
    accept: str = "*/*",
    timeout: float = DEFAULT_TIMEOUT,
    max_bytes: int = DEFAULT_MAX_BYTES,
    user_agent: str | None = None,
    retries: int = 2,
    backoff: float = BACKOFF,
    verify: bool | str = True,
) -> Page:
    """Fetch what a page needs (an image, a web archive's JSON answer) as :func:`fetch` does.

    The same timeouts, retries, redirect checks, size and decompression limits
    and errors; only the media type is not checked: the caller judges the
    bytes (an image by its magic, never by what the server said).
    """
    target = check_url(url)
    _check_options(timeout, max_bytes, user_agent)
    started = time.monotonic()
    with _session(user_agent or DEFAULT_USER_AGENT, verify) as session:
        session.headers["Accept"] = accept

        def once() -> Page:
            fetched = _download(session, target, url, timeout, max_bytes, any_type=True)
            assert fetched.page is not None  # 304 only answers a conditional request
            return fetched.page

        return _retrying(once, retries, backoff, started)


@dataclass(frozen=True, slots=True)
class Conditional:
    """What a conditional GET brought: the page, or None when the server said 304.

    ``etag`` and ``last_modified`` are the validators to send next time (the
    ones sent, after a 304 that repeats none). ``moved_to`` is the URL the
    resource now lives at when every redirect on the way was permanent (301 or
    308), else None.
    """

    page: Page | None
    etag: str | None
    last_modified: str | None
    moved_to: str | None


def fetch_conditional(
    url: str,
    *,
    etag: str | None = None,
    last_modified: str | None = None,
    timeout: float = DEFAULT_TIMEOUT,
    max_bytes: int = DEFAULT_MAX_BYTES,
    user_agent: str | None = None,
    retries: int = 2,
    backoff: float = BACKOFF,
    verify: bool | str = True,
) -> Conditional:
    """Fetch a feed or sitemap unless it is unchanged since the validators were given.

    As :func:`fetch`, with the same bounds and errors, except that any media
    type is accepted (the feed parser tells a feed from what isn't one) and
    ``If-None-Match``/``If-Modified-Since`` are sent when given, so that an
    unchanged feed costs one 304 answer and no body.
    """
    target = check_url(url)
    _check_options(timeout, max_bytes, user_agent)
    started = time.monotonic()
    with _session(user_agent or DEFAULT_USER_AGENT, verify) as session:
        session.headers["Accept"] = FEED_ACCEPT
        for name, value in (("If-None-Match", etag), ("If-Modified-Since", last_modified)):
            if value and value.isprintable():
                session.headers[name] = value
        fetched = _retrying(
            lambda: _download(session, target, url, timeout, max_bytes, any_type=True),
            retries,
            backoff,
            started,
        )
    moved = fetched.final_url if fetched.hops and PERMANENT.issuperset(fetched.hops) else None
    return Conditional(
        page=fetched.page,
        etag=fetched.etag or (etag if fetched.page is None else None),
        last_modified=fetched.last_modified or (last_modified if fetched.page is None else None),
        moved_to=moved,
    )


def _check_options(timeout: float, max_bytes: int, user_agent: str | None) -> None:
    if not timeout > 0:  # also catches NaN
        raise UsageError(f"The timeout must be a positive number of seconds, not {timeout!r}.")
    if max_bytes <= 0:
        raise UsageError(f"The size limit must be a positive number of bytes, not {max_bytes!r}.")
    if user_agent is not None and (not user_agent.strip() or not user_agent.isprintable()):
        raise UsageError("The User-Agent must be one line of printable text.")


class _Retryable(Exception):
    """An attempt failed in a way that may pass: carries the error to raise if it doesn't."""

    def __init__(self, error: FetchError, wait: float | None = None) -> None:
        super().__init__(error.message)
        self.error = error
        self.wait = wait


@dataclass(frozen=True, slots=True)
class _Headers:
    content_type: str  # media type, lower-case, "" when absent
    charset: str | None
    length: int | None


class _Session(requests.Session):
    """A Session that leaves redirects to fetch(), which checks every hop itself.

    Even with ``allow_redirects=False`` requests works out the next request of
    a redirect, and a malformed Location header makes that raise a bare
    ValueError; this session never looks.
    """

    def resolve_redirects(self, *args: object, **kwargs: object) -> Iterator[requests.Response]:
        return iter(())


def _session(user_agent: str, verify: bool | str) -> requests.Session:
    session = _Session()
    session.headers["User-Agent"] = user_agent
    session.headers["Accept"] = ACCEPT
    session.verify = verify
    return session


@dataclass(frozen=True, slots=True)
class _Fetched:
    page: Page | None  # None: 304 Not Modified
    final_url: str
    hops: tuple[int, ...]  # the status of each redirect followed
    etag: str | None
    last_modified: str | None


def _fetch_once(
    session: requests.Session, url: str, source: str, timeout: float, max_bytes: int
) -> Page:
    page = _download(session, url, source, timeout, max_bytes).page
    assert page is not None  # only a conditional download (any_type) returns on 304
    return page


def _download(
    session: requests.Session,
    url: str,
    source: str,
    timeout: float,
    max_bytes: int,
    *,
    any_type: bool = False,
) -> _Fetched:
    hops: list[int] = []
    with _request_errors(url, timeout) as current:
        response = _follow_redirects(session, url, timeout, current, hops)
        with response:
            validators = [response.headers.get(h) for h in ("ETag", "Last-Modified")]
            etag, last_modified = (v if v and v.isprintable() else None for v in validators)
            if response.status_code == 304 and any_type:
                return _Fetched(None, response.url, tuple(hops), etag, last_modified)
            _check_status(response)
            headers = _parse_headers(response)
            if headers.content_type not in SNIFFED and not any_type:
                _check_type(response.url, headers.content_type)
            if headers.length is not None and headers.length > max_bytes:
                raise FetchError(
                    f"{response.url} is {answers.size(headers.length)}, more than clipper's "
                    f"{answers.size(max_bytes)} limit. If it really is one article, save it from "
                    "your browser and clip the file."
                )
            _check_encoding(response)
            body = _read_body(response, timeout, max_bytes)
    content_type = headers.content_type
    if content_type in SNIFFED:
        content_type = answers.sniff(body)
        if not any_type:
            _check_type(response.url, content_type)
    page = Page(
        body=body,
        source=source,
        url=response.url,
        content_type=content_type,
        charset=headers.charset,
    )
    return _Fetched(page, response.url, tuple(hops), etag, last_modified)


def _follow_redirects(
    session: requests.Session,
    url: str,
    timeout: float,
    current: list[str],
    hops: list[int] | None = None,
) -> requests.Response:
    # A URL revisited with different cookies is a cookie check, not a loop.
    seen: set[tuple[str, frozenset[tuple[str, str, str, str | None]]]] = set()
    for _ in range(MAX_REDIRECTS + 1):
        seen.add((url, _cookie_state(session)))
        # Redirects are followed by hand, to detect loops and check each hop's scheme.
        response = _get(session, url, timeout)
        location = session.get_redirect_target(response)
        if response.status_code not in REDIRECTS or not location:
            return response
        if hops is not None:
            hops.append(response.status_code)
        response.close()
        next_url = _redirect_target(current[0], response.url, location)
        if (next_url, _cookie_state(session)) in seen:
            raise FetchError(
                f"Redirect loop at {current[0]}: {url} leads back to {next_url}. The site may "
                "need a browser (cookies, scripts); save the page from your browser and clip "
                "the file."
            )
        url = next_url
        current[1:] = [url]
    raise FetchError(
        f"Too many redirects (more than {MAX_REDIRECTS}) from {current[0]}. The site is "
        "misconfigured or needs a browser; save the page from your browser and clip the file."
    )


def _redirect_target(start: str, url: str, location: str) -> str:
    """The absolute URL a Location header points to, if clipper can fetch it."""
    try:
        target = urljoin(url, location)
        scheme = urlsplit(target).scheme.lower()
    except ValueError:
        target, scheme = location, "http"  # unparseable: reported as malformed below
    if scheme not in SCHEMES:
        raise FetchError(
            f"{start} redirects to {target[:100]}, which clipper can't fetch "
            "(only http and https). Open it in a browser and save the page instead."
        )
    try:
        return check_url(target)
    except UsageError:
        raise FetchError(
            f"{start} redirects to a malformed address ({target[:100]}). The site is "
            "misconfigured; open it in a browser and save the page instead."
        ) from None


def _get(session: requests.Session, url: str, timeout: float) -> requests.Response:
    """GET up to the response headers, all within the time a connect and a read may take.

    requests' timeouts apply to each socket operation, so a server that
    trickles its headers (a tarpit) or a resolver that hangs is never caught
    by them. The request runs in a helper thread and is abandoned at the
    deadline: the thread ends by itself when its socket times out or the
    server gives up, and nothing reads its result.
    """
    outcome: list[requests.Response | BaseException] = []

    def run() -> None:
        try:
            outcome.append(
                session.get(url, timeout=(timeout, timeout), stream=True, allow_redirects=False)
            )
        except BaseException as error:  # noqa: BLE001 (handed to the calling thread, re-raised)
            outcome.append(error)

    worker = threading.Thread(target=run, name=f"clipper-fetch {url}", daemon=True)
    worker.start()
    worker.join(2 * timeout)
    if not outcome:
        raise PageGone(
            f"{answers.host(url)} didn't answer within {2 * timeout:g} s ({url}). "
            "The site may be overloaded; try again later."
        )
    result = outcome[0]
    if isinstance(result, BaseException):
        raise result
    return result


def _cookie_state(session: requests.Session) -> frozenset[tuple[str, str, str, str | None]]:
    return frozenset((c.domain, c.path, c.name, c.value) for c in session.cookies)


def _check_status(response: requests.Response) -> None:
    status = response.status_code
    if 200 <= status < 300:
        return
    reason = response.reason or answers.phrase(status)
    prefix = f"HTTP {status} {reason} from {response.url}"
    if status in RETRY_STATUSES:
        error = FetchError(
            f"{prefix}: the site is rate-limiting clipper. Wait a while and try again."
            if status == 429
            else f"{prefix}: the site is having trouble. Try again later."
        )
        raise _Retryable(error, answers.retry_after(response.headers.get("Retry-After")))
    if status in (401, 403):
        hint = "the site refuses clipper: save the page from your browser and clip the file."
    elif status in (404, 410):
        raise PageGone(f"{prefix}: check the URL; the page may have moved or been removed.")
    elif status == 451:
        hint = "the page is blocked where you are."
    elif status >= 500:
        hint = "the site is having trouble. Try again later."
    elif status >= 400:
        hint = "check the URL and try again."
    else:
        hint = "clipper can't follow this answer; open the URL in a browser."
    raise FetchError(f"{prefix}: {hint}")


def _parse_headers(response: requests.Response) -> _Headers:
    media_type, charset = answers.media_type(response.headers.get("Content-Type", ""))
    length = response.headers.get("Content-Length", "").strip()
    return _Headers(
        content_type=media_type,
        charset=charset,
        length=int(length) if length.isdigit() else None,
    )


def _check_encoding(response: requests.Response) -> None:
    """Refuse a body compressed in a way urllib3 can't undo, rather than clip the raw bytes."""
    header = response.headers.get("Content-Encoding", "")
    supported = {"identity", *response.raw.CONTENT_DECODERS}
    unknown = [c for c in (part.strip().lower() for part in header.split(",")) if c]
    unknown = [coding for coding in unknown if coding not in supported]
    if unknown:
        raise FetchError(
            f"{response.url} was sent compressed as {', '.join(unknown)}, which clipper can't "
            "decompress. Save the page from your browser and clip the file."
        )


def _check_type(url: str, content_type: str) -> None:
    if content_type in CLIPPABLE:
        return
    raise FetchError(
        f"{url} is {answers.type_name(content_type)}, not a web page; "
        "clipper clips HTML and plain text."
    )


def _read_body(response: requests.Response, timeout: float, max_bytes: int) -> bytes:
    """Read the decompressed body, within max_bytes and within timeout seconds overall.

    ``read1`` returns what one socket read brings (decompressed, never more
    than CHUNK bytes, so a gzip bomb inflates a little at a time), which lets
    the loop check the deadline and the size between reads even when a server
    trickles a byte a second. A watchdog shuts the socket at the deadline to
    interrupt a read still waiting then, so the deadline is not overrun by up
    to a read timeout.
    """
    raw = response.raw
    deadline = time.monotonic() + timeout
    expired = threading.Event()

    def interrupt() -> None:
        expired.set()
        # ValueError/RuntimeError: the response already finished; nothing to interrupt.
        with suppress(ValueError, RuntimeError, OSError):
            raw.shutdown()

    watchdog = threading.Timer(timeout, interrupt)
    watchdog.daemon = True
    watchdog.start()
    chunks: list[bytes] = []
    size = 0
    complete = False
    try:
        while time.monotonic() < deadline:
            chunk = raw.read1(min(CHUNK, max_bytes + 1 - size), decode_content=True)
            if not chunk:
                # The watchdog's shutdown also reads as the end of the body.
                complete = not expired.is_set()
                break
            chunks.append(chunk)
            size += len(chunk)
            if size > max_bytes:
                raise FetchError(
                    f"{response.url} sent more than clipper's {answers.size(max_bytes)} limit, so "
                    "clipper stopped reading. If it really is one article, save it from your "
                    "browser and clip the file."
                )
    except urllib3.exceptions.HTTPError as error:
        if not expired.is_set():
            raise _body_error(response.url, error) from None
    finally:
        watchdog.cancel()
    if not complete:
        raise FetchError(
            f"{response.url} took longer than {timeout:g} s to download, so clipper gave up. "
            "The site may be overloaded; try again later."
        )
    return b"".join(chunks)


def _body_error(url: str, error: urllib3.exceptions.HTTPError) -> FetchError | _Retryable:
    if isinstance(error, urllib3.exceptions.ReadTimeoutError):
        return FetchError(
            f"{url} stopped sending data. The site may be overloaded; try again later."
        )
    if isinstance(error, urllib3.exceptions.DecodeError):
        return FetchError(
            f"{url} sent a body clipper couldn't decompress ({answers.reason(error)}). "
            "Try again later, or save the page from your browser and clip the file."
        )
    return _Retryable(
        FetchError(
            f"The connection to {urlsplit(url).netloc} broke while downloading {url}. "
            "Try again later."
        )
    )


@contextmanager
def _request_errors(url: str, timeout: float) -> Iterator[list[str]]:
    """Turn requests' exceptions into one-line FetchErrors about the URL being fetched.

    Yields ``[original URL, URL being fetched now]`` so messages can name the hop.
    """
    current = [url, url]
    try:
        yield current
    except requests.exceptions.SSLError as error:
        raise FetchError(answers.tls_message(current[1], error)) from None
    except requests.exceptions.ProxyError as error:
        raise FetchError(
            f"Couldn't fetch {current[1]} through the proxy ({answers.reason(error)}). "
            "Check the HTTP_PROXY/HTTPS_PROXY settings."
        ) from None
    except requests.exceptions.ConnectTimeout:
        raise PageGone(
            f"Timed out connecting to {answers.host(current[1])} after {timeout:g} s. "
            "The site may be down or unreachable from here; check the URL or try again later."
        ) from None
    except requests.exceptions.ReadTimeout:
        raise PageGone(
            f"{answers.host(current[1])} didn't answer within {timeout:g} s ({current[1]}). "
            "The site may be overloaded; try again later."
        ) from None
    except requests.exceptions.ConnectionError as error:
        raise _connection_error(current[1], error) from None
    except (
        requests.exceptions.InvalidURL,
        requests.exceptions.InvalidSchema,
        requests.exceptions.MissingSchema,
    ) as error:
        raise FetchError(
            f"Can't fetch {current[1]}: {answers.reason(error)}. Check the URL."
        ) from None
    except requests.exceptions.RequestException as error:
        raise FetchError(
            f"Fetching {current[1]} failed: {answers.reason(error)}. Try again later, or save the "
            "page from your browser and clip the file."
        ) from None


def _connection_error(url: str, error: requests.exceptions.ConnectionError) -> Exception:
    host = answers.host(url)
    if answers.find_in_chain(error, urllib3.exceptions.NameResolutionError):
        return PageGone(f"Couldn't resolve host {host}. Check the URL and try again.")
    if answers.find_in_chain(error, ConnectionRefusedError):
        return _Retryable(
            PageGone(
                f"Connection refused by {urlsplit(url).netloc} ({url}). The site may be down; "
                "check the URL or try again later."
            )
        )
    if answers.find_in_chain(error, http.client.RemoteDisconnected) or answers.find_in_chain(
        error, ConnectionResetError
    ):
        return _Retryable(
            FetchError(
                f"{host} closed the connection without answering ({url}). The site may be "
                "down or refusing clipper; try again later."
            )
        )
    bad_answer = answers.find_in_chain(error, http.client.BadStatusLine)
    if bad_answer is not None:
        return FetchError(
            f"{urlsplit(url).netloc} didn't answer in HTTP ({answers.reason(bad_answer)!r}). "
            "Check the URL and its port."
        )
    malformed = answers.find_in_chain(error, http.client.HTTPException)
    if malformed is not None:
        return FetchError(
            f"{urlsplit(url).netloc} sent a malformed HTTP answer ({answers.reason(malformed)}) for "
            f"{url}. Save the page from your browser and clip the file."
        )
    return _Retryable(
        FetchError(
            f"Couldn't connect to {host} ({answers.reason(error)}). Check your network connection "
            "and the URL, or try again later."
        )
    )
