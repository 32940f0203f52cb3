"""Images (clip --images), web-archive copies (--archived), single-file pages, and their exports."""

from __future__ import annotations

import json
import re
import zlib
from email.message import EmailMessage
from pathlib import Path
from urllib.parse import unquote

import pytest
from media import article, avif, data_uri, gif, jpeg, png, png_header_only, webp

from clipper.assets.embedded import BadDataUri, data_images, decode_data_uri, replace_data_images
from clipper.assets.images import ImageRefused, TooSmall, check_image, sniff
from clipper.assets.rules import MAX_IMAGE_BYTES, is_furniture
from helpers import LocalServer, Route, invoke


def clip_json(*args: str) -> dict:
    code, out, err = invoke("clip", "--json", "--delay", "0", *args)
    assert code == 0, err
    return json.loads(out)


# --- what an image is --------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "kind", "size"),
    [
        (png(40, 30), "png", (40, 30)),
        (gif(300, 200), "gif", (300, 200)),
        (jpeg(640, 480), "jpeg", (640, 480)),
        (webp(1024, 768), "webp", (1024, 768)),
        (avif(800, 600), "avif", (800, 600)),
    ],
)
def test_kinds_and_sizes_come_from_the_bytes(body: bytes, kind: str, size: tuple[int, int]) -> None:
    checked = check_image(body, "x")
    assert (checked.kind, (checked.width, checked.height)) == (kind, size)


def test_a_pixel_flood_is_refused_on_its_header() -> None:
    with pytest.raises(ImageRefused, match="too large to open safely"):
        check_image(png_header_only(100_000, 100_000), "flood.png")
    with pytest.raises(ImageRefused, match="too large"):
        check_image(gif(65535, 65535), "flood.gif")


def test_an_image_that_is_really_html_or_too_big_or_tiny() -> None:
    with pytest.raises(ImageRefused, match="an HTML page"):
        check_image(b"<!DOCTYPE html><html><body>Not found</body></html>", "x.png")
    with pytest.raises(ImageRefused, match="MB limit"):
        check_image(b"\x89PNG\r\n\x1a\n" + b"\0" * MAX_IMAGE_BYTES, "big.png")
    with pytest.raises(TooSmall):
        check_image(gif(1, 1), "pixel.gif")
    with pytest.raises(ImageRefused, match="header can't be read"):
        check_image(b"\xff\xd8\xff\xe0\x00", "cut.jpg")
    assert sniff(b"BM\x00\x00") is None


def test_svg_loses_scripts_handlers_and_external_references() -> None:
    svg = (
        b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" '
        b'xmlns:xlink="http://www.w3.org/1999/xlink" onload="alert(1)">'
        b"<script>alert(2)</script><foreignObject><body>html</body></foreignObject>"
        b'<image xlink:href="http://tracker.example/p.png"/><use href="#dot"/>'
        b'<circle id="dot" r="4" style="fill:url(http://evil.example/x)"/>'
        b'<a href="javascript:alert(3)"><rect width="3" height="3"/></a>'
        b"<style>@import url(http://evil.example/a.css);</style></svg>"
    )
    clean = check_image(svg, "x.svg").body.decode()
    for gone in ("script", "alert", "foreignObject", "tracker.example", "evil.example", "onload"):
        assert gone not in clean
    assert 'href="#dot"' in clean and "<circle" in clean


def test_svg_entity_bombs_are_not_expanded() -> None:
    lol = b'<!DOCTYPE svg [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>'
    with pytest.raises(ImageRefused):
        check_image(lol + b'<svg xmlns="http://www.w3.org/2000/svg"><text>&b;</text></svg>', "x")


def test_data_uris_decode_within_the_limit_and_stand_ins_map_back() -> None:
    uri = data_uri(png(30, 30))
    assert decode_data_uri(uri) == png(30, 30)
    with pytest.raises(BadDataUri, match="MB limit"):
        decode_data_uri("data:image/png;base64," + "A" * (MAX_IMAGE_BYTES * 2))
    page = f'<p><img src="{uri}"></p>'
    replaced = replace_data_images(page)
    assert "base64" not in replaced
    (stand_in,) = re.findall(r'src="([^"]+)"', replaced)
    assert data_images(page) == {stand_in: uri}


