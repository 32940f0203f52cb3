"""The orchestration: source -> page -> text -> article -> stored clipping.

This is the only module that knows the order of the stages; each stage is a
function in its own module.
"""

from __future__ import annotations

import functools
import sys
from dataclasses import dataclass
from typing import TYPE_CHECKING, BinaryIO

from clipper.errors import NotAnArticle, RefusedPage
from clipper.limits import DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT

if TYPE_CHECKING:
    from pathlib import Path

    from sqlite_utils import Database

    from clipper.assets.collect import Collected
    from clipper.sources.hosts import HostLimiter

from clipper.models import Article, Decoded, Page, SaveResult


@dataclass(frozen=True, slots=True)
class ClipOptions:
    """How to read and fetch a source."""

    timeout: float = DEFAULT_TIMEOUT
    max_bytes: int = DEFAULT_MAX_BYTES
    encoding: str | None = None  # the user's override
    user_agent: str | None = None
    force: bool = False  # store pages that are not articles (marked with their page_type)
    images: bool = False  # also store the images the article shows (clipper.assets)
    archived: bool = False  # a page gone for good is clipped from a web archive's copy
    delay: float = 0.5  # seconds between requests to one host (images, batches)
    render: bool = False  # load URLs in a headless browser (clipper.sources.render)
    browser_path: str | None = None  # the browser to render with; None: look for one


@dataclass(frozen=True, slots=True)
class Prepared:
    """Everything known about a source before it is stored."""

    page: Page
    decoded: Decoded
    article: Article
    key: str
    url: str | None


def read_page(source: str, options: ClipOptions, stdin: BinaryIO | None = None) -> Page:
    """Fetch a URL, read a file, or read stdin for ``-``."""
    from clipper.sources.urls import is_url

    if source == "-":
        from clipper.sources.read import read_stdin

        return read_stdin(stdin or sys.stdin.buffer, max_bytes=options.max_bytes)
    if is_url(source) and options.render:
        from clipper.sources.render import render

        return render(
            source,
            timeout=options.timeout,
            max_bytes=options.max_bytes,
            browser_path=options.browser_path,
            user_agent=options.user_agent,
        )
    if is_url(source):
        from clipper.errors import PageGone
        from clipper.sources.fetch import fetch

        try:
            return fetch(
                source,
                timeout=options.timeout,
                max_bytes=options.max_bytes,
                user_agent=options.user_agent,
            )
        except PageGone as gone:
            if not options.archived:
                raise
            return _archived_copy(source, gone, options)
    if "://" in source or source.lower().startswith(("javascript:", "mailto:", "data:")):
        from clipper.sources.urls import check_url

        check_url(source)  # raises a clear error for unsupported schemes
    from clipper.sources.warc import record_ref

    if (ref := record_ref(source)) is not None:
        from clipper.sources.warc import read_record

        return read_record(*ref, source, max_bytes=options.max_bytes)
    from clipper.sources.read import read_file

    return read_file(source, max_bytes=options.max_bytes)


def _archived_copy(source: str, gone: Exception, options: ClipOptions) -> Page:
    """The newest capture of a page that is gone, as the page at its original address."""
    from clipper.assets.archive import fetch_archived
    from clipper.errors import PageGone

    assert isinstance(gone, PageGone)
    body, content_type, charset, capture = fetch_archived(
        source,
        gone,
        timeout=options.timeout,
        max_bytes=options.max_bytes,
        user_agent=options.user_agent,
    )
    return Page(
        body=body,
        source=source,
        url=source,
        content_type=content_type,
        charset=charset,
        archived_from=capture.url,
        archived_at=capture.captured_at,
    )


