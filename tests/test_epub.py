"""EPUB export: one book, checked entry by entry (container, package, nav, every chapter's
XHTML parsed by lxml.etree), images through the image seam, and the command's errors."""

from __future__ import annotations

import json
import zipfile
from dataclasses import replace
from pathlib import Path

import pytest
from lxml import etree

from clipper.export.epub import BookImage, to_epub
from clipper.models import Highlight
from export_cases import CASES, build
from helpers import FIXTURES, invoke

NS = {
    "c": "urn:oasis:names:tc:opendocument:xmlns:container",
    "opf": "http://www.idpf.org/2007/opf",
    "dc": "http://purl.org/dc/elements/1.1/",
    "x": "http://www.w3.org/1999/xhtml",
    "epub": "http://www.idpf.org/2007/ops",
}
# The smallest PNG: a 1x1 transparent pixel.
PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360000002000100e221bc330000000049454e44ae426082"
)


def ok(*args: str) -> str:
    code, out, err = invoke(*args)
    assert code == 0, err
    return out


def read_book(data: bytes) -> dict:
    """Check the container entry by entry and return what the book holds."""
    import io

    book = zipfile.ZipFile(io.BytesIO(data))
    entries = book.infolist()
    # 1. mimetype: first, stored, exactly the media type, no extra field.
    first = entries[0]
    assert first.filename == "mimetype"
    assert first.compress_type == zipfile.ZIP_STORED and first.extra == b""
    assert book.read("mimetype") == b"application/epub+zip"
    # 2. the container names the package document.
    container = etree.fromstring(book.read("META-INF/container.xml"))
    (rootfile,) = container.findall(".//c:rootfile", NS)
    assert rootfile.get("media-type") == "application/oebps-package+xml"
    opf_path = rootfile.get("full-path")
    base = opf_path.rsplit("/", 1)[0] + "/" if "/" in opf_path else ""
    # 3. the package: EPUB 3, its metadata, a manifest with a nav document, a spine.
    opf = etree.fromstring(book.read(opf_path))
    assert opf.get("version") == "3.0"
    unique = opf.get("unique-identifier")
    assert opf.find(f".//dc:identifier[@id='{unique}']", NS).text
    assert opf.find(".//opf:meta[@property='dcterms:modified']", NS) is not None
    manifest = {
        item.get("id"): item for item in opf.find("opf:manifest", NS).findall("opf:item", NS)
    }
    for item in manifest.values():
        assert base + item.get("href") in book.namelist()  # every item is in the book
    (nav,) = [i for i in manifest.values() if "nav" in (i.get("properties") or "").split()]
    spine = [ref.get("idref") for ref in opf.find("opf:spine", NS).findall("opf:itemref", NS)]
    chapters = [manifest[i] for i in spine if manifest[i] is not nav]
    # 4. every XHTML entry is well-formed XML in the XHTML namespace.
    docs = {}
    for item in manifest.values():
        if item.get("media-type") == "application/xhtml+xml":
            root = etree.fromstring(book.read(base + item.get("href")))
            assert root.tag == f"{{{NS['x']}}}html"
            docs[item.get("href")] = root
    # 5. the navigation document lists every chapter, in spine order.
    toc = docs[nav.get("href")].find(".//x:nav[@epub:type='toc']", NS)
    links = [(a.get("href"), "".join(a.itertext())) for a in toc.iter(f"{{{NS['x']}}}a")]
    assert [href for href, _ in links] == [c.get("href") for c in chapters]
    return {
        "zip": book,
        "opf": opf,
        "title": opf.find(".//dc:title", NS).text,
        "language": opf.find(".//dc:language", NS).text,
        "chapters": [docs[c.get("href")] for c in chapters],
        "toc": [text for _, text in links],
        "manifest": manifest,
        "base": base,
    }


def text_of(chapter: etree._Element) -> str:
    return " ".join("".join(chapter.find("x:body", NS).itertext()).split())


@pytest.fixture(scope="module")
def cases(tmp_path_factory: pytest.TempPathFactory) -> dict:
    folder = tmp_path_factory.mktemp("epub")
    return {name: build(folder / f"{name}.db", name) for name in CASES}


def test_a_book_of_every_case_is_valid_entry_by_entry(cases: dict) -> None:
    clippings = list(cases.values())
    clippings[0] = replace(
        clippings[0],
        highlights=[Highlight(1, clippings[0].id, "cycle lane", "Finally.", "x", 0, 1)],
    )
    book = read_book(to_epub(clippings, title="Four clippings"))
    assert book["title"] == "Four clippings"
    assert book["toc"] == [c.title for c in clippings]
    first = book["chapters"][0]
    assert first.find(".//x:h1", NS).text == clippings[0].title
    meta = "".join(first.find(".//x:p[@class='meta']", NS).itertext())
    assert "The Daily Example" in meta and "Marta Lindqvist" in meta and "2025-03-03" in meta
    assert "Compare with the 2016 closure." in text_of(first)  # the note
    assert first.find(".//x:blockquote", NS) is not None and "Finally." in text_of(first)
    for clipping, chapter in zip(clippings, book["chapters"], strict=True):
        body = text_of(chapter)
        assert " ".join(clipping.text.split()[:8]) in body
        assert chapter.get("lang") == (clipping.lang or book["language"])
    # The Japanese chapter keeps its language; the book takes the most common one.
    assert book["chapters"][3].get("lang") == "ja"


