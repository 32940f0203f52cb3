"""The decode stage: bytes in the web's encodings come out as the right text, with the reason."""

from __future__ import annotations

import codecs

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from clipper.errors import UsageError
from clipper.sources.decode import decode, looks_like_html, normalise_encoding

# Realistic paragraphs: detection needs a sentence or two, as on a real page.
SAMPLES: dict[str, str] = {
    "shift_jis": (
        "東京都は今日、新しい防災計画を発表しました。計画では、大きな地震が起きたときに"
        "住民がすぐに避難できるよう、公園や学校を避難所として整備します。"
    ),
    "euc_jp": (
        "日本の経済は緩やかに回復しています。政府は来年度の予算案で、子育て支援と"
        "地方の活性化に重点を置く方針を示しました。"
    ),
    "cp1251": (
        "Правительство объявило о новых мерах поддержки малого бизнеса. По словам министра, "
        "программа начнёт работать уже в следующем месяце и охватит все регионы страны."
    ),
    "gb2312": (
        "国家统计局今天发布的数据显示，今年前三个季度国内生产总值同比增长百分之五。"
        "专家表示，消费和投资是推动经济增长的主要力量。"
    ),
    "cp1252": (
        "Le gouvernement a présenté mercredi un projet de loi très attendu. « C’est une réforme "
        "nécessaire », a déclaré la ministre, qui espère un vote avant l’été."
    ),
}
# What decode() names each encoding: browsers read Shift_JIS as its superset
# windows-31j (cp932) and GB2312 as GB18030.
EXPECTED_NAME = {
    "shift_jis": "cp932",
    "euc_jp": "euc_jp",
    "cp1251": "cp1251",
    "gb2312": "gb18030",
    "cp1252": "cp1252",
}
LATIN = {
    "iso8859-2": "Zażółć gęślą jaźń: polskie znaki w wiadomościach z Krakowa i Łodzi.",
    "iso8859-5": "Новости дня: в Москве прошёл большой праздник.",
    "iso8859-7": "Η κυβέρνηση ανακοίνωσε νέα μέτρα για την οικονομία.",
    "iso8859-15": "Le prix de l’euro: 5 € pour un œuf, disait-il.".replace("’", "'"),
}


def page(text: str, head: str = "") -> str:
    return (
        f"<!doctype html><html><head>{head}<title>t</title></head><body><p>{text}</p></body></html>"
    )


# --- each encoding, each way of declaring it --------------------------------


@pytest.mark.parametrize("charset", SAMPLES)
def test_http_declared_charset(charset: str) -> None:
    decoded = decode(page(SAMPLES[charset]).encode(charset), declared=charset)
    assert SAMPLES[charset] in decoded.text
    assert (decoded.encoding, decoded.encoding_source) == (EXPECTED_NAME[charset], "http")


@pytest.mark.parametrize("charset", SAMPLES)
def test_meta_charset(charset: str) -> None:
    html = page(SAMPLES[charset], f'<meta charset="{charset}">')
    decoded = decode(html.encode(charset))
    assert SAMPLES[charset] in decoded.text
    assert (decoded.encoding, decoded.encoding_source) == (EXPECTED_NAME[charset], "meta")


@pytest.mark.parametrize("charset", SAMPLES)
def test_http_equiv_content_type(charset: str) -> None:
    meta = f"<META HTTP-EQUIV='Content-Type' CONTENT='text/html; charset={charset.upper()}'>"
    decoded = decode(page(SAMPLES[charset], meta).encode(charset))
    assert SAMPLES[charset] in decoded.text
    assert decoded.encoding_source == "meta"


@pytest.mark.parametrize("charset", SAMPLES)
def test_undeclared_pages_are_detected(charset: str) -> None:
    decoded = decode(page(SAMPLES[charset]).encode(charset))
    assert SAMPLES[charset] in decoded.text
    assert decoded.encoding_source == "detected"