def to_article(page: Page, decoded: Decoded) -> Article:
    """Choose the HTML, text-dump or exported-Markdown reader by content, then run it."""
    from clipper.sources.decode import looks_like_html

    if decoded.text.lstrip("\ufeff").startswith("---"):
        from clipper.export.frontmatter import to_article as from_markdown

        if (article := from_markdown(decoded.text)) is not None:
            return article
    if page.content_type in ("text/html", "application/xhtml+xml") or looks_like_html(decoded.text):
        from clipper.assets.embedded import replace_data_images
        from clipper.extract.html.article import extract

        try:
            # data: images (single-file pages) reach the extractor as short stand-ins
            return extract(replace_data_images(decoded.text), url=page.url)
        except RecursionError:
            # lxml stops nesting at 256 levels, but data inside a page (JSON-LD
            # arrays, say) can still be nested deeper than Python recurses.
            raise NotAnArticle(
                f"{_name(page)} is nested too deeply to read. Check that it is an article page."
            ) from None
    from clipper.extract.text.dump import parse_text_dump
    from clipper.untrusted import MAX_TEXT_LINES, count_lines

    if (lines := count_lines(decoded.text)) > MAX_TEXT_LINES:
        raise NotAnArticle(
            f"{_name(page)} has {lines:,} lines; clipper reads text dumps of up to "
            f"{MAX_TEXT_LINES:,}. Check that it is one article."
        )
    return parse_text_dump(decoded.text)


def prepare(source: str, options: ClipOptions, stdin: BinaryIO | None = None) -> Prepared:
    """Run every stage short of storing."""
    # 1. read or fetch the bytes
    return prepare_page(read_page(source, options, stdin), options)


def prepare_page(page: Page, options: ClipOptions, *, check: bool = True) -> Prepared:
    """Run the stages after reading: decode, extract, decide the page's identity.

    ``check=False`` skips the test for pages that are not articles: for a
    passage the reader selected, which is what they meant to keep.
    """
    from clipper.sources.decode import decode
    from clipper.sources.urls import canonical_url

    if not page.body.strip():
        raise NotAnArticle(f"{_name(page)} is empty: there is nothing to clip.")
    # 2. decode to text
    decoded = decode(page.body, declared=page.charset, override=options.encoding)
    # 3-4. strip chrome and extract the article with its metadata
    try:
        article = to_article(page, decoded)
    except NotAnArticle:
        # An empty result may still be recognisable (a sign-in page, a bot
        # check): say what it is rather than only that nothing was found.
        _check_is_article(page, decoded, Article(text="", html=""), options)
        raise
    if not article.text.strip():
        raise NotAnArticle(
            f"No article text found in {_name(page)}. If the page needs a browser, "
            "save it from there and clip the saved file."
        )
    # 5. refuse what is not an article (a bot check, a wall, an index) unless forced
    if check:
        article = _check_is_article(page, decoded, article, options)
    # 6. decide the page's identity: its canonical URL, else its bytes
    url = canonical_url(page.url, article.canonical_url) if page.url else None
    if url is None and _names_its_address(article):
        # A saved page (or an exported clipping read back in) is the page it
        # was saved from: clipping it again, or its URL, updates one clipping.
        url = canonical_url(article.canonical_url or "")
    from clipper.store import source_key

    return Prepared(page, decoded, article, source_key(page, url), url)


def page_fingerprint(page: Page, options: ClipOptions) -> str:
    """One hash of everything :func:`prepare_page` makes its result from.

    The page's bytes, what its transport said of them (final URL, media type,
    charset), the options that change what extraction makes of them, and the
    extractor itself (:func:`extractor_identity`: another build may extract the
    same bytes differently). Two pages with one fingerprint are extracted to the
    same key and text, but for a text dump's site memory, which grows with the
    archive.
    """
    import hashlib
    import json

    context: list[str | bool | None] = [
        extractor_identity(),
        page.url,
        page.content_type,
        page.charset,
    ]
    context += [options.encoding, options.force]
    digest = hashlib.sha256(json.dumps(context).encode("utf-8") + b"\0")
    digest.update(page.body)
    return "sha256:" + digest.hexdigest()


# The libraries whose code decides what a page's text is (decode, extract,
# clean): another version of one of them may read the same bytes differently.
EXTRACTION_LIBRARIES = ("readability-lxml", "lxml", "lxml-html-clean", "charset-normalizer")


