"""Web archives (WARC) as a source: written here with warcio, clipped through the batch path."""

from __future__ import annotations

import json
import zlib
from io import BytesIO
from pathlib import Path

import pytest
from media import PARAGRAPH, write_warc

from clipper.sources.warc import list_pages, read_record
from helpers import invoke


def page(n: int, extra: str = "") -> bytes:
    paragraphs = "".join(f"<p>{PARAGRAPH} Story {n}, part {j}: {extra}</p>" for j in range(5))
    return (
        f"<html><head><title>Story {n}</title></head><body><article><h1>Story {n}</h1>"
        f"{paragraphs}</article></body></html>"
    ).encode()


def lines(out: str) -> list[dict]:
    return [json.loads(line) for line in out.splitlines()]


@pytest.mark.parametrize("name", ["crawl.warc.gz", "crawl.warc"])
def test_every_html_record_becomes_a_clipping_with_its_url_and_capture_date(
    tmp_path: Path, name: str
) -> None:
    pages = [(f"https://news.example/{n}.html", page(n, "unique words " * n)) for n in range(5)]
    warc = write_warc(tmp_path / name, pages)
    code, out, err = invoke("clip", "--json", "--jobs", "1", str(warc))
    assert code == 0, err
    found = lines(out)
    assert [r["status"] for r in found] == ["added"] * 5  # the image records are not pages
    urls = sorted(r["clipping"]["url"] for r in found)
    assert urls == sorted(url for url, _ in pages)
    first = found[0]["clipping"]
    assert first["archived_at"] == "2021-05-06T07:08:09Z"
    assert first["archived_from"] == str(warc.resolve())
    # run again: everything is archived already
    code, out, err = invoke("clip", "--json", "--jobs", "1", str(warc))
    assert code == 0, err
    assert {r["status"] for r in lines(out)} == {"skipped"}


def test_an_interrupted_warc_batch_finishes_what_it_had_not_stored(tmp_path: Path) -> None:
    pages = [(f"https://news.example/{n}.html", page(n, "words " * n)) for n in range(6)]
    warc = write_warc(tmp_path / "c.warc.gz", pages)
    listing = list_pages(warc)
    # the first three stored, as a run stopped half-way leaves them
    code, _, err = invoke("clip", "--jobs", "1", *listing.sources[:3])
    assert code == 0, err
    code, out, err = invoke("clip", "--json", "--jobs", "1", str(warc))
    assert code == 0, err
    assert sorted(r["status"] for r in lines(out)) == ["added"] * 3 + ["skipped"] * 3


def test_a_truncated_warc_clips_what_is_whole_and_says_where_it_stopped(tmp_path: Path) -> None:
    pages = [(f"https://news.example/{n}.html", page(n, "more " * n)) for n in range(4)]
    whole = write_warc(tmp_path / "whole.warc", pages, extra_images=False).read_bytes()
    cut = tmp_path / "cut.warc"
    cut.write_bytes(whole[: len(whole) * 5 // 8])  # in the third record
    code, out, err = invoke("clip", "--json", "--jobs", "1", str(cut))
    # the pages after the cut are lost: a partial success, as when some sources fail
    assert code == 7, err
    assert len(lines(out)) == 2
    assert "cut short" in err and "Traceback" not in err


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"WARC/1.0\r\nWARC-Type: response\r\n\r\n garbage",
        b"\x1f\x8b\x08\x00garbage",
        b"WARC/9.9\r\n",
    ],
)
def test_a_corrupt_warc_is_one_line_and_nothing_stored(tmp_path: Path, content: bytes) -> None:
    bad = tmp_path / "bad.warc.gz"
    bad.write_bytes(content)
    code, _, err = invoke("clip", str(bad))
    assert code != 0 and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1, err
    code, out, _ = invoke("list", "--json")
    assert json.loads(out) == []