def test_furniture_rules() -> None:
    assert is_furniture("https://cdn.example/static/site-logo.png")
    assert is_furniture("https://example.com/tracking/pixel.gif?id=3")
    assert is_furniture("https://example.com/icons/share-facebook.svg")
    assert not is_furniture("https://example.com/2024/05/flooded-harbour.jpg")
    assert not is_furniture("https://example.com/lexicon/photo.jpg")


# --- clip --images against a real server -------------------------------------------


@pytest.fixture
def site(server: LocalServer) -> LocalServer:
    server.add("/img/harbour.png", png(64, 48), headers={"Content-Type": "image/png"})
    # the server's word is not taken: a PNG sent as HTML is a PNG, HTML sent as PNG is not
    server.add("/img/mislabelled", png(50, 50, (0, 90, 0)), headers={"Content-Type": "text/html"})
    server.add(
        "/img/error.png", "<html><body>Oops</body></html>", headers={"Content-Type": "image/png"}
    )
    server.add(
        "/img/flood.png", png_header_only(50_000, 50_000), headers={"Content-Type": "image/png"}
    )
    server.add("/img/pixel.gif", gif(1, 1), headers={"Content-Type": "image/gif"})
    server.add("/static/site-logo.png", png(100, 30), headers={"Content-Type": "image/png"})
    gzipped = zlib.compressobj(9, zlib.DEFLATED, 31)
    bomb = gzipped.compress(b"\0" * 50_000_000) + gzipped.flush()
    server.add(
        "/img/bomb.png",
        bomb,
        headers={"Content-Type": "image/png", "Content-Encoding": "gzip"},
    )
    svg = b'<svg xmlns="http://www.w3.org/2000/svg" onload="x()"><script>x()</script><rect width="9" height="9"/></svg>'
    server.add("/img/chart.svg", svg, headers={"Content-Type": "image/svg+xml"})
    images = [
        ("/img/harbour.png", "The harbour"),
        ("/img/mislabelled", "Mislabelled"),
        ("/img/error.png", "Error page"),
        ("/img/flood.png", "Flood"),
        ("/img/pixel.gif", ""),
        ("/img/missing.jpg", "Missing"),
        ("/img/bomb.png", "Bomb"),
        ("/img/chart.svg", "Chart"),
        (data_uri(png(32, 32, (0, 0, 255))), "Inline"),
    ]
    server.add("/news/flood.html", article("Flood in the valley", images, paragraphs=9))
    server.add("/news/again.html", article("The harbour again", images[:1]))
    return server


def test_clip_images_keeps_what_is_an_image_and_reports_the_rest(site: LocalServer) -> None:
    code, out, err = invoke(
        "clip", "--images", "--delay", "0", "--json", site.url("/news/flood.html")
    )
    assert code == 0, err
    data = json.loads(out)
    kept = {
        Path(i["src"]).name if i["src"].startswith("http") else "inline": i for i in data["images"]
    }
    assert set(kept) == {"harbour.png", "mislabelled", "chart.svg", "inline"}
    assert kept["mislabelled"]["kind"] == "png" and kept["inline"]["width"] == 32
    assert kept["harbour.png"]["alt"] == "The harbour"
    assert kept["chart.svg"]["kind"] == "svg"
    failures = [line for line in err.splitlines() if "image not kept" in line]
    assert len(failures) == 4, err  # error page, flood, missing, bomb
    assert any("an HTML page" in line for line in failures)
    assert any("too large to open safely" in line for line in failures)
    assert any("404" in line for line in failures)
    assert any("bomb.png" in line and "limit" in line for line in failures)
    assert "Traceback" not in err
    # the logo (site furniture) and the tracking pixel were never fetched
    asked = {path for path, _ in site.requests}
    assert "/static/site-logo.png" not in asked and "/img/pixel.gif" not in asked


