"""The one door to the database: open, migrate, store, read, search, curate, keep safe.

Nothing else in clipper constructs ``sqlite_utils.Database``; everything the rest of
clipper needs from the archive is imported from here. The names are looked up
in their modules on first use (PEP 562), so that ``from clipper.store import
open_light`` doesn't import what writing needs (sqlite-utils above all).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from clipper.store.batches import (
        batch_transaction,
        clipped_file_sizes,
        compress_body,
        find_clipping,
        find_same_file,
        near_duplicate,
        remember_page,
        seen_page,
        site_pages,
        tune_for_batch,
    )
    from clipper.store.clippings import (
        content_hash,
        count_clippings,
        get_clipping,
        get_raw,
        list_clippings,
        save_clipping,
        source_key,
    )
    from clipper.store.connection import (
        BUSY_RETRIES,
        BUSY_TIMEOUT_MS,
        open_db,
        open_light,
        writing,
    )
    from clipper.store.curation import (
        CORRECTABLE,
        all_ids,
        change_tags,
        delete_clippings,
        get_stored_page,
        set_corrections,
        set_note,
    )
    from clipper.store.derived import Derived, derive
    from clipper.store.fulltext import (
        HIGHLIGHT_END,
        HIGHLIGHT_START,
        PHRASE_COST,
        RANK_ALL_LIMIT,
        SNIPPET_MAX_WORDS,
        SORTS,
        search,
        snippet_around,
        stats,
    )
    from clipper.store.highlights import (
        add_highlight,
        delete_highlight,
        get_highlight,
        list_highlights,
        search_highlights,
    )
    from clipper.store.migrations import (
        FTS_COLUMNS,
        FTS_TOKENIZER,
        FTS_WEIGHTS,
        MIGRATIONS,
        m001_clippings,
        m002_fts,
        m003_cjk_search,
        m004_filter_indexes,
        m101_batch_duplicates,
        m201_curation,
        m301_title_index,
        m401_page_type,
        m501_seen_pages,
        m1901_highlights,
        m2001_stats_index,
    )
    from clipper.store.upkeep import (
        Check,
        backup_db,
        check_db,
    )

# Where each public name lives.
_HOME = {
    "batch_transaction": "batches",
    "clipped_file_sizes": "batches",
    "compress_body": "batches",
    "find_clipping": "batches",
    "find_same_file": "batches",
    "near_duplicate": "batches",
    "remember_page": "batches",
    "seen_page": "batches",
    "site_pages": "batches",
    "tune_for_batch": "batches",
    "content_hash": "clippings",
    "derive": "derived",
    "Derived": "derived",
    "count_clippings": "clippings",
    "get_clipping": "clippings",
    "get_raw": "clippings",
    "list_clippings": "clippings",
    "save_clipping": "clippings",
    "source_key": "clippings",
    "BUSY_RETRIES": "connection",
    "BUSY_TIMEOUT_MS": "connection",
    "open_db": "connection",
    "open_light": "connection",
    "writing": "connection",
    "CORRECTABLE": "curation",
    "all_ids": "curation",
    "change_tags": "curation",
    "delete_clippings": "curation",
    "get_stored_page": "curation",
    "set_corrections": "curation",
    "set_note": "curation",
    "HIGHLIGHT_END": "fulltext",
    "HIGHLIGHT_START": "fulltext",
    "PHRASE_COST": "fulltext",
    "RANK_ALL_LIMIT": "fulltext",
    "SNIPPET_MAX_WORDS": "fulltext",
    "SORTS": "fulltext",
    "search": "fulltext",
    "snippet_around": "fulltext",
    "stats": "fulltext",
    "FTS_COLUMNS": "migrations",
    "FTS_TOKENIZER": "migrations",
    "FTS_WEIGHTS": "migrations",
    "MIGRATIONS": "migrations",
    "m001_clippings": "migrations",
    "m002_fts": "migrations",
    "m003_cjk_search": "migrations",
    "m004_filter_indexes": "migrations",
    "m101_batch_duplicates": "migrations",
    "m201_curation": "migrations",
    "m301_title_index": "migrations",
    "m401_page_type": "migrations",
    "m501_seen_pages": "migrations",
    "Check": "upkeep",
    "backup_db": "upkeep",
    "check_db": "upkeep",
    "add_highlight": "highlights",
    "delete_highlight": "highlights",
    "get_highlight": "highlights",
    "list_highlights": "highlights",
    "search_highlights": "highlights",
    "m1901_highlights": "migrations",
    "m2001_stats_index": "migrations",
}

__all__ = [
    "BUSY_RETRIES",
    "BUSY_TIMEOUT_MS",
    "CORRECTABLE",
    "FTS_COLUMNS",
    "FTS_TOKENIZER",
    "FTS_WEIGHTS",
    "HIGHLIGHT_END",
    "HIGHLIGHT_START",
    "MIGRATIONS",
    "PHRASE_COST",
    "RANK_ALL_LIMIT",
    "SNIPPET_MAX_WORDS",
    "SORTS",
    "Check",
    "Derived",
    "add_highlight",
    "all_ids",
    "backup_db",
    "batch_transaction",
    "change_tags",
    "check_db",
    "clipped_file_sizes",
    "compress_body",
    "content_hash",
    "count_clippings",
    "delete_clippings",
    "delete_highlight",
    "derive",
    "find_clipping",
    "find_same_file",
    "get_clipping",
    "get_highlight",
    "get_raw",
    "get_stored_page",
    "list_clippings",
    "list_highlights",
    "m001_clippings",
    "m002_fts",
    "m003_cjk_search",
    "m004_filter_indexes",
    "m101_batch_duplicates",
    "m201_curation",
    "m301_title_index",
    "m401_page_type",
    "m501_seen_pages",
    "m1901_highlights",
    "m2001_stats_index",
    "near_duplicate",
    "open_db",
    "open_light",
    "remember_page",
    "save_clipping",
    "search",
    "search_highlights",
    "seen_page",
    "set_corrections",
    "set_note",
    "site_pages",
    "snippet_around",
    "source_key",
    "stats",
    "tune_for_batch",
    "writing",
]


def __getattr__(name: str) -> Any:
    home = _HOME.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"clipper.store.{home}"), name)
    globals()[name] = value  # found directly from now on
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_HOME})