def test_lying_types_and_charsets_fail_or_read_alone(tmp_path: Path) -> None:
    png_as_html = (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40, "text/html")
    warc = tmp_path / "lies.warc"
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    records = [
        ("https://a.example/png", *png_as_html),
        (
            "https://a.example/latin",
            page(1, "caf\xe9".encode("latin-1").decode("latin-1")),
            "text/html; charset=utf-16",
        ),
        ("https://a.example/unlabelled", page(2, "plain"), "application/octet-stream"),
        ("https://a.example/image-claim", page(3), "image/jpeg"),
    ]
    with warc.open("wb") as f:
        writer = WARCWriter(f, gzip=False)
        for url, body, ctype in records:
            headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            writer.write_record(
                writer.create_warc_record(
                    url, "response", payload=BytesIO(body), http_headers=headers
                )
            )
    code, out, err = invoke("clip", "--json", "--jobs", "1", str(warc))
    results = [r for r in lines(out)]
    assert len(results) == 3  # a page labelled as an image is not one of the archive's pages
    assert [r["status"] for r in results] == ["failed", "added", "added"]
    assert "binary data, not a web page" in results[0]["error"]
    assert {r["clipping"]["url"] for r in results[1:]} == {
        "https://a.example/latin",
        "https://a.example/unlabelled",
    }
    assert "Traceback" not in err and code == 7


def test_a_decompression_bomb_in_a_record_is_refused_in_bounded_memory(tmp_path: Path) -> None:
    squeeze = zlib.compressobj(9, zlib.DEFLATED, 31)
    bomb = squeeze.compress(b"<p>" + b"a" * 200_000_000) + squeeze.flush()
    warc = write_warc(
        tmp_path / "bomb.warc",
        [("https://a.example/bomb", bomb)],
        extra_images=False,
        http_headers=[("Content-Encoding", "gzip")],
    )
    code, out, err = invoke("clip", "--json", "--jobs", "1", str(warc))
    (result,) = lines(out)
    assert result["status"] == "failed" and "limit" in result["error"]
    assert code == 7


def test_a_record_of_a_file_that_changed_fails_alone(tmp_path: Path) -> None:
    warc = write_warc(tmp_path / "c.warc", [("https://a.example/1", page(1))], extra_images=False)
    with pytest.raises(Exception, match=r"can't be read|no record|holds no page") as caught:
        read_record(warc, 7, f"{warc}#warc-record=7")
    assert "ClipperError" in [c.__name__ for c in type(caught.value).__mro__]


def test_a_warc_of_100000_records_lists_in_one_pass(tmp_path: Path) -> None:
    from warcio.warcwriter import WARCWriter

    warc = tmp_path / "big.warc"
    with warc.open("wb") as f:
        writer = WARCWriter(f, gzip=False)
        for n in range(100_000):
            kind = "response" if n % 1000 == 0 else "metadata"
            if kind == "response":
                from warcio.statusandheaders import StatusAndHeaders

                headers = StatusAndHeaders(
                    "200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1"
                )
                record = writer.create_warc_record(
                    f"https://a.example/{n}",
                    "response",
                    payload=BytesIO(b"<p>x</p>"),
                    http_headers=headers,
                )
            else:
                record = writer.create_warc_record(
                    f"https://a.example/{n}", "metadata", payload=BytesIO(b"k: v\r\n")
                )
            writer.write_record(record)
    listing = list_pages(warc)
    assert listing.records == 100_000 and len(listing.sources) == 100 and listing.note is None


def test_the_installed_command_clips_a_warc(tmp_path: Path) -> None:
    from test_e2e import run

    pages = [(f"https://news.example/{n}.html", page(n, "distinct " * n)) for n in range(3)]
    warc = write_warc(tmp_path / "crawl.warc.gz", pages)
    db = tmp_path / "e2e.db"
    done = run("clip", "--jobs", "1", str(warc), db=db)
    assert done.returncode == 0, done.stderr
    assert "added 3" in done.stderr
    shown = run("show", "1", db=db)
    assert "captured 2021-05-06T07:08:09Z" in shown.stdout


def test_images_come_from_the_crawl_itself(tmp_path: Path) -> None:
    from media import png
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    html = page(1).replace(b"</article>", b'<img src="/photo.png" alt="Photo"></article>')
    warc = tmp_path / "crawl.warc.gz"
    with warc.open("wb") as f:
        writer = WARCWriter(f, gzip=True)
        for url, body, kind in (
            ("https://news.example/story", html, "text/html"),
            ("https://news.example/photo.png", png(120, 80), "image/png"),
        ):
            headers = StatusAndHeaders("200 OK", [("Content-Type", kind)], protocol="HTTP/1.1")
            writer.write_record(
                writer.create_warc_record(
                    url, "response", payload=BytesIO(body), http_headers=headers
                )
            )
    code, out, err = invoke("clip", "--json", "--jobs", "1", "--images", str(warc))
    assert code == 0, err
    (result,) = lines(out)
    assert [(i["src"], i["width"]) for i in result["clipping"]["images"]] == [
        ("https://news.example/photo.png", 120)
    ]