@functools.cache
def extractor_identity() -> str:
    """What this clipper extracts with: its version and code, Python's, its libraries'.

    clipper's version changes only at a release, while its extraction rules
    change from one commit to the next and its libraries with an upgrade;
    any of these may give the same bytes another text, so each is part of
    the identity. Computed once a process (it reads clipper's own sources).
    """
    from importlib import metadata
    from pathlib import Path

    from clipper import __version__

    parts = [__version__, sys.version.split()[0], code_digest(Path(__file__).parent)]
    for name in EXTRACTION_LIBRARIES:
        try:
            parts.append(f"{name}=={metadata.version(name)}")
        except metadata.PackageNotFoundError:
            parts.append(f"{name} (not installed)")
    return " ".join(parts)


# The parts of clipper whose code decides what a page's text is: reading and
# decoding, both extract stages, reading exported notes back, and the models and
# safety rules they share. The command line and the store are left out, so that a
# changed help string does not make every batch extract its pages again.
EXTRACTION_CODE = (
    "sources",
    "extract",
    "export/frontmatter.py",
    "export/sanitize.py",
    "pipeline.py",
    "models",
    "untrusted.py",
    "limits.py",
    "cjk.py",
    "similar.py",
    "textdump.py",
    "assets/embedded.py",
)


def code_digest(package: Path) -> str:
    """A hash of the extraction code under ``package`` (see EXTRACTION_CODE)."""
    import hashlib

    digest = hashlib.sha256()
    for part in EXTRACTION_CODE:
        where = package / part
        paths = sorted(where.rglob("*.py")) if where.is_dir() else [where]
        for path in paths:
            if any(name.startswith(".") for name in path.relative_to(package).parts):
                continue  # an editor's lock or backup file, not a module
            try:
                body = path.read_bytes()
            except OSError:
                continue
            name = path.relative_to(package).as_posix()
            digest.update(name.encode("utf-8") + b"\0" + body + b"\0")
    return digest.hexdigest()


def clip(
    db: Database,
    source: str,
    options: ClipOptions,
    *,
    tags: tuple[str, ...] = (),
    stdin: BinaryIO | None = None,
) -> SaveResult:
    """Clip one source into the archive: nothing is stored unless every stage succeeds."""
    return store_prepared(db, prepare(source, options, stdin), tags=tags, options=options)


def clip_page(
    db: Database,
    page: Page,
    options: ClipOptions,
    *,
    tags: tuple[str, ...] = (),
    selection: bool = False,
) -> SaveResult:
    """Clip a page that arrived whole (from a browser): every stage after reading.

    ``selection``: the page holds only the passage the reader selected (see
    :func:`clipper.sources.browser.browser_page`), which is kept as it is;
    unless the page is in the archive already and its text holds the passage:
    then the passage becomes a highlight of that clipping, which stays whole.
    """
    prepared = prepare_page(page, options, check=not selection)
    if selection and (kept := _highlight_of_clipped(db, prepared, tags)) is not None:
        return kept
    return store_prepared(db, prepared, tags=tags, options=options)


def _highlight_of_clipped(
    db: Database, prepared: Prepared, tags: tuple[str, ...]
) -> SaveResult | None:
    """The selection kept as a highlight of the clipping of the same page, if that holds it."""
    from clipper.highlights import MAX_PASSAGE_CHARS, find_passage
    from clipper.store import (
        add_highlight,
        change_tags,
        find_clipping,
        get_clipping,
        list_highlights,
    )

    existing = find_clipping(db, key=prepared.key)
    passage = prepared.article.text.strip()
    if existing is None or not passage or len(passage) > MAX_PASSAGE_CHARS:
        return None
    clipping = get_clipping(db, existing)
    found = find_passage(clipping.text, passage)
    if found is None or found == (0, len(clipping.text)):
        return None  # not in it (the page changed), or all of it: clip anew as usual
    same = [h for h in list_highlights(db, existing) if (h.start, h.end) == found]
    highlight = same[0] if same else add_highlight(db, existing, passage)
    if tags:
        change_tags(db, existing, add=list(tags))
        clipping = get_clipping(db, existing)
    return SaveResult(clipping=clipping, created=False, highlight=highlight)


