"""The project's error types and exit codes.

Core code raises a subclass of :class:`ClipperError` whose message says what
happened and what to do; the CLI turns it into one line on stderr and the
exit code the class carries. Nothing else maps errors to exit codes.

Messages say what happened in the core's own words and never name a command-line
option: a front end that has one to suggest adds it by the error's type (the
CLI's hints are in ``clipper.cli.common``).
"""

from __future__ import annotations

from enum import IntEnum


class ExitStatus(IntEnum):
    """Every exit code clipper uses, in one place."""

    OK = 0
    ERROR = 1  # unexpected failure (a bug): shown with --traceback
    USAGE = 2  # bad arguments; also what click uses
    NOT_FOUND = 3  # unknown clipping id, missing file
    FETCH = 4  # network or HTTP failure
    NOT_ARTICLE = 5  # the input holds nothing that looks like an article
    DATABASE = 6  # the database can't be opened or written
    PARTIAL = 7  # a batch where some items failed
    WRITE = 8  # a file or folder clipper was asked to write can't be written
    INTERRUPTED = 130


class ClipperError(Exception):
    """Base class of every expected failure; the message is shown to the user."""

    exit_status: ExitStatus = ExitStatus.ERROR

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class UsageError(ClipperError):
    """The user asked for something that can't be done as asked."""

    exit_status = ExitStatus.USAGE


class SourceNotFound(ClipperError):
    """A file given as a source doesn't exist or can't be read."""

    exit_status = ExitStatus.NOT_FOUND


class ClippingNotFound(ClipperError):
    """No clipping has the id the user gave."""

    exit_status = ExitStatus.NOT_FOUND


class FeedNotFound(ClipperError):
    """No followed feed has the name or id the user gave."""

    exit_status = ExitStatus.NOT_FOUND


class FetchError(ClipperError):
    """Fetching a URL failed: DNS, connection, timeout, HTTP status, size, type."""

    exit_status = ExitStatus.FETCH


class PageGone(FetchError):
    """Fetching failed for good: the host doesn't resolve or answer, or the page is 404/410.

    What ``clip --archived`` looks up in a web archive instead.
    """


class NotAnArticle(ClipperError):
    """The input was read but holds nothing clipper can store as an article."""

    exit_status = ExitStatus.NOT_ARTICLE


class FeedError(ClipperError):
    """A feed, sitemap or OPML file can't be used: not one, malformed, hostile, too large."""

    exit_status = ExitStatus.NOT_ARTICLE


class DatabaseError(ClipperError):
    """The database can't be opened, migrated or written."""

    exit_status = ExitStatus.DATABASE


class AlreadyExists(UsageError):
    """A file clipper would write is there already, and replacing it wasn't asked for."""


class EmptyQuery(UsageError):
    """A search holds no word to look for."""


class EmptyTitle(UsageError):
    """A correction would leave a clipping without a title."""


class SelectionError(UsageError):
    """The clippings to work on were chosen in no way, or in several ways at once."""


class NeedsFolder(UsageError):
    """Several clippings were to be written as one file in a format of one clipping a file."""


class RefusedPage(NotAnArticle):
    """The page is of a kind that is not an article (a bot check, a sign-in, a paywall…)."""


class HighlightExists(UsageError):
    """The passage is highlighted in that clipping already."""


class EpubNeedsFile(UsageError):
    """An EPUB was asked for without a file to write it to."""


class BrowserNotFound(UsageError):
    """Rendering a page needs a Chromium or Chrome, and none is installed where it is sought."""


class NotRenderable(FetchError):
    """A page to render in the browser is not a web page (a PDF, an image…)."""


class RenderTimeout(FetchError):
    """The browser didn't finish rendering the page in time."""


class FeedNameTaken(UsageError):
    """Another followed feed has that name already."""


class UpdateRunning(DatabaseError):
    """Another ``feed update`` holds this archive's lock."""


class ArchiveUnusable(DatabaseError):
    """The archive's path can't hold clipper's archive: a folder, someone else's database…"""


class WriteError(ClipperError):
    """A file or folder clipper was asked to write (an export, a list of sources) can't be."""

    exit_status = ExitStatus.WRITE


class QueryError(UsageError):
    """A search query (with --raw) that FTS5 can't parse."""


class PassageNotFound(ClipperError):
    """A passage to highlight is not in the clipping's text."""

    exit_status = ExitStatus.NOT_FOUND


class HighlightNotFound(ClipperError):
    """No highlight has the id the user gave."""

    exit_status = ExitStatus.NOT_FOUND
