"""The CLI end to end in-process: real database file, real HTTP server, real pages."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from clipper.cli import app
from helpers import FIXTURES, SEEDS, LocalServer, invoke, needs_shared

runner = CliRunner()
ARTICLE = FIXTURES / "article.html"
SEED_TITLE = "Putin Looks to Play on U.S.-Japan Jitters"
SEED_CHROME = (
    "Loading",
    "Search",
    "Category:Event",
    ".jpg",
    "Comment(s)",
    "Write comment",
    "Trackback",
    "You need to login",
)


def clip_json(*args: str, input: str | bytes | None = None) -> dict:
    code, out, err = invoke("clip", "--json", *args, input=input)
    assert code == 0, err
    return json.loads(out)


def seed_path() -> Path:
    needs_shared(SEEDS)
    return next(SEEDS.glob("*.txt"))


def test_clip_the_seed_text_dump() -> None:
    data = clip_json(str(seed_path()))
    assert data["title"] == SEED_TITLE
    assert data["text"].startswith("MOSCOW—Russia’s diplomatic outreach")
    assert data["text"].rstrip().endswith("against the possibility of handing over the islands.")
    for chrome in SEED_CHROME:
        assert chrome not in data["text"], chrome
    assert "\n:\n" not in data["text"]
    assert "Event" in data["tags"]
    assert data["url"] is None
    assert data["source"].endswith(".txt")


def test_seed_from_stdin_is_the_same_clipping() -> None:
    body = seed_path().read_bytes()
    first = clip_json("-", input=body)
    assert first["title"] == SEED_TITLE
    assert first["source"] == "-"
    code, out, err = invoke("clip", "-", input=body)
    assert code == 0
    assert "Updated" in out


def test_json_fields_are_the_documented_set() -> None:
    data = clip_json(str(ARTICLE))
    documented = "id url source title authors byline published site_name lang excerpt text"
    for name in (*documented.split(), "word_count", "clipped_at", "tags"):
        assert name in data
    assert isinstance(data["authors"], list)
    assert isinstance(data["tags"], list)


def test_clip_saved_html_page() -> None:
    data = clip_json(str(ARTICLE), "--tag", "city", "--tag", "transport")
    assert data["title"] == "Harbour Bridge Reopens After Repairs"
    assert data["site_name"] == "The Daily Example"
    assert data["authors"] == ["Marta Lindqvist"]
    assert data["published"].startswith("2025-03-03")
    assert "eighteen months of repairs" in data["text"]
    assert "audit committee" in data["text"]
    assert "Tram line delayed" not in data["text"]
    assert data["tags"] == ["city", "transport"]


def test_clip_html_without_html_extension_is_told_apart_by_content(tmp_path: Path) -> None:
    copy = tmp_path / "saved-page.txt"
    copy.write_bytes(ARTICLE.read_bytes())
    assert clip_json(str(copy))["title"] == "Harbour Bridge Reopens After Repairs"


def test_clip_url_from_local_server(server: LocalServer) -> None:
    url = server.add("/news/bridge.html", ARTICLE.read_bytes())
    data = clip_json(url + "?utm_source=feed#top")
    assert data["title"] == "Harbour Bridge Reopens After Repairs"
    assert data["url"] == url
    assert data["source"] == url + "?utm_source=feed#top"
    # The same page again updates the clipping rather than adding one.
    code, out, _ = invoke("clip", url)
    assert code == 0 and "Updated" in out
    code, out, _ = invoke("list", "--json")
    assert len(json.loads(out)) == 1


def test_clip_prints_a_summary() -> None:
    code, out, _ = invoke("clip", str(ARTICLE))
    assert code == 0
    assert "Clipped #1" in out
    assert "Harbour Bridge Reopens After Repairs" in out
    assert "The Daily Example" in out
    assert "Marta Lindqvist" in out


def test_list_show_search_export_flow(tmp_path: Path) -> None:
    seed = clip_json(str(seed_path()))
    art = clip_json(str(ARTICLE))

    code, out, _ = invoke("list")
    assert code == 0 and "Harbour Bridge" in out and "Putin Looks" in out
    code, out, _ = invoke("list", "--json", "--limit", "1")
    assert [c["id"] for c in json.loads(out)] == [art["id"]]

    code, out, _ = invoke("show", str(seed["id"]))
    assert code == 0 and SEED_TITLE in out and "Kremlin spokesman" in out
    code, out, _ = invoke("show", str(seed["id"]), "--json")
    assert json.loads(out)["title"] == SEED_TITLE

    code, out, _ = invoke("search", "kuril islands", "--json")
    hits = json.loads(out)
    assert hits[0]["id"] == seed["id"]
    assert "**" in hits[0]["snippet"]
    code, out, _ = invoke("search", "bridge")
    assert code == 0 and "Harbour Bridge" in out

    code, out, _ = invoke("export", str(art["id"]))
    assert code == 0
    assert out.startswith('---\ntitle: "Harbour Bridge Reopens After Repairs"\n')
    assert "## What changed" in out
    assert "- New steel deck" in out
    assert "[roadworks](https://example.com/works)" in out
    target = tmp_path / "out.md"
    code, _, err = invoke("export", str(seed["id"]), "-o", str(target))
    assert code == 0 and target.read_text(encoding="utf-8").startswith("---\n")


@pytest.mark.parametrize(
    "query", ["U.S.-Japan", "AND", "*", "C++", 'NEAR("a"', "-x", "title:foo", "a OR"]
)
def test_search_never_fails_on_what_users_type(query: str) -> None:
    clip_json(str(ARTICLE))
    code, out, err = invoke("search", "--json", "--", query)
    assert code == 0, err
    assert isinstance(json.loads(out), list)


def test_search_with_no_match_is_an_empty_list() -> None:
    code, out, _ = invoke("search", "zebra", "--json")
    assert code == 0 and json.loads(out) == []


def test_search_raw_passes_fts_syntax() -> None:
    clip_json(str(ARTICLE))
    code, out, _ = invoke("search", "--raw", "bridge NOT ferry", "--json")
    assert code == 0 and len(json.loads(out)) == 1
    code, _, err = invoke("search", "--raw", '"unbalanced')
    assert code == 2 and "clipper: Can't search" in err and "Traceback" not in err


@pytest.mark.parametrize("query", ["", "  ", '"', "*"])
def test_a_query_without_words_says_so_and_finds_nothing(query: str) -> None:
    code, out, err = invoke("search", query, "--json")
    assert code == 0 and json.loads(out) == []
    assert "Nothing to search for" in err


# --- failures: one line on stderr, non-zero exit, nothing stored -------------------


def assert_clean_failure(code: int, err: str, expected_code: int, needle: str) -> None:
    assert code == expected_code, err
    assert needle in err
    assert "Traceback" not in err
    assert len(err.strip().splitlines()) == 1, err


def assert_nothing_stored() -> None:
    code, out, _ = invoke("list", "--json")
    assert json.loads(out) == []


def test_missing_file() -> None:
    code, _, err = invoke("clip", "no/such/file.html")
    assert_clean_failure(code, err, 3, "No such file")
    assert_nothing_stored()


def test_unreachable_url() -> None:
    code, _, err = invoke("clip", "http://127.0.0.1:9/x", "--timeout", "2")
    assert_clean_failure(code, err, 4, "127.0.0.1:9")
    assert_nothing_stored()


def test_http_error(server: LocalServer) -> None:
    code, _, err = invoke("clip", server.url("/missing"))
    assert_clean_failure(code, err, 4, "404")
    assert_nothing_stored()


def test_unsupported_scheme() -> None:
    code, _, err = invoke("clip", "ftp://example.com/a.html")
    assert code != 0 and "ftp" in err and "Traceback" not in err
    assert_nothing_stored()


@pytest.mark.parametrize("body", [b"", b"   \n\n ", b"<html><body></body></html>"])
def test_nothing_that_looks_like_an_article(tmp_path: Path, body: bytes) -> None:
    path = tmp_path / "empty.html"
    path.write_bytes(body)
    code, _, err = invoke("clip", str(path))
    assert_clean_failure(code, err, 5, "clipper:")
    assert_nothing_stored()


def test_directory_as_source(tmp_path: Path) -> None:
    code, _, err = invoke("clip", str(tmp_path))
    assert code == 2 and "folder" in err


def test_unknown_id() -> None:
    for command in ("show", "export"):
        code, _, err = invoke(command, "99")
        assert_clean_failure(code, err, 3, "No clipping with id 99")


def test_bad_database_file(tmp_path: Path) -> None:
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"garbage" * 200)
    code, _, err = invoke("list", "--db", str(bad))
    assert_clean_failure(code, err, 6, "not a SQLite database")
    assert bad.read_bytes() == b"garbage" * 200


def test_several_sources_one_failing_still_clips_the_rest() -> None:
    result = runner.invoke(app, ["clip", "missing.html", str(ARTICLE)])
    assert result.exit_code == 7
    assert "missing.html" in result.stderr
    assert "Harbour Bridge" in result.stdout


def test_db_option_beats_environment(tmp_path: Path, clipper_db: Path) -> None:
    other = tmp_path / "other.db"
    code, out, _ = invoke("db", "path", "--db", str(other))
    assert out.strip() == str(other)
    code, out, _ = invoke("db", "path")
    assert out.strip() == str(clipper_db)
    clip_json(str(ARTICLE), "--db", str(other))
    assert other.exists()
    assert_nothing_stored()  # the CLIPPER_DB archive is untouched


def test_terminal_control_characters_are_never_printed(tmp_path: Path) -> None:
    page = tmp_path / "evil.html"
    page.write_text(
        "<html><head><title>Evil \x1b]0;pwned\x07 [bold red]title[/]</title></head><body>"
        + "<article><p>"
        + "A paragraph long enough to be an article body for the extractor to keep. " * 6
        + "\x1b[2J</p></article></body></html>",
        encoding="utf-8",
    )
    code, out, err = invoke("clip", str(page))
    assert code == 0, err
    assert "\x1b" not in out and "\x07" not in out
    assert "[bold red]title[/]" in out
    code, out, _ = invoke("show", "1")
    assert "\x1b" not in out


def registered_commands() -> list[str]:
    """Every command and subcommand the app has, as the user types them."""
    import typer.main

    def walk(group: object, prefix: str) -> list[str]:
        names = []
        for name, command in getattr(group, "commands", {}).items():
            names.append(f"{prefix}{name}")
            names += walk(command, f"{prefix}{name} ")
        return names

    return walk(typer.main.get_command(app), "")


def test_every_command_has_help() -> None:
    commands = registered_commands()
    assert {"clip", "list", "show", "search", "export", "stats", "db", "db path"} <= set(commands)
    for command in commands:
        code, out, _ = invoke(*command.split(), "--help")
        assert code == 0, command
        assert "Usage:" in out
        description = out.split("Usage:", 1)[1].split("\n\n", 2)[1].strip()
        assert len(description) > 15, (command, description)
    code, out, _ = invoke("--help")
    for command in ("clip", "list", "show", "search", "export", "db"):
        assert command in out
    code, out, _ = invoke("--version")
    assert out.startswith("clipper ")


def test_dry_run_shows_kept_and_removed_lines_and_stores_nothing(clipper_db: Path) -> None:
    code, out, err = invoke("clip", "--dry-run", str(seed_path()))
    assert code == 0, err
    assert "dry run: nothing stored" in out
    assert "- Loading" in out and "(chrome:" in out
    assert f"= {SEED_TITLE}" in out
    assert "+ MOSCOW—Russia’s" in out
    assert not clipper_db.exists()


def test_dry_run_json_lists_what_was_stripped(clipper_db: Path) -> None:
    data = clip_json("--dry-run", str(seed_path()))
    assert data["dry_run"] is True
    assert data["title"] == SEED_TITLE
    removed = {item["text"] for item in data["stripped"]}
    assert {"Loading", "Search"} <= removed
    assert all(item["reason"] for item in data["stripped"])
    assert not clipper_db.exists()


def test_dry_run_of_an_html_page() -> None:
    code, out, err = invoke("clip", "--dry-run", str(ARTICLE))
    assert code == 0, err
    assert "Harbour Bridge Reopens After Repairs" in out
    assert_nothing_stored()


def test_reading_commands_never_create_an_archive(tmp_path: Path) -> None:
    missing = tmp_path / "typo" / "archive.db"
    for args in (["list"], ["search", "x", "--json"], ["stats"], ["list", "--json"]):
        code, out, err = invoke(*args, "--db", str(missing))
        assert code == 0, (args, err)
    code, _, err = invoke("show", "1", "--db", str(missing))
    assert code == 3
    assert not missing.parent.exists()


def test_list_says_when_filters_match_nothing() -> None:
    clip_json(str(ARTICLE))
    code, _, err = invoke("list", "--site", "nowhere.example")
    assert code == 0 and "No clippings match these filters." in err


def test_saved_copies_of_one_page_are_one_clipping(tmp_path: Path) -> None:
    html = ARTICLE.read_text(encoding="utf-8")
    canonical = '<link rel="canonical" href="https://News.example.com/2025/03/bridge?utm_source=x">'
    first, second = tmp_path / "a.html", tmp_path / "b.html"
    first.write_text(html.replace("<head>", "<head>" + canonical), encoding="utf-8")
    second.write_text(
        html.replace("<head>", "<head>" + canonical).replace(
            "</body>", "<p>saved later</p></body>"
        ),
        encoding="utf-8",
    )
    a = clip_json(str(first))
    b = clip_json(str(second))
    assert a["id"] == b["id"]
    assert b["url"] == "https://news.example.com/2025/03/bridge"


def test_a_home_page_canonical_does_not_merge_pages(tmp_path: Path) -> None:
    html = ARTICLE.read_text(encoding="utf-8")
    root = '<link rel="canonical" href="https://news.example.com/">'
    one, two = tmp_path / "one.html", tmp_path / "two.html"
    one.write_text(html.replace("<head>", "<head>" + root), encoding="utf-8")
    two.write_text(
        html.replace("<head>", "<head>" + root).replace("Harbour", "River"), encoding="utf-8"
    )
    assert clip_json(str(one))["id"] != clip_json(str(two))["id"]


def test_max_bytes_and_user_agent_options(
    server: LocalServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = server.add("/big", ARTICLE.read_bytes())
    code, _, err = invoke("clip", url, "--max-bytes", "500")
    assert_clean_failure(code, err, 4, "500")
    assert_nothing_stored()
    code, _, err = invoke("clip", url, "--user-agent", "ResearchBot/2 (me@example.org)")
    assert code == 0, err
    assert server.requests[-1][1]["User-Agent"] == "ResearchBot/2 (me@example.org)"
    monkeypatch.setenv("CLIPPER_USER_AGENT", "FromEnv/1")
    invoke("clip", url)
    assert server.requests[-1][1]["User-Agent"] == "FromEnv/1"
    monkeypatch.delenv("CLIPPER_USER_AGENT")
    invoke("clip", url)
    assert server.requests[-1][1]["User-Agent"].startswith("clipper/")
