"""What a server's answer says, read without the network: its media type and charset,
how long it asks to be left alone, what its body really is, and how to name it all (and the
innermost reason of a failure) in a message.

Pure helpers of the fetch stage (:mod:`clipper.sources.fetch`, the one module that
talks HTTP); kept apart so that the fetching itself reads in one module.
"""

from __future__ import annotations

import email.utils
import http
import re
import ssl
import time
from typing import TYPE_CHECKING, TypeVar
from urllib.parse import urlsplit

from clipper.sources.decode import looks_like_html

if TYPE_CHECKING:
    import requests

# What to call a media type in an error message, by exact type or by family.
TYPE_NAMES: dict[str, str] = {
    "application/pdf": "a PDF",
    "application/json": "JSON data",
    "application/zip": "a ZIP archive",
    "application/gzip": "a gzip archive",
    "application/xml": "an XML document",
    "text/xml": "an XML document",
    "application/rss+xml": "an RSS feed",
    "application/atom+xml": "an Atom feed",
    "application/msword": "a Word document",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "a Word document",
    "application/epub+zip": "an EPUB book",
    "text/css": "a stylesheet",
    "text/javascript": "a script",
    "application/javascript": "a script",
    "text/csv": "a CSV file",
    "image": "an image",
    "video": "a video",
    "audio": "an audio file",
    "font": "a font",
    "application/octet-stream": "binary data",
}
# Leading bytes of formats a mislabelled server might send.
MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "application/pdf"),
    (b"\x89PNG", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"GIF8", "image/gif"),
    (b"PK\x03\x04", "application/zip"),
    (b"\x1f\x8b", "application/gzip"),
)


def type_name(content_type: str) -> str:
    """How an error message calls a media type: "a PDF (application/pdf)", else the type."""
    name = TYPE_NAMES.get(content_type) or TYPE_NAMES.get(content_type.partition("/")[0])
    return f"{name} ({content_type})" if name else content_type


def retry_after(value: str | None, now: float | None = None) -> float | None:
    """Seconds a Retry-After header asks for (delta-seconds or an HTTP date), or None."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        return None
    return max(0.0, when.timestamp() - (time.time() if now is None else now))


CHARSET_LABEL = re.compile(r"^[a-z0-9][a-z0-9_.:()+-]*$")


def media_type(header: str) -> tuple[str, str | None]:
    """The media type and charset of a Content-Type header, as the Fetch standard reads it.

    A header sent twice arrives joined by commas ("text/html, text/html;
    charset=utf-8"): the last type wins, keeping a charset given with an
    earlier copy of the same type.
    """
    media_type, charset = "", None
    for value in header.split(","):
        essence, _, params = value.partition(";")
        essence = essence.strip().lower()
        if "/" not in essence:
            continue
        if essence != media_type:
            media_type, charset = essence, None
        for param in params.split(";"):
            name, _, raw = param.partition("=")
            label = raw.strip().strip("\"'").strip().lower()
            if name.strip().lower() == "charset" and CHARSET_LABEL.match(label):
                charset = label
    return media_type, charset


def sniff(body: bytes) -> str:
    """The media type of a body the server didn't label usefully."""
    for magic, media_type in MAGIC:
        if body.startswith(magic):
            return media_type
    head = body[:1024]
    if b"\x00" in head and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "application/octet-stream"
    text = head.decode("utf-8", errors="replace")
    return "text/html" if looks_like_html(text) else "text/plain"


def host(url: str) -> str:
    try:
        return urlsplit(url).hostname or url
    except ValueError:
        return url


def phrase(status: int) -> str:
    try:
        return http.HTTPStatus(status).phrase
    except ValueError:
        return ""


def size(n: int) -> str:
    if n >= 1_000_000_000:
        return f"{n / 1_000_000_000:.3g} GB"
    if n >= 1_000_000:
        return f"{n / 1_000_000:.3g} MB"
    if n >= 1_000:
        return f"{n / 1_000:.3g} kB"
    return f"{n} bytes"


_E = TypeVar("_E", bound=BaseException)


def find_in_chain(error: BaseException, kind: type[_E]) -> _E | None:
    """The first exception of ``kind`` among an error's causes, reasons and arguments."""
    pending: list[object] = [error]
    seen: set[int] = set()
    while pending:
        item = pending.pop()
        if id(item) in seen or not isinstance(item, BaseException):
            continue
        seen.add(id(item))
        if isinstance(item, kind):
            return item
        pending.extend(item.args)
        pending.extend((getattr(item, "reason", None), item.__cause__, item.__context__))
    return None


def reason(error: BaseException) -> str:
    """The innermost useful message of a wrapped exception, on one line."""
    inner: BaseException = error
    while True:
        nested = getattr(inner, "reason", None)
        if not isinstance(nested, BaseException):
            args = [arg for arg in inner.args if isinstance(arg, BaseException)]
            nested = args[0] if args else None
        if nested is None or nested is inner:
            break
        inner = nested
    text = str(inner) or type(inner).__name__
    return " ".join(text.split())[:200]


def tls_message(url: str, error: requests.exceptions.SSLError) -> str:
    """Why a TLS connection failed, in words: an untrusted certificate, plain HTTP, or other."""
    name = host(url)
    verify_error = find_in_chain(error, ssl.SSLCertVerificationError)
    if verify_error is not None:
        detail = getattr(verify_error, "verify_message", None) or "verification failed"
        return (
            f"The TLS certificate of {name} can't be trusted ({detail}). The site may be "
            "misconfigured or the connection intercepted; clipper won't fetch it."
        )
    why = reason(error)
    if "WRONG_VERSION_NUMBER" in why or "record layer failure" in why:
        # What OpenSSL says when the server answers a TLS hello in plain HTTP.
        return (
            f"{urlsplit(url).netloc} doesn't speak HTTPS ({why}). Check the URL: "
            "perhaps it should start with http:// or use another port."
        )
    return (
        f"Couldn't set up a secure (TLS) connection to {name} ({why}). "
        "The site's HTTPS may be misconfigured; try again later."
    )
