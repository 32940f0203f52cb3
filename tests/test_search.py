"""Search: ranking, filters, languages, snippets, paging, stats."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from sqlite_utils import Database
from typer.testing import CliRunner

from clipper import store as dbmod
from clipper.cli import app
from clipper.cli.dates import parse_bound
from clipper.errors import UsageError
from clipper.models import Article, Filters, Page
from clipper.store import fulltext as store_fulltext
from clipper.store.query import to_fts_query

DOCS = [
    # key, title, text, site, authors, published, lang, tags
    ("en1", "Trade negotiations resume", "Negotiators met in Geneva to negotiate tariffs.",
     "Wire", ("Ann Lee",), "2025-03-02", "en", ("trade",)),
    ("en2", "Harbour news", "The council said trade talks would not affect the harbour.",
     "Local Daily", ("Bo Kim",), "2024-11-18", "en", ()),
    ("fr1", "Le café de la gare rouvre", "Le café a rouvert ses portes après des travaux.",
     "Le Journal", ("Émile Zola",), "2025-01-10", "fr", ("food",)),
    ("ru1", "Переговоры в Москве", "Президент провёл переговоры с премьер-министром в Кремле.",
     "Вести", (), "2025-02-20", "ru", ()),
    ("ja1", "日露首脳会談", "安倍首相とプーチン大統領は会談したが、東京での合意はなかった。",
     "日経", (), "2019-01-22", "ja", ("japan",)),
    ("zh1", "北京天气", "今天北京的天气很好，我们去公园散步。", "新闻", (), "2025-03-01", "zh", ()),
    ("ko1", "서울 날씨", "오늘 서울의 날씨는 맑습니다 대통령은 회의를 했다.", "뉴스", (), None, "ko", ()),
]  # fmt: skip


@pytest.fixture
def db(tmp_path: Path) -> Database:
    database = dbmod.open_db(tmp_path / "s.db")
    for key, title, text, site, authors, published, lang, tags in DOCS:
        art = Article(
            text=text, html="", title=title, site_name=site, authors=authors,
            published=published, lang=lang, tags=tags,
        )  # fmt: skip
        page = Page(body=key.encode(), source=key)
        dbmod.save_clipping(database, art, page, key=key, url=f"https://{key}.example.com/a")
    return database


def titles(db: Database, query: str, **kw: object) -> list[str]:
    fts = to_fts_query(query)
    assert fts is not None
    return [h.title or "" for h in dbmod.search(db, fts, **kw)]  # type: ignore[arg-type]


def test_title_match_ranks_above_body_match(db: Database) -> None:
    assert titles(db, "trade")[0] == "Trade negotiations resume"
    assert titles(db, "harbour")[0] == "Harbour news"


def test_english_stemming(db: Database) -> None:
    assert titles(db, "negotiate") == ["Trade negotiations resume"]
    assert titles(db, "negotiating") == ["Trade negotiations resume"]


def test_accents_and_case_are_ignored(db: Database) -> None:
    assert titles(db, "cafe") == ["Le café de la gare rouvre"]
    assert titles(db, "CAFÉ") == ["Le café de la gare rouvre"]


def test_cyrillic(db: Database) -> None:
    assert titles(db, "переговоры") == ["Переговоры в Москве"]
    assert titles(db, "кремле") == ["Переговоры в Москве"]


@pytest.mark.parametrize("word", ["大統領", "会談", "東京", "プーチン", "首相", "安倍首相"])
def test_japanese_words_inside_sentences(db: Database, word: str) -> None:
    assert titles(db, word) == ["日露首脳会談"]


@pytest.mark.parametrize("word", ["北京", "天气", "公园"])
def test_chinese_words(db: Database, word: str) -> None:
    assert titles(db, word) == ["北京天气"]


@pytest.mark.parametrize("word", ["서울", "날씨", "대통령"])
def test_korean_words(db: Database, word: str) -> None:
    assert titles(db, word) == ["서울 날씨"]


def test_cjk_word_absent_is_not_found(db: Database) -> None:
    assert titles(db, "大阪") == []
    assert titles(db, "統大") == []


def test_single_cjk_character_is_a_prefix(db: Database) -> None:
    assert "日露首脳会談" in titles(db, "東")


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        (Filters(site="Wire"), {"Trade negotiations resume"}),
        (Filters(site="en2.example.com"), {"Harbour news"}),
        (Filters(author="ann lee"), {"Trade negotiations resume"}),
        (Filters(tags=("TRADE",)), {"Trade negotiations resume"}),
        (Filters(since="2025-01-01"), {"Trade negotiations resume", "Le café de la gare rouvre"}),
        (Filters(until="2025-01-01"), {"Harbour news"}),
        (Filters(lang="fr"), {"Le café de la gare rouvre"}),
        (Filters(lang="fr", site="Wire"), set()),
    ],
)
def test_filters_on_search(db: Database, filters: Filters, expected: set[str]) -> None:
    hits = dbmod.search(db, '"trade" OR "cafe"', filters=filters)
    assert {h.title for h in hits} == expected


def test_filters_combine_on_list(db: Database) -> None:
    found = dbmod.list_clippings(
        db, filters=Filters(lang="ja", tags=("japan",), until="2020-01-01")
    )
    assert [c.title for c in found] == ["日露首脳会談"]
    assert dbmod.list_clippings(db, filters=Filters(lang="ja", since="2020-01-01")) == []


def test_sort_offset_and_limit(db: Database) -> None:
    query = '"trade" OR "cafe" OR "harbour"'
    newest = [h.title for h in dbmod.search(db, query, sort="newest")]
    assert newest == ["Trade negotiations resume", "Le café de la gare rouvre", "Harbour news"]
    oldest = [h.title for h in dbmod.search(db, query, sort="oldest")]
    assert oldest == list(reversed(newest))
    assert [h.title for h in dbmod.search(db, query, sort="newest", limit=1, offset=1)] == [
        "Le café de la gare rouvre"
    ]


def test_snippet_highlights_the_match(db: Database) -> None:
    hit = dbmod.search(db, '"geneva"')[0]
    assert f"{dbmod.HIGHLIGHT_START}Geneva{dbmod.HIGHLIGHT_END}" in hit.snippet


def test_cjk_snippet_highlights_the_word(db: Database) -> None:
    hit = dbmod.search(db, to_fts_query("大統領") or "")[0]
    marked = dbmod.snippet_around(db, hit, ["大統領"])
    assert f"{dbmod.HIGHLIGHT_START}大統領{dbmod.HIGHLIGHT_END}" in marked.snippet


@pytest.mark.parametrize(
    ("text", "end", "expected"),
    [
        ("2025-03-01", False, "2025-03-01"),
        ("2025-03-01", True, "2025-03-02"),
        ("2025-03", False, "2025-03-01"),
        ("2025-03", True, "2025-04-01"),
        ("2025-12", True, "2026-01-01"),
        ("2025", True, "2026-01-01"),
        ("7d", False, "2025-03-03"),
        ("2w", False, "2025-02-24"),
    ],
)
def test_date_bounds(text: str, end: bool, expected: str) -> None:
    assert parse_bound(text, end=end, today=date(2025, 3, 10)) == expected


@pytest.mark.parametrize(
    "bad",
    ["yesterday", "2025-13-01", "2025-13", "2025-00", "03/01/2025", "7x", "9999-12-31", "9999",
     "999999d", "2025-02-30"],
)  # fmt: skip
@pytest.mark.parametrize("end", [False, True])
def test_bad_dates_are_clear_errors(bad: str, end: bool) -> None:
    with pytest.raises(UsageError, match="Can't read the date"):
        parse_bound(bad, end=end)


def test_stats(db: Database, tmp_path: Path) -> None:
    s = dbmod.stats(db, tmp_path / "s.db")
    assert s.clippings == len(DOCS)
    assert s.words > 20
    assert ("Wire", 1) in s.by_site
    assert s.db_bytes > 0


# --- through the CLI -------------------------------------------------------------------


def test_cli_filters_sort_and_stats(tmp_path: Path, db: Database) -> None:
    path = str(tmp_path / "s.db")
    runner = CliRunner()
    out = runner.invoke(app, ["search", "東京", "--json", "--db", path])
    assert out.exit_code == 0
    hits = json.loads(out.stdout)
    assert hits[0]["title"] == "日露首脳会談" and "**東京**" in hits[0]["snippet"]
    out = runner.invoke(app, ["list", "--json", "--lang", "fr", "--db", path])
    assert [c["title"] for c in json.loads(out.stdout)] == ["Le café de la gare rouvre"]
    out = runner.invoke(app, ["search", "trade", "--since", "2025-03", "--json", "--db", path])
    assert [h["title"] for h in json.loads(out.stdout)] == ["Trade negotiations resume"]
    out = runner.invoke(app, ["search", "trade", "--sort", "oldest", "--json", "--db", path])
    assert json.loads(out.stdout)[0]["title"] == "Harbour news"
    out = runner.invoke(app, ["search", "trade", "--since", "soon", "--db", path])
    assert out.exit_code == 2 and "Can't read the date" in out.stderr
    out = runner.invoke(app, ["stats", "--db", path])
    assert out.exit_code == 0 and "7 clippings" in out.stdout and "By site" in out.stdout


def test_a_very_common_query_ranks_title_matches_then_newest(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Pretend every query is "common" so the instant path is taken.
    monkeypatch.setattr(store_fulltext, "RANK_ALL_LIMIT", 0)
    hits = dbmod.search(db, '"trade" OR "harbour" OR "cafe"')
    # All three match in their titles, so all three come first, ranked by bm25.
    titles_found = [h.title for h in hits]
    assert set(titles_found) == {
        "Trade negotiations resume",
        "Harbour news",
        "Le café de la gare rouvre",
    }
    assert len(titles_found) == len(set(titles_found))  # no clipping twice
    paged = dbmod.search(db, '"trade" OR "harbour" OR "cafe"', limit=1, offset=1)
    assert [h.title for h in paged] == [titles_found[1]]


def test_phrases_get_a_smaller_share_of_the_ranking_budget(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A phrase costs FTS5 more a match, so it leaves full bm25 ranking sooner."""
    monkeypatch.setattr(store_fulltext, "RANK_ALL_LIMIT", 10)
    assert store_fulltext._rank_all_limit('"harbour"') == 10
    assert store_fulltext._rank_all_limit('"harbour" "bridge"') == 10  # two words, no phrase
    assert store_fulltext._rank_all_limit('"harbour bridge"') == 10 // store_fulltext.PHRASE_COST
    assert (
        store_fulltext._rank_all_limit('"大統 統領"') == 10 // store_fulltext.PHRASE_COST
    )  # CJK words are phrases
    assert store_fulltext._rank_all_limit('"東京"') == 10  # one character pair: one token
    # what the index's tokenizer splits, and --raw syntax that reads word positions
    for phrase in ('"e-mail"', '"U.S."', '"foo_bar"', "a + b", "NEAR(a b)", "x AND NEAR(a b, 3)"):
        assert store_fulltext._rank_all_limit(phrase) == 10 // store_fulltext.PHRASE_COST, phrase
    assert store_fulltext._rank_all_limit('"near"') == 10  # the word, quoted, is not the operator
    for i in range(4):
        body = f"Story {i}: the harbour bridge reopened after repairs. " * 5
        art = Article(text=body, html="", title=f"Local story {i}")
        dbmod.save_clipping(
            db, art, Page(body=body.encode(), source=f"p{i}"), key=f"p{i}", url=None
        )
    titled = Article(text="Repairs are done.", html="", title="The harbour bridge reopens")
    dbmod.save_clipping(db, titled, Page(body=b"t", source="t"), key="t", url=None)
    hits = dbmod.search(db, '"harbour bridge"')
    assert hits[0].title == "The harbour bridge reopens"  # title matches first
    assert len(hits) == 5
    # 5 matches are past a phrase's budget of 2: the rest come newest first, unscored
    assert [h.score for h in hits[1:]] == [0.0] * 4
    assert [h.title for h in hits[1:]] == [f"Local story {i}" for i in (3, 2, 1, 0)]


