"""File names for exported clippings that are safe on every OS, whatever the title (pure).

A name comes from a template (``{published}-{slug}`` by default) and is then
made safe: no path separators or traversal, none of the characters Windows
forbids, no control characters, no leading dot (hidden files, ``..``), no
trailing dot or space (Windows drops them), not a reserved device name (CON,
NUL, COM1 …, with any extension), at most :data:`MAX_STEM_BYTES` bytes of
UTF-8, and unique within its folder ignoring case (macOS and Windows do).
"""

from __future__ import annotations

import re
import string
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from clipper.errors import UsageError
from clipper.export.options import DEFAULT_TEMPLATE

if TYPE_CHECKING:  # only for annotations: keeps `clipper --help` light
    from clipper.models import Clipping

TEMPLATE_FIELDS = ("id", "slug", "published", "site")
# Room for "-NNN" and an extension inside the usual 255-byte name limit, and
# short enough that deep folders on Windows stay under its path limits.
MAX_STEM_BYTES = 100
MAX_SLUG_BYTES = 80
FALLBACK_STEM = "untitled"

# Windows device names: reserved in any case, with or without an extension.
RESERVED_NAMES = frozenset(
    {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$", "CLOCK$"}
    | {f"{dev}{n}" for dev in ("COM", "LPT") for n in (*"0123456789", "¹", "²", "³")}
)
# Controls (C0, DEL, C1), what Windows forbids in names, and both separators.
_UNSAFE = re.compile(r'[\x00-\x1f\x7f-\x9f<>:"/\\|?*]')
_NOT_WORD = re.compile(r"[^\w]+")
_APOSTROPHES = re.compile(r"['’ʼ`]")
_DASHES = re.compile(r"-{2,}")
# Unicode format and invisible characters (bidi overrides, zero-width joiners).
_INVISIBLE = frozenset({"Cf", "Cc", "Cs", "Co", "Cn"})


def _truncate(text: str, max_bytes: int) -> str:
    """Cut to at most ``max_bytes`` of UTF-8 without splitting a character."""
    data = text.encode("utf-8")
    if len(data) <= max_bytes:
        return text
    return data[:max_bytes].decode("utf-8", "ignore")


def _visible(text: str) -> str:
    return "".join(ch for ch in text if unicodedata.category(ch) not in _INVISIBLE)


def slugify(text: str | None, *, max_bytes: int = MAX_SLUG_BYTES) -> str:
    """Lower-case words of any script joined by hyphens; empty when there are none.

    >>> slugify("Putin Looks to Play on U.S.-Japan Jitters")
    'putin-looks-to-play-on-u-s-japan-jitters'
    """
    if not text:
        return ""
    cleaned = _visible(unicodedata.normalize("NFKC", text)).lower()
    cleaned = _APOSTROPHES.sub("", cleaned)
    slug = _NOT_WORD.sub("-", cleaned).replace("_", "-")
    slug = _DASHES.sub("-", slug).strip("-")
    return _truncate(slug, max_bytes).strip("-")


def safe_stem(name: str, *, max_bytes: int = MAX_STEM_BYTES) -> str:
    """Make any text a file name (without extension) that every OS accepts as is."""
    cleaned = _visible(unicodedata.normalize("NFC", name))
    cleaned = _UNSAFE.sub("-", cleaned)
    cleaned = " ".join(cleaned.split())
    cleaned = _DASHES.sub("-", cleaned)
    cleaned = _truncate(cleaned, max_bytes)
    # Leading dots hide files or climb folders; trailing dots and spaces vanish on Windows.
    cleaned = cleaned.lstrip(". -").rstrip(". ")
    if not cleaned:
        return FALLBACK_STEM
    if cleaned.split(".")[0].strip().upper() in RESERVED_NAMES:
        cleaned = f"_{cleaned}"
    return cleaned


def check_template(template: str) -> None:
    """Refuse a template with unknown fields, formats or a folder in it."""
    try:
        parsed = list(string.Formatter().parse(template))
    except ValueError as exc:
        raise UsageError(f"Can't read the name template {template!r}: {exc}.") from None
    for _, field, spec, conversion in parsed:
        if field is None:
            continue
        if field not in TEMPLATE_FIELDS or spec or conversion:
            known = " ".join("{" + f + "}" for f in TEMPLATE_FIELDS)
            raise UsageError(
                f"Unknown field {{{field}}} in the name template {template!r}; use {known}."
            )
    if not any(field for _, field, _, _ in parsed):
        raise UsageError(
            f"The name template {template!r} has no field, so every file would get the "
            "same name; use {slug} or {id}."
        )


def _day(value: str | None) -> str:
    return (value or "")[:10]


def template_values(clipping: Clipping) -> dict[str, str]:
    from urllib.parse import urlsplit

    host = urlsplit(clipping.url).hostname if clipping.url else None
    return {
        "id": str(clipping.id),
        "slug": slugify(clipping.title) or f"clipping-{clipping.id}",
        "published": _day(clipping.published) or _day(clipping.clipped_at),
        "site": slugify(clipping.site_name) or slugify((host or "").removeprefix("www.")),
    }


def file_stem(clipping: Clipping, template: str = DEFAULT_TEMPLATE) -> str:
    """The clipping's file name without extension, from the template, made safe."""
    check_template(template)
    name = template.format(**template_values(clipping))
    return safe_stem(name.strip("-_ "))


class NameAllocator:
    """Hands out names unique within one folder: existing files and earlier names count.

    Names are compared case-folded and NFC-normalised, as case-insensitive and
    normalising file systems (macOS, Windows) would. A file already there is
    taken over only when ``reuse`` says it is the same clipping exported
    before, so exporting again refreshes files instead of adding copies.
    """

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._claimed: set[str] = set()
        self._existing: dict[str, str] = {}
        if folder.is_dir():
            self._existing = {_key(p.name): p.name for p in folder.iterdir()}

    def allocate(
        self, stem: str, extension: str, reuse: Callable[[Path], bool] | None = None
    ) -> Path:
        candidate = f"{stem}{extension}"
        n = 2
        while True:
            key = _key(candidate)
            if key not in self._claimed:
                on_disk = self._existing.get(key)
                if on_disk is None and not (self.folder / candidate).exists():
                    break
                if on_disk is not None and reuse is not None and reuse(self.folder / on_disk):
                    candidate = on_disk
                    break
            candidate = f"{stem}-{n}{extension}"
            n += 1
        self._claimed.add(key)
        return self.folder / candidate


def _key(name: str) -> str:
    return unicodedata.normalize("NFC", name).casefold()
