"""The archive's schema: append-only migrations, applied in order by ``open_db``.

A migration, once released, is never edited; FTS5 arrives in its own migration.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from sqlite_utils import Database
    from sqlite_utils.migrations import Migrations

# bm25 weights per FTS column, in the order the FTS table declares them:
# a word in the title counts ten times one in the body. The *_cjk columns hold
# the bigrams of Chinese, Japanese and Korean text (see clipper.cjk).
FTS_COLUMNS = ("title", "byline", "text", "title_cjk", "text_cjk")
FTS_WEIGHTS = (10.0, 3.0, 1.0, 10.0, 1.0)
FTS_TOKENIZER = "porter unicode61 remove_diacritics 2"
# A clipping's date for filters and stats: published, else clipped (a row's columns
# unqualified, as an index on an expression needs them).
DATE_OF_ROW = "substr(coalesce(published, clipped_at), 1, 10)"

_Step = TypeVar("_Step", bound=Callable[..., None])


# What migrations that fill new columns call, imported when one runs: every
# command imports this module (for MIGRATIONS), few ever migrate.
def index_terms(text: str | None) -> str:
    from clipper.cjk import index_terms as terms

    return terms(text)


def sketch(text: str) -> tuple[int, ...]:
    from clipper.similar import sketch as make

    return make(text)


def store_sketch(db: Any, clipping_id: int, signature: tuple[int, ...]) -> None:
    from clipper.store.sketches import store_sketch as store

    store(db, clipping_id, signature)


class _LazyMigrations:
    """clipper's migrations, registered without importing sqlite-utils.

    Decorating a step (``@MIGRATIONS(name=...)``) only records it, so the
    reading path can compare the names with the archive's record of applied
    migrations (:func:`names`) at the cost of one query. Everything else
    (``pending``, ``applied``, ``apply``) is sqlite-utils' ``Migrations``,
    built with every recorded step the first time it is asked for.
    """

    def __init__(self, name: str) -> None:
        self.name = name
        self._steps: list[tuple[str, Callable[..., None], bool]] = []
        self._built: tuple[int, Migrations] | None = None

    def __call__(
        self, *, name: str | None = None, transactional: bool = True
    ) -> Callable[[_Step], _Step]:
        def record(step: _Step) -> _Step:
            step_name = name or step.__name__
            if step_name in self.names():
                raise ValueError(f"Migration {step_name!r} is registered twice")
            self._steps.append((step_name, step, transactional))
            return step

        return record

    def names(self) -> tuple[str, ...]:
        """The migrations' names, in the order they are applied."""
        return tuple(step_name for step_name, _, _ in self._steps)

    def _migrations_object(self) -> Migrations:
        if self._built is None or self._built[0] != len(self._steps):
            from sqlite_utils.migrations import Migrations

            built = Migrations(self.name)
            for step_name, step, transactional in self._steps:
                built(name=step_name, transactional=transactional)(step)
            self._built = (len(self._steps), built)
        return self._built[1]

    def __getattr__(self, attribute: str) -> Any:
        # Only for what isn't defined above: sqlite-utils' pending, applied, apply...
        if attribute.startswith("__") or attribute in ("name", "_steps", "_built"):
            raise AttributeError(attribute)
        return getattr(self._migrations_object(), attribute)


MIGRATIONS = _LazyMigrations("clipper")


@MIGRATIONS(name="m001_clippings")
def m001_clippings(db: Database) -> None:
    db.table("clippings").create(
        {
            "id": int,
            "source_key": str,  # what makes two clips "the same page"
            "url": str,
            "source": str,
            "title": str,
            "authors": str,  # JSON list
            "byline": str,
            "published": str,
            "modified": str,
            "date_source": str,
            "site_name": str,
            "lang": str,
            "excerpt": str,
            "image": str,
            "canonical_url": str,
            "section": str,
            "captions": str,  # JSON list
            "text": str,
            "html": str,
            "word_count": int,
            "kind": str,
            "encoding": str,
            "encoding_source": str,
            "content_hash": str,
            "clipped_at": str,
            "updated_at": str,
        },
        pk="id",
        not_null={"source_key", "source", "text", "html", "word_count", "clipped_at"},
    )
    db.table("clippings").create_index(["source_key"], unique=True)
    db.table("clippings").create_index(["clipped_at"])
    db.table("clipping_tags").create(
        {"clipping_id": int, "tag": str},
        pk=("clipping_id", "tag"),
        foreign_keys=[("clipping_id", "clippings", "id")],
    )
    db.table("clipping_tags").create_index(["tag"])
    db.table("raw_sources").create(
        {
            "clipping_id": int,
            "body": bytes,  # zlib-compressed bytes exactly as read or fetched
            "content_type": str,
            "charset": str,
            "final_url": str,
            "size": int,
        },
        pk="clipping_id",
        foreign_keys=[("clipping_id", "clippings", "id")],
    )


