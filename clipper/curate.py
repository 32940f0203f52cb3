"""Looking after the archive: tags, notes, corrections, deleting and re-extracting.

This module checks what the user typed and drives the database door
(:mod:`clipper.db`); single writes (a tag, a note) go from the CLI to the door
directly. Re-extraction runs the decode and extract stages on the stored raw
bytes, so nothing here touches the network.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import datetime
from typing import TYPE_CHECKING, Any, Literal

from clipper.errors import ClipperError, EmptyTitle, UsageError
from clipper.untrusted import printable

if TYPE_CHECKING:
    from sqlite_utils import Database

    from clipper.models import Article, Clipping, Decoded, StoredPage

# A re-extraction with fewer words than this share of the stored text is
# treated as a regression (a changed page layout rule, a detection gone wrong)
# and is not stored without --force.
MIN_WORD_RATIO = 0.5

_PARTIAL_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


# --- checking what the user typed ------------------------------------------------


def clean_tags(tags: Iterable[str]) -> list[str]:
    """Tags as stored: one line, no control characters, single spaces; empty is an error."""
    cleaned: list[str] = []
    for tag in tags:
        value = printable(tag, single_line=True)
        if not value:
            raise UsageError(f"{tag!r} is not a tag: give some text.")
        if value not in cleaned:
            cleaned.append(value)
    return cleaned


def clean_published(value: str) -> str:
    """Accept 2025, 2025-03, 2025-03-03 or an ISO 8601 date and time."""
    text = value.strip()
    if _PARTIAL_DATE.match(text):
        return text
    try:
        datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise UsageError(
            f"Can't read the date {value!r}: use 2025-03-03, 2025-03, 2025 or "
            "2025-03-03T17:04:00+01:00."
        ) from None
    return text


def corrections_from(
    current: dict[str, Any],
    *,
    title: str | None,
    authors: list[str] | None,
    published: str | None,
    reset: Iterable[str] = (),
) -> dict[str, Any]:
    """The clipping's corrections after this edit: new values win, reset fields go."""
    merged = {k: v for k, v in current.items() if k not in set(reset)}
    if title is not None:
        cleaned = printable(title, single_line=True)
        if not cleaned:
            raise EmptyTitle("A title can't be empty.")
        merged["title"] = cleaned
    if authors is not None:
        merged["authors"] = [a for a in (printable(x, single_line=True) for x in authors) if a]
    if published is not None:
        merged["published"] = clean_published(published)
    return merged


# --- re-extraction -----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Change:
    """One field that re-extraction changed."""

    field: str
    before: Any
    after: Any


# What re-extracting one clipping did (see Reextraction); also its JSON "status".
ReextractStatus = Literal["updated", "unchanged", "kept", "failed"]


@dataclass(frozen=True, slots=True)
class Reextraction:
    """What re-extracting one clipping did.

    ``status`` is ``updated`` (stored, with ``changes``), ``unchanged``,
    ``kept`` (the new extraction looked worse, so the old one stays; see
    ``reason``) or ``failed`` (the stored page can't be read again).
    """

    id: int
    title: str | None
    status: ReextractStatus
    changes: tuple[Change, ...] = ()
    reason: str | None = None
    empty: bool = False  # the new extraction had no text: not stored even with --force
    # Highlights whose passage the new text no longer holds: kept, detached.
    detached: tuple[int, ...] = ()


def rebuild(stored: StoredPage) -> tuple[Article, Decoded]:
    """Decode and extract the stored page again with the current stages (pure)."""
    from clipper.pipeline import to_article
    from clipper.sources.decode import decode

    override = stored.encoding if stored.encoding_source == "override" else None
    decoded = decode(stored.page.body, declared=stored.page.charset, override=override)
    return to_article(stored.page, decoded), decoded


def regression(before_words: int, after: Article) -> str | None:
    """Why the new extraction is worse than the stored one, or None if it is not."""
    if not after.text.strip():
        return "the new extraction is empty"
    if before_words and after.word_count < before_words * MIN_WORD_RATIO:
        return (
            f"the new extraction has {after.word_count:,} words, "
            f"under half of the {before_words:,} stored"
        )
    return None


