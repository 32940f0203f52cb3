"""The user's corrections: what `clipper edit` may change, and keeping them over a new extraction."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from clipper.cjk import index_terms

if TYPE_CHECKING:
    from sqlite_utils import Database

    from clipper.models import Article

# What `clipper edit` can correct; a correction wins over every later extraction.
CORRECTABLE = ("title", "authors", "published")


def apply_corrections(row: dict[str, Any], corrections: dict[str, Any]) -> None:
    """Overlay the user's corrections on a row of extracted values (in place)."""
    if "title" in corrections:
        row["title"] = corrections["title"]
        row["title_cjk"] = index_terms(corrections["title"])
    if "authors" in corrections:
        authors = list(corrections["authors"])
        row["authors"] = json.dumps(authors, ensure_ascii=False)
        row["byline"] = ", ".join(authors) or None
    if "published" in corrections:
        row["published"] = corrections["published"]
        row["date_source"] = "corrected"


def keep_curation(
    db: Database, clipping_id: int | None, row: dict[str, Any], article: Article
) -> bool:
    """Make a save keep the user's corrections; take note, date and corrections from an import.

    Returns whether to keep the stored page: an export read back over the
    clipping of the page itself updates the clipping, but the page's own bytes
    stay, so that re-extraction still works from the original.
    """
    if article.corrected:
        # An exported clipping read back in says itself which values were corrected.
        values = {"title": article.title, "authors": list(article.authors),
                  "published": article.published}  # fmt: skip
        kept = {name: values[name] for name in article.corrected if name in values}
        row["corrections"] = json.dumps(kept, ensure_ascii=False)
    elif clipping_id is not None:
        found = db.execute(
            "SELECT corrections FROM clippings WHERE id = ?", [clipping_id]
        ).fetchone()
        apply_corrections(row, json.loads(found[0] or "{}") if found else {})
    if clipping_id is None and article.clipped_at:
        row["clipped_at"] = article.clipped_at
    if article.note is not None:
        row["note"] = article.note
    if clipping_id is None or article.kind != "markdown":
        return False
    stored = db.execute("SELECT kind FROM clippings WHERE id = ?", [clipping_id]).fetchone()
    if stored is None or stored[0] == "markdown":
        return False
    # What the row says about the page (its kind, its encoding) stays true of the kept page.
    row["kind"] = stored[0]
    row.pop("encoding", None)
    row.pop("encoding_source", None)
    return True