PLAIN_TEXT = {
    "cp1251": SAMPLES["cp1251"] + "\n\nОпубликовано 12 марта. © Новости",
    "koi8_r": SAMPLES["cp1251"] + "\n\nОпубликовано 12 марта.",
    "shift_jis": SAMPLES["shift_jis"] + "\n\n2024年3月12日 記者：山田太郎",
    "euc_jp": SAMPLES["euc_jp"] + "\n\n2024年3月12日",
    "iso2022_jp": SAMPLES["euc_jp"] + "\n\n2024年3月12日",
    "gb2312": SAMPLES["gb2312"] + "\n\n记者 王伟 报道",
    "cp1252": (
        "El niño pequeño llegó a España el año pasado. Mañana, según el ministro, "
        "se presentará la reforma. «Es una señal», dijo.\n\nMadrid, 12 de marzo."
    ),
}


@pytest.mark.parametrize("charset", PLAIN_TEXT)
def test_undeclared_plain_text_dumps_are_detected(charset: str) -> None:
    text = PLAIN_TEXT[charset]
    decoded = decode(text.encode(charset))
    assert decoded.text == text
    assert decoded.encoding_source == "detected"


@pytest.mark.parametrize("charset", ["shift_jis", "gb2312", "euc_jp"])
def test_large_undeclared_pages_are_detected_from_a_sample(charset: str) -> None:
    # Bigger than the detection sample, and with a bad byte past it.
    text = SAMPLES[charset if charset != "euc_jp" else "shift_jis"]
    body = page("</p><p>".join([text] * 3000)).encode(charset) + b"\xff"
    assert len(body) > 300_000
    decoded = decode(body)
    assert decoded.encoding_source == "detected"
    assert decoded.text.count(text) == 3000


def test_detection_names_windows_1252_when_lookalikes_give_the_same_text() -> None:
    # These bytes read the same in windows-1250 and windows-1252: say the common one.
    text = "Der Bär läuft über die Straße. Schöne Grüße aus München und Köln."
    decoded = decode(text.encode("cp1252"))
    assert (decoded.text, decoded.encoding) == (text, "cp1252")


@pytest.mark.parametrize("charset", LATIN)
def test_iso_8859_family_when_declared(charset: str) -> None:
    text = LATIN[charset]
    assert decode(
        page(text).encode(charset), declared=charset.replace("iso8859", "ISO-8859")
    ).text == page(text)
    meta = f'<meta charset="{charset.replace("iso8859", "iso-8859")}">'
    assert text in decode(page(text, meta).encode(charset)).text


def test_xml_declaration_counts_as_meta() -> None:
    body = '<?xml version="1.0" encoding="windows-1251"?><html><p>Привет</p></html>'
    decoded = decode(body.encode("cp1251"))
    assert "Привет" in decoded.text
    assert (decoded.encoding, decoded.encoding_source) == ("cp1251", "meta")


def test_pure_ascii_is_utf8_by_default() -> None:
    assert decode(b"<p>plain</p>") == decode(b"<p>plain</p>", declared="nonsense")
    decoded = decode(b"<p>plain</p>")
    assert (decoded.text, decoded.encoding, decoded.encoding_source) == (
        "<p>plain</p>",
        "utf-8",
        "default",
    )


def test_empty_body() -> None:
    assert decode(b"").text == ""


def test_undeclared_utf8_is_detected() -> None:
    decoded = decode(page("naïve café — 東京").encode())
    assert "naïve café — 東京" in decoded.text
    assert (decoded.encoding, decoded.encoding_source) == ("utf-8", "detected")


# --- BOMs ---------------------------------------------------------------------


def test_utf8_bom_beats_the_header_and_is_removed() -> None:
    decoded = decode(codecs.BOM_UTF8 + "<p>café</p>".encode(), declared="iso-8859-1")
    assert decoded.text == "<p>café</p>"
    assert (decoded.encoding, decoded.encoding_source) == ("utf-8", "bom")


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_boms(codec: str) -> None:
    bom = codecs.BOM_UTF16_LE if codec.endswith("le") else codecs.BOM_UTF16_BE
    decoded = decode(bom + "<p>日本 café</p>".encode(codec), declared="utf-8")
    assert decoded.text == "<p>日本 café</p>"
    assert decoded.encoding_source == "bom"
    # The name decodes the stored bytes, BOM and all, back to the same text.
    assert (bom + "<p>x</p>".encode(codec)).decode(decoded.encoding) == "<p>x</p>"


# --- wrong or lying declarations -----------------------------------------------


def test_utf8_page_behind_a_latin1_header_is_detected() -> None:
    text = "Un café “très” naïf — it’s fine"
    decoded = decode(page(text).encode("utf-8"), declared="iso-8859-1")
    assert text in decoded.text
    assert "Ã" not in decoded.text and "â€" not in decoded.text
    assert (decoded.encoding, decoded.encoding_source) == ("utf-8", "detected")


