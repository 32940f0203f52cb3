"""A clipping's images: as stored, and as handed to storing."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class ImageInfo:
    """One image of a clipping as stored: the address the article gives it, and its file.

    ``src`` is the ``src`` of the ``<img>`` in the clipping's HTML; ``sha256``
    names the image's bytes (shared by every clipping that shows the same
    image); ``kind`` is what its bytes are: jpeg, png, gif, webp, avif or svg.
    """

    src: str
    sha256: str
    kind: str
    size: int
    width: int | None = None
    height: int | None = None
    alt: str | None = None


@dataclass(frozen=True, slots=True)
class ImageFile:
    """An image to store with a clipping: its checked bytes and where the article shows it."""

    src: str
    kind: str
    body: bytes
    width: int | None = None
    height: int | None = None
    alt: str | None = None

    @property
    def sha256(self) -> str:
        import hashlib

        return hashlib.sha256(self.body).hexdigest()