def store_prepared(
    db: Database,
    prepared: Prepared,
    *,
    tags: tuple[str, ...] = (),
    options: ClipOptions | None = None,
) -> SaveResult:
    """Store a prepared page: what its site's other dumps repeat dropped, then one transaction.

    With ``options.images``, the images its article shows are fetched first
    and stored in the same transaction.
    """
    from clipper.store import save_clipping, writing

    # 6b. a dump's lines that its site's other dumps repeat are furniture too
    article = recall_site(db, prepared.article, prepared.decoded.text, prepared.key)
    # 6c. with --images, the images the article shows (a failed one fails only itself)
    collected = gather_images(
        article.html, prepared.page, prepared.decoded.text, options or ClipOptions()
    )
    # 7. store text, metadata, tags, raw bytes and images in one transaction
    with writing(db):
        result = save_clipping(
            db,
            article,
            prepared.page,
            key=prepared.key,
            url=prepared.url,
            tags=tags,
            encoding=prepared.decoded.encoding,
            encoding_source=prepared.decoded.encoding_source,
        )
        return with_images(db, result, collected)


def gather_images(html: str, page: Page, text: str, options: ClipOptions) -> Collected | None:
    """The images of the article when the options ask for them (see clipper.assets.collect)."""
    if not options.images or page.content_type == "text/plain" or "<img" not in html:
        return None
    from clipper.assets.collect import ImageOptions, collect

    limiter = _host_limiter(options.delay)
    image_options = ImageOptions(timeout=options.timeout, user_agent=options.user_agent)
    return collect(html, page, text, image_options, limiter.slot)


def _host_limiter(delay: float) -> HostLimiter:
    import threading

    from clipper.batch import PER_HOST
    from clipper.sources.hosts import HostLimiter

    return HostLimiter(PER_HOST, delay, threading.Event())


def with_images(db: Database, result: SaveResult, collected: Collected | None) -> SaveResult:
    """Store the collected images with a clipping just saved (inside its transaction)."""
    if collected is None:
        return result
    from dataclasses import replace

    clipping = result.clipping
    if collected.images:
        # A clipping again whose images all fail keeps those it had.
        from clipper.store import save_images

        clipping = replace(clipping, images=save_images(db, clipping.id, collected.images))
    return replace(result, clipping=clipping, image_failures=collected.failures)


# Re-reading a dump with what the site's other pages repeat may drop furniture;
# should it drop more than this share of the words, the first reading stands.
SITE_MEMORY_MAX_LOSS = 0.2


def recall_site(db: Database, article: Article, text: str, key: str) -> Article:
    """Read a text dump again, knowing the lines its site's other dumps repeat.

    Only for text dumps whose site is known; the same article otherwise.
    """
    if article.kind != "text" or not article.site_name:
        return article
    from dataclasses import replace

    from clipper.extract.text.dump import parse_text_dump, repeated_lines
    from clipper.store import site_pages

    lines = repeated_lines(site_pages(db, article.site_name, exclude_key=key))
    if not lines:
        return article
    try:
        again = parse_text_dump(text, site_lines=lines)
    except NotAnArticle:
        return article
    if again.word_count < (1 - SITE_MEMORY_MAX_LOSS) * article.word_count:
        return article
    return replace(again, page_type=article.page_type)


def _check_is_article(
    page: Page, decoded: Decoded, article: Article, options: ClipOptions
) -> Article:
    from dataclasses import replace

    from clipper.extract.pagekind import not_an_article

    verdict = not_an_article(decoded.text, article)
    if verdict is None:
        return article
    if options.force and article.text.strip():
        return replace(article, page_type=verdict.label)
    hint = (
        "save the page from your browser and clip the saved file"
        if page.url
        else "if your browser shows the article, save it again once it has loaded "
        "(or copy its text) and clip that"
    )
    if options.force:  # forced, but there is no text at all to keep
        raise NotAnArticle(
            f"{_name(page)} looks like {verdict.description} and holds no text to store: {hint}."
        )
    raise RefusedPage(f"{_name(page)} looks like {verdict.description}, not an article: {hint}.")


def _names_its_address(article: Article) -> bool:
    """Whether a file's own declared address can stand for its identity.

    Only an article-level address: some sites declare their home page as the
    canonical URL of every page, which would make all their pages one clipping.
    """
    from urllib.parse import urlsplit

    from clipper.sources.urls import is_url

    address = article.canonical_url or ""
    return is_url(address) and urlsplit(address).path not in ("", "/")


def _name(page: Page) -> str:
    return "standard input" if page.source == "-" else page.source