def test_utf8_page_behind_a_wrong_meta_is_detected() -> None:
    text = "Правительство объявило"
    decoded = decode(page(text, '<meta charset="windows-1252">').encode("utf-8"))
    assert text in decoded.text
    assert (decoded.encoding, decoded.encoding_source) == ("utf-8", "detected")


def test_declared_charset_that_cannot_decode_falls_through_to_meta() -> None:
    text = SAMPLES["cp1251"]
    body = page(text, '<meta charset="windows-1251">').encode("cp1251")
    decoded = decode(body, declared="utf-8")
    assert text in decoded.text
    assert decoded.encoding_source == "meta"


def test_declared_charset_that_cannot_decode_falls_through_to_detection() -> None:
    text = SAMPLES["cp1252"]
    decoded = decode(page(text).encode("cp1252"), declared="utf-8")
    assert text in decoded.text
    assert decoded.encoding_source == "detected"


@pytest.mark.parametrize("declared", ["utf-8", None])
def test_a_stray_byte_does_not_unseat_utf8(declared: str | None) -> None:
    text = SAMPLES["cp1251"] + " " + SAMPLES["shift_jis"]
    body = page(text).encode("utf-8").replace(b"</p>", b" \x96</p>")
    decoded = decode(body, declared=declared)
    assert text + " \ufffd</p>" in decoded.text
    assert decoded.encoding == "utf-8"
    assert decoded.encoding_source == ("http" if declared else "detected")


def test_unknown_declared_labels_are_ignored() -> None:
    text = SAMPLES["gb2312"]
    decoded = decode(page(text, '<meta charset="gb2312">').encode("gb2312"), declared="x-made-up")
    assert text in decoded.text
    assert decoded.encoding_source == "meta"


def test_utf16_label_on_an_ascii_compatible_page_is_ignored() -> None:
    body = page("café", '<meta charset="utf-16">').encode("utf-8")
    decoded = decode(body, declared="utf-16")
    assert "café" in decoded.text
    assert decoded.encoding == "utf-8"


def test_meta_in_a_comment_or_after_the_first_4kb_is_ignored() -> None:
    text = SAMPLES["cp1251"]
    commented = page(text, '<!-- <meta charset="shift_jis"> -->').encode("cp1251")
    late = page(text, " " * 5000 + '<meta charset="shift_jis">').encode("cp1251")
    for body in (commented, late):
        decoded = decode(body)
        assert text in decoded.text
        assert decoded.encoding_source == "detected"


def test_bytes_cp1252_leaves_undefined_decode_like_browsers() -> None:
    decoded = decode(b"<p>a\x81b \x93quoted\x94</p>", declared="windows-1252")
    assert decoded.text == "<p>a\x81b “quoted”</p>"
    assert decoded.encoding_source == "http"


def test_undecodable_undetectable_bytes_still_give_text() -> None:
    decoded = decode(b"\xff\xfa\xfb\x00\x01 junk \xc3")
    assert isinstance(decoded.text, str)
    assert decoded.encoding


# --- aliases --------------------------------------------------------------------


def test_latin1_label_means_windows_1252() -> None:
    decoded = decode(b"<p>\x93Quoted\x94 \x80 5</p>", declared="ISO-8859-1")
    assert decoded.text == "<p>“Quoted” € 5</p>"
    assert decoded.encoding == "cp1252"


def test_gb2312_label_means_gb18030() -> None:
    text = "价格是€5，镕"  # € and 镕 are outside GB2312
    decoded = decode(text.encode("gb18030"), declared="gb2312")
    assert (decoded.text, decoded.encoding) == (text, "gb18030")


