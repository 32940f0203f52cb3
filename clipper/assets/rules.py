"""Which images are the article's and which are furniture: rules as data.

The extractor has already cut most of a site's furniture away; these catch the
images that ride along inside an article's block: tracking pixels, share and
social icons, avatars, ad slots and site logos. Each pattern is matched against
the image's address (lower-cased); a match means "not the article's".
"""

from __future__ import annotations

import re

# The most images one clipping keeps, and the largest one (after any
# Content-Encoding is undone, or a data: URI decoded).
MAX_IMAGES = 50
MAX_IMAGE_BYTES = 10_000_000
# A raster image larger than this many pixels is refused unread: decoding it
# would take gigabytes (a pixel flood). The figure is Pillow's own default limit.
MAX_PIXELS = 89_478_485
# An image smaller than this on both sides is a tracking pixel, a spacer or an
# icon, not a picture of the article.
MIN_SIDE = 24
# The kinds of image kept, by what their bytes are.
KINDS = ("jpeg", "png", "gif", "webp", "avif", "svg")
EXTENSIONS = {
    "jpeg": ".jpg",
    "png": ".png",
    "gif": ".gif",
    "webp": ".webp",
    "avif": ".avif",
    "svg": ".svg",
}
MEDIA_TYPES = {
    "jpeg": "image/jpeg",
    "png": "image/png",
    "gif": "image/gif",
    "webp": "image/webp",
    "avif": "image/avif",
    "svg": "image/svg+xml",
}
# What clipper asks image servers for.
ACCEPT = "image/avif,image/webp,image/png,image/jpeg,image/gif,image/svg+xml;q=0.9,*/*;q=0.1"

# Addresses of images that are not the article's.
NOT_ARTICLE_IMAGES: tuple[re.Pattern[str], ...] = tuple(
    re.compile(pattern)
    for pattern in (
        r"(^|[/._-])(pixel|beacon|tracking|tracker|spacer|blank|transparent)([/._-]|$)",
        r"(^|[/._-])1x1([/._-]|$)",
        r"(^|[/._-])(logo|logos|sprite|sprites|favicon|avatar|avatars|gravatar)([/._-]|$)",
        r"(^|[/._-])(icon|icons|emoji|badge|badges)([/._-]|$)",
        r"(^|[/._-])(share|social|facebook|twitter|linkedin|pinterest|whatsapp)[/._-]",
        r"(^|[/._-])(ads?|adserver|advert|adverts|banner|banners|sponsor|sponsored)([/._-]|$)",
        r"(doubleclick|googlesyndication|google-analytics|scorecardresearch|quantserve)\.",
        r"(^|[/.])(facebook\.com/tr|pixel\.wp\.com|b\.scorecardresearch)",
        r"[?&](utm_[a-z]+|cb|rnd|random)=[^&]*(&|$).*\b(pixel|track)",
    )
)


def is_furniture(src: str) -> bool:
    """Whether an image's address says it is a tracker, an icon, a logo or an ad."""
    if src.lower().startswith("data:"):
        return False  # a data: image has no address to judge: its size decides
    lowered = src.lower()
    return any(p.search(lowered) for p in NOT_ARTICLE_IMAGES)
