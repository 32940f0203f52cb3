"""Full-text search over the archive (FTS5, bm25) and the archive's statistics."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING, Any

from clipper.errors import EmptyQuery, QueryError
from clipper.models import HIGHLIGHT
from clipper.store.clippings import DATE_SQL, where_clause
from clipper.store.migrations import DATE_OF_ROW, FTS_COLUMNS, FTS_WEIGHTS

if TYPE_CHECKING:
    from clipper.models import Filters, SearchHit, Stats
    from clipper.store.connection import Archive

# Where a snippet's matches start and end (see models; renderers turn them into styles).
HIGHLIGHT_START, HIGHLIGHT_END = HIGHLIGHT
# FTS5's snippet() takes time that grows with the square of the matches in a
# clipping: 2 s for 20,000 words that all match, minutes for 400,000. Longer
# clippings show their opening instead, so one giant page can't stall search.
SNIPPET_MAX_WORDS = 20_000


SORTS = {
    "relevance": "score, c.id DESC",
    "newest": f"{DATE_SQL} DESC, c.id DESC",
    "oldest": f"{DATE_SQL} ASC, c.id ASC",
}


def fts_query_for(query: str, *, raw: bool = False) -> str:
    """The FTS5 query for what the user typed: made safe (``raw``: as it is).

    Raises EmptyQuery when it holds no word to look for.
    """
    from clipper.store.query import to_fts_query

    fts_query = query if raw else to_fts_query(query)
    if fts_query is None or not fts_query.strip():
        raise EmptyQuery(f"Nothing to search for in {query!r}: give at least one word.")
    return fts_query


def find(
    db: Archive,
    query: str,
    *,
    raw: bool = False,
    limit: int = 20,
    offset: int = 0,
    sort: str = "relevance",
    filters: Filters | None = None,
) -> list[SearchHit]:
    """Search for what the user typed (see :func:`fts_query_for`), best first by default.

    Chinese, Japanese and Korean words get their snippets cut around them in a
    second pass: FTS5 finds them but can't highlight them.
    """
    from clipper.store.query import cjk_words

    fts_query = fts_query_for(query, raw=raw)
    hits = search(db, fts_query, limit=limit, offset=offset, sort=sort, filters=filters)
    if words := cjk_words(query):
        hits = [snippet_around(db, hit, words) for hit in hits]
    return hits


def search(
    db: Archive,
    fts_query: str,
    *,
    limit: int = 20,
    offset: int = 0,
    sort: str = "relevance",
    filters: Filters | None = None,
) -> list[SearchHit]:
    """Clippings matching an FTS5 query and the filters, best first by default.

    Relevance is bm25 with the title weighted highest; the snippet is cut from
    the body around the best match, with matches between HIGHLIGHT_START and
    HIGHLIGHT_END.
    """
    where, params = where_clause(filters)
    # Two steps: rank the matches with nothing but their score, then build
    # titles and snippets for the page of results alone (a snippet per match
    # would cost tens of thousands of them for a common word).
    # CROSS JOIN keeps the full-text index as the outer loop: the planner would
    # otherwise walk a filter's index and run the MATCH once per clipping.
    joined = (
        "" if where == "1" and sort == "relevance" else "CROSS JOIN clippings c ON c.id = f.rowid"
    )
    try:
        ranked = _rank(db, fts_query, joined, where, params, sort, limit, offset)
    except sqlite3.OperationalError as exc:
        raise QueryError(f"Can't search for {fts_query!r}: {exc}.") from None
    from clipper.models import SearchHit

    text_column = FTS_COLUMNS.index("text")
    details = f"""
        SELECT c.id, c.title, c.url, c.source, c.site_name, c.published, c.clipped_at,
               CASE WHEN c.word_count > {SNIPPET_MAX_WORDS} THEN substr(c.text, 1, 160) || '…'
               ELSE snippet(clippings_fts, {text_column}, '{HIGHLIGHT_START}', '{HIGHLIGHT_END}',
                            '…', 24) END
        FROM clippings_fts JOIN clippings c ON c.id = clippings_fts.rowid
        WHERE clippings_fts MATCH ? AND clippings_fts.rowid = ?
    """
    hits = []
    for rowid, score in ranked:
        row = db.execute(details, [fts_query, rowid]).fetchone()
        if row is not None:
            # Every field of a hit but its score, in order.
            fields: tuple[int, str | None, str | None, str, str | None, str | None, str, str]
            fields = row
            hits.append(SearchHit(*fields, score=score))
    return hits


# Ranking every match by bm25 costs about a microsecond a match: nothing for
# most queries, but a word found in 80,000 clippings of a 100,000 archive
# would take 80 ms. Past this many matches, clipper ranks the title matches by
# bm25 and puts the other matches after them, newest first: for a word that
# common bm25 has almost nothing to go on, and the answer stays instant.
RANK_ALL_LIMIT = 5_000
# A phrase costs FTS5 several times as much a match (it reads where each
# word stands in every match: about 7 microseconds against 1 in a 100,000
# archive), so a query holding one gets that much less of the budget.
PHRASE_COST = 5
# Even counting a phrase's matches walks every clipping that holds all its
# words: a phrase of two common words is in a few clippings of the tens of
# thousands that hold both, and counting up to its budget read them all (7 ms
# at 100,000 clippings, growing with the archive). So a phrase whose words
# are together in more clippings than RANK_ALL_LIMIT goes by titles at once;
# ranking it in full would cost more than a common word's whole budget.
_QUOTED = re.compile(r'"((?:[^"]|"")*)"')  # an FTS5 string; "" is a quote inside it
# Where the index's tokenizer (unicode61) splits a string into several words.
_TOKEN = re.compile(r"[^\W_]+")
# FTS5 syntax that asks for word positions outside a quoted string (--raw).
_POSITIONAL = re.compile(r"\bNEAR\s*\(|\+")


def _rank_all_limit(fts_query: str) -> int:
    """How many matches of this query are ranked by bm25 before ranking goes by titles."""
    unquoted = _QUOTED.sub(" ", fts_query)
    phrase = _POSITIONAL.search(unquoted) is not None or any(
        len(_TOKEN.findall(s)) > 1 for s in _QUOTED.findall(fts_query)
    )
    return RANK_ALL_LIMIT // PHRASE_COST if phrase else RANK_ALL_LIMIT


def _words_of(fts_query: str) -> str | None:
    """The query with each phrase taken apart into its words: clippings holding all of them.

    None unless the query is quoted strings alone (each maybe a prefix),
    as clipper makes them: other --raw syntax (OR, NOT, NEAR, columns) is
    counted as it is.
    """
    if _QUOTED.sub("", fts_query).replace("*", " ").strip():
        return None
    parts = []
    for match in _QUOTED.finditer(fts_query):
        words = _TOKEN.findall(match.group(1))
        if not words:
            return None
        prefix = fts_query.startswith("*", match.end())
        parts += [f'"{w}"' for w in words[:-1]] + [f'"{words[-1]}"' + ("*" if prefix else "")]
    return " ".join(parts)


def _count(db: Archive, fts_query: str, most: int) -> int:
    """The query's matches, counted up to ``most`` (the index alone answers)."""
    (matches,) = db.execute(
        "SELECT count(*) FROM (SELECT 1 FROM clippings_fts WHERE clippings_fts MATCH ? LIMIT ?)",
        [fts_query, most],
    ).fetchone()
    return int(matches)


