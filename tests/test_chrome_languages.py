"""Chrome in the languages the lexicon added: a "read also" label (``lexicon.READ_ALSO``),
the line that links to another story ("Les også: <headline>", "BACA JUGA <headline>") and
the bare label over a list of them, an advertisement's label (``lexicon.ADVERTISEMENT``)
and a "most read" list's heading (``lexicon.MOST_READ``), in a copy and in an HTML page,
while a sentence holding the words and a subheading that starts with them stay; and month
names in more languages (``lexicon.MONTH_NAMES``) make a date only with a day and a year.

Every fixture is written for the test; none comes from a corpus page.
"""

from __future__ import annotations

import re

import pytest

from clipper.extract import extract, lexicon
from clipper.extract.html.clean import is_boilerplate
from clipper.extract.text import rules
from clipper.extract.text.dates import find_date
from clipper.extract.text.dump import parse_text_dump
from helpers import text_dump

_NORWEGIAN = [
    "Bystyret vedtok i går kveld å bygge en ny gangbro over elva, som skal knytte"
    " sentrum sammen med boligområdet på den andre siden innen utgangen av neste år.",
    "Prosjektet er beregnet å koste rundt åtti millioner kroner, og det meste skal"
    " dekkes av statlige midler, opplyser kommunen i en pressemelding.",
    "Beboerne har i mange år klaget over at de må kjøre omveier gjennom to trafikkerte"
    " kryss for å komme til skolen, selv om den ligger under en kilometer unna.",
    "Arbeidet skal etter planen starte til våren, og broen skal stå ferdig før skolestart"
    " året etter, sier prosjektlederen til avisen.",
]
_INDONESIAN = (
    "Pemerintah kota menyetujui pembangunan jembatan penyeberangan baru di atas sungai"
    " yang akan menghubungkan pusat kota dengan permukiman di seberangnya tahun depan."
)


def _copy(*middle: str | list[str]) -> str:
    return text_dump(
        ["Nyheter", "Sport", "Kultur", "Økonomi"],
        "Ny gangbro over elva får grønt lys",
        "Kari Nordmann",
        "2. desember 2026 07:30",
        *_NORWEGIAN[:2],
        *middle,
        *_NORWEGIAN[2:],
    )


def test_a_norwegian_read_also_line_in_a_copy_is_chrome() -> None:
    article = parse_text_dump(
        _copy(
            "Les også: Kommunen kutter i budsjettet for veier",
            "LES OGSÅ Fergen innstilt på grunn av storm",
        )
    )
    assert "Kommunen kutter" not in article.text and "Fergen innstilt" not in article.text
    for paragraph in _NORWEGIAN:
        assert paragraph in article.text


def test_a_bare_label_over_links_to_other_stories_inside_the_copy_goes_with_them() -> None:
    box = ["Relaterte saker:", "Kommunen kutter i budsjettet for veier", "Fergen innstilt i helgen"]
    article = parse_text_dump(_copy(box))
    assert "Relaterte saker" not in article.text and "Kommunen kutter" not in article.text
    for paragraph in _NORWEGIAN:
        assert paragraph in article.text


def test_a_sentence_holding_the_words_and_a_subheading_starting_with_them_stay() -> None:
    sentence = (
        "Kommunen ber innbyggerne om å les også vilkårene nøye før de søker om støtte,"
        " skriver rådmannen i et brev."
    )
    subheading = "Xem thêm cơ hội cho học sinh vùng cao"
    article = parse_text_dump(_copy(sentence, subheading))
    assert sentence in article.text and subheading in article.text


@pytest.mark.parametrize(
    "line",
    [
        "Les også: Kommunen kutter i budsjettet",
        "Pročitajte još: Vlada usvojila proračun",
        "Прочетете още: Правителството прие бюджета",
        "Taip pat skaitykite: Vyriausybė priėmė biudžetą",
        "קראו גם: הממשלה אישרה את התקציב",
        "بیشتر بخوانید: دولت بودجه را تصویب کرد",
        "อ่านเพิ่มเติม: รัฐบาลอนุมัติงบประมาณ",
        "আরও পড়ুন: সরকার বাজেট অনুমোদন করেছে",
        "Soma pia: Serikali yapitisha bajeti",
        "BACA JUGA Pemerintah menyetujui anggaran",
        "ΔΙΑΒΑΣΤΕ ΕΠΙΣΗΣ Η κυβέρνηση ενέκρινε τον προϋπολογισμό",
        "İLGİLİ HABER Hükümet bütçeyi onayladı",
    ],
)
def test_a_read_also_line_is_chrome_in_both_stages(line: str) -> None:
    assert rules.ANY_CHROME_RULE.fullmatch(line)
    assert is_boilerplate(line)


