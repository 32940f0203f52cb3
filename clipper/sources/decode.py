"""The decode stage: page bytes to text, choosing the encoding the way a browser would.

Sources are tried in order of authority: the user's ``--encoding`` override,
a byte-order mark, the charset the HTTP header declared, a ``<meta>`` charset
(or XML declaration) near the top of the page, statistical detection with
charset-normalizer, and finally UTF-8 with replacement characters. A declared
charset that can't decode the bytes strictly is skipped, and one that is
contradicted by a body that is valid UTF-8 (the classic "Ã©" mojibake) is
overruled by detection.

This is the only module that imports charset-normalizer.
"""

from __future__ import annotations

import codecs
import re
from typing import TYPE_CHECKING

from clipper.errors import UsageError
from clipper.models import Decoded

if TYPE_CHECKING:
    from charset_normalizer import CharsetMatch

# How far into the page to look for <meta charset>: WHATWG says 1024 bytes,
# but real pages put long <head>s (comments, inline scripts) before it.
META_SCAN_BYTES = 4096
# Detection reads this much of an undeclared page: plenty to judge, and it
# keeps a 10 MB page from costing seconds.
DETECT_BYTES = 256 * 1024

# Labels browsers treat as something wider than their name (WHATWG Encoding
# Standard): pages labelled latin-1 are written in windows-1252 and so on.
# Keys are Python's normalised codec names (``codecs.lookup(label).name``).
BROWSER_SUPERSETS: dict[str, str] = {
    "ascii": "cp1252",
    "latin-1": "cp1252",
    "iso8859-1": "cp1252",
    "iso8859-9": "cp1254",
    "iso8859-11": "cp874",
    "tis-620": "cp874",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "shift_jis": "cp932",
    "euc_kr": "cp949",
    "big5": "big5hkscs",
}

# WHATWG labels Python doesn't know under that name ("iso88592" and
# "x-cp1250" style spellings are handled by pattern in normalise_encoding).
EXTRA_LABELS: dict[str, str] = {
    "x-sjis": "cp932",
    "sjis": "cp932",
    "ms_kanji": "cp932",
    "windows-31j": "cp932",
    "csshiftjis": "cp932",
    "x-euc-jp": "euc_jp",
    "cseucpkdfmtjapanese": "euc_jp",
    "x-gbk": "gb18030",
    "csgb2312": "gb18030",
    "gb_2312": "gb18030",
    "gb_2312-80": "gb18030",
    "cn-big5": "big5hkscs",
    "x-x-big5": "big5hkscs",
    "cseuckr": "cp949",
    "csksc56011987": "cp949",
    "iso-ir-149": "cp949",
    "ks_c_5601-1987": "cp949",
    "ks_c_5601-1989": "cp949",
    "ksc_5601": "cp949",
    "windows-949": "cp949",
    "iso-8859-6-e": "iso8859-6",
    "iso-8859-6-i": "iso8859-6",
    "iso-8859-8-i": "iso8859-8",
    "visual": "iso8859-8",
    "logical": "iso8859-8",
    "sun_eu_greek": "iso8859-7",
    "koi": "koi8-r",
    "koi8": "koi8-r",
    "koi8-ru": "koi8-u",
    "x-mac-roman": "mac_roman",
    "csmacintosh": "mac_roman",
    "mac": "mac_roman",
    "x-mac-cyrillic": "mac_cyrillic",
    "x-mac-ukrainian": "mac_cyrillic",
    "dos-874": "cp874",
    "windows-874": "cp874",
    "unicode-1-1-utf-8": "utf-8",
}
_LABEL_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"^iso8859(\d{1,2})$"), r"iso8859-\1"),
    (re.compile(r"^x-cp(125\d)$"), r"cp\1"),
)