@MIGRATIONS(name="m002_fts")
def m002_fts(db: Database) -> None:
    db.table("clippings").enable_fts(
        ["title", "byline", "text"],
        create_triggers=True,
        tokenize="porter unicode61 remove_diacritics 2",
    )


@MIGRATIONS(name="m003_cjk_search")
def m003_cjk_search(db: Database) -> None:
    table = db.table("clippings")
    table.add_column("title_cjk", str)
    table.add_column("text_cjk", str)
    for cid, title, text in db.execute("SELECT id, title, text FROM clippings").fetchall():
        db.execute(
            "UPDATE clippings SET title_cjk = ?, text_cjk = ? WHERE id = ?",
            [index_terms(title), index_terms(text), cid],
        )
    table.disable_fts()
    table.enable_fts(list(FTS_COLUMNS), create_triggers=True, tokenize=FTS_TOKENIZER)
    db.execute("INSERT INTO clippings_fts (clippings_fts) VALUES ('rebuild')")


@MIGRATIONS(name="m004_filter_indexes")
def m004_filter_indexes(db: Database) -> None:
    db.table("clippings").create_index(["site_name"])
    db.table("clippings").create_index(["published"])


@MIGRATIONS(name="m201_curation")
def m201_curation(db: Database) -> None:
    # The user's own words and fixes live beside the extraction, so
    # re-extracting or re-clipping a page never loses them.
    table = db.table("clippings")
    table.add_column("note", str)
    table.add_column("corrections", str)  # JSON object


@MIGRATIONS(name="m101_batch_duplicates")
def m101_batch_duplicates(db: Database) -> None:
    # Batches skip what is already archived (by source, key or identical text)
    # and flag near-duplicates through each text's MinHash sketch (clipper.similar).
    table = db.table("clippings")
    table.add_column("near_duplicate_of", int)
    table.create_index(["content_hash"])
    table.create_index(["source"])
    db.table("clipping_sketches").create(
        {"clipping_id": int, "hash": int}, pk=("clipping_id", "hash")
    )
    db.table("clipping_sketches").create_index(["hash"])
    # No foreign keys, so that deleting a clipping needs to know nothing of
    # sketches: the trigger tidies up after it.
    db.execute(
        "CREATE TRIGGER clippings_sketches_ad AFTER DELETE ON clippings BEGIN "
        "DELETE FROM clipping_sketches WHERE clipping_id = old.id; "
        "UPDATE clippings SET near_duplicate_of = NULL WHERE near_duplicate_of = old.id; "
        "END"
    )
    for cid, text in db.execute("SELECT id, text FROM clippings").fetchall():
        store_sketch(db, cid, sketch(text or ""))


