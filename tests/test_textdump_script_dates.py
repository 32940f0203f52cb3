"""Dates in the scripts and calendars the month patterns missed: Indic month names (their
vowel signs are combining marks, which a run of letters does not read), native digits,
Thai dates in the Buddhist era, Persian solar Hijri dates, the Levantine Arabic months of
two words, Vietnamese "tháng", Greek in capitals, Korean spaced dots.

Every fixture is written for the test; none comes from a corpus page.
"""

from __future__ import annotations

import pytest

from clipper.extract.text.dates import ascii_digits, find_date
from clipper.extract.text.dump import parse_text_dump
from clipper.extract.text.lines import _read_date_line
from helpers import text_dump


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        # Hindi, Marathi, Bengali, Tamil, Telugu, Gujarati, Punjabi, Kannada, Malayalam
        ("3 दिसंबर 2026, 10:15", "2026-12-03T10:15:00"),
        ("१२ फ़रवरी २०२६", "2026-02-12"),
        ("3 जुलै 2026", "2026-07-03"),
        ("৩ ডিসেম্বর ২০২৬", "2026-12-03"),
        ("5 ஜனவரி 2026", "2026-01-05"),
        ("3 డిసెంబర్ 2026", "2026-12-03"),
        ("3 ઓક્ટોબર 2026", "2026-10-03"),
        ("3 ਦਸੰਬਰ 2026", "2026-12-03"),
        ("9 ಮೇ 2026", "2026-05-09"),
        ("3 ഡിസംബർ 2026", "2026-12-03"),
        # Thai, Buddhist era and common era
        ("3 ธันวาคม 2569 10:15 น.", "2026-12-03T10:15:00"),
        ("3 ธ.ค. 2569", "2026-12-03"),
        ("14 กุมภาพันธ์ พ.ศ. 2569", "2026-02-14"),
        # Persian solar Hijri (12 Azar 1405 is 3 December 2026), Persian Gregorian names
        ("۱۲ آذر ۱۴۰۵", "2026-12-03"),
        ("1 فروردین 1405", "2026-03-21"),
        ("30 اسفند 1403", "2025-03-20"),
        ("3 مه 2026", "2026-05-03"),
        # Arabic: Levantine names of two words, the pair form, Arabic-Indic digits
        ("الأربعاء، 3 كانون الأول/ديسمبر 2026", "2026-12-03"),
        ("15 تشرين الثاني 2026", "2026-11-15"),
        ("٣ ديسمبر ٢٠٢٦ - ١٠:١٥", "2026-12-03T10:15:00"),
        ("4 جوان 2026", "2026-06-04"),
        # Vietnamese
        ("ngày 3 tháng 12 năm 2026", "2026-12-03"),
        ("Thứ tư, 3/12/2026, 10:15 (GMT+7)", "2026-12-03T10:15:00+07:00"),
        # Greek in capitals, Turkish in capitals, Indonesian abbreviations, Korean
        ("3 ΔΕΚΕΜΒΡΙΟΥ 2026", "2026-12-03"),
        ("03 ARALIK 2026", "2026-12-03"),
        ("Rabu, 03 Desember 2026 10:15", "2026-12-03T10:15:00"),
        ("2026. 12. 3. 10:15", "2026-12-03T10:15:00"),
    ],
)
def test_a_date_in_another_script_or_calendar_is_read(text: str, iso: str) -> None:
    found = find_date(text)
    assert found is not None and found.iso() == iso


@pytest.mark.parametrize(
    "text",
    [
        "30 اسفند 1404",  # 1404 is a common year: Esfand has 29 days
        "3 दिसंबर को बैठक होगी",  # a month name with a day and no year
        "3 ธ.ค. 69",  # a year without its century
        "Ngày 3 tháng 12",
        "31 ਫਰਵਰੀ 2026",
    ],
)
def test_no_date_is_made_of_a_month_without_a_year_or_an_impossible_day(text: str) -> None:
    assert find_date(text) is None


def test_other_scripts_digits_become_ascii_one_for_one() -> None:
    assert ascii_digits("٢٠٢٦ ۱۴۰۵ २०२६ ২০২৬ ๒๕๖๙") == "2026 1405 2026 2026 2569"
    assert ascii_digits("plain 2026") == "plain 2026"