def test_images_are_stored_once_and_go_with_the_last_clipping_that_shows_them(
    site: LocalServer, clipper_db: Path
) -> None:
    from clipper import store

    first = clip_json("--images", site.url("/news/flood.html"))
    second = clip_json("--images", site.url("/news/again.html"))
    shared = second["images"][0]["sha256"]
    assert shared in {i["sha256"] for i in first["images"]}
    db = store.open_db(clipper_db)
    try:
        assert store.image_totals(db)[0] == 4
        code, _, err = invoke("rm", "--yes", str(first["id"]))
        assert code == 0, err
        assert store.image_totals(db)[0] == 1  # the shared one stays
        assert store.get_image(db, shared) == png(64, 48)
        code, _, err = invoke("rm", "--yes", str(second["id"]))
        assert store.image_totals(db) == (0, 0)
    finally:
        db.close()


def test_show_stats_reextract_and_db_check(site: LocalServer, clipper_db: Path) -> None:
    data = clip_json("--images", site.url("/news/flood.html"))
    code, out, _ = invoke("show", str(data["id"]))
    assert code == 0 and "Images (4)" in out and "png 64×48" in out
    code, out, _ = invoke("stats")
    assert "4 images" in out
    code, out, err = invoke("reextract", str(data["id"]), "--force")
    assert code == 0, err
    code, out, _ = invoke("show", "--json", str(data["id"]))
    assert len(json.loads(out)["images"]) == 4
    code, out, _ = invoke("db", "check")
    assert code == 0 and "4 images, each matching its hash" in out
    import sqlite3

    with sqlite3.connect(clipper_db) as raw:
        raw.execute("UPDATE images SET body = X'00' WHERE kind = 'svg'")
    code, out, _ = invoke("db", "check")
    assert code == 6 and "don't match their hash" in out