def _changes(before: Clipping, after: Clipping) -> tuple[Change, ...]:
    changes = [
        Change(name, getattr(before, name), getattr(after, name))
        for name in ("title", "authors", "published", "word_count")
        if getattr(before, name) != getattr(after, name)
    ]
    if before.text != after.text and not any(c.field == "word_count" for c in changes):
        changes.append(Change("text", "…", "…"))
    return tuple(changes)


def reextract(
    db: Database, clipping_id: int, *, force: bool = False, dry_run: bool = False
) -> Reextraction:
    """Rebuild one clipping from its raw bytes, keeping tags, note, corrections and dates.

    With ``dry_run`` nothing is stored: the result says what would change.
    """
    from clipper.pipeline import recall_site
    from clipper.store import get_clipping, get_stored_page, save_clipping

    before = get_clipping(db, clipping_id)
    stored = get_stored_page(db, clipping_id)
    try:
        article, decoded = rebuild(stored)
    except ClipperError as exc:
        return Reextraction(clipping_id, before.title, "failed", reason=str(exc))
    # a dump's lines that its site's other dumps repeat are furniture, as when clipping
    article = recall_site(db, article, decoded.text, stored.key)
    problem = regression(before.word_count, article)
    empty = not article.text.strip()
    if problem and (not force or empty):
        return Reextraction(clipping_id, before.title, "kept", reason=problem, empty=empty)
    if dry_run:
        fixed = before.corrections
        after = replace(
            before,
            title=fixed.get("title", article.title),
            authors=list(fixed.get("authors", article.authors)),
            published=fixed.get("published", article.published),
            word_count=article.word_count,
            text=article.text,
        )
        changes = _changes(before, after)
        status: ReextractStatus = "updated" if changes else "unchanged"
        from clipper.highlights import reanchor

        anchored = [h for h in before.highlights if not h.detached]
        lost = tuple(
            h.id
            for h, where in zip(
                anchored, reanchor(article.text, [h.passage for h in anchored]), strict=True
            )
            if where is None
        )
        return Reextraction(clipping_id, after.title, status, changes, problem, detached=lost)
    # Tags, a note or a date read from the page again would undo the user's own
    # changes since, so only the extraction itself is replaced.
    article = replace(article, tags=(), note=None, clipped_at=None, corrected=())
    saved = save_clipping(
        db,
        article,
        stored.page,
        key=stored.key,
        url=stored.url,
        encoding=decoded.encoding,
        encoding_source=decoded.encoding_source,
    )
    after = saved.clipping
    changes = _changes(before, after)
    # Only those this extraction lost: one detached before stays detached, said once.
    was_detached = {h.id for h in before.highlights if h.detached}
    lost = tuple(h.id for h in saved.detached if h.id not in was_detached)
    return Reextraction(
        clipping_id,
        after.title,
        "updated" if changes else "unchanged",
        changes,
        problem,
        detached=lost,
    )


def edit(
    db: Database,
    clipping_id: int,
    *,
    title: str | None = None,
    authors: list[str] | None = None,
    published: str | None = None,
    reset: Iterable[str] = (),
) -> Clipping:
    """Correct a clipping's metadata; ``reset`` fields go back to what the page says."""
    from clipper.store import CORRECTABLE, get_clipping, get_stored_page, set_corrections

    reset = list(CORRECTABLE) if "all" in reset else list(dict.fromkeys(reset))
    current = get_clipping(db, clipping_id)
    corrections = corrections_from(
        current.corrections, title=title, authors=authors, published=published, reset=reset
    )
    restore = None
    if reset:
        # The page's own values are not kept beside the corrections, so they are
        # read again from the stored page: no network, same as reextract.
        restore, _ = rebuild(get_stored_page(db, clipping_id))
    return set_corrections(db, clipping_id, corrections, restore=restore, fields=reset)


def reextract_many(
    db: Database, ids: Iterable[int] | None, *, force: bool = False, dry_run: bool = False
) -> Iterator[Reextraction]:
    """Rebuild the clippings with these ids (None: every one), each once, in the order given.

    Every id is looked up before anything is rebuilt, so an unknown one raises
    ClippingNotFound with nothing changed. The results come one by one, as each
    clipping is done.
    """
    from clipper.store import all_ids, get_clipping

    chosen = all_ids(db) if ids is None else list(dict.fromkeys(ids))
    for clipping_id in chosen:
        get_clipping(db, clipping_id)
    return (reextract(db, i, force=force, dry_run=dry_run) for i in chosen)
