"""Chrome labels in more languages, in both stages: share buttons and rows
(``lexicon.SHARE``, ``lexicon.SHARE_NETWORKS``), "follow us" (``lexicon.FOLLOW_US``), a
page's comments and the call to write one (``lexicon.COMMENTS``,
``lexicon.COMMENT_PROMPTS``), sign-in and subscribe buttons and newsletters
(``lexicon.SUBSCRIBE``, ``lexicon.NEWSLETTER``), tags lines (``lexicon.TAGS``) and photo
credits (``lexicon.CREDITS``). Each label is read as a whole line or block, or before a
colon; a sentence that opens with the same word stays.

Every fixture is written for the test; none comes from a corpus page.
"""

from __future__ import annotations

import pytest

from clipper.extract.html.clean import is_boilerplate
from clipper.extract.text.dump import parse_text_dump
from clipper.extract.text.lines import HARD_MARKER, classify
from helpers import text_dump

_CHROME = [
    # share buttons and rows
    "Paylaş",
    "Chia sẻ",
    "Bagikan",
    "शेयर करें",
    "শেয়ার",
    "Condividi",
    "Поделите",
    "Κοινοποιήστε",
    "שתפו",
    "مشاركة",
    "แชร์",
    "공유하기",
    "فيسبوك تويتر واتساب نسخ الرابط",
    "Paylaş Facebook Twitter WhatsApp",
    "फेसबुक ट्विटर व्हाट्सएप",
    "Sao chép liên kết",
    # follow us
    "Bizi takip edin: Twitter, Facebook, Instagram",
    "تابعونا على فيسبوك",
    "Ikuti kami",
    "Volg ons",
    # newsletters and buttons
    "Abone ol",
    "Đăng ký nhận tin",
    "اشترك الآن",
    "구독",
    "Nieuwsbrief",
    "Tilaa uutiskirje",
]
_PROSE = [
    "Paylaşım ekonomisi son yıllarda büyük şehirlerde hızla büyüyor ve yeni işler yaratıyor.",
    "Chia sẻ của người dân về trận lũ năm nay cho thấy nhiều gia đình vẫn chưa được hỗ trợ.",
    "Bagikan makanan kepada tetangga menjadi tradisi warga kampung setiap bulan puasa.",
    "Abone olan okurların sayısı geçen yıla göre yüzde on artarak iki milyonu aştı.",
    "Đăng ký xe máy mới tăng mạnh trong tháng qua, theo số liệu của cơ quan chức năng.",
    "مشاركة المرأة في سوق العمل ارتفعت خلال العام الماضي بحسب تقرير حكومي جديد.",
]


@pytest.mark.parametrize("text", _CHROME)
def test_a_label_is_chrome_in_a_copy_and_an_html_page(text: str) -> None:
    assert classify(text).kind == "chrome"
    assert is_boilerplate(text)


@pytest.mark.parametrize("text", _PROSE)
def test_a_sentence_opening_with_a_labels_word_stays(text: str) -> None:
    assert classify(text).kind not in ("chrome", "hard marker")
    assert not is_boilerplate(text)


@pytest.mark.parametrize(
    "text",
    ["Yorumlar", "Yorumlar (12)", "تعليقات", "댓글 3", "Bình luận (5)", "Yorum yap", "اترك تعليقا"],
)
def test_a_comment_sections_heading_or_call_is_a_marker_and_html_furniture(text: str) -> None:
    assert classify(text).kind == "hard marker"
    assert is_boilerplate(text)


@pytest.mark.parametrize(
    ("text", "tags"),
    [
        ("Etiketler: ekonomi, enflasyon", ("ekonomi", "enflasyon")),
        ("Từ khóa: giá vàng, lãi suất", ("giá vàng", "lãi suất")),
        ("الوسوم: الزراعة، المياه", ("الزراعة، المياه",)),
        ("Oznake: Zagreb, promet", ("Zagreb", "promet")),
        ("태그: 버스, 교통", ("버스", "교통")),
    ],
)
def test_a_tags_line_is_read_as_tags(text: str, tags: tuple[str, ...]) -> None:
    line = classify(text)
    assert line.meta is not None and line.meta.tags == tags
    assert is_boilerplate(text)


