"""What the read, decode and extract stages hand on, and what storing answers."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from clipper.models import count_words

if TYPE_CHECKING:
    from clipper.models.clipping import Clipping
    from clipper.models.highlights import Highlight


@dataclass(frozen=True, slots=True)
class Stripped:
    """A piece of the page that was removed, and the rule that removed it."""

    text: str
    reason: str


@dataclass(frozen=True, slots=True)
class Article:
    """What the extract stage makes of one page: clean text plus metadata.

    ``html`` is the clean article as HTML (what the Markdown export renders);
    ``text`` is the body as plain text, paragraphs separated by blank lines,
    without captions. Dates are ISO 8601 strings or ``None``.
    """

    text: str
    html: str
    title: str | None = None
    authors: tuple[str, ...] = ()
    byline: str | None = None
    published: str | None = None
    modified: str | None = None
    date_source: str | None = None
    site_name: str | None = None
    lang: str | None = None
    excerpt: str | None = None
    image: str | None = None
    canonical_url: str | None = None
    section: str | None = None
    tags: tuple[str, ...] = ()
    captions: tuple[str, ...] = ()
    kind: str = "html"  # "html" or "text": what the page was
    page_type: str | None = None  # set when a non-article was stored with --force
    stripped: tuple[Stripped, ...] = field(default=(), compare=False)
    # Only an exported clipping read back in carries these (see clipper.frontmatter).
    note: str | None = None
    clipped_at: str | None = None
    corrected: tuple[str, ...] = ()  # fields whose values are the user's corrections
    highlights: tuple[tuple[str, str | None], ...] = ()  # (passage, note) read back

    @property
    def word_count(self) -> int:
        return count_words(self.text)


@dataclass(frozen=True, slots=True)
class Page:
    """What the read/fetch stage produces: bytes and where they came from."""

    body: bytes
    source: str  # what the user typed: a URL, a path, or "-"
    url: str | None = None  # the final URL after redirects, for fetched pages
    content_type: str | None = None  # the media type, lower-case, no parameters
    charset: str | None = None  # the charset the transport declared
    # A copy from a web archive (--archived, a WARC record): where and when it was captured.
    archived_from: str | None = None
    archived_at: str | None = None


@dataclass(frozen=True, slots=True)
class Decoded:
    """A page decoded to text, with the encoding chosen and why."""

    text: str
    encoding: str
    encoding_source: str  # "http", "bom", "meta", "detected", "override", "default"


@dataclass(frozen=True, slots=True)
class StoredPage:
    """A clipping's raw page as stored, with what identifies the clipping."""

    page: Page
    key: str
    url: str | None
    encoding: str | None
    encoding_source: str | None


@dataclass(frozen=True, slots=True)
class Fallbacks:
    """What a feed says of an entry: it fills only what the entry's page leaves empty."""

    title: str | None = None
    authors: tuple[str, ...] = ()
    published: str | None = None
    tags: tuple[str, ...] = ()  # the entry's categories

    def fill(self, article: Article) -> Article:
        """``article`` with its empty title, authors, date and tags taken from the feed."""
        from dataclasses import replace

        changes: dict[str, Any] = {}
        if not article.title and self.title:
            changes["title"] = self.title
        if not article.authors and self.authors:
            changes["authors"] = self.authors
            if not article.byline:
                changes["byline"] = ", ".join(self.authors)
        if not article.published and self.published:
            changes["published"] = self.published
            changes["date_source"] = "feed"
        if not article.tags and self.tags:
            changes["tags"] = self.tags
        return replace(article, **changes) if changes else article


@dataclass(frozen=True, slots=True)
class SaveResult:
    """What storing did: the clipping as stored, and whether it was new."""

    clipping: Clipping
    created: bool
    image_failures: tuple[str, ...] = ()  # one line per image that --images couldn't keep
    # Highlights whose passage the new text no longer holds (kept, detached).
    detached: list[Highlight] = field(default_factory=list)
    # A selection of a page clipped whole: kept as this highlight instead.
    highlight: Highlight | None = None