@pytest.mark.parametrize("label", ["Les også", "Baca juga:", "Xem thêm:", "קראו גם", "ข่าวที่เกี่ยวข้อง"])
def test_a_bare_label_is_a_related_links_marker_in_both_stages(label: str) -> None:
    assert any(p.fullmatch(label) for _, p in rules.SOFT_END_MARKERS)
    assert is_boilerplate(label)


@pytest.mark.parametrize(
    "line",
    ["Baca juga harga minyak yang naik", "Loe kaasa", "LOE KAASA uus raamat", "Lesotho"],
)
def test_a_line_merely_starting_like_a_label_is_no_chrome(line: str) -> None:
    assert not rules.ANY_CHROME_RULE.fullmatch(line)
    assert not any(p.fullmatch(line) for _, p in rules.SOFT_END_MARKERS)
    assert not is_boilerplate(line)


def test_labels_upper_case_into_the_same_patterns() -> None:
    for labels in lexicon.READ_ALSO.values():
        for label in labels:
            # lower-case ("İ" only beside "i", for Turkish capitals)
            assert "\\" not in label and not any(c.isupper() for c in label.replace("İ", ""))
            re.compile(label.upper())


def _page(middle: str) -> bytes:
    paragraphs = [f"<p>{_INDONESIAN} Bagian {n}.</p>" for n in range(1, 6)]
    body = "".join(paragraphs[:2]) + middle + "".join(paragraphs[2:])
    return (
        "<html><head><title>Jembatan baru | Kabar Kota</title></head><body><article>"
        f"<h1>Jembatan baru disetujui</h1>{body}</article></body></html>"
    ).encode()


def test_an_html_read_also_paragraph_goes_and_a_sentence_with_the_words_stays() -> None:
    label = "<p><strong>Baca juga:</strong> Harga beras di pasar naik lagi</p>"
    text = extract(_page(label)).text
    assert "Harga beras" not in text and "Bagian 5." in text
    sentence = f"<p>Warga diminta baca juga petunjuk resmi sebelum menyeberang. {_INDONESIAN}</p>"
    assert "Warga diminta baca juga petunjuk" in extract(_page(sentence)).text


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("2. prosinca 2026. 07:30", "2026-12-02T07:30:00"),
        ("2026 m. gruodžio 2 d. 07:30", "2026-12-02T07:30:00"),
        ("2026. gada 2. decembrī", "2026-12-02"),
        ("3. decembra 2026", "2026-12-03"),
        ("5 декември 2026", "2026-12-05"),
        ("5 децембра 2026", "2026-12-05"),
        ("2 בדצמבר 2026", "2026-12-02"),
        ("2 ديسمبر 2026", "2026-12-02"),
        ("2 Desemba 2026", "2026-12-02"),
        ("4 dhjetor 2026", "2026-12-04"),
        # a month name alone, or with a number but no year, is no date
        ("Mars 2026", None),
        ("Maj 12 odgovora", None),
        ("Gusht 4", None),
    ],
)
def test_dates_written_out_in_more_languages(text: str, iso: str | None) -> None:
    found = find_date(text)
    assert (found.iso() if found else None) == iso


def test_an_advertisement_label_inside_a_copy_goes_and_a_sentence_naming_one_stays() -> None:
    sentence = (
        "Kommunen betalte for en annonse i avisen for å finne entreprenører, sier prosjektlederen."
    )
    article = parse_text_dump(_copy("ANNONSE", sentence))
    assert "ANNONSE" not in article.text and sentence in article.text
    for paragraph in _NORWEGIAN:
        assert paragraph in article.text


def test_a_most_read_list_ends_the_copys_article() -> None:
    most_read = [
        "Mest lest",
        "Kommunen kutter i budsjettet for veier og gang- og sykkelstier neste år",
        "Fergen innstilt på grunn av storm langs hele kysten i helgen",
    ]
    article = parse_text_dump(_copy(most_read))
    assert "Mest lest" not in article.text and "Fergen innstilt" not in article.text


