"""MHTML pages ("Save as: Webpage, single file" in Chromium browsers; .mht, .mhtml).

An MHTML file is a MIME ``multipart/related`` message: the page's HTML first,
then each resource it uses with its address (``Content-Location``) or its
``Content-ID``. It is read with the standard library's email parser and
turned into one HTML page whose images are ``data:`` URIs, which is what a
SingleFile page is: from there both are clipped alike, and the stored page
is self-contained, so re-extracting it later needs nothing else.
"""

from __future__ import annotations

import base64
import re
from email import message_from_bytes, policy
from email.message import EmailMessage, Message

from clipper.errors import NotAnArticle

SUFFIXES = (".mht", ".mhtml")
IMAGE_TYPES = frozenset(
    {"image/jpeg", "image/png", "image/gif", "image/webp", "image/avif", "image/svg+xml"}
)
MAX_PARTS = 5_000
_SRC = re.compile(r"""(\bsrc\s*=\s*)(["']?)([^"'\s>]+)\2""", re.I)


def looks_like_mhtml(name: str, body: bytes) -> bool:
    """Whether a file is MHTML: its name, or a MIME header opening it that says multipart/related."""
    if name.lower().endswith(SUFFIXES):
        return True
    head = body[:4096].lower()
    return (head.startswith((b"from:", b"mime-version:", b"content-type:", b"subject:", b"date:"))
            and b"multipart/related" in head)  # fmt: skip


def to_html(body: bytes, name: str) -> tuple[bytes, str | None, str | None]:
    """The page of an MHTML file as HTML bytes with its images inlined; its charset and address.

    Raises NotAnArticle when the file holds no HTML part.
    """
    message = message_from_bytes(body, policy=policy.compat32)
    if not message.is_multipart():
        raise NotAnArticle(f"{name} is not an MHTML page: it has no parts.")
    parts = [p for p in message.walk() if not p.is_multipart()][:MAX_PARTS]
    page = next(
        (p for p in parts if p.get_content_type() in ("text/html", "application/xhtml+xml")), None
    )
    if page is None:
        raise NotAnArticle(f"{name} is MHTML without an HTML page in it.")
    html = _payload(page)
    charset = page.get_content_charset()
    images: dict[str, str] = {}
    for part in parts:
        media = part.get_content_type()
        if part is page or media not in IMAGE_TYPES:
            continue
        data = _payload(part)
        uri = f"data:{media};base64,{base64.b64encode(data).decode('ascii')}"
        if location := (part.get("Content-Location") or "").strip():
            images[location] = uri
        if cid := (part.get("Content-ID") or "").strip().strip("<>"):
            images[f"cid:{cid}"] = uri
    text = html.decode(charset or "utf-8", errors="replace") if images else None
    if text is not None:
        inlined = _SRC.sub(lambda m: _inline(m, images), text)
        html, charset = inlined.encode("utf-8"), "utf-8"
    address = (
        message.get("Snapshot-Content-Location") or page.get("Content-Location") or ""
    ).strip()
    return html, charset, address if address.lower().startswith(("http://", "https://")) else None


def _inline(match: re.Match[str], images: dict[str, str]) -> str:
    uri = images.get(match.group(3).replace("&amp;", "&"))
    if uri is None:
        return match.group(0)
    return f'{match.group(1)}"{uri}"'


def _payload(part: Message | EmailMessage) -> bytes:
    data = part.get_payload(decode=True)
    return data if isinstance(data, bytes) else b""
