"""The values that flow between the stages.

Every result is a frozen dataclass; its field names are the JSON field names.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

# Control characters that mark the start and end of each match in a search
# snippet; they never occur in stored text (printable() removes them).
HIGHLIGHT = ("\x02", "\x03")


def count_words(text: str) -> int:
    """Words as a reader counts them: each CJK character is one, as word processors do."""
    from clipper.cjk import cjk_run

    runs = cjk_run()
    cjk = sum(len(run) for run in runs.findall(text))
    return len(runs.sub(" ", text).split()) + cjk


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


@dataclass(frozen=True, slots=True)
class Highlight:
    """A passage of a clipping the user kept, with an optional note.

    ``start`` and ``end`` are character offsets of the passage in the
    clipping's ``text``; both are None when the text changed (re-extraction,
    clipping the page again) and the passage is no longer in it: the
    highlight is kept, marked detached, never dropped.
    """

    id: int
    clipping_id: int
    passage: str
    note: str | None
    created_at: str
    start: int | None
    end: int | None

    @property
    def detached(self) -> bool:
        return self.start is None

    def to_json(self) -> dict[str, Any]:
        return {**asdict(self), "detached": self.detached}


@dataclass(frozen=True, slots=True)
class HighlightHit:
    """One highlight found by ``search --highlights``, with its clipping's title."""

    highlight: Highlight
    title: str | None
    snippet: str
    score: float

    def to_json(self) -> dict[str, Any]:
        """The highlight's fields, its clipping's title and the snippet (see SearchHit)."""
        return {**self.highlight.to_json(), "title": self.title, "snippet": plain_snippet(self.snippet)}


@dataclass(frozen=True, slots=True)
class SearchHit:
    """One search result: the clipping's summary and a highlighted snippet."""

    id: int
    title: str | None
    url: str | None
    source: str
    site_name: str | None
    published: str | None
    clipped_at: str
    snippet: str
    score: float

    def to_json(self) -> dict[str, Any]:
        """Its fields, the snippet's matches wrapped in ** as in Markdown."""
        return {**asdict(self), "snippet": plain_snippet(self.snippet)}


def plain_snippet(snippet: str) -> str:
    """A snippet for JSON: its matches wrapped in ** as in Markdown, control characters out."""
    from clipper.untrusted import printable

    start, end = HIGHLIGHT
    return printable(snippet.replace(start, "**").replace(end, "**"))


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


@dataclass(frozen=True, slots=True)
class Filters:
    """What ``list`` and ``search`` narrow results by; every field is optional.

    ``since`` and ``until`` are ISO days (``until`` excluded) compared with the
    published date, or the clipped date when the page gave none.
    """

    site: str | None = None
    author: str | None = None
    tags: tuple[str, ...] = ()
    since: str | None = None
    until: str | None = None
    lang: str | None = None


@dataclass(frozen=True, slots=True)
class Stats:
    """What ``clipper stats`` reports."""

    clippings: int
    words: int
    by_site: list[tuple[str, int]]
    by_month: list[tuple[str, int]]
    db_bytes: int
    images: int = 0  # distinct images stored (clip --images)
    image_bytes: int = 0  # their size, as stored


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
class FeedSource:
    """A followed feed or sitemap, with what its updates found.

    ``state`` is ``ok``, ``paused``, ``new`` (never checked) or the last
    error in one line; ``clipped`` counts its entries stored as clippings.
    """

    id: int
    name: str
    url: str
    kind: str | None
    title: str | None
    site_url: str | None
    tags: list[str]
    paused: bool
    added_at: str
    checked_at: str | None
    last_new_at: str | None
    error: str | None
    entries: int = 0
    clipped: int = 0
    pending: int = 0

    @property
    def state(self) -> str:
        if self.error:
            return self.error
        if self.paused:
            return "paused"
        return "ok" if self.checked_at else "new"

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["state"] = self.state
        return data