@pytest.mark.parametrize(
    "text", ["Fotoğraf: AA", "Ảnh: Reuters", "사진: 연합뉴스", "फोटो: पीटीआई", "Beeld: ANP"]
)
def test_a_credit_line_is_a_credit(text: str) -> None:
    assert classify(text).kind == "credit"
    assert is_boilerplate(text)


_TURKISH = [
    "Belediye meclisi dün akşam şehir merkezine yeni bir tramvay hattı yapılmasını oy"
    " birliğiyle kabul etti ve çalışmaların gelecek ay başlayacağını açıkladı.",
    "Projenin maliyetinin yaklaşık iki milyar lira olacağı, bunun büyük kısmının"
    " uluslararası kredilerle karşılanacağı belirtildi.",
    "Esnaf ise inşaat süresince dükkânların önündeki yolun kapanmasından endişe ettiğini"
    " söyleyerek belediyeden geçici otopark istedi.",
]


def test_a_turkish_copys_share_row_comments_and_newsletter_leave_the_body() -> None:
    dump = text_dump(
        ["Gündem", "Ekonomi", "Spor", "Dünya"],
        "Şehir merkezine yeni tramvay hattı geliyor",
        "Ayşe Yılmaz",
        "03 Aralık 2026 10:15",
        "Paylaş",
        ["Facebook", "Twitter", "WhatsApp"],
        *_TURKISH,
        "Etiketler: tramvay, ulaşım",
        "Bizi takip edin: Twitter, Instagram",
        "Yorumlar (3)",
        "Mehmet K.",
        "Çok güzel bir haber, sonunda tramvay geliyor.",
        "Abone ol",
    )
    article = parse_text_dump(dump)

    assert article.title == "Şehir merkezine yeni tramvay hattı geliyor"
    assert article.published == "2026-12-03T10:15:00"
    assert article.tags == ("tramvay", "ulaşım")
    for paragraph in _TURKISH:
        assert paragraph in article.text
    for chrome in ("Paylaş", "takip", "Yorumlar", "sonunda tramvay", "Abone"):
        assert chrome not in article.text


@pytest.mark.parametrize(
    "text",
    [
        "Okuma süresi: 3 dk",
        "3 phút đọc",
        "زمن القراءة: 3 دقائق",
        "Olvasási idő: 4 perc",
        "Makaleyi dinle",
        "استمع إلى المقال",
        "Lyssna på artikeln",
        "기사 듣기",
        "Sponsorlu içerik",
        "Anuncio",
    ],
)
def test_a_reading_time_an_audio_players_label_or_an_ad_label_is_chrome(text: str) -> None:
    assert classify(text).kind == "chrome"
    assert is_boilerplate(text)


@pytest.mark.parametrize("text", ["Önerilen haberler", "قد يعجبك أيضا", "추천 기사", "Aanbevolen"])
def test_a_recommended_boxs_label_is_a_soft_marker_and_html_furniture(text: str) -> None:
    assert classify(text).kind == "soft marker"
    assert is_boilerplate(text)


@pytest.mark.parametrize(
    "text",
    [
        "Önerilen yasa tasarısı mecliste kabul edildi",
        "Okuma süresi uzun olan kitaplar gençler arasında yeniden popüler oldu.",
        "Lyssna på barnen, säger forskarna som har studerat skolmiljön i tio år.",
    ],
)
def test_a_sentence_opening_with_such_words_stays(text: str) -> None:
    assert classify(text).kind not in ("chrome", "soft marker", "hard marker")
    assert not is_boilerplate(text)


@pytest.mark.parametrize("noun", ["תגובות", "Bình luận", "ความคิดเห็น", "Maoni"])
def test_a_word_that_also_means_reactions_or_views_ends_no_copy_alone(noun: str) -> None:
    # a story's own closing section of reactions, under a subheading of the word
    lines = classify(noun)
    assert lines.kind != HARD_MARKER
    assert classify(f"{noun} (12)").kind == HARD_MARKER