@pytest.mark.parametrize(
    "label",
    ["Annonse", "Reklam", "Iklan", "Quảng cáo", "إعلان", "विज्ञापन", "광고", "Hirdetés"],
)
def test_an_advertisement_label_is_chrome_in_both_stages(label: str) -> None:
    assert rules.ANY_CHROME_RULE.fullmatch(label)
    assert is_boilerplate(label)


@pytest.mark.parametrize(
    "heading",
    [
        "Mest lest",
        "Najčitanije",
        "Cele mai citite",
        "En çok okunanlar",
        "الأكثر قراءة",
        "Đọc nhiều",
    ],
)
def test_a_most_read_heading_is_a_popular_list_marker_in_both_stages(heading: str) -> None:
    assert rules.ANY_HARD_END_MARKER.fullmatch(heading)
    assert is_boilerplate(heading)


@pytest.mark.parametrize(
    "line", ["Reklamacija", "Oglasi su dostupni", "Mest lest i dag av alle elevene", "Iklanya"]
)
def test_a_line_merely_starting_like_an_ad_or_most_read_label_is_no_chrome(line: str) -> None:
    assert not rules.ANY_CHROME_RULE.fullmatch(line)
    assert not rules.ANY_HARD_END_MARKER.fullmatch(line)
    assert not is_boilerplate(line)


# --- furniture named in the site's own language ------------------------------------

_PT = [
    "A câmara aprovou ontem à noite a construção de uma nova ponte pedonal sobre o rio,"
    " que vai ligar o centro ao bairro da outra margem até ao fim do próximo ano.",
    "O projeto deverá custar cerca de oito milhões de euros, a maior parte paga por"
    " fundos europeus, segundo um comunicado da autarquia divulgado esta manhã.",
    "Os moradores queixam-se há anos de terem de dar a volta por dois cruzamentos com"
    " muito trânsito para chegar à escola, que fica a menos de um quilómetro.",
]


@pytest.mark.parametrize(
    "box",
    [
        "<div class='leia-tambem'><span>Leia também</span>"
        "<a href='/outra'>Outra notícia sobre a cidade</a></div>",
        "<aside class='noticias-relacionadas'><a href='/outra'>Outra notícia sobre a cidade</a></aside>",
        "<div class='box-comentarii'><p>Outra notícia sobre a cidade</p></div>",
        "<div class='bio-autor'><p>Outra notícia sobre a cidade</p></div>",
        "<section class='sekcja-komentarze'><p>Outra notícia sobre a cidade</p></section>",
    ],
)
def test_a_box_named_in_the_sites_language_goes(box: str) -> None:
    page = (
        "<html lang='pt'><head><title>Nova ponte sobre o rio | Jornal da Margem</title></head>"
        f"<body><article><h1>Nova ponte sobre o rio</h1><p>{_PT[0]}</p><p>{_PT[1]}</p>{box}"
        f"<p>{_PT[2]}</p></article></body></html>"
    )
    text = extract(page, url="https://jornal.example.pt/cidade/ponte").text
    assert "Outra notícia sobre a cidade" not in text
    assert all(p[:40] in text for p in _PT)


@pytest.mark.parametrize(
    "line",
    [
        "LEGGI ANCHE Allerta arancione in tutta la regione fino a giovedì",
        "Leggi anche: Allerta arancione in tutta la regione",
        "Lees ook: Nieuwe brug over de rivier krijgt groen licht",
        "Čtěte také: Nový most přes řeku dostal zelenou",
        "Lue myös: Uusi silta joen yli saa vihreää valoa",
        "相关阅读：新桥获准建设",
        "LIRE AUSSI Le pont sur la rivière obtient le feu vert",
        "LESEN SIE AUCH Neue Brücke über den Fluss genehmigt",
        "LEIA TAMBÉM Nova ponte sobre o rio aprovada",
    ],
)
def test_a_read_also_line_in_more_languages_is_chrome_in_a_copy(line: str) -> None:
    text = parse_text_dump(_copy(line)).text
    assert line not in text and _NORWEGIAN[2] in text


def test_a_sentence_opening_with_those_words_stays_in_a_copy() -> None:
    said = (
        "Leggi anche il rapporto della commissione, che il sindaco ha pubblicato ieri sera in rete."
    )
    assert said in parse_text_dump(_copy(said)).text
