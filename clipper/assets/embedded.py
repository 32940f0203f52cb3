"""``data:`` images inside a page (single-file pages), and the stand-ins the extractor sees.

A page saved by SingleFile or as "Web page, complete" with inlined resources
carries its images as ``data:`` URIs, often megabytes of base64 each. Before
extraction each one is replaced by a short stand-in address naming the URI's
hash (``clipper-embedded:<sha256>``), so the extractor keeps the ``<img>``
with a ``src`` (it drops ``data:`` addresses) while reading a page a fraction
of the size. Collecting the images maps each stand-in back to its URI by
hashing the URIs of the same page text again: no state passes between the two.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import re
from urllib.parse import unquote_to_bytes

from clipper.assets.rules import MAX_IMAGE_BYTES

STAND_IN = "clipper-embedded:"
# A data: image URI in HTML text: a whole quoted attribute value (an SVG written
# out raw holds spaces, '<' and the other quote), else up to where a CSS url() ends.
_TYPE = r"data:image/[a-z0-9.+-]{1,40}[;,]"
DATA_IMAGE = re.compile(rf'"({_TYPE}[^"]*)"|\'({_TYPE}[^\']*)\'|({_TYPE}[^"\'\s<>)]*)', re.I)


def _uri(match: re.Match[str]) -> str:
    return next(group for group in match.groups() if group is not None)


def _replace(match: re.Match[str]) -> str:
    uri = _uri(match)
    whole = match.group(0)
    return whole.replace(uri, stand_in(uri), 1)


def stand_in(uri: str) -> str:
    return STAND_IN + hashlib.sha256(uri.encode("utf-8", "surrogatepass")).hexdigest()


def replace_data_images(text: str) -> str:
    """The page's text with each ``data:image/…`` URI replaced by its stand-in."""
    if "data:image/" not in text and "DATA:IMAGE/" not in text.upper():
        return text
    return DATA_IMAGE.sub(_replace, text)


def data_images(text: str) -> dict[str, str]:
    """Each stand-in of this page text, and the ``data:`` URI it stands for."""
    if "data:image/" not in text.lower():
        return {}
    return {stand_in(_uri(m)): _uri(m) for m in DATA_IMAGE.finditer(text)}


class BadDataUri(ValueError):
    """A data: URI that can't be decoded, or decodes to more than one image may be."""


def decode_data_uri(uri: str, max_bytes: int = MAX_IMAGE_BYTES) -> bytes:
    """The bytes of a ``data:`` URI (base64 or percent-encoded), within ``max_bytes``."""
    head, comma, payload = uri.partition(",")
    if not comma or not head.lower().startswith("data:"):
        raise BadDataUri("not a data: URI")
    if head.lower().endswith(";base64"):
        # Decoded base64 is three quarters of its length: too long is known unread.
        if len(payload) * 3 // 4 > max_bytes + 3:
            raise BadDataUri(f"decodes to more than the {max_bytes // 1_000_000} MB limit")
        try:
            padded = payload.strip() + "=" * (-len(payload.strip()) % 4)
            return base64.b64decode(unquote_to_bytes(padded), validate=False)
        except (binascii.Error, ValueError):
            raise BadDataUri("its base64 is damaged") from None
    if len(payload) > 3 * max_bytes:
        raise BadDataUri(f"decodes to more than the {max_bytes // 1_000_000} MB limit")
    body = unquote_to_bytes(payload)
    if len(body) > max_bytes:
        raise BadDataUri(f"decodes to more than the {max_bytes // 1_000_000} MB limit")
    return body