def test_a_phrase_whose_words_are_common_together_goes_by_titles_without_counting(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Counting a rare phrase of common words reads every clipping that holds them all."""
    database = dbmod.open_db(tmp_path / "phrases.db")
    monkeypatch.setattr(store_fulltext, "RANK_ALL_LIMIT", 10)  # a phrase's budget: 2
    for i in range(12):  # both words in 12 clippings, the phrase in one
        body = f"Story {i}: the bridge crossed the harbour. " * 3
        if i == 4:
            body += "At last the harbour bridge reopened."
        art = Article(text=body, html="", title=f"Local story {i}")
        dbmod.save_clipping(
            database, art, Page(body=body.encode(), source=str(i)), key=str(i), url=None
        )
    assert store_fulltext._words_of('"harbour bridge"') == '"harbour" "bridge"'
    assert store_fulltext._words_of('"harbour bridge" OR "x"') is None  # --raw syntax: as it is
    counted: list[str] = []
    count = store_fulltext._count
    monkeypatch.setattr(
        store_fulltext, "_count", lambda db, q, most: counted.append(q) or count(db, q, most)
    )
    hits = dbmod.search(database, '"harbour bridge"')
    assert [h.title for h in hits] == ["Local story 4"]
    assert [h.score for h in hits] == [0.0]  # past the budget: unscored, newest first
    assert counted == ['"harbour" "bridge"']  # the phrase's own matches were never counted
    # Fewer clippings holding the words than the phrase's budget: ranked by bm25 at once.
    counted.clear()
    monkeypatch.setattr(store_fulltext, "RANK_ALL_LIMIT", 100)
    hits = dbmod.search(database, '"harbour bridge"')
    assert [h.title for h in hits] == ["Local story 4"] and hits[0].score < 0
    assert counted == ['"harbour" "bridge"']


def test_word_count_counts_cjk_characters() -> None:
    from clipper.models import count_words

    assert count_words("Putin met Abe in Moscow.") == 5
    assert count_words("安倍首相と会談した") == 9
    assert count_words("G7サミット in 東京") == 8  # G7, in, and six CJK characters


def test_title_index_follows_updates_and_deletes(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(store_fulltext, "RANK_ALL_LIMIT", 0)
    art = Article(text="Some body text about weather.", html="", title="Zeppelin returns")
    dbmod.save_clipping(db, art, Page(body=b"z", source="z"), key="z", url=None)
    assert [h.title for h in dbmod.search(db, '"zeppelin"')] == ["Zeppelin returns"]
    renamed = Article(text=art.text, html="", title="Airship returns")
    dbmod.save_clipping(db, renamed, Page(body=b"z", source="z"), key="z", url=None)
    assert dbmod.search(db, '"zeppelin"') == []
    assert [h.title for h in dbmod.search(db, '"airship"')] == ["Airship returns"]
    db.execute("INSERT INTO clippings_titles_fts (clippings_titles_fts) VALUES ('integrity-check')")


@pytest.mark.parametrize(
    "site",
    ["en2.example.com", "https://en2.example.com/other/page", "EN2.Example.com", "example.com"],
)
def test_site_filter_takes_a_host_or_any_url_on_it(db: Database, site: str) -> None:
    found = {c.title for c in dbmod.list_clippings(db, filters=Filters(site=site))}
    assert "Harbour news" in found
    if site != "example.com":  # every test page is on a subdomain of example.com
        assert found == {"Harbour news"}


def test_author_filter_folds_case_beyond_ascii_and_takes_wildcards_literally(db: Database) -> None:
    assert [c.title for c in dbmod.list_clippings(db, filters=Filters(author="ÉMILE"))] == [
        "Le café de la gare rouvre"
    ]
    assert dbmod.list_clippings(db, filters=Filters(author="_")) == []
    assert dbmod.list_clippings(db, filters=Filters(author="%")) == []


def test_equal_scores_come_out_in_a_stable_order_across_pages(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    database = dbmod.open_db(tmp_path / "ties.db")
    for i in range(12):
        art = Article(text=f"Filler text number {i}.", html="", title="Same headline words")
        dbmod.save_clipping(
            database, art, Page(body=b"%d" % i, source=str(i)), key=str(i), url=None
        )
    for limit_all in (10_000, 0):  # the full ranking, then the instant path
        monkeypatch.setattr(store_fulltext, "RANK_ALL_LIMIT", limit_all)
        whole = [h.id for h in dbmod.search(database, '"headline"', limit=12)]
        paged = [
            h.id
            for page in range(4)
            for h in dbmod.search(database, '"headline"', limit=3, offset=3 * page)
        ]
        assert paged == whole and sorted(whole) == list(range(1, 13))
        assert whole == sorted(whole, reverse=True)  # ties: newest first