@pytest.mark.parametrize("label", ["shift_jis", "Shift-JIS", "x-sjis", "sjis", "windows-31j"])
def test_shift_jis_labels_mean_windows_31j(label: str) -> None:
    text = "①番目の記事"  # circled digits are NEC extensions, outside plain Shift_JIS
    decoded = decode(text.encode("cp932"), declared=label)
    assert (decoded.text, decoded.encoding) == (text, "cp932")


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        ("UTF-8", "utf-8"),
        ("utf8", "utf-8"),
        ('"utf-8"', "utf-8"),
        ("latin1", "cp1252"),
        ("us-ascii", "cp1252"),
        ("windows-1251", "cp1251"),
        ("iso88592", "iso8859-2"),
        ("x-cp1250", "cp1250"),
        ("gbk", "gb18030"),
        ("euc-jp", "euc_jp"),
        ("x-euc-jp", "euc_jp"),
        ("euc-kr", "cp949"),
        ("ks_c_5601-1987", "cp949"),
        ("koi8-r", "koi8-r"),
        ("big5", "big5hkscs"),
        ("no-such-charset", None),
        ("base64", None),
        ("utf-7", None),
        ("", None),
        (None, None),
    ],
)
def test_normalise_encoding(label: str | None, expected: str | None) -> None:
    assert normalise_encoding(label) == expected


# --- the user's override ----------------------------------------------------------


def test_override_beats_bom_header_and_meta() -> None:
    body = codecs.BOM_UTF8 + page("x", '<meta charset="utf-8">').encode() + "ж".encode("cp1251")
    decoded = decode(body, declared="utf-8", override="koi8-r")
    assert decoded.encoding_source == "override"
    assert decoded.encoding == "koi8-r"


def test_override_decodes_what_it_can() -> None:
    decoded = decode("Привет".encode("cp1251") + b"\x98", override="windows-1251")
    assert decoded.text.startswith("Привет")
    assert decoded.encoding == "cp1251"


@pytest.mark.parametrize("name", ["klingon", "base64", "rot13"])
def test_unknown_override_is_a_usage_error(name: str) -> None:
    with pytest.raises(UsageError, match=f"Unknown encoding '{name}' given with --encoding"):
        decode(b"<p>hi</p>", override=name)


# --- looks_like_html ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "<!DOCTYPE html><html><body><p>x</p></body></html>",
        "\ufeff  <html lang='en'><head><title>t</title></head></html>",
        "<!-- saved from url=(0014)about:internet -->\n<html><body>x</body></html>",
        '<?xml version="1.0"?>\n<html xmlns="http://www.w3.org/1999/xhtml"><body/></html>',
        "<head><meta charset='utf-8'></head>",
        "<p>Just a fragment.</p><p>Two paragraphs.</p>",
        "<div class='article'>\nText\n</div>",
        "Saved by some tool\n\n" + "<p>para</p>\n" * 10,
    ],
)
def test_html_is_recognised(text: str) -> None:
    assert looks_like_html(text)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "Just some text.\n\nAnother paragraph.",
        "Use the <b> tag for bold text. That is all you need to know about HTML today.\n" * 3,
        "Title: An article\nBy: Someone\n\nIt said x < y and y > z, which is <true>.\n",
        "From: a@example.com\nSubject: <urgent>\n\nHello <name>, see you.",
        "A plain text dump of a page. " * 50 + "<br>" + " More text." * 50,
    ],
)
def test_text_is_not_html(text: str) -> None:
    assert not looks_like_html(text)


# --- properties -------------------------------------------------------------------------


@settings(max_examples=200, deadline=None)
@given(
    body=st.binary(max_size=2000),
    declared=st.sampled_from([None, "utf-8", "iso-8859-1", "shift_jis", "utf-16", "bogus"]),
)
def test_any_bytes_decode_to_text_without_error(body: bytes, declared: str | None) -> None:
    decoded = decode(body, declared=declared)
    assert isinstance(decoded.text, str)
    assert not decoded.text.startswith("\ufeff")
    assert decoded.encoding_source in {"bom", "http", "meta", "detected", "default"}
    assert normalise_encoding(decoded.encoding) is not None or decoded.encoding == "utf-16"


@settings(max_examples=200, deadline=None)
@given(text=st.text(max_size=3000))
def test_utf8_text_round_trips(text: str) -> None:
    decoded = decode(text.encode("utf-8"), declared="utf-8")
    assert decoded.text == text.removeprefix("\ufeff")  # a leading U+FEFF is read as a BOM


def test_only_one_bom_is_removed() -> None:
    assert decode(codecs.BOM_UTF8 * 2 + b"x").text == "\ufeffx"


@given(text=st.text(max_size=3000))
def test_looks_like_html_never_fails(text: str) -> None:
    assert looks_like_html(text) in (True, False)
