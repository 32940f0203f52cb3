"""Secrets that belong to the archive: the token of `clipper serve`."""

from __future__ import annotations

import secrets

from sqlite_utils import Database

from clipper.store.connection import writing

SERVE_TOKEN = "serve_token"


def serve_token(db: Database) -> str:
    """The archive's secret for state-changing web requests, made on first use."""
    row = db.execute("SELECT value FROM web_secrets WHERE name = ?", [SERVE_TOKEN]).fetchone()
    if row is not None:
        return str(row[0])
    with writing(db):
        # INSERT OR IGNORE: of two servers starting at once, the first one's token stands.
        db.execute(
            "INSERT OR IGNORE INTO web_secrets (name, value) VALUES (?, ?)",
            [SERVE_TOKEN, secrets.token_urlsafe(32)],
        )
    return str(
        db.execute("SELECT value FROM web_secrets WHERE name = ?", [SERVE_TOKEN]).fetchone()[0]
    )