# Codecs that can't sensibly describe an HTML page found by ASCII scanning, or
# that aren't text encodings at all ("base64", "rot13", "zip" are codecs too).
_NOT_PAGE_ENCODINGS = frozenset(
    {
        "base64",
        "bz2",
        "hex",
        "quopri",
        "rot-13",
        "uu",
        "zlib",
        "idna",
        "punycode",
        "mbcs",
        "undefined",
        "unicode-escape",
        "raw-unicode-escape",
        "utf-7",  # browsers dropped it: it smuggles markup past filters
    }
)

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

_COMMENT = re.compile(rb"<!--.*?-->", re.DOTALL)
# Matches both <meta charset="x"> and <meta http-equiv=... content="text/html; charset=x">.
_META_CHARSET = re.compile(rb"""<meta\b[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_XML_DECL = re.compile(rb"""^\s*<\?xml\b[^>]*?encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""", re.I)

_TAG = re.compile(rb"<[^>]{0,2000}>")
_SPACE = re.compile(rb"\s+")
_ISO_2022_JP = re.compile(rb"\x1b\$[@B]")

# What detection may answer: the legacy encodings the WHATWG Encoding Standard
# lists, i.e. the ones real web pages use. Left to itself charset-normalizer
# will happily call a short French page Urdu (cp1006).
WEB_ENCODINGS: tuple[str, ...] = (
    "utf_8",
    "cp1250", "cp1251", "cp1252", "cp1253", "cp1254", "cp1255", "cp1256", "cp1257", "cp1258",
    "iso8859_2", "iso8859_3", "iso8859_4", "iso8859_5", "iso8859_6", "iso8859_7", "iso8859_8",
    "iso8859_10", "iso8859_13", "iso8859_14", "iso8859_15", "iso8859_16",
    "koi8_r", "koi8_u", "mac_cyrillic", "cp866", "cp874",
    "cp932", "euc_jp", "iso2022_jp", "gb18030", "big5", "cp949",
)  # fmt: skip

# A thumb on the scale for near-ties in detection: legacy pages are mostly windows-1252.
COMMON_ON_THE_WEB: dict[str, float] = {"utf_8": 0.2, "cp1252": 0.1, "cp1251": 0.05}


def normalise_encoding(label: str | None) -> str | None:
    """Return Python's codec name for a charset label as browsers read it, or None if unknown."""
    if not label:
        return None
    cleaned = label.strip().strip("\"'").lower()
    if not cleaned:
        return None
    cleaned = EXTRA_LABELS.get(cleaned, cleaned)
    for pattern, replacement in _LABEL_PATTERNS:
        cleaned = pattern.sub(replacement, cleaned)
    try:
        name = codecs.lookup(cleaned).name
    except (LookupError, ValueError):  # ValueError: a NUL in the label
        return None
    if name in _NOT_PAGE_ENCODINGS or name.endswith("_codec"):
        return None
    return BROWSER_SUPERSETS.get(name, name)


def decode(body: bytes, *, declared: str | None = None, override: str | None = None) -> Decoded:
    """Decode page bytes to text, recording which encoding was used and why.

    ``declared`` is the charset from the HTTP Content-Type header; ``override``
    is the user's ``--encoding`` and wins over everything (an unknown name is a
    UsageError).
    """
    if override is not None:
        encoding = normalise_encoding(override)
        if encoding is None:
            raise UsageError(
                f"Unknown encoding {override!r} given with --encoding. "
                "Use a name such as utf-8, windows-1252, shift_jis or gb18030."
            )
        # The user asked for this encoding: keep going past bad bytes rather than refuse.
        text = _strict(body, encoding)
        if text is None:
            text = body.decode(encoding, errors="replace")
        return _result(text, encoding, "override")

    for bom, encoding in _BOMS:
        if body.startswith(bom):
            text = body[len(bom) :].decode(encoding, errors="replace")
            # Built directly: the BOM is gone, and a U+FEFF after it is content.
            return Decoded(text, "utf-16" if encoding.startswith("utf-16") else encoding, "bom")

    for label, source in ((declared, "http"), (_meta_charset(body), "meta")):
        encoding = normalise_encoding(label)
        if encoding is None:
            continue
        if source == "meta" and encoding.startswith(("utf-16", "utf-32")):
            # The label was found by reading the bytes as ASCII, so they can't be UTF-16.
            encoding = "utf-8"
        if encoding.startswith(("utf-16", "utf-32")) and b"\x00" not in body[:1024]:
            continue  # UTF-16 text is full of NULs: an ASCII-looking body isn't UTF-16
        text = _strict(body, encoding)
        if text is None and encoding == "utf-8":
            text = _mostly_utf8(body)  # a stray byte in a UTF-8 page doesn't make the label wrong
        if text is None:
            continue  # the label is wrong for these bytes: try the next source
        if not encoding.startswith("utf-") and _is_utf8_in_disguise(body):
            return _result(body.decode("utf-8"), "utf-8", "detected")
        return _result(text, encoding, source)

    return _undeclared(body)


def _undeclared(body: bytes) -> Decoded:
    if body.isascii():
        # ISO-2022-JP is 7-bit: Japanese text hides behind escape sequences.
        if _ISO_2022_JP.search(body) and (text := _strict(body, "iso2022_jp")) is not None:
            return _result(text, "iso2022_jp", "detected")
        return _result(body.decode("ascii"), "utf-8", "default")
    text = _strict(body, "utf-8")
    if text is None:
        text = _mostly_utf8(body)
    if text is not None:
        # Valid UTF-8 with non-ASCII bytes is almost never anything else.
        return _result(text, "utf-8", "detected")
    guess = _detect(body)
    if guess is not None:
        # Judged on a sample: a bad byte further on gets a replacement character.
        text = _strict(body, guess)
        if text is None:
            text = body.decode(guess, errors="replace")
        return _result(text, guess, "detected")
    return _result(body.decode("utf-8", errors="replace"), "utf-8", "default")


def _detect(body: bytes) -> str | None:
    """Guess the encoding with charset-normalizer, judging the text rather than the markup."""
    from charset_normalizer import from_bytes

    # Markup is ASCII in every encoding worth detecting: drop it so the
    # statistics see the prose, which is where encodings differ.
    sample = _sample(body)
    prose = _SPACE.sub(b" ", _TAG.sub(b" ", sample))
    if prose.isascii():
        prose = sample
    matches = list(from_bytes(prose, cp_isolation=list(WEB_ENCODINGS)))
    if not matches:
        return None
    # charset-normalizer ranks by "chaos" then language coherence, which for a
    # short Latin-script page is nearly a coin toss between the cp125x family.
    # Among the near-ties, weigh in how common each encoding is on the web.
    least_chaos = min(match.chaos for match in matches)
    close = [match for match in matches if match.chaos <= least_chaos + 0.02]
    best = max(close, key=lambda match: match.coherence + _commonness(match))
    # A match stands for every encoding that gives the same text; name the usual one.
    names = [best.encoding, *best.could_be_from_charset]
    return normalise_encoding(max(names, key=lambda name: COMMON_ON_THE_WEB.get(name, 0)))


def _sample(body: bytes) -> bytes:
    """At most DETECT_BYTES of the body, cut where no multi-byte character can be split.

    "<", newline and space are below every trail byte of Shift_JIS, GBK, Big5
    and EUC, and are never part of a UTF-8 sequence.
    """
    if len(body) <= DETECT_BYTES:
        return body
    cut = max(body.rfind(boundary, 0, DETECT_BYTES) for boundary in (b"<", b"\n", b" "))
    return body[: cut if cut > 0 else DETECT_BYTES]


def _commonness(match: CharsetMatch) -> float:
    names = [match.encoding, *match.could_be_from_charset]
    return max(COMMON_ON_THE_WEB.get(name, 0) for name in names)


def _meta_charset(body: bytes) -> str | None:
    head = _COMMENT.sub(b"", body[:META_SCAN_BYTES])
    match = _XML_DECL.match(head) or _META_CHARSET.search(head)
    return match.group(1).decode("ascii") if match else None


def _strict(body: bytes, encoding: str) -> str | None:
    try:
        return body.decode(encoding)
    except UnicodeDecodeError:
        if encoding == "cp1252":
            return _windows_1252(body)
        return None


# The five bytes Python's cp1252 leaves undefined, which browsers (and the
# WHATWG standard) read as the C1 controls of the same number.
_CP1252_HOLES = {0xDC00 + byte: byte for byte in (0x81, 0x8D, 0x8F, 0x90, 0x9D)}


def _windows_1252(body: bytes) -> str:
    """windows-1252 as browsers decode it: every byte means something."""
    return body.decode("cp1252", errors="surrogateescape").translate(_CP1252_HOLES)


def _is_utf8_in_disguise(body: bytes) -> bool:
    """True when bytes labelled as another charset are really UTF-8.

    UTF-8's multi-byte sequences are so constrained that text in a legacy
    encoding almost never forms them by chance: a latin-1 "café" is invalid
    UTF-8, while UTF-8 read as latin-1 shows as "cafÃ©". So a non-ASCII body
    that decodes strictly as UTF-8 is UTF-8, whatever its label says.
    """
    return not body.isascii() and _strict(body, "utf-8") is not None


def _mostly_utf8(body: bytes) -> str | None:
    """The body as UTF-8 if all but a few stray bytes are valid UTF-8, else None.

    Pages assembled from several sources often carry one bad byte in an
    otherwise UTF-8 page; browsers show a replacement character there and
    decode the rest, rather than reading the whole page in another encoding.
    Legacy-encoded text almost never forms valid multi-byte sequences, so it
    fails the test: its errors far outnumber its "valid" characters.
    """
    text = body.decode("utf-8", errors="replace")
    replaced = text.count("\ufffd")
    errors = replaced - body.count("\ufffd".encode())  # some may have been in the page itself
    valid = len(text) - len(text.encode("ascii", errors="ignore")) - replaced
    return text if valid > 0 and errors * 20 <= valid else None


def _result(text: str, encoding: str, source: str) -> Decoded:
    return Decoded(text.removeprefix("\ufeff"), encoding, source)


# --- content sniffing -------------------------------------------------------

_HTML_START = re.compile(
    r"\A\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>]|\?xml\b)",
    re.I | re.DOTALL,
)
_DOCUMENT_TAG = re.compile(r"<(?:!doctype\s+html|html|head|body)[\s>]", re.I)
_KNOWN_TAG = re.compile(
    r"</?(?:a|abbr|article|aside|b|blockquote|body|br|code|div|em|figure|figcaption|footer|"
    r"h[1-6]|head|header|hr|html|i|img|li|link|main|meta|nav|ol|p|pre|script|section|span|"
    r"strong|style|table|td|th|title|tr|ul)\b[^<>]*>",
    re.I,
)
_LEADING_BLOCK = re.compile(
    r"\A\s*<(article|div|p|section|main|h[1-6]|table|ul|ol|blockquote|header|title)\b[^<>]*>",
    re.I,
)
SNIFF_CHARS = 65536


def looks_like_html(text: str) -> bool:
    """Tell an HTML page (or fragment) from a plain-text dump by its content.

    A document start (doctype, <html>, <head>, <body>) near the top is HTML;
    a page that opens with a block tag that it later closes is an HTML
    fragment; otherwise it takes several real tags, densely enough to be
    markup rather than a text that mentions a tag or two.
    """
    sample = text[:SNIFF_CHARS].lstrip("\ufeff")
    if _HTML_START.match(sample) or _DOCUMENT_TAG.search(sample[:1024]):
        return True
    lead = _LEADING_BLOCK.match(sample)
    if lead and re.search(rf"</{lead.group(1)}\s*>", sample, re.I):
        return True
    tags = len(_KNOWN_TAG.findall(sample))
    # One tag per 200 characters is light markup; prose that discusses HTML has far fewer.
    return tags >= 5 and tags * 200 >= len(sample.strip())
