"""A dead page's newest copy in a web archive (``clip --archived``).

clipper asks the Internet Archive's availability API, ``GET
{endpoint}?url=<the URL>``, and reads its standard answer::

    {"archived_snapshots": {"closest": {"available": true, "url": "…",
     "timestamp": "YYYYMMDDhhmmss", "status": "200"}}}

An empty ``archived_snapshots`` means the archive has no copy. The endpoint
is ``$CLIPPER_ARCHIVE_URL``, by default the Internet Archive's. A copy's
address in the Wayback form (``…/web/<timestamp>/<original URL>``) is fetched
as the page was captured (``<timestamp>id_``: without the archive's toolbar
and rewritten links); its images come from the same archive
(``<timestamp>im_``).
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass
from urllib.parse import urlencode

from clipper.errors import FetchError, PageGone
from clipper.limits import DEFAULT_TIMEOUT

DEFAULT_ENDPOINT = "https://archive.org/wayback/available"
ENDPOINT_VARIABLE = "CLIPPER_ARCHIVE_URL"
MAX_ANSWER_BYTES = 1_000_000
# "…/20200102030405/http://…" or with a modifier already ("…/20200102030405id_/…").
_WAYBACK = re.compile(r"^(?P<prefix>.+?/)(?P<ts>\d{14})(?:[a-z]{2}_)?/(?P<target>.+)$")
_TIMESTAMP = re.compile(r"^\d{14}$")


@dataclass(frozen=True, slots=True)
class Capture:
    """The archive's copy of a page: where to fetch it, when it was captured (ISO 8601, UTC)."""

    url: str
    captured_at: str


def endpoint() -> str:
    return os.environ.get(ENDPOINT_VARIABLE, "").strip() or DEFAULT_ENDPOINT


def find_capture(
    url: str, *, timeout: float = DEFAULT_TIMEOUT, user_agent: str | None = None
) -> Capture | None:
    """The newest usable capture of ``url``, or None when the archive has none.

    Raises FetchError when the archive itself can't be asked or answers
    something that isn't its API's answer.
    """
    from clipper.sources.fetch import fetch_resource

    where = endpoint()
    query = urlencode({"url": url})
    ask = f"{where}{'&' if '?' in where else '?'}{query}"
    try:
        answer = fetch_resource(
            ask,
            accept="application/json",
            timeout=timeout,
            max_bytes=MAX_ANSWER_BYTES,
            user_agent=user_agent,
        )
    except FetchError as exc:
        raise FetchError(f"Couldn't ask the web archive ({where}): {exc}") from None
    return parse_answer(answer.body, where)


def parse_answer(body: bytes, where: str = "the web archive") -> Capture | None:
    """The capture an availability answer names, None for no (usable) capture (pure)."""
    try:
        data = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise FetchError(
            f"The web archive ({where}) didn't answer in JSON; check {ENDPOINT_VARIABLE}."
        ) from None
    snapshots = data.get("archived_snapshots") if isinstance(data, dict) else None
    if not isinstance(snapshots, dict):
        raise FetchError(
            f"The web archive ({where}) answered without archived_snapshots; "
            f"check {ENDPOINT_VARIABLE}."
        )
    closest = snapshots.get("closest")
    if not isinstance(closest, dict) or closest.get("available") is False:
        return None
    address, stamp = closest.get("url"), str(closest.get("timestamp") or "")
    status = str(closest.get("status") or "200")
    if not isinstance(address, str) or not address.lower().startswith(("http://", "https://")):
        return None
    if not status.startswith("2") or not _TIMESTAMP.match(stamp):
        return None
    return Capture(address, iso_timestamp(stamp))


def iso_timestamp(stamp: str) -> str:
    """``20200102030405`` as ``2020-01-02T03:04:05Z``."""
    return f"{stamp[:4]}-{stamp[4:6]}-{stamp[6:8]}T{stamp[8:10]}:{stamp[10:12]}:{stamp[12:14]}Z"


def as_captured(capture_url: str) -> str:
    """The address of the page exactly as captured, when the archive's addresses say how."""
    return _variant(capture_url, "id_") or capture_url


def image_address(capture_url: str, image_url: str) -> str | None:
    """Where the same archive keeps an image of a captured page, if its addresses say."""
    found = _WAYBACK.match(capture_url)
    if found is None:
        return None
    return f"{found['prefix']}{found['ts']}im_/{image_url}"


def _variant(capture_url: str, modifier: str) -> str | None:
    found = _WAYBACK.match(capture_url)
    if found is None:
        return None
    return f"{found['prefix']}{found['ts']}{modifier}/{found['target']}"


def fetch_archived(
    url: str,
    gone: PageGone,
    *,
    timeout: float,
    max_bytes: int,
    user_agent: str | None,
) -> tuple[bytes, str | None, str | None, Capture]:
    """The newest capture of a page that is gone: its bytes, media type, charset and capture.

    Raises PageGone (with the original reason) when the archive has no copy,
    FetchError when the copy can't be fetched.
    """
    from clipper.sources.fetch import fetch

    capture = find_capture(url, timeout=timeout, user_agent=user_agent)
    if capture is None:
        raise PageGone(f"{gone} The web archive ({endpoint()}) has no copy of it either.")
    try:
        page = fetch(
            as_captured(capture.url), timeout=timeout, max_bytes=max_bytes, user_agent=user_agent
        )
    except FetchError as exc:
        raise FetchError(
            f"{url} is gone and its archived copy of {capture.captured_at[:10]} couldn't be "
            f"fetched: {exc}"
        ) from None
    return page.body, page.content_type, page.charset, capture