def test_without_images_nothing_is_fetched_and_the_env_switch_turns_it_on(
    site: LocalServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = clip_json(site.url("/news/again.html"))
    assert data["images"] == []
    assert not any(p.startswith("/img/") for p, _ in site.requests)
    monkeypatch.setenv("CLIPPER_IMAGES", "1")
    data = clip_json(site.url("/news/again.html"))
    assert len(data["images"]) == 1
    data = clip_json("--no-images", site.url("/news/flood.html"))
    assert data["images"] == []


def test_a_batch_keeps_images_too(site: LocalServer) -> None:
    code, out, err = invoke(
        "clip", "--images", "--delay", "0", "--json", "--jobs", "1",
        site.url("/news/flood.html"), site.url("/news/again.html"),
    )  # fmt: skip
    assert code == 0, err
    lines = {Path(line["source"]).name: line for line in map(json.loads, out.splitlines())}
    assert len(lines["flood.html"]["clipping"]["images"]) == 4
    assert len(lines["again.html"]["clipping"]["images"]) == 1
    assert len(lines["flood.html"]["image_failures"]) == 4


# --- export ------------------------------------------------------------------------


def test_markdown_export_writes_assets_beside_the_note_with_relative_links(
    site: LocalServer, tmp_path: Path
) -> None:
    data = clip_json("--images", site.url("/news/flood.html"))
    vault = tmp_path / "My Vault" / "Clippings"
    code, _, err = invoke("export", str(data["id"]), "-o", f"{vault}/")
    assert code == 0, err
    (note,) = vault.glob("*.md")
    links = re.findall(r"!\[[^\]]*\]\(([^)\s]+)\)", note.read_text())
    assert len(links) == 4
    for link in links:
        target = note.parent / unquote(link)
        assert link.startswith("assets/") and target.is_file()
        assert re.fullmatch(r"[a-z0-9-]+\.(png|svg|jpg|gif|webp|avif)", target.name)
    assert (vault / "assets" / Path(unquote(links[0])).name).read_bytes() == png(64, 48)
    # --assets puts them elsewhere, still linked relatively
    code, _, err = invoke(
        "export",
        str(data["id"]),
        "-o",
        str(tmp_path / "note.md"),
        "--assets",
        str(tmp_path / "media"),
    )
    assert code == 0, err
    text = (tmp_path / "note.md").read_text()
    assert "](media/" in text and len(list((tmp_path / "media").iterdir())) == 4


def test_html_export_embeds_images_and_json_lists_them(site: LocalServer, tmp_path: Path) -> None:
    data = clip_json("--images", site.url("/news/flood.html"))
    code, _, err = invoke(
        "export", str(data["id"]), "-f", "html", "-o", str(tmp_path / "page.html")
    )
    assert code == 0, err
    page = (tmp_path / "page.html").read_text()
    srcs = re.findall(r'<img[^>]+src="([^"]+)"', page)
    assert len(srcs) == 4 and all(s.startswith("data:image/") for s in srcs)
    assert "clipper-embedded:" not in page and "<script" not in page
    code, out, _ = invoke("export", str(data["id"]), "-f", "json")
    assert len(json.loads(out)["images"]) == 4


# --- single-file pages -----------------------------------------------------------


def test_a_single_file_page_keeps_its_inlined_images(tmp_path: Path) -> None:
    uri = data_uri(png(60, 40, (10, 200, 10)))
    page = tmp_path / "saved.html"
    page.write_text(article("Saved with SingleFile", [(uri, "Inline photo")]))
    data = clip_json("--images", str(page))
    assert [i["width"] for i in data["images"]] == [60]
    assert "base64" not in json.loads(invoke("show", "--json", str(data["id"]))[1]).get("html", "")
    # without --images the page clips as before, the image left out
    plain = tmp_path / "plain.html"
    plain.write_text(article("Saved once more", [(uri, "Inline photo")]))
    assert clip_json(str(plain))["images"] == []


def test_a_page_saved_complete_keeps_the_images_in_its_folder_only(tmp_path: Path) -> None:
    (tmp_path / "story_files").mkdir()
    (tmp_path / "story_files" / "photo.png").write_bytes(png(80, 60))
    (tmp_path / "secret.png").write_bytes(png(80, 60, (1, 2, 3)))
    page = tmp_path / "pages" / "story.html"
    page.parent.mkdir()
    (page.parent / "story_files").mkdir()
    (page.parent / "story_files" / "photo.png").write_bytes(png(80, 60))
    page.write_text(
        article("Saved complete", [("story_files/photo.png", "Photo"), ("../secret.png", "Out")])
    )
    code, out, err = invoke("clip", "--images", "--json", str(page))
    assert code == 0, err
    assert [Path(i["src"]).name for i in json.loads(out)["images"]] == ["photo.png"]
    assert "outside the saved page's folder" in err


def test_mhtml_clips_like_a_saved_page_with_its_images(tmp_path: Path) -> None:
    message = EmailMessage()
    message["Subject"] = "Saved"
    message["Snapshot-Content-Location"] = "https://news.example/story"
    message.make_related()
    html = article("Saved as MHTML", [("https://news.example/photo.png", "Photo")])
    message.add_related(
        html, subtype="html", headers=["Content-Location: https://news.example/story"]
    )
    message.add_related(
        png(70, 50), maintype="image", subtype="png",
        headers=["Content-Location: https://news.example/photo.png"],
    )  # fmt: skip
    path = tmp_path / "story.mhtml"
    path.write_bytes(message.as_bytes())
    data = clip_json("--images", str(path))
    assert data["title"] == "Saved as MHTML"
    assert [i["width"] for i in data["images"]] == [70]  # from the file, not the web


def test_mhtml_without_html_is_a_one_line_error(tmp_path: Path) -> None:
    message = EmailMessage()
    message.make_mixed()
    message.add_attachment(b"abc", maintype="application", subtype="octet-stream")
    path = tmp_path / "x.mht"
    path.write_bytes(message.as_bytes())
    code, _, err = invoke("clip", str(path))
    assert code == 5 and "without an HTML page" in err and "Traceback" not in err


# --- --archived -------------------------------------------------------------------


@pytest.fixture
def archive(server: LocalServer, monkeypatch: pytest.MonkeyPatch) -> LocalServer:
    """A loopback Wayback: the availability API, raw captures and archived images."""
    monkeypatch.setenv("CLIPPER_ARCHIVE_URL", server.url("/wayback/available"))
    capture = server.url("/web/20190304050607/")

    def available(handler: object) -> None:
        from urllib.parse import parse_qs, urlsplit

        query = parse_qs(urlsplit(handler.path).query)  # type: ignore[attr-defined]
        url = query.get("url", [""])[0]
        if "never-archived" in url:
            answer: dict = {"archived_snapshots": {}}
        else:
            closest = {
                "available": True,
                "url": capture + url,
                "timestamp": "20190304050607",
                "status": "200",
            }
            answer = {"url": url, "archived_snapshots": {"closest": closest}}
        body = json.dumps(answer).encode()
        handler.send_response(200)  # type: ignore[attr-defined]
        handler.send_header("Content-Type", "application/json")  # type: ignore[attr-defined]
        handler.send_header("Content-Length", str(len(body)))  # type: ignore[attr-defined]
        handler.end_headers()  # type: ignore[attr-defined]
        handler.wfile.write(body)  # type: ignore[attr-defined]

    server.routes["/wayback/available"] = Route(handler=available)
    dead = server.url("/gone/story.html")
    server.add(
        f"/web/20190304050607id_/{dead}",
        article("The archived story", [("/img/photo.png", "Photo")]),
    )
    server.add(
        f"/web/20190304050607im_/{server.url('/img/photo.png')}",
        png(90, 60),
        headers={"Content-Type": "image/png"},
    )
    return server


def test_archived_clips_the_newest_capture_of_a_dead_page(
    archive: LocalServer, tmp_path: Path
) -> None:
    dead = archive.url("/gone/story.html")
    code, _, err = invoke("clip", dead)
    assert code == 4 and "404" in err  # without --archived, the failure stands
    data = clip_json("--archived", "--images", dead)
    assert data["url"] == dead and data["title"] == "The archived story"
    assert data["archived_at"] == "2019-03-04T05:06:07Z"
    assert data["archived_from"].endswith(f"/web/20190304050607/{dead}")
    assert [i["width"] for i in data["images"]] == [90]
    code, out, _ = invoke("show", str(data["id"]))
    assert "captured 2019-03-04T05:06:07Z" in out
    code, out, _ = invoke("export", str(data["id"]))
    assert 'archived_at: "2019-03-04T05:06:07Z"' in out


def test_archived_with_no_capture_or_a_live_failure(archive: LocalServer) -> None:
    code, _, err = invoke("clip", "--archived", archive.url("/never-archived.html"))
    assert code == 4 and "has no copy of it either" in err and "Traceback" not in err
    archive.add("/forbidden.html", "no", status=403)
    code, _, err = invoke("clip", "--archived", archive.url("/forbidden.html"))
    assert code == 4 and "403" in err  # refused, not gone: no archive lookup
    assert not any(p.startswith("/wayback") and "forbidden" in p for p, _ in archive.requests)


def test_an_archive_endpoint_that_answers_nonsense(
    server: LocalServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    server.add("/api", "<html>not json</html>")
    monkeypatch.setenv("CLIPPER_ARCHIVE_URL", server.url("/api"))
    code, _, err = invoke("clip", "--archived", server.url("/gone.html"))
    assert code == 4 and "didn't answer in JSON" in err and len(err.strip().splitlines()) == 1


def test_archive_answers_are_read_as_the_api_defines() -> None:
    from clipper.assets.archive import as_captured, parse_answer

    none = parse_answer(b'{"archived_snapshots": {}}')
    assert none is None
    redirect = b'{"archived_snapshots": {"closest": {"available": true, "url": "http://a/web/20200101000000/x", "timestamp": "20200101000000", "status": "302"}}}'
    assert parse_answer(redirect) is None
    ok = parse_answer(redirect.replace(b'"302"', b'"200"'))
    assert ok is not None and ok.captured_at == "2020-01-01T00:00:00Z"
    assert as_captured(ok.url) == "http://a/web/20200101000000id_/x"


# --- schema and the real command ---------------------------------------------------


def test_migrations_make_the_image_tables_and_archive_columns(clipper_db: Path) -> None:
    from clipper import store

    db = store.open_db(clipper_db)
    try:
        assert {"archived_from", "archived_at"} <= set(db["clippings"].columns_dict)
        assert db["images"].pks == ["sha256"]
        assert set(db["clipping_images"].columns_dict) == {
            "clipping_id",
            "position",
            "src",
            "sha256",
            "alt",
        }
        assert {"clippings_images_ad", "clipping_images_ad"} <= {t.name for t in db.triggers}
    finally:
        db.close()


def test_the_installed_command_clips_images_and_exports_a_vault(
    site: LocalServer, tmp_path: Path
) -> None:
    from test_e2e import run

    db = tmp_path / "e2e.db"
    done = run("clip", "--images", "--delay", "0", site.url("/news/flood.html"), db=db)
    assert done.returncode == 0, done.stderr
    assert "Kept 4 images." in done.stderr
    vault = tmp_path / "vault"
    done = run("export", "--all", "-o", f"{vault}/", db=db)
    assert done.returncode == 0, done.stderr
    (note,) = vault.glob("*.md")
    for link in re.findall(r"!\[[^\]]*\]\(([^)\s]+)\)", note.read_text()):
        assert (vault / unquote(link)).is_file()


def test_an_epub_book_carries_the_images(site: LocalServer, tmp_path: Path) -> None:
    import zipfile

    data = clip_json("--images", site.url("/news/flood.html"))
    book = tmp_path / "book.epub"
    code, _, err = invoke("export", str(data["id"]), "-f", "epub", "-o", str(book))
    assert code == 0, err
    with zipfile.ZipFile(book) as epub:
        pictures = [n for n in epub.namelist() if n.startswith("EPUB/images/")]
        assert len(pictures) == 4
        assert png(64, 48) in {epub.read(n) for n in pictures}


def test_the_settings_file_makes_images_the_default(
    site: LocalServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = tmp_path / "config.toml"
    settings.write_text("images = true\n")
    monkeypatch.setenv("CLIPPER_CONFIG", str(settings))
    monkeypatch.delenv("CLIPPER_IMAGES", raising=False)
    assert len(clip_json(site.url("/news/again.html"))["images"]) == 1


def test_the_settings_file_says_where_exported_images_go(
    site: LocalServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = clip_json("--images", site.url("/news/again.html"))
    settings = tmp_path / "config.toml"
    settings.write_text(f"assets_folder = {str(tmp_path / 'media')!r}\n")
    monkeypatch.setenv("CLIPPER_CONFIG", str(settings))
    code, _, err = invoke("export", str(data["id"]), "-o", str(tmp_path / "note.md"))
    assert code == 0, err
    assert "](media/" in (tmp_path / "note.md").read_text()
    assert len(list((tmp_path / "media").iterdir())) == 1
    # --assets beats the file
    code, _, err = invoke(
        "export", str(data["id"]), "-o", str(tmp_path / "b.md"), "--assets", str(tmp_path / "pics")
    )
    assert code == 0, err
    assert "](pics/" in (tmp_path / "b.md").read_text()


def test_a_raw_svg_data_uri_is_one_image(tmp_path: Path, clipper_db: Path) -> None:
    raw = "data:image/svg+xml;utf8,<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 9 9'><script>x()</script><rect width='9' height='9'/></svg>"
    page = tmp_path / "raw.html"
    page.write_text(article("A raw SVG inline", [(raw, "Chart")]))
    data = clip_json("--images", str(page))
    assert [i["kind"] for i in data["images"]] == ["svg"]
    from clipper import store

    db = store.open_db(clipper_db)
    try:
        body = store.get_image(db, data["images"][0]["sha256"])
    finally:
        db.close()
    assert b"<rect" in body and b"script" not in body