def test_hostile_metadata_is_escaped_and_nothing_active_survives(cases: dict) -> None:
    base = cases["article"]
    hostile = replace(
        base,
        title='</h1><script>alert(1)</script> & "quotes" \x1b[31m',
        site_name="<b>Site</b>",
        note="a < b & c",
        url="javascript:alert(1)",
        html='<p onclick="x()">Body <a href="javascript:y()">link</a> <a href="/rel">rel</a>'
        '<img src="https://tracker.example/pixel.gif"></p><script>bad()</script>'
        '<iframe src="https://x.example"></iframe><form><input></form>',
    )
    book = read_book(to_epub([hostile], title="<Hostile> & title"))
    assert book["title"] == "<Hostile> & title"
    chapter = book["chapters"][0]
    assert chapter.find(".//x:h1", NS).text.startswith("</h1><script>")
    raw = etree.tostring(chapter, encoding="unicode")
    for active in ("<script", "onclick", 'href="javascript', "<iframe", "<form", "<img", "\x1b"):
        assert active not in raw, active
    assert 'href="/rel"' not in raw  # a relative link points nowhere in a book


def test_images_come_from_the_image_seam_and_others_are_left_out(cases: dict) -> None:
    base = cases["article"]
    clipping = replace(
        base,
        html='<p>Before.</p><figure><img src="https://example.com/a.png" alt="A">'
        "<figcaption>The harbour.</figcaption></figure>"
        '<p><img src="https://example.com/gone.jpg"> After.</p>',
    )

    def images(c):  # type: ignore[no-untyped-def]
        return [BookImage("https://example.com/a.png", "image/png", PNG)]

    book = read_book(to_epub([clipping], title="Pictures", images=images))
    imgs = list(book["chapters"][0].iter(f"{{{NS['x']}}}img"))
    assert len(imgs) == 1 and imgs[0].get("alt") == "A"
    (item,) = [i for i in book["manifest"].values() if i.get("media-type") == "image/png"]
    assert imgs[0].get("src") == item.get("href")
    assert book["zip"].read(book["base"] + item.get("href")) == PNG
    assert "The harbour." in text_of(book["chapters"][0])  # the caption stays


# --- the command ---------------------------------------------------------------------------


def clip_many(tmp_path: Path, n: int) -> list[int]:
    ids = []
    for i in range(n):
        page = tmp_path / f"story-{i}.html"
        page.write_text(
            f"<html lang='en'><head><title>Story number {i}</title></head><body><article>"
            f"<h1>Story number {i}</h1>"
            + f"<p>Paragraph about story {i}, long enough for the extractor to keep it.</p>" * 4
            + "</article></body></html>",
            encoding="utf-8",
        )
        ids.append(json.loads(ok("clip", "--json", str(page), "--tag", "reading"))["id"])
    return ids


def test_ten_clippings_by_tag_make_one_book(tmp_path: Path) -> None:
    ids = clip_many(tmp_path, 10)
    ok("clip", str(FIXTURES / "article.html"))  # not tagged: not in the book
    target = tmp_path / "reading.epub"
    code, out, err = invoke("export", "--tag", "reading", "--format", "epub", "-o", str(target))
    assert code == 0 and "10 chapters" in err and out == ""
    book = read_book(target.read_bytes())
    assert book["title"] == "Clippings: #reading"
    assert book["toc"] == [f"Story number {i}" for i in range(10)]
    assert len(book["chapters"]) == len(ids) == 10


def test_epub_by_ids_search_and_all_with_a_title(tmp_path: Path) -> None:
    ids = clip_many(tmp_path, 3)
    for args, chapters in (
        ((str(ids[2]), str(ids[0])), ["Story number 2", "Story number 0"]),
        (("--search", "story 1"), ["Story number 1"]),
        (("--all",), ["Story number 0", "Story number 1", "Story number 2"]),
    ):
        target = tmp_path / "book.epub"
        code, _, err = invoke(
            "export", *args, "--format", "epub", "-o", str(target), "--title", "Mine"
        )
        assert code == 0, err
        assert f"({len(chapters)} chapter{'s' * (len(chapters) != 1)})" in err
        book = read_book(target.read_bytes())
        assert book["toc"] == chapters and book["title"] == "Mine"


@pytest.mark.parametrize(
    ("output", "needle"),
    [(None, "-o FILE.epub"), ("-", "-o FILE.epub"), ("book.txt", ".epub"),
     ("nowhere/book.epub", "doesn't exist"), ("folder/", "is a folder")],
)  # fmt: skip
def test_epub_usage_errors(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, output: str | None, needle: str
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "folder").mkdir()
    clip_many(tmp_path, 1)
    args = ["export", "--all", "--format", "epub"] + (["-o", output] if output else [])
    code, _, err = invoke(*args)
    assert code == 2 and needle in err and err.count("\n") == 1
    assert not list(tmp_path.glob("**/*.epub"))


EPUBCHECK = Path("/usr/share/java/epubcheck.jar")


def test_epubcheck_finds_nothing_wrong_when_it_is_installed(cases: dict, tmp_path: Path) -> None:
    """The W3C's own checker, where it is installed (Debian's epubcheck package); else skipped."""
    import shutil
    import subprocess

    if not EPUBCHECK.is_file() or shutil.which("java") is None:
        pytest.skip("epubcheck is not installed (apt-get install epubcheck)")
    clippings = list(cases.values())
    clippings[0] = replace(
        clippings[0],
        html='<figure><img src="https://example.com/a.png" alt="A"><figcaption>C</figcaption>'
        "</figure>" + clippings[0].html,
        highlights=[Highlight(1, clippings[0].id, "cycle lane", "n <b>", "x", 0, 1)],
    )
    book = tmp_path / "check.epub"
    book.write_bytes(
        to_epub(
            clippings,
            title="Checked & <true>",
            images=lambda c: [BookImage("https://example.com/a.png", "image/png", PNG)],
        )
    )
    done = subprocess.run(
        ["java", "-jar", str(EPUBCHECK), str(book)], capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "0 fatals / 0 errors / 0 warnings" in done.stdout