_HINDI = [
    "नगर निगम ने बुधवार को शहर के पुराने बाज़ार में नई पार्किंग बनाने की योजना को मंज़ूरी दे दी,"
    " जिससे सड़कों पर लगने वाला जाम कम होने की उम्मीद है।",
    "अधिकारियों के अनुसार इस परियोजना पर लगभग चालीस करोड़ रुपये खर्च होंगे और काम अगले"
    " महीने से शुरू होकर एक साल में पूरा होगा।",
    "दुकानदारों ने फ़ैसले का स्वागत किया है, लेकिन कहा है कि निर्माण के दौरान ग्राहकों के"
    " लिए वैकल्पिक रास्ते बनाए जाने चाहिए।",
]


def test_a_hindi_copy_with_its_date_under_the_headline_has_its_head_read() -> None:
    dump = text_dump(
        ["होम", "देश", "दुनिया", "खेल", "मनोरंजन", "व्यापार"],
        "पुराने बाज़ार में बनेगी नई पार्किंग, जाम से मिलेगी राहत",
        "३ दिसंबर २०२६, १०:१५",
        *_HINDI,
    )
    article = parse_text_dump(dump)

    assert article.title == "पुराने बाज़ार में बनेगी नई पार्किंग, जाम से मिलेगी राहत"
    assert article.published == "2026-12-03T10:15:00"
    assert article.text.startswith("नगर निगम")
    assert "मनोरंजन" not in article.text
    for paragraph in _HINDI:
        assert paragraph in article.text


@pytest.mark.parametrize(
    ("line", "published", "modified"),
    [
        ("Pubblicato il 3 dicembre 2026 alle 10:15", "2026-12-03T10:15:00", None),
        ("Aggiornato il 3 dicembre 2026", None, "2026-12-03"),
        ("Güncelleme: 03 Aralık 2026 10:15", None, "2026-12-03T10:15:00"),
        ("آخر تحديث: 3 ديسمبر 2026", None, "2026-12-03"),
        ("अपडेटेड: 3 दिसंबर 2026, 10:15 AM IST", None, "2026-12-03T10:15:00"),
        ("입력 2026.12.03 10:15", "2026-12-03T10:15:00", None),
        ("Cập nhật lúc 10:15 ngày 3 tháng 12 năm 2026", None, "2026-12-03T10:15:00"),
        # the first date is the publication's, the one after the label the update's
        (
            "Ali Demir 02.12.2026 - 11:30 Güncelleme: 02.12.2026 - 12:05",
            "2026-12-02T11:30:00",
            "2026-12-02T12:05:00",
        ),
        # (a time alone after the label: the first date's, and the line's only time)
        ("4 de mayo de 2026 Actualizado a las 09:36", "2026-05-04T09:36:00", "2026-05-04T09:36:00"),
    ],
)
def test_a_date_lines_published_or_updated_label_says_which_date_it_is(
    line: str, published: str | None, modified: str | None
) -> None:
    meta = _read_date_line(line)
    assert meta is not None
    assert (meta.published.iso() if meta.published else None) == published
    assert (meta.modified.iso() if meta.modified else None) == modified


def test_a_sentence_with_a_label_word_and_a_date_is_no_date_line() -> None:
    sentence = (
        "Il rapporto pubblicato il 3 dicembre 2026 dal ministero mostra che le vendite"
        " sono cresciute per il terzo mese di fila in tutte le regioni del paese."
    )
    assert _read_date_line(sentence) is None


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Rabu, 03 Desember 2026 10:15 WIB", "2026-12-03T10:15:00+07:00"),
        ("3 December 2026 10:15 EAT", "2026-12-03T10:15:00+03:00"),
        ("3 December 2026, 9:30 PKT", "2026-12-03T09:30:00+05:00"),
    ],
)
def test_a_time_zone_of_asia_or_africa_is_read(text: str, iso: str) -> None:
    found = find_date(text)
    assert found is not None and found.iso() == iso


@pytest.mark.parametrize("line", ["Çarşamba, 3 Aralık 2026 10:15", "Środa, 3 grudnia 2026"])
def test_a_date_line_with_its_weekday_is_a_date_line(line: str) -> None:
    meta = _read_date_line(line)
    assert meta is not None and meta.published is not None and not meta.authors
