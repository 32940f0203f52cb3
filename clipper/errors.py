"""The project's error types and exit codes.

Core code raises a subclass of :class:`ClipperError` whose message says what
happened and what to do; the CLI turns it into one line on stderr and the
exit code the class carries. Nothing else maps errors to exit codes.
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


class QueryError(UsageError):
    """A search query (with --raw) that FTS5 can't parse."""


class PassageNotFound(ClipperError):
    """A passage to highlight is not in the clipping's text."""

    exit_status = ExitStatus.NOT_FOUND


class HighlightNotFound(ClipperError):
    """No highlight has the id the user gave."""

    exit_status = ExitStatus.NOT_FOUND
