"""Secrets that belong to the archive: the tokens of `clipper serve`.

Two of them. The bookmarklet's runs inside every page it clips, where that
page's scripts can read it, so it only lets a page be clipped; the token of
the server's own forms (tags, note, highlights, delete) never leaves the
server's pages.
"""

from __future__ import annotations

import secrets

from sqlite_utils import Database

from clipper.store.connection import writing

SERVE_TOKEN = "serve_token"
PAGE_TOKEN = "page_token"


def serve_token(db: Database) -> str:
    """The bookmarklet's secret: it lets a page be clipped, nothing else. Made on first use."""
    return _secret(db, SERVE_TOKEN)


def page_token(db: Database) -> str:
    """The secret of the server's own forms (every other change). Made on first use."""
    return _secret(db, PAGE_TOKEN)


def _secret(db: Database, name: str) -> str:
    row = db.execute("SELECT value FROM web_secrets WHERE name = ?", [name]).fetchone()
    if row is not None:
        return str(row[0])
    with writing(db):
        # INSERT OR IGNORE: of two servers starting at once, the first one's token stands.
        db.execute(
            "INSERT OR IGNORE INTO web_secrets (name, value) VALUES (?, ?)",
            [name, secrets.token_urlsafe(32)],
        )
    return str(db.execute("SELECT value FROM web_secrets WHERE name = ?", [name]).fetchone()[0])