def _rank(
    db: Archive,
    fts_query: str,
    joined: str,
    where: str,
    params: list[Any],
    sort: str,
    limit: int,
    offset: int,
) -> list[tuple[int, float]]:
    weights = ", ".join(str(w) for w in FTS_WEIGHTS)
    base = f"FROM clippings_fts f {joined} WHERE clippings_fts MATCH ? AND {where}"
    order = SORTS[sort] if joined else "score, f.rowid DESC"
    if sort == "relevance":
        # Count the matches alone (no join, no filters: the index answers that
        # in milliseconds), stopping as soon as the count passes the limit.
        rank_all = _rank_all_limit(fts_query)
        words = _words_of(fts_query) if rank_all < RANK_ALL_LIMIT else None
        holding = _count(db, words, RANK_ALL_LIMIT + 1) if words else None
        if holding is not None and holding > RANK_ALL_LIMIT:
            common = True  # see RANK_ALL_LIMIT: past a common word's budget
        elif holding is not None and holding <= rank_all:
            common = False  # no more matches than clippings holding the words
        else:
            common = _count(db, fts_query, rank_all + 1) > rank_all
        if common:
            return _rank_common(db, fts_query, base, params, limit, offset, weights, rank_all)
    sql = f"SELECT f.rowid, bm25(clippings_fts, {weights}) AS score {base} ORDER BY {order} LIMIT ? OFFSET ?"
    return db.execute(sql, [fts_query, *params, limit, offset]).fetchall()


