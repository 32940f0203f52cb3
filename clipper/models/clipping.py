"""A stored clipping, as the archive gives it back."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from clipper.models.highlights import Highlight
    from clipper.models.images import ImageInfo


@dataclass(frozen=True, slots=True)
class Clipping:
    """A stored clipping: an Article plus where it came from and when."""

    id: int
    url: str | None
    source: str
    title: str | None
    authors: list[str]
    byline: str | None
    published: str | None
    site_name: str | None
    lang: str | None
    excerpt: str | None
    text: str
    word_count: int
    clipped_at: str
    tags: list[str]
    modified: str | None = None
    section: str | None = None
    image: str | None = None
    canonical_url: str | None = None
    captions: list[str] = field(default_factory=list)
    kind: str = "html"
    encoding: str | None = None
    html: str = ""
    note: str | None = None
    corrections: dict[str, Any] = field(default_factory=dict)  # the user's fixes, by field
    near_duplicate_of: int | None = None  # the clipping whose text this one's resembles
    page_type: str | None = None  # "bot-check", "paywall"…: not an article, stored with --force
    archived_from: str | None = None  # the web archive's copy (or WARC file) it was clipped from
    archived_at: str | None = None  # when that copy was captured, ISO 8601
    images: list[ImageInfo] = field(default_factory=list)  # stored with --images, in page order
    highlights: list[Highlight] = field(default_factory=list)  # in reading order

    def to_json(self, *, include_html: bool = False) -> dict[str, Any]:
        data = asdict(self)
        if not include_html:
            data.pop("html")
        data["highlights"] = [h.to_json() for h in self.highlights]
        return data