@MIGRATIONS(name="m301_title_index")
def m301_title_index(db: Database) -> None:
    # A second, small full-text index of titles alone. Ranking the title
    # matches of a very common word through the main index would walk every
    # body that holds the word; this one only holds the titles.
    db.execute(
        "CREATE VIRTUAL TABLE clippings_titles_fts USING fts5("
        "title, title_cjk, content='clippings', content_rowid='id', "
        f"tokenize='{FTS_TOKENIZER}')"
    )
    db.execute(
        "CREATE TRIGGER clippings_titles_ai AFTER INSERT ON clippings BEGIN "
        "INSERT INTO clippings_titles_fts (rowid, title, title_cjk) "
        "VALUES (new.id, new.title, new.title_cjk); END"
    )
    db.execute(
        "CREATE TRIGGER clippings_titles_ad AFTER DELETE ON clippings BEGIN "
        "INSERT INTO clippings_titles_fts (clippings_titles_fts, rowid, title, title_cjk) "
        "VALUES ('delete', old.id, old.title, old.title_cjk); END"
    )
    db.execute(
        "CREATE TRIGGER clippings_titles_au AFTER UPDATE OF title, title_cjk ON clippings BEGIN "
        "INSERT INTO clippings_titles_fts (clippings_titles_fts, rowid, title, title_cjk) "
        "VALUES ('delete', old.id, old.title, old.title_cjk); "
        "INSERT INTO clippings_titles_fts (rowid, title, title_cjk) "
        "VALUES (new.id, new.title, new.title_cjk); END"
    )
    db.execute("INSERT INTO clippings_titles_fts (clippings_titles_fts) VALUES ('rebuild')")


@MIGRATIONS(name="m401_page_type")
def m401_page_type(db: Database) -> None:
    # What a page stored with --force turned out to be ("bot-check", "paywall"…).
    db.table("clippings").add_column("page_type", str)


@MIGRATIONS(name="m501_seen_pages")
def m501_seen_pages(db: Database) -> None:
    # What each page a batch extracted became: its key and its text's hash, by
    # a fingerprint of the page (pipeline.page_fingerprint). A batch run again
    # recognises a page it has extracted before, a duplicate above all (whose
    # text is stored under another clipping's name), without extracting it.
    db.table("seen_pages").create(
        {"fingerprint": str, "source_key": str, "content_hash": str, "seen_at": str},
        pk="fingerprint",
        not_null={"source_key", "content_hash", "seen_at"},
    )
    db.table("seen_pages").create_index(["source_key"])
    db.table("seen_pages").create_index(["content_hash"])
    # A deleted clipping leaves no trace of its page, nor of pages that were its duplicates.
    db.execute(
        "CREATE TRIGGER clippings_seen_pages_ad AFTER DELETE ON clippings BEGIN "
        "DELETE FROM seen_pages WHERE source_key = old.source_key "
        "OR content_hash = old.content_hash; END"
    )


@MIGRATIONS(name="m1901_highlights")
def m1901_highlights(db: Database) -> None:
    # Passages the user kept, with offsets into the clipping's text (NULL once
    # a new extraction no longer holds the passage: kept, shown as detached).
    # A clipping's highlights go with it (ON DELETE CASCADE).
    db.execute(
        "CREATE TABLE highlights ("
        "id INTEGER PRIMARY KEY, "
        "clipping_id INTEGER NOT NULL REFERENCES clippings(id) ON DELETE CASCADE, "
        "passage TEXT NOT NULL, note TEXT, created_at TEXT NOT NULL, "
        "start_offset INTEGER, end_offset INTEGER, terms_cjk TEXT)"
    )
    db.table("highlights").create_index(["clipping_id"])
    db.table("highlights").enable_fts(
        ["passage", "note", "terms_cjk"], create_triggers=True, tokenize=FTS_TOKENIZER
    )


@MIGRATIONS(name="m1601_web_secrets")
def m1601_web_secrets(db: Database) -> None:
    # Secrets of `clipper serve` that belong to this archive (the token every
    # state-changing request must carry), so a restarted server keeps its
    # bookmarklet working.
    db.table("web_secrets").create({"name": str, "value": str}, pk="name", not_null={"value"})