def _rank_common(
    db: Archive,
    fts_query: str,
    base: str,
    params: list[Any],
    limit: int,
    offset: int,
    weights: str,
    rank_all: int,
) -> list[tuple[int, float]]:
    """Title matches by bm25, then the remaining matches newest first.

    Should the word be common even in titles, the title matches too come
    newest first: every step then stops as soon as it has a page of results.
    """
    wanted = limit + offset
    titles = base.replace("clippings_fts f", "clippings_titles_fts f").replace(
        "clippings_fts MATCH", "clippings_titles_fts MATCH"
    )
    try:
        (in_titles,) = db.execute(
            "SELECT count(*) FROM (SELECT 1 FROM clippings_titles_fts "
            "WHERE clippings_titles_fts MATCH ? LIMIT ?)",
            [fts_query, rank_all + 1],
        ).fetchone()
        ranked = in_titles <= rank_all
        top = db.execute(
            f"SELECT f.rowid, {'bm25(clippings_titles_fts)' if ranked else '0.0'} AS score "
            f"{titles} ORDER BY {'score, ' if ranked else ''}f.rowid DESC LIMIT ?",
            [fts_query, *params, wanted],
        ).fetchall()
    except sqlite3.OperationalError:  # a --raw query naming a column titles don't have
        top = []
    seen = {rowid for rowid, _ in top}
    if len(top) < wanted:
        rest = db.execute(
            f"SELECT f.rowid, 0.0 {base} ORDER BY f.rowid DESC LIMIT ?",
            [fts_query, *params, wanted + len(seen)],
        ).fetchall()
        top += [row for row in rest if row[0] not in seen][: wanted - len(top)]
    return top[offset:wanted]


def snippet_around(db: Archive, hit: SearchHit, words: list[str]) -> SearchHit:
    """The hit with its snippet cut around CJK words, which FTS5 can't highlight."""
    from dataclasses import replace

    from clipper.cjk import snippet

    row = db.execute("SELECT text FROM clippings WHERE id = ?", [hit.id]).fetchone()
    text = row[0] if row else ""
    return replace(hit, snippet=snippet(text, words, mark=(HIGHLIGHT_START, HIGHLIGHT_END)))


def stats(db: Archive, path: str | Path) -> Stats:
    """Totals, clippings by site and by month (of the published, else clipped, date)."""
    count, words = db.execute(
        "SELECT count(*), coalesce(sum(word_count), 0) FROM clippings"
    ).fetchone()
    # By site_name, the index's order (no sorting of every row), then as
    # coalesce(site_name, '(unknown)') would group them, busiest first.
    sites: dict[str, int] = {}
    for site, n in db.execute("SELECT site_name, count(*) FROM clippings GROUP BY site_name"):
        key = "(unknown)" if site is None else site
        sites[key] = sites.get(key, 0) + n
    by_site = sorted(sites.items(), key=lambda item: (-item[1], item[0]))[:10]
    # The expression idx_clippings_month holds: the latest months are its last entries.
    by_month = db.execute(
        f"SELECT substr({DATE_OF_ROW}, 1, 7) AS m, count(*) FROM clippings "
        "GROUP BY m ORDER BY m DESC LIMIT 12"
    ).fetchall()
    size = sum(p.stat().st_size for p in (Path(path), Path(f"{path}-wal")) if p.exists())
    from clipper.models import Stats
    from clipper.store.assets import image_totals

    images, image_bytes = image_totals(db)
    return Stats(
        count,
        words,
        list(by_site),
        [tuple(r) for r in reversed(by_month)],
        size,
        images=images,
        image_bytes=image_bytes,
    )
