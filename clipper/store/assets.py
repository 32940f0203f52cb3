"""A clipping's images in the archive: one row per distinct image, linked to the clippings.

Images are named by the SHA-256 of their bytes, so the same photo shown by
several clippings is stored once; deleting the last clipping that shows an
image deletes the image (a trigger of migration m1801_images).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from clipper.errors import ClippingNotFound
from clipper.store.connection import utc_now, writing

if TYPE_CHECKING:
    from sqlite_utils import Database

    from clipper.models import ImageFile, ImageInfo
    from clipper.store.connection import Archive


def save_images(db: Database, clipping_id: int, images: Sequence[ImageFile]) -> list[ImageInfo]:
    """Link these images to the clipping, in this order, replacing its earlier links.

    Inside an open transaction (as :func:`save_clipping` runs) this is part of
    it: the clipping and its images are stored together or not at all.
    """
    now = utc_now()
    with writing(db):
        db.execute("DELETE FROM clipping_images WHERE clipping_id = ?", [clipping_id])
        seen: set[str] = set()
        for position, image in enumerate(images):
            if image.src in seen:
                continue
            seen.add(image.src)
            digest = image.sha256
            db.execute(
                "INSERT OR IGNORE INTO images (sha256, kind, width, height, size, body, stored_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                [digest, image.kind, image.width, image.height, len(image.body), image.body, now],
            )
            db.execute(
                "INSERT INTO clipping_images (clipping_id, position, src, sha256, alt) "
                "VALUES (?, ?, ?, ?, ?)",
                [clipping_id, position, image.src, digest, image.alt],
            )
    return images_for(db, [clipping_id])[clipping_id]


def images_for(db: Archive, ids: Iterable[int]) -> dict[int, list[ImageInfo]]:
    """Each clipping's images, in page order (no bytes)."""
    wanted = list(ids)
    found: dict[int, list[ImageInfo]] = {i: [] for i in wanted}
    if not wanted:
        return found
    marks = ",".join("?" * len(wanted))
    rows = db.execute(
        "SELECT l.clipping_id, l.src, l.sha256, i.kind, i.size, i.width, i.height, l.alt "
        "FROM clipping_images l JOIN images i ON i.sha256 = l.sha256 "
        f"WHERE l.clipping_id IN ({marks}) ORDER BY l.clipping_id, l.position",
        wanted,
    )
    from clipper.models import ImageInfo

    for cid, src, digest, kind, size, width, height, alt in rows:
        found[cid].append(ImageInfo(src, digest, kind, size, width, height, alt))
    return found


def get_image(db: Archive, sha256: str) -> bytes:
    """An image's bytes by their hash."""
    row = db.execute("SELECT body FROM images WHERE sha256 = ?", [sha256]).fetchone()
    if row is None:
        raise ClippingNotFound(f"No image {sha256[:12]}… in the archive.")
    return bytes(row[0])


def image_totals(db: Archive) -> tuple[int, int]:
    """How many distinct images the archive holds, and their bytes."""
    count, size = db.execute("SELECT count(*), coalesce(sum(size), 0) FROM images").fetchone()
    return int(count), int(size)


def check_images(db: Database) -> tuple[bool, str]:
    """Whether every image's bytes still hash to its name, and every link finds its image.

    Reads one image at a time, so an archive of many images is checked in
    bounded memory.
    """
    from hashlib import sha256  # here: reading commands never hash

    bad: list[str] = []
    count = 0
    for digest, body, size in db.execute("SELECT sha256, body, size FROM images"):
        count += 1
        data = bytes(body or b"")
        if sha256(data).hexdigest() != digest or len(data) != size:
            bad.append(digest[:12])
    dangling = db.execute(
        "SELECT count(*) FROM clipping_images l "
        "WHERE NOT EXISTS (SELECT 1 FROM images i WHERE i.sha256 = l.sha256) "
        "OR NOT EXISTS (SELECT 1 FROM clippings c WHERE c.id = l.clipping_id)"
    ).fetchone()[0]
    problems = []
    if bad:
        problems.append(
            f"{len(bad)} of {count} images don't match their hash ({', '.join(bad[:5])})"
        )
    if dangling:
        problems.append(f"{dangling} image links point to nothing")
    if problems:
        return False, "; ".join(problems)
    if count == 1:
        return True, "1 image, matching its hash"
    return True, f"{count:,} images, each matching its hash"