@MIGRATIONS(name="m1701_feeds")
def m1701_feeds(db: Database) -> None:
    # Followed feeds and sitemaps (clipper.feeds), and every entry each has
    # listed: its GUID or link is what makes an entry "seen", so that it is
    # clipped once even when its article's address later redirects elsewhere.
    db.table("feed_sources").create(
        {
            "id": int,
            "name": str,
            "url": str,
            "kind": str,  # rss, atom, json, sitemap, news-sitemap, sitemap-index; NULL: unchecked
            "title": str,
            "site_url": str,
            "tags": str,  # JSON list
            "paused": int,
            "added_at": str,
            "checked_at": str,  # the last check, whatever came of it
            "synced_at": str,  # the last check that read the feed (NULL: never: a first update)
            "last_new_at": str,  # when an entry was last new
            "etag": str,
            "last_modified": str,
            "error": str,  # the last check's failure, one line; NULL when it worked
        },
        pk="id",
        not_null={"name", "url", "tags", "paused", "added_at"},
        defaults={"paused": 0, "tags": "[]"},
    )
    db.table("feed_sources").create_index(["name"], unique=True)
    db.table("feed_sources").create_index(["url"], unique=True)
    db.table("feed_entries").create(
        {
            "id": int,
            "source_id": int,
            "key": str,  # GUID or id, else the link
            "link": str,
            "title": str,
            "published": str,
            "authors": str,  # JSON list
            "categories": str,  # JSON list
            "seen_at": str,
            # pending (to clip), clipped, failed (retried), passed (not to clip:
            # older than the first update's --since, or past its --limit)
            "state": str,
            "clipping_id": int,
            "attempts": int,
            "error": str,
        },
        pk="id",
        not_null={"source_id", "key", "link", "seen_at", "state", "attempts"},
        defaults={"attempts": 0},
        foreign_keys=[("source_id", "feed_sources", "id")],
    )
    db.table("feed_entries").create_index(["source_id", "key"], unique=True)
    db.table("feed_entries").create_index(["state"])
    # A deleted clipping leaves its entries seen (they are not clipped again), unlinked.
    db.execute(
        "CREATE TRIGGER clippings_feed_entries_ad AFTER DELETE ON clippings BEGIN "
        "UPDATE feed_entries SET clipping_id = NULL WHERE clipping_id = old.id; END"
    )


@MIGRATIONS(name="m1801_images")
def m1801_images(db: Database) -> None:
    # A clipping's images (clip --images) live in the archive itself, so the
    # archive stays one file a backup copies whole. One row per distinct image,
    # named by the hash of its bytes: two clippings showing one photo store it
    # once. The link table says which clipping shows which image, under the
    # address its HTML gives it, in page order.
    db.table("images").create(
        {
            "sha256": str,
            "kind": str,  # jpeg, png, gif, webp, avif, svg: what the bytes are
            "width": int,
            "height": int,
            "size": int,
            "body": bytes,  # the image's bytes exactly (an SVG: as sanitised)
            "stored_at": str,
        },
        pk="sha256",
        not_null={"kind", "size", "body", "stored_at"},
    )
    db.table("clipping_images").create(
        {"clipping_id": int, "position": int, "src": str, "sha256": str, "alt": str},
        pk=("clipping_id", "src"),
        not_null={"position", "sha256"},
    )
    db.table("clipping_images").create_index(["sha256"])
    # Deleting a clipping drops its links; an image no clipping shows any more goes too.
    db.execute(
        "CREATE TRIGGER clippings_images_ad AFTER DELETE ON clippings BEGIN "
        "DELETE FROM clipping_images WHERE clipping_id = old.id; END"
    )
    db.execute(
        "CREATE TRIGGER clipping_images_ad AFTER DELETE ON clipping_images "
        "WHEN NOT EXISTS (SELECT 1 FROM clipping_images WHERE sha256 = old.sha256) BEGIN "
        "DELETE FROM images WHERE sha256 = old.sha256; END"
    )


@MIGRATIONS(name="m1802_archived")
def m1802_archived(db: Database) -> None:
    # A clipping made from a web archive's copy (clip --archived) or a WARC
    # record keeps its original URL; these say where the copy came from and when
    # it was captured.
    table = db.table("clippings")
    table.add_column("archived_from", str)
    table.add_column("archived_at", str)


@MIGRATIONS(name="m2001_stats_index")
def m2001_stats_index(db: Database) -> None:
    # What stats counts, in small indexes: the word counts (summed from the
    # index instead of walking every row past its text and HTML) and each
    # clipping's month (its published, else clipped, date), in order, so the
    # latest twelve months are read off the end of the index. At 10,000
    # clippings stats took 19 ms, and takes about 1.
    db.execute("CREATE INDEX idx_clippings_words ON clippings (word_count)")
    db.execute(f"CREATE INDEX idx_clippings_month ON clippings (substr({DATE_OF_ROW}, 1, 7))")
