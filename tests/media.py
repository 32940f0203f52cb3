"""Small real files for the image and web-archive tests, made by the tests themselves."""

from __future__ import annotations

import base64
import struct
import zlib
from io import BytesIO
from pathlib import Path


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def png(width: int, height: int, color: tuple[int, int, int] = (200, 40, 40)) -> bytes:
    """A real RGB PNG of one colour."""
    row = b"\x00" + bytes(color) * width
    return (
        b"\x89PNG\r\n\x1a\n"
        + _chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
        + _chunk(b"IDAT", zlib.compress(row * height))
        + _chunk(b"IEND", b"")
    )


def png_header_only(width: int, height: int) -> bytes:
    """A PNG whose header claims a size its (tiny) data never holds: a pixel flood."""
    return (
        b"\x89PNG\r\n\x1a\n"
        + _chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
        + _chunk(b"IDAT", zlib.compress(b"\x00" * 1000))
        + _chunk(b"IEND", b"")
    )


def gif(width: int, height: int) -> bytes:
    return b"GIF89a" + struct.pack("<HH", width, height) + b"\x00\x00\x00" + b";"


def jpeg(width: int, height: int) -> bytes:
    """The markers of a baseline JPEG up to its frame header (enough to read its size)."""
    app0 = b"\xff\xe0" + struct.pack(">H", 16) + b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
    sof = b"\xff\xc0" + struct.pack(">HBHHB", 11, 8, height, width, 1) + b"\x01\x11\x00"
    return b"\xff\xd8" + app0 + sof + b"\xff\xda\x00\x08\x01\x01\x00\x00\x3f\x00" + b"\x00" * 32


def webp(width: int, height: int) -> bytes:
    payload = b"VP8X" + struct.pack("<I", 10) + b"\x00\x00\x00\x00"
    payload += (width - 1).to_bytes(3, "little") + (height - 1).to_bytes(3, "little")
    return b"RIFF" + struct.pack("<I", 4 + len(payload)) + b"WEBP" + payload


def avif(width: int, height: int) -> bytes:
    ftyp = struct.pack(">I", 24) + b"ftypavif" + b"\x00\x00\x00\x00" + b"mif1avif"
    ispe = struct.pack(">I", 20) + b"ispe" + b"\x00\x00\x00\x00" + struct.pack(">II", width, height)
    meta = struct.pack(">I", 8 + len(ispe)) + b"meta" + ispe
    return ftyp + meta


def data_uri(body: bytes, media: str = "image/png") -> str:
    return f"data:{media};base64,{base64.b64encode(body).decode('ascii')}"


PARAGRAPH = (
    "The river rose through the night and the town watched the water climb the old stone "
    "walls of the harbour, while the council argued about the flood barrier it never built. "
)


def article(title: str, images: list[tuple[str, str]], paragraphs: int = 4) -> str:
    """An article page showing ``images`` (src, alt) between its paragraphs."""
    body = []
    for i in range(paragraphs):
        body.append(f"<p>{PARAGRAPH * 3} ({i})</p>")
        if i < len(images):
            src, alt = images[i]
            body.append(
                f'<figure><img src="{src}" alt="{alt}"><figcaption>{alt}</figcaption></figure>'
            )
    for src, alt in images[paragraphs:]:
        body.append(f'<p>{PARAGRAPH}<img src="{src}" alt="{alt}"></p>')
    return (
        f"<!doctype html><html><head><title>{title}</title></head><body>"
        f'<header><img src="/static/site-logo.png" alt="logo"></header>'
        f"<article><h1>{title}</h1>{''.join(body)}</article></body></html>"
    )


def write_warc(
    path: Path,
    pages: list[tuple[str, bytes]],
    *,
    date: str = "2021-05-06T07:08:09Z",
    content_type: str = "text/html; charset=utf-8",
    extra_images: bool = True,
    http_headers: list[tuple[str, str]] | None = None,
) -> Path:
    """A WARC (gzip by the name) of response records, written with warcio."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as f:
        writer = WARCWriter(f, gzip=path.name.endswith(".gz"))
        for url, body in pages:
            headers = StatusAndHeaders(
                "200 OK",
                [("Content-Type", content_type), *(http_headers or [])],
                protocol="HTTP/1.1",
            )
            record = writer.create_warc_record(
                url,
                "response",
                payload=BytesIO(body),
                http_headers=headers,
                warc_headers_dict={"WARC-Date": date},
            )
            writer.write_record(record)
            if extra_images:
                image = StatusAndHeaders(
                    "200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1"
                )
                writer.write_record(
                    writer.create_warc_record(
                        url + ".png", "response", payload=BytesIO(png(30, 30)), http_headers=image
                    )
                )
    return path
