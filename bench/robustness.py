"""Hostile input through the real pipeline: nothing may crash, hang or eat the machine.

Usage::

    python bench/robustness.py [--verbose] [--only NAME]

Every input in the corpus (random bytes, invalid UTF-8, NUL bytes and control
characters, HTML nested 100,000 levels deep, megabyte-long attributes and
lines, entity and compression bombs, a million tiny paragraphs, empty and
whitespace-only pages, mutated real pages…) is written to a file, or served
from a local HTTP server, and clipped in a fresh child process: read or fetch,
decode, extract, store in a temporary archive, read back, render for the
terminal, export as Markdown and search for.

An input is *handled* when it was clipped, or refused with a ClipperError,
within TIME_LIMIT seconds and MEMORY_LIMIT of peak memory, and the result
passes the input's own check (an external entity was not read, a
billion-laughs entity was not expanded, nothing printed carries a terminal
control character). Anything else is *crashed*: any other exception, a
time-out, a memory blow-up, a failed check. Exit status 1 when any crashed.
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import multiprocessing
import os
import random
import resource
import sys
import tempfile
import time
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))
from helpers import LocalServer  # noqa: E402  (the tests' server, sending exactly what it's given)

TIME_LIMIT = 60.0  # seconds per input, everything included: a hang, not a slow machine
MEMORY_LIMIT = 1024  # MB of peak resident memory per input
FIXTURES = ROOT / "tests" / "fixtures"

PARA = "<p>" + "A sentence long enough to count as the prose of a news article. " * 3 + "</p>"
PROSE = PARA * 4
# The same prose as a text dump's paragraph.
PROSE_TEXT = "A sentence long enough to count as the prose of a news article. " * 3
# What must never reach the terminal; stored text may keep DEL and C1 (harmless
# in UTF-8) but never the C0 controls that start escape sequences.
C0_CONTROLS = tuple(chr(c) for c in (*range(0x00, 0x09), *range(0x0B, 0x0D), *range(0x0E, 0x20)))
TERMINAL_CONTROLS = tuple(
    chr(c) for c in (*range(0x00, 0x09), *range(0x0B, 0x20), *range(0x7F, 0xA0))
)


@dataclass(frozen=True)
class Case:
    """One hostile input: how to make its bytes, how to deliver them, what must hold."""

    name: str
    make: Callable[[], bytes]
    headers: dict[str, str] | None = None  # served over HTTP with these headers when set
    check: Callable[[str], str | None] | None = None  # problem found in what was stored
    tags: tuple[str, ...] = field(default=())


def page(body: str, head: str = "<title>Hostile page</title>") -> bytes:
    return f"<!DOCTYPE html><html><head>{head}</head><body>{body}</body></html>".encode()


def lacks(*needles: str) -> Callable[[str], str | None]:
    def check(stored: str) -> str | None:
        found = [n for n in needles if n in stored]
        return f"stored text contains {found[0]!r}" if found else None

    return check


def at_most_words(limit: int) -> Callable[[str], str | None]:
    def check(stored: str) -> str | None:
        words = len(stored.split())
        return f"{words:,} words stored: an entity was expanded" if words > limit else None

    return check


def random_bytes(size: int, seed: int) -> Callable[[], bytes]:
    return lambda: random.Random(seed).randbytes(size)


def mutants(source: bytes, stem: str, count: int, seed: int) -> Iterator[Case]:
    """Real pages damaged the ways downloads and editors damage them."""
    rng = random.Random(seed)
    tags = [b"<div>", b"</div>", b"<p>", b"</p>", b"<table>", b"<!--", b"-->", b"<script>",
            b"</article>", b"<![CDATA[", b"&", b"\x00", b"\xff", b"\x1b[31m", b"<"]  # fmt: skip
    for n in range(count):
        data = bytearray(source)
        kind = n % 4
        if kind == 0:  # truncated download
            data = data[: rng.randrange(len(data))]
        elif kind == 1:  # flipped bytes
            for _ in range(rng.randrange(1, 200)):
                data[rng.randrange(len(data))] = rng.randrange(256)
        elif kind == 2:  # stray markup
            for _ in range(rng.randrange(1, 50)):
                at = rng.randrange(len(data))
                data[at:at] = rng.choice(tags)
        else:  # a chunk repeated, as by a broken proxy
            start = rng.randrange(len(data))
            chunk = data[start : start + rng.randrange(1, 2000)]
            data[start:start] = chunk * rng.randrange(2, 200)
        frozen = bytes(data)
        yield Case(f"{stem}-mutant-{n}", lambda frozen=frozen: frozen)


def corpus(mutants_per_page: int = 24) -> list[Case]:
    """Every hostile input, in a fixed order (all randomness is seeded)."""
    deep = 100_000
    laughs = "".join(f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10))
    cases = [
        # --- nothing, or only space
        Case("empty", lambda: b""),
        Case("spaces", lambda: b" " * 10_000),
        Case("newlines-and-tabs", lambda: b"\n\t\r\n" * 10_000),
        Case("unicode-spaces", lambda: "\u00a0\u3000\u2028\u2029\u200b\ufeff".encode() * 5_000),
        Case("bom-only", lambda: b"\xef\xbb\xbf"),
        Case("html-empty", lambda: b"<html></html>"),
        Case("html-whitespace-body", lambda: page(" \n " * 1000)),
        Case("html-only-comment", lambda: b"<!-- nothing here -->"),
        Case("html-only-script", lambda: page("<script>var a = 1;</script>" * 1000)),
        Case("doctype-only", lambda: b"<!DOCTYPE html>"),
        # --- bytes that aren't text
        Case("nul", lambda: b"\x00"),
        Case("nul-100k", lambda: b"\x00" * 100_000),
        *(
            Case(f"random-{size}-{seed}", random_bytes(size, seed))
            for size in (1, 17, 4096, 1_000_000)
            for seed in (1, 2, 3)
        ),
        Case(
            "invalid-utf8",
            lambda: page(f"<article>{PROSE}</article>").replace(
                b"sentence", b"sen\xff\xfe\xc3\x28tence"
            ),
        ),
        Case(
            "overlong-utf8",
            lambda: page(f"<article>{PROSE}</article>").replace(
                b"prose", b"\xc0\xaf\xe0\x80\xafprose"
            ),
        ),
        Case(
            "cesu-surrogates",
            lambda: page(f"<article>{PROSE}</article>").replace(
                b"news", b"\xed\xa0\x80\xed\xb0\x80news"
            ),
        ),
        Case(
            "utf16-no-bom", lambda: page(f"<article>{PROSE}</article>").decode().encode("utf-16-le")
        ),
        Case("utf32-bom", lambda: page(f"<article>{PROSE}</article>").decode().encode("utf-32")),
        Case(
            "meta-charset-junk",
            lambda: page(f"<article>{PROSE}</article>", '<meta charset="x-\x00bogus">'),
        ),
        Case(
            "meta-charset-utf7",
            lambda: page(f"<article>{PROSE}+ADw-script+AD4-</article>", '<meta charset="utf-7">'),
        ),
        Case(
            "declared-utf8-is-latin1",
            lambda: page(f"<article>{PROSE} caf\xe9</article>", '<meta charset="utf-8">').replace(
                b"\xc3\xa9", b"\xe9"
            ),
        ),
        # --- control characters and terminal escapes
        Case(
            "controls-everywhere",
            lambda: page(
                f"<article><h1>Ti{''.join(TERMINAL_CONTROLS)}tle</h1>{PROSE}"
                f"{''.join(TERMINAL_CONTROLS) * 100}</article>",
                f"<title>T{''.join(TERMINAL_CONTROLS)}</title>",
            ),
            check=lacks(*C0_CONTROLS),
        ),
        Case(
            "ansi-osc-title",
            lambda: page(
                f"<article>{PROSE}\x1b[2J\x1b]0;pwned\x07\x08\x08</article>",
                "<title>\x1b[31mRed\x1b[0m \x1b]8;;http://evil/\x1b\\link\x1b]8;;\x1b\\ [bold red]x[/]</title>",
            ),
            check=lacks("\x1b", "\x07", "\x08"),
        ),
        Case(
            "text-dump-controls",
            lambda: (
                "Title \x1b[31mred\n\n"
                + (
                    "A sentence of prose \x00 with \x07 bells and \x1b[2J escapes "
                    "that runs long enough to be a paragraph. " * 4 + "\n\n"
                )
                * 5
            ).encode(),
            check=lacks("\x00", "\x07", "\x1b"),
        ),
        Case(
            "form-feeds",
            lambda: (
                "Title\n\x0c\n"
                + ("Prose line that is long enough to count. " * 5 + "\n\x0b\n") * 10
            ).encode(),
        ),
        Case(
            "bidi-and-zero-width",
            lambda: page(
                f"<article><h1>\u202eevil\u202c \u200d\u2066x\u2069</h1>{PROSE}</article>"
            ),
        ),
        Case("zalgo", lambda: page(f"<article>{PROSE}x{chr(0x301) * 200_000}</article>")),
        # --- nesting
        Case("deep-div-100k", lambda: page("<div>" * deep + PROSE + "</div>" * deep)),
        Case("deep-unclosed-100k", lambda: page("<div>" * deep + PROSE)),
        Case("deep-inline-100k", lambda: page("<article>" + "<b>" * deep + PROSE)),
        Case("deep-table-30k", lambda: page("<table><tr><td>" * 30_000 + PROSE)),
        Case("deep-list-100k", lambda: page("<ul><li>" * deep + PROSE)),
        # sidebars and footers are dropped outermost first, each measured once
        Case("deep-aside-250", lambda: page("<aside>" * 250 + PARA * 20_000 + "</aside>" * 250)),
        Case(
            "deep-footer-250-article",
            lambda: page(
                f"<article>{PROSE}</article>" + "<footer><p>x</p>" * 250 + "</footer>" * 250
            ),
        ),
        Case(
            "deep-200-article",
            lambda: page("<div>" * 200 + f"<article>{PROSE}</article>" + "</div>" * 200),
        ),
        Case(
            "jsonld-deep",
            lambda: page(
                f"<article>{PROSE}</article>",
                '<script type="application/ld+json">' + "[" * deep + "]" * deep + "</script>",
            ),
        ),
        Case(
            "jsonld-deep-object",
            lambda: page(
                f"<article>{PROSE}</article>",
                '<script type="application/ld+json">'
                + '{"a":' * 5_000
                + "1"
                + "}" * 5_000
                + "</script>",
            ),
        ),
        Case(
            "jsonld-invalid",
            lambda: page(
                f"<article>{PROSE}</article>",
                '<script type="application/ld+json">{"@type": "NewsArticle", "headline": </script>',
            ),
        ),
        Case(
            "jsonld-wrong-types",
            lambda: page(
                f"<article>{PROSE}</article>",
                '<script type="application/ld+json">{"@type": 5, "headline": [1, {}], "author": {"name": [null]}, '
                '"datePublished": {"x": 1}, "image": 7, "keywords": {"a": 1}, "articleBody": 3}</script>',
            ),
        ),
        Case(
            "jsonld-1000-blocks",
            lambda: page(
                f"<article>{PROSE}</article>",
                '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "H"}</script>'
                * 1000,
            ),
        ),
        Case(
            "jsonld-article-body-2mb",
            lambda: page(
                "",
                '<script type="application/ld+json">{"@type":"NewsArticle","articleBody":"'
                + "word " * 400_000
                + '"}</script>',
            ),
        ),
        # --- size
        Case(
            "attribute-2mb",
            lambda: page(f'<article><p title="{"x" * 2_000_000}">{PROSE}</p></article>'),
        ),
        Case(
            "attributes-200k",
            lambda: page(
                "<article><p " + " ".join(f"a{i}=x" for i in range(200_000)) + f">{PROSE}</article>"
            ),
        ),
        Case(
            "attributes-boolean-200k",
            lambda: page(
                "<article><p " + " ".join(f"b{i}" for i in range(200_000)) + f">{PROSE}</article>"
            ),
        ),
        Case(
            "data-uri-image-3mb",
            lambda: page(
                f'<article><img src="data:image/png;base64,{"QUFB" * 750_000}">{PROSE}</article>'
            ),
        ),
        Case("line-2mb-html", lambda: page(f"<article><p>{'word ' * 400_000}</p></article>")),
        Case("line-8mb-text", lambda: b"Title\n\n" + b"word " * 1_600_000),
        Case("word-5mb", lambda: page(f"<article><p>{'x' * 5_000_000}</p>{PROSE}</article>")),
        Case(
            "title-1mb",
            lambda: page(f"<article>{PROSE}</article>", f"<title>{'T' * 1_000_000}</title>"),
        ),
        Case(
            "meta-10x1mb",
            lambda: page(
                f"<article>{PROSE}</article>",
                f'<meta property="og:title" content="{"T" * 1_000_000}">' * 10,
            ),
        ),
        Case(
            "meta-100k-tags",
            lambda: page(
                f"<article>{PROSE}</article>", '<meta name="author" content="A">' * 100_000
            ),
        ),
        Case("million-tiny-paragraphs", lambda: page("<p>x</p>" * 1_000_000)),
        Case("million-br", lambda: page(f"<article>{PROSE}" + "<br>" * 1_000_000 + "</article>")),
        Case(
            "60k-paragraphs",
            lambda: page("<article>" + "<p>Tiny para.</p>" * 60_000 + "</article>"),
        ),
        Case("million-lines-text", lambda: b"x\n" * 1_000_000),
        Case("500k-tiny-text-paragraphs", lambda: b"x\n\n" * 500_000),
        Case(
            "40k-prose-lines-text",
            lambda: ("A line of prose that reads like an article sentence. \n" * 40_000).encode(),
        ),
        Case(
            "100k-links",
            lambda: page("<article>" + '<a href="/x">link</a> ' * 100_000 + PROSE + "</article>"),
        ),
        Case(
            "10k-headings",
            lambda: page("<article>" + "<h2>Heading</h2><p>Short.</p>" * 10_000 + "</article>"),
        ),
        # --- entities
        Case(
            "billion-laughs",
            lambda: (
                f'<?xml version="1.0"?><!DOCTYPE html [<!ENTITY lol "lol">{laughs}]>'
                f"<html><body><article><p>&lol9;</p>{PROSE}</article></body></html>"
            ).encode(),
            check=at_most_words(1_000),
        ),
        Case(
            "external-entity",
            lambda: (
                '<?xml version="1.0"?><!DOCTYPE html [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
                f"<html><body><article><p>&xxe;</p>{PROSE}</article></body></html>"
            ).encode(),
            check=lacks("root:"),
        ),
        Case(
            "xinclude",
            lambda: page(
                f'<article><xi:include xmlns:xi="http://www.w3.org/2001/XInclude" href="/etc/passwd" '
                f'parse="text"/>{PROSE}</article>'
            ),
            check=lacks("root:"),
        ),
        Case(
            "entities-100k",
            lambda: page("<article><p>" + "&amp;&lt;&#x1F600;&nbsp;" * 100_000 + "</p></article>"),
        ),
        Case(
            "entities-invalid",
            lambda: page(
                f"<article><p>&#0; &#xD800; &#x110000; &#99999999999; &#x; &bogus; &amp</p>{PROSE}</article>"
            ),
        ),
        # --- markup oddities
        Case("unclosed-comment", lambda: page("<!--" + "-" * 1_000_000 + f"<article>{PROSE}")),
        Case("unclosed-script", lambda: page(f"<script>{'<p>' * 1_000_000}")),
        Case(
            "cdata-and-pi",
            lambda: page(f"<article><![CDATA[{PROSE}]]><?php echo 1; ?>{PROSE}</article>"),
        ),
        Case(
            "xml-declaration-latin1",
            lambda: (
                b'<?xml version="1.0" encoding="iso-8859-1"?>' + page(f"<article>{PROSE}</article>")
            ),
        ),
        Case(
            "svg-math-template",
            lambda: page(
                f"<article><svg><foreignObject>{PROSE}</foreignObject></svg><math><mi>x</mi></math>"
                f"<template>{PROSE}</template>{PROSE}</article>"
            ),
        ),
        Case(
            "frameset",
            lambda: (
                b"<html><frameset><frame src='a'><noframes>"
                + PROSE.encode()
                + b"</noframes></frameset></html>"
            ),
        ),
        Case(
            "base-and-links",
            lambda: page(
                f'<article><a href="javascript:alert(1)">x</a><a href="file:///etc/passwd">y</a>{PROSE}</article>',
                '<base href="javascript:alert(1)//"><link rel="canonical" href="file:///etc/passwd">',
            ),
        ),
        Case(
            "canonical-traversal",
            lambda: page(
                f"<article>{PROSE}</article>",
                '<link rel="canonical" href="../../../../etc/passwd"><meta property="og:url" content="/../../x">',
            ),
        ),
        # --- text that looks like front matter or Markdown
        Case(
            "front-matter-aliases",
            lambda: (
                "---\na: &a [x, x, x, x, x, x, x, x, x]\n"
                + "".join(
                    f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join([f'*{chr(97 + i)}'] * 9)}]\n"
                    for i in range(8)
                )
                + "title: Bomb\n---\n\n"
                + "Body text of the article that goes on. " * 50
            ).encode(),
        ),
        Case(
            "front-matter-unterminated",
            lambda: ("---\ntitle: x\n" + "key: value\n" * 10_000).encode(),
        ),
        Case(
            "front-matter-garbage",
            lambda: (
                "---\ntitle: [unclosed\n\x00: !!python/object/apply:os.system ['echo pwned']\n---\n"
                + "Body text of the article that goes on. " * 50
            ).encode(),
        ),
        Case(
            "front-matter-types",
            lambda: (
                "---\ntitle: 5\ntags: {a: 1}\nauthors: 7\npublished: [1]\nword_count: lots\n"
                "captions: null\nurl: javascript:alert(1)\n---\n" + "Body text that goes on. " * 50
            ).encode(),
        ),
        Case("markdown-only-headings", lambda: ("# H\n\n" * 5000).encode()),
        Case("cjk-4mb", lambda: ("日本語の記事の本文です。" * 120_000).encode()),
        Case("emoji-only", lambda: ("😀" * 100_000).encode()),
        # --- metadata rules over text an attacker writes
        Case(
            "dateline-many-separators",  # "01.01.2020 - - - … 1" under the headline
            lambda: page(f"<h1>A headline of the page</h1><p>01.01.2020{' -' * 42} 1</p>{PROSE}"),
        ),
        Case(
            "author-almost-a-user-name",  # lower-case letters and one capital: no user name
            lambda: page(
                f"<h1>A headline of the page</h1>{PROSE}",
                f'<title>Hostile page</title><meta name="author" content="{"a" * 58}A">',
            ),
        ),
        Case(
            "published-labels-60k",  # a publication label with no date after it, 60,000 times
            lambda: page(f"<h1>A headline</h1>{PROSE}" + "<p>Published</p>" * 60_000),
        ),
        Case(
            "same-paragraph-50k",  # one paragraph 50,000 times (gap matching paired every copy)
            lambda: page(
                "<h1>A fine headline here</h1><article>"
                + "<p>Paragraph of the article tells what happened next, at some length.</p>"
                * 50_000
                + "</article>"
            ),
        ),
        # --- text dumps: where the article ends
        Case(
            "dump-agency-captions-20k",  # "Caption. a/b/c/…" lines: the photographer/agency credit
            lambda: (
                "A headline of the page\n\n"
                + f"{PROSE_TEXT}\n\n"
                + ("Caption of the photo. " + "ab/" * 120 + "\n") * 20_000
            ).encode(),
        ),
        Case(
            "dump-copyright-captions-5k",  # "Caption © a © a …" lines: the holder after a caption
            lambda: (
                "A headline of the page\n\n"
                + f"{PROSE_TEXT}\n\n"
                + ("Caption of the photo " + "© a " * 90 + "\n") * 5_000
            ).encode(),
        ),
        Case(
            "dump-glued-copyright-5k",  # "Caption©a.b©a.b…": a holder glued on, dotted like a domain
            lambda: (
                "A headline of the page\n\n"
                + f"{PROSE_TEXT}\n\n"
                + ("Caption of the photo" + "©a.b" * 90 + "\n") * 5_000
            ).encode(),
        ),
        Case(
            "dump-pitch-hooks-5k",  # "Want more? our a our a …" closing paragraphs: a hook, "our" never a newsletter
            lambda: (
                "A headline of the page\n\n"
                + f"{PROSE_TEXT}\n\n"
                + ("Want more? Lust auf mehr: " + "our aaaa " * 60 + "\n\n") * 5_000
            ).encode(),
        ),
        Case(
            "dump-glued-labels-5k",  # "TagsX…" and "Weiterlesen:" lines: labels glued to items, colons
            lambda: (
                "A headline of the page\n\n"
                + f"{PROSE_TEXT}\n\n"
                + ("Tags" + "Xy" * 200 + "\nWeiterlesen:\n" + "Kategorien" + "A" * 300 + "\n")
                * 5_000
            ).encode(),
        ),
        Case(
            "dump-code-openers-5k",  # "if x x x …" lines with no colon: a code block's opener, unfinished
            lambda: (
                "A headline of the page\n\n"
                + f"{PROSE_TEXT}\n\n"
                + ("if " + "x " * 60 + "\n") * 5_000
            ).encode(),
        ),
        Case(
            "dump-post-links-20k",  # "Previous post" between every paragraph of one block
            lambda: (
                "A headline of the page\n\n" + f"{PROSE_TEXT}\nNext post »\n" * 20_000
            ).encode(),
        ),
        Case(
            "dump-name-boxes-20k",  # a name over a paragraph opening with it, 20,000 times
            lambda: (
                "A headline of the page\n\n"
                + f"{PROSE_TEXT}\n\n"
                + "Jane Roe 12 posts\nJane Roe writes about the harbour and its boats every week.\n"
                * 20_000
            ).encode(),
        ),
        Case(
            "dump-comment-heads-6k",  # "Name says:" and "Reply" around every paragraph (under the line limit)
            lambda: (
                "A headline of the page\n\n"
                + f"{PROSE_TEXT}\n\n"
                + f"Reader says:\n{PROSE_TEXT}\nReply\n" * 6_000
            ).encode(),
        ),
        Case(
            "dump-capital-token-64k",  # a paragraph opening with one 64 kB capitalised token
            lambda: (
                "A headline of the page\n\n"
                + f"{PROSE_TEXT}\n\n"
                + "A" * 64_000
                + f"! {PROSE_TEXT}\n\n{PROSE_TEXT}\n"
            ).encode(),
        ),
        Case(
            "dump-timed-entries-15k",  # a time, a headline and a short update, 15,000 times
            lambda: (
                "A headline of the page\n\n"
                + f"{PROSE_TEXT}\n\n"
                + "10:40\nMayor says the vote will go ahead today\nThe crowd has grown, police say.\n"
                * 15_000
            ).encode(),
        ),
        Case(
            "dump-pitch-dots",  # a newsletter pitch whose first sentence never ends
            lambda: (
                "A headline of the page\n\n"
                + f"{PROSE_TEXT}\n\n"
                + "Get our newsletter"
                + ".x" * 500_000
            ).encode(),
        ),
        Case(
            "dump-code-and-tickers-10k",  # code, formula symbols and timed headlines, 10,000 times
            lambda: (
                "A headline of the page\n\n"
                + f"{PROSE_TEXT}\n\n"
                + "SELECT\n    count(a_b) =>\n}\nx\n=\n+\n , and so on\n14:32 Storm closes the harbour\n"
                * 10_000
                + f"\n{PROSE_TEXT}\n"
            ).encode(),
        ),
        Case(
            "dump-table-tabs-20k",  # a table's cells with a tab alone between them, 20,000 times
            lambda: (
                "A headline of the page\n\n"
                + f"{PROSE_TEXT}\n\n"
                + "Comments\n\n\t\n\nMarch 3, 2025\n\n\t\n\n" * 20_000
                + f"{PROSE_TEXT}\n"
            ).encode(),
        ),
        Case(
            "dump-code-syntax-long-lines",  # lines of a million unclosed calls and markup
            lambda: (
                "A headline of the page\n\n"
                + f"{PROSE_TEXT}\n\n"
                + "a(" * 500_000
                + "\n<a "
                + "b " * 500_000
                + "\n"
                + f"{PROSE_TEXT}\n"
            ).encode(),
        ),
        Case(
            "br-lines-40k",  # a block of 40,000 <br>-separated lines (each append counted them)
            lambda: page(f"<h1>A headline</h1>{PROSE}<div>" + "<br>Published" * 40_000 + "</div>"),
        ),
        Case(
            "ld-body-unclosed-tags",  # JSON-LD articleBody of 80,000 unclosed "<a "
            lambda: page(
                f"<h1>A headline</h1>{PROSE}",
                '<title>Hostile page</title><script type="application/ld+json">'
                + json.dumps({"@type": "NewsArticle", "articleBody": "<a " * 80_000})
                + "</script>",
            ),
        ),
    ]
    for path in sorted([FIXTURES / "article.html", *(FIXTURES / "html").glob("*.html")]):
        cases.extend(mutants(path.read_bytes(), path.stem, mutants_per_page, seed=len(path.name)))
    cases.extend(http_cases())
    return cases


def http_cases() -> list[Case]:
    """What only a web server can send: compressed bombs, lies about the body."""

    def zeros() -> bytes:
        return b"\0" * 200_000_000

    def html_bomb() -> bytes:
        return page(f"<article>{PROSE}" + "<p>x</p>" * 2_000_000 + "</article>")

    def gz(data: bytes) -> bytes:
        return gzip.compress(data, compresslevel=6, mtime=0)

    return [
        Case("gzip-bomb-200mb", lambda: gz(zeros()), {"Content-Encoding": "gzip"}),
        Case(
            "deflate-bomb-200mb", lambda: zlib.compress(zeros(), 6), {"Content-Encoding": "deflate"}
        ),
        Case("gzip-gzip-bomb", lambda: gz(gz(zeros())), {"Content-Encoding": "gzip, gzip"}),
        Case("gzip-html-bomb", lambda: gz(html_bomb()), {"Content-Encoding": "gzip"}),
        Case(
            "gzip-truncated",
            lambda: gz(page(f"<article>{PROSE}</article>"))[:-20],
            {"Content-Encoding": "gzip"},
        ),
        Case("gzip-undeclared", lambda: gz(page(f"<article>{PROSE}</article>")), {}),
        Case(
            "gzip-claimed-not-gzip",
            lambda: page(f"<article>{PROSE}</article>"),
            {"Content-Encoding": "gzip"},
        ),
        Case(
            "unknown-encoding",
            lambda: page(f"<article>{PROSE}</article>"),
            {"Content-Encoding": "x-weird"},
        ),
        Case(
            "png-content-type",
            lambda: page(f"<article>{PROSE}</article>"),
            {"Content-Type": "image/png"},
        ),
        Case(
            "charset-junk-header",
            lambda: page(f"<article>{PROSE}</article>"),
            {"Content-Type": 'text/html; charset="../../x\x7f"'},
        ),
    ]


# --- running one input in a child process -----------------------------------------


def warm_up() -> None:
    """Import what a child needs before any fork, so no child inherits a half-held import lock."""
    import rich.console  # noqa: F401


def _clip_in_child(case: Case, source: str, folder: str, reply: Connection, full: bool) -> None:
    """Clip one input the way `clipper clip` does, then read it back every way there is.

    Without ``full`` the whole text isn't rendered for the terminal (`clipper show`),
    the one view whose cost is only its length: the tests' time budget is small.
    """
    resource.setrlimit(resource.RLIMIT_AS, (4 << 30, 4 << 30))  # a runaway fails, not the host
    from rich.console import Console

    from clipper import store as dbmod
    from clipper.cli import render as render
    from clipper.errors import ClipperError
    from clipper.export.markdown import to_markdown
    from clipper.pipeline import ClipOptions, clip
    from clipper.store.query import to_fts_query

    started = time.perf_counter()
    try:
        db = dbmod.open_db(Path(folder) / "archive.db")
        result = clip(db, source, ClipOptions(timeout=10), tags=("hostile",))
        clipping = dbmod.get_clipping(db, result.clipping.id)
        screen = io.StringIO()
        console = Console(file=screen, width=100, color_system=None, markup=False, emoji=False)
        console.print(render.summary(clipping, created=result.created))
        if full:
            console.print(render.clipping_detail(clipping))
        console.print(render.clipping_table(dbmod.list_clippings(db)))
        markdown = to_markdown(clipping)
        query = to_fts_query(clipping.title or clipping.text[:50])
        hits = dbmod.search(db, query) if query else []
        console.print(render.search_results(hits))
        shown = screen.getvalue()
        problem = next((f"printed {c!r}" for c in TERMINAL_CONTROLS if c in shown), None)
        if problem is None and case.check is not None:
            problem = case.check(" ".join((clipping.title or "", clipping.text, markdown)))
        outcome = ("crashed", problem) if problem else ("clipped", f"{clipping.word_count:,} words")
    except ClipperError as exc:
        outcome = ("refused", f"{type(exc).__name__}: {exc}")
    except BaseException as exc:  # noqa: BLE001 - counting these is the point
        outcome = ("crashed", f"{type(exc).__name__}: {str(exc)[:300]}")
    elapsed = time.perf_counter() - started
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
    reply.send((*outcome, elapsed, peak_mb))
    reply.close()
    os._exit(0)  # skip interpreter teardown: the answer is sent


@dataclass
class Outcome:
    name: str
    status: str  # clipped | refused | crashed
    detail: str
    seconds: float
    peak_mb: int


def run_case(case: Case, server: LocalServer | None, *, full: bool = True) -> Outcome:
    with tempfile.TemporaryDirectory(prefix="clipper-robustness-") as folder:
        data = case.make()
        if case.headers is not None and server is not None:
            source = server.add(f"/{case.name}", data, headers=case.headers)
        else:
            source = str(Path(folder) / f"{case.name}.input")
            Path(source).write_bytes(data)
        del data
        here, there = multiprocessing.get_context("fork").Pipe(duplex=False)
        child = multiprocessing.get_context("fork").Process(
            target=_clip_in_child, args=(case, source, folder, there, full)
        )
        started = time.perf_counter()
        child.start()
        there.close()
        if here.poll(TIME_LIMIT):
            try:
                status, detail, seconds, peak_mb = here.recv()
            except EOFError:
                status, detail, seconds, peak_mb = "crashed", "the child died", 0.0, 0
        else:
            status, detail = "crashed", f"no answer within {TIME_LIMIT:.0f} s"
            seconds, peak_mb = time.perf_counter() - started, 0
        child.join(10)
        if child.is_alive():
            child.kill()
            child.join()
        # exitcode None: the child's status could not be read back (it was reaped
        # before we asked); its full answer above already says how it ended.
        if status != "crashed" and child.exitcode not in (0, None):
            status, detail = "crashed", f"child exited with {child.exitcode}"
        if status != "crashed" and peak_mb > MEMORY_LIMIT:
            status, detail = "crashed", f"peak memory {peak_mb:,} MB > {MEMORY_LIMIT:,} MB"
        return Outcome(case.name, status, detail, seconds, peak_mb)


def run(cases: list[Case], *, verbose: bool = False) -> list[Outcome]:
    warm_up()
    server = LocalServer(content_type="text/html").start()
    outcomes = []
    try:
        for case in cases:
            outcome = run_case(case, server)
            outcomes.append(outcome)
            if verbose or outcome.status == "crashed":
                print(
                    f"{outcome.status:8} {outcome.seconds:6.2f} s {outcome.peak_mb:5,} MB  "
                    f"{outcome.name}: {outcome.detail[:110]!r}",
                    flush=True,
                )
    finally:
        server.close()
    return outcomes


def report(outcomes: list[Outcome]) -> str:
    counts = {s: sum(o.status == s for o in outcomes) for s in ("clipped", "refused", "crashed")}
    slowest = max(outcomes, key=lambda o: o.seconds)
    biggest = max(outcomes, key=lambda o: o.peak_mb)
    return "\n".join(
        [
            f"inputs tried: {len(outcomes)}",
            f"handled:      {counts['clipped'] + counts['refused']}  ({counts['clipped']} clipped, "
            f"{counts['refused']} refused with a clear error)",
            f"crashed:      {counts['crashed']}",
            f"slowest: {slowest.name} {slowest.seconds:.1f} s; most memory: {biggest.name} "
            f"{biggest.peak_mb:,} MB (limits: {TIME_LIMIT:.0f} s, {MEMORY_LIMIT:,} MB per input)",
        ]
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--verbose", "-v", action="store_true", help="print every outcome")
    parser.add_argument("--only", metavar="TEXT", help="run the inputs whose name contains TEXT")
    args = parser.parse_args()
    cases = [c for c in corpus() if not args.only or args.only in c.name]
    outcomes = run(cases, verbose=args.verbose)
    print(report(outcomes))
    return 1 if any(o.status == "crashed" for o in outcomes) else 0


if __name__ == "__main__":
    raise SystemExit(main())
